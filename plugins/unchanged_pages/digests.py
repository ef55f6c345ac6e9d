"""Canonical digests of values: equal in two builds exactly when the values are equal.

A page is skipped only when everything that shapes it has the same digest as last time,
so a digest must never depend on where an object happens to sit in memory or on Python's
per-process hash seed, and must cover all of a value's state. Whatever cannot be
summarised that way raises `Unsummarisable`, and the page that shows it is rendered.

Content objects (stories, pages, static files) are digested by reference only, as their
kind and source path (see `content_index.py`): what a page reads from them is recorded
while it renders (see `reads.py`) and compared on its own.
"""

from __future__ import annotations

import datetime
import decimal
import enum
import fractions
import functools
import hashlib
import pathlib
import re
import types
import uuid
import zoneinfo
from collections.abc import Callable, Iterable
from typing import Any

from pelican.urlwrappers import URLWrapper

SIZE = 16  # bytes of BLAKE2b: collisions are out of reach for a site's few thousand files
STR = "builtins.str"  # how a text's digest starts, as for any value: its kind's name
ATOMS = (type(None), bool, int, float, complex)
BY_REPR = (datetime.timedelta, decimal.Decimal, fractions.Fraction, uuid.UUID, pathlib.PurePath)
FUNCTIONS = (types.FunctionType, types.LambdaType)
BUILTINS = (types.BuiltinFunctionType, types.BuiltinMethodType, types.WrapperDescriptorType,
            types.MethodDescriptorType, types.MethodWrapperType, types.ClassMethodDescriptorType)


class Unsummarisable(Exception):
    """A value whose whole state cannot be digested the same way in every build."""


