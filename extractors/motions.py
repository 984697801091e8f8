"""Motions put to a meeting, as minutes record them in UK and US practice.

A motion is read from the sentences of the minutes, whatever their wording:

* who moved it: "moved by X", "X moved approval of ...", "proposed by Cllr X", "JH proposed",
  "Motion by X", "... by X, seconded by Y", "X (motion)", a resolution number followed by two
  names ("R2025-063 S. Kirkey, J. Scott:");
* who seconded it: "seconded by Y", "Y seconded", "second by Y", "Y (second)";
* what it was: "a motion was made to <X> by ...", "Motion to <X> was made ...", "X moved
  approval of <X>", "<X> was moved by ...", "... and it was RESOLVED to <X>", the "That ..."
  paragraph under a numbered resolution, "<X> approved - Y (motion), Z (second)";
* what became of it: carried ("carried", "passed", "adopted", "approved", "Motion passes",
  "All were in favour", "Carried."), lost ("lost", "failed", "fell", "defeated", "no
  second"), withdrawn; the counts only where printed ("passed 4-0", "adopted by 6 ayes and
  1 nay (Boggess)", "Yes - 5, No - 0", "(5 voting for, 7 voting against)", "[4-2-1-1]");
  unanimous only where printed ("unanimously", "all in favour");
* how each member voted, where named: a roll call ("Trustee Elton - yes, ..."), "Ayes: A, B
  and C. Noes: D.", recorded votes ("For (42): Mr A, ...; Against (12): ..."), "1 nay
  (Boggess)".

``extractors.votes`` and ``extractors.resolutions`` read the motions, computed once per
document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.headings import clean_line
from extractors.labels import parse_labels
from extractors.layout import emphasis
from minutebook.document import Document

_TITLE = (r"(?:Cllrs?\.?|Councill?ors?|Commissioners?|Trustees?|Supervisors?|Mayor|Vice\s+Mayor|Deputy\s+Mayor|"
          r"Mr|Mrs|Ms|Miss|Dr|Prof|President|Vice[- ]President|Vice[- ]Chair(?:man)?|Chair(?:man|woman|person)?|"
          r"Clerk|Treasurer|Director|Council(?:member|man|woman|person)s?|Alder(?:man|woman|person)|Selectm[ae]n|Legislators?|Member|Governor|Delegate|Student\s+Delegate)\.?")
_NAMEWORD = r"(?:[A-Z][A-Za-z'’-]*\.?|[A-Z]{2,5})"
NAME = rf"(?:(?:the\s+)?{_TITLE}\s+)?{_NAMEWORD}(?:\s+{_NAMEWORD}){{0,2}}"

_MOVER = [
    # (the verb in any case: "Moved by Councillor X" opens a line of its own in many minutes)
    re.compile(rf"\b(?i:moved|proposed|motion(?:\s+was)?\s+made|motion|made)\s+by\s+(?P<n>{NAME})"),
    re.compile(rf"\bby\s+(?P<n>{NAME}),?\s+(?:and\s+)?second(?:ed)?\s+by\b"),
    re.compile(rf"(?:^(?:\(?\d{{1,3}}[.)]\s+)?|[.;:,]\s+|\band\s+)(?P<n>{NAME})\s+(?:moved|proposed)\b"),
    re.compile(rf"(?P<n>{NAME})\s*\(\s*motion\s*\)"),
    # "Proposed: Carole Spencer / Seconded: ...", "Co-option of X: proposed Watson Robinson / seconded ..."
    re.compile(rf"\b(?i:proposed|proposer|moved|mover)\s*:\s*(?P<n>{NAME})"),
    re.compile(rf"\b(?i:proposed|moved)\s+(?P<n>{NAME})\s*[/;,]\s*(?i:seconded)\b"),
]
_SECONDER = [
    re.compile(rf"\b(?i:seconded|seconder)\s*:\s*(?P<n>{NAME})"),
    re.compile(rf"[/;,]\s*(?i:seconded)\s+(?P<n>{NAME})"),
    re.compile(rf"\b(?i:second(?:ed)?)\s+by\s+(?P<n>{NAME})"),
    re.compile(rf"(?:^|[.;:,]\s+|\band\s+|\bproposed\s+(?:and\s+)?)(?P<n>{NAME})\s+seconded\b"),
    re.compile(rf"(?P<n>{NAME})\s*\(\s*second(?:ed)?\s*\)"),
]
_TRIGGER = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?:moved|proposed\s+(?:by|that|to)\b|motion\b|seconded|second\s+by|put\s+to\s+(?:the\s+)?vote"
    r"|on\s+being\s+put|roll\s+call\s+(?:was\s+taken|vote)|by\s+a\s+vote\s+of|adopted\s+by\s+\d+\s+ayes?"
    r"|voting\s+was\s+as\s+follows|put\s+(?:the\s+)?(?:motion|amendment|substantive\s+motion)\b.{0,60}\bto\s+the\s+vote)"
    r"|\(\s*motion\s*\)|(?-i:\b[A-Z]{2,4})\s+proposed\b",
    re.IGNORECASE)
# "The motion to amend carried unanimously": the result of the motion before, not a new one.
_DECIDED_AFTER = r"\s+\w+(?:\s+\w+)?,?\s+(?:was\s+)?(?:carried|passed|failed|lost|defeated|adopted)\b"
_OPENS = re.compile(r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b(?:moved|proposed\s+(?:by|that|to)|motion\s+(?:was\s+)?(?:made|to(?!\s+(?:the\s+)?vote\b)(?!" + _DECIDED_AFTER + r")|that|by)"
                    r"|by\s+a\s+vote\s+of)\b|(?-i:\b[A-Z]{2,4})\s+proposed\b|\(\s*motion\s*\)"
                    # "Mr Brady proposed and Ms Meade seconded that ...": a new motion, even one
                    # moved while another is before the meeting (a closure, an amendment)
                    r"|\bproposed,?\s+and\s+(?:the\s+)?[\w.'’ -]{1,40}?\s+seconded\b"
                    # "Proposed: X / Seconded: Y", "...: proposed X / seconded Y"
                    r"|\b(?:proposed|moved)\s*:\s*(?-i:[A-Z])|\b(?:proposed|moved)\s+(?-i:[A-Z])[\w.'’ -]{1,40}?[/;,]\s*seconded\b",
                    re.IGNORECASE)
_CARRIED = re.compile(
    r"\b(?:carried|carries|passed|passes|adopted|approved|agreed|all\s+(?:were\s+)?in\s+favou?r|resolved)\b", re.IGNORECASE)
_LOST = re.compile(r"\b(?:lost|failed|fails|fell|defeated|not\s+carried|rejected|no\s+second(?:er)?|died\s+for\s+lack)\b",
                   re.IGNORECASE)
_WITHDRAWN = re.compile(r"\bwithdr[ae]wn?\b", re.IGNORECASE)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b|\ball\s+(?:were\s+)?in\s+favou?r\b|\bnem\.?\s*con\b"
                        r"|^ayes?\s*[-–:]?\s*all?\b", re.IGNORECASE)  # "Ayes All" (once printed "Ayes Al")
_RESULT = re.compile(
    r"^(?:the\s+)?(?:motion|amendment|substantive\s+motion|it|this)?\s*(?:was\s+)?"
    r"(?:carried|carries|passed|passes|lost|failed|fails|fell|defeated|withdrawn|adopted|approved|agreed)\b"
    r"|\ball\s+(?:were\s+)?in\s+favou?r\b|\bmotion\s+(?:carried|carries|passed|passes|failed|fails|lost)\b"
    r"|\bon\s+being\s+put\s+to\s+the\s+vote\b|\bno\s+second\b|^ayes?\s*[-–:]?\s*all?\b", re.IGNORECASE)
# "R2025-063 S. Kirkey, J. Scott: That ...": a numbered resolution's mover, seconder, motion.
_NUMBERED_MOVERS = re.compile(rf"^(?P<m>{NAME}),\s*(?P<s>{NAME})\s*:\s*(?P<rest>.*)$")
# A roll call's name may be hyphenated ("Price-Bush") but its vote may be glued to it by a
# hyphen ("Trustee Price-Bush-yes Trustee Baskin-no"): a hyphen before a vote word ends the name.
_ROLL_WORD = r"(?:[A-Z](?:[A-Za-z'’]|-(?!(?:yes|no|aye|nay|yea|absent|abstain)\b))*\.?|[A-Z]{2,5})"
_ROLL_NAME = rf"(?:(?:the\s+)?{_TITLE}\s+)?{_ROLL_WORD}(?:\s+{_ROLL_WORD}){{0,2}}"
_ROLL_ENTRY = re.compile(rf"(?P<n>{_ROLL_NAME})\s*[-–—:]\s*(?P<v>yes|no|aye|nay|yea|absent|abstain(?:ed)?)\b",
                         re.IGNORECASE)
_VOTE_WORDS = {"yes": "for", "aye": "for", "yea": "for", "no": "against", "nay": "against", "absent": "absent",
               "abstain": "abstain", "abstained": "abstain"}
_LIST_HEAD = re.compile(r"\b(?P<h>(?:voting|voted|votes?)\s+(?:in\s+favou?r(?:\s+of)?|for|against|opposed)|in\s+favou?r"
                        r"|opposed|For|Against|Abstain(?:ed|ing|ions?)?|Ayes?|Noes|Nays?|Absent|Yeas?)\s*"
                        r"(?:\(\s*(?P<c>\d+)\s*\))?\s*(?::|--?|–|—)\s*", re.IGNORECASE)
def _head_vote(head: str) -> str:
    """Given a vote list's head as printed ("Ayes", "VOTING IN FAVOUR", "Opposed"), return the vote."""
    head = " ".join(head.lower().split())
    if "favo" in head or head.endswith(" for"):
        return "for"
    if head.endswith(("against", "opposed")):
        return "against"
    return _HEAD_VOTE.get(head, "abstain")


