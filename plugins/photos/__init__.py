"""Pictures: how a story's photo is published (its size, upright, and the smaller and WebP
copies its page offers, `plan`), and the site's icon, drawn in its colours (`favicon`).

`plan` needs neither Pelican nor a build: the anonymity guard, which writes every published
picture, and the story model, which gives pages their sizes, both read it.
"""


def register() -> None:
    """Pelican entry point: the site's icon (favicon.ico and its companions at the root)."""
    from .plugin import register as connect  # noqa: PLC0415 - keeps `plan` Pelican-free

    connect()
