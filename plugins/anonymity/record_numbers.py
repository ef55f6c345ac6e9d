"""Record numbers of any system, recognised by their shape and by any word that announces one.

The systems that give a person a number are too many to list (gyms, insurers, phone makers,
councils, courts, schools, the trust's partners), and each writes its numbers its own way
("membership GYM/004417", "ref: SCR-SR-0412-19", "IMEI 35-209900-176148-1",
"NI/PB/2024/00871"). So a record number is read by its shape: letters and digits mixed, or a long
run of digits, in groups joined by slashes, dashes, dots, spaces or a line break. Such a token is
someone's record

- after any word that announces a number (data/reference_cues.txt `[any record]`: "number",
  "ref", "ID", "account", "membership", "card", "file", "policy", "serial", "IMEI"; and
  `[any court case]`: "case", "appeal"), or after "my ... is" ("my locker code is K7-4471");
- with no cue at all when it is long: eight or more letters and digits, five or more of them
  digits ("SCR-SR-0412-19").

A token is not a record when it has a public shape (a date, a year or a range of years, a time,
a version, a price, a road, a UK phone number, which the phone rule judges), when a word of its
own or just before its cue names an organisation's or a document's number (`[public]`:
"registered charity, no. 1146792", "Job ref: PV-JOB-2026-118", "consent reference CF-2026-0142"),
or when a count follows it ("12000 hours"). Every other recogniser is more specific: these hits
are kept only where no other identifier stands (identifiers.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache

from .findings import ERROR, REMOVE_NUMBER, Hit
from .lexicon import common_words, foreign_month_names, places, sections
from .probes import digit_positions, digit_run_starts, first, lower_of, one_level_trie

# A token: groups of letters and digits. Slashes, dashes and dots join any groups (a slash or
# dash may end a wrapped line); a space or one line break joins a group that starts with a digit,
# or a check letter at the end ("JK 48⏎20 71 C"). A first group without digits is a short code in
# capitals ("HX 4471", "NI/PB/...") or a short word joined by a slash or dash ("gym/004417").
_JOIN = r"(?:[ \t]?/[ \t]?(?:\r?\n[ \t]*)?|[-–](?:\r?\n[ \t]*)?|\.)"
_SPACE = r"(?:[ \t]|[ \t]*\r?\n[ \t]*)"
_FIRST = (rf"(?:[A-Za-z]{{0,6}}\d[A-Za-z0-9]*|[A-Z]{{1,5}}(?={_SPACE}\d|{_JOIN}[A-Za-z0-9])"
          rf"|[a-z]{{1,4}}(?=[/-][A-Za-z0-9]))")
TOKEN = re.compile(rf"(?<![\w/.@#$£€+]){_FIRST}(?:{_JOIN}[A-Za-z0-9]+|{_SPACE}(?:\d[A-Za-z0-9]*|[A-Z](?!\w))){{0,12}}"
                   r"(?![\w@]|[.,/-]\d)")
MAX_TOKEN = 48
MIN_DIGITS = 4  # after a cue
BARE_LENGTH, BARE_DIGITS = 8, 5  # with no cue: letters and digits, and digits among them
WINDOW = 100  # how far before a token its cue may start
_ALNUM = re.compile(r"[A-Za-z0-9]")
_PARTS = re.compile(r"[A-Za-z]+|\d+")
_WORDS = re.compile(r"[a-z]+")
_MASKED = re.compile(r"(?i)(?<![a-wyz])xx+(?![a-wyz])")
_CAPITALS_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,5}\Z")
# Between a cue and its token: punctuation, and at most four words ("number is", "account at the
# credit union is", "case number, Belfast").
_GAP = re.compile(r"(?:[\s|:;,#(.\-–—*]|['’]s\b)*(?:(?P<word>[A-Za-z]{1,12})(?:[\s|:;,#(.\-–—*]|['’]s\b)+){0,4}")
# "my locker code is", "his number at the gym was": a person's own something, then its value.
OWNER_CUE = re.compile(r"(?:my|his|her|their|your)(?:\s+[a-z’'-]{2,15}){1,3}?\s+(?:is|was)\s*[:-]?\s*$")
# Public shapes (the digits and separators of the whole token).
_PUBLIC_SHAPES = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:\d\d|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-](?:19|20)\d\d"  # dates
    r"|\d{4}-\d\d-\d\d[T ]\d\d"  # an ISO 8601 date and hour ("2025-08-13T11:00:00+01:00" in a feed)
    r"|\d{1,2}[./-]\d{1,2}[./-](?:\d\d|\d{4})[ \t]\d\d"  # a date and its hour ("17/09/2026 09:15" in case notes)
    r"|(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?"  # a year, a range of years
    r"|\d{1,2}[.:]\d\d"  # a time
    r"|\d{1,3}(?:\.\d{1,3})+"  # a version, a decimal
    r"|[ABM]\d{1,4}(?:\(M\))?"  # a road
)
# A number of a year: "PI 11/2014", "PSI 2011-12", "Circular 04/2019" (a document, without a cue).
_OF_A_YEAR = re.compile(r"(?:\d{1,3}[ /-])?(?:19|20)\d\d(?:[/-]\d\d)?")


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The cue pattern (on lower-cased text), the court words, and the public words."""
    data = sections("reference_cues.txt")
    cues = sorted(set(data["any record"]) | set(data["any court case"]), key=len, reverse=True)
    alternatives = [re.escape(word).replace(r"\ ", r"\s+") for word in cues]
    pattern = re.compile(one_level_trie(alternatives) + "(?![a-z])")
    return pattern, frozenset(data["any court case"]) | frozenset(data["court's"]), frozenset(data["public"])


