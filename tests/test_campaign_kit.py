"""The campaign kit: a valid post for every network, tagged links, a fair schedule, own texts."""

from __future__ import annotations

import csv
import datetime
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import regex
import twitter_text
from twitter_text import extract_urls_with_indices, parse_tweet
from twitter_text.extract_emojis import extract_emojis_with_indices
from twitter_text.has_invalid_characters import has_invalid_characters
from twitter_text.regexp.emoji import emoji as EMOJI, emoji_list

from plugins.campaign_kit import networks
from plugins.campaign_kit.kit_cache import KitCache
from plugins.campaign_kit.kit_files import fingerprint
from plugins.campaign_kit.networks import NETWORKS, graphemes, mastodon_length, x_length
from plugins.campaign_kit.posts import ELLIPSIS, FEWEST_SUMMARY_WORDS, Story, compose, tagged
from plugins.campaign_kit.roster import Shift
from plugins.campaign_kit.schedule import plan
from plugins.campaign_kit.settings import Campaign, kit_options, read_campaign
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


def counted(network: str, text: str) -> int:
    """`text`'s length on `network` by each network's rules, independently of the kit's code."""
    if network == "x":
        return parse_tweet(text).weightedLength
    if network == "mastodon":
        pieces, last = [], 0
        for found in extract_urls_with_indices(text):
            start, end = found["indices"]
            pieces += [text[last:start], "x" * 23]
            last = end
        text = regex.sub(r"(?<![\w@])(@\w+)@[\w.-]+\w", r"\1", "".join([*pieces, text[last:]]))
    if network in ("bluesky", "mastodon"):
        return len(regex.findall(r"\X", text))
    return len(text)


# --- Counting fast, and still by the networks' rules -----------------------------------------
# networks.py counts ordinary ("plain") text without twitter-text or \X. These tests are the
# proof that it may: each claim it rests on, checked against the libraries themselves.

X_PLAIN = [chr(point) for point in range(0x110000)
           if networks.NOT_X_PLAIN.match(chr(point)) is None]


def test_twitter_text_weighs_each_plain_character_as_the_kit_does():
    assert 300 < len(X_PLAIN) < 500 and "\r" not in X_PLAIN and "©" not in X_PLAIN
    for char in X_PLAIN:
        assert parse_tweet(char).weightedLength == (2 if char == ELLIPSIS else 1), repr(char)
        assert networks.x_weight(char) == (2 if char == ELLIPSIS else 1)
        assert not has_invalid_characters(char) and not extract_emojis_with_indices(char)
        assert unicodedata.combining(char) == 0


def test_no_emoji_can_be_made_of_plain_characters_and_nfc_changes_none():
    # twitter-text's emoji pattern is its multi-code-point sequences or one code point of its
    # list; each single plain character is no emoji (above), and every sequence needs a
    # character that is not plain. So no run of plain characters holds an emoji.
    plain = set(X_PLAIN)
    sequences = [entry.codepoint.split() for entry in emoji_list]
    assert all(any(chr(int(point, 16)) not in plain for point in sequence)
               for sequence in sequences if len(sequence) > 1)
    assert EMOJI.search("".join(X_PLAIN)) is None
    # NFC composes only neighbours; no two plain characters compose, so plain text is NFC.
    for first in X_PLAIN:
        for second in X_PLAIN:
            assert unicodedata.is_normalized("NFC", first + second), (first, second)


def test_characters_the_grapheme_counter_takes_one_by_one_never_join():
    single = [chr(point) for point in [*range(0, 0x3400, 3), *range(0x4E00, 0x110000, 97)]]
    single = [char for char in single if networks.JOINER.search(char) is None]
    for char in ("a", "\n", "\u2026", "\u00ad", "日", "🌱"):  # Other, LF, Control
        assert networks.JOINER.search(char) is None, repr(char)
    for char in ("\r", "\u0301", "\u200d", "\ufe0f", "🇬", "\u1100", "\u0903"):
        assert networks.JOINER.search(char), repr(char)  # CR, Extend, ZWJ, RI, L, SpacingMark
    rng = random.Random(7)
    sample = rng.sample(single, 300)
    for first in sample:
        for second in sample[:60]:
            assert len(regex.findall(r"\X", first + second)) == 2, (first, second)
    for _ in range(300):
        text = "".join(rng.choices(single, k=rng.randint(1, 40)))
        assert graphemes(text) == len(regex.findall(r"\X", text)) == len(text)


