"""The kit's cache also keeps the lengths of the posts it does not compose (fixed slots, live
posts): a build on kept caches does not load twitter-text to count them again, and a fixed
slot's edited text is counted afresh."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from conftest import copy_content, run_pelican

from plugins.campaign_kit.kit_cache import KitCache
from plugins.campaign_kit.networks import LINK_LENGTH, NETWORKS, x_length

LINK = ("https://stories.penninevale-probation.example.org/case-studies/sam-clears-the-towpath/"
        "?utm_source=x")
ADDED = " Come and see what the team did."


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as sheet:
        return list(csv.DictReader(sheet))


def test_a_kept_length_is_the_one_counted_and_another_text_is_counted_afresh(tmp_path):
    x = NETWORKS["x"]
    text = f"Sam cleared the towpath.\n\n#ProbationChangesLives {LINK}"
    first = KitCache(tmp_path)
    assert first.measured(x, text, LINK) == (x_length(text), LINK_LENGTH)
    first.save()
    kept = json.loads((tmp_path / "kit.json").read_text(encoding="utf-8"))["posts"]
    assert [x_length(text), LINK_LENGTH] in kept.values()
    again = KitCache(tmp_path)
    assert again.measured(x, text, LINK) == (x_length(text), LINK_LENGTH)
    longer = text.replace("towpath.", "towpath." + ADDED)
    assert again.measured(x, longer, LINK) == (x_length(text) + len(ADDED), LINK_LENGTH)


def test_a_fixed_slot_edited_between_builds_on_kept_caches_shows_its_new_length(tmp_path):
    content = copy_content(tmp_path)
    flags = ["-v", "-e", f"CACHE_PATH={json.dumps(str(tmp_path / 'cache'))}"]
    first = run_pelican(content, tmp_path / "output", *flags)
    assert first.returncode == 0, first.log
    kit = tmp_path / "kit"
    slots = rows(kit / "fixed-slots.csv")
    assert slots, "the sample campaign has started: every slot is fixed"
    before = rows(kit / "schedule.csv")[0]
    text = slots[0]["text"]
    body, tail = text.rsplit("\n\n", 1)
    slots[0]["text"] = f"{body}{ADDED}\n\n{tail}"
    with (kit / "fixed-slots.csv").open("w", encoding="utf-8", newline="") as sheet:
        writer = csv.DictWriter(sheet, fieldnames=list(slots[0]))
        writer.writeheader()
        writer.writerows(slots)
    again = run_pelican(content, tmp_path / "output", *flags)
    assert again.returncode == 0, again.log
    assert re.search(r"campaign_kit: .*\(0 composed", again.log), again.log[-2000:]
    after = rows(kit / "schedule.csv")[0]
    assert after["text"] == slots[0]["text"]
    assert int(after["length"]) == int(before["length"]) + len(ADDED)
