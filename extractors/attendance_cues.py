"""Attendance lists as text: the cues that open them and the wrapped lines they run over.

A list opens with a cue ("Present:-", "Apologies for absence were received from", "Roll Call:",
"Regrets:", "Attended:", "Staff:") and runs over wrapped lines until a blank line, the next
cue, a heading, a bulleted item or the end of its sentence. Names may break at the wrap ("...,
Lizzie" / "Courtney"); a line of prose after the list ("Around fifty residents.") ends it; a
person and post a line ("A. Dowiat Vine, Director of Planning") are parted by semicolons.
Used by ``extractors.attendees``.
"""

from __future__ import annotations

import re

from extractors.labels import opens_item
from extractors.layout import emphasis, set_apart
from extractors.people import TWO_WORD_HONORIFICS, VOCAB, parse_person
from minutebook.document import Document

# (pattern, status, virtual). The list text is whatever follows the match on the line.
_CUES: list[tuple[re.Pattern, str, bool]] = [
    (re.compile(r"^\s*(?:[-•]\s*)?present\s*(?:\([\w\s]{1,30}\)\s*)?(?::\s*-|:-|:|-|\.(?=\s*(?:Cllrs?|Councillors?)\b))\s*",
                re.IGNORECASE),
     "present", False),  # (and "Present. Cllrs. ...", "PRESENT (six Councillors): - Pam Bullas (PB), ...")
    # "Present Mr P Evans (PE), Mrs G Parsons (GP), ...": the label without its colon, before a title
    (re.compile(r"^\s*(?i:present)\s+(?=(?:Mr|Mrs|Ms|Miss|Mx|Dr|Cllrs?|Councillors?|Rev|Revd|Prof)\.?\s+[A-Z])"), "present", False),
    (re.compile(r"^\s*(?:[-•]\s*)?also\s+present(?:\s+were)?\s*(?::\s*-|:-|:|-)?\s*", re.IGNORECASE), "in_attendance", False),
    (re.compile(r"^\s*(?:[-•]\s*)?in\s+attendance\s*(?:\(\s*virtually\s*\)|virtually)\s*:\s*", re.IGNORECASE), "in_attendance", True),
    (re.compile(r"^\s*(?:[-•]\s*)?in\s+attendance\s*:\s*(?=\S)", re.IGNORECASE), "in_attendance", False),
    (re.compile(r"^\s*(?:[-•]\s*)?absent\s*(?::\s*-|:-|:)\s*", re.IGNORECASE), "absent", False),
    (re.compile(
        r"^\s*(?:[-•]\s*)?apologies(?:\s+for\s+absence)?\s*(?::\s*-|:-|:|-)?\s*"
        r"(?:apologies\s+)?(?:for\s+absence\s+)?(?:were|was|had\s+been)\s+(?:received|submitted|given|tendered|noted)"
        r"\s+(?:from|by|on\s+behalf\s+of)\s+", re.IGNORECASE), "apologies", False),
    (re.compile(r"^\s*(?:[-•]\s*)?apologies(?:\s+for\s+absence)?\s*(?::\s*-|:-|:)\s*(?=[A-Z])", re.IGNORECASE),
     "apologies", False),
    # "The Democratic Services Manager reported apologies from Mr Baldock, ...".
    (re.compile(r"^\s*(?:The\s+)?[A-Z][\w'’ -]{0,60}?\s+(?:reported|received|noted|tendered|gave|submitted)\s+"
                r"(?:their\s+)?apologies(?:\s+for\s+absence)?\s+(?:from|on\s+behalf\s+of)\s+"), "apologies", False),
    # "There were apologies from Cllrs Shobha Edgell and Lizzer Bradbury."
    (re.compile(r"^\s*(?:there\s+were\s+)?apologies(?:\s+for\s+absence)?\s+(?:were\s+)?(?:received\s+)?from\s+",
                re.IGNORECASE), "apologies", False),
    # "Presiding: Mr. Matt Alexander, President."
    (re.compile(r"^\s*presiding\s*[:\-–]\s*", re.IGNORECASE), "chair", False),
    # "The board members present were Trustee Elton, ...".
    (re.compile(r"^\s*(?:the\s+)?(?P<group>(?:[A-Za-z]+\s+){0,3}?)present\s+(?:were|was)\s*:?\s+", re.IGNORECASE),
     "group", False),
    # Any house's list head, with who it lists and a colon or dash: "Committee Members Present
    # were:", "o Commissioners Absent:", "PARTICIPATING IN PERSON:", "STAFF PARTICIPATING IN
    # PERSON:", "Others Present:", "Apologies were received from:", "Roll Call:", "STAFF ATTENDING:",
    # "Members On line:", "Members Present (14):" (with their count), "Department of Cannabis Control
    # (DCC) Staff Present:" (a department's staff, its initials in brackets: a longer head only in
    # capitalised words, not "impressed with the number of people in attendance –including ...").
    (re.compile(r"^\s*(?:[-•\u2022\uf0b7o]\s+|\d{1,3}[.)]\s+)?(?P<group>(?:[A-Za-z&'’]+\s+){0,4}?"
                r"|(?<=\d[.)]\s)(?:[A-Za-z&'’]+\s+){5,8}?"  # "3. Welcome and to Receive and Accept Apologies for Absence –"
                r"|(?-i:(?:(?:[A-Z][A-Za-z&'’]*|of|and|the|for|\([A-Z][A-Za-z]{1,9}\))\s+){5,8}?))"
                r"(?:present|absent|excused|in\s+attendance|attendance|attendees|attending|attended|participants|regrets|apologies(?:\s+for\s+absence)?"
                r"|participating(?:\s+(?:in\s+person|remotely|virtually|online|by\s+\w+))?|roll\s+call"
                r"|on\s*-?\s*line|on\s+the\s+(?:call|line))"  # "Members On line: ..." at a conference call
                r"(?:\s+(?:were|was|are|is))?(?:\s+(?:received|submitted|given|tendered|noted)\s+(?:from|by))?"
                r"(?:\s*\(\d{1,3}\))?\s*(?::-|[:\-–—])\s*", re.IGNORECASE), "group", False),
    # The same head alone on its line without a colon, its words capitalised and the last a group
    # ("Bureau of Cannabis Control (Bureau) Staff Present", "Members Absent (3)") over a name a
    # line; not a row of a vote table ("Alice Huffman Absent").
    (re.compile(r"^\s*(?P<group>(?:(?:[A-Z][A-Za-z&'’]*|of|and|the|for|\([A-Z][A-Za-z]{1,9}\))\s+){0,9}?"
                r"(?i:members|staff|officers|officials|councillors|trustees|directors|commissioners|governors|others"
                r"|guests|visitors|representatives)\s+)"
                r"(?i:present|absent|in\s+attendance)(?:\s*\(\d{1,3}\))?\s*$"), "group", False),
    # "Council: Mayor Farbridge Councillor G. Kovach", "Trustees: Mr A Lee, ...": the body's
    # members under their body's name, known by the honorific that follows.
    (re.compile(r"^\s*(?:council|councillors|board(?:\s+members)?|trustees|commissioners|directors|governors|"
                r"committee(?:\s+members)?)\s*:\s*(?=(?:%s)\.?\s+[A-Z])" % "|".join(
                    h.capitalize() for h in sorted(VOCAB["honorifics"], key=len, reverse=True)), re.IGNORECASE),
     "present", False),
    # "Staff: ..." (and "Library Staff:", "City Staff:"), "Residents: ...", "Members of the public : ...", "Guests - ...", and "Public:" /
    # "Officials:" alone over a name a line.
    (re.compile(r"^\s*(?:[-•\u2022\uf0b7o]\s+)?(?:(?:(?-i:[A-Z])[A-Za-z]+\s+){1,2}(?=staff\s*:))?(?:staff|officers|officials|guests|visitors|others|residents|observers|"
                r"(?:special\s+)?invitees|"
                r"members\s+of\s+the\s+public|public|also)\s*(?:[:\-–]\s*(?=\S)|:\s*$)", re.IGNORECASE),
     "in_attendance", False),
]
# The head of a table of members read as a line: "Name District Contact Phone Contact Email".
_COLUMN_HEADS = re.compile(r"(?:(?:full\s+)?names?|district|ward|contact|phone|telephone|e-?mail|title|role|position|status|"
                           r"representing|organi[sz]ation|address|arrived|term|attendance)(?:\s+(?:full\s+)?(?:names?|district|"
                           r"ward|contact|phone|telephone|e-?mail|title|role|position|status|representing|organi[sz]ation|"
                           r"address|arrived|term|attendance|#|no\.?))+\s*", re.IGNORECASE)
