"""What the check of a built folder reads besides the folder: the trust's guard and allow-list,
and what the published stories declare (pseudonyms, `Allow:`). Worked out in one place, so the
check at the end of a build and the workers that check pages as they are written
(`ahead.py`) read with the same."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from plugins.anonymity.api import Allowlist, GuardSettings, trust_guard

from .sources import Declarations, Sources, publish_check, read_sources


@dataclass(frozen=True)
class CheckInputs:
    sources: Sources
    declarations: Declarations
    allowlist: Allowlist
    guard: GuardSettings


def check_inputs(settings: dict) -> CheckInputs:
    """The inputs of the built-site check, from the settings and the content folder."""
    content = Path(settings["PATH"])
    guard = trust_guard(settings, content)
    allowlist = Allowlist((*guard.allowlist.phrases, *own_accounts(settings)))
    sources = read_sources(content)
    declarations = sources.declarations()
    declarations.allowances += publish_check(settings)[0]["allow"]
    return CheckInputs(sources, declarations, allowlist, guard.settings)


def own_accounts(settings: dict) -> list[str]:
    """The trust's own accounts, which its settings put on pages and in the kit."""
    campaign = settings.get("CAMPAIGN") or {}
    accounts = [*(campaign.get("accounts") or {}).values(),
                *(settings.get("SOCIAL_ACCOUNTS") or {}).values()]
    return [account for account in accounts if isinstance(account, str) and account]