class Missing:
    """What a read found when the attribute does not exist (`getattr` raised)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = Missing()


def digest_of(*parts: bytes | str) -> bytes:
    """One digest of several parts, each length-prefixed so that no two lists collide."""
    chunks = []
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        chunks += (len(data).to_bytes(8, "little"), data)
    return hashlib.blake2b(b"".join(chunks), digest_size=SIZE).digest()


def qualified_name(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


class Summariser:
    """Digests of values for one build; each object is digested once (see `digest`).

    `identify(value)` names a content object ("pelican.contents.Article:case-studies/x.md"), returns None for
    anything else, and raises `Unsummarisable` for a content object it cannot name.
    `volatile` maps the id of a dict (the site's context) to keys left out of its digest
    because they change from page to page (`localsiteurl`); whoever digests a page adds
    their current values itself. Dicts in `unordered` are digested whatever their order.
    """

    def __init__(self, identify: Callable[[Any], str | None]) -> None:
        self.identify = identify
        self.volatile: dict[int, frozenset[str]] = {}
        self.unordered: set[int] = set()
        # id -> (object, digest); holding the object keeps its id from being reused.
        self._memo: dict[int, tuple[Any, bytes]] = {}
        self._open: set[int] = set()
        self._texts: dict[str, bytes] = {}  # each distinct text's digest
        self._by_kind: dict[type, Callable[[Any], bytes]] = {}

    def leave_out(self, mapping: dict, keys: Iterable[str]) -> None:
        """Digest `mapping` without `keys` from now on (it must not be digested yet)."""
        self.volatile[id(mapping)] = frozenset(keys)

    def ignore_order(self, mapping: dict) -> None:
        """Digest `mapping` whatever the order of its keys (it must not be digested yet):
        for a lookup table filled in an order that varies from build to build."""
        self.unordered.add(id(mapping))

    def digest(self, value: Any) -> bytes:
        """The digest of `value`, memoised for this build: a text by its value (each
        distinct text is digested once), anything else by identity.

        The memo by identity assumes what was digested does not change during the build's writing
        phase, which is when pages are digested; `plugin.py` checks the site's context
        again at the end of the build.
        """
        if type(value) is str:  # by value: URLs and texts are made anew on each read
            text = self._texts.get(value)
            if text is None:
                text = self._texts[value] = digest_of(STR, value)
            return text
        known = self._memo.get(id(value))
        if known is not None:
            return known[1]
        if id(value) in self._open:
            raise Unsummarisable(f"a {qualified_name(type(value))} that contains itself")
        self._open.add(id(value))
        try:
            result = self._compose(value)
        finally:
            self._open.discard(id(value))
        self._memo[id(value)] = (value, result)
        return result

    def digests(self, values: Iterable[Any]) -> list[bytes]:
        return [self.digest(value) for value in values]

    def _compose(self, value: Any) -> bytes:
        kind = type(value)
        how = self._by_kind.get(kind)
        if how is None:
            how = self._by_kind[kind] = self._how(kind)
        return how(value)

    def _how(self, kind: type) -> Callable[[Any], bytes]:
        """How to digest values of `kind` (chosen once per kind: this is the hot path)."""
        name = qualified_name(kind)
        if kind in ATOMS:
            return lambda value: digest_of("atom", kind.__name__, repr(value))
        for kinds, compose in self._composers:
            if issubclass(kind, kinds):
                if kind.__dictoffset__ == 0 and not own_slots(kind):  # nothing else to hold
                    return lambda value: digest_of(name, *compose(value))
                return lambda value: digest_of(name, *compose(value), *self._added_state(value))
        if issubclass(kind, URLWrapper):
            return lambda value: digest_of(name, *self._url_wrapper(value))
        return lambda value: self._other(name, value)

    def _other(self, name: str, value: Any) -> bytes:
        reference = self.identify(value)
        if reference is not None:
            return digest_of("content", reference)
        return digest_of(name, *self._object_state(value))

    @functools.cached_property
    def _composers(self) -> tuple[tuple[Any, Callable[[Any], list[bytes | str]]], ...]:
        """How each kind of value is digested, most specific first."""
        return (
            ((Missing,), lambda _missing: []),
            ((str,), lambda text: [text]),
            ((bytes, bytearray), lambda data: [bytes(data)]),
            ((dict,), self._mapping),
            ((list, tuple), self.digests),
            ((set, frozenset), lambda items: sorted(self.digests(items))),
            ((datetime.datetime, datetime.time), self._moment),
            ((datetime.date,), lambda day: [day.isoformat()]),
            (BY_REPR, lambda plain: [repr(plain)]),
            ((enum.Enum,), lambda member: [member.name]),
            ((datetime.tzinfo,), self._zone),
            ((re.Pattern,), lambda pattern: [self.digest(pattern.pattern), str(pattern.flags)]),
            ((type,), lambda kind: [qualified_name(kind)]),
            (FUNCTIONS, self._function),
            ((types.MethodType,), lambda method: self.digests([method.__func__, method.__self__])),
            (BUILTINS, self._builtin),
            ((functools.partial,), self._partial),
            ((staticmethod, classmethod), lambda wrapped: [self.digest(wrapped.__func__)]),
            ((types.CodeType,), self._code),
            ((types.ModuleType,), self._refuse),
        )

    def _added_state(self, value: Any) -> list[bytes]:
        """Attributes set on an instance of a built-in kind: a function's (Jinja's
        `jinja_pass_arg`), or those of a subclass of str, dict or tuple (its slots too)."""
        state = getattr(value, "__dict__", None)
        parts = self._mapping(state) if isinstance(state, dict) and state else []
        return parts + [digest_of(slot, self.digest(getattr(value, slot, MISSING)))
                        for slot in own_slots(type(value))]

    def _mapping(self, mapping: dict) -> list[bytes]:
        left_out = self.volatile.get(id(mapping), frozenset())
        pairs = [digest_of(self.digest(key), self.digest(item))
                 for key, item in mapping.items() if key not in left_out]
        if id(mapping) in self.unordered:
            pairs.sort()
        factory = getattr(mapping, "default_factory", None)
        return [digest_of(*pairs), self.digest(factory)]

    def _moment(self, moment: datetime.datetime | datetime.time) -> list[bytes | str]:
        return [moment.isoformat(), str(moment.fold), *self._zone_of(moment.tzinfo)]

    def _zone_of(self, zone: datetime.tzinfo | None) -> list[bytes | str]:
        return [] if zone is None else [self.digest(zone)]

    def _zone(self, zone: datetime.tzinfo) -> list[str]:
        if isinstance(zone, zoneinfo.ZoneInfo) and zone.key:
            return [zone.key]
        if isinstance(zone, datetime.timezone):
            return [repr(zone)]
        raise Unsummarisable(f"the time zone {zone!r}")

    def _function(self, function: types.FunctionType) -> list[bytes | str]:
        cells = []
        for cell in function.__closure__ or ():
            try:
                cells.append(self.digest(cell.cell_contents))
            except ValueError:  # a cell not filled yet
                cells.append(b"empty")
        return [function.__module__ or "", function.__qualname__, self.digest(function.__code__),
                self.digest(function.__defaults__), self.digest(function.__kwdefaults__), *cells]

    def _code(self, code: types.CodeType) -> list[bytes | str]:
        """Bytecode, constants and names: not `marshal`, whose output varies with refcounts."""
        return [code.co_code, self.digest(code.co_consts), repr(code.co_names),
                repr(code.co_varnames), repr(code.co_freevars), repr(code.co_cellvars),
                str(code.co_flags), str(code.co_argcount), str(code.co_kwonlyargcount)]

    def _builtin(self, builtin: Any) -> list[bytes | str]:
        owner = getattr(builtin, "__self__", None)
        bound = owner is not None and not isinstance(owner, types.ModuleType)
        return [getattr(builtin, "__module__", None) or "", builtin.__qualname__,
                self.digest(owner) if bound else b""]

    def _partial(self, partial: functools.partial) -> list[bytes]:
        return self.digests([partial.func, partial.args, partial.keywords])

    def _refuse(self, value: Any) -> list[bytes]:
        raise Unsummarisable(f"a {qualified_name(type(value))}")

    def _url_wrapper(self, wrapper: URLWrapper) -> list[bytes | str]:
        """Name, settings, and the slug if it was set rather than made from the name (a
        made one is the same for the same name and settings): `as_dict()` adds keys to
        `__dict__` as URLs are made, so a tag's raw attributes are not stable."""
        from_name = wrapper._slug_from_name
        return [wrapper.name or "", str(from_name), "" if from_name else str(wrapper._slug),
                self.digest(wrapper.settings)]

    def _object_state(self, value: Any) -> list[bytes]:
        """Every attribute of a plain object (a dataclass, a settings helper), in order.

        An object with state Python cannot see (made by C code: a file, a lock, an
        iterator, even when it also has a `__dict__`) is refused.
        """
        state = getattr(value, "__dict__", None)
        names = slot_names(type(value))
        if not plain_python_class(type(value), names) or (state is None and not names):
            raise Unsummarisable(f"a {qualified_name(type(value))}, whose state is not visible")
        slots = [(slot, getattr(value, slot, MISSING)) for slot in own_slots(type(value))]
        parts = self._mapping(state) if isinstance(state, dict) else []
        return [*parts, *(digest_of(slot, self.digest(item)) for slot, item in slots)]


@functools.cache
def slot_names(kind: type) -> list[str]:
    """Every name in the `__slots__` of `kind` and its bases."""
    names: list[str] = []
    for cls in kind.__mro__:
        declared = cls.__dict__.get("__slots__", ())
        names += [declared] if isinstance(declared, str) else list(declared)
    return names


@functools.cache
def own_slots(kind: type) -> list[str]:
    """The slots that hold values (not `__dict__` or `__weakref__`)."""
    return [name for name in slot_names(kind) if name not in ("__dict__", "__weakref__")]


def plain_python_class(kind: type, slots: list[str]) -> bool:
    """Whether instances hold nothing but their `__dict__` and slots: a class written in
    Python is no larger than `object` plus a pointer for each slot, the dict and weak
    references. A C type (or a Python subclass of one) is larger."""
    return kind.__basicsize__ <= object.__basicsize__ + 8 * (len(slots) + 2)
