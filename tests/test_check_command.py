"""`invoke check`: the report a comms officer acts on, and the JSON other tools read."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, copy_content, run_pelican

DRAFT = """Title: Work in progress
Date: 2026-06-01 10:00
Department: programmes
Summary: A draft that still names someone.
Pseudonyms: Lee
Consent: CF-2026-0500
Status: draft

Lee met his victim's sister, Bronwen Okafor, at the course.
"""


def invoke(*args: str, cwd=ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "invoke", *args], cwd=cwd,
                          capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL)


def test_a_draft_with_a_name_does_not_block_the_build_but_check_reports_it(tmp_path):
    content = copy_content(tmp_path)
    (content / "case-studies" / "work-in-progress.md").write_text(DRAFT)
    build = run_pelican(content, tmp_path / "output")
    assert build.returncode == 0, build.log
    assert not list(build.output.rglob("work-in-progress*"))
    done = invoke("check", "--content", str(content))
    # The check's exit status is the build's verdict: a draft is not published, so its
    # findings do not block publication; they are listed, to fix before it is published.
    assert done.returncode == 0, done.stdout
    assert "case-studies/work-in-progress.md" in done.stdout
    assert "Bronwen Okafor" in done.stdout and "^" * len("Bronwen Okafor") in done.stdout
    assert "replace with a pseudonym" in done.stdout
    assert "1 errors" in done.stdout or "1 error" in done.stdout
    assert "nothing blocks publication (the errors above are in drafts" in done.stdout
    assert "a draft (Status: draft): content/case-studies/work-in-progress.md" in done.stdout


def test_json_report_has_the_documented_shape_and_relative_paths(tmp_path):
    content = copy_content(tmp_path)
    (content / "case-studies" / "work-in-progress.md").write_text(DRAFT)
    done = invoke("check", "--content", str(content), "--format", "json")
    assert done.returncode == 0
    report = json.loads(done.stdout)
    assert report["build"]["passed"] is True
    assert report["files_checked"] == len(list(content.rglob("*.md")))
    finding = next(f for f in report["findings"] if f["text"] == "Bronwen Okafor")
    assert finding["path"] == "case-studies/work-in-progress.md"
    number, line = next((n, l) for n, l in enumerate(DRAFT.splitlines(), 1) if "Bronwen" in l)
    column = line.index("Bronwen Okafor") + 1
    assert (finding["line"], finding["column"], finding["end_column"]) == (number, column, column + 14)
    assert finding["kind"] == "person_name" and finding["severity"] == "error"
    assert set(finding) == {"path", "line", "column", "end_column", "kind", "severity",
                            "text", "message", "suggestion"}


def test_the_sample_content_is_clean():
    done = invoke("check")
    assert done.returncode == 0, done.stdout
    assert "0 errors" in done.stdout


def test_the_preview_shows_drafts_with_their_findings_marked(tmp_path):
    content = copy_content(tmp_path)
    (content / "case-studies" / "work-in-progress.md").write_text(DRAFT)
    preview = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "previewconf.py"),
         "-o", str(tmp_path / "preview")], cwd=ROOT, capture_output=True, text=True, check=False)
    assert preview.returncode == 0, preview.stdout + preview.stderr
    page = (tmp_path / "preview" / "drafts" / "work-in-progress" / "index.html").read_text()
    assert "cannot be published yet" in page
    assert "Bronwen" in page and '<mark class="anonymity-finding"' in page
