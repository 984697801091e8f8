"""Find the meetings an agenda pack records and segment the pack into meeting sections.

A pack usually holds the agenda of a coming meeting and the minutes of one or more earlier
meetings (possibly of other bodies), between officers' reports, cover sheets and appendices.
This module finds each meeting's heading, decides whether it opens an agenda or minutes, and
works out the section's extent: an agenda runs through its last item, minutes through their
last minute. ``extractors.agenda_items`` and ``extractors.minutes`` read the same segmentation
(``_sections``) so the three tables agree on spans, which the linker relies on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.common import parse_date, span
from minutebook.document import Document

# --- vocabularies (data, not code) -------------------------------------------------------

_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
# UK day-first dates ("Tuesday, 5th June, 2018", "16 June 2020"), US month-first ("March 17,
# 2010") and dotted ("06.03.2014") as they are printed in meeting headings.
_DATE = re.compile(
    rf"{_WEEKDAY}?\d{{1,2}}\s*(?:st|nd|rd|th)?\s+{_MONTHS},?\s+(?:19|20)\d{{2}}"
    rf"|{_WEEKDAY}?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}"
    r"|\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\b",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_AGENDA_MARK = re.compile(r"^(?:A\s+G\s+E\s+N\s+D\s+A|AGENDA)$")
_LABEL = re.compile(r"^(Venue|Date and Time|Date|Time)\s*:-?\s*(.*)$", re.IGNORECASE)
# Lines that open the attendance block of minutes; their presence just under a heading is
# what distinguishes a minutes heading from a running header or a cover-sheet line.
_MINUTES_CUE = re.compile(
    r"^(?:Present\s*:|PRESENT\b|In attendance\s*:|IN ATTENDANCE\b|Attendance\s*:|Apologies\b)"
    r"|called to order",
    re.IGNORECASE,
)
# "MINUTES of a meeting of the Cabinet held in the Council Chamber, ... on Thursday, ..."
_MINUTES_SENTENCE = re.compile(
    r"^minutes\s+(?:of|from)\s+(?:a|the)\s+meeting\b(?:\s+of\s+(?:the\s+)?(?P<name>.+?),?)?"
    r"\s+held\b(?P<rest>.*)$",
    re.IGNORECASE,
)
# "A meeting of the County Council will be held in the Council Chamber, ... on Thursday, ..."
_SUMMONS = re.compile(
    r"^A meeting of (?:the )?(?P<name>.+?) will be held (?P<rest>.*)$", re.IGNORECASE
)
# Report cover sheets and appendices end a meeting section (they are not meetings).
_COVER = re.compile(
    r"^(?:Summary Sheet|Committee Name and Date of Committee Meeting|Report Title\b|Public Report\b"
    r"|BRIEFING\b|This page is intentionally left blank"
    r"|(?:[A-Z][A-Za-z ]+ )?(?:BOROUGH|COUNTY|CITY|DISTRICT) COUNCIL\s*[–-]\s*REPORT TO\b"
    r"|REPORT TO\b|\d+\.\s*Meeting\s*:-)",
)
_APPENDIX = re.compile(r"^(?:Appendix|APPENDIX|Annex|ANNEX)\b")
# An appendix that is the meeting's own action log stays inside the meeting.
_ACTION_LOG = re.compile(r"action(?:s)?\s*(?:points?|log|tracker|sheet)\b", re.IGNORECASE)
# Lines that end an agenda's list of items (membership, the proper officer's signature).
_AGENDA_END = re.compile(
    r"\bmembership\b|^Chief Executive\.?$|^General Counsel$|^Head of Democratic|^Democratic Services$"
    r"|^Yours (?:sincerely|faithfully)",
    re.IGNORECASE,
)
# Words left lower case when a name printed in capitals is put in title case.
_SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by", "or"}
_NOT_A_BODY = re.compile(
    r"^(?:Summary Sheet|Report Title|Agenda|Minutes|Present|Venue|Date|Time|Apologies|Item|Page"
    r"|Membership|Resolved|Background|Recommendations?|Appendix)\b",
    re.IGNORECASE,
)
# Labels and notes printed between agenda items; never part of an item's title.
_AGENDA_NOTE = re.compile(
    r"^(?:UNRESTRICTED|EXEMPT|PART\s+(?:I|II|1|2)\b|For (?:Decision|Discussion|Information)\b"
    r"|\((?!Pages?\b))"
)
_NEXT_MEETING = re.compile(r"\b(?:next|future|further)\s+meetings?\b|\bdates?\s+of\s+(?:the\s+)?meetings?\b", re.IGNORECASE)
# "124. TITLE", "6.1 Title": a whole number needs its full stop, a sub-number may go without.
_NUMBERED = re.compile(r"^(\d{1,4}\.\d{1,2}|\d{1,4}(?=\.))\.?\s+(\S.*)$")
# Lines allowed between the attendance block and the first minute.
_MAX_LEAD = 80
_ITEM_REF = re.compile(r"^\(Item\s+(\d{1,3}[a-z]?)\)$", re.IGNORECASE)


@dataclass
class _Heading:
    """A numbered (or Kent "(Item n)"-anchored) heading inside a meeting section."""

    number: str | None
    title: str
    start: int
    title_end: int
    end: int = 0


@dataclass
class _Section:
    """A meeting found in a document, with its extent and its item or minute headings."""

    kind: str
    committee: str | None
    meeting_date: dt.date | None
    start_time: str | None
    venue: str | None
    start: int
    body_start: int
    end: int = 0
    headings: list[_Heading] = field(default_factory=list)


# --- public entry point ------------------------------------------------------------------


def extract_meetings(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per meeting it records (agenda or minutes).

    Cover sheets of officers' reports and appendices are not meetings; a running header that
    repeats a meeting's name and date is not a second meeting.
    """
    try:
        sections = _sections(doc)
    except Exception:  # an extractor never raises on odd input
        return []
    return [
        {
            "committee": s.committee,
            "meeting_date": s.meeting_date,
            "kind": s.kind,
            "start_time": s.start_time,
            "venue": s.venue,
            **span(doc, s.start, s.end),
        }
        for s in sections
    ]


