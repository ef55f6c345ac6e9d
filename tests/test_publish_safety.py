"""Safe publishing (issue 13): what goes wrong around an upload, not in the site itself.

- Two publishes to one folder at once: the live site is always one of the two, whole.
- A folder that cannot be written, or is not there: a message that says what to do, no traceback.
- A destination inside the project is refused before anything is built.
- A user part in any address (a token, a password) is refused wherever it is written, and
  never printed: the message shows `***` instead.
- Every published file and folder can be read by a web server running as another user.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT
from plugins.publisher.packaging import write_package
from plugins.publisher.targets import PublishError, TargetError, choose_target, upload
from plugins.publisher.targets.local import start_release
from test_publish_checks import run_publisher, snapshot
from test_publish_targets import sshd  # noqa: F401 - the fixture: a real sshd on 127.0.0.1

ROUNDS = 20
SSH_ROUNDS = 5  # each round over SSH makes a dozen connections
SECRET = "ghp_S3cretT0ken"


def quiet(_line: str) -> None:
    """A `say` that prints nothing."""


def refuse_symlinks(*_args: object, **_options: object) -> None:
    """os.symlink as Windows answers a user without Developer Mode or administrator rights."""
    raise OSError(errno.EPERM, "A required privilege is not held by the client")


def built_site(folder: Path, version: str) -> Path:
    """A small built site: pages in nested folders, a stylesheet both versions share, a photo
    left 0600 as the build's metadata cleaning (mkstemp) leaves it, and a larger file."""
    folder.mkdir(parents=True)
    (folder / "index.html").write_text(f"<h1>Version {version}</h1>", encoding="utf-8")
    (folder / "theme" / "css").mkdir(parents=True)
    (folder / "theme" / "css" / "site.css").write_text("body { margin: 0 }", encoding="utf-8")
    for number in range(12):
        page = folder / f"stories-{version}" / f"story-{number}"
        page.mkdir(parents=True)
        (page / "index.html").write_text(f"<p>Story {number} of version {version}</p>", encoding="utf-8")
    (folder / "images").mkdir()
    photo = folder / "images" / f"photo-{version}.jpg"
    photo.write_bytes(os.urandom(300_000))
    os.chmod(photo, 0o600)
    return folder


@pytest.fixture(scope="module")
def two_sites(tmp_path_factory):
    work = tmp_path_factory.mktemp("two-sites")
    return built_site(work / "a", "A"), built_site(work / "b", "B")


@pytest.fixture
def private_umask():
    """A umask that makes new files private (0077), as on a locked-down laptop; restored after."""
    before = os.umask(0o077)
    yield
    os.umask(before)


def destination(kind: str, folder: Path, request) -> dict:
    """The PUBLISH_TARGET setting for a folder, rsync to a path, or rsync over SSH. For a
    folder without links, os.symlink is refused for the rest of the test, as on Windows."""
    if kind == "folder-without-links":
        request.getfixturevalue("monkeypatch").setattr(os, "symlink", refuse_symlinks)
    if kind.startswith("folder"):
        return {"kind": "folder", "dest": str(folder)}
    if kind == "rsync":
        return {"kind": "rsync", "dest": str(folder)}
    ssh = request.getfixturevalue("sshd")
    return {"kind": "rsync", "dest": f"{ssh['user_host']}:{folder}", "ssh": ssh["command"]}


