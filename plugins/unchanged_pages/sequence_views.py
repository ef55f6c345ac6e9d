"""Lists and tuples of the context as a render sees them: each use noted as it happens.

Every page's navigation loops over `categories`, a list of (category, its stories) pairs,
and uses only the categories. Noting "the page read `categories`" whole would make every
page depend on every story. So a plain list or tuple is handed to the render as a view:
a list (or tuple) holding the same items, whose reads are noted where they happen:

- its length, when it is iterated, measured or tested for truth (`SHAPE`);
- each item handed out, at its own path (`categories`, 0, 0): a list or tuple as a view
  again, anything else noted whole (`VALUE`);
- anything else (comparison, `in`, printing, copying, concatenating, changing it):
  the whole value.

A view is a subclass of `list` (`tuple`), so `isinstance` checks, `len`, iteration and
`join` work as on the real thing, and the view holds the real items itself, so that C
code that reads a list's storage directly still sees what the template would have.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Self

from .read_log import SHAPE, VALUE

if TYPE_CHECKING:
    from .read_log import Path, ReadLog


def handed_out(value: Any, path: Path, log: ReadLog) -> Any:
    """What a read at `path` gives the render: a view of a plain list or tuple, or the
    value itself, noted whole."""
    if type(value) is list:
        return ListView(value, path, log)
    if type(value) is tuple:
        return TupleView(value, path, log)
    log.variable(path, VALUE, value)
    return value


def position(index: Any) -> Any:
    """A path step: an index, or a slice as ("slice", start, stop, step)."""
    if isinstance(index, slice):
        return ("slice", index.start, index.stop, index.step)
    return operator.index(index)


class _Reads:
    """What list and tuple views have in common; `_raw`, `_path` and `_log` are set by them."""

    _raw: list | tuple
    _path: Path
    _log: ReadLog

    def _whole(self) -> None:
        self._log.variable(self._path, VALUE, self._raw)

    def _item(self, index: Any) -> Any:
        step = position(index)
        return handed_out(self._raw[index], (*self._path, step), self._log)

    def _items(self, positions: range) -> Iterator[Any]:
        self._log.variable(self._path, SHAPE, self._raw)
        for place in positions:
            yield handed_out(self._raw[place], (*self._path, place), self._log)

    def __getitem__(self, index: Any) -> Any:
        return self._item(index)

    def __iter__(self) -> Iterator[Any]:
        return self._items(range(len(self._raw)))

    def __reversed__(self) -> Iterator[Any]:
        return self._items(range(len(self._raw) - 1, -1, -1))

    def __len__(self) -> int:
        self._log.variable(self._path, SHAPE, self._raw)
        return len(self._raw)

    def __contains__(self, item: Any) -> bool:
        self._whole()
        return item in self._raw

    def __eq__(self, other: object) -> bool:
        self._whole()
        return self._raw == other

    def __ne__(self, other: object) -> bool:
        self._whole()
        return self._raw != other

    def __lt__(self, other: Any) -> bool:
        self._whole()
        return self._raw < other

    def __le__(self, other: Any) -> bool:
        self._whole()
        return self._raw <= other

    def __gt__(self, other: Any) -> bool:
        self._whole()
        return self._raw > other

    def __ge__(self, other: Any) -> bool:
        self._whole()
        return self._raw >= other

    def __add__(self, other: Any) -> Any:
        self._whole()
        return self._raw + other

    def __radd__(self, other: Any) -> Any:
        self._whole()
        return other + self._raw

    def __mul__(self, times: Any) -> Any:
        self._whole()
        return self._raw * times

    __rmul__ = __mul__

    def __repr__(self) -> str:
        self._whole()
        return repr(self._raw)

    def __reduce_ex__(self, protocol: Any) -> Any:
        self._whole()
        return self._raw.__reduce_ex__(protocol)

    def index(self, *arguments: Any) -> int:
        self._whole()
        return self._raw.index(*arguments)

    def count(self, item: Any) -> int:
        self._whole()
        return self._raw.count(item)


class ListView(_Reads, list):
    """A list of the context, as a render sees it."""

    def __init__(self, raw: list, path: Path, log: ReadLog) -> None:
        list.__init__(self, raw)
        self._raw, self._path, self._log = raw, path, log

    __hash__ = None  # type: ignore[assignment]

    def copy(self) -> list:
        self._whole()
        return self._raw.copy()

    def _changed(self) -> None:
        """After a change (by a plugin's code: templates cannot): the real list and the
        view's own items must stay the same."""
        self._whole()
        list.__init__(self, self._raw)

    def __setitem__(self, index: Any, value: Any) -> None:
        self._raw[index] = value
        self._changed()

    def __delitem__(self, index: Any) -> None:
        del self._raw[index]
        self._changed()

    def __iadd__(self, other: Any) -> Self:
        self._raw += other
        self._changed()
        return self

    def __imul__(self, times: Any) -> Self:
        self._raw *= times
        self._changed()
        return self

    def append(self, item: Any) -> None:
        self._raw.append(item)
        self._changed()

    def extend(self, items: Any) -> None:
        self._raw.extend(items)
        self._changed()

    def insert(self, index: Any, item: Any) -> None:
        self._raw.insert(index, item)
        self._changed()

    def remove(self, item: Any) -> None:
        self._raw.remove(item)
        self._changed()

    def pop(self, *index: Any) -> Any:
        item = self._raw.pop(*index)
        self._changed()
        return item

    def clear(self) -> None:
        self._raw.clear()
        self._changed()

    def sort(self, *arguments: Any, **keywords: Any) -> None:
        self._raw.sort(*arguments, **keywords)
        self._changed()

    def reverse(self) -> None:
        self._raw.reverse()
        self._changed()


class TupleView(_Reads, tuple):
    """A tuple of the context, as a render sees it."""

    def __new__(cls, raw: tuple, path: Path, log: ReadLog) -> Self:
        view = super().__new__(cls, raw)
        view._raw, view._path, view._log = raw, path, log
        return view

    def __hash__(self) -> int:
        self._whole()
        return hash(self._raw)

    def __getnewargs__(self) -> tuple:
        self._whole()
        return (tuple(self._raw),)
