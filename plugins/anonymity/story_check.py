"""Everything the guard checks in a story file: its text, file name, images and consent.

The engine (engine.py) reads text; this adds what only the file knows. The Pelican
adapter and the command line both call `check_story_file`, so the build and
`invoke check` always agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .addresses import address_findings
from .allowlist import Allowlist, load_allowlist
from .consent import consent_findings
from .engine import check_bytes, check_story
from .findings import ERROR, Finding, FolderReport, StoryReport
from .lexicon import common_words, fold, given_names, surnames
from .place_model import SHIPPED, PlaceModel
from .places import STREET_TYPE
from .settings import GuardSettings, guard_settings, read_options
from .source import Story, read_story
from .story_images import image_findings

def options(overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """The trust's `ANONYMITY` setting merged over the defaults (checked at start-up by the
    plugin and the command line; `settings.read_options` lists the problems)."""
    return read_options(overrides)[0]


def allowlist_path(content_dir: Path, chosen: str | Path | None) -> Path:
    """The trust's allow-list: the one chosen, or allowlist.txt at the content folder's top."""
    return Path(chosen) if chosen else content_dir / "allowlist.txt"


def allowlist_for(content_dir: Path, chosen: str | Path | None, own: Sequence[str] = ()) -> Allowlist:
    """The trust's allow-list file, with `own`: the details its settings publish as its own
    (`ANONYMITY["allow"]`: its contact numbers and addresses, which every page's footer shows)."""
    path = allowlist_path(content_dir, chosen)
    listed = load_allowlist(path).phrases if path.is_file() else ()
    return Allowlist(tuple(dict.fromkeys((*listed, *own))))


def as_prose(stem: str) -> str:
    """A file name as prose would write it. Everyday words stay in lower case, even those
    that are also names ("a-second-chance"), unless a surname follows ("paddy-doherty");
    other words and street types are capitalised ("sadie-stops-and-thinks" reads
    "Sadie stops and thinks")."""
    words = [word for word in re.split(r"[-_.\s]+", stem) if word]
    capital = [fold(word) not in common_words() or bool(STREET_TYPE.fullmatch(word)) for word in words]
    for index, word in enumerate(words[:-1]):
        following = fold(words[index + 1])
        if capital[index + 1] and following in surnames() and fold(word) in given_names():
            capital[index] = True
    return " ".join(word.capitalize() if up else word for word, up in zip(words, capital))


def file_name_findings(path: str, file: Path, pseudonyms: str, allowlist: Allowlist,
                       guard: GuardSettings) -> list[Finding]:
    """Findings in the file name, which becomes the page's address (`jordan-okafor.md`)."""
    report = check_story(f"Pseudonyms: {pseudonyms}\n\n{as_prose(file.stem)}\n", path, allowlist, guard)
    return [
        replace(
            finding,
            line=1,
            column=1,
            end_column=1,
            text=file.stem,
            message=f"the file name becomes the page's address, and it holds "
            f"'{finding.text}': {finding.message}",
            suggestion="rename the file with the pseudonym or a few words of the title",
        )
        for finding in report.findings
        if finding.kind != "pseudonym"  # reported once, on the story's own Pseudonyms: line
    ]


# A word with Latin letters and Cyrillic or Greek ones ("Оkafor" with a Cyrillic О) reads as
# one name to a person and as no name to a detector.
MIXED_SCRIPT = re.compile(r"\b(?=\w*[A-Za-z\u00c0-\u024f])(?=\w*[\u0370-\u03ff\u0400-\u04ff])\w+")


def lookalike_findings(story: Story, path: str) -> list[Finding]:
    """Words that mix alphabets whose letters look alike: retyped, they can be checked."""
    findings = []
    for match in MIXED_SCRIPT.finditer(story.text):
        line, column = story.position(match.start())
        findings.append(Finding(
            path, line, column, column + len(match.group()), "lookalike", ERROR, match.group(),
            "the word mixes Latin letters with Cyrillic or Greek ones that look the same, which "
            "hides it from the check", "retype the word on an English keyboard"))
    return findings


def shape_findings(story: Story, path: str) -> list[Finding]:
    """A header that could be read two ways blocks the story until the writer says which."""
    return [
        Finding(path, problem.line, 1, 1, "header", ERROR, story.line_text(problem.line)[:60],
                problem.message, problem.advice[:1].lower() + problem.advice[1:])
        for problem in story.problems
    ]


def check_story_file(path: str, file: Path, raw: bytes, content_dir: Path,
                     allowlist: Allowlist, option: Mapping[str, Any],
                     places: PlaceModel | None = SHIPPED) -> StoryReport:
    """Every finding for one story file; `path` is how reports name it. `places`: the place
    model (the benchmarks give one trained without the stories they score, or None)."""
    guard = replace(guard_settings(option), places=places)
    report = check_bytes(raw, path, allowlist, guard)
    story = read_story(raw)
    report.findings += shape_findings(story, path) + lookalike_findings(story, path)
    pseudonyms = ", ".join(field.value for field in story.values("pseudonyms"))
    report.findings += file_name_findings(path, file, pseudonyms, allowlist, guard)
    report.findings += address_findings(story, path, allowlist)
    report.findings += image_findings(story, path, file, content_dir)
    kind = file.relative_to(content_dir).parts[0] if file.is_relative_to(content_dir) else ""
    if kind in option["consent_required"]:
        report.findings += consent_findings(story, path)
    report.findings.sort(key=lambda finding: (finding.line, finding.column))
    return report


def check_content(content_dir: Path, overrides: Mapping[str, Any] | None = None,
                  allowlist_path: Path | None = None, places: PlaceModel | None = SHIPPED) -> FolderReport:
    """Check every story below `content_dir`, drafts included; paths relative to it."""
    option = options(overrides)
    allowlist = allowlist_for(content_dir, allowlist_path or option["allowlist"], option["allow"])
    report = FolderReport()
    for file in sorted(content_dir.rglob("*.md")):
        relative = file.relative_to(content_dir).as_posix()
        report.stories.append(
            check_story_file(relative, file, file.read_bytes(), content_dir, allowlist, option, places)
        )
    return report