def publish_at_once(sites: tuple[Path, Path], setting: dict) -> list[object]:
    """Two uploads of two sites to one destination, started at the same moment; their results."""
    start = threading.Barrier(2)
    results: list[object] = [None, None]

    def publish(which: int) -> None:
        target = choose_target(setting, environ={})
        start.wait()
        try:
            results[which] = upload(sites[which], target, say=quiet)
        except Exception as error:  # noqa: BLE001 - reported by the test
            results[which] = error

    threads = [threading.Thread(target=publish, args=(which,)) for which in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    return results


# --- Two publishes at once ----------------------------------------------------------------

@pytest.mark.parametrize("kind", ["folder", "folder-without-links", "rsync", "rsync-ssh"])
def test_two_publishes_at_once_leave_one_whole_site_live(kind, two_sites, tmp_path, request):
    folder = tmp_path / "www"
    setting = destination(kind, folder, request)
    wholes = [snapshot(site) for site in two_sites]
    for round_number in range(SSH_ROUNDS if kind == "rsync-ssh" else ROUNDS):
        results = publish_at_once(two_sites, setting)
        failed = [result for result in results if not isinstance(result, str)]
        assert not failed, f"round {round_number}: {failed}"
        # both went live, one after the other, each in a release of its own
        assert results[0].rsplit("/", 1)[-1] != results[1].rsplit("/", 1)[-1], results
        assert snapshot(folder / "current") in wholes, f"round {round_number}: a mixed site is live"
        releases = [p.name for p in (folder / "releases").iterdir()]
        assert not [name for name in releases if name.endswith(".partial")], releases


def test_a_failed_publish_is_cleared_before_copying_but_a_running_one_is_left(two_sites, tmp_path):
    folder = tmp_path / "www"
    target = choose_target({"kind": "folder", "dest": str(folder)}, environ={})
    upload(two_sites[0], target, say=quiet)
    releases = folder / "releases"
    failed = releases / "20200101T000000Z.partial"  # killed halfway, its disk space still taken
    shutil.copytree(two_sites[1], failed)
    running = start_release(releases)  # another publish's upload, in progress
    (running.partial / "index.html").write_text("<p>half uploaded</p>", encoding="utf-8")
    seen: dict[str, bool] = {}

    def say(line: str) -> None:
        if line.startswith("Copying the site"):
            seen["failed try still there when copying"] = failed.exists()

    try:
        upload(two_sites[1], target, say=say)
        assert seen == {"failed try still there when copying": False}
        assert (running.partial / "index.html").is_file()  # the running publish's folder is untouched
        assert snapshot(folder / "current") == snapshot(two_sites[1])
    finally:
        running.abandon()


# --- A folder that cannot be written, or is not there ----------------------------------------

def as_unprivileged(command: list[str]) -> list[str]:
    """Root may write anywhere: run the command as `nobody` then, as a comms officer would be."""
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command] if os.geteuid() == 0 else command


def publisher_command(*args: str) -> tuple[list[str], dict[str, str]]:
    environment = {**os.environ, "COLUMNS": "1000",
                   "PYTHONDONTWRITEBYTECODE": "1"}
    return [sys.executable, "-m", "plugins.publisher", *args], environment


