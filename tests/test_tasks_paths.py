"""The commands staff type work from any folder: a checkout in "comms team's site" builds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PROJECT = ("tasks.py", "pelicanconf.py", "previewconf.py", "publishconf.py", "plugins", "theme",
           "content", "templates", "campaign")


def checkout_in(checkout: Path) -> Path:
    """A copy of the project in `checkout`, with its own environment as the README makes it
    (a .venv whose Python's path has the checkout's name in it)."""
    checkout.mkdir()
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, checkout / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, checkout / name)
    (checkout / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    return checkout


def test_build_and_kit_run_in_a_folder_whose_name_has_a_space_and_a_quote(tmp_path: Path) -> None:
    checkout = checkout_in(tmp_path / "comms team's site; echo owned")
    python = checkout / ".venv" / "bin" / "python"
    for task in ("build", "kit"):
        done = subprocess.run([str(python), "-m", "invoke", task], cwd=checkout,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "owned" not in done.stdout
    assert (checkout / "output" / "index.html").is_file()
    assert (checkout / "kit" / "posts.csv").is_file()


def test_invoke_build_works_from_a_folder_inside_the_project(tmp_path: Path) -> None:
    checkout = checkout_in(tmp_path / "comms team's site")
    python = checkout / ".venv" / "bin" / "python"
    done = subprocess.run([str(python), "-m", "invoke", "build"], cwd=checkout / "content" / "news",
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (checkout / "output" / "index.html").is_file()
    assert not (checkout / "content" / "news" / "output").exists()
