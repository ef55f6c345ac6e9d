"""The public entry points of the guard: check one story, one file's bytes, or a folder."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from .allowlist import (NEVER_ALLOWED, AllowEntry, Allowlist, PhrasePattern, Pseudonym, load_allowlist,
                        phrase_pattern, read_declarations, refusal, words_of)
from .dates import dates_of_birth
from .findings import ERROR, WARNING, Allowance, Finding, FolderReport, Hit, PseudonymUse, StoryReport
from .identifiers import find_identifiers
from .lexicon import fold, public_phrases
from .names import find_names, named_privately
from .phrase_reading import PhraseReading
from .shapes import SHAPE_CUE_WORDS, find_shapes, initials_of, initials_of_names
from .online import find_online
from .place_model import PlaceModel
from .places import find_places, streets_taken_for_names
from .probes import MAX_CANDIDATES
from .public_names import public_spans
from .quasi import find_quasi
from .record_numbers import with_records
from .settings import GuardSettings
from .trust import trust_hits
from .source import Story, parse_story

__all__ = ["check_bytes", "check_folder", "check_story", "load_allowlist"]

MAX_PER_KIND = 1000
MAX_LINE = 20_000
LONG_LINE = re.compile(rf"[^\n]{{{MAX_LINE}}}")
# When two detections overlap, the more specific one wins (lower rank first, then errors, then
# longer). A trust's own reference format is the most specific of all: the trust declared it.
RANK = {kind: rank for rank, kinds in enumerate((
    ("allowance", "encoding", "too_long"), ("local_reference",), ("email",), ("social_handle",), ("pnc_id", "cro_number"),
    ("driving_licence", "passport"), ("court_case_number",), ("ni_number",), ("nhs_number",),
    ("prison_number",), ("crn", "bank_account"), ("vehicle_reg",), ("postcode",), ("phone",), ("date_of_birth",),
    ("address",), ("person_name",), ("quasi_identifier",),
)) for kind in kinds}


def check_story(text: str, path: str = "<story>", allowlist: Allowlist | None = None,
                settings: GuardSettings | None = None) -> StoryReport:
    """Check one story's Markdown source and return its findings and what was accepted."""
    story = parse_story(text.removeprefix("\ufeff"))
    allowlist = allowlist or Allowlist()
    declarations = read_declarations(story)
    allowed = sorted(_allowed_spans(allowlist, story.text))
    staff_words = allowlist.words_in(story.text, allowed)
    allowed = sorted(allowed + public_spans(story.text, allowed))  # public names no list holds whole
    allowed_words = staff_words | declarations.pseudonym_words
    hits = _detect(story, allowed, allowed_words, settings or GuardSettings())
    if declarations.pseudonym_words and (more := _pseudonym_initials(story, declarations.pseudonym_words - staff_words)):
        hits = resolve_overlaps(hits + more)
    report = StoryReport(path)
    hits, refusals = _apply_allowances(story, report, declarations.allowances, hits)
    report.pseudonyms = _pseudonym_uses(story, path, declarations.pseudonyms)
    report.findings = _findings(story, path, hits + declarations.problems + refusals + _too_long(story.text))
    return report


def _apply_allowances(story: Story, report: StoryReport, entries: list[AllowEntry],
                      hits: list[Hit]) -> tuple[list[Hit], list[Hit]]:
    """Take what each Allow: accepts out of `hits` and record it in `report`.

    An identifier (NEVER_ALLOWED) is not accepted: it stays a finding, and the Allow: that
    would have accepted it gets an error instead of a place in the list of acceptances.
    Returns the hits left and those errors.
    """
    refusals = []
    for entry in entries:
        spans = _spans_of(entry.pattern, story)
        matched = [h for h in hits if entry.accepts(h, story, spans)]
        accepted = [h for h in matched if h.kind not in NEVER_ALLOWED]
        if refused := [h for h in matched if h.kind in NEVER_ALLOWED]:
            refusals.append(refusal(refused, entry.start, entry.start + len(entry.text)))
        if accepted or not refused:
            report.allowances.append(_allowance(story, report.path, entry, accepted))
        hits = [h for h in hits if h not in accepted]
    return hits, refusals


