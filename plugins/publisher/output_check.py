"""The second check: the built site itself, every page, feed, sitemap and image, before upload.

The anonymity guard reads each story's source. What is published also holds what templates,
slugs, file names, share metadata and theme files add, so the same guard reads the built
output too: every text file is taken apart into pieces (output_text.py), and each distinct
line of them all, in every file, is read once by the guard, with every published story's
`Pseudonyms:` and `Allow:` accepted (the declarations the sources were checked with) and
internal addresses read as slugs; its findings count in every file that holds it.
Every image is opened and must carry no identifying metadata. The output hygiene rules
(hygiene.py) run on the same tree. Any error refuses the upload.

On a large site the work is shared with one more process (the build's worker pool is done by
then, and a core idle): it reads about half of the files, then checks about half of the
distinct lines; each is read and checked once, and the problems are the same, in the same
order, as when the build's process does it all (SLINGSHOT_CHECK_PROCESSES forces either).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import multiprocessing
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qsl, unquote, urlsplit

import phonenumbers
import PIL
from lxml import etree
from plugins.anonymity.api import (ERROR, Allowlist, Finding, GuardSettings, accepted_words, check_story,
                           inspect_image, suspect_words)

from plugins.publish_gate.active_content import PageWatch, page_problems, svg_problems

from .blocked_links import LinkFilter
from .hygiene import CHECKED_IMAGES, hygiene_problems, metadata_problems
from .line_verdicts import LineVerdicts, load_line_verdicts, memo_file, save_line_verdicts, write_json
from .output_text import Piece, as_text, file_pieces
from .sources import Declarations


# The networks' "share this" addresses: not anyone's profile; their query values are checked.
SHARE_ENDPOINTS = (
    "x.com/intent/", "twitter.com/intent/", "bsky.app/intent/", "linkedin.com/sharing/",
    "facebook.com/sharer", "reddit.com/submit", "wa.me/", "t.me/share", "mastodonshare.com/",
)
# Share metadata that is a machine value (sizes, types, locales), never words about a person.
MACHINE_VALUES = frozenset(f"<meta {name}>" for name in (
    "og:image:width", "og:image:height", "og:type", "og:locale", "twitter:card", "viewport",
    "color-scheme", "theme-color", "robots", "referrer", "format-detection", "og:image:type",
))


# Between an allowed text and its reason in `Allow:` ("Amina Yusuf -- our chief officer").
REASON = re.compile(r"\s+(?:—|–|--)\s+")
# Characters of distinct lines checked as one synthetic story: a few stories' worth, so that
# no detector comes near its cap on candidates (probes.MAX_CANDIDATES), which a whole feed
# laid out as one story could pass, leaving the rest of it unread.
BATCH_CHARACTERS = 20_000
# From this much to read (`read_cost`: about half a second's worth), the check shares its
# work with a second process (the machine's other core is idle by the end of a build); below,
# starting one costs more than it saves. The sample site, or a site of 100 stories, stays below.
PARALLEL_COST = 3_000_000
# SLINGSHOT_CHECK_PROCESSES: "1" checks in the build's process only, "2" always shares the
# work with a second process; unset, the size of the folder and the cores decide.
PROCESSES_VARIABLE = "SLINGSHOT_CHECK_PROCESSES"
# Suffixes of files that hold feed entries, each entry parsed once per process (`embedded_pieces`):
# all are read in the same process, so no entry is parsed twice; a byte of them costs a third
# of a page's.
FEEDS = frozenset({".xml", ".atom", ".rss"})
# A file's verdict: "image", "text" or "" (neither: nothing read), its warnings, its problems.
Verdict = tuple[str, int, list[str]]
# What an image costs to read, in bytes of a page (its header is read, not its pixels).
IMAGE_COST = 2000
T = TypeVar("T")


@dataclass(frozen=True)
class OutputProblem:
    """One reason the built site cannot be published: the file (relative to the site) and what."""

    path: str
    what: str

    def describe(self) -> str:
        """One line that names the output file and what is wrong with it."""
        return f"{self.path}: {self.what}"


@dataclass
class OutputReport:
    """The verdict on one built site."""

    problems: list[OutputProblem] = field(default_factory=list)
    text_files: int = 0
    images: int = 0
    warnings: int = 0
    checked: int = 0  # files read and checked in this run ...
    reused: int = 0  # ... and files whose bytes were judged before, with the same code and settings
    processes: int = 1  # ... in this process alone, or with a second (`shares_work`)

    def add(self, relative: str, verdict: Verdict) -> None:
        """Count one file's verdict; its problems are reported every time."""
        self.images += verdict[0] == "image"
        self.text_files += verdict[0] == "text"
        self.warnings += verdict[1]
        self.problems += [OutputProblem(relative, what) for what in verdict[2]]

    @property
    def ok(self) -> bool:
        """True when nothing stops the upload."""
        return not self.problems


