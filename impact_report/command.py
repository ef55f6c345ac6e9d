"""`invoke impact`: read the logs (and the hand-noted figures), write impact/."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .figures import Figures
from .handfigures import FiguresError, read_figures
from .infographic import draw_infographic
from .logs import LogError, log_files, read_logs
from .report import write_report
from .site import Site, read_site


class ImpactError(Exception):
    """Something the user can put right: the message says what and how."""


def refuse_publishing(path: Path, output: Path) -> None:
    """The report names no one, but it is the trust's to publish or not: never into the site."""
    if path.resolve().is_relative_to(output):
        raise ImpactError(f"{path} is inside the site's output folder ({output}), which is "
                          "published: choose a folder outside it.")


def gather(logs: list[str], figures_csv: str, settings_file: Path
           ) -> tuple[dict[str, Any], Site, list[str]]:
    """(the JSON's figures, the site, the campaign's hours)."""
    try:
        site = read_site(settings_file)
    except ValueError as error:  # a setting the kit or the share cards refuse
        raise ImpactError(f"The settings cannot be used: {error}") from None
    try:
        paths = log_files(logs)
        hand = read_figures(Path(figures_csv)).summary() if figures_csv else None
        figures = Figures(site)
        tally = read_logs(paths, figures.add)
    except (LogError, FiguresError) as error:
        raise ImpactError(str(error)) from None
    summary = figures.summary(tally.lines)
    summary["unreadable_lines"] = tally.skipped
    summary["first_unreadable_line"] = tally.first_problem or None
    summary["log_files"] = [path.name for path in paths]
    if hand is not None:
        summary["hand_figures"] = hand
    return summary, site, figures.campaign_window()


def run(logs: list[str], figures_csv: str, json_out: str, folder: Path,
        settings_file: Path) -> str:
    """Write the JSON, the report and the infographic; what to tell the user."""
    if not logs:
        raise ImpactError("Give at least one access log: invoke impact --logs access.log")
    summary, site, window = gather(logs, figures_csv, settings_file)
    target = Path(json_out) if json_out else folder / "figures.json"
    for path in (folder, target):
        refuse_publishing(path, site.output)
    folder.mkdir(parents=True, exist_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (folder / "report.html").write_text(write_report(summary, site, window), encoding="utf-8")
    draw_infographic(summary, site, folder / "infographic.png")
    skipped = (f" {summary['unreadable_lines']:,} line(s) could not be read and were left "
               f"out; the first: {summary['first_unreadable_line']}"
               if summary["unreadable_lines"] else "")
    return (f"Read {summary['log_lines']:,} lines from {len(summary['log_files'])} file(s): "
            f"{summary['page_views']:,} page views, {summary['bot_requests_excluded']:,} by "
            f"crawlers left out.{skipped} Wrote {target}, {folder / 'report.html'} and "
            f"{folder / 'infographic.png'}.")
