"""Windows as a first-class platform (issue 15): what a comms officer on a locked-down PC meets.

- No command is ever a shell string: a folder named "comms team's site" works, and nothing a
  user types is read as a command (the whole code is scanned).
- The folder target publishes and switches releases where symbolic links are refused, as
  Windows refuses them to an ordinary user, and says what to do when it cannot.
- The rsync target says, before anything is built, that it needs rsync, and what works instead.
- A build where processes can only be spawned (Windows has no fork) makes the same site.
- Stories saved with Windows line endings build the same pages.
"""

from __future__ import annotations

import ast
import errno
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

import tasks
from conftest import ROOT, copy_content, run_pelican
from plugins.publisher.targets import PublishError, choose_target, upload
from test_publish_checks import snapshot
from test_publish_safety import built_site, quiet, refuse_symlinks

INVOKE = str(Path(sys.executable).parent / "invoke")

# --- No shell strings ----------------------------------------------------------------------

SHELLS = {"sh", "bash", "/bin/sh", "/bin/bash", "cmd", "cmd.exe", "powershell", "pwsh"}
RUNNERS = {"run", "call", "check_call", "check_output", "Popen", "getoutput", "getstatusoutput"}
# The one shell string allowed: the command SSH hands to the web server's shell, built in one
# method with every value quoted (shlex.quote).
ALLOWED = {("plugins/publisher/targets/rsync.py", "remote")}


