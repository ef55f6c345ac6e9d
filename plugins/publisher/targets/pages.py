"""GitHub Pages: the whole site as one commit on the gh-pages branch, pushed in one go.

ghp-import writes the site into a single commit on the branch (replacing the whole tree),
in a scratch repository, never the project's own; a push moves the branch in one step, so
GitHub serves the old site or the new one, never a mixture. The push is not forced: if the
branch moved since it was fetched, the publish stops and says so.

The repository comes from PUBLISH_TARGET['repository'] or SLINGSHOT_PAGES_REPOSITORY; for an
https address of GitHub the token comes from GH_TOKEN or GITHUB_TOKEN (a fine-grained token
with Contents: write on that repository only), passed to git in the environment, never in
the address or on the command line. SSH addresses use the SSH agent or ~/.ssh/config.
"""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from .config import Target
from .errors import PublishError

REMOTE = "site"


def publish(site: Path, target: Target, dry_run: bool, say: Callable[[str], None],
            environ: Mapping[str, str] | None = None) -> str:
    """Commit the site to the Pages branch with ghp-import and push it."""
    repository, branch = target.options["repository"], target.options.get("branch") or "gh-pages"
    env = git_environment(repository, os.environ if environ is None else environ)
    with tempfile.TemporaryDirectory(prefix="slingshot-pages-") as scratch:
        git = _git_in(Path(scratch), env)
        git("init", "-q")
        git("remote", "add", REMOTE, repository)
        reached = git("ls-remote", REMOTE, f"refs/heads/{branch}", check=False)
        if reached.returncode != 0:
            raise PublishError(f"Could not reach {repository} ({_last_line(reached.stderr)}). "
                               "Check the address and GH_TOKEN (or your SSH key)")
        before = reached.stdout.split()[0] if reached.stdout.strip() else ""
        if before:
            git("fetch", "-q", "--depth", "1", REMOTE, f"refs/heads/{branch}:refs/remotes/{REMOTE}/{branch}")
        command = [sys.executable, "-m", "ghp_import", "--no-jekyll", "--remote", REMOTE,
                   "--branch", branch, "--message", f"Publish the site ({_count(site)} files)"]
        if target.options.get("cname"):
            command += ["--cname", str(target.options["cname"])]
        done = subprocess.run([*command, str(site)], cwd=scratch, env=env, capture_output=True,
                              text=True, check=False)
        if done.returncode != 0 or "Failed" in done.stdout:
            raise PublishError(f"ghp-import could not make the commit ({_last_line(done.stderr or done.stdout)})")
        _check_tree(git, branch, site, bool(target.options.get("cname")))
        if dry_run:
            say(f"Would publish to {repository} branch {branch}:")
            if before:
                diff = git("diff", "--stat=100", f"{REMOTE}/{branch}", branch).stdout.rstrip()
                for line in diff.splitlines() or ["  (no change)"]:
                    say(f"  {line.strip()}")
            else:
                say(f"  a new branch with {_count(site)} file(s)")
            return "dry run: nothing was changed"
        say(f"Pushing to {repository} branch {branch} ...")
        pushed = git("push", "-q", REMOTE, f"{branch}:refs/heads/{branch}", check=False)
        if pushed.returncode != 0:
            raise PublishError(f"The push was refused ({_last_line(pushed.stderr)}). The live site "
                               "is the previous one. If someone else published meanwhile, publish again")
        tip = git("rev-parse", branch).stdout.strip()
        return f"{repository} {branch} at {tip[:12]}"


def git_environment(repository: str, environ: Mapping[str, str]) -> dict[str, str]:
    """The environment git runs with: no prompts, a neutral committer, the token as a header."""
    env = {**environ, "GIT_TERMINAL_PROMPT": "0"}
    env.setdefault("GIT_COMMITTER_NAME", "Slingshot publish")
    env.setdefault("GIT_COMMITTER_EMAIL", "publish@slingshot.invalid")
    env.setdefault("GIT_AUTHOR_NAME", env["GIT_COMMITTER_NAME"])
    env.setdefault("GIT_AUTHOR_EMAIL", env["GIT_COMMITTER_EMAIL"])
    token = environ.get("GH_TOKEN") or environ.get("GITHUB_TOKEN")
    if token and repository.startswith("https://"):
        basic = base64.b64encode(f"x-access-token:{token}".encode()).decode()
        count = int(env.get("GIT_CONFIG_COUNT", "0") or 0)
        env[f"GIT_CONFIG_KEY_{count}"] = "http.extraHeader"
        env[f"GIT_CONFIG_VALUE_{count}"] = f"Authorization: Basic {basic}"
        env["GIT_CONFIG_COUNT"] = str(count + 1)
    return env


def _git_in(folder: Path, env: dict[str, str]) -> Callable[..., subprocess.CompletedProcess[str]]:
    def git(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(["git", *args], cwd=folder, env=env, capture_output=True, text=True,
                              check=False, timeout=300)
        if check and done.returncode != 0:
            raise PublishError(f"git {args[0]} failed ({_last_line(done.stderr)})")
        return done

    return git


def _check_tree(git: Callable[..., subprocess.CompletedProcess[str]], branch: str, site: Path,
                cname: bool) -> None:
    """The commit must hold exactly the checked site (plus .nojekyll and CNAME)."""
    committed = set(git("ls-tree", "-r", "--name-only", "-z", branch).stdout.split("\0")) - {""}
    expected = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    expected |= {".nojekyll"} | ({"CNAME"} if cname else set())
    if committed != expected:
        raise PublishError("The commit does not hold exactly the checked site "
                           f"({len(committed ^ expected)} file(s) differ); nothing was pushed")


def _count(site: Path) -> int:
    return sum(1 for p in site.rglob("*") if p.is_file())


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no message"
