"""Every story the build leaves out is named in its summary, with the reason, never only counted.

Pelican's own summary says "2 drafts"; a comms officer needs to know which, and why:

- a draft: `Status: draft`, or no `Status:` line at all (the default status is draft, so that
  nothing is published before someone says so);
- an embargoed story: set to published, but dated in the future. It is held back until its
  date, with Pelican's own setting `WITH_FUTURE_DATES = False` (which makes such a story a
  draft), set here as the build starts: a story is never published before its date, whatever
  the settings file says. The next build after that date publishes it;
- a withdrawn story: `Status: withdrawn` (written by `invoke withdraw`, with the time in
  `Withdrawn:`). It is never read into anything, not even the preview: Pelican skips it as it
  skips `Status: skip`, so no page, index, feed, sitemap, share card or kit post has it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican.generators import ArticlesGenerator, PagesGenerator

from plugins.anonymity.api import read_story
from plugins.publish_gate import leave_out, shown_path

from .header import Header, read_header

WITHDRAWN = "withdrawn"


def embargo(pelican: Any) -> None:
    """Receiver of `initialized`: hold back every story dated in the future."""
    pelican.settings["WITH_FUTURE_DATES"] = False


def drafts_of(generator: Any) -> list[Any]:
    """The drafts a generator read, translations included."""
    if isinstance(generator, ArticlesGenerator):
        return [*generator.drafts, *generator.drafts_translations]
    if isinstance(generator, PagesGenerator):
        return [*generator.draft_pages, *generator.draft_translations]
    return []


def why_left_out(item: Any) -> str:
    """Why a draft is not published, in the comms team's words."""
    if str(item.metadata.get("status", "draft")).lower() != "draft":
        return f"held back until {item.date:%Y-%m-%d %H:%M}"
    if not read_story(Path(item.source_path).read_bytes()).values("status"):
        return "a draft (it has no Status: line; add 'Status: published' when it is approved)"
    return "a draft (Status: draft)"


def name_left_out(generator: Any) -> None:
    """Receiver of `article_generator_finalized` and `page_generator_finalized`."""
    for item in sorted(drafts_of(generator), key=lambda item: item.source_path):
        leave_out(shown_path(item.source_path, item.settings), why_left_out(item))


def is_withdrawn(header: Header) -> bool:
    return header.value("status").strip().lower() == WITHDRAWN


def name_withdrawn(path: str, text: str) -> None:
    """Name a withdrawn story in the build's summary, with the time it was withdrawn. Only a
    story that has the word anywhere has its header read (a fifth of a millisecond a story)."""
    if WITHDRAWN not in text.lower():
        return
    header = read_header(text)
    if is_withdrawn(header):
        when = header.value(WITHDRAWN)
        leave_out(path, f"withdrawn on {when}" if when else "withdrawn (Status: withdrawn)")


def skip_withdrawn(_generator: Any, metadata: dict) -> None:
    """Receiver of `article_generator_context` and `page_generator_context`, sent as each story
    is read and before it becomes an article or a page: Pelican skips a withdrawn story
    without a trace (its own status `skip`)."""
    if str(metadata.get("status", "")).strip().lower() == WITHDRAWN:
        metadata["status"] = "skip"
