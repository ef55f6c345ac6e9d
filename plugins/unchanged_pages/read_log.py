"""What one render read: from stories (their attributes) and from its context (its names).

While a page or feed renders, one `ReadLog` is active. `content_reads.py` notes what is
read from stories, `variable_reads.py` which names of the render's context are read, and
`sequence_views.py` what is read from a list or tuple found under such a name. The next
build makes the same reads again on its own objects (`Ledger`); the file is left as it is
only if every read finds a value with the same digest.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from . import content_reads

# A place in the render's context: a name, then positions in lists and tuples, where a
# position is an index or ("slice", start, stop, step).
Path = tuple[Any, ...]
VALUE, SHAPE = "value", "shape"  # what was read at a path: all of the value, or its length


@dataclass
class ReadLog:
    """The reads of one render, each once, in the order first made, with what they found.

    `root` is what the render was given: a page's local context, a feed's context.
    `everything` is set when code looked at the whole context (`keys()`, `get_all()`).
    """

    root: Mapping[str, Any]
    reads: dict[str, tuple] = field(default_factory=dict)
    depth: int = 0  # > 0 while a read of a story's attribute is being answered
    everything: bool = False

    def content(self, content: Any, name: str, arguments: Any, value: Any) -> None:
        self._add(f"c{id(content)}.{name}{arguments!r}", ("content", content, name, arguments, value))

    def variable(self, path: Path, how: str, value: Any) -> None:
        self._add(f"v{path!r}{how}", ("variable", path, how, value))

    def whole_context(self) -> None:
        self.everything = True

    def _add(self, key: str, read: tuple) -> None:
        if key not in self.reads:
            self.reads[key] = read

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.reads.values())


_active: ReadLog | None = None


def active() -> ReadLog | None:
    return _active


@contextmanager
def recording(root: Mapping[str, Any]) -> Iterator[ReadLog]:
    """Note every read of the `with` block (one render) in a new log."""
    global _active
    if _active is not None:
        raise RuntimeError("a render is already being recorded")
    log = ReadLog(root)
    _active = log
    try:
        with content_reads.noting(log):
            yield log
    finally:
        _active = None
