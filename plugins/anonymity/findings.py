"""What the guard reports: findings, accepted allowances and per-story or per-folder reports.

A finding is data; how it is shown (terminal, JSON, HTML preview) lives in report.py.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

ERROR = "error"
WARNING = "warning"

REMOVE_NUMBER = "remove the number"
USE_PSEUDONYM = "replace with a pseudonym and add it to Pseudonyms:"


@dataclass(frozen=True)
class Hit:
    """A detection as character offsets into the whole story text, before line mapping."""

    start: int
    end: int
    kind: str
    severity: str
    message: str
    suggestion: str


@dataclass(frozen=True)
class Finding:
    """One identifying detail at a 1-based line and column; end_column is exclusive."""

    path: str
    line: int
    column: int
    end_column: int
    kind: str
    severity: str
    text: str
    message: str
    suggestion: str

    def to_dict(self) -> dict[str, str | int]:
        """Return the finding as a JSON-ready dict, keys in the documented order."""
        return asdict(self)


@dataclass(frozen=True)
class Allowance:
    """A per-story `Allow:` entry and the findings it accepted (empty when it matched nothing)."""

    path: str
    line: int
    text: str
    reason: str
    accepted: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class PseudonymUse:
    """A declared pseudonym that the story uses, so a name it accepts as invented."""

    path: str
    line: int
    name: str
    uses: int


@dataclass
class StoryReport:
    """Everything the guard found in one story, and everything its declarations accepted."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    allowances: list[Allowance] = field(default_factory=list)
    pseudonyms: list[PseudonymUse] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        """Findings that must stop the story from being published."""
        return [f for f in self.findings if f.severity == ERROR]


@dataclass
class FolderReport:
    """The reports of every story below a content folder."""

    stories: list[StoryReport] = field(default_factory=list)

    @property
    def files_checked(self) -> int:
        """How many files were read."""
        return len(self.stories)

    @property
    def findings(self) -> list[Finding]:
        """All findings, in path, line and column order."""
        return [f for story in self.stories for f in story.findings]

    @property
    def allowances(self) -> list[Allowance]:
        """All per-story allowances, used or not."""
        return [a for story in self.stories for a in story.allowances]

    @property
    def pseudonyms(self) -> list[PseudonymUse]:
        """All declared pseudonyms that their story uses."""
        return [p for story in self.stories for p in story.pseudonyms]

    @property
    def acceptances(self) -> int:
        """How many details were accepted: findings by Allow:, and pseudonyms used."""
        return sum(len(a.accepted) for a in self.allowances) + len(self.pseudonyms)

    @property
    def errors(self) -> list[Finding]:
        """Findings that must stop publication."""
        return [f for f in self.findings if f.severity == ERROR]

    def to_dict(self) -> dict[str, object]:
        """Return the documented JSON shape: files_checked and findings, then what was accepted."""
        return {
            "files_checked": self.files_checked,
            "findings": [f.to_dict() for f in self.findings],
            "acceptances": self.acceptances,
            "allowances": [asdict(a) for a in self.allowances],
            "pseudonyms": [asdict(p) for p in self.pseudonyms],
        }
