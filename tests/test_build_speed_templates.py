"""Compiled templates are kept in the cache folder (plugins/preview_rebuild/templates.py): a
build on kept caches does not compile the theme again, and an edited template shows."""

from __future__ import annotations

import json
import shutil

from bs4 import BeautifulSoup

from conftest import ROOT, copy_content, run_pelican

PAGE = "case-studies/sam-clears-the-towpath/"


def test_an_edited_template_shows_on_a_build_with_kept_caches(tmp_path):
    content = copy_content(tmp_path)
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    cache = tmp_path / "cache"
    flags = ["-e", f"CACHE_PATH={json.dumps(str(cache))}", f"THEME={json.dumps(str(theme))}"]
    first = run_pelican(content, tmp_path / "first", *flags)
    assert first.returncode == 0, first.log
    compiled = {path.name: path.read_bytes() for path in (cache / "templates").iterdir()}
    assert len(compiled) >= 10, "the theme's templates, compiled"
    article = theme / "templates" / "article.html"
    article.write_text(article.read_text(encoding="utf-8").replace(
        '<h2 id="more">More from', '<h2 id="more">Read more from'), encoding="utf-8")
    again = run_pelican(content, tmp_path / "again", *flags)
    assert again.returncode == 0, again.log
    heading = BeautifulSoup(again.page(PAGE).read_bytes(), "lxml").find(id="more")
    assert heading.get_text().startswith("Read more from"), heading
    recompiled = {path.name: path.read_bytes() for path in (cache / "templates").iterdir()}
    assert sum(compiled.get(name) != code for name, code in recompiled.items()) == 1
