"""Where someone goes by habit ("drinks at the Ferryboat", "hangs about round Manningham",
"keeps his pigeons at Cold Hendley"): a place named by a proper noun no
list knows, after a verb of habit, is where they can be found week after week. A town, a brand
or a chain, a hospital or a ground named in one bare word, and a public building answer the
cue and stay clean.

Our own sentences, in the genres staff write (case studies, chats and notes, tables, quotes).
"""

from __future__ import annotations

import pytest

from guard_sentences import address_overlaps, errors


@pytest.mark.parametrize(("body", "place"), [
    ("Dean drinks at The Ferryboat most Fridays, which is how the row started.", "Ferryboat"),
    ("[21:14] Kez: he's drinking at the Quarryman again, same stool", "Quarryman"),
    ("Notes 14/03: Tariq hangs about round Manningham with his cousins after college.", "Manningham"),
    ("| Leisure | plays darts at the Drovers Rest on Thursdays |", "Drovers Rest"),
    ("\"I only drank at the Blue Bell in them days,\" he told us.", "Blue Bell"),
    ("Mo prays at Masjid-e-Noor Thornbury every Friday with his brothers.", "Thornbury"),
])
def test_a_place_someone_goes_by_habit_is_where_they_are_found(body: str, place: str) -> None:
    assert address_overlaps(body, place)


@pytest.mark.parametrize("body", [
    "He met Sarah at Costa before court.",
    "Dean met his partner at Alton Towers on a day out.",
    "They met at Leeds Station at noon and took the train together.",
    "[08:02] Jay: he trains at PureGym now, says it's cheaper",
    "He met Dr Patel at Pinderfields about his knee.",
    "He trains at Headingley with the Rhinos' academy.",
    "She prays at St Paul's Cathedral when she is in London.",
    "Notes: he boxes at the ABA championships in May.",
    "He hangs around Manchester city centre most days.",
    "She drinks at home alone, she says.",
])
def test_a_town_a_chain_or_a_public_place_answers_the_cue(body: str) -> None:
    assert errors(body, "address") == []
