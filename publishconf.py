"""Settings for the live site: pelicanconf.py, with what differs when publishing."""

from __future__ import annotations

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402, F403 - the live site is the same site

# Absolute links everywhere, so pages copied or cached elsewhere still point home.
RELATIVE_URLS = False

# --- Publishing (plugins/publisher; README.md, "Publishing") ---------------------
# gzip and brotli copies of every page, feed and stylesheet for hosts that
# serve them (pelican-precompress runs last, after every other plugin has written).
PLUGINS = [*PLUGINS, "pelican.plugins.precompress"]
PRECOMPRESS_GZIP = True
PRECOMPRESS_BROTLI = True
PRECOMPRESS_ZOPFLI = False
PRECOMPRESS_TEXT_EXTENSIONS = {".html", ".xml", ".css", ".txt", ".svg", ".json", ".atom", ".rss"}

# Where `invoke publish` sends the site: "rsync" (a web server over SSH), "s3" (a bucket),
# "github-pages" or "folder". Only non-secret options go here; keys, tokens and passwords
# come from the environment (README.md, "Publishing"):
#   rsync:        dest "user@host:/srv/stories" or SLINGSHOT_RSYNC_TARGET; the web server
#                 serves /srv/stories/current. SSH key from the agent or ~/.ssh/config.
#   s3:           bucket, prefix, endpoint (or SLINGSHOT_S3_ENDPOINT), region; keys from
#                 AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
#   github-pages: repository "https://github.com/owner/repo.git", branch, cname (the custom
#                 domain, if SITEURL is one); token from GH_TOKEN.
#   folder:       dest, a folder the web server serves as dest/current.
# keep: how many earlier releases stay on the server (rsync, folder) to go back to.
PUBLISH_TARGET = {"kind": "rsync", "dest": "", "keep": 5}
# The built site is checked again before upload. Words the site's own settings put on pages
# that the guard mistakes for a person, each with the reason it is safe ("text — reason").
PUBLISH_CHECK = {"allow": [*PUBLISH_CHECK["allow"]]}  # noqa: F405 - from pelicanconf; add your own