@dataclass
class _Synthetic:
    """A file's pieces laid out as a story, with the piece behind each line."""

    text: str
    lines: dict[int, Piece]


def check_output(site: Path, declarations: Declarations, allowlist: Allowlist,
                 guard: GuardSettings | None = None, siteurl: str = "",
                 drafts: Iterable[str] = (), content: Path | None = None,
                 hygiene: bool = True, verdicts: Path | None = None,
                 blocked: tuple[str, ...] = (), parallel: bool | None = None) -> OutputReport:
    """Check every file of a built site (or, with `hygiene` off, of another built folder such
    as the campaign kit); the report lists every problem that stops an upload.

    With `verdicts` (a file under CACHE_PATH), a file whose path and bytes were judged by the
    same code with the same settings has its verdict, problems included, taken from there, and
    in the others a line the guard read before has its findings taken from a memo beside it
    (line_verdicts.py).
    `parallel` shares the work with a second process, or not (None: `shares_work` decides);
    the report is the same either way."""
    report = OutputReport()
    if hygiene:
        report.problems += [OutputProblem(p.path, p.what)
                            for p in hygiene_problems(site, siteurl, drafts, content, images=False)]
    paths = {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*"))
             if p.is_file() and not p.is_symlink()}
    context = context_digest(declarations, allowlist, guard, siteurl, blocked) if verdicts else ""
    known = load_verdicts(verdicts, context) if verdicts else {}
    digests = {relative: _file_digest(path) for relative, path in paths.items()} if verdicts else {}
    judged: dict[str, Verdict] = {}
    for relative, digest in digests.items():
        if is_verdict(entry := known.get(relative)) and entry[0] == digest:
            judged[relative] = (entry[1], entry[2], entry[3])
    unjudged = [path for relative, path in paths.items() if relative not in judged]
    report.reused, report.checked = len(judged), len(unjudged)
    report.processes = 2 if shares_work(unjudged, parallel) else 1
    memo = load_line_verdicts(memo_file(verdicts), context) if verdicts and unjudged else None
    judged.update(check_files(site, unjudged, declarations, allowlist, guard, siteurl, blocked,
                              report.processes == 2, memo))
    for relative in sorted(judged):
        report.add(relative, judged[relative])
    if verdicts:
        save_verdicts(verdicts, context, {relative: [digests[relative], *judged[relative]]
                                          for relative in judged})
        if memo is not None:
            save_line_verdicts(memo_file(verdicts), context, memo)
    report.problems.sort(key=lambda problem: problem.path)
    return report


