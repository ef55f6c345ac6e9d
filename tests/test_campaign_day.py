"""The campaign day: a roster, a schedule that stays put, a sheet per person, live-post
prompts and a day-of page, all in the private kit."""

from __future__ import annotations

import csv
import datetime
import json
import re
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import sync_playwright

from plugins.campaign_kit.posts import Story
from plugins.campaign_kit.roster import Shift
from plugins.campaign_kit.schedule import Fixed, plan
from plugins.campaign_kit.settings import Campaign
from conftest import ROOT, copy_content, run_pelican
from test_browser import CHROMIUM, CHROMIUM_FLAGS
from test_campaign_kit import within_limit

ZONE = ZoneInfo("Europe/London")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as sheet:
        return list(csv.DictReader(sheet))


def roster(path: Path = ROOT / "campaign" / "roster.csv") -> list[dict[str, str]]:
    return rows(path)


def when(text: str) -> datetime.datetime:
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")


def printed_pages(browser, path: Path) -> int:
    page = browser.new_page()
    page.goto(path.as_uri())
    pdf = page.pdf(format="A4")
    page.close()
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def kit(site) -> Path:
    return site.output.parent / "kit"


# --- Every slot to someone on shift, departments by their shift hours ---------------------

def test_every_slot_goes_to_a_person_on_shift_from_their_account(kit, settings):
    shifts = roster()
    schedule = rows(kit / "schedule.csv")
    campaign = settings["CAMPAIGN"]
    assert len(schedule) == campaign["hours"] * campaign["posts_per_hour"]
    names = {slug: department["name"] for slug, department in settings["DEPARTMENTS"].items()}
    for row in schedule:
        at = when(f"{row['date']} {row['time']}")
        on = [shift for shift in shifts if shift["name"] == row["person"]
              and when(shift["start"]) <= at < when(shift["end"])]
        assert on, f"{row['person']} is not on shift at {at}"
        assert row["account"].lstrip("'") == on[0]["account"]
        assert row["department"] == names[on[0]["department"]]
        assert within_limit("x", row["text"]) and settings["CAMPAIGN_HASHTAG"] in row["text"]


def test_every_rostered_department_has_slots_in_proportion_to_its_shift_hours(kit, settings):
    shifts = roster()
    hours = Counter()
    for shift in shifts:
        hours[shift["department"]] += (when(shift["end"]) - when(shift["start"])).seconds / 3600
    schedule = rows(kit / "schedule.csv")
    names = {settings["DEPARTMENTS"][slug]["name"]: slug for slug in hours}
    counts = Counter(names[row["department"]] for row in schedule)
    assert set(counts) == set(hours)
    for slug, share in hours.items():
        assert abs(counts[slug] - len(schedule) * share / sum(hours.values())) <= 1, slug


def shift(name: str, department: str, start: int, end: int) -> Shift:
    base = datetime.datetime(2026, 12, 1, 8, tzinfo=ZONE)
    return Shift(name, f"@{department}", department, base + datetime.timedelta(hours=start),
                 base + datetime.timedelta(hours=end))


def stories(department: str, count: int, start: int = 0) -> list[Story]:
    return [Story(f"{department} {n}", "A summary.", f"https://a.example/{department}/{n}/",
                  "Case studies", department, department.title())
            for n in range(start, start + count)]


CAMPAIGN = Campaign("day", "#Tag", datetime.datetime(2026, 12, 1, 8, tzinfo=ZONE), 24, 2, "x",
                    {"a": "@a", "b": "@b", "c": "@c"})
# Uneven: A is on all day; B for 12 hours with a second person for 6; C for the night.
UNEVEN = [shift("Ann", "a", 0, 24), shift("Bob", "b", 0, 12), shift("Bea", "b", 3, 9),
          shift("Cal", "c", 12, 24)]


def test_an_uneven_roster_still_shares_the_slots_by_shift_hours():
    slots, gaps = plan(CAMPAIGN, stories("a", 10) + stories("b", 3) + stories("c", 1), UNEVEN)
    assert not gaps and len(slots) == 48
    counts = Counter(slot.department for slot in slots)
    hours = {"a": 24, "b": 18, "c": 12}
    for slug, share in hours.items():
        assert abs(counts[slug] - 48 * share / 54) <= 1, counts
    for slot in slots:
        assert any(s.name == slot.person and s.covers(slot.time) for s in UNEVEN)


# --- A stable schedule ---------------------------------------------------------------------

