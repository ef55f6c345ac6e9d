"""Daily visitors, counted without keeping who they were.

A visitor is an address and a user agent seen on one day. Each is kept only as a keyed hash
(BLAKE2b) whose key, the salt, is drawn at random for each day and lives only in this
process's memory: it is never written, so neither the report nor anyone who reads it can tell
whether two visits came from one person, or from whom. The same person on two days is two
visitors, as in any count that forgets daily.
"""

from __future__ import annotations

import hashlib
import secrets


class DailyVisitors:
    """The distinct (address, user agent) pairs of each day, as salted hashes."""

    def __init__(self) -> None:
        self.salts: dict[str, bytes] = {}
        self.seen: dict[str, set[bytes]] = {}

    def add(self, day: str, address: str, agent: str) -> None:
        salt = self.salts.get(day)
        if salt is None:
            salt = self.salts[day] = secrets.token_bytes(32)
            self.seen[day] = set()
        digest = hashlib.blake2b(f"{address} {agent}".encode(), key=salt, digest_size=16)
        self.seen[day].add(digest.digest())

    def by_day(self) -> dict[str, int]:
        return {day: len(self.seen[day]) for day in sorted(self.seen)}
