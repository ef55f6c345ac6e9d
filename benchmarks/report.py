"""The benchmark's one table, in Markdown, from the raw figures that run.py collects.

Each build figure is the median of the run's rounds; a ratio is the ratio of two medians from
the same rounds. Targets (from the issue) are marked ✓ when met and ✗ when missed.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable

KIB = 1024
MIB = 1024 * 1024
STORY_BUDGET = 14 * KIB  # HTML + CSS of a story page, gzipped
# Issue 14's targets, at 1,000 stories: a cold build, a build on kept caches and the preview's
# rebuild after one edit, each against plain Pelican's own; and the preview's rebuild at 200.
RATIO_TARGET = 2.0
AGAIN_TARGET = 1.3
PREVIEW_TARGET = 1.2
PREVIEW_SECONDS = 1.0
TARGET_SIZE = 1000
PREVIEW_SIZE = 200
GUARD_TARGET = 2.0  # MB of Markdown per second, one core
MEMORY_TARGET = 1024 * MIB


def median(build: dict | None, key: str = "seconds") -> float | None:
    """The median seconds (or CPU seconds) of a build's rounds, or None when not measured."""
    if not build or not build.get(key):
        return None
    return statistics.median(build[key])


def cpu(build: dict | None) -> float | None:
    return median(build, "cpu_seconds")


def seconds(build: dict | None) -> str:
    """A build's median seconds, or why there is none."""
    if build and build.get("seconds"):
        return f"{median(build):.2f}"
    if build and build.get("skipped"):
        return "not tried (see below)" if build.get("errors") else "not run (`--full`)"
    if build and build.get("errors"):
        return "failed (see below)"
    return "–"


def peak(build: dict | None) -> int | None:
    if not build or not build.get("peak_bytes"):
        return None
    return max(build["peak_bytes"])


def mark(ok: bool) -> str:
    return " ✓" if ok else " ✗"


