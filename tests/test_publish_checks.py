"""Publishing is checked twice: a planted identifier stops it, wherever it was planted.

The first check reads the stories; the second reads the built site itself, so a detail that a
story, a title, a slug, an alt text, a template or a theme's photo put on the site is found
even when the first check was bypassed. Either way nothing is uploaded.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from plugins.anonymity.allowlist import load_allowlist
from conftest import ROOT, copy_content, run_pelican
from plugins.publisher.hygiene import hygiene_problems, metadata_blocks, robots_txt
from plugins.publisher.output_check import check_output, check_pieces
from plugins.publisher.output_text import html_pieces
from plugins.publisher.sources import Declarations, read_sources
from plugins.publisher.targets import TargetError, choose_target, upload
from plugins.publisher.targets.pages import git_environment
from plugins.publisher.targets.releases import old_releases, release_name

SITEURL = "https://stories.penninevale-probation.example.org"
DEAN = "case-studies/dean-finds-his-feet-on-the-allotment.md"
# One planted identifier in each place a story can carry one.
PLANTS = {
    "title": ("Title: Dean finds his feet on the allotment", "Title: Dean and Kevin Ashworth find their feet"),
    "slug": ("Pseudonyms: Dean", "Pseudonyms: Dean\nSlug: dean-and-shelley-kenworthy"),
    "alt text": ("Image-alt: Raised vegetable beds and a small green shed on a community allotment in spring",
                 "Image-alt: Dean with his neighbour Margaret Oldroyd by the shed"),
    "story": ("His probation practitioner used", "His probation practitioner, Priya Chaudhry, used"),
}


def run_publisher(*args: str, env: dict[str, str] | None = None, timeout: float = 180,
                  ) -> subprocess.CompletedProcess[str]:
    """`python -m publisher ...` from the project folder, as `invoke publish` runs it."""
    environment = {**os.environ, "COLUMNS": "1000", **(env or {})}
    return subprocess.run([sys.executable, "-m", "plugins.publisher", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, check=False, timeout=timeout)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below a folder (following the `current` link) and a digest of its bytes."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def camera_photo(path: Path, source: Path | None = None) -> Path:
    """A JPEG as a phone writes it: GPS position, the owner's name, a serial number."""
    exif = Image.Exif()
    exif[0x013B] = "Jane Doe"
    exif[0x8825] = {1: "N", 2: (53.0, 43.0, 12.5), 3: "W", 4: (1.0, 51.0, 3.0)}
    exif[0x8769] = {0xA430: "Jane Doe", 0xA431: "SN-12345678"}
    image = Image.open(source).convert("RGB") if source else Image.new("RGB", (120, 80), "olive")
    image.save(path, "JPEG", exif=exif)
    return path


def plant(content: Path, *which: str) -> Path:
    """Put the chosen identifiers into Dean's story."""
    story = content / DEAN
    text = story.read_text(encoding="utf-8")
    for name in which:
        before, after = PLANTS[name]
        assert before in text
        text = text.replace(before, after)
    story.write_text(text, encoding="utf-8")
    return content


# --- The second check on its own: a site built with the first check switched off -------

@pytest.fixture(scope="module")
def planted_output(tmp_path_factory):
    """The site built from planted stories in preview mode, where the guard only marks findings."""
    folder = tmp_path_factory.mktemp("planted")
    content = plant(copy_content(folder), *PLANTS)
    build = run_pelican(content, folder / "output", "-s", str(ROOT / "publishconf.py"),
                        "-e", "SLINGSHOT_PREVIEW=true")
    assert build.returncode == 0, build.log
    sources = read_sources(content)
    report = check_output(folder / "output", sources.declarations(),
                          load_allowlist(content / "allowlist.txt"), siteurl=SITEURL,
                          drafts=sources.draft_slugs(), content=content)
    return {p.describe() for p in report.problems}


