"""The publish gate fails closed on every path Pelican would otherwise let through."""

from __future__ import annotations

import json

from conftest import ROOT, copy_content, run_pelican

CRASHING_CHECK = '''
from blinker import signal

def crash(_gate, *, path, **_):
    if path.endswith("dean-finds-his-feet-on-the-allotment.md"):
        raise RuntimeError("the checker broke")
    return []

def register():
    signal("slingshot_check_source").connect(crash)
'''


def plugins_override(*extra: str) -> list[str]:
    from pelican.settings import read_settings

    plugins = read_settings(str(ROOT / "pelicanconf.py"))["PLUGINS"]
    return ["-e", f"PLUGINS={json.dumps(plugins + list(extra))}"]


def test_a_check_that_crashes_refuses_the_file_and_fails_the_build(tmp_path):
    content = copy_content(tmp_path)
    (tmp_path / "extra").mkdir()
    (tmp_path / "extra" / "crashing_check.py").write_text(CRASHING_CHECK)
    paths = json.dumps([str(ROOT / "plugins"), str(tmp_path / "extra")])
    build = run_pelican(
        content, tmp_path / "output", *plugins_override("crashing_check"), f"PLUGIN_PATHS={paths}"
    )
    assert build.returncode != 0
    assert "could not check this file" in build.log and "the checker broke" in build.log
    assert "Traceback" not in build.log
    assert not (build.output / "case-studies" / "dean-finds-his-feet-on-the-allotment").exists()
    assert (build.output / "case-studies" / "sam-clears-the-towpath" / "index.html").is_file()


def test_a_build_without_a_required_check_is_refused_and_writes_nothing(tmp_path):
    content = copy_content(tmp_path)
    output = tmp_path / "output"
    output.mkdir()
    (output / "live.html").write_text("the site as it was")
    build = run_pelican(content, output, "-e", 'PUBLISH_GATE={"required": ["no_such_check"]}')
    assert build.returncode != 0
    assert "Build refused" in build.log and "no_such_check" in build.log
    assert [p.name for p in output.iterdir()] == ["live.html"]


def test_fatal_errors_flag_also_fails_the_build(tmp_path):
    content = copy_content(tmp_path)
    (content / "news" / "broken.md").write_text("Title: X\nDate: soon\nStatus: published\n\nx\n")
    build = run_pelican(content, tmp_path / "output", "--fatal", "errors")
    assert build.returncode != 0
    assert not list((tmp_path / "output").rglob("broken*"))
