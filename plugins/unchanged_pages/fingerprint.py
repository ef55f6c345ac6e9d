"""What shapes every page of a build: code, installed packages, settings and templates.

Any change to one of these makes every page's digest change, so everything is written
again: a plugin's or the theme's source, any installed package's version, Python's
version, a setting, a template (each page's digest covers every template the loader can
find, not only those its template extends, includes or imports).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from jinja2 import Environment

from .digests import Summariser, Unsummarisable, digest_of

FORMAT = "unchanged_pages/2"  # change it when what a digest covers changes
SKIPPED_FOLDERS = {"__pycache__", ".git", ".pytest_cache", ".ruff_cache"}
ENVIRONMENT_OPTIONS = (
    "block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
    "comment_start_string", "comment_end_string", "line_statement_prefix",
    "line_comment_prefix", "trim_blocks", "lstrip_blocks", "newline_sequence",
    "keep_trailing_newline", "optimized", "undefined", "finalize", "autoescape", "is_async",
    "policies", "globals", "filters", "tests",
)


def build_fingerprint(settings: dict, summariser: Summariser) -> bytes:
    """The digest of everything every page depends on, but templates (see below)."""
    folders = [*settings.get("PLUGIN_PATHS", []), settings["THEME"],
               *settings.get("THEME_TEMPLATES_OVERRIDES", [])]
    return digest_of(FORMAT, sys.version, installed_packages(),
                     *(folder_digest(folder) for folder in folders),
                     summariser.digest(settings))


@lru_cache(maxsize=1)
def installed_packages() -> bytes:
    """Every installed distribution, by the name of its metadata folder, which holds its
    name and version (`Jinja2-3.1.6.dist-info`): once per process, whose code does not
    change while it runs."""
    found = []
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        found += [os.path.join(folder, name) for name in names
                  if name.endswith((".dist-info", ".egg-info", ".egg-link", ".pth"))]
    return digest_of(*sorted(found))


def folder_digest(folder: str) -> bytes:
    """Every file's path and bytes under `folder` (compiled Python left out)."""
    parts: list[bytes | str] = [os.path.abspath(folder)]
    for path in sorted(_files(folder)):
        with open(os.path.join(folder, path), "rb") as source:
            parts += [path, source.read()]
    return digest_of(*parts)


def _files(folder: str) -> Iterable[str]:
    for root, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if name not in SKIPPED_FOLDERS]
        for name in files:
            if not name.endswith((".pyc", ".pyo")):
                yield os.path.relpath(os.path.join(root, name), folder)


def environment_digest(environment: Environment, summariser: Summariser) -> bytes:
    """Every template the environment can load, and every option, global, filter and
    test it renders with."""
    loader: Any = environment.loader
    try:
        names = sorted(loader.list_templates())
    except TypeError as error:  # a loader that cannot list its templates
        raise Unsummarisable(f"templates from a loader that cannot list them ({error})") from error
    sources = [digest_of(name, loader.get_source(environment, name)[0]) for name in names]
    options = [summariser.digest(getattr(environment, option, None))
               for option in ENVIRONMENT_OPTIONS]
    extensions = sorted(environment.extensions)
    return digest_of(*sources, *options, *extensions)
