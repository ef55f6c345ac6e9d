"""Issue 12, a general round for handles: a user name in an author's slot (a comment thread's
header, "posted by", "username") is a handle whatever its platform; the same shapes elsewhere
(a file name, a version) are not. And a team's mailbox named by its service or its letters and a
place ("employment.wales@", "vlt.doncaster@") is a warning, where a person's is an error.
A display name after a network where people use their own names ("on Facebook as Big Al Gunton ⚓")
is a handle as a whole; an organisation's page is none.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors, findings


def handles(body: str) -> list[str]:
    return errors(body, "social_handle")


@pytest.mark.parametrize(("body", "user"), [
    ("> **callumdk_ferry** · 2 days ago · *hidden by moderator*\n> paula delete this NOW", "callumdk_ferry"),
    ("**shaz.b1987** - 21:14\nwell done all of you x", "shaz.b1987"),
    ("Posted by jaz_1998 on the residents' forum.", "jaz_1998"),
    ("His gamertag is dunny99, he says, so we can find him online.", "dunny99"),
])
def test_a_user_name_in_an_authors_slot_is_a_handle(body: str, user: str) -> None:
    assert user in handles(body)


@pytest.mark.parametrize("body", [
    "The file vehicle_reg.csv was attached to the referral.",
    "We moved to version v2.1 - 3 days later it crashed.",
    "**Paula McGann** · 2 days ago\nIs this our Cal??",
])
def test_the_same_shapes_outside_an_authors_slot_are_no_handle(body: str) -> None:
    assert handles(body) == []


def emails(body: str) -> list[tuple[str, str]]:
    return [(f.text, f.severity) for f in findings(body) if f.kind == "email"]


@pytest.mark.parametrize(("body", "address"), [
    # a news item
    ("Victims who want an update can email vlt.doncaster@example.org.", "vlt.doncaster@example.org"),
    # an email signature
    ("Thanks,\nthe employment team\nemployment.wales@example.org", "employment.wales@example.org"),
    # a list of contacts
    ("- Court team: leeds.cjs@example.org\n- Training: training.bradford@example.org", "leeds.cjs@example.org"),
])
def test_a_teams_mailbox_by_its_letters_or_service_and_a_place_is_a_warning(body: str, address: str) -> None:
    assert (address, "warning") in emails(body)


@pytest.mark.parametrize(("body", "address"), [
    ("Email kaz.leeds@example.org if you need me.", "kaz.leeds@example.org"),
    ("Her address was jb.leeds@example.org on the form.", "jb.leeds@example.org"),
    ("Email bev.training@example.org directly.", "bev.training@example.org"),
])
def test_a_person_in_a_mailbox_with_a_place_or_a_service_is_an_error(body: str, address: str) -> None:
    assert (address, "error") in emails(body)


def handle_texts(body: str) -> list[str]:
    return [f.text for f in findings(body) if f.kind == "social_handle"]


@pytest.mark.parametrize(("body", "name"), [
    # a case study
    ("He's on Facebook as Big Al Gunton ⚓ and posts the catch every Sunday.", "Big Al Gunton ⚓"),
    # a text message
    ("her facebook is 'Daz Hooky Lowestoft' if u want to check", "Daz Hooky Lowestoft"),
    # a referral form's table
    ("| Social media | Facebook name: Tracey Holden-Smith 💕 |", "Tracey Holden-Smith 💕"),
])
def test_a_display_name_after_a_network_is_a_handle_whole(body: str, name: str) -> None:
    assert name in handle_texts(body)


@pytest.mark.parametrize("body", [
    "Follow us on Facebook as Pennine Vale Probation for news of projects.",
    "Facebook page: Whitfield Community Trust, updated weekly.",
    "He was on Facebook all night and missed his appointment.",
])
def test_an_organisations_page_or_no_name_after_a_network_is_no_handle(body: str) -> None:
    assert handle_texts(body) == []


# A platform's channel, page or profile named before its handle; the writer's own ("our") is not
# a person's.
@pytest.mark.parametrize(("body", "handle"), [
    ("Her YouTube channel is KayleighCooks and it has 2,000 followers.", "KayleighCooks"),  # a case study
    ("**Mel:** his insta profile is kayz.cooks btw", "kayz.cooks"),  # a chat
    ("*TikTok page: dazzafishing — the catch of the week.*", "dazzafishing"),  # a caption
])
def test_a_handle_after_a_platforms_channel_or_profile(body: str, handle: str) -> None:
    assert any(handle in found for found in errors(body, "social_handle"))


@pytest.mark.parametrize("body", [
    "Our YouTube channel is PenninevaleProbation: subscribe for new stories.",
    "Follow us on Instagram: pv_probation",
])
def test_the_writers_own_channel_is_no_persons(body: str) -> None:
    assert errors(body, "social_handle") == []