def test_free_slots_take_new_stories_and_fixed_slots_never_move():
    first, _ = plan(CAMPAIGN, stories("a", 4) + stories("b", 2) + stories("c", 2), UNEVEN)
    fixed = {slot.time: Fixed(slot.time, slot.person, slot.account, slot.department,
                              slot.story.url, f"text {slot.number}")
             for slot in first[:20]}
    more = stories("a", 4) + stories("b", 2) + stories("c", 2) + stories("b", 3, start=2)
    again, _ = plan(CAMPAIGN, more, UNEVEN, fixed)
    for slot in again[:20]:
        kept = fixed[slot.time]
        assert (slot.person, slot.account, slot.text) == (kept.person, kept.account, kept.text)
    new = {story.url for story in stories("b", 3, start=2)}
    assert new <= {slot.story.url for slot in again[20:]}


def add_story(content: Path, number: int) -> None:
    source = content / "case-studies" / "sam-clears-the-towpath.md"
    text = source.read_text(encoding="utf-8").replace(
        "Title: Sam clears the towpath, and finds a new path of her own",
        f"Title: Sam clears towpath number {number}")
    (content / "case-studies" / f"sam-towpath-{number}.md").write_text(text, encoding="utf-8")


def test_freezing_then_adding_three_stories_changes_no_fixed_slot(tmp_path):
    content = copy_content(tmp_path)
    freeze = json.dumps({"freeze": True})
    frozen = run_pelican(content, tmp_path / "output", "-e", f"CAMPAIGN_KIT={freeze}")
    assert frozen.returncode == 0, frozen.log
    before = rows(tmp_path / "kit" / "schedule.csv")
    assert {row["fixed"] for row in before} == {"yes"}
    for number in (1, 2, 3):
        add_story(content, number)
    later = run_pelican(content, tmp_path / "output")
    assert later.returncode == 0, later.log
    after = rows(tmp_path / "kit" / "schedule.csv")
    keys = ("date", "time", "person", "account", "text", "link")
    assert [[row[key] for key in keys] for row in after] == \
           [[row[key] for key in keys] for row in before]
    assert "Sam clears towpath number 1" in (tmp_path / "kit" / "posts.csv").read_text(
        encoding="utf-8-sig")


# --- A sheet per person, the prompts, the day-of page ---------------------------------------

def test_each_person_has_a_sheet_of_their_posts_in_order_with_image_alt_text_and_link(kit):
    schedule = rows(kit / "schedule.csv")
    people = {row["name"] for row in roster()}
    sheets = sorted((kit / "people").glob("*.html"))
    assert len(sheets) == len(people)
    for sheet in sheets:
        page = BeautifulSoup(sheet.read_text(encoding="utf-8"), "lxml")
        person = next(name for name in people if name in page.h1.get_text())
        mine = [row for row in schedule if row["person"] == person]
        texts = [text.get_text() for text in page.select(".slot .text")]
        assert texts == [row["text"] for row in mine]
        images = page.select(".slot img")
        assert [image["alt"] for image in images] == [row["image_alt"] for row in mine]
        for image, row in zip(images, mine):
            assert image["src"] == f"../{row['image']}" and (kit / row["image"]).is_file()
            assert row["image_alt"]
        links = [a["href"] for a in page.select(".slot a")]
        assert links == [row["link"] for row in mine]


def test_every_sheet_prints_on_a4_and_the_schedule_prints_compactly(kit, browser):
    for sheet in (kit / "people").glob("*.html"):
        assert 1 <= printed_pages(browser, sheet) <= 2, sheet.name
    assert printed_pages(browser, kit / "schedule.html") <= 6
    assert printed_pages(browser, kit / "day-of.html") <= 2


def test_the_images_load_in_a_browser(kit, browser):
    page = browser.new_page()
    page.goto(next((kit / "people").glob("*.html")).as_uri())
    widths = page.eval_on_selector_all(".slot img", "images => images.map(i => i.naturalWidth)")
    page.close()
    assert widths and all(width > 0 for width in widths)


