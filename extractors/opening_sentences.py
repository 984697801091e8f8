"""Meetings found by the sentence that opens their minutes or notice, and a document's one
meeting when nothing else names it.

"A regular meeting of the Township of Nipissing Council was held on ..." (or "occurred", "took
place"), "The Board of
Education met in Regular Session on ...", "Members of the Council are hereby summoned to attend
a meeting of the Parish Council to be held on ...". The body's name comes from the sentence,
never from boilerplate ("the above Council"). Used by ``extractors.meetings`` with
``extractors.titles``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.committee_names import _MEETING_KIND, _is_generic, body_name, has_words, vocab
from extractors.headings import DATE, WEEKDAY, Section, date_in, nonblank_after, time_in, title_case
from extractors.labels import parse_labels
from extractors.paper_kinds import _OPENING
from minutebook.document import Document


# --- opening sentences ----------------------------------------------------------------------

_OPENERS = [
    (re.compile(rf"^(?:A|An|The)\s+(?:(?:{_MEETING_KIND}|town\s+hall|[A-Z][\w'’-]*)\s+){{0,3}}meeting\s+of\s+(?:the\s+)?(?P<name>.+?)\s+"
                r"(?:(?:was|were)\s+(?:held|convened|called\s+to\s+order)|occurred|took\s+place)\b(?P<rest>.*)$",
                re.IGNORECASE), "minutes"),  # ("... Board of Directors occurred November 29, 2017 at ...")
    (re.compile(r"^The\s+(?P<name>[A-Z].+?)\s+(?:met|convened)\s+(?:in\s+\w+\s+session\s+)?(?P<rest>(?:on|at)\b.*)$"), "minutes"),
    # "The Institution of Engineers (India) Kanchepuram Local Centre conducted a Committee Meeting
    # on Friday 29th December 2022 at ...": the body held the meeting the minutes record
    (re.compile(r"^The\s+(?P<name>[A-Z].+?)\s+(?:held|conducted|convened)\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,3}?"
                r"meeting\s+(?P<rest>(?:on|at)\b.*)$", re.IGNORECASE), "minutes"),
    (re.compile(rf"\bsummoned\b.{{0,80}}?\b(?:a|the)\s+(?:{_MEETING_KIND}\s+)*meeting\s+of\s+(?:the\s+)?"
                r"(?P<name>.+?)\s+(?:to\s+be|which\s+will\s+be|will\s+be)\s+held\b(?P<rest>.*)$", re.IGNORECASE), "agenda"),
    (re.compile(rf"^Notice\s+is\s+(?:hereby\s+)?given\s+that\s+(?:a|the)\s+(?:{_MEETING_KIND}\s+)*meeting\s+of\s+"
                r"(?:the\s+)?(?P<name>.+?)\s+will\s+be\s+held\b(?P<rest>.*)$", re.IGNORECASE), "agenda"),
]


_HELD_BY = re.compile(r"^The\s+.+?\s+(?:held|conducted|convened)\s+(?:a|an|its)\b", re.IGNORECASE)
# A proper name of three words or more, each capitalised but the small ones, a word in brackets
# among them ("Institution of Engineers (India) Kanchepuram Local Centre").
_CAPITALISED = re.compile(r"[A-Z(][\w'’&()-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)?[A-Z(][\w'’&()-]*){2,}")


_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:St|Mr|Ms|Dr|No|Jr|Sr))(?<!\bMrs)(?<!\b[ap]\.m)\.\s+(?=[A-Z])")


def _first_sentence(text: str) -> str:
    """Given text, return it up to the end of its first sentence ("St. Mary's", "7 p.m. on" go on)."""
    m = _SENTENCE_END.search(text)
    return text[:m.start() + 1] if m else text


def opening_sentence(lines: list[str], n: int) -> Section | None:
    """Given a line, return the meeting its sentence opens ("A regular meeting of the X was
    held on <date>", "The X met in Regular Session on <date>", "... summoned to attend a
    meeting of the X to be held on <date>"), or None. The name must name a body."""
    text = lines[n - 1]
    if len(text) < 20 or not re.search(r"\bmeeting\b|\bmet\b|\bconvened\b", text, re.IGNORECASE):
        return None
    last = n
    for k in nonblank_after(lines, n, 2):
        if k - last > 2:
            break
        text += " " + lines[k - 1]
        last = k
    for pattern, kind in _OPENERS:
        m = pattern.search(text)
        if not m:
            continue
        name, strength = body_name(re.sub(r"\)(?=[A-Z])", ") ", m.group("name")))
        if strength == 0 and name is not None and _HELD_BY.match(m.group(0)) and _CAPITALISED.fullmatch(name):
            strength = 2  # "The Institution of Engineers (India) ... Centre conducted a Committee Meeting": its own name
        if strength == 0 or name is None:
            continue
        rest = _first_sentence(m.group("rest")[:200])  # not "... present. The minutes of the May 13 ..."
        date, dm = date_in(rest)
        if date is None:
            continue
        start_time = time_in(rest[dm.end():dm.end() + 60])
        return Section(kind, title_case(name), date, start_time, None, n, last)
    return None


# Body words that running text uses as often for a place or a gathering ("the basketball court",
# "St Mary's Church", "a working group", "the school assembly"): a title may name a body so, a
# sentence on the first page is not read for one.
_PLACES_IN_TEXT = frozenset({"court", "church", "group", "assembly", "forum", "executive", "congregation", "partnership"})


@lru_cache(maxsize=1)
def _NAMED_BODY() -> re.Pattern:
    """A body's name in running text: up to four capitalised words and a body word of the
    vocabulary as printed in a name ("Board", "Association", "Town Trust", "PTA"), with "of ..."."""
    words = sorted({w for phrase in vocab()["body_words"] if phrase not in _PLACES_IN_TEXT
                    for w in (phrase.title(), phrase.upper() if len(phrase) <= 4 else phrase.title())}, key=len, reverse=True)
    # (spaces only: a name does not run across a line end into the heading under it, "Follow up
    # with Bruoillard-Bruce" / "Subcommittee Updates")
    return re.compile(r"\b((?:[A-Z][\w&'’-]*[ \t]+){0,4}(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words) + r")\b"
                      r"(?:[ \t]+of[ \t]+(?:[A-Z][\w&'’-]*[ \t]?){1,4})?)")


