"""Unruled tables read from their header line: the columns it sets out, the rows under it.

An unruled table (a schedule of payments, a recorded vote, a list of contracts) draws no rulings
for pdfplumber's "lines" strategy, and its "text" strategy, given the rest of the page, cuts
words in two where the prose below happens to line up ("Ch" | "q No."). Here the header line
is found first ("Chq No.  Amount  Payee  Service", "Majority  For  Against  Absent"); its words,
grouped where the gap between them is wide, are the columns, each starting just left of its
heading. Each line under it is a row: each word goes to the column its centre falls in (a
right-aligned figure wider than its heading still lands under it). A line continues the row
above when its words all sit in one column other than the first (a wrapped cell), or when its
first column is empty and it adds text or fills figures the row above left empty ("levy for" /
"the 2024 season  120.00"). Rows labelled "a)", "b." left of the first column are read as
blocks: a line without a label goes on with the row above unless a blank line or a rule drawn
with underscores stands between; the labels make a column of their own. The table ends at a
numbered heading in the first column alone, a line under a figure in one other column only (a
note), text in the labels' margin that is no label, a sentence across the columns, a gap wider
than a blank line between rows, or the page's end. A table that runs to the foot of its page
goes on at the top of the next under the same columns, its header not printed again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

Box = tuple[float, float, float, float]
_FIGURE = re.compile(r"^[-+(]?[£$€]?\s?\d[\d,.]*%?\)?$")  # "£174.43", "(3.5%)", a cell's "$ 20,000.00"


def lines_of(words: list[dict]) -> list[list[dict]]:
    """Given pdfplumber-style words (text, x0, x1, top, bottom), return them as printed lines,
    top to bottom, each left to right: words whose tops lie within 3 points of the line's first
    word ("Chq" at 66.4 and "No." at 67.1 are one line)."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: w["top"]):
        if lines and word["top"] - lines[-1][0]["top"] <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


_LABEL = re.compile(r"^(?:\(?(?:[a-zA-Z]|[ivx]{1,4}|\d{1,3})\)|[a-zA-Z]\.|\d{1,3}\.)$")  # "a)", "(ii)", "b.", "3."
_RULE = re.compile(r"^[_\-\u2013\u2014=]{3,}$")  # a line drawn with underscores above a total


@dataclass
class Columns:
    """The columns a header line sets out, kept so a table that runs to the foot of a page can
    be read on at the top of the next (where the header is not printed again)."""

    header: list[str]  # the header's cells
    starts: list[float]  # where each column's text starts (the first column's heading x0)
    labelled: bool  # rows start with a label ("a)", "b.") printed left of the first column
    height: float  # the header's text height
    pitch: float | None  # the distance between a row's lines

    @property
    def edges(self) -> list[float]:
        return [x - 3 for x in self.starts[1:]]  # a column's text starts under its heading


def header_tables(words: list[dict], header: re.Pattern, carried: Columns | None = None,
                  page_bottom: float | None = None) -> tuple[list[tuple[list[list[str]], Box, bool]], Columns | None]:
    """Given a page's words, a pattern for header lines, the columns of a table left open at the
    foot of the previous page (or None) and where this page's text area ends, return (tables,
    open): (rows, bbox, continued) of each table read under a header line (rows[0] the header's
    cells; tables with fewer than two rows under the header left out), the carried table's rows
    at the top of the page first (continued True, rows[0] its header, not printed here); and the columns of the last table when it runs to the page's
    foot (nothing under it but a page number or footer line), else None."""
    lines = lines_of(words)
    out = []
    open_columns = None
    k = 0
    if carried is not None:
        first = _first_row_carried(lines[:6], carried)
        if first is not None:
            found = _rows_under(lines, first - 1, carried, head_printed=False)
            if found is not None:
                rows, bbox, last = found
                out.append((rows, bbox, True))
                open_columns = carried if _runs_to_foot(lines, last, page_bottom) else None
                k = last + 1
    while k < len(lines):
        if header.match(" ".join(w["text"] for w in lines[k])):
            columns = _columns_of(lines, k)
            found = _rows_under(lines, k, columns) if columns is not None else None
            if found is not None:
                rows, bbox, last = found
                out.append((rows, bbox, False))
                open_columns = columns if _runs_to_foot(lines, last, page_bottom) else None
                k = last + 1
                continue
        k += 1
    return out, open_columns