def table(figures: dict) -> str:
    """The whole report: a heading line, the table, and what each column was measured on."""
    sizes = list(figures["sizes"])
    columns = [figures["sizes"][size] for size in sizes]
    rows: list[tuple[str, str, list[str]]] = []

    def row(label: str, target: str, cell: Callable[[dict], str]) -> None:
        rows.append((label, target, [_safe(cell, column) for column in columns]))

    def section(title: str) -> None:
        rows.append((f"**{title}**", "", ["" for _ in columns]))

    env = figures["environment"]
    row("Stories (MB of Markdown)", "", lambda c: f"{c['content']['stories']:,} "
        f"({c['content']['megabytes']:.1f} MB)")
    row("Rounds (median taken)", "", lambda c: str(c["rounds"]))
    section("Cold full build, seconds")
    row("Plain Pelican 4.12 (default theme, no plugins)", "", lambda c: seconds(c["builds"]["plain"]))
    row("Slingshot", "", lambda c: seconds(c["builds"]["slingshot"]))
    row("Slingshot ÷ plain Pelican", f"≤ {RATIO_TARGET}×", lambda c: _ratio(
        median(c["builds"]["slingshot"]), median(c["builds"]["plain"]), RATIO_TARGET))
    row("Slingshot ÷ plain Pelican, CPU time", f"≤ {RATIO_TARGET}×", lambda c: _ratio(
        cpu(c["builds"]["slingshot"]), cpu(c["builds"]["plain"]), RATIO_TARGET))
    row("Slingshot again, its card and kit caches kept (`invoke build` after the first), "
        "s (÷ plain Pelican)", f"≤ {AGAIN_TARGET}×", _again)
    row("Slingshot, guard off", "", _guard_off)
    row("Slingshot, guard off ÷ plain Pelican", "", lambda c: _ratio(
        _no_guard_seconds(c), median(c["builds"]["plain"])))
    row("Guard's cost in the build (CPU; wall)", "", _guard_cost)
    row(f"Hugo {env.get('hugo') or ''} (minimal theme)".replace("  ", " "), "", _hugo)
    row("Slingshot ÷ Hugo", "", lambda c: _ratio(
        median(c["builds"]["slingshot"]), median(c["builds"].get("hugo"))))
    section("Rebuild after one story changes (content cache on)")
    row("Slingshot, same process (as `invoke serve`), s", f"< {PREVIEW_SECONDS:g} at {PREVIEW_SIZE}",
        _preview)
    row("Slingshot, same process ÷ plain Pelican, same process", f"≤ {PREVIEW_TARGET}×",
        lambda c: _ratio(median(c["builds"]["slingshot_serve"]),
                         median(c["builds"]["plain_serve"]), PREVIEW_TARGET))
    row("Slingshot, same process ÷ its cold build", "",
        lambda c: _share(median(c["builds"]["slingshot_serve"]), median(c["builds"]["slingshot"])))
    row("Slingshot, a new `pelican` command, s (÷ its cold build)", "",
        lambda c: _rebuild(c, "slingshot", "rebuild"))
    row("Plain Pelican, same process (`--autoreload`), s (÷ its cold build)", "",
        lambda c: _rebuild(c, "plain", "serve"))
    row("Plain Pelican, a new `pelican` command, s (÷ its cold build)", "",
        lambda c: _rebuild(c, "plain", "rebuild"))
    section("Peak memory of a cold build (RSS)")
    row("Slingshot, MiB", "< 1,024 at 5,000", lambda c: _mib(peak(c["builds"]["slingshot"]), True))
    row("Plain Pelican, MiB", "", lambda c: _mib(peak(c["builds"]["plain"])))
    row("Hugo, MiB", "", lambda c: _mib(peak(c["builds"].get("hugo"))))
    section("Guard alone, one core")
    row("MB of Markdown per CPU second (per wall second)", f"≥ {GUARD_TARGET:g}", _guard_speed)
    row("Findings in the generated stories (errors)", "0", _guard_clean)
    row("Findings per CPU second, shared corpus", "", _corpus)
    section("Page weight, gzipped KiB (Slingshot)")
    row("Story page: HTML + CSS", "< 14", lambda c: _weight(c, "story", budget=True))
    row("Story page: JS · images", "no JS", lambda c: _js_images(c, "story"))
    row("Kind index (case studies): HTML + CSS · images", "", lambda c: _weight(c, "index", images=True))
    row("Home page: HTML + CSS · images", "", lambda c: _weight(c, "home", images=True))
    row("Plain Pelican story page: HTML + CSS + fonts", "", lambda c: _plain_story(c))

    header = ["Measure", "Target", *[f"{int(size):,} stories" for size in sizes]]
    lines = [
        f"Slingshot benchmark — {env['date']}, {env['cpu']} ({env['cores']} cores), "
        f"Python {env['python']}, Pelican {env['pelican']}, Hugo {env.get('hugo') or 'not installed'}; "
        f"guard {'in' if env['guard_in_plugins'] else 'not yet in'} PLUGINS.",
        "",
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---", "---", *["---:" for _ in sizes]]) + "|",
    ]
    lines += ["| " + " | ".join([label, target, *cells]) + " |" for label, target, cells in rows]
    missed = _missed(figures)
    lines += ["", "Targets missed: " + ("; ".join(missed) + "." if missed else "none.")]
    for size, why in figures.get("skipped", {}).items():
        lines.append(f"Not measured: {int(size):,} stories ({why}).")
    for size, column in figures["sizes"].items():
        for name, build in column["builds"].items():
            for reason in sorted(set((build or {}).get("errors", []))):
                label = "Not tried" if build.get("skipped") else "Failed"
                lines.append(f"{label}: {name.replace('_', ' ')} at {int(size):,} stories: {reason}")
    lines.append("Seconds are wall-clock medians of cold builds in new processes (caches empty). "
                 "CPU time is the build's own, its worker processes included (Slingshot runs "
                 f"{env.get('workers', '?')} beside the build: plugins/worker_pool; plain Pelican "
                 "uses one core), and holds better on a busy machine. A rebuild in `invoke "
                 "serve` is timed inside the process that made the first build, as "
                 "`pelican --autoreload` rebuilds; a new command's rebuild includes starting "
                 "Python and loading Pelican, its plugins and the content cache.")
    return "\n".join(lines)


