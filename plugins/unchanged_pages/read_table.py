"""Every read of every file, each kept once as JSON text, in one table the manifest holds.

A read is one of:

- ["c", content name, [attribute, arguments]]: a story's attribute (arguments null), or a
  call of its method (arguments [positional, keywords]);
- ["v", "value" or "shape", path]: a name of the render's context, and positions in the
  lists under it (a slice as ["slice", start, stop, step]): all of the value, or its length;
- ["*"]: the whole context.

A file names its reads by their places in the table (a story's title is read by many
pages). Each build's table starts as the last build's, so a file left as it is keeps its
places; `compacted` drops the reads no file makes any more.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import (
    encode_basestring_ascii as quoted,  # as json.dumps quotes a text
)
from typing import Any

from .digests import Unsummarisable
from .manifest import Entry

EVERYTHING = json.dumps(["*"])
PLAIN = (str, int, float, bool, type(None))  # arguments a call can be made again with


class ReadTable:
    """The table, its places by text, and each place's token and parsed form."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = list(texts)
        self._given = tuple(texts)  # the last build's table, parsed on first use
        self._loaded: list | None = None
        self._places = {text: place for place, text in enumerate(self.texts)}
        self._tokens: dict[int, bytes] = {}
        self._keys: dict[int, list] = {}
        self._texts_of: dict[tuple, str] = {}  # a read of this build -> its text

    def place(self, text: str) -> int:
        place = self._places.get(text)
        if place is None:
            place = self._places[text] = len(self.texts)
            self.texts.append(text)
        return place

    def token(self, place: int) -> bytes:
        """The read's text, length first, which goes before the digest of what it found
        (a digest has a fixed length, so no two lists of reads give the same bytes)."""
        token = self._tokens.get(place)
        if token is None:
            text = self.texts[place].encode("utf-8", "surrogatepass")
            token = self._tokens[place] = len(text).to_bytes(8, "little") + text
        return token

    def key(self, place: int) -> list:
        """The read at `place`, parsed (the last build's table all at once: it is faster)."""
        if self._loaded is None:
            self._loaded = parsed_together(self._given)
        if place < len(self._loaded):
            return self._loaded[place]
        key = self._keys.get(place)
        if key is None:
            key = self._keys[place] = json.loads(self.texts[place])
        return key

    def text_of(self, read: tuple, identify: Callable[[Any], str | None]) -> str:
        """The text of a read noted by `ReadLog` (made once per story and attribute, or path)."""
        if read[0] == "content":
            _, content, attribute, arguments, _value = read
            memo: tuple = (id(content), attribute, repr(arguments))
        else:
            _, path, how, _value = read
            memo = (path, how)
        text = self._texts_of.get(memo)
        if text is None:
            if read[0] != "content":
                text = json.dumps(["v", how, plain_path(path)])
            elif arguments is None and type(attribute) is str:
                # What json.dumps gives for ["c", name, [attribute, null]], made faster.
                name = identify(content)
                text = f'["c", {quoted(name)}, [{quoted(attribute)}, null]]' if type(
                    name) is str else json.dumps(["c", name, [attribute, None]])
            else:
                text = json.dumps(["c", identify(content), [attribute, plain_arguments(arguments)]])
            self._texts_of[memo] = text
        return text

    def compacted(self, entries: dict[str, Entry]) -> tuple[dict[str, Entry], list[str]]:
        """The entries and the table with only the reads some file makes, renumbered."""
        used_set: set[int] = set()
        for entry in entries.values():
            used_set.update(entry.reads)
        if len(used_set) == len(self.texts):  # every read is still made: nothing moves
            return entries, list(self.texts)
        used = sorted(used_set)
        moved = {old: new for new, old in enumerate(used)}
        renumbered = {name: Entry(entry.inputs, tuple(moved[place] for place in entry.reads),
                                  entry.reads_digest, entry.stamp)
                      for name, entry in entries.items()}
        return renumbered, [self.texts[place] for place in used]


def parsed_together(texts: tuple[str, ...]) -> list:
    """Each text parsed, with one call of the parser; [] if they are not one value each
    (the table's texts are then parsed one by one, and a broken one fails on its own)."""
    try:
        parsed = json.loads(f"[{','.join(texts)}]")
    except ValueError:
        return []
    return parsed if len(parsed) == len(texts) else []


def kind_of(key: list) -> str:
    """"content", "value", "shape" or "everything"."""
    if key[0] == "c":
        return "content"
    return key[1] if key[0] == "v" else "everything"


def plain_path(path: tuple) -> list:
    """A path as JSON keeps it (a slice as ["slice", start, stop, step])."""
    name, *steps = path
    if not isinstance(name, str):
        raise Unsummarisable("a read of the context under a name that is not text")
    plain: list = [name]
    for step in steps:
        if isinstance(step, tuple) and all(part is None or type(part) is int for part in step[1:]):
            plain.append(list(step))
        elif type(step) is int:
            plain.append(step)
        else:
            raise Unsummarisable("a read of a list at a position that is not a number")
    return plain


def plain_arguments(arguments: Any) -> Any:
    """A method call's arguments as JSON can keep them, so the call can be made again."""
    if arguments is None:
        return None
    positional, keywords = arguments
    values = [*positional, *(value for _, value in keywords)]
    if not all(type(value) in PLAIN for value in values):
        raise Unsummarisable("a call of a story's method with arguments other than text or numbers")
    return [list(positional), dict(keywords)]
