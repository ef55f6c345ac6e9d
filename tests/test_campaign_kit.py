"""The campaign kit: a valid post for every network, tagged links, a fair schedule, own texts."""

from __future__ import annotations

import csv
import datetime
import json
import re
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import regex
from twitter_text import extract_urls_with_indices, parse_tweet

from campaign_kit.networks import NETWORKS, graphemes, mastodon_length, x_length
from campaign_kit.posts import Story, compose, tagged
from campaign_kit.schedule import plan
from campaign_kit.settings import Campaign, kit_options, read_campaign
from conftest import ROOT, copy_content, run_pelican
from site_reading import PUBLIC
from test_site_pages import published_stories

NETWORK_NAMES = {network.name: slug for slug, network in NETWORKS.items()}


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as sheet:
        return list(csv.DictReader(sheet))


def kit_of(build) -> Path:
    return build.output.parent / "kit"


# --- Counting by each network's rules, checked with the libraries themselves -------------

def within_limit(network: str, text: str) -> bool:
    """Is `text` a valid post on `network`, counted independently of the kit's code?"""
    if network == "x":
        parsed = parse_tweet(text)
        return parsed.valid and parsed.weightedLength <= 280
    clusters = regex.findall(r"\X", text)
    if network == "bluesky":
        return len(clusters) <= 300
    if network == "mastodon":
        links = extract_urls_with_indices(text)
        return len(clusters) - sum(len(found["url"]) - 23 for found in links) <= 500
    return len(text) <= NETWORKS[network].limit


def test_x_counts_a_link_as_23_and_emoji_as_2():
    link = "https://stories.penninevale-probation.org.uk/case-studies/x/?utm_source=x&utm_medium=social"
    assert x_length(f"Read {link}") == len("Read ") + 23
    assert x_length("Dean 🌱") == len("Dean ") + 2
    assert x_length("a" * 281) == 281


def test_graphemes_count_what_a_reader_sees_as_one_character():
    assert graphemes("👨‍👩‍👧") == 1 and graphemes("🇬🇧") == 1 and graphemes("é") == 1
    assert graphemes("Dean 👨‍👩‍👧") == 6


def test_mastodon_counts_links_as_23_and_remote_mentions_by_their_name():
    link = "https://stories.penninevale-probation.org.uk/a/very/long/path/to/a/story/"
    assert mastodon_length(f"{link} @pvprobation@social.example") == 23 + len(" @pvprobation")


def test_with_a_real_domain_the_full_standard_text_fits_on_x():
    story = Story("Dean finds his feet on the allotment", "Sentenced to unpaid work for theft, "
                  "Dean expected to count the hours, but a neglected community allotment in "
                  "Halifax gave him something to look forward to.",
                  "https://stories.penninevale-probation.org.uk/case-studies/dean/",
                  "Case studies", "unpaid-work", "Unpaid work")
    link = tagged(story.url, "x", "probation-week-2026")
    post = compose(story, NETWORKS["x"], "#ProbationChangesLives", link)
    assert post.link_counted_as == 23 and post.fits
    assert story.summary in post.text and post.text.endswith(link)


def test_utm_tags_replace_old_ones_and_keep_other_parameters():
    url = tagged("https://a.example/x/?page=2&utm_source=old", "bluesky", "week",
                 content="court-team")
    query = parse_qs(urlsplit(url).query)
    assert query == {"page": ["2"], "utm_source": ["bluesky"], "utm_medium": ["social"],
                     "utm_campaign": ["week"], "utm_content": ["court-team"]}


# --- The kit written by the build of the sample site ------------------------------------

def test_kit_is_written_beside_the_output_never_inside(site):
    kit = kit_of(site)
    assert sorted(path.name for path in kit.iterdir()) == [
        "posts.csv", "posts.html", "schedule.csv", "schedule.html"]
    assert not list(site.output.rglob("posts.csv")) and not list(site.output.rglob("schedule.*"))


def test_every_published_story_and_profile_has_a_valid_post_for_every_network(site, settings):
    posts = rows(kit_of(site) / "posts.csv")
    stories = published_stories(settings)
    by_story = Counter(row["link"].split("?")[0] for row in posts)
    assert len(by_story) == len(stories)
    assert set(by_story.values()) == {len(NETWORKS)}
    for row in posts:
        network = NETWORK_NAMES[row["network"]]
        assert within_limit(network, row["text"]), (network, row["text"])
        assert row["fits"] == "yes"
        assert row["link"] in row["text"] and settings["CAMPAIGN_HASHTAG"] in row["text"]


