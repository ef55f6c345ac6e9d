"""Share images: every story and profile has one, sized and weighted for every network,
with its text inside the frame, never cut mid-word, and the same bytes for the same title."""

from __future__ import annotations

import io
import json
import pickle
import re
from pathlib import Path

import pytest
from pelican.settings import read_settings
from PIL import Image, ImageChops, ImageOps

from conftest import run_pelican
from site_reading import PUBLIC, soup
from plugins.social_cards.cards import (
    HEIGHT,
    MARGIN,
    MAX_BYTES,
    WIDTH,
    CardSpec,
    Palette,
    background,
    cache_path,
    compose,
    draw_card,
    encode,
    photo_background,
)
from plugins.social_cards.copies import cached_copy_files
from plugins.social_cards.layout import ELLIPSIS, fit
from plugins.social_cards.plugin import SocialCardsGenerator, template_functions
from plugins.social_cards.settings import FONT, options

ROOT = Path(__file__).resolve().parent.parent
PALETTE = Palette.from_site({"brand": "#1d4f6e", "accent": "#b3dde6", "text": "#1b1b1b",
                             "background": "#ffffff"})
PHOTO = str(ROOT / "content" / "images" / "towpath.jpg")
LONG_TITLE = ("After eleven years of short sentences, revolving doors and broken promises, Kyle "
              "finally finds a flat, a job at the bakery, a football team that wants him on "
              "Saturdays and a probation officer who never once gave up on him")


def card(title: str, photo: str | None = None, department: str = "Unpaid work (Community Payback)"):
    return CardSpec(title, department, "Pennine Vale Probation", PALETTE, FONT, photo)


def share_image_of(output: Path, page: Path) -> Path:
    address = soup(page).find("meta", property="og:image")["content"]
    assert address.startswith(PUBLIC + "/")
    return output / address[len(PUBLIC) + 1:]


def story_pages(output: Path) -> list[Path]:
    kinds = ("case-studies", "department-profiles", "news")
    return sorted(page for kind in kinds for page in (output / kind).glob("*/index.html"))


def test_every_story_and_profile_has_its_own_share_image(site):
    pages = story_pages(site.output)
    images = {page: share_image_of(site.output, page) for page in pages}
    assert len(pages) >= 12 and len(set(images.values())) == len(pages)
    for page, image in images.items():
        assert image.parent == page.parent and image.is_file(), image


def test_share_images_are_1200_by_630_under_1_mb_png_or_jpeg(site):
    for page in story_pages(site.output):
        path = share_image_of(site.output, page)
        assert path.stat().st_size < MAX_BYTES, path
        with Image.open(path) as image:
            assert image.size == (WIDTH, HEIGHT), path
            assert image.format == {".png": "PNG", ".jpg": "JPEG"}[path.suffix], path
            # No date or software tag that would change the bytes from build to build.
            assert not {"tIME", "exif", "icc_profile"} & set(image.info), (path, image.info)


def test_a_story_with_a_photo_gets_its_photo_and_the_others_a_flat_card(site):
    with_photo = site.page("case-studies/dean-finds-his-feet-on-the-allotment/")
    without = site.page("case-studies/sam-clears-the-towpath/")
    assert share_image_of(site.output, with_photo).suffix == ".jpg"
    assert share_image_of(site.output, without).suffix == ".png"


@pytest.mark.parametrize("title", [
    "Dean finds his feet on the allotment",
    "Sam clears the towpath, and finds a new path of her own",
    "We’re recruiting trainee probation officers",
    LONG_TITLE,
    "Supercalifragilisticexpialidocious-and-then-some-more-without-any-spaces-at-all-here",
])
@pytest.mark.parametrize("photo", [None, PHOTO])
def test_text_stays_inside_the_frame_and_the_margins_stay_clear(title, photo):
    spec = card(title, photo)
    drawn = compose(spec)
    plan = drawn.layout
    assert {text.role for text in plan.texts} == {"department", "title", "site"}
    frame = (MARGIN, MARGIN, WIDTH - MARGIN, HEIGHT - MARGIN)
    for text in plan.texts:
        box = text.box
        assert frame[0] <= box.left and frame[1] <= box.top, text
        assert box.right <= frame[2] and box.bottom <= frame[3], text
    # Everything in the margin is exactly what was there before any text was drawn
    # (compared as colours: a flat card is a palette image).
    difference = ImageChops.difference(drawn.image.convert("RGB"),
                                       background(spec).convert("RGB"))
    inside = difference.crop(frame).getbbox()
    difference.paste((0, 0, 0), frame)
    assert difference.getbbox() is None, "text or its chip reaches into the margin"
    assert inside is not None, "no text was drawn"


