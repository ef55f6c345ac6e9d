"""The built-site check reads each distinct line of text once, however many files hold it.

A story's paragraphs are on its page, in a dozen feeds, in the kit's post list, schedule and
people's sheets; the header and footer are on every page. The check reads each distinct line
once and gives its findings to every file that holds it. So a detail added to one copy of a
line that is everywhere else unchanged must still be found, in that file and no other, and a
line with a detail must be reported in every file that holds it. A spreadsheet cell that is
only an address (the kit's links, one for each network) is read as an address, as in a feed.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from plugins.campaign_kit.day import read_day
from plugins.campaign_kit.plugin import with_staff
from plugins.publisher.plugin import check_built_folder

STORY_PAGE = "case-studies/dean-finds-his-feet-on-the-allotment/index.html"
SHARED = "His probation practitioner used"  # also in the story's feeds
PLANTED = "His probation practitioner, Priya Chaudhry, used"
SHEET = "people/priya-raman.html"
POST = "Aaron let strangers move money"  # also in posts.html, posts.csv, the schedule


@pytest.fixture
def built(site, settings, tmp_path):
    """Copies of the built sample site and its kit that a test may change, and the settings
    each is checked with (the kit's with the rostered staff), with a cache of their own."""
    shutil.copytree(site.output, tmp_path / "output")
    shutil.copytree(site.output.parent / "kit", tmp_path / "kit")
    own = {**settings, "CACHE_PATH": str(tmp_path / "cache")}
    return tmp_path, own, with_staff(own, read_day(own))


def replace(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text, (file, old)
    file.write_text(text.replace(old, new), encoding="utf-8")


def problems(folder: Path, settings: dict, site: bool = True) -> list[str]:
    found = check_built_folder(None, folder=folder, settings=settings, site=site)
    return [problem.describe() for problem in found if problem.is_error]


def test_a_name_in_one_copy_of_a_shared_paragraph_is_found_in_that_page_only(built):
    folder, settings, _ = built
    assert any(SHARED in feed.read_text(encoding="utf-8")
               for feed in (folder / "output" / "feeds").rglob("*.xml"))
    replace(folder / "output" / STORY_PAGE, SHARED, PLANTED)
    found = problems(folder / "output", settings)
    assert [p for p in found if "'Priya Chaudhry'" in p] == \
        [p for p in found if p.startswith(f"output/{STORY_PAGE}:")], found
    assert any(p.startswith(f"output/{STORY_PAGE}:") and "'Priya Chaudhry'" in p
               for p in found), found


def test_a_line_with_a_name_is_reported_in_every_file_that_holds_it(built):
    folder, settings, _ = built
    pages = ["index.html", "news/index.html", STORY_PAGE]
    for page in pages:
        replace(folder / "output" / page, "</main>", f"<p>{PLANTED} the allotment.</p></main>")
    found = problems(folder / "output", settings)
    named = sorted({p.split(":", 1)[0] for p in found if "'Priya Chaudhry'" in p})
    assert named == sorted(f"output/{page}" for page in pages), found


def test_a_name_in_one_persons_sheet_is_found_though_the_post_is_in_the_kit_four_times(built):
    folder, _, kit_settings = built
    kit = folder / "kit"
    assert sum(POST in file.read_text(encoding="utf-8") for file in kit.rglob("*.*")
               if file.suffix in (".html", ".csv")) >= 4
    assert problems(kit, kit_settings, site=False) == []
    replace(kit / SHEET, POST, "Aaron let Kevin Ashworth move money")
    found = problems(kit, kit_settings, site=False)
    assert found and all(p.startswith(f"kit/{SHEET}:") for p in found), found
    assert any("'Kevin Ashworth'" in p for p in found), found


def test_a_name_in_the_address_a_kit_spreadsheet_links_to_is_found(built):
    folder, _, kit_settings = built
    sheet = folder / "kit" / "posts.csv"
    rows = list(csv.reader(io.StringIO(sheet.read_text(encoding="utf-8-sig"))))
    link = rows[0].index("link")
    rows[1][link] = rows[1][link].replace("/?", "-with-shelley-kenworthy/?", 1)
    assert "shelley-kenworthy" in rows[1][link]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    sheet.write_text(out.getvalue(), encoding="utf-8-sig")
    found = problems(folder / "kit", kit_settings, site=False)
    assert any(p.startswith("kit/posts.csv:") and "'kenworthy' in the address" in p
               and f"(row 2, column {link + 1})" in p for p in found), found
