"""Pelican adapter: the check of everything a build writes, and robots.txt.

The built-site check (output_check.py) runs at the end of every build but a preview, as a
receiver of the publish gate's `check_output`, on the output folder and on the campaign kit.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from pelican import signals

from plugins.anonymity.api import Allowlist, trust_guard
from plugins.publish_gate import Problem, check_output, stop_on_problems

from .blocked_links import blocked_domains, domain_problems
from .hygiene import robots_txt
from .output_check import PROCESSES_VARIABLE
from .output_check import check_output as check_built_files
from .sources import publish_check, read_sources

logger = logging.getLogger(__name__)
ADVICE = ("Find the story, setting or file that puts it there and fix it, then build again "
          "(the path is inside the built folder)")


def check_built_folder(_sender: Any, *, folder: Path, settings: dict, site: bool = True,
                       **_: Any) -> list[Problem]:
    """Receiver of the gate's `check_output`: every file of a built folder, as publishing
    would; the output rules (sitemap, robots.txt, no sources) only for a site. Verdicts on
    files already judged are kept under CACHE_PATH, one file for the site, one for the rest."""
    content = Path(settings["PATH"])
    guard = trust_guard(settings, content)
    allowlist = Allowlist((*guard.allowlist.phrases, *own_accounts(settings)))
    sources = read_sources(content)
    declarations = sources.declarations()
    declarations.allowances += publish_check(settings)[0]["allow"]
    report = check_built_files(folder, declarations, allowlist, guard.settings,
                               settings.get("SITEURL", ""), drafts=sources.draft_slugs(),
                               content=content, hygiene=site,
                               blocked=blocked_domains(settings) if site else (), verdicts=Path(
                                   settings.get("CACHE_PATH") or "cache",
                                   f"built-{'site' if site else 'files'}-verdicts.json"),
                               parallel=check_processes(settings))
    logger.info("publisher: %d built file(s) of %s checked, %d unchanged since their last check "
                "(checked in %d process%s)", report.checked, folder.name, report.reused,
                report.processes, "es" if report.processes > 1 else "")
    return [Problem(f"{folder.name}/{problem.path}", 1, problem.what, ADVICE)
            for problem in report.problems]


def check_processes(settings: dict) -> bool | None:
    """False for a build told to use no worker processes (SLINGSHOT_WORKERS = 0), unless
    SLINGSHOT_CHECK_PROCESSES asks otherwise; else None: the size of the folder decides."""
    if settings.get("SLINGSHOT_WORKERS") == 0 and not os.environ.get(PROCESSES_VARIABLE, "").strip():
        return False
    return None


def processes_problems() -> list[str]:
    """A problem when SLINGSHOT_CHECK_PROCESSES is set to anything but 1 or 2."""
    value = os.environ.get(PROCESSES_VARIABLE, "")
    if value.strip() in ("", "1", "2"):
        return []
    return [f"the environment variable {PROCESSES_VARIABLE} is {value!r}: set it to 1 (check the "
            "built site in the build's own process) or 2 (share the check with a second "
            "process), or unset it (the size of the site decides)"]


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


def check_settings(pelican: Any) -> None:
    """Stop before anything is built when PUBLISH_CHECK has a mistake."""
    stop_on_problems("publisher", domain_problems(pelican.settings))
    stop_on_problems("publisher", processes_problems(), "the environment")
    stop_on_problems("publisher", publish_check(pelican.settings)[1], "publishconf.py")


def register() -> None:
    # initialized: the settings are read and nothing is built yet.
    signals.initialized.connect(check_settings)
    check_output.connect(check_built_folder)
    # finalized fires after every page is written (and before pelican-precompress, which
    # runs on granular signals sent after it), so robots.txt gets compressed copies too.
    signals.finalized.connect(write_robots)
