"""The preview's rebuild after an edit (plugins/preview_rebuild): the edited story's page,
every list page and every feed carrying it are written again; other story pages and feeds
are left as they are, unless templates, settings, other content or what a story shows of
itself changed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import feedparser
from conftest import ROOT, copy_content

from plugins.preview_rebuild.plugin import options
from plugins.preview_rebuild.rule import Snapshot, unchanged_stories

EDITED = "case-studies/sam-clears-the-towpath.md"
OTHER = "case-studies/dean-finds-his-feet-on-the-allotment.md"
NOTE = "\n\nThis story was updated with a short note from the team.\n"

# As `pelican --autoreload` does (and `invoke serve`): two builds in one process, the file
# changed between them by `change`. Prints the modification time of every file after each.
AUTORELOAD = """
import json, sys
from pathlib import Path
from pelican import get_instance, parse_arguments
change, output, *arguments = sys.argv[1:]
site, _ = get_instance(parse_arguments(arguments))
def times():
    return {p.relative_to(output).as_posix(): p.stat().st_mtime_ns
            for p in Path(output).rglob("*") if p.is_file()}
site.run()
first = times()
exec(change)
site.run()
print(json.dumps([first, times()]))
"""


def preview_twice(tmp_path: Path, change: str) -> tuple[dict, dict, Path]:
    """The sample site previewed, `change` made, previewed again in the same process."""
    content = copy_content(tmp_path)
    output = tmp_path / "preview"
    command = [sys.executable, "-c", AUTORELOAD, change.replace("CONTENT", repr(str(content))),
               str(output), str(content), "-s", str(ROOT / "previewconf.py"), "-o", str(output),
               "-q", "-e", f'CACHE_PATH="{tmp_path / "cache"}"', "DELETE_OUTPUT_DIRECTORY=false"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    first, second = json.loads(done.stdout.strip().splitlines()[-1])
    return first, second, output


def rewritten(first: dict, second: dict) -> set[str]:
    return {name for name, time in second.items() if first.get(name) != time}


def page_of(source: str) -> str:
    return f"{Path(source).parent.as_posix()}/{Path(source).stem}/index.html"


def test_an_edited_story_is_written_again_with_every_list_and_feed_but_not_other_stories(tmp_path):
    first, second, output = preview_twice(
        tmp_path, f"Path(CONTENT, {EDITED!r}).open('a').write({NOTE!r})")
    written = rewritten(first, second)
    assert page_of(EDITED) in written
    assert "short note from the" in (output / page_of(EDITED)).read_text()  # typogrify: the&nbsp;team
    assert page_of(OTHER) not in written, "an unchanged story's page is left as it is"
    assert {"index.html", "case-studies/index.html"} <= written
    assert any(name.endswith((".xml", ".atom", ".rss")) for name in written), "feeds"


def test_only_the_feeds_carrying_the_edited_story_are_written_again(tmp_path):
    first, second, output = preview_twice(
        tmp_path, f"Path(CONTENT, {EDITED!r}).open('a').write({NOTE!r})")
    written = rewritten(first, second)
    carrying = ["feeds/all.atom.xml", "feeds/all.rss.xml", "feeds/case-studies.atom.xml"]
    assert set(carrying) <= written
    for name in carrying:
        entry = next(entry for entry in feedparser.parse(output / name).entries
                     if entry.link.endswith("/sam-clears-the-towpath/"))
        text = entry.content[0].value if "content" in entry else entry.summary  # Atom, RSS
        assert "short note from the" in text, name
    assert "feeds/news.atom.xml" in first and "feeds/news.atom.xml" not in written
    assert not any(entry.link.endswith("/sam-clears-the-towpath/") for entry in
                   feedparser.parse(output / "feeds/news.atom.xml").entries)


def test_only_the_lists_holding_the_edited_story_are_written_again(tmp_path):
    first, second, output = preview_twice(
        tmp_path, f"Path(CONTENT, {EDITED!r}).open('a').write({NOTE!r})")
    written = rewritten(first, second)
    holding = ["case-studies/index.html", "departments/unpaid-work/index.html",
               "tags/community-payback/index.html", "tags/volunteering/index.html"]
    assert set(holding) <= written
    others = ["news/index.html", "departments/court-team/index.html", "tags/recovery/index.html"]
    assert all(name in first for name in others) and not written & set(others)
    assert "sitemap.xml" in written
    listed = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"/{name.removesuffix('index.html')}</loc>" in listed for name in others)


def test_a_profile_edited_writes_its_department_page_again_with_the_new_text(tmp_path):
    profile = "profiles/court-team.md"
    first, second, output = preview_twice(
        tmp_path, f"Path(CONTENT, {profile!r}).open('a').write({NOTE!r})")
    written = rewritten(first, second)
    assert "departments/court-team/index.html" in written
    assert "departments/unpaid-work/index.html" not in written
    page = (output / "departments" / "court-team" / "index.html").read_text(encoding="utf-8")
    assert "short note from the" in page


def test_a_changed_title_writes_every_story_page_again(tmp_path):
    """Other stories show its title (neighbours): the coarse rule writes everything."""
    change = (f"p = Path(CONTENT, {EDITED!r}); "
              "p.write_text(p.read_text().replace('Title: Sam clears', 'Title: Sam clears up', 1))")
    first, second, output = preview_twice(tmp_path, change)
    assert page_of(OTHER) in rewritten(first, second)


def test_a_changed_image_writes_every_story_page_again(tmp_path):
    change = "p = Path(CONTENT, 'images', 'towpath.jpg'); p.write_bytes(p.read_bytes())"
    first, second, _ = preview_twice(tmp_path, change)
    assert page_of(OTHER) in rewritten(first, second)


def test_the_first_build_or_any_change_of_the_whole_keeps_nothing():
    now = Snapshot("site", {"a.md": "1", "b.md": "2"})
    assert unchanged_stories(None, now) == frozenset()
    assert unchanged_stories(Snapshot("other site", now.stories), now) == frozenset()


def test_only_stories_with_the_same_bytes_are_kept():
    before = Snapshot("site", {"a.md": "1", "b.md": "2"})
    now = Snapshot("site", {"a.md": "1", "b.md": "3", "c.md": "4"})
    assert unchanged_stories(before, now) == {"a.md"}


def test_a_mistake_in_the_setting_is_named():
    assert options({"PREVIEW_REBUILD": {"enable": True}})[1] == [
        "PREVIEW_REBUILD['enable'] is not a setting; the settings are: enabled"]
    assert options({"PREVIEW_REBUILD": {"enabled": "yes"}})[1] == [
        "PREVIEW_REBUILD['enabled'] must be True or False, not str 'yes'"]
    assert options({"PREVIEW_REBUILD": {"enabled": False}}) == ({"enabled": False}, [])


def test_invoke_serve_starts_from_an_empty_preview_and_never_deletes_it_between_rebuilds(
        monkeypatch):
    import tasks
    from plugins.preview_rebuild import server

    calls: list[tuple] = []
    monkeypatch.setattr(server, "run_in_own_group",
                        lambda command, cwd: calls.append((cwd, *command)) or 0)
    monkeypatch.setattr(tasks.shutil, "rmtree", lambda path, **_: calls.append(("rmtree", path)))
    tasks.serve.body(None, port=8123)
    assert calls[0] == ("rmtree", str(ROOT / "preview"))
    assert calls[-1][:6] == (ROOT, sys.executable, "-m", "pelican", "content", "-s")
    assert "--autoreload" in calls[-1] and calls[-1][-2:] == ("-e", "DELETE_OUTPUT_DIRECTORY=false")


def test_the_preview_cache_belongs_to_one_version_of_the_code_and_serve_drops_older_ones(
        monkeypatch, tmp_path):
    """Pelican's content cache pickles our plugins' objects; one made by other code can stop
    Pelican with a traceback (a renamed module), so each version of the code has its own."""
    import tasks
    from pelican.settings import read_settings

    from plugins.preview_rebuild import server

    cache = Path(read_settings(str(ROOT / "previewconf.py"))["CACHE_PATH"])
    assert cache.parent == ROOT / "cache" and cache.name.startswith("preview-")
    stale = ROOT / "cache" / "preview-000000000000"
    stale.mkdir(parents=True, exist_ok=True)
    removed: list[str] = []
    monkeypatch.setattr(server, "run_in_own_group", lambda _command, cwd: 0)
    monkeypatch.setattr(tasks.shutil, "rmtree", lambda path, **_: removed.append(str(path)))
    try:
        tasks.serve.body(None, port=8123)
    finally:
        stale.rmdir()
    assert str(stale) in removed and str(cache) not in removed