_HEAD_VOTE = {"for": "for", "aye": "for", "ayes": "for", "yea": "for", "yeas": "for", "against": "against",
              "noes": "against", "nay": "against", "nays": "against", "absent": "absent"}


@dataclass
class Motion:
    """A motion as the minutes record it, with the lines it is printed on."""

    line_start: int
    line_end: int
    text: str = ""
    mover: str | None = None
    seconder: str | None = None
    result: str = "no_result"
    votes_for: int | None = None
    votes_against: int | None = None
    votes_abstain: int | None = None
    unanimous: bool = False
    records: list[tuple[str, str]] = field(default_factory=list)
    quote_depth: int = 0  # inside the motion's quoted wording (“...”) while > 0
    lists_items: bool = False  # moved "the items on the following Consent Agenda:": its list follows
    listing: str | None = None  # the vote of the names now being listed ("For (15)" above them)
    label: str | None = None  # the paragraph label it was moved under ("1" of "1) Mr X proposed")


@dataclass
class Sentence:
    """A sentence of the minutes, the lines it spans and the paragraph it belongs to."""

    text: str
    line_start: int
    line_end: int
    para: int = 0


def sentences(doc: Document, start: int, end: int) -> list[Sentence]:
    """Given a line range, return its sentences in order. A blank line, a labelled or
    bulleted line, a heading (set off by typography, or short and unpunctuated) or a line
    that ends a sentence closes one; "Mr.", "Dr.", "No." and initials ("M. Prest") do not."""
    out: list[Sentence] = []
    buf: list[tuple[str, int]] = []
    para = [0]

    def flush() -> None:
        if not buf:
            return
        para[0] += 1
        text = " ".join(t for t, _ in buf)
        offsets, pos = [], 0
        for t, n in buf:
            offsets.append((pos, n))
            pos += len(t) + 1
        for piece, at in _split(text):
            first = max(n for o, n in offsets if o <= at)
            last = max(n for o, n in offsets if o <= at + max(0, len(piece) - 1))
            if piece.strip():
                out.append(Sentence(piece.strip(), first, last, para[0]))
        buf.clear()

    seconded_above = False
    for n in range(start, end + 1):
        text = clean_line(doc.lines[n - 1])
        if not text:
            flush()
            continue
        if seconded_above and text[:1].isupper():
            flush()  # "...: proposed X / seconded Y" ends with the seconder's name
        seconded_above = bool(_SECONDED_ENDS_LINE.search(text))
        # a vote sheet's tally line, or a recorded vote's head ("For (38)") over its names
        tally = bool(_TALLY.match(text) or _HEAD_ALONE.match(text))
        # Set bigger than the body, a line is a heading of its own, unless it opens in lower case:
        # the end of a sentence ("reading.") whose size an OCR text layer got wrong.
        big = emphasis(doc, n) >= 2 and not text[:1].islower()
        if (parse_labels(text) or re.match(r"^[\u2022\uf0b7\uf0a7•o]\s", text) or big or tally
                or _MOVER_OPENS_LINE.match(text) or _ACTION_OPENS_LINE.match(text)):
            flush()
        buf.append((text, n))
        if _heading_like(text) or big or tally or _RESOLUTION_TAG.search(text):
            flush()  # a vote sheet's tally, and the title above it, stand alone
    flush()
    return out


