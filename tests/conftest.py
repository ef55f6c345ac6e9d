"""Shared fixtures: real builds of the site into temporary folders."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Build:
    """The result of running `pelican` on a content folder, as a user would."""

    output: Path
    returncode: int
    log: str

    def page(self, relative: str) -> Path:
        """The file a site-relative URL such as `news/` is served from."""
        path = self.output / relative
        return path / "index.html" if relative.endswith("/") or path.is_dir() else path


def run_pelican(content: Path, output: Path, *extra: str) -> Build:
    """Build `content` with the project's settings into `output`, in a fresh process."""
    command = [
        sys.executable, "-m", "pelican", str(content),
        "-s", str(ROOT / "pelicanconf.py"), "-o", str(output), *extra,
    ]
    wide = {**os.environ, "COLUMNS": "1000"}  # so Pelican's log does not wrap a message
    done = subprocess.run(command, cwd=ROOT, env=wide, capture_output=True, text=True, check=False)
    return Build(output=output, returncode=done.returncode, log=done.stdout + done.stderr)


def copy_content(destination: Path) -> Path:
    """A copy of the sample content that a test may change."""
    content = destination / "content"
    shutil.copytree(ROOT / "content", content)
    return content


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The sample site, built once for the whole run."""
    output = tmp_path_factory.mktemp("site") / "output"
    build = run_pelican(ROOT / "content", output)
    assert build.returncode == 0, build.log
    return build


@pytest.fixture(scope="session")
def settings() -> dict:
    from pelican.settings import read_settings

    return read_settings(str(ROOT / "pelicanconf.py"))


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """Keep the test output free of request lines."""


@pytest.fixture(scope="session")
def server(site: Build) -> Iterator[str]:
    """The sample site served over HTTP on 127.0.0.1, as its address (no trailing "/")."""
    handler = functools.partial(QuietHandler, directory=str(site.output))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