# --- segmentation (shared with agenda_items and minutes) ---------------------------------


def _clean(line: str) -> str:
    """Given a normalised line, return it without leftover markup and with single spaces."""
    line = re.sub(r"\*+|^#+\s*|^>\s*", "", line)
    return " ".join(line.replace("\u00a0", " ").split())


def _sections(doc: Document) -> list[_Section]:
    """Given a document, return its meeting sections in reading order, with headings.

    Meetings, agenda items and minutes all read this segmentation, so it is computed once per
    document (``Document.derived``). Callers must not modify the sections.
    """
    return doc.derived("meetings.sections", _compute_sections)


def _compute_sections(doc: Document) -> list[_Section]:
    """Given a document, segment it into meeting sections (see ``_sections``)."""
    lines = [_clean(x) for x in doc.lines]
    if not lines:
        return []
    found = _find_headings(lines)
    sections: list[_Section] = []
    seen: set[tuple] = set()
    for sec in sorted(found, key=lambda s: s.start):
        key = (_norm(sec.committee), sec.meeting_date, sec.kind)
        if sections and sec.start <= sections[-1].body_start:
            prev = sections[-1]  # two readings of one heading block: keep what each knows
            for attr in ("committee", "meeting_date", "start_time", "venue"):
                if getattr(prev, attr) is None:
                    setattr(prev, attr, getattr(sec, attr))
            prev.body_start = max(prev.body_start, sec.body_start)
            continue
        if key in seen:  # running header of a meeting already found
            continue
        seen.add(key)
        sections.append(sec)
    pdf = doc.media_type == "pdf"
    # Rows of a PDF table ("15. Steve Ashley  Discuss the format ...") are not minute headings.
    table_lines = doc.pdf_table_lines()
    for i, sec in enumerate(sections):
        limit = sections[i + 1].start - 1 if i + 1 < len(sections) else len(lines)
        region_end = _region_end(lines, sec.body_start, limit, sec.kind)
        if sec.kind == "agenda":
            _segment_agenda(lines, sec, region_end, pdf)
        else:
            _segment_minutes(lines, sec, region_end, table_lines)
    return sections


def _norm(name: str | None) -> str:
    """Given a committee name, return it lower-cased with punctuation folded to spaces."""
    return re.sub(r"[^a-z0-9]+", " ", (name or "").lower()).strip()