LINKS = [
    "https://stories.penninevale-probation.example/case-studies/dean/?utm_source=x&utm_medium=social",
    "https://stories.penninevale-probation.org.uk/news/jobs-fair/?utm_source=x&utm_campaign=week",
    "https://t.co/abcdef123", "penninevale.org.uk/about", "www.gov.uk",
]
WORDS = ("Dean finds his feet on the allotment, and Sam’s “new path” – at last… café naïve "
         "Zoë 50% #tag @name a.b e.g. 3.5 end. Next: (brackets) ‘quotes’ — dash £10 ½ ß Łódź "
         "Ærø ~ ^ | \\ { } [ ] < > = + * & $ ! ? ; : , ' \" `").split()


def random_plain_text(rng: random.Random, links: bool) -> str:
    words = rng.choices(WORDS, k=rng.randint(1, 60))
    if links:
        words += rng.sample(LINKS, rng.randint(1, 2))
        rng.shuffle(words)
    separators = rng.choices([" ", " ", " ", "\n", "\n\n", " \u2026 "], k=len(words))
    pairs = zip(words, separators, strict=True)
    return "".join(word + separator for word, separator in pairs).strip()


def test_the_fast_x_count_is_parse_tweet_on_plain_text_with_and_without_links():
    rng = random.Random(20261122)
    for number in range(250):
        text = random_plain_text(rng, links=number % 2 == 0)
        assert x_length(text) == parse_tweet(text).weightedLength, text


def test_the_quick_look_for_links_never_misses_one():
    # It stops at the first "/" after a full stop: no top-level domain may hold one.
    assert "/" not in networks.top_level_domain().pattern
    rng = random.Random(5)
    found = 0
    for _ in range(300):
        text = random_plain_text(rng, links=rng.random() < 0.5)
        if extract_urls_with_indices(text):
            found += 1
            assert networks.may_have_links(text), text
    assert found > 100
    assert not networks.may_have_links(f"#Tag {LINKS[0]}")  # a test address: no link


@pytest.mark.parametrize("network", list(NETWORKS))
def test_a_plain_body_and_its_tail_add_up_on_every_network(network):
    rng = random.Random(network)
    count_body = NETWORKS[network].body_length
    checked = 0
    for _ in range(120):
        body = random_plain_text(rng, links=False) + "\n\n"
        tail = f"#ProbationChangesLives {rng.choice(LINKS[:2])}"
        length = count_body(body)
        if length is None:  # not plain (a dotted word, or a mention on Mastodon)
            assert network in ("x", "mastodon") and ("." in body or "@" in body)
            continue
        checked += 1
        assert length + NETWORKS[network].count(tail) == counted(network, body + tail), body
    assert checked >= 10


def test_a_plain_story_is_counted_without_parse_tweet(monkeypatch):
    calls = Counter()
    original = twitter_text.parse_tweet
    monkeypatch.setattr(twitter_text, "parse_tweet",
                        lambda text, *args: calls.update(["parse"]) or original(text, *args))
    story = Story("Dean finds his feet on the allotment",
                  "Sentenced to unpaid work for theft, " * 12,
                  "https://stories.penninevale-probation.org.uk/case-studies/dean-2/",
                  "Case studies", "unpaid-work", "Unpaid work")
    for slug, network in NETWORKS.items():
        post = compose(story, network, "#Tag", tagged(story.url, slug, "week"))
        assert post.length == counted(slug, post.text) and post.fits
    assert calls["parse"] == 0


# Stories that leave the fast path: emoji, CJK, combining marks, links and mentions in the
# summary, and text long enough that every network's limit bites somewhere.
TRICKY = [
    ("Dean 🌱 finds his feet on the allotment 👨‍👩‍👧",
     "Sentenced to unpaid work 🇬🇧 for theft, Dean expected to count the hours 🕐🕑🕒, " * 6),
    ("ディーンは市民農園で自分の足場を見つける",
     "窃盗で無償労働を言い渡されたディーンは、時間を数えるつもりだった。" * 8),
    ("Zoe\u0301 and Rene\u0301e clear the towpath", "Cafe\u0301 owners na\u0131\u0308ve " * 40),
    ("Read this: penninevale.org.uk", "More at https://www.gov.uk/guidance/probation and "
     "bbc.co.uk/news, or ask @pvprobation@social.example and @dean. " * 6),
    ("Plain title, long summary", "The allotment gave Dean something to look forward to. " * 14),
    ("Short", "Only a few words."),
]


