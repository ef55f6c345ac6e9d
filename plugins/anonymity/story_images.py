"""The images a story uses: each needs a text alternative, a readable file, no metadata.

Images are referenced from the `Image:` field (with `Image-alt:`) or in the body as
Markdown `![alt](src)` or HTML `<img>`. Findings point at the line of the reference.
"""

from __future__ import annotations

import re
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


@dataclass(frozen=True)
class ImageUse:
    """One reference to an image: where it is in the story, what it points at, its alt."""

    offset: int
    end: int
    src: str
    alt: str


def image_uses(story: Story) -> Iterator[ImageUse]:
    """Every image the story references, in the header and in the body."""
    for field in story.values("image"):
        if field.value:
            alts = story.values("image-alt")
            yield ImageUse(field.start, field.end, field.value, alts[0].value if alts else "")
    for match in MARKDOWN_IMAGE.finditer(story.text, story.body_start):
        yield ImageUse(match.start(), match.end(), match.group(2), match.group(1).strip())
    for match in HTML_IMAGE.finditer(story.text, story.body_start):
        src = HTML_SRC.search(match.group(0))
        alt = HTML_ALT.search(match.group(0))
        if src:
            text = next((g for g in alt.groups() if g is not None), "") if alt else ""
            yield ImageUse(match.start(), match.end(), src.group(1), text.strip())


def image_file(src: str, story_path: Path, content_dir: Path) -> Path | None:
    """The file behind a reference; None for an image on another site."""
    if "://" in src or src.startswith("data:"):
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
        target = image_file(use.src, story_path, content_dir)
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
