"""Pelican adapter: the check of everything a build writes, and robots.txt.

The built-site check (output_check.py) runs at the end of every build but a preview, as a
receiver of the publish gate's `check_output`, on the output folder and on the campaign kit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pelican import signals

from anonymity.allowlist import Allowlist, load_allowlist
from anonymity.settings import guard_settings
from anonymity.story_check import allowlist_path, options
from publish_gate import Problem, check_output

from .hygiene import robots_txt
from .output_check import check_output as check_built_files
from .sources import read_sources

ADVICE = ("Find the story, setting or file that puts it there and fix it, then build again "
          "(the path is inside the built folder)")


def check_built_folder(_sender: Any, *, folder: Path, settings: dict, site: bool = True,
                       **_: Any) -> list[Problem]:
    """Receiver of the gate's `check_output`: every file of a built folder, as publishing
    would; the output rules (sitemap, robots.txt, no sources) only for a site."""
    content = Path(settings["PATH"])
    option = options(settings.get("ANONYMITY"))
    allowlist_file = allowlist_path(content, option["allowlist"])
    allowlist = load_allowlist(allowlist_file) if allowlist_file.is_file() else Allowlist()
    allowlist = Allowlist((*allowlist.phrases, *own_accounts(settings)))
    sources = read_sources(content)
    declarations = sources.declarations()
    declarations.allowances += list((settings.get("PUBLISH_CHECK") or {}).get("allow", []))
    report = check_built_files(folder, declarations, allowlist, guard_settings(option),
                               settings.get("SITEURL", ""), drafts=sources.draft_slugs(),
                               content=content, hygiene=site)
    return [Problem(f"{folder.name}/{problem.path}", 1, problem.what, ADVICE)
            for problem in report.problems]


def own_accounts(settings: dict) -> list[str]:
    """The trust's own accounts, which its settings put on pages and in the kit."""
    campaign = settings.get("CAMPAIGN") or {}
    accounts = [*(campaign.get("accounts") or {}).values(),
                *(settings.get("SOCIAL_ACCOUNTS") or {}).values()]
    return [account for account in accounts if isinstance(account, str) and account]


def write_robots(pelican: Any) -> None:
    """Write robots.txt at the top of the output: it names the sitemap and nothing else."""
    siteurl = pelican.settings.get("SITEURL", "")
    (Path(pelican.output_path) / "robots.txt").write_text(robots_txt(siteurl), encoding="utf-8")


def register() -> None:
    check_output.connect(check_built_folder)
    # finalized fires after every page is written (and before pelican-precompress, which
    # runs on granular signals sent after it), so robots.txt gets compressed copies too.
    signals.finalized.connect(write_robots)
