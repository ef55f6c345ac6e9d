"""In the preview only: show a story's findings in place, with a banner, for reviewers.

Findings point at the Markdown source; the page is HTML that Markdown and typogrify
rewrote, so each finding's text is marked wherever it appears in the page's text (never
inside a tag or an attribute).
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from .findings import Finding

TAG = re.compile(r"(<[^>]*>)")
# Typogrify joins the last words of a paragraph with &nbsp; and curls apostrophes.
SPACE = r"(?:\s|&nbsp;|&#160;|\xa0)+"
APOSTROPHE = "(?:'|&#8217;|&#39;|\u2019)"
BANNER_STYLE = (
    "border:4px solid #b00020;background:#fff4f4;color:#1b1b1b;padding:1rem;margin:0 0 1.5rem"
)
MARK_STYLE = "background:#ffd54f;color:#1b1b1b;outline:2px solid #b00020"


def banner(findings: Sequence[Finding]) -> str:
    """A block listing every finding with its line, what to do, and how many block publishing."""
    errors = sum(finding.severity == "error" for finding in findings)
    items = "".join(
        f"<li><strong>Line {f.line}</strong>, {html.escape(f.kind.replace('_', ' '))} "
        f"({f.severity}): <q>{html.escape(f.text)}</q>. {html.escape(f.message)}. "
        f"<em>What to do:</em> {html.escape(f.suggestion)}.</li>"
        for f in findings
    )
    heading = (
        f"Preview only: this story cannot be published yet ({errors} to fix)"
        if errors
        else "Preview only: please check these details before publishing"
    )
    return (
        f'<div class="anonymity-findings" role="alert" style="{BANNER_STYLE}">'
        f"<h2>{heading}</h2><ul>{items}</ul></div>"
    )


def highlight(page: str, findings: Sequence[Finding]) -> str:
    """Wrap each finding's text in <mark>, in the text between tags only."""
    texts = sorted({f.text for f in findings if len(f.text.strip()) > 1}, key=len, reverse=True)
    if not texts:
        return page
    pattern = re.compile("|".join(typographic(text) for text in texts))
    marked = f'<mark class="anonymity-finding" style="{MARK_STYLE}">\\g<0></mark>'
    pieces = TAG.split(page)
    return "".join(piece if TAG.fullmatch(piece) else pattern.sub(marked, piece) for piece in pieces)


def typographic(text: str) -> str:
    """A pattern for `text` as typogrify may have rewritten it."""
    words = [
        re.escape(html.escape(word, quote=False)).replace("'", APOSTROPHE) for word in text.split()
    ]
    return SPACE.join(words)


def annotate(page: str, findings: Sequence[Finding]) -> str:
    """The page with its banner first and every finding marked."""
    return banner(findings) + highlight(page, findings) if findings else page


def preview_marks(page: str, story: object) -> str:
    """The Jinja filter `preview_marks`: a story's HTML with its findings marked. Only the
    preview keeps findings on a story (`preview_findings`); elsewhere the HTML is unchanged."""
    return annotate(page, getattr(story, "preview_findings", ()))
