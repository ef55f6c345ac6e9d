"""Pure jobs in worker processes, keyed by their inputs' bytes: the site is the same with
them or without them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import ROOT, copy_content, run_pelican

import plugins.worker_pool.jobs as jobs
import plugins.worker_pool.pool as pool
from plugins.worker_pool import Preparer

PLANTED = "Call Dean's mother on 07700 900123 about the allotment.\n"


def build(content: Path, output: Path, workers: int, *extra: str):
    """A cold build: its own cache folder, so every card is drawn and every story read."""
    return run_pelican(content, output, "-e", f"SLINGSHOT_WORKERS={workers}",
                       f'CACHE_PATH="{output.parent / (output.name + "-cache")}"', *extra)


def tree(output: Path) -> dict[str, bytes]:
    """Every file of a site (the sitemap too: its dates are the stories')."""
    return {path.relative_to(output).as_posix(): path.read_bytes()
            for path in output.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A content folder big enough for workers: the benchmark's generated stories."""
    from benchmarks.stories import write_site  # noqa: PLC0415 - the benchmarks' story generator

    content = tmp_path_factory.mktemp("big") / "content"
    write_site(content, jobs.SMALL_SITE + 10)
    return content


def copy_of(content: Path, folder: Path) -> Path:
    shutil.copytree(content, folder / "content")
    return folder / "content"


def test_the_site_built_with_workers_is_the_site_built_without(big_site, tmp_path):
    """Pages, feeds, images, share cards and the campaign kit, byte for byte."""
    alone = build(copy_of(big_site, tmp_path / "a"), tmp_path / "a" / "output", 0, "-v")
    helped = build(copy_of(big_site, tmp_path / "b"), tmp_path / "b" / "output", 2, "-v")
    assert alone.returncode == 0 and helped.returncode == 0, alone.log + helped.log
    assert "handed to 2 workers" in helped.log and "handed to" not in alone.log
    # Markdown, typogrify and the sanitiser ran in the workers: the build itself converted
    # only the about page's texts, not the stories' (alone, it converts them all).
    converted = [int(re.search(r"typography: (\d+) texts converted", log)[1])
                 for log in (alone.log, helped.log)]
    assert converted[0] > 1000 and converted[1] < 20, converted
    # Cards a worker drew as their story was read count as drawn, not as found in the cache.
    drawn = [re.search(r"(\d+) cards \((\d+) drawn, (\d+) from", log).groups()
             for log in (alone.log, helped.log)]
    assert drawn[0] == drawn[1] and drawn[0][0] == drawn[0][1] and int(drawn[0][0]) > jobs.SMALL_SITE, drawn
    for folder in ("output", "kit"):
        without, with_workers = tree(tmp_path / "a" / folder), tree(tmp_path / "b" / folder)
        assert sorted(with_workers) == sorted(without)
        assert [name for name in without if without[name] != with_workers[name]] == []
    cards = (tmp_path / "a" / "output" / "case-studies").rglob("share-*.png")
    assert any(cards), "the comparison covers share cards"
    assert (tmp_path / "b" / "kit" / "posts.csv").stat().st_size > 1000


def test_a_small_site_reads_its_stories_itself(tmp_path):
    done = build(copy_content(tmp_path), tmp_path / "output", 2, "-v")
    assert done.returncode == 0, done.log
    assert "handed to" not in done.log
    assert list((tmp_path / "output" / "case-studies").rglob("share-*.png")), "cards drawn"


def test_a_story_with_an_identifier_is_refused_with_workers_too(big_site, tmp_path):
    content = copy_of(big_site, tmp_path)
    story = sorted((content / "case-studies").glob("*.md"))[3]
    story.write_text(story.read_text() + "\n" + PLANTED)
    done = build(content, tmp_path / "output", 2, "-v")
    assert done.returncode == 1 and "handed to 2 workers" in done.log
    assert f"{story.relative_to(tmp_path)}" in done.log and "07700 900123" in done.log
    page = tmp_path / "output" / "case-studies" / story.stem / "index.html"
    assert not page.exists()
    assert (tmp_path / "output" / "case-studies").is_dir(), "the other stories are built"


def test_a_report_made_ahead_for_other_bytes_is_not_trusted(monkeypatch, tmp_path):
    """A file that changed after a worker checked it is checked again, here."""
    import plugins.anonymity.plugin as guard_plugin
    from plugins.anonymity.findings import StoryReport
    from plugins.anonymity.verdicts import Verdicts

    story = tmp_path / "content" / "news" / "story.md"
    story.parent.mkdir(parents=True)
    raw = ("Title: A day out\nDate: 2026-01-05\nStatus: published\n\n" + PLANTED).encode()
    story.write_bytes(raw)
    settings = {"PATH": str(tmp_path / "content"), "ANONYMITY": {}}
    monkeypatch.setattr(guard_plugin, "_verdicts", Verdicts(None, ""))
    clean = StoryReport("content/news/story.md", [], [])
    monkeypatch.setattr(guard_plugin, "result_for", lambda *_: ("key of older bytes", clean))
    report = guard_plugin.story_report("content/news/story.md", str(story), raw, settings)
    assert any("07700 900123" in finding.text for finding in report.findings)


def test_a_job_result_is_used_only_for_the_bytes_it_was_made_from(workers, monkeypatch, tmp_path):
    """Made for one version of a file, asked for another: None, so the build does it itself."""
    story = tmp_path / "story.md"
    story.write_text("Title: Old title\n\nOld words.\n")
    monkeypatch.setattr(jobs, "_preparers", {"upper": Preparer("upper", lambda *_: True, upper)})
    monkeypatch.setattr(jobs, "_pending", {})
    monkeypatch.setattr(jobs, "_done", {})
    key = jobs.digest(story.read_bytes())
    future = pool.submit(jobs.run_jobs, str(story), key, ("upper",))
    future.result()  # made from the old bytes
    jobs._pending[str(story)] = (key, future)
    story.write_text("Title: New title\n\nNew words.\n")
    assert jobs.result_for("upper", str(story)) is None
    story.write_text("Title: Old title\n\nOld words.\n")
    assert jobs.result_for("upper", str(story)) == "TITLE: OLD TITLE\n\nOLD WORDS.\n"


def test_a_result_kept_from_the_last_build_is_used_without_running_the_job_again(monkeypatch,
                                                                                 tmp_path):
    """As `invoke serve` rebuilds in one process: unchanged bytes, no new job."""
    story = tmp_path / "story.md"
    story.write_bytes(b"Title: Kept\n\nWords.\n")
    monkeypatch.setattr(jobs, "_preparers", {"upper": Preparer("upper", lambda *_: True, upper)})
    monkeypatch.setattr(jobs, "_done", {("upper", jobs.digest(story.read_bytes())): "KEPT"})
    monkeypatch.setattr(jobs, "_used", set())
    monkeypatch.setattr(jobs, "source_files", lambda _generator: [str(story)] * jobs.SMALL_SITE)
    monkeypatch.setattr(pool, "available", lambda: True)
    submitted = []
    monkeypatch.setattr(pool, "submit", lambda *task: submitted.append(task))
    jobs.prepare_sources(SimpleNamespace(settings={}))
    assert submitted == [] and jobs.result_for("upper", str(story)) == "KEPT"
    jobs.finish()
    assert jobs._done, "a result this build used is kept for the next"
    jobs.finish()
    assert not jobs._done, "a result no build asked for is let go"


def upper(path: str, _settings: dict) -> str:
    return Path(path).read_text().upper()


def square(number: int) -> int:
    return number * number


def fails(_: int) -> int:
    raise RuntimeError("a worker that breaks")


@pytest.fixture
def workers():
    pool.configure({"SLINGSHOT_WORKERS": 2})
    yield
    pool.shutdown()
    pool.configure({"SLINGSHOT_WORKERS": 0})


def test_a_task_runs_in_another_process(workers):

    assert pool.result(pool.submit(os.getpid)) != os.getpid()
    assert pool.result(pool.submit(square, 7)) == 49


def test_one_worker_per_core_but_none_on_one_core(monkeypatch):
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _: {0, 1, 2})
    assert pool.worker_count({}) == 3 and pool.worker_count({"SLINGSHOT_WORKERS": 1}) == 1
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _: {0})
    assert pool.worker_count({}) == 0


