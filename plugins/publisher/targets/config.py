"""Where a publish goes: `PUBLISH_TARGET` in publishconf.py, the environment, the command line.

publishconf.py names the kind of target and its non-secret options. Secrets (keys, tokens,
passwords) come only from the environment or the user's own files outside the repository
(~/.ssh, ~/.aws, an SSH agent): a `PUBLISH_TARGET` key that looks like a secret is refused.
For each option the command line wins over the environment, which wins over publishconf.py.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    for option, variable in ENVIRONMENT[kind].items():
        if environ.get(variable):
            options[option] = environ[variable]
    if dest:
        options[DEST[kind]] = dest
    if not options.get(DEST[kind]):
        raise TargetError(f"Where should the site go? Set {WHERE_TO_SET[kind]}")
    _check_options(kind, options, environ, root)
    return Target(kind, options)


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
    if re.search(r"://[^/@\s]*:[^/@\s]*@", where):
        raise TargetError("The address has a password in it: credentials come from the environment "
                          "(GH_TOKEN for GitHub, an SSH key for rsync), never from an address")
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
