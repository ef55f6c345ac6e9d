"""A story's photo as a phone sees it: upright, no larger than it is shown, a small WebP copy for
a small screen, no metadata in any file, never larger than the source; and the site's icon."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter

from conftest import copy_content, run_pelican
from plugins.anonymity.api import inspect_image
from plugins.publisher.hygiene import metadata_blocks
from site_reading import soup, target_file

STORY = "case-studies/dean-finds-his-feet-on-the-allotment"
PHONE = "images/phone-photo.jpg"
SIDE_WAYS = 6  # EXIF orientation: the phone was held upright, the pixels are stored sideways


def phone_photo(path: Path, size: tuple[int, int] = (2400, 1800)) -> Path:
    """A JPEG as a phone writes it: stored sideways (orientation 6), with GPS and a camera
    serial, at quality 92. The stored top-left corner is red: upright, it is the top-right."""
    noise = Image.effect_noise(size, 48).filter(ImageFilter.GaussianBlur(2))
    picture = Image.merge("RGB", (noise, noise.rotate(180), Image.linear_gradient("L").resize(size)))
    ImageDraw.Draw(picture).rectangle([0, 0, size[0] // 8, size[1] // 8], fill="red")
    exif = Image.Exif()
    exif[0x0112] = SIDE_WAYS
    exif[0x8825] = {1: "N", 2: (53.0, 43.0, 12.5), 3: "W", 4: (1.0, 51.0, 3.0)}
    exif[0x8769] = {0xA431: "SN-12345678"}
    picture.save(path, quality=92, exif=exif)
    return path


@pytest.fixture(scope="module")
def photo_site(tmp_path_factory):
    """The sample site with one story's photo replaced by a large sideways phone photo."""
    root = tmp_path_factory.mktemp("photos")
    content = copy_content(root)
    phone_photo(content / PHONE)
    story = content / f"{STORY}.md"
    text = story.read_text(encoding="utf-8").replace("images/allotment.jpg", PHONE)
    story.write_text(text, encoding="utf-8")
    build = run_pelican(content, root / "output")
    assert build.returncode == 0, build.log
    return build


def story_picture(build):
    page = build.page(f"{STORY}/")
    return page, soup(page).find("figure")


def candidates(build, page: Path, srcset: str) -> list[tuple[Path, int]]:
    """(output file, stated width) of each srcset candidate."""
    found = []
    for candidate in srcset.split(","):
        address, width = candidate.split()
        found.append((target_file(build.output, page, address), int(width.rstrip("w"))))
    return found


def test_the_published_photo_is_upright_and_at_most_1600_pixels_long(photo_site):
    with Image.open(photo_site.output / PHONE) as published:
        assert published.size == (1200, 1600)  # portrait, as the phone was held
        red, green, blue = published.convert("RGB").getpixel((published.width - 20, 20))
        assert red > 200 and green < 60 and blue < 60  # the stored top-left, turned upright


def test_the_img_width_and_height_are_those_of_the_published_file(photo_site):
    page, figure = story_picture(photo_site)
    image = figure.find("img")
    with Image.open(target_file(photo_site.output, page, image["src"])) as published:
        assert (int(image["width"]), int(image["height"])) == published.size == (1200, 1600)


def test_a_phone_is_offered_webp_copies_of_the_stated_widths(photo_site):
    page, figure = story_picture(photo_site)
    source = figure.find("picture").find("source", type="image/webp")
    assert source["sizes"]
    webp = candidates(photo_site, page, source["srcset"])
    assert [width for _path, width in webp] == [480, 800, 1200]
    for path, width in webp:
        with Image.open(path) as copy:
            assert copy.format == "WEBP" and copy.width == width
            assert copy.height == round(width * 4 / 3)
    jpeg = candidates(photo_site, page, figure.find("img")["srcset"])
    assert [width for _path, width in jpeg] == [480, 800, 1200]
    for path, width in jpeg:
        with Image.open(path) as copy:
            assert copy.format == "JPEG" and copy.width == width


def test_no_published_picture_or_copy_carries_metadata(photo_site):
    pictures = sorted((photo_site.output / "images").glob("phone-photo*"))
    assert len(pictures) == 6  # the photo, 3 WebP copies, 2 smaller JPEGs
    for path in pictures:
        assert metadata_blocks(path) == [], path.name
        assert inspect_image(path).metadata == (), path.name


def test_a_published_photo_is_never_larger_than_its_source(photo_site):
    sources = photo_site.output.parent / "content"
    for name in (PHONE, "images/workshop.jpg", "images/towpath.jpg"):
        assert (photo_site.output / name).stat().st_size <= (sources / name).stat().st_size, name


def test_the_site_has_an_icon_where_browsers_look_for_it(photo_site):
    with Image.open(photo_site.output / "favicon.ico") as icon:
        assert icon.format == "ICO" and {(16, 16), (32, 32)} <= icon.info["sizes"]
    page = photo_site.page(f"{STORY}/")
    links = soup(page).find_all("link", rel="icon")
    targets = {target_file(photo_site.output, page, link["href"]) for link in links}
    assert {photo_site.output / "favicon.svg", photo_site.output / "favicon-32.png"} <= targets
    assert all(target.is_file() for target in targets)
    with Image.open(photo_site.output / "favicon-32.png") as fallback:
        assert fallback.size == (32, 32)
