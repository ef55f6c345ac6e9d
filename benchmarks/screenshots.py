"""Screenshots of the sample site for the README: the home page and a story, phone and desktop.

Builds the sample site into a scratch folder, serves it on a local port and photographs
each page whole in Debian's Chromium (`/usr/bin/chromium`, driven by Playwright, as the
browser tests do), at 390 x 844 (a phone) and 1280 x 800 (a desktop), one device pixel per
CSS pixel. So that the PNGs stay small (under 200 KB each), a phone capture is cut to its
first 2,400 pixels (a desktop one to 4,000), and each is saved by Pillow with a palette of
256 colours and `optimize=True`.

Run: .venv/bin/python -m benchmarks.screenshots [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import functools
import http.server
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PIL import Image
from playwright.sync_api import Browser, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update"]
PAGES = {"home": "/", "story": "/case-studies/sam-clears-the-towpath/"}
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 800)}
TALLEST = {"phone": 2400, "desktop": 4000}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        """Keep the script's output to the files it writes."""


def build(output: Path) -> None:
    """Build the sample site with the project's settings, or exit with Pelican's log."""
    command = [sys.executable, "-m", "pelican", str(ROOT / "content"),
               "-s", str(ROOT / "pelicanconf.py"), "-o", str(output)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"The sample site did not build:\n{done.stdout}{done.stderr}")


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """`folder` served on 127.0.0.1 at a free port, as its address (no trailing "/")."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def capture(browser: Browser, address: str, device: str, path: Path) -> None:
    """A full-page PNG of `address` on `device`, at most TALLEST[device] high, to `path`."""
    width, height = VIEWPORTS[device]
    context = browser.new_context(viewport={"width": width, "height": height},
                                  device_scale_factor=1)
    page = context.new_page()
    page.goto(address, wait_until="load")
    page.screenshot(path=str(path), full_page=True)
    context.close()
    with Image.open(path) as shot:
        picture = shot.convert("RGB")
    tallest = TALLEST[device]
    if picture.height > tallest:
        picture = picture.crop((0, 0, picture.width, tallest))
    picture.quantize(256).save(path, "PNG", optimize=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots",
                        help="folder for the PNGs (default: docs/screenshots)")
    out = parser.parse_args().out
    if not Path(CHROMIUM).is_file():
        sys.exit(f"No Chromium at {CHROMIUM}: install Debian's (sudo apt-get install chromium), "
                 "as the browser tests need it too.")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        site = Path(scratch) / "output"
        build(site)
        with serve(site) as address, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            for page, url in PAGES.items():
                for device in VIEWPORTS:
                    path = out / f"{page}-{device}.png"
                    capture(browser, address + url, device, path)
                    print(f"{path}: {path.stat().st_size:,} bytes")
            browser.close()


if __name__ == "__main__":
    main()
