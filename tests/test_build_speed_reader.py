"""The reader's sanitised HTML (nh3) is kept with Markdown's and typogrify's: a story read again
on kept conversions is not cleaned again, and any edit to the sanitiser's code cleans again."""

from __future__ import annotations

from pathlib import Path

import pytest
from pelican.settings import read_settings

from plugins.typography import remembered, safe_html
from plugins.typography.reader import TypographicMarkdownReader

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "content" / "case-studies" / "sam-clears-the-towpath.md"


def reader(cache: Path) -> TypographicMarkdownReader:
    """The project's reader with the settings a build gives it (typogrify taken over)."""
    settings = read_settings(str(ROOT / "pelicanconf.py"),
                             override={"PATH": str(ROOT / "content"), "CACHE_PATH": str(cache)})
    settings["SLINGSHOT_TYPOGRIFY"], settings["TYPOGRIFY"] = True, False
    return TypographicMarkdownReader(settings)


def refuse_to_clean(*_: object, **__: object) -> str:
    raise AssertionError("nh3 was asked to clean a text it cleaned in the last build")


def test_a_story_read_on_kept_conversions_is_not_cleaned_again(tmp_path, monkeypatch):
    first = reader(tmp_path / "cache").read(str(STORY))
    remembered.finish(None)  # the end of the first build: its conversions are kept
    monkeypatch.setattr(safe_html.nh3, "clean", refuse_to_clean)
    again = reader(tmp_path / "cache").read(str(STORY))
    assert again == first
    assert "<script" not in again[0] and again[1]["title"]


def test_an_edit_to_the_sanitiser_cleans_every_text_again(tmp_path, monkeypatch):
    reader(tmp_path / "cache").read(str(STORY))
    remembered.finish(None)
    edited = tmp_path / "safe_html.py"
    edited.write_text(Path(safe_html.__file__).read_text(encoding="utf-8") + "\n# edited\n",
                      encoding="utf-8")
    monkeypatch.setattr(remembered, "CODE", tuple(edited if path.name == edited.name else path
                                                  for path in remembered.CODE))
    remembered.code.cache_clear()
    monkeypatch.setattr(safe_html.nh3, "clean", refuse_to_clean)
    with pytest.raises(AssertionError, match="nh3 was asked"):
        reader(tmp_path / "cache").read(str(STORY))
    remembered.code.cache_clear()
