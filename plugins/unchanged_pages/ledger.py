"""For each file the writer is asked for: is last build's copy still right? And what was written.

A file is left as it is only when all of these hold:

- the last build wrote it into this output folder, and it is still exactly as written
  then (same size, modification and change times, inode);
- its inputs have the same digest: the build's fingerprint (code, packages, settings),
  every template of its Jinja environment, its template's name and its path (for a feed:
  its entries, title, type and URL);
- every read its last render made gives a value with the same digest when made again
  now: the names of its context it read (and the parts of lists it used), and what it
  read from stories (title, URL, content at this page's relative URL base...).

Anything that cannot be digested makes the file be written, and written again next time.

Many files make the same reads (a story's title is read by its page, its neighbours',
indexes, tag pages and feeds), so each read is worked out once per build (`Replay`), and a
read of a story is made once per build and relative URL base, or once per build when its
value cannot depend on the base (an attribute the story holds itself, or Pelican's own
`url` and `save_as`, which are made from the story's metadata and the settings only).
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from jinja2 import Environment, Template

from .content_index import ContentIndex
from .digests import (
    MISSING,
    SIZE,
    Summariser,
    Unsummarisable,
    digest_of,
    qualified_name,
)
from .fingerprint import build_fingerprint, environment_digest
from .manifest import Entry, FileStamp, Manifest
from .read_log import VALUE, ReadLog
from .read_table import EVERYTHING, ReadTable, kind_of

VOLATILE = ("localsiteurl",)  # the writer changes it in the context before each page
# Pelican's tables of every source read, filled in the order the files were found, which
# varies from build to build; nothing shows them in that order.
LOOKUP_TABLES = ("generated_content", "static_content")
PLAIN_ATTRIBUTE = object()  # the memo key of a read that does not depend on the URL base


class Ledger:
    """The decisions of one build, and the manifest it leaves for the next."""

    def __init__(self, settings: dict, output_path: str, previous: Manifest | None) -> None:
        self.settings = settings
        self.output_path = output_path
        self._prefix = os.path.join(os.path.abspath(output_path), "")
        self.previous = previous or Manifest(output_path, {}, [])
        self.entries: dict[str, Entry] = {}
        self.written: set[str] = set()
        self.skipped: set[str] = set()
        self.problems: Counter[str] = Counter()
        self.seconds = 0.0
        self.context: dict | None = None
        self._index: ContentIndex | None = None
        self._summariser: Summariser | None = None
        self._fingerprint = b""
        self._context_digests: dict[str, bytes | None] = {}
        self._environments: dict[tuple, bytes] = {}
        self._table = ReadTable(self.previous.read_keys)
        self._replayed: dict[tuple[int, Any], bytes] = {}
        self._plans: dict[int, Replay] = {}
        self._url_properties: dict[tuple, bool] = {}
        self._shapes: dict[tuple[type, int], bytes] = {}

    # -- what the writer asks ------------------------------------------------------------

    def page_inputs(self, template: Template, context: dict, path: str) -> bytes | None:
        """The digest of what shapes a page, but its reads; None if it cannot be made."""
        return self._timed(lambda: digest_of(
            "page", self._start(context), self._environment(template.environment),
            template.name or "", path))

    def feed_inputs(self, context: dict, arguments: dict[str, Any]) -> bytes | None:
        """The digest of what shapes a feed (its entries, title, type...), but its reads."""
        return self._timed(lambda: digest_of(
            "feed", self._start(context),
            *(digest_of(key, self._summariser.digest(value))  # type: ignore[union-attr]
              for key, value in sorted(arguments.items()))))

    def unchanged(self, full_path: str, inputs: bytes | None, root: Mapping[str, Any],
                  context: dict) -> bool:
        """Whether the file last written at `full_path` is what a render would give now.

        `root` is what the render would be given (a page's local context); `context` the
        site's, whose relative URL base the writer has just set for this file.
        """
        started = time.perf_counter()
        try:
            name = self.relative(full_path)
            entry = self.previous.entries.get(name)
            if inputs is None or entry is None or entry.inputs != inputs.hex():
                return False
            if entry.stamp is None or FileStamp.of(full_path) != entry.stamp:
                return False
            if self._replay(entry.reads, root, context) != entry.reads_digest:
                return False
            self.entries[name] = entry
            self.skipped.add(name)
            return True
        finally:
            self.seconds += time.perf_counter() - started

    def rendered(self, full_path: str, inputs: bytes | None, log: ReadLog) -> None:
        """Note a file written now, with what its render read. A file written twice in one
        build is never skipped next time."""
        started = time.perf_counter()
        name = self.relative(full_path)
        try:
            if inputs is None or name in self.written:
                raise Unsummarisable("a file written twice, or whose inputs were not digested")
            reads, digest = self._recorded(log)
            self.entries[name] = Entry(inputs.hex(), reads, digest, None)
        except Unsummarisable as why:
            self.problems[str(why)] += 1
            self.entries[name] = Entry(None, (), "", None)
        finally:
            self.written.add(name)
            self.seconds += time.perf_counter() - started

    # -- at the end of the build ---------------------------------------------------------

    def manifest(self) -> Manifest:
        """What this build leaves for the next: files written now get their stamps."""
        stamped = {
            name: Entry(entry.inputs, entry.reads, entry.reads_digest,
                        FileStamp.of(os.path.join(self.output_path, name)))
            if name in self.written else entry
            for name, entry in self.entries.items()
        }
        entries, texts = self._table.compacted(stamped)
        return Manifest(self.output_path, entries, texts)

    def context_unchanged(self) -> bool:
        """Whether the site's context digests now as it did before the first file was
        written: the digests of this build are memoised on that promise."""
        if self.context is None or self._index is None:
            return True
        return self._site_digests(Summariser(self._index.identify)) == self._context_digests

    def relative(self, full_path: str) -> str:
        """A path inside the output as the manifest names it (`os.path.relpath` is slow)."""
        if full_path.startswith(self._prefix):
            return full_path[len(self._prefix):].replace(os.sep, "/")
        return os.path.relpath(full_path, self.output_path).replace(os.sep, "/")

    # -- inside ---------------------------------------------------------------------------

    def _timed(self, make: Callable[[], bytes]) -> bytes | None:
        started = time.perf_counter()
        try:
            return make()
        except Unsummarisable as why:
            self.problems[str(why)] += 1
            return None
        finally:
            self.seconds += time.perf_counter() - started

    def _start(self, context: dict) -> bytes:
        """On the first file: name the build's content, digest what every file shares."""
        if self._summariser is None:
            self.context = context
            self._index = ContentIndex(context)
            self._summariser = Summariser(self._index.identify)
            self._context_digests = self._site_digests(self._summariser)
            self._fingerprint = build_fingerprint(self.settings, self._summariser)
        return self._fingerprint

    def _site_digests(self, summariser: Summariser) -> dict[str, bytes | None]:
        """The digest of each value of the site's context (None: it cannot be digested,
        and a file that reads it is always written)."""
        assert self.context is not None
        summariser.leave_out(self.context, VOLATILE)
        for table in LOOKUP_TABLES:
            summariser.ignore_order(self.context.get(table, {}))
        digests: dict[str, bytes | None] = {}
        for key, value in self.context.items():
            if key not in VOLATILE:
                try:
                    digests[key] = summariser.digest(value)
                except Unsummarisable:
                    digests[key] = None
        return digests

    def _environment(self, environment: Environment) -> bytes:
        """Memoised per environment and loaders (Pelican adds a loader for TEMPLATE_PAGES)."""
        loaders = getattr(environment.loader, "loaders", [])
        memo = (id(environment), id(environment.loader), *map(id, loaders))
        known = self._environments.get(memo)
        if known is None:
            assert self._summariser is not None
            known = self._environments[memo] = environment_digest(environment, self._summariser)
        return known

    def _recorded(self, log: ReadLog) -> tuple[tuple[int, ...], str]:
        """The render's reads as places in the table, and the digest of what they found."""
        assert self._index is not None
        table = self._table
        places: list[int] = []
        combined = hashlib.blake2b(digest_size=SIZE)
        for read in log:
            place = table.place(table.text_of(read, self._index.identify))
            places.append(place)
            kind = read[2] if read[0] == "variable" else "content"
            combined.update(table.token(place) + self._found(kind, read[-1]))
        if log.everything:
            places.append(table.place(EVERYTHING))
            combined.update(table.token(places[-1]) + self._found("everything", log.root))
        return tuple(places), combined.hexdigest()

    def _found(self, kind: str, value: Any) -> bytes:
        """The digest of what a read of this kind found."""
        assert self._summariser is not None
        if kind == "shape":  # a list's kind and length: the same for many pages
            shape = (type(value), len(value))
            known = self._shapes.get(shape)
            if known is None:
                known = self._shapes[shape] = digest_of(qualified_name(shape[0]), str(shape[1]))
            return known
        if kind == "everything":
            return digest_of(*(digest_of(name, self._summariser.digest(item))
                               for name, item in sorted(value.items(), key=lambda pair: pair[0])))
        return self._summariser.digest(value)

    def _replay(self, reads: Iterable[int], root: Mapping[str, Any], context: dict) -> str:
        """Make the last render's reads again on this build's objects; digest the values.

        A read of a story depends only on the story and the relative URL base (or not
        even that, see `url_property` and `holds_itself`), so it is made once per build and base.
        """
        base = context.get("localsiteurl")
        plans, replayed = self._plans, self._replayed
        digest = self._summariser.digest  # type: ignore[union-attr]
        combined = hashlib.blake2b(digest_size=SIZE)
        for place in reads:
            plan = plans.get(place) or self._plan(place)
            if plan.content is None:
                if plan.variable is None:
                    combined.update(plan.token + self._read_again(plan, root))
                    continue
                try:  # the commonest read, made here: one name of the context, all of it
                    found = digest(root.get(plan.variable, MISSING))
                except Exception as error:  # noqa: BLE001 - as in `_read_again`
                    found = digest_of("failed", repr(error))
                combined.update(plan.token + found)
                continue
            memo = (place, PLAIN_ATTRIBUTE if plan.base_free else base)
            known = replayed.get(memo)
            if known is None:
                known = replayed[memo] = plan.token + self._read_again(plan, root)
            combined.update(known)
        return combined.hexdigest()

    def _plan(self, place: int) -> Replay:
        """How to make the read at `place` again in this build (worked out once)."""
        assert self._index is not None
        plan = self._plans[place] = Replay(self._table.token(place), "broken")
        try:
            key = self._table.key(place)
            kind = kind_of(key)
            if kind == "content":
                _, name, (attribute, arguments) = key
                content = self._index.find(name)
                plan.name, plan.attribute, plan.arguments = name, attribute, arguments
                plan.content = MISSING if content is None else content
                plan.base_free = content is not None and (
                    arguments is None and holds_itself(content, attribute)
                    or self._url_property(type(content), attribute, arguments))
            elif kind != "everything":
                plan.path = list(key[2])
                if kind == VALUE and len(plan.path) == 1 and isinstance(plan.path[0], str):
                    plan.variable = plan.path[0]
            plan.kind = kind
        except Exception:  # noqa: BLE001 - a read that cannot be made again: write the file
            plan.kind = "broken"
        return plan

    def _url_property(self, kind: type, attribute: str, arguments: Any) -> bool:
        """`url_property`, memoised for the build (`holds_itself` is not: it depends on
        the object)."""
        memo = (kind, attribute, arguments is None)
        known = self._url_properties.get(memo)
        if known is None:
            known = self._url_properties[memo] = url_property(kind, attribute, arguments)
        return known

    def _read_again(self, plan: Replay, root: Mapping[str, Any]) -> bytes:
        """What the read finds now (a digest that matches nothing, if it fails)."""
        try:
            kind = plan.kind
            if kind == "content":
                value = self._read_content(plan)
            elif kind == "everything":
                value = root
            elif kind == "broken":
                raise ValueError("a read the table cannot name")
            else:
                path = plan.path
                value = root.get(path[0], MISSING) if len(path) == 1 else value_at(root, path)
            return self._found(kind, value)
        except Exception as error:  # noqa: BLE001 - any failure means: write the file
            return digest_of("failed", repr(error))

    def _read_content(self, plan: Replay) -> Any:
        content = plan.content
        if content is MISSING:
            raise LookupError(f"{plan.name} is gone")
        if plan.arguments is None:
            return getattr(content, plan.attribute, MISSING)
        positional, keywords = plan.arguments
        return getattr(content, plan.attribute)(*positional, **keywords)


class Replay:
    """How to make one recorded read again in this build: its token, its kind, and what
    it reads (a story's attribute, or a path in the render's context)."""

    __slots__ = ("arguments", "attribute", "base_free", "content", "kind", "name", "path",
                 "token", "variable")

    def __init__(self, token: bytes, kind: str) -> None:
        self.token = token
        self.kind = kind
        self.content: Any = None  # the story, MISSING if it is gone; None: not a story's read
        self.name = ""
        self.attribute = ""
        self.arguments: Any = None
        self.path: list = []
        self.variable: str | None = None  # a read of all the value under one name
        self.base_free = False  # the value does not depend on the relative URL base


# Pelican's properties that make a story's URLs from its metadata and the settings, never
# from the context (where the relative URL base is): the same on every page of a build.
URL_PROPERTIES = ("url", "save_as")
URL_HELPERS = ("get_url_setting", "_expand_settings", "url_format", "get_relative_source_path")


def url_property(kind: type, attribute: str, arguments: Any) -> bool:
    """Whether `attribute` is one of Pelican's own URL properties, not replaced by a
    subclass or a plugin (nor the helpers they call)."""
    return (arguments is None and attribute in URL_PROPERTIES
            and all(pelicans_own(kind, name) for name in (attribute, *URL_HELPERS))
            and not hasattr(kind, f"override_{attribute}"))  # a value or code of the class


def pelicans_own(kind: type, name: str) -> bool:
    """Whether `kind.name` is a function or property written in `pelican.contents`."""
    found = getattr(kind, name, None)
    function = found.fget if isinstance(found, property) else found
    function = getattr(function, "func", function)  # a partial
    return getattr(function, "__module__", None) == "pelican.contents"


def holds_itself(content: Any, attribute: str) -> bool:
    """Whether `attribute` is a plain value in the object's own `__dict__`, not hidden by
    a property or another descriptor of its class."""
    descriptor = getattr(type(content), attribute, None)
    return attribute in vars(content) and not hasattr(descriptor, "__get__")


def value_at(root: Mapping[str, Any], path: list) -> Any:
    """What a path (a name, then positions) finds in a render's context now."""
    value = root.get(path[0], MISSING)
    for step in path[1:]:
        value = value[slice(*step[1:])] if isinstance(step, list) else value[step]
    return value
