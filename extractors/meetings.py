"""Find the meetings an agenda pack records and segment the pack into meeting sections.

A pack usually holds the agenda of a coming meeting and the minutes of one or more earlier
meetings (possibly of other bodies), between officers' reports, cover sheets and appendices.
This module finds each meeting's heading, decides whether it opens an agenda or minutes, and
works out the section's extent: an agenda runs through its last item, minutes through their
last minute. ``extractors.agenda_items`` and ``extractors.minutes`` read the same segmentation
(``meeting_sections``) so the three tables agree on spans, which the linker relies on.
"""

from __future__ import annotations

import re

from extractors.common import span
from extractors.headings import (
    ACTION_LOG,
    AGENDA_MARK,
    APPENDIX,
    COVER,
    MINUTES_CUE,
    Section,
    clean_line,
    date_in,
    first_cue,
    SMALL_WORDS,
    nonblank_after,
    norm_name,
    time_in,
    title_case,
)
from extractors.segments import segment_agenda, segment_minutes
from extractors.committee_names import _is_generic, tidy_committee, vocab
from extractors.meeting_dates import corrected_date
from extractors.next_agenda import with_next_agendas
from extractors.opening_sentences import document_meeting, opening_sentence
from extractors.titles import title_blocks
from minutebook.document import Document

# --- vocabularies (data, not code) -------------------------------------------------------

_LABEL = re.compile(r"^(Venue|Date and Time|Date|Time)\s*:-?\s*(.*)$", re.IGNORECASE)

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

_NOT_A_BODY = re.compile(
    r"^(?:Summary Sheet|Report Title|Agenda|Minutes|Present|Venue|Date|Time|Apologies|Item|Page"
    r"|Membership|Resolved|Background|Recommendations?|Appendix)\b",
    re.IGNORECASE,
)

def extract_meetings(doc: Document, settings: dict | None = None) -> list[dict]:
    """Given a document, return one record per meeting it records (agenda or minutes).

    Cover sheets of officers' reports and appendices are not meetings; a running header that
    repeats a meeting's name and date is not a second meeting.
    """
    try:
        sections = meeting_sections(doc)
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

def meeting_sections(doc: Document) -> list[Section]:
    """Given a document, return its meeting sections in reading order, with headings.

    Meetings, agenda items and minutes all read this segmentation, so it is computed once per
    document (``Document.derived``). Callers must not modify the sections.
    """
    return doc.derived("meetings.sections", _compute_sections)

def _compute_sections(doc: Document) -> list[Section]:
    """Given a document, segment it into meeting sections (see ``meeting_sections``)."""
    lines = [clean_line(x) for x in doc.lines]
    if not lines:
        return []
    found = _find_headings(lines) + _general_headings(doc, lines)
    sections: list[Section] = []
    seen: set[tuple] = set()
    for sec in sorted(found, key=lambda s: (s.start, s.generic)):
        key = (norm_name(sec.committee), sec.meeting_date, sec.kind)
        if sections and _same_heading(sections[-1], sec):
            sections[-1] = _merged(sections[-1], sec)
            continue
        if key in seen or (sec.generic and any((s.meeting_date, s.kind) == (sec.meeting_date, sec.kind)
                                                for s in sections)):
            continue  # a running header of a meeting already found
        seen.add(key)
        sections.append(sec)
    for sec in sections:
        sec.committee = tidy_committee(sec.committee)
    if not sections:
        fallback = document_meeting(doc, lines)
        sections = [fallback] if fallback is not None else []
    # Rows of a PDF table ("15. Steve Ashley  Discuss the format ...") are not minute headings,
    # unless the minutes themselves are laid out as a table (item | text | action).
    table_lines = doc.pdf_table_lines()
    for i, sec in enumerate(sections):
        limit = sections[i + 1].start - 1 if i + 1 < len(sections) else len(lines)
        region_end = _region_end(lines, sec.body_start, limit, sec.kind)
        if sec.kind == "agenda":
            segment_agenda(doc, lines, sec, region_end)
        else:
            gridded = _laid_out_as_table(table_lines, sec.body_start, region_end)
            segment_minutes(doc, lines, sec, region_end, frozenset() if gridded else table_lines)
            sec.gridded = gridded
            # a title date left over from the last meeting's minutes (extractors.meeting_dates)
            sec.meeting_date = corrected_date(sec.meeting_date, lines, sec.body_start, sec.end, doc.source_path)
    return with_next_agendas(doc, lines, sections)


def _laid_out_as_table(table_lines: set[int], start: int, end: int) -> bool:
    """Given the lines PDF tables occupy and a section's range, return whether most of the
    section is a table: minutes laid out as a grid of item, text and action columns."""
    span = range(start + 1, end + 1)
    return len(span) >= 10 and sum(n in table_lines for n in span) > 0.5 * len(span)


def prose_table_lines(doc: Document) -> set[int]:
    """Given a document, return the lines of its PDF tables that are tables within the text,
    not minutes laid out as a grid (whose rows are the minutes' own text)."""
    grid = {n for sec in meeting_sections(doc) if getattr(sec, "gridded", False)
            for n in range(sec.body_start, sec.end + 1)}
    return doc.pdf_table_lines() - grid

