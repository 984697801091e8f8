"""Sentences of minutes, with the lines they came from.

A blank line, a labelled or bulleted line, a heading (set off by typography, or short and
unpunctuated), a line that opens with a mover ("Councilmember D moved, ...") or an action
("ACTION: HW to ...") closes a sentence; "Mr.", "Dr.", "No." and initials do not end one.
Used by the motion, decision and action readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.headings import BULLET, clean_line, leader_row
from extractors.labels import parse_labels
from extractors.layout import emphasis
from extractors.motion_words import NAME, _HEAD_ALONE, _LIST_HEAD, _RESOLUTION_TAG, _TALLY
from minutebook.document import Document


@dataclass(frozen=True)
class Sentence:
    """A sentence of the minutes, the lines it spans and the paragraph it belongs to."""

    text: str
    line_start: int
    line_end: int
    para: int = 0


def sentences(doc: Document, start: int, end: int) -> list[Sentence]:
    """Given a line range, return its sentences in order. A blank line, a labelled or
    bulleted line, a heading (set off by typography, or short and unpunctuated) or a line
    that ends a sentence closes one; "Mr.", "Dr.", "No." and initials ("M. Prest") do not.
    Computed once per document and range: the motion, decision and action readers all read the
    same minutes."""
    return list(doc.derived(f"sentences:{start}:{end}", lambda d: tuple(_read_sentences(d, start, end))))


def _read_sentences(doc: Document, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    buf: list[tuple[str, int]] = []
    para = [0]

    def flush() -> None:
        if not buf:
            return
        para[0] += 1
        text = " ".join(t for t, _ in buf)
        offsets, pos = [], 0
        for t, n in buf:
            offsets.append((pos, n))
            pos += len(t) + 1
        for piece, at in _split(text):
            first = max(n for o, n in offsets if o <= at)
            last = max(n for o, n in offsets if o <= at + max(0, len(piece) - 1))
            if piece.strip():
                out.append(Sentence(piece.strip(), first, last, para[0]))
        buf.clear()

    seconded_above = False
    listing = False  # the line above is "Ayes: Sandy Jacobs" or a name under it
    for n in range(start, end + 1):
        text = clean_line(doc.lines[n - 1])
        if not text or not any(c.isalnum() for c in text):
            flush()  # (a stray ":" or a rule "-----" the text layer puts on a line of its own parts paragraphs)
            listing = False
            continue
        if listing:
            if _NAME_ALONE.match(text) and re.search(r"[a-z]", text) and len(text.split()) <= 4:
                # "Vote: Ayes: Sandy Jacobs" / "Mason Ruder" / ...: one vote, its names one per line
                buf[-1] = (buf[-1][0] + ",", buf[-1][1])
                buf.append((text, n))
                continue
            flush()
            listing = False
        if seconded_above and text[:1].isupper():
            flush()  # "...: proposed X / seconded Y" ends with the seconder's name
        seconded_above = bool(_SECONDED_ENDS_LINE.search(text))
        # a vote sheet's tally line, or a recorded vote's head ("For (38)") over its names
        tally = bool(_TALLY.match(text) or _HEAD_ALONE.match(text))
        # Set bigger than the body, a line is a heading of its own, unless it opens in lower case:
        # the end of a sentence ("reading.") whose size an OCR text layer got wrong.
        big = emphasis(doc, n) >= 2 and not text[:1].islower()
        labels = parse_labels(text)
        if labels and buf and all(lb.scheme == "number" and not lb.punct.strip() for lb in labels) \
                and re.search(r"[a-z,]$", buf[-1][0]):
            labels = []  # "... to approve appraisals for" / "30 Bath Street and ...": a figure, not an item
        # A line printed higher up the page than the one before is not its continuation: a cell
        # of a column drawn after the text beside it ("MW", the lead of the item at its left).
        jumped = _jumps_up(doc, n) if n > start else False
        led = leader_row(text)  # "Website ------------ Diane Oyen": a report's heading and its lead
        # "President's report:" alone under "Motion to ...: APPROVED": a run-in label opens its own
        # sentence when the line above does not run on into it
        label_alone = bool(buf and _LABEL_ALONE.match(text) and not _RUNS_ON.search(buf[-1][0]))
        # "Motion to enter into executive session: ..." under "...: APPROVED": a motion after a result
        next_motion = bool(buf and _MOTION_OPENS.match(text) and _RESULT_ENDS.search(buf[-1][0]))
        if (labels or re.match(BULLET, text) or big or tally or led or label_alone or next_motion
                or jumped or _MOVER_OPENS_LINE.match(text) or _ACTION_OPENS_LINE.match(text)):
            flush()
        buf.append((text, n))
        if _VOTERS_HEAD.search(text):
            listing = True
            continue
        if _heading_like(text) or big or tally or jumped or led or _RESOLUTION_TAG.search(text) or _EMPTY_RUN_IN.match(text):
            flush()  # a vote sheet's tally, and the title above it, stand alone
    flush()
    return out


# A line that opens with a motion being moved starts a sentence, whatever the line above ends
# with (a title without a full stop, "(Presented by the City Manager)"): "Councilmember D
# moved, seconded by ...", "Moved by Cllr X", "Motion by Trustee Y".
# "ACTION: HW to coordinate ...", "Action: Watson Robinson to check ...": a task of its own,
# whether or not the line above closed its sentence.
_ACTION_OPENS_LINE = re.compile(r"^(?:ACTIONS?|Actions?)\s*(?:POINT|point)?\s*[:\-–]\s*\S")


_SECONDED_ENDS_LINE = re.compile(rf"(?:/\s*(?i:seconded)\s+|(?i:seconded|seconder)\s*:\s*){NAME}\s*$")


_MOVER_OPENS_LINE = re.compile(rf"^(?:{NAME}\s+(?:moved|proposed)\b|(?:Moved|MOVED|Proposed|PROPOSED|Motion|MOTION)\s+(?i:by)\b)")


# A heading in capitals whose dash has nothing after it ("CORRESPONDENCE –", "OLD BUSINESS -"): an
# item with nothing to record, not the start of a sentence running on into the next line.
_EMPTY_RUN_IN = re.compile(r"^[A-Z][A-Z0-9 &',/()]{2,60}?\s*[–—-]$")


def _jumps_up(doc: Document, n: int) -> bool:
    """Given a line of a PDF, return whether it is printed above the line before it on the same page."""
    here, before = doc.style(n), doc.style(n - 1)
    return (here is not None and before is not None and here.top is not None and before.top is not None
            and doc.page_of(n) == doc.page_of(n - 1) and here.top < before.top - 2)


# A line that runs on into the next: a closing comma, dash or connecting word, or an honorific
# whose name wrapped.
_RUNS_ON = re.compile(r"[,;:\-–—&]$|\b(?:and|or|the|of|to|by|for|a|an|with|in|on|at)$"
                      r"|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Sir|Dame|Lord|Lady)\.?$")
# A vote's list opening with one name at the end of its line, the rest one per line below.
# (the list heads the vote reader knows, motion_words._LIST_HEAD, then a capitalised name)
_VOTERS_HEAD = re.compile(rf"(?i:{_LIST_HEAD.pattern}){NAME}\s*$")
_NAME_ALONE = re.compile(rf"^{NAME}$")
_MOTION_OPENS = re.compile(r"^(?:Motion|MOTION)\s+(?i:to|that)\b")
_RESULT_ENDS = re.compile(r"\b(?i:approved|carried|passed|failed|defeated|adopted|unanimous(?:ly)?)\W*$")
# A short capitalised label alone on its line: "President's report:", "Pool report:", "ARC:".
_LABEL_ALONE = re.compile(r"^[A-Z][\w'’.&/-]*(?:\s+[\w'’.&/()-]+){0,3}\s*:$")


def _heading_like(text: str) -> bool:
    """Given a line, return whether it stands alone: short, and not running on into the next
    line (``_RUNS_ON``)."""
    return len(text) < 50 and not _RUNS_ON.search(text)


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|No|Nos|St|Ste|Mt|Ft|Ave|Dept|Corp|Twp|Rev|Prof|Inc|Ltd|Co|vs|v|etc|approx|Sr|Jr|Hon|Atty"
                     r"|MR|MRS|MS|DR|CLLR)|\b[A-Z]|\b[ap]\.m)$")  # (honorifics in capitals: "2nd: MR. PHARES")


def _split(text: str) -> list[tuple[str, int]]:
    """Given a paragraph, return its sentences and where each starts."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z(“\"'])", text):
        if _ABBREV.search(text[start:m.start()]):
            continue
        out.append((text[start:m.start() + 1], start))
        start = m.end()
    out.append((text[start:], start))
    return out