_HEADING = re.compile(r"^\s*(?:\d{1,3}(?:\.\d+)?\.?\s+[A-Z]|\(Item\s+\d+\)|[A-Z][A-Z &,'’-]{6,}$)")


def _cue_at(line: str) -> bool:
    return any(p.match(line) for p, _, _ in _CUES)


def _first_sentence(text: str) -> tuple[str, str]:
    """Given a list's text, return it up to the end of its first sentence, and the rest
    ("Supervisor Liccar. Clerk Buiter was also present."); "Dr." or an initial ("P.J.") do not end it."""
    for m in _SENTENCE_STOP.finditer(text):
        if _ends_sentence_at(text, m):
            return text[:m.start()], text[m.end():]
    return text, ""


# A post's label run on after the members' list: "... Claire Williams (CW). Parish Clerk: Peter
# King In attendance: four members of the public." (the clerk is an officer, in attendance).
_CLERK_LABEL = re.compile(r"^\s*(?P<post>(?:(?:Parish|Town|Council|City|Deputy|Assistant|Locum)\s+)?Clerk)\s*:\s*(?=[A-Z])")
# A further list's head inside a sentence ("Peter King In attendance: ..."): it ends the list before.
_HEAD_INSIDE = re.compile(r"\s+(?=(?:In\s+attendance|Also\s+present|Apologies(?:\s+for\s+absence)?|Absent)\s*:)")