def context_digest(declarations: Declarations, allowlist: Allowlist, guard: GuardSettings | None,
                   siteurl: str, blocked: tuple[str, ...] = ()) -> str:
    """A digest of everything but a file's own bytes that its verdict depends on: the code and
    data of the checks (the guard, this package, the gate's active-content rules), the libraries
    that parse, and the allow-list, declarations, guard settings and address of the site."""
    digest = hashlib.sha256(repr((
        sys.version, etree.LXML_VERSION, PIL.__version__, phonenumbers.__version__, allowlist.phrases,
        declarations.pseudonyms, declarations.allowances, guard or GuardSettings(), siteurl,
        blocked)).encode())
    for code in (check_story, page_problems, check_output):
        folder = Path(sys.modules[code.__module__].__file__).parent  # type: ignore[arg-type]
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(f"\0{path.relative_to(folder)}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def load_verdicts(file: Path, context: str) -> dict:
    """The verdicts kept for `context`; none when the file is missing, unreadable, corrupt
    or from other code or settings (each entry is checked again with `is_verdict`)."""
    try:
        kept = json.loads(file.read_bytes())
        return kept["files"] if kept["context"] == context and isinstance(kept["files"], dict) else {}
    except Exception:  # noqa: BLE001 - any doubt about the cache means checking every file
        return {}


def is_verdict(entry: object) -> bool:
    """True for a kept entry of the right shape: [digest, kind, warnings, problems]."""
    return (isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], str)
            and entry[1] in ("image", "text", "") and type(entry[2]) is int
            and isinstance(entry[3], list) and all(isinstance(what, str) for what in entry[3]))


def save_verdicts(file: Path, context: str, files: dict) -> None:
    """Keep this check's verdicts for the next; a cache that cannot be written is no error."""
    write_json(file, {"context": context, "files": files})