def candidates_by_the_rules(story: Story, tail: str) -> list[str]:
    """The standard texts in order, built from posts.py's docstring: the whole text; the
    summary cut a word at a time (down to four words, then "…"); the headline alone; the
    headline cut a word at a time."""
    def cut(words: list[str], keep: int) -> str:
        return " ".join(words[:keep]).rstrip(",;:.\u2013\u2014- ") + ELLIPSIS

    def join(*parts: str) -> str:
        return "\n\n".join(part for part in parts if part)

    summary, title = story.summary.split(), story.title.split()
    texts = [join(story.title, story.summary, tail)]
    texts += [join(story.title, cut(summary, keep), tail)
              for keep in range(len(summary) - 1, FEWEST_SUMMARY_WORDS - 1, -1)]
    texts.append(join(story.title, tail))
    texts += [join(cut(title, keep), tail) for keep in range(len(title) - 1, 0, -1)]
    return texts


@pytest.mark.parametrize("title, summary", TRICKY, ids=range(len(TRICKY)))
@pytest.mark.parametrize("host", ["https://stories.penninevale-probation.org.uk",
                                  "https://stories.penninevale-probation.example"])
def test_every_post_on_tricky_text_is_the_longest_valid_text_by_the_networks_rules(
        title, summary, host):
    story = Story(title.strip(), summary.strip(), f"{host}/case-studies/dean/", "Case studies",
                  "unpaid-work", "Unpaid work")
    for slug, network in NETWORKS.items():
        link = tagged(story.url, slug, "week")
        post = compose(story, network, "#ProbationChangesLives", link)
        assert post.length == counted(slug, post.text) <= network.limit, (slug, post.text)
        assert slug != "x" or parse_tweet(post.text).valid
        assert post.text.endswith(link) and "#ProbationChangesLives" in post.text
        tail = f"#ProbationChangesLives {link}"
        expected = next(text for text in candidates_by_the_rules(story, tail)
                        if counted(slug, text) <= network.limit)
        assert post.text == expected, slug
        real = host.endswith(".uk") and slug in ("x", "mastodon")
        assert post.link_counted_as == (23 if real else len(link))


def test_a_story_too_long_for_x_at_its_shortest_says_so():
    story = Story("🌱" * 200, "", "https://a.example/x/", "News", "court-team", "Court team")
    post = compose(story, NETWORKS["x"], "#Tag", "https://a.example/x/?utm_source=x")
    assert not post.fits and post.length == counted("x", post.text) > 280
    assert "even at its shortest" in post.note


# --- The kit's cache ----------------------------------------------------------------------

def test_a_cached_post_is_the_post_composed_and_only_changed_stories_are_composed(tmp_path):
    stories = made_up("unpaid-work", 3) + made_up("court-team", 2)
    first = KitCache(tmp_path)
    composed = [first.post(story, NETWORKS["x"], "#Tag", story.url) for story in stories]
    first.save()
    assert first.composed == len(stories)
    changed = Story(**{**stories[1].__dict__, "summary": "A new summary."})
    edited = [stories[0], changed, *stories[2:]]
    again = KitCache(tmp_path)
    remembered = [again.post(story, NETWORKS["x"], "#Tag", story.url) for story in edited]
    assert again.composed == 1
    assert remembered[0] == composed[0] and remembered[2:] == composed[2:]
    assert remembered[1] == compose(edited[1], NETWORKS["x"], "#Tag", edited[1].url)


def test_a_broken_or_older_cache_is_ignored(tmp_path):
    story = made_up("unpaid-work", 1)[0]
    (tmp_path / "kit.json").write_text("{not json", encoding="utf-8")
    cache = KitCache(tmp_path)
    assert cache.post(story, NETWORKS["bluesky"], "#Tag", story.url).fits and cache.composed == 1
    cache.save()
    saved = json.loads((tmp_path / "kit.json").read_text(encoding="utf-8"))
    saved["rules"] = "0/an older twitter-text"
    (tmp_path / "kit.json").write_text(json.dumps(saved), encoding="utf-8")
    older = KitCache(tmp_path)
    older.post(story, NETWORKS["bluesky"], "#Tag", story.url)
    assert older.composed == 1