def next_cue(rest: str) -> tuple[str, str, str] | None:
    """Given the text after an attendance list's first sentence, return the next list run on in
    the same paragraph as (its text, the rest, its status): "PRESENT: Cllrs A, B. Apologies:
    Cllr C. In attendance: D (Clerk).", "... (CW). Parish Clerk: Peter King"; None when the rest
    opens no list (a list head whose status depends on its words is not read here)."""
    rest = _HEAD_INSIDE.sub(". ", rest)
    clerk = _CLERK_LABEL.match(rest)
    if clerk:
        text, after = _first_sentence(rest[clerk.end():])
        return f"{text} ({clerk.group('post')})", after, "in_attendance"
    for pattern, status, _ in _CUES:
        m = pattern.match(rest)
        if m and status in ("present", "apologies", "absent", "in_attendance"):
            text, after = _first_sentence(rest[m.end():])
            return text, after, status
    return None


def last_sentence(text: str) -> str:
    """Given text, return its last sentence, by the same stops as ``_first_sentence`` ("Prof.
    Sitamma, Dr. S. Agaihachary" is one)."""
    ends = [m.end() for m in _SENTENCE_STOP.finditer(text) if _ends_sentence_at(text, m)]
    return text[ends[-1]:] if ends else text


_SENTENCE_STOP = re.compile(r"\.\s+(?=[A-Z][a-z])")


def _ends_sentence_at(text: str, m: re.Match) -> bool:
    """Given text and a full stop found in it, return whether the stop ends a sentence: not after
    a title ("Dr."), an initial or initials run together ("P.J."), nor inside brackets."""
    word = text[:m.start()].rsplit(" ", 1)[-1]
    return (len(word) > 1 and word.lower() not in _ABBREVIATIONS and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", word)
            and text.count("(", 0, m.start()) == text.count(")", 0, m.start()))  # ("Mr. P.J. Henningson")


