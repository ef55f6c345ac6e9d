"""Email addresses, social media handles and profile links of private people."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .findings import ERROR, WARNING, Hit
from .lexicon import common_words, cue_list, fold, given_names, message_words, places, proper_nouns, sections
from .probes import first, led_by, lower_of, matches_from, one_level_trie, starts_of
from .usernames import find_usernames

# Emails are found from the "@": the domain is matched forwards, the local part walked back in code.
EMAIL_DOMAIN = re.compile(r"@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
# Emails written to dodge filters: "jo dot b at gmail dot com", "kwozniak84 (at) outlook.com",
# "name[at]domain[dot]com". Found from the written "at", the domain matched forwards and the local
# part walked back; the shape is then judged in code (`_reads_as_email`).
_WRAPPED = r"\s?[(\[{{<]\s?(?:{0})\s?[)\]}}>]\s?"
_DOT_WORD = _WRAPPED.format("dot|DOT|Dot") + r"|\s(?:dot|DOT|Dot)\s"
_DOT = rf"(?:{_DOT_WORD}|\.)"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
SPELLED_AT = re.compile(
    rf"(?P<at>{_WRAPPED.format('at|AT|At|@')}|\s?@\s?|\s(?:at|AT)\s)"
    rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{1,5}})(?![\w-])"
)
# Every match of SPELLED_AT has its "@" or "at" within its first four characters, with a space or
# bracket on either side of the "at": this finds where one may be, far faster than SPELLED_AT's
# own scan (which tries every position), and `_spelled_ats` tries SPELLED_AT only just before.
AT_ANCHOR = re.compile(r"[@aA](?:(?<=@)|(?<=[\s(\[{<][aA])[tT](?=[\s)\]}>]))")
SPELLED_LOCAL = re.compile(
    rf"(?<![\w'’.@%+-])[A-Za-z0-9_%+-](?:[A-Za-z0-9._%+-]|{_DOT_WORD}){{0,80}}\Z"
)
DOT_WORD = re.compile(_DOT_WORD)
# Word lists in data/codes_slingshot.txt: top-level domains of people's addresses (a domain
# written with "dot" words needs none), mail providers ("at gmail.com" is an address, "at
# amazon.co.uk" a shop), and social networks.
EMAIL_TLDS = frozenset(sections("codes_slingshot.txt")["email tlds"])
# A spelled address has an "@", a "dot" word, or a known top-level domain after a dot (then
# "(at)" and " at " are looked for); stories with none of them are skipped.
TLD_AFTER_DOT = re.compile(r"\.([A-Za-z]{2,4})(?![\w-])")
MAIL_PROVIDERS = frozenset(sections("codes_slingshot.txt")["mail providers"])
HANDLE = re.compile(r"@(?<![\w@./]@)(?>[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)")
PROFILE_SITES = sections("codes_slingshot.txt")["profile sites"]
# Profile links are found from ".com/" (or .net/, .me/, .tv/) with the site checked behind.
PROFILE = re.compile(
    r"\.(?:com|net|me|tv)/(?:" + "|".join(f"(?<={re.escape(site)}/)" for site in PROFILE_SITES) + ")"
    r"(?:in/|add/|user/|u/|people/|@)?[A-Za-z0-9_.\-%]{2,80}(?:/[A-Za-z0-9_.\-]{1,40})?"
)
_URL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.:/-")
# "his Snapchat is dezzy_m60": a handle named without its @, recognised by the platform cue.
_PLATFORMS = ("snapchat|Snapchat|SnapChat|snap|Snap|instagram|Instagram|insta|Insta|tiktok|TikTok|Tiktok|"
              "twitter|Twitter|telegram|Telegram|kik|Kik|twitch|Twitch|discord|Discord|"
              "username|Username|user name|User name|gamertag|Gamertag|"
              "wechat|WeChat|Wechat|facebook|Facebook|fb|FB|xbox|Xbox|XBOX|psn|PSN|PlayStation|Playstation|"
              "steam|Steam|reddit|Reddit|roblox|Roblox|fortnite|Fortnite|youtube|YouTube|Youtube|"
              "threads|Threads|viber|Viber|weibo|Weibo|QQ|"
              # Short names people type ("sc - kaylzz_b", "IG: jodie.rae", "yt channel ..."), and
              # networks whose name is also an everyday word only with their capital ("Signal").
              "sc|SC|ig|IG|Ig|yt|YT|tt|bluesky|Bluesky|BlueSky|bsky|linkedin|LinkedIn|Linkedin|Signal|"
              "skype|Skype|onlyfans|OnlyFans|Onlyfans|vinted|Vinted|depop|Depop|grindr|Grindr|Tinder|Hinge|"
              "bumble|Bumble|Badoo|badoo|mastodon|Mastodon|tumblr|Tumblr|pinterest|Pinterest|"
              "soundcloud|SoundCloud|Soundcloud").split("|")
CUED_HANDLE = re.compile(
    one_level_trie(_PLATFORMS) + r"\b"
    r"(?P<noun>\s+(?i:name|handle|account|username|id|tag|channel|page|profile))?"  # "her YouTube channel is"
    r"(?:[ \t]*\([^()\n]{1,20}\))?"  # "Insta (private): jodierae99"
    # "Snapchat - jodierae99", "| Instagram | jodie_rae99 |", "Snap 👻 kaylzb": a mark between them;
    # "on insta, she's jodie.rae", "on snap hes dazzkilla": the owner named between them.
    r"(?P<said>,?\s+(?:is|was|as|called|it['’]?s|(?:he|she)['’]?s|they['’]re|[Ii]['’]?m)|\s*[:,]|[ \t]*(?P<mark>[-–—|=>~]|[^\w\s\x00-\x7f“”‘’]{1,3}))?"
    r"\s+[\"'“‘(]?"
    r"(?P<handle>[A-Za-z0-9_.]{3,30})(?![\w@])"
)
# "on Snapchat I'm leannebxx93", "On WeChat his ID was wxid_hk88": up to four short words between
# the platform and a word shaped like a user name (a letter first, then digits, dots or underscores).
LOOSE_HANDLE = re.compile(
    one_level_trie(_PLATFORMS) + r"\b(?:[ \t]+[A-Za-z'’]{1,8}){1,4}[ \t]+[\"'“‘(]?"
    r"(?P<handle>[A-Za-z_][A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*[A-Za-z0-9_])(?![\w@])"
)
# A Discord tag: a user name and a four-digit discriminator ("shadowfox#1234").
DISCORD_TAG = re.compile(r"#(?<=[A-Za-z0-9_.]{2}#)\d{4}(?![\w#])")
_DISCORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")

# Every match of CUED_HANDLE and LOOSE_HANDLE starts with a platform's name: in the lower-cased
# text, with one of these (the names that do not start with a shorter one).
_PLATFORM_NAMES = frozenset(platform.lower() for platform in _PLATFORMS)
_PLATFORM_KEYS = tuple(sorted(name for name in _PLATFORM_NAMES
                              if not any(name != other and name.startswith(other) for other in _PLATFORM_NAMES)))


# A display name on a network where people go by their own names: "Her Facebook is Shaz Kelly 🌸
# Gunton", "on Facebook he's 'Daz Hooky Lowestoft'", "Facebook name: Tracey Holden-Smith 💕".
# Two or more capitalised words, with emoji among them, or anything in quotation marks.
# A gamer tag may hold spaces and a number too: "gamertag: Dazz Killa 88", "PSN ID - Big Daz 04".
DISPLAY_NAME = re.compile(
    r"(?:[Ff]acebook|FB|[Ii]nstagram|[Ii]nsta|[Tt]ik[Tt]ok|[Ll]inked[Ii]n|[Gg]amer[ ]?tag|(?:Xbox|XBOX|PSN)[ \t]+(?:ID|id|name|tag))"
    r"(?:[ \t]+(?:name|page|profile|account))?"
    r"(?:[ \t]+(?:is|was|as|called)|[ \t]*[:–—-]|[ \t]+(?:he|she|they)['’]s|[ \t]+(?:he|she)[ \t]+is|[ \t]+I['’]m)[ \t]+"
    r"(?:[\"“‘'](?P<quoted>[^\"“”‘’'\n]{3,40})[\"”’']|"
    r"(?P<words>[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|\d{1,4}(?![\w/:.])|[^\w\s.,;:!?()\"“”‘’'*_|]{1,3})){1,5}))")
_DISPLAY_KEYS = ("facebook", "fb", "insta", "tiktok", "linkedin", "gamer", "xbox", "psn")  # where DISPLAY_NAME may start


def display_names(text: str, lower: str) -> tuple[list[Hit], list[tuple[int, int]]]:
    """Display names after a network's name (see DISPLAY_NAME), and the spans of the pages of an
    organisation, where no word is a handle."""
    hits: list[Hit] = []
    pages: list[tuple[int, int]] = []
    starts = starts_of(lower, _DISPLAY_KEYS) if len(lower) == len(text) else []
    if not starts:
        return hits, pages
    for m in first(matches_from(DISPLAY_NAME, text, starts)):
        group = "quoted" if m["quoted"] else "words"
        words = m[group].split()
        if sum(ch.isalpha() for ch in m[group]) < 3 or any(fold(w) in _PLATFORM_NAMES for w in words):
            continue  # "gamertag: PlayStation Plus" names a service
        if fold(words[-1].strip("’'")) in cue_list("org_words") or _OUR_PAGE.search(text, max(0, m.start() - 20), m.start()):
            pages.append(m.span(group))  # "Facebook page: Whitfield Community Trust", "Follow us on Facebook as ..."
        else:
            hits.append(_handle(*m.span(group)))
    return hits, pages


_OUR_PAGE = re.compile(r"\b(?:us|our)[ \t]+(?:on[ \t]+)?$", re.IGNORECASE)
# The writer's organisation's own account before an "@" handle: "Our Twitter is @HumbersidePS",
# "Follow us on Instagram @probationuk"; not "our Kayleigh's Insta is @kayxx".
OUR_ACCOUNT = re.compile(r"(?i:\b(?:follow|find|join)[ \t]+us|\bour)[ \t]+(?:on[ \t]+)?" + one_level_trie(_PLATFORMS)
                         + r"\b(?:[ \t]+(?:page|account|feed|channel|handle))?(?:[ \t]+(?:is|at)|[ \t]*[:–-])?[ \t]*$")


def find_online(text: str) -> list[Hit]:
    """Return emails, handles and profile links (the trust's own are removed by the allow-list)."""
    lower = lower_of(text)
    shown, pages = display_names(text, lower)
    found = [*emails(text), *spelled_emails(text, lower), *handles(text, lower), *find_usernames(text), *shown]
    if pages:
        found = [h for h in found if not any(start <= h.start and h.end <= end for start, end in pages)]
    if len(lower) == len(text):  # offsets of `lower` are those of `text`
        found += [*personal_pages(text, lower), *named_handles(text)]
    return found + list(cashtags(text)) if "$" in text else found


def addresses(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, at, end) of each email address written plainly: its local part, its "@", its end."""
    if "@" not in text:
        return
    for m in first(EMAIL_DOMAIN.finditer(text)):
        if (start := _back(text, m.start(), _LOCAL_CHARS, 64)) < m.start():
            yield start, m.start(), m.end()


def emails(text: str) -> Iterator[Hit]:
    """Email addresses; a team's shared mailbox is a warning."""
    for start, at, end in addresses(text):
        if start and text[start - 1] == "@":  # "@dazza@mastodon.social": a fediverse handle
            yield _handle(start - 1, end)
        else:
            yield _email_of(text[start:at], start, end)


def at_mail_provider(domain: str) -> bool:
    """True for a domain where private people keep their mail ("@gmail.com", "@hotmail.co.uk")."""
    return domain.lstrip("@").split(".", 1)[0].lower() in MAIL_PROVIDERS


TEAM_WORDS = frozenset(sections("codes_slingshot.txt")["team mailboxes"])
_LOCAL_PARTS = re.compile(r"[A-Za-z]+")


def _is_team_mailbox(local: str) -> bool:
    """ "luton.courtteam", "referrals", "programmes.bradford": a word of a team's mailbox and no
    first name (one that is no place) among the parts of the local part."""
    parts = [fold(part) for part in _LOCAL_PARTS.findall(local)]
    team = any(part in TEAM_WORDS or any(part.endswith(w) for w in TEAM_WORDS if len(w) >= 4) for part in parts)
    # Or an office by its place and its letters: "doncaster.vlt", "ap.lowestoft", "leeds.cjs".
    lettered = len(parts) == 2 and any(part in places() for part in parts) and any(_letters(part) for part in parts)
    return (team or lettered) and not any(_first_name(part) for part in parts)


def _letters(part: str) -> bool:
    """A team's letters ("vlt", "cjs"): three or four with no vowel, no place or name ("kaz" is a
    person, and two letters may be someone's initials: "jb.leeds")."""
    return 3 <= len(part) <= 4 and not set(part) & set("aeiouy") and part not in places() \
        and part not in given_names()


def _first_name(part: str) -> bool:
    return given_names().get(part, 0) >= 4 and part not in places() and part not in TEAM_WORDS


def _email_of(local: str, start: int, end: int) -> Hit:
    """An error for a person's address, a warning for a team's shared mailbox."""
    if not _is_team_mailbox(local):
        return _email(start, end)
    return Hit(start, end, "email", WARNING, "A team's shared mailbox: check that it reaches an office, not a person",
               "keep it only if it is the team's public address")


def spelled_emails(text: str, lower: str) -> Iterator[Hit]:
    """Email addresses written out to dodge filters, with "at" and "dot" in words or brackets."""
    if not ("@" in text or "dot" in lower or _names_a_domain(text) or starts_of(lower, _bare_providers())):
        return
    found = [m.span() for m in EMAIL_DOMAIN.finditer(text)] if "@" in text else []
    for m in first(_spelled_ats(text)):
        local = SPELLED_LOCAL.search(text, max(0, m.start() - 80), m.start())
        if local and _reads_as_email(local.group(0), m.group("at"), m.group("domain")):
            found.append((local.start(), m.end()))
            yield _email_of(local.group(0), local.start(), m.end())
    yield from _provider_emails(text, found)


# "kylem04 at gmail", "kylem04@gmail", "kylem04 [at] hotmail": an address to a mail provider
# whose name is no everyday word ("gmail", not "outlook" or "live"), with its domain left off or
# spaced out ("@ gmail . com").
@cache
def _bare_providers() -> tuple[str, ...]:
    return tuple(sorted(p for p in MAIL_PROVIDERS if len(p) >= 5 and p not in common_words()))


@cache
def _provider_at() -> re.Pattern[str]:
    providers = _bare_providers()
    return re.compile(rf"(?P<at>{_WRAPPED.format('at|AT|At|@')}|\s?@\s?|\s(?:at|AT)\s)"
                      rf"(?P<domain>(?i:{'|'.join(providers)})(?:\s?\.\s?[a-z]{{2,3}}(?:\s?\.\s?[a-z]{{2}})?)?)(?![\w@.-])")


def _provider_emails(text: str, found: list[tuple[int, int]]) -> Iterator[Hit]:
    """Addresses to a mail provider without their domain (see _provider_at), where no other
    address was found."""
    for anchor in first(AT_ANCHOR.finditer(text)):
        for start in range(max(0, anchor.start() - 3), anchor.start() + 1):
            m = _provider_at().match(text, start)
            if m is None or any(s <= m.start() < e for s, e in found):
                continue
            local = SPELLED_LOCAL.search(text, max(0, m.start() - 80), m.start())
            plain = m["at"].strip().lower() == "at" and m["at"][:1].isspace()
            if local and (not plain or any(c.isdigit() or c in "._" for c in local.group(0))):
                found.append((local.start(), m.end()))
                yield _email_of(local.group(0), local.start(), m.end())
            break


def _spelled_ats(text: str) -> Iterator[re.Match[str]]:
    """The matches of `SPELLED_AT.finditer(text)`, trying SPELLED_AT only where AT_ANCHOR says one
    may start (at most three characters before an "@" or an "at")."""
    pos = tried = 0
    for anchor in AT_ANCHOR.finditer(text):
        at = anchor.start()
        for start in range(max(pos, tried, at - 3), at + 1):
            if m := SPELLED_AT.match(text, start):
                yield m
                pos = m.end()
                break
        tried = at + 1


def _names_a_domain(text: str) -> bool:
    """Whether a known top-level domain follows a dot somewhere ("outlook.com", "nhs.uk")."""
    return any(m.group(1).lower() in EMAIL_TLDS for m in first(TLD_AFTER_DOT.finditer(text)))


def _reads_as_email(local: str, at: str, domain: str) -> bool:
    """Whether a local part, an "at" and a domain are an address rather than a sentence.

    A bracketed "(at)" or an "@" is written on purpose; a plain " at " or " @ " ("shopping at
    amazon.co.uk", "follow us @ our site.org") is an address only with a mail provider, a spelled
    "dot", or a local part that reads like a user name (digits, dots, underscores). The domain
    ends in a known top-level domain unless it was spelled out with "dot" words.
    """
    labels = [label.lower() for label in DOT_WORD.sub(".", domain).split(".")]
    spelled = DOT_WORD.search(local + " " + domain) is not None
    if not (labels[-1] in EMAIL_TLDS or spelled and labels[-1].isalpha() and len(labels[-1]) <= 6):
        return False
    if not (at[:1].isspace() and at[-1:].isspace() and at.strip().lower() in ("at", "@")):
        return True
    user_like = any(c.isdigit() or c in "._" for c in local) and any(c.isalpha() for c in local)
    return spelled or labels[0] in MAIL_PROVIDERS or user_like


def _email(start: int, end: int) -> Hit:
    return Hit(start, end, "email", ERROR,
               "An email address reaches a person directly and often contains their name",
               "remove the email address")


def handles(text: str, lower: str) -> Iterator[Hit]:
    """Social media handles (@name), profile URLs and handles named after a platform."""
    spans = [(m.start(), m.end()) for m in first(HANDLE.finditer(text))
             if not OUR_ACCOUNT.search(text, max(0, m.start() - 40), m.start())] if "@" in text else []
    spans += [span for m in first(PROFILE.finditer(text)) if (span := _profile_span(text, m))]
    if platforms := _platform_starts(text, lower):
        spans += [(m.start("handle"), _trim(m["handle"], m.end("handle")))
                  for m in first(_after_platforms(CUED_HANDLE, text, platforms))
                  if (m.start() == 0 or not text[m.start() - 1].isalnum())
                  and _handle_like(m, _ASKED.search(text, max(0, m.start() - 30), m.start()) is not None)
                  and not _OUR_PAGE.search(text, max(0, m.start() - 12), m.start())]  # "our YouTube channel is"
        spans += [m.span("handle") for m in first(_after_platforms(LOOSE_HANDLE, text, platforms))
                  if (m.start() == 0 or not text[m.start() - 1].isalnum()) and sum(map(str.isalpha, m["handle"])) >= 3]
        spans += _before_on(text, platforms)
    if "called" in lower or "named" in lower or "under" in lower:
        spans += [m.span("handle") for m in first(matches_from(ACCOUNT_CALLED, text, starts_of(text, ACCOUNT_WORDS)))
                  if _user_like(m["handle"].rstrip("."))]
    if "u/" in text:
        spans += [m.span() for m in first(REDDIT_USER.finditer(text))]
    spans += _handles_in_file_names(text, lower)
    if "#" in text:
        spans += [span for m in first(DISCORD_TAG.finditer(text)) if (span := _discord_span(text, m))]
    for start, end in spans:
        if end - start > 1:
            yield _handle(start, end)


def _handle(start: int, end: int) -> Hit:
    return Hit(start, end, "social_handle", ERROR, "A social media handle or profile leads straight to a person",
               "remove the handle or profile link")


# Personal pages (data/codes_slingshot.txt): a host whose every address names one person, then
# that person ("linktr.ee/kayleigh_b92", "paypal.me/shonab87", "cash.app/$kezzab99"), or a host
# that gives each person a name before it ("kezza.carrd.co", "shonawrites.wordpress.com").
# Found from a dot before a domain's letters, the host walked back and forth in code.
PAGE_HOSTS = frozenset(sections("codes_slingshot.txt")["personal pages"])
SUBDOMAIN_HOSTS = tuple("." + host for host in sections("codes_slingshot.txt")["personal subdomains"])
HOST_DOT = re.compile(r"\.(?=[a-z]{2,6}(?![a-z]))")
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789.-")
PAGE_SEGMENT = re.compile(r"/(?P<segment>[$@~]?[A-Za-z0-9_.%-]{2,60})")
# Paths on those hosts that are the site's own pages, not a person.
SITE_PAGES = frozenset("about help login signup register explore search discover watch hashtag share home "
                       "terms privacy settings groups events pages policies blog support".split())


def personal_pages(text: str, lower: str) -> Iterator[Hit]:
    """Addresses on link-in-bio, payment, creator and blog hosts: each names one person."""
    reach = 0
    for m in first(HOST_DOT.finditer(lower)):
        if m.start() < reach:
            continue
        start, end = _back(lower, m.start(), _HOST_CHARS, 80), m.end()
        while end < len(lower) and end - start < 120 and lower[end] in _HOST_CHARS:
            end += 1
        host = lower[start:end].rstrip(".-")
        end = reach = start + len(host)
        if span := _page_span(text, lower, start, end, host.removeprefix("www.")):
            reach = span[1]
            yield _handle(*span)


def _page_span(text: str, lower: str, start: int, end: int, host: str) -> tuple[int, int] | None:
    """The span of a personal page's address at a host, if the host is one and names a person."""
    segment = PAGE_SEGMENT.match(text, end)
    if host.endswith(SUBDOMAIN_HOSTS) and host not in [h[1:] for h in SUBDOMAIN_HOSTS]:
        return start, _trim(segment.group(), segment.end()) if segment else end
    if segment and f"{host}/{segment['segment'].lower()}" in PAGE_HOSTS:  # "linkedin.com/in/..."
        segment = PAGE_SEGMENT.match(text, segment.end())
    elif host not in PAGE_HOSTS:
        return None
    if segment is None or segment["segment"].lower().strip("$@~.") in SITE_PAGES:
        return None
    return start, _trim(segment.group(), segment.end())


# "Cash App $kezzab99": a cash tag, a letter first and a small letter or digit in it ($AAPL is a
# share's ticker, $50 an amount).
CASHTAG = re.compile(r"\$(?<![\w$]\$)(?=[A-Za-z])(?=[A-Z_-]*[a-z0-9])[A-Za-z0-9_-]{3,20}(?![\w$])")


def cashtags(text: str) -> Iterator[Hit]:
    for m in first(led_by(CASHTAG, text, ("$",))):
        yield _handle(*m.span())


# A handle on any platform, named or not: "He's on Grindr as LeedsLad84", "His Strava is
# runningdazza", "On Vinted she's kayleighb_92", and a label line "Depop: vintagekez". The
# platform is any capitalised word; the handle must read as one (`_reads_as_handle`).
# The space after an owner's word ("on", "His") before anything but a small letter: where the
# owner's word is read back from (the regex engine skips to a space sooner than to the words).
OWNER_SPACE = re.compile(r" (?=[^a-z])(?:(?<=([Oo]n|[Mm]y) )|(?<=([Hh]is|[Hh]er) )|(?<=([Tt]heir) ))")
NAMED_HANDLE = re.compile(
    r"(?:[Oo]n|[Hh]is|[Hh]er|[Tt]heir|[Mm]y)[ \t]+(?P<platform>[A-Z][A-Za-z]{2,15})"
    r"(?:[ \t]+(?:name|handle|account|username|user|id|tag|profile|page))?"
    r"[ \t]+(?:is|was|as|I['’]m|she['’]s|he['’]s|they['’]re)[ \t]*:?[ \t]+[\"'“‘@]?"
    r"(?P<handle>[A-Za-z0-9_.]{3,30})(?![\w@])")
LABEL_HANDLE = re.compile(r"(?m)^[ \t*_>-]*(?P<platform>[A-Z][A-Za-z]{2,15})[*_]*[ \t]*:[*_]*[ \t]+@?"
                          r"(?P<handle>[A-Za-z0-9_.]{3,30})[ \t.]*$")


def named_handles(text: str) -> Iterator[Hit]:
    """A user name after any platform's name ("his Strava is runningdazza")."""
    matches = list(first(matches_from(NAMED_HANDLE, text, _owner_starts(text))))
    if ":" in text:
        matches += first(LABEL_HANDLE.finditer(text))
    for m in matches:
        if _reads_as_handle(m["platform"], m["handle"]):
            yield _handle(m.start("handle"), _trim(m["handle"], m.end("handle")))


def _owner_starts(text: str) -> list[int]:
    """Where an owner's word starts a word, then a space and a capital ("his Strava")."""
    return [at for m in OWNER_SPACE.finditer(text) if text[m.end()].isupper()
            and ((at := m.start(m.lastindex)) == 0 or not text[at - 1].isalnum())]


FILE_NAME = re.compile(r"(?i)[\w.-]+\.(?:svg|png|jpe?g|gif|webp|heic|tiff?|ico|html?|xml|css|js|json|md"
                       r"|txt|pdf|docx?|xlsx?|pptx?|odt|csv|zip|mp3|mp4|m4a|wav|mov|avi)")


def _reads_as_handle(platform: str, handle: str) -> bool:
    """A user name has digits, dots or underscores among three letters or more; a plain word in
    small letters counts only after a platform that is no everyday word ("Strava", "Depop")."""
    handle = handle.strip(".")
    if FILE_NAME.fullmatch(handle):  # "Slug: favicon.svg", "Image: team_photo.jpg": a file, not a user
        return False
    letters = sum(map(str.isalpha, handle))
    if letters < 3 or not handle[0].isalpha() and handle[0] != "_":
        return False
    if any(c.isdigit() or c in "._" for c in handle):
        return True
    word = handle.lower()
    ordinary = fold(platform) in common_words() or given_names().get(fold(platform), 0) >= 4
    return (handle.islower() and len(handle) >= 4 and not ordinary and word not in common_words()
            and word not in places() and word not in message_words())


def _platform_starts(text: str, lower: str) -> list[int] | range:
    """Where a platform's name starts, found with `str.find` (far sooner than the handle patterns'
    own scan, which tries every letter that starts a platform). Where a rare letter changes length
    in lower case, the offsets of `lower` are not those of `text`: then every offset, if any."""
    if len(lower) != len(text):
        return range(len(text)) if any(key in lower for key in _PLATFORM_KEYS) else []
    # Only at a word's start: a short name ("ig", "sc", "tt") is inside many words ("night").
    return [at for at in starts_of(lower, _PLATFORM_KEYS) if at == 0 or not lower[at - 1].isalnum()]


def _after_platforms(pattern: re.Pattern[str], text: str, platforms: list[int] | range) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern that starts with a platform's name."""
    return pattern.finditer(text) if isinstance(platforms, range) else matches_from(pattern, text, platforms)


_COUNT = re.compile(r"\d+(?:\.\d+)?[kKmM]")


def _handle_like(m: re.Match[str], asked: bool) -> bool:
    """A word after a platform's name is a handle if it has digits, dots or underscores, or if it
    was introduced ("his Twitch is kazplays") and is not an everyday word ("his Insta is private").
    After a mark ("Snapchat - kaylzb"), a noun ("yt channel DazzlerPlays") or a request ("add me on
    snap kayleighxo") it must read as a user name (`_user_like`)."""
    handle = m["handle"].rstrip(".")
    said = (m.group("said") or ",").strip()  # "Insta, TikTok and Snapchat" lists platforms
    if handle.isdigit():  # "Threads (393 of 500 characters)", "Bluesky: 300" count; "his QQ is 51234567" names
        return said not in {",", ""} and not m["mark"] and len(handle) >= 5
    if _COUNT.fullmatch(handle) or fold(handle) in _PLATFORM_NAMES:  # "on Facebook 12k", "Xbox: Fortnite"
        return False
    if any(c.isdigit() or c in "._" for c in handle):
        return True
    if m["mark"] or said == "," and (m["noun"] or asked):
        return _user_like(handle)
    return said != "," and handle.lower() not in common_words()


_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z]")
# Apps written with capitals inside that people are reached on by phone number, not by handle.
_PHONE_APPS = frozenset({"whatsapp", "facetime", "imessage", "messenger"})


