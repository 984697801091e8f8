"""Kent's minutes: each heading sits above an "(Item n)" line that gives the agenda item.

There the anchor, not typography, says where a heading is; the minute number is taken when the
block above the anchor opens with one that continues the previous minute, otherwise the printed
item number stands in for it. Also: where a "date of next meeting" minute really ends.
"""

from __future__ import annotations

import re

from extractors.headings import APPENDIX, COVER, DATE, MONTHS, WEEKDAY, Heading
from extractors.labels import follows, parse_labels

ITEM_REF = re.compile(r"^\(Item\s+(\d{1,3}[a-z]?)\)$", re.IGNORECASE)


def _numbered(text: str):
    """Given a line, return its minute-number label ("84. Apologies", "6.1 Title") or None."""
    for label in parse_labels(text):
        if label.scheme == "dotted" or (label.scheme == "number" and label.punct == "."):
            return label
    return None


def anchored_headings(lines: list[str], anchors: list[int], start: int) -> list[Heading]:
    """Given the "(Item n)" lines of Kent-style minutes, return the headings they close.

    The heading is the block of lines just above its "(Item n)" line, back to the end of the
    previous paragraph (a line ending in a full stop); when that block opens with a minute
    number continuing the previous one ("84. Apologies"), the number is taken, otherwise the
    printed item number stands in for it.
    """
    out: list[Heading] = []
    floor = start
    prev_number = None
    for a in anchors:
        item = ITEM_REF.match(lines[a - 1]).group(1)
        block: list[int] = []
        for m in range(a - 1, max(floor, a - 5) - 1, -1):
            text = lines[m - 1]
            if not text:
                if block:
                    break
                continue
            if text.endswith(".") and block:
                break
            block.insert(0, m)
            if _numbered(text):
                break
        if not block:
            continue
        top = block[0]
        num = _numbered(lines[top - 1])
        numbered = (
            num is not None
            and not re.match(r"RESOLVED\b", num.text, re.IGNORECASE)
            and (prev_number is None or follows(prev_number, num) == 1.0)
        )
        if numbered:
            number = num.number
            title = " ".join([num.text] + [lines[k - 1] for k in block[1:]])
            prev_number = num
        else:
            if num is not None:  # a numbered paragraph of the previous minute's body
                block = block[1:] or block
            # an unnumbered heading is one line, or more only when it wraps (lower-case tail)
            while len(block) > 1 and not lines[block[-1] - 1][:1].islower():
                block = block[1:]
            top = block[0]
            number = item
            title = " ".join(lines[k - 1] for k in block)
        out.append(Heading(number, title.strip(), top, a))
        floor = a + 1
    return out

def next_meeting_end(lines: list[str], h: Heading) -> int:
    """Given a "date of next meeting" minute, return where its body really ends.

    Such a minute is last; whatever follows it without a cover sheet (the next report's text)
    is not part of it, so its body runs only over lines about dates and meetings.
    """
    last = h.title_end
    for n in range(h.title_end + 1, h.end + 1):
        text = lines[n - 1]
        if not text:
            continue
        if APPENDIX.match(text) or COVER.match(text):
            break
        about_dates = (
            re.match(r"^(?:Resolved|Agreed)\b", text, re.IGNORECASE)
            or DATE.search(text)
            or re.search(rf"^[-•\s]*(?:{WEEKDAY})?\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\b", text, re.IGNORECASE)
            or re.search(r"\bmeetings?\b|\bcommenc", text, re.IGNORECASE)
        )
        if not about_dates:
            break
        last = n
    return last