# A line that opens with a motion being moved starts a sentence, whatever the line above ends
# with (a title without a full stop, "(Presented by the City Manager)"): "Councilmember D
# moved, seconded by ...", "Moved by Cllr X", "Motion by Trustee Y".
# "ACTION: HW to coordinate ...", "Action: Watson Robinson to check ...": a task of its own,
# whether or not the line above closed its sentence.
_ACTION_OPENS_LINE = re.compile(r"^(?:ACTIONS?|Actions?)\s*(?:POINT|point)?\s*[:\-–]\s*\S")
_SECONDED_ENDS_LINE = re.compile(rf"(?:/\s*(?i:seconded)\s+|(?i:seconded|seconder)\s*:\s*){NAME}\s*$")
_MOVER_OPENS_LINE = re.compile(rf"^(?:{NAME}\s+(?:moved|proposed)\b|(?:Moved|MOVED|Proposed|PROPOSED|Motion|MOTION)\s+(?i:by)\b)")


_LABELLED_MOVERS = re.compile(r"^\W*(?:proposed|proposer|moved|mover)\s*:", re.IGNORECASE)


def _heading_like(text: str) -> bool:
    """Given a line, return whether it stands alone: short, and not running on into the next
    line (no closing comma, dash, connecting word, or an honorific whose name wrapped)."""
    return len(text) < 50 and not re.search(r"[,;:\-–—&]$|\b(?:and|or|the|of|to|by|for|a|an|with|in|on|at)$"
                                            r"|\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Sir|Dame|Lord|Lady)\.?$", text)


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Cllr|No|Nos|St|Rev|Prof|Inc|Ltd|Co|vs|etc|approx|Sr|Jr|Hon)|\b[A-Z]|\b[ap]\.m)$")


def _split(text: str) -> list[tuple[str, int]]:
    """Given a paragraph, return its sentences and where each starts."""
    out, start = [], 0
    for m in re.finditer(r"[.!?]\s+(?=[A-Z(“\"'])", text):
        if _ABBREV.search(text[start:m.start()]):
            continue
        out.append((text[start:m.start() + 1], start))
        start = m.end()
    out.append((text[start:], start))
    return out


def _name(text: str | None) -> str | None:
    """Given a name as a motion prints it, return it without its title ("President
    Alexander" -> "Alexander", "Cllr X Y" -> "X Y")."""
    if not text:
        return None
    text = re.sub(rf"^(?:the\s+)?{_TITLE}\s+", "", text.strip()).strip(" ,.")
    if not text or text.lower() in {"the", "it", "motion", "and", "all", "a"}:
        return None
    return text


def motions(doc: Document) -> list[Motion]:
    """Given a document, return the motions recorded in its minutes (computed once)."""
    return doc.derived("motions", _all_motions)


def _all_motions(doc: Document) -> list[Motion]:
    from extractors.meetings import meeting_sections

    out: list[Motion] = []
    for sec in meeting_sections(doc):
        if sec.kind == "minutes":
            out.extend(motions_in(doc, sec.body_start + 1, sec.end))
    return out


