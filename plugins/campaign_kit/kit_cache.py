"""The kit's cache: a build composes again only the posts that changed, and writes the kit's
files again only when they would change.

A post depends on its story (headline, summary, address, kind, department, own text, file),
its network, the hashtag and the tagged link, and on the rules that count it (VERSION, the
twitter-text and regex releases, Python's Unicode data). Each post is filed under a hash of
all of these, so a changed story, a new hashtag or a new library composes again and nothing
needs clearing by hand. The kit's files are written again unless the last build wrote the
same content (`kit_files.fingerprint`) to the same folder and every file is still as it was
written: a file opened and saved in Excel, or deleted, is written again.

Everything is one JSON file beside Pelican's own cache (CAMPAIGN_KIT['cache'], under
CACHE_PATH), holding only what the last build used.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import regex

from .kit_files import FILES, FOLDERS, write_file
from .networks import Network
from .posts import Post, Story, compose, measure

# What a post is composed from: its story, network, hashtag and tagged link.
Recipe = tuple[Story, Network, str, str]
# A post not composed here (a fixed slot's, a live post's): its network, text and link.
Measurement = tuple[Network, str, str]
VERSION = 1  # change it when composing or counting changes: every post is composed again
FILE = "kit.json"
STORY_FIELDS = tuple(field.name for field in dataclasses.fields(Story))
logger = logging.getLogger("pelican.plugins.campaign_kit")


def rules() -> str:
    """What else decides a post's text and length: the counting code and its libraries."""
    try:
        twitter_text = metadata.version("twitter-text-parser")
    except metadata.PackageNotFoundError:
        twitter_text = "unknown"
    return f"{VERSION}/{twitter_text}/{regex.__version__}/{unicodedata.unidata_version}"


