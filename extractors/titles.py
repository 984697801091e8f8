"""Meetings found by their title block, in any house style.

Most minutes and agendas open with a title block: a few short lines, set off by typography
(bold, bigger, centred, capitals) or standing at the top of the first page, that name the body,
say what the paper is ("Minutes", "Agenda", "Summary") and give the date, often the time and
the place, or print them as fields under it ("Date: 24 April 2025", "Location: ..."). A
sidebar the text layer reads first does not run on into the title. Those that open with a
sentence instead are read by ``extractors.opening_sentences``; what the paper is (minutes or
agenda) is read by ``extractors.paper_kinds``, the fields, stamps and dated lines around a title
by ``extractors.title_lines``. The body's name comes from the
block itself, never from boilerplate ("the above Council"); words that name the paper or the
kind of meeting are taken off it. Vocabularies live in ``patterns/structure.json``.
"""

from __future__ import annotations

import re

from extractors.committee_names import body_name, committee_from, has_words
from extractors.headings import (
    DATE,
    FIELD,
    MINUTES_CUE,
    Section,
    date_in,
    nonblank_after,
    time_in,
    title_case,
)
from extractors.labels import parse_labels
from extractors.layout import centred, emphasis, indent, tiny
from extractors.meeting_dates import block_date, first_yearless, year_first_name_dates, yearless_date
from extractors.paper_kinds import (
    _HELD_RECORD,
    _OPENING,
    _PRESENT_NOTE,
    _MINUTES_HELD,
    _date_held, entry_under_heading,
    _kind_from_what_follows,
    _kind_of,
)
from extractors.title_lines import (
    _body_of_notice,
    _dated_bullet_under,
    _fields_after,
    _first_lines,
    _heading_under_big_title,
    _leaves_the_centre,
    _lettered_body_title,
    _named_beside_kind,
    _stamped,
    _street_address,
    _venue,
    _year_and_meeting,
)
from minutebook.document import Document

_MAX_BLOCK = 8
# A line that ends a sentence: a word in lower case and its full stop ("... from the Board.";
# not "Inc." or "No.").
_SENTENCE_ENDS = re.compile(r"[a-z]{3}\.$")
# A motion's wording set in bold, dated ("MOTION: THAT the Board endorse ... of April 19, 2012"):
# business, not a title.
_MOTION_WORDING = re.compile(r"\s*(?:(?:motion|moved(?:\s+by)?|seconded(?:\s+by)?|resolved)\s*[:\-–]|(?:and\s+|or\s+)?that\s"
                             r"|(?:a\s+)?motion\s+(?:to|was|by|made)\b|it\s+was\s+(?:moved|resolved)\b)",
                             re.IGNORECASE)  # (and its further clauses: "AND THAT Council reach a decision ...")


# A note on an item's fate, in bold between items ("Agenda Item E-4 has been deferred and will be
# heard at the February 27, 2024 City Commission Meeting"): business, not another meeting's title.
_ITEM_NOTE = re.compile(r"\bitems?\b.{0,20}\b(?:has|have)\s+been\s+(?:deferred|postponed|withdrawn|moved|continued|"
                        r"rescheduled|pulled)\b", re.IGNORECASE)


# --- the body's name ----------------------------------------------------------------------


# --- title blocks ---------------------------------------------------------------------------


