"""The check of a built site keeps the guard's findings on each distinct line between builds.

Some files change on every build though nearly all of their lines do not (the sitemap carries
the build's clock; after an edit, every list page and feed that holds the story). Beside the
verdict on each file, CACHE_PATH keeps the findings on each line the guard read, for the same
code and settings: a line read before is not read again, a new or changed line is, and the
report is the one a check without the memo gives. A memo from other settings, or one that
cannot be read, is not used: every line is read again.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT
from plugins.anonymity.allowlist import load_allowlist
from plugins.anonymity.api import Allowlist
from plugins.publisher import output_check
from plugins.publisher.line_verdicts import memo_file
from plugins.publisher.output_check import check_output, check_pieces
from plugins.publisher.output_text import Piece
from plugins.publisher.plugin import check_built_folder
from plugins.publisher.sources import Declarations, read_sources

CONTENT = ROOT / "content"
PAGE = "news/index.html"
NAME = "Priya Chaudhry"
PLANTED = f"<p>Her support worker, {NAME}, rang every week.</p>"
LASTMOD = re.compile(r"(?<=<lastmod>)[^<]+(?=</lastmod>)")


@pytest.fixture
def built(site, tmp_path):
    """A copy of the built sample site that a test may change, and where its verdicts go."""
    shutil.copytree(site.output, tmp_path / "site")
    return tmp_path / "site", tmp_path / "cache" / "built-site-verdicts.json"


@pytest.fixture
def stories(monkeypatch) -> list[str]:
    """Every text the check hands the guard in this process (an observation: each call goes on)."""
    read: list[str] = []
    guard = output_check.check_story

    def counted(text, *arguments, **options):
        read.append(text)
        return guard(text, *arguments, **options)

    monkeypatch.setattr(output_check, "check_story", counted)
    return read


def check(folder: Path, verdicts: Path | None, allowlist: Allowlist | None = None,
          declarations: Declarations | None = None):
    sources = read_sources(CONTENT)
    return check_output(folder, declarations or sources.declarations(),
                        allowlist or load_allowlist(CONTENT / "allowlist.txt"), drafts=sources.draft_slugs(),
                        content=CONTENT, verdicts=verdicts, parallel=False)


def restamp(folder: Path, date: str = "2031-01-02T03:04:05+00:00") -> str:
    """Stamp the sitemap's dates with `date` (every build stamps its index pages with the
    clock), or, with "", with one of its own dates; returns the date."""
    sitemap = folder / "sitemap.xml"
    text = sitemap.read_text(encoding="utf-8")
    dates = LASTMOD.findall(text)
    assert len(set(dates)) > 1, "the sample site's sitemap has dates"
    date = date or dates[-1]
    sitemap.write_text(LASTMOD.sub(date, text), encoding="utf-8")
    return date


def plant(folder: Path, text: str = PLANTED) -> None:
    page = folder / PAGE
    html = page.read_text(encoding="utf-8")
    page.write_text(html.replace("</main>", f"{text}</main>", 1), encoding="utf-8")


def named(report, name: str = NAME) -> list[str]:
    return [problem.path for problem in report.problems if repr(name) in problem.what]


def test_a_check_where_only_the_sitemap_changed_reads_no_line_again(built, stories):
    folder, verdicts = built
    plant(folder)
    first = check(folder, verdicts)
    assert stories and named(first) == [PAGE]
    restamp(folder, "")  # new bytes, every line of them known
    stories.clear()
    second = check(folder, verdicts)
    assert second.checked == 1 and stories == []  # the sitemap read, no line of it checked
    assert (second.problems, second.text_files, second.warnings) == \
        (first.problems, first.text_files, first.warnings)
    assert second.problems == check(folder, None).problems  # as with no cache at all


def test_a_new_stamp_in_the_sitemap_is_the_only_line_read(built, stories):
    folder, verdicts = built
    first = check(folder, verdicts)
    date = restamp(folder)
    stories.clear()
    second = check(folder, verdicts)
    assert second.checked == 1 and len(stories) == 1 and date in stories[0] and len(stories[0]) < 100
    assert second.problems == first.problems == check(folder, None).problems


def test_a_detail_planted_in_a_changed_file_is_found_and_only_its_new_lines_are_read(built, stories):
    folder, verdicts = built
    check(folder, verdicts)
    plant(folder)
    restamp(folder)
    stories.clear()
    report = check(folder, verdicts)
    assert report.checked == 2 and named(report) == [PAGE]
    assert len(stories) == 1 and NAME in stories[0] and len(stories[0]) < 200, stories
    stories.clear()
    assert report.problems == check(folder, None).problems and stories  # found without any cache


def test_a_memo_of_other_settings_is_not_used(built, stories):
    folder, verdicts = built
    narrow = load_allowlist(CONTENT / "allowlist.txt")
    plant(folder)
    assert named(check(folder, verdicts, narrow)) == [PAGE]
    verdicts.unlink()  # only the lines' memo is left
    stories.clear()
    assert named(check(folder, verdicts, narrow)) == [PAGE] and stories == []  # the same: used
    declared = read_sources(CONTENT).declarations()
    declared.pseudonyms.append(NAME)
    for allowlist, declarations in [(Allowlist((*narrow.phrases, NAME)), None), (narrow, declared)]:
        verdicts.unlink()
        stories.clear()
        assert named(check(folder, verdicts, allowlist, declarations)) == [] and stories
    verdicts.unlink()
    stories.clear()
    assert named(check(folder, verdicts, narrow)) == [PAGE] and stories  # found again


@pytest.mark.parametrize("damage", ["garbage", "truncated", "a finding of the wrong shape",
                                    "clean lines of the wrong shape", "unreadable"])
def test_a_damaged_memo_means_every_line_is_read_again(built, stories, damage):
    folder, verdicts = built
    plant(folder)
    first = check(folder, verdicts)
    memo = memo_file(verdicts)
    kept = json.loads(memo.read_bytes())
    assert kept["clean"] and kept["found"]
    if damage == "garbage":
        memo.write_bytes(b"\x80\x04not json at all")
    elif damage == "truncated":
        memo.write_bytes(memo.read_bytes()[:1000])
    elif damage == "a finding of the wrong shape":  # one finding with no text: the whole memo is doubted
        key = next(iter(kept["found"]))
        kept["found"][key][0].pop("text")
        memo.write_text(json.dumps(kept))
    elif damage == "clean lines of the wrong shape":
        memo.write_text(json.dumps({**kept, "clean": [None, *kept["clean"]]}))
    else:
        memo.unlink()
        memo.mkdir()
    verdicts.unlink()
    stories.clear()
    again = check(folder, verdicts)
    assert again.problems == first.problems and named(again) == [PAGE]
    assert sum(map(len, stories)) > 10_000  # every line read again
    if damage != "unreadable":  # ... and the memo written anew, to be used next time
        verdicts.unlink()
        stories.clear()
        assert check(folder, verdicts).problems == first.problems and stories == []


def test_the_memo_gives_the_same_report_with_the_second_process_forced_on(site, settings, tmp_path,
                                                                         monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="plugins.publisher.plugin")
    folder = tmp_path / "output"
    shutil.copytree(site.output, folder)
    found = {}
    for processes in ("1", "2"):
        monkeypatch.setenv("SLINGSHOT_CHECK_PROCESSES", processes)
        own = {**settings, "CACHE_PATH": str(tmp_path / processes)}
        check_built_folder(None, folder=folder, settings=own)  # the verdicts and the memo kept
    plant(folder)
    restamp(folder)
    for processes in ("1", "2", "2 without a cache"):
        monkeypatch.setenv("SLINGSHOT_CHECK_PROCESSES", processes[0])
        own = {**settings, "CACHE_PATH": str(tmp_path / processes)}
        found[processes] = [p.describe() for p in check_built_folder(None, folder=folder, settings=own)]
    assert found["1"] == found["2"] == found["2 without a cache"]
    assert any(f"'{NAME}'" in problem for problem in found["2"])
    said = [record.getMessage() for record in caplog.records]
    assert any(line.startswith("publisher: 2 built file(s) of output checked")
               and line.endswith("(checked in 2 processes)") for line in said), said
    for processes in ("1", "2"):
        memo = json.loads(memo_file(tmp_path / processes / "built-site-verdicts.json").read_bytes())
        assert len(memo["clean"]) > 1000 and memo["found"]  # the planted line's finding among them


def test_lines_of_text_checked_without_any_address_beside_them_keep_their_findings():
    # A check of new lines only (one changed paragraph) often has no address among them: the
    # guard's findings must still be tied to their lines, not dropped (they were, one line off).
    lines = [Piece("the text", "Her support worker, Priya Chaudhry, rang every week."),
             Piece("the text", "Later, Gary Pilkington called her.")]
    found = check_pieces(lines, Declarations(), Allowlist(), expand=False)
    assert [(piece.text[:10], finding.text) for piece, finding in found] == \
        [("Her suppor", NAME), ("Later, Gar", "Gary Pilkington")]
