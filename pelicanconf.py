"""Slingshot site settings: everything a trust edits to re-brand the site lives here.

`publishconf.py` imports this file and changes only what differs for the live site.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

# --- Who we are -------------------------------------------------------------
SITENAME = "Pennine Vale Probation"
SITE_STRAPLINE = "Stories of change from probation in the Pennine Vale"
# What probation does, in two sentences, for the home page.
PROBATION_INTRO = (
    "Probation staff supervise people serving sentences in the community and after "
    "release from prison, protecting the public and helping people stop offending. "
    "They also support victims, work with the courts and run the programmes and "
    "unpaid work that help people make amends."
)
# The address the live site is served from. Feeds and share metadata always use it,
# so links in a feed or a post work wherever they are read.
SITEURL = "https://stories.penninevale-probation.example.org"
PUBLIC_SITEURL = SITEURL
# The 404 page is served at any address, so its links start from the site's root path.
SITE_ROOT_PATH = urlsplit(SITEURL).path.rstrip("/")
FEED_DOMAIN = SITEURL
# Pages link to each other relatively, so the built site also works when previewed
# locally or copied to another host.
RELATIVE_URLS = True

# Feeds name the trust as the author of every entry; no author pages are written.
AUTHOR = SITENAME
TIMEZONE = "Europe/London"
DEFAULT_LANG = "en"
LOCALE = ("en_GB.UTF-8", "C.UTF-8", "")
# Pelican formats this itself, so its "no leading zero" flag works on Windows too.
DEFAULT_DATE_FORMAT = "%-d %B %Y"

# Colours must keep WCAG 2.2 AA contrast against white (4.5:1 for text).
SITE_COLOURS = {
    "brand": "#1d4f6e",  # headers, links
    "accent": "#b3dde6",  # highlights behind dark text
    "text": "#1b1b1b",
    "background": "#ffffff",
}
SITE_LOGO = "images/logo.svg"
SITE_LOGO_ALT = "Pennine Vale Probation"
SITE_LOGO_WIDTH = 320
SITE_LOGO_HEIGHT = 64

# The trust's own social accounts (shown in the footer; used in share metadata).
SOCIAL_ACCOUNTS = {
    "x": "PVProbation",
    "bluesky": "penninevaleprobation.bsky.social",
    "mastodon": "@pvprobation@social.example.org",
    "linkedin": "https://www.linkedin.com/company/pennine-vale-probation",
    "facebook": "https://www.facebook.com/PennineValeProbation",
}
CAMPAIGN_HASHTAG = "#ProbationChangesLives"
# Domains no page may link to (each with its subdomains: www., m., l.). The probation
# service's staff network blocks any page with a link to Facebook, so staff could open no
# page of their own site. Accounts and share links on these domains are left out (sharing by
# email and copying the link are always offered), and the build refuses any other link to
# them (plugins/publisher/blocked_links.py). [] only if no reader's network blocks anything.
BLOCKED_LINK_DOMAINS = ["facebook.com"]

# --- Help and information: contact, accessibility statement, privacy notice -------
# The pages contact/, accessibility/ and privacy/ (theme/templates/contact.html,
# accessibility.html, privacy.html) are made from these settings; every page's footer links
# to them. The sample values are fictional: numbers from Ofcom's range for TV and radio
# drama (0113 496 0000 to 0999) and addresses at example.org. Put in your trust's own.
PARENT_ORGANISATION = {
    "name": "HM Prison and Probation Service",
    "url": "https://www.gov.uk/government/organisations/hm-prison-and-probation-service",
}
CONTACT = {
    # General enquiries.
    "address": "Pennine Vale Probation, Vale House, Example Street, Halifax",
    "email": "enquiries@penninevale-probation.example.org",
    "phone": "0113 496 0000",
    "hours": "Monday to Friday, 9am to 5pm",
    # Victims of a crime by someone we supervise: the Victims Liaison Team.
    "victims_email": "victims@penninevale-probation.example.org",
    "victims_phone": "0113 496 0010",
    # Victim Support's national helpline: free, for anyone affected by crime (a real number).
    "victim_support_phone": "08 08 16 89 111",
    # Journalists: the press office.
    "press_email": "press@penninevale-probation.example.org",
    "press_phone": "0113 496 0020",
}
# The accessibility statement, in the headings of GOV.UK's model statement. Test the site
# against WCAG 2.2 AA at least once a year and after a large change, then update `tested`.
ACCESSIBILITY_STATEMENT = {
    "email": "accessibility@penninevale-probation.example.org",
    "phone": "0113 496 0030",
    "reply_days": 5,  # working days to answer a request for another format
    # "full", "partial" or "none": how far the site meets WCAG 2.2 AA. With "partial" or
    # "none", list each problem in `problems`, in a sentence a reader understands.
    "compliance": "full",
    "problems": [],
    # The last test: when, by whom and how (the sample's is invented: describe your own).
    "tested": date(2026, 11, 2),
    "tested_by": "Pennine Vale Probation's digital team",
    "test_method": "We tested every kind of page: automatically against WCAG 2.2 AA with "
    "axe-core in Chromium, and by hand with a keyboard only, with the NVDA screen reader, at "
    "400% zoom and on a 320-pixel-wide screen.",
    "prepared": date(2026, 11, 2),
    "reviewed": date(2026, 11, 2),
}
PRIVACY_NOTICE = {
    # Who decides what is done with the logs (the data controller), and under which lawful
    # basis of UK GDPR: ask your data protection officer.
    "controller": SITENAME,
    "lawful_basis": "running a secure website is part of our public task (UK GDPR Article 6(1)(e))",
    # How long the web server's logs are kept before they are deleted.
    "log_retention_days": 30,
    "data_protection_email": "dataprotection@penninevale-probation.example.org",
    "updated": date(2026, 11, 2),
}
# The built-site check takes a phone number or an email address for a person's: it accepts
# the trust's own, above, for this reason (plugins/publisher; publishconf.py keeps them).
OWN_CONTACT_DETAILS = [
    value for setting in (CONTACT, ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE)
    for key, value in setting.items() if key.endswith(("email", "phone", "address")) and value
]
PUBLISH_CHECK = {"allow": [
    f"{value} -- the trust's own contact details, in pelicanconf.py" for value in OWN_CONTACT_DETAILS
] + ["ico.org.uk -- the Information Commissioner's Office, in the privacy notice"]}

# Teams. The key is the team's short name, used in web addresses and in a story's
# `Department:` field.
DEPARTMENTS = {
    "offender-management": {
        "name": "Offender management",
        "description": "Probation practitioners who supervise people on community "
        "sentences and licence.",
    },
    "court-team": {
        "name": "Court team",
        "description": "Staff who advise magistrates and judges with pre-sentence reports.",
    },
    "approved-premises": {
        "name": "Approved premises",
        "description": "Staffed residences that house and support people released "
        "from prison.",
    },
    "victims-liaison": {
        "name": "Victims Liaison Team",
        "description": "Officers who keep victims of serious crime informed and heard.",
    },
    "programmes": {
        "name": "Programmes",
        "description": "Facilitators who run accredited courses that change how "
        "people think and act.",
    },
    "unpaid-work": {
        "name": "Unpaid work (Community Payback)",
        "description": "Supervisors who lead people repaying communities through "
        "unpaid work.",
    },
    "prisons": {
        "name": "Prisons and through the gate",
        "description": "Staff in prisons who prepare people for release and resettlement.",
    },
    "business-support": {
        "name": "Admin and business support",
        "description": "The people who keep courts, offices and records running.",
    },
}

# The three kinds of content, each in its own folder of content/: the key is the folder (keep
# it), the value the label readers see (re-brand it freely).
KINDS = {
    "case-studies": "Case studies",
    "profiles": "Department profiles",
    "news": "News",
}

# --- Content ----------------------------------------------------------------
PATH = "content"
ARTICLE_PATHS = list(KINDS)
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images"]
ARTICLE_EXCLUDES: list[str] = []
IGNORE_FILES = [".#*", "_*", "*.swp", "*~"]
DEFAULT_METADATA = {"status": "draft"}  # a story is published only when it says so
# Typogrify runs inside the Markdown reader (plugins/typography), so the content cache keeps it.
TYPOGRIFY = True
# Code and preformatted text stay as written; no extra spans around capitals or quotes.
TYPOGRIFY_IGNORE_TAGS = ["pre", "code", "kbd", "samp", "script", "style", "a"]
TYPOGRIFY_OMIT_FILTERS = ["caps", "initial_quotes"]
SUMMARY_MAX_LENGTH = 40
# URLs come from file names, so a reworded headline never breaks a shared link.
SLUGIFY_SOURCE = "basename"

# --- Plugins ----------------------------------------------------------------
# Our plugins are one package, `plugins`, found from the folder this file is in.
PLUGIN_PATHS = ["."]
# Worker processes for the work that does not depend on other stories (plugins/worker_pool):
# None is one per core; 0 does everything in the build's own process.
SLINGSHOT_WORKERS = None
PLUGINS = [
    # First, so that its workers are stopped before the publish gate gives its verdict.
    "plugins.worker_pool",
    "plugins.publish_gate",
    # Before story_model and typography, which read stories through its one reading
    # (anonymity.source).
    "plugins.anonymity",
    "plugins.story_model",
    "plugins.typography",
    "plugins.departments",
    # Feeds, and sitemap.xml (pelican-plugins/sitemap, its pages dated by their stories).
    "plugins.absolute_feeds",
    "plugins.social_cards",
    "plugins.campaign_kit",
    # In the preview, a rebuild leaves unchanged story pages as they are.
    "plugins.preview_rebuild",
    # Photos published upright and capped, with smaller and WebP copies; the site's icon
    # (favicon.ico, favicon.svg, favicon-32.png, apple-touch-icon.png at the root).
    "plugins.photos",
    # The check of everything a build writes (and, for the live site, robots.txt).
    "plugins.publisher",
]
# The publish gate (plugins/publish_gate): the build is refused if any of these plugins'
# checks is not loaded.
PUBLISH_GATE = {"required": ["story_model", "anonymity", "publisher"]}
# The anonymity guard: nothing that identifies a person is published (plugins/anonymity).
ANONYMITY = {
    # Consenting staff, organisations, places at town level or wider, our own accounts.
    "allowlist": None,  # None: content/allowlist.txt
    # Accepted in every story as allow-list lines are: the trust's own contact details, above,
    # which every page's footer shows ("ring our victims line on 0113 496 0010").
    "allow": OWN_CONTACT_DETAILS,
    # Kinds whose stories need a Consent: reference.
    "consent_required": ["case-studies"],
    # Details rare enough to identify someone locally; each mention is a warning.
    "unusual_details": [],
    # Places small enough that an exact age next to them singles someone out.
    "small_places": [],
    # Names never to publish, in any story (a family the local press has named).
    "deny_names": [],
    # The trust's own reference numbers, as regular expressions, e.g. r"\bPV-\d{6}\b".
    "reference_formats": [],
}
# sitemap.xml lists published pages only (drafts and hidden pages never); not the 404 page.
SITEMAP = {"format": "xml", "exclude": [r"^404\.html$"]}

# --- URLs: readable, stable links that look right in a post -----------------
ARTICLE_URL = "{category}/{slug}/"
ARTICLE_SAVE_AS = "{category}/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "{slug}/"
CATEGORY_SAVE_AS = "{slug}/index.html"
TAG_URL = "tags/{slug}/"
TAG_SAVE_AS = "tags/{slug}/index.html"
TAGS_URL = "tags/"
TAGS_SAVE_AS = "tags/index.html"
ARCHIVES_URL = "archive/"
ARCHIVES_SAVE_AS = "archive/index.html"
DEPARTMENT_URL = "departments/{slug}/"
DEPARTMENT_SAVE_AS = "departments/{slug}/index.html"
DEPARTMENTS_URL = "departments/"
DEPARTMENTS_SAVE_AS = "departments/index.html"
DIRECT_TEMPLATES = ["index", "tags", "archives", "404", "contact", "accessibility", "privacy"]
# The help and information pages (CONTACT, ACCESSIBILITY_STATEMENT, PRIVACY_NOTICE above).
CONTACT_URL = "contact/"
CONTACT_SAVE_AS = "contact/index.html"
ACCESSIBILITY_URL = "accessibility/"
ACCESSIBILITY_SAVE_AS = "accessibility/index.html"
PRIVACY_URL = "privacy/"
PRIVACY_SAVE_AS = "privacy/index.html"
CATEGORIES_SAVE_AS = ""
INDEX_SAVE_AS = "index.html"
# No author pages or feeds: stories are the trust's voice, not an individual's.
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
# Drafts are never written anywhere in the output.
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
# Dated archives are not needed: the archive page lists everything.
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
# List pages (home, kinds, tags, departments, archive) show this many stories; the rest are on
# page/2/, page/3/... so that no list page grows with the number of stories.
DEFAULT_PAGINATION = 20
PAGINATION_PATTERNS = [
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
]
# The home page: three featured stories and six more; the archive lists titles only.
PAGINATED_TEMPLATES = {"index": 9, "tag": None, "category": None, "department": None,
                       "archives": 100}

# --- Feeds: Atom and RSS for everything, each kind, each department, each tag ---
FEED_ALL_ATOM = "feeds/all.atom.xml"
FEED_ALL_RSS = "feeds/all.rss.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
CATEGORY_FEED_RSS = "feeds/{slug}.rss.xml"
TAG_FEED_ATOM = "feeds/tags/{slug}.atom.xml"
TAG_FEED_RSS = "feeds/tags/{slug}.rss.xml"
DEPARTMENT_FEED_ATOM = "feeds/departments/{slug}.atom.xml"
DEPARTMENT_FEED_RSS = "feeds/departments/{slug}.rss.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
TRANSLATION_FEED_RSS = None
FEED_MAX_ITEMS = 50
RSS_FEED_SUMMARY_ONLY = False

# --- Theme ------------------------------------------------------------------
THEME = "theme"
# Every value a template writes is escaped, unless the template says it is HTML (`|safe`):
# only a story's body, summary and title are, and the reader has cleaned them (nh3).
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": [],
                     "autoescape": True}
OUTPUT_PATH = "output"
DELETE_OUTPUT_DIRECTORY = True

# --- Sharing: share images, share metadata and the campaign kit ----------------
# (plugins social_cards and campaign_kit; README.md, "For the comms team: sharing and campaigns")
# Share images are drawn with the SITE_COLOURS above and kept in cache/share-images/.
SOCIAL_CARDS = {"locale": "en_GB"}
# The comms team's kit (post texts for each network, the schedule, a sheet per person on
# campaign/roster.csv, the day-of page) is written to kit/,
# beside output/, after every build that succeeds; `invoke kit` writes it on its own.
CAMPAIGN_KIT = {
    "path": "kit",
    "networks": ["x", "bluesky", "mastodon", "linkedin", "facebook"],
}
# A campaign such as a 24-hour "Twitterthon": from `start` (in TIMEZONE), for `hours`, with
# `posts_per_hour` posts on `network`; each department in `accounts` posts from its account.
# Every slot goes to someone on shift in campaign/roster.csv; departments share slots by shift
# hours. Prompts for live posts: content/campaign-prompts.txt. `invoke kit --freeze` fixes the
# slots made so far (so does any build once the campaign has started).
# `name` tags every link as utm_campaign. Set CAMPAIGN = None when there is no campaign.
CAMPAIGN = {
    "name": "probation-week-2026",
    "hashtag": CAMPAIGN_HASHTAG,
    "start": "2026-12-01 08:00",
    "hours": 24,
    "posts_per_hour": 2,
    "network": "x",
    "accounts": {
        "offender-management": "@PVOffenderMgmt",
        "court-team": "@PVCourts",
        "approved-premises": "@PVPremises",
        "victims-liaison": "@PVVictims",
        "programmes": "@PVProgrammes",
        "unpaid-work": "@PVPayback",
        "prisons": "@PVThroughGate",
        "business-support": "@PVAdminTeam",
    },
}

# --- The preview's rebuilds (plugins/preview_rebuild) ----------------------------
# Only in the preview (`invoke serve`), from its second build on: when templates, settings,
# images or a story's header changed, everything is written; otherwise the edited stories'
# pages, every list page and every feed, and other story pages are left as they are.
PREVIEW_REBUILD = {"enabled": True}
