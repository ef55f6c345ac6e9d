"""The comms guide speaks plain words, and every command the docs give works as written (issue 15).

The README and docs/comms-guide.md are read as a reader sees them: rendered from Markdown
(CommonMark with tables, as GitHub shows them) and parsed as HTML. The comms team's text is
the README up to its section for developers, and the whole guide except its glossary, where the
few words that must stay are explained.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag
from invoke import Collection
from markdown_it import MarkdownIt
from pelican.settings import read_settings

from conftest import ROOT

README = ROOT / "README.md"
GUIDE = ROOT / "docs" / "comms-guide.md"
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# What the "same paragraph" checks look inside: a paragraph, a list item, a table row, a command.
BLOCKS = ("p", "li", "tr", "pre")
# Words a comms officer should not meet outside the glossary (issue 15).
JARGON = {
    "slug": r"\bslugs?\b",
    "Open Graph": r"\bopen\s+graph\b",
    "utm_source / utm_": r"\butm_",
    "graphemes": r"\bgraphemes?\b",
    "rsync over SSH": r"\brsync\s+over\s+ssh\b",
    "SIGTERM": r"\bsigterm\b",
    "stdout": r"\bstdout\b",
    "regex": r"\bregex",
    "plugin": r"\bplug-?ins?\b",
}
CTRL_C = re.compile(r"\bctrl\s*[-+]?\s*c\b", re.IGNORECASE)
VENV_TOOL = re.compile(r"\.venv[/\\](?:bin|Scripts)[/\\]([A-Za-z][\w.-]*)")
REQUIREMENTS = re.compile(r"\brequirements[\w-]*\.txt\b")
MODULE = re.compile(r"(?:^|\s)-m\s+([A-Za-z_](?:[\w.]*\w)?)")
INVOKE = re.compile(r"\binvoke\s+([a-z][\w-]*)([^;&|`]*)")
FLAG = re.compile(r"(?:^|\s)--([a-z][\w-]*)")


def rendered(path: Path) -> Tag:
    """The page a reader sees: the Markdown file rendered, as a parsed HTML body."""
    html = MarkdownIt("commonmark").enable("table").render(path.read_text(encoding="utf-8"))
    return BeautifulSoup(html, "lxml").body


def sections(page: Tag) -> Iterator[tuple[str, list[Tag]]]:
    """(heading, the elements under it up to the next heading); heading "h2 Publishing", say."""
    heading, elements = "", []
    for element in page.find_all(recursive=False):
        if element.name in HEADINGS:
            yield heading, elements
            heading, elements = f"{element.name} {element.get_text(' ', strip=True)}", []
        else:
            elements.append(element)
    yield heading, elements


def readme_top(page: Tag) -> list[Tag]:
    """The README before its first section (h2): what every reader reads first."""
    top = []
    for heading, elements in sections(page):
        if heading.startswith("h2 "):
            break
        top += elements
    return top


def comms_elements() -> list[Tag]:
    """The comms team's text: the README up to "For developers", the guide but its glossary."""
    readme = []
    for heading, elements in sections(rendered(README)):
        if "developers" in heading.lower():
            break
        readme += elements
    guide = [element for heading, elements in sections(rendered(GUIDE))
             if "glossary" not in heading.lower() for element in elements]
    return readme + guide


def blocks(elements: list[Tag]) -> list[str]:
    """The text of every paragraph, list item, table row and command among the elements."""
    found = []
    for element in elements:
        if element.name in BLOCKS:
            found.append(element)
        found += element.find_all(BLOCKS)
    return [block.get_text(" ") for block in found]


def commands(*paths: Path) -> list[str]:
    """Every piece of code the pages show (commands, settings, file names), as typed."""
    return [code.get_text() for path in paths for code in rendered(path).find_all("code")]


def test_the_readmes_top_links_to_the_comms_guide() -> None:
    links = [a["href"] for element in readme_top(rendered(README)) for a in element.find_all("a")]
    assert "docs/comms-guide.md" in links
    assert GUIDE.is_file()


@pytest.mark.parametrize("word", JARGON)
def test_the_comms_guide_uses_no_jargon_outside_its_glossary(word: str) -> None:
    pattern = re.compile(JARGON[word], re.IGNORECASE)
    found = [block.strip()[:120] for block in blocks(comms_elements()) if pattern.search(block)]
    assert found == [], f"'{word}' in the comms guide: say it in plain words, or in the glossary"