# Every post of a big site, kept while `invoke serve` rebuilds: a key is asked for twice a
# build (what the cache lacks, then each post), and again in the next build.
@lru_cache(maxsize=1 << 17)
def post_key(story: Story, network: Network, hashtag: str, link: str) -> str:
    """The name a post is filed under: a digest of everything it is composed from."""
    recipe = [[getattr(story, name) for name in STORY_FIELDS], network.slug, network.limit,
              hashtag, link]
    encoded = json.dumps(recipe, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()[:32]


def measure_key(network: Network, text: str, link: str) -> str:
    """The name a fixed or live post's length is filed under."""
    encoded = json.dumps(["measured", network.slug, network.limit, text, link],
                         ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()[:32]


def recalled(story: Story, network: Network, link: str, entry: list | None) -> Post | None:
    """The post an entry holds; None for no entry, or one from a hand-edited or broken file."""
    if not entry:
        return None
    try:
        text, length, own_text, note, counted = entry
        return Post(story, network, text, link, length, own_text, note, counted)
    except (TypeError, ValueError):
        return None


def entry_of(post: Post) -> list:
    return [post.text, post.length, post.own_text, post.note, post.link_counted_as]


def composed_entries(recipes: list[Recipe],
                     measurements: Iterable[Measurement] = ()) -> list[tuple[str, list]]:
    """In a worker process: each recipe's key and its post's entry, then each measurement's
    key and its length and link count."""
    return ([(post_key(*recipe), entry_of(compose(*recipe))) for recipe in recipes] +
            [(measure_key(*measured), list(measure(*measured))) for measured in measurements])


def file_digest(path: Path) -> str | None:
    """SHA-256 of a file's bytes; None when it is not there."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def kit_files_in(folder: Path) -> list[str]:
    """The files in the kit's own subfolders (people/, images/), as paths in the kit."""
    return [path.relative_to(folder).as_posix() for name in FOLDERS
            for path in (folder / name).rglob("*") if path.is_file()]


class KitCache:
    """Composes posts, or takes them from the last build; remembers the files it wrote."""

    def __init__(self, folder: str | os.PathLike | None) -> None:
        self.path = Path(folder) / FILE if folder else None
        self.rules = rules()
        saved = self.read()
        posts, files = saved.get("posts"), saved.get("files")
        self.remembered: dict[str, list] = posts if isinstance(posts, dict) else {}
        self.last_files: dict = files if isinstance(files, dict) else {}
        self.used: dict[str, list] = {}
        self.order: list[str] = []  # the key of each post asked for, in order
        self.files = self.last_files
        self.composed = 0
        self.ahead: dict[str, list] = {}  # entries composed by worker processes this build

    def read(self) -> dict:
        if not self.path or not self.path.is_file():
            return {}
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as problem:
            logger.info("campaign_kit: the kit's cache %s cannot be read (%s): every post is "
                        "composed again", self.path, problem)
            return {}
        return saved if isinstance(saved, dict) and saved.get("rules") == self.rules else {}

    def post(self, story: Story, network: Network, hashtag: str, link: str) -> Post:
        """The post for `story` on `network`, as `posts.compose` makes it."""
        key = post_key(story, network, hashtag, link)
        self.order.append(key)
        post = recalled(story, network, link, self.remembered.get(key) or self.used.get(key))
        if post is None:
            post = recalled(story, network, link, self.ahead.pop(key, None))
            post = post or compose(story, network, hashtag, link)
            self.composed += 1
        self.used[key] = entry_of(post)
        return post

    def measured(self, network: Network, text: str, link: str) -> tuple[int, int]:
        """The length of a post not composed here (a fixed slot's, a live post's) and what its
        link counts, as `posts.measure` works them out: counting a link needs twitter-text,
        which takes longer to load than the rest of the kit takes to make."""
        key = measure_key(network, text, link)
        entry = self.remembered.get(key) or self.used.get(key) or self.ahead.get(key)
        if not (isinstance(entry, list) and len(entry) == 2
                and all(isinstance(number, int) for number in entry)):
            entry = list(measure(network, text, link))
        self.used[key] = entry
        return entry[0], entry[1]

    def missing(self, recipes: Iterable[Recipe]) -> list[Recipe]:
        """The recipes of posts this cache does not hold."""
        return [recipe for recipe in recipes
                if post_key(*recipe) not in self.remembered]

    def unmeasured(self, measurements: Iterable[Measurement]) -> list[Measurement]:
        """The posts not composed here whose lengths this cache does not hold."""
        return [measured for measured in measurements
                if measure_key(*measured) not in self.remembered]

    def files_current(self, folder: str | os.PathLike, fingerprint: str) -> bool:
        """True when the last build wrote a kit of this fingerprint into `folder`, and its
        files are all there, unchanged, with no other kit file beside them. (A cache kept
        under other counting rules was dropped whole when read, files and all.)"""
        last = self.last_files
        if last.get("folder") != str(folder) or last.get("fingerprint") != fingerprint:
            return False
        digests = last.get("digests")
        if not isinstance(digests, dict):
            return False
        names = {*FILES, *digests, *kit_files_in(Path(folder))}
        return all(file_digest(Path(folder) / name) == digests.get(name) for name in names)

    def wrote(self, folder: str | os.PathLike, fingerprint: str, paths: Iterable[Path]) -> None:
        """Remember the files the kit was just written to."""
        self.files = {"folder": str(folder), "fingerprint": fingerprint,
                      "digests": {path.relative_to(folder).as_posix(): file_digest(path)
                                  for path in paths}}

    def save(self) -> None:
        """Keep this build's posts and files for the next (written whole, or not at all)."""
        if not self.path or (self.used == self.remembered and self.files == self.last_files):
            return
        text = json.dumps({"rules": self.rules, "posts": self.used, "files": self.files},
                          ensure_ascii=False, separators=(",", ":"))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_file(self.path.parent, FILE, text)
        except OSError as problem:
            logger.warning("campaign_kit: could not keep the kit's cache in %s (%s): the next "
                           "build composes every post again", self.path, problem)
