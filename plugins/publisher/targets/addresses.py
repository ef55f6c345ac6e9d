"""What an address says: whether it carries a user part, how to show it, whether it is local.

Credentials come only from the environment (GH_TOKEN, AWS_*, an SSH agent), so an address
with a user part is refused wherever it is written, and shown with that part as `***`:

    https://TOKEN@github.com/trust/site.git      refused: https://***@github.com/trust/site.git
    https://key:secret@s3.example.com            refused: https://***@s3.example.com
    web:hunter2@host:/srv/site (rsync)           refused: ***@host:/srv/site
    web@host:/srv/site, ssh://git@github.com/... allowed: SSH names the user, the key proves it
"""

from __future__ import annotations

import re

MASK = "***"
# scheme://[user[:password]@]host...: the authority ends at the first /, ? or #.
URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://(?P<authority>[^/?#]*)(?P<rest>.*)$", re.DOTALL)
# SSH's own forms, where a bare user name is how the login is named, not a secret.
SSH_SCHEMES = {"ssh", "git+ssh", "ssh+git"}
# user@host:path (scp and rsync over SSH): the user part stops at the first @, before any /.
SCP_USER = re.compile(r"^(?P<user>[^@/]*)@(?P<rest>.*)$", re.DOTALL)
# host:path or user@host:path; a path with a slash before any colon is local (rsync's rule).
REMOTE = re.compile(r"^(?P<host>[^/:]+):(?P<path>.*)$", re.DOTALL)


def user_part(address: str) -> str:
    """The user part of an address that may not have one ('' when it is allowed or absent).

    Any user part of a URL counts (a token alone is a secret), except a bare user name in an
    ssh:// address; in user@host:path only a user part with a password (user:pw@) counts.
    """
    url = URL.match(address)
    if url:
        user, at, _host = url.group("authority").rpartition("@")
        if not at:
            return ""
        if url.group("scheme").lower() in SSH_SCHEMES and ":" not in user:
            return ""
        return user or "@"
    scp = SCP_USER.match(address)
    if scp and ":" in scp.group("user"):
        return scp.group("user")
    return ""


def masked(address: str) -> str:
    """The address with any user part replaced by ***, safe to print."""
    url = URL.match(address)
    if url:
        _user, at, host = url.group("authority").rpartition("@")
        authority = f"{MASK}@{host}" if at else host
        return f"{url.group('scheme')}://{authority}{url.group('rest')}"
    scp = SCP_USER.match(address)
    return f"{MASK}@{scp.group('rest')}" if scp else address


def is_remote(dest: str) -> bool:
    """Whether an rsync destination names a server (host:path) rather than a folder here."""
    return bool(REMOTE.match(dest))
