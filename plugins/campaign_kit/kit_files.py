"""Write the kit: posts.csv and posts.html (every text), schedule.csv and schedule.html;
for a campaign also a sheet per person (people/), the day-of page (day-of.html) and the
share cards the posts attach (images/).

The CSV files are UTF-8 with a byte-order mark, so Excel shows curly quotes and emoji
as they are; a cell that Excel would take for a formula (starting with =, +, -, @) gets an
apostrophe in front, which Excel hides. The HTML pages need nothing else to open or print.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .posts import Post
from .roster import Shift
from .schedule import Slot
from .settings import Campaign

TEMPLATES = Path(__file__).resolve().parent / "templates"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FILES = ("posts.csv", "posts.html", "schedule.csv", "schedule.html", "day-of.html")
FOLDERS = ("people", "images")  # written whole by each build, so emptied first
FORMAT = 2  # change it when this module writes the files differently


@dataclass
class Kit:
    """Everything the kit's files show."""

    site_name: str
    hashtag: str
    utm_campaign: str
    posts: list[Post]
    campaign: Campaign | None = None
    schedule: list[tuple[Slot, Post]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # A story's address: its share card (the path in the kit) and the card's alt text.
    images: dict[str, tuple[str, str]] = field(default_factory=dict)
    prompts: dict[str, list[str]] = field(default_factory=dict)
    shifts: list[Shift] = field(default_factory=list)

    def image(self, slot: Slot) -> tuple[str, str]:
        """The image a slot's post attaches and its alt text; ("", "") for none."""
        return self.images.get(slot.story.url, ("", "")) if slot.story else ("", "")

    def people(self) -> dict[str, list[tuple[Slot, Post]]]:
        """Each rostered person's slots, in order (in roster order; someone with no slot too)."""
        found: dict[str, list[tuple[Slot, Post]]] = {s.name: [] for s in self.shifts if s.name}
        for slot, post in self.schedule:
            if slot.person:
                found.setdefault(slot.person, []).append((slot, post))
        return found

    def prompt(self, slot: Slot, index: int) -> str:
        """A live-post prompt of the slot's department, taking turns; "" when it has none."""
        prompts = self.prompts.get(slot.department) or [""]
        return prompts[index % len(prompts)]

    def by_story(self) -> list[list[Post]]:
        """The posts grouped by story, in the order the stories were given."""
        groups: dict[str, list[Post]] = {}
        for post in self.posts:
            groups.setdefault(post.story.url, []).append(post)
        return list(groups.values())


def cell(value: object) -> str:
    """A CSV cell that Excel shows as text, never runs as a formula."""
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def posts_csv(kit: Kit) -> str:
    header = ["title", "kind", "department", "network", "text", "length", "limit", "counted in",
              "fits", "own text", "note", "link"]
    rows = [
        [post.story.title, post.story.kind, post.story.department_name, post.network.name,
         post.text, post.length, post.network.limit, post.network.unit,
         "yes" if post.fits else "NO", "yes" if post.own_text else "no", post.note, post.link]
        for post in kit.posts
    ]
    return csv_text(header, rows)


def schedule_csv(kit: Kit) -> str:
    header = ["post", "date", "time", "person", "department", "account", "network", "kind",
              "title", "text", "image", "image_alt", "length", "limit", "fits", "fixed", "note",
              "link"]
    rows = [
        [slot.number, slot.time.strftime("%Y-%m-%d"), slot.time.strftime("%H:%M"), slot.person,
         post.story.department_name, slot.account, post.network.name, post.story.kind,
         post.story.title, post.text, *kit.image(slot), post.length, post.network.limit,
         "yes" if post.fits else "NO", "yes" if slot.fixed else "no", post.note, post.link]
        for slot, post in kit.schedule
    ]
    return csv_text(header, rows)


def sheet_name(person: str, taken: set[str]) -> str:
    """A file name for a person's sheet, from their name: plain letters, unique in the kit."""
    plain = unicodedata.normalize("NFKD", person).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "person"
    name, number = f"{stem}.html", 2
    while name in taken:
        name, number = f"{stem}-{number}.html", number + 1
    taken.add(name)
    return name


def fingerprint(kit: Kit, post_ids: Sequence[str]) -> str:
    """A digest of everything that decides the kit's files: every post and slot, the warnings,
    the campaign, the templates and this module's FORMAT. The same digest, the same bytes.

    `post_ids` names each of kit.posts by a digest of everything its text comes from
    (kit_cache.post_key): hashing those is quicker than hashing the texts. The schedule's
    posts are hashed by their texts, as some are composed and some fixed.
    """
    networks = {post.network for post in [*kit.posts, *(post for _, post in kit.schedule)]}
    posts = [list(post_ids), sorted([network.slug, network.name, network.limit, network.unit]
                                    for network in networks)]
    campaign = kit.campaign
    recipe = [
        FORMAT, jinja2.__version__,
        [(path.name, path.read_text(encoding="utf-8")) for path in sorted(TEMPLATES.iterdir())],
        kit.site_name, kit.hashtag, kit.utm_campaign, kit.warnings,
        [campaign.name, campaign.hashtag, campaign.start.isoformat(), campaign.hours,
         campaign.posts_per_hour, campaign.network, campaign.accounts] if campaign else None,
        [[slot.number, slot.time.isoformat(), slot.department, slot.account, slot.person,
          slot.text, slot.prompt, kit.image(slot), post.text, post.length, post.note, post.link]
         for slot, post in kit.schedule],
        kit.prompts, [[s.name, s.account, s.department, s.start.isoformat(), s.end.isoformat()]
                      for s in kit.shifts],
        posts,
    ]
    encoded = json.dumps(recipe, ensure_ascii=False, default=str).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def write_file(folder: Path, name: str, text: str, encoding: str = "utf-8") -> None:
    """Write whole or not at all: a reader never opens half a file."""
    target = folder / name
    partial = folder / f".{name}.{os.getpid()}.part"
    partial.write_text(text, encoding=encoding, newline="")
    os.replace(partial, target)


def write_kit(kit: Kit, folder: str | os.PathLike,
              cards: dict[str, Path] | None = None) -> list[Path]:
    """Write the kit's files into `folder`, and copy in the share cards (`cards`: each one's
    path in the kit, and the built file); remove what an earlier campaign left."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in FOLDERS:
        shutil.rmtree(folder / stale, ignore_errors=True)
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    written = {
        "posts.csv": (posts_csv(kit), "utf-8-sig"),
        "posts.html": (env.get_template("posts.html").render(kit=kit), "utf-8"),
    }
    if kit.campaign:
        written["schedule.csv"] = (schedule_csv(kit), "utf-8-sig")
        written["schedule.html"] = (env.get_template("schedule.html").render(kit=kit), "utf-8")
        written.update(campaign_pages(kit, env))
    for name, (text, encoding) in written.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        write_file((folder / name).parent, Path(name).name, text, encoding)
    for stale in set(FILES) - set(written):
        (folder / stale).unlink(missing_ok=True)
    copied = []
    for name, source in (cards or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        copied.append(Path(shutil.copyfile(source, folder / name)))
    return [folder / name for name in written] + copied


def campaign_pages(kit: Kit, env: Environment) -> dict[str, tuple[str, str]]:
    """The day-of page and a sheet per person: name in the kit, text, encoding."""
    taken: set[str] = set()
    sheets = {person: sheet_name(person, taken) for person in kit.people()}
    pages = {"day-of.html": (env.get_template("day-of.html").render(kit=kit, sheets=sheets),
                             "utf-8")}
    sheet = env.get_template("person.html")
    for person, slots in kit.people().items():
        shifts = [shift for shift in kit.shifts if shift.name == person]
        pages[f"people/{sheets[person]}"] = (sheet.render(kit=kit, person=person, slots=slots,
                                                          shifts=shifts), "utf-8")
    return pages
