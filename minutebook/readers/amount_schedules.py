"""Schedules of amounts: lines of a label and a sum, the sums aligned in one column.

Agendas and minutes print what a contract may cost, what each agency is paid or how a contract
has grown as a column of figures with no ruling and often no header row::

    Original Contract Amount:        $200,000.00
    First Contract Addition No:      $ 20,000.00
                                     ___________
    New Contract Amount:             $255,000.00

Three or more such lines in a row (a rule typed in underscores above a total is skipped) are a
two-column table: label | amount. The sums stand apart from their labels (a gap wider than
a word space: a sentence ending in "$10,000.00" is prose) and start or end at one x. Heading
lines printed over the amounts only ("Amount to be paid / not to exceed:") are the amount
column's header; without them the first row is the header, as for any table printed without
one.
"""

from __future__ import annotations

import re

from minutebook.readers.header_tables import _RULE, Box, lines_of

# one word of a sum as printed: "$", "$200,000.00", "20,000.00", "77," ; a sum has a currency
# sign or pence/cents
_SUM_PIECE = re.compile(r"^(?:[£$€]|[-(]?[£$€]?\d[\d,.]*\)?)$")
_SUM = re.compile(r"^[-(]?[£$€]\s?\d|^\d[\d, ]*\.\d\d\)?$")


def amount_schedules(words: list[dict], taken: list[Box] = ()) -> list[tuple[list[list[str]], Box]]:
    """Given a page's words (pdfplumber-style dicts) and the boxes of tables already read on
    it, return (rows, bbox) of each schedule of amounts outside them (rows[0] the header)."""
    lines = lines_of(words)
    out = []
    n = 0
    while n < len(lines):
        run = _run_from(lines, n)
        if run is None:
            n += 1
            continue
        rows, used, last = run
        box = (min(w["x0"] for w in used), min(w["top"] for w in used),
               max(w["x1"] for w in used), max(w["bottom"] for w in used))
        if not any(_overlaps(box, t) for t in taken):
            head = _heading_above(lines, n, rows_x=max(w["x1"] for w in used if w.get("label")))
            out.append(([["", head]] + rows if head else rows, box))
        n = last + 1
    return out


def _split(line: list[dict]) -> tuple[list[dict], list[dict]] | None:
    """Given a printed line, return (label words, sum words) when it reads as a label and a
    sum set apart from it, else None."""
    k = len(line)
    while k > 1 and _SUM_PIECE.match(line[k - 1]["text"]):
        k -= 1
    height = max(w["bottom"] - w["top"] for w in line) or 10.0
    # the sum starts after the wide gap ("Year 1      $32,300.00": the 1 is the label's);
    # none: "... through 2026 - $55,000.00" is a sum inside a sentence
    start = next((j for j in range(max(k, 1), len(line)) if line[j]["x0"] - line[j - 1]["x1"] >= 1.5 * height), None)
    if start is None:
        return None
    label, figure = line[:start], line[start:]
    if not any(c.isalpha() for w in label for c in w["text"]) or len(figure) > 3:
        return None
    if not _SUM.match(" ".join(w["text"] for w in figure)):
        return None
    return label, figure


def _run_from(lines: list[list[dict]], n: int) -> tuple[list[list[str]], list[dict], int] | None:
    """Given lines and an index, return (rows, words used, last line index) of a schedule
    starting there, or None when fewer than three rows line up."""
    first = _split(lines[n])
    if first is None:
        return None
    x0, x1 = first[1][0]["x0"], first[1][-1]["x1"]
    rows, used, last, pitch = [], [], n, None
    for k in range(n, len(lines)):
        line = lines[k]
        step = line[0]["top"] - lines[last][0]["top"]
        if k > n and step > (2.2 * pitch if pitch else 30):
            break
        if k > n and all(_RULE.match(w["text"]) for w in line):
            last = k  # the rule above a total
            continue
        parts = _split(line)
        if parts is None or not (abs(parts[1][0]["x0"] - x0) <= 4 or abs(parts[1][-1]["x1"] - x1) <= 4):
            break
        label, figure = parts
        rows.append([" ".join(w["text"] for w in label), " ".join(w["text"] for w in figure)])
        used += [dict(w, label=True) for w in label] + figure
        if k > n:
            pitch = step if pitch is None else min(pitch, step)
        last = k
    if len(rows) < 3:
        return None
    return rows, used, last


def _heading_above(lines: list[list[dict]], n: int, rows_x: float) -> str | None:
    """Given lines, the index of a schedule's first row and the right end of its labels,
    return the heading printed over its sums (up to two lines, right of every label)."""
    above = []
    for k in (n - 1, n - 2):
        if k < 0:
            break
        line = lines[k]
        below = lines[k + 1]
        if below[0]["top"] - line[0]["top"] > 2 * (below[0]["bottom"] - below[0]["top"]) + 6:
            break
        if line[0]["x0"] <= rows_x + 5:
            break
        above.insert(0, " ".join(w["text"] for w in line))
    return " ".join(above) or None


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
