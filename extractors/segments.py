"""Segment a meeting section into its items: an agenda's numbered items, minutes' headings.

Shared by ``extractors.meetings`` (which finds the sections) and read through it by
``extractors.agenda_items`` and ``extractors.minutes``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.headings import (
    ACTION_LOG,
    AGENDA_MARK,
    APPENDIX,
    COVER,
    DATE,
    MINUTES_CUE,
    MONTHS,
    WEEKDAY,
    Heading,
    Section,
    first_cue,
    last_text_line,
)

# Lines that end an agenda's list of items (membership, the proper officer's signature).
_AGENDA_END = re.compile(
    r"\bmembership\b|^Chief Executive\.?$|^General Counsel$|^Head of Democratic|^Democratic Services$"
    r"|^Yours (?:sincerely|faithfully)",
    re.IGNORECASE,
)

# Labels and notes printed between agenda items; never part of an item's title.
_AGENDA_NOTE = re.compile(
    r"^(?:UNRESTRICTED|EXEMPT|PART\s+(?:I|II|1|2)\b|For (?:Decision|Discussion|Information)\b"
    r"|\((?!Pages?\b))"
)

NEXT_MEETING = re.compile(r"\b(?:next|future|further)\s+meetings?\b|\bdates?\s+of\s+(?:the\s+)?meetings?\b", re.IGNORECASE)

# "124. TITLE", "6.1 Title": a whole number needs its full stop, a sub-number may go without.
_NUMBERED = re.compile(r"^(\d{1,4}\.\d{1,2}|\d{1,4}(?=\.))\.?\s+(\S.*)$")

# Lines allowed between the attendance block and the first minute.
_MAX_LEAD = 80

ITEM_REF = re.compile(r"^\(Item\s+(\d{1,3}[a-z]?)\)$", re.IGNORECASE)

def _candidates(lines: list[str], start: int, end: int) -> list[Heading]:
    """Given a line range, return every numbered line in it as a possible heading."""
    out = []
    for n in range(start, end + 1):
        m = _NUMBERED.match(lines[n - 1])
        if m:
            out.append(Heading(m.group(1), m.group(2).strip(), n, n))
    return out

def _successor(prev: str, cur: str) -> bool:
    """Given the previous heading number, return whether ``cur`` can follow it."""
    p = [int(x) for x in prev.split(".")]
    c = [int(x) for x in cur.split(".")]
    if len(p) == 1:
        return c == [p[0] + 1] or c == [p[0], 1]
    return c == [p[0], p[1] + 1] or c == [p[0] + 1]

def _best_chain(cands: list[Heading], weight: Callable[[Heading], float]) -> list[Heading]:
    """Given numbered candidates, return the heaviest run whose numbers go up one by one."""
    if not cands:
        return []
    best = [0.0] * len(cands)
    back = [-1] * len(cands)
    for j, c in enumerate(cands):
        w = weight(c)
        if w <= 0:
            best[j] = -1.0
            continue
        best[j] = w
        for i in range(j):
            if best[i] > 0 and _successor(cands[i].number, c.number) and best[i] + w > best[j]:
                best[j] = best[i] + w
                back[j] = i
    j = max(range(len(cands)), key=lambda k: (best[k], -k))
    if best[j] <= 0:
        return []
    chain = []
    while j >= 0:
        chain.append(cands[j])
        j = back[j]
    return chain[::-1]

def segment_agenda(lines: list[str], sec: Section, region_end: int, pdf: bool) -> None:
    """Given an agenda section, find its items and set the section's end at the last item."""
    first = next(
        (n for n in range(sec.body_start, region_end + 1) if AGENDA_MARK.match(lines[n - 1])), sec.body_start
    )
    end = region_end
    blanks = 0
    for n in range(first + 1, region_end + 1):
        text = lines[n - 1]
        blanks = blanks + 1 if not text else 0
        if blanks >= 3 or _AGENDA_END.search(text):
            end = n - 1
            break
    if end < region_end and end >= 1 and _is_person_line(lines[end - 1]):
        end -= 1  # the signatory's name above "Chief Executive"/"General Counsel"

    def weight(h: Heading) -> float:
        return 1.0 if len(h.title) <= 250 else 0.0

    chain = _best_chain(_candidates(lines, first + 1, end), weight)
    for k, h in enumerate(chain):
        nxt = chain[k + 1].start - 1 if k + 1 < len(chain) else end
        h.end = last_text_line(lines, h.start, nxt)
        h.title_end, h.title = _item_title(lines, h, pdf)
        for n in range(h.title_end + 1, h.end + 1):
            if _AGENDA_NOTE.match(lines[n - 1]):  # a section label or note between items
                h.end = last_text_line(lines, h.title_end, n - 1)
                break
    sec.headings = chain
    sec.end = chain[-1].end if chain else last_text_line(lines, sec.body_start, sec.body_start)

