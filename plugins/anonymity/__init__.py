"""The anonymity guard's detection engine: pure functions, no Pelican dependency. Other plugins use
only its public face, `anonymity.api`."""

from .allowlist import Allowlist, load_allowlist
from .engine import check_bytes, check_folder, check_story
from .findings import Allowance, Finding, FolderReport, StoryReport
from .settings import GuardSettings

__all__ = [
    "Allowance", "Allowlist", "Finding", "FolderReport", "GuardSettings", "StoryReport",
    "check_bytes", "check_folder", "check_story", "load_allowlist", "register",
]


def register() -> None:
    """Pelican's entry point. The adapter is imported only here, so that the engine and
    `python -m plugins.anonymity.cli` work without Pelican or the publish_gate plugin."""
    from .plugin import register as register_adapter

    register_adapter()
