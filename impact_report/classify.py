"""What a request was: a page view, a feed, an asset (pictures, stylesheets, robots.txt...)
or something else (an error, a redirect, a POST); and whether a crawler made it."""

from __future__ import annotations

from functools import lru_cache

from crawlerdetect import CrawlerDetect

PAGE, FEED, ASSET, OTHER = "page", "feed", "asset", "other"
PAGE_ENDINGS = (".html", ".htm")
FEED_ENDINGS = (".atom.xml", ".rss.xml", ".atom", ".rss")
# Successful: served whole, or "not modified" (the reader's browser had the page already).
SUCCESS = frozenset({*(str(code) for code in range(200, 300)), "304"})

crawlers = CrawlerDetect()
# Link-card fetchers CrawlerDetect 0.4.2 does not know: each fetches a story when it is posted.
MORE_CRAWLERS = ("cardyb",)  # Bluesky's


@lru_cache(maxsize=4096)  # a log has few distinct agents, each seen thousands of times
def is_crawler(agent: str) -> bool:
    """A crawler, bot or script by its user agent (CrawlerDetect's list); a request with no
    user agent at all is not a person's browser either."""
    return (agent in ("", "-") or any(name in agent.lower() for name in MORE_CRAWLERS)
            or crawlers.is_crawler(agent))


def target(request: str) -> tuple[str, str] | None:
    """(method, path with its query) of a request line such as "GET /news/?a=b HTTP/1.1"."""
    parts = request.split(" ")
    return (parts[0], parts[1]) if len(parts) == 3 else None


@lru_cache(maxsize=65536)
def kind_of_path(path: str, root: str = "") -> tuple[str, str]:
    """(PAGE, FEED or ASSET; the site path a page is counted under). The path has no query.
    "/news/index.html" is the page "/news/"; a site under `root` ("/stories") has its paths
    counted from there."""
    if root and (path == root or path.startswith(root + "/")):
        path = path[len(root):] or "/"
    last = path.rsplit("/", 1)[-1]
    if path.endswith(FEED_ENDINGS) or path.startswith("/feeds/"):
        return FEED, path
    if last == "index.html":
        return PAGE, path[: -len(last)]
    if not last or last.endswith(PAGE_ENDINGS) or "." not in last:
        return PAGE, path
    return ASSET, path


def classify(method: str, status: str, path: str, root: str = "") -> tuple[str, str]:
    """(PAGE, FEED, ASSET or OTHER; the site path) of one request. Only a successful GET is a
    view of anything: a HEAD, a POST, a redirect or an error counts as OTHER."""
    if method != "GET" or status not in SUCCESS:
        return OTHER, ""
    return kind_of_path(path.split("?", 1)[0].split("#", 1)[0], root)