def motions_in(doc: Document, start: int, end: int) -> list[Motion]:
    """Given a line range of minutes, return the motions recorded in it. A motion's record
    runs over the sentences of its paragraph, and on into the next paragraph only while its
    outcome is still to come ("It was seconded by ... and adopted by 7 ayes.")."""
    found: list[Motion] = []
    current: Motion | None = None
    numbered_open = False
    previous: Sentence | None = None
    for s in sentences(doc, start, end):
        text = s.text
        new_paragraph = previous is None or s.para != previous.para
        numbered = _numbered_movers(text)
        # A new paragraph ends the motion unless its outcome is still to come and the
        # paragraph goes on about it: a roll call printed a line per answer ("Ayes – ...",
        # "Nays – None", "Absent – ...") and then "Motion carried".
        if current is not None and current.quote_depth > 0 and (
                _VOTE_TAKEN.search(text) or s.line_start - current.line_start > _MAX_QUOTED
                or _MOVER_OPENS_LINE.match(text) or _MOTION_DECIDED.match(text)):
            current.quote_depth = 0  # a closing quotation mark the text layer lost
        if current is not None and current.quote_depth > 0:
            # The motion's own quoted words ("... inform them that our motion has been passed"),
            # however many paragraphs they run to, are its wording and say nothing of how it
            # was decided.
            current.quote_depth = _quote_depth(current.quote_depth, text)
            current.text = _unquoted(f"{current.text} {text}")
            current.line_end = max(current.line_end, s.line_end)
            previous = s
            continue
        if (current is not None and current.lists_items and current.result == "no_result" and parse_labels(text)
                and _OPENS.search(text) and not _first(_MOVER, text)):
            # "i) Motion that ...", "ii) Motion approving ...": the items of the motion that
            # listed them, not motions of their own; the vote after the list is that motion's.
            current.line_end = max(current.line_end, s.line_end)
            previous = s
            continue
        if (current is not None and current.result == "no_result" and _RESOLVED_AFTER.match(text)
                and s.line_start - current.line_end <= 3):
            current.result = "carried"  # "RESOLVED that ..." straight after the motion: it was carried
        if current is not None and new_paragraph and not numbered_open and not (
                _RESULT_ONLY.match(text) and s.line_start - current.line_end <= 2) and (
                current.result != "no_result" or not (_TRIGGER.search(text) or _RESULT.search(text)
                                                      or _LIST_HEAD.match(text) or _ROLL_ENTRY.search(text)
                                                      or _HEAD_ALONE.match(text)
                                                      or (not current.text and re.match(r"^(?:THAT|That)\b", text))
                                                      or (current.listing and _names_only(text)))):
            current = None
        if current is None and (_ROLL_ENTRY.search(text) or _LIST_HEAD.match(text)) and _awaits_vote(found, s):
            current = found[-1]  # the roll call on the motion moved before the debate
        ref = _PARAGRAPH_REF.search(text)
        if ref:
            # "The Chairman put the motion set out in paragraph 1 to the vote": the vote is on
            # that paragraph's motion, whatever was moved since (a closure, an amendment).
            target = next((m for m in reversed(found) if m.label == (ref.group(1) or ref.group(2))
                           and s.line_start - m.line_start <= _MAX_DISCUSSION * 3), None)
            if target is not None:
                current = target
        tally = _TALLY.search(text)
        if tally and (current is None or current.result != "no_result" or current.votes_for is not None):
            # "Community Board #1 budget cuts – Resolution" / "BOARD VOTE: 38 In Favor 0 Opposed ...":
            # a tally under the title of what was voted on.
            current = Motion(s.line_start, s.line_end)
            found.append(current)
            if previous is not None and s.line_start - previous.line_end <= 2 and not _TRIGGER.search(previous.text):
                current.text = _RESOLUTION_TAG.sub("", previous.text).strip(" .:-–—")
                current.line_start = previous.line_start
        if tally:
            for key, group in (("votes_for", "f"), ("votes_against", "a"), ("votes_abstain", "b")):
                if getattr(current, key) is None and tally.group(group) is not None:
                    setattr(current, key, int(tally.group(group)))
            if current.result == "no_result":
                current.result = "carried" if current.votes_for > (current.votes_against or 0) else "lost"
            current.line_end = max(current.line_end, s.line_end)
            previous = s
            continue
        if numbered or _TRIGGER.search(text):
            if current is None and not numbered and not _OPENS.search(text) and _awaits_vote(found, s):
                current = found[-1]  # "MOTION: ..." / "DISCUSSION: ..." / "Roll call vote: ..."
            elif numbered or _OPENS.search(text) or current is None:
                current = Motion(s.line_start, s.line_end)
                labels = parse_labels(text)
                current.label = labels[0].number if labels else None
                found.append(current)
                numbered_open = bool(numbered)
            _read_into(current, text, numbered)
            current.lists_items = current.lists_items or (opens_motion(text) and text.rstrip().endswith(":"))
            current.quote_depth = _quote_depth(current.quote_depth, text)
            current.text = _unquoted(current.text)
            if not current.text and previous is not None and not new_paragraph:
                _decided_before(current, previous)
            if (not current.text and previous is not None and _LABELLED_MOVERS.match(text)
                    and s.line_start - previous.line_end <= 1 and _heading_like(previous.text)):
                # "Minutes of previous meeting" / "Proposed: X / Seconded: Y": the heading
                # above is what was put
                current.text = previous.text.strip(" .:")
                current.line_start = previous.line_start
            current.line_end = max(current.line_end, s.line_end)
        elif current is not None:
            head = _HEAD_ALONE.match(text)
            if head:  # "For (15)" over the names of those who voted for
                current.listing = _head_vote(head.group("h"))
                key = {"for": "votes_for", "against": "votes_against"}.get(current.listing, "votes_abstain")
                if getattr(current, key) is None:
                    setattr(current, key, int(head.group("c")))
                current.line_end = max(current.line_end, s.line_end)
            elif current.listing and not _RESULT.search(text) and _names_only(text):
                for part in re.split(r",|;|\band\b", text):
                    _add_record(current, part, current.listing)
                current.line_end = max(current.line_end, s.line_end)
            elif not current.text and re.match(r"^(?:THAT|That)\b", text):
                current.text = text.strip()  # the "That ..." paragraph under a numbered resolution
                current.line_end = s.line_end
            elif _ROLL_ENTRY.search(text) or _LIST_HEAD.match(text) or _ABSTAINED.search(text):
                # (before a bare result: "Trustee Walsh-yes Trustee Young-yes" reads as one too)
                _read_records(current, text)
                _read_result(current, text)
                current.line_end = max(current.line_end, s.line_end)
            elif current.result == "no_result" and (_RESULT.search(text) or (
                    len(text) < 160 and re.search(r"\b(?:carried|passed|adopted)\b", text, re.IGNORECASE))):
                _read_result(current, text)
                current.line_end = max(current.line_end, s.line_end)
        previous = s
    return [m for m in found if m.text or m.mover or m.result != "no_result"]


