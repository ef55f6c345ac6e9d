"""Make every link and image address in a piece of HTML absolute.

A feed entry is read far from the site (in a feed reader, a bot, a social network), where
a relative address such as `../images/photo.jpg` points nowhere.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin

ADDRESS = re.compile(r"""(\s(?:href|src|poster)=)(["'])([^"']*)\2""")


@lru_cache(maxsize=256)  # a feed is written twice, Atom and RSS, from the same entries
def absolute_links(html: str, base: str) -> str:
    """Resolve each href and src in `html` against `base`, the entry's own address."""

    def resolved(match: re.Match[str]) -> str:
        attribute, quote, address = match.groups()
        return f"{attribute}{quote}{urljoin(base, address)}{quote}"

    return ADDRESS.sub(resolved, html)
