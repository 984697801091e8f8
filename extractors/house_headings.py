"""Meeting headings in the house styles the first councils print, read line by line.

* "A meeting of the County Council will be held in the Council Chamber ... on Thursday, ..."
  (a summons);
* "AGENDA" over "Venue:", "Date:", "Time:" labels, or a named board over the date (Rotherham,
  Kent);
* a body's name over the meeting's date on the next line.
The general title blocks and opening sentences of other bodies are read by
``extractors.titles`` and ``extractors.opening_sentences``; ``extractors.meetings`` merges
all readings.
"""

from __future__ import annotations

import re

from extractors.headings import (
    AGENDA_MARK,
    DATE,
    FIELD,
    MINUTES_CUE,
    SMALL_WORDS,
    Section,
    date_in,
    field_key,
    first_cue,
    nonblank_after,
    time_in,
    title_case,
)
from extractors.committee_names import committee_from
from extractors.labels import parse_labels

# "A meeting of the County Council will be held in the Council Chamber, ... on Thursday, ..."
_SUMMONS = re.compile(
    r"^A meeting of (?:the )?(?P<name>.+?) will be held (?P<rest>.*)$", re.IGNORECASE
)

_KIND_WORDS = frozenset("meeting meetings minutes agenda notes draft regular special annual general monthly "
                        "official summary record".split())
_NOT_A_BODY = re.compile(
    r"^(?:Summary Sheet|Report Title|Agenda|Minutes|Present|Venue|Date|Time|Apologies|Item|Page"
    r"|Membership|Resolved|Background|Recommendations?|Appendix"
    r"|Approved|Adopted|Accepted|Ratified|Revised|Amended)\b",  # a stamp ("APPROVED BY COUNCIL" / its date)
    re.IGNORECASE,
)


def _joined(lines: list[str], n: int, max_lines: int = 3) -> tuple[str, int]:
    """Given a line that may wrap (PDF text), return it joined with its wrapped tail."""
    text, last = lines[n - 1], n
    while last < len(lines) and last - n < max_lines - 1 and lines[last] and not re.search(r"[.:]$", text):
        nxt = lines[last]
        if MINUTES_CUE.match(nxt) or AGENDA_MARK.match(nxt) or _opens_an_item(nxt):
            break  # "19/24 Finance: ..." under the title is the first item, not the title's tail
        text += " " + nxt
        last += 1
    return text, last

def _opens_an_item(line: str) -> bool:
    """Given a line, return whether it opens a numbered item ("19/24 Finance: ...", "1. Apologies")
    rather than going on with a wrapped title ("12 March 2024" or "2024 at 7pm" are not items)."""
    labels = parse_labels(line)
    return bool(labels) and labels[0].scheme in ("prefixed", "number", "dotted") and not DATE.match(line) \
        and not re.match(r"^(?:19|20)\d\d\b", line) and bool(re.match(r"[A-Z]", labels[0].text or ""))


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
    if not words or all(w.lower() in _KIND_WORDS for w in words):
        return False  # "Meeting Minutes March 26, 2015": what the paper is, not whose
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.75 and len(words) <= 10

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
        lab = FIELD.match(text)
        if lab:
            current = field_key(lab.group("label"))
            fields[current] = lab.group("value")
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
    first = n
    if date is not None and _HELD_ALONE.fullmatch(name):
        # "MINUTES OF A MEETING" / "OF THE GOVERNING BODY OF" / "THE CITY OF ..." / "HELD ON
        # JULY 10, 2025": the lines above say whose meeting it was
        above = [m for m in range(max(1, n - 4), n) if lines[m - 1].strip()]
        name = (committee_from([lines[m - 1] for m in above]) or "") if above else ""
        first = above[0] if name else n
    if date is None or not _looks_like_name(name):
        return None
    for m in range(n - 1, max(0, n - 4), -1):
        if re.search(r"Committee Name and Date|Summary Sheet", lines[m - 1], re.IGNORECASE):
            return None
    cue = first_cue(lines, last, MINUTES_CUE, 10)
    if cue is None:
        return None
    return Section("minutes", title_case(name), date, None, None, first, last)


# "HELD ON", "Held": the end of a title sentence before its date, no name.
_HELD_ALONE = re.compile(r"(?:to\s+be\s+|will\s+be\s+)?held(?:\s+on)?", re.IGNORECASE)


# --- section contents ---------------------------------------------------------------------
