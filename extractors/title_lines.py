"""The lines around a title block: labelled fields under it ("Date:", "Time:", "Location:"),
a date on the bullet or "Meeting opened:" line under it, stamps of approval or revision over it
("APPROVED BY COUNCIL" / "DECEMBER 18, 2024", "REVISED" / "4/23/19"), and lines inside it that
hold a number without being an item ("9401 Corkscrew Palms Circle", "2020 Annual General
Meeting", "CB1 MONTHLY MEETING MINUTES", "MARCH 2016"); and what a block's own lines say beside
its name: a name set beside "Minutes" ("CSS EGM - Minutes") and the venue; and where a block
ends (a heading at the margin under a centred title, a bold heading under a big one). Used by
``extractors.titles``.
"""

from __future__ import annotations

import re

from extractors.committee_names import _is_generic, body_name, has_words
from extractors.headings import BULLET, DATE, FIELD, MONTHS, TIME, field_key, nonblank_after, title_case
from extractors.layout import centred, emphasis, indent
from minutebook.document import Document


def _year_and_meeting(text: str) -> bool:
    """Given a line, return whether it opens with a year and names a meeting ("2020 Annual
    General Meeting", "2024 Minutes"): a title, not item 2020."""
    m = re.match(r"^(?:19|20)\d\d\s+(?P<rest>\S.*)$", text)
    return bool(m) and (has_words("meeting_words", m.group("rest")) or has_words("minutes_words", m.group("rest")))


def _lettered_body_title(text: str) -> bool:
    """Given a line, return whether it opens with a body known by letters and a number and
    names the paper ("CB1 MONTHLY MEETING MINUTES", "PC12 Agenda"), or is a month and year
    ("MARCH 2016"): part of a title, not item CB1 or MARCH 2016."""
    if re.fullmatch(rf"(?i:{MONTHS})\.?,?\s+(?:19|20)\d\d", text.strip()):
        return True
    m = re.match(r"^[A-Z]{1,5}\d{1,3}\s+(?P<rest>\S.*)$", text)
    return bool(m) and (has_words("minutes_words", m.group("rest")) or has_words("agenda_words", m.group("rest")))


def _street_address(text: str) -> bool:
    """Given a line, return whether it is a street address ("9401 Corkscrew Palms Circle",
    "12 High Street, Ashby"): a house number, a few capitalised words, a street word."""
    m = re.match(r"^\d{1,6}[A-Za-z]?\s+((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\.?(?:,|$)", text)
    if m and re.fullmatch(r"\d+[A-Za-z]?\s+(?:[NSEW]\.?|North|South|East|West|NORTH|SOUTH|EAST|WEST)\s+[^,]+,"
                          r"\s*[A-Z][\w .'’-]+,\s*[A-Z][\w .'’-]+?\.?(?:\s+\d{5}(?:-\d{4})?)?", text):
        return True  # "701 E. BROADWAY, COLUMBIA, MISSOURI": a street by its quarter, its town and its state
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


def _first_lines(lines: list[str], k: int) -> int:
    """Given lines, return the number of the k-th that is not blank (or the last line)."""
    seen = 0
    for n, text in enumerate(lines, start=1):
        seen += bool(text.strip())
        if seen == k:
            return n
    return len(lines)


# "CSS EGM - Minutes", "Minutes: Riverside Allotments", "FCRA | Agenda": a name set beside the
# word that says what the paper is, with a dash, colon or bar between them.
_BESIDE_KIND = re.compile(r"^(?P<before>[^:|–—-]{2,60}?)\s*[|:–—-]\s*(?:meeting\s+)?(?:minutes|agenda)\W*$"
                          r"|^(?:minutes|agenda)\s*[|:–—-]\s*(?P<after>[^:|–—-]{2,60}?)\W*$"
                          # "Rural Revival Minutes", "Rural Revival Annual Meeting Minutes": the
                          # name run straight into the kind, the meeting's sort between them
                          r"|^(?P<run>[^:|–—-]{2,60}?)\s+(?:(?:annual|regular|monthly|special)\s+(?:general\s+)?)?"
                          r"(?:meeting\s+)?(?:minutes|agenda)\W*$", re.IGNORECASE)


