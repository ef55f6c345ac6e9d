"""Rebuilds with the content cache on leave unchanged pages as they are, and end up exactly
as a clean build: the same files, the same bytes (plugins/unchanged_pages)."""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, Build, copy_content, run_pelican
from jinja2 import DictLoader, Environment, pass_context
from markupsafe import Markup
from pelican.contents import Article, Tag
from pelican.settings import DEFAULT_CONFIG
from unchanged_pages.content_index import ContentIndex
from unchanged_pages.digests import MISSING, Summariser, Unsummarisable
from unchanged_pages.ledger import Ledger, url_property, value_at
from unchanged_pages.manifest import (
    Entry,
    FileStamp,
    Manifest,
    load,
    manifest_file,
    save,
)
from unchanged_pages.pruning import listing, remove, stale_files
from unchanged_pages.read_log import SHAPE, VALUE, recording
from unchanged_pages.read_table import plain_arguments, plain_path
from unchanged_pages.sequence_views import ListView, TupleView
from unchanged_pages.settings import options, reasons_to_write_everything
from unchanged_pages.variable_reads import FeedContext, RecordingContext

SKIPPED = re.compile(r"unchanged_pages: (\d+) files left as they were, (\d+) written, (\d+) stale")
PHONE = "\n\nRing him on 07700 900123 if you want to know more.\n"


# -- whole builds ---------------------------------------------------------------------------

def cache_build(content: Path, output: Path, cache: Path, options: tuple[str, ...] = (),
                more: tuple[str, ...] = (), settings: Path | None = None) -> Build:
    """A build with Pelican's content cache on (as `invoke serve` and the benchmark do),
    with command-line `options` and `more` settings (Pelican keeps only the last `-e`)."""
    pairs = ["CACHE_CONTENT=true", "LOAD_CONTENT_CACHE=true", f"CACHE_PATH={json.dumps(str(cache))}",
             'CHECK_MODIFIED_METHOD="mtime"', *more]
    return run(content, output, settings, *options, "-v", "-e", *pairs)


def cold_build(content: Path, output: Path, cache: Path, options: tuple[str, ...] = (),
               settings: Path | None = None) -> Build:
    """A clean build: a new output folder, no content cache, caches of its own."""
    return run(content, output, settings, *options, "-e", f"CACHE_PATH={json.dumps(str(cache))}",
               "CACHE_CONTENT=false", "LOAD_CONTENT_CACHE=false")


def run(content: Path, output: Path, settings: Path | None, *arguments: str) -> Build:
    if settings is None:
        return run_pelican(content, output, *arguments)
    # run_pelican always builds with pelicanconf.py: the settings file comes last, and wins.
    return run_pelican(content, output, "-s", str(settings), *arguments)


def skipped_and_written(build: Build) -> tuple[int, int, int]:
    found = SKIPPED.search(build.log)
    assert found, build.log[-3000:]
    return int(found[1]), int(found[2]), int(found[3])


