"""What a render reads from stories, pages and static files: noted attribute by attribute.

A page's template, and every Python function it calls (share tags, filters, Pelican's feed
code), reaches stories through their attributes. During a render, attribute lookup on
Pelican's `Content` class is replaced by one that notes each read and the value found.

Two rules keep the record complete and short:

- a read made while another read is being answered (the properties `content` and
  `summary` look at `_content`, the context, other stories' URLs) is not noted: the outer
  value already holds its result;
- a method of the story (`get_content(siteurl)`, which Pelican memoises, so that a second
  call reads nothing) is noted as a call, with its arguments and its result, when called.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pelican.contents import Content

from .digests import MISSING

if TYPE_CHECKING:
    from .read_log import ReadLog

_log: ReadLog | None = None


@contextmanager
def noting(log: ReadLog, base: type = Content) -> Iterator[None]:
    """Note reads on instances of `base` (and its subclasses) in `log` for the block."""
    global _log
    if "__getattribute__" in vars(base):
        raise RuntimeError(f"attribute lookup on {base.__name__} is already replaced")
    _log = log
    base.__getattribute__ = _noting_getattribute  # type: ignore[method-assign]
    try:
        yield
    finally:
        del base.__getattribute__
        _log = None


def _noting_getattribute(self: Any, name: str) -> Any:
    log = _log
    if log is None or log.depth:
        return object.__getattribute__(self, name)
    log.depth += 1
    try:
        value = object.__getattribute__(self, name)
    except AttributeError:
        log.content(self, name, None, MISSING)
        raise
    finally:
        log.depth -= 1
    if is_own_method(value, self):
        return _noting_calls(log, self, name, value)
    log.content(self, name, None, value)
    return value


def is_own_method(value: Any, owner: Any) -> bool:
    """A method bound to `owner`, or one of Pelican's memoised methods (a partial)."""
    if isinstance(value, types.MethodType):
        return value.__self__ is owner
    return isinstance(value, functools.partial) and bool(value.args) and value.args[0] is owner


def _noting_calls(log: ReadLog, content: Any, name: str,
                  method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*arguments: Any, **keywords: Any) -> Any:
        if _log is not log or log.depth:
            return method(*arguments, **keywords)
        log.depth += 1
        try:
            result = method(*arguments, **keywords)
        finally:
            log.depth -= 1
        log.content(content, name, (arguments, tuple(sorted(keywords.items()))), result)
        return result

    return call
