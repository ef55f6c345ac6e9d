"""The UNCHANGED_PAGES setting, and whether this build may leave unchanged files as they are.

The plugin acts only on builds with Pelican's content cache on (CACHE_CONTENT and
LOAD_CONTENT_CACHE: `invoke serve`, the benchmark's rebuilds), and only when every plugin
loaded is one whose way of writing into the output has been checked (below): a plugin
that, say, skips a file that already exists would leave an old copy that this plugin
cannot know about. Other builds are left exactly as Pelican makes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DEFAULTS: dict[str, Any] = {
    # False: every build writes everything, as Pelican does.
    "enabled": True,
    # The folder, under CACHE_PATH, that keeps what the last build wrote (one file per output).
    "manifest": "unchanged-pages",
    # Plugins you have checked, as those below were: each writes into the output only
    # through Pelican's writer, or rewrites its files on every build, and listens to no
    # signal that a file left as it is would not send (feed_generated, feed_written).
    "checked_plugins": [],
}

# Every plugin this site loads, and what it writes into the output folder.
CHECKED_PLUGINS = {
    "unchanged_pages": "this plugin",
    "worker_pool": "nothing (it reads sources ahead in other processes)",
    "publish_gate": "nothing (a refused story never reaches the writer)",
    "story_model": "nothing (it shapes stories as they are read)",
    "typography": "nothing (a Markdown reader)",
    "anonymity": "every published image, copied again on every build",
    "departments": "its pages and feeds, through the writer",
    "absolute_feeds": "nothing (it changes a feed on feed_generated, before it is written)",
    "pelican.plugins.sitemap": "sitemap.xml, on every build, from content_written, which the "
    "writer sends for a page left as it is too",
    "social_cards": "every share card, copied again on every build",
    "campaign_kit": "nothing in the output (kit/ is beside it)",
    "publisher": "robots.txt, on every build",
}
# Plugins known to leave old files that a clean build would not have.
UNSAFE_PLUGINS = {
    "pelican.plugins.precompress": "it keeps a .gz or .br copy that already exists",
}


def options(settings: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """UNCHANGED_PAGES merged over the defaults; and every problem found."""
    given = settings.get("UNCHANGED_PAGES") or {}
    problems = [f"UNCHANGED_PAGES has no key '{key}': use one of {', '.join(DEFAULTS)}"
                for key in given if key not in DEFAULTS]
    chosen = {**DEFAULTS, **{key: value for key, value in given.items() if key in DEFAULTS}}
    if not isinstance(chosen["checked_plugins"], (list, tuple)):
        problems.append("UNCHANGED_PAGES['checked_plugins'] must be a list of plugin names")
        chosen["checked_plugins"] = []
    if not isinstance(chosen["manifest"], str) or not chosen["manifest"]:
        problems.append("UNCHANGED_PAGES['manifest'] must be a folder name, such as "
                        "'unchanged-pages'")
        chosen["manifest"] = DEFAULTS["manifest"]
    return chosen, problems


def cache_loaded(settings: Mapping[str, Any]) -> bool:
    """Whether Pelican keeps and loads its content cache: the builds this plugin is for."""
    return bool(settings.get("CACHE_CONTENT") and settings.get("LOAD_CONTENT_CACHE"))


def reasons_to_write_everything(settings: Mapping[str, Any], plugins: list[str]) -> list[str]:
    """Why this build (with the content cache on) must write every file; [] if none."""
    chosen, _ = options(settings)
    if not chosen["enabled"]:
        return ["UNCHANGED_PAGES['enabled'] is False"]
    reasons = [f"the plugin {name} is loaded: {why}" for name, why in UNSAFE_PLUGINS.items()
               if name in plugins]
    checked = {*CHECKED_PLUGINS, *chosen["checked_plugins"]}
    unknown = [name for name in plugins if name not in checked and name not in UNSAFE_PLUGINS]
    if unknown:
        reasons.append(f"the plugin(s) {', '.join(unknown)} are not known to write into the "
                       "output as this plugin expects (add them to "
                       "UNCHANGED_PAGES['checked_plugins'] once checked)")
    for name in ("STATIC_CHECK_IF_MODIFIED", "STATIC_CREATE_LINKS"):
        if settings.get(name):
            reasons.append(f"{name} is on: static files already in the output are not copied "
                           "again, so an old copy could not be told from a new one")
    return reasons