def _gather(doc: Document, lines: list[str], start: int, offset: int) -> tuple[str, int]:
    """Given a cue line, return the list text (following wrapped lines) and its last line.

    A list runs on over wrapped lines until a blank line, the next cue, a heading, or the end
    of its sentence; names may break across lines ("... Dan Bride, Tom" / "Byrne, ...").
    """
    text = lines[start - 1][offset:].strip()
    last = start
    line_mode = False  # the list has gone on a person a line ("Name, Post")
    hung_names = False  # ... or a bare name a line, hung under the first ("Present: Sandy Jacobs" / "Mason Ruder")
    # A full council's PRESENT list runs over a dozen lines; the cap only guards a missed end.
    for n in range(start + 1, min(len(lines), start + _MAX_LIST_LINES) + 1):
        nxt = lines[n - 1].strip()
        # "... Dr S Rahman and Mr W" / "Stanton": a name broken at the line end runs on.
        name_open = bool(re.search(r"\b(?:[A-Z]\.?|Mr|Mrs|Ms|Miss|Dr|Cllr|Councillors?|and)\s*$|[&+]\s*$", text))
        # "..., Sir Victor Yeo, CBE," / "Mr W Zane and Ms X Ames": after a comma the list goes
        # on, even when the next line reads like a title.
        name_open = name_open or (text.endswith(",") and not _HEADING.match(nxt))
        # an open bracket goes on to its close ("[additional comments sent via" / "MK ...]")
        name_open = name_open or text.count("[") > text.count("]") or text.count("(") > text.count(")")
        # "Absent: Councillor L. Burcher" / "        Councillor Hofland": a line hung under the
        # text after the list's label goes on with the list, title-like or not.
        hung = not set_apart(doc, n - 1, n) and _hangs_under(doc, start, n)
        if hung_names and not hung:
            break  # "Present: Sandy Jacobs" / "Mason Ruder" ... a name a line in a column: the column has ended
        name_open = name_open or (hung and bool(_HONORIFIC_START.match(nxt) or parse_person(nxt)))
        # (a bare name a line, hung in the column of the first name after the label: one person each)
        hung_name = hung and bool(_NAME_TAIL.fullmatch(nxt) or _HONORIFIC_START.match(nxt) and parse_person(nxt)) \
            and (hung_names or not re.search(r"[,;]", text))
        hung_names = hung_names or hung_name
        # "In Attendance: M. Singleton, Chief Executive Officer" / "A. Dowiat Vine, Director of
        # Planning" (not an item "A."): a person and post a line; semicolons part them so the
        # commas stay inside each.
        # (not names parted by commas: "Apologies: A, B, Humza" / "Yousaf MSP, Councillor Alam.":
        # the line above must name a post after its comma)
        above = re.sub(r"^[^:]*:\s*", "", lines[n - 2].strip())
        by_line = bool(_NAME_COMMA_POST.match(nxt) and _NAME_COMMA_POST.match(above) and _post_after_comma(above)
                       and not text.endswith((",", ";")))
        if line_mode and not by_line:
            break  # a person a line, and this line is not one: the list has ended
        line_mode = line_mode or by_line
        name_open = name_open or by_line
        # "..., Patrick Sweeney, Lizzie" / "Courtney": a long line that ends in a given name,
        # over a line that is one or two capitalised words, is a name broken at the wrap.
        name_open = name_open or (len(lines[n - 2]) >= 60 and bool(re.search(r"\b[A-Z][a-z'’-]+$", text))
                                  and bool(_NAME_TAIL.fullmatch(nxt)) and not _cue_at(nxt) and emphasis(doc, n) == 0)
        if not name_open and nxt[:1].isupper() and len(nxt) < 60 and _PROSE_LINE.search(nxt) \
                and not re.search(r"(?:[,;]|\band)$|\band\s+\S+$", text) and ";" not in text:
            break  # "... John Atkins, Pieter Desnerck" / "Around fifty residents.": a sentence of its own
        # In a list parted by semicolons an entry runs on until its semicolon: a stray mark
        # at the next line's start ("· Services; ...", a scan's speck) does not begin an item.
        mid_entry = ";" in text and not text.endswith((";", "."))
        if not nxt or _cue_at(nxt) or "\t" in lines[n - 1] or (_BULLETED.match(nxt) and not mid_entry) \
                or (emphasis(doc, n) >= 2 and _bigger_than_cue(doc, start, n)) \
                or (set_apart(doc, n - 1, n) and not name_open):
            break  # the next list, a bulleted item, a heading, or a blank line's space
        if not name_open and (_HEADING.match(nxt) or _title_line(nxt) or opens_item(nxt) or _RUN_IN_LABEL.match(nxt)
                              or re.fullmatch(r"[A-Z][^:,;]{2,60}:", nxt)):
            break  # (the next item of business: "23/101 Declarations of interest", "Declarations of Interest: ...",
            # "Minutes from last meeting:")
        if _ends_sentence(text):
            break
        # A line that opens with an honorific starts the next person, whether or not the
        # line above closed with a comma ("Deputy Superintendent" / "Dr. Maria Su, ...").
        starts_person = _HONORIFIC_START.match(nxt) and re.search(r"\b[A-Z][a-z]{2,}[)]?\s*$", text)
        text += ("; " if by_line else ", " if starts_person or hung_name else " ") + nxt
        last = n
    return text, last


