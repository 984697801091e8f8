"""What a paper is: minutes (the record of a held meeting) or an agenda, from its title block
and the lines under it.

A title says so ("Minutes", "Agenda", "FINAL ACTION AGENDA/MINUTES" is the record); when it does
not, the lines under it do: an attendance list ("Present:", "Board Members Present:", "Roll
call", "Regrets:"), a call to order, a motion moved and seconded ("Ann motioned to approve;
Janna seconded", "Seconded - Lisa Fast"), a sentence saying the meeting was held ("A regular
meeting ... occurred ...", "Attendees included"), or numbered items under a title that names a
meeting (an agenda). A notice's own date is not the meeting's: "... will be held on <date>".
Used by ``extractors.titles``; vocabularies in ``patterns/structure.json``.
"""

from __future__ import annotations

import re

from extractors.committee_names import _words
from extractors.headings import BULLET, DATE, date_in, nonblank_after
from extractors.labels import parse_labels
from extractors.layout import centred, emphasis


# Attendance and opening cues that show a block heads minutes even when it does not say so.
_OPENING = re.compile(
    r"^(?:roll\s+call|members?\s+present|(?:commissioners|councillors|councilmembers|trustees|governors|directors)"
    r"\s+present|present\b|participating\b|attendance\b|attendees?\b|in\s+attendance|apologies|regrets\s*[:\-–]"
    r"|(?:[a-z]+\s+){1,2}(?:present|in\s+attendance)\s*[:\-–])"  # "Board Members Present:", "Staff present -", "Board members in attendance:"
    r"|\bcalled\s+(?:the\s+(?:meeting|session)\s+)?to\s+order\b|\bmeeting\s+(?:was\s+)?(?:opened|started|commenced)\b",
    re.IGNORECASE,
)

# What only a record of a held meeting says: "were in attendance", "Apologies were received from".
_HELD_RECORD = re.compile(r"\b(?:were|was)\s+(?:also\s+)?(?:in\s+attendance|present|elected)\b|\bapologies\s+(?:were|was)\s+"
                          r"(?:received|given|tendered)\b|\b(?:called|opened)\s+the\s+meeting\b", re.IGNORECASE)
# A note of who attended, right under a title: "(all commissioners present)", "Present: ...".
_PRESENT_NOTE = re.compile(r"^\(?\s*(?:all\s+)?(?:[a-z]+\s+){0,2}present\b|^present\s*[:\-–]", re.IGNORECASE)

# A motion recorded as moved and seconded ("Ann motioned to approve; Janna seconded", "Moved by
# X, seconded by Y"): what an agenda cannot say.
_SECONDED = re.compile(r"\b(?:motioned|moved)\b.{0,120}?\bsecond(?:ed|s)\b|\bseconded\s+by\b", re.IGNORECASE)


# A sentence that says the meeting was held ("A regular meeting of the Board of Directors occurred
# Wednesday, ...", "... was held at", "Attendees included:"), or a seconder's line ("Seconded - Lisa
# Fast") under a motion: records of a held meeting.
_HELD_SENTENCE = re.compile(r"\bmeeting\b.{0,120}?\b(?:occurred|was\s+held|convened|took\s+place)\b|\battendees\s+included\b"
                            r"|\b(?:this|the)\s+meeting\s+was\s+(?:led|chaired|facilitated)\s+by\b"  # "This meeting was led by X"
                            r"|^\W*seconded\s*(?:by\s*)?[-–—:]\s*[A-Z]|\bmotioned\s+to\b|\bseconded\s+the\s+motion\b",
                            re.IGNORECASE)


# A line of a record, not of an agenda: apologies given, business done ("Cate not here, George
# apologies", "Emails been sent out, all been organised", "The minutes were approved").
_NOTED_AS_DONE = re.compile(r"\b(?P<who>[A-Z][a-z]+)\s+(?:apologies|not\s+here|not\s+present)\b|\b(?:was|were|been)\s+(?:agreed|"
                            r"approved|discussed|noted|sent|organised|organized|received|elected|adopted|decided|resolved)\b")

# A numbered item that is a sentence of business done ("1) Approved the previous meeting.", "2.
# Discussed the budget"), not an agenda's title ("1. Approval of minutes", "2. Approve the budget").
_DONE_ITEM = re.compile(r"^\s*(?:\d{1,2}|[A-Za-z])[.)]\s+(?:approved|discussed|agreed|adopted|elected|reviewed|received|noted)"
                        r"\s+(?:the|a|an|all)\b", re.IGNORECASE)


def _noted_as_done(text: str) -> bool:
    """Given a line, say whether it notes what happened; "X apologies" only where X is a given
    name ("George apologies", not "Receive apologies")."""
    from extractors.action_owners import _all_given_names  # (the given-names vocabulary)

    return any(m.group("who") is None or m.group("who").lower() in _all_given_names() for m in _NOTED_AS_DONE.finditer(text))


