"""Which names of its context a render reads: a page's through Jinja, a feed's through Pelican.

Jinja looks every name up through `Context.resolve_or_missing`, whether the name is in the
template's code or read by a function marked `pass_context` (the share tags read
SITENAME and SHARE_SITE_IMAGE that way). `RecordingContext`, made Jinja's context class
for the environments the writer renders with, notes each name read from the values the
page was given, and hands lists and tuples out as views (`sequence_views.py`).

Names a template sets itself are not noted: their values come from other reads. Code
that could see every name at once (`keys()`, `items()`, `get_all()` or `parent` outside
Jinja's own code) makes the page depend on its whole context.

A feed is made by Pelican's writer from its context (a plain dict): it is given a
`FeedContext`, a copy that notes each key read.
"""

from __future__ import annotations

import sys
from typing import Any

from jinja2 import Environment
from jinja2.runtime import Context, missing

from .digests import MISSING
from .read_log import VALUE, active
from .sequence_views import handed_out

JINJA = "jinja2."


def from_jinja_or_template(depth: int) -> bool:
    """Whether the caller `depth` frames up is Jinja's own code or a compiled template."""
    frame = sys._getframe(depth + 1)
    name = frame.f_globals.get("__name__") or ""
    return name.startswith(JINJA) or isinstance(frame.f_globals.get("environment"), Environment)


class RecordingContext(Context):
    """Jinja's context, noting the names read from what the page was given."""

    @property  # type: ignore[override]
    def parent(self) -> dict[str, Any]:
        log = active()
        if log is not None and not from_jinja_or_template(1):
            log.whole_context()
        return self._parent

    @parent.setter
    def parent(self, value: dict[str, Any]) -> None:
        self._parent = value

    def resolve_or_missing(self, key: str) -> Any:
        if key in self.vars:
            return self.vars[key]
        value = self._parent.get(key, missing)
        log = active()
        if log is None:
            return value
        root = log.root
        if key in root and root[key] is value:
            return handed_out(value, (key,), log)
        # Not what the page was given (a global, or a value its templates made): note only
        # whether the page's context has that name, and what it holds.
        log.variable((key,), VALUE, root.get(key, MISSING))
        return value

    def __contains__(self, name: object) -> bool:
        if name in self.vars:
            return True
        log = active()
        if log is not None:
            log.variable((name,), VALUE, log.root.get(name, MISSING))  # type: ignore[arg-type]
        return name in self._parent

    def get_all(self) -> dict[str, Any]:
        log = active()
        if log is not None and not from_jinja_or_template(1):
            log.whole_context()
        return super().get_all()

    def keys(self) -> Any:
        self._everything()
        return super().keys()

    def values(self) -> Any:
        self._everything()
        return super().values()

    def items(self) -> Any:
        self._everything()
        return super().items()

    def __repr__(self) -> str:
        self._everything()
        return super().__repr__()

    def _everything(self) -> None:
        log = active()
        if log is not None:
            log.whole_context()


class FeedContext(dict):
    """A copy of the context given to Pelican's feed writer, noting each key it reads."""

    def _read(self, key: Any) -> None:
        log = active()
        if log is not None:
            log.variable((key,), VALUE, dict.get(self, key, MISSING))

    def _everything(self) -> None:
        log = active()
        if log is not None:
            log.whole_context()

    def __getitem__(self, key: Any) -> Any:
        self._read(key)
        return dict.__getitem__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._read(key)
        return dict.get(self, key, default)

    def __contains__(self, key: object) -> bool:
        self._read(key)
        return dict.__contains__(self, key)

    def __iter__(self) -> Any:
        self._everything()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._everything()
        return dict.__len__(self)

    def keys(self) -> Any:
        self._everything()
        return dict.keys(self)

    def values(self) -> Any:
        self._everything()
        return dict.values(self)

    def items(self) -> Any:
        self._everything()
        return dict.items(self)

    def copy(self) -> dict:
        self._everything()
        return dict.copy(self)

    def __eq__(self, other: object) -> bool:
        self._everything()
        return dict.__eq__(self, other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        self._everything()
        return dict.__repr__(self)