def _text(node: ast.AST) -> str | None:
    """A literal string (or the literal start of an f-string), else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return str(node.values[0].value)
    return None


def shell_strings(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, what) for every place the code hands a shell a string to run."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            owner = node.func.value if isinstance(node.func, ast.Attribute) else None
            if any(k.arg == "shell" and not (isinstance(k.value, ast.Constant) and not k.value.value)
                   for k in node.keywords):
                found.append((node.lineno, "shell=True"))
            if isinstance(owner, ast.Name) and (owner.id, name) in {("os", "system"), ("os", "popen")}:
                found.append((node.lineno, f"os.{name}"))
            if isinstance(owner, ast.Name) and owner.id in ("c", "ctx", "context") and name in ("run", "sudo"):
                found.append((node.lineno, f"{owner.id}.{name}: invoke runs a shell string"))
            if name in RUNNERS and node.args and _text(node.args[0]) is not None:
                found.append((node.lineno, f"{name} with a string"))
        if isinstance(node, (ast.List, ast.Tuple)):
            words = [_text(element) for element in node.elts]
            for first, second in zip(words, words[1:]):
                if first in SHELLS and second in ("-c", "/c", "/C", "-Command"):
                    found.append((node.lineno, f"{first} {second}"))
        text = _text(node) if isinstance(node, (ast.Constant, ast.JoinedStr)) else None
        if text and re.match(r"(?:sh|bash|cmd(?:\.exe)?) +[-/][cC]\b", text):
            found.append((node.lineno, text[:20]))
    return found


def allowed_lines(tree: ast.AST, relative: str) -> set[int]:
    """The lines of the functions allowed a shell string."""
    return {line for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and (relative, node.name) in ALLOWED
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)}


def test_no_command_is_a_shell_string():
    sources = [ROOT / "tasks.py", *ROOT.glob("plugins/**/*.py"), *ROOT.glob("benchmarks/**/*.py")]
    found = []
    for path in sources:
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), relative)
        allowed = allowed_lines(tree, relative)
        found += [f"{relative}:{line}: {what}" for line, what in shell_strings(tree) if line not in allowed]
    assert found == []


def test_the_scan_finds_each_kind_of_shell_string():
    code = ('c.run("pelican content")\nsubprocess.run(f"rm -rf {x}")\nos.system("ls")\n'
            'subprocess.run(["sh", "-c", script])\nsubprocess.run(args, shell=True)\n'
            'Popen([*ssh, host, f"sh -c {script}"])\n')
    assert sorted({line for line, _ in shell_strings(ast.parse(code))}) == [1, 2, 3, 4, 5, 6]


# --- The folder target where symbolic links are refused -----------------------------------

@pytest.fixture
def no_symlinks(monkeypatch):
    """os.symlink refused, as Windows refuses it to a user without Developer Mode or admin rights."""
    monkeypatch.setattr(os, "symlink", refuse_symlinks)


@pytest.fixture(scope="module")
def three_sites(tmp_path_factory):
    work = tmp_path_factory.mktemp("three-sites")
    return [built_site(work / version, version) for version in "ABC"]


def test_the_folder_target_publishes_and_switches_where_links_are_refused(no_symlinks, three_sites,
                                                                           tmp_path):
    folder = tmp_path / "www"
    target = choose_target({"kind": "folder", "dest": str(folder), "keep": 2}, environ={})
    first = upload(three_sites[0], target, say=quiet)
    current = folder / "current"
    assert current.is_dir() and not current.is_symlink()
    assert snapshot(current) == snapshot(three_sites[0])
    assert "refuses symbolic links" in first
    said: list[str] = []
    upload(three_sites[1], target, dry_run=True, say=said.append)  # a dry run reads `current`
    assert said[0].startswith(f"Would publish to {current}: 13 new, ")
    assert snapshot(current) == snapshot(three_sites[0])
    upload(three_sites[1], target, say=quiet)
    assert snapshot(current) == snapshot(three_sites[1])
    [retired] = (folder / "releases").iterdir()  # the first release, renamed back, whole
    assert snapshot(retired) == snapshot(three_sites[0])
    # the file both versions share is a hard link to the first release's copy, not a copy
    css = "theme/css/site.css"
    assert (retired / css).stat().st_ino == (current / css).stat().st_ino
    upload(three_sites[2], target, say=quiet)
    assert snapshot(current) == snapshot(three_sites[2])
    # keep=2: the live release and one before it; the oldest is gone
    assert [snapshot(p) for p in (folder / "releases").iterdir()] == [snapshot(three_sites[1])]
    assert not [p for p in current.rglob("*") if p.name.startswith(".")]  # nothing hidden served


def test_a_publish_killed_between_the_two_renames_is_completed_by_the_next(no_symlinks, three_sites,
                                                                           tmp_path, monkeypatch):
    from plugins.publisher.targets import current as switching

    folder = tmp_path / "www"
    target = choose_target({"kind": "folder", "dest": str(folder)}, environ={})
    upload(three_sites[0], target, say=quiet)
    real_rename = switching.rename

    def killed_before_moving_in(source: Path, destination: Path) -> None:
        if destination.name == "current":
            raise KeyboardInterrupt  # Ctrl+C, the window closed, the PC shut down
        real_rename(source, destination)

    monkeypatch.setattr(switching, "rename", killed_before_moving_in)
    with pytest.raises(KeyboardInterrupt):
        upload(three_sites[1], target, say=quiet)
    assert not (folder / "current").exists()  # the instant between the two renames
    monkeypatch.setattr(switching, "rename", real_rename)
    upload(three_sites[2], target, say=quiet)
    assert snapshot(folder / "current") == snapshot(three_sites[2])
    kept = [snapshot(release) for release in sorted((folder / "releases").iterdir())]
    assert kept == [snapshot(three_sites[0]), snapshot(three_sites[1])]  # each whole, to go back to


def test_a_folder_publish_that_fails_says_what_to_do(no_symlinks, three_sites, tmp_path, monkeypatch):
    from plugins.publisher.targets import folder as folder_target

    folder = tmp_path / "www"
    target = choose_target({"kind": "folder", "dest": str(folder)}, environ={})
    upload(three_sites[0], target, say=quiet)

    def disk_full(source, destination):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(folder_target.shutil, "copyfile", disk_full)
    with pytest.raises(PublishError) as failed:
        upload(three_sites[1], target, say=quiet)
    message = str(failed.value)
    assert "The live site is still the previous one" in message
    assert f"The disk holding {folder} is full: free space there" in message
    assert "publish again" not in message
    assert snapshot(folder / "current") == snapshot(three_sites[0])


def test_a_real_current_folder_no_publish_made_is_left_alone_with_what_to_do(three_sites, tmp_path):
    folder = tmp_path / "www"
    (folder / "current").mkdir(parents=True)
    (folder / "current" / "index.html").write_text("<p>made by hand</p>", encoding="utf-8")
    target = choose_target({"kind": "folder", "dest": str(folder)}, environ={})
    with pytest.raises(PublishError, match=r"Rename it \(e.g. to current-before-slingshot\)"):
        upload(three_sites[0], target, say=quiet)
    assert (folder / "current" / "index.html").read_text(encoding="utf-8") == "<p>made by hand</p>"


# --- rsync, where there is none ---------------------------------------------------------------

def test_rsync_missing_is_said_before_anything_is_built(tmp_path):
    empty = tmp_path / "bin"  # a PATH with no rsync on it, as on Windows
    empty.mkdir()
    dest = tmp_path / "srv"
    done = subprocess.run([INVOKE, "publish", "--target", "rsync", "--dest", str(dest)], cwd=ROOT,
                          env={**os.environ, "PATH": str(empty)}, capture_output=True, text=True,
                          check=False)
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 2, said
    assert "Cannot publish: the rsync target needs the rsync program" in said
    assert "Windows does not come with rsync" in said
    assert "--target folder" in said and "invoke package" in said
    assert "Building" not in said and "Checking" not in said and "Traceback" not in said
    assert not dest.exists()


def test_invoke_test_says_what_is_missing_where_there_is_no_apt_get(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PATH", str(tmp_path))  # no chromium, rsync or apt-get: Windows, macOS
    tasks.ensure_chromium()
    tasks.ensure_publish_tools()
    said = capsys.readouterr().out
    assert "Chromium for the browser tests is not installed" in said
    assert "rsync and the SSH server for the publishing tests is not installed" in said
    assert "no apt-get" in said


# --- Builds: spawned processes, Windows line endings ----------------------------------------

# Pelican as Windows runs it: processes are spawned, and there is no fork to ask for.
SPAWN_ONLY = """
import multiprocessing, os, sys
multiprocessing.set_start_method("spawn", force=True)
multiprocessing.get_all_start_methods = lambda: ["spawn"]
spawn_context = multiprocessing.get_context


