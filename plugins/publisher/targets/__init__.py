"""Upload a built, checked site to one target: rsync, S3, GitHub Pages or a plain folder.

Each target's module has `publish(site, target, dry_run, say) -> str`: it either completes
the switch to the new site or raises PublishError leaving the live site as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from .addresses import is_remote
from .config import KINDS, Target, TargetError, choose_target
from .errors import PublishError
from .local import check_folder

__all__ = ["KINDS", "PublishError", "Target", "TargetError", "check_destination", "choose_target",
           "upload"]


def check_destination(target: Target) -> None:
    """Before the build: the rsync program exists for an rsync target (else TargetError), and a
    folder destination on this computer can be written (else PublishError)."""
    dest = str(target.options.get("dest", ""))
    if target.kind == "rsync":
        from .rsync import require_rsync  # noqa: PLC0415 - each target loads only what it needs

        require_rsync()
    if target.kind == "folder":
        check_folder(Path(dest).expanduser().resolve())
    elif target.kind == "rsync" and not is_remote(dest):
        check_folder(Path(dest).expanduser().resolve(), parents=True)


def upload(site: Path, target: Target, dry_run: bool = False,
           say: Callable[[str], None] = print) -> str:
    """Send the site to the target; returns a one-line summary of what is live now."""
    if target.kind == "folder":
        from . import folder as module  # noqa: PLC0415 - each target loads only what it needs
    elif target.kind == "rsync":
        from . import rsync as module  # noqa: PLC0415
    elif target.kind == "s3":
        from . import s3 as module  # noqa: PLC0415
    else:
        from . import pages as module  # noqa: PLC0415
    return module.publish(site, target, dry_run, say)
