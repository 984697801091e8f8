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

from extractors.labels import parse_labels
from extractors.motion_results import _ABSTAINED, _add_record, _names_only, _read_records, _read_result
from extractors.motion_words import _AFTER_MOTION, _HEAD_ALONE, _LIST_HEAD, _MOVER, _NUMBERED_MOVERS, _OPENS, _RESOLUTION_TAG, _RESULT, _ROLL_ENTRY, _SECONDER, _TALLY, _TRIGGER, _first, _head_vote, _name, _substance
from extractors.sentences import Sentence, _MOVER_OPENS_LINE, _heading_like, sentences
from minutebook.document import Document


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
    resolved: bool = False  # its wording printed as "Resolved that ...": carried unless a result says not
    # 1: its sentence announced "the following motion(s)" whose wording is still to come; 2: read
    announces: int = 0
    awaiting_mover: bool = False  # its wording read from "MOTION: THAT ...", its "MOVED BY:" still to come
    wording_open: bool = False  # that wording may still go on in the next paragraph


_LABELLED_MOVERS = re.compile(r"^\W*(?:proposed|proposer|moved|mover)\s*:", re.IGNORECASE)
_MOVED_BY_LABEL = re.compile(r"^\W*(?:proposed|proposer|moved|mover)(?:\s+by)?\s*:", re.IGNORECASE)


# What was moved, in a paragraph of its own under its mover and seconder: "That ...",
# "Resolved that ...", "Be it resolved that ..."
_THAT_PARAGRAPH = re.compile(r"^(?:(?i:be\s+it\s+)?(?:Resolved|RESOLVED),?\s+(?i:that)|THAT|That)\b")


