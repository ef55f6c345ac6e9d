"""Live-post prompts: what each department might post as it happens on the campaign day.

Staff edit them in content/campaign-prompts.txt, one a line as `department: prompt`; a line
starting with # is a comment. Pelican never publishes a .txt file in content/ (no reader takes
it, and it is outside STATIC_PATHS); the prompts reach only the kit, which the guard checks.
"""

from __future__ import annotations

from pathlib import Path


def read_prompts(path: Path, departments: dict) -> tuple[dict[str, list[str]], list[str]]:
    """Each department's prompts, and every problem naming the file, the line and the fix.
    No file: no prompts."""
    if not path.is_file():
        return {}, []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as problem:
        return {}, [f"{path}: cannot be read ({problem}): save it as UTF-8 text"]
    prompts: dict[str, list[str]] = {}
    problems: list[str] = []
    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        slug, colon, prompt = line.partition(":")
        slug, prompt = slug.strip(), prompt.strip()
        if not colon or not prompt:
            problems.append(f"{path}, line {number}: write it as 'department: prompt', e.g. "
                            "'approved-premises: What the night shift is doing at 2am'")
        elif slug not in departments:
            problems.append(f"{path}, line {number}: {slug!r} is not a department: use one of "
                            f"{', '.join(departments)}")
        else:
            prompts.setdefault(slug, []).append(prompt)
    return prompts, problems
