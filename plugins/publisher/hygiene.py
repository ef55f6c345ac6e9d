"""Output hygiene: what a published site must hold, and what it must never hold.

Must hold: the home page, a 404 page, sitemap.xml (published pages only) and robots.txt
(which lists nothing but the sitemap: naming a hidden page there would point to it).
Must never hold: sources (Markdown, any copy of a file in content/), source maps, editor and
backup files, hidden files, links that leave the folder, drafts, a compressed copy that
differs from its page, images of a kind that cannot be checked, or any image metadata block.
"""

from __future__ import annotations

import gzip
import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from PIL import Image, IptcImagePlugin

from plugins.anonymity.api import exif_of, open_for_metadata

# Images the guard can open and inspect; anything else that looks like an image is refused.
CHECKED_IMAGES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".bmp", ".ico"})
UNCHECKABLE_IMAGES = frozenset({".avif", ".heic", ".heif", ".jxl", ".jp2", ".psd", ".raw", ".dng",
                                ".cr2", ".nef", ".arw"})
SOURCE_FILES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".rst", ".ipynb", ".org", ".adoc"})
NEVER_PUBLISHED = SOURCE_FILES | frozenset({
    ".map", ".py", ".pyc", ".sh", ".bat", ".ps1", ".bak", ".orig", ".rej", ".swp", ".swo", ".tmp",
    ".log", ".env", ".pem", ".key", ".sqlite", ".db", ".docx", ".doc", ".xlsx", ".xls", ".csv",
    ".odt", ".ods", ".pages", ".numbers", ".zip", ".tar", ".tgz", ".7z", ".rar",
})
SOURCE_MAP_REFERENCE = (b"sourceMappingURL=", b"sourceURL=")
ALLOWED_HIDDEN = frozenset({".well-known", ".htaccess", ".nojekyll"})
REQUIRED = ("index.html", "404.html", "sitemap.xml", "robots.txt")
# Image information that is not metadata about the person or the place: how to draw it.
DRAWING_INFO = frozenset({
    "dpi", "icc_profile", "jfif", "jfif_version", "jfif_unit", "jfif_density", "progressive",
    "progression", "adobe", "adobe_transform", "transparency", "gamma", "srgb", "chromaticity",
    "duration", "loop", "background", "version", "interlace", "compression", "aspect", "extension",
    "disposal", "blend", "default_image", "bbox", "lossless", "sizes", "mode", "optimize",
})


@dataclass(frozen=True)
class HygieneProblem:
    """One file that breaks an output rule, relative to the site folder."""

    path: str
    what: str


def robots_txt(siteurl: str) -> str:
    """robots.txt for the live site: every page may be read; the sitemap says which exist."""
    sitemap = f"{siteurl.rstrip('/')}/sitemap.xml" if siteurl else "/sitemap.xml"
    return f"User-agent: *\nDisallow:\n\nSitemap: {sitemap}\n"


def hygiene_problems(site: Path, siteurl: str = "", drafts: Iterable[str] = (),
                     sources: Path | None = None, images: bool = True) -> list[HygieneProblem]:
    """Every breach of the output rules in a built site; with `images` False, bar the images'
    metadata blocks (the built-site check reads those with each image, `metadata_problems`)."""
    problems = [HygieneProblem(name, "is missing: every published site has one")
                for name in REQUIRED if not (site / name).is_file()]
    draft_slugs = {slug for slug in drafts if slug}
    source_hashes = _source_hashes(sources) if sources else {}
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        problems += [HygieneProblem(relative, what) for what in file_problems(path, relative, draft_slugs, images)]
        if path.is_file() and not path.is_symlink() and _is_copy(path, source_hashes):
            problems.append(HygieneProblem(relative, "is a copy of a file in content/: sources are "
                                           "never published"))
    if (site / "sitemap.xml").is_file():
        problems += sitemap_problems(site, siteurl)
    return problems


def file_problems(path: Path, relative: str, draft_slugs: set[str], images: bool = True) -> list[str]:
    """What is wrong with one file or folder of the output."""
    found: list[str] = []
    name = path.name
    suffix = path.suffix.lower()
    if path.is_symlink():
        return ["is a symbolic link: a published site holds only real files"]
    if name.startswith(".") and name not in ALLOWED_HIDDEN:
        found.append("is a hidden file (editor, system or version-control data is never published)")
    if name.endswith("~") or name.startswith("#"):
        found.append("is an editor's backup file")
    if suffix in NEVER_PUBLISHED:
        kind = "a source file" if suffix in SOURCE_FILES else "a source map" if suffix == ".map" else "not part of a website"
        found.append(f"is {kind} ({suffix}): it is never published")
    if suffix in UNCHECKABLE_IMAGES:
        found.append(f"is a {suffix} image, which cannot be checked for metadata: use JPEG or PNG")
    for slug in draft_slugs:
        if slug in relative.split("/") or Path(relative).stem == slug:
            found.append(f"has the address of a draft ('{slug}'): drafts are never published")
    if not path.is_file():
        return found
    if suffix in (".css", ".js", ".mjs") and any(ref in path.read_bytes() for ref in SOURCE_MAP_REFERENCE):
        found.append("points to a source map (sourceMappingURL): remove the reference")
    if suffix in (".gz", ".br"):
        found += compressed_copy_problems(path)
    if images and suffix in CHECKED_IMAGES:
        found += metadata_problems(path)
    return found


