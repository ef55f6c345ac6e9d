"""Photos: what their embedded metadata gives away, and a published copy without it.

Cameras and phones write the place a photo was taken (GPS), the owner's name, the
camera's serial number and free-text comments into EXIF, XMP and IPTC blocks. None of
it shows on the page, all of it can be read by anyone who saves the image.

Encoding a photo and its copies is the slowest part of publishing it, so what a build
publishes is kept in its cache folder by the digest of the source's bytes and of the code
that decides the result (`publish_image`), and copied from there by the next build.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
import shutil
import tempfile
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageOps, IptcImagePlugin, UnidentifiedImageError
from PIL.JpegImagePlugin import get_sampling

from plugins.photos import plan as photo_plan
from plugins.photos.plan import ORIENTATION, Copy, Plan, plan_for, upright_size

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff"})

GPS_IFD = 0x8825
EXIF_IFD = 0x8769
BASE_TAGS = {0x013B: "artist", 0x8298: "copyright owner", 0x010E: "description",
             0x9C9D: "author", 0x9C9C: "comment", 0x9C9F: "subject"}
EXIF_TAGS = {0xA430: "camera owner", 0xA431: "camera serial number",
             0xA435: "lens serial number", 0x9286: "comment"}
IPTC_TAGS = {(2, 80): "by-line (photographer)", (2, 116): "copyright owner",
             (2, 120): "caption", (2, 122): "caption writer", (2, 90): "city",
             (2, 92): "sub-location", (2, 95): "county", (2, 25): "keywords"}
XMP_TAGS = re.compile(
    rb"<?(dc:creator|dc:rights|dc:description|photoshop:City|photoshop:Credit|"
    rb"Iptc4xmpCore:Location|Iptc4xmpCore:CreatorContactInfo|exif:GPSLatitude|"
    rb"exifEX:BodySerialNumber|aux:SerialNumber|tiff:Artist|xmpRights:Owner)\b"
)


@dataclass(frozen=True)
class ImageCheck:
    """What one image file holds: identifying metadata, or why it cannot be read."""

    metadata: tuple[tuple[str, str], ...] = ()
    error: str = ""


def is_image(path: str | Path) -> bool:
    return Path(path).suffix.lower() in IMAGE_SUFFIXES


def open_fully(path: Path) -> Image.Image:
    """Open and decode an image; a decompression bomb is an error, not a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        image = Image.open(path)
        image.load()
    return image


def open_for_metadata(path: Path) -> Image.Image:
    """An image opened as far as its metadata: decoded only where some may come after the
    picture (a PNG with text or EXIF chunks, a GIF's comments, other formats)."""
    image = Image.open(path)
    if image.format not in ("JPEG", "WEBP") and not (
            image.format == "PNG" and not png_chunk_types(path) & PNG_METADATA_CHUNKS):
        image.load()
    return image


PNG_METADATA_CHUNKS = frozenset({"tEXt", "zTXt", "iTXt", "eXIf"})


def exif_of(image: Image.Image) -> Image.Exif:
    """An image's EXIF. A PNG's is in its info once read as far as `open_for_metadata` reads
    it (asking Pillow would decode the whole picture to look after it)."""
    if image.format != "PNG":
        return image.getexif()
    exif = Image.Exif()
    if image.info.get("exif"):
        exif.load(image.info["exif"])
    return exif


def png_chunk_types(path: Path) -> set[str]:
    """The types of a PNG file's chunks, read from their headers without decoding anything."""
    data = Path(path).read_bytes()
    types, offset = set(), 8  # after the signature
    while offset + 8 <= len(data):
        length = int.from_bytes(data[offset:offset + 4], "big")
        types.add(data[offset + 4:offset + 8].decode("latin-1"))
        offset += 12 + length  # length, type, data, CRC
    return types


def inspect_image(path: Path, decode: bool = True) -> ImageCheck:
    """The identifying metadata of an image file, or the reason it cannot be read. Without
    `decode`, a JPEG or WebP (whose metadata all comes before the picture) is not decoded:
    for the build's own output, already cleaned, the metadata is the question."""
    try:
        image = open_fully(path) if decode else open_for_metadata(path)
    except FileNotFoundError:
        return ImageCheck(error="the image file does not exist")
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return ImageCheck(error="the image is too large to open safely (a decompression bomb)")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        return ImageCheck(error=f"the image cannot be read ({error})")
    with image:
        return ImageCheck(metadata=tuple(identifying_metadata(image)))


