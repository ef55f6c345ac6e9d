"""Settings for the live site: pelicanconf.py, with what differs when publishing."""

from __future__ import annotations

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402, F403 - the live site is the same site

# Absolute links everywhere, so pages copied or cached elsewhere still point home.
RELATIVE_URLS = False
