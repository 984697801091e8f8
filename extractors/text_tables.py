"""Tables in text packs: tab-separated rows (HTML tables arrive already converted to tabs)
and pipe (markdown) tables.

A run that restarts with the same header after only a heading, blank lines or page
furniture continues the table before it; a row whose number column is empty continues the
row above (split by a page break); a short plain line between two tab-separated lines is a
row whose trailing cells were empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.table_rows import (
    _DASH_ROW,
    _FIRST_REF,
    _MAX_BLANK_GAP,
    _MAX_GAP_LINES,
    _MAX_HEADING_CHARS,
    _MAX_SANDWICHED_CHARS,
    _Table,
    _append_continuation,
    _caption,
    _gap_is_furniture,
    _is_number_column,
    _same_header,
    _title,
)
from minutebook.document import Document

_PIPE_ROW = re.compile(r"^\s*(?:[-*+]\s+)?\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BULLET_PREFIX = re.compile(r"^\s*[-*+]\s+(?=\|)")


def _row_kind(line: str) -> str:
    """Given a line, return 'tab', 'pipe', 'sep' (pipe separator), 'blank' or 'text'."""
    if not line.strip():
        return "blank"
    if "\t" in line:
        return "tab"
    if _PIPE_SEPARATOR.match(line) and "|" in line:
        return "sep"
    if _PIPE_ROW.match(line) and line.count("|") >= 3:
        return "pipe"
    return "text"


def _cells(line: str, kind: str) -> list[str]:
    """Given a table line and its kind, return its cells (stripped, inner spaces collapsed)."""
    if kind == "pipe":
        body = _BULLET_PREFIX.sub("", line).strip()
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
        parts = re.split(r"(?<!\\)\|", body)
    else:
        parts = line.split("\t")
    return [" ".join(p.split()) for p in parts]


@dataclass
class _Run:
    """Consecutive table lines of one kind: (line_no, cells) per row."""

    kind: str
    rows: list[tuple[int, list[str]]]


def _runs(doc: Document) -> list[_Run]:
    """Given a document, return its runs of tab-separated or pipe table lines.

    A short plain line between two tab-separated lines is a row whose trailing cells were
    empty (the trailing tabs are lost when lines are trimmed), so it stays in the run.
    """
    runs: list[_Run] = []
    current: _Run | None = None
    kinds = [_row_kind(line) for line in doc.lines]
    for index, line in enumerate(doc.lines):
        line_no = index + 1
        kind = kinds[index]
        if (
            kind == "text"
            and current is not None
            and current.kind == "tab"
            and index + 1 < len(kinds)
            and kinds[index + 1] == "tab"
            and len(line.strip()) <= _MAX_SANDWICHED_CHARS
        ):
            current.rows.append((line_no, [" ".join(line.split())]))
            continue
        if kind == "sep" and current is not None and current.kind == "pipe":
            continue  # the |---| line under a markdown header is not a row
        if kind == "tab" and current is not None and _DASH_ROW.match(line):
            continue  # a rule drawn with dashes under a row ("----\t---\t---") is not a row
        if kind in ("tab", "pipe"):
            if current is not None and current.kind == kind:
                current.rows.append((line_no, _cells(line, kind)))
                continue
            current = _Run(kind, [(line_no, _cells(line, kind))])
            runs.append(current)
            continue
        if kind == "sep":
            current = _Run("pipe", [])
            runs.append(current)
            continue
        current = None
    return [r for r in runs if r.rows and max(len(c) for _, c in r.rows) >= 2]


def _grouped(rows: list[list[str]]) -> bool:
    """Given rows, say whether they print a group label once, leaving the first cell empty below."""
    return len(rows) >= 2 and bool(rows[0] and rows[0][0]) and any(r and not r[0] and any(r[1:]) for r in rows[1:])


def _width(rows: list[list[str]]) -> int:
    """Given rows, return the widest row's number of cells."""
    return max((len(r) for r in rows), default=0)


def _heading_before(doc: Document, line_no: int) -> str | None:
    """Given a table's first line, return the short heading printed just above it, if any."""
    for i in range(line_no - 1, max(0, line_no - 4), -1):
        text = doc.lines[i - 1].strip()
        if text:
            return text if len(text) <= _MAX_HEADING_CHARS and _row_kind(text) == "text" else None
    return None


