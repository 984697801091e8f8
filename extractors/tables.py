"""Tables printed in committee papers: action logs, work programmes, budgets, risk registers.

Two sources feed one record shape. PDF tables come from pdfplumber (``doc.pdf_tables``, found
by the reader); text packs carry tab-separated rows (HTML tables arrive already converted to
tabs) and pipe (markdown) tables. Papers print long tables over several pages and repeat the
header on each, so a run that restarts with the same header after only a heading, blank lines
or page furniture continues the table before it; and a row split by a page break continues
in a row whose number column is empty.

Each record carries ``row_lines`` (the line span of every data row) and ``row_sections`` (the
heading printed above the part of the table holding that row, e.g. "Actions Points
Discharged on 06.03.2014") so the actions extractor can cite rows and read their status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.common import span
from minutebook.document import Document, PdfTable, line_printing_row, prints, words

# A reference cell in a number column: "1", "12.", "(3)", "2.1", "A4", "R12", "iv)".
_REF = re.compile(r"^\(?(?:[A-Za-z]{0,3}\d{1,4}(?:\.\d{1,3})*[a-z]?|[ivxlc]{1,6})[.):]?$", re.IGNORECASE)
_DASH_ROW = re.compile(r"^[\s\t]*-{2,}[-\s\t]*$")
_FIRST_REF = re.compile(r"^\(?(?:1|a|i)[.):]?$", re.IGNORECASE)
_PIPE_ROW = re.compile(r"^\s*(?:[-*+]\s+)?\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_BULLET_PREFIX = re.compile(r"^\s*[-*+]\s+(?=\|)")
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


def extract_tables(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return its tables as records (header, rows, shape and provenance).

    Tables continued over pages with a repeated header come back as one table; rows split
    across a page break are joined. Never raises: odd input gives fewer tables.
    """
    try:
        return [dict(r) for r in doc.derived("tables.records", _table_records)]
    except Exception:  # an extractor must not stop the run on a pathological document
        return []


def _table_records(doc: Document) -> list[dict]:
    """Given a document, return its table records (see ``extract_tables``), computed once
    per document: the attendance and action extractors read them too."""
    tables = _pdf_tables(doc) + _text_tables(doc)
    tables.sort(key=lambda t: (t.line_start, t.line_end))
    records = []
    for index, table in enumerate(tables):
        n_cols = max([len(table.header)] + [len(r) for r in table.rows])
        header = _pad(table.header, n_cols)
        rows = [_pad(r, n_cols) for r in table.rows]
        record = {
            "index": index,
            "header": header,
            "rows": rows,
            "n_rows": len(rows),
            "n_cols": n_cols,
            **span(doc, table.line_start, table.line_end),
            "row_lines": [list(x) for x in table.row_lines],
            "row_sections": list(table.row_sections),
        }
        if table.page is not None:
            record["page"] = table.page
        record["title"] = table.title
        records.append(record)
    return records


def _pad(cells: list[str], n: int) -> list[str]:
    """Given cells, return exactly ``n`` of them (missing trailing cells are empty strings)."""
    return (list(cells) + [""] * n)[:n]


def _norm(cell: str) -> str:
    """Given a header cell, return it in a form that compares equal across repeats."""
    return re.sub(r"[\s:.*_]+", " ", cell).strip().lower()


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


# --- text packs -------------------------------------------------------------------------


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


def _gap_is_furniture(doc: Document, after: int, before: int) -> tuple[bool, str | None]:
    """Given the lines strictly between two runs, say whether only a heading/furniture sits there.

    Returns (joinable, heading): the last short text line is the heading of the next part.
    """
    between = [doc.lines[i - 1] for i in range(after + 1, before)]
    if len(between) > _MAX_GAP_LINES:
        return False, None
    text = [ln.strip() for ln in between if ln.strip() and not _DASH_ROW.match(ln)]
    # A heading or page furniture is short and is not a sentence ending in a full stop.
    if len(text) > _MAX_GAP_TEXT_LINES or any(len(t) > _MAX_HEADING_CHARS or t.endswith(".") for t in text):
        return False, None
    return True, (text[-1] if text else None)


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


def _caption(cells: list[str]) -> bool:
    """Given a row, say whether it is a caption: one label in the first cell, nothing else
    ("Secondary Train the Trainer", "Edge of Care - Edge of Care Panel")."""
    first = cells[0].strip() if cells else ""
    return bool(first) and not first[0].islower() and not any(c.strip() for c in cells[1:])


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


# --- PDFs -------------------------------------------------------------------------------