# A motion's wording set out under the sentence that recorded it: "MOTION: That ...".
# (also after the item's heading run into the same sentence: "8.1 Management Report MOTION: THAT ...")
_WORDING_AFTER = re.compile(r"(?:^|(?<=\s)(?=MOTION))motion\s*[:\-–]\s*(?=that\b)", re.IGNORECASE)
_ANNOUNCES = re.compile(r"\bfollowing\s+(?:motions?|recommendations?|resolutions?)\b", re.IGNORECASE)


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
        wording = _WORDING_AFTER.search(text)
        intro = found[-1] if found else None
        if wording and not text[:wording.start()].strip() and intro is not None and intro.announces \
                and s.line_start - intro.line_end <= 3:
            # "The Board members made, seconded, and adopted the following recommendations by
            # unanimous vote:" / "MOTION: That ..." / "MOTION: That ...": each a motion decided
            # as the sentence above says; the first is the wording that sentence announced.
            if intro.announces == 1:
                intro.text, intro.announces = text[wording.end():].strip(" ."), 2
                intro.line_end = max(intro.line_end, s.line_end)
            else:
                found.append(Motion(s.line_start, s.line_end, text=text[wording.end():].strip(" ."),
                                    mover=intro.mover, seconder=intro.seconder, result=intro.result,
                                    unanimous=intro.unanimous, announces=2))
            current = found[-1]
            previous = s
            continue
        if (current is not None and current.awaiting_mover and current.wording_open and not wording
                and not _TRIGGER.search(text) and s.line_start - current.line_end <= 2
                and (re.match(r"(?:and\s+)?that\b", text, re.IGNORECASE) or not current.text.endswith((".", ";")))):
            # The wording goes on over paragraphs ("..., AND THAT the Board request ...") or a
            # line break ("... ending December 31," / "2013.") until "MOVED BY:".
            current.text = f"{current.text} {text.strip()}"
            current.line_end = s.line_end
            previous = s
            continue
        if wording:
            # "MOTION: THAT the agenda be adopted as presented." / "MOVED BY: X" / "SECONDED BY: Y" /
            # "MOTION CARRIED.": the wording comes first, who moved it and the result after. A
            # motion read only from the item's heading above ("3.2 Motion to Adopt the Agenda")
            # is this one.
            heading_only = (current is not None and not current.mover and not current.seconder
                            and current.line_start >= s.line_start - 2 and not current.awaiting_mover
                            and bool(parse_labels(doc.lines[current.line_start - 1])))
            if not heading_only:
                current = Motion(s.line_start, s.line_end)
                found.append(current)
            current.text, current.result = text[wording.end():].strip(), "no_result"
            current.line_end, current.awaiting_mover, current.wording_open = s.line_end, True, True
            before = text[:wording.start()]
            if _ANNOUNCES.search(before) or re.search(r"\bmotion\b.*:\s*$", before, re.IGNORECASE):
                # "... adopted the following recommendations by unanimous vote: MOTION: That ...":
                # the sentence before the wording says how it was decided
                _read_result(current, before)
                current.mover, current.seconder = current.mover or _first(_MOVER, before), \
                    current.seconder or _first(_SECONDER, before)
                current.announces = 2 if _ANNOUNCES.search(before) else 0
                current.awaiting_mover = False
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
            # "RESOLVED that ..." straight after the motion: it was carried; but under "Moved by: X"
            # / "Seconded by: Y" with no wording yet, "Resolved that ..." is the motion's own
            # wording (read below), its result ("Carried", "Defeated") still to come
            if current.text or not _THAT_PARAGRAPH.match(text):
                current.result = "carried"
        if current is not None and new_paragraph and not numbered_open and not (
                _RESULT_ONLY.match(text) and s.line_start - current.line_end <= 2) and (
                current.result != "no_result" or not (_TRIGGER.search(text) or _RESULT.search(text)
                                                      or _LIST_HEAD.match(text) or _ROLL_ENTRY.search(text)
                                                      or _HEAD_ALONE.match(text)
                                                      or (not current.text and _THAT_PARAGRAPH.match(text))
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
        if (current is None or current.result != "no_result") and _AFTER_A_VOTE.search(text) and not _TRIGGER.search(text):
            # "The minutes ... were received, considered, and approved following the vote", "All
            # agreed, following the vote, to approve the transfers": a decision put to a vote
            found.append(_decided_by_vote(s))
            current = found[-1]
            previous = s
            continue
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
            elif current is not None and current.awaiting_mover and _MOVED_BY_LABEL.match(text):
                current.awaiting_mover = current.wording_open = False  # "MOVED BY: X" under its "MOTION: THAT ..."
                current.text = current.text.strip(" .")
            elif numbered or _OPENS.search(text) or current is None:
                current = Motion(s.line_start, s.line_end)
                labels = parse_labels(text)
                current.label = labels[0].number if labels else None
                found.append(current)
                numbered_open = bool(numbered)
            _read_into(current, text, numbered)
            if _ANNOUNCES.search(text) and not current.announces:
                inline = re.search(r"\bmotion\s*[:\-–]\s*(that\b.+)$", text, re.IGNORECASE)
                if inline:  # the announced wording printed in the same sentence: it is the motion
                    current.text = inline.group(1).strip(" .")
                current.announces = 2 if inline else 1
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
            elif not current.text and _THAT_PARAGRAPH.match(text):
                # the "That ..." or "Resolved that ..." paragraph under "Moved by" / "Seconded by"
                current.text = re.sub(r"^(?:be\s+it\s+)?resolved,?\s+(?=that\b)", "", text.strip(), flags=re.IGNORECASE)
                current.resolved = current.text != text.strip()
                current.line_end = s.line_end
            elif _ROLL_ENTRY.search(text) or _LIST_HEAD.match(text) or _ABSTAINED.search(text):
                # (before a bare result: "Trustee Walsh-yes Trustee Young-yes" reads as one too)
                _read_records(current, text)
                _read_result(current, text)
                current.line_end = max(current.line_end, s.line_end)
            elif current.result == "no_result" and (_RESULT.search(text) or (
                    len(text) < 160 and re.search(r"\b(?:carried|passed|adopted)\b", text, re.IGNORECASE))
                    # "All agreed, following the vote." after what was proposed
                    or re.match(r"(?:all|it\s+was)?\s*(?:unanimously\s+)?agreed\b(?!\s+(?:to|that)\b)", text, re.IGNORECASE)):
                _read_result(current, text)
                current.line_end = max(current.line_end, s.line_end)
        previous = s
    for m in found:
        m.text = m.text.strip(" .") if m.wording_open or m.awaiting_mover else m.text
        if m.resolved and m.result == "no_result":
            m.result = "carried"  # "Resolved that ..." and no "Carried" after a long list of changes
    # An item's heading that names a motion ("d. Motion to Reaffirm Fund Management Practices")
    # over the motions it records is their title, not a motion of its own.
    found = [m for k, m in enumerate(found)
             if not (m.result == "no_result" and not m.mover and not m.seconder and m.votes_for is None
                     and m.line_end - m.line_start <= 1 and parse_labels(doc.lines[m.line_start - 1])
                     and k + 1 < len(found) and found[k + 1].line_start - m.line_end <= 8)]
    return [m for m in found if m.text or m.mover or m.result != "no_result"]


_AFTER_A_VOTE = re.compile(r"\b(?:agreed|approved|accepted|adopted)\b[^.]{0,40}?\b(?:following|after)\s+(?:a|the)\s+vote\b"
                           r"|\b(?:following|after)\s+(?:a|the)\s+vote\b[^.]{0,40}?\b(?:agreed|approved|accepted|adopted|voted)\b",
                           re.IGNORECASE)


def _decided_by_vote(s: Sentence) -> Motion:
    """Given a sentence that records a decision taken on a vote, return it as a carried motion
    whose wording is what was decided ("to approve the transfers ..." after "agreed")."""
    text = re.sub(r",?\s*\b(?:following|after)\s+(?:a|the)\s+vote\b,?", "", s.text).strip()
    decided = re.search(r"\b(?:agreed|approved|accepted)\s+(?P<x>(?:to|that|for\s+(?:[\w.]+\s+){1,3}?to)\b.+)$", text,
                        re.IGNORECASE)
    wording = decided.group("x") if decided else re.sub(r"^\W*\d{0,3}\.?\s*", "", text)
    m = Motion(s.line_start, s.line_end, text=wording.strip(" ."), result="carried")
    m.unanimous = bool(re.match(r"\W*all\s+agreed|.*\bunanimous", s.text, re.IGNORECASE))
    return m


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
    if m.result == "no_result" and _AFTER_MOTION.search(text) and re.match(
            r"^\W*[\w-]+ed\b|.*\b(?:was|were)\s+[\w-]+ed\b|^\W*the\s+(?:meeting|session|board|council)\s+[\w-]+ed\b",
            text, re.IGNORECASE):
        # "Reappointed X to the Planning Commission after motion by A and second by B", "The
        # meeting adjourned at 8:58 p.m. on a motion by X, seconded by Y": the record states
        # what was done, so the motion was carried.
        m.result = "carried"