def _columns_of(lines: list[list[dict]], k: int) -> Columns | None:
    """Given a page's lines and the index of a header line, return the columns it sets out:
    its words grouped where the gap between them is wide (None for a single group)."""
    head = lines[k]
    height = max(w["bottom"] - w["top"] for w in head) or 10.0
    groups: list[list[dict]] = [[head[0]]]
    for word in head[1:]:
        if word["x0"] - groups[-1][-1]["x1"] > 0.8 * height:
            groups.append([word])
        else:
            groups[-1].append(word)
    if len(groups) < 2:
        return None
    nxt = lines[k + 1] if k + 1 < len(lines) else []
    labelled = bool(nxt) and _label_left_of(nxt[0], groups[0][0]["x0"])
    header = [" ".join(w["text"] for w in g) for g in groups]
    starts = [g[0]["x0"] for g in groups]
    extra = _unheaded_last_column(lines[k + 1:k + 16], head[-1]["x1"], height)
    if extra is not None:
        header, starts = header + [""], starts + [extra]
    return Columns(header=header, starts=starts, labelled=labelled, height=height, pitch=None)


def _unheaded_last_column(lines: list[list[dict]], header_end: float, height: float) -> float | None:
    """Given the lines under a header, where the header's last word ends and its text height,
    return where a column printed right of the last heading with no heading of its own
    starts ("... fire doors (glosswork)   cancelled"): the same x, right of the header's end
    and after a gap, on three lines or more; else None."""
    starts: dict[int, int] = {}
    for line in lines:
        for a, b in zip(line, line[1:]):
            if b["x0"] > header_end + height and b["x0"] - a["x1"] >= 1.2 * height:
                starts[round(b["x0"] / 2)] = starts.get(round(b["x0"] / 2), 0) + 1
                break
    best = max(starts.items(), key=lambda kv: kv[1], default=None)
    return best[0] * 2 - 1 if best and best[1] >= 3 else None


def _label_left_of(word: dict, x: float) -> bool:
    """Say whether a word is a row label ("a)", "b.") printed left of the first column."""
    return bool(_LABEL.match(word["text"])) and word["x1"] <= x + 1


def _first_row_carried(lines: list[list[dict]], columns: Columns) -> int | None:
    """Given the top lines of a page and the columns of a table carried from the page before,
    return the index of the line where its rows go on, or None: a line starting with a row
    label (a labelled table), or else one whose words fill two columns or more without
    crossing a column's edge (a running header is a sentence or a single block)."""
    for n, line in enumerate(lines):
        if columns.labelled:
            if _label_left_of(line[0], columns.starts[0]):
                return n
            continue
        if not _crosses_edge(line, columns, strict=True) and len({_column(w, columns) for w in line}) >= 2:
            return n
    return None


def _column(word: dict, columns: Columns) -> int:
    return sum(1 for e in columns.edges if (word["x0"] + word["x1"]) / 2 > e)


def _crosses_edge(line: list[dict], columns: Columns, strict: bool = False) -> bool:
    """Say whether a line reads as a sentence over the columns: a word across a column's edge
    (a figure set right may overhang; unless ``strict``, a cell's long word may too when the
    line also shows a gap as wide as the columns' own, which a sentence never has)."""
    crossing = [w for w in line for e in columns.edges
                if w["x0"] < e - 2 and w["x1"] > e + 2 and not _FIGURE.match(w["text"])]
    if not crossing or strict:
        return bool(crossing)
    gaps = [b["x0"] - a["x1"] for a, b in zip(line, line[1:])]
    return not any(g > 2 * columns.height for g in gaps)