def _region_end(lines: list[str], start: int, limit: int, kind: str) -> int:
    """Given a section's body start and hard limit, return the last line before a cover/appendix."""
    for n in range(start + 1, limit + 1):
        text = lines[n - 1]
        if _COVER.match(text):
            return n - 1
        if _APPENDIX.match(text) and not (kind == "minutes" and _ACTION_LOG.search(text)):
            return n - 1
    return limit


def _last_text_line(lines: list[str], start: int, end: int) -> int:
    """Given a range, return its last non-blank line (or ``start`` when all are blank)."""
    for n in range(end, start - 1, -1):
        if lines[n - 1]:
            return n
    return start


# --- meeting headings --------------------------------------------------------------------


def _nonblank_after(lines: list[str], n: int, count: int) -> list[int]:
    """Given a line number, return the numbers of up to ``count`` non-blank lines after it."""
    out = []
    for m in range(n + 1, len(lines) + 1):
        if lines[m - 1]:
            out.append(m)
            if len(out) >= count:
                break
    return out


def _find_headings(lines: list[str]) -> list[_Section]:
    """Given cleaned lines, return every meeting heading found, unordered and unmerged."""
    found: list[_Section] = []
    for n, text in enumerate(lines, start=1):
        if not text:
            continue
        sec = (
            _minutes_sentence(lines, n)
            or _summons(lines, n)
            or _labelled_agenda(lines, n)
            or _name_date_heading(lines, n)
        )
        if sec is not None and sec.meeting_date is not None:
            found.append(sec)
    return found


def _joined(lines: list[str], n: int, max_lines: int = 3) -> tuple[str, int]:
    """Given a line that may wrap (PDF text), return it joined with its wrapped tail."""
    text, last = lines[n - 1], n
    while last < len(lines) and last - n < max_lines - 1 and lines[last] and not re.search(r"[.:]$", text):
        nxt = lines[last]
        if _MINUTES_CUE.match(nxt) or _AGENDA_MARK.match(nxt):
            break
        text += " " + nxt
        last += 1
    return text, last


_YEARISH = re.compile(r"(?:19|20)\d\d|\d\.\d")


def _date_in(text: str) -> tuple[dt.date | None, re.Match | None]:
    """Given text, return the first printed date in it (parsed) and its match.

    Headings print their date early: only the first 400 characters are searched, and only
    when they hold something year-like (the full pattern is slow on long prose lines).
    """
    text = text[:400]
    if not _YEARISH.search(text):
        return None, None
    m = _DATE.search(text)
    return (parse_date(m.group(0)), m) if m else (None, None)


def _time_in(text: str) -> str | None:
    """Given text, return its first clock time as 'HH:MM' (24-hour), or None."""
    m = _TIME.search(text)
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 12 or minute > 59:
        return None
    if m.group(3).lower() == "p" and hour != 12:
        hour += 12
    if m.group(3).lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _venue_from(rest: str) -> str | None:
    """Given the text after "held", return the venue ("in the X on <date>" -> "X")."""
    m = re.match(r"\s*(?:in|at)\s+(?:the\s+)?(.+?)(?:,?\s+on\s+.*|\.)?$", rest, re.IGNORECASE)
    if not m:
        return None
    venue = m.group(1).strip(" ,.")
    return venue or None


def _title_case(name: str) -> str:
    """Given a body's name as printed, return it in title case when printed in capitals."""
    name = " ".join(name.split()).strip(" ,.-–:")
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    if " " not in name and len(name) <= 5:  # an acronym such as TMG
        return name
    words = []
    for i, word in enumerate(name.split(" ")):
        if word.startswith("(") and word.endswith(")"):
            words.append(word)  # "(RLSCB)" stays an acronym
            continue
        lower = word.lower()
        if i > 0 and lower in _SMALL_WORDS:
            words.append(lower)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in lower.split("-")))
    return " ".join(words)


def _looks_like_name(text: str) -> bool:
    """Given a line, return whether it could be the name of a committee or board."""
    if not 3 <= len(text) <= 90 or re.search(r"\d|[.:;?!]$|@|http", text):
        return False
    if _NOT_A_BODY.match(text) or not text[0].isupper():
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75 and len(words) <= 10