def test_a_failed_task_gives_none_so_the_build_does_the_work_itself(workers):
    assert pool.result(pool.submit(fails, 1)) is None


def test_a_build_that_shut_its_workers_down_gets_new_ones_for_the_next(workers):
    first = pool.result(pool.submit(os.getpid))
    pool.shutdown()
    assert pool.result(pool.submit(os.getpid)) not in (None, first)


def test_without_workers_nothing_is_submitted():
    pool.configure({"SLINGSHOT_WORKERS": 0})
    assert pool.submit(square, 2) is None
    assert pool.result(None) is None


def test_a_job_that_fails_leaves_only_its_own_result_out(monkeypatch, tmp_path):
    story = tmp_path / "a.md"
    story.write_text("a")
    monkeypatch.setattr(jobs, "_preparers", {
        "good": Preparer("good", lambda *_: True, upper),
        "bad": Preparer("bad", lambda *_: True, lambda *_: fails(0)),
    })
    key = jobs.digest(b"a")
    assert jobs.run_jobs(str(story), key, ("good", "bad")) == {"good": "A"}


def test_a_preparer_warms_up_in_the_build_once_before_its_files_go_to_workers(monkeypatch,
                                                                            tmp_path):
    events: list[str] = []
    monkeypatch.setattr(jobs, "_preparers", {
        "cold": Preparer("cold", lambda *_: True, lambda *_: None),
        "warm": Preparer("warm", lambda *_: True, lambda *_: None,
                         lambda: events.append("warm up")),
    })
    monkeypatch.setattr(jobs, "_pending", {})
    monkeypatch.setattr(jobs, "_done", {})
    files = [str(tmp_path / f"story-{number}.md") for number in range(jobs.SMALL_SITE)]
    for number, path in enumerate(files):
        Path(path).write_text(f"story {number}")
    monkeypatch.setattr(jobs, "source_files", lambda _generator: files)
    monkeypatch.setattr(pool, "available", lambda: True)
    monkeypatch.setattr(pool, "submit", lambda _task, path, _key, _names: events.append(path))
    jobs.prepare_sources(SimpleNamespace(settings={}))
    assert events == ["warm up", *files]


