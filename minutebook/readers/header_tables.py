"""Unruled tables read from their header line: the columns it sets out, the rows under it.

An unruled table (a schedule of payments, a recorded vote, a list of contracts) draws no rulings
for pdfplumber's "lines" strategy, and its "text" strategy, given the rest of the page, cuts
words in two where the prose below happens to line up ("Ch" | "q No."). Here the header line
is found first ("Chq No.  Amount  Payee  Service", "Majority  For  Against  Absent"); its words,
grouped where the gap between them is wide, are the columns, each starting just left of its
heading. Each line under it is a row: each word goes to the column its centre falls in (a
right-aligned figure wider than its heading still lands under it). A line whose
words all sit in one column other than the first continues the row above (a wrapped cell). The
table ends at a numbered heading in the first column alone, a
line under a figure in one other column only (a note), a line with a word across a column edge (a sentence running over the columns), a
gap of more than two rows' pitch (more than three lines under the header), or the page's end.
"""

from __future__ import annotations

import re

Box = tuple[float, float, float, float]
_FIGURE = re.compile(r"^[-+(]?[£$€]?\d[\d,.]*%?\)?$")


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


def header_tables(words: list[dict], header: re.Pattern) -> list[tuple[list[list[str]], Box]]:
    """Given a page's words and a pattern for header lines, return (rows, bbox) of each table
    read under a header line (rows[0] the header's cells); tables with fewer than two rows
    under the header are left out."""
    lines = lines_of(words)
    out = []
    k = 0
    while k < len(lines):
        if header.match(" ".join(w["text"] for w in lines[k])):
            found = _table_under(lines, k)
            if found is not None:
                rows, bbox, last = found
                out.append((rows, bbox))
                k = last + 1
                continue
        k += 1
    return out


def _table_under(lines: list[list[dict]], k: int) -> tuple[list[list[str]], Box, int] | None:
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
    edges = [b[0]["x0"] - 3 for b in groups[1:]]  # a column's text starts under its heading
    rows = [[" ".join(w["text"] for w in g) for g in groups]]
    last, bottom = k, max(w["bottom"] for w in head)
    pitch = None  # the distance from one row's top to the next's
    for n in range(k + 1, len(lines)):
        line = lines[n]
        step = line[0]["top"] - lines[last][0]["top"]
        if step > (2 * pitch if pitch else 4.5 * height):
            break  # a gap: the table has ended (a header may stand a blank line above its rows)
        if any(w["x0"] < e - 2 and w["x1"] > e + 2 and not _FIGURE.match(w["text"]) for w in line for e in edges):
            break  # a word across a column edge: a sentence, not a row (a figure set right may overhang)
        cells = [""] * len(groups)
        for w in line:
            col = sum(1 for e in edges if (w["x0"] + w["x1"]) / 2 > e)
            cells[col] = f"{cells[col]} {w['text']}".strip()
        filled = [c for c, text in enumerate(cells) if text]
        if len(rows) > 1 and len(filled) == 1 and filled[0] > 0:
            if _FIGURE.match(rows[-1][filled[0]]):
                break  # "Results 9 0 1" / "Carried": a figure wraps onto no line; a note after the table
            rows[-1][filled[0]] = f"{rows[-1][filled[0]]} {cells[filled[0]]}".strip()  # a wrapped cell
        elif filled == [0] and re.match(r"\d{1,3}(?:\.\d{1,3})*\.?\s+[A-Z]", cells[0]):
            break  # a numbered heading after the table ("5.5 Landfill Business and ...")
        else:
            rows.append(cells)
        if last > k:
            pitch = step if pitch is None else min(pitch, step)
        last, bottom = n, max(w["bottom"] for w in line)
    if len(rows) < 3:
        return None
    used = [w for line in lines[k:last + 1] for w in line]
    bbox = (min(w["x0"] for w in used), min(w["top"] for w in used), max(w["x1"] for w in used), bottom)
    return rows, bbox, last