def checked_image(path: Path) -> ImageCheck:
    """`inspect_image`, remembered while the file is unchanged: many stories share a photo,
    and decoding it once per story would cost more than the rest of the guard."""
    try:
        stat = path.stat()
    except OSError:
        return inspect_image(path)
    return _remembered_check(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4096)
def _remembered_check(path: str, _modified: int, _size: int) -> ImageCheck:
    return inspect_image(Path(path))


def identifying_metadata(image: Image.Image) -> list[tuple[str, str]]:
    """(what, value) for each identifying entry in the EXIF, XMP, IPTC and comments."""
    found: list[tuple[str, str]] = []
    exif = exif_of(image)
    if exif.get_ifd(GPS_IFD):
        found.append(("GPS location", "where the photo was taken"))
    found += [(name, short(exif[tag])) for tag, name in BASE_TAGS.items() if exif.get(tag)]
    details = exif.get_ifd(EXIF_IFD)
    found += [(name, short(details[tag])) for tag, name in EXIF_TAGS.items() if details.get(tag)]
    iptc = IptcImagePlugin.getiptcinfo(image) or {}
    found += [(f"IPTC {name}", short(iptc[tag])) for tag, name in IPTC_TAGS.items() if tag in iptc]
    xmp = image.info.get("xmp") or b""
    xmp = xmp.encode() if isinstance(xmp, str) else xmp
    found += [(f"XMP {tag.decode()}", "") for tag in sorted(set(XMP_TAGS.findall(xmp)))]
    for key in ("comment", "Comment", "Author", "Description", "Copyright"):
        if image.info.get(key):
            found.append((f"{key.lower()} text", short(image.info[key])))
    return found


def short(value: object) -> str:
    """A metadata value as short readable text for a report."""
    if isinstance(value, (list, tuple)):
        value = b" ".join(v if isinstance(v, bytes) else str(v).encode() for v in value)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace").replace("\x00", "")
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:57] + "..."


PUBLISHED_MODE = 0o644
# JPEG segments and PNG chunks that only say how to draw the picture (JFIF without a
# thumbnail, a colour profile, Adobe's colour transform): a file with nothing else keeps its bytes.
DRAWING_SEGMENTS = (("APP0", b"JFIF\x00"), ("APP2", b"ICC_PROFILE\x00"), ("APP14", b"Adobe"))
JFIF_WITHOUT_THUMBNAIL = 14  # bytes: the identifier, version, units and densities
DRAWING_CHUNKS = frozenset({"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
                            "iCCP", "pHYs", "sBIT", "bKGD"})
JPEG_QUALITY = 82  # a resized photo or a copy; an unresized photo keeps its own quantisation
WEBP_QUALITY = 80  # about JPEG 82's look, at a third to a half of its bytes
WEBP_METHOD = 3  # libwebp's effort: the default (4) makes files no smaller, a third slower


def strip_metadata(path: Path) -> list[Path]:
    """Publish an image in place without any metadata: turned the way its EXIF says, no
    larger than the site shows it and, for a photo, with the smaller and WebP copies its
    page offers written beside it (plugins/photos decides the sizes, for the pages too).

    A file that needs no resizing and holds nothing but drawing information keeps its bytes;
    any other is re-encoded, an unresized JPEG at its own quantisation, so that stripping
    never costs quality nor, beyond a few bytes, size. Each file replaces the old one by
    rename, so a hard-linked source is never changed. Returns the files written, `path` first.
    """
    with open_fully(path) as image:
        upright = ImageOps.exif_transpose(image)
        plan = plan_for(upright.size, image.format)
        if plan.resized or not only_drawing_info(image, path):
            published = fitted(upright, (plan.width, plan.height))
            write_image(published, path, image.format, save_options(image, plan))
        else:  # a fresh file all the same: never a hard link to the source, and readable
            replace_file(path, lambda temporary: shutil.copyfile(path, temporary))
        written = [path]
        for copy in plan.copies(path.name):
            written.append(path.parent / copy.name)
            write_image(fitted(upright, (copy.width, copy.height)), written[-1],
                        copy.format, copy_options(image, copy))
    return written