def _runs_to_foot(lines: list[list[dict]], last: int, page_bottom: float | None) -> bool:
    """Say whether nothing but a page number or a short footer line follows a table's last line
    on its page (the table may go on overleaf)."""
    if page_bottom is None:
        return False
    rest = lines[last + 1:]
    return len(rest) <= 2 and all(len(line) <= 6 and line[0]["top"] > page_bottom - 90 for line in rest)


def _rows_under(lines: list[list[dict]], k: int, columns: Columns,
                head_printed: bool = True) -> tuple[list[list[str]], Box, int] | None:
    """Given a page's lines, the index of a header line (or of the line above the first row of
    a carried table) and the columns, return (rows, bbox, index of the last line) of the table,
    or None when fewer than two rows were read (one for a carried table)."""
    height = columns.height
    rows = [([""] if columns.labelled else []) + list(columns.header)]
    last = k
    pitch = columns.pitch  # the distance from one row's line to the next
    new_row = True  # the next line starts a row (in a labelled table: after a label, gap or rule)
    for n in range(k + 1, len(lines)):
        line = lines[n]
        step = line[0]["top"] - lines[last][0]["top"] if last > k or head_printed else 0
        if step > ((2.8 if columns.labelled else 2.2) * pitch if pitch else 4.5 * height):
            break  # a gap: the table has ended (rows may stand a blank line apart, labelled ones more)
        if _crosses_edge(line, columns):
            break  # a sentence, not a row
        if all(_RULE.match(w["text"]) for w in line):
            new_row, last = True, n  # the rule drawn above a total
            continue
        label = ""
        if columns.labelled and _label_left_of(line[0], columns.starts[0]):
            label, line = line[0]["text"], line[1:]
        elif columns.labelled and line[0]["x0"] < columns.starts[0] - 6:
            break  # text out in the labels' margin that is no label: a note under the table ("*Denotes: ...")
        cells = [""] * len(columns.header)
        for w in line:
            col = _column(w, columns)
            cells[col] = f"{cells[col]} {w['text']}".strip()
        if columns.labelled:
            cells = [label] + cells
        filled = [c for c, text in enumerate(cells) if text]
        if columns.labelled:
            if len(rows) > 1 and not label and not new_row and step <= 1.6 * (pitch or 1.4 * height):
                rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]  # the row's next line
            else:
                rows.append(cells)
            new_row = False
        elif (len(rows) > 1 and filled and not cells[0] and rows[-1][0] and step <= 1.6 * (pitch or 1.4 * height)
              and all(not rows[-1][c] or not (_FIGURE.match(rows[-1][c]) or _FIGURE.match(cells[c])) for c in filled)):
            # the rest of the row above: its wrapped text and the figures it left empty ("CAQ
            # affiliation fees for" / "B&G Winter  172.00  9191.14"; a second figure is a new row)
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
        elif len(rows) > 1 and len(filled) == 1 and filled[0] > 0:
            if _FIGURE.match(rows[-1][filled[0]]):
                break  # "Results 9 0 1" / "Carried": a figure wraps onto no line; a note after the table
            rows[-1][filled[0]] = f"{rows[-1][filled[0]]} {cells[filled[0]]}".strip()  # a wrapped cell
        elif filled == [0] and re.match(r"\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z]", cells[0]):
            break  # a numbered heading after the table ("5.5 Landfill Business and ...")
        else:
            rows.append(cells)
        if last > k and step:
            pitch = step if pitch is None else min(pitch, step)
        last = n
    if len(rows) < (3 if head_printed else 2):
        return None
    columns.pitch = columns.pitch or pitch
    used = [w for line in lines[k + (0 if head_printed else 1):last + 1] for w in line]
    bbox = (min(w["x0"] for w in used), min(w["top"] for w in used), max(w["x1"] for w in used),
            max(w["bottom"] for w in lines[last]))
    return rows, bbox, last