@pytest.fixture
def shared_tmp():
    """A folder every user can enter (pytest's own is private to its user), removed after."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="slingshot-safety-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_folder_the_publisher_cannot_write_is_named_with_what_to_do(shared_tmp):
    if not shutil.which("setpriv") and os.geteuid() == 0:
        pytest.skip("setpriv (util-linux) is needed to publish as another user than root")
    www = shared_tmp / "www"
    www.mkdir()
    os.chmod(www, 0o755 if os.geteuid() == 0 else 0o555)  # the web server's, not the publisher's
    command, environment = publisher_command("publish", "--target", "folder", "--dest", str(www))
    done = subprocess.run(as_unprivileged(command), cwd=ROOT, env=environment, capture_output=True,
                          text=True, check=False, timeout=180)
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert "Traceback" not in said
    assert f"Cannot write to the folder {www}" in said and "then publish again" in said
    assert "Checking" not in said  # refused before the build, not after minutes of it
    assert os.listdir(www) == []


def test_a_read_only_file_system_is_named_with_what_to_do(tmp_path):
    www = tmp_path / "www"
    www.mkdir()
    command, environment = publisher_command("publish", "--target", "folder", "--dest", str(www))
    if os.geteuid() == 0:  # a share mounted read-only, in a mount namespace of its own
        if not shutil.which("unshare"):
            pytest.skip("unshare (util-linux) is needed to mount a read-only folder")
        script = 'mount -t tmpfs -o ro tmpfs "$0" && exec "$@"'
        command = ["unshare", "--mount", "sh", "-c", script, str(www), *command]
    else:
        os.chmod(www, 0o555)
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True, text=True,
                          check=False, timeout=180)
    said = done.stdout + done.stderr
    if "mount:" in said and done.returncode != 1:
        pytest.skip(f"a read-only folder could not be mounted here: {said[-200:]}")
    assert done.returncode == 1, said
    assert "Traceback" not in said
    assert f"Cannot write to the folder {www}" in said and "read-write" in said, said


def test_a_missing_destination_is_named_with_what_to_do(tmp_path):
    share = tmp_path / "mnt" / "web-share" / "stories"  # a share that is not mounted
    done = run_publisher("publish", "--target", "folder", "--dest", str(share))
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert "Traceback" not in said
    assert f"The folder {share} does not exist" in said and "mounted" in said
    assert not (tmp_path / "mnt").exists()  # nothing was made in its place


# --- A destination inside the project --------------------------------------------------------

def test_a_destination_inside_the_project_is_refused_before_the_build():
    done = run_publisher("publish", "--target", "folder", "--dest", "content/case-studies")
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert "--dest content/case-studies is inside the project folder" in said
    assert "Traceback" not in said and "Checking" not in said
    assert not (ROOT / "content" / "case-studies" / "current").exists()
    assert not (ROOT / "content" / "case-studies" / "releases").exists()


@pytest.mark.parametrize(("setting", "environ", "dest"), [
    ({"kind": "folder"}, {"SLINGSHOT_FOLDER_TARGET": str(ROOT / "output")}, ""),
    ({"kind": "folder", "dest": str(ROOT)}, {}, ""),
    ({"kind": "rsync"}, {}, str(ROOT / "theme" / "static")),
    ({"kind": "rsync"}, {}, str(ROOT / "content" / ".." / "publish")),
], ids=["environment", "the project itself", "rsync to a path", "a path that climbs back in"])
def test_every_way_of_naming_a_folder_inside_the_project_is_refused(setting, environ, dest):
    with pytest.raises(TargetError, match="inside the project folder"):
        choose_target(setting, dest=dest, environ=environ, root=ROOT)


def test_a_link_that_leads_into_the_project_is_refused(tmp_path):
    (tmp_path / "www").symlink_to(ROOT / "content")
    with pytest.raises(TargetError, match="inside the project folder"):
        choose_target({"kind": "folder"}, dest=str(tmp_path / "www"), environ={}, root=ROOT)
    assert choose_target({"kind": "folder"}, dest=str(tmp_path / "site"), environ={}, root=ROOT)


# --- Credentials only from the environment ---------------------------------------------------

ADDRESSES_WITH_A_USER_PART = {
    "a token in a GitHub address, on the command line": (
        {"kind": "github-pages"}, {}, f"https://{SECRET}@github.com/trust/site.git",
        "--dest holds https://***@github.com/trust/site.git"),
    "a token and user in the environment": (
        {"kind": "github-pages"}, {"SLINGSHOT_PAGES_REPOSITORY": f"https://x-access-token:{SECRET}@github.com/t/s.git"},
        "", "SLINGSHOT_PAGES_REPOSITORY holds https://***@github.com/t/s.git"),
    "a token in publishconf.py": (
        {"kind": "github-pages", "repository": f"https://{SECRET}@github.com/t/s.git"}, {}, "",
        "PUBLISH_TARGET['repository'] in publishconf.py holds https://***@github.com/t/s.git"),
    "keys in an S3 endpoint, in publishconf.py": (
        {"kind": "s3", "bucket": "site", "endpoint": f"https://AKIAEXAMPLE:{SECRET}@s3.example.com"}, {}, "",
        "PUBLISH_TARGET['endpoint'] in publishconf.py holds https://***@s3.example.com"),
    "keys in an S3 endpoint, in the environment": (
        {"kind": "s3", "bucket": "site"}, {"SLINGSHOT_S3_ENDPOINT": f"https://user:{SECRET}@s3.example.com"}, "",
        "SLINGSHOT_S3_ENDPOINT holds https://***@s3.example.com"),
    "keys in an s3:// address": (
        {"kind": "s3"}, {}, f"s3://AKIAEXAMPLE:{SECRET}@site/stories", "--dest holds s3://***@site/stories"),
    "a password in an rsync address, on the command line": (
        {"kind": "rsync"}, {}, f"web:{SECRET}@host:/srv/site", "--dest holds ***@host:/srv/site"),
    "a password in an rsync address, in the environment": (
        {"kind": "rsync"}, {"SLINGSHOT_RSYNC_TARGET": f"web:{SECRET}@host:/srv/site"}, "",
        "SLINGSHOT_RSYNC_TARGET holds ***@host:/srv/site"),
    "a password in publishconf.py, even when --dest overrides it": (
        {"kind": "rsync", "dest": f"web:{SECRET}@host:/srv/site"}, {}, "web@host:/srv/site",
        "PUBLISH_TARGET['dest'] in publishconf.py holds ***@host:/srv/site"),
}


@pytest.mark.parametrize(("setting", "environ", "dest", "shown"), ADDRESSES_WITH_A_USER_PART.values(),
                         ids=ADDRESSES_WITH_A_USER_PART.keys())
def test_an_address_with_a_user_part_is_refused_and_masked(setting, environ, dest, shown):
    with pytest.raises(TargetError) as refused:
        choose_target(setting, dest=dest, environ=environ)
    message = str(refused.value)
    assert shown in message
    assert SECRET not in message and "AKIAEXAMPLE" not in message and "x-access-token" not in message
    assert "Credentials never go in an address: they come from" in message  # and says where from


@pytest.mark.parametrize(("kind", "dest"), [
    ("rsync", "web@stories.example:/srv/site"),
    ("github-pages", "git@github.com:trust/site.git"),
    ("github-pages", "ssh://git@github.com/trust/site.git"),
    ("github-pages", "https://github.com/trust/site.git"),
    ("s3", "s3://site/stories"),
])
def test_ssh_user_names_and_plain_addresses_are_allowed(kind, dest):
    assert choose_target({"kind": kind}, dest=dest, environ={}).kind == kind


def test_a_token_on_the_command_line_is_never_printed():
    done = run_publisher("publish", "--target", "github-pages", "--dest",
                         f"https://{SECRET}@github.com/trust/site.git", env={"GH_TOKEN": ""})
    said = done.stdout + done.stderr
    assert done.returncode == 2, said
    assert SECRET not in said
    assert "https://***@github.com/trust/site.git" in said and "GH_TOKEN" in said
    assert "Traceback" not in said


# --- Readable by the web server ---------------------------------------------------------------

def modes(folder: Path) -> dict[str, str]:
    """Every file and folder below `folder` (itself included) with its permission bits."""
    found = {".": oct(stat.S_IMODE(folder.stat().st_mode))}
    for path in folder.rglob("*"):
        found[path.relative_to(folder).as_posix()] = oct(stat.S_IMODE(path.stat().st_mode))
    return found


@pytest.mark.parametrize("kind", ["folder", "folder-without-links", "rsync"])
def test_every_published_file_and_folder_is_readable_by_the_web_server(kind, two_sites, tmp_path,
                                                                          request, private_umask):
    folder = tmp_path / "www"
    upload(two_sites[0], choose_target(destination(kind, folder, request), environ={}), say=quiet)
    upload(two_sites[1], choose_target(destination(kind, folder, request), environ={}), say=quiet)
    for path in (folder, folder / "releases"):
        assert oct(stat.S_IMODE(path.stat().st_mode)) == "0o755", path
    release = (folder / "current").resolve()
    wrong = {name: mode for name, mode in modes(release).items()
             if mode != ("0o755" if (release / name).is_dir() else "0o644")}
    assert wrong == {}
    assert oct(stat.S_IMODE((release / "images" / "photo-B.jpg").stat().st_mode)) == "0o644"


def test_every_file_in_the_package_zip_is_readable_by_the_web_server(two_sites, tmp_path):
    zipped = write_package(two_sites[0], tmp_path, "Pennine Vale", "https://stories.example")
    with zipfile.ZipFile(zipped) as archive:
        entries = archive.infolist()
        wrong = {entry.filename: oct(entry.external_attr >> 16) for entry in entries
                 if entry.external_attr >> 16 != stat.S_IFREG | 0o644}
        assert wrong == {}
        archive.extractall(tmp_path / "unzipped")
    assert "site/images/photo-A.jpg" in {entry.filename for entry in entries}
    # what `unzip` on a web server gives (it keeps the modes the zip records)
    if shutil.which("unzip"):
        subprocess.run(["unzip", "-q", str(zipped), "-d", str(tmp_path / "by-unzip")], check=True)
        photo = tmp_path / "by-unzip" / "site" / "images" / "photo-A.jpg"
        assert oct(stat.S_IMODE(photo.stat().st_mode)) == "0o644"