def _text_tables(doc: Document) -> list[_Table]:
    """Given a document, return the tab-separated and pipe tables in its text."""
    tables: list[_Table] = []
    previous: tuple[_Run, _Table] | None = None
    for run in _runs(doc):
        carried = _carried_on(doc, previous[1], run) if previous is not None and previous[0].kind == run.kind else None
        if carried is not None:
            table = previous[1]
            rows, section, split_row = carried  # split_row: the first may finish a row a page break cut
        else:
            title = _title([c for _, c in run.rows])
            head = 1 if title is not None else 0
            table = _Table(header=run.rows[head][1], line_start=run.rows[0][0], line_end=run.rows[0][0], title=title)
            tables.append(table)
            rows, section, split_row = run.rows[head + 1:], _heading_before(doc, run.rows[0][0]), False
        number_column = _is_number_column([c[0] for _, c in run.rows[1:]] + [r[0] for r in table.rows if r])
        for index, (line_no, cells) in enumerate(rows):
            first = cells[0].strip() if cells else ""
            # A row with an empty number cell continues the numbered row above it (a cell the
            # conversion broke over lines); under a row that has no number itself, it is a
            # row of its own (a form's "DATE:" and "TITLE:" rows).
            is_continuation = bool(number_column and table.rows and not first and table.rows[-1][0].strip())
            if split_row and index == 0 and table.rows and _continues(cells):
                is_continuation = True
            if is_continuation:
                _append_continuation(table, cells, line_no)
            else:
                table.rows.append(cells)
                table.row_lines.append([line_no, line_no])
                table.row_sections.append(section)
        table.line_end = run.rows[-1][0]
        previous = (run, table)
    return [t for t in tables if t.rows]


def _carried_on(doc: Document, table: _Table, run: _Run) -> tuple[list, str | None, bool] | None:
    """Given the table before and the next run of rows, return (rows to add, their section
    heading, whether the first may finish a row a page break cut) when the run carries that
    table on, else None."""
    first_line, first_cells = run.rows[0]
    joinable, heading = _gap_is_furniture(doc, table.line_end, first_line)
    if joinable and _same_header(table.header, first_cells):
        return run.rows[1:], heading or _last_section(table), True  # its header printed again
    if _numbering_continues(doc, table, run):
        # A numbered list printed over pages without its header repeated: the page footer
        # and banner between the parts do not end it ("17", then "18").
        return run.rows, _last_section(table), False
    if not (joinable and heading is None and first_line - table.line_end - 1 <= _MAX_BLANK_GAP):
        return None
    cells = [c for _, c in run.rows]
    # After blank lines only: the next group of a grouped table (its first part may be
    # narrower: a chart's data under a line of indicator numbers); or more rows of the same
    # table (a form's sections, a list of projects) unless they start with a header or a
    # title of their own, or start numbering again from 1.
    if _groups_continue(cells, table.rows) or (
        _width(cells) <= _width([table.header] + table.rows)
        and not (_header_like(first_cells) or _FIRST_REF.match(first_cells[0].strip()) or _caption(first_cells))
    ):
        return run.rows, _last_section(table), False
    return None


def _groups_continue(rows: list[list[str]], before: list[list[str]]) -> bool:
    """Given a run of rows after blank lines and the rows of the table before, say whether
    the run is the next group of that table: rows under a group label in the first column
    ("IN MONTH PERFORMANCE", then "YTD", "ANNUAL TREND"), whose later rows leave it empty.
    A group may have one row, and the table before may so far hold only a line of
    indicator names under indicator numbers, or a list of them one per row."""
    if not rows or not rows[0] or not rows[0][0].strip():
        return False
    if not (_grouped(rows) or len(rows) == 1):
        return False
    names_only = bool(before) and all(r and not any(c.strip() for c in r[1:]) for r in before)
    return _grouped(before) or ((len(before) == 1 or names_only) and _grouped(rows))


def _numbering_continues(doc: Document, table: _Table, run: _Run) -> bool:
    """Given a table and the next run of rows, say whether the run carries on the table's
    numbered rows (its first number follows the table's last) across page furniture only."""
    refs = [r[0].strip().rstrip(".") for r in table.rows if r and r[0].strip()]
    first = run.rows[0][1][0].strip().rstrip(".") if run.rows[0][1] else ""
    if not refs or not refs[-1].isdigit() or not first.isdigit() or int(first) != int(refs[-1]) + 1:
        return False
    if _width([c for _, c in run.rows]) != _width([table.header] + table.rows):
        return False
    between = [doc.lines[i - 1].strip() for i in range(table.line_end + 1, run.rows[0][0])]
    return len(between) <= 2 * _MAX_GAP_LINES and not any(len(t) > 2 * _MAX_HEADING_CHARS for t in between)


def _header_like(cells: list[str]) -> bool:
    """Given a row, say whether it reads like a header: short labels, no sentences."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(len(c) <= 40 and not c.endswith(".") for c in filled)


def _continues(cells: list[str]) -> bool:
    """Given the first row after a repeated header, say whether it is the rest of the row
    the page break cut: most cells empty (only the long ones ran on), or its text starting
    in the middle of a sentence."""
    filled = [c.strip() for c in cells if c.strip()]
    if not filled:
        return False
    sparse = not cells[0].strip() and len(filled) <= len(cells) // 2
    return sparse or filled[0][0].islower()


def _last_section(table: _Table) -> str | None:
    """Given a table being assembled, return the section heading of its last row."""
    return table.row_sections[-1] if table.row_sections else None