def _safe(cell: Callable[[dict], str], column: dict) -> str:
    try:
        return cell(column)
    except (KeyError, TypeError, ZeroDivisionError):
        return "–"


def _ratio(top: float | None, bottom: float | None, target: float | None = None) -> str:
    if top is None or not bottom:
        return "–"
    value = top / bottom
    return f"{value:.2f}×" + (mark(value <= target) if target else "")


def _share(part: float | None, whole: float | None, target: float | None = None) -> str:
    if part is None or not whole:
        return "–"
    value = part / whole
    return f"{value:.2f}" + (mark(value <= target) if target else "")


def _mib(size: int | None, target: bool = False) -> str:
    if size is None:
        return "–"
    return f"{size / MIB:.0f}" + (mark(size < MEMORY_TARGET) if target else "")


def _no_guard_seconds(column: dict) -> float | None:
    builds = column["builds"]
    if builds.get("slingshot_no_guard") is None:
        return median(builds["slingshot"])
    return median(builds["slingshot_no_guard"])


def _guard_off(column: dict) -> str:
    if column["builds"].get("slingshot_no_guard") is None:
        return seconds(column["builds"]["slingshot"]) + " (guard not in PLUGINS: same build)"
    return seconds(column["builds"]["slingshot_no_guard"])


def _guard_cost(column: dict) -> str:
    builds = column["builds"]
    if builds.get("slingshot_no_guard") is None:
        return "0 (not in PLUGINS yet)"
    with_guard, without = median(builds["slingshot"]), median(builds["slingshot_no_guard"])
    if with_guard is None or without is None:
        return "–"
    cpu_cost = cpu(builds["slingshot"]) - cpu(builds["slingshot_no_guard"])
    return (f"CPU {cpu_cost:+.2f} s ({cpu_cost / cpu(builds['slingshot']):.0%}); "
            f"wall {with_guard - without:+.2f} s")


def _again(column: dict) -> str:
    builds = column["builds"]
    text = seconds(builds["slingshot_again"])
    ratio = _ratio(median(builds["slingshot_again"]), median(builds["plain"]), AGAIN_TARGET)
    return text if ratio == "–" else f"{text} ({ratio})"


def _preview(column: dict) -> str:
    text = seconds(column["builds"]["slingshot_serve"])
    value = median(column["builds"]["slingshot_serve"])
    if value is None or column["content"]["stories"] != PREVIEW_SIZE:
        return text
    return text + mark(value < PREVIEW_SECONDS)


def _rebuild(column: dict, name: str, how: str) -> str:
    """Seconds of one kind of rebuild of `name`, and their share of its cold build."""
    builds = column["builds"]
    text = seconds(builds[f"{name}_{how}"])
    share = _share(median(builds[f"{name}_{how}"]), median(builds[name]), None)
    return text if share == "–" else f"{text} ({share})"


def _hugo(column: dict) -> str:
    hugo = column["builds"].get("hugo")
    if not hugo or "seconds" not in hugo:
        return (hugo or {}).get("error", "not installed")
    return seconds(hugo)


def _guard_speed(column: dict) -> str:
    guard = column["guard"]
    if not guard.get("available"):
        return f"not available ({guard.get('reason', 'no engine')})"
    stories = guard["stories"]
    rate = stories["mb_per_cpu_second"]
    return (f"{rate:.2f}{mark(rate >= GUARD_TARGET)} ({stories['mb_per_second']:.2f}), "
            f"{stories['files']:,} files")


def _guard_clean(column: dict) -> str:
    guard = column["guard"]
    if not guard.get("available"):
        return "not available"
    stories = guard["stories"]
    return f"{stories['findings']} ({stories['errors']}){mark(stories['errors'] == 0)}"


