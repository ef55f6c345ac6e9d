"""The guard on identifier values from other projects' test suites.

`data/peer_vectors.json` holds, per kind, the values that Microsoft Presidio, python-stdnum
and the Ministry of Justice's hmpps-person-record and prison-api treat as valid in their own
tests (and some they treat as invalid), in every written form they test. Each valid value is
planted in a sentence twice: after its kind's cue ("His NHS number is …") and with no cue
("The note said …"); each invalid value with no cue. Prints the share of valid values found
as errors, and how many invalid ones were flagged.

Run: .venv/bin/python -m benchmarks.peer_vectors
"""

from __future__ import annotations

import json
from pathlib import Path

from plugins.anonymity.engine import check_story
from plugins.anonymity.findings import ERROR

VECTORS = Path(__file__).resolve().parent / "data" / "peer_vectors.json"
CUES = {"nhs_number": "NHS number", "ni_number": "NI number", "postcode": "postcode",
        "vehicle_reg": "reg", "passport": "passport", "driving_licence": "driving licence",
        "pnc_id": "PNC", "cro_number": "CRO"}


def values(entries: list) -> list[str]:
    return [entry["value"] if isinstance(entry, dict) else entry for entry in entries]


def flagged(sentence: str) -> bool:
    """Whether the guard blocks a one-line story holding `sentence`."""
    report = check_story(f"Title: x\n\n{sentence}\n")
    return any(finding.severity == ERROR for finding in report.findings)


def main() -> None:
    vectors = json.loads(VECTORS.read_text(encoding="utf-8"))
    invalid = [value for entry in vectors.values() for value in values(entry["invalid"])]
    wrong = sum(flagged(f"The note said {value} apparently.") for value in invalid)
    for mode in ("with a cue", "neutral"):
        found = total = 0
        for kind, entry in vectors.items():
            for value in values(entry["valid"]):
                lead = f"His {CUES[kind]} is" if mode == "with a cue" else "The note said"
                found += flagged(f"{lead} {value} apparently.")
                total += 1
        print(f"{mode}: {found}/{total} valid values found = {found / total:.3f}; "
              f"invalid values flagged: {wrong}/{len(invalid)}")


if __name__ == "__main__":
    main()