def test_the_kit_uses_a_post_composed_ahead_and_composes_what_is_missing(monkeypatch, tmp_path):
    import plugins.campaign_kit.kit_cache as kit_cache
    from plugins.campaign_kit.networks import NETWORKS
    from plugins.campaign_kit.posts import Story

    story = Story("Sam clears the towpath", "A summary.", "https://a.example/s/", "Case studies",
                  "unpaid-work", "Unpaid work")
    recipes = [(story, NETWORKS["x"], "#Tag", "https://a.example/s/?x"),
               (story, NETWORKS["bluesky"], "#Tag", "https://a.example/s/?b")]
    cache = kit_cache.KitCache(tmp_path)
    assert cache.missing(recipes) == recipes
    made_ahead = pool_free_entries(recipes[:1])
    cache.ahead.update(made_ahead)
    composed_here = []
    original = kit_cache.compose
    monkeypatch.setattr(kit_cache, "compose", lambda *r: composed_here.append(r) or original(*r))
    first, second = (cache.post(*recipe) for recipe in recipes)
    assert composed_here == [recipes[1]], "only the post nobody made ahead is composed here"
    assert [first.text] == [entry[0] for _, entry in made_ahead]
    assert second.text and cache.composed == 2


def pool_free_entries(recipes: list) -> list:
    """What a worker returns, made in this process (the function itself, not a copy of it)."""
    from plugins.campaign_kit.kit_cache import composed_entries

    return composed_entries(recipes)


def test_the_guards_warm_up_loads_the_name_lists_workers_then_inherit():
    """In a new process, so that nothing else in the test run has loaded them already."""
    script = ("from plugins.anonymity import lexicon\n"
              "from plugins.anonymity.plugin import warm_up\n"
              "lists = (lexicon.given_names, lexicon.surnames, lexicon.common_words)\n"
              "before = [f.cache_info().currsize for f in lists]\n"
              "warm_up()\n"
              "print(before, [f.cache_info().currsize for f in lists])\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["[0,", "0,", "0]", "[1,", "1,", "1]"]
