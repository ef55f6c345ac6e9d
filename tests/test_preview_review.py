"""The preview made for review (`invoke serve`, previewconf.py): a review page listing every
story, a DRAFT banner on every draft, no share links; and `invoke serve` leaves nothing
running once it is stopped. A normal build has none of the preview's pages."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, Build, copy_content

from plugins.preview_rebuild.server import run_in_own_group

KINDS = ("case-studies", "news", "profiles")
HEADER = "Date: {date}\nDepartment: unpaid-work\nTags: community payback\n"
CLEAN_DRAFT = ("Title: Volunteers plant a community garden\n"
               + HEADER.format(date="2026-11-20 10:00")
               + "Summary: People on Community Payback planted a garden beside the library.\n"
               "Status: draft\n\n"
               "People on Community Payback spent a week planting a garden beside the library.\n")
# Two findings: a name and a phone number.
FLAGGED = ("Title: {title}\n" + HEADER
           + "Summary: People on Community Payback built a bench for the park.\n"
           "Status: {status}\n\n"
           "Mr Okafor, who supervised the work, said the group built the bench in two days. "
           "Call him on 0113 496 0999 to volunteer.\n")
STORIES = {
    "news/volunteers-plant-a-garden.md": CLEAN_DRAFT,
    "news/a-new-bench-for-the-park.md": FLAGGED.format(
        title="A new bench for the park", date="2026-11-21 10:00", status="draft"),
    "news/a-new-bench-by-the-river.md": FLAGGED.format(
        title="A new bench by the river", date="2026-11-22 10:00", status="published"),
}
SHARE_HOSTS = ("x.com/intent", "bsky.app/intent", "linkedin.com/sharing", "facebook.com/sharer",
               "mailto:?")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


@pytest.fixture(scope="module")
def preview(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The sample site and three stories of ours, built as `invoke serve` builds it."""
    folder = tmp_path_factory.mktemp("review")
    content = copy_content(folder)
    for name, text in STORIES.items():
        (content / name).write_text(text, encoding="utf-8")
    output = folder / "preview"
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "previewconf.py"),
               "-o", str(output), "-e", f'CACHE_PATH="{(folder / "cache").as_posix()}"']
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return Build(output, done.returncode, done.stdout + done.stderr)


def review_rows(build: Build) -> list[dict]:
    """Each row of the review page's table, by its column headers, with the story's page."""
    table = soup(build.page("review/")).find("table")
    headers = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    rows = []
    for tr in table.tbody.find_all("tr"):
        texts = (cell.get_text(" ", strip=True) for cell in tr.find_all(["th", "td"]))
        cells = dict(zip(headers, texts))
        address = urljoin("http://preview/review/", tr.th.a["href"])
        rows.append({**cells, "page": build.page(address.removeprefix("http://preview/"))})
    return rows


def main_navigation(page: BeautifulSoup) -> list[str]:
    return [a["href"] for a in page.find("nav", attrs={"aria-label": "Main"}).find_all("a")]


def row_titled(rows: list[dict], title: str) -> dict:
    return next(row for row in rows if row["Story"].replace("\xa0", " ") == title)


def test_the_review_page_lists_every_story_with_its_status_department_and_findings(preview):
    rows = review_rows(preview)
    content = preview.output.parent / "content"
    stories = [path for kind in KINDS for path in (content / kind).glob("*.md")]
    assert len(rows) == len(stories)
    flagged = row_titled(rows, "A new bench for the park")
    assert (flagged["Kind"], flagged["Status"]) == ("News", "Draft")
    assert flagged["Department"] == "Unpaid work (Community Payback)"
    assert flagged["Findings"].startswith("2 ")  # "2 (2 to fix before publishing)"
    page = soup(flagged["page"])
    assert page.h1.get_text().replace("\xa0", " ") == "A new bench for the park"
    assert len(page.select(".anonymity-findings li")) == 2, "the count is the banner's"
    clean = row_titled(rows, "Volunteers plant a community garden")
    assert (clean["Status"], clean["Findings"]) == ("Draft", "0")
    assert row_titled(rows, "A new bench by the river")["Status"] == "Published"


def test_drafts_and_stories_with_findings_come_first(preview):
    needs_a_look = [row["Status"] == "Draft" or row["Findings"] != "0"
                    for row in review_rows(preview)]
    assert needs_a_look.count(True) >= 4  # our three and the sample draft
    assert needs_a_look == sorted(needs_a_look, reverse=True)


def test_the_review_page_is_an_accessible_table_without_scripts(preview):
    page = soup(preview.page("review/"))
    assert page.table.caption.get_text(strip=True)
    assert [th["scope"] for th in page.table.thead.find_all("th")] == ["col"] * 5
    assert all(tr.th["scope"] == "row" for tr in page.table.tbody.find_all("tr"))
    assert not page.find("script")


