"""What breaks on Windows and can be checked here (issue 15)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# "%-d" (no leading zero) is a glibc extension: Windows' strftime rejects it.
NO_PAD = re.compile(r"%-[a-zA-Z]")
# Pelican formats its own date settings with zero stripping on every platform.
PELICAN_FORMATS = {"DEFAULT_DATE_FORMAT", "DATE_FORMATS"}


def docstrings(tree: ast.AST) -> set[int]:
    """The ids of the docstring nodes: prose, where "%-escapes" is not a date format."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def pelican_settings(tree: ast.AST) -> set[int]:
    """The ids of the strings assigned to Pelican's own date format settings."""
    return {id(inner) for node in ast.walk(tree) if isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id in PELICAN_FORMATS for t in node.targets)
            for inner in ast.walk(node.value)}


def python_formats(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string in a Python file, docstrings and Pelican's settings aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = docstrings(tree) | pelican_settings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped]


def test_no_strftime_format_uses_a_platform_only_flag():
    found = [f"{path.relative_to(ROOT)}:{line}: {text.strip()}"
             for path in [*ROOT.glob("plugins/**/*.py"), *ROOT.glob("*.py")]
             for line, text in python_formats(path) if NO_PAD.search(text)]
    found += [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
              for path in [*ROOT.glob("plugins/**/*.html"), *ROOT.glob("theme/**/*.html")]
              for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
              if NO_PAD.search(line)]
    assert found == []


def test_the_scan_finds_a_format_and_leaves_prose_alone(tmp_path):
    code = tmp_path / "code.py"
    code.write_text('"""Decodes %-escapes."""\nDATE_FORMATS = {"en": "%-d %B"}\n'
                    'day = when.strftime("%-d %B")\n', encoding="utf-8")
    assert [line for line, text in python_formats(code) if NO_PAD.search(text)] == [3]