def metadata_problems(path: Path) -> list[str]:
    """Every metadata block of a published image: it must carry none."""
    return [f"image carries {block}: published images carry no metadata at all"
            for block in metadata_blocks(path)]


def compressed_copy_problems(path: Path) -> list[str]:
    """A .gz or .br copy must decompress to exactly the file beside it, which is checked."""
    original = path.with_suffix("")
    if not original.is_file():
        return [f"is a compressed copy of {original.name}, which is not published"]
    try:
        if path.suffix == ".gz":
            data = gzip.decompress(path.read_bytes())
        else:
            import brotli  # noqa: PLC0415 - only needed when .br copies exist

            data = brotli.decompress(path.read_bytes())
    except Exception as error:  # noqa: BLE001 - any failure means the copy cannot be trusted
        return [f"is a compressed copy that cannot be read ({error.__class__.__name__})"]
    if data != original.read_bytes():
        return [f"is a compressed copy that differs from {original.name}: it would publish "
                "text nobody checked"]
    return []


def metadata_blocks(path: Path | BinaryIO) -> list[str]:
    """The metadata blocks an image holds: EXIF, XMP, IPTC, comments or PNG text chunks."""
    try:
        with open_for_metadata(path) if isinstance(path, Path) else Image.open(path) as image:
            blocks = []
            if len(exif_of(image)) or image.info.get("exif"):
                blocks.append("EXIF")
            if image.info.get("xmp") or image.info.get("XML:com.adobe.xmp"):
                blocks.append("XMP")
            if IptcImagePlugin.getiptcinfo(image):
                blocks.append("IPTC")
            if image.info.get("comment"):
                blocks.append("a comment")
            extra = sorted(k for k in image.info if isinstance(k, str) and k not in DRAWING_INFO
                           and k not in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "photoshop"))
            blocks += [f"a text chunk '{key}'" for key in extra]
            if image.info.get("photoshop"):
                blocks.append("Photoshop data")
            return blocks
    except Exception as error:  # noqa: BLE001 - an image that cannot be read is not published
        return [f"unreadable data ({error.__class__.__name__})"]


def sitemap_problems(site: Path, siteurl: str) -> list[HygieneProblem]:
    """Every address in sitemap.xml is a published page of this site (not the 404 page)."""
    try:
        root = ET.fromstring((site / "sitemap.xml").read_bytes())  # noqa: S314 - our own output
    except ET.ParseError as error:
        return [HygieneProblem("sitemap.xml", f"is not valid XML ({error})")]
    problems = []
    base = urlsplit(siteurl).path.rstrip("/") if siteurl else ""
    for loc in root.iter():
        if not loc.tag.endswith("loc") or not (loc.text or "").strip():
            continue
        address = loc.text.strip()
        path = unquote(urlsplit(address).path)
        if base and path.startswith(base):
            path = path[len(base):]
        target = site / path.lstrip("/")
        if path.endswith("/") or target.is_dir():
            target = target / "index.html"
        if siteurl and not address.startswith(siteurl.rstrip("/")):
            problems.append(HygieneProblem("sitemap.xml", f"lists {address}, which is not on {siteurl}"))
        elif not target.is_file():
            problems.append(HygieneProblem("sitemap.xml", f"lists {address}, which is not a page of the site"))
        elif target.name == "404.html":
            problems.append(HygieneProblem("sitemap.xml", "lists the 404 page"))
    return problems


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _source_hashes(content: Path) -> dict[int, set[str]]:
    """The digests of the sources, by size: only a file of the same size can be a copy."""
    hashes: dict[int, set[str]] = {}
    for path in content.rglob("*"):
        if path.is_file() and path.suffix.lower() in SOURCE_FILES | {".txt"} and path.stat().st_size:
            hashes.setdefault(path.stat().st_size, set()).add(_digest(path))
    return hashes


def _is_copy(path: Path, source_hashes: dict[int, set[str]]) -> bool:
    same_size = source_hashes.get(path.stat().st_size)
    return bool(same_size) and _digest(path) in same_size