def document_meeting(doc: Document, lines: list[str]) -> Section | None:
    """Given a document in which no meeting heading was found, return the one meeting its
    first page describes, or None: a date with the word "meeting" near the top, the body named
    in the first page's text ("The Board of Education will call this meeting to order"), and
    minutes when an attendance block follows, an agenda when the page says "agenda"."""
    first_page = [k for k in range(1, len(lines) + 1) if doc.page_of(k) in (None, 1)][:80]
    top = [k for k in first_page if lines[k - 1]][:12]
    texts = [lines[k - 1] for k in top]
    # (a cover sheet's "Report to:" or "Officer Report" says a report; "IV. Officer Report",
    # an item of the minutes under way, does not)
    if has_words("not_meetings", " ".join(t for t in texts if not parse_labels(t))):
        return None
    date_line = next((k for k in top if date_in(lines[k - 1])[0] is not None), None)
    if date_line is None or not any(re.search(r"\bmeeting\b|\bsession\b|\bminutes\b", t, re.IGNORECASE) for t in texts):
        return None
    body = "\n".join(lines[k - 1] for k in first_page)
    names = []
    for found in _NAMED_BODY().findall(body):
        found = re.split(r"\bThe\s+", found)[-1]
        found = re.sub(r"\s+(?:Office|Offices|Meetings?|Rooms?|Members?)\s*$", "", found.strip())
        name, strength = body_name(found)
        if strength >= 2 and (" " in name or _is_generic(name)):  # not a heading's lone "Subcommittee"
            names.append(name)
    if not names:
        return None
    # The most specific name the page prints ("Board of Education" over a bare "Board").
    # (ties go to the name printed first: a set's order would change from run to run)
    committee = title_case(max(dict.fromkeys(names), key=lambda x: (not _is_generic(x), names.count(x), len(x))))
    kind = "minutes" if any(_OPENING.match(lines[k - 1]) for k in first_page) else (
        "agenda" if re.search(r"\bagenda\b", body, re.IGNORECASE) else None)
    if kind is None:
        return None
    date, dm = date_in(lines[date_line - 1])
    return Section(kind, committee, date, time_in(body[:2000]), None, top[0], date_line)


# --- the time the meeting opened ----------------------------------------------------------

# The sentence that records when the meeting opened: "The meeting was called to order by the
# Supervisor at 7:00 pm", "Chairman Hofer called the meeting to order at 7:12 p.m.", "Kira
# Lueders opened the meeting at 7:30 p.m.", "The meeting commenced at 7.30pm", "TIME START:
# 7:00PM", "... met in regular session on Thursday, July 10, 2025 at 4:00 p.m.". (Not "a public hearing was opened", nor the time the meeting adjourned.)
_OPENED = re.compile(
    r"\bcalled\b[^.;]{0,160}?\bto\s+order\b"
    r"|\bcall\s+to\s+order\b(?=[^.;]{0,40}\(\s*\d)"  # "1. Call to order (Jonathan Tustin) (10:05 am)"
    r"|\b(?:opened|commenced|began|started|convened)\s+the\s+(?:\w+\s+){0,3}?meeting\b"
    r"|\b(?:meeting|AGM|EGM|SGM)\s+(?:was\s+)?(?:formally\s+|duly\s+)?(?:opened|commenced|began|started|convened|called)\b"
    r"|\b(?:time\s+start(?:ed)?|start(?:ing)?\s+time)\s*:"
    # "The Governing Body ... met in regular session on Thursday, July 10, 2025 at 4:00 p.m."
    r"|\b(?:met|convened|assembled)\s+in\s+(?:\w+\s+){0,2}?(?:session|meeting)\b",
    re.IGNORECASE)