@pytest.mark.parametrize(("planted", "name", "where"), ids=["story", "title", "slug", "alt text"], argvalues=[
    ("story", "Priya Chaudhry", "case-studies/dean-and-shelley-kenworthy/index.html: person name 'Priya Chaudhry' in the text of <p>"),
    ("title", "Kevin Ashworth", "case-studies/dean-and-shelley-kenworthy/index.html: person name 'Kevin Ashworth' in the page title"),
    ("slug", "shelley", "sitemap.xml: person name 'shelley' in the address '/case-studies/dean-and-shelley-kenworthy/'"),
    ("alt text", "Margaret Oldroyd", "case-studies/dean-and-shelley-kenworthy/index.html: person name 'Margaret Oldroyd' in the alt of <img>"),
])
def test_the_output_check_finds_what_the_source_check_would_have(planted_output, planted, name, where):
    assert any(problem.startswith(where) for problem in planted_output), sorted(planted_output)[:20]
    # ... and in the feeds, which carry the whole story elsewhere (not the `Image-alt:` of the
    # story's photo, which only its page shows)
    if planted != "alt text":
        assert any(p.startswith("feeds/all.atom.xml") and f"'{name}'" in p for p in planted_output)


def test_the_output_check_reads_addresses_and_comments_as_a_visitor_could():
    page = """<html><head><title>News – Pennine Vale Probation</title></head><body>
      <a href="https://x.com/PVProbation">Follow us</a>
      <a href="https://www.facebook.com/john.smith.1988">his page</a>
      <a href="https://x.com/intent/post?text=Well%20done%20Gary%20Pilkington&amp;url=https%3A%2F%2Fstories.penninevale-probation.example.org%2Fnews%2F">Share</a>
      <img src="/images/shelley-kenworthy.jpg" alt="A park bench">
      <!-- checked by Amanda Hirst -->
    </body></html>"""
    found = check_pieces(html_pieces(page), Declarations(), load_allowlist(ROOT / "content" / "allowlist.txt"),
                         siteurl=SITEURL)
    expected = [
        ("shelley", "the src of <img>"),  # a first name in a file name
        ("https://www.facebook.com/john.smith.1988", "the address 'https://www.facebook.com/john.smith"),
        ("Gary Pilkington", "a value in the address 'https://x.com/intent/post?text=Well%20done"),
        ("Amanda Hirst", "an HTML comment"),
        ("kenworthy", "the src of <img>"),  # a surname among an address's words
    ]  # and not the trust's own account, nor the share link itself
    assert len(found) == len(expected)
    for text, where in expected:
        assert any(f.text == text and piece.where.startswith(where) for piece, f in found), (text, found)


# --- The whole publish: refused, and the live site untouched ----------------------------

@pytest.fixture(scope="module")
def live_folder(tmp_path_factory):
    """A folder target with a live site on it (any site will do: it must stay as it is)."""
    site = tmp_path_factory.mktemp("old") / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>The site as it was</p>", encoding="utf-8")
    dest = tmp_path_factory.mktemp("live") / "site"
    upload(site, choose_target({"kind": "folder", "dest": str(dest)}, environ={}), say=print)
    return dest


def test_planted_identifiers_stop_the_publish_and_each_is_named(tmp_path, live_folder):
    before = snapshot(live_folder)
    link = os.readlink(live_folder / "current")
    content = plant(copy_content(tmp_path), *PLANTS)
    done = run_publisher("publish", "--content", str(content), "--target", "folder", "--dest", str(live_folder))
    assert done.returncode == 1
    assert "Nothing was uploaded" in done.stderr
    for line, name in ((1, "Kevin Ashworth"), (7, "shelley"), (10, "Margaret Oldroyd"), (25, "Priya Chaudhry")):
        assert f"content/{DEAN}:{line}:" in done.stderr and f"'{name}'" in done.stderr, done.stderr
    assert os.readlink(live_folder / "current") == link
    assert snapshot(live_folder) == before
    assert [p.name for p in (live_folder / "releases").iterdir()] == [link.split("/")[-1]]


def test_a_theme_that_adds_a_name_and_a_camera_photo_is_refused(tmp_path, live_folder):
    # A template and a theme's static files never pass through the stories' check: the built
    # site's check, which runs in the build itself, is what catches them.
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text(encoding="utf-8").replace(
        "</footer>", "<p>Photos by Gordon Blackwell, 07700 900461</p></footer>"), encoding="utf-8")
    (theme / "static" / "images").mkdir(parents=True, exist_ok=True)
    camera_photo(theme / "static" / "images" / "banner.jpg")
    before = snapshot(live_folder)
    done = run_publisher("publish", "--target", "folder", "--dest", str(live_folder),
                         "--set", f'THEME="{theme}"')
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 1, said
    assert "Nothing was uploaded" in done.stderr
    assert "theme/images/banner.jpg:1:1: image carries GPS location" in said
    assert "theme/images/banner.jpg:1:1: image carries EXIF" in said
    assert "'Gordon Blackwell'" in said and "'07700 900461'" in said
    assert "the built site held something no check of its sources found" in said
    assert snapshot(live_folder) == before