def opens_motion(text: str) -> bool:
    """Given a line, return whether a motion is moved in it ("X moved, seconded by Y, to ...",
    "Motion by X", "proposed by Cllr X", "Mr A proposed and Ms B seconded")."""
    return bool(_OPENS.search(text))


def is_vote_line(text: str) -> bool:
    """Given a line, return whether it only records how a vote went: a vote list's head
    ("VOTING IN FAVOUR: ...", "Ayes: ...", "For (3)") or a bare result ("CARRIED")."""
    return bool(_LIST_HEAD.match(text) or _HEAD_ALONE.match(text) or _RESULT_ONLY.match(text))


_RESOLVED_AFTER = re.compile(r"^(?:\(?\w{1,3}[.)]\s*)?resolved\b", re.IGNORECASE)
# A vote on a motion named by the paragraph it was moved in: "put the motion set out in
# paragraph 1 to the vote", "the motion at paragraph (2) was then put". (Not "put part 4 of the
# motion at paragraph 2", a vote of its own, nor "voted against the motion in paragraph 2".)
_PARAGRAPH_REF = re.compile(
    r"\bput\s+the\s+(?:substantive\s+)?(?:motion|amendment|recommendations?)\s+(?:(?:as\s+)?set\s+out\s+)?(?:in|at|under)"
    r"\s+paragraph\s+\(?(\d{1,2})\)?"
    r"|^(?:\(?\w{1,3}[.)]\s*)?the\s+(?:substantive\s+)?(?:motion|amendment)\s+(?:(?:as\s+)?set\s+out\s+)?(?:in|at|under)"
    r"\s+paragraph\s+\(?(\d{1,2})\)?\s+was\s+(?:then\s+)?put\b", re.IGNORECASE)


# A line that only gives the result ("Motion carried.", "CARRIED") right under a motion whose
# recorded vote already decided it: the same motion, not a new one.
_RESULT_ONLY = re.compile(r"^(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|passed|adopted|approved|lost|failed|defeated)"
                          r"(?:\s+unanimously)?\s*[.!]?$", re.IGNORECASE)


# The vote being taken: a quoted motion has certainly ended ("the Chairman put the motion
# set out in paragraph 10 to the vote", "For (15)").
_VOTE_TAKEN = re.compile(r"\bput\s+(?:the\s+)?(?:motion|amendment|substantive\s+motion|recommendations?)\b.{0,60}"
                         r"\bto\s+the\s+vote\b|^(?:For|Against|Abstain)\s*\(\d+\)", re.IGNORECASE)
_MAX_QUOTED = 80


# A vote sheet's tally line: "BOARD VOTE: 38 In Favor 0 Opposed 0 Abstained 0 Recused",
# "VOTE: 7 in favour, 1 against, 2 abstentions".
_TALLY = re.compile(
    r"^(?:(?:board|committee|council|roll\s+call|final)\s+)?vote\s*[:\-–]?\s*(?P<f>\d+)\s+(?:in\s+favou?r|for|yes|ayes?)\b,?"
    r"\s*(?:(?P<a>\d+)\s+(?:opposed|against|no|nays?|noes)\b,?)?\s*(?:(?P<b>\d+)\s+(?:abstain(?:ed|ing)?|abstentions?)\b)?",
    re.IGNORECASE)
# The tag after a title saying it is the text of a resolution: "... Pier 15 Site Plan - Resolution".
_RESOLUTION_TAG = re.compile(r"\s*[-–—]\s*(?:resolutions?|motion)\s*$", re.IGNORECASE)


def _unquoted(text: str) -> str:
    """Given a motion's wording as printed ('that “County Council notes ...”'), return the
    wording itself, without the "that" and the quotation marks around it."""
    text = re.sub(r"^(?:that\s*,?\s*)?“\s*", "", text.strip())
    return text.replace("”", "").replace("“", "").strip() if text else text


# How far a motion's discussion may run before its vote is taken (lines).
_MAX_DISCUSSION = 40


# "The motion to amend carried unanimously.", "After discussion, the motion carried": a quoted
# motion's wording has ended where its result is given.
_MOTION_DECIDED = re.compile(r"^(?:[\w ]{0,30},\s+)?the\s+(?:motion|amendment)\b[^.]{0,40}?\b"
                             r"(?:carried|passed|failed|lost|defeated|adopted)\b", re.IGNORECASE)