def find_record_numbers(text: str) -> Iterator[Hit]:
    """Every token shaped like a record number after a cue, and every long one without."""
    lower = lower_of(text)
    if len(lower) != len(text):  # a rare letter whose lower case is longer: offsets would shift
        return
    digits = digit_positions(text)
    reach = 0
    for run in first(digit_run_starts(text)):
        if run < reach or bisect.bisect_left(digits, run + MAX_TOKEN) - bisect.bisect_left(digits, run) < MIN_DIGITS:
            continue  # inside the last token, or not enough digits near: most numbers in prose
        token = _token_at(text, run, reach)
        if token is None:
            continue
        reach = token.end()
        if hit := _judged(text, lower, token):
            yield hit


def _token_at(text: str, run: int, floor: int) -> re.Match[str] | None:
    """The token that holds the digits at `run`: from where its groups start, else from `run`."""
    start = run
    while start > max(floor, run - MAX_TOKEN):
        before = text[start - 1]
        if before.isascii() and before.isalnum():
            start -= 1
        elif before in "/-." and start >= 2 and text[start - 2].isascii() and text[start - 2].isalnum():
            start -= 1
        elif before == " " and start == run and _code_before(text, start - 1):
            start -= 1  # "HX 4471": a code in capitals before a space
        else:
            break
    for at in (start, run) if start < run else (run,):
        token = TOKEN.match(text, at)
        if token and token.end() > run and len(token.group()) <= MAX_TOKEN:
            return token
    return None


def _code_before(text: str, space: int) -> bool:
    """Whether capitals just before a space are part of the number ("HX 4471"), not a word or a
    cue that names it ("DOB 14.02.17", "PNC 2019/...", "ID 7656...")."""
    m = _CAPITALS_BEFORE.search(text, max(0, space - 6), space)
    return m is not None and m.group().lower() not in _cue_words()


@cache
def _months() -> frozenset[str]:
    """Month names and their short forms, in English and the languages of data/month_names_cldr.txt."""
    english = "january february march april may june july august september october november december"
    names = [*english.split(), *(name.lower() for name in foreign_month_names())]
    return frozenset(names + [name[:3] for name in names] + ["sept"])