def test_the_kit_fingerprint_changes_with_any_text(settings):
    from plugins.campaign_kit.plugin import make_kit  # noqa: PLC0415 - imports Pelican

    def kit_fingerprint(stories: list[Story]) -> str:
        cache = KitCache(None)
        return fingerprint(make_kit(stories, settings, cache.post), cache.order)

    stories = made_up("unpaid-work", 2) + made_up("court-team", 1)
    assert kit_fingerprint(stories) == kit_fingerprint(stories)
    changed = [stories[0], Story(**{**stories[1].__dict__, "title": "Another title"}), stories[2]]
    assert kit_fingerprint(changed) != kit_fingerprint(stories)


def test_a_second_build_composes_nothing_and_a_changed_story_only_its_posts(tmp_path):
    content = copy_content(tmp_path)
    flags = ["-v", "-e", f"CACHE_PATH={json.dumps(str(tmp_path / 'cache'))}"]
    first = run_pelican(content, tmp_path / "output", *flags)
    assert first.returncode == 0, first.log
    kit = tmp_path / "kit"
    files = {path: path.read_bytes() for path in kit.rglob("*") if path.is_file()}
    again = run_pelican(content, tmp_path / "output", *flags)
    assert again.returncode == 0, again.log
    assert re.search(r"campaign_kit: .* unchanged in .*\(0 composed", again.log), again.log
    assert {path: path.read_bytes() for path in kit.rglob("*") if path.is_file()} == files
    (kit / "posts.csv").write_text("edited in Excel", encoding="utf-8")
    story = content / "case-studies" / "sam-clears-the-towpath.md"
    story.write_text(story.read_text(encoding="utf-8").replace(
        "Title: Sam clears the towpath", "Title: Sam clears the canal towpath"), encoding="utf-8")
    edited = run_pelican(content, tmp_path / "output", *flags)
    assert edited.returncode == 0, edited.log
    composed = int(re.search(r"written to .*\((\d+) composed", edited.log).group(1))
    assert len(NETWORKS) <= composed <= len(NETWORKS) + 3  # its posts, and its schedule slots
    posts = (kit / "posts.csv").read_text(encoding="utf-8-sig")
    assert "Sam clears the canal towpath" in posts and "edited in Excel" not in posts


# --- The kit written by the build of the sample site ------------------------------------

def test_kit_is_written_beside_the_output_never_inside(site):
    kit = kit_of(site)
    assert sorted(path.name for path in kit.iterdir()) == [
        "day-of.html", "fixed-slots.csv", "images", "people", "posts.csv", "posts.html",
        "schedule.csv", "schedule.html"]
    for name in ("posts.csv", "schedule.*", "day-of.html", "fixed-slots.csv", "people"):
        assert not list(site.output.rglob(name)), name


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


def test_the_sample_sites_links_count_as_23_on_x_with_no_domain_warning(site):
    """The sample site lives under example.org, a real top-level domain reserved for examples."""
    x_rows = [row for row in rows(kit_of(site) / "posts.csv") if row["network"] == "X"]
    assert x_rows and all(row["fits"] == "yes" for row in x_rows)
    assert "does not end in a real domain" not in (kit_of(site) / "posts.html").read_text(encoding="utf-8")


def test_every_link_is_tagged_for_its_network_and_the_campaign(site, settings):
    for row in rows(kit_of(site) / "posts.csv"):
        link = urlsplit(row["link"])
        assert f"{link.scheme}://{link.netloc}" == PUBLIC
        query = parse_qs(link.query)
        assert query["utm_source"] == [NETWORK_NAMES[row["network"]]]
        assert query["utm_medium"] == ["social"]
        assert query["utm_campaign"] == [settings["CAMPAIGN"]["name"]]


def test_the_schedule_covers_every_department_and_never_repeats_one_back_to_back(site, settings):
    """The sample roster puts two departments on shift at a time, in turns."""
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
        # The apostrophe keeps Excel from reading "@PVPayback" as a formula. (The sample
        # roster has each person post from their department's account.)
        assert row["account"].lstrip("'") == campaign["accounts"][slug]
        assert within_limit("x", row["text"]) and row["link"] in row["text"]
        assert parse_qs(urlsplit(row["link"]).query)["utm_content"] == [slug]


def test_every_story_is_scheduled_and_none_repeats_before_its_department_has_posted_all(
        site, settings):
    schedule = rows(kit_of(site) / "schedule.csv")
    assert len({row["title"] for row in schedule}) == len(published_stories(settings))
    for department in {row["department"] for row in schedule}:
        titles = [row["title"] for row in schedule if row["department"] == department]
        distinct = len(set(titles))
        assert len(set(titles[:distinct])) == distinct, department


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


START = datetime.datetime(2026, 12, 1, 8, tzinfo=datetime.UTC)


