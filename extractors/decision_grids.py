"""Decisions printed as a grid: a row per motion with who moved it, what became of it and what it decided.

Some houses record each decision in a small ruled table under the item's notes, its header
naming the columns: "Moved/Seconded | Outcome | Action | Person responsible | Carried
forward/resolved" (a ratepayers' association), "Proposed / Seconded | Decision | Result", "Motion
| Moved | Seconded | Result". A grid is a decision grid when its header names a mover column
(moved, proposed, proposer) and an outcome column (outcome, result, carried/lost, vote). Each row
whose outcome cell is filled is a motion: its wording from the column headed motion, resolution,
decision or action, its mover and seconder from "JD / RE", its result from the outcome cell.
Rows with the outcome cell empty go on with the row above (a name wrapped in its cell).

The text layer of such a grid reads as broken lines ("Moved/", "Seconded", "Stephen",
"Thomas /", "Motion passed Apologies accepted Resolved"), which ``extractors.motions`` would
read as a bare "passed"; the grid's own motion replaces whatever was read on its lines.
"""

from __future__ import annotations

import re

from extractors.motion_results import _read_result
from extractors.motion_steps import Motion
from minutebook.document import Document, PdfTable

_MOVER_HEAD = re.compile(r"\b(?:moved|proposed|proposer|mover)\b", re.IGNORECASE)
_OUTCOME_HEAD = re.compile(r"\b(?:outcome|result|carried\s*/\s*lost|vote)\b", re.IGNORECASE)
_WORDING_HEAD = re.compile(r"\b(?:motion|resolution|decision|action|wording)\b", re.IGNORECASE)
# A progress note in the wording's span ("Resolved", "Carried forward"), not what was decided.
_STATUS_CELL = re.compile(r"^(?:resolved|carried\s+forward|open|closed|done|ongoing)\.?$", re.IGNORECASE)


def grid_motions(doc: Document) -> list[Motion]:
    """Given a document, return the motions its decision grids record, each on the line its row
    was printed on (the line holding its outcome and wording)."""
    out: list[Motion] = []
    for table in doc.pdf_tables:
        columns = _columns(table.rows[0]) if table.rows else None
        if columns is None:
            continue
        mover, outcome, wording, stops = columns
        rows: list[tuple[list[str], list[str], str]] = []  # (mover parts, wording parts, outcome)
        for row in table.rows[1:]:
            cells = [c.strip() for c in row] + [""] * (len(table.rows[0]) - len(row))
            said = cells[outcome].strip()
            if not said and not rows:
                continue  # the header's own wrapped words ("forward/", "resolved")
            movers = [c for c in cells[mover:outcome if outcome > mover else _stop(stops, mover)] if c]
            words = [c for c in cells[wording:_stop(stops, wording)] if c and not _STATUS_CELL.match(c)] \
                if wording is not None else []
            if said:
                rows.append((movers, words, said))
            else:
                rows[-1][0].extend(movers)
                rows[-1][1].extend(words)
        page_lines = [n for n, page in enumerate(doc.line_pages, start=1) if page == table.page]
        for movers, words, said in rows:
            m = _motion(doc, page_lines, table, movers, words, said)
            if m is not None:
                out.append(m)
    return out


def replace_read_lines(found: list[Motion], grids: list[Motion], doc: Document) -> list[Motion]:
    """Given the motions read from the text and those of the decision grids, return them merged:
    a motion read from a grid row's broken lines (the header "Moved/" down to the row's outcome)
    gives way to the grid's own."""
    if not grids:
        return found
    spans = [(_header_line(doc, g.line_start), g.line_start) for g in grids]
    kept = [m for m in found if not any(lo <= m.line_start <= hi for lo, hi in spans)]
    return sorted(kept + grids, key=lambda m: m.line_start)


def _columns(header: list[str]) -> tuple[int, int, int | None, list[int]] | None:
    """Given a grid's header row, return the columns of the mover, the outcome and the wording,
    and every labelled column (where a span of cells stops), or None for another kind of grid."""
    labelled = [k for k, cell in enumerate(header) if cell and cell.strip()]
    mover = next((k for k in labelled if _MOVER_HEAD.search(header[k])), None)
    outcome = next((k for k in labelled if k != mover and _OUTCOME_HEAD.search(header[k])), None)
    if mover is None or outcome is None:
        return None
    wording = next((k for k in labelled if k not in (mover, outcome) and _WORDING_HEAD.search(header[k])), None)
    return mover, outcome, wording, labelled


def _stop(labelled: list[int], start: int) -> int:
    """Given the labelled columns and a column, return where that column's span of cells ends."""
    return next((k for k in labelled if k > start), 10 ** 6)


def _motion(doc: Document, page_lines: list[int], table: PdfTable, movers: list[str], words: list[str],
            said: str) -> Motion | None:
    """Given a grid row's mover cells, wording cells and outcome (and the lines of its page),
    return its motion (None when the outcome cell says nothing about a vote)."""
    m = Motion(0, 0)
    _read_result(m, said)
    if m.result == "no_result":
        return None
    mover, _, seconder = " ".join(movers).partition("/")  # "JD / RE"
    m.mover, m.seconder = mover.strip(" ,.") or None, seconder.strip(" ,.") or None
    m.text = " ".join(" ".join(words).split()).strip(" .")
    m.line_start = m.line_end = _row_line(doc, page_lines, table, said, m.text)
    return m


def _row_line(doc: Document, page_lines: list[int], table: PdfTable, said: str, text: str) -> int:
    """Given a grid row's outcome and wording and the lines of its page, return the line of the
    text layer it was printed on: the first holding the outcome and the wording's first words."""
    probe = " ".join(text.split()[:3])
    hit = next((n for n in page_lines if said in doc.lines[n - 1] and probe in doc.lines[n - 1]), None) \
        or next((n for n in page_lines if probe and probe in doc.lines[n - 1]), None)
    return hit or table.line_start or (page_lines[0] if page_lines else 1)


def _header_line(doc: Document, row_line: int) -> int:
    """Given a grid row's line, return the line of the grid's header above it ("Moved/" or
    "Moved/ Seconded"), or the row's own line when none is within a dozen lines."""
    for n in range(row_line - 1, max(0, row_line - 14), -1):
        if _MOVER_HEAD.match(doc.lines[n - 1].strip()):
            return n
    return row_line