def _title_like(doc: Document, lines: list[str], n: int, top_of_page: bool) -> bool:
    """Given a line, return whether it can belong to a title block."""
    text = lines[n - 1]
    if not text or len(text) > 120 or MINUTES_CUE.match(text) or _OPENING.match(text) or text[0] in "-–—•(\uf0b7\uf0a7" \
            or _MOTION_WORDING.match(text) or tiny(doc, n) or _ITEM_NOTE.search(text):
        return False
    if FIELD.match(text) and FIELD.match(text).group("value").strip():
        return False  # "Date: Friday 23rd January" under the title: a field of it (``_fields_after``)
    if parse_labels(text) and not DATE.match(text) and not re.fullmatch(r"(?:19|20)\d\d\.?", text) \
            and not _street_address(text) and not _year_and_meeting(text) and not _lettered_body_title(text):
        return False  # "1. Call to Order": an item, not a title ("18 March 2025" is a date,
        # "9401 Corkscrew Palms Circle" the venue's address)
    letters = [c for c in text if c.isalpha()]
    caps = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    if caps or emphasis(doc, n) > 0 or centred(doc, n):
        return True
    # Plain lines belong to a title block only when short: prose runs on at full width. A
    # longer one at the top of a page that names the paper is a title set in the text's own
    # font ("Rochester Glens Annual Homeowners Association Meeting Minutes").
    named_paper = top_of_page and not text.endswith(".") and (has_words("minutes_words", text)
                                                               or has_words("agenda_words", text))
    if len(text) > 90 or (len(text) > 60 and not DATE.search(text) and not named_paper) or text.endswith((",", ";")):
        return False
    if _SENTENCE_ENDS.search(text) and len(text.split()) >= 3:
        return False  # "Correspondence from the Board.": a plain line that ends a sentence
    following = lines[n] if n < len(lines) else ""
    if following[:1].islower():
        return False  # "... a April 29 special board" / "meeting. Trustee Warren ...": a sentence runs on
    if doc.styles and not top_of_page and _typeset(doc):
        # A typeset paper sets its titles off (bold, bigger, capitals, centred) or prints them
        # at the top of a page; a plain line with a date in the middle of a page is business
        # ("Regular Board Meeting on May 20, 2020 at 7 pm" under "Next meetings").
        return False
    return (top_of_page or bool(DATE.search(text)) or has_words("minutes_words", text)
            or has_words("agenda_words", text))


def _typeset(doc: Document) -> bool:
    """Given a document, say whether its lines carry typography at all (a PDF's text layer
    does; a text pack, or a PDF printed in one font throughout, does not)."""
    return doc.derived("titles.typeset", lambda d: any(emphasis(d, k) > 0 for k in range(1, min(len(d.lines), 400) + 1)))


def title_blocks(doc: Document, lines: list[str]) -> list[Section]:
    """Given a document and its cleaned lines, return the meetings whose title blocks it prints."""
    found: list[Section] = []
    page_starts = _page_top_lines(doc, lines)
    stamps = _stamped(lines)
    title_like = [False] + [k not in stamps and _title_like(doc, lines, k, k in page_starts) for k in range(1, len(lines) + 1)]
    running_on = _running_on(doc, lines, page_starts, title_like) - {k + 1 for k in stamps}
    n = 1
    while n <= len(lines):
        if not title_like[n] or n in running_on:
            n += 1
            continue
        block = _grow_block(doc, lines, title_like, n, _MAX_BLOCK)
        if _prose_block(doc, lines, block, title_like) or _plain_after_first_page(doc, lines, block):
            n = block[-1] + 1
            continue
        sec = _read_block(doc, lines, block)
        if sec is None and len(block) == _MAX_BLOCK and n in page_starts:
            # A cover page listing the members between the committee's name and "Agenda - Final"
            # (Legistar) is one block, longer than most.
            longer = _grow_block(doc, lines, title_like, n, 3 * _MAX_BLOCK)
            if len(longer) > len(block) and not _prose_block(doc, lines, longer, title_like) \
                    and (sec := _read_block(doc, lines, longer)) is not None:
                block = longer
        if sec is not None and not entry_under_heading(doc, lines, block, sec.meeting_date):
            found.append(sec)
        n = block[-1] + 1
    return found


def _grow_block(doc: Document, lines: list[str], title_like: list[bool], n: int, limit: int) -> list[int]:
    """Given the first line of a title block, return its lines (at most ``limit``): the
    title-like lines that follow, over a blank line, a rule or a stamped number."""
    block = [n]
    m = n + 1
    while m <= len(lines) and len(block) < limit:
        stamp = re.fullmatch(r"\d{3,6}", lines[m - 1].strip()) and not re.fullmatch(r"(?:19|20)\d\d",
                                                                                 lines[m - 1].strip())
        if not any(c.isalnum() for c in lines[m - 1]) or stamp:
            # a blank line, a rule ("-----") or a bare number stamped beside the title
            # (a register or page number: "1831")
            m += 1
            if m - block[-1] > 2:
                break
            continue
        if not title_like[m] or _leaves_the_centre(doc, lines, block, m) or _heading_under_big_title(doc, lines, block, m):
            break
        first, here = doc.style(block[0]), doc.style(m)
        if first is not None and here is not None and 0 < first.heading < here.heading:
            break  # "# Town of Elk Ridge" ... "## CALL TO ORDER": a markdown heading under the title, the first item
        block.append(m)
        m += 1
    return block


