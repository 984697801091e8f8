"""The lines around a title block: labelled fields under it ("Date:", "Time:", "Location:"),
a date on the bullet or "Meeting opened:" line under it, stamps of approval or revision over it
("APPROVED BY COUNCIL" / "DECEMBER 18, 2024", "REVISED" / "4/23/19"), and lines inside it that
hold a number without being an item ("9401 Corkscrew Palms Circle", "2020 Annual General
Meeting"). Used by ``extractors.titles``.
"""

from __future__ import annotations

import re

from extractors.committee_names import has_words
from extractors.headings import BULLET, DATE, FIELD, TIME, field_key, nonblank_after


def _year_and_meeting(text: str) -> bool:
    """Given a line, return whether it opens with a year and names a meeting ("2020 Annual
    General Meeting", "2024 Minutes"): a title, not item 2020."""
    m = re.match(r"^(?:19|20)\d\d\s+(?P<rest>\S.*)$", text)
    return bool(m) and (has_words("meeting_words", m.group("rest")) or has_words("minutes_words", m.group("rest")))


def _street_address(text: str) -> bool:
    """Given a line, return whether it is a street address ("9401 Corkscrew Palms Circle",
    "12 High Street, Ashby"): a house number, a few capitalised words, a street word."""
    m = re.match(r"^\d{1,6}[A-Za-z]?\s+((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\.?(?:,|$)", text)
    return bool(m) and has_words("street_words", m.group(1).split()[-1])



# A stamp of approval or revision over the title ("APPROVED BY COUNCIL" / "DECEMBER 18, 2024",
# "Approved: 12/18/24", "ADOPTED 5 March 2025", "REVISED" / "4/23/19"): the date the paper was
# approved or revised, not the meeting's.
_APPROVAL_STAMP = re.compile(r"^\W*(?:approved|adopted|accepted|ratified|revised|amended|updated|posted|issued|published)\b(?:\s+(?:by|at)\s+(?:the\s+)?(?P<by>[a-z]+(?:\s+[a-z]+){0,3}?))?"
                             r"(?:\s+on)?\s*[:\-–]?\s*(?P<date>(?:\d[\d/.\-]+\d|\S.*\d{4})?)\W*$", re.IGNORECASE)


def _stamped(lines: list[str]) -> set[int]:
    """Given cleaned lines, return those of approval stamps: the stamp, and its date on the
    line under it when printed apart."""
    out: set[int] = set()
    for k, text in enumerate(lines, start=1):
        m = _APPROVAL_STAMP.match(text) if text and len(text) <= 60 else None
        if m is None or (m.group("date") and not (DATE.fullmatch(m.group("date")) or re.fullmatch(r"[\d/.\-]+", m.group("date")))):
            continue
        out.add(k)
        if not m.group("date"):
            after = nonblank_after(lines, k, 1)
            if after and DATE.fullmatch(lines[after[0] - 1].strip(" .")):
                out.add(after[0])
    return out



def _dated_bullet_under(lines: list[str], last: int) -> int | None:
    """Given a title block's last line, return the line under it when that line opens with a
    date after a bullet or a note of the opening ("- 12/4/2021, Conducted over Zoom", "Meeting
    opened: 15:00 pm, Friday 26 July 2019") or with a date itself ("Saturday, December 17, 2005,
    10:00 AM"), else None."""
    after = nonblank_after(lines, last, 1)
    if not after or len(lines[after[0] - 1]) > 90:
        return None
    lead = re.match(rf"^\s*(?:{BULLET}|(?:the\s+)?meeting\s+(?:was\s+)?(?:opened|started|commenced)\s*(?:at|on)?\s*:?\s*)",
                    lines[after[0] - 1], re.IGNORECASE)
    rest = lines[after[0] - 1][lead.end():] if lead else ""
    if lead and not lead.group(0).strip(" -•:").strip() == "" and TIME.match(rest):
        rest = rest[TIME.match(rest).end():].lstrip(" ,;-–")  # "15:00 pm, Friday 26 July 2019"
    if lead is None and DATE.match(lines[after[0] - 1]):
        return after[0]  # "NMNWSE Board Meeting" / "Saturday, December 17, 2005, 10:00 AM (...)": a plain date line
    return after[0] if lead and DATE.match(rest) else None


def _fields_after(lines: list[str], last: int) -> dict[str, tuple[int, str]]:
    """Given a title block's last line, return the labelled fields printed right under it
    (date, time, venue: each as (line, value)), up to the first line that is not a field."""
    fields: dict[str, tuple[int, str]] = {}
    for k in nonblank_after(lines, last, 5):
        m = FIELD.match(lines[k - 1])
        if m is None or not m.group("value").strip():
            break
        key = field_key(m.group("label"))
        fields.setdefault("date" if key == "date and time" else key, (k, m.group("value")))
    return fields


# "The annual general meeting (AGM) for Perth Artifactory Inc. will be held at 1pm on ...": the
# body a notice's first sentence names, when its title ("Notice of annual general meeting") does not.
_NOTICE_BODY = re.compile(r"\bmeeting\b(?:\s*\([A-Z]{2,6}\))?\s+(?:of|for)\s+(?:the\s+)?"
                          r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w&'’.-]*){0,6})\s+"
                          r"(?:will|is\s+to|shall)\b")


def _body_of_notice(lines: list[str], last: int) -> str | None:
    """Given the last line of a notice's title block, return the body its first sentence says
    the meeting is of, or None."""
    text = " ".join(lines[k - 1] for k in nonblank_after(lines, last, 3))
    m = _NOTICE_BODY.search(text)
    return m.group("name").rstrip(".") if m else None