def _has_cue(lines: list[str], n: int, pattern: re.Pattern, count: int) -> int | None:
    """Given a line, return the first of the next ``count`` non-blank lines matching ``pattern``."""
    for m in _nonblank_after(lines, n, count):
        if pattern.search(lines[m - 1]):
            return m
    return None


def _heading_top(lines: list[str], n: int, committee: str | None) -> int:
    """Given a heading's first line, return it extended up over a title line just above."""
    top = n
    for m in range(n - 1, max(0, n - 4), -1):
        text = lines[m - 1]
        if not text:
            continue
        upper = text.isupper() and len(text) <= 60
        named = committee is not None and _norm(committee) and _norm(committee) in _norm(text)
        if (upper or named) and not re.search(r"[.:]$", text):
            top = m
        else:
            break
    return top


def _minutes_sentence(lines: list[str], n: int) -> _Section | None:
    """Given a line, return the minutes it opens if it reads "Minutes of a meeting ... held ..."."""
    if not lines[n - 1].lower().startswith("minutes"):
        return None
    text, last = _joined(lines, n)
    m = _MINUTES_SENTENCE.match(text)
    if not m:
        return None
    rest = m.group("rest")
    committee = m.group("name")
    date, dm = _date_in(rest)
    start_time = _time_in(rest[dm.end():]) if dm else _time_in(rest)
    head, _, tail = rest.partition(dm.group(0)) if dm else (rest, "", "")
    at = re.search(r"\b(?:at|in)\s+(?:the\s+)?([A-Z].*)$", tail)
    venue = _venue_from(head) or (at.group(1).strip(" ,.") if at else None)
    if committee is None or date is None:
        # "CORPORATE PARENTING PANEL – 10th December 2024" above "MINUTES of the meeting held in ..."
        for m2 in range(n - 1, max(0, n - 4), -1):
            above = lines[m2 - 1]
            if not above:
                continue
            d2, dm2 = _date_in(above)
            name = above[: dm2.start()].strip(" –-,") if dm2 else above
            if committee is None and _looks_like_name(name):
                committee = name
            if date is None:
                date = d2
            break
    if committee is None:
        return None
    committee = _title_case(re.sub(r"\s*\(.*?\)\s*$", "", committee))
    top = _heading_top(lines, n, committee)
    return _Section("minutes", committee, date, start_time, venue, top, last)


def _summons(lines: list[str], n: int) -> _Section | None:
    """Given a line, return the agenda it opens if it is a Kent-style summons sentence."""
    if not lines[n - 1].lower().startswith("a meeting of"):
        return None
    text, last = _joined(lines, n)
    m = _SUMMONS.match(text)
    if not m:
        return None
    rest = m.group("rest")
    date, dm = _date_in(rest)
    if date is None:
        return None
    venue = _venue_from(rest[: dm.start()])
    start_time = _time_in(rest[dm.end():])
    top = n
    # The frontsheet's title block ("Summons to and Agenda for a Meeting on ...") opens the section.
    for m2 in range(n - 1, 0, -1):
        if re.match(r"^(?:Summons|Agenda for)\b", lines[m2 - 1], re.IGNORECASE):
            top = m2
    return _Section("agenda", _title_case(m.group("name")), date, start_time, venue, top, last)