def _pseudonym_uses(story: Story, path: str, pseudonyms: list[Pseudonym]) -> list[PseudonymUse]:
    """The declared pseudonyms the story uses: each use is a name accepted as invented."""
    uses = []
    for pseudonym in pseudonyms:
        if count := len(_spans_of(phrase_pattern((pseudonym.name,)), story)):
            uses.append(PseudonymUse(path, story.position(pseudonym.start)[0], pseudonym.name, count))
    return uses


def _allowed_spans(allowlist: Allowlist, text: str) -> list[tuple[int, int]]:
    """`allowlist.spans(text) + _public_spans(text)`, with one scan of the text for both lists."""
    own, public = allowlist.pattern, phrase_pattern(public_phrases())
    if own is None or public is None:
        return allowlist.spans(text) + _public_spans(text)
    starts = _with_public(allowlist.phrases).starts(text)
    return [m.span() for m in own.finditer_from(text, starts) if allowlist.accepts_at(text, *m.span())] + [
        m.span() for m in public.finditer_from(text, starts) if not named_privately(text, *m.span())
    ] + allowlist.joined_spans(text) + allowlist.work_emails(text)


@lru_cache(maxsize=16)
def _with_public(phrases: tuple[str, ...]) -> PhraseReading:
    return PhraseReading(phrases + public_phrases())


def _public_spans(text: str) -> list[tuple[int, int]]:
    pattern = phrase_pattern(public_phrases())
    return [m.span() for m in pattern.finditer(text) if not named_privately(text, *m.span())] if pattern else []


def _too_long(text: str) -> list[Hit]:
    """A line too long to be prose: detectors stop after MAX_CANDIDATES, so say so (blocking)."""
    match = LONG_LINE.search(text)
    if match is None:
        return []
    start = text.rfind("\n", 0, match.start()) + 1
    return [Hit(start, start, "too_long", ERROR,
                f"A line of more than {MAX_LINE:,} characters is not prose; each detector looks at "
                f"no more than {MAX_CANDIDATES:,} candidates in a story, so this one is not fully checked",
                "break the text into paragraphs, or remove pasted data")]


def check_bytes(data: bytes, path: str = "<story>", allowlist: Allowlist | None = None,
                settings: GuardSettings | None = None) -> StoryReport:
    """Check a file's raw bytes; bytes that are not UTF-8 are an error, and the rest is still checked."""
    try:
        return check_story(data.decode("utf-8"), path, allowlist, settings)
    except UnicodeDecodeError as problem:
        report = check_story(data.decode("utf-8", errors="replace"), path, allowlist, settings)
        report.findings.insert(0, _encoding_finding(data, path, problem))
        return report


def check_folder(content_dir: Path | str, allowlist_path: Path | str | None = None,
                 settings: GuardSettings | None = None) -> FolderReport:
    """Check every *.md below `content_dir`; paths in the report are relative to it.

    The allow-list is `allowlist_path` when given, else `content_dir/allowlist.txt` if present.
    """
    content_dir = Path(content_dir)
    default = content_dir / "allowlist.txt"
    if allowlist_path is None and default.is_file():
        allowlist_path = default
    allowlist = load_allowlist(allowlist_path) if allowlist_path else Allowlist()
    report = FolderReport()
    for file in sorted(content_dir.rglob("*.md")):
        relative = file.relative_to(content_dir).as_posix()
        report.stories.append(check_bytes(file.read_bytes(), relative, allowlist, settings))
    return report


def _capped(hits: list[Hit]) -> list[Hit]:
    """At most MAX_PER_KIND hits of each kind: enough to block a story, and no input can take long."""
    counts: Counter[str] = Counter()
    kept = []
    for hit in hits:
        counts[hit.kind] += 1
        if counts[hit.kind] <= MAX_PER_KIND:
            kept.append(hit)
    return kept


