"""Speed and memory of `invoke impact` against GoAccess, on the same combined-format log.

Writes a million-line nginx "combined" log of a campaign (fictional readers, crawlers,
pictures, feeds, 404s), then runs, each in its own process pinned to one core:

- `invoke impact` on it, the whole command as a user types it (settings, logs, JSON, report,
  infographic), on the whole log and on a tenth of it (peak memory should not grow with the log);
- GoAccess (Debian's `goaccess`) writing its HTML report from the same file, when installed.

Prints a Markdown table: wall time, CPU time and peak memory (maximum resident set) of each,
and the ratio.

Run: .venv/bin/python -m benchmarks.impact_speed [--lines 1000000] [--keep FOLDER]

`--sample` instead writes the README's sample, docs/impact-sample.png and .html, from a
30,000-line log of the same kind and the hand-noted figures in docs/impact-sample.csv.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INVOKE = Path(sys.executable).parent / "invoke"
START = datetime.datetime(2026, 12, 1, 0, 0, tzinfo=datetime.UTC)
HOURS = 48
CAMPAIGN_HOURS = range(8, 32)  # the sample campaign: 08:00 on 1 December, for 24 hours
BROWSERS = [
    f"Mozilla/5.0 ({system}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{version}.0.0.0 "
    "Safari/537.36"
    for system in ("Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7",
                   "Linux; Android 14; Pixel 8", "X11; Linux x86_64")
    for version in range(118, 126)
] + [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
    f"Gecko) Version/17.{minor} Mobile/15E148 Safari/604.1" for minor in range(6)
] + [f"Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:{v}.0) Gecko/20100101 Firefox/{v}.0"
     for v in range(120, 126)]
CRAWLERS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Twitterbot/1.0", "facebookexternalhit/1.1", "LinkedInBot/1.0 (compatible; Mozilla/5.0)",
    "http.rb/5.1.1 (Mastodon/4.2.0; +https://social.example.org/)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)", "curl/8.5.0",
]
REFERRERS = ["https://t.co/AbCdEf123", "https://bsky.app/", "https://lnkd.in/dXyZ",
             "https://l.facebook.com/", "https://social.example.org/@pvprobation", "-", "-",
             "https://www.google.com/",
             "https://stories.penninevale-probation.example.org/"]
READERS = 20_000
SAMPLE_LINES = 30_000
NETWORKS = ["x", "bluesky", "mastodon", "linkedin", "facebook"]
ASSETS = ["/theme/css/site.css", "/images/logo.svg", "/favicon.ico", "/favicon.svg",
          "/images/allotment.jpg", "/images/towpath.webp", "/robots.txt"]
FEEDS = ["/feeds/all.atom.xml", "/feeds/all.rss.xml", "/feeds/case-studies.atom.xml"]


def story_paths() -> list[str]:
    """The sample content's stories, as the site's addresses."""
    return [f"/{category}/{path.stem}/"
            for kind, category in (("case-studies", "case-studies"), ("news", "news"),
                                   ("profiles", "department-profiles"))
            for path in sorted((ROOT / "content" / kind).glob("*.md"))]


def hour_weights() -> list[float]:
    """Few readers at night, many during the campaign, a peak at lunchtime on the day."""
    weights = []
    for hour in range(HOURS):
        clock = hour % 24
        base = 1.0 if 7 <= clock <= 22 else 0.25
        if hour in CAMPAIGN_HOURS:
            base *= 4 + 6 * (hour == 12) + 3 * (hour in (13, 19))
        weights.append(base)
    return weights


def page_request(chance: random.Random, stories: list[str]) -> tuple[str, str]:
    """(path with its query, referrer) of a reader's page view."""
    path = chance.choice(stories) if chance.random() < 0.8 else chance.choice(
        ["/", "/case-studies/", "/news/", "/departments/court-team/"])
    roll = chance.random()
    if roll < 0.45:
        network = chance.choice(NETWORKS)
        department = chance.choice(["court-team", "programmes", "unpaid-work", "prisons"])
        query = (f"?utm_source={network}&utm_medium=social&utm_campaign=probation-week-2026"
                 f"&utm_content={department}")
        return path + query, "-"
    return path, chance.choice(REFERRERS)


def line(chance: random.Random, stories: list[str], moment: datetime.datetime) -> str:
    reader = chance.randrange(READERS)  # each reader keeps one address and one browser
    address = f"10.{reader >> 16 & 255}.{reader >> 8 & 255}.{reader & 255}"
    agent, method, status, referrer = BROWSERS[reader % len(BROWSERS)], "GET", 200, "-"
    roll = chance.random()
    if roll < 0.35:
        path, referrer = page_request(chance, stories)
    elif roll < 0.43:
        path, agent = chance.choice(stories), chance.choice(CRAWLERS)
    elif roll < 0.88:
        path = chance.choice(ASSETS)
        status = 200 if chance.random() < 0.8 else 304
    elif roll < 0.93:
        path = chance.choice(FEEDS)
    elif roll < 0.97:
        path, status = f"/wp-login.php?x={chance.randrange(999)}", 404
    else:
        path, method, status = "/contact/", chance.choice(["POST", "HEAD"]), 405
    stamp = moment.strftime("%d/%b/%Y:%H:%M:%S +0000")
    return (f'{address} - - [{stamp}] "{method} {path} HTTP/1.1" {status} '
            f'{chance.randrange(300, 90000)} "{referrer}" "{agent}"\n')