def _kind_from_what_follows(lines: list[str], following: list[int], block_text: str) -> str | None:
    """Given the lines after a title block that does not say what it heads, return 'minutes'
    when an attendance list or a call to order follows, 'agenda' when the block names a
    meeting and numbered items follow, else None."""
    for k in following:
        text = re.sub(rf"^\s*{BULLET}", "", lines[k - 1])  # "- Attendance: ..."
        if _OPENING.search(text[:80]) or _SECONDED.search(text) or _HELD_RECORD.search(text) or _HELD_SENTENCE.search(text):
            return "minutes"  # who attended, or a motion moved and seconded: a held meeting's record
        if not parse_labels(text) and not re.match(r"\s*to\s", text, re.IGNORECASE) and _noted_as_done(text):
            return "minutes"  # "George apologies", "Emails been sent out, all been organised": a note of what happened
        if _DONE_ITEM.match(text):
            return "minutes"  # "1) Approved the previous meeting.": an item that says what was done
        if DATE.search(lines[k - 1]) and len(lines[k - 1]) < 90:
            break  # another heading: what follows is its business
    # (or bulleted: "Special Council Meeting" / its date, time and place / "• Approve Ordinance
    # 2024-01 ..." / "• November Meeting", a posted notice that lists the business)
    labelled = [k for k in following[:8] if parse_labels(lines[k - 1]) or re.match(rf"\s*{BULLET}\S", lines[k - 1])]
    if re.search(r"\bmeeting\b|\bsession\b", block_text, re.IGNORECASE) and len(labelled) >= 1:
        return "agenda"
    return None


_HELD_ON = re.compile(r"\b(?:will\s+(?:be\s+held|hold|meet|convene)|to\s+be\s+held|shall\s+(?:meet|convene))\b"
                      r"(?!\s+in\s+abeyance)", re.IGNORECASE)  # (a suspension "to be held in abeyance until ...")


# "These are the Minutes of the Annual General Meeting held on 23rd May 2023 at 7:30pm ...", "The
# third meeting ... was called to order ... on September 12th, 2017": the record's first
# sentence, under a title that names the body only, says when it met.
# (not "MINUTES of a meeting of the Kent County Council held ...": a title of its own, naming the body)
_MINUTES_HELD = re.compile(r"^\W*(?:(?:these|this)\s+(?:are|is)\s+)?(?:the\s+)?(?:draft\s+|approved\s+)?minutes\s+of\b"
                           r"(?:(?!\b(?:council|committee|board|commission|cabinet|panel|trust|association|society)\b)[^.]){0,100}?"
                           r"\b(?:held|convened)\b"
                           # "The third meeting of the sixteenth Senate was called to order by X at 5:00 pm on
                           # September 12th, 2017."
                           r"|^\W*(?:the\s+)?[^.]{0,80}?\b(?:meeting|session)\b[^.]{0,80}?\bwas\s+called\s+to\s+order\b",
                           re.IGNORECASE)


def _date_held(lines: list[str], last: int, said: re.Pattern | None = None):
    """Given the last line of a notice's title block, return (date, match, line) of the date
    on which the sentence after it says the meeting will be held (or, given ``_MINUTES_HELD``
    as ``said``, was held), or None."""
    following = nonblank_after(lines, last, 4)
    text, starts = "", []
    for k in following:
        starts.append((len(text), k))
        text += lines[k - 1] + " "
    held = (said or _HELD_ON).search(text)
    if not held:
        return None
    for m in DATE.finditer(text, held.end()):
        date, dm = date_in(m.group(0))
        if date is not None:
            line = max(k for offset, k in starts if offset <= m.start())
            return date, DATE.search(lines[line - 1]) or dm, line
    return None


_AGENDA_AND_MINUTES = re.compile(r"\bagenda\s*(?:/|&|\+|\band\b)\s*minutes\b|\bminutes\s*(?:/|&|\+|\band\b)\s*agenda\b", re.IGNORECASE)


# A title word printed letter-spaced for display ("A G E N D A", "M I N U T E S").
_LETTER_SPACED = re.compile(r"\b(?:[A-Za-z] ){3,}[A-Za-z]\b")


def _kind_of(texts: list[str]) -> str | None:
    """Given a title block's lines, return 'minutes' or 'agenda' as it says, or None.

    A kind word that labels a field ("Summary: Transitions involve ...", a report's cover
    sheet) says nothing; one before a date ("AGENDA: TUESDAY, NOVEMBER 25, 2025") does.
    """
    for text in texts:
        text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
        if _AGENDA_AND_MINUTES.search(text):
            return "minutes"  # "FINAL ACTION AGENDA/MINUTES": the agenda as the record of what was done
        hits = [(m.start(), kind) for name, kind in (("minutes_words", "minutes"), ("agenda_words", "agenda"))
                for m in _words(name).finditer(text) if not _labels_a_field(text, m.end())]
        if hits:
            return min(hits)[1]
    return None


def _labels_a_field(text: str, end: int) -> bool:
    """Given a line and the end of a word in it, return whether the word is a field label
    followed by prose ("Summary: Transitions involve ...")."""
    rest = text[end:]
    if not rest.lstrip().startswith(":"):
        return False
    value = rest.lstrip()[1:].strip()
    return bool(value) and DATE.match(value) is None and not value.isupper()


def entry_under_heading(doc, lines: list[str], block: list[int], date) -> bool:
    """Given a title block past the first page and the date read from it, say whether it is
    an entry of a list under a heading ("FINANCE ... - Staff Report:" over "COUNCIL MINUTES –
    May 19, 2025.", the consent item approving earlier minutes): its dated line is set in the
    body's plain type, indented under the heading, and ends its sentence."""
    if not doc.styles or doc.page_of(block[0]) in (None, 1) or len(block) < 2:
        return False
    dated_line = next((k for k in block[1:] if date_in(lines[k - 1])[0] == date), None)
    if dated_line is None:
        return False
    head, dated = doc.style(block[0]), doc.style(dated_line)
    return (lines[dated_line - 1].rstrip().endswith(".") and emphasis(doc, dated_line) == 0
            and not centred(doc, dated_line) and head is not None and dated is not None
            and head.x0 is not None and dated.x0 is not None and dated.x0 >= head.x0 + 10)
