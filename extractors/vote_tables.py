"""Recorded votes printed as a table of names: how each member voted on the motion above it.

A roll call's answers set out as two columns under their head, a row a member:
"Name  Vote" over "Avis Bulbulyan  Aye", "Alice Huffman  Absent", ... (a state committee's
minutes, after "The motion ... passed on a 14-0-0 vote."), or "Member | Vote" /
"Councillor | Vote" with "Yes", "No", "Abstain", "Recused". The table belongs to the motion
decided just above it; its rows are that motion's named votes. Used by ``extractors.motions``.
"""

from __future__ import annotations

import re

from extractors.motion_results import _add_record
from extractors.motion_steps import Motion
from extractors.motion_words import _VOTE_WORDS
from minutebook.document import Document

_HEAD = re.compile(r"^\s*(?:(?:committee|board|council)\s+)?(?:name|member|councill?or|councilmember|council\s+member|trustee"
                   r"|director|commissioner|governor)s?\s*(?:\||\t|\s)\s*vote[sd]?\s*$", re.IGNORECASE)
_ROW = re.compile(r"^\s*(?P<n>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*(?:\||\t|\s)\s*(?P<v>%s)\s*$"
                  % "|".join(sorted((k.replace(" ", r"\s+") for k in _VOTE_WORDS), key=len, reverse=True)), re.IGNORECASE)
# How far below the motion's last line the table's head may start ("Committee Members Huffman,
# Peck, and Rahn were not present for the vote." comes between).
_REACH = 4


def vote_tables(doc: Document, start: int, end: int) -> list[tuple[int, int, list[tuple[str, str]]]]:
    """Given a line range, return each name-and-vote table in it: (head line, last row line,
    [(name as printed, vote)]); a head needs two rows under it at least."""
    out = []
    n = start
    while n <= end:
        if not _HEAD.match(doc.lines[n - 1]):
            n += 1
            continue
        rows: list[tuple[str, str]] = []
        last = n
        for m in range(n + 1, end + 1):
            row = _ROW.match(doc.lines[m - 1])
            if row is None:
                if doc.lines[m - 1].strip() or rows:
                    break
                continue
            rows.append((row.group("n"), _VOTE_WORDS[" ".join(row.group("v").lower().split())]))
            last = m
        if len(rows) >= 2:
            out.append((n, last, rows))
        n = last + 1
    return out


def with_vote_tables(found: list[Motion], tables: list[tuple[int, int, list[tuple[str, str]]]]) -> list[Motion]:
    """Given the motions of a range, sorted by line, and its vote tables, give each table's rows
    to the motion decided just above it (one without named votes yet) and return the motions."""
    for head, last, rows in tables:
        above = [m for m in found if m.line_start < head and head - m.line_end <= _REACH]
        if not above or above[-1].records:
            continue
        motion = above[-1]
        for name, vote in rows:
            _add_record(motion, name, vote)
        motion.line_end = max(motion.line_end, last)
    return found
