"""Publishing to real targets: a folder, rsync (locally and over SSH to a real sshd), an S3
server (moto, on 127.0.0.1) and a bare git repository for GitHub Pages.

Each target switches to a new site whole or not at all: an upload killed halfway leaves the
old live site, complete. A publish whose checks fail reaches no target. Sites uploaded here
were built and checked once (`pipeline.prepare`); version 2 is version 1 with a page changed,
a page removed and a large file added, so that an upload takes long enough to be killed.
"""

from __future__ import annotations

import getpass
import hashlib
import io
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, copy_content
from plugins.publisher.hygiene import metadata_blocks
from plugins.publisher.pipeline import prepare
from plugins.publisher.targets import PublishError, choose_target, upload
from test_publish_checks import PLANTS, camera_photo, plant, run_publisher, snapshot

SITEURL = "https://stories.penninevale-probation.example.org"
DRAFT = "case-studies/tom-gets-the-keys-to-his-own-front-door.md"
HIDDEN_PAGE = "Title: Visiting our offices\nStatus: hidden\n\nOpening hours for visitors.\n"
BIG = "images/zz-large.bin"
SMALL = "images/aa-small.txt"
BUCKET = "stories-site"
KILL_BANDWIDTH = "256"  # KiB/s: the large file takes several seconds


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def quiet(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


# --- The sites ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """Version 1 (built and checked from the sample plus a camera photo and a hidden page), version 2."""
    work = tmp_path_factory.mktemp("sites")
    content = copy_content(work)
    camera_photo(content / "images" / "allotment.jpg", source=ROOT / "content" / "images" / "allotment.jpg")
    (content / "pages" / "visiting.md").write_text(HIDDEN_PAGE, encoding="utf-8")
    with (content / DRAFT).open("a", encoding="utf-8") as draft:  # a draft with an error
        draft.write("\nHis landlord, Graham Holroyd, rang him on 07700 900982.\n")
    v1 = prepare(content, ROOT / "publishconf.py", work / "v1", say=lambda _line: None)
    v2 = work / "v2"
    shutil.copytree(v1, v2)
    (v2 / "index.html").write_text((v1 / "index.html").read_text(encoding="utf-8") + "<!-- v2 -->", encoding="utf-8")
    for gone in (v2 / "about").iterdir():
        gone.unlink()
    (v2 / "about").rmdir()
    (v2 / SMALL).write_text("A new small file, staged before the large one.", encoding="utf-8")
    (v2 / BIG).write_bytes(os.urandom(1_500_000))
    tiny = work / "tiny"
    tiny.mkdir()
    (tiny / "index.html").write_text("<p>The site as it was</p>", encoding="utf-8")
    return {"v1": v1, "v2": v2, "tiny": tiny}


def test_a_draft_neither_blocks_the_publish_nor_reaches_the_site(sites):
    # `sites` was prepared (checked twice) from content whose draft names a landlord and a phone
    assert "Status: draft" in (ROOT / "content" / DRAFT).read_text(encoding="utf-8")
    files = " ".join(p.as_posix() for p in sites["v1"].rglob("*"))
    assert "tom-gets-the-keys" not in files
    assert "Holroyd" not in (sites["v1"] / "feeds" / "all.atom.xml").read_text(encoding="utf-8")


def test_the_built_site_is_clean_and_tidy(sites):
    site = sites["v1"]
    assert (site / "robots.txt").read_text() == f"User-agent: *\nDisallow:\n\nSitemap: {SITEURL}/sitemap.xml\n"
    sitemap = (site / "sitemap.xml").read_text()
    assert (site / "visiting" / "index.html").is_file()  # a hidden page is published ...
    assert "/visiting/" not in sitemap and "404" not in sitemap  # ... but never listed
    assert "/visiting/" not in (site / "robots.txt").read_text()
    assert (site / "404.html").is_file()
    files = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    assert not [f for f in files if f.endswith((".md", ".map", ".py"))]
    import brotli
    import gzip
    for page in ("index.html", "sitemap.xml", "feeds/all.atom.xml", "theme/css/site.css"):
        original = (site / page).read_bytes()
        assert gzip.decompress((site / f"{page}.gz").read_bytes()) == original
        assert brotli.decompress((site / f"{page}.br").read_bytes()) == original


def assert_no_metadata(images: dict[str, bytes]) -> None:
    """Every image given (name -> bytes, as fetched from a target) carries no metadata at all."""
    assert any(name.endswith("allotment.jpg") for name in images)  # the camera photo is among them
    for name, data in images.items():
        assert metadata_blocks(io.BytesIO(data)) == [], name


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def images_in(files: dict[str, bytes]) -> dict[str, bytes]:
    return {k: v for k, v in files.items() if k.endswith((".jpg", ".jpeg", ".png", ".gif", ".webp"))}


# --- A plain folder ---------------------------------------------------------------------

def test_folder_target_switches_to_each_release_whole(sites, tmp_path):
    dest = tmp_path / "www"
    upload(sites["v1"], choose_target({"kind": "folder", "dest": str(dest)}, environ={}), say=print)
    assert snapshot(dest / "current") == snapshot(sites["v1"])
    assert_no_metadata(images_in(files_of(dest / "current")))
    first = os.readlink(dest / "current")
    upload(sites["v2"], choose_target({"kind": "folder", "dest": str(dest)}, environ={}), say=print)
    assert snapshot(dest / "current") == snapshot(sites["v2"])
    assert os.readlink(dest / "current") != first
    # unchanged files are hard links to the previous release's, not copies
    assert (dest / first / "sitemap.xml").stat().st_ino == (dest / "current" / "sitemap.xml").stat().st_ino


def test_a_folder_copy_that_fails_halfway_leaves_the_old_site(sites, tmp_path, monkeypatch):
    from plugins.publisher.targets import folder

    dest = tmp_path / "www"
    target = choose_target({"kind": "folder", "dest": str(dest)}, environ={})
    upload(sites["v1"], target, say=print)
    real_copy = shutil.copyfile

    def failing_copy(source, destination):  # the disk fills up on the large file
        if str(destination).endswith(BIG):
            raise OSError(28, "No space left on device")
        return real_copy(source, destination)

    monkeypatch.setattr(folder.shutil, "copyfile", failing_copy)
    with pytest.raises(PublishError, match="The live site is still the previous one"):
        upload(sites["v2"], target, say=print)
    assert snapshot(dest / "current") == snapshot(sites["v1"])
    monkeypatch.undo()
    upload(sites["v2"], target, say=print)
    assert snapshot(dest / "current") == snapshot(sites["v2"])
    assert not [p for p in (dest / "releases").iterdir() if p.name.endswith(".partial")]


# --- rsync, locally and over SSH ------------------------------------------------------------

@pytest.fixture(scope="module")
def sshd(tmp_path_factory):
    """An SSH server on 127.0.0.1 with a throwaway host key, accepting one throwaway key."""
    binary = shutil.which("sshd") or "/usr/sbin/sshd"
    if not Path(binary).exists() or not shutil.which("ssh"):
        pytest.skip("sshd is not installed: `invoke test` installs openssh-server with apt-get")
    if os.geteuid() != 0:
        pytest.skip("sshd can only be started as root here (privilege separation)")
    home = tmp_path_factory.mktemp("sshd")
    for key in ("host_key", "client_key"):
        quiet("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(home / key))
    (home / "authorized_keys").write_text((home / "client_key.pub").read_text())
    port = free_port()
    config = home / "sshd_config"
    config.write_text(
        f"Port {port}\nListenAddress 127.0.0.1\nHostKey {home}/host_key\n"
        f"AuthorizedKeysFile {home}/authorized_keys\nPidFile {home}/sshd.pid\nUsePAM no\n"
        "PermitRootLogin prohibit-password\nPasswordAuthentication no\n"
        "KbdInteractiveAuthentication no\nStrictModes no\nLogLevel ERROR\n")
    Path("/run/sshd").mkdir(exist_ok=True)
    server = subprocess.Popen([binary, "-D", "-e", "-f", str(config)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and server.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    if server.poll() is not None:
        pytest.skip(f"sshd could not be started: {server.stderr.read().decode()[-300:]}")
    host_key = (home / "host_key.pub").read_text().split()
    (home / "known_hosts").write_text(f"[127.0.0.1]:{port} {host_key[0]} {host_key[1]}\n")
    # One connection shared by the publish's ssh and rsync calls, as ~/.ssh/config can set up.
    command = (f"ssh -p {port} -i {home}/client_key -o IdentitiesOnly=yes -o ConnectTimeout=5 "
               f"-o UserKnownHostsFile={home}/known_hosts -o StrictHostKeyChecking=yes "
               f"-o ControlMaster=auto -o ControlPath={home}/control-%C -o ControlPersist=30")
    yield {"user_host": f"{getpass.getuser()}@127.0.0.1", "command": command}
    subprocess.run([*command.split(), "-O", "exit", "127.0.0.1"], capture_output=True, check=False)
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(params=["local", "ssh"])
def rsync_place(request, tmp_path):
    """(rsync dest, options, the folder it lands in) for a local path and for SSH to 127.0.0.1."""
    if not shutil.which("rsync"):
        pytest.skip("rsync is not installed: `invoke test` installs it with apt-get")
    folder = tmp_path / "srv" / "stories"
    if request.param == "local":
        return str(folder), {}, folder
    ssh = request.getfixturevalue("sshd")
    return f"{ssh['user_host']}:{folder}", {"ssh": ssh["command"]}, folder


def test_rsync_switches_to_each_release_whole(sites, rsync_place, tmp_path):
    dest, options, folder = rsync_place
    target = choose_target({"kind": "rsync", "dest": dest, **options}, environ={})
    print(upload(sites["v1"], target, say=print))
    assert snapshot(folder / "current") == snapshot(sites["v1"])
    assert_no_metadata(images_in(files_of(folder / "current")))
    first = os.readlink(folder / "current")
    lines: list[str] = []
    upload(sites["v2"], target, dry_run=True, say=lines.append)
    assert os.readlink(folder / "current") == first  # a dry run changes nothing
    assert any("*deleting" in line and "about/index.html" in line for line in lines), lines
    assert any(BIG in line for line in lines)
    upload(sites["v2"], target, say=print)
    assert snapshot(folder / "current") == snapshot(sites["v2"])
    # --link-dest: unchanged files are hard links into the previous release, not new copies
    assert (folder / first / "sitemap.xml").stat().st_ino == (folder / "current" / "sitemap.xml").stat().st_ino


UPLOAD = ("import json, sys\nfrom pathlib import Path\nfrom plugins.publisher.targets import choose_target, upload\n"
          "upload(Path(sys.argv[2]), choose_target(json.loads(sys.argv[1])))\n")


def start_upload(site: Path, setting: dict, env: dict[str, str]) -> subprocess.Popen:
    """An upload in its own process group, so that it and its rsync can be killed together."""
    environment = {**os.environ, **env}
    return subprocess.Popen([sys.executable, "-c", UPLOAD, json.dumps(setting), str(site)],
                            env=environment, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def kill_when(process: subprocess.Popen, ready, timeout: float = 30) -> None:
    """Kill the upload (SIGKILL, the whole group) as soon as `ready()` says it is under way."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert process.poll() is None, f"the upload ended before it could be killed: {process.stdout.read()}"
        assert time.monotonic() < deadline, "the upload never started"
        time.sleep(0.02)
    time.sleep(0.3)
    assert process.poll() is None, "the upload finished before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def test_an_rsync_killed_halfway_leaves_the_old_site_whole(sites, rsync_place):
    dest, options, folder = rsync_place
    setting = {"kind": "rsync", "dest": dest, **options}
    upload(sites["v1"], choose_target(setting, environ={}), say=print)
    live = os.readlink(folder / "current")
    process = start_upload(sites["v2"], setting, {"SLINGSHOT_BWLIMIT": KILL_BANDWIDTH})
    releases = folder / "releases"
    kill_when(process, lambda: any(p.name.endswith(".partial") and any(p.rglob("*.html"))
                                   for p in releases.iterdir()))
    assert os.readlink(folder / "current") == live
    assert snapshot(folder / "current") == snapshot(sites["v1"])
    upload(sites["v2"], choose_target(setting, environ={}), say=print)  # publishing again completes it
    assert snapshot(folder / "current") == snapshot(sites["v2"])
    assert not [p for p in releases.iterdir() if p.name.endswith(".partial")]


# --- S3 ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """A local S3-compatible server (moto) on 127.0.0.1 and the credentials for it."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {"SLINGSHOT_S3_ENDPOINT": f"http://127.0.0.1:{port}", "AWS_ACCESS_KEY_ID": "testing",
           "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "eu-west-2"}
    yield env
    server.stop()


@pytest.fixture
def bucket(s3, monkeypatch):
    """A new, empty bucket; the environment holds the credentials as a comms officer's would."""
    import boto3

    for key, value in s3.items():
        monkeypatch.setenv(key, value)
    client = boto3.client("s3", endpoint_url=s3["SLINGSHOT_S3_ENDPOINT"])
    name = f"{BUCKET}-{time.monotonic_ns()}"
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"})
    return client, name


def bucket_site(client, name: str) -> dict[str, str]:
    """The live objects (not the control prefix) and their ETags."""
    found = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=name):
        for item in page.get("Contents", []):
            found[item["Key"]] = item["ETag"].strip('"')
    return found


def md5s(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.md5(p.read_bytes()).hexdigest()
            for p in site.rglob("*") if p.is_file()}


def live_objects(client, name: str) -> dict[str, str]:
    return {k: v for k, v in bucket_site(client, name).items() if not k.startswith(".slingshot/")}


def test_s3_publishes_the_site_and_removes_only_what_it_published(sites, bucket, tmp_path):
    client, name = bucket
    client.put_object(Bucket=name, Key="google1234.html", Body=b"site verification")  # not ours
    target = choose_target({"kind": "s3", "bucket": name})
    upload(sites["v1"], target, say=print)
    assert live_objects(client, name) == {**md5s(sites["v1"]), "google1234.html": live_objects(client, name)["google1234.html"]}
    head = client.head_object(Bucket=name, Key="index.html")
    assert head["ContentType"] == "text/html; charset=utf-8"
    images = {k: client.get_object(Bucket=name, Key=k)["Body"].read() for k in images_in(md5s(sites["v1"]))}
    assert_no_metadata(images)
    lines: list[str] = []
    upload(sites["v2"], target, dry_run=True, say=lines.append)
    assert "2 new, 1 changed, 3 removed" in lines[0] and "  - about/index.html" in lines
    assert "about/index.html" in live_objects(client, name)  # the dry run changed nothing
    upload(sites["v2"], target, say=print)
    live = live_objects(client, name)
    assert live.pop("google1234.html")
    assert live == md5s(sites["v2"])
    assert not [k for k in bucket_site(client, name) if k.startswith(".slingshot/staging/")]


def test_an_s3_upload_killed_halfway_leaves_the_old_site_whole(sites, bucket, s3):
    client, name = bucket
    setting = {"kind": "s3", "bucket": name}
    upload(sites["v1"], choose_target(setting), say=print)
    process = start_upload(sites["v2"], setting, {**s3, "SLINGSHOT_BWLIMIT": KILL_BANDWIDTH})
    # the small new file is staged first; the large one is still on its way when the upload is killed
    kill_when(process, lambda: any(k.endswith(SMALL) for k in bucket_site(client, name)))
    assert live_objects(client, name) == md5s(sites["v1"])
    upload(sites["v2"], choose_target(setting), say=print)
    assert live_objects(client, name) == md5s(sites["v2"])
    assert not [k for k in bucket_site(client, name) if k.startswith(".slingshot/staging/")]


# --- GitHub Pages (a bare repository standing in for GitHub) -----------------------------

@pytest.fixture
def pages_repo(tmp_path):
    repo = tmp_path / "pages.git"
    quiet("git", "init", "-q", "--bare", str(repo))
    return repo


def branch_files(repo: Path, branch: str = "gh-pages") -> dict[str, bytes]:
    """Every file on the branch and its bytes, as GitHub Pages would serve them."""
    archive = subprocess.run(["git", "--git-dir", str(repo), "archive", "--format=tar", branch],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}


def test_github_pages_gets_the_whole_site_in_one_commit(sites, pages_repo, tmp_path):
    target = choose_target({"kind": "github-pages", "repository": str(pages_repo)}, environ={})
    upload(sites["v1"], target, say=print)
    published = branch_files(pages_repo)
    assert published.pop(".nojekyll") == b""
    assert published == files_of(sites["v1"])
    assert_no_metadata(images_in(published))
    first = subprocess.run(["git", "--git-dir", str(pages_repo), "rev-parse", "gh-pages"],
                           capture_output=True, text=True, check=True).stdout.strip()
    lines: list[str] = []
    upload(sites["v2"], target, dry_run=True, say=lines.append)
    assert any("about/index.html" in line for line in lines), lines
    assert branch_files(pages_repo).keys() == published.keys() | {".nojekyll"}
    upload(sites["v2"], target, say=print)
    parent = subprocess.run(["git", "--git-dir", str(pages_repo), "rev-parse", "gh-pages^"],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert parent == first  # history kept, one commit per publish
    assert {k: v for k, v in branch_files(pages_repo).items() if k != ".nojekyll"} == files_of(sites["v2"])


# --- Refused publishes reach no target ---------------------------------------------------

@pytest.mark.parametrize("kind", ["folder", "rsync", "rsync-ssh", "s3", "github-pages"])
def test_a_refused_publish_leaves_every_target_untouched(kind, sites, tmp_path, request):
    env: dict[str, str] = {}
    if kind in ("folder", "rsync", "rsync-ssh"):
        folder = tmp_path / "srv"
        if kind == "rsync-ssh":
            ssh = request.getfixturevalue("sshd")
            dest, env = f"{ssh['user_host']}:{folder}", {"SLINGSHOT_SSH_COMMAND": ssh["command"]}
        else:
            dest = str(folder)
        setting = {"kind": kind.removesuffix("-ssh"), "dest": dest, "ssh": env.get("SLINGSHOT_SSH_COMMAND", "ssh")}
        if kind == "folder":
            setting.pop("ssh")
        upload(sites["tiny"], choose_target(setting, environ={}), say=print)

        def state():
            return os.readlink(folder / "current"), snapshot(folder)
    elif kind == "s3":
        client, dest = request.getfixturevalue("bucket")
        env = request.getfixturevalue("s3")
        upload(sites["tiny"], choose_target({"kind": "s3", "bucket": dest}), say=print)

        def state():
            return bucket_site(client, dest)
    else:
        repo = request.getfixturevalue("pages_repo")
        dest = str(repo)
        upload(sites["tiny"], choose_target({"kind": kind, "repository": dest}, environ={}), say=print)

        def state():
            return branch_files(repo)
    before = state()
    content = plant(copy_content(tmp_path), *PLANTS)
    done = run_publisher("publish", "--content", str(content), "--target", kind.removesuffix("-ssh"),
                         "--dest", dest, env=env)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Nothing was uploaded" in done.stderr
    assert state() == before


# --- The comms officer's commands -----------------------------------------------------------

@pytest.fixture(scope="module")
def invoked_publish(tmp_path_factory):
    """`invoke publish --target folder --dest ...` on the sample site, as a comms officer types it."""
    dest = tmp_path_factory.mktemp("invoked") / "www"
    done = subprocess.run([str(Path(sys.executable).parent / "invoke"), "publish", "--target", "folder",
                           "--dest", str(dest)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return dest / "current", done.stdout


def test_invoke_publish_publishes_the_sample_site(invoked_publish):
    site, said = invoked_publish
    assert "Published in" in said and "The built site is clean" in said
    assert (site / "index.html").is_file() and (site / "index.html.br").is_file()
    assert f'href="{SITEURL}/' in (site / "index.html").read_text()  # absolute addresses, the real SITEURL


def test_invoke_package_writes_a_dated_zip_of_exactly_the_site(invoked_publish, tmp_path):
    site, _ = invoked_publish
    done = subprocess.run([str(Path(sys.executable).parent / "invoke"), "package", "--dest", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    (zipped,) = tmp_path.glob("pennine-vale-probation-site-*.zip")
    assert zipped.name == f"pennine-vale-probation-site-{time.strftime('%Y-%m-%d')}.zip"
    with zipfile.ZipFile(zipped) as archive:
        names = set(archive.namelist())
        readme = archive.read("README.txt").decode()
        images = {n: archive.read(n) for n in names if n.endswith((".jpg", ".png"))}
    assert names == {"README.txt"} | {f"site/{name}" for name in snapshot(site)}
    assert not [n for n in names if n.endswith(".md") or n.startswith(("content/", "kit/"))]
    assert "tom-gets-the-keys" not in " ".join(names)  # the sample's draft
    assert SITEURL in readme and "public_html" in readme
    for name, data in images.items():
        assert metadata_blocks(io.BytesIO(data)) == [], name
