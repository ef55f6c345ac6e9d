"""A social handle in every form a person writes it: after a platform's short name ("sc", "IG",
"yt"), after a mark rather than a word ("Snapchat - x", "| Instagram | x |", "Snap 👻 x"), after a
request ("add me on snap x"), before "on" and the platform ("goes by x on TikTok"), as an account
"called" something, a Reddit "u/" name, an address written "(@)" or left without its domain ("kyle.m04 at gmail", "kylem04 [at] hotmail",
"kylem04 @ gmail . com"), and a gamer tag with spaces
and a number in it ("gamertag: Dazz Killa 88"), and the account in a screenshot's file name after
its platform ("snap_dazzlerm04_2023.jpg"). Everyday words, platforms,
brands and counts in the same places stay clean.
"""

from __future__ import annotations

import pytest

from guard_sentences import errors


def handles(body: str) -> list[str]:
    return errors(body, "social_handle") + errors(body, "email")


@pytest.mark.parametrize(("body", "handle"), [
    # prose
    ("She told the group to add her on snap, kayleighxo, if they wanted to stay in touch.", "kayleighxo"),
    ("He goes by lil_dazz on TikTok and posts most nights.", "lil_dazz"),
    ("The threats came from an account called dazz.official, set up that week.", "dazz.official"),
    ("He ran a yt channel DazzlerPlays with his cousin.", "DazzlerPlays"),
    ("She found him on reddit as u/throwaway_dazz.", "u/throwaway_dazz"),
    # a pasted chat
    ("[21:04] K: add me on sc its kylem_04\n[21:05] J: ok", "kylem_04"),
    ("> Snap 👻 kaylzb\n> hmu x", "kaylzb"),
    ("Tash: msg me on insta jodiexrae", "jodiexrae"),
    # case notes, a table, a form with labels
    ("Contact log: sc - kaylzz_b (shared by victim).", "kaylzz_b"),
    ("| Platform | Handle |\n|---|---|\n| Instagram | jodie_rae99 |", "jodie_rae99"),
    ("IG: jodie.rae\nPhone: withheld", "jodie.rae"),
    ("Snapchat - jodierae99", "jodierae99"),
    ("Bluesky: kezwrites.bsky.social", "kezwrites.bsky.social"),
    # an email signature written to dodge filters
    ("Cheers, Kyle\nkylem04(@)hotmail.com", "kylem04"),
    ("Her new email is kyle.m04 at gmail, she said.", "kyle.m04 at gmail"),
    ("[20:11] K: msg me kylem04 [at] hotmail", "kylem04 [at] hotmail"),
    ("| Contact | kylem04 @ gmail . com |", "kylem04 @ gmail . com"),
    # the owner, an aside or a quoted display name between platform and handle
    ("Her username on everything is jodierae99.", "jodierae99"),
    ("He was added to a group chat by 'Dazz M' on Snapchat.", "Dazz M"),
    ("[22:40] T: find her on insta, she's jodie.rae", "jodie.rae"),
    ("Insta (private): jodierae99", "jodierae99"),
    ("> on snap hes dazzkilla", "dazzkilla"),
    # a screenshot's file name
    ("![The threat he sent](images/snap_dazzlerm04_2023.jpg)", "dazzlerm04"),
    ("Evidence: IMG_tiktok_lil_jodz_story.png (attached)", "lil_jodz"),
    ("![](images/insta-jodie.rae99.png)", "jodie.rae99"),
    # gamer tags
    ("Her gamertag: Dazz Killa 88 (he plays most nights)", "Dazz Killa 88"),
    ("PSN ID - xXDazzlerXx", "xXDazzlerXx"),
    ("tt: jodierae", "jodierae"),
])
def test_a_handle_in_any_form_is_found(body: str, handle: str) -> None:
    assert any(handle in found for found in handles(body))


@pytest.mark.parametrize("body", [
    "Follow us on Facebook | Twitter | Instagram",
    "| Platform | Used |\n|---|---|\n| Instagram | Yes |\n| TikTok | daily |\n| Snapchat | 3 hours |",
    "| YouTube | WhatsApp |\n| Instagram | iPhone |\n| Snapchat | PlayStation |",
    "Her yt channel was deleted, and she said to add her on snap later.",
    "Snapchat - it was all over the school. Instagram - private account.",
    "He found version v1.2 on Facebook; see e.g. on Facebook.",
    "She set up a page called Friends of Hull Park and a channel called gaming.",
    "r/probation is a forum. Signal strength was poor. Skype - interview at 10.",
    "TikTok 👻 videos and snap 👻 story were all she watched.",
    "PSN: PlayStation Plus. He plays Xbox: Fortnite 24 hours a day.",
    "She works at gmail now; I looked at gmail and hotmail settings; team at outlook.",
    'He is "always" on Facebook; they call it "the wall" on TikTok; on snap hes annoying.',
    "Instagram, she's obsessed. Insta (2 posts): nothing.",
    "Post lengths: X 280 (every link counting as 23); Bluesky: 300; Mastodon: 500; Instagram: 2200.",
    "![](images/insta-logo.png) ![](images/snap-story-2024.jpg) ![](images/ig_post_12.png)",
    "![](images/tiktok_garden_video.mp4) ![](images/fb-community-garden-open-day.jpg)",
])
def test_the_same_places_with_no_handle_stay_clean(body: str) -> None:
    assert handles(body) == []
