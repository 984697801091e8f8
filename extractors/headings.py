"""Shared pieces of meeting segmentation: the sections and headings found in a pack, and how
dates, times and names are printed in their headings (UK day-first, US month-first)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from extractors.common import parse_date

MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"

WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"

# UK day-first dates ("Tuesday, 5th June, 2018", "16 June 2020"), US month-first ("March 17,
# 2010") and dotted ("06.03.2014") as they are printed in meeting headings.
DATE = re.compile(
    rf"{WEEKDAY}?\d{{1,2}}\s*(?:(?:st|nd|rd|th)\s*|\s+|-){MONTHS}(?:,?\s+|-)(?:19|20)\d{{2}}"  # also "08-January-2017", "29thDecember 2022"
    # (also "December 11,2019", and "September 12th , 2017" where a raised "th" parts the comma)
    rf"|{WEEKDAY}?{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s?,\s*|\s+)(?:19|20)\d{{2}}"
    r"|\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d{2}\b"
    r"|(?<![\d/])\d{1,2}/\d{1,2}/(?:(?:19|20)\d{2}|\d{2})\b(?!/)"  # "12/4/2021", "10/17/18" (the order: extractors.meeting_dates)
    r"|(?<![\d/.-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}\b(?![-/.]\d)"  # "4-24-2018" (a four-figure year: "5-0" is a tally)
    r"|(?<![\d/.-])(?:19|20)\d{2}-[01]\d-[0-3]\d\b(?![-/.]\d)"  # "Thursday 2019-09-26"
    r"|\b(?:0[1-9]|1[0-2]) (?:0[1-9]|[12]\d|3[01]) (?:19|20)\d{2}\b(?![-/.]\d)",  # "Meeting Date/Time: 01 19 2022"
    re.IGNORECASE,
)

TIME = re.compile(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)

# A labelled field under a title or in an agenda's cover block: "Date: 24 April 2025",
# "Time - 18:00", "Date and Time:", "Date of the meeting:", "Venue:" (its value may wrap onto the
# next lines), "Location: ...". A dash separates only with a space after it ("Time-keeping" is
# not a field).
FIELD = re.compile(r"^(?P<label>date\s+and\s+time|date(?:\s+of\s+(?:the\s+)?meeting)?|meeting\s+date|time|"
                   r"start\s+time|venue|location|place)(?:\s*:-?\s*|\s*[\-–]\s+)(?P<value>.*)$", re.IGNORECASE)


def field_key(label: str) -> str:
    """Given a field's label as printed, return what it gives: "date and time", "date",
    "time" or "venue"."""
    label = " ".join(label.lower().split())
    if label == "date and time":
        return label
    return "date" if "date" in label else "time" if "time" in label else "venue"


# A bullet before a line: "•", "●", "○", "■", "▪", "◦", PDFium's private-use bullets, or "o" / "-"
# with a space after them.
BULLET_GLYPH = r"[\u2022\u25cf\u25cb\u25a0\u25aa\u25e6\u2023\u2043\uf0b7\uf0a7]"
BULLET = rf"(?:{BULLET_GLYPH}\s*|[o\-]\s+)"

# A run-in heading in capitals, then its text: "OLD BUSINESS – Supervisor Liccar reported ...",
# "APOLOGIES – Apologies had been received ...". (One in title case, "Road and Bridge Fund Bills
# – Motion to ...", cannot be told from a topic opening a paragraph, "Grass Cutting – It was
# agreed ...", without typography.)
# (``sep`` tells a dash from a colon: "NOTE: ..." labels a line more often than it heads an item)
# A leader of dashes, dots or rules between a heading and what it leads to ("Membership--------Jeanne
# Banks", "Website ........ Diane Oyen", "Agenda item . . . . . 4").
LEADER = re.compile(r"-{5,}|\.{5,}|_{5,}|…{3,}|(?:\.\s){5,}")


def leader_row(text: str) -> bool:
    """Given a line, return whether it is a heading led to what it names by a leader ("Policies and
    Procedures ------ Barbara Torres"): text on both sides of one."""
    m = LEADER.search(text)
    return bool(m) and bool(text[:m.start()].strip()) and bool(text[m.end():].strip())


RUN_IN_CAPS = re.compile(r"^(?P<head>[A-Z][A-Z0-9&/'’,()-]*(?:\s+[A-Z0-9&/'’,()-]+)*?)\s*(?P<sep>[:–—-])\s+(?P<rest>\S.*)$")
# A minute's title run into its text in ordinary case: "Apologies - Apologies were received from
# ...", "Minutes of the Last Meeting held on 6th January 2026 – These minutes were ...", "Hall
# Bookings: The Secretary reported ...", "Finance -The following accounts ...". A hyphen needs a
# space on one side at least (not "Roof-top"); what follows opens with a capital or a figure; the
# title is a dozen words at most, one sentence.
RUN_IN_TITLE = re.compile(r"^(?P<head>[A-Z][\w'’&/(),.-]*(?:\s+[\w'’&/(),.-]+){0,11}?)(?P<sep>\s+[-–—]\s*|\s*[–—]\s+|\s*:\s+)"
                          r"(?P<rest>[A-Z0-9£$€“\"'].*)$")


def run_in_title(text: str) -> re.Match | None:
    """Given a labelled line's text, return the match of a title run into its text, or None."""
    m = RUN_IN_TITLE.match(text)
    return m if m and not re.search(r"[.!?]\s", m.group("head") + " ") else None

AGENDA_MARK = re.compile(r"^(?:A\s+G\s+E\s+N\s+D\s+A|AGENDA)$")

# The sentence that says a meeting closed: "The meeting was adjourned at 6:29 p.m.", "Meeting
# closed at 9.05pm", "This meeting formally concluded". (Shared: a motion to adjourn is carried by
# it, and a packet's minutes end with it.)
MEETING_CLOSED = (r"^\W*(?:(?:the|this)\s+)?meeting\s+(?:was\s+)?(?:then\s+|duly\s+|formally\s+)?"
                  r"(?:adjourned|closed|ended|concluded)\b")

# Lines that open the attendance block of minutes; their presence just under a heading is
# what distinguishes a minutes heading from a running header or a cover-sheet line.
MINUTES_CUE = re.compile(
    r"^(?:Present\s*:|PRESENT\b|In attendance\s*:|IN ATTENDANCE\b|Attendance\s*:|Attendees\s*:?\s*$|Apologies\b)"
    r"|called to order",
    re.IGNORECASE,
)

# Report cover sheets and appendices end a meeting section (they are not meetings).
COVER = re.compile(
    r"^(?:Summary Sheet|Committee Name and Date of Committee Meeting|Report Title\b|Public Report\b"
    r"|BRIEFING\b|This page is intentionally left blank"
    r"|(?:[A-Z][A-Za-z ]+ )?(?:BOROUGH|COUNTY|CITY|DISTRICT) COUNCIL\s*[–-]\s*REPORT TO\b"
    r"|REPORT TO\b|\d+\.\s*Meeting\s*:-)",
)

APPENDIX = re.compile(r"^(?:Appendix|APPENDIX|Annex|ANNEX)\b")

# An appendix that is the meeting's own action log stays inside the meeting.
ACTION_LOG = re.compile(r"action(?:s)?\s*(?:points?|log|tracker|sheet)\b", re.IGNORECASE)

# Abbreviations of meetings and bodies that hold vowels ("AGM", "PTA"); one without vowels
# ("CSS", "NHS", "PCC") is known by that alone.
_ABBREVIATIONS = {"agm", "egm", "sgm", "pta", "pto", "hoa", "poa", "usa", "uk", "ceo"}
_SHORT_WORDS = {"st", "mr", "mrs", "ms", "dr", "jr", "sr"}  # no vowels, yet words ("St Mary")


def _abbreviation(word: str) -> bool:
    """Given a word of a name printed in capitals, return whether it is an abbreviation."""
    bare = word.strip("(),.&'’")
    return (2 <= len(bare) <= 5 and bare.isalpha() and bare.lower() not in _SHORT_WORDS
            and (bare.lower() in _ABBREVIATIONS or not re.search(r"[AEIOUY]", bare)))


# Words left lower case when a name printed in capitals is put in title case.
SMALL_WORDS = {"and", "of", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by", "or"}

@dataclass
class Heading:
    """A numbered (or Kent "(Item n)"-anchored) heading inside a meeting section."""

    number: str | None
    title: str
    start: int
    title_end: int
    end: int = 0

@dataclass
class Section:
    """A meeting found in a document, with its extent and its item or minute headings."""

    kind: str
    committee: str | None
    meeting_date: dt.date | None
    start_time: str | None
    venue: str | None
    start: int
    body_start: int
    end: int = 0
    headings: list[Heading] = field(default_factory=list)
    # 0: a heading read by a house-style rule (Kent, Rotherham); 1: a general title block or
    # opening sentence. When both read one heading, the house-style reading is kept.
    generic: int = 0
    gridded: bool = False  # the minutes' body is laid out as a table


# --- public entry point ------------------------------------------------------------------

def clean_line(line: str) -> str:
    """Given a normalised line, return it without leftover markup and with single spaces."""
    line = re.sub(r"\*+|^#+(?:\s+|$)|^>\s*", "", line)
    return " ".join(line.replace("\u00a0", " ").split())

def norm_name(name: str | None) -> str:
    """Given a committee name, return it lower-cased with punctuation folded to spaces."""
    return re.sub(r"[^a-z0-9]+", " ", (name or "").lower()).strip()

def last_text_line(lines: list[str], start: int, end: int) -> int:
    """Given a range, return its last non-blank line (or ``start`` when all are blank)."""
    for n in range(end, start - 1, -1):
        if lines[n - 1]:
            return n
    return start


# --- meeting headings --------------------------------------------------------------------

def nonblank_after(lines: list[str], n: int, count: int) -> list[int]:
    """Given a line number, return the numbers of up to ``count`` non-blank lines after it."""
    out = []
    for m in range(n + 1, len(lines) + 1):
        if lines[m - 1]:
            out.append(m)
            if len(out) >= count:
                break
    return out

def first_cue(lines: list[str], n: int, pattern: re.Pattern, count: int) -> int | None:
    """Given a line, return the first of the next ``count`` non-blank lines matching ``pattern``."""
    for m in nonblank_after(lines, n, count):
        if pattern.search(lines[m - 1]):
            return m
    return None

_YEARISH = re.compile(r"(?:19|20)\d\d|\d\.\d|\d/\d{1,2}/\d\d")

def date_in(text: str) -> tuple[dt.date | None, re.Match | None]:
    """Given text, return the first printed date in it (parsed) and its match.

    Headings print their date early: only the first 400 characters are searched, and only
    when they hold something year-like (the full pattern is slow on long prose lines).
    """
    text = text[:400]
    if not _YEARISH.search(text):
        return None, None
    m = DATE.search(text)
    # ("29thDecember 2022": the ordinal run into the month, spaced for the date parser)
    return (parse_date(re.sub(r"(?<=\d)(st|nd|rd|th)(?=[A-Za-z])", r"\1 ", m.group(0))), m) if m else (None, None)

# A 24-hour time printed without am/pm: "19:00", "19.00", "at 1900", "1930hrs".
_TIME_24 = re.compile(r"\b(?:at\s+)?([01]?\d|2[0-3])[:.]?([0-5]\d)\s*(?:hrs|hours|h\b)?(?![\d:/]|\.\d)", re.IGNORECASE)


def time_in(text: str) -> str | None:
    """Given text, return its first clock time as 'HH:MM' (24-hour), or None.

    "6:30 p.m." and "10.00 am" are read anywhere; a 24-hour time ("19:00", "at 1900") only
    with a colon, a dot before two digits and "hrs", or "at" before four digits, so years and
    figures are not taken for times.
    """
    m = TIME.search(text)
    if m and (r := _TIME_RANGE.search(text)) and r.end() == m.end():
        # "8:30-9:30pm", "2 – 2:45pm": the meeting starts at the first time, in the second's half of the day
        start, end = int(r.group(1)) % 12, int(m.group(1)) % 12
        hour = start + (12 if m.group(3).lower() == "p" and start <= end else 0)
        minute = int(r.group(2) or 0)
        return f"{hour:02d}:{minute:02d}" if minute <= 59 and int(r.group(1)) <= 12 else None
    if not m:
        m24 = next((x for x in _TIME_24.finditer(text) if _is_24h(x)), None)
        return f"{int(m24.group(1)):02d}:{m24.group(2)}" if m24 else None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 12 or minute > 59:
        return None
    if m.group(3).lower() == "p" and hour != 12:
        hour += 12
    if m.group(3).lower() == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"

# A span of time whose first end prints no "am"/"pm" ("8:30-9:30pm", "2 – 2:45pm"); not a date's
# day or a figure ("8/3 2-4pm" reads from the 2).
_TIME_RANGE = re.compile(r"(?<![\d/.:])\b(\d{1,2})(?:[.:](\d{2}))?\s*(?:[-–—]|to)\s*"
                         r"\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s?m\b\.?", re.IGNORECASE)


def _is_24h(m: re.Match) -> bool:
    """Given a match of ``_TIME_24``, return whether it reads as a clock time."""
    text = m.group(0).lower()
    if ":" in text or "hrs" in text or "hours" in text:
        return True
    return text.startswith("at ") and text[3:].strip().isdigit() and len(text[3:].strip()) == 4


def title_case(name: str) -> str:
    """Given a body's name as printed, return it in title case when printed in capitals."""
    name = " ".join(name.split()).strip(" ,.-–:")
    letters = [c for c in name if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters):
        return name
    if " " not in name and len(name) <= 5:  # an acronym such as TMG
        return name
    if all(len(w.strip("()&.,")) <= 3 for w in name.split()) or re.fullmatch(r"[A-Z&]{2,8}\s+(?:AGM|EGM|SGM)", name):
        return name  # a run of abbreviations ("UDS EGM", "PTA AGM", "WLUG AGM")
    words = []
    for i, word in enumerate(name.split(" ")):
        if word.startswith("(") and word.endswith(")"):
            words.append(word)  # "(RLSCB)" stays an acronym
            continue
        lower = word.lower()
        if _abbreviation(word) or (re.search(r"\d", word) and re.search(r"[A-Z]", word)):
            words.append(word)  # "CSS EGM" stays as printed, not "Css Egm"; so do codes ("NW2050", "SP5678")
        elif i > 0 and lower in SMALL_WORDS:
            words.append(lower)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in lower.split("-")))
    return " ".join(words)