def _post_after_comma(text: str) -> bool:
    """Given "M. Singleton, Chief Executive Officer", return whether what follows the first
    comma may name a post ("Director of Planning", "Clerk", "Staff to the Commission"), not
    another person ("Hal Vine": two or three capitalised words, none a post's)."""
    after = (text.split(",", 2)[1] if "," in text else "").strip(" .")
    words = re.findall(r"[\w'’-]+", after)
    person = bool(re.fullmatch(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}", after))
    return bool(after) and not (person and not any(w.lower() in _POST_TITLE_WORDS for w in words))


_POST_TITLE_WORDS = (set(VOCAB["title_words"]) | set(VOCAB["post_words"]) | set(VOCAB["sole_posts"])
                     | {w for p in VOCAB["office_posts"] for w in p.split()} | set(VOCAB["honorifics"])
                     | {"vice", "vice-chair", "vice-president", "member", "representative", "rep", "liaison", "ex-officio"})
_POST_TITLE_WORDS -= {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady"}


def _bigger_than_cue(doc: Document, start: int, n: int) -> bool:
    """Given a list's cue line and a later line, say whether the later line is printed larger
    than the cue's: a heading. (Not a line at the cue's own size, though larger than the
    document's body text: a board packet whose statistics pages set the body size smaller.)"""
    cue, line = doc.style(start), doc.style(n)
    return not (cue and line and cue.size and line.size and line.size <= cue.size * 1.05)


def _hangs_under(doc: Document, start: int, n: int) -> bool:
    """Given a list's cue line and a later line, say whether the later line is indented under
    the text after the cue's label, as every line between them is: a hanging list."""
    cue = doc.style(start)
    if cue is None or cue.x0 is None:
        return False
    indents = [doc.style(k) for k in range(start + 1, n + 1)]
    if any(s is None or s.x0 is None for s in indents):
        return False
    return all(s.x0 >= cue.x0 + 20 and abs(s.x0 - indents[0].x0) <= 3 for s in indents)


# "In attendance were ...", "Present were ...", "... called the meeting to order. In attendance:
# Supervisors A, B, ...", inside a paragraph (at a line's start the cues read it).
_WERE_IN_ATTENDANCE = re.compile(r"(?<=[.:]\s)(?:also\s+)?(?:in\s+attendance|present)(?:\s+(?:were|was)\s*:?|\s*:)\s+(?=[A-Z])",
                                 re.IGNORECASE)
# "David A. Jones, Acting Chairperson of the ... Board, convened a meeting of the Board members".
_CONVENED_BY = re.compile(r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)+),\s+(?:acting\s+)?"
                          r"(?:chair(?:man|woman|person)?|president|mayor)\b[^.;]{0,120}?,?\s+(?:convened|called|opened)\b",
                          re.IGNORECASE)
# "A. Dowiat Vine, Director of Planning & Communication": one person, a comma, then a post in
# words (not "Niro, D. McConnell, ...", a list of people run over lines).
_NAME_COMMA_POST = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z]\.\s*|[A-Z][a-z'’-]+\s+)+[A-Z][A-Za-z'’-]+"
                              r"(?:\s+[A-Z][A-Za-z'’-]+)?(?:,|\s+[–—-])\s+[A-Z][a-z]{2,}(?!.*\b[A-Z]\.\s)")
_NAME_TAIL = re.compile(r"[A-Z][a-z'’-]+(?:[- ][A-Z][a-z'’-]+)?\.?")
# A line of prose: two or more lowercase words (other than the particles of names) before a full stop.
_PROSE_LINE = re.compile(r"^(?=(?:.*?\b(?!(?:and|of|the|de|van|von|der|la|le|du|da)\b)[a-z]{2,}\b){2}).*\.$")
_RUN_IN_LABEL = re.compile(r"^[A-Z][a-z'’]+(?:\s+(?:[A-Z][a-z'’]+|of|and|the|for|from))*\s*:\s*\S")
_BULLETED = re.compile(r"^[\u2022\u25cf\u25aa\uf0b7\uf0a7•·◦▪]\s*|^[o\-–]\s+(?=[A-Z])")
_HONORIFIC_START = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof|Rev|Sir|Dame|Mayor|Trustee|Commissioner|Councilmember"
                              rf"|{TWO_WORD_HONORIFICS})\b\.?\s",
                              re.IGNORECASE)


def _ends_sentence(text: str) -> bool:
    """Given list text, say whether it ends a sentence (not "Dr." or an initial "M.")."""
    if not text.endswith(".") or text.count("(") > text.count(")"):
        return False
    last_word = text.rsplit(" ", 1)[-1].rstrip(".")
    return not (len(last_word) == 1 and last_word.isupper()) and last_word.lower() not in _ABBREVIATIONS


_MAX_LIST_LINES = 40
_ABBREVIATIONS = {"dr", "mr", "mrs", "ms", "cllr", "cllrs", "prof", "rev", "revd", "st", "no", "hon", "messrs"}


def _title_line(text: str) -> bool:
    """Given a line, say whether it reads as a heading ("Apologies and Substitutes")."""
    if len(text) > 60 or re.search(r"[,.;:()]", text):
        return False
    words = [w for w in text.split() if w.lower() not in {"and", "of", "the", "for", "to", "in", "on", "a"}]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
