"""Pelican's writer, leaving a page or feed as it is when nothing that shapes it has changed.

Everything Pelican's own `write_file` does still happens for a page left as it is: the
context's `localsiteurl` is set, the file is claimed (writing it twice still fails), and
`content_written` is sent, so the sitemap lists it. Only the render and the write are
left out. For a feed left as it is, `feed_generated` and `feed_written` are not sent and
`write_feed` returns None: no plugin of this site uses either for anything but the feed
itself (see README.md, "unchanged_pages").
"""

from __future__ import annotations

from typing import Any, Self

from pelican.utils import sanitised_join
from pelican.writers import Writer

from .ledger import Ledger
from .read_log import recording
from .variable_reads import FeedContext, RecordingContext


class Discard:
    """What a page left as it is is "written" to."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exception: object) -> None:
        return None

    def write(self, _text: str) -> None:
        return None


class SkippingWriter(Writer):
    """Set `ledger` on a subclass (see `for_ledger`): Pelican makes the writer itself."""

    ledger: Ledger

    def __init__(self, output_path: str, settings: dict | None = None) -> None:
        super().__init__(output_path, settings=settings)
        self.discarding: str | None = None  # the file the next `_open_w` leaves alone

    @classmethod
    def for_ledger(cls, ledger: Ledger) -> type[SkippingWriter]:
        return type(cls.__name__, (cls,), {"ledger": ledger})

    def write_file(self, name: Any, template: Any, context: dict, *args: Any, **kwargs: Any) -> Any:
        if not name:
            return super().write_file(name, template, context, *args, **kwargs)
        deciding = DecidingTemplate(template, self, context)
        return super().write_file(name, deciding, context, *args, **kwargs)

    def write_feed(self, elements: Any, context: dict, path: str | None = None,
                   url: str | None = None, feed_type: str = "atom",
                   override_output: bool = False, feed_title: str | None = None) -> Any:
        arguments = {"elements": elements, "path": path, "url": url, "feed_type": feed_type,
                     "override_output": override_output, "feed_title": feed_title}
        if not path:
            return super().write_feed(context=context, **arguments)
        full_path = sanitised_join(self.output_path, path)
        first = self.first_write(full_path)
        inputs = self.ledger.feed_inputs(context, arguments) if first else None
        if first and self.ledger.unchanged(full_path, inputs, context, context):
            self.claim(full_path, override_output)
            return None
        with recording(context) as log:
            feed = super().write_feed(context=FeedContext(context), **arguments)
        self.ledger.rendered(full_path, inputs, log)
        return feed

    def first_write(self, full_path: str) -> bool:
        """Only a file's first write in a build may be skipped; later ones are Pelican's
        business (an override, or an error)."""
        return full_path not in self._written_files and full_path not in self._overridden_files

    def claim(self, full_path: str, override: bool) -> None:
        """What Pelican's `_open_w` notes for a file's first write."""
        if override:
            self._overridden_files.add(full_path)
        self._written_files.add(full_path)

    def _open_w(self, filename: str, encoding: str, override: bool = False) -> Any:
        if filename == self.discarding:
            self.discarding = None
            self.claim(filename, override)
            return Discard()
        return super()._open_w(filename, encoding, override)


class DecidingTemplate:
    """Stands in for a template in `write_file`: renders, or answers "" for a page left as
    it is (the writer then writes that to nowhere). Pagination renders once per page."""

    def __init__(self, template: Any, writer: SkippingWriter, context: dict) -> None:
        self.template = template
        self.writer = writer
        self.context = context

    def __getattr__(self, name: str) -> Any:
        return getattr(self.template, name)

    def render(self, localcontext: dict) -> str:
        writer, ledger = self.writer, self.writer.ledger
        name = localcontext["output_file"]
        full_path = sanitised_join(writer.output_path, name)
        first = writer.first_write(full_path)
        inputs = ledger.page_inputs(self.template, self.context, name) if first else None
        if first and ledger.unchanged(full_path, inputs, localcontext, self.context):
            writer.discarding = full_path
            return ""
        # Jinja makes each render's context with the environment's class: ours notes the
        # names read, and behaves as Jinja's own when no render is being recorded.
        self.template.environment.context_class = RecordingContext
        with recording(localcontext) as log:
            output = self.template.render(localcontext)
        ledger.rendered(full_path, inputs, log)
        return output
