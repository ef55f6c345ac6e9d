"""Photos: identifying metadata is found, and the published copy carries none of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageFilter, PngImagePlugin

from plugins.anonymity.images import inspect_image, strip_metadata

XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>Jane Doe</dc:creator></x:xmpmeta>'
# An IPTC block inside a Photoshop APP13 segment: by-line (2,80) "Jane Doe".
IPTC_RECORD = b"\x1c\x02\x50\x00\x08Jane Doe"
APP13 = b"Photoshop 3.0\x008BIM\x04\x04\x00\x00" + len(IPTC_RECORD).to_bytes(4, "big") + IPTC_RECORD


def camera_photo(path: Path, orientation: int = 6) -> Path:
    """A JPEG as a phone writes it: GPS, owner, serial number, comment, XMP, turned sideways."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x013B] = "Jane Doe"
    exif[0x8825] = {1: "N", 2: (53.0, 43.0, 12.5), 3: "W", 4: (1.0, 51.0, 3.0)}
    exif[0x8769] = {0xA430: "Jane Doe", 0xA431: "SN-12345678", 0x9286: b"ASCII\x00\x00\x00outside home"}
    Image.new("RGB", (80, 40), "navy").save(path, exif=exif, comment=b"by Jane", xmp=XMP)
    return path


def photo(path: Path, size: tuple[int, int] = (1200, 800), **options: object) -> Path:
    """A photo-like JPEG (grain and a gradient, which compress as a photo does)."""
    grain = Image.effect_noise(size, 48).filter(ImageFilter.GaussianBlur(2))
    picture = Image.merge("RGB", (grain, grain.rotate(180), Image.linear_gradient("L").resize(size)))
    picture.save(path, **{"quality": 80, **options})
    return path


def with_iptc(path: Path) -> Path:
    """Insert an APP13 IPTC segment right after the JPEG's start marker."""
    data = path.read_bytes()
    segment = b"\xff\xed" + (len(APP13) + 2).to_bytes(2, "big") + APP13
    path.write_bytes(data[:2] + segment + data[2:])
    return path


def test_every_kind_of_identifying_metadata_is_found(tmp_path):
    check = inspect_image(with_iptc(camera_photo(tmp_path / "photo.jpg")))
    found = {what for what, _value in check.metadata}
    assert {"GPS location", "artist", "camera owner", "camera serial number", "comment"} <= found
    assert {"XMP dc:creator", "IPTC by-line (photographer)", "comment text"} <= found
    assert check.error == ""


def test_png_text_chunks_are_found(tmp_path):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jane Doe")
    Image.new("RGB", (10, 10)).save(tmp_path / "a.png", pnginfo=info)
    assert ("author text", "Jane Doe") in inspect_image(tmp_path / "a.png").metadata


def test_published_copy_has_no_metadata_and_keeps_its_orientation(tmp_path):
    photo = with_iptc(camera_photo(tmp_path / "photo.jpg"))
    strip_metadata(photo)
    assert inspect_image(photo).metadata == ()
    with Image.open(photo) as image:
        assert image.size == (40, 80)  # turned upright, as the camera's orientation said
        assert not image.getexif() and "xmp" not in image.info and "comment" not in image.info
        assert image.getpixel((20, 40))[2] > 100  # still the same navy picture


def test_stripping_replaces_a_hard_link_and_never_changes_the_source(tmp_path):
    source = camera_photo(tmp_path / "source.jpg")
    original = source.read_bytes()
    published = tmp_path / "published.jpg"
    published.hardlink_to(source)
    strip_metadata(published)
    assert source.read_bytes() == original
    assert inspect_image(published).metadata == ()


def test_stripping_a_photo_at_its_size_never_grows_it(tmp_path):
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (53.0, 43.0, 12.5), 3: "W", 4: (1.0, 51.0, 3.0)}
    source = photo(tmp_path / "photo.jpg", exif=exif, xmp=XMP)
    before = source.stat().st_size
    strip_metadata(source)
    assert inspect_image(source).metadata == ()
    assert source.stat().st_size <= before


def test_only_a_photo_that_holds_nothing_but_the_picture_keeps_its_bytes(tmp_path):
    source = photo(tmp_path / "source.jpg")
    original = source.read_bytes()
    clean = tmp_path / "clean.jpg"
    clean.hardlink_to(source)
    strip_metadata(clean)
    assert clean.read_bytes() == original
    assert not clean.samefile(source)  # a file of its own, still never a link to the source
    trailing = photo(tmp_path / "trailing.jpg")
    trailing.write_bytes(trailing.read_bytes() + original)  # a second picture after the first
    strip_metadata(trailing)
    assert trailing.read_bytes().count(b"\xff\xd8") == 1


def test_a_large_photo_is_published_at_1600_pixels_with_smaller_and_webp_copies(tmp_path):
    strip_metadata(photo(tmp_path / "wide.jpg", size=(2400, 1800)))
    with Image.open(tmp_path / "wide.jpg") as published:
        assert published.size == (1600, 1200)
    for width in (480, 800, 1200, 1600):
        with Image.open(tmp_path / f"wide-{width}.webp") as copy:
            assert (copy.format, copy.size) == ("WEBP", (width, width * 3 // 4))
    for width in (480, 800, 1200):
        with Image.open(tmp_path / f"wide-{width}.jpg") as copy:
            assert (copy.format, copy.width) == ("JPEG", width)
    assert all(inspect_image(path).metadata == () for path in tmp_path.iterdir())


@pytest.mark.parametrize(
    "data, reason",
    [(b"\xff\xd8\xff\xe0 not really a jpeg", "cannot be read"), (b"", "cannot be read")],
)
def test_corrupt_image_is_a_clear_error(tmp_path, data, reason):
    (tmp_path / "broken.jpg").write_bytes(data)
    assert reason in inspect_image(tmp_path / "broken.jpg").error


def test_decompression_bomb_is_an_error_not_a_crash(tmp_path):
    Image.new("1", (10000, 10000)).save(tmp_path / "bomb.png")  # 100 Mpx, a few KB on disk
    assert "decompression bomb" in inspect_image(tmp_path / "bomb.png").error


def test_missing_file_is_an_error(tmp_path):
    assert "does not exist" in inspect_image(tmp_path / "nowhere.jpg").error