def _labelled_agenda(lines: list[str], n: int) -> _Section | None:
    """Given a line, return the agenda it opens if it names a body above Date/Venue labels.

    Rotherham style: the body's name, then "Venue:", "Date:", "Time:" (or "Date and Time :-")
    and the A G E N D A marker; Kent style: AGENDA, the body's name, a date-and-time line and
    the venue.
    """
    name = lines[n - 1]
    if not _looks_like_name(name) or _AGENDA_MARK.match(name):
        return None
    after = _nonblank_after(lines, n, 28)
    marker = next((m for m in after if _AGENDA_MARK.match(lines[m - 1])), None)
    before_marker = next(
        (m for m in range(n - 1, max(0, n - 3), -1) if _AGENDA_MARK.match(lines[m - 1])), None
    )
    if marker is None and before_marker is None:
        return None
    window = [m for m in after[:8] if marker is None or m < marker]
    fields: dict[str, str] = {}
    last = n
    current = None
    for m in window:
        text = lines[m - 1]
        lab = _LABEL.match(text)
        if lab:
            current = lab.group(1).lower()
            fields[current] = lab.group(2)
            last = m
        elif current == "venue" and m == last + 1:
            fields["venue"] += " " + text  # the venue wraps over several lines
            last = m
        else:
            current = None
    date = start_time = venue = None
    if fields:
        date, _ = _date_in(fields.get("date", "") or fields.get("date and time", ""))
        start_time = _time_in(fields.get("time", "") or fields.get("date and time", ""))
        venue = fields.get("venue", "").strip(" ,.*") or None
    elif before_marker is not None and after:
        # Kent: AGENDA / CABINET / "Thursday, 30th January, 2025, at 10.00 am Ask for: ..." / venue.
        first = after[0]
        date, dm = _date_in(lines[first - 1])
        if date is None or dm.start() > 2:
            return None
        start_time = _time_in(lines[first - 1][dm.end():])
        venue_lines = []
        for m in after[1:4]:
            text = lines[m - 1]
            if re.match(r"^(?:Telephone|Tel|Email|E-mail|Ask for|UNRESTRICTED|Membership)\b", text, re.IGNORECASE):
                break
            venue_lines.append(text)
            last = m
        venue = " ".join(venue_lines).strip(" ,.") or None
        last = max(last, first)
    if date is None:
        return None
    top = before_marker if before_marker is not None else n
    return _Section("agenda", _title_case(name), date, start_time, venue, top, max(last, n))


def _name_date_heading(lines: list[str], n: int) -> _Section | None:
    """Given a line, return the minutes it opens if it is "NAME" + date above an attendance block.

    Covers "IMPROVING LIVES SELECT COMMISSION24th April, 2018", the name over a date line, and
    "BOARD OF ESTIMATES March 17, 2010"; a running header or a cover-sheet line with a name and
    a date is not followed by Present:/Attendance: and so is not taken.
    """
    text = lines[n - 1]
    date, dm = _date_in(text)
    last = n
    if dm is not None:
        name = text[: dm.start()].strip(" –-,")
        if text[dm.end():].strip(" .,"):
            return None  # the date is inside prose, not a heading
    else:
        name = text
        nxt = _nonblank_after(lines, n, 1)
        if not nxt or nxt[0] - n > 2:
            return None
        date, dm = _date_in(lines[nxt[0] - 1])
        if dm is None or lines[nxt[0] - 1][dm.end():].strip(" .,") or dm.start() > 0:
            return None
        last = nxt[0]
    if date is None or not _looks_like_name(name):
        return None
    for m in range(n - 1, max(0, n - 4), -1):
        if re.search(r"Committee Name and Date|Summary Sheet", lines[m - 1], re.IGNORECASE):
            return None
    cue = _has_cue(lines, last, _MINUTES_CUE, 10)
    if cue is None:
        return None
    return _Section("minutes", _title_case(name), date, None, None, n, last)


# --- section contents ---------------------------------------------------------------------


def _candidates(lines: list[str], start: int, end: int) -> list[_Heading]:
    """Given a line range, return every numbered line in it as a possible heading."""
    out = []
    for n in range(start, end + 1):
        m = _NUMBERED.match(lines[n - 1])
        if m:
            out.append(_Heading(m.group(1), m.group(2).strip(), n, n))
    return out


def _successor(prev: str, cur: str) -> bool:
    """Given the previous heading number, return whether ``cur`` can follow it."""
    p = [int(x) for x in prev.split(".")]
    c = [int(x) for x in cur.split(".")]
    if len(p) == 1:
        return c == [p[0] + 1] or c == [p[0], 1]
    return c == [p[0], p[1] + 1] or c == [p[0] + 1]


def _best_chain(cands: list[_Heading], weight: Callable[[_Heading], float]) -> list[_Heading]:
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


