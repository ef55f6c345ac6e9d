"""Links a reader's network blocks: no built file may hold an address on a blocked domain.

The probation service's staff network refuses any web page with a link to Facebook, so staff
could open no page of their own site while the footer and share links pointed there.
`BLOCKED_LINK_DOMAINS` in pelicanconf.py names such domains (each with its subdomains: www.,
m., l.). Share links and the footer leave them out; this check reads every built file as a
network filter does, so that a link from a story, a setting or a template is refused too:
any address on a blocked domain counts, in a link, a form, a meta tag, plain text or a feed's
escaped HTML, whatever its scheme, its case or its encoding (entities, %-escapes).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

SETTING = "BLOCKED_LINK_DOMAINS"
DEFAULT_BLOCKED = ("facebook.com",)
# A domain as written in the setting: labels of letters, digits and hyphens, at least two.
DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$")
# What a filter takes for one address: a run of characters, up to one that ends a URL in HTML.
TOKEN = re.compile(r"""[^\s"'<>()\[\]{}`\\]+""")
ADVICE = ("Take the link out of the story, setting (such as SOCIAL_ACCOUNTS) or template that "
          "puts it there")


@dataclass(frozen=True)
class BlockedLink:
    """One address on a blocked domain in a built file (a path inside the built folder)."""

    file: str
    line: int
    link: str
    domain: str

    @property
    def message(self) -> str:
        """What is wrong and what to do, from the line on (the report names the file)."""
        return (f"line {self.line}: a link to {self.domain} ({self.link}), a domain in {SETTING} "
                f"(pelicanconf.py): a reader's network blocks every page with such a link. {ADVICE}")


def blocked_domains(settings: Mapping[str, Any]) -> tuple[str, ...]:
    """The setting in lower case, without "www." or dots at either end; its default when the
    settings do not give it (a site that never heard of it is still readable at work)."""
    given = settings.get(SETTING, DEFAULT_BLOCKED)
    return tuple(dict.fromkeys(normalised(domain) for domain in given or ()))


def normalised(domain: str) -> str:
    return domain.strip().strip(".").lower().removeprefix("www.")


def domain_problems(settings: Mapping[str, Any]) -> list[str]:
    """Every mistake in the setting, in words that say how to write it."""
    given = settings.get(SETTING, DEFAULT_BLOCKED)
    example = f'{SETTING} = ["facebook.com"]'
    if not isinstance(given, (list, tuple)):
        return [f"{SETTING} must be a list of domains, like {example}, not "
                f"{type(given).__name__} {given!r}"[:300]]
    problems = []
    for domain in given:
        if not isinstance(domain, str) or not DOMAIN.match(normalised(domain)):
            problems.append(f"{SETTING} holds {domain!r}, which is not a domain: write the "
                            f"domain alone, without https:// or a path, like {example}")
    return problems


def is_blocked(address: str, domains: Iterable[str]) -> bool:
    """True when `address` (an absolute or protocol-relative URL, or a mailto:) is on one
    of `domains` or a subdomain of one."""
    parts = urlsplit(address.strip())
    host = parts.hostname or ""
    if parts.scheme.lower() == "mailto":
        host = parts.path.rpartition("@")[2]
    host = host.lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in domains)


@lru_cache(maxsize=16)
def domain_pattern(domains: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the domains, in any case (a literal search: fast on a whole site)."""
    if not domains:
        return None
    longest_first = sorted(domains, key=len, reverse=True)
    return re.compile("|".join(re.escape(domain) for domain in longest_first), re.IGNORECASE)


def found_in(text: str, pattern: re.Pattern[str]) -> str:
    """The first blocked domain in `text` that stands as a host name, or a subdomain's tail
    ("m.facebook.com"); not the tail of another name ("notfacebook.com") nor the head of one
    ("facebook.com.example.org"). "" when there is none."""
    for match in pattern.finditer(text):
        start, end = match.span()
        before, after = text[start - 1:start], text[end:end + 2]
        if not (is_label(before) or is_label(after[:1]) or (after[:1] == "." and is_label(after[1:]))):
            return match.group(0).lower()
    return ""


def is_label(character: str) -> bool:
    """True for a character that continues a host name's label."""
    return bool(character) and (character[0].isalnum() or character[0] in "-_")


def readings(text: str) -> list[str]:
    """Text as a browser or filter may decode it, most decoded first: entities (twice, for a
    feed's escaped HTML), then as written, then with %-escapes decoded."""
    once = html.unescape(text)
    twice = html.unescape(once)
    return list(dict.fromkeys((twice, once, text, unquote(twice))))


def blocked_links(file: str, text: str, domains: Iterable[str]) -> list[BlockedLink]:
    """Each address on a blocked domain in a built file's text, once per line, with its line."""
    return LinkFilter(domains).links(file, text)


class LinkFilter:
    """`blocked_links` for the files of one built folder, each distinct line looked at once
    (a page's header and footer are on every page, a story's paragraphs in a dozen feeds).

    Entities and %-escapes never span a line, so a line's readings are the lines of the
    text's readings, and a line with no blocked domain in any reading holds no link to
    report, in whichever file it is."""

    def __init__(self, domains: Iterable[str]) -> None:
        self.pattern = domain_pattern(tuple(normalised(domain) for domain in domains))
        self.clean: set[str] = set()  # lines seen with no blocked domain in any reading

    def links(self, file: str, text: str) -> list[BlockedLink]:
        """Each address on a blocked domain in `text`, once per line, with its line."""
        if self.pattern is None:
            return []
        lines = text.splitlines()
        fresh = set(lines) - self.clean
        dirty = {line for line in fresh if any(found_in(reading, self.pattern) for reading in readings(line))}
        self.clean |= fresh - dirty
        if not dirty:
            return []
        return [BlockedLink(file, number, shortened(link), domain)
                for number, line in enumerate(lines, start=1) if line in dirty
                for link, domain in line_links(line, self.pattern)]


def line_links(line: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """The addresses on a blocked domain in one line, with their domain, as read in its most
    decoded reading that has any."""
    for reading in readings(line):
        links = {token: domain for token in TOKEN.findall(reading) if (domain := found_in(token, pattern))}
        if links:
            return list(links.items())
    return []


def shortened(link: str, limit: int = 100) -> str:
    return link if len(link) <= limit else link[: limit - 3] + "..."
