"""Each plugin's settings are one dict, merged over its defaults and checked at start-up.

As pelican-plugins/sitemap does: an unknown key or a value of the wrong type is a problem that
names the setting. Unlike sitemap, a problem stops the build (`stop_on_problems`): a plugin
that guards what is published must never run on a setting it misread.
"""

from __future__ import annotations

import logging
import types
import typing
from collections.abc import Mapping
from typing import Any

logger = logging.getLogger(__name__)


def read_setting(settings: Mapping[str, Any], name: str, defaults: Mapping[str, Any],
                 kinds: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """`settings[name]` merged over `defaults`, and a problem for each unknown key and each
    value that is not of its kind in `kinds` (a type, `list[str]`, `dict[str, str]` or a
    union); a value with a problem is left out, so its default stands."""
    given = settings.get(name) or {}
    if not isinstance(given, Mapping):
        return dict(defaults), [f"{name} must be a dict, like {name} = {dict(defaults)!r}"]
    problems = [f"{name}[{key!r}] is not a setting; the settings are: {', '.join(defaults)}"
                for key in given if key not in defaults]
    wrong = [key for key, value in given.items() if key in kinds and not fits(value, kinds[key])]
    problems += [f"{name}[{key!r}] must be {describe(kinds[key])}, not "
                 f"{type(given[key]).__name__} {given[key]!r}"[:300] for key in wrong]
    chosen = {key: value for key, value in given.items() if key in defaults and key not in wrong}
    return {**defaults, **chosen}, problems


def fits(value: Any, kind: Any) -> bool:
    """True when `value` is of `kind`; a bool is never taken for a number."""
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return any(fits(value, argument) for argument in arguments)
    if origin is list:
        return isinstance(value, (list, tuple)) and all(fits(item, arguments[0]) for item in value)
    if origin is dict:
        return isinstance(value, Mapping) and all(
            fits(key, arguments[0]) and fits(item, arguments[1]) for key, item in value.items())
    if kind is None:
        return value is None
    if kind in (int, float) and isinstance(value, bool):
        return False
    return isinstance(value, kind)


def describe(kind: Any) -> str:
    """A kind in words: `list[str]` is "a list of texts"."""
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(describe(argument) for argument in arguments)
    if origin is list:
        return f"a list of {describe(arguments[0]).removeprefix('a ')}s"
    if origin is dict:
        return "a dict"
    return {None: "None", type(None): "None", str: "a text", bool: "True or False",
            int: "a whole number", float: "a number"}.get(kind, f"a {getattr(kind, '__name__', kind)}")


def stop_on_problems(plugin: str, problems: list[str], where: str = "pelicanconf.py") -> None:
    """Log each problem with the plugin's name and stop the build (exit status 1, no traceback)."""
    if not problems:
        return
    for problem in problems:
        logger.critical("%s: %s", plugin, problem)
    logger.critical("%s: fix the setting(s) above in %s, then build again.", plugin, where)
    raise SystemExit(1)