def _quote_depth(depth: int, text: str) -> int:
    """Given how deep in quotation marks a motion's wording is and its next sentence, return
    the depth after it. A straight quotation mark closes an open quotation and otherwise
    opens one: an OCR'd text layer often closes a curly “ with a straight "."""
    for ch in text:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = depth - 1 if depth > 0 else 1
    return depth


def _awaits_vote(found: list[Motion], s: Sentence) -> bool:
    """Given the motions found so far and a sentence that records a vote but opens no motion
    ("Roll call vote: Ayes – ...", "Motion carried"), return whether it is the vote on the last
    motion: moved, not yet decided, a discussion's length above."""
    if not found:
        return False
    last = found[-1]
    # "After discussion, the motion carried" names the motion before it: a longer debate
    # may come between.
    reach = _MAX_DISCUSSION * (2 if _MOTION_DECIDED.match(s.text) else 1)
    return (last.result == "no_result" and bool(last.mover or last.text)
            and s.line_start - last.line_end <= reach)


def _decided_before(m: Motion, previous: Sentence) -> None:
    """Given a motion whose sentence names only its mover and seconder ("Proposed by Cllr X,
    seconded by Cllr Y.") and the sentence before it, take the decision from that sentence
    ("It was resolved to adopt the new Standing Orders.", "The Reserves Policy was approved.")."""
    decided = re.search(r"\b(?:resolved|agreed|decided)\s+(?P<x>(?:to|that)\b.+)$|^(?P<y>.+?\b(?:was|were)\s+"
                        r"(?:approved|agreed|adopted|accepted)\b.*)$", previous.text)
    if decided:
        m.text = (decided.group("x") or decided.group("y")).strip(" .")
        m.line_start = min(m.line_start, previous.line_start)
        if m.result == "no_result":
            m.result = "carried"


def _numbered_movers(text: str) -> tuple[str, str, str] | None:
    """Given a sentence, return (mover, seconder, the motion after them) when it opens a
    numbered resolution ("R2025-063 S. Kirkey, J. Scott: That ..."), else None."""
    labels = parse_labels(text)
    if not labels:
        return None
    m = _NUMBERED_MOVERS.match(labels[0].text)
    return (m.group("m"), m.group("s"), m.group("rest")) if m else None


def _read_into(m: Motion, text: str, numbered: tuple[str, str, str] | None) -> None:
    """Given a motion and a sentence about it, fill in what the sentence says."""
    if numbered:
        m.mover, m.seconder = _name(numbered[0]), _name(numbered[1])
        m.text = re.sub(r"\s*\b(?:Carried|CARRIED)\.?\s*$", "", numbered[2]).strip()
        _read_result(m, numbered[2][-40:])
        return
    if m.mover is None:
        m.mover = _first(_MOVER, text)
    if m.seconder is None:
        m.seconder = _first(_SECONDER, text)
    if not m.text:
        m.text = _substance(text)
    _read_records(m, text)
    # What was moved is not what became of it: "... seconded by Y that the minutes be approved"
    # has not yet been approved ("Minutes from 11/30/17 meeting approved - X (motion)" has).
    proposes = len(m.text) > 3 and re.search(r"\bbe\s+(?:approved|agreed|adopted|accepted|passed)\b", m.text)
    outcome = text.replace(m.text, " ") if proposes else text
    _read_result(m, outcome)
    if m.result == "no_result" and _AFTER_MOTION.search(text) and re.match(r"^\W*[\w-]+ed\b|.*\b(?:was|were)\s+[\w-]+ed\b", text):
        # "Reappointed X to the Planning Commission after motion by A and second by B": the
        # record states what was done, so the motion was carried.
        m.result = "carried"


def _first(patterns: list[re.Pattern], text: str) -> str | None:
    for p in patterns:
        hit = p.search(text)
        if hit and _name(hit.group("n")):
            return _name(hit.group("n"))
    return None


# "Approved X by roll call vote after motion by A and second by B.": the decision is printed
# first, who moved it after; "upon (a) motion by", "on motion of" alike.
_AFTER_MOTION = re.compile(rf"[,;]?\s+(?:after|upon|on|following)\s+(?:a\s+)?motion\s+(?:was\s+made\s+)?(?:by|of)\s+{NAME}"
                           rf"(?:,?\s+(?:and\s+)?(?:a\s+)?second(?:ed)?\s+(?:by|of)\s+{NAME})?", re.IGNORECASE)
_ROLL_CALL_NOTE = re.compile(r"\s*\(?\bby\s+(?:a\s+)?roll[- ]call(?:\s+vote)?\)?", re.IGNORECASE)