def _segment_agenda(lines: list[str], sec: _Section, region_end: int, pdf: bool) -> None:
    """Given an agenda section, find its items and set the section's end at the last item."""
    first = next(
        (n for n in range(sec.body_start, region_end + 1) if _AGENDA_MARK.match(lines[n - 1])), sec.body_start
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

    def weight(h: _Heading) -> float:
        return 1.0 if len(h.title) <= 250 else 0.0

    chain = _best_chain(_candidates(lines, first + 1, end), weight)
    for k, h in enumerate(chain):
        nxt = chain[k + 1].start - 1 if k + 1 < len(chain) else end
        h.end = _last_text_line(lines, h.start, nxt)
        h.title_end, h.title = _item_title(lines, h, pdf)
        for n in range(h.title_end + 1, h.end + 1):
            if _AGENDA_NOTE.match(lines[n - 1]):  # a section label or note between items
                h.end = _last_text_line(lines, h.title_end, n - 1)
                break
    sec.headings = chain
    sec.end = chain[-1].end if chain else _last_text_line(lines, sec.body_start, sec.body_start)


def _is_person_line(text: str) -> bool:
    """Given a line, return whether it is a signatory's name ("Sharon Kemp,")."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z'’-]+(?: [A-Z][A-Za-z'’-]+){1,3},?", text)) or (
        text.isupper() and bool(re.fullmatch(r"[A-Z'’ -]+,", text))
    )


def _item_title(lines: list[str], h: _Heading, pdf: bool) -> tuple[int, str]:
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


def _segment_minutes(lines: list[str], sec: _Section, region_end: int, table_lines: set[int] = frozenset()) -> None:
    """Given a minutes section, find its minutes and set the section's end after the last one."""
    start = sec.body_start + 1
    cue = _has_cue(lines, sec.body_start, _MINUTES_CUE, 15)
    if cue is not None:
        start = cue + 1  # a meeting note may list its own agenda above the attendance
    anchors = [n for n in range(start, region_end + 1) if _ITEM_REF.match(lines[n - 1])]
    widths = sorted(len(x) for x in lines[start - 1 : region_end] if x)
    full_width = widths[int(len(widths) * 0.9)] if len(widths) >= 20 else 0
    if anchors:
        chain = _anchored_headings(lines, anchors, start)
    else:

        def weight(h: _Heading) -> float:
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
        h.end = _last_text_line(lines, h.title_end, nxt)
    if chain:
        last = chain[-1]
        if _NEXT_MEETING.search(last.title):
            last.end = _next_meeting_end(lines, last)
        sec.end = last.end
        tail = range(last.end + 1, region_end + 1)
        if any(_APPENDIX.match(lines[n - 1]) and _ACTION_LOG.search(lines[n - 1]) for n in tail):
            sec.end = _last_text_line(lines, last.end, region_end)  # the meeting's action log
    else:
        sec.end = _last_text_line(lines, sec.body_start, region_end)
    sec.headings = chain


def _anchored_headings(lines: list[str], anchors: list[int], start: int) -> list[_Heading]:
    """Given the "(Item n)" lines of Kent-style minutes, return the headings they close.

    The heading is the block of lines just above its "(Item n)" line, back to the end of the
    previous paragraph (a line ending in a full stop); when that block opens with a minute
    number continuing the previous one ("84. Apologies"), the number is taken, otherwise the
    printed item number stands in for it.
    """
    out: list[_Heading] = []
    floor = start
    prev_number: str | None = None
    for a in anchors:
        item = _ITEM_REF.match(lines[a - 1]).group(1)
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
        out.append(_Heading(number, title.strip(), top, a))
        floor = a + 1
    return out


def _next_meeting_end(lines: list[str], h: _Heading) -> int:
    """Given a "date of next meeting" minute, return where its body really ends.

    Such a minute is last; whatever follows it without a cover sheet (the next report's text)
    is not part of it, so its body runs only over lines about dates and meetings.
    """
    last = h.title_end
    for n in range(h.title_end + 1, h.end + 1):
        text = lines[n - 1]
        if not text:
            continue
        if _APPENDIX.match(text) or _COVER.match(text):
            break
        about_dates = (
            re.match(r"^(?:Resolved|Agreed)\b", text, re.IGNORECASE)
            or _DATE.search(text)
            or re.search(rf"^[-•\s]*(?:{_WEEKDAY})?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}\b", text, re.IGNORECASE)
            or re.search(r"\bmeetings?\b|\bcommenc", text, re.IGNORECASE)
        )
        if not about_dates:
            break
        last = n
    return last
