"""Ruled tables straight from PDFium's page objects, with pdfplumber's table algorithm.

pdfplumber finds tables well but must first parse the whole page with pdfminer, which costs
as much as extracting its text (about 10-25 pages/s). PDFium already has the page open:
here its path objects give the ruling lines and its text page gives each cell's text, and
pdfplumber's own pure functions (``merge_edges`` -> ``edges_to_intersections`` ->
``intersections_to_cells`` -> ``cells_to_tables``) do the geometry, with pdfplumber's
default tolerances. Pages this cannot handle exactly (rotated pages, shifted media boxes,
rulings inside form XObjects, curves) return None, and the caller asks pdfplumber instead.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium

from pdfplumber.table import Table as _PlumberTable
from pdfplumber.table import (
    DEFAULT_MIN_WORDS_HORIZONTAL,
    DEFAULT_MIN_WORDS_VERTICAL,
    cells_to_tables,
    edges_to_intersections,
    intersections_to_cells,
    merge_edges,
    words_to_edges_h,
    words_to_edges_v,
)

# How far inside a cell's rulings its text is read (points).
_INSET = 1.0
# pdfplumber's TableSettings defaults for the "lines" strategy.
SNAP = 3.0
JOIN = 3.0
EDGE_MIN_LENGTH = 3.0
INTERSECTION_TOLERANCE = 3.0


# A hyphen ending a line inside a cell (PDFium reports line-end hyphens as soft: U+00AD,
# U+0002 or U+FFFE, sometimes with no line break after it). It becomes the soft-hyphen
# marker that the reader resolves for the whole document ("under-investment", "2021-22",
# but "construction"), as it does for the text lines.
_CELL_HYPHEN_BREAK = re.compile(r"(?<=\w)(?:[-\u00ad\u0002\ufffe][ \t]*(?:\r\n|\r|\n)\s*|[\u0002\ufffe])(?=\w)")


def one_line(text: str) -> str:
    """Given a cell's text as printed over lines, return it on one line, a hyphen that
    ended a line kept as the soft-hyphen marker U+00AD."""
    text = _CELL_HYPHEN_BREAK.sub("\u00ad", text)
    return " ".join(text.replace("\u0002", "").replace("\ufffe", "").split())


def merge_spanned_columns(rows: list[list[str | None]], xs: list[float] | None = None) -> list[list[str | None]]:
    """Given a ruled table's rows as its grid gives them (None where a cell spanning several
    grid columns covers this one) and the grid's column boundaries ``xs``, return them with
    the grid columns that are only slivers of a wider column joined into it.

    A form-like grid ("Moved by: | Joy Hurst" with a ruled "Outcome: | Motion Carried" row
    whose rules fall elsewhere) gives six grid columns for two: most rows span columns 1-2
    and 4-5, and the odd row's text lands in them. A grid column that most rows span over,
    and whose text never sits in a row beside text of the column it joins (to its left), is
    part of that column (so is one that half the rows of a longer grid span, as in a grid
    shaded in alternate bands whose other rows are ruled elsewhere). A cell of the odd row
    goes to the column it covers most of (a total row's amount box that starts inside the
    purpose column is still the amount). Columns that every row fills (a votes grid under a
    spanning caption) are left alone."""
    width = max((len(r) for r in rows), default=0)
    if len(rows) < 2 or width < 3:
        return rows
    grid = [list(r) + [None] * (width - len(r)) for r in rows]

    def text(cell: str | None) -> bool:
        return bool(cell and cell.strip())

    group_of: list[int] = []
    for j in range(width):
        # (half the rows of a grid shaded in alternate bands, whose odd rows are cut elsewhere)
        nones = sum(r[j] is None for r in grid)
        spanned = nones * 2 > len(grid) or (nones * 2 == len(grid) and len(grid) >= 4)
        joined = [k for k in range(j) if group_of[k] == (group_of[-1] if group_of else -1)]
        if group_of and spanned and not any(text(r[j]) and any(text(r[k]) for k in joined) for r in grid):
            group_of.append(group_of[-1])
        else:
            group_of.append(len(set(group_of)))
    n_groups = len(set(group_of))
    if n_groups == width:
        return rows
    size = [xs[j + 1] - xs[j] for j in range(width)] if xs and len(xs) == width + 1 else [1.0] * width
    out = []
    for r in grid:
        cells: list[list[str]] = [[] for _ in range(n_groups)]
        filled = [False] * n_groups
        for j, cell in enumerate(r):
            if cell is None:
                continue
            end = j
            while end + 1 < width and r[end + 1] is None:
                end += 1
            cover: dict[int, float] = {}
            for k in range(j, end + 1):
                cover[group_of[k]] = cover.get(group_of[k], 0.0) + size[k]
            target = max(cover, key=lambda g: (cover[g], -g))
            filled[target] = True
            if text(cell):
                cells[target].append(cell)
        out.append([" ".join(c) if filled[g] else None for g, c in enumerate(cells)])
    return out


def column_edges(cells: list[tuple[float, float, float, float]]) -> list[float]:
    """Given a pdfplumber table's cell boxes, return its grid's column boundaries (the x0 of
    every column, as pdfplumber orders a row's cells, then the right edge)."""
    return sorted({c[0] for c in cells}) + [max(c[2] for c in cells)] if cells else []


def grid_rows(table, rows: list[list[str | None]]) -> list[list[str | None]]:
    """Given a pdfplumber table and its rows' texts (None where no cell starts), return the
    rows with the grid's slivers of columns joined (``spans_across``, ``merge_spanned_columns``)."""
    return merge_spanned_columns(*spans_across(table, rows))


def spans_across(table, rows: list[list[str | None]]) -> tuple[list[list[str | None]], list[float]]:
    """Given a pdfplumber table and its rows' texts (None where no cell starts), return the
    rows with None kept only where a cell of the same row spans across the column (a cell
    spanning rows from above leaves an empty cell, ""), and the grid's column boundaries."""
    xs = column_edges(table.cells)
    out = []
    for row, texts in zip(table.rows, rows):
        reach = float("-inf")
        kept: list[str | None] = []
        for j, (cell, text) in enumerate(zip(row.cells, texts)):
            if cell is not None:
                reach = cell[2]
                kept.append(text)
            else:
                kept.append(None if j < len(xs) and xs[j] < reach - 0.5 else "")
        out.append(kept)
    return out, xs


class Unsupported(Exception):
    """Raised when a page holds drawing this engine does not read exactly."""


Found = list[tuple[list[list[str]], tuple[float, float, float, float]]]


def find_ruled_tables(page, textpage, pdfium_c) -> Found | None:
    """Given an open PDFium page and its text page, return [(rows, bbox)] of its ruled tables.

    ``bbox`` is (x0, top, x1, bottom) in pdfplumber's top-left coordinates. Returns None when
    the page needs pdfplumber (see the module docstring).
    """
    try:
        edges = _edges(page, pdfium_c)
    except Unsupported:
        return None
    return _tables_from_edges(edges, page, textpage)


def clipped_out_objects(page, pdfium_c) -> list:
    """Given a PDFium page, return its text objects drawn wholly outside their clipping
    path, i.e. printed nowhere.

    Spreadsheets saved as PDF keep the text of rows the print area cut or hid: a risk
    register repeats its "Significant Risks (over £10m)" band label on every page, clipped
    to a row 1.5 points high. PDFium's text page still holds it, and it lands in whatever
    cell lies below ("Siifit ASCH /"). Text objects only, at the top level of the page.
    """
    hidden = []
    x, y = ctypes.c_float(), ctypes.c_float()
    # The raw object list, not pypdfium2's wrappers: this runs on every page of every PDF.
    for i in range(pdfium_c.FPDFPage_CountObjects(page.raw)):
        raw = pdfium_c.FPDFPage_GetObject(page.raw, i)
        if pdfium_c.FPDFPageObj_GetType(raw) != pdfium_c.FPDF_PAGEOBJ_TEXT:
            continue
        clip = pdfium_c.FPDFPageObj_GetClipPath(raw)
        if not clip:
            continue
        rect = None  # the intersection of the bounding boxes of the clip's paths
        for path in range(pdfium_c.FPDFClipPath_CountPaths(clip)):
            xs, ys = [], []
            for index in range(pdfium_c.FPDFClipPath_CountPathSegments(clip, path)):
                segment = pdfium_c.FPDFClipPath_GetPathSegment(clip, path, index)
                pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
                xs.append(x.value)
                ys.append(y.value)
            if xs:
                box = (min(xs), min(ys), max(xs), max(ys))
                rect = box if rect is None else (max(rect[0], box[0]), max(rect[1], box[1]),
                                                 min(rect[2], box[2]), min(rect[3], box[3]))
        if rect is None:
            continue
        obj = pdfium.PdfObject(raw, page=page, pdf=page.pdf, level=0)
        left, bottom, right, top = obj.get_bounds()
        if right - left <= 0 and top - bottom <= 0:
            continue  # an empty text object prints nothing, hidden or not
        if right <= rect[0] or left >= rect[2] or top <= rect[1] or bottom >= rect[3] or rect[0] >= rect[2] or rect[1] >= rect[3]:
            hidden.append(obj)
    return hidden


def char_boxes_of(textpage, objects: list, pdfium_c, height: float) -> list[tuple[str, float, float]]:
    """Given a PDFium text page, text objects of its page and the page height, return
    (character, x0, middle) of each character those objects draw, in pdfplumber's top-left
    coordinates (so the same characters can be found among pdfplumber's)."""
    wanted = {ctypes.cast(obj.raw, ctypes.c_void_p).value for obj in objects}
    text = textpage.get_text_range()
    boxes = []
    for i in range(textpage.count_chars()):
        if ctypes.cast(pdfium_c.FPDFText_GetTextObject(textpage.raw, i), ctypes.c_void_p).value in wanted:
            left, bottom, _right, top = textpage.get_charbox(i, loose=True)
            boxes.append((text[i] if i < len(text) else "", left, height - (top + bottom) / 2))
    return boxes


def find_text_tables(page, textpage, header=None) -> Found | None:
    """Given an open PDFium page, return the tables pdfplumber's "text" strategy would find
    (columns and rows inferred from word alignment), reading words from PDFium.

    With ``header`` (a compiled pattern), only the words from the first line it matches
    down are considered: the alignment search is quadratic in the words it sees, and the
    prose above an action table only adds noise.
    """
    if page.get_rotation() % 360:
        return None
    words = _words(textpage, page.get_size()[1])
    if header is not None:
        lines: dict[int, list[dict]] = {}
        for word in words:
            lines.setdefault(round(word["top"]), []).append(word)
        tops = sorted(lines)
        start = next((t for t in tops if header.match(" ".join(w["text"] for w in sorted(lines[t], key=lambda w: w["x0"])))), None)
        if start is None:
            return []
        words = [w for w in words if w["top"] >= start - 1]
    edges = words_to_edges_v(words, word_threshold=DEFAULT_MIN_WORDS_VERTICAL)
    edges += words_to_edges_h(words, word_threshold=DEFAULT_MIN_WORDS_HORIZONTAL)
    return _tables_from_edges(edges, page, textpage)


def _words(textpage, height: float) -> list[dict]:
    """Given a PDFium text page, return its words as pdfplumber word dicts (top-left coords)."""
    words: list[dict] = []
    current: list[tuple[str, tuple[float, float, float, float]]] = []

    def add(chars: list[tuple[str, tuple[float, float, float, float]]]) -> None:
        x0 = min(b[0] for _, b in chars)
        x1 = max(b[2] for _, b in chars)
        top = height - max(b[3] for _, b in chars)
        bottom = height - min(b[1] for _, b in chars)
        words.append({"text": "".join(c for c, _ in chars), "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                      "upright": True})

    def close() -> None:
        if not current:
            return
        text = "".join(c for c, _ in current)
        if "__" in text and text.strip("_"):
            # Underscores typed to rule a header ("FEBRUARY______Description____INCOME") are
            # no text: the words either side of them are words of their own.
            start = 0
            for m in re.finditer(r"_{2,}", text):
                if m.start() > start:
                    add(current[start:m.start()])
                start = m.end()
            if start < len(current):
                add(current[start:])
        else:
            add(current)
        current.clear()

    text = textpage.get_text_range()
    for i in range(textpage.count_chars()):
        char = text[i] if i < len(text) else " "
        if char.isspace() or char in "\ufffe\u0002":
            close()
            continue
        box = textpage.get_charbox(i, loose=True)  # font-height boxes, as pdfplumber's chars
        if current and abs(box[1] - current[-1][1][1]) > 2:
            close()  # a new line
        current.append((char, box))
    close()
    return words


def _tables_from_edges(edges: list[dict], page, textpage) -> Found:
    """Given raw edges, return [(rows, bbox)] with pdfplumber's geometry and PDFium's text."""
    if not edges:
        return []
    edges = merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
    edges = [e for e in edges if (e["x1"] - e["x0"] if e["orientation"] == "h" else e["bottom"] - e["top"]) >= EDGE_MIN_LENGTH]
    intersections = edges_to_intersections(edges, INTERSECTION_TOLERANCE, INTERSECTION_TOLERANCE)
    cells = intersections_to_cells(intersections)
    height = page.get_size()[1]
    found = []
    for table_cells in cells_to_tables(cells):
        table = _PlumberTable(None, table_cells)
        rows = grid_rows(table, [[None if cell is None else _cell_text(textpage, cell, height) for cell in row.cells]
                                 for row in table.rows])
        found.append(([[c or "" for c in r] for r in rows], table.bbox))
    return found


def _cell_text(textpage, cell, height: float) -> str:
    """Given a cell bbox (top-left coordinates), return its text on one line ('' if merged away)."""
    if cell is None:
        return ""
    x0, top, x1, bottom = cell
    # PDFium takes every character whose box touches the rectangle; pdfplumber only those
    # whose middle lies inside. Drawing the rectangle in by a point leaves out a character
    # of the next cell that merely overhangs the ruling.
    x0, x1 = (x0 + _INSET, x1 - _INSET) if x1 - x0 > 4 * _INSET else (x0, x1)
    top, bottom = (top + _INSET, bottom - _INSET) if bottom - top > 4 * _INSET else (top, bottom)
    return one_line(textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top))


def _edges(page, pdfium_c) -> list[dict]:
    """Given a PDFium page, return its straight horizontal and vertical path segments as
    pdfplumber edge dicts (top-left coordinates)."""
    if page.get_rotation() % 360:
        raise Unsupported("rotated page")
    box = page.get_mediabox()
    if abs(box[0]) > 0.01 or abs(box[1]) > 0.01:
        raise Unsupported("media box not at the origin")
    height = page.get_size()[1]
    drawn: list[tuple[list[dict], tuple[float, float, float, float] | None]] = []  # edges, filled rect
    x, y = ctypes.c_float(), ctypes.c_float()
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    for raw, (a, b, c, d, e, f) in _paths_on_page(page.raw, pdfium_c):
        if abs(b) > 1e-6 or abs(c) > 1e-6:
            raise Unsupported("rotated or skewed drawing")
        edges: list[dict] = []
        start = previous = None
        for i in range(pdfium_c.FPDFPath_CountSegments(raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(raw, i)
            pdfium_c.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y))
            point = (a * x.value + e, d * y.value + f)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = previous = point
                continue
            if kind != pdfium_c.FPDF_SEGMENT_LINETO:
                raise Unsupported("curves")  # pdfplumber turns curves into edges too
            if previous is not None:
                _add_edge(edges, previous, point, height)
            previous = point
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
                _add_edge(edges, point, start, height)
                previous = start
        filled_rect = None
        if len(edges) == 4 and sum(1 for edge in edges if edge["orientation"] == "h") == 2:
            pdfium_c.FPDFPath_GetDrawMode(raw, ctypes.byref(fill_mode), ctypes.byref(stroke))
            if fill_mode.value and not stroke.value:
                filled_rect = (min(edge["x0"] for edge in edges), min(edge["top"] for edge in edges),
                               max(edge["x1"] for edge in edges), max(edge["bottom"] for edge in edges))
        drawn.append((edges, filled_rect))
    shading = shading_stacks([rect for _, rect in drawn if rect is not None])
    return [edge for edges, rect in drawn if rect is None or rect not in shading for edge in edges]


_MAX_FORM_DEPTH = 8  # forms drawn inside forms: deeper nesting than this is not a table's ruling


def _paths_on_page(page_raw, pdfium_c):
    """Given a raw PDFium page, yield (raw path object, matrix to page space) for every path
    it draws, inside form XObjects too (a form's content is placed by the form's matrix, as
    pdfminer places it for pdfplumber). Raw calls, not pypdfium2's wrappers: this runs on every
    ruled page."""
    matrix = pdfium_c.FS_MATRIX()
    path, form = pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM

    def placed(raw, outer):
        pdfium_c.FPDFPageObj_GetMatrix(raw, ctypes.byref(matrix))
        return _compose((matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f), outer)

    def walk(objects, outer, depth):
        for raw in objects:
            kind = pdfium_c.FPDFPageObj_GetType(raw)
            if kind == path:
                yield raw, placed(raw, outer)
            elif kind == form:
                if depth >= _MAX_FORM_DEPTH:
                    raise Unsupported("forms nested too deep")
                inner = placed(raw, outer)
                yield from walk([pdfium_c.FPDFFormObj_GetObject(raw, k)
                                 for k in range(pdfium_c.FPDFFormObj_CountObjects(raw))], inner, depth + 1)

    top = [pdfium_c.FPDFPage_GetObject(page_raw, i) for i in range(pdfium_c.FPDFPage_CountObjects(page_raw))]
    yield from walk(top, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), 0)


def _compose(inner: tuple, outer: tuple) -> tuple:
    """Given two PDF matrices (a, b, c, d, e, f), return the one applying ``inner`` then ``outer``."""
    a1, b1, c1, d1, e1, f1 = inner
    a2, b2, c2, d2, e2, f2 = outer
    return (a1 * a2 + b1 * c2, a1 * b2 + b1 * d2, c1 * a2 + d1 * c2, c1 * b2 + d1 * d2,
            e1 * a2 + f1 * c2 + e2, e1 * b2 + f1 * d2 + f2)


# A gradient fill is printed as a stack of filled bands this thin or thinner; a row of text
# (or a zebra stripe behind one) is taller.
_SHADING_BAND = 6.0


def shading_stacks(rects: list[tuple[float, float, float, float]]) -> set[tuple[float, float, float, float]]:
    """Given filled, unstroked rectangles (x0, top, x1, bottom), return those that are bands
    of a gradient: three or more thin ones stacked edge to edge over the same width.

    Their edges rule nothing, but pdfplumber's table finder takes every rectangle edge for
    a ruling; bands under its 3-point snap tolerance chain together and drag the cell
    borders around them into the middle of a row.
    """
    stacked: set[tuple[float, float, float, float]] = set()
    columns: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    for rect in rects:
        x0, top, x1, bottom = rect
        if bottom - top < _SHADING_BAND and x1 - x0 > bottom - top:
            columns.setdefault((round(x0), round(x1)), []).append(rect)
    for bands in columns.values():
        bands.sort(key=lambda r: r[1])
        run = [bands[0]]
        for band in bands[1:] + [None]:
            if band is not None and abs(band[1] - run[-1][3]) <= 0.6:
                run.append(band)
                continue
            if len(run) >= 3:
                stacked.update(run)
            run = [band] if band is not None else []
    return stacked


def _add_edge(edges: list[dict], p: tuple[float, float], q: tuple[float, float], height: float) -> None:
    """Given two points (PDF coordinates), append the edge between them if axis-aligned."""
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.5 and abs(x0 - x1) >= 0.5:
        top = height - y0
        left, right = sorted((x0, x1))
        edges.append({"x0": left, "x1": right, "top": top, "bottom": top, "width": right - left, "height": 0.0,
                      "orientation": "h", "object_type": "line"})
    elif abs(x0 - x1) < 0.5 and abs(y0 - y1) >= 0.5:
        top, bottom = sorted((height - y0, height - y1))
        edges.append({"x0": x0, "x1": x0, "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top,
                      "orientation": "v", "object_type": "line"})
