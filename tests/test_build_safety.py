"""A build that cannot finish stops before it writes: two stories at one address."""

from __future__ import annotations

from pathlib import Path

from conftest import copy_content, run_pelican


def test_two_stories_at_one_address_stop_the_build_before_anything_is_written(tmp_path: Path) -> None:
    content = copy_content(tmp_path)
    original = content / "case-studies" / "sam-clears-the-towpath.md"
    twin = content / "case-studies" / "sam-again.md"
    twin.write_text(original.read_text(encoding="utf-8").replace(
        "Status: published", "Slug: sam-clears-the-towpath\nStatus: published"), encoding="utf-8")
    build = run_pelican(content, tmp_path / "output")
    log = " ".join(build.log.split())
    assert build.returncode != 0 and "Traceback" not in build.log
    assert ("content/case-studies/sam-again.md and content/case-studies/sam-clears-the-towpath.md "
            "would both be published at case-studies/sam-clears-the-towpath/index.html") in log
    written = [path for path in (tmp_path / "output").rglob("*") if path.is_file()]
    assert written == [], "nothing half-written"


def test_every_published_file_is_readable_by_a_web_server(site) -> None:
    for path in site.output.rglob("*"):
        mode = path.stat().st_mode & 0o777
        if path.is_dir():
            assert mode & 0o555 == 0o555, f"{path.relative_to(site.output)} is {oct(mode)}"
        else:
            assert mode & 0o444 == 0o444, f"{path.relative_to(site.output)} is {oct(mode)}"
