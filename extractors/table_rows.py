"""A table being assembled, and what the text and PDF table readers share: reference
cells ("1", "12.", "(3)", "2.1", "A4", "iv)"), header comparison for a header repeated on
the next page, and a row split by a page break joined back together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.labels import parse_labels
from minutebook.document import Document



# A reference cell in a number column: "1", "12.", "(3)", "2.1", "A4", "R12", "iv)".
_REF = re.compile(r"^\(?(?:[A-Za-z]{0,3}\d{1,4}(?:\.\d{1,3})*[a-z]?|[ivxlc]{1,6})[.):]?$", re.IGNORECASE)
_DASH_ROW = re.compile(r"^[\s\t]*-{2,}[-\s\t]*$")
_FIRST_REF = re.compile(r"^\(?(?:1|a|i)[.):]?$", re.IGNORECASE)


# Lines that may sit between two parts of one table: a heading, a page number, a banner.
_MAX_GAP_LINES = 8
_MAX_GAP_TEXT_LINES = 3
_MAX_HEADING_CHARS = 120
_MAX_SANDWICHED_CHARS = 80


# Groups of one table's rows are often separated by a blank line (a work programme by month).
_MAX_BLANK_GAP = 2


# Header rows are short labels; a second header row ("£m", "(1-5)", "Year 1") is shorter still.
_MAX_SUBHEADER_CELL = 16


# A figure, which makes a row data: "28.4", "-1,655", "(3)", "12%", "£5,000".
_FIGURE = re.compile(r"^[-+(]?[£$€]?\d[\d,.]*%?\)?$")


@dataclass
class _Table:
    """A table being assembled: header, data rows and the line span of each row."""

    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    row_lines: list[list[int]] = field(default_factory=list)
    row_sections: list[str | None] = field(default_factory=list)
    page: int | None = None
    line_start: int = 1
    line_end: int = 1
    header_block: list[list[str]] = field(default_factory=list)  # PDF: header rows as printed
    title: str | None = None  # PDF: a title printed as the table's first row, across it
    pages: int = 1  # PDF: pages the table covers so far


def _pad(cells: list[str], n: int) -> list[str]:
    """Given cells, return exactly ``n`` of them (missing trailing cells are empty strings)."""
    return (list(cells) + [""] * n)[:n]


# The note a repeated header carries on the next page: "CIRCULATION (CONTINUED)", "Actions (cont'd)".
_CONTINUED = re.compile(r"\(?\b(?:continued|cont(?:'|’)?d|contd|cont\.)\)?", re.IGNORECASE)


def _norm(cell: str) -> str:
    """Given a header cell, return it in a form that compares equal across repeats (a
    "(continued)" note dropped)."""
    return re.sub(r"[\s:.*_]+", " ", _CONTINUED.sub("", cell)).strip().lower()


def _same_header(a: list[str], b: list[str]) -> bool:
    """Given two rows, say whether they print the same header."""
    na = [_norm(c) for c in a]
    nb = [_norm(c) for c in b]
    # A repeated header shifted by a stray leading tab is still the same header.
    while na and not na[0]:
        na.pop(0)
    while nb and not nb[0]:
        nb.pop(0)
    while na and not na[-1]:
        na.pop()
    while nb and not nb[-1]:
        nb.pop()
    return bool(na) and any(na) and na == nb


def _is_number_column(cells: list[str]) -> bool:
    """Given a column's cells, say whether it holds row numbers or refs ("1.", "12", "R3")."""
    filled = [c for c in cells if c.strip()]
    if len(filled) < 2:
        return False
    return sum(1 for c in filled if _REF.match(c.strip())) >= 0.6 * len(filled)


def _join_cells(a: str, b: str) -> str:
    """Given a cell and its continuation, return them joined with one space."""
    a, b = a.strip(), b.strip()
    return f"{a} {b}" if a and b else a or b


def _append_continuation(table: _Table, cells: list[str], line_no: int) -> None:
    """Given a row that continues the table's last row, join its cells into that row."""
    last = table.rows[-1]
    width = max(len(last), len(cells))
    table.rows[-1] = [_join_cells(x, y) for x, y in zip(_pad(last, width), _pad(cells, width))]
    table.row_lines[-1][1] = line_no



def _opens_numbered_item(line: str) -> bool:
    """Say whether a line opens an item of business by its number ("*19. Purchasing", "7.
    Finance"); a lettered or sub-numbered heading ("b) Discharged", "2.1 Outstanding") may head
    the next part of the same table."""
    return any(label.scheme == "number" and label.punct.strip() for label in parse_labels(line))


def _gap_is_furniture(doc: Document, after: int, before: int) -> tuple[bool, str | None]:
    """Given the lines strictly between two runs, say whether only a heading/furniture sits there.

    Returns (joinable, heading): the last short text line is the heading of the next part.
    """
    between = [doc.lines[i - 1] for i in range(after + 1, before)]
    if len(between) > _MAX_GAP_LINES:
        return False, None
    text = [ln.strip() for ln in between if ln.strip() and not _DASH_ROW.match(ln)]
    # A heading or page furniture is short and is not a sentence ending in a full stop; an
    # item of business with its own number ("*19. Purchasing - ...") opens another table.
    if len(text) > _MAX_GAP_TEXT_LINES or any(len(t) > _MAX_HEADING_CHARS or t.endswith(".") or _opens_numbered_item(t)
                                              for t in text):
        return False, None
    return True, (text[-1] if text else None)


def _caption(cells: list[str]) -> bool:
    """Given a row, say whether it is a caption: one label in the first cell, nothing else
    ("Secondary Train the Trainer", "Edge of Care - Edge of Care Panel")."""
    first = cells[0].strip() if cells else ""
    return bool(first) and not first[0].islower() and not any(c.strip() for c in cells[1:])



def _title(rows: list[list[str]]) -> str | None:
    """Given a table's rows, return the title printed as its first row, if it has one.

    Spreadsheets print the sheet's title inside the ruled area, as one cell across the
    table ("APPENDIX A - CAPITAL INVESTMENT SUMMARY 2025-26 TO 2034-35"), and converted packs
    keep a chart's caption as a first line with empty cells; the column header is the row
    below it.
    """
    if len(rows) < 3 or len(rows[0]) < 3:
        return None
    second = [c for c in rows[1] if c]
    if _caption(rows[0]) and len(second) >= 2:
        return rows[0][0].strip()
    return None
