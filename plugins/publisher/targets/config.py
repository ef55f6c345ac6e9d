"""Where a publish goes: `PUBLISH_TARGET` in publishconf.py, the environment, the command line.

publishconf.py names the kind of target and its non-secret options. Secrets (keys, tokens,
passwords) come only from the environment or the user's own files outside the repository
(~/.ssh, ~/.aws, an SSH agent): a `PUBLISH_TARGET` key that looks like a secret is refused,
and so is an address with a user part (a token, a password) wherever it is written; the
message shows it as *** (addresses.py). A folder destination inside the project is refused.
For each option the command line wins over the environment, which wins over publishconf.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .addresses import is_remote, masked, user_part

KINDS = ("rsync", "s3", "github-pages", "folder")
SECRET_KEY = re.compile(r"(?i)secret|password|passwd|token|passphrase|private|credential|"
                        r"access_?key|key_?id|api_?key|auth")
# Options each kind understands (everything else is a typo, and refused).
OPTIONS = {
    "folder": {"dest", "keep"},
    "rsync": {"dest", "keep", "ssh", "bwlimit"},
    "s3": {"bucket", "prefix", "endpoint", "region", "bwlimit"},
    "github-pages": {"repository", "branch", "cname"},
}
# Environment variables that give an option, by kind (the command line's --dest wins).
ENVIRONMENT = {
    "folder": {"dest": "SLINGSHOT_FOLDER_TARGET"},
    "rsync": {"dest": "SLINGSHOT_RSYNC_TARGET", "ssh": "SLINGSHOT_SSH_COMMAND",
              "bwlimit": "SLINGSHOT_BWLIMIT"},
    "s3": {"bucket": "SLINGSHOT_S3_BUCKET", "endpoint": "SLINGSHOT_S3_ENDPOINT",
           "region": "AWS_DEFAULT_REGION", "bwlimit": "SLINGSHOT_BWLIMIT"},
    "github-pages": {"repository": "SLINGSHOT_PAGES_REPOSITORY"},
}
# Options that hold an address (checked for a user part), by kind; a folder's dest is a path.
ADDRESSES = {"folder": (), "rsync": ("dest",), "s3": ("bucket", "endpoint"),
             "github-pages": ("repository",)}
# Where each kind's credentials come from instead.
CREDENTIALS = {
    "rsync": "an SSH key, from the SSH agent or ~/.ssh/config (user@host:/path names the user "
             "without a password)",
    "s3": "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment, or a profile in ~/.aws",
    "github-pages": "GH_TOKEN (or GITHUB_TOKEN) in the environment, or an SSH key for a "
                    "git@github.com: address",
}
# The option --dest sets, by kind.
DEST = {"folder": "dest", "rsync": "dest", "s3": "bucket", "github-pages": "repository"}
DEFAULTS: dict[str, dict[str, Any]] = {
    "folder": {"keep": 5},
    "rsync": {"keep": 5, "ssh": "ssh", "bwlimit": 0},
    "s3": {"prefix": "", "bwlimit": 0},
    "github-pages": {"branch": "gh-pages", "cname": ""},
}
WHERE_TO_SET = {
    "folder": "--dest PATH, or SLINGSHOT_FOLDER_TARGET, or PUBLISH_TARGET['dest'] in publishconf.py",
    "rsync": "SLINGSHOT_RSYNC_TARGET=user@host:/srv/site (or --dest), or PUBLISH_TARGET['dest'] in publishconf.py",
    "s3": "SLINGSHOT_S3_BUCKET=name (or --dest), or PUBLISH_TARGET['bucket'] in publishconf.py",
    "github-pages": "SLINGSHOT_PAGES_REPOSITORY=https://github.com/owner/repo.git (or --dest), "
                    "or PUBLISH_TARGET['repository'] in publishconf.py",
}


class TargetError(Exception):
    """The target cannot be used as configured; the message says what to set."""


@dataclass(frozen=True)
class Target:
    """A chosen target: its kind and its non-secret options, all filled in."""

    kind: str
    options: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """The target as a comms officer would name it."""
        where = self.options.get(DEST[self.kind], "")
        prefix = self.options.get("prefix", "")
        if self.kind == "s3":
            where = f"s3://{where}/{prefix}".rstrip("/")
        return f"{self.kind} {where}"


def choose_target(setting: Mapping[str, Any] | None, kind: str = "", dest: str = "",
                  environ: Mapping[str, str] | None = None, root: Path | None = None) -> Target:
    """The target to publish to; raises TargetError with what to set when it is incomplete."""
    environ = os.environ if environ is None else environ
    setting = dict(setting or {})
    secrets = sorted(key for key in setting if SECRET_KEY.search(key))
    if secrets:
        raise TargetError(
            f"PUBLISH_TARGET in publishconf.py has {', '.join(map(repr, secrets))}: credentials "
            "never go in a file of the repository. Remove it and set it in the environment "
            "(see README.md, Publishing)")
    configured = setting.pop("kind", "")
    # publishconf.py is in the repository: a token written there is refused even when unused.
    _refuse_user_parts(configured, [(f"PUBLISH_TARGET['{option}'] in publishconf.py", str(setting[option]))
                                    for option in ADDRESSES.get(configured, ()) if setting.get(option)])
    kind = kind or configured
    if kind not in KINDS:
        raise TargetError(f"'{kind or '(none)'}' is not a publishing target: set PUBLISH_TARGET"
                          f"['kind'] in publishconf.py, or use --target, to one of {', '.join(KINDS)}")
    if kind != configured:
        setting = {}  # another kind on the command line: publishconf's options are for the other
    unknown = sorted(set(setting) - OPTIONS[kind])
    if unknown:
        raise TargetError(f"PUBLISH_TARGET has {', '.join(map(repr, unknown))}, which a {kind} "
                          f"target does not use. It understands: {', '.join(sorted(OPTIONS[kind]))}")
    options = {**DEFAULTS[kind], **setting}
    origins = {option: f"PUBLISH_TARGET['{option}'] in publishconf.py" for option in setting}
    for option, variable in ENVIRONMENT[kind].items():
        if environ.get(variable):
            options[option] = environ[variable]
            origins[option] = f"the environment variable {variable}"
    if dest:
        options[DEST[kind]] = dest
        origins[DEST[kind]] = "--dest"
    if not options.get(DEST[kind]):
        raise TargetError(f"Where should the site go? Set {WHERE_TO_SET[kind]}")
    _refuse_user_parts(kind, [(origins[o], str(options[o])) for o in ADDRESSES[kind] if o in origins])
    _check_options(kind, options, environ, root)
    if root is not None:
        _refuse_inside(kind, str(options[DEST[kind]]), origins.get(DEST[kind], ""), root)
    return Target(kind, options)


def _refuse_user_parts(kind: str, addresses: list[tuple[str, str]]) -> None:
    """Refuse an address with a user part (a token, a password); the message masks it."""
    for origin, address in addresses:
        if user_part(address):
            fix = ("without the part before @" if "://" in address
                   else "as user@host:/path, with no password")
            raise TargetError(
                f"{origin} holds {masked(address)}: the address has a user name, token or "
                f"password in it (shown as ***). Credentials never go in an address: they come "
                f"from {CREDENTIALS[kind]}. Write the address {fix}, then publish again")


def _refuse_inside(kind: str, dest: str, origin: str, root: Path) -> None:
    """Refuse a folder destination inside the project (the folder holding publishconf.py)."""
    if kind not in ("folder", "rsync") or (kind == "rsync" and is_remote(dest)):
        return
    project = root.resolve()
    folder = Path(dest).expanduser().resolve()
    if folder == project or folder.is_relative_to(project):
        given = f"--dest {dest}" if origin == "--dest" else f"{origin} ({dest})"
        raise TargetError(
            f"{given} is inside the project folder {project}, which holds publishconf.py and "
            "the stories: a publish there would mix the live site into its own sources. Choose "
            "a folder outside the project (e.g. /var/www/stories, or a share the web server "
            "reads), then publish again")


def _check_options(kind: str, options: dict[str, Any], environ: Mapping[str, str], root: Path | None) -> None:
    for number in ("keep", "bwlimit"):
        if number in options:
            try:
                options[number] = int(options[number])
            except (TypeError, ValueError):
                raise TargetError(f"'{number}' must be a whole number, not {options[number]!r}") from None
    if "keep" in options and options["keep"] < 1:
        raise TargetError("'keep' must be 1 or more: the live release is always kept")
    where = str(options[DEST[kind]])
    if kind == "s3" and where.startswith("s3://"):
        bucket, _, prefix = where[5:].partition("/")
        options["bucket"], options["prefix"] = bucket, prefix or options.get("prefix", "")
    if kind == "s3":
        options["prefix"] = str(options.get("prefix", "")).strip("/")
    if root is not None:
        for variable in ("AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE"):
            value = environ.get(variable)
            if value and Path(value).resolve().is_relative_to(root.resolve()):
                raise TargetError(f"{variable} points inside the repository ({value}): keep "
                                  "credentials outside it, e.g. in ~/.aws/credentials")
