"""The rule, in the way Sphinx decides what to write again: coarse, and visible in the log.

A rebuild in the same process (`invoke serve`, `pelican --autoreload`) compares the site
with the one the last build wrote:

- when templates, settings, the output folder, any file of the content folder that is not a
  story (images, the allow-list), or what any story shows of itself to other pages (its
  header fields, URL, summary), or the set of stories changed: every page is written;
- otherwise: the pages, lists and feeds that carry a story whose bytes changed are written,
  and the other story pages, list pages and feeds are left as they are. A list shows of its
  stories only what they show of themselves (unchanged), and of a story given to it by itself
  (a department's profile) its text too; so a list is written again when it holds a changed
  story. Pelican gives tag and category pages every story (`all_articles`), which no
  template of ours shows, so it is left out.

It writes too much rather than leave a stale page: anything it cannot compare counts as
changed. Code and packages cannot change inside one process, and the first build of a
process writes everything.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Snapshot:
    """What a build's story pages depend on, from the site as read."""

    everything: str  # digest of templates, settings, output folder, other content, story shapes
    stories: dict[str, str] = field(default_factory=dict)  # source path: digest of its bytes


def digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()


def file_digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def tree_state(folder: str, leave_out: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Every file under `folder` (but those left out) with its modification time and size."""
    state = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if path in leave_out:
                continue
            try:
                stat = os.stat(path)
            except OSError:
                continue
            state.append((path, stat.st_mtime_ns, stat.st_size))
    return state


def shape(story: object) -> tuple:
    """What other pages may show of a story or page: its header fields, URL and summary."""
    metadata = getattr(story, "metadata", {})
    fields = sorted((key, str(value)) for key, value in metadata.items())
    return (getattr(story, "source_path", None), getattr(story, "save_as", None),
            getattr(story, "url", None), str(getattr(story, "summary", "")), fields)


def snapshot(settings: dict, contents: list, stories: list, templates: list[str]) -> Snapshot:
    """The site as this build read it. `contents` is every article and page of any status;
    `stories` those of them whose pages the rule may leave as they are."""
    sources = frozenset(os.path.abspath(item.source_path) for item in contents)
    everything = digest(
        sorted((key, repr(value)) for key, value in settings.items()),
        [tree_state(folder) for folder in templates],
        tree_state(os.path.abspath(settings["PATH"]), sources),
        sorted((shape(item) for item in contents), key=repr),
    )
    return Snapshot(everything, {item.source_path: file_digest(item.source_path)
                                 for item in stories})


def unchanged_stories(previous: Snapshot | None, now: Snapshot) -> frozenset[str]:
    """Source paths of the stories whose pages need not be written again."""
    if previous is None or previous.everything != now.everything:
        return frozenset()
    return frozenset(path for path, bytes_digest in now.stories.items()
                     if previous.stories.get(path) == bytes_digest)


def shown_stories(context: dict) -> list:
    """The stories and pages a page's template is given, by themselves or in lists (but
    `all_articles`: see the module's docstring)."""
    shown = []
    for key, value in context.items():
        if key != "all_articles":
            shown += [item for item in (value if isinstance(value, list) else [value])
                      if hasattr(item, "source_path")]
    return shown
