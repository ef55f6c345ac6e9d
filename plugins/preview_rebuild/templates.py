"""Compiled templates, kept in the cache folder.

Pelican makes a new Jinja environment for every generator of every build, and Jinja compiles
each template it loads into Python code again: about a quarter of a second a build for the
theme, paid again in each rebuild of `invoke serve` and each `invoke build`. Jinja's own
bytecode cache keeps that code under CACHE_PATH, filed by template name and a digest of the
template's source, so an edited template is compiled again and nothing needs clearing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import FileSystemBytecodeCache

FOLDER = "templates"  # under CACHE_PATH


def cache_compiled_templates(pelican: Any) -> None:
    """Receiver of `initialized`: every environment of every build shares one bytecode cache
    (unless JINJA_ENVIRONMENT names its own)."""
    settings = pelican.settings
    environment = settings["JINJA_ENVIRONMENT"]
    if "bytecode_cache" in environment or not settings.get("CACHE_PATH"):
        return
    folder = Path(settings["CACHE_PATH"], FOLDER)
    folder.mkdir(parents=True, exist_ok=True)
    settings["JINJA_ENVIRONMENT"] = {**environment,
                                     "bytecode_cache": FileSystemBytecodeCache(str(folder))}