def _file_digest(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def check_files(site: Path, paths: list[Path], declarations: Declarations, allowlist: Allowlist,
                guard: GuardSettings | None, siteurl: str, blocked: tuple[str, ...] = (),
                parallel: bool | None = None, memo: LineVerdicts | None = None,
                ) -> dict[str, Verdict]:
    """The verdict on each of some files of a built folder: images opened, each text file read
    once into pieces, each distinct line of them all checked once (`distinct_findings`), or
    not at all when the `memo` holds it.
    With a second process (`second_process`), that one reads about half of the files and
    checks about half of the distinct lines: nothing is checked twice, nothing is left out."""
    with second_process(paths, parallel) as helper:
        verdicts, read = read_shared(site, paths, siteurl, blocked, helper)
        distinct: dict[Piece, Piece] = {}  # one copy of each, however many files hold it
        files = {relative: [distinct.setdefault(piece, piece) for piece in pieces]
                 for relative, pieces in read.items()}
        known = distinct_findings(distinct, declarations, allowlist, guard, siteurl, helper, memo)
    for relative, pieces in files.items():
        found = [(piece, finding) for piece in pieces for finding in known.get(piece, ())]
        verdicts[relative] = ("text", sum(1 for f in found if f[1].severity != ERROR),
                              verdicts[relative][2] + [_describe(piece, finding) for piece, finding
                                                       in found if finding.severity == ERROR])
    return verdicts


def read_files(site: Path, paths: list[Path], siteurl: str,
               blocked: tuple[str, ...]) -> tuple[dict[str, Verdict], dict[str, list[Piece]]]:
    """Each file's verdict but for the guard's findings (images whole), and the pieces of each
    text file as the guard reads them (`_expanded`), each once, in the order of `paths`."""
    verdicts: dict[str, Verdict] = {}
    files: dict[str, list[Piece]] = {}
    distinct: dict[Piece, Piece] = {}  # one object for each, sent once from a second process
    links = LinkFilter(blocked)
    for path in paths:
        relative = path.relative_to(site).as_posix()
        if path.suffix.lower() in CHECKED_IMAGES:
            verdicts[relative] = ("image", 0, _image_problems(path) + metadata_problems(path))
            continue
        watch = PageWatch(siteurl)
        try:
            data = path.read_bytes()
            pieces = file_pieces(path, data, watch)
        except (UnicodeDecodeError, SyntaxError, ValueError) as error:
            verdicts[relative] = ("", 0, [f"cannot be read to be checked ({error})"])
            continue
        verdicts[relative] = ("" if pieces is None else "text", 0, [
            f"{what}: pages run no script and load nothing from another site"
            for what in active_parts(path, watch)])
        if pieces is not None:
            files[relative] = [distinct.setdefault(piece, piece)
                               for piece in dict.fromkeys(_expanded(pieces, siteurl))]
            verdicts[relative][2].extend(link.message for link in links.links(relative, as_text(data)))
    return verdicts, files


def read_shared(site: Path, paths: list[Path], siteurl: str, blocked: tuple[str, ...],
                helper: ProcessPoolExecutor | None,
                ) -> tuple[dict[str, Verdict], dict[str, list[Piece]]]:
    """`read_files`, with the `helper` process (when there is one) reading its share of them;
    the text files' pieces come back in the order of `paths`, as if read here."""
    if helper is None:
        return read_files(site, paths, siteurl, blocked)
    mine, theirs = split_files(paths)
    later = handed(helper, read_files, site, theirs, siteurl, blocked)
    verdicts, files = read_files(site, mine, siteurl, blocked)
    their_verdicts, their_files = outcome(later, read_files, site, theirs, siteurl, blocked)
    verdicts.update(their_verdicts)
    files.update(their_files)
    order = (path.relative_to(site).as_posix() for path in paths)
    return verdicts, {relative: files[relative] for relative in order if relative in files}


def split_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Files for this process (every feed: an entry in many feeds is parsed once) and for the
    second, about as much to read each (`read_cost`)."""
    mine: list[Path] = []
    theirs: list[Path] = []
    costs = [0.0, 0.0]
    for path in sorted(paths, key=lambda path: path.suffix.lower() not in FEEDS):
        side = 0 if path.suffix.lower() in FEEDS or costs[0] <= costs[1] else 1
        (mine, theirs)[side].append(path)
        costs[side] += read_cost(path)
    return mine, theirs


def read_cost(path: Path) -> float:
    """About how long `read_files` takes on a file, in bytes of a page."""
    suffix = path.suffix.lower()
    if suffix in CHECKED_IMAGES:
        return IMAGE_COST
    return path.stat().st_size / (3 if suffix in FEEDS else 1)


@contextlib.contextmanager
def second_process(paths: list[Path], parallel: bool | None,
                   ) -> Iterator[ProcessPoolExecutor | None]:
    """A second process to share the check with, when `shares_work`; forked where the system
    can (it starts with the build's code loaded), spawned elsewhere (Windows)."""
    if not shares_work(paths, parallel):
        yield None
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context(method)) as pool:
        yield pool


def shares_work(paths: list[Path], parallel: bool | None) -> bool:
    """`parallel` when given, else what SLINGSHOT_CHECK_PROCESSES asks ("1" or "2"), else
    whether there is a second core and PARALLEL_COST to read (`read_cost`)."""
    if not paths:
        return False
    if parallel is None:
        parallel = {"1": False, "2": True}.get(os.environ.get(PROCESSES_VARIABLE, "").strip())
    if parallel is not None:
        return parallel
    return cores() > 1 and sum(map(read_cost, paths)) >= PARALLEL_COST


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def handed(helper: ProcessPoolExecutor, function: Callable[..., T], *arguments: Any) -> Future | None:
    """`function(*arguments)` started in the second process; None if it cannot start there."""
    try:
        return helper.submit(function, *arguments)
    except (OSError, RuntimeError):  # BrokenProcessPool is a RuntimeError
        return None


def outcome(future: Future | None, function: Callable[..., T], *arguments: Any) -> T:
    """The second process's result; `function(*arguments)` done here if that process could not
    start or died (so the check never depends on it). An error in the work itself is raised,
    as it would be here."""
    if future is None:
        return function(*arguments)
    try:
        return future.result()
    except BrokenProcessPool:
        return function(*arguments)


def active_parts(path: Path, watch: PageWatch) -> list[str]:
    """What a built page (`watch` was given its reading with its pieces, `file_pieces`) or
    an SVG picture would run, or fetch from another site."""
    return svg_problems(path) if path.suffix.lower() == ".svg" else watch.close()


def distinct_findings(pieces: Iterable[Piece], declarations: Declarations,
                      allowlist: Allowlist, guard: GuardSettings | None, siteurl: str,
                      helper: ProcessPoolExecutor | None = None, memo: LineVerdicts | None = None,
                      ) -> dict[Piece, list[Finding]]:
    """The findings in each of some distinct pieces that has any, each distinct line of them
    (`lines_of`) checked once: a story's paragraphs are on its page, in a dozen feeds and in the
    kit, the header and footer on every page. Lines are checked in `batches`, three blank lines
    apart as in one file, so no detail spans two; the `helper` process checks the later ones.
    A line the `memo` holds takes its findings from there; the others' are added to it."""
    read: dict[tuple[str, str, bool], tuple[Piece, ...]] = {}  # a post's text is in many cells
    lines: dict[Piece, tuple[Piece, ...]] = {}
    for piece in pieces:
        key = reading_key(piece)
        lines[piece] = read[key] if key in read else read.setdefault(key, lines_of(*key))
    known, unknown = recalled(chain.from_iterable(lines.values()), memo)
    arguments = (allowlist.phrases, tuple(declarations.pseudonyms),
                 tuple(declarations.allowances), guard, siteurl)
    batched = list(batches(unknown))
    half = middle(batched) if helper is not None else len(batched)
    later = handed(helper, check_batches, batched[half:], *arguments) \
        if helper is not None and half < len(batched) else None
    found = check_batches(batched[:half], *arguments)
    found += outcome(later, check_batches, batched[half:], *arguments)
    for line, finding in chain.from_iterable(found):
        known[line].append(finding)
    if memo is not None:
        for line in unknown:
            memo.learn(line, known[line])
    return {piece: found for piece, read in lines.items()
            if (found := [finding for line in read for finding in known[line]])}


def recalled(lines: Iterable[Piece], memo: LineVerdicts | None,
             ) -> tuple[dict[Piece, list[Finding]], list[Piece]]:
    """Each distinct line with the findings the `memo` holds for it (in the order of `lines`),
    and the lines it does not hold, which are to be checked (their findings still empty)."""
    known: dict[Piece, list[Finding]] = {}
    unknown: list[Piece] = []
    for line in lines:
        if line in known:
            continue
        kept = memo.recall(line) if memo is not None else None
        known[line] = [] if kept is None else list(kept)
        if kept is None:
            unknown.append(line)
    return known, unknown


def batches(pieces: list[Piece]) -> Iterator[list[Piece]]:
    """Pieces (lines) in runs of at most BATCH_CHARACTERS (a longer one alone)."""
    batch: list[Piece] = []
    size = 0
    for piece in pieces:
        if batch and size + len(piece.text) > BATCH_CHARACTERS:
            yield batch
            batch, size = [], 0
        batch.append(piece)
        size += len(piece.text)
    if batch:
        yield batch


def middle(batched: list[list[Piece]]) -> int:
    """Where the batches are split in two of about as many characters."""
    sizes = [sum(len(piece.text) for piece in batch) for batch in batched]
    total, running = sum(sizes), 0
    for index, size in enumerate(sizes):
        if running * 2 >= total:
            return index
        running += size
    return len(batched)


def check_batches(batched: list[list[Piece]], phrases: tuple[str, ...],
                  pseudonyms: tuple[str, ...], allowances: tuple[str, ...],
                  guard: GuardSettings | None, siteurl: str) -> list[list[tuple[Piece, Finding]]]:
    """`check_pieces` on each batch of lines, from what pickles (to run in a second process)."""
    declarations = Declarations(list(pseudonyms), list(allowances))
    allowlist = Allowlist(phrases)
    return [check_pieces(batch, declarations, allowlist, guard, siteurl, expand=False)
            for batch in batched]


def reading_key(piece: Piece) -> tuple[str, str, bool]:
    """All of a piece that the guard's reading depends on: what kind of place it is in, its text,
    and whether it is an address (pieces alike in these are read alike); not where it was found,
    so the same paragraph in a page, a feed and the kit is checked once."""
    where = "the page title" if _is_heading(piece) else "the text" if not piece.is_address else \
        "an address"
    if piece.where.startswith("the address "):
        where = "the address"  # another site's: its words are read for names
    return where, piece.text, piece.is_address


def lines_of(where: str, text: str, is_address: bool) -> tuple[Piece, ...]:
    """What of a piece the guard reads, from its `reading_key`: a line at a time (it reads lines
    apart: `synthetic_story`), each line's text, whether it is an address or a heading."""
    if is_address:
        return (Piece(where, text, True),)
    return tuple(dict.fromkeys(Piece(where, " ".join(line.split()))
                               for line in text.splitlines() if line.strip()))


def _is_heading(piece: Piece) -> bool:
    return piece.where == "the page title" or "the text of <h" in piece.where


def check_pieces(pieces: list[Piece], declarations: Declarations, allowlist: Allowlist,
                 guard: GuardSettings | None = None, siteurl: str = "",
                 expand: bool = True) -> list[tuple[Piece, Finding]]:
    """The guard's findings on a file's pieces, each with the piece it was found in; with
    `expand` False, the pieces are already as the guard reads them (`_expanded`)."""
    synthetic = synthetic_story(pieces, siteurl, expand)
    accepting = with_declarations(allowlist, tuple(declarations.pseudonyms),
                                  tuple(declarations.allowances))
    report = check_story(synthetic.text, "<output>", accepting, guard or GuardSettings())
    own = {phrase.lstrip("@").casefold() for phrase in allowlist.phrases}
    found = [
        (synthetic.lines[f.line], f) for f in report.findings
        if f.line in synthetic.lines and not (f.kind == "social_handle" and _handle(f.text) in own)
    ]
    named = {(piece, finding.text.casefold()) for piece, finding in found}
    return found + [(piece, finding) for piece, finding in address_word_findings(
        _expanded(pieces, siteurl) if expand else pieces, declarations, allowlist)
        if (piece, finding.text) not in named]


@lru_cache(maxsize=8)
def with_declarations(allowlist: Allowlist, pseudonyms: tuple[str, ...],
                      allowances: tuple[str, ...]) -> Allowlist:
    """The allow-list with what the published stories declare: their pseudonyms, and the text
    of each `Allow:` the guard accepted (a site's pages show all of them side by side)."""
    allowed = [REASON.split(allowance, maxsplit=1)[0] for allowance in allowances]
    return Allowlist(tuple(dict.fromkeys((*allowlist.phrases, *pseudonyms, *allowed))))


@lru_cache(maxsize=8)
def _accepted(allowlist: Allowlist, pseudonyms: tuple[str, ...],
              allowances: tuple[str, ...]) -> frozenset[str]:
    """The words an address may hold, worked out once a site, not once a batch."""
    allowed = [REASON.split(allowance, maxsplit=1)[0] for allowance in allowances]
    return accepted_words(list(pseudonyms), allowed, allowlist)


def address_word_findings(pieces: list[Piece], declarations: Declarations,
                          allowlist: Allowlist) -> list[tuple[Piece, Finding]]:
    """A person's name among the words of an address, in lower case where the name detector
    cannot see it ("tags/jordan-nowak/", "#okafor-family"), unless a story declares it."""
    accepted = _accepted(allowlist, tuple(declarations.pseudonyms), tuple(declarations.allowances))
    found = []
    for piece in pieces:
        if not piece.is_address and not piece.where.startswith("the address"):
            continue
        for word in suspect_words(piece.text, piece.is_address, accepted, unknown=False):
            found.append((piece, Finding(
                "<output>", 1, 1, 1, "person_name", ERROR, word,
                "a person's name, in an address that is published as written",
                "rename the story, tag, image or link that gives this address")))
    return found


def synthetic_story(pieces: list[Piece], siteurl: str = "", expand: bool = True) -> _Synthetic:
    """Lay pieces out as a story the guard reads: addresses as slugs, then text.

    Pieces are three blank lines apart, more than any detector reaches across, so words that
    are only neighbours in the file (a meta value and the next) never read as one detail.
    """
    header: list[str] = []
    lines: dict[int, Piece] = {}
    body: list[tuple[str, Piece]] = []
    for piece in _expanded(pieces, siteurl) if expand else pieces:
        if piece.is_address:
            header.append(f"Slug: {piece.text}")
            lines[len(header)] = piece
            continue
        heading = _is_heading(piece)
        body += [(("# " if heading else "") + " ".join(line.split()), piece)
                 for line in piece.text.splitlines() if line.strip()]
    text = "\n".join(header) + "\n\n"
    number = text.count("\n") + 1  # the first line of text (the third with no address)
    for line, piece in body:
        text += line + "\n\n\n\n"
        lines[number] = piece
        number += 4
    return _Synthetic(text, lines)


def _expanded(pieces: list[Piece], siteurl: str) -> list[Piece]:
    """Pieces as the guard reads them: machine values dropped, addresses taken apart."""
    out: list[Piece] = []
    for piece in pieces:
        if piece.is_address:
            out += _address_pieces(piece, siteurl)
        elif piece.where not in MACHINE_VALUES:
            out.append(piece)
    return out


@lru_cache(maxsize=65536)
def _address_pieces(piece: Piece, siteurl: str) -> tuple[Piece, ...]:
    """`address_pieces`, worked out once for an address on every page (the menu, the footer)."""
    return tuple(address_pieces(piece, siteurl))


def address_pieces(piece: Piece, siteurl: str = "") -> list[Piece]:
    """An address as the guard reads it: a path on this site is a slug; another site's address
    is text (a profile link is found there); every query value is checked on its own."""
    text = piece.text.strip()
    if text.lower().startswith(("data:", "javascript:")):
        return []
    path = own_path(text, siteurl)
    parts = urlsplit(path if path is not None else text)
    out: list[Piece] = []
    if path is not None:
        if unquote(parts.path).strip("/. "):
            out.append(Piece(piece.where, unquote(parts.path).replace("../", ""), True))
    else:
        host = parts.netloc.lower().removeprefix("www.")
        if not f"{host}{parts.path}".startswith(SHARE_ENDPOINTS):
            base = f"{parts.scheme}:{'//' if parts.netloc else ''}{parts.netloc}{parts.path}"
            out.append(Piece(f"the address {_short(text)} ({piece.where})", unquote(base)))
    if parts.fragment.strip("#"):
        out.append(Piece(f"the fragment of the address {_short(text)} ({piece.where})",
                         unquote(parts.fragment), True))
    for _, value in parse_qsl(parts.query):
        where = f"a value in the address {_short(text)} ({piece.where})"
        address = len(value.split()) == 1 and (own_path(value, siteurl) is not None or "://" in value)
        out += address_pieces(Piece(where, value, True), siteurl) if address else [Piece(where, value)]
    return out


def own_path(address: str, siteurl: str = "") -> str | None:
    """The address as a path on this site ('/case-studies/x/'), or None for another site."""
    if siteurl and address.startswith(siteurl.rstrip("/")):
        return address[len(siteurl.rstrip("/")):] or "/"
    if address.startswith("tag:"):  # Atom ids: tag:host,date:/path/
        return address.split(":", 2)[-1]
    parts = urlsplit(address)
    return None if parts.scheme or parts.netloc else address


def _short(text: str, limit: int = 70) -> str:
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")


def _handle(text: str) -> str:
    """The account name in a handle or a profile address."""
    return text.rstrip("/").rsplit("/", 1)[-1].lstrip("@").split("@")[0].casefold()


def _describe(piece: Piece, finding: Finding) -> str:
    kind = finding.kind.replace("_", " ")
    place = f"in the address {_short(piece.text)} ({piece.where})" if piece.is_address else f"in {piece.where}"
    advice = finding.suggestion[:1].upper() + finding.suggestion[1:]
    return f"{kind} {finding.text!r} {place}: {finding.message}. {advice}"


def _image_problems(path: Path) -> list[str]:
    check = inspect_image(path, decode=False)
    if check.error:
        return [f"image: {check.error}"]
    return [f"image carries {what}{': ' + value if value else ''}. Only photos in content/images "
            "are cleaned when the site is built: remove this one's metadata"
            for what, value in check.metadata]