def prompts() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    text = (ROOT / "content" / "campaign-prompts.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            slug, _, prompt = line.partition(":")
            found.setdefault(slug.strip(), []).append(prompt.strip())
    return found


def test_live_post_prompts_are_mixed_into_each_sheet_and_never_published(kit, site):
    by_department = prompts()
    for shift in roster():
        sheets = [p for p in (kit / "people").glob("*.html")
                  if shift["name"] in BeautifulSoup(p.read_text(encoding="utf-8"), "lxml").h1.text]
        live = [p.get_text() for p in BeautifulSoup(sheets[0].read_text(encoding="utf-8"),
                                                      "lxml").select(".slot .live")]
        assert live and all(any(prompt in text for prompt in by_department[shift["department"]])
                            for text in live)
    published = "".join(path.read_text(encoding="utf-8", errors="replace")
                        for path in site.output.rglob("*") if path.is_file()
                        and path.suffix in (".html", ".xml", ".txt", ".json"))
    assert "campaign-prompts" not in published
    assert not any(prompt in published for items in by_department.values() for prompt in items)


def test_the_day_of_page_has_the_checklist_contacts_and_the_withdrawal_steps(kit):
    page = BeautifulSoup((kit / "day-of.html").read_text(encoding="utf-8"), "lxml")
    text = page.get_text(" ")
    for needed in ("log", "Pin", "replies", "invoke withdraw content/<kind>/<file>.md",
                   "invoke publish", "delete"):
        assert needed in text, needed
    contacts = page.select("table tbody tr")
    assert {row.td.get_text() for row in contacts} == {row["name"] for row in roster()}
    for link in page.select("table a"):
        assert (kit / link["href"]).is_file()


# --- Private: names in the kit only, checked, never published -----------------------------

def test_rostered_names_are_only_in_the_kit_never_on_the_site(kit, site):
    names = {row["name"] for row in roster()}
    for path in site.output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".xml", ".txt", ".json", ".csv"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not any(name in text for name in names), path
    assert all(name in (kit / "day-of.html").read_text(encoding="utf-8") for name in names)
    assert not (site.output / "kit").exists() and not list(site.output.rglob("day-of.html"))


def test_a_rostered_name_in_a_story_still_fails_the_build(tmp_path):
    content = copy_content(tmp_path)
    story = content / "case-studies" / "sam-clears-the-towpath.md"
    name = roster()[0]["name"]
    story.write_text(story.read_text(encoding="utf-8") + f"\n{name} met Sam at the canal.\n",
                     encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert name.split()[-1] in build.log and not (tmp_path / "kit" / "day-of.html").exists()


# --- Bad input: the file, the line, what to do -----------------------------------------------

@pytest.mark.parametrize("line, message", [
    ("Ann Other,@PVCourts,space-team,2026-12-01 08:00,2026-12-02 08:00",
     "'space-team' is not a department"),
    ("Ann Other,@PVCourts,court-team,1 December 8am,2026-12-02 08:00", "YYYY-MM-DD HH:MM"),
    ("Ann Other,@PVCourts,court-team,2026-12-01 08:00", "should be 5"),
])
def test_a_bad_roster_line_stops_the_build_naming_the_file_and_line(tmp_path, line, message):
    bad = tmp_path / "roster.csv"
    sample = (ROOT / "campaign" / "roster.csv").read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join([*sample[:2], line, *sample[2:]]) + "\n", encoding="utf-8")
    chosen = json.dumps({"roster": str(bad)})
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", f"CAMPAIGN_KIT={chosen}")
    assert build.returncode != 0
    assert f"{bad}, line 3" in build.log and message in build.log, build.log
    assert "Traceback" not in build.log and not (tmp_path / "kit").exists()


def test_a_slot_with_nobody_on_shift_stops_the_build(tmp_path):
    bad = tmp_path / "roster.csv"
    sample = (ROOT / "campaign" / "roster.csv").read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join(sample[:-2]) + "\n", encoding="utf-8")  # no one from 05:00
    chosen = json.dumps({"roster": str(bad)})
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", f"CAMPAIGN_KIT={chosen}")
    assert build.returncode != 0
    assert "nobody is on shift at 2026-12-02 05:00" in build.log, build.log


def test_without_a_roster_each_department_account_posts_and_the_kit_says_so(tmp_path):
    chosen = json.dumps({"roster": str(tmp_path / "no-roster.csv")})
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", f"CAMPAIGN_KIT={chosen}")
    assert build.returncode == 0, build.log
    assert "There is no roster" in build.log
    schedule = rows(tmp_path / "kit" / "schedule.csv")
    assert {row["person"] for row in schedule} == {""}
    assert len(set(Counter(row["department"] for row in schedule).values())) == 1
    assert not (tmp_path / "kit" / "people").exists()


def test_a_prompt_naming_someone_fails_the_kit_check_like_a_story_would(tmp_path):
    content = copy_content(tmp_path)
    prompts = content / "campaign-prompts.txt"
    prompts.write_text(prompts.read_text(encoding="utf-8")
                       + "court-team: Ask Darren Whitlock about his sentencing hearing\n",
                       encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert "Whitlock" in build.log and "kit/people/" in build.log
    assert not (tmp_path / "kit" / "people").exists()


def test_a_fixed_slot_whose_story_is_no_longer_published_is_let_go(tmp_path):
    content = copy_content(tmp_path)
    freeze = json.dumps({"freeze": True})
    assert run_pelican(content, tmp_path / "output", "-e", f"CAMPAIGN_KIT={freeze}").returncode == 0
    gone = content / "case-studies" / "sam-clears-the-towpath.md"
    gone.unlink()
    later = run_pelican(content, tmp_path / "output")
    assert later.returncode == 0, later.log
    assert "linked to a story that is no longer published" in later.log
    kit = tmp_path / "kit"
    for name in ("fixed-slots.csv", "schedule.csv"):
        assert "sam-clears-the-towpath" not in (kit / name).read_text(encoding="utf-8-sig")
    assert len(rows(kit / "schedule.csv")) == 48
