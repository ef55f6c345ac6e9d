"""`invoke impact` on the access log of a real nginx (Debian's), serving the built site.

nginx is started on 127.0.0.1 with a configuration written into tmp_path (its own access log
in the default "combined" format, pid file and temporary folders), receives a known set of
requests (UTM tags, referrers from every network, crawlers, assets, feeds, 404s, a POST, a
HEAD), and is stopped; its log then goes through `invoke impact` as a user runs it, and every
count in the JSON is checked. The client address of each request is set with X-Forwarded-For
(nginx's realip module, trusted from 127.0.0.1 only), so that visitors can be told apart.
"""

from __future__ import annotations

import datetime
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from conftest import ROOT, Build

NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
pytestmark = pytest.mark.skipif(
    NGINX is None, reason="nginx is not installed (`invoke test` installs it with apt-get; "
    "on Windows and macOS it cannot be)")

INVOKE = Path(sys.executable).parent / "invoke"
FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"
CHROME = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
          "Chrome/124.0.0.0 Mobile Safari/537.36")
SAFARI = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Version/17.4 Mobile/15E148 Safari/604.1")
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
TWITTERBOT = "Twitterbot/1.0"
CURL = "curl/8.5.0"
AARON = "/case-studies/aaron-turns-away-from-easy-money/"
SAM = "/case-studies/sam-clears-the-towpath/"
JOBS = "/news/jobs-fair-at-hmp-new-hall/"
COURT = "/department-profiles/court-team/"


def tagged(network: str, department: str) -> str:
    return (f"?utm_source={network}&utm_medium=social&utm_campaign=probation-week-2026"
            f"&utm_content={department}")


# (method, path, client address, user agent, referrer): each one request.
REQUESTS = [
    ("GET", AARON + tagged("x", "court-team"), "203.0.113.1", FIREFOX, ""),
    ("GET", AARON + tagged("bluesky", "programmes"), "203.0.113.2", CHROME, ""),
    ("GET", AARON, "203.0.113.3", SAFARI, "https://t.co/AbC123"),
    ("GET", SAM, "203.0.113.4", FIREFOX, "https://bsky.app/profile/pvprobation/post/1"),
    ("GET", JOBS, "203.0.113.5", CHROME, "https://lnkd.in/eXyZ"),
    ("GET", JOBS, "203.0.113.6", SAFARI, "https://l.facebook.com/l.php?u=x"),
    ("GET", COURT, "203.0.113.7", FIREFOX, "https://social.example.org/@pvprobation/1"),
    ("GET", COURT + "index.html", "203.0.113.8", CHROME, "https://www.facebook.com/"),
    ("GET", "/", "203.0.113.9", SAFARI, ""),
    ("GET", "/case-studies/", "203.0.113.10", FIREFOX,
     "https://stories.penninevale-probation.example.org/"),
    ("GET", SAM, "203.0.113.11", CHROME, "https://www.google.com/"),
    ("GET", SAM + tagged("x", "court-team"), "203.0.113.1", FIREFOX, ""),  # a visitor again
    # Crawlers: two would-be page views, then an asset, a feed and a 404 that are not.
    ("GET", AARON, "198.51.100.1", GOOGLEBOT, ""),
    ("GET", JOBS + tagged("x", "court-team"), "198.51.100.2", TWITTERBOT, ""),
    ("GET", "/theme/css/site.css", "198.51.100.1", GOOGLEBOT, ""),
    ("GET", "/feeds/all.atom.xml", "198.51.100.3", CURL, ""),
    ("GET", "/wp-login.php", "198.51.100.1", GOOGLEBOT, ""),
    # People's assets and feeds.
    ("GET", "/images/logo.svg", "203.0.113.1", FIREFOX, "https://stories.example/"),
    ("GET", "/favicon.ico", "203.0.113.2", CHROME, ""),
    ("GET", "/feeds/all.atom.xml", "203.0.113.1", FIREFOX, ""),
    ("GET", "/feeds/all.rss.xml", "203.0.113.2", CHROME, ""),
    # Neither pages nor assets: a 404, a POST, a HEAD.
    ("GET", "/case-studies/no-such-story/", "203.0.113.1", FIREFOX, ""),
    ("POST", "/contact/", "203.0.113.2", CHROME, ""),
    ("HEAD", AARON, "203.0.113.3", SAFARI, ""),
]
ADDRESSES = sorted({address for _, _, address, _, _ in REQUESTS} | {"127.0.0.1"})
AGENTS = sorted({agent for _, _, _, agent, _ in REQUESTS})