def _detect(story: Story, allowed: list[tuple[int, int]], allowed_words: frozenset[str],
            settings: GuardSettings) -> list[Hit]:
    text = story.text
    structured = with_records(text, [*find_identifiers(text), *find_online(text), *dates_of_birth(text),
                                     *find_places(text), *trust_hits(text, settings)])
    hits = resolve_overlaps(_checked(story, [h for h in _capped(structured) if not _within(h, allowed)]))
    occupied = sorted({(h.start, h.end) for h in hits} | set(allowed))
    hits += streets_taken_for_names(text, find_names(text, story.segments, occupied, allowed_words))
    shapes = [h for h in _checked(story, [*find_shapes(text), *initials_of_names(text, hits)]) if not _within(h, allowed)]
    # Initials of a member of staff the story names in full ("Lee Harrop chaired. LH to book the
    # room") are that member of staff, unless someone the story must not name has them too.
    staff = {letters for start, end in allowed if (letters := initials_of(text[start:end]))}
    staff -= {initials_of(text[h.start : h.end]) for h in hits if h.kind == "person_name"}
    hits += [h for h in shapes if not _declared(text[h.start : h.end], allowed_words)
             and text[h.start : h.end].replace(".", "") not in staff]
    # Quasi-identifiers are looked for in two passes (header, body) rather than field by field.
    quasi = find_quasi(text, 0, story.body_start, settings) + find_quasi(text, story.body_start, len(text), settings)
    hits += [h for h in _checked(story, _capped(quasi)) if not _within(h, allowed)]
    hits = resolve_overlaps(hits)
    if settings.places is None:
        return hits
    return resolve_overlaps(hits + _second_opinion(story, hits, allowed, allowed_words, settings.places))


def _second_opinion(story: Story, hits: list[Hit], allowed: list[tuple[int, int]],
                    allowed_words: frozenset[str], places: PlaceModel) -> list[Hit]:
    """The place model's places that touch no rule's hit and no allowed span (as its conditions
    say): where the rules found something they have the better message, and what a list accepts
    stays accepted. A place inside an allowed span is always accepted."""
    conditions = places.conditions
    occupied = sorted([(h.start, h.end) for h in hits if conditions.touching_hits and not (
        conditions.warnings_upgraded and h.kind == "address" and h.severity == WARNING)]
                      + [span for span in allowed if conditions.touching_allowed])
    reach = list(itertools.accumulate((end for _, end in occupied), max))  # furthest end so far
    found = []
    for hit in _checked(story, _capped(places.spans(story.text, allowed_words))):
        before = bisect.bisect_left(occupied, (hit.end,))  # the spans that start before it ends
        if (before == 0 or reach[before - 1] <= hit.start) and not _within(hit, allowed):
            found.append(hit)
    return found


def _pseudonym_initials(story: Story, pseudonyms: frozenset[str]) -> list[Hit]:
    """A pseudonym with a surname's initial ("Aziz K." with `Pseudonyms: Aziz`): the pseudonym is
    invented, the initial may be the person's own, so the two together are a finding, as a
    pseudonym with a surname is. Staff on the allow-list ("Lee H.") are not pseudonyms."""
    text = story.text
    hits = []
    for dot in _INITIAL_DOT.finditer(text):
        m = _WORD_BEFORE.search(text, max(0, dot.start() - 42), dot.start() - 1)
        if m is not None and fold(m["word"]) in pseudonyms:
            hits.append(Hit(m.start(), dot.end(), "person_name", ERROR,
                            "A person's name (a pseudonym with a surname's initial, which may be the "
                            "person's own) tells anyone who knows them who the story is about",
                            "leave out the initial"))
    return _checked(story, hits) if hits else []


