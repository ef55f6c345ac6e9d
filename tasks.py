"""The commands staff type: `invoke build`, `serve`, `new`, `test` (see `invoke --list`)."""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path

from invoke import Context, Exit, task

ROOT = Path(__file__).resolve().parent
CONTENT = ROOT / "content"
TEMPLATE = ROOT / "templates" / "story.md"
PYTHON = sys.executable


def pelican(c: Context, *args: str) -> None:
    """Run Pelican with this environment's Python; stop with its exit status on failure."""
    command = [PYTHON, "-m", "pelican", *args]
    result = c.run(" ".join(command), warn=True, pty=False, in_stream=False)
    if result.failed:
        raise Exit("The build failed: see the messages above.", code=result.return_code or 1)


@task
def build(c):
    """Build the site into output/ with pelicanconf.py."""
    pelican(c, "content", "-s", "pelicanconf.py")


@task
def serve(c, port=8000):
    """Preview the site at http://localhost:PORT, rebuilding when a file changes."""
    pelican(
        c, "content", "-s", "pelicanconf.py", "--autoreload", "--listen",
        "--port", str(port), "-e", "SLINGSHOT_PREVIEW=true",
    )


@task(help={
    "title": "The story's headline, in quotes",
    "kind": "case-studies, profiles or news",
    "department": "the department's slug, as in pelicanconf.py",
})
def new(c, title, kind="case-studies", department="offender-management"):
    """Start a new story from the template, as a draft."""
    from pelican.utils import slugify  # noqa: PLC0415 - only this task needs Pelican

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


@task
def test(c):
    """Install the test browser if it is missing, then run every test."""
    ensure_chromium()
    result = c.run(f"{PYTHON} -m pytest tests", warn=True, pty=False)
    raise Exit(code=result.return_code)


def ensure_chromium() -> None:
    """The browser tests drive Debian's Chromium; install it when it is missing."""
    if shutil.which("chromium"):
        return
    root = os.geteuid() == 0
    sudo = [] if root else ["sudo"]
    print("Installing Chromium for the browser tests (apt-get)...")
    for step in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        if subprocess.run([*sudo, *step], check=False).returncode != 0:
            raise Exit("Could not install Chromium: run `sudo apt-get install chromium`.", code=1)


def _settings() -> dict:
    from pelican.settings import read_settings  # noqa: PLC0415

    return read_settings(str(ROOT / "pelicanconf.py"))


@task
def kit(c):
    """Write the comms team's campaign kit into kit/: post texts for every network, schedule."""
    import json  # noqa: PLC0415 - only this task needs these
    import shlex  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    sys.path.insert(0, str(ROOT / "plugins"))
    from campaign_kit.settings import kit_options  # noqa: PLC0415

    settings = _settings()
    chosen, problems = kit_options(settings)
    if problems:
        raise Exit("\n".join(problems), code=2)
    # The kit needs the site read and checked as a build does; the build goes to a
    # scratch folder so that output/ (what is published) is left as it is.
    given = json.dumps({**(settings.get("CAMPAIGN_KIT") or {}), "path": chosen["path"]})
    with tempfile.TemporaryDirectory(prefix="slingshot-kit-") as scratch:
        pelican(c, "content", "-s", "pelicanconf.py", "-o", shlex.quote(scratch),
                "-e", shlex.quote(f"CAMPAIGN_KIT={given}"))
    folder = Path(chosen["path"])
    shown = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
    print(f"The kit is in {shown}/: open posts.html and schedule.html, or the .csv files in Excel.")
