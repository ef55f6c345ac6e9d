"""The rules a story's source must follow before Pelican may read it.

Each rule returns problems that name the line and say what to do, so that a comms
officer can fix the file without reading a traceback.
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Mapping
from pathlib import Path

from pelican.utils import get_date, slugify

from plugins.anonymity.api import story_image_path
from plugins.publish_gate import Problem

from .dates import numeric_date_problem
from .header import Header, read_header
from .template import placeholder_problems

HTML_TAG = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")
YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# The form DATE_ADVICE asks for: checked by the standard library, twenty times sooner than by
# dateutil, and read the same way by both.
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?", re.ASCII)
# `withdrawn`: taken down with `invoke withdraw` (left_out.py leaves it out of every build).
STATUSES = ("published", "draft", "hidden", "withdrawn")
DATE_ADVICE = "Write the date as YYYY-MM-DD, or YYYY-MM-DD HH:MM, for example 2026-03-14 10:00"


def decode(path: str, raw: bytes) -> tuple[str | None, list[Problem]]:
    """The text of a source file, or a problem naming the line that is not UTF-8."""
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            Problem(
                path,
                line,
                f"the file is not UTF-8 text (byte 0x{raw[error.start]:02x} cannot be read)",
                "Open it in your editor, save it with the encoding 'UTF-8' and build again",
                column=column,
            )
        ]


# The kind (its folder, and its key in KINDS) whose stories are the departments' profiles.
PROFILES = "profiles"


def kind_of(full_path: str, settings: Mapping) -> str:
    """The kind of a story is the folder it sits in: `case-studies/x.md` is a case study."""
    return os.path.relpath(full_path, settings["PATH"]).replace(os.sep, "/").split("/", 1)[0]


def find_department(value: str, departments: Mapping[str, Mapping[str, str]]) -> str | None:
    """The slug of the department a story names, by slug or by name, in any case."""
    wanted = value.strip().lower()
    for slug, department in departments.items():
        if wanted in (slug, department["name"].lower()):
            return slug
    return None


def required(path: str, header: Header, keys: tuple[str, ...]) -> list[Problem]:
    return [
        Problem(
            path,
            header.line(key),
            f"the story has no {key.capitalize()}",
            f"Add a line '{key.capitalize()}: ...' to the metadata at the top of the file",
        )
        for key in keys
        if not header.value(key)
    ]


def date_problems(path: str, header: Header) -> list[Problem]:
    value = header.value("date")
    if not value:
        return []
    if ambiguous := numeric_date_problem(value):
        return [Problem(path, header.line("date"), *ambiguous)]
    try:
        # dateutil reads "Tuesday" as the coming Tuesday: a date must say its year.
        if not YEAR.search(value):
            raise ValueError(value)
        read_date(value)
    except (ValueError, OverflowError):
        return [Problem(path, header.line("date"), f"'{value}' is not a date", DATE_ADVICE)]
    return []


def read_date(value: str) -> datetime.datetime:
    """The date as Pelican reads it; ValueError (or OverflowError) if it is not one."""
    if ISO_DATE.fullmatch(value):
        return datetime.datetime.fromisoformat(value)
    return get_date(value)


def status_problems(path: str, header: Header) -> list[Problem]:
    value = header.value("status").lower()
    if not value or value in STATUSES:
        return []
    return [
        Problem(
            path,
            header.line("status"),
            f"'{header.value('status')}' is not a status",
            "Use 'Status: draft' while you write and 'Status: published' when it is ready "
            "(`invoke withdraw` takes a published story down)",
        )
    ]


def department_problems(path: str, header: Header, settings: Mapping) -> list[Problem]:
    departments = settings["DEPARTMENTS"]
    value = header.value("department")
    if not value:
        return required(path, header, ("department",))
    if find_department(value, departments):
        return []
    return [
        Problem(
            path,
            header.line("department"),
            f"'{value}' is not one of our departments",
            "Use one of: " + ", ".join(departments),
        )
    ]


def kind_problems(path: str, folder: str, header: Header, settings: Mapping) -> list[Problem]:
    """A `Kind:` or `Category:` field, when present, must agree with the story's folder."""
    kinds: Mapping[str, str] = settings["KINDS"]
    problems = []
    for key in ("kind", "category"):
        value = header.value(key).strip().lower()
        if value and value not in (folder, kinds[folder].lower()):
            problems.append(
                Problem(
                    path,
                    header.line(key),
                    f"'{header.value(key)}' does not match the folder '{folder}/'",
                    f"Move the file to the folder of its kind ({', '.join(kinds)}) "
                    f"and delete the '{key.capitalize()}:' line",
                )
            )
    return problems


