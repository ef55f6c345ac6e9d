"""What the site makes itself: share images named in letters only (a name of digits can pass
an NHS number's check digit, and the check of the built site refuses it), and drawn only from
the photo the checks read, a file inside content/images/."""

from __future__ import annotations

import hashlib
import re
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plugins.anonymity.story_images import story_image_path
from conftest import ROOT, copy_content, run_pelican
from plugins.social_cards.cards import CardSpec, Palette
from plugins.social_cards.file_names import NAME_LETTERS, letter_name
from plugins.social_cards.settings import FONT

DIGIT = re.compile(r"\d")
# The theme's page for an address that does not exist, and the site's 32-pixel icon: named by
# the web's conventions.
THEME_NAMES = {"404.html", "favicon-32.png"}
# A photo's smaller copies (plugins/photos) are named by their width: "allotment-480.webp".
PHOTO_COPY = re.compile(r"(?P<stem>.+)-(?:480|800|1200)\.(?:jpg|webp)")
PALETTE = Palette.from_site({"brand": "#1d4f6e", "accent": "#b3dde6", "text": "#1b1b1b",
                             "background": "#ffffff"})
STORY = """Title: Ellis repaints the village hall
Date: 2026-06-12 10:00
Department: unpaid-work
Tags: community payback
Summary: A Community Payback team repaints a village hall.
Pseudonyms: Ellis
Consent: CF-2026-0150
Image: {image}
Image-alt: A canal towpath between green hills
Status: published

Ellis spent six weeks on a Community Payback team repainting a village hall.
"""


def test_every_share_image_is_named_in_letters(site):
    shared = list(site.output.rglob("share-*"))
    assert len(shared) > 20, "every story, profile and the site have a share image"
    assert [path.name for path in shared if DIGIT.search(path.name)] == []


def is_photo_copy(path: Path) -> bool:
    """A smaller copy of a photo published beside it, named by its width."""
    copy = PHOTO_COPY.fullmatch(path.name)
    return bool(copy) and (path.parent / f"{copy['stem']}.jpg").is_file()


def is_list_page(path: Path) -> bool:
    """The second and later pages of a list, as Pelican numbers them (PAGINATION_PATTERNS)."""
    return path.name.isdigit() and path.parent.name == "page"


def test_no_name_in_the_built_site_holds_a_digit_but_the_theme_s_own(site):
    """The sample's content has no digits in its file names, so a digit would come from a
    plugin: a name it made from a hash, a date or a count."""
    named = [path.relative_to(site.output).as_posix() for path in site.output.rglob("*")
             if DIGIT.search(path.name) and path.name not in THEME_NAMES
             and not is_photo_copy(path) and not is_list_page(path)]
    assert named == []


@given(st.binary(max_size=512))
def test_a_generated_name_is_a_fixed_number_of_letters_that_keeps_the_digest_s_bits(data):
    name = letter_name(data)
    assert len(name) == NAME_LETTERS and name.isascii() and name.isalpha() and name.islower()
    back = name.translate(str.maketrans("abcdefghijklmnop", "0123456789abcdef"))
    assert back == hashlib.sha256(data).hexdigest()[:NAME_LETTERS], "64 bits, none lost"


@given(st.text(max_size=200), st.text(max_size=40))
def test_a_card_s_key_is_letters_only_whatever_its_headline(title, department):
    key = CardSpec(title, department, "Pennine Vale Probation", PALETTE, FONT).key
    assert len(key) == NAME_LETTERS and key.isascii() and key.isalpha()


@pytest.mark.parametrize("value", [
    "../images/hall.jpg",  # beside content/, not in it
    "images/../../images/hall.jpg",
    "images/\uff0e\uff0e/\uff0e\uff0e/images/hall.jpg",  # fullwidth dots are dots, read in NFKC
    "./images/hall.jpg",
    "images//hall.jpg",
    "images\\..\\..\\images\\hall.jpg",
    "images/hall\u200b.jpg",  # an invisible character
    "hall.jpg",
    "images",
    "images/",
    "https://example.org/images/hall.jpg",
    "{static}/images/hall.jpg",
    "absolute",  # replaced by the absolute path of the photo
])
def test_an_image_field_that_leaves_content_images_names_no_file(tmp_path, value):
    content = tmp_path / "content"
    for folder in (content / "images", tmp_path / "images"):
        folder.mkdir(parents=True)
        (folder / "hall.jpg").write_bytes(b"photo")
    value = str(tmp_path / "images" / "hall.jpg") if value == "absolute" else value
    assert story_image_path(value, content) is None


def test_an_image_field_inside_content_images_names_its_file(tmp_path):
    content = tmp_path / "content"
    (content / "images" / "2026").mkdir(parents=True)
    assert story_image_path("images/hall.jpg", content) == content / "images" / "hall.jpg"
    assert story_image_path(" images/2026/hall.jpg ", content) == content / "images/2026/hall.jpg"


def test_a_link_in_content_images_that_leads_out_of_it_names_no_file(tmp_path):
    content = tmp_path / "content"
    (content / "images").mkdir(parents=True)
    (tmp_path / "private.jpg").write_bytes(b"photo")
    (content / "images" / "hall.jpg").symlink_to(tmp_path / "private.jpg")
    assert story_image_path("images/hall.jpg", content) is None


@pytest.mark.parametrize("image", ["../images/hall.jpg", "images/../../images/hall.jpg",
                                   "ABSOLUTE"])
def test_a_story_whose_photo_is_outside_content_images_fails_the_build(tmp_path, image):
    """Before, each reader resolved `../images/hall.jpg` its own way: the guard checked
    content/images/hall.jpg and the share card drew the photo of that name beside content/."""
    content = copy_content(tmp_path)
    towpath = ROOT / "content" / "images" / "towpath.jpg"
    (tmp_path / "images").mkdir()
    shutil.copyfile(towpath, tmp_path / "images" / "hall.jpg")
    shutil.copyfile(towpath, content / "images" / "hall.jpg")
    image = image.replace("ABSOLUTE", str(tmp_path / "images" / "hall.jpg"))
    story = content / "case-studies" / "ellis-repaints-the-village-hall.md"
    story.write_text(STORY.format(image=image), encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode != 0, build.log
    assert "case-studies/ellis-repaints-the-village-hall.md:8:" in build.log
    assert "Image: images/photo.jpg" in build.log
    assert "Traceback" not in build.log
    assert (build.output / "index.html").is_file(), "the other stories are built"
    assert not list(build.output.rglob("ellis-repaints-the-village-hall*")), "no page, no card"