def only_drawing_info(image: Image.Image, path: Path) -> bool:
    """True when the file holds the picture and how to draw it, nothing else: no metadata
    segment or chunk, no JFIF thumbnail, and (JPEG) no second picture or data after the end."""
    if image.format == "PNG":
        return png_chunk_types(path) <= DRAWING_CHUNKS
    if image.format != "JPEG":
        return False
    data = path.read_bytes()
    if data.count(b"\xff\xd8") != 1 or not data.endswith(b"\xff\xd9"):
        return False
    return all(drawing_segment(marker, payload) for marker, payload in image.applist)


def drawing_segment(marker: str, payload: bytes) -> bool:
    if marker == "APP0" and len(payload) != JFIF_WITHOUT_THUMBNAIL:
        return False
    return any(marker == name and payload.startswith(start) for name, start in DRAWING_SEGMENTS)


def fitted(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    """The picture at `size` (itself when it is that size already)."""
    if image.size == size:
        return image
    return image.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)


def write_image(image: Image.Image, path: Path, image_format: str, options: dict) -> None:
    """Save `image` to `path` with no metadata."""
    image.info = {}  # Pillow writes comments and XMP found here back into the file
    if image_format == "WEBP" and image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    replace_file(path, lambda temporary: image.save(temporary, format=image_format, **options))