# Words that say what sort of meeting or paper it is, not whose ("Special Meeting Minutes").
_KIND_WORDS = {"meeting", "draft", "approved", "unapproved", "final", "regular", "special", "annual", "monthly",
               "general", "extraordinary", "ordinary", "public", "emergency", "joint", "adjourned", "revised", "amended"}


def _named_beside_kind(texts: list[str]) -> str | None:
    """Given a title block's lines, return the name set beside its "Minutes" or "Agenda"
    ("CSS EGM - Minutes" -> "CSS EGM"), as printed, when it is a short run of capitalised words
    or abbreviations that no vocabulary knows as a body, and not a bare "Meeting" or a date."""
    for text in texts:
        m = _BESIDE_KIND.match(text.strip())
        if m is None:
            continue
        name = re.sub(r"\s+meeting$", "", (m.group("before") or m.group("after") or m.group("run")).strip(), flags=re.IGNORECASE)
        words = name.split()
        if (1 <= len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words) and any(c.isalpha() for c in name)
                and not DATE.search(name) and not set(name.lower().split()) <= _KIND_WORDS
                and not _is_generic(name)):
            return name
    return None


_RELATIVE = re.compile(r"\s+(?:in\s+which|at\s+which|where|when)\b.*$", re.IGNORECASE)
_VENUE_LABEL = re.compile(r"^(?:venue|location|place|held\s+(?:at|in))\s*[:\-]?\s*(?:the\s+)?(.+)$", re.IGNORECASE)


def _venue(texts: list[str], committee: str, date_text: str) -> str | None:
    """Given a title block's lines, return the venue it prints, or None: a "Venue:" line, a
    "held in/at ..." line, "... at <place>" after the date, or a line naming a hall, room or
    street."""
    for text in texts:
        m = _VENUE_LABEL.match(text)
        if m:
            return title_case(m.group(1).strip(" ,.")) or None
    texts = [_RELATIVE.sub("", text) for text in texts]  # "... Senate Hall in which the following were present:"
    dm = DATE.search(date_text)
    tail = TIME.sub(" ", date_text[dm.end():]) if dm else ""
    at = re.search(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][^,;]*(?:,[^,;]+)*)$", tail.strip(" -–—,"))
    if at and has_words("venue_words", at.group(1)) or (at and len(at.group(1).split()) <= 6):
        return at.group(1).strip(" ,.")
    for text in texts:
        if text == date_text or committee.lower() in text.lower() or DATE.search(text) or body_name(text)[1] >= 1:
            continue
        if has_words("venue_words", text) and not has_words("minutes_words", text):
            return re.sub(r"^(?:held\s+)?(?:at|in)\s+(?:the\s+)?", "", text, flags=re.IGNORECASE).strip(" ,.")
    return None


def _leaves_the_centre(doc: Document, lines: list[str], block: list[int], n: int) -> bool:
    """Given a title block printed centred that already gives a date, return whether the next
    line leaves it: a heading set at the left margin, not centred ("Public Session" in bold
    under "53 CHAMBERS STREET", or "CALL TO ORDER" in plain capitals, starts the business)."""
    letters = [c for c in lines[n - 1] if c.isalpha()]
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters)  # "CALL TO ORDER" at the margin
    if not all(centred(doc, k) for k in block) or centred(doc, n) or not any(DATE.search(lines[k - 1]) for k in block) \
            or not (emphasis(doc, n) or capitals):
        return False
    offset = indent(doc, n)
    return offset is not None and abs(offset) < 10


def _heading_under_big_title(doc: Document, lines: list[str], block: list[int], n: int) -> bool:
    """Given a title block set bigger than the body that already gives a date, return whether
    the next line is a heading in bold at the body's size: the first item of business
    ("Welcome (ECAC Executive Committee)" under "Early Childhood Advisory Council of West
    Virginia" / "July 29, 2020 Meeting Minutes" in 20 pt), not more of the title. A plain line
    at the body's size (the venue, the time) may still belong to the title."""
    return (emphasis(doc, n) == 1 and not DATE.search(lines[n - 1])
            and all(emphasis(doc, k) >= 2 for k in block) and any(DATE.search(lines[k - 1]) for k in block))