def test_the_home_page_and_the_navigation_link_to_the_review_page(preview):
    home = soup(preview.page(""))
    assert "./review/" in [a["href"] for a in home.main.find_all("a")]
    assert "./review/" in main_navigation(home)
    story = soup(preview.page("news/a-new-bench-by-the-river/"))
    assert "../../review/" in main_navigation(story)


def test_a_draft_without_findings_says_draft_in_its_text_and_title(preview):
    page = soup(preview.page("drafts/volunteers-plant-a-garden/"))
    assert not page.select(".anonymity-findings"), "a clean draft: no findings banner"
    article = page.find("article")
    label = article.find(string=lambda text: "DRAFT" in text)
    assert label is not None and label.find_next("h1") is article.h1, "DRAFT, above the title"
    assert page.title.get_text().startswith("DRAFT")
    published = soup(preview.page("news/a-new-bench-by-the-river/"))
    assert "DRAFT" not in published.get_text()
    assert not published.title.get_text().startswith("DRAFT")


def test_the_preview_has_no_share_links(preview):
    for path in ("drafts/volunteers-plant-a-garden/", "news/a-new-bench-by-the-river/",
                 "case-studies/sam-clears-the-towpath/"):
        page = soup(preview.page(path))
        assert page.find("nav", attrs={"aria-labelledby": "share"}) is None, path
        links = [a["href"] for a in page.find_all("a", href=True)]
        assert not [link for link in links if any(host in link for host in SHARE_HOSTS)], path


def test_a_normal_build_has_no_review_page_and_keeps_its_share_links(site):
    assert not (site.output / "review").exists()
    home = soup(site.page(""))
    assert not [a for a in home.find_all("a", href=True) if "review" in a["href"]]
    story = soup(site.page("case-studies/sam-clears-the-towpath/"))
    share = story.find("nav", attrs={"aria-labelledby": "share"})
    assert [a.get_text(strip=True) for a in share.find_all("a")][0] == "Share on X"
    assert "DRAFT" not in story.get_text()


# --- `invoke serve` stops everything it started -------------------------------------------

# What `invoke serve` needs of the project, copied so that it empties no preview/ but its own.
PROJECT = ("tasks.py", "pelicanconf.py", "previewconf.py", "plugins", "theme", "content",
           "templates")


def project_copy(folder: Path) -> Path:
    folder.mkdir()
    for name in PROJECT:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, folder / name,
                            ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, folder / name)
    return folder


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2):
            return True
    except (urllib.error.URLError, OSError):
        return False


def alive(pid: int) -> bool:
    """Whether the process runs (a zombie has ended: it only waits for its parent to notice)."""
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text(encoding="utf-8")
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def serving_processes(port: int) -> list[int]:
    """PIDs of the running processes whose command line is this preview's Pelican."""
    found = []
    for entry in (entry for entry in Path("/proc").iterdir() if entry.name.isdigit()):
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # it ended while we looked
        if b"pelican" in arguments and str(port).encode() in arguments and alive(int(entry.name)):
            found.append(int(entry.name))
    return found


def wait_for(condition, seconds: float = 60) -> bool:
    """Whether `condition()` became true within `seconds` (a guard, not a measurement)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(not Path("/proc/self/cmdline").is_file(),
                    reason="lists processes through /proc (Linux)")
def test_invoke_serve_stopped_by_sigterm_leaves_no_process_and_frees_its_port(tmp_path):
    port = free_port()
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    invoke = subprocess.Popen([sys.executable, "-m", "invoke", "serve", "--port", str(port)],
                              cwd=project_copy(tmp_path / "site"), stdout=log,
                              stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: answers(port)), (tmp_path / "serve.log").read_text(encoding="utf-8")
        assert serving_processes(port), "Pelican serves the preview"
        os.kill(invoke.pid, signal.SIGTERM)
        invoke.wait(timeout=60)
        assert wait_for(lambda: not answers(port) and not serving_processes(port)), (
            f"still running: {serving_processes(port)}; port {port} answers: {answers(port)}")
    finally:
        invoke.kill()
        for pid in serving_processes(port):  # only what this test started: its own port
            os.kill(pid, signal.SIGKILL)
        log.close()


@pytest.mark.skipif(not Path("/proc/self/cmdline").is_file(),
                    reason="lists processes through /proc (Linux)")
def test_when_the_preview_command_ends_every_process_it_started_ends_too(tmp_path):
    """As Pelican's rebuilding and serving children outlive Pelican when it dies: a child that
    starts a grandchild and exits. Its exit status is kept; the grandchild is stopped."""
    marker = tmp_path / "grandchild.pid"
    script = ("import subprocess, sys; grandchild = subprocess.Popen([sys.executable, '-c', "
              "'import time; time.sleep(600)']); "
              f"open({str(marker)!r}, 'w').write(str(grandchild.pid)); sys.exit(3)")
    assert run_in_own_group([sys.executable, "-c", script]) == 3
    grandchild = int(marker.read_text(encoding="utf-8"))
    try:
        assert wait_for(lambda: not alive(grandchild))
    finally:
        if alive(grandchild):
            os.kill(grandchild, signal.SIGKILL)