def image_problems(path: str, header: Header, settings: Mapping) -> list[Problem]:
    image = header.value("image")
    if not image:
        return []
    problems = []
    photo = story_image_path(image, Path(settings["PATH"]))
    if photo is None:
        problems.append(
            Problem(
                path,
                header.line("image"),
                f"the image '{image}' is not a file inside content/images/",
                "Put the photo in content/images/ and write its path from the content folder, "
                "for example 'Image: images/photo.jpg' (no '..', no '/' at the start)",
            )
        )
    elif not photo.is_file():
        problems.append(
            Problem(
                path,
                header.line("image"),
                f"the image '{image}' is not in the content folder",
                "Put the photo in content/images/ and write 'Image: images/NAME.jpg'",
            )
        )
    if not header.value("image-alt"):
        problems.append(
            Problem(
                path,
                header.line("image"),
                "the image has no text alternative",
                "Add 'Image-alt:' with a sentence that says what the photo shows",
            )
        )
    return problems


def tag_problems(path: str, header: Header, settings: Mapping) -> list[Problem]:
    """Tags are plain words: each gets a page and feeds at an address made of its words."""
    problems = []
    for tag in (tag.strip() for tag in header.value("tags").split(",")):
        if not tag:
            continue
        if HTML_TAG.search(tag):
            problems.append(Problem(path, header.line("tags"), f"the tag '{tag}' holds HTML",
                                    "Write each tag as a few plain words, separated by commas"))
        elif not slugify(tag, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", [])):
            problems.append(Problem(path, header.line("tags"), f"the tag '{tag}' has no letters "
                                    "or digits, so it cannot have a page",
                                    "Write each tag as a few plain words, separated by commas"))
    return problems


def check_article(path: str, full_path: str, text: str, settings: Mapping) -> list[Problem]:
    """Every rule for a story in one of the kinds' folders."""
    header = read_header(text)
    folder = kind_of(full_path, settings)
    return [
        *required(path, header, ("title", "date", "summary")),
        *date_problems(path, header),
        *status_problems(path, header),
        *department_problems(path, header, settings),
        *kind_problems(path, folder, header, settings),
        *image_problems(path, header, settings),
        *tag_problems(path, header, settings),
        *placeholder_problems(path, header, settings),
    ]


def folder_problems(path: str, full_path: str, settings: Mapping) -> list[Problem]:
    """A story outside every kind's folder (`content/interviews/x.md`), which Pelican would
    skip without a word: it names the kinds."""
    folder = kind_of(full_path, settings)
    where = "at the top of the content folder" if folder == Path(full_path).name \
        else f"in the folder '{folder}/'"
    kinds = ", ".join(f"{kind}/" for kind in settings["KINDS"])
    pages = ", ".join(f"{page}/" for page in settings["PAGE_PATHS"])
    return [
        Problem(
            path,
            1,
            f"this story is {where}, which is not a kind of story, so it would never be published",
            f"Move it to the folder of its kind: {kinds} (KINDS in pelicanconf.py); a page "
            f"such as 'About' goes in {pages}",
        )
    ]


def check_page(path: str, _full_path: str, text: str, _settings: Mapping) -> list[Problem]:
    """Pages (about, and the like) need a title and a readable status."""
    header = read_header(text)
    return [*required(path, header, ("title",)), *status_problems(path, header)]
