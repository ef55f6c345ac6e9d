"""Settings for `invoke serve`: pelicanconf.py, plus what only a preview shows.

In the preview, drafts are built too (at drafts/<slug>/, under a DRAFT banner), a story with
details that could identify someone is shown with those details marked and a banner instead
of being left out, a review page lists every story, and pages have no share links. Never
publish a preview build: `invoke publish` builds with publishconf.py.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402, F403 - the preview is the same site

SLINGSHOT_PREVIEW = True
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
OUTPUT_PATH = "preview"
# The review page (theme/templates/review.html): every story, drafts and stories with
# findings first, linked from the home page and the navigation. Only the preview has it.
DIRECT_TEMPLATES = [*DIRECT_TEMPLATES, "review"]  # noqa: F405 - from pelicanconf
REVIEW_URL = "review/"
REVIEW_SAVE_AS = "review/index.html"
SITEMAP = {**SITEMAP, "exclude": [*SITEMAP["exclude"], r"^review/"]}  # noqa: F405
# Rebuilds after an edit reuse what is unchanged (Pelican's content cache, and the
# anonymity guard's remembered reports, which are kept beside it).
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True


def _code_version() -> str:
    """A digest of the plugins' code. Pelican's content cache holds pickled objects of our
    plugins' classes, and a cache written by other code can stop Pelican with a traceback
    when it loads; so each version of the code keeps its own cache."""
    digest = hashlib.sha256()
    for path in sorted((Path(__file__).parent / "plugins").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


CACHE_PATH = f"cache/preview-{_code_version()}"
