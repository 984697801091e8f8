"""The agenda of the next meeting, printed at the end of a meeting's minutes or notes.

Small bodies close their notes with "Date of next meeting: Wednesday 1 June 16:30-18:00, Ayton
Bowling Club" and, after it, "Agenda:" over the numbered business of that meeting. That is the
next meeting's agenda: a meeting of its own (kind ``agenda``, same body), dated by the
next-meeting line. The date is often printed without a year; it takes the year that puts it
after the meeting whose minutes these are.
"""

from __future__ import annotations

import datetime as dt
import re

from extractors.common import _MONTHS
from extractors.headings import Section, date_in
from extractors.agenda_segments import segment_agenda
from minutebook.document import Document

_AGENDA_HEAD = re.compile(r"^\W*agenda(?:\s+for\s+(?:the\s+)?next\s+meeting)?\s*:?\s*$", re.IGNORECASE)
_NEXT_MEETING = re.compile(r"\b(?:date|dates)\s+of\s+(?:the\s+)?next\s+meetings?\b|\bnext\s+meetings?\s*(?:will\s+be|:)",
                           re.IGNORECASE)
_MONTH_NAME = "|".join(sorted(_MONTHS, key=len, reverse=True))  # the month names dates are parsed with
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + _MONTH_NAME + r")\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(" + _MONTH_NAME + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b", re.IGNORECASE)


def next_meeting_agenda(lines: list[str], sec: Section, limit: int) -> Section | None:
    """Given a minutes section and the last line it may reach, return the next meeting's
    agenda printed at its end ("Date of next meeting: ..." then "Agenda:"), or None."""
    if sec.kind != "minutes" or sec.meeting_date is None:
        return None
    for n in range(limit, sec.body_start, -1):
        if not _AGENDA_HEAD.match(lines[n - 1]):
            continue
        told = [k for k in range(max(sec.body_start + 1, n - 8), n) if _NEXT_MEETING.search(lines[k - 1])]
        if not told:
            return None
        date = _date_after(lines[told[-1] - 1], sec.meeting_date)
        if date is None:
            return None
        return Section("agenda", sec.committee, date, None, None, n, n)
    return None


def _date_after(text: str, held: dt.date) -> dt.date | None:
    """Given a next-meeting line and the date of the meeting that fixed it, return the first
    date it prints that falls after that meeting (a date without a year takes the year that
    does)."""
    full, _ = date_in(text)
    if full is not None and full > held:
        return full
    for m in sorted([*_DAY_MONTH.finditer(text), *_MONTH_DAY.finditer(text)], key=lambda m: m.start()):
        day, month = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
        for year in (held.year, held.year + 1):
            try:
                date = dt.date(year, _MONTHS[month.lower()], int(day))
            except ValueError:
                break
            if date > held:
                return date
    return None


def with_next_agendas(doc: Document, lines: list[str], sections: list[Section]) -> list[Section]:
    """Given the sections found, return them with the next meeting's agenda printed at the end
    of minutes as a meeting of its own , cut off the minutes."""
    out: list[Section] = []
    for i, sec in enumerate(sections):
        out.append(sec)
        limit = sections[i + 1].start - 1 if i + 1 < len(sections) else len(lines)
        agenda = next_meeting_agenda(lines, sec, limit)
        if agenda is None:
            continue
        sec.headings = [h for h in sec.headings if h.start < agenda.start]
        if sec.headings:
            sec.headings[-1].end = min(sec.headings[-1].end, agenda.start - 1)
        sec.end = min(sec.end, agenda.start - 1)
        segment_agenda(doc, lines, agenda, limit)
        out.append(agenda)
    return out
