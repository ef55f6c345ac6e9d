"""Figures for the sample site: build time against plain Pelican, and page weight.

Run: .venv/bin/python -m benchmarks.sample_site [--runs 5]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from benchmarks.builds import ROOT, median_build, plain_settings, timed_build
from benchmarks.weight import page_weight


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    content = ROOT / "content"
    folder = Path(tempfile.mkdtemp(prefix="slingshot-sample-"))
    plain = median_build(content, plain_settings(content, folder), runs)
    ours = median_build(content, ROOT / "pelicanconf.py", runs)
    print(f"Sample site build, median of {runs} cold builds:")
    print(f"  plain Pelican 4.12: {plain:.2f} s")
    print(f"  Slingshot:          {ours:.2f} s  ({ours / plain:.2f}x plain Pelican)")
    output = folder / "site"
    timed_build(content, ROOT / "pelicanconf.py", output)
    stories = sorted((output / "case-studies").glob("*/index.html"))
    weights = [(page_weight(output, story), story) for story in stories]
    heaviest, page = max(weights, key=lambda pair: pair[0]["html"] + pair[0]["css"])
    print(f"Story page weight, gzipped (heaviest of {len(stories)}: {page.parent.name}):")
    print(f"  HTML {heaviest['html']} B + CSS {heaviest['css']} B = "
          f"{heaviest['html'] + heaviest['css']} B (budget 14336 B); JS {heaviest['js']} B; "
          f"images {heaviest['images']} B")


if __name__ == "__main__":
    main()