def write_log(path: Path, lines: int, seed: int = 18) -> None:
    """`lines` lines in time order over HOURS hours, weighted by hour_weights()."""
    chance = random.Random(seed)
    stories = story_paths()
    weights = hour_weights()
    per_hour = [round(lines * weight / sum(weights)) for weight in weights]
    per_hour[-1] += lines - sum(per_hour)
    with path.open("w", encoding="utf-8", newline="\n") as log:
        for hour, count in enumerate(per_hour):
            base = START + datetime.timedelta(hours=hour)
            for index in range(count):
                moment = base + datetime.timedelta(seconds=index * 3600 // max(count, 1))
                log.write(line(chance, stories, moment))


@dataclass
class Run:
    """One measured process."""

    wall: float
    cpu: float
    peak_mb: float
    code: int


def measure(command: list[str], core: int) -> Run:
    """Run `command` pinned to one core; its wall time, CPU time and peak memory."""
    began = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    if hasattr(os, "sched_setaffinity"):  # Linux: before it has done any work that counts
        os.sched_setaffinity(child.pid, {core})
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - began
    child.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode)


def impact(log: Path, scratch: Path, core: int) -> Run:
    out = scratch / f"impact-{log.stem}"
    return measure([str(INVOKE), "impact", "--logs", str(log), "--out", str(out)], core)


def goaccess(log: Path, scratch: Path, core: int) -> Run | None:
    if not shutil.which("goaccess"):
        return None
    return measure(["goaccess", str(log), "--log-format=COMBINED", "--no-global-config",
                    "-o", str(scratch / "goaccess.html")], core)


def row(name: str, run: Run | None, lines: int) -> str:
    if run is None:
        return f"| {name} | not installed (`apt-get install goaccess`) | | | |"
    failed = "" if run.code == 0 else f" (exit {run.code})"
    return (f"| {name}{failed} | {lines:,} | {run.wall:.2f} s | {run.cpu:.2f} s | "
            f"{run.peak_mb:.0f} MB |")


def write_sample() -> None:
    """docs/impact-sample.png and docs/impact-sample.html, from a generated log."""
    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory(prefix="impact-sample-") as scratch:
        log, out = Path(scratch) / "access.log", Path(scratch) / "impact"
        write_log(log, SAMPLE_LINES)
        subprocess.run([str(INVOKE), "impact", "--logs", str(log), "--figures",
                        str(docs / "impact-sample.csv"), "--out", str(out)], cwd=ROOT, check=True)
        shutil.copyfile(out / "infographic.png", docs / "impact-sample.png")
        shutil.copyfile(out / "report.html", docs / "impact-sample.html")


def main() -> None:
    if not hasattr(os, "wait4"):
        sys.exit("This benchmark measures each process with os.wait4: run it on Linux or macOS.")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--keep", help="write the logs and reports here, and keep them")
    parser.add_argument("--sample", action="store_true", help="write docs/impact-sample.*")
    args = parser.parse_args()
    if args.sample:
        write_sample()
        return
    core = min(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0
    with tempfile.TemporaryDirectory(prefix="impact-speed-") as temporary:
        scratch = Path(args.keep or temporary)
        scratch.mkdir(parents=True, exist_ok=True)
        big, small = scratch / "access.log", scratch / "access-tenth.log"
        write_log(big, args.lines)
        write_log(small, args.lines // 10)
        ours, tenth = impact(big, scratch, core), impact(small, scratch, core)
        theirs = goaccess(big, scratch, core)
    print("| Command (one core) | Lines | Wall | CPU | Peak memory |")
    print("| --- | --- | --- | --- | --- |")
    print(row("invoke impact", tenth, args.lines // 10))
    print(row("invoke impact", ours, args.lines))
    print(row("GoAccess " + goaccess_version(), theirs, args.lines))
    if theirs is not None and ours.code == 0 and theirs.code == 0:
        memory = ours.peak_mb / theirs.peak_mb
        print(f"\ninvoke impact: {theirs.wall / ours.wall:.1f}x as fast as GoAccess in wall "
              f"time, {theirs.cpu / ours.cpu:.1f}x in CPU time; {memory:.1f}x its peak memory "
              f"({tenth.peak_mb:.0f} MB for a tenth of the log: what Python and its libraries "
              "take, not the log).")


def goaccess_version() -> str:
    if not shutil.which("goaccess"):
        return ""
    done = subprocess.run(["goaccess", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.split("\n", 1)[0].replace("GoAccess - ", "").rstrip(".")


if __name__ == "__main__":
    main()
