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

from extractors.common import span
from extractors.table_rows import (
    _FIGURE,
    _MAX_SUBHEADER_CELL,
    _Table,
    _append_continuation,
    _gap_is_furniture,
    _is_number_column,
    _join_cells,
    _pad,
    _same_header,
    _title,
)
from extractors.text_tables import _text_tables
from minutebook.document import Document, PdfTable, line_printing_row, prints, without_empty_columns, words


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


# --- text packs -------------------------------------------------------------------------


# --- PDFs -------------------------------------------------------------------------------


def _pdf_tables(doc: Document) -> list[_Table]:
    """Given a PDF document, return pdfplumber's tables, merged across pages and cleaned."""
    tables: list[_Table] = []
    last_found: PdfTable | None = None  # the reader's table that the last table ends with
    for found in sorted(doc.pdf_tables, key=lambda t: (t.page, t.bbox[1])):
        rows = [[_clean(c) for c in row] for row in found.rows]
        rows = [r for r in rows if any(r)]
        if len(rows) < 2:
            continue
        rows = without_empty_columns(rows)  # (a spreadsheet's border drawn twice: "" | "Belmont" | "" | "FY16")
        line_start, line_end = _pdf_lines(doc, found)
        title = _title(rows)
        if title is not None:
            rows = rows[1:]
        previous = tables[-1] if tables else None
        if (
            previous is not None
            and (
                found.continued
                # The same header again at the top of the next page, or on the same page after
                # only a heading: the next part of one log ("Actions Points Discharged on
                # 06.03.2014"); not after the next item's text (purchases under item 18,
                # then under item 19, each with the same header).
                or found.page == (previous.page or 0) + previous.pages
                and last_found is not None and _ends_its_page(doc, last_found)
                and _starts_its_page(doc, found.page, line_start)
                or found.page == (previous.page or 0) + previous.pages - 1
                and _gap_is_furniture(doc, previous.line_end, line_start)[0]
            )
            and title in (None, previous.title)
            and _same_header(previous.header_block[0] if previous.header_block else previous.header, rows[0])
        ):
            _extend_pdf(previous, rows, found, line_start, line_end, doc)
            last_found = found
            continue
        header, body = _split_header(rows)
        table = _Table(header=header, page=found.page, line_start=line_start, line_end=line_end, title=title)
        table.header_block = rows[: len(rows) - len(body)]
        _add_pdf_rows(table, body, doc, line_start, line_end)
        if table.rows:
            tables.append(table)
            last_found = found
    return tables


def _ends_its_page(doc: Document, found: PdfTable) -> bool:
    """Given a reader's table, say whether only page furniture is printed below it on its page
    (so the same header at the top of the next page goes on with it; a vote grid followed by
    the next motion's text does not). Without line positions, say yes."""
    below = [n for n in _page_lines(doc, found.page)
             if (style := doc.style(n)) is not None and style.top is not None and style.top > found.bbox[3] + 2]
    if not below:
        return True
    return _gap_is_furniture(doc, below[0] - 1, below[-1] + 1)[0]


def _starts_its_page(doc: Document, page: int, line_start: int) -> bool:
    """Given a page and a table's first line, say whether only page furniture is printed above
    the table on its page."""
    lines = _page_lines(doc, page)
    return not lines or _gap_is_furniture(doc, lines[0] - 1, line_start)[0]


def _page_lines(doc: Document, page: int) -> list[int]:
    """Given a document and a page number, return the page's document lines (1-based),
    grouped once per document."""
    def by_page(d: Document) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for n, p in enumerate(d.line_pages, start=1):
            out.setdefault(p, []).append(n)
        return out
    return doc.derived("tables.lines_by_page", by_page).get(page, [])


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
        # A sparse header over a fuller row of labels ("CIRCULATION ... YTD" over "LOCATION | FY
        # | JUL | ... | Total | %"): the top lines of a header of several, not the header itself
        sparse = (len(body) > 1 and 2 * sum(bool(c) for c in header) <= len(filled)
                  and all(len(c) <= _MAX_SUBHEADER_CELL and not _FIGURE.match(c) for c in filled))
        if sparse or (
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
        # (a label that ends in a colon is whole: "Motion by:" then "2nd by:" are two rows of a form)
        if (table.rows and key and not others and table.rows[-1][0] and _only_label(table.rows[-1])
                and not table.rows[-1][0].rstrip().endswith(":")):
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
