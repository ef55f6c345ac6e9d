"""The plugins' logic, called directly: no Pelican build needed."""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings, strategies as st
from pelican.utils import get_date
from PIL import Image

from plugins.absolute_feeds.links import absolute_links
from plugins.departments.model import assign, make_departments
from plugins.story_model import PROFILES
from plugins.story_model.header import read_header
from plugins.story_model.images import add_image_sizes
from plugins.story_model.rules import ISO_DATE, check_article, decode, find_department, read_date

STORY = """Title: Dean digs in
Date: 2026-03-14 10:00
Tags: allotments,
    community payback
Department: Unpaid work (Community Payback)
Summary: Dean finds his feet.

Dean dug.
"""


def test_header_keeps_the_line_of_every_field_and_joins_continuations():
    header = read_header(STORY)
    assert header.line("title") == 1 and header.line("department") == 5
    assert header.value("tags") == "allotments, community payback"
    assert header.body_line == 8
    assert header.line("consent") == 1  # a missing field belongs at the top


def test_header_between_dashes_is_read_too():
    header = read_header("---\nTitle: A\nDate: 2026-01-01\n---\nBody\n")
    assert header.value("title") == "A" and header.line("date") == 3


def test_department_is_found_by_slug_or_name_in_any_case(settings):
    departments = settings["DEPARTMENTS"]
    assert find_department("unpaid-work", departments) == "unpaid-work"
    assert find_department("victims liaison team", departments) == "victims-liaison"
    assert find_department("Space programme", departments) is None


def test_invalid_utf8_is_reported_at_its_line_and_column():
    text, problems = decode("x.md", b"Title: A\n\ncaf\xe9 society\n")
    assert text is None
    assert (problems[0].line, problems[0].column) == (3, 4)


def test_every_problem_of_a_story_is_reported_at_once(settings):
    broken = STORY.replace("2026-03-14 10:00", "Tuesday").replace("Summary: Dean finds his feet.\n", "")
    problems = check_article("x.md", str(settings["PATH"] + "/case-studies/x.md"), broken, settings)
    assert sorted((p.line, p.message.split()[0]) for p in problems) == [(1, "the"), (2, "'Tuesday'")]


def test_feed_html_gets_absolute_addresses():
    html = '<a href="../other/">x</a><img src="/images/a.jpg"><a href="https://elsewhere.example/">y</a>'
    absolute = absolute_links(html, "https://site.example/case-studies/dean/")
    assert 'href="https://site.example/case-studies/other/"' in absolute
    assert 'src="https://site.example/images/a.jpg"' in absolute
    assert 'href="https://elsewhere.example/"' in absolute


def test_departments_get_profile_stories_and_neighbours(settings):
    departments = make_departments(settings)
    stories = [SimpleNamespace(date=day, department_slug="court-team", kind="case-studies")
               for day in (1, 3, 2)]
    profile = SimpleNamespace(date=0, department_slug="court-team", kind=PROFILES)
    assign(departments, [*stories, profile])
    court = next(d for d in departments if d.slug == "court-team")
    assert court.profile is profile
    assert [s.date for s in court.articles] == [3, 2, 1]
    middle = court.articles[1]
    assert middle.prev_in_department.date == 1 and middle.next_in_department.date == 3
    assert [i.date for i in court.feed_items] == [3, 2, 1, 0]
    assert court.url == "departments/court-team/"


def test_images_in_a_story_get_their_width_and_height(tmp_path):
    (tmp_path / "images").mkdir()
    Image.new("RGB", (40, 30)).save(tmp_path / "images" / "a.jpg")
    html = '<p><img alt="A" src="{static}/images/a.jpg"></p><img alt="B" src="missing.jpg">'
    sized = add_image_sizes(html, str(tmp_path / "news" / "x.md"), {"PATH": str(tmp_path)})
    assert '<img width="40" height="30" alt="A"' in sized
    assert '<img alt="B" src="missing.jpg">' in sized


@settings(max_examples=400, deadline=None)
@given(st.from_regex(ISO_DATE, fullmatch=True))
def test_the_fast_date_check_reads_a_date_as_pelican_does(value):
    """Dates in the advised form skip dateutil; they must pass or fail exactly as with it."""
    def read(parse):
        try:
            return parse(value).replace(tzinfo=None)
        except (ValueError, OverflowError):
            return "not a date"

    assert read(read_date) == read(get_date)