# A capital initial with its dot after a space ("Aziz K.", found from the dot), and the word before.
_INITIAL_DOT = re.compile(r"\.(?<=[ \t][A-Z]\.)(?![\w.])")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d_][\w'’-]*)[ \t]+$")


def _declared(found: str, allowed_words: frozenset[str]) -> bool:
    """True when the name part of a shape-found name is a pseudonym or allow-listed word
    ("Nan Pat" with the pseudonym "Pat"); family and dialect words do not count, nor does an
    initial before a declared name ("Plan B. Aziz" with the pseudonym "Aziz")."""
    words = [fold(w) for w in words_of([found])]
    names = [w for w in words if w not in SHAPE_CUE_WORDS] or words
    names = [w for w in names if len(w) > 1] or names
    return all(w in allowed_words for w in names)


def _checked(story: Story, hits: list[Hit]) -> list[Hit]:
    """Keep hits that start inside a checked segment (not in Consent:, Date:, Pseudonyms: ...)."""
    segments, body_start, size = story.segments, story.body_start, len(story.text)
    # The body is always a segment (body_start to the end): most hits are there, tested first.
    return [h for h in hits if body_start <= h.start < size or any(s.start <= h.start < s.end for s in segments)]


def _within(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    index = bisect.bisect_right(spans, (hit.start, float("inf"))) - 1
    return any(start <= hit.start and hit.end <= end for start, end in spans[max(0, index - 2) : index + 1])


def resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep one hit per overlapping cluster position: the most specific kind wins, and between
    hits alike in kind, severity and span, the one found first (the order of the detectors), so
    that a story gets the same message on every run whatever Python's hash seed."""
    kept: list[Hit] = []
    for cluster in _clusters(sorted(dict.fromkeys(hits), key=lambda h: (h.start, -h.end))):
        if len(cluster) == 1:  # most hits overlap nothing
            kept += cluster
            continue
        chosen: list[Hit] = []
        for hit in sorted(cluster, key=lambda h: (RANK.get(h.kind, 99), h.severity != ERROR, h.start - h.end)):
            if all(hit.end <= c.start or c.end <= hit.start for c in chosen):
                chosen.append(hit)
        kept += chosen
    return sorted(kept, key=lambda h: (h.start, h.end))


def _clusters(hits: list[Hit]) -> list[list[Hit]]:
    clusters: list[list[Hit]] = []
    reach = -1
    for hit in hits:
        if hit.start < reach:
            clusters[-1].append(hit)
        else:
            clusters.append([hit])
        reach = max(reach, hit.end)
    return clusters


def _spans_of(pattern: PhrasePattern | None, story: Story) -> list[tuple[int, int]]:
    """Where a phrase occurs in the checked parts of a story."""
    if pattern is None:
        return []
    return [m.span() for s in story.segments for m in pattern.finditer(story.text, s.start, s.end)]


def _allowance(story: Story, path: str, entry: AllowEntry, accepted: list[Hit]) -> Allowance:
    line, _ = story.position(entry.start)
    return Allowance(path, line, entry.text, entry.reason, tuple(_findings(story, path, accepted)))


def _findings(story: Story, path: str, hits: list[Hit]) -> list[Finding]:
    """Map hits to findings, one per source line a hit covers (wrapped names span two lines)."""
    findings = []
    for hit in hits:
        for start, end in _line_pieces(story.text, hit.start, hit.end):
            line, column = story.position(start)
            findings.append(Finding(path, line, column, column + end - start, hit.kind, hit.severity,
                                    story.text[start:end], hit.message, hit.suggestion))
    return sorted(findings, key=lambda f: (f.line, f.column, f.end_column))


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while True:
        newline = text.find("\n", start, end)
        stop = end if newline < 0 else newline
        piece = text[start:stop].rstrip("\r ")
        skipped = len(piece) - len(piece.lstrip())
        if piece.strip() or (not pieces and newline < 0):
            pieces.append((start + skipped, start + len(piece)))
        if newline < 0:
            return pieces
        start = newline + 1


def _encoding_finding(data: bytes, path: str, problem: UnicodeDecodeError) -> Finding:
    before = data[: problem.start].decode("utf-8")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    bad = data[problem.start : problem.end]
    return Finding(path, line, column, column + 1, "encoding", ERROR, bad.decode("latin-1"),
                   f"The file is not valid UTF-8 (byte {bad.hex(' ')} at line {line}); the guard "
                   "cannot be sure what the published page will show",
                   "save the file as UTF-8")
