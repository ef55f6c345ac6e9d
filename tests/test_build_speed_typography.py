"""Markdown's and typogrify's HTML is kept in the cache folder: a build on kept caches
converts only the texts that changed, and an edited story shows its new text, typographed."""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup

from conftest import copy_content, run_pelican

STORY = "case-studies/sam-clears-the-towpath.md"
EDIT = '\n\nSam said the work was "worth it -- every minute" and came back the next week...\n'


def converted(log: str) -> tuple[int, int]:
    """(converted, taken from the cache) as the build's log gives them."""
    found = re.search(r"typography: (\d+) texts converted, (\d+) from the cache", log)
    assert found, log[-3000:]
    return int(found[1]), int(found[2])


def test_a_build_on_kept_caches_converts_only_the_edited_story(tmp_path):
    content = copy_content(tmp_path)
    flags = ["-v", "-e", f"CACHE_PATH={json.dumps(str(tmp_path / 'cache'))}"]
    first = run_pelican(content, tmp_path / "first", *flags)
    assert first.returncode == 0, first.log
    made, reused = converted(first.log)
    assert made > 20 and reused == 0
    story = content / STORY
    story.write_text(story.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
    again = run_pelican(content, tmp_path / "again", *flags)
    assert again.returncode == 0, again.log
    made_again, reused_again = converted(again.log)
    # its body: Markdown, typogrify and the sanitiser
    assert 1 <= made_again <= 3 and made_again + reused_again == made
    page = BeautifulSoup((again.page("case-studies/sam-clears-the-towpath/")).read_bytes(), "lxml")
    text = page.article.get_text()
    assert "\u201cworth it \u2013 every minute\u201d" in text or \
        "\u201cworth it \u2014 every minute\u201d" in text, text[-400:]
    assert "next\u00a0week\u2026" in text
    first_page = (tmp_path / "first" / "case-studies" / "sam-clears-the-towpath" / "index.html")
    assert "worth it" not in first_page.read_text(encoding="utf-8")