@cache
def _cue_words() -> frozenset[str]:
    """Every word of data/reference_cues.txt and of the acronyms list, in lower case, and "dob"."""
    words = {word for entries in sections("reference_cues.txt").values() for entry in entries
             for word in entry.lower().split()}
    return frozenset(words | {w.lower() for w in sections("codes_slingshot.txt")["acronyms"]} | {"dob", "no"})


def _judged(text: str, lower: str, token: re.Match[str]) -> Hit | None:
    """A hit for a token that reads as a record, after its cue or by its length."""
    value = token.group()
    compact = "".join(_ALNUM.findall(value))
    digit_count = sum(c.isdigit() for c in compact)
    if digit_count < MIN_DIGITS or public_shape(value, compact) or _counted(text, token.end()):
        return None
    _, court, public = _cues()
    if any(part.lower() in public or part.lower() in _months() for part in _PARTS.findall(value) if part.isalpha()):
        return None  # "PV-JOB-2026-118": a job's reference; "14-Jul-1992": a date
    mixed = digit_count < len(compact)
    cue = _cue_before(text, lower, token.start())
    if cue == "public":
        return None
    if cue == "owner":
        ok = mixed or digit_count >= 6
    elif cue is not None:
        word, tight = cue
        ok = mixed or digit_count >= 5 or tight
        if ok:
            kind = "court_case_number" if word in court else KIND_OF_WORD.get(word, "crn")
            return _hit(*token.span(), kind, f"A number after '{word}'")
    else:
        ok = mixed and len(compact) >= BARE_LENGTH and digit_count >= BARE_DIGITS and not _OF_A_YEAR.fullmatch(
            value.split(" ", 1)[-1] if value[:1].isalpha() else value)
    return _hit(*token.span(), "crn", "A long code of letters and digits") if ok else None


def public_shape(value: str, compact: str) -> bool:
    """A date, year, time, version, road or UK phone number: not a record."""
    if _PUBLIC_SHAPES.fullmatch(value):
        return True
    digits = "".join(c for c in compact if c.isdigit())
    if compact[0] == "0" and 9 <= len(digits) <= 11 or _MASKED.search(value):
        return True  # a phone number, perhaps with its end masked ("0191 498 0xxx"): the phone rule's
    return compact.isdigit() and compact.startswith("116") and len(compact) == 6


def _counted(text: str, end: int) -> bool:
    """ "12000 hours", "15000 people": a count, with its noun after it."""
    m = _WORDS.match(text, end + 1) if text[end : end + 1] == " " else None
    word = m.group() if m else ""
    return len(word) >= 4 and word.endswith("s") and word in common_words()


def _cue_before(text: str, lower: str, start: int) -> tuple[str, bool] | str | None:
    """The cue a token follows: (the word, whether nothing but punctuation stands between), "owner"
    for "my ... is", "public" when the cue names an organisation's or a document's number."""
    pattern, court, public = _cues()
    low = max(0, start - WINDOW, text.rfind("\n\n", 0, start) + 1)
    for cue in reversed(list(pattern.finditer(lower, low, start))):
        at = cue.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "_/@."):
            continue
        gap = _GAP.fullmatch(text, cue.end(), start)
        if gap is None:
            continue
        line = max(text.rfind("\n", 0, at) + 1, at - 40)
        if any(word in public for word in _WORDS.findall(lower, line, at)):
            return "public"
        words = _WORDS.findall(lower, line, at)
        word = " ".join(cue.group().split())
        if words and (words[-1] in court or words[-1] in KIND_OF_WORD):
            word = words[-1]
        elif _national(words, word):
            word = "national"
        return word, gap["word"] is None
    if OWNER_CUE.search(lower, max(low, start - 60), start):
        return "owner"
    return None