def test_the_text_is_legible_at_phone_size():
    plan = compose(card(LONG_TITLE)).layout
    # A card is shown about 340 CSS pixels wide on a phone: 44 px here is 12.5 px there.
    assert plan.title.size >= 44
    assert compose(card("Dean finds his feet on the allotment")).layout.title.size == 72


def test_a_very_long_title_is_shortened_with_an_ellipsis_never_mid_word():
    plan = compose(card(LONG_TITLE)).layout
    assert plan.title.shortened
    shown = " ".join(plan.title.lines)
    assert shown.endswith(ELLIPSIS)
    words = LONG_TITLE.split()
    kept = shown.removesuffix(ELLIPSIS).split()
    assert kept == words[: len(kept)], "the words shown are the title's first words, whole"
    assert kept[-1] == words[len(kept) - 1].rstrip(",;:")


def test_a_title_that_fits_is_shown_whole_and_wrapped_at_spaces():
    title = "Sam clears the towpath, and finds a new path of her own"
    plan = compose(card(title)).layout
    assert not plan.title.shortened
    assert " ".join(plan.title.lines) == title


def test_a_single_word_wider_than_a_line_is_the_only_thing_ever_cut():
    word = "x" * 80
    fitted = fit(word, FONT, 600, 300, (48, 44))
    assert fitted.shortened and fitted.lines[0].endswith(ELLIPSIS)
    assert word.startswith(fitted.lines[0].removesuffix(ELLIPSIS))


def test_the_same_title_gives_the_same_bytes_and_a_new_title_a_new_name(tmp_path):
    spec = card("Dean finds his feet on the allotment", PHOTO)
    first = encode(compose(spec).image, spec)
    assert encode(compose(spec).image, spec) == first
    path = draw_card(spec, tmp_path)
    assert path == cache_path(spec, tmp_path) and path.read_bytes() == first
    generator = SocialCardsGenerator.__new__(SocialCardsGenerator)  # just what add_card uses
    generator.cache, generator.cards, generator.drawing = tmp_path, {}, {}
    generator.add_card("news/a", spec)
    assert generator.drawing == {}, "a card in the cache is never drawn again"
    retitled = card("Dean finds his feet again", PHOTO)
    generator.add_card("news/b", retitled)
    assert list(generator.drawing) == [f"news/b/share-{retitled.key[:10]}.jpg"]
    assert card("Dean finds his feet again", PHOTO).key != spec.key
    assert card("Dean finds his feet on the allotment").key != spec.key


def test_a_card_shown_as_a_picture_gets_small_webp_copies_without_being_drawn_again(tmp_path):
    """A card cached before it needed copies keeps its bytes; its copies are made from it."""
    spec = card("Ellis repaints the village hall")
    path = draw_card(spec, tmp_path)
    before = path.read_bytes()
    assert cached_copy_files(path) and not any(f.is_file() for f in cached_copy_files(path))
    generator = SocialCardsGenerator.__new__(SocialCardsGenerator)  # just what add_card uses
    generator.cache, generator.cards, generator.drawing = tmp_path, {}, {}
    generator.add_card("news/a", spec, copies=True)
    assert list(generator.drawing) == ["news/a/" + f"share-{spec.key[:10]}.png"]
    assert generator.card_file("news/a/" + f"share-{spec.key[:10]}.png") == path
    assert path.read_bytes() == before
    for copy, width in zip(cached_copy_files(path), (480, 720), strict=True):
        with Image.open(copy) as image:
            assert (image.format, image.size) == ("WEBP", (width, round(630 * width / 1200)))


