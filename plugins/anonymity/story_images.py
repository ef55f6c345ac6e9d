"""The images a story uses: each needs a text alternative, a readable file, no metadata.

Images are referenced from the `Image:` field (with `Image-alt:`) or in the body as
Markdown `![alt](src)` or HTML `<img>`. Findings point at the line of the reference.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .findings import ERROR, WARNING, Finding
from .images import checked_image
from .source import MARKDOWN_IMAGE, Story

HTML_IMAGE = re.compile(r"<img\b[^>]{0,2000}>", re.I)
HTML_SRC = re.compile(r"""\bsrc\s*=\s*["']?([^"'\s>]+)""", re.I)
HTML_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
LINK_PREFIX = re.compile(r"^\{(?:static|filename|attach)\}")
IMAGES = "images"  # the folder of the content folder that holds every story's photo


@dataclass(frozen=True)
class ImageUse:
    """One reference to an image: where it is in the story, what it points at, its alt."""

    offset: int
    end: int
    src: str
    alt: str
    header: bool = False  # the `Image:` field: the story's photo, also drawn on its share card


def image_uses(story: Story) -> Iterator[ImageUse]:
    """Every image the story references, in the header and in the body."""
    fields = story.values("image")
    if fields and story.value("image"):  # the value Pelican reads: continuation lines joined
        yield ImageUse(fields[0].start, fields[-1].end, story.value("image"),
                       story.value("image-alt"), header=True)
    for match in MARKDOWN_IMAGE.finditer(story.text, story.body_start):
        yield ImageUse(match.start(), match.end(), match.group(2), match.group(1).strip())
    for match in HTML_IMAGE.finditer(story.text, story.body_start):
        src = HTML_SRC.search(match.group(0))
        alt = HTML_ALT.search(match.group(0))
        if src:
            text = next((g for g in alt.groups() if g is not None), "") if alt else ""
            yield ImageUse(match.start(), match.end(), src.group(1), text.strip())


def is_remote(src: str) -> bool:
    """True for an image on another site (or inline data), which is no file of ours."""
    return "://" in src or src.startswith("data:")


def story_image_path(value: str, content_dir: Path) -> Path | None:
    """The file an `Image:` field names, or None when it names no file inside content/images/.

    The one reading of the field: the guard, the story model's rule (story_model/rules.py) and
    the share card (social_cards) all call it, so the photo that is checked is the photo that
    is drawn. It lives in the guard's engine, which must import without Pelican (`invoke
    check`). The theme writes the value after the site's address, so only a plain path from
    the content folder works: `images/photo.jpg`, with no `..` or `.`, no `/` at the start, no
    backslash or control character (read in NFKC, as the site reads a story, so that "．．" is
    ".." too), and no link that leads out of the folder.
    """
    value = unicodedata.normalize("NFKC", value.strip())
    parts = value.split("/")
    plain = value.isprintable() and "\\" not in value and not {"", ".", ".."} & set(parts)
    if not plain or len(parts) < 2 or parts[0] != IMAGES:
        return None
    path = content_dir / value
    try:
        inside = path.resolve().is_relative_to((content_dir / IMAGES).resolve())
    except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
        return None
    return path if inside else None


def image_file(src: str, story_path: Path, content_dir: Path, header: bool = False) -> Path | None:
    """The file behind a reference; None for an image on another site, or for an `Image:`
    field (`header`) that names no file inside content/images/."""
    if header:
        return story_image_path(src, content_dir)
    if is_remote(src):
        return None
    if LINK_PREFIX.match(src) or src.startswith("/"):
        return content_dir / LINK_PREFIX.sub("", src).lstrip("/")
    if src.startswith("images/"):
        return content_dir / src
    return story_path.parent / src


def found_at(story: Story, path: str, use: ImageUse, kind: str, severity: str, text: str,
             message: str, suggestion: str) -> Finding:
    """A finding at the reference `use`, as line and columns of the story's source."""
    line, column = story.position(use.offset)
    end_line, end_column = story.position(use.end)
    end = end_column if end_line == line else len(story.line_text(line)) + 1
    return Finding(path, line, column, end, kind, severity, text, message, suggestion)


def image_findings(story: Story, path: str, story_path: Path, content_dir: Path) -> list[Finding]:
    """Missing alt text and unreadable files are errors; identifying metadata is a warning."""
    findings: list[Finding] = []
    for use in image_uses(story):
        if not use.alt:
            findings.append(found_at(
                story, path, use, "image_alt_missing", ERROR, use.src,
                "the image has no text alternative, so people who cannot see it miss it",
                "add alt text that says what the photo shows (Image-alt: or ![text](...))",
            ))
        target = image_file(use.src, story_path, content_dir, use.header)
        if target is None and not is_remote(use.src):
            findings.append(found_at(
                story, path, use, "image_outside_images", ERROR, use.src,
                "the story's photo is not a file inside content/images/, the only folder the "
                "site takes it from",
                "put the photo in content/images/ and write 'Image: images/photo.jpg'",
            ))
            continue
        if target is None:
            findings.append(found_at(
                story, path, use, "image_remote", ERROR, use.src,
                "the image is loaded from another website, which learns who reads the story",
                "save the photo in content/images/ and link to it there",
            ))
            continue
        check = checked_image(target)
        if check.error:
            findings.append(found_at(
                story, path, use, "image_unreadable", ERROR, use.src,
                f"{target.name}: {check.error}",
                "replace the file with a JPEG or PNG that opens, under 50 megapixels",
            ))
        for what, value in check.metadata:
            findings.append(found_at(
                story, path, use, "image_metadata", WARNING, f"{what}: {value}".rstrip(": "),
                f"{target.name} carries {what}, which can identify who took it or where",
                "nothing to do: the published copy is stripped; remove it at source if you can",
            ))
    return findings
