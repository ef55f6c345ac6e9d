"""The commands staff type work from any folder: a checkout in "comms team's site" builds."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PROJECT = ("tasks.py", "pelicanconf.py", "previewconf.py", "publishconf.py", "plugins", "theme",
           "content", "templates")


def test_build_and_kit_run_in_a_folder_whose_name_has_a_space_and_a_quote(tmp_path: Path) -> None:
    checkout = tmp_path / "comms team's site; echo owned"
    checkout.mkdir()
    for name in PROJECT:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, checkout / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, checkout / name)
    # The checkout's own environment, as the README makes it: its Python's path has the space.
    (checkout / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    python = checkout / ".venv" / "bin" / "python"
    for task in ("build", "kit"):
        done = subprocess.run([str(python), "-m", "invoke", task], cwd=checkout,
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "owned" not in done.stdout
    assert (checkout / "output" / "index.html").is_file()
    assert (checkout / "kit" / "posts.csv").is_file()