def _pdf_tables(doc: Document) -> list[_Table]:
    """Given a PDF document, return pdfplumber's tables, merged across pages and cleaned."""
    tables: list[_Table] = []
    for found in sorted(doc.pdf_tables, key=lambda t: (t.page, t.bbox[1])):
        rows = [[_clean(c) for c in row] for row in found.rows]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2:
            continue
        line_start, line_end = _pdf_lines(doc, found)
        title = _title(rows)
        if title is not None:
            rows = rows[1:]
        previous = tables[-1] if tables else None
        if (
            previous is not None
            and (
                found.page == (previous.page or 0) + previous.pages
                # The same header again on the same page after only a heading: the next
                # part of one log ("Actions Points Discharged on 06.03.2014").
                or found.page == (previous.page or 0) + previous.pages - 1
                and _gap_is_furniture(doc, previous.line_end, line_start)[0]
            )
            and title in (None, previous.title)
            and _same_header(previous.header_block[0] if previous.header_block else previous.header, rows[0])
        ):
            _extend_pdf(previous, rows, found, line_start, line_end, doc)
            continue
        header, body = _split_header(rows)
        table = _Table(header=header, page=found.page, line_start=line_start, line_end=line_end, title=title)
        table.header_block = rows[: len(rows) - len(body)]
        _add_pdf_rows(table, body, doc, line_start, line_end)
        if table.rows:
            tables.append(table)
    return tables


def _extend_pdf(table: _Table, rows: list[list[str]], found: PdfTable, line_start: int, line_end: int,
                doc: Document) -> None:
    """Given a table and its continuation on the next page, append the continuation's rows."""
    skip = 0
    while skip < min(len(rows), len(table.header_block)) and _same_header(rows[skip], table.header_block[skip]):
        skip += 1
    body = rows[max(skip, 1):]
    if found.page >= (table.page or 0) + table.pages:
        table.pages += 1
    _add_pdf_rows(table, body, doc, line_start, line_end)
    table.line_end = max(table.line_end, line_end)


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


def _split_header(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """Given a PDF table's rows, return (header, data rows), folding unit rows into the header.

    Wide registers and budgets print further header rows under some columns: units ("£m",
    "£000s") or periods ("Year 1"). Right under the header, a row with an empty first cell
    and only short labels (no figures) belongs to the header, not the data.
    """
    header = list(rows[0])
    body = rows[1:]
    while body:
        row = body[0]
        filled = [c for c in row if c]
        if (
            row
            and not row[0]
            and filled
            and all(len(c) <= _MAX_SUBHEADER_CELL and not _FIGURE.match(c) for c in filled)
        ):
            header = [_join_cells(h, c) for h, c in zip(_pad(header, len(row)), row)]
            body = body[1:]
            continue
        break
    return header, body


def _add_pdf_rows(table: _Table, body: list[list[str]], doc: Document, line_start: int, line_end: int) -> None:
    """Given data rows from one page, append them, joining wrapped and fragmented rows.

    Two artefacts of ruled tables are repaired: a row whose number column is empty continues
    the row before it (a row split by the page break, or a wrapped cell drawn as its own
    row); and a row holding only a first-column label after a row whose first cell is empty
    is that row's label, split off by shading drawn inside the cell.
    """
    all_rows = table.rows + body
    number_column = _is_number_column([r[0] for r in all_rows if r])
    cursor = line_start
    after = line_start  # a row starts below the line where the row before it starts
    for row in body:
        key = row[0] if row else ""
        others = [c for c in row[1:] if c]
        if table.rows and not key and number_column:
            _append_continuation(table, row, table.row_lines[-1][1])
            continue
        if table.rows and key and not others and not table.rows[-1][0]:
            table.rows[-1][0] = key
            continue
        if table.rows and key and not others and table.rows[-1][0] and _only_label(table.rows[-1]):
            table.rows[-1][0] = _join_cells(table.rows[-1][0], key)
            continue
        located = _locate(doc, row, after, line_end)
        start = located if located is not None else cursor
        if located is not None:
            after = located + 1
        if table.row_lines and located is not None and table.row_lines[-1][1] < located - 1:
            table.row_lines[-1][1] = max(table.row_lines[-1][0], located - 1)
        table.rows.append(list(row))
        table.row_lines.append([start, start])
        table.row_sections.append(None)
        cursor = start
    if table.row_lines:
        table.row_lines[-1][1] = max(table.row_lines[-1][1], line_end)


def _only_label(row: list[str]) -> bool:
    """Given a row, say whether only its first cell is filled (a label fragment)."""
    return bool(row and row[0]) and not any(row[1:])


def _clean(cell: str | None) -> str:
    """Given a cell from pdfplumber, return it on one line."""
    return " ".join((cell or "").split())


def _pdf_lines(doc: Document, found: PdfTable) -> tuple[int, int]:
    """Given a PDF table, return its first and last document lines (page lines if unknown)."""
    page_lines = [i for i, p in enumerate(doc.line_pages, start=1) if p == found.page]
    first = found.line_start or (page_lines[0] if page_lines else 1)
    last = found.line_end or (page_lines[-1] if page_lines else first)
    # The reader's end is the line where the last row starts; its cells can wrap further,
    # to the line printing the row's last words (two of them: one figure is too common).
    if page_lines and found.rows:
        tail = words(" ".join(c for c in found.rows[-1] if c))[-2:]
        for i in range(last, page_lines[-1] + 1):
            if tail and prints(words(doc.lines[i - 1]), tail):
                last = i
                break
    return first, max(first, last)


def _locate(doc: Document, row: list[str], lo: int, hi: int) -> int | None:
    """Given a row's cells and a line range, return the first line printing the row."""
    cells = [c for c in row if c]
    if not cells:
        return None
    index = line_printing_row(doc.lines, range(max(1, lo) - 1, min(len(doc.lines), hi)), cells)
    return None if index is None else index + 1
