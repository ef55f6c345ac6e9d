"""Issue 12, fourth round of names: what an allow-listed first name accepts, a first name told
apart by where the person is from, and words that only look like names (kinship words of other
languages, storms, landmarks).

The sentences are our own; each table tests a rule, not a list of names.
"""

from __future__ import annotations

import pytest

from plugins.anonymity import Allowlist, check_story

# Staff who agreed to be named: two by first name only, one by full name.
STAFF = Allowlist(("Kevin", "Stephen", "Declan Moore", "Wigan"))


def story(body: str) -> str:
    """A case study with a metadata header and `body` after a blank line."""
    return f"Title: A story\nDate: 2026-01-01\nPseudonyms: Dean\nConsent: CS-2026-001\n\n{body}\n"


def name_errors(body: str) -> list[str]:
    """The text of every person_name error in a story made of `body`."""
    return [f.text for f in check_story(story(body), "story.md", STAFF).findings
            if f.severity == "error" and f.kind == "person_name"]


@pytest.mark.parametrize(("body", "name"), [
    ("Kevin chaired it. On Friday a letter from Kevin Ashworth arrived.", "Kevin Ashworth"),
    ("The complaint was signed by Marion Stephen of Greenhill.", "Marion Stephen"),
    ("We spoke to Stephen Okonjo about his licence conditions.", "Stephen Okonjo"),
])
def test_an_allowed_first_name_does_not_clear_another_persons_full_name(body: str, name: str) -> None:
    assert any(name in found for found in name_errors(body))


@pytest.mark.parametrize("body", [
    "Kevin opened the session and Stephen closed it.",
    "Thanks to Declan Moore, who ran the allotment all summer.",
    "Probation Officer Kevin said the group had grown.",
])
def test_the_staff_member_himself_is_still_accepted(body: str) -> None:
    """The counterpart of the test above: the rule must not take the staff's own names."""
    assert name_errors(body) == []


@pytest.mark.parametrize(("body", "name"), [
    ("Is that our Cal from Rock Ferry in the photo??", "Cal"),
    ("Big thanks to Mo from Housing, who sorted the deposit.", "Mo"),
])
def test_a_first_name_told_apart_by_where_the_person_is_from(body: str, name: str) -> None:
    assert name in name_errors(body)


@pytest.mark.parametrize("body", [
    "I did it all for Hooyo, who never stopped believing in me.",
    "I told Nne about the course and she laughed.",
    "On visits Yiayia brought biscuits in a tin.",
    "Later Nain phoned to say well done.",
    'At the bottom of the letter he wrote: "Ammi jaan, this is for you."',
])
def test_kinship_words_of_other_languages_are_no_names(body: str) -> None:
    assert name_errors(body) == []


@pytest.mark.parametrize("body", [
    "After Storm Darragh the roof of the hostel leaked for a week.",
    "The flooding after Typhoon Haiyan reached her village.",
    "We walked out to Barbury Castle and along to Sumburgh Head.",
    "The group fished on Lough Erne and swam in Llyn Padarn.",
    "The team went to Clacton Pier after the session.",
])
def test_storms_and_landmarks_are_no_names(body: str) -> None:
    assert name_errors(body) == []


@pytest.mark.parametrize(("body", "name"), [
    ("Tom Head rang the office twice about his licence.", "Tom Head"),
    ("Her neighbour Storm Hughes called the police.", "Storm Hughes"),
    ("My caseworker Xanthe Wood helped with the forms.", "Xanthe Wood"),
])
def test_a_person_with_a_landmark_or_storm_word_in_the_name_is_still_named(body: str, name: str) -> None:
    """The counterpart of the test above: a first name before the word shows a person."""
    assert name in name_errors(body)