def get_context(method=None):
    if method == "fork":
        raise ValueError("cannot find context for 'fork'")
    return spawn_context(method)


multiprocessing.get_context = get_context
del os.fork
from pelican import main
sys.argv = ["pelican", *sys.argv[1:]]
main()
"""


def site_tree(output: Path) -> dict[str, bytes]:
    """Every file of a built site; the sitemap without the build time it gives index pages."""
    files = {p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()}
    if "sitemap.xml" in files:
        files["sitemap.xml"] = re.sub(rb"<lastmod>[^<]*</lastmod>", b"", files["sitemap.xml"])
    return files


def cold_build(content: Path, output: Path, *extra: str):
    """A build with its own cache folder, so that every story is read and every card drawn."""
    return run_pelican(content, output, "-e", f'CACHE_PATH="{output.parent / "cache"}"', *extra)


def test_a_build_where_processes_can_only_be_spawned_makes_the_same_site(tmp_path):
    from benchmarks.stories import write_site  # noqa: PLC0415 - the benchmarks' story generator
    from plugins.worker_pool.jobs import SMALL_SITE  # noqa: PLC0415

    content = tmp_path / "content"
    write_site(content, SMALL_SITE + 10)  # big enough for the build to use worker processes
    forked = cold_build(content, tmp_path / "forked" / "output", "-e", "SLINGSHOT_WORKERS=2")
    assert forked.returncode == 0, forked.log
    output = tmp_path / "spawned" / "output"
    done = subprocess.run(
        [sys.executable, "-c", SPAWN_ONLY, str(content), "-s", str(ROOT / "pelicanconf.py"),
         "-o", str(output), "-e", f'CACHE_PATH="{output.parent / "cache"}"', "SLINGSHOT_WORKERS=2"],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert site_tree(output) == site_tree(forked.output)
    assert len(list(output.glob("case-studies/*/index.html"))) > 0


def test_stories_with_windows_line_endings_build_the_same_pages(tmp_path):
    unix = copy_content(tmp_path / "unix")
    windows = copy_content(tmp_path / "windows")
    for story in windows.rglob("*.md"):
        text = story.read_bytes().replace(b"\r\n", b"\n")
        story.write_bytes(text.replace(b"\n", b"\r\n"))
    assert b"\r\n" in (windows / "pages" / "about.md").read_bytes()
    built = [cold_build(content, content.parent / "output") for content in (unix, windows)]
    assert [build.returncode for build in built] == [0, 0], built[0].log + built[1].log
    assert site_tree(built[1].output) == site_tree(built[0].output)


# --- A checkout whose folder name has a space and an apostrophe ---------------------------

def test_publish_works_from_and_to_folders_named_with_a_space_and_an_apostrophe(tmp_path):
    from test_tasks_paths import checkout_in  # noqa: PLC0415

    checkout = checkout_in(tmp_path / "comms team's site")
    python = checkout / ".venv" / "bin" / "python"
    dest = tmp_path / "web server's folder"
    done = subprocess.run([str(python), "-m", "invoke", "publish", "--target", "folder", "--dest", str(dest)],
                          cwd=checkout / "content", capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Published in" in done.stdout
    home = BeautifulSoup((dest / "current" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert "Pennine Vale" in home.title.get_text()
    assert len(list((dest / "current").glob("case-studies/*/index.html"))) > 0