def _is_person_line(text: str) -> bool:
    """Given a line, return whether it is a signatory's name ("Sharon Kemp,")."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3},?", text)) or (
        text.isupper() and bool(re.fullmatch(r"[A-Z'’ -]+,", text))
    )

def _item_title(lines: list[str], h: Heading, pdf: bool) -> tuple[int, str]:
    """Given an agenda item, return the last line of its title and the title as printed.

    A title wraps onto the next lines in PDF text (until its "(Pages ...)" reference), and in
    text packs onto a following line that starts with a dash ("– Minutes of meeting held ...")
    or in lower case.
    """
    last = h.start
    text = h.title
    for n in range(h.start + 1, h.end + 1):
        nxt = lines[n - 1]
        if not nxt or _AGENDA_NOTE.match(nxt):
            break
        dash = re.match(r"^[–—-]\s*\S", nxt)
        has_pages = re.search(r"\(Pages?\s+[\d\s-]+\)", text)
        wrapped = not has_pages and (pdf or nxt[:1].islower() or re.match(r"^\(Pages?\b", nxt))
        if not (dash or wrapped):
            break
        text += " " + nxt
        last = n
    return last, text

def segment_minutes(lines: list[str], sec: Section, region_end: int, table_lines: set[int] = frozenset()) -> None:
    """Given a minutes section, find its minutes and set the section's end after the last one."""
    start = sec.body_start + 1
    cue = first_cue(lines, sec.body_start, MINUTES_CUE, 15)
    if cue is not None:
        start = cue + 1  # a meeting note may list its own agenda above the attendance
    anchors = [n for n in range(start, region_end + 1) if ITEM_REF.match(lines[n - 1])]
    widths = sorted(len(x) for x in lines[start - 1 : region_end] if x)
    full_width = widths[int(len(widths) * 0.9)] if len(widths) >= 20 else 0
    if anchors:
        chain = _anchored_headings(lines, anchors, start)
    else:

        def weight(h: Heading) -> float:
            title = h.title
            if h.start in table_lines:
                return 0.0
            following = lines[h.start] if h.start < len(lines) else ""
            if full_width and len(lines[h.start - 1]) >= 0.93 * full_width and following and not _NUMBERED.match(following):
                # A line as long as the page is wide runs on into the next: a wrapped heading
                # ends on a short unpunctuated line ("... held on" / "13.12.2013"), a
                # paragraph ("12.1 Richard Burton requested that ...") runs on at full width.
                if len(following) >= 0.6 * full_width or following.rstrip().endswith("."):
                    return 0.0
            letters = [c for c in title if c.isalpha()]
            if not letters or re.search(r"[$£€]\s?\d|[,&/]$", title):
                return 0.0  # a row of a schedule (amounts) or a wrapped fragment
            caps = all(c.isupper() for c in letters) and len(letters) > 2
            if caps:
                return 2.0
            if len(title) > 110 or (title.endswith(".") and len(title) > 40):
                return 0.0  # a sentence of prose, not a heading
            if not title[0].isupper() and not title[0].isdigit():
                return 0.0
            return 1.0

        chain = _best_chain(_candidates(lines, start, region_end), weight)
        if chain and chain[0].start - start > _MAX_LEAD:
            chain = []  # numbered rows far into the text are a schedule, not minutes
    for k, h in enumerate(chain):
        nxt = chain[k + 1].start - 1 if k + 1 < len(chain) else region_end
        h.end = last_text_line(lines, h.title_end, nxt)
    if chain:
        last = chain[-1]
        if NEXT_MEETING.search(last.title):
            last.end = _next_meeting_end(lines, last)
        sec.end = last.end
        tail = range(last.end + 1, region_end + 1)
        if any(APPENDIX.match(lines[n - 1]) and ACTION_LOG.search(lines[n - 1]) for n in tail):
            sec.end = last_text_line(lines, last.end, region_end)  # the meeting's action log
    else:
        sec.end = last_text_line(lines, sec.body_start, region_end)
    sec.headings = chain

def _anchored_headings(lines: list[str], anchors: list[int], start: int) -> list[Heading]:
    """Given the "(Item n)" lines of Kent-style minutes, return the headings they close.

    The heading is the block of lines just above its "(Item n)" line, back to the end of the
    previous paragraph (a line ending in a full stop); when that block opens with a minute
    number continuing the previous one ("84. Apologies"), the number is taken, otherwise the
    printed item number stands in for it.
    """
    out: list[Heading] = []
    floor = start
    prev_number: str | None = None
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
            if _NUMBERED.match(text):
                break
        if not block:
            continue
        top = block[0]
        num = _NUMBERED.match(lines[top - 1])
        numbered = (
            num is not None
            and not re.match(r"RESOLVED\b", num.group(2), re.IGNORECASE)
            and (prev_number is None or _successor(prev_number, num.group(1)))
        )
        if numbered:
            number = num.group(1)
            title = " ".join([num.group(2)] + [lines[k - 1] for k in block[1:]])
            prev_number = number
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

def _next_meeting_end(lines: list[str], h: Heading) -> int:
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