# --- Settings and rules, without a build --------------------------------------------------

def test_credentials_in_publishconf_are_refused():
    with pytest.raises(TargetError, match="credentials never go in a file of the repository"):
        choose_target({"kind": "s3", "bucket": "site", "aws_secret_access_key": "abc"})
    with pytest.raises(TargetError, match="password"):
        choose_target({"kind": "github-pages", "repository": "https://me:hunter2@github.com/a/b.git"}, environ={})


def test_the_environment_and_the_command_line_choose_the_target():
    setting = {"kind": "rsync", "dest": "web@old.example:/srv/site", "keep": 3}
    chosen = choose_target(setting, environ={"SLINGSHOT_RSYNC_TARGET": "web@new.example:/srv/site"})
    assert chosen.options["dest"] == "web@new.example:/srv/site" and chosen.options["keep"] == 3
    assert choose_target(setting, "folder", "/tmp/x", environ={}).options == {"dest": "/tmp/x", "keep": 5}
    s3 = choose_target({"kind": "s3"}, dest="s3://bucket/stories", environ={"SLINGSHOT_S3_ENDPOINT": "http://s3.local"})
    assert (s3.options["bucket"], s3.options["prefix"], s3.options["endpoint"]) == ("bucket", "stories", "http://s3.local")
    with pytest.raises(TargetError, match="SLINGSHOT_RSYNC_TARGET"):
        choose_target({"kind": "rsync"}, environ={})
    with pytest.raises(TargetError, match="does not use"):
        choose_target({"kind": "folder", "dest": "/x", "bukcet": "y"}, environ={})


def test_a_github_token_reaches_git_in_the_environment_never_in_the_address():
    env = git_environment("https://github.com/trust/site.git", {"GH_TOKEN": "ghp_example"})
    assert env["GIT_CONFIG_KEY_0"] == "http.extraHeader"
    assert env["GIT_CONFIG_VALUE_0"].startswith("Authorization: Basic ")
    assert "ghp_example" not in env["GIT_CONFIG_VALUE_0"]  # base64, in a header: not in the URL or argv
    assert "GIT_CONFIG_COUNT" not in git_environment("git@github.com:trust/site.git", {"GH_TOKEN": "x"})


def test_old_releases_are_removed_but_never_the_live_one_nor_an_upload_in_progress():
    names = ["20260101T000000Z", "20260201T000000Z", "20260301T000000Z", "20260401T000000Z.partial"]
    assert old_releases(names, live="20260101T000000Z", keep=1) == ["20260201T000000Z"]
    assert release_name(["20260101T000000Z"], now=__import__("datetime").datetime(2026, 1, 1)) == "20260101T000000Z-2"


def test_hygiene_rules_catch_sources_source_maps_and_doctored_compressed_copies(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for name in ("index.html", "404.html"):
        (site / name).write_text("<p>Hello</p>", encoding="utf-8")
    (site / "robots.txt").write_text(robots_txt(SITEURL), encoding="utf-8")
    (site / "sitemap.xml").write_text(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{SITEURL}/</loc></url><url><loc>{SITEURL}/gone/</loc></url></urlset>", encoding="utf-8")
    (site / "story.md").write_text("Title: x", encoding="utf-8")
    (site / "app.css").write_text("a{}\n/*# sourceMappingURL=app.css.map */", encoding="utf-8")
    (site / "index.html.gz").write_bytes(gzip.compress(b"<p>Something else</p>"))
    Image.new("RGB", (4, 4)).save(site / "clean.png")
    camera_photo(site / "photo.jpg")
    found = [(p.path, p.what) for p in hygiene_problems(site, SITEURL)]
    assert any(path == "story.md" and "is a source file" in what for path, what in found)
    assert any(path == "app.css" and "source map" in what for path, what in found)
    assert any(path == "index.html.gz" and "differs" in what for path, what in found)
    assert any(path == "sitemap.xml" and "/gone/" in what for path, what in found)
    assert any(path == "photo.jpg" and "EXIF" in what for path, what in found)
    assert not [what for path, what in found if path == "clean.png"]
    assert metadata_blocks(site / "clean.png") == []
