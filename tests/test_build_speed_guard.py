"""A build on kept caches (`invoke build` after the first) does not redo the guard's work,
and never publishes a stale answer: a changed photo or story is seen, a damaged cache ignored."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from PIL import Image

from conftest import Build, copy_content, run_pelican

PHOTO = "images/allotment.jpg"
STORY = "case-studies/dean-finds-his-feet-on-the-allotment.md"
ENTRIES = "clean-images"  # the guard's published images, under CACHE_PATH
ARTIST, GPS = 0x013B, 0x8825


def kept_build(content: Path, folder: Path, name: str) -> Build:
    """A build with the guard's caches kept in `folder / "cache"` and Pelican's content cache
    off, as `invoke build` makes it."""
    cache = json.dumps(str(folder / "cache"))
    return run_pelican(content, folder / name, "-e", f"CACHE_PATH={cache}")


def camera_photo(path: Path, colour: tuple[int, int, int],
                 size: tuple[int, int] = (900, 600)) -> None:
    """A JPEG in one colour carrying the photographer's name and a GPS position."""
    exif = Image.Exif()
    exif[ARTIST] = "Jo Photographer"
    exif.get_ifd(GPS)[2] = (53.0, 43.0, 0.0)
    Image.new("RGB", size, colour).save(path, format="JPEG", exif=exif.tobytes())


def assert_no_metadata(path: Path) -> None:
    with Image.open(path) as image:
        exif = image.getexif()
        assert not exif.get(ARTIST) and not exif.get_ifd(GPS), f"{path.name} has metadata"
        assert not {"exif", "xmp", "comment"} & set(image.info), f"{path.name} has metadata"


def middle_colour(path: Path) -> tuple[int, ...]:
    with Image.open(path) as image:
        rgb = image.convert("RGB")
        return rgb.getpixel((rgb.width // 2, rgb.height // 2))


def published_photos(output: Path) -> list[Path]:
    """The story's photo as published and every smaller or WebP copy of it."""
    return sorted((output / "images").glob("allotment*"))


def entry_times(folder: Path) -> dict[str, int]:
    """Each kept image entry and its files, by name, with the time it was last written."""
    return {str(path.relative_to(folder)): path.stat().st_mtime_ns
            for path in (folder / "cache" / ENTRIES).rglob("*")}


def test_a_photo_replaced_under_the_same_name_is_published_as_the_new_picture(tmp_path):
    content = copy_content(tmp_path)
    first = kept_build(content, tmp_path, "first")
    assert first.returncode == 0, first.log
    entries = set((tmp_path / "cache" / ENTRIES).iterdir())
    camera_photo(content / PHOTO, (200, 30, 30))
    second = kept_build(content, tmp_path, "second")
    assert second.returncode == 0, second.log
    now = set((tmp_path / "cache" / ENTRIES).iterdir())
    assert len(now - entries) == 1 and len(entries - now) == 1, "the old photo's entry is gone"
    photos = published_photos(second.output)
    assert len(photos) > 1, "the photo and its copies are published"
    for path in photos:
        assert_no_metadata(path)
        red, green, blue = middle_colour(path)
        assert red > 150 and green < 80 and blue < 80, f"{path.name} is the old picture"


def test_a_name_added_to_a_story_fails_the_next_build_on_kept_caches(tmp_path):
    content = copy_content(tmp_path)
    first = kept_build(content, tmp_path, "first")
    assert first.returncode == 0, first.log
    story = content / STORY
    story.write_text(story.read_text(encoding="utf-8") + "\nHis mentor Siobhan Maguire "
                     "still sends him seeds every spring.\n", encoding="utf-8")
    second = kept_build(content, tmp_path, "second")
    assert second.returncode != 0
    assert "Siobhan Maguire" in second.log and "dean-finds-his-feet" in second.log
    assert "Traceback" not in second.log


def test_a_build_on_kept_caches_encodes_no_unchanged_image_again(tmp_path):
    content = copy_content(tmp_path)
    first = kept_build(content, tmp_path, "first")
    assert first.returncode == 0, first.log
    kept = entry_times(tmp_path)
    assert kept, "the published images are kept in the cache folder"
    second = kept_build(content, tmp_path, "second")
    assert second.returncode == 0, second.log
    assert entry_times(tmp_path) == kept, "an unchanged image was encoded again"
    for path in published_photos(first.output):
        again = second.output / "images" / path.name
        assert again.read_bytes() == path.read_bytes()
        assert_no_metadata(again)


def test_a_tampered_cache_entry_never_publishes_metadata_or_another_picture(tmp_path):
    content = copy_content(tmp_path)
    first = kept_build(content, tmp_path, "first")
    assert first.returncode == 0, first.log
    source = (content / PHOTO).read_bytes()
    # Each kept photo replaced by another picture of its size, with metadata, and a manifest
    # whose digest agrees.
    for path in (tmp_path / "cache" / ENTRIES).rglob("published"):
        with Image.open(path) as image:
            size = image.size
        camera_photo(path, (30, 30, 200), size)
        manifest = path.parent / "manifest.json"
        entry = json.loads(manifest.read_text(encoding="utf-8"))
        entry["files"][""] = hashlib.sha256(path.read_bytes()).hexdigest()
        manifest.write_text(json.dumps(entry), encoding="utf-8")
    second = kept_build(content, tmp_path, "second")
    assert second.returncode == 0, second.log
    assert (content / PHOTO).read_bytes() == source
    for path in published_photos(first.output):
        again = second.output / "images" / path.name
        assert_no_metadata(again)
        assert middle_colour(again) == middle_colour(path), f"{path.name} is another picture"