def test_png_cards_carry_no_timestamp():
    spec = card("Sam clears the towpath")
    data = encode(compose(spec).image, spec)
    assert b"tIME" not in data and b"tEXt" not in data
    assert Image.open(io.BytesIO(data)).format == "PNG"


def test_cards_are_copied_from_the_cache_outside_the_output(site):
    cache = ROOT / "cache" / "share-images"
    page = site.page("case-studies/sam-clears-the-towpath/")
    image = share_image_of(site.output, page)
    key = re.fullmatch(r"share-(\w{10})\.png", image.name).group(1)
    cached = list(cache.glob(f"{key}*.png"))
    assert len(cached) == 1 and cached[0].read_bytes() == image.read_bytes()


def test_a_flat_card_is_an_8_bit_palette_png_with_full_contrast_text():
    spec = card("Sam clears the towpath")
    drawn = compose(spec).image
    data = encode(drawn, spec)
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "PNG" and image.mode == "P" and image.size == (WIDTH, HEIGHT)
        colours = {colour for _, colour in image.convert("RGB").getcolors(256)}
    # The headline in its own colour on the brand colour, and the department's name in the
    # text colour on the accent: anti-aliasing adds shades between them, nothing else.
    assert {(255, 255, 255), (0x1d, 0x4f, 0x6e), (0xb3, 0xdd, 0xe6), (0x1b, 0x1b, 0x1b)} <= colours
    assert encode(compose(spec).image, spec) == data, "the same title gives the same bytes"


def test_a_photo_is_decoded_once_for_all_its_cards_and_again_when_it_changes(tmp_path):
    photo = tmp_path / "towpath.jpg"
    photo.write_bytes(Path(PHOTO).read_bytes())
    photo_background.cache_clear()
    first = card("Dean finds his feet", str(photo))
    key = first.key
    compose(first)
    compose(card("Sam clears the towpath", str(photo)))
    assert photo_background.cache_info().misses == 1
    with Image.open(PHOTO) as original:
        ImageOps.mirror(original).save(photo, quality=90)
    assert card("Dean finds his feet", str(photo)).key != key, "a new photo, a new card"
    compose(card("Dean finds his feet", str(photo)))
    assert photo_background.cache_info().misses == 2


def test_the_template_functions_survive_pickling():
    chosen, problems = options(read_settings(str(ROOT / "pelicanconf.py")))
    assert not problems
    functions = pickle.loads(pickle.dumps(template_functions(chosen)))
    assert set(functions) == {"share_tags", "share_links"}
    assert functions["share_links"].x_account == chosen["x_account"]


def test_a_rebuild_with_pelicans_content_cache_works_and_shares_the_same_cards(tmp_path):
    # Pelican pickles Tag and Category objects, which hold the settings (JINJA_GLOBALS too),
    # into its content cache; a second build reads them back.
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True,
             "CACHE_PATH": str(tmp_path / "cache")}
    flags = ["-e", *(f"{key}={json.dumps(value)}" for key, value in cache.items())]
    first = run_pelican(ROOT / "content", tmp_path / "first", *flags)
    assert first.returncode == 0, first.log
    assert "pickle" not in first.log.lower() and "Traceback" not in first.log, first.log
    readers = tmp_path / "cache" / "ArticlesGenerator-Readers"
    assert readers.is_file() and readers.stat().st_size > 0
    second = run_pelican(ROOT / "content", tmp_path / "second", *flags)
    assert second.returncode == 0, second.log
    assert "pickle" not in second.log.lower() and "Traceback" not in second.log, second.log
    for page in story_pages(tmp_path / "first"):
        again = tmp_path / "second" / page.relative_to(tmp_path / "first")
        image = share_image_of(tmp_path / "first", page)
        assert share_image_of(tmp_path / "second", again).read_bytes() == image.read_bytes()
