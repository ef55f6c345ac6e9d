"""Settings for `invoke serve`: pelicanconf.py, plus what only a preview shows.

In the preview, drafts are built too (at drafts/<slug>/), and a story with details that
could identify someone is shown with those details marked and a banner, instead of being
left out. Never publish a preview build: `invoke publish` builds with publishconf.py.
"""

from __future__ import annotations

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402, F403 - the preview is the same site

SLINGSHOT_PREVIEW = True
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"
OUTPUT_PATH = "preview"
# Rebuilds after an edit reuse what is unchanged (Pelican's content cache, and the
# anonymity guard's remembered reports, which are kept beside it).
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = "cache/preview"
