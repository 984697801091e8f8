"""The body's name as a title block or opening sentence prints it.

"MINUTES OF THE REGULAR MEETING OF THE TOWNSHIP BOARD" -> "Township Board"; "Souldern Parish
Council Meeting Minutes" -> "Souldern Parish Council"; "A regular meeting of the Township of
Nipissing Council was held" -> "Township of Nipissing Council". Words that name the paper
("Minutes", "Agenda", "Draft") or the kind of meeting ("Regular", "Special", "Annual") are
taken off; boilerplate ("the above Council", "said Board") and addresses or venues are never
a name. Vocabularies live in ``patterns/structure.json``.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from extractors.common import phrase_alternation
from extractors.headings import DATE, TIME, title_case



@lru_cache(maxsize=1)
def vocab() -> dict[str, list[str]]:
    """Return the structure vocabularies (``patterns/structure.json``)."""
    return json.loads((Path(__file__).parent / "patterns" / "structure.json").read_text())


@lru_cache(maxsize=None)
def _words(name: str) -> re.Pattern:
    """Given a vocabulary name, return a pattern matching any of its phrases as whole words."""
    return re.compile(r"\b(?:" + phrase_alternation(vocab()[name]) + r")\b", re.IGNORECASE)


def has_words(name: str, text: str) -> bool:
    """Given a vocabulary name and a text, return whether the text holds one of its phrases."""
    return bool(_words(name).search(text))
# Words that say what kind of meeting it was, not whose: "Special", "Annual", "Summer" ("PTA Board
# Summer Meeting"), "Monthly".
_MEETING_KIND = (r"(?:regular|special|formal|business|annual|extraordinary|ordinary|general|adjourned|reconvened|public|full|joint"
                 r"|monthly|quarterly|summer|winter|spring|autumn|fall|remote|online|virtual|hybrid|in[\s-]person"
                 # (the month it is held in: "FEBRUARY COUNCIL MEETING", "the March Board meeting")
                 r"|january|february|march|april|may|june|july|august|september|october|november|december)")
_LEAD = re.compile(
    # ("Meeting Minutes - Maple Grove PTA Board Meeting 9.10.25", "Regular Meeting Minutes: ...":
    # the paper's kind printed before the body's name, parted from it by a dash or colon)
    rf"^(?:{_MEETING_KIND}\s+)*(?:meeting|mtg)\s+(?:minutes|agenda|notes)\s*[-–—:|]\s*(?=\S)|"
    rf"^(?:(?:draft|official|approved|unapproved|revised|confirmed|agreed|signed|final|marked)\s+)*"
    # ("Marked Docket - Final": Legistar's action minutes)
    rf"(?:minutes|agenda|notice|summary|record|notes|proceedings|journal|docket)\b(?:\s*[-–—]\s*(?:final|draft)\b)?\s*"
    rf"(?:(?:of|from|for)\s+)?(?:(?:the|a|an)\s+)?(?:{_MEETING_KIND}\s+)*(?:meeting|session)?\s*"
    rf"(?:\(\s*no\.?\s*\d+\s*\)\s*)?(?:of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
# (and the meeting's count: "Twenty Sixth Meeting of the Twenty-Fifth Senate", "3rd Meeting of the Board")
_ORDINAL = (r"(?:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]?)?(?:first|second|third|fourth|fifth|"
            r"sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth"
            r"|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|\d{1,4}\s?(?:st|nd|rd|th))")  # ("1 st": a superscript read apart)
_MEETING_LEAD = re.compile(rf"^(?:(?:the|a|an)\s+)?(?:{_ORDINAL}\s+)?(?:{_MEETING_KIND}\s+)*(?:meeting|session)\s+of\s+(?:the\s+)?",
                           re.IGNORECASE)
# (not the "Meeting" of a body that is a meeting: an English parish without a council meets as
# the "Ilketshall St Margaret Parish Meeting", a New England town as its "Town Meeting")
_TAIL = re.compile(
    rf"\s*[-–—:,|]?\s*(?:(?:{_MEETING_KIND}|official|draft)(?:\s+|\s*/\s*))*"  # (and "Hybrid In-Person/Online")
    rf"(?:(?<!\bparish\s)(?<!\btown\s)meeting|mtg|session|minutes|agenda|summary|notes|proceedings)\b.*$"
    # "Library Board Trustee Meeting": a meeting of the board's members, not a body of its own
    rf"|(?:(?<=board)|(?<=council)|(?<=committee))\s+(?:trustee|member|director|governor)\s+"
    rf"(?:{_MEETING_KIND}\s+)*(?:meeting|mtg|session)\b.*$"
    r"|\s+(?:held|to\s+be\s+held|will\s+be\s+held)\b.*$"
    # "... Club - Year 2022": the year the meeting reports on
    r"|\s*[-–—]\s*(?:year\s+)?(?:19|20)\d\d(?:\s*[-/–]\s*\d{2,4})?\s*$",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(r"^(?:above|said|this|that|same|aforementioned|at|in|on|by|for|from|to|with)\b",
                         re.IGNORECASE)


# "Special Board of Trustees": the kind of meeting is not part of the body's name.
_KIND_BEFORE_BODY = re.compile(
    rf"\b{_MEETING_KIND}\s+(?=(?:board|council|committee|commission|cabinet|panel|meeting|session|(?:parish|town)\s+meeting)\b)",
    re.IGNORECASE)
# (A library is a place, "Maple Library", unless a body governs it: "Library Board", "Public
# Library District Board of Trustees".)
# (a slash between words is no address: "Spring Meeting/Picnic", "Planning/Zoning Commission")
# (a body named after its hall is a body: "New Village Hall Working Group", "Village Hall Trust")
_NOT_A_NAME = re.compile(r"www\.|https?:|@|\.(?:com|org|gov|net|uk)\b|(?<![A-Za-z])/|/(?![A-Za-z])|\b(?:room|chambers?|building|"
                         r"hall(?!\s+(?:\w+\s+)?(?:committee|trust|trustees|group|association|board)\b)|"
                         r"street|road|avenue|suite|floor|present|absent|apologies)\b"
                         r"|\blibrary\b(?!\s+(?:district\s+)?(?:board|trust|trustees|committee|commission|authority|"
                         r"foundation|council))", re.IGNORECASE)


# "Board of Trustees: Tom Breen Kent Child Jonathan Brusco": the members of a body listed after
# its name (a letterhead's or a footer's), four or more capitalised words and no small ones.
_MEMBERS_LISTED = re.compile(r":\s*(?:[A-Z][\w'’.-]*,?\s+){3,}[A-Z][\w'’.-]*,?\s*$")
# A proper name of three words or more, each capitalised but the small ones, with its letters in
# brackets if printed ("Centre for Internal Quality Assurance (CIQA)").
_OWN_NAME = re.compile(r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)?[A-Z][\w'’&-]*){2,}(?:\s+\([A-Z&]{2,8}\))?")
# Words a sentence says and a body's name does not: "Trustee Wessel made a motion to approve the
# Board", "MR. PHARES MOVED TO APPROVE THE ... COMMISSION", "Councillors may recall that I chaired".
_AUXILIARY = r"(?:will|shall|would|should|may|is|are|was|were|has|have|had|met|meets)"
_SAID = re.compile(r"\b(?i:made|moved|seconded|recall(?:ed)?|chaired|approved?|requested|asked|noted|agreed|reported"
                   rf"|informed|discussed)\b|\b(?:{_AUXILIARY}|that)\b")
# An officer's title printed over the body's name in a letterhead ("CHAIRPERSON" / "FULL BOARD
# MEETING"): no part of the name.
_POST = re.compile(r"(?i:chair(?:man|person|woman)?|clerk|secretary|treasurer|president|mayor|district\s+manager"
                   r"|conven[eo]r|vice[\s-]chair(?:man|person)?)")
# A member listed with the post held, as a letterhead lists the body's members: "Gino Borgioli -
# Council Member", "Rich Constantine – Mayor", "Jane Doe, Trustee": a person, not the body.
_PERSON_WITH_POST = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s*[-–—,]\s*(?:Vice\s+|Deputy\s+)?"
                               r"(?i:mayor(?:\s+pro\s+tem(?:pore)?)?|council\s*member|trustee|(?:board\s+)?member|chair\w*"
                               r"|president|clerk|secretary|treasurer|superintendent|commissioner|supervisor|alderman)\s*$")
# "Meeting of the X", "Minutes of X": the line says outright that X is the body that met.
_NAMED_OUTRIGHT = re.compile(r"\b(?:meeting|minutes|agenda|notice|session)\s+of\s+", re.IGNORECASE)


# A body known only by its initials ("LEC", "PTA", "BOM"), on a line that says it met; not the
# kind of meeting or a note ("AGM", "AOB").
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}\d{0,2}")  # (and a numbered one: "CB1", Community Board 1)
_NOT_BODIES = {"AGM", "EGM", "SGM", "AOB", "AOCB", "TBC", "TBD", "RSVP", "FYI", "NA", "PM", "AM", "DRAFT", "MINUTES",
               "MEETING", "AGENDA", "NOTES", "ITEM", "ITEMS", "THE", "OF", "AND", "FOR", "ZOOM"}
_MET = re.compile(r"\b(?:meeting|minutes)\b", re.IGNORECASE)


def body_name(text: str) -> tuple[str | None, int]:
    """Given a title-block line, return the body's name it prints (without "Minutes of the",
    "Regular Meeting", dates and times) and its strength: 3 when the line says the meeting
    was of it ("Special Meeting of the Conduit Financing Committee"), 2 when it names a body
    ("Board of Education", "Souldern Parish Council"), 1 a place only ("Township of
    Nipissing"), 0 none."""
    outright = bool(_NAMED_OUTRIGHT.search(text))
    line = text
    text = DATE.sub(" ", text)
    text = TIME.sub(" ", text)
    text = re.sub(r"\(\s*no\.?\s*\d+\s*\)|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b", " ", text, flags=re.IGNORECASE)
    text = re.sub(r"\s+(?:held|to\s+be\s+held|will\s+be\s+held)\b.*$", "", " ".join(text.split()), flags=re.IGNORECASE)
    listed = _MEMBERS_LISTED.search(text)
    if listed and (has_words("body_words", listed.group(0)) or _MET.search(listed.group(0))):
        listed = None  # "Minutes: Riverside Allotments Association Annual Meeting" names the body
    if _NOT_A_NAME.search(text) or listed or _PERSON_WITH_POST.match(text.strip()):
        return None, 0  # a room, an address, a web page or an attendance or membership line
    text = text.strip(" -–—:,|.")
    for _ in range(3):
        before = text
        text = _LEAD.sub("", text).strip(" -–—:,|.")
        text = _MEETING_LEAD.sub("", text).strip(" -–—:,|.")
        if text == before:
            break
    # "STROUD MASTERS SWIMMING CLUB AGM – Year 2022": the general meeting by its letters after
    # a body's name (a body known only by its letters keeps them: "UDS EGM")
    text = re.sub(r"\b((?i:club|society|association|council|trust|union|league|federation|committee|board))"
                  r"\s+(?:AGM|EGM|SGM)\b.*$", r"\1", text)
    # "Minutes of WLUG AGM 2020": the letters and the meeting, as "UDS EGM" (not the year)
    text = re.sub(r"^([A-Z][A-Z&]{1,7}\s+(?:AGM|EGM|SGM))\s+(?:19|20)\d\d\b.*$", r"\1", text)
    text = _TAIL.sub("", text).strip(" -–—:,|.")
    text = _KIND_BEFORE_BODY.sub("", text)
    text = re.sub(r"(?<=\w)\s+members$", "", text, flags=re.IGNORECASE)  # "... Meeting of the Association Members"
    # "Digital Rights Watch Inc. (the Association)": the name the paper goes on to use, defined
    text = re.sub(r"\s*\(\s*[“\"'‘]?the\s+[^()]{2,40}\)$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"^(?:the|of)\s+", "", text, flags=re.IGNORECASE).strip()
    if not text or len(text) > 90 or _BOILERPLATE.match(text) or not text[0].isalnum():
        return None, 0
    if re.search(r"\b(?:at|on|in|of|the|and|to|by|for|with|from|a|an|was|were|is)$", text, re.IGNORECASE):
        return None, 0  # a name does not end on "at": this is a sentence cut at a line end
    if _SAID.search(text):
        return None, 0  # "Trustee Wessel made a motion to approve the Board": a sentence, no name
    if re.search(r"\b(?:report|statement|accounts|budget|newsletter|bulletin)$", text, re.IGNORECASE):
        return None, 0  # "... Community Council Monthly Treasurer Report": a paper's title, not a body
    if has_words("body_words", text):
        return text, 3 if outright else 2
    if outright and _OWN_NAME.fullmatch(text):
        # "Minutes of the 1st Meeting of the Centre for Internal Quality Assurance (CIQA)": a
        # line that says outright whose meeting it was names a body in words no list has
        return text, 2
    if (_ACRONYM.fullmatch(text) and text.upper() not in _NOT_BODIES
            or re.fullmatch(r"[A-Z][A-Z&]{1,7}\s+(?:AGM|EGM|SGM)", text)) and _MET.search(line):
        # "LEC Meeting Minutes", "March 22, 2016 LEC Minutes": a body known by its letters, taken
        # as a place is, when no line names a body in words ("SOU MINUTES", a seal's fragment
        # over "FORMAL MEETING OF CITY COUNCIL", is not)
        return text, 1
    if has_words("place_words", text):
        return text, 1
    return text, 0


def tidy_committee(name: str | None) -> str | None:
    """Given a committee name as a heading printed it, return it without the kind of meeting
    or paper ("Crete Township Special Board of Trustees Meeting" -> "Crete Township Board of
    Trustees"); a name the tidying would empty is kept as it was."""
    if not name:
        return name
    if re.fullmatch(r"(?:annual|extraordinary|special)\s+general\s+meeting", name, re.IGNORECASE):
        return name  # a meeting known only by its kind: the kind is its name
    tidy, _ = body_name(name)
    return title_case(tidy) if tidy else name


def _said_over_lines(lines: list[str]) -> str | None:
    """Given a title block's lines, return the body a sentence broken over several of them says
    met ("MINUTES OF A MEETING" / "OF THE GOVERNING BODY OF" / "THE CITY OF HAYS, KANSAS":
    "Governing Body of the City of Hays, Kansas"), each line running on into the next, or None."""
    for first in range(len(lines) - 1):
        last = first
        while last + 1 < len(lines) and (_runs_on(lines[last], lines[last + 1])
                                         or re.match(r"of\b", lines[last + 1].strip(), re.IGNORECASE)):
            last += 1
        if last > first:
            name, strength = body_name(" ".join(x.strip() for x in lines[first:last + 1]))
            if strength == 3:
                return name
    return None


def _runs_on(upper: str, lower: str) -> bool:
    """Given two title lines, say whether a name runs on from the upper into the lower: the
    upper ends on a word that cannot end a name ("for", "in", "of", "and", "&"), or the lower
    opens in lower case (not with a verb: "will hold a closed meeting"); a line with a date is
    never part of it ("Analysis of city council" does not run on into the line under it)."""
    words = upper.split()
    if re.match(rf"{_AUXILIARY}\b", lower.strip()):
        return False  # "DISTRICT COUNCIL 001" / "will hold a closed meeting": the sentence's verb
    if re.match(r"(?:https?://|www\.|\S+@\S+\.\w)", lower.strip(), re.IGNORECASE):
        return False  # "Town Board Agenda" / "https://us02web.zoom.us/j/...": the meeting's link
    return bool(words) and bool(lower.strip()) and not DATE.search(upper) and not DATE.search(lower) and (
        words[-1].lower() in ("for", "in", "of", "and", "&", "the", "on") or lower.strip()[:1].islower())


def _is_generic(name: str) -> bool:
    return name.lower() in {g.lower() for g in vocab()["generic_bodies"]}


def _name_cased(text: str) -> bool:
    """Given a candidate name, return whether it is set as a name is: every word capitalised
    but the small ones ("Eastwick Parish Council", not "Council resolved to go into closed")."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", text)
    return bool(words) and all(w[0].isupper() or w.lower() in {"of", "the", "and", "for", "in", "on", "at", "to", "a"}
                               for w in words)


_SUB_BODY = re.compile(r"\b(?:committee|sub-?committee|panel|working\s+(?:group|party)|task\s+force)\b", re.IGNORECASE)
_PARENT_BODY = re.compile(r"\b(?:council|authority)\b", re.IGNORECASE)


# The word that makes a name a body's, opening the line under a wrapped name or ending a name.
_BODY_WORDS = r"(?:Sub-?)?Committee|Board|Council|Commission|Panel|Forum|Working\s+(?:Group|Party)"
_BODY_WORD_FIRST = re.compile(rf"^(?:{_BODY_WORDS})\b(?!\s+(?:of|for)\b)")
_BODY_WORD_LAST = re.compile(rf"\b(?:{_BODY_WORDS}|Trust|Authority|Association|Society|Club|Lodge|Corporation)$", re.IGNORECASE)


# Where a title line's own words end and a body's name may begin: a slash or a colon, or the
# kind of meeting ("Special Board Meeting/Ad Hoc ...", "Regular Meeting of the Planning &").
_NAME_STARTS = re.compile(r"[/|:–—]|\b(?:meeting|minutes|agenda)(?:\s+of)?(?:\s+the)?\s", re.IGNORECASE)
_HEAD_WORDS = re.compile(r"(?:[A-Z0-9][\w'’.-]*\s+(?:(?:of|the|on|for)\s+)*)+(?:&|and)")


def _wrapped_head(upper: str) -> str | None:
    """Given the title line above a body's name, return the name's first words when the line
    breaks inside the name ("Special Board Meeting/Ad Hoc 2028 Olympic &" -> "Ad Hoc 2028
    Olympic &"; "Regular Meeting of the Planning &" -> "Planning &")."""
    upper = upper.strip()
    cut = max((m.end() for m in _NAME_STARTS.finditer(upper)), default=0)
    head = upper[cut:].strip()
    return head if _HEAD_WORDS.fullmatch(head) and not DATE.search(head) else None


def _with_wrapped_head(lines: list[str], k: int, name: str) -> str:
    """Given a title block's lines and the name read on line ``k``, return the name with the
    words it began with on the line above when that line breaks inside it."""
    head = _wrapped_head(lines[k - 1]) if k > 0 and lines[k].strip().lower().startswith(name.lower()) else None
    return f"{head} {name}" if head else name


def committee_from(lines: list[str]) -> str | None:
    """Given a title block's lines, return the body's name: the line saying the meeting was
    of it, else the first line naming a body ("Board of Education" over "San Francisco
    Unified School District"), a bare "Commission"
    joined to the name printed above it ("Lincoln Square Special Service Area #21" /
    "Commission Meeting Minutes"), else the first place named ("Township of Nipissing")."""
    names = [body_name(x) for x in lines]
    if not any(strength == 3 for _, strength in names) and (said := _said_over_lines(lines)) is not None:
        return title_case(said)
    committees = [k for k, (n, strength) in enumerate(names) if strength == 2 and _SUB_BODY.search(n or "")]
    if committees and any(strength == 2 and not _SUB_BODY.search(n or "") and _PARENT_BODY.search(n or "")
                          for n, strength in names) and not any(strength == 3 for _, strength in names):
        # "KESGRAVE TOWN COUNCIL" / "Planning and Development Committee Meeting Minutes": the
        # council's committee met, not the council
        return title_case(_with_wrapped_head(lines, committees[0], names[committees[0]][0]))
    for wanted in (3, 2):
        for k, (name, strength) in enumerate(names):
            if strength == wanted:
                # (a fragment of a seal or a logo read as text, "SOU", is not a name)
                # (not a name its line says the meeting is "of": "Norwich, Connecticut" over
                # "REGULAR MEETING OF THE BOARD OF TRUSTEES" is an address over a title)
                if _is_generic(name) and k > 0 and names[k - 1][0] and names[k - 1][1] < 2 and len(names[k - 1][0]) >= 5 \
                        and not _POST.fullmatch(names[k - 1][0]) and not _NAMED_OUTRIGHT.search(lines[k]):
                    # "New Mexico Network" / "for Women in" / "Science & Engineering" / "Board
                    # Meeting": a name wrapped over the lines above is read whole
                    j = k - 1
                    while j > 0 and names[j - 1][1] < 2 and _runs_on(lines[j - 1], lines[j]):
                        j -= 1
                    name = " ".join([x.strip() for x in lines[j:k - 1]] + [names[k - 1][0], name])
                elif _is_generic(name):
                    # "Eastwick Parish Council" / "Minutes of the Full Council meeting": the
                    # bare "Council" is the body the block names in full.
                    j = next((j for j, (n, s) in enumerate(names) if s >= 2 and not _is_generic(n) and _name_cased(n)), None)
                    name = name if j is None else _with_wrapped_head(lines, j, names[j][0])
                else:
                    # "Special Board Meeting/Ad Hoc 2028 Olympic &" / "Paralympic Games
                    # Committee": the name began on the line above
                    name = _with_wrapped_head(lines, k, name)
                    # "Ohio Valley Society" / "of Bird Watchers and" / "Nature Photographers": the
                    # name runs on over the lines under it
                    j = k + 1
                    while j < len(lines) and names[j][1] < 2 and _runs_on(lines[j - 1], lines[j]):
                        j += 1
                    name = " ".join([name] + [x.strip() for x in lines[k + 1:j]])
                    wrapped = _BODY_WORD_FIRST.match(lines[j].strip()) if j < len(lines) and j == k + 1 else None
                    if wrapped and lines[k].strip().endswith(name.split()[-1]) and not _BODY_WORD_LAST.search(name):
                        # "... Lodge Executive" / "Committee Meeting Tuesday, January 28": the
                        # line under the name opens with the body word that ends it
                        name = f"{name} {wrapped.group(0)}"
                return title_case(name)
    place = next((name for name, strength in names if strength == 1), None)
    return title_case(place) if place else None
