"""The guard's recall per kind and the share of decoys it blocks, on labelled folders of stories.

Each folder holds stories, `labels.json` and `allowlist.txt` (the format of tests/corpus). The
stories are checked as users run the guard (`invoke check`): text, file names, images, consent.

Run: .venv/bin/python -m benchmarks.recall [FOLDER ...] [--missed] [--half tuning|held-out]
(default: tests/corpus tests/anonymity_cases tests/recall_cases)

`--half` scores one half of each folder, its stories sorted by name: `tuning` the 1st, 3rd, 5th…,
`held-out` the 2nd, 4th… (how tests/fourth_cases was split: only the tuning half is tuned on).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from benchmarks.evaluation import Label, Score, load_labels, score  # noqa: E402
from plugins.anonymity.findings import FolderReport  # noqa: E402
from plugins.anonymity.place_model import SHIPPED, PlaceModel  # noqa: E402
from plugins.anonymity.story_check import check_content  # noqa: E402

FOLDERS = ("tests/corpus", "tests/anonymity_cases", "tests/recall_cases")


HALVES = {"tuning": 0, "held-out": 1}


def story_files(folder: Path, half: str | None = None) -> list[str]:
    """The story files of a folder sorted by name, or of one half of it (every other one)."""
    stories = sorted(path.name for path in folder.glob("*.md") if path.name != "README.md")
    return stories if half is None else stories[HALVES[half]::2]


def half_of(folder: Path, half: str | None) -> set[str] | None:
    """The story files of one half of a folder, or None for all."""
    return None if half is None else set(story_files(folder, half))


def checked(folder: Path, half: str | None = None,
            places: PlaceModel | None = SHIPPED) -> tuple[FolderReport, list[Label]]:
    """The guard's report on the chosen stories of a folder (with the place model `places`, None
    for the rules alone), and those stories' labels."""
    report = check_content(folder, None, folder / "allowlist.txt", places)
    chosen = half_of(folder, half)
    report.stories = [story for story in report.stories if story.path != "README.md"
                      and (chosen is None or story.path in chosen)]
    labels = [label for label in load_labels(folder / "labels.json", folder)
              if chosen is None or label.file in chosen]
    return report, labels


def scored(folder: Path, half: str | None = None) -> Score:
    return score(*checked(folder, half))


def overall(result: Score) -> str:
    found, labelled = sum(result.found.values()), sum(result.labelled.values())
    return f"overall recall {found}/{labelled} = {found / labelled:.3f}" if labelled else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, default=[ROOT / f for f in FOLDERS])
    parser.add_argument("--missed", action="store_true", help="list each missed label and blocked decoy")
    parser.add_argument("--half", choices=sorted(HALVES), help="score one half of each folder only")
    args = parser.parse_args()
    for folder in args.folders:
        if not (folder / "labels.json").is_file():
            continue
        result = scored(folder, args.half)
        print(f"\n## {folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}\n")
        print(result.table())
        print(f"\n{overall(result)}; decoys blocked {len(result.decoys_flagged)}/{result.decoys}")
        if args.missed:
            for label in result.missed:
                print(f"  missed {label.kind}: {label.file}:{label.line} {label.text!r}")
            for label in result.decoys_flagged:
                print(f"  blocked decoy: {label.file}:{label.line} {label.text!r}")


if __name__ == "__main__":
    main()