_SUBSTANCE = [
    # "Co-option of Hilary Worton: proposed Watson Robinson / seconded Carole Spencer"
    re.compile(rf"^(?P<x>[^:]{{4,160}}?)\s*:\s*(?i:proposed|moved)\s+(?:by\s+)?{NAME}\s*[/;,]\s*(?i:seconded)\b"),
    # "Minutes of last meeting were agreed, proposed by X and seconded by Y."
    re.compile(r"^(?P<x>.+?\b(?:was|were)\s+(?:duly\s+)?(?:approved|agreed|adopted|accepted|confirmed))\b,?\s+"
               r"(?:(?:on\s+being\s+|having\s+been\s+|as\s+)?(?:proposed|moved))\s+by\b", re.IGNORECASE),
    re.compile(r"^(?P<x>(?:(?!\b(?:after|upon|on|following)\s+(?:a\s+)?motion\b).)+?)" + _AFTER_MOTION.pattern + r"\s*[.;]?",
               re.IGNORECASE),
    # "It was proposed by Councillor X and seconded by Councillor Y that the quotation be
    # accepted.", "Moved by X, seconded by Y, that ..."
    re.compile(rf"\b(?:proposed|moved)\s+by\s+{NAME},?\s+(?:and\s+)?seconded\s+by\s+{NAME}\s*,?\s+"
               r"(?P<x>(?:that|to)\b.{4,})$", re.IGNORECASE),
    # "Councilmember D moved, seconded by Councilmember F, to approve first reading."
    re.compile(rf"{NAME}\s+(?:moved|proposed),?\s+(?:and\s+)?second(?:ed)?\s+by\s+{NAME}\s*,?\s+"
               r"(?P<x>(?:that|to)\b.{4,})$"),
    # "Motion made by Trustee X, seconded by Trustee Y, that the attached list be approved."
    # (the comma after the seconder may be missing before "that"/"to")
    re.compile(rf"\bmotion\s+(?:was\s+)?made\s+by\s+{NAME},?\s+(?:and\s+)?second(?:ed)?\s+by\s+{NAME}"
               r"(?:\s*,\s*|\s+(?=(?:that|to)\b))(?P<x>(?!and\b|carried\b|passed\b).{4,})$", re.IGNORECASE),
    re.compile(r"\b(?:it\s+was\s+|and\s+(?:it\s+was\s+)?)(?:unanimously\s+)?(?:RESOLVED|resolved|agreed|AGREED|approved)"
               r"\s+(?:unanimously\s+)?(?P<x>(?:to|that)\b.+)$"),
    re.compile(r"\b(?:a\s+)?motion\s+(?:was\s+)?(?:made\s+)?(?P<x>(?:to|that)\b.+?)(?:\s+(?:was\s+)?(?:made\s+)?by\s+.+)?$",
               re.IGNORECASE),
    re.compile(r"^(?P<x>.+?)\s+(?:was|were)\s+(?:moved|proposed|motioned)\b.*$"),
    re.compile(rf"{NAME}\s+(?:moved|proposed),?\s+(?:and\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){{0,3}}?\s+seconded,?\s+)?"
               rf"(?:that\s*,?\s+)?(?!{NAME}\s+second)(?P<x>.+?)$"),
    re.compile(r"^(?:APPROVED|Approved)\s*[-–—:]\s*(?P<x>.+?)(?:\s*[-–—]\s*" + NAME + r"\s*\(\s*motion\s*\).*)?$"),
    re.compile(r"^(?P<x>.+?)\s*[-–—]\s*" + NAME + r"\s*\(\s*motion\s*\).*$"),
    re.compile(r"^(?P<x>.+?),?\s+by\s+a\s+vote\s+of\s+\d+\s+ayes?(?:\s+and\s+\d+\s+(?:nays?|noes))?,?\s*(?P<y>.*)$"),
    re.compile(rf"^(?P<x>.+?)[:;,.]?\s+{NAME}\s+proposed\s+(?:and\s+)?{NAME}\s+seconded\b.*$"),
]


def _substance(text: str) -> str:
    """Given the sentence that puts a motion, return what was moved, without who moved or
    seconded it and what became of it."""
    t = re.sub(r"^(?:[\u2022\uf0b7\uf0a7•]|o)\s+", "", text.strip())
    for pattern in _SUBSTANCE:
        m = pattern.search(t)
        if not m or len(m.group("x").strip()) <= 3:
            continue
        x = m.group("x")
        if "y" in m.groupdict() and m.group("y"):
            x = f"{x} {m.group('y')}"  # "the Board by a vote of 7 ayes, gives ...": the vote taken out
        # "...; the motion was seconded", ", duly seconded", ", and it was seconded by ..."
        x = re.sub(r"[,;]?\s*(?:(?:and\s+)?(?:the\s+motion\s+|it\s+)?was\s+(?:duly\s+)?seconded|(?:duly\s+)?seconded"
                   r"|second\s+by)\b.*$", "", x, flags=re.IGNORECASE)
        x = re.sub(r",?\s*(?:was\s+)?(?:made\s+)?(?:moved|proposed|made|motioned)\s+by\b.*$", "", x, flags=re.IGNORECASE)
        x = re.sub(r"\s+by\s+" + NAME + r"\s*$", "", x)
        x = re.sub(r",?\s+and\s+(?:it\s+)?was\s+(?:then\s+)?(?:unanimously\s+)?(?:agreed|carried|approved|adopted|lost)"
                   r"(?:\s+unanimously)?\s*\.?$", "", x, flags=re.IGNORECASE)
        if len(x) > 40:
            # (not the verb that opens the decision: "Adopted proposed fee schedule ...")
            x = re.sub(r"(?<=\S)[.,;]?\s*(?:the\s+motion\s+)?(?:was\s+)?(?:carried|passed|passes|adopted)\b.*$", "", x,
                       flags=re.IGNORECASE)
        x = re.sub(r"^that\s+(?=[a-z])", "", x.strip())
        x = _ROLL_CALL_NOTE.sub("", x)
        return x.strip(" .,;:")
    return ""


def _read_result(m: Motion, text: str) -> None:
    """Given a motion and a sentence, record the outcome and the printed counts."""
    counts = _counts(text)
    for key, value in counts.items():
        if getattr(m, key) is None:
            setattr(m, key, value)
    if _UNANIMOUS.search(text):
        m.unanimous = True
    if _WITHDRAWN.search(text) and not re.search(r"\bno\s+(?:\w+\s+){0,2}withdrawn", text, re.IGNORECASE):
        m.result = "withdrawn"
    elif _LOST.search(text) and not re.search(r"\bnot\s+lost\b", text, re.IGNORECASE):
        m.result = "lost"
    elif _CARRIED.search(text) or m.unanimous:
        m.result = "carried"
    elif m.votes_for is not None and m.votes_against is not None and (counts or _LIST_HEAD.search(text)):
        m.result = "carried" if m.votes_for > m.votes_against else "lost"


