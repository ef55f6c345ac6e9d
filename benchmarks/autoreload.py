"""Time a rebuild as `invoke serve` makes it: in the process that made the first build.

`pelican --autoreload` builds once, then calls the same `Pelican.run()` again each time a
file changes: the code, settings, name lists and caches it loaded stay loaded. This
script does that once: a first build (which fills the content cache), then one story
edited and the build again, timed. The story is put back as it was, and the figures of
the rebuild are written as JSON to FIGURES.

Run: python -m benchmarks.autoreload STORY FIGURES -- PELICAN_ARGUMENTS...
(builds.autoreload_rebuild runs it; the arguments are those of `python -m pelican`).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from pelican import get_instance, parse_arguments
from pelican.log import init as init_logging

from benchmarks.builds import EDIT


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the workers, which
    stop at the end of every build)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(arguments: list[str]) -> None:
    story, figures, separator, *pelican_arguments = arguments
    if separator != "--":
        raise SystemExit(__doc__)
    options = parse_arguments(pelican_arguments)
    init_logging(level=options.verbosity, fatal=options.fatal, name="pelican")
    site, _ = get_instance(options)
    site.run()
    path = Path(story)
    original = path.read_bytes()
    try:
        path.write_bytes(original + EDIT.encode("utf-8"))
        started, cpu_started = time.perf_counter(), cpu_seconds()
        site.run()
        seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu_started
    finally:
        path.write_bytes(original)
    Path(figures).write_text(json.dumps({"seconds": seconds, "cpu_seconds": cpu}))


if __name__ == "__main__":
    main(sys.argv[1:])
