"""What breaks on Windows and can be checked here (issue 15)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# "%-d" (no leading zero) is a glibc extension: Windows' strftime rejects it.
NO_PAD = re.compile(r"%-[a-zA-Z]")
# Pelican formats its own date settings with zero stripping on every platform.
PELICAN_FORMATS = re.compile(r"^\s*(?:DEFAULT_DATE_FORMAT|DATE_FORMATS)\b")


def test_no_strftime_format_uses_a_platform_only_flag():
    sources = [*ROOT.glob("plugins/**/*.py"), *ROOT.glob("plugins/**/*.html"), *ROOT.glob("theme/**/*.html"),
               *ROOT.glob("*.py")]
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sources
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if NO_PAD.search(line) and not PELICAN_FORMATS.match(line)]
    assert found == []