def _plain_after_first_page(doc: Document, lines: list[str], block: list[int]) -> bool:
    """Given a run of title-like lines, return whether it is plain text past the first page of
    a typeset paper: no line of it bold, bigger, centred or in capitals. Such a run at the top
    of a later page is business carried over ("Regular Board Meeting on May 20, 2020 at 7 pm"
    under "Next meetings"), not the title of another meeting."""
    if not doc.styles or doc.page_of(block[0]) in (None, 1) or not _typeset(doc):
        return False
    for k in block:
        letters = [c for c in lines[k - 1] if c.isalpha()]
        caps = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        if caps or emphasis(doc, k) > 0 or centred(doc, k):
            return False
    return True


def _prose_block(doc: Document, lines: list[str], block: list[int], title_like: list[bool]) -> bool:
    """Given a run of title-like lines, return whether it is a paragraph set in capitals (as
    some minutes print their whole text): most lines long, or the run going on past the
    longest title block, and none of it set off by typography; or, however it is set, two
    long lines and two sentences ended in it."""
    long_lines = sum(len(lines[k - 1]) >= 55 for k in block)
    said = sum(bool(_SENTENCE_ENDS.search(lines[k - 1]) or re.search(r"[a-z]\.\s+[A-Z][a-z]", lines[k - 1])) for k in block)
    continued = sum(lines[k - 1][:1].islower() for k in block)  # lines that carry on a sentence
    if (said >= 2 and long_lines >= 2) or (continued >= 3 and long_lines >= 3):
        # sentences run over long lines, in bold or not: "... held in abeyance until ... Suspension
        # ...", a clerk's certificate in large type ("I, ..., do hereby certify" / "of Manhattan, ...")
        return True
    if any(emphasis(doc, k) or centred(doc, k) for k in block[1:]):
        return False
    runs_on = len(block) >= _MAX_BLOCK and block[-1] < len(lines) and title_like[block[-1] + 1]
    return runs_on or long_lines > max(2, len(block) // 2)


def _running_on(doc: Document, lines: list[str], page_starts: set[int], title_like: list[bool]) -> set[int]:
    """Given a document's lines, return those that carry on a paragraph (the line above, on
    the same page, is body text or itself carries on, and does not end a sentence): such a
    line cannot open a title block, even when it is short and holds a date."""
    out: set[int] = set()
    for n in range(2, len(lines) + 1):
        above = lines[n - 2]
        if not lines[n - 1] or not above or re.search(r"[.:;!?)]$", above):
            continue
        if n in page_starts and (not doc.styles or doc.page_of(n) != doc.page_of(n - 1)):
            continue  # (a page's first lines; in a PDF, its top lines carry on a paragraph above them on the page)
        if _another_flow(doc, n):
            continue  # set in another size, or higher up the page: not the line above's paragraph
        if not title_like[n - 1] or (n - 1) in out or lines[n - 1][:1].islower():
            out.add(n)
    return out


def _another_flow(doc: Document, n: int) -> bool:
    """Given a line, return whether it is printed apart from the line before it: in a size
    a tenth bigger or smaller, or above it on the page (a sidebar read first, then the title)."""
    here, before = doc.style(n), doc.style(n - 1)
    if here is None or before is None or here.size is None or before.size is None:
        return False
    if abs(here.size - before.size) > 0.1 * max(here.size, before.size):
        return True
    return here.top is not None and before.top is not None and here.top < before.top - 2


def _page_top_lines(doc: Document, lines: list[str]) -> set[int]:
    """Given a document, return its first four non-blank lines of each page (of the whole
    document when pages are unknown), and on a page whose positions are known every line in
    its top fifth (a seal or a stamp read as lines of its own must not push the title out)."""
    tops: set[int] = set()
    seen: dict[object, int] = {}
    for k, text in enumerate(lines, start=1):
        if not text:
            continue
        page = doc.page_of(k)
        style = doc.style(k)
        high = (style is not None and style.top is not None and page and page <= len(doc.page_sizes)
                and style.top < 0.2 * doc.page_sizes[page - 1][1])
        if seen.get(page, 0) < 4 or high:
            seen[page] = seen.get(page, 0) + 1
            tops.add(k)
    return tops


def _read_block(doc: Document, lines: list[str], block: list[int]) -> Section | None:
    """Given the line numbers of a title block, return the meeting it heads, or None."""
    # A word in capitals run into the next by a missing space ("APPROVEDminutes for the ...")
    texts = [re.sub(r"(?<=[A-Z]{3})(?=[a-z]{3})", " ", lines[k - 1]) for k in block]
    joined = " ".join(texts)
    above = [lines[k - 1] for k in range(max(1, block[0] - 4), block[0]) if lines[k - 1]][-2:]
    # A cover sheet's fields ("Committee Name and Date of Committee Meeting" above "Health
    # Scrutiny Panel - 11th March 2020") head a report. Words glued at a line join or a tag
    # ("Summary SheetCommittee Name") are parted first.
    if has_words("not_meetings", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", " ".join(above + [joined]))):
        return None
    committee = committee_from(texts)
    date, dm, date_line = block_date(block, texts)
    date_text = lines[date_line - 1] if date_line else ""
    fields = _fields_after(lines, block[-1])
    # "Minutes of the Annual General Meeting ...", "Notice of annual general meeting", "Annual General Meeting 2019"
    general_title = bool(_TITLED_GENERAL.match(joined) or _GENERAL_TITLE.match(texts[0]))
    notice = bool(_NOTICE_OF_MEETING.search(joined))  # "Notice of Regular Meeting": an agenda its first sentence dates
    if date is None:
        # A date broken at the line end: "... OF BALLSTON SPA, NY, held June 9," / "2025".
        date, dm = date_in(joined)
        if date is not None:
            offset, date_line = 0, block[0]
            for k, text in zip(block, texts):
                if offset + len(text) >= dm.start():
                    date_line = k
                    break
                offset += len(text) + 1
            date_text = joined
        elif (bullet_line := _dated_bullet_under(lines, block[-1])) is not None:
            # "2020 Annual General Meeting" / "- 12/4/2021, Conducted over Zoom"
            date_line, date_text = bullet_line, lines[bullet_line - 1]
            date, dm = date_in(date_text)
        elif (general_title or notice) and (held := _date_held(lines, block[-1])) is not None:
            # "Notice of annual general meeting" / "The annual general meeting ... will be held
            # at 1pm on Saturday 14 September 2024 at ...": the notice dates it in its first sentence
            date, dm, date_line = held
            date_text = lines[date_line - 1]
        elif committee is not None and (held := _date_held(lines, block[-1], _MINUTES_HELD)) is not None:
            # "ILKETSHALL ST MARGARET PARISH MEETING" / "These are the Minutes of the Annual
            # General Meeting held on 23rd May 2023 ...": the title names the body only
            date, dm, date_line = held
            date_text = lines[date_line - 1]
        elif (yearless := first_yearless(block, texts, doc.source_path, getattr(doc, "created", None))) is not None:
            date_line, date, dm = yearless  # "September 23 – Room 901" under the title: the year in the path
            date_text = lines[date_line - 1]
        elif "date" in fields:
            # "Annual General Meeting 2025" / "Minutes", then the field "Date: 24 April 2025"
            date_line, date_text = fields["date"]
            date, dm = date_in(date_text)
            if date is None:  # "Date: Friday 23rd January", the year in the path only
                date, dm = yearless_date(date_text, doc.source_path, getattr(doc, "created", None))
        elif committee is not None and _kind_of(texts) is not None and block[0] <= _first_lines(lines, 3) \
                and len(set(named := year_first_name_dates(doc.source_path))) == 1:
            # "Strata Plan NW2050" / "Strata Council Meeting Minutes" over the attendance, no
            # date printed: the one date the file's name prints year first ("2025-01-29-Minutes.pdf";
            # "16-03-22.pdf" reads three ways), for the paper's own title only (its first lines)
            date, dm, date_line, date_text = named[0], None, block[0], ""
        if date is None:
            return None
    if committee is None and _kind_of(texts) is not None:
        committee = _letterhead_body(doc, lines, block[0])
    following = [k for k in nonblank_after(lines, block[-1], 20) if k != date_line]  # (a date printed under the title)
    # What follows says what the paper is over twenty lines for a title on the first page (officers
    # listed under it come first), over eight further in (a dated resolution's title over its
    # motion is not another meeting).
    look = following if doc.page_of(block[0]) in (None, 1) else following[:8]
    if committee is None and (_kind_of(texts) is not None or (general_title and _kind_from_what_follows(lines, look, joined))):
        # "Minutes of Annual General Meeting held on ...", or "Annual General Meeting 2019" over
        # "Present:", the body's name only in a logo: the meeting is known by the name the paper
        # gives it
        general = _GENERAL_MEETING.search(joined) if general_title else None
        committee = (_body_of_notice(lines, block[-1]) or title_case(general.group(0))) if general else None
    if committee is None and _kind_of(texts) is not None:
        committee = _named_beside_kind(texts)
    if committee is None:
        return None
    kind = _kind_of(texts)
    if kind is None:
        kind = _kind_from_what_follows(lines, look, joined) or ("agenda" if notice else None)
        if kind is None:
            return None
    elif kind == "agenda" and (any(_PRESENT_NOTE.match(lines[k - 1]) for k in following[:2])
                               or any(_HELD_RECORD.search(lines[k - 1]) for k in following[:8])):
        # "Voting Hearing Agenda" / "January 20, 2022" / "(all commissioners present)", or an
        # "Agenda" whose items say "X was elected Chair", "A, B and C were in attendance": who was
        # present is recorded only once the meeting has been held; the paper is its record.
        kind = "minutes"
    if kind == "agenda":
        held = _date_held(lines, block[-1])  # a notice's own date is not the meeting's
        if held is not None and held[0] != date:
            date, dm, date_line = held
            date_text = lines[date_line - 1]
    start_time = (time_in(date_text[dm.end():]) if dm else None) or time_in(joined)
    if start_time is None and "time" in fields:
        start_time = time_in(fields["time"][1])
    if start_time is None and "date" in fields and fields["date"][0] == date_line:
        start_time = time_in(fields["date"][1])  # "Date and time: 8:30-9:30pm AEDT, Thursday 1st March 2018"
    venue = _venue(texts, committee, date_text)
    if venue is None and "venue" in fields:
        venue = fields["venue"][1].strip() or None
    return Section(kind, committee, date, start_time, venue, block[0], block[-1])


_TITLED_GENERAL = re.compile(r"^\W*(?:minutes|agenda|notice)\s+of\s+(?:the\s+)?(?:annual|extraordinary|special)\s+general\s+meeting\b",
                             re.IGNORECASE)
# A title that is the meeting's own name: "Annual General Meeting 2019", "2020 AGM".
_GENERAL_TITLE = re.compile(r"^\W*(?:(?:19|20)\d\d\s+)?(?:annual|extraordinary|special)\s+general\s+meeting"
                            r"(?:\s+(?:19|20)\d\d)?\W*$", re.IGNORECASE)
# "Notice of Regular Meeting & Board Retreat": an agenda its first sentence dates (not "NOTICE OF
# SPECIAL MEETING OF THE CONDUIT FINANCING COMMITTEE", a title that names the body).
_NOTICE_OF_MEETING = re.compile(r"\bnotice\s+of\s+(?:an?\s+|the\s+)?(?:regular|special|public|board|annual|\w+\s+board)?\s*meeting\b(?!\s+of\b)",
                                re.IGNORECASE)
_GENERAL_MEETING = re.compile(r"\b(?:annual|extraordinary|special)\s+general\s+meeting\b", re.IGNORECASE)


def _letterhead_body(doc: Document, lines: list[str], first: int) -> str | None:
    """Given a title block that says what the paper is but names no body ("Voting Hearing
    Agenda" / "January 20, 2022"), return the body its page's letterhead names above it ("City of Boston" / "Licensing
    Board"): the first of the dozen lines above, on the same page, that names a body."""
    page = doc.page_of(first)
    above = [k for k in range(max(1, first - 12), first) if lines[k - 1] and doc.page_of(k) == page]
    # The letterhead and the title are one run of heading lines at the head of the page:
    # a body named above business ("PRESENT: ...") is another meeting's heading.
    run: list[int] = []
    for k in reversed(above):
        if re.fullmatch(r"\d{1,3}", lines[k - 1].strip()):
            continue  # a page number the text layer reads between the letterhead and the title
        if not _title_like(doc, lines, k, True) or lines[k - 1].endswith("."):
            break
        run.insert(0, k)
    for k in run:  # the topmost name: "Executive Secretary:" lower down labels a person
        text = lines[k - 1]
        name, strength = body_name(text)
        if strength >= 2 and not text.endswith(":"):
            return title_case(name)
    return None
