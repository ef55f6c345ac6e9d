"""`invoke withdraw PATH`: take a story down everywhere, fast, when it turns out to identify
someone.

The story's header is rewritten to `Status: withdrawn` with the time in a `Withdrawn:` line;
every other byte of the file stays as it was (line endings, byte order mark, the text), so the
story can be looked at, or put back, later. The next build leaves it out as it leaves out a
draft (plugins/story_model/left_out.py): no page, index, feed, sitemap entry, share card,
photo or kit post. What the build cannot take back are the posts already on the networks, so
the campaign kit is read now, before the next build rewrites it, for the posts that linked to
the story.
"""

from __future__ import annotations

import csv
import datetime
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pelican.contents import Category
from pelican.utils import slugify

from plugins.publish_gate import shown_path

from .header import Header, read_header
from .left_out import WITHDRAWN, is_withdrawn
from .rules import decode

# The extensions of Markdown stories (the header rewritten here is Markdown's).
MARKDOWN = (".md", ".markdown", ".mkd", ".mdown")
# Every line break a reader of the story counts (plugins/anonymity/source.py), so that line
# numbers here are the header's line numbers.
BREAK = re.compile("(\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029])")
# A header line as written: up to the key's colon and the spaces after it (kept), the value,
# the spaces after it (kept).
FIELD_LINE = re.compile(r"([^:]*:\s*)(.*?)(\s*)", re.S)
# The kit's sheets, in the order they are listed.
KIT_SHEETS = ("schedule.csv", "posts.csv")
# What the kit puts before a cell Excel would read as a formula (an account such as @Team).
EXCEL_GUARD = "'"


class Refused(Exception):
    """A path that cannot be withdrawn; the message says why and what to do."""


def withdraw(typed: str, settings: Mapping[str, Any], kit: Path, where: Sequence[Path],
             now: datetime.datetime) -> str:
    """Withdraw the story at `typed` (looked for from each folder of `where` in turn), at
    `now`; what was done, the kit posts that linked to it and what to do next."""
    full, kind, shown = story_file(typed, settings, where)
    raw = full.read_bytes()
    text, problems = decode(shown, raw)
    if text is None:
        raise Refused(problems[0].describe())
    header = read_header(text)
    address = story_address(full, header, kind, settings)
    stamp = now.strftime("%Y-%m-%d %H:%M")
    full.write_bytes(withdrawn_text(text, header, shown, stamp).encode("utf-8"))
    posts = kit_posts(kit, address) if address else []
    return report(shown, stamp, header.value("title"), address, posts,
                  shown_path(str(kit), settings))


def story_file(typed: str, settings: Mapping[str, Any], where: Sequence[Path]
               ) -> tuple[Path, str, str]:
    """The story's file, its kind and its path as shown (`content/news/x.md`); Refused for
    anything that is not a story in content/."""
    content = Path(settings["PATH"]).resolve()
    kinds = ", ".join(f"{content.name}/{kind}/" for kind in settings["KINDS"])
    found = next((base / typed for base in where if (base / typed).is_file()), None)
    if found is None:
        raise Refused(f"{typed}: there is no such file. Give the path of the story's file, for "
                      f"example {content.name}/news/jobs-fair.md (the stories are in {kinds})")
    full = found.resolve()
    parts = full.relative_to(content).parts if full.is_relative_to(content) else ()
    if len(parts) < 2 or parts[0] not in settings["KINDS"] or full.suffix.lower() not in MARKDOWN:
        raise Refused(f"{typed} is not a story: only a story can be withdrawn, and the stories "
                      f"are the .md files in {kinds}")
    return full, parts[0], str(Path(content.name, *parts))


def story_address(full: Path, header: Header, kind: str, settings: Mapping[str, Any]) -> str:
    """The story's address from the site's root (`case-studies/dean/`), worked out as Pelican
    does from its file name (or `Slug:`) and its kind's label; "" when ARTICLE_URL uses a
    field other than those."""
    slug = header.value("slug") or slugify(
        full.stem, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"],
        preserve_case=settings["SLUGIFY_PRESERVE_CASE"],
        use_unicode=settings["SLUGIFY_USE_UNICODE"])
    category = Category(settings["KINDS"][kind], settings).slug
    try:
        return settings["ARTICLE_URL"].format(slug=slug, category=category)
    except (KeyError, IndexError, ValueError):
        return ""


