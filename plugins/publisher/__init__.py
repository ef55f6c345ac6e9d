"""Publishing: build, check the output twice, then upload all-or-nothing (or package a zip).

The modules other than `plugin` need no running Pelican: `sources`, `output_text`,
`output_check`, `hygiene`, `targets`, `packaging` and `pipeline` (the `invoke publish` and
`invoke package` tasks, and `python -m publisher`).
"""


def register() -> None:
    """Pelican entry point: the output hygiene part (robots.txt)."""
    from .plugin import register as connect  # noqa: PLC0415 - keeps the package Pelican-free

    connect()
