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

# pdfplumber's TableSettings defaults for the "lines" strategy.
SNAP = 3.0
JOIN = 3.0
EDGE_MIN_LENGTH = 3.0
INTERSECTION_TOLERANCE = 3.0


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

    def close() -> None:
        if current:
            x0 = min(b[0] for _, b in current)
            x1 = max(b[2] for _, b in current)
            top = height - max(b[3] for _, b in current)
            bottom = height - min(b[1] for _, b in current)
            words.append({"text": "".join(c for c, _ in current), "x0": x0, "x1": x1, "top": top, "bottom": bottom,
                          "upright": True})
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
        rows = []
        for row in table.rows:
            rows.append([_cell_text(textpage, cell, height) for cell in row.cells])
        found.append((rows, table.bbox))
    return found


def _cell_text(textpage, cell, height: float) -> str:
    """Given a cell bbox (top-left coordinates), return its text on one line ('' if merged away)."""
    if cell is None:
        return ""
    x0, top, x1, bottom = cell
    text = textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top)
    return " ".join(text.replace("\u00ad", "").split())


def _edges(page, pdfium_c) -> list[dict]:
    """Given a PDFium page, return its straight horizontal and vertical path segments as
    pdfplumber edge dicts (top-left coordinates)."""
    if page.get_rotation() % 360:
        raise Unsupported("rotated page")
    box = page.get_mediabox()
    if abs(box[0]) > 0.01 or abs(box[1]) > 0.01:
        raise Unsupported("media box not at the origin")
    height = page.get_size()[1]
    if any(True for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_FORM,), max_depth=1)):
        raise Unsupported("form XObjects")
    edges: list[dict] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=1):
        a, b, c, d, e, f = obj.get_matrix().get()
        if abs(b) > 1e-6 or abs(c) > 1e-6:
            raise Unsupported("rotated or skewed drawing")
        start = previous = None
        for i in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj.raw, i)
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
    return edges


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