def withdrawn_text(text: str, header: Header, shown: str, stamp: str) -> str:
    """`text` with `Status: withdrawn` and `Withdrawn: <stamp>` in its header, and nothing
    else changed; Refused for a story already withdrawn or with no header."""
    statuses = [meta for meta in header.story.values("status") if not meta.continued]
    if not header.fields:
        raise Refused(f"{shown} has no fields at the top (Title:, Date:, Status: ...), so it "
                      "is not a story that can be published or withdrawn")
    if len(statuses) > 1:
        raise Refused(f"{shown}:{header.line('status')}: 'Status:' is written twice: keep one "
                      "line, then withdraw the story")
    if is_withdrawn(header):
        since = f" on {header.value(WITHDRAWN)}" if header.value(WITHDRAWN) else ""
        raise Refused(f"{shown} is already withdrawn{since} (line {header.line('status')}): "
                      "it is left out of every build. Run `invoke publish` if the site online "
                      "still has it")
    lines = split_lines(text)
    if statuses:
        set_value(lines, header.line("status"), WITHDRAWN)
        anchor = header.line("status")
    else:
        anchor = max(header.story.position(meta.start)[0] for meta in header.story.fields)
        anchor = insert_after(lines, anchor, f"Status: {WITHDRAWN}")
    if WITHDRAWN in header.fields:
        set_value(lines, header.line(WITHDRAWN), stamp)
    else:
        insert_after(lines, anchor, f"Withdrawn: {stamp}")
    return "".join(line + ending for line, ending in lines)


def split_lines(text: str) -> list[list[str]]:
    """Each line of `text` as [line, its line ending] ("" for a last line without one)."""
    parts = BREAK.split(text)
    return [[line, ending] for line, ending in zip(parts[0::2], [*parts[1::2], ""])]


def set_value(lines: list[list[str]], number: int, value: str) -> None:
    """Give the field on line `number` (1-based) a new value, keeping the key as written."""
    match = FIELD_LINE.fullmatch(lines[number - 1][0])
    key = match.group(1) if match.group(1)[-1].isspace() else match.group(1) + " "
    lines[number - 1][0] = key + value + match.group(3)


def insert_after(lines: list[list[str]], number: int, new: str) -> int:
    """Insert the line `new` after line `number`, with the file's own line ending; its number."""
    ending = lines[number - 1][1]
    lines[number - 1][1] = ending or next((end for _, end in lines if end), "\n")
    lines.insert(number, [new, ending])
    return number + 1


def kit_posts(kit: Path, address: str) -> list[str]:
    """Each post of the campaign kit's sheets that links to `address`, described for staff."""
    link = re.compile("/" + re.escape(address) + r"(?=[?#\s\"'<]|$)")
    found = []
    for sheet in KIT_SHEETS:
        # Numbered as a spreadsheet shows the rows: the column names are row 1.
        for number, row in enumerate(sheet_rows(kit / sheet), start=2):
            if any(link.search(cell or "") for cell in row.values() if isinstance(cell, str)):
                found.append(describe_post(sheet, number, row))
    return found


def sheet_rows(path: Path) -> Iterable[dict[str, str]]:
    """The rows of one of the kit's sheets, as `invoke kit` writes them; none without the file."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8-sig", newline="") as sheet:
        return list(csv.DictReader(sheet))


def describe_post(sheet: str, number: int, row: Mapping[str, str]) -> str:
    """`schedule.csv, post 12: 2026-12-01 10:00, X, from @PVCourts`."""
    account = (row.get("account") or "").removeprefix(EXCEL_GUARD)
    details = [" ".join(filter(None, (row.get("date"), row.get("time")))), row.get("network"),
               f"from {account}" if account else ""]
    name = f"post {row['post']}" if row.get("post") else f"row {number}"
    return f"{sheet}, {name}: " + ", ".join(detail for detail in details if detail)


def report(shown: str, stamp: str, title: str, address: str, posts: list[str], kit: str) -> str:
    """What `invoke withdraw` says: what it did, the kit posts to delete, what to do next."""
    lines = [f"Withdrew {shown} ('{title}'): its header now says 'Status: {WITHDRAWN}' and "
             f"'Withdrawn: {stamp}'. The next build leaves it out of every page, feed, index, "
             "the sitemap and the campaign kit."]
    if not address:
        lines.append(f"Its address could not be worked out (ARTICLE_URL in pelicanconf.py): look "
                     f"in {kit}{os.sep} for the posts titled '{title}'.")
    elif posts:
        lines.append(f"Campaign kit posts that linked to it ({kit}{os.sep}), to delete from "
                     "their networks if they went out:")
        lines += [f"  - {post}" for post in posts]
    else:
        lines.append(f"There were no kit posts linked to it (in {kit}{os.sep}).")
    lines += ["Next:",
              "  1. Run `invoke publish` to put the site online without it (its page, its share "
              "card and photo, and its place in every index, feed and the sitemap).",
              "  2. Delete " + ("the posts listed above, and any other post that linked to it, "
                                if posts else "any post that linked to it ")
              + "from each network."]
    return "\n".join(lines)
