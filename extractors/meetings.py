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
    APPENDIX,
    COVER,
    MEETING_CLOSED,
    Section,
    clean_line,
    date_in,
    norm_name,
    time_in,
    title_case,
)
from extractors.agenda_segments import segment_agenda
from extractors.segments import segment_minutes
from extractors.committee_names import _is_generic, tidy_committee, vocab
from extractors.house_headings import _joined, _labelled_agenda, _looks_like_name, _name_date_heading, _summons, _venue_from
from extractors.meeting_dates import corrected_date, month_first_date, other_way_in_words
from extractors.next_agenda import with_next_agendas
from extractors.opening_sentences import document_meeting, opening_sentence, opening_time, opening_venue, tidy_venue
from extractors.titles import title_blocks
from minutebook.document import Document

# --- vocabularies (data, not code) -------------------------------------------------------

# "MINUTES of a meeting of the Cabinet held in the Council Chamber, ... on Thursday, ..."
_MINUTES_SENTENCE = re.compile(
    r"^minutes\s+(?:of|from)\s+(?:a|the)\s+meeting\b(?:\s+of\s+(?:the\s+)?(?P<name>.+?),?)?"
    r"\s+held\b(?P<rest>.*)$",
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
        if sections and (both_ways := _read_both_ways(sections[-1], sec, lines)):
            # "City Council Minutes – 11/2/15 Meeting" over the title's "NOVEMBER 2, 2015": one
            # meeting, the date printed in words
            sections[-1] = _merged(sections[-1], sec)
            sections[-1].meeting_date = both_ways
            continue
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
        region_end = _region_end(doc, lines, sec.body_start, limit, sec.kind)
        if sec.kind == "agenda":
            segment_agenda(doc, lines, sec, region_end)
        else:
            gridded = _laid_out_as_table(table_lines, sec.body_start, region_end)
            segment_minutes(doc, lines, sec, region_end, frozenset() if gridded else table_lines)
            sec.gridded = gridded
            if sec.start_time is None:
                # no time in the title block: the one the opening sentence gives
                sec.start_time = opening_time(lines, sec.start, min(sec.end, sec.body_start + 40))
            # a title date left over from the last meeting's minutes (extractors.meeting_dates)
            sec.meeting_date = corrected_date(sec.meeting_date, lines, sec.body_start, sec.end, doc.source_path)
        sec.meeting_date = month_first_date(sec.meeting_date, lines[sec.start - 1:sec.body_start], lines, doc.source_path)
        sec.venue = tidy_venue(sec.venue)
        if sec.venue is None:
            # no place in the title block: the one the opening sentence names
            sec.venue = opening_venue(lines, sec.start, min(limit, sec.body_start + 15))
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


def _read_both_ways(prev: Section, sec: Section, lines: list[str]):
    """Given the last section kept and the next one, return the date to keep when the next is
    the same meeting under a title a few lines down that prints in words the date the first read
    from figures the other way round (11/2/15 taken as 11 February; "NOVEMBER 2, 2015"), else None
    (``meeting_dates.block_date`` settles it within one block)."""
    a, b = prev.meeting_date, sec.meeting_date
    if a is None or b is None:
        return None
    same = (prev.kind == sec.kind and norm_name(prev.committee) == norm_name(sec.committee) and not prev.headings
            and sec.start - prev.body_start <= 12
            and other_way_in_words(a, b, lines[sec.start - 1:sec.body_start]))
    return b if same else None


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
    if first.committee and other.venue and norm_name(first.committee) == norm_name(other.venue) and other.committee:
        # "PLATO TOWNSHIP / BOARD OF TRUSTEES MEETING / Plato Town Hall, Plato Center, IL / date":
        # the line over the date is the venue the title block names, not the body
        first.committee, first.start = other.committee, min(prev.start, sec.start)
    if prev.generic == sec.generic:
        first.start = min(prev.start, sec.start)
    first.body_start = max(prev.body_start, sec.body_start)
    return first


# The sentence that closes a meeting's record: "There being no further business, the meeting was
# adjourned at 12:50 p.m.", "The meeting closed at 9.05pm", "Meeting adjourned at 8:15". Not a
# break ("adjourned for ten minutes and reconvened"), nor a move into closed session.
_CLOSED = re.compile(r"^\W*there\s+being\s+no\s+(?:further|other)\s+business\b.{0,80}?\b(?:adjourned|closed|ended)\b"
                     rf"|{MEETING_CLOSED}\s+at\s+\d", re.IGNORECASE)
_NOT_CLOSED = re.compile(r"reconven|closed\s+session|executive\s+session|in\s+camera|recess|\bbreak\b", re.IGNORECASE)


def _region_end(doc: Document, lines: list[str], start: int, limit: int, kind: str) -> int:
    """Given a section's body start and hard limit, return the last line before a cover/appendix,
    or, for minutes printed as a PDF, the last line of the page on which the meeting closed: what
    follows on later pages (a director's report, statistics) is another paper without a title
    block of its own."""
    for n in range(start + 1, limit + 1):
        text = lines[n - 1]
        if COVER.match(text):
            return n - 1
        if APPENDIX.match(text) and not (kind == "minutes" and ACTION_LOG.search(text)):
            return n - 1
        if kind == "minutes" and _CLOSED.match(text) and (page := doc.page_of(n)) is not None \
                and not _NOT_CLOSED.search(" ".join(lines[n - 1:n + 2])):
            last = n
            while last < limit and doc.page_of(last + 1) == page:
                last += 1
            return last
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