def files_of(output: Path) -> dict[str, bytes]:
    """Every file under `output` and its bytes; in sitemap.xml, the build's time replaced.

    The sitemap gives each page with no date of its own (home, archive, tag, department
    and about pages) the time of the build as its `lastmod`, so two clean builds a second
    apart differ there too. That time is the home page's `lastmod`; every entry showing it
    is compared without it. Every other byte of the sitemap and every other file is compared.
    """
    found = {}
    for path in sorted(output.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.name == "sitemap.xml":
                data = without_build_times(data.decode("utf-8")).encode("utf-8")
            found[path.relative_to(output).as_posix()] = data
    return found


def without_build_times(sitemap: str) -> str:
    home = re.search(r"<loc>[^<]*\.example/</loc>\s*<lastmod>([^<]+)</lastmod>", sitemap)
    assert home, "the sitemap lists the home page"
    return sitemap.replace(f"<lastmod>{home[1]}</lastmod>", "<lastmod>(build time)</lastmod>")


def folders_of(output: Path) -> set[str]:
    return {path.relative_to(output).as_posix() for path in output.rglob("*") if path.is_dir()}


def assert_same_site(rebuilt: Path, clean: Path) -> None:
    ours, theirs = files_of(rebuilt), files_of(clean)
    assert sorted(ours) == sorted(theirs), (
        f"only after the rebuild: {sorted(set(ours) - set(theirs))}; "
        f"only in the clean build: {sorted(set(theirs) - set(ours))}")
    differing = [name for name in ours if ours[name] != theirs[name]]
    assert differing == []
    assert folders_of(rebuilt) == folders_of(clean)


def stamps(output: Path) -> dict[str, int]:
    return {path.relative_to(output).as_posix(): path.stat().st_mtime_ns
            for path in output.rglob("*") if path.is_file()}


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_rebuild_after_changes_is_byte_for_byte_a_clean_build(tmp_path):
    content = copy_content(tmp_path)
    cache, output = tmp_path / "cache", tmp_path / "output"
    first = cache_build(content, output, cache)
    assert first.returncode == 0, first.log
    before = stamps(output)
    studies = content / "case-studies"
    edit(studies / "a-report-that-gave-ryan-a-way-out.md", "Ryan was sure he was going to prison.",
         "Ryan was sure he was going to prison. He had packed a bag.")
    edit(studies / "aaron-turns-away-from-easy-money.md", "Department: offender-management",
         "Department: programmes")
    edit(studies / "sam-clears-the-towpath.md", "Title: ", "Title: Again, ")
    (studies / "kyle-learns-to-live-on-the-outside.md").unlink()
    edit(content / "news" / "jobs-fair-at-hmp-new-hall.md", "Status: published", "Status: draft")
    new_story = (studies / "dean-finds-his-feet-on-the-allotment.md").read_text(encoding="utf-8")
    (studies / "dean-goes-back-to-the-allotment.md").write_text(
        new_story.replace("Title: ", "Title: Back on the plot: ", 1), encoding="utf-8")
    (output / "left-over.html").write_text("an old page", encoding="utf-8")
    (output / "old-folder" / "deeper").mkdir(parents=True)
    (output / "old-folder" / "deeper" / "index.html").write_text("old", encoding="utf-8")

    rebuilt = cache_build(content, output, cache)
    clean = cold_build(content, tmp_path / "clean", tmp_path / "clean-cache")

    assert rebuilt.returncode == 0 and clean.returncode == 0, rebuilt.log + clean.log
    assert_same_site(output, tmp_path / "clean")
    left, written, removed = skipped_and_written(rebuilt)
    after = stamps(output)
    untouched = [name for name in after if before.get(name) == after[name]]
    assert left > 0 and written > 0 and removed >= 4  # Kyle's page and card, the draft's too
    assert "department-profiles/court-team/index.html" in untouched
    assert not any(name.startswith("case-studies/kyle-") for name in after)
    assert after["case-studies/a-report-that-gave-ryan-a-way-out/index.html"] != before[
        "case-studies/a-report-that-gave-ryan-a-way-out/index.html"]


def test_a_story_refused_by_the_gate_disappears_from_a_rebuild(tmp_path):
    content = copy_content(tmp_path)
    cache, output = tmp_path / "cache", tmp_path / "output"
    assert cache_build(content, output, cache).returncode == 0
    story = content / "case-studies" / "leanne-finds-her-way-back-to-her-children.md"
    story.write_text(story.read_text(encoding="utf-8") + PHONE, encoding="utf-8")

    rebuilt = cache_build(content, output, cache)
    clean = cold_build(content, tmp_path / "clean", tmp_path / "clean-cache")

    assert rebuilt.returncode != 0 and clean.returncode != 0  # the gate fails both
    assert "leanne-finds-her-way-back-to-her-children" in rebuilt.log
    assert not (output / "case-studies" / "leanne-finds-her-way-back-to-her-children").exists()
    assert_same_site(output, tmp_path / "clean")
    assert skipped_and_written(rebuilt)[0] > 0


def test_a_preview_rebuild_after_editing_drafts_is_a_clean_preview(tmp_path):
    content = copy_content(tmp_path)
    cache, output = tmp_path / "cache", tmp_path / "preview"
    preview = ROOT / "previewconf.py"
    assert cache_build(content, output, cache, settings=preview).returncode == 0
    drafts = [path for path in content.rglob("*.md") if "Status: draft" in path.read_text("utf-8")]
    assert drafts, "the sample content has a draft"
    edit(drafts[0], "\n\n", "\n\nA new first paragraph, written in the preview.\n\n")
    story = content / "case-studies" / "marcus-learns-to-stop-and-think.md"
    story.write_text(story.read_text(encoding="utf-8") + PHONE, encoding="utf-8")

    rebuilt = cache_build(content, output, cache, settings=preview)
    clean = cold_build(content, tmp_path / "clean", tmp_path / "clean-cache", settings=preview)

    assert rebuilt.returncode == 0 and clean.returncode == 0, rebuilt.log
    assert "07700 900123" in (output / "case-studies" / "marcus-learns-to-stop-and-think"
                              / "index.html").read_text("utf-8")  # marked, not refused
    assert_same_site(output, tmp_path / "clean")
    assert skipped_and_written(rebuilt)[0] > 0


SERVE = """
import json, sys
from pathlib import Path
from pelican import Pelican
from pelican.settings import read_settings

settings_file, content, output, cache, edits = sys.argv[1:]
settings = read_settings(settings_file, override={
    "PATH": content, "OUTPUT_PATH": output, "CACHE_PATH": cache,
    "CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CHECK_MODIFIED_METHOD": "mtime"})
pelican = Pelican(settings)  # one object for every build, as `pelican --autoreload` does
pelican.run()
for path, old, new in json.loads(edits):
    story = Path(content, path)
    story.write_text(story.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    pelican.run()
"""


def test_builds_in_one_process_as_the_preview_runs_them_stay_clean(tmp_path):
    content = copy_content(tmp_path)
    script = tmp_path / "serve.py"
    script.write_text(SERVE, encoding="utf-8")
    edits = [["case-studies/sam-clears-the-towpath.md", "\n\n", "\n\nSam went back.\n\n"],
             ["news/jobs-fair-at-hmp-new-hall.md", "Status: published", "Status: draft"],
             ["case-studies/aaron-turns-away-from-easy-money.md", "Status: published",
              "Status: draft"]]
    done = subprocess.run(
        [sys.executable, str(script), str(ROOT / "previewconf.py"), str(content),
         str(tmp_path / "preview"), str(tmp_path / "cache"), json.dumps(edits)],
        cwd=ROOT, capture_output=True, text=True, check=False)
    clean = cold_build(content, tmp_path / "clean", tmp_path / "clean-cache",
                       settings=ROOT / "previewconf.py")

    assert done.returncode == 0 and clean.returncode == 0, done.stderr[-3000:]
    assert not (tmp_path / "preview" / "news" / "jobs-fair-at-hmp-new-hall").exists()
    assert_same_site(tmp_path / "preview", tmp_path / "clean")


def test_a_changed_template_rewrites_every_page(tmp_path):
    content = copy_content(tmp_path)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    cache, output = tmp_path / "cache", tmp_path / "output"
    assert cache_build(content, output, cache, options=("-t", str(theme))).returncode == 0
    before = stamps(output)
    edit(theme / "templates" / "macros.html", '<ul class="stories">', '<ul class="stories" id="s">')

    rebuilt = cache_build(content, output, cache, options=("-t", str(theme)))
    clean = cold_build(content, tmp_path / "clean", tmp_path / "clean-cache", options=("-t", str(theme)))

    assert rebuilt.returncode == 0 and clean.returncode == 0
    after = stamps(output)
    pages = [name for name in after if name.endswith(".html")]
    assert pages and all(after[name] != before[name] for name in pages)
    assert skipped_and_written(rebuilt)[0] == 0
    assert 'id="s"' in (output / "index.html").read_text("utf-8")
    assert_same_site(output, tmp_path / "clean")


def test_a_build_without_the_content_cache_is_pelicans_own(tmp_path):
    content = copy_content(tmp_path)
    output, cache = tmp_path / "output", tmp_path / "cache"
    output.mkdir()
    (output / "left-over.html").write_text("an old page", encoding="utf-8")
    build = run_pelican(content, output, "-v", "-e", f"CACHE_PATH={json.dumps(str(cache))}")
    assert build.returncode == 0
    assert not (output / "left-over.html").exists()  # Pelican deleted the folder first
    assert "unchanged_pages" not in build.log
    assert not (cache / "unchanged-pages").exists()


def test_an_unchecked_plugin_makes_every_file_be_written(tmp_path):
    content = copy_content(tmp_path)
    cache, output = tmp_path / "cache", tmp_path / "output"
    plugins = [*_plugins(), "pelican.plugins.precompress"]
    assert cache_build(content, output, cache, more=(f"PLUGINS={json.dumps(plugins)}",)).returncode == 0
    rebuilt = cache_build(content, output, cache, more=(f"PLUGINS={json.dumps(plugins)}",))
    assert rebuilt.returncode == 0
    assert "every file is written: the plugin pelican.plugins.precompress" in rebuilt.log
    assert not SKIPPED.search(rebuilt.log)


def _plugins() -> list[str]:
    from pelican.settings import read_settings

    return list(read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"])


# -- digests ---------------------------------------------------------------------------------

def no_content(_value):
    return None


class Plain:
    def __init__(self, **attributes):
        self.__dict__.update(attributes)


def digest(value):
    return Summariser(no_content).digest(value)


def test_equal_values_digest_alike_in_separate_summarisers_whatever_their_address():
    assert digest(Plain(a=[1, "x"], b={"k": (2, None)})) == digest(Plain(a=[1, "x"], b={"k": (2, None)}))
    assert digest(Plain(a=[1, "x"])) != digest(Plain(a=[1, "y"]))
    assert digest({"a": 1, "b": 2}) != digest({"b": 2, "a": 1})  # templates see dict order
    assert digest({1, 2, 3}) == digest({3, 2, 1})
    assert digest("x") != digest(Markup("x")) != digest(b"x")
    assert digest(1) != digest(1.0) != digest(True)


def test_times_keep_their_zone():
    from zoneinfo import ZoneInfo

    london = datetime.datetime(2026, 1, 1, 12, tzinfo=ZoneInfo("Europe/London"))
    lisbon = datetime.datetime(2026, 1, 1, 12, tzinfo=ZoneInfo("Europe/Lisbon"))  # same offset in January
    assert digest(london) != digest(lisbon)


def test_functions_are_digested_by_code_and_closure():
    def make(word):
        return lambda text: text + word

    assert digest(make("a")) == digest(make("a"))
    assert digest(make("a")) != digest(make("b"))
    assert digest(lambda text: text.upper()) != digest(lambda text: text.lower())
    assert digest(pass_context(make("a"))) != digest(make("a"))  # Jinja then passes a context


def test_what_cannot_be_summarised_is_refused():
    loop: list = []
    loop.append(loop)
    with open(__file__, encoding="utf-8") as source:
        for value in (sys, source, iter([1]), object(), loop):
            with pytest.raises(Unsummarisable):
                digest(value)


def test_a_tag_digests_the_same_before_and_after_its_url_is_made():
    settings = dict(DEFAULT_CONFIG)
    first, second = Tag("Community payback", settings), Tag("Community payback", settings)
    _ = first.url  # as_dict() adds name and slug to the tag's __dict__
    assert digest(first) == digest(second)
    assert digest(first) != digest(Tag("Courts", settings))


def story(title: str = "Dean digs in", path: str = "case-studies/dean.md", context=None) -> Article:
    settings = {**DEFAULT_CONFIG, "PATH": "/site", "CACHE_CONTENT": False}
    date = datetime.datetime(2026, 3, 14, 10, 0)
    return Article("<p>Dean dug.</p>", {"title": title, "date": date}, settings=settings,
                   source_path=f"/site/{path}", context=context if context is not None else {})


def test_a_story_is_digested_by_name_and_one_the_site_does_not_list_is_refused():
    listed, unlisted = story(), story(path="case-studies/other.md")
    index = ContentIndex({"generated_content": {"case-studies/dean.md": listed}})
    summariser = Summariser(index.identify)
    renamed = story(title="Another title")
    other_index = ContentIndex({"generated_content": {"case-studies/dean.md": renamed}})
    assert summariser.digest([listed]) == Summariser(other_index.identify).digest([renamed])
    with pytest.raises(Unsummarisable):
        summariser.digest(unlisted)


# -- reads ------------------------------------------------------------------------------------

def reads_of(log) -> list[tuple]:
    return [read[:3] if read[0] == "variable" else (read[0], read[2], read[3]) for read in log]


def test_reads_of_a_story_are_noted_once_and_not_what_a_property_reads_inside():
    article = story()
    with recording({}) as log:
        assert article.title == "Dean digs in"
        _ = article.title
        _ = article.content  # reads _content, _context and settings inside
        assert not hasattr(article, "department")
    assert reads_of(log) == [("content", "title", None), ("content", "content", None),
                             ("content", "department", None)]
    assert list(log)[-1][4] is MISSING


def test_a_memoised_method_is_noted_as_a_call_every_time():
    article = story()
    article.get_content("https://site.example")  # memoised before the render
    with recording({}) as log:
        assert article.get_content("https://site.example") == "<p>Dean dug.</p>"
    assert reads_of(log) == [("content", "get_content", (("https://site.example",), ()))]


def test_only_the_parts_of_a_list_a_template_uses_are_noted():
    environment = Environment(loader=DictLoader({"nav.html": (
        "{% for category, _ in categories %}{{ category }} {% endfor %}{{ articles|length }}")}))
    environment.context_class = RecordingContext
    root = {"categories": [("News", ["a", "b"]), ("Profiles", ["c"])], "articles": ["a", "b", "c"]}
    with recording(root) as log:
        assert environment.get_template("nav.html").render(root) == "News Profiles 3"
    noted = {(read[1], read[2]) for read in log}
    assert noted == {(("categories",), SHAPE), (("categories", 0), SHAPE),
                     (("categories", 0, 0), VALUE), (("categories", 1), SHAPE),
                     (("categories", 1, 0), VALUE), (("articles",), SHAPE)}
    assert value_at(root, plain_path(("categories", 1, 0))) == "Profiles"


def test_names_read_by_a_pass_context_function_are_noted_and_keys_mean_everything():
    @pass_context
    def site_name(context):
        return context["SITENAME"]

    @pass_context
    def every_name(context):
        return len(list(context.keys()))

    environment = Environment(loader=DictLoader({"a": "{{ site_name() }}", "b": "{{ every_name() }}"}))
    environment.context_class = RecordingContext
    environment.globals.update(site_name=site_name, every_name=every_name)
    root = {"SITENAME": "Pennine Vale"}
    with recording(root) as log:
        environment.get_template("a").render(root)
    assert (("SITENAME",), VALUE) in {(read[1], read[2]) for read in log}
    assert not log.everything
    with recording(root) as log:
        environment.get_template("b").render(root)
    assert log.everything


def test_views_behave_as_lists_and_tuples_and_note_whole_reads():
    with recording({}) as log:
        items = ListView(["a", "b"], ("names",), log)
        pair = TupleView(("x", ["y"]), ("pair",), log)
        assert isinstance(items, list) and isinstance(pair, tuple)
        assert ", ".join(items) == "a, b" and sorted(items, reverse=True) == ["b", "a"]
        assert items[-1] == "b" and items[:1] == ["a"] and isinstance(pair[1], ListView)
        assert "a" in items and (pair == ("x", ["y"]))
    noted = {(read[1], read[2]) for read in log}
    assert {(("names",), SHAPE), (("names", -1), VALUE), (("names",), VALUE),
            (("pair",), VALUE)} <= noted


def test_a_feed_context_notes_each_key_read():
    with recording({"SITENAME": "Pennine Vale"}) as log:
        context = FeedContext({"SITENAME": "Pennine Vale", "SITEURL": "https://x.example"})
        assert context.get("SITENAME") == "Pennine Vale" and "FEED_DOMAIN" not in context
    assert {read[1] for read in log} == {("SITENAME",), ("FEED_DOMAIN",)}
    assert not log.everything


def test_paths_and_arguments_must_be_kept_as_json():
    assert plain_path(("articles", ("slice", None, 6, None), 0)) == ["articles", ["slice", None, 6, None], 0]
    assert value_at({"articles": [1, 2, 3]}, ["articles", ["slice", None, 2, None], 1]) == 2
    assert value_at({}, ["gone"]) is MISSING
    assert plain_arguments((("https://site.example",), ())) == [["https://site.example"], {}]
    with pytest.raises(Unsummarisable):
        plain_arguments(((object(),), ()))


# -- pruning, manifest, settings -----------------------------------------------------------------

def test_files_nobody_wrote_are_stale_unless_kept_or_retained():
    before = {"a.html": (1, 10, 100), "b.html": (2, 10, 100), ".git/x": (3, 1, 1), "c.html": (4, 1, 1)}
    after = {**before, "b.html": (2, 12, 200), "new.html": (5, 1, 300)}
    assert stale_files(before, after, kept={"c.html"}, retained={".git"}) == ["a.html"]


def test_removing_stale_files_removes_the_folders_they_leave_empty(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "old.html").write_text("x")
    (tmp_path / "a" / "keep.html").write_text("x")
    remove(str(tmp_path), ["a/b/old.html"])
    assert not (tmp_path / "a" / "b").exists() and (tmp_path / "a" / "keep.html").exists()
    assert set(listing(str(tmp_path))) == {"a/keep.html"}


def test_a_manifest_is_read_back_only_for_its_own_output_folder(tmp_path):
    written = tmp_path / "output" / "index.html"
    written.parent.mkdir()
    written.write_text("x")
    manifest = Manifest(str(tmp_path / "output"), {
        "index.html": Entry("ab", (0,), "cd", FileStamp.of(str(written)))}, ['["v", "value", ["x"]]'])
    path = manifest_file(str(tmp_path / "cache"), "unchanged-pages", str(tmp_path / "output"))
    save(path, manifest)
    assert load(path, str(tmp_path / "output")) == manifest
    assert load(path, str(tmp_path / "elsewhere")) is None
    path.write_text("{not json", encoding="utf-8")
    assert load(path, str(tmp_path / "output")) is None
    os.utime(written, ns=(1, 1))
    assert FileStamp.of(str(written)) != manifest.entries["index.html"].stamp


def test_unchecked_plugins_and_static_shortcuts_mean_writing_everything():
    settings = {"UNCHANGED_PAGES": {}}
    assert reasons_to_write_everything(settings, ["departments", "sitemap_plus"]) == [
        ("the plugin(s) sitemap_plus are not known to write into the output as this plugin "
         "expects (add them to UNCHANGED_PAGES['checked_plugins'] once checked)")]
    assert reasons_to_write_everything(
        {"UNCHANGED_PAGES": {"checked_plugins": ["sitemap_plus"]}}, ["sitemap_plus"]) == []
    assert reasons_to_write_everything({"STATIC_CHECK_IF_MODIFIED": True}, [])
    assert reasons_to_write_everything({"UNCHANGED_PAGES": {"enabled": False}}, [])
    assert options({"UNCHANGED_PAGES": {"enable": True}})[1] == [
        "UNCHANGED_PAGES has no key 'enable': use one of enabled, manifest, checked_plugins"]


def test_a_context_changed_while_pages_are_written_is_noticed(tmp_path):
    from unchanged_pages.ledger import Ledger

    stories = ["a", "b"]
    context = {"articles": stories, "localsiteurl": "..", "SITENAME": "Pennine Vale"}
    ledger = Ledger({"THEME": str(ROOT / "theme")}, str(tmp_path), None)
    ledger.feed_inputs(context, {"path": "feeds/all.atom.xml"})
    context["localsiteurl"] = "../.."  # the writer's own change, page by page
    assert ledger.context_unchanged()
    stories.append("c")
    assert not ledger.context_unchanged()


# -- memos of one build ---------------------------------------------------------------------

def test_a_text_is_digested_once_by_value_and_a_changed_text_is_still_noticed():
    summariser = Summariser(no_content)
    text = "Dean digs in"
    first = summariser.digest(text[:5] + text[5:])  # a new object each time, of equal text
    assert summariser.digest(text[:9] + text[9:]) == first == digest(text)
    assert summariser.digest("Dean digs out") != first
    assert summariser.digest(Markup("Dean digs in")) != first  # a kind of text of its own


def replayed_url(story_now: Article, recorded: Article, base: str) -> tuple[str, str]:
    """What a page that read `recorded.url` found, and what its reads find on `story_now`
    in the next build, on a page at the relative URL base `base`."""
    settings = {**DEFAULT_CONFIG, "PLUGIN_PATHS": []}
    last = Ledger(settings, "/nowhere", None)
    last._start({"generated_content": {"case-studies/dean.md": recorded}})
    root = {"article": recorded}
    with recording(root) as log:
        _ = recorded.url
    reads, found = last._recorded(log)
    now = Ledger(settings, "/nowhere", Manifest("/nowhere", {}, last._table.texts))
    now._start({"generated_content": {"case-studies/dean.md": story_now}})
    replayed = [now._replay(reads, {"article": story_now}, {"localsiteurl": where})
                for where in ("..", base)]
    assert replayed[0] == replayed[1]  # read once for the build, whatever the base
    return found, replayed[1]


def test_a_story_url_is_read_once_per_build_and_a_changed_url_is_still_noticed():
    found, replayed = replayed_url(story(), story(), "../..")
    assert found == replayed
    moved = story()
    moved.slug = "dean-digs-deeper"
    found, replayed = replayed_url(moved, story(), "")
    assert found != replayed


def test_only_pelicans_own_url_properties_are_taken_as_the_same_at_any_base():
    class OwnURL(Article):
        @property
        def url(self):
            return self._context.get("localsiteurl", "") + "/elsewhere"

    assert url_property(Article, "url", None) and url_property(Article, "save_as", None)
    assert not url_property(OwnURL, "url", None)
    assert not url_property(Article, "summary", None)
    assert not url_property(Article, "url", ((), ()))
