"""`invoke impact`: logs in every format a static host writes, hours in the trust's time zone,
crawlers, the report and the infographic, and clear messages for bad input.

The counts against a real nginx are in test_impact_nginx.py.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from conftest import ROOT
from impact_report.figures import Figures
from impact_report.handfigures import FiguresError, read_figures
from impact_report.logs import LogError, log_files, read_logs
from impact_report.site import Site, read_site

INVOKE = Path(sys.executable).parent / "invoke"
BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0"
BINGBOT = "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"
AARON = "/case-studies/aaron-turns-away-from-easy-money/"
SAM = "/case-studies/sam-clears-the-towpath/"


def combined(path: str, when: str = "01/Dec/2026:12:00:00 +0000", status: int = 200,
             agent: str = BROWSER, address: str = "192.0.2.1", method: str = "GET",
             referrer: str = "-") -> str:
    """One line as nginx and Apache write it in their "combined" format."""
    return (f'{address} - - [{when}] "{method} {path} HTTP/1.1" {status} 5120 '
            f'"{referrer}" "{agent}"\n')


def s3(operation: str, request: str, when: str = "01/Dec/2026:12:00:00 +0000",
       agent: str = BROWSER, key: str = "-", referrer: str = "-") -> str:
    """One line of an S3 server access log (the fields AWS documents, in its order)."""
    return (f"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be pv-stories "
            f"[{when}] 192.0.2.9 - 3E57427F3EXAMPLE {operation} {key} \"{request}\" 200 - "
            f"5120 5120 12 11 \"{referrer}\" \"{agent}\" - "
            "s9lzHYrFp76ZVxRcpX9+5cjAnEH2ROuNkd2BHfIa6UkFVdtjf5mKR3/eTPX= SigV4 "
            "ECDHE-RSA-AES128-GCM-SHA256 - pv-stories.s3-website.eu-west-2.amazonaws.com "
            "TLSv1.2 - -\n")


@pytest.fixture(scope="module")
def site() -> Site:
    return read_site(ROOT / "pelicanconf.py")


def figures_of(site: Site, *logs: Path) -> dict:
    figures = Figures(site)
    return figures.summary(read_logs(list(logs), figures.add).lines)


def impact(*arguments: str) -> subprocess.CompletedProcess:
    """`invoke impact` as a user types it."""
    return subprocess.run([str(INVOKE), "impact", *arguments], cwd=ROOT, capture_output=True,
                          text=True, check=False)


def test_rotated_and_gzipped_logs_are_read_together(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "access.log").write_text(combined(AARON) + combined(SAM), encoding="utf-8")
    (logs / "access.log.1").write_text(combined(AARON), encoding="utf-8")
    with gzip.open(logs / "access.log.2.gz", "wt", encoding="utf-8") as zipped:
        zipped.write(combined(SAM) + combined("/images/logo.svg") + combined(AARON))
    out = tmp_path / "impact"
    done = impact("--logs", str(logs / "access.log*"), "--out", str(out))
    assert done.returncode == 0, done.stderr
    figures = json.loads((out / "figures.json").read_text(encoding="utf-8"))
    assert figures["log_lines"] == 6
    assert figures["page_views"] == 5
    assert figures["asset_requests"] == 1
    assert figures["by_story"] == {AARON: 3, SAM: 2}
    assert figures["log_files"] == ["access.log", "access.log.1", "access.log.2.gz"]
    assert log_files([str(logs)]) == log_files([str(logs / "access.log*")])


def test_s3_server_access_logs(tmp_path: Path, site: Site) -> None:
    log = tmp_path / "2026-12-01-12-00-00-0123456789ABCDEF"
    log.write_text(
        s3("WEBSITE.GET.OBJECT", f"GET {AARON}?utm_source=linkedin HTTP/1.1",
           key="case-studies/aaron-turns-away-from-easy-money/index.html")
        # Through the REST endpoint, path-style: the bucket's name comes first in the path.
        + s3("REST.GET.OBJECT", f"GET /pv-stories{SAM}index.html HTTP/1.1")
        + s3("WEBSITE.GET.OBJECT", "GET /theme/css/site.css HTTP/1.1")
        + s3("WEBSITE.GET.OBJECT", f"GET {SAM} HTTP/1.1", agent=BINGBOT)
        + s3("REST.PUT.OBJECT", "PUT /pv-stories/index.html HTTP/1.1", agent="Boto3/1.44.5"),
        encoding="utf-8")
    figures = figures_of(site, log)
    assert figures["page_views"] == 2
    assert figures["by_story"] == {AARON: 1, SAM: 1}
    assert figures["by_source"] == {"linkedin": 1, "direct": 1}
    assert figures["asset_requests"] == 1
    assert figures["bot_requests_excluded"] == 1
    assert figures["other_requests"] == 1


def test_hours_are_the_trusts_across_a_change_of_the_clocks(tmp_path: Path, site: Site) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(combined(AARON, when) for when in (
        "24/Oct/2026:22:59:59 +0000",  # 23:59 BST
        "24/Oct/2026:23:30:00 +0000",  # 00:30 BST on the 25th
        "25/Oct/2026:00:30:00 +0000",  # 01:30 BST: the first 01:00 hour
        "25/Oct/2026:01:30:00 +0000",  # 01:30 GMT: the clocks went back at 02:00 BST
        "25/Oct/2026:01:30:00 +0100",  # a server writing local time: 00:30 UTC, 01:30 BST
        "25/Oct/2026:02:30:00 +0000",  # 02:30 GMT
        "29/Mar/2026:00:30:00 +0000",  # 00:30 GMT
        "29/Mar/2026:01:30:00 +0000",  # 02:30 BST: the clocks went forward at 01:00 GMT
        "29/Mar/2026:02:30:00 +0530",  # 21:00 UTC on the 28th, 21:00 GMT
    )), encoding="utf-8")
    figures = figures_of(site, log)
    assert figures["by_hour"] == {"2026-03-28T21": 1, "2026-03-29T00": 1, "2026-03-29T02": 1,
                                  "2026-10-24T23": 1, "2026-10-25T00": 1, "2026-10-25T01": 3,
                                  "2026-10-25T02": 1}
    assert figures["by_day"] == {"2026-03-28": 1, "2026-03-29": 2, "2026-10-24": 1,
                                 "2026-10-25": 5}


def test_crawlers_are_counted_only_among_would_be_page_views(tmp_path: Path, site: Site) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join([
        combined(AARON, agent=BINGBOT),  # a page: the one crawler request counted
        combined("/images/logo.svg", agent=BINGBOT),
        combined("/feeds/all.atom.xml", agent=BINGBOT),
        combined("/no-such-page/", status=404, agent=BINGBOT),
        combined("/robots.txt", agent=BINGBOT),
        combined(AARON, agent="-"),  # no user agent: a script, not a reader
        combined(AARON, agent="Mozilla/5.0 (compatible; Bluesky Cardyb/1.1; "
                 "+mailto:support@bsky.app)"),  # Bluesky's link card
        combined(AARON),
    ]), encoding="utf-8")
    figures = figures_of(site, log)
    assert figures["bot_requests_excluded"] == 3
    assert figures["page_views"] == 1
    assert (figures["asset_requests"], figures["feed_requests"], figures["other_requests"]) == (
        2, 1, 1)


def test_the_report_and_the_infographic(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text("".join(
        combined(path + "?utm_source=x&utm_campaign=probation-week-2026", when, address=address)
        for path, when, address in (
            (AARON, "01/Dec/2026:08:10:00 +0000", "192.0.2.1"),
            (AARON, "01/Dec/2026:12:10:00 +0000", "192.0.2.2"),
            (SAM, "01/Dec/2026:12:20:00 +0000", "192.0.2.3"),
        )), encoding="utf-8")
    figures = tmp_path / "figures.csv"
    figures.write_text(
        "\ufefffigure,network,who,when,number,title,link\n"
        "followers before,x,@PVProbation,01/12/2026 08:00,\"1,200\",,\n"
        "followers after,x,@PVProbation,02/12/2026 08:00,\"1,350\",,\n"
        "mentions,x,#ProbationChangesLives,2026-12-01 12:00,155,,\n"
        "press,,Halifax Courier,2026-12-02,,Probation staff <tell> their stories,"
        "https://news.example/probation\n", encoding="utf-8")
    out = tmp_path / "impact"
    done = impact("--logs", str(log), "--figures", str(figures), "--out", str(out),
                  "--json", str(tmp_path / "elsewhere" / "figures.json"))
    assert done.returncode == 0, done.stderr
    assert "3 page views" in done.stdout
    data = json.loads((tmp_path / "elsewhere" / "figures.json").read_text(encoding="utf-8"))
    assert data["busiest_hour"] == {"hour": "2026-12-01T12", "page_views": 2}
    assert data["hand_figures"]["followers_gained"] == 150
    assert data["campaign"]["page_views_during"] == 3
    page = BeautifulSoup((out / "report.html").read_text(encoding="utf-8"), "lxml")
    assert page.find("script") is None
    assert not page.select("[src], link[href]")  # nothing fetched from anywhere
    assert len(page.find_all("svg")) >= 4  # hours, days, sources, stories...
    assert "size: A4" in page.style.string
    headings = [heading.get_text() for heading in page.find_all("h2")]
    assert "Page views by hour during the campaign, from 1 Dec 2026, 08:00" in headings
    assert "Aaron turns away from easy money" in page.get_text()
    assert page.find("a", href="https://news.example/probation").get_text() == (
        "Probation staff <tell> their stories")
    hours = page.find("h2", string=lambda text: text and text.startswith("Page views by hour"))
    assert len(hours.find_next("svg").find_all("rect")) == 24  # one bar per campaign hour
    with Image.open(out / "infographic.png") as image:
        assert image.format == "PNG"
        assert image.size == (1080, 1350)
        assert image.getpixel((5, 5)) == (0x1D, 0x4F, 0x6E)  # SITE_COLOURS["brand"]


def test_a_missing_log_is_named(tmp_path: Path) -> None:
    done = impact("--logs", str(tmp_path / "acess.log"), "--out", str(tmp_path / "impact"))
    assert done.returncode == 2
    assert f"{tmp_path / 'acess.log'}: there is no such file" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "impact").exists()


def test_an_unreadable_line_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(combined(AARON) + "\n" + "2026/12/01 12:00:03 [error] 12#12: open() failed\n",
                   encoding="utf-8")
    done = impact("--logs", str(log), "--out", str(tmp_path / "impact"))
    assert done.returncode == 2
    assert f"{log}, line 3: this line is not in nginx or Apache" in done.stderr
    assert "error log" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_line_cut_short_in_a_long_log_is_left_out_and_said(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    good = combined(AARON) * 2000
    log.write_text(good + combined(AARON)[:40] + "\n", encoding="utf-8")
    done = impact("--logs", str(log), "--out", str(tmp_path / "impact"))
    assert done.returncode == 0, done.stderr
    assert f"1 line(s) could not be read and were left out; the first: {log}, line 2001" in done.stdout
    figures = json.loads((tmp_path / "impact" / "figures.json").read_text(encoding="utf-8"))
    assert figures["page_views"] == 2000
    assert figures["unreadable_lines"] == 1


def test_more_unreadable_lines_than_one_in_a_thousand_stop_the_report(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(combined(AARON) * 1000 + "garbage\n" * 2, encoding="utf-8")
    done = impact("--logs", str(log), "--out", str(tmp_path / "impact"))
    assert done.returncode == 2
    assert f"{log}, line 1001: this line is not in nginx or Apache" in done.stderr
    assert "(1 more lines could not be read either)" in done.stderr
    assert not (tmp_path / "impact").exists()


def test_a_bad_time_is_named_with_its_file_and_line(tmp_path: Path, site: Site) -> None:
    log = tmp_path / "access.log"
    log.write_text(combined(AARON) + combined(AARON, when="31/Dex/2026:12:00:00 +0000"),
                   encoding="utf-8")
    with pytest.raises(LogError, match=r"access\.log, line 2: the time \[31/Dex/2026:12:00"):
        figures_of(site, log)


def test_a_bad_figures_row_is_named_with_its_file_and_line(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(combined(AARON), encoding="utf-8")
    figures = tmp_path / "figures.csv"
    figures.write_text("figure,network,who,when,number,title,link\n"
                       "followers before,x,@PVProbation,2026-12-01 08:00,1200,,\n"
                       "followers after,x,@PVProbation,2026-12-02 08:00,about 1350,,\n",
                       encoding="utf-8")
    done = impact("--logs", str(log), "--figures", str(figures), "--out", str(tmp_path / "i"))
    assert done.returncode == 2
    assert (f"{figures}, line 3: 'about 1350' in the column 'number' is not a whole number"
            in done.stderr)
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(("text", "message"), [
    ("figure,network\n", "line 1: the first line must name the columns"),
    ("figure,network,who,when,number,title,link\nfolowers,x,@a,2026-12-01,5,,\n",
     "line 2: 'folowers' in the column 'figure' is not one of"),
    ("figure,network,who,when,number,title,link\nmentions,x,#a,1 December,5,,\n",
     "line 2: '1 December' in the column 'when' is not a date"),
    ("figure,network,who,when,number,title,link\npress,,Courier,2026-12-01,,A title,news.example\n",
     "line 2: a press row needs a title and a link starting with https://"),
])
def test_bad_figures_files(tmp_path: Path, text: str, message: str) -> None:
    figures = tmp_path / "figures.csv"
    figures.write_text(text, encoding="utf-8")
    with pytest.raises(FiguresError, match=message):
        read_figures(figures)


def test_a_figures_file_excel_saved_in_its_own_code_page(tmp_path: Path) -> None:
    figures = tmp_path / "figures.csv"
    figures.write_bytes("figure,network,who,when,number,title,link\npress,,Caf\u00e9,,,T,"
                        "https://a.example\n".encode("cp1252"))
    with pytest.raises(FiguresError, match="CSV UTF-8"):
        read_figures(figures)


def test_the_report_is_never_written_into_the_published_site(tmp_path: Path) -> None:
    log = tmp_path / "access.log"
    log.write_text(combined(AARON), encoding="utf-8")
    inside = ROOT / "output" / "impact-test-never-written"
    done = impact("--logs", str(log), "--out", str(inside))
    assert done.returncode == 2
    assert "inside the site's output folder" in done.stderr
    assert not inside.exists()
    assert "impact/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