def _general_headings(doc: Document, lines: list[str]) -> list[Section]:
    """Given a document and its cleaned lines, return the meetings found by their title
    blocks and opening sentences (``extractors.titles``), marked generic."""
    found = title_blocks(doc, lines)
    found += [sec for n in range(1, len(lines) + 1) if (sec := opening_sentence(lines, n)) is not None]
    for sec in found:
        sec.generic = 1
    return found


def _same_heading(prev: Section, sec: Section) -> bool:
    """Given the last section kept and the next one found, return whether they are two
    readings of one heading: overlapping lines, or the same date and kind with the second
    just under the first (a title block, then "A regular meeting of ... was held on ...")."""
    if sec.start <= prev.body_start:
        return True
    return (prev.meeting_date == sec.meeting_date and prev.kind == sec.kind and not prev.headings
            and sec.start - prev.body_start <= 12)


def _merged(prev: Section, sec: Section) -> Section:
    """Given two readings of one heading, return one section: the house-style reading (or the
    first) decides, its start included, and the other fills what it left unknown."""
    first, other = (prev, sec) if prev.generic <= sec.generic else (sec, prev)
    for attr in ("committee", "meeting_date", "start_time", "venue"):
        if getattr(first, attr) is None:
            setattr(first, attr, getattr(other, attr))
    if first.committee and other.committee and _is_generic(tidy_committee(first.committee)) \
            and not _is_generic(tidy_committee(other.committee)) \
            and norm_name(tidy_committee(other.committee)).endswith(norm_name(tidy_committee(first.committee))):
        # "Lincoln Township" / "Board Meeting Minutes": one reading saw only the second
        # line's bare "Board", the title block names the body in full.
        first.committee = other.committee
    if prev.generic == sec.generic:
        first.start = min(prev.start, sec.start)
    first.body_start = max(prev.body_start, sec.body_start)
    return first


def _region_end(lines: list[str], start: int, limit: int, kind: str) -> int:
    """Given a section's body start and hard limit, return the last line before a cover/appendix."""
    for n in range(start + 1, limit + 1):
        text = lines[n - 1]
        if COVER.match(text):
            return n - 1
        if APPENDIX.match(text) and not (kind == "minutes" and ACTION_LOG.search(text)):
            return n - 1
    return limit

def _find_headings(lines: list[str]) -> list[Section]:
    """Given cleaned lines, return every meeting heading found, unordered and unmerged."""
    found: list[Section] = []
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
        if MINUTES_CUE.match(nxt) or AGENDA_MARK.match(nxt):
            break
        text += " " + nxt
        last += 1
    return text, last

def _venue_from(rest: str) -> str | None:
    """Given the text after "held", return the venue ("in the X on <date>" -> "X")."""
    m = re.match(r"\s*(?:in|at)\s+(?:the\s+)?(.+?)(?:,?\s+on\s+.*|\.)?$", rest, re.IGNORECASE)
    if not m:
        return None
    venue = m.group(1).strip(" ,.")
    return venue or None

def _looks_like_name(text: str) -> bool:
    """Given a line, return whether it could be the name of a committee or board."""
    if not 3 <= len(text) <= 90 or re.search(r"\d|[.:;?!]$|@|http", text):
        return False
    if _NOT_A_BODY.match(text) or not text[0].isupper():
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if w.lower() not in SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75 and len(words) <= 10

def _heading_top(lines: list[str], n: int, committee: str | None) -> int:
    """Given a heading's first line, return it extended up over a title line just above."""
    top = n
    for m in range(n - 1, max(0, n - 4), -1):
        text = lines[m - 1]
        if not text:
            continue
        upper = text.isupper() and len(text) <= 60
        named = committee is not None and norm_name(committee) and norm_name(committee) in norm_name(text)
        if (upper or named) and not re.search(r"[.:]$", text):
            top = m
        else:
            break
    return top

def _minutes_sentence(lines: list[str], n: int) -> Section | None:
    """Given a line, return the minutes it opens if it reads "Minutes of a meeting ... held ..."."""
    if not lines[n - 1].lower().startswith("minutes"):
        return None
    text, last = _joined(lines, n)
    m = _MINUTES_SENTENCE.match(text)
    if not m:
        return None
    rest = m.group("rest")
    committee = m.group("name")
    date, dm = date_in(rest)
    start_time = time_in(rest[dm.end():]) if dm else time_in(rest)
    head, _, tail = rest.partition(dm.group(0)) if dm else (rest, "", "")
    at = re.search(r"\b(?:at|in)\s+(?:the\s+)?([A-Z].*)$", tail)
    venue = _venue_from(head) or (at.group(1).strip(" ,.") if at else None)
    if committee is None or date is None:
        # "CORPORATE PARENTING PANEL – 10th December 2024" above "MINUTES of the meeting held in ..."
        for m2 in range(n - 1, max(0, n - 4), -1):
            above = lines[m2 - 1]
            if not above:
                continue
            d2, dm2 = date_in(above)
            name = above[: dm2.start()].strip(" –-,") if dm2 else above
            if committee is None and _looks_like_name(name):
                committee = name
            if date is None:
                date = d2
            break
    if committee is None:
        return None
    if committee.lower() in vocab()["whole_council_generic"]:
        committee = _full_name_above(lines, n, committee)
    committee = title_case(re.sub(r"\s*\(.*?\)\s*$", "", committee))
    top = _heading_top(lines, n, committee)
    return Section("minutes", committee, date, start_time, venue, top, last)