_COUNT_PATTERNS = (
    ("votes_for", r"(\d+)\s+(?:ayes?|yeas?|votes?\s+(?:for|in\s+favou?r)|voting\s+for|in\s+favou?r)\b"
                  r"|\b(?:ayes?|yes|yeas?|for)\s*[-–:(]+\s*(\d+)"),
    ("votes_against", r"(\d+)\s+(?:nays?|noes|votes?\s+against|voting\s+against|against)\b"
                      r"|\b(?:nays?|noes|no|against)\s*[-–:(]+\s*(\d+)"),
    ("votes_abstain", r"(\d+)\s+(?:abstentions?|abstained|abstaining|abstain)\b"
                      r"|\babstain(?:ed|ing|tions?)?\s*[-–:(]+\s*(\d+)"),
)


def _counts(text: str) -> dict[str, int]:
    """Given a sentence, return the vote counts it prints (nothing is counted from names)."""
    out: dict[str, int] = {}
    m = re.search(r"\[\s*(\d+)\s*-\s*(\d+)(?:\s*-\s*(\d+))?(?:\s*-\s*\d+)?\s*\]", text)
    m = m or re.search(r"\b(?:passed|carried|failed|lost|approved|adopted)\s+(?:by\s+a\s+vote\s+of\s+)?(\d+)\s*[-–:]\s*(\d+)"
                       r"(?:\s*[-–:]\s*(\d+))?", text, re.IGNORECASE)
    if m:
        out["votes_for"], out["votes_against"] = int(m.group(1)), int(m.group(2))
        if m.group(3):
            out["votes_abstain"] = int(m.group(3))
        return out
    for key, pattern in _COUNT_PATTERNS:
        hit = re.search(pattern, text, re.IGNORECASE)
        if hit:
            out[key] = int(hit.group(1) or hit.group(2))
    return out


# A recorded vote's head on a line of its own, with the count: "For (15)", "Against (23)".
_HEAD_ALONE = re.compile(r"^(?P<h>For|Against|Abstain(?:ed|ing|ions?)?|Ayes?|Noes|Nays?)\s*\(\s*(?P<c>\d+)\s*\)\s*:?\s*$",
                         re.IGNORECASE)
# Post-nominal letters printed after a member's name in a recorded vote ("Mrs Dean MBE").
_POSTNOMINALS = re.compile(r"\s+(?:MBE|OBE|CBE|KBE|DBE|BEM|JP|DL|MP|QC|KC)\b\.?", re.IGNORECASE)


_ABSTAINED = re.compile(rf"(?:^|[.;,]\s+)(?P<n>{NAME})\s+abstained\b")


def _names_only(text: str) -> bool:
    """Given a sentence under a recorded vote's head, return whether it is a list of names
    ("Mr Booth, Mr Brady, Ms Dawkins, ...") and not a sentence of the minutes."""
    parts = [p.strip(" .*") for p in re.split(r",|;|\band\b", text) if p.strip(" .*")]
    return bool(parts) and sum(bool(re.fullmatch(NAME, _POSTNOMINALS.sub("", p))) for p in parts) >= 0.8 * len(parts)


def _add_record(m: Motion, raw: str, vote: str) -> None:
    """Given a motion, a name as a vote list prints it and the vote, record it once."""
    raw = _POSTNOMINALS.sub("", raw.strip(" .*")).strip(" .*")
    name = _name(raw)
    if name and name not in {n for n, _ in m.records} and re.fullmatch(NAME, raw):
        m.records.append((name, vote))


def _read_records(m: Motion, text: str) -> None:
    """Given a motion and a sentence, record the members named with their votes."""
    def add(raw: str, vote: str) -> None:
        _add_record(m, raw, vote)

    for hit in _ROLL_ENTRY.finditer(text):
        word = hit.group("v").lower()
        add(hit.group("n"), _VOTE_WORDS["abstain" if word.startswith("abstain") else word])
    heads = list(_LIST_HEAD.finditer(text))
    for k, head in enumerate(heads):
        vote = _head_vote(head.group("h"))
        stop = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        listed = text[head.end():stop]
        # "Ayes: A, B and C - 3.", "VOTING IN FAVOUR: Mayor A, Councillors B and C (3)"
        tally = re.search(r"(?:[-–—]\s*(\d+)|\(\s*(\d+)\s*\))\s*\.?\s*$", listed.strip())
        key = {"for": "votes_for", "against": "votes_against", "abstain": "votes_abstain"}.get(vote)
        if tally and key and getattr(m, key) is None:
            setattr(m, key, int(tally.group(1) or tally.group(2)))
        for part in re.split(r",|;|\band\b", listed):
            add(re.sub(r"[-–—]\s*\d+\.?\s*$|\(\s*\d+\s*\)", "", part), vote)
    for hit in _ABSTAINED.finditer(text):  # "The motion passed 4-0. Councilmember R abstained."
        add(hit.group("n"), "abstain")
    for hit in re.finditer(r"\b\d+\s+(?P<h>nays?|noes|against|abstentions?|abstain(?:ed|ing)?)\s*\((?P<names>[^)]*)\)",
                           text, re.IGNORECASE):
        vote = "abstain" if hit.group("h").lower().startswith("abst") else "against"
        for part in re.split(r",|\band\b", hit.group("names")):
            add(part, vote)