CONFIG = """\
daemon off;
worker_processes 1;
{user}
pid {folder}/nginx.pid;
error_log {folder}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    access_log {folder}/access.log;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    set_real_ip_from 127.0.0.1;
    real_ip_header X-Forwarded-For;
    server {{
        listen 127.0.0.1:{port};
        root {site};
        index index.html;
        error_page 404 /404.html;
    }}
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, server: subprocess.Popen, folder: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail("nginx stopped: " + (folder / "error.log").read_text(encoding="utf-8"))
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    pytest.fail("nginx did not start listening within 10 seconds")


@pytest.fixture(scope="module")
def nginx_log(site: Build, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list]]:
    """nginx's access log after REQUESTS, and the local times before and after them."""
    folder = tmp_path_factory.mktemp("nginx")
    port = free_port()
    # Run as root (as here), nginx's workers would otherwise be "nobody", who cannot read
    # pytest's private temporary folders.
    user = "user root;" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""
    config = folder / "nginx.conf"
    config.write_text(CONFIG.format(folder=folder, port=port, site=site.output, user=user),
                      encoding="utf-8")
    server = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(config), "-e",
                               str(folder / "error.log")], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE)
    try:
        wait_for(port, server, folder)
        zone = ZoneInfo("Europe/London")
        before = datetime.datetime.now(zone)
        for method, path, address, agent, referrer in REQUESTS:
            send(port, method, path, address, agent, referrer)
        after = datetime.datetime.now(zone)
    finally:
        server.send_signal(signal.SIGQUIT)  # a graceful stop: the log is complete
        server.wait(timeout=10)
    yield folder / "access.log", [before, after]


def send(port: int, method: str, path: str, address: str, agent: str, referrer: str) -> None:
    headers = {"User-Agent": agent, "X-Forwarded-For": address}
    if referrer:
        headers["Referer"] = referrer
    data = b"name=someone" if method == "POST" else None
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data,
                                     headers=headers, method=method)
    try:
        urllib.request.urlopen(request, timeout=5).read()
    except urllib.error.HTTPError as error:  # the 404 and the POST's 405
        error.read()


@pytest.fixture(scope="module")
def report(nginx_log: tuple[Path, list], tmp_path_factory: pytest.TempPathFactory
           ) -> tuple[dict, Path, list]:
    """`invoke impact` on nginx's log, as a user runs it: the JSON, the folder, the times."""
    log, times = nginx_log
    out = tmp_path_factory.mktemp("impact")
    figures = out.parent / "figures.csv"
    figures.write_text("figure,network,who,when,number,title,link\n"
                       "followers before,x,@PVProbation,2026-12-01 08:00,1200,,\n"
                       "followers after,x,@PVProbation,2026-12-02 08:00,1350,,\n",
                       encoding="utf-8")
    done = subprocess.run([str(INVOKE), "impact", "--logs", str(log), "--figures", str(figures),
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads((out / "figures.json").read_text(encoding="utf-8")), out, times


def test_the_log_has_every_request(nginx_log: tuple[Path, list]) -> None:
    lines = nginx_log[0].read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(REQUESTS)
    assert lines[0].startswith("203.0.113.1 - - [")


def test_every_count_matches_the_requests(report: tuple[dict, Path, list]) -> None:
    figures, _, (before, after) = report
    assert figures["log_lines"] == 24
    assert figures["page_views"] == 12
    assert figures["bot_requests_excluded"] == 2  # only the crawlers' page requests
    assert figures["asset_requests"] == 3  # the crawler's stylesheet, a logo, a favicon
    assert figures["feed_requests"] == 3
    assert figures["other_requests"] == 4  # the 404, the POST, the HEAD, the crawler's 404
    assert figures["by_source"] == {"x": 3, "bluesky": 2, "facebook": 2, "linkedin": 1,
                                    "mastodon": 1, "direct": 1, "within the site": 1,
                                    "other": 1}
    assert figures["by_story"] == {AARON: 3, SAM: 3, COURT: 2, JOBS: 2}
    assert figures["by_kind"] == {"case-studies": 6, "news": 2, "profiles": 2, "other pages": 2}
    assert figures["by_department"] == {"offender-management": 3, "unpaid-work": 3,
                                        "court-team": 2, "prisons": 2}
    assert figures["by_account"] == {"court-team": 2, "programmes": 1}
    assert figures["campaign"]["page_views_tagged"] == 3
    assert figures["campaign"]["share_tagged"] == 0.25
    assert figures["page_views_from_networks"] == 9
    assert figures["hand_figures"]["followers_gained"] == 150
    hours = {moment.strftime("%Y-%m-%dT%H") for moment in (before, after)}
    days = {moment.strftime("%Y-%m-%d") for moment in (before, after)}
    assert set(figures["by_hour"]) <= hours and sum(figures["by_hour"].values()) == 12
    if len(hours) == 1:  # the requests did not straddle the turn of an hour
        assert figures["by_hour"] == {hours.pop(): 12}
    if len(days) == 1:
        assert figures["visitors_by_day"] == {days.pop(): 11}  # 203.0.113.1 came twice


def test_no_address_or_user_agent_reaches_any_output(report: tuple[dict, Path, list]) -> None:
    _, out, _ = report
    written = sorted(path for path in out.rglob("*") if path.is_file())
    assert {path.name for path in written} == {"figures.json", "report.html", "infographic.png"}
    for path in written:
        data = path.read_bytes()
        for secret in [*ADDRESSES, *AGENTS]:
            assert secret.encode() not in data, f"{secret} is in {path.name}"


def test_the_report_names_the_stories_by_their_titles(report: tuple[dict, Path, list]) -> None:
    figures, _, _ = report
    top = figures["top_stories"]
    assert [story["page_views"] for story in top] == [3, 3, 2, 2]
    assert top[0] == {"path": AARON, "title": "Aaron turns away from easy money", "page_views": 3}