def _user_like(word: str) -> bool:
    """A word written as a user name: digits, dots or underscores among three letters, capitals
    inside it ("DazzlerPlays"), or small letters that are no everyday word, place or name of a
    platform ("kayleighxo")."""
    if sum(map(str.isalpha, word)) < 3:
        return False
    key = fold(word)
    if any(c.isdigit() or c in "._" for c in word):
        return True
    if _CAMEL.search(word):  # "DazzlerPlays"; not "YouTube", "PlayStation", "WhatsApp"
        return key not in _PLATFORM_NAMES and key not in proper_nouns() and key not in _PHONE_APPS
    return (word.islower() and len(word) >= 4 and key not in common_words() and key not in places()
            and key not in message_words() and key not in _PLATFORM_NAMES)


# "add me on snap kayleighxo", "message her on insta": a request to reach someone on a platform.
_ASKED = re.compile(r"(?i:\b(?:add|follow|message|msg|dm|find|hmu|text|contact|reach|chat[ \t]+to|talk[ \t]+to)"
                    r"(?:[ \t]+(?:me|him|her|them))?[ \t]+on[ \t]+)$")
# "She goes by lil_jodz on TikTok": a user name (digits, dots or underscores in it) before "on"
# and a platform's name.
# Or any name in quotation marks: "added to a group chat by 'Dazz M' on Snapchat".
_BEFORE_ON = re.compile(r"(?:(?<![\w@./#-])(?P<handle>[A-Za-z_][A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*[A-Za-z0-9_])|"
                        r"(?<![\w])[\"'“‘](?P<quoted>[^\"'“”‘’\n]{2,30})[\"'”’])[ \t]+on[ \t]+$")