def _corpus(column: dict) -> str:
    guard = column["guard"]
    if not guard.get("available"):
        return "not available"
    corpus = guard.get("corpus")
    if not corpus:
        return "no tests/corpus"
    return (f"{corpus['findings_per_cpu_second']:,.0f} ({corpus['findings']} in {corpus['files']} "
            f"files, {corpus['mb_per_cpu_second']:.2f} MB per CPU second)")


def _kib(size: int) -> str:
    return f"{size / KIB:.1f}"


def _weight(column: dict, page: str, budget: bool = False, images: bool = False) -> str:
    weight = column["weight"]["slingshot"][page]
    if "html" not in weight:
        return weight.get("error", "–")
    total = weight["html"] + weight["css"]
    text = f"{_kib(weight['html'])} + {_kib(weight['css'])} = {_kib(total)}"
    if budget:
        text += mark(total < STORY_BUDGET)
    if images:
        text += f" · {_kib(weight['images'])}"
    return text


def _js_images(column: dict, page: str) -> str:
    weight = column["weight"]["slingshot"][page]
    if "html" not in weight:
        return weight.get("error", "–")
    no_js = weight["js"] == 0 and weight["inline_js"] == 0
    return f"{_kib(weight['js'])}{mark(no_js)} · {_kib(weight['images'])}"


def _plain_story(column: dict) -> str:
    weight = column["weight"]["plain"]["story"]
    if "html" not in weight:
        return weight.get("error", "–")
    return f"{_kib(weight['html'])} + {_kib(weight['css'])} + {_kib(weight['fonts'])}"


def _missed(figures: dict) -> list[str]:
    """One phrase per target missed, naming the size where it was missed."""
    missed = []
    for size, column in figures["sizes"].items():
        builds = column["builds"]
        count = f"{int(size):,}"
        ratio = _value(lambda: median(builds["slingshot"]) / median(builds["plain"]))
        if ratio is not None and ratio > RATIO_TARGET:
            missed.append(f"build {ratio:.2f}× plain Pelican at {count}")
        again = _value(lambda: median(builds["slingshot_again"]) / median(builds["plain"]))
        if again is not None and again > AGAIN_TARGET:
            missed.append(f"build on kept caches {again:.2f}× plain Pelican at {count}")
        preview = _value(lambda: median(builds["slingshot_serve"]) / median(builds["plain_serve"]))
        if preview is not None and preview > PREVIEW_TARGET and int(size) >= TARGET_SIZE:
            missed.append(f"preview rebuild {preview:.2f}× plain Pelican's at {count}")
        serve = median(builds.get("slingshot_serve"))
        if serve is not None and serve >= PREVIEW_SECONDS and int(size) == PREVIEW_SIZE:
            missed.append(f"preview rebuild {serve:.2f} s at {count}")
        failed = [how for how in ("serve", "rebuild")
                  if (builds.get(f"slingshot_{how}") or {}).get("errors")]
        if int(size) == 1000 and failed:
            missed.append(f"rebuild with the content cache fails at {count}")
        memory = peak(builds["slingshot"])
        if memory is not None and memory >= MEMORY_TARGET and int(size) >= 5000:
            missed.append(f"peak memory {memory / MIB:.0f} MiB at {count}")
        guard = column.get("guard", {})
        if guard.get("available") and guard["stories"]["mb_per_cpu_second"] < GUARD_TARGET:
            missed.append(f"guard {guard['stories']['mb_per_cpu_second']:.2f} MB/s at {count}")
        weight = _value(lambda: column["weight"]["slingshot"]["story"])
        weight = weight if weight and "html" in weight else None
        if weight and weight["html"] + weight["css"] >= STORY_BUDGET:
            missed.append(f"story page {(weight['html'] + weight['css']) / KIB:.1f} KiB at {count}")
        if weight and (weight["js"] or weight["inline_js"]):
            missed.append(f"story page loads JavaScript at {count}")
    return missed


def _value(compute: Callable[[], float | dict]) -> float | dict | None:
    try:
        return compute()
    except (KeyError, TypeError, ZeroDivisionError, statistics.StatisticsError):
        return None