# Words of a country's number for its citizens: "ID", "identity card", "personal number".
_ID_WORDS = frozenset({"id", "identity", "identification", "card", "national", "personal", "citizen", "number", "no"})


def _national(words: list[str], cue: str) -> bool:
    """ "Romanian ID number", "her Polish identity card no.", "national identity number": a
    country's identity number, which is what a National Insurance number is here. Only words of
    an identity number may stand between the people's name and the cue ("Polish bank account
    number" is a bank's)."""
    seen = set(cue.split())
    for word in reversed(words[-4:]):
        if word not in _ID_WORDS:
            if places().get(word) == "people" and seen & {"id", "identity", "identification", "personal"}:
                return True
            break
        seen.add(word)
    return bool(seen & {"national", "identity", "identification"}) and bool(seen & {"id", "number", "no", "card"})


def national_before(text: str, lower: str, cue: int, written: str) -> bool:
    """Whether the cue `written` at `cue` ends a country's identity number ("Romanian ID card")."""
    line = max(text.rfind("\n", 0, cue) + 1, cue - 40)
    return _national(_WORDS.findall(lower, line, cue), written)


# The word before a generic cue ("number", "no", "ref") that says whose record it is: "prison
# number MG-26-00913" is a prison number in any form, "NI no." a National Insurance number.
KIND_OF_WORD = {"prison": "prison_number", "prisoner": "prison_number", "noms": "prison_number",
                "booking": "prison_number", "ni": "ni_number", "insurance": "ni_number", "nhs": "nhs_number",
                "chi": "nhs_number", "passport": "passport", "pnc": "pnc_id", "cro": "cro_number",
                "crn": "crn", "delius": "crn", "ndelius": "crn", "national": "ni_number"}


def _hit(start: int, end: int, kind: str, what: str) -> Hit:
    return Hit(start, end, kind, ERROR,
               f"{what} reads as a record number: it identifies one person in that system's records",
               REMOVE_NUMBER)


# A police log: "incident number 123 of 12/03/2026", "log 0412 of 21/11", "CAD 4411 dated 3/4",
# "Incident: 0412 - 12/03/2024": a number of the day the call came in, which finds the call and
# whoever made it.
_LOG_CUES = ("incident", "log", "occurrence", "serial", "cad")
_POLICE_LOG = re.compile(r"(?:incident|log|occurrence|serial|cad)(?:[ \t]+(?:number|no\.?|ref))?[ \t]*[:#]?[ \t]*"
                         # "Incident 2 - 12/03" counts the incidents: a mark alone needs three digits.
                         r"(?P<value>(?:\d{1,5}[ \t]+(?:of|dated|on)[ \t]+|\d{3,5}(?:[ \t]*[,–—-][ \t]*|[ \t]+))"
                         r"\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d\d))?)(?![\w/])")


def police_logs(text: str) -> Iterator[Hit]:
    """Police log numbers by their cue word and their "N of dd/mm" shape (str.find for each cue)."""
    lower = lower_of(text)
    if "/" not in lower or len(lower) != len(text):
        return
    for cue in _LOG_CUES:
        at = lower.find(cue)
        while at >= 0:
            m = _POLICE_LOG.match(lower, at)
            if m is not None and (at == 0 or not lower[at - 1].isalnum()):
                yield Hit(*m.span("value"), "pnc_id", ERROR,
                          "A police log number finds the call and who made it", REMOVE_NUMBER)
            at = lower.find(cue, at + 1)


def with_records(text: str, hits: list[Hit]) -> list[Hit]:
    """`hits` and the record numbers of any system where none of them stands: every other
    recogniser (an identifier, a handle, a grid reference, a date of birth) knows its kind."""
    hits = hits + list(police_logs(text))
    spans = [(h.start, h.end) for h in hits]
    return hits + [r for r in find_record_numbers(text)
                   if not any(start < r.end and r.start < end for start, end in spans)]