# "an account called dazz.official", "a channel named DazzlerPlays".
ACCOUNT_CALLED = re.compile(r"\b(?:account|profile|page|channel|alias)[ \t]+(?:called|named|under)[ \t]+[\"'“‘@]?"
                            r"(?P<handle>[A-Za-z0-9_.]{3,30})(?![\w@])")
ACCOUNT_WORDS = ("account", "profile", "page", "channel", "alias")  # every match of ACCOUNT_CALLED starts with one
# A Reddit user: "u/throwaway_dazz" (r/ is a forum, not a person).
REDDIT_USER = re.compile(r"(?<![\w/])u/[A-Za-z0-9_-]{3,20}(?![\w/])")


# "snap_dazzlerm04_2023.jpg", "insta-jodie.rae99.png", "IMG_tiktok_lil_jodz_story.png": a
# screenshot's file name that names the platform, then the account (a user name), then perhaps a
# year, a number or what the picture is.
_FILE_WORDS = r"(?:[_-](?:\d{1,8}|story|post|profile|pic|photo|screenshot|screengrab|img|dm|chat|msg|message|reel|video|vid|clip|selfie))*"
FILE_HANDLE = re.compile(
    r"(?<![A-Za-z0-9])(?:snapchat|snap|sc|instagram|insta|ig|tiktok|tt|twitter|fb|facebook|telegram|discord|kik|"
    r"onlyfans|youtube|yt|twitch|threads|bsky|reddit)[_-](?P<handle>[A-Za-z0-9.]+?(?:_[A-Za-z0-9.]+?)*?)"
    rf"(?={_FILE_WORDS}\.(?:png|jpe?g|gif|webp|heic|mp4|mov|m4v)(?![\w.]))")
_IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".mp4", ".mov", ".m4v")


def _handles_in_file_names(text: str, lower: str) -> list[tuple[int, int]]:
    """Spans of user names in the file names of screenshots (see FILE_HANDLE)."""
    if len(lower) != len(text) or not starts_of(lower, _IMAGE_EXTENSIONS):
        return []
    return [m.span("handle") for m in first(FILE_HANDLE.finditer(lower)) if _user_like(text[m.start("handle"):m.end("handle")])]


def _before_on(text: str, platforms: list[int] | range) -> Iterator[tuple[int, int]]:
    """Spans of user names just before "on" and a platform's name ("lil_jodz on TikTok")."""
    for at in platforms if isinstance(platforms, list) else ():
        if at and not text[at - 1].isalnum() and (m := _BEFORE_ON.search(text, max(0, at - 40), at)):
            if m["handle"] and sum(map(str.isalpha, m["handle"])) >= 3:
                yield m.span("handle")
            elif m["quoted"] and _quoted_name(m["quoted"].split()):
                yield m.span("quoted")


def _quoted_name(words: list[str]) -> bool:
    """A name in quotation marks is an account's: capitalised words ("Dazz M"), or one user name."""
    if len(words) == 1:
        return _user_like(words[0])
    return all(word[:1].isupper() or word[:1].isdigit() for word in words) and any(w.isalpha() for w in words)


def _discord_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Walk back from "#1234" over the user name; a hashtag or a heading is not a Discord tag."""
    start = _back(text, m.start(), _DISCORD_CHARS, 32)
    name = text[start : m.start()]
    if start > 0 and text[start - 1] in "#@/":
        return None
    return (start, m.end()) if any(c.isalpha() for c in name) else None


def _profile_span(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """Walk back from ".com/" to the start of the link and check the site is a social network."""
    start = _back(text, m.start(), _URL_CHARS, 40)
    host = text[start : text.index("/", m.start())].split("//")[-1].lower()
    for prefix in ("www.", "m.", "mobile."):
        host = host.removeprefix(prefix)
    return (start, _trim(m.group(0), m.end())) if host in PROFILE_SITES else None


def _back(text: str, end: int, chars: frozenset[str], limit: int) -> int:
    """Where a run of `chars` (at most `limit` long) that ends at `end` starts."""
    start = end
    while start > 0 and end - start < limit and text[start - 1] in chars:
        start -= 1
    return start


def _trim(matched: str, end: int) -> int:
    """Drop sentence punctuation that a handle or URL pattern swallowed at its end."""
    return end - (len(matched) - len(matched.rstrip(".-")))