def replace_file(path: Path, write: Callable[[str], object]) -> None:
    """Put a new file at `path`, written by `write(temporary)`, by rename, readable by a web
    server."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=path.suffix)
    os.close(handle)
    try:
        write(temporary)
        os.chmod(temporary, PUBLISHED_MODE)  # mkstemp makes it private; a web server must read it
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def save_options(image: Image.Image, plan: Plan) -> dict[str, object]:
    """Settings that keep the picture's quality; colour profiles stay, nothing else. An
    unresized JPEG is encoded with its own tables, as `quality="keep"` would (which refuses a
    turned picture): a higher quality would only grow the file."""
    options: dict[str, object] = {}
    if image.info.get("icc_profile"):
        options["icc_profile"] = image.info["icc_profile"]
    if image.format == "JPEG":
        options.update(optimize=True, progressive=True)
        if plan.resized:
            options["quality"] = JPEG_QUALITY
        else:
            options.update(qtables=image.quantization, subsampling=get_sampling(image))
    elif image.format == "PNG":
        options.update(optimize=True)
    elif image.format == "GIF" and "transparency" in image.info:
        options["transparency"] = image.info["transparency"]
    return options


def copy_options(image: Image.Image, copy: Copy) -> dict[str, object]:
    """Settings for a smaller or WebP copy of a photo: its colour profile, nothing else."""
    options: dict[str, object] = {}
    if image.info.get("icc_profile"):
        options["icc_profile"] = image.info["icc_profile"]
    if copy.format == "WEBP":
        options.update(quality=WEBP_QUALITY, method=WEBP_METHOD)
    else:
        options.update(quality=JPEG_QUALITY, optimize=True, progressive=True)
    return options


# Published images kept between builds, under CACHE_PATH: one folder per key (the source's
# bytes, this module, the photo plan and Pillow), holding the published file, its copies and
# a manifest of their digests. Written whole, by renaming a finished folder.
CLEAN_IMAGES = "clean-images"
MANIFEST = "manifest.json"
COPY_TAIL = re.compile(r"-\d{1,5}\.(?:webp|jpg)")  # a copy's name after the photo's stem


def publish_image(source: Path, target: Path, cache: Path | None) -> str:
    """Publish `source` at `target` as `strip_metadata` does, with its copies; return the key
    of its cache entry. With a `cache` folder, the files an earlier build made from the same
    bytes with the same code are copied instead of encoded again: each only if its digest,
    size and format are as planned and it carries no metadata; otherwise the picture is
    encoded again and its entry replaced."""
    key = image_key(source.read_bytes())
    entry = cache / CLEAN_IMAGES / key if cache else None
    if entry is not None and restored(entry, source, target):
        return key
    shutil.copyfile(source, target)
    written = strip_metadata(target)
    if entry is not None:
        keep(entry, target, written)
    return key


def forget_unused(cache: Path, used: set[str]) -> None:
    """Remove the kept images this build did not publish (a replaced photo's, say), so that
    the folder holds only what the last build used."""
    folder = cache / CLEAN_IMAGES
    for entry in folder.iterdir() if folder.is_dir() else ():
        if entry.name not in used:
            shutil.rmtree(entry, ignore_errors=True)


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of what decides how a picture is published: this module, the plan, Pillow."""
    digest = hashlib.sha256(Image.__version__.encode())
    for module in (Path(__file__), Path(photo_plan.__file__)):
        digest.update(module.read_bytes())
    return digest.hexdigest()


def image_key(source: bytes) -> str:
    return hashlib.sha256(code_version().encode() + b"\0" + source).hexdigest()


def tail_of(path: Path, target: Path) -> str:
    """What follows the photo's stem in a published file's name: "-480.webp" for the copy
    `photo-480.webp`, nothing for the photo itself."""
    return "" if path == target else path.name[len(posixpath.splitext(target.name)[0]):]


def published_as(target: Path, tail: str) -> Path:
    return target if not tail else target.with_name(posixpath.splitext(target.name)[0] + tail)


def stored_name(tail: str) -> str:
    return "published" if not tail else f"copy{tail}"


def planned_files(source: Path, target: Path) -> dict[str, tuple[str, tuple[int, int]]]:
    """Each file the plan publishes for `source` (by tail), with its format and size."""
    with Image.open(source) as image:
        upright = upright_size(image.size, exif_of(image).get(ORIENTATION, 1))
        plan, image_format = plan_for(upright, image.format), str(image.format)
    planned = {"": (image_format, (plan.width, plan.height))}
    for copy in plan.copies(target.name):
        tail = tail_of(target.with_name(copy.name), target)
        planned[tail] = (copy.format, (copy.width, copy.height))
    return planned


def kept_files(entry: Path) -> dict[str, bytes] | None:
    """The files kept under `entry` by tail, or None unless every one matches the manifest."""
    try:
        manifest = json.loads((entry / MANIFEST).read_text(encoding="utf-8"))
        digests = manifest["files"]
        if manifest["key"] != entry.name or not isinstance(digests, dict) or not all(
                tail == "" or COPY_TAIL.fullmatch(tail) for tail in digests):
            return None
        files = {tail: (entry / stored_name(tail)).read_bytes() for tail in digests}
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if any(hashlib.sha256(data).hexdigest() != digests[tail] for tail, data in files.items()):
        return None
    return files


def restored(entry: Path, source: Path, target: Path) -> bool:
    """Publish the files kept under `entry`; False when they are not exactly what `source`
    would publish (any already written are then overwritten by a fresh encoding)."""
    kept = kept_files(entry)
    try:
        planned = planned_files(source, target)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return False
    if kept is None or kept.keys() != planned.keys():
        return False
    for tail, data in kept.items():
        path = published_as(target, tail)
        replace_file(path, lambda temporary, data=data: Path(temporary).write_bytes(data))
        if not as_planned(path, *planned[tail]):
            return False
    return True


def as_planned(path: Path, image_format: str, size: tuple[int, int]) -> bool:
    """True when the published file has the planned format and size and no metadata."""
    try:
        with Image.open(path) as image:
            if (image.format, image.size) != (image_format, size):
                return False
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError):
        return False
    check = inspect_image(path, decode=False)
    return not check.error and not check.metadata


def keep(entry: Path, target: Path, written: list[Path]) -> None:
    """File the published files under `entry`: in a new folder, renamed once whole. A cache
    that cannot be written only makes the next build slower."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=entry.parent, prefix=".new-"))
    except OSError:
        return
    try:
        digests = {}
        for path in written:
            data = path.read_bytes()
            (staging / stored_name(tail_of(path, target))).write_bytes(data)
            digests[tail_of(path, target)] = hashlib.sha256(data).hexdigest()
        manifest = json.dumps({"key": entry.name, "files": digests})
        (staging / MANIFEST).write_text(manifest, encoding="utf-8")
        shutil.rmtree(entry, ignore_errors=True)  # an entry found damaged
        os.replace(staging, entry)
    except OSError:
        pass  # another build filed the same entry at the same moment, or the disk is full
    finally:
        shutil.rmtree(staging, ignore_errors=True)