def campaign(hours: int, accounts: dict[str, str], per_hour: int = 1) -> Campaign:
    return Campaign("week", "#Tag", START, hours, per_hour, "x", accounts)


def all_day(hours: int, *departments: str) -> list[Shift]:
    """One person of each department on shift for the whole campaign."""
    return [Shift(f"Person {slug}", f"@{slug}", slug, START,
                  START + datetime.timedelta(hours=hours)) for slug in departments]


def test_a_short_campaign_still_gives_every_department_a_post_profile_first():
    stories = made_up("a", 6) + made_up("b", 1) + made_up("c", 2)
    slots, _ = plan(campaign(3, {"a": "@A", "b": "@B", "c": "@C"}), stories,
                    all_day(3, "a", "b", "c"))
    assert sorted(slot.department for slot in slots) == ["a", "b", "c"]
    assert all(slot.story.is_profile for slot in slots)


def test_a_busy_department_never_posts_twice_in_a_row():
    stories = made_up("a", 9) + made_up("b", 1)
    slots, _ = plan(campaign(12, {"a": "@A", "b": "@B"}), stories, all_day(12, "a", "b"))
    departments = [slot.department for slot in slots]
    assert all(x != y for x, y in zip(departments, departments[1:]))
    assert departments.count("a") == 6


def test_a_department_with_nothing_published_is_named_and_posts_live(settings, tmp_path):
    from plugins.campaign_kit.plugin import make_kit  # noqa: PLC0415 - imports Pelican

    private = {**settings, "CAMPAIGN_KIT": {**settings["CAMPAIGN_KIT"], "path": str(tmp_path)}}
    kit = make_kit(made_up("unpaid-work", 2) + made_up("court-team", 1), private)
    rostered = {slot.department for slot, _ in kit.schedule}
    assert rostered == set(settings["CAMPAIGN"]["accounts"])
    missing = [warning for warning in kit.warnings if "no published story" in warning]
    assert len(missing) == len(rostered) - 2
    assert any(warning.startswith("Victims Liaison Team") for warning in missing)
    live = [(slot, post) for slot, post in kit.schedule
            if slot.department not in ("unpaid-work", "court-team")]
    assert all(post.text == settings["CAMPAIGN_HASHTAG"] and slot.prompt for slot, post in live)


def test_every_post_the_kit_asks_for_is_handed_to_a_worker_schedule_too(settings, monkeypatch):
    """So that the build's own process never composes nor measures a post (nor loads
    twitter-text for it): the live posts' lengths go to the worker too."""
    import plugins.campaign_kit.plugin as plugin  # noqa: PLC0415 - imports Pelican
    from plugins.campaign_kit.kit_cache import KitCache, measure_key, post_key  # noqa: PLC0415

    stories = made_up("unpaid-work", 3) + made_up("court-team", 2)
    recipes = plugin.kit_recipes(stories, settings)
    handed: list = []
    to_measure: list = []
    monkeypatch.setattr(plugin, "submit", lambda _task, missing, unmeasured: (
        handed.extend(missing), to_measure.extend(unmeasured)))
    plugin.compose_ahead(KitCache(None), recipes, settings)
    asked: list = []
    measured: list = []
    kit = plugin.make_kit(stories, settings, lambda *recipe: asked.append(recipe) or
                          plugin.compose(*recipe), recipes,
                          measured=lambda *post: measured.append(post) or plugin.measure(*post))
    assert kit.schedule, "the settings have a campaign"
    assert {post_key(*recipe) for recipe in asked} == {post_key(*recipe) for recipe in handed}
    assert measured, "the schedule has live posts"
    assert {measure_key(*post) for post in measured} == {measure_key(*post) for post in to_measure}
    plugin.frozen(kit, settings, measured=lambda *post: pytest.fail(f"measured again: {post}"))


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


def test_the_kit_cache_sits_under_cache_path_and_never_in_the_output(settings):
    chosen, problems = kit_options(settings)
    assert not problems
    assert chosen["cache"] == str(Path(settings["CACHE_PATH"], "campaign-kit").absolute())
    output = settings["OUTPUT_PATH"]
    _, problems = kit_options({**settings, "CAMPAIGN_KIT": {"cache": f"{output}/kit-cache"}})
    assert any("CAMPAIGN_KIT['cache']" in problem for problem in problems)
    assert kit_options({**settings, "CAMPAIGN_KIT": {"cache": None}})[0]["cache"] is None


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
