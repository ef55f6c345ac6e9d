"""What Markdown and typogrify made of a text, kept between builds in the cache folder.

`invoke build` reads every story again (Pelican's content cache is off there), and Markdown,
typogrify and the sanitiser (nh3) are most of the cost of reading one. All three are pure: the
same text, under the same settings, library versions and code of this package, always gives
the same HTML. So each result is filed under a digest of its step, those settings, versions and
code, and the text: a changed story, setting or allow-list is converted again, and nothing
needs clearing by hand. The results sit in one JSON
file under CACHE_PATH, holding only what the last build used. With Pelican's content cache on
(the preview), Pelican keeps whole stories and reads only those that changed: nothing is kept.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from functools import lru_cache
from importlib import metadata
from pathlib import Path

logger = logging.getLogger("pelican.plugins.typography")  # shown by `pelican -v`

FILE = "typography.json"
# This package's code: an edit to the reader, typogrify's settings or the sanitiser's
# allow-list (safe_html.py) converts every text again.
CODE = tuple(sorted(Path(__file__).resolve().parent.glob("*.py")))
# The settings that shape a conversion: Markdown's, and Pelican's typogrify settings.
SETTINGS = ("MARKDOWN", "TYPOGRIFY_IGNORE_TAGS", "TYPOGRIFY_OMIT_FILTERS", "TYPOGRIFY_DASHES")
LIBRARIES = ("markdown", "typogrify", "smartypants", "pygments", "nh3")


@lru_cache(maxsize=1)
def versions() -> tuple[str, ...]:
    """The libraries' releases (looked up once: each look-up reads the installed packages)."""
    found = []
    for name in LIBRARIES:
        try:
            found.append(metadata.version(name))
        except metadata.PackageNotFoundError:
            found.append("none")
    return tuple(found)


@lru_cache(maxsize=1)
def code() -> str:
    """A digest of this package's code (read once per process)."""
    digest = hashlib.sha256()
    for path in CODE:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def rules(settings: dict) -> str:
    """What, beside the text, decides a conversion's result."""
    shaping = [repr(settings.get(name)) for name in SETTINGS]
    return json.dumps([code(), versions(), shaping])


class Remembered:
    """Conversions of this build and the last, by the digest of their step, rules and text."""

    def __init__(self, folder: str | os.PathLike | None, settings: dict) -> None:
        self.path = Path(folder) / FILE if folder else None
        self.salt = rules(settings).encode("utf-8")
        self.last = self.read()
        self.used: dict[str, str] = {}
        self.converted = 0

    def read(self) -> dict[str, str]:
        if not self.path or not self.path.is_file():
            return {}
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as problem:
            logger.info("typography: %s cannot be read (%s): every text is converted again",
                        self.path, problem)
            return {}
        return saved if isinstance(saved, dict) else {}

    def learn(self, conversions: dict[str, str]) -> None:
        """Take `conversions` (a worker's, by their keys here) as if the last build made them."""
        self.last.update(conversions)

    def get(self, step: str, text: str, convert: Callable[[str], str]) -> str:
        """`convert(text)`, or what it gave for the same step, rules and text before."""
        key = hashlib.sha256(b"\0".join((step.encode(), self.salt, text.encode("utf-8",
                                         "surrogatepass")))).hexdigest()
        result = self.used.get(key)
        if result is None:
            result = self.last.get(key)
            if not isinstance(result, str):
                result = convert(text)
                self.converted += 1
            self.used[key] = result
        return result

    def save(self) -> None:
        """Keep this build's conversions for the next (written whole, or not at all); then
        remember only those, as the next build in this process starts from them."""
        if self.path and self.used != self.last:
            partial = self.path.with_name(f".{FILE}.{os.getpid()}.part")
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                partial.write_text(json.dumps(self.used, ensure_ascii=False), encoding="utf-8")
                os.replace(partial, self.path)
            except OSError as problem:
                logger.warning("typography: could not keep converted texts in %s (%s): the "
                               "next build converts them again", self.path, problem)
        logger.info("typography: %d texts converted, %d from the cache %s", self.converted,
                    len(self.used) - self.converted, self.path or "(not kept)")
        self.last, self.used, self.converted = self.used, {}, 0


_current: Remembered | None = None  # this process's, kept between builds (`invoke serve`)


def for_build(settings: dict) -> Remembered:
    """The conversions kept under this build's CACHE_PATH and rules."""
    global _current
    content_cache = settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE")
    folder = None if content_cache else settings.get("CACHE_PATH")
    path = Path(folder) / FILE if folder else None
    if _current is None or _current.path != path or _current.salt != rules(settings).encode():
        _current = Remembered(folder, settings)
    return _current


def finish(_pelican: object) -> None:
    """Receiver of `finalized`: keep what this build converted."""
    if _current is not None:
        _current.save()
