"""What a check reports about a source file, and how it is shown to a comms officer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One reason a source file cannot be published as it is."""

    path: str
    line: int
    message: str
    advice: str
    column: int = 1
    severity: str = "error"  # or "warning", or "accepted" for a finding an author allowed
    check: str = ""  # the module of the check that found it (set by the publish gate)

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def describe(self) -> str:
        """One line that names the file, the line and what to do."""
        return f"{self.path}:{self.line}:{self.column}: {self.message}. {self.advice}"