def test_the_glossary_explains_the_words_that_must_stay() -> None:
    glossary = [element for heading, elements in sections(rendered(GUIDE))
                if "glossary" in heading.lower() for element in elements]
    terms = {strong.get_text(strip=True).lower() for element in glossary
             for strong in element.find_all("strong")}
    assert {"file name", "feed", "preview", "markdown"} <= terms


def test_every_export_has_its_powershell_form_beside_it() -> None:
    texts = blocks(comms_elements())
    missing = [(name, block.strip()[:120]) for block in texts
               for name in re.findall(r"\bexport\s+([A-Z_]+)=", block)
               if f"$env:{name}" not in block]
    assert missing == []
    assert any("$env:GH_TOKEN" in block for block in texts)


def test_the_guide_says_how_to_stop_the_preview() -> None:
    told = [block for block in blocks(comms_elements())
            if "preview" in block.lower() and re.search(r"\bstop", block, re.IGNORECASE)
            and CTRL_C.search(block)]
    assert told, "nothing in the comms guide says how to stop the preview (Ctrl+C)"


def test_the_guide_names_where_small_places_and_the_allow_list_are_set() -> None:
    settings = read_settings(str(ROOT / "pelicanconf.py"))
    guide = [" ".join(element.get_text(" ") for element in elements)
             for _heading, elements in sections(rendered(GUIDE))]
    assert any("small_places" in text and "pelicanconf.py" in text for text in guide)
    assert "small_places" in settings["ANONYMITY"]
    assert any("allowlist.txt" in text and "content" in text for text in guide)
    assert (ROOT / "content" / "allowlist.txt").is_file()


def test_the_readme_gives_the_windows_commands_beside_the_linux_ones() -> None:
    top = readme_top(rendered(README))
    shown = [pre.code for pre in top if pre.name == "pre"]
    assert [code.get("class") for code in shown[:2]] == [["language-sh"], ["language-powershell"]]
    linux, windows = (code.get_text() for code in shown[:2])
    ci_command = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert linux.splitlines()[1] == ci_command, "CI runs the README's second command verbatim"
    for command in ("py -m venv .venv", r".venv\Scripts\pip install -r requirements.txt",
                    r".venv\Scripts\invoke build"):
        assert command in windows
    guide_code = commands(GUIDE)
    assert any(r".venv\Scripts\invoke" in code for code in guide_code)
    assert any(".venv/bin/invoke" in code for code in guide_code)


def test_no_powershell_command_uses_a_separator_powershell_5_lacks() -> None:
    shown = [code.get_text() for path in (README, GUIDE) for code in rendered(path).find_all("code")
             if "language-powershell" in (code.get("class") or [])]
    assert shown
    assert [command for command in shown if "&&" in command] == []


def test_every_tool_file_and_module_the_docs_name_exists() -> None:
    code = commands(README, GUIDE)
    scripts = Path(sys.prefix) / ("Scripts" if sys.platform == "win32" else "bin")
    tools = {tool for text in code for tool in VENV_TOOL.findall(text)}
    assert {"pip", "invoke"} <= tools
    assert [tool for tool in sorted(tools) if shutil.which(tool, path=str(scripts)) is None] == []
    files = {name for text in code for name in REQUIREMENTS.findall(text)}
    assert "requirements.txt" in files
    assert [name for name in sorted(files) if not (ROOT / name).is_file()] == []
    modules = {name for text in code for name in MODULE.findall(text)}
    assert [name for name in sorted(modules) if importlib.util.find_spec(name) is None] == []


def test_every_invoke_command_the_docs_give_exists_with_its_options() -> None:
    import tasks  # noqa: PLC0415 - the project's tasks.py, found through pytest.ini's pythonpath

    collection = Collection.from_module(tasks)
    wrong = []
    for text in commands(README, GUIDE):
        for name, rest in INVOKE.findall(text):
            if name not in collection.task_names:
                wrong.append(f"invoke {name}: no such command")
                continue
            arguments = collection[name].get_arguments()
            flags = {flag for argument in arguments for flag in argument.names}
            wrong += [f"invoke {name} --{flag}: no such option" for flag in FLAG.findall(rest)
                      if flag not in flags]
    assert wrong == []
