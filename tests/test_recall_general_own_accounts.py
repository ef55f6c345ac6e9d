"""The writer's organisation's own account: "Our Twitter is @HumbersidePS", "Follow us on
Instagram @probationuk". An "@" handle right after "our", "follow us" or "find us" and a
platform's name is the organisation's, as "ring us" gives its own number; a person's handle
("His Instagram is", "Follow him on", "our Kayleigh's Insta is") is still found.

The sentences are our own; each table tests a general cause, not one word.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


@pytest.mark.parametrize("body", [
    "Our Twitter is @HumbersidePS, where we post vacancies.",
    "Follow us on Instagram @probationuk for more stories like Jay's.",
    "Find us on Facebook: @HullProbation",
    "Chat: follow us on TikTok @probation_north for more stories.",
    "News: our YouTube channel @probationvoices has the full film.",
])
def test_the_organisations_own_account_is_no_person(body: str) -> None:
    assert errors(body, "social_handle") == []


@pytest.mark.parametrize(("body", "found"), [
    ("His Instagram is @deano_hull.", "@deano_hull"),
    ("Follow him on Instagram @deano_hull.", "@deano_hull"),
    ("Our Kayleigh's Insta is @kayxx93.", "@kayxx93"),
    ("Follow our Dean on TikTok @deano_hull.", "@deano_hull"),
    ("We follow @deano_hull on Instagram.", "@deano_hull"),
])
def test_a_persons_handle_is_still_found(body: str, found: str) -> None:
    assert found in errors(body, "social_handle")