def opening_time(lines: list[str], start: int, end: int) -> str | None:
    """Given a minutes section's first lines (1-based, inclusive), return the time its
    opening sentence says the meeting opened at ('HH:MM'), or None. The time must follow the
    words within a few dozen characters ("... called to order by Ryan Richardson at / 5:00 pm")."""
    text = " ".join(x.strip() for x in lines[start - 1:end] if x.strip())
    for m in _OPENED.finditer(text):
        window = text[m.end(): m.end() + 60]
        at = re.match(r"(?:[^.;]*?\b(?:at|@)\s+|\s*:?\s*|[^.;]*?\(\s*)(?=\d)", window, re.IGNORECASE)
        if at:
            found = time_in(window[max(0, at.end() - 3):at.end() + 20])  # ("at 1900": a 24-hour time needs its "at")
            if found:
                return found
    return None


# --- where the meeting was held -------------------------------------------------------------

# "... will be held on Friday, March 29, 2019, from 9 a.m. to 1:00 p.m. at the Russell M. Pry
# Building, 1180 South Main Street ...", "... met in regular session, at 6:00 PM, on Wednesday
# June 14, 2017, at the Town of Big Lake Town Hall, located in ...", "conducted a Committee
# Meeting on Friday 29th December 2022 at Jerusalem College of Engineering at 05:30 pm.": the
# place named after "at" or "in" in the sentence that says the meeting was held.
_HELD = re.compile(r"\b(?:held|meets?|met|convened?|conducted|took\s+place)\b", re.IGNORECASE)
# (a title in capitals too: "... MEETING HELD AT WEST DEREHAM VILLAGE HALL AT 7.00 pm ON THURSDAY ...")
_PLACE = re.compile(r"\b(?i:at|in)\s+(?:(?i:the)\s+)?(?!\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b|hrs\b|o.clock))(?P<v>[A-Z0-9][^;()]*?)"
                    r"(?=\s+(?i:on)\s|\s+(?i:at)\s+\d|\s+(?:from|beginning|starting|commencing)\b|\s+and\s+[a-z]|,\s+located\b"
                    rf"|,\s+(?:on\s+)?(?i:{WEEKDAY})|(?<![A-Z])\.(?:\s+[A-Z0-9]|$)|;|$)")


def opening_venue(lines: list[str], start: int, end: int) -> str | None:
    """Given a meeting section's first lines (1-based, inclusive), return the place its
    opening sentence says the meeting was held in, or None: a place that names a hall, room,
    office, school or street (``venue_words``), never a time or "in person"."""
    text = " ".join(x.strip() for x in lines[start - 1:end] if x.strip())
    for held in _HELD.finditer(text):
        sentence_end = re.search(r"(?<![A-Z])\.(?:\s+[A-Z0-9]|$)", text[held.end():])  # (not "9 a.m. to")
        window = text[held.end(): held.end() + (sentence_end.end() if sentence_end else 300)][:300]
        for m in _PLACE.finditer(window):
            place = m.group("v").strip(" ,.")
            if time_in(place[:12]) or DATE.match(place) or not has_words("venue_words", place):
                continue
            return place
    return None


def tidy_venue(venue: str | None) -> str | None:
    """Given a venue as a title block or sentence printed it, return the place alone: without
    "Meeting was held via" before it or "on Tuesday 20th February 2018" after it; None for a
    sentence about the meeting ("This meeting was recorded and is available online ...",
    "Members of the public may participate in person ..."), which names no place."""
    if not venue:
        return None
    venue = re.sub(r"^(?:the\s+)?(?:meeting\s+)?(?:was|will\s+be|is|to\s+be)\s+held\s+(?:via|at|in|on|by)\s+(?:the\s+)?",
                   "", venue.strip(), flags=re.IGNORECASE)
    on = next((m for m in re.finditer(r",?\s+on\s+", venue) if DATE.match(venue[m.end():])), None)
    venue = venue[:on.start()] if on else venue
    # "Board Room, Elderpark Workspace at 7 p.m.": the time after the place
    venue = re.sub(r",?\s+(?:at|from)\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\b\.?|hrs\b|o['’]clock\b)?[\s.]*$", "",
                   venue, flags=re.IGNORECASE)
    if re.search(r"\b(?:is|are|was|were|may|will|can|shall|please|participate|recorded)\b", venue, re.IGNORECASE):
        return None
    return venue.strip(" ,.") or None
