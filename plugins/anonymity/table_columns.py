"""The columns of pasted tables: a heading is the cue of every cell beneath it.

A spreadsheet pasted into a story as a Markdown table ("| Name | DOB | ... |") or as lines of
tab-separated cells says what each value is once, in its heading row; the rows below carry only
the values ("04/05/1998", "XY-QR-25-003311"). So a rule that knows a value by its cue reads the
heading above a cell as that cue. Cells are counted by their separators ("|" or a tab), so a row
with a cell left out shifts no other column. Under a date of birth's heading (dates.py), lines of
comma-separated values count as a table too, each row with as many cells as its heading row; the
cues of record numbers (identifiers.py) are read from Markdown and tab-separated tables only, as
prose has commas everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator

_MAX_ROWS = 500
_MAX_HEADING = 40
_STRIP = " \t*_`"


def _line_at(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def _separator(line: str, commas: bool = False) -> str | None:
    """ "|" for a Markdown table's line, a tab for a line of tab-separated cells, a comma (when
    `commas`) for a line of two or more short comma-separated cells, else None."""
    if line.lstrip(" \t>").startswith("|"):
        return "|"
    if "\t" in line.strip():
        return "\t"
    if commas and line.count(",") >= 2 and all(len(cell) <= _MAX_HEADING for cell in line.split(",")):
        return ","
    return None


def _cell(text: str, start: int, end: int, separator: str, index: int) -> tuple[int, int] | None:
    """The span (without padding) of the index-th cell of the line [start, end), counted by the
    separators before it."""
    bounds = [start - 1, *(i for i in range(start, end) if text[i] == separator), end]
    if index + 1 >= len(bounds):
        return None
    left, right = bounds[index] + 1, bounds[index + 1]
    while left < right and text[left] in _STRIP:
        left += 1
    while right > left and text[right - 1] in _STRIP:
        right -= 1
    return left, right


def _is_rule(text: str, start: int, end: int) -> bool:
    """ "| --- | :---: |": the line under a Markdown table's heading."""
    return set(text[start:end]) <= set("|-: \t")


def cells_below(text: str, at: int) -> Iterator[tuple[int, int]]:
    """The cells of the column whose heading cell holds offset `at`, row by row: nothing when
    `at` is not in the first line of a table, or its cell is longer than a heading. Lines of
    comma-separated values count as a table here, each row with as many cells as the heading."""
    start, end = _line_at(text, at)
    separator = _separator(text[start:end], commas=True)
    if separator is None or (start > 0 and _separator(text[_line_at(text, start - 1)[0] : start - 1], True) == separator):
        return  # not a table's first line
    index, width = text.count(separator, start, at), text.count(separator, start, end)
    heading = _cell(text, start, end, separator, index)
    if heading is None or heading[1] - heading[0] > _MAX_HEADING:
        return
    for _ in range(_MAX_ROWS):
        if end >= len(text):
            return
        start, end = _line_at(text, end + 1)
        if _separator(text[start:end], True) != separator or separator == "," and text.count(",", start, end) != width:
            return
        if separator == "|" and _is_rule(text, start, end):
            continue
        cell = _cell(text, start, end, separator, index)
        if cell is not None and cell[1] > cell[0]:
            yield cell


def body_cells(text: str) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """Each (cell, its column's heading cell) of every table's body, headings no longer than a
    heading is."""
    at = min((found for mark in "|\t" if (found := text.find(mark)) >= 0), default=-1)
    if at < 0:
        return
    start = text.rfind("\n", 0, at) + 1
    headings: list[tuple[int, int] | None] = []
    table_separator = None
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        separator = _separator(text[start:end])
        if separator != table_separator:  # a table starts (its heading row) or ends
            table_separator = separator
            headings = [] if separator is None else _cells(text, start, end, separator)
        elif separator is not None and not (separator == "|" and _is_rule(text, start, end)):
            for index, cell in enumerate(_cells(text, start, end, separator)):
                heading = headings[index] if index < len(headings) else None
                if cell is not None and heading is not None and cell[1] > cell[0] \
                        and 0 < heading[1] - heading[0] <= _MAX_HEADING:
                    yield cell, heading
        start = end + 1


def _cells(text: str, start: int, end: int, separator: str) -> list[tuple[int, int] | None]:
    count = text.count(separator, start, end) + 1
    return [_cell(text, start, end, separator, index) for index in range(count)]