def test_every_link_is_tagged_for_its_network_and_the_campaign(site, settings):
    for row in rows(kit_of(site) / "posts.csv"):
        link = urlsplit(row["link"])
        assert f"{link.scheme}://{link.netloc}" == PUBLIC
        query = parse_qs(link.query)
        assert query["utm_source"] == [NETWORK_NAMES[row["network"]]]
        assert query["utm_medium"] == ["social"]
        assert query["utm_campaign"] == [settings["CAMPAIGN"]["name"]]


def test_the_schedule_covers_every_department_and_never_repeats_one_back_to_back(site, settings):
    campaign = settings["CAMPAIGN"]
    schedule = rows(kit_of(site) / "schedule.csv")
    assert len(schedule) == campaign["hours"] * campaign["posts_per_hour"]
    names = {settings["DEPARTMENTS"][slug]["name"]: slug for slug in campaign["accounts"]}
    departments = [names[row["department"]] for row in schedule]
    assert set(departments) == set(campaign["accounts"])
    assert all(a != b for a, b in zip(departments, departments[1:]))
    start = datetime.datetime.strptime(campaign["start"], "%Y-%m-%d %H:%M")
    for number, (row, slug) in enumerate(zip(schedule, departments)):
        when = datetime.datetime.strptime(f"{row['date']} {row['time']}", "%Y-%m-%d %H:%M")
        assert when == start + number * datetime.timedelta(minutes=30)
        # The apostrophe keeps Excel from reading "@PVPayback" as a formula.
        assert row["account"].lstrip("'") == campaign["accounts"][slug]
        assert within_limit("x", row["text"]) and row["link"] in row["text"]
        assert parse_qs(urlsplit(row["link"]).query)["utm_content"] == [slug]


def test_every_story_is_scheduled_before_any_is_repeated(site, settings):
    titles = [row["title"] for row in rows(kit_of(site) / "schedule.csv")]
    stories = len(published_stories(settings))
    assert len(set(titles[:stories])) == stories


def test_kit_pages_are_plain_html_with_every_text(site):
    posts = (kit_of(site) / "posts.html").read_text(encoding="utf-8")
    schedule = (kit_of(site) / "schedule.html").read_text(encoding="utf-8")
    assert "<script" not in posts + schedule and "http-equiv" not in posts + schedule
    first = rows(kit_of(site) / "schedule.csv")[0]
    assert first["account"].lstrip("'") in schedule
    assert "@media print" in schedule


# --- The schedule's rules, on made-up stories ---------------------------------------------

def made_up(department: str, count: int, profile: bool = True) -> list[Story]:
    return [Story(f"{department} {n}", "A summary.", f"https://a.example/{department}/{n}/",
                  "Department profiles" if profile and n == 0 else "Case studies", department,
                  department.title(), is_profile=profile and n == 0) for n in range(count)]


def campaign(hours: int, accounts: dict[str, str], per_hour: int = 1) -> Campaign:
    start = datetime.datetime(2026, 12, 1, 8, tzinfo=datetime.UTC)
    return Campaign("week", "#Tag", start, hours, per_hour, "x", accounts)


def test_a_short_campaign_still_gives_every_department_a_post_profile_first():
    stories = made_up("a", 6) + made_up("b", 1) + made_up("c", 2)
    slots = plan(campaign(3, {"a": "@A", "b": "@B", "c": "@C"}), stories)
    assert [slot.department for slot in slots] == ["a", "b", "c"]
    assert all(slot.story.is_profile for slot in slots)


def test_a_busy_department_never_posts_twice_in_a_row():
    stories = made_up("a", 9) + made_up("b", 1)
    slots = plan(campaign(12, {"a": "@A", "b": "@B"}), stories)
    departments = [slot.department for slot in slots]
    assert all(x != y for x, y in zip(departments, departments[1:]))
    assert departments.count("a") == 6