def _full_name_above(lines: list[str], n: int, generic: str) -> str:
    """Given "the Parish Council" said by a minutes sentence on line ``n``, return the body's
    full name when the lines just above print it ("LOWER ASHWORTH PARISH COUNCIL"), else the
    generic name as it was."""
    for m2 in range(n - 1, max(0, n - 4), -1):
        above = lines[m2 - 1].strip()
        if (above and len(above) > len(generic) and above.lower().endswith(generic.lower().split()[-1])
                and _looks_like_name(above) and not date_in(above)[0]):
            return above
    return generic

def _summons(lines: list[str], n: int) -> Section | None:
    """Given a line, return the agenda it opens if it is a Kent-style summons sentence."""
    if not lines[n - 1].lower().startswith("a meeting of"):
        return None
    text, last = _joined(lines, n)
    m = _SUMMONS.match(text)
    if not m:
        return None
    rest = m.group("rest")
    date, dm = date_in(rest)
    if date is None:
        return None
    venue = _venue_from(rest[: dm.start()])
    start_time = time_in(rest[dm.end():])
    top = n
    # The frontsheet's title block ("Summons to and Agenda for a Meeting on ...") opens the section.
    for m2 in range(n - 1, 0, -1):
        if re.match(r"^(?:Summons|Agenda for)\b", lines[m2 - 1], re.IGNORECASE):
            top = m2
    return Section("agenda", title_case(m.group("name")), date, start_time, venue, top, last)

def _labelled_agenda(lines: list[str], n: int) -> Section | None:
    """Given a line, return the agenda it opens if it names a body above Date/Venue labels.

    Rotherham style: the body's name, then "Venue:", "Date:", "Time:" (or "Date and Time :-")
    and the A G E N D A marker; Kent style: AGENDA, the body's name, a date-and-time line and
    the venue.
    """
    name = lines[n - 1]
    if not _looks_like_name(name) or AGENDA_MARK.match(name):
        return None
    after = nonblank_after(lines, n, 28)
    marker = next((m for m in after if AGENDA_MARK.match(lines[m - 1])), None)
    before_marker = next(
        (m for m in range(n - 1, max(0, n - 3), -1) if AGENDA_MARK.match(lines[m - 1])), None
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
        date, _ = date_in(fields.get("date", "") or fields.get("date and time", ""))
        start_time = time_in(fields.get("time", "") or fields.get("date and time", ""))
        venue = fields.get("venue", "").strip(" ,.*") or None
    elif before_marker is not None and after:
        # Kent: AGENDA / CABINET / "Thursday, 30th January, 2025, at 10.00 am Ask for: ..." / venue.
        first = after[0]
        date, dm = date_in(lines[first - 1])
        if date is None or dm.start() > 2:
            return None
        start_time = time_in(lines[first - 1][dm.end():])
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
    return Section("agenda", title_case(name), date, start_time, venue, top, max(last, n))

def _name_date_heading(lines: list[str], n: int) -> Section | None:
    """Given a line, return the minutes it opens if it is "NAME" + date above an attendance block.

    Covers "IMPROVING LIVES SELECT COMMISSION24th April, 2018", the name over a date line, and
    "BOARD OF ESTIMATES March 17, 2010"; a running header or a cover-sheet line with a name and
    a date is not followed by Present:/Attendance: and so is not taken.
    """
    text = lines[n - 1]
    date, dm = date_in(text)
    last = n
    if dm is not None:
        name = text[: dm.start()].strip(" –-,")
        if text[dm.end():].strip(" .,"):
            return None  # the date is inside prose, not a heading
    else:
        name = text
        nxt = nonblank_after(lines, n, 1)
        if not nxt or nxt[0] - n > 2:
            return None
        date, dm = date_in(lines[nxt[0] - 1])
        if dm is None or lines[nxt[0] - 1][dm.end():].strip(" .,") or dm.start() > 0:
            return None
        last = nxt[0]
    if date is None or not _looks_like_name(name):
        return None
    for m in range(n - 1, max(0, n - 4), -1):
        if re.search(r"Committee Name and Date|Summary Sheet", lines[m - 1], re.IGNORECASE):
            return None
    cue = first_cue(lines, last, MINUTES_CUE, 10)
    if cue is None:
        return None
    return Section("minutes", title_case(name), date, None, None, n, last)


# --- section contents ---------------------------------------------------------------------