def test_a_department_with_nothing_published_is_named_in_the_kit(settings):
    from campaign_kit.plugin import make_kit  # noqa: PLC0415 - imports Pelican

    kit = make_kit(made_up("unpaid-work", 2) + made_up("court-team", 1), settings)
    assert {slot.department for slot, _ in kit.schedule} == {"unpaid-work", "court-team"}
    missing = [warning for warning in kit.warnings if "no published story" in warning]
    assert len(missing) == len(settings["CAMPAIGN"]["accounts"]) - 2
    assert any(warning.startswith("Victims Liaison Team") for warning in missing)


# --- Settings: checked at start-up, each problem naming its key ---------------------------

def test_a_campaign_with_mistakes_names_every_bad_key(settings):
    bad = {**settings["CAMPAIGN"], "start": "1 December, 8am", "hours": 0, "hashtag": "no tag",
           "accounts": {"unpaid-work": "@PVPayback", "space-programme": "@PVSpace",
                        "court-team": "@PennineValeCourtTeam"}}
    _, problems = read_campaign({**settings, "CAMPAIGN": bad})
    found = "\n".join(problems)
    for key in ("CAMPAIGN['start']", "CAMPAIGN['hours']", "CAMPAIGN['hashtag']",
                "CAMPAIGN['accounts']['space-programme']",
                "CAMPAIGN['accounts']['court-team']"):
        assert key in found


def test_the_kit_may_not_be_written_inside_the_output(settings):
    _, problems = kit_options({**settings, "CAMPAIGN_KIT": {"path": "output/kit"}})
    assert any("CAMPAIGN_KIT['path']" in problem for problem in problems)


def test_a_bad_campaign_stops_the_build_at_start_with_the_key_named(tmp_path, settings):
    bad = json.dumps({**settings["CAMPAIGN"], "start": "2026-12-32 08:00"})
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", f"CAMPAIGN={bad}")
    assert build.returncode != 0
    assert "CAMPAIGN['start']" in build.log and "YYYY-MM-DD HH:MM" in build.log
    assert not (tmp_path / "output").exists() and not (tmp_path / "kit").exists()


# --- A story's own post text, and a failed build ------------------------------------------

def with_field(source: Path, line: str) -> None:
    text = source.read_text(encoding="utf-8")
    source.write_text(re.sub(r"^(Summary:.*)$", rf"\1\n{line}", text, count=1, flags=re.M),
                      encoding="utf-8")


def test_a_story_own_text_is_used_where_it_fits_and_the_kit_says_where_not(tmp_path):
    content = copy_content(tmp_path)
    short = "Sam swapped a night out for a canal towpath.\nNow she is off to college."
    long = ("Dean thought unpaid work was pointless. " * 7).strip()
    # A field may go on over several lines, each indented by four spaces.
    with_field(content / "case-studies" / "sam-clears-the-towpath.md",
               "Post: " + short.replace("\n", "\n    "))
    dean = content / "case-studies" / "dean-finds-his-feet-on-the-allotment.md"
    with_field(dean, f"Post: {long}")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    posts = rows(tmp_path / "kit" / "posts.csv")
    sam = {row["network"]: row for row in posts if row["title"].startswith("Sam clears")}
    assert all(row["own text"] == "yes" and row["text"].startswith(short) for row in sam.values())
    dean = {row["network"]: row for row in posts if row["title"].startswith("Dean finds")}
    for network in ("X", "Bluesky"):
        assert dean[network]["own text"] == "no" and dean[network]["fits"] == "yes"
        assert "own text is" in dean[network]["note"] and "Post:" in dean[network]["note"]
    for network in ("Mastodon", "LinkedIn", "Facebook"):
        assert dean[network]["own text"] == "yes" and dean[network]["text"].startswith(long)
    assert "own text is" in build.log  # and the build says so too


def test_no_kit_is_written_when_the_build_fails(tmp_path):
    content = copy_content(tmp_path)
    story = content / "case-studies" / "sam-clears-the-towpath.md"
    story.write_text(story.read_text().replace("Department: unpaid-work", "Department: nowhere"))
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0
    assert not (tmp_path / "kit").exists()


def test_a_preview_build_never_writes_the_kit(tmp_path):
    build = run_pelican(ROOT / "content", tmp_path / "output", "-e", "SLINGSHOT_PREVIEW=true")
    assert build.returncode == 0, build.log
    assert not (tmp_path / "kit").exists()


@pytest.mark.parametrize("network", list(NETWORKS))
def test_every_network_has_a_limit_and_a_counter(network):
    assert NETWORKS[network].limit > 0 and NETWORKS[network].count("abc") == 3
