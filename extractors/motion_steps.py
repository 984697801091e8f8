"""The pieces ``extractors.motions`` reads a motion with: the ``Motion`` record, what a
sentence adds to it (mover, seconder, wording, result: ``_read_into``), quoted wording, the
decision recorded before its mover, numbered movers ("R2025-063 S. Kirkey, J. Scott:"), a roll
call on a motion moved before the debate, and decisions taken "following the vote".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extractors.headings import MEETING_CLOSED
from extractors.labels import parse_labels
from extractors.motion_results import _read_records, _read_result
from extractors.motion_words import ACTION_TAKEN_VERBS, _AFTER_MOTION, _MOVER, _NUMBERED_MOVERS, _SECONDER, _first, _name, _substance
from extractors.sentences import Sentence


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
    action_line: bool = False  # its result read from "Action: Approved ...": the roll call may follow
    counted: bool = False  # "Final vote for whether to ...:" over its counts: the counts decide it
    headed: bool = False  # read from "MOTION: APPROVED 1st: X 2nd: Y": its result known before its vote
    awaiting_wording: bool = False  # that header's wording ("X moved to ...") still to come
    hypothetical: bool = False  # only spoken of ("asked the board to make a motion to ..."): kept if moved


_AFTER_A_VOTE = re.compile(r"\b(?:agreed|approved|accepted|adopted)\b[^.]{0,40}?\b(?:following|after)\s+(?:a|the)\s+vote\b"
                           r"|\b(?:following|after)\s+(?:a|the)\s+vote\b[^.]{0,40}?\b(?:agreed|approved|accepted|adopted|voted)\b"
                           # "Council voted to approve request by owner of SL74 ..." over "For: 4"
                           r"|\bvoted\s+(?:unanimously\s+)?(?=to\s+(?:approve|adopt|accept|reject|deny|authori[sz]e|endorse"
                           r"|ratify|appoint|award|grant|support|proceed)\b)",
                           re.IGNORECASE)


def _decided_by_vote(s: Sentence) -> Motion:
    """Given a sentence that records a decision taken on a vote, return it as a carried motion
    whose wording is what was decided ("to approve the transfers ..." after "agreed")."""
    text = re.sub(r",?\s*\b(?:following|after)\s+(?:a|the)\s+vote\b,?", "", s.text).strip()
    decided = re.search(r"\b(?:agreed|approved|accepted|voted(?:\s+unanimously)?)\s+(?P<x>(?:to|that|for\s+(?:[\w.]+\s+){1,3}?to)\b.+)$",
                        text, re.IGNORECASE)
    wording = decided.group("x") if decided else re.sub(r"^\W*\d{0,3}\.?\s*", "", text)
    m = Motion(s.line_start, s.line_end, text=wording.strip(" ."), result="carried")
    m.unanimous = bool(re.match(r"\W*all\s+agreed|.*\bunanimous", s.text, re.IGNORECASE))
    return m


_RESOLVED_AFTER = re.compile(r"^(?:\(?\w{1,3}[.)]\s*)?resolved\b", re.IGNORECASE)


# A vote on a motion named by the paragraph it was moved in: "put the motion set out in
# paragraph 1 to the vote", "the motion at paragraph (2) was then put". (Not "put part 4 of the
# motion at paragraph 2", a vote of its own, nor "voted against the motion in paragraph 2".)
_PARAGRAPH_REF = re.compile(
    r"\bput\s+the\s+(?:substantive\s+)?(?:motion|amendment|recommendations?)\s+(?:(?:as\s+)?set\s+out\s+)?(?:in|at|under)"
    r"\s+paragraph\s+\(?(\d{1,2})\)?"
    r"|^(?:\(?\w{1,3}[.)]\s*)?the\s+(?:substantive\s+)?(?:motion|amendment)\s+(?:(?:as\s+)?set\s+out\s+)?(?:in|at|under)"
    r"\s+paragraph\s+\(?(\d{1,2})\)?\s+was\s+(?:then\s+)?put\b", re.IGNORECASE)


# What a vote was taken on, its counts under it: "Final vote for whether or not to approve the
# plans submitted by 888 Downhill:" / "In Favor: 7 (Unanimous)" / "Opposed: 0".
_VOTE_ON = re.compile(r"^\W*(?:(?:final|roll[\s-]+call|board|member(?:ship)?)\s+)?vote\s+(?:on|for)\s+(?:the\s+(?:motion|question)\s+)?"
                      r"(?P<x>(?:whether|to|the|a|an|approving|adopting)\b[^:]{6,200}?)\s*:\s*(?P<rest>.*)$", re.IGNORECASE)


# A line that only gives the result ("Motion carried.", "CARRIED") right under a motion whose
# recorded vote already decided it: the same motion, not a new one.
# (also as a form's field: "Resolved: Motion carried", "Result: Carried", "Outcome: Motion Lost")
_RESULT_ONLY = re.compile(r"^(?:(?:resolved|result|outcome|decision)\s*:\s*)?(?:the\s+)?(?:motion\s+)?(?:was\s+)?"
                          r"(?:carried|passed|adopted|approved|lost|failed|defeated)"
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
_MOTION_DECIDED = re.compile(r"^(?:[\w ]{0,30},\s+)?the\s+(?:motion|amendment|resolution|proposal)\b[^.]{0,40}?\b"
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


def _decided_before(m: Motion, previous: Sentence, text: str = "") -> None:
    """Given a motion whose sentence names only its mover and seconder ("Proposed by Cllr X,
    seconded by Cllr Y.") and the sentence before it, take the decision from that sentence
    ("It was resolved to adopt the new Standing Orders.", "The Reserves Policy was approved."), or
    the post and the person put up for it ("- President: Peter Reutemann." / "Nominated by Ian,
    seconded by Rod.")."""
    decided = re.search(r"\b(?:resolved|agreed|decided)\s+(?P<x>(?:to|that)\b.+)$|^(?P<y>.+?\b(?:was|were)\s+"
                        r"(?:approved|agreed|adopted|accepted)\b.*)$", previous.text)
    # "- President: Peter Reutemann." / "Nominated by Ian, seconded by Rod.": the post and who was put up for it
    post = re.fullmatch(r"\W*(?:(?P<post>(?:Vice[- ])?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[:–—-]\s*)?(?P<who>[A-Z][\w'’-]+"
                        r"(?:\s+[A-Z][\w'’-]+){1,3})\s*\.?", previous.text)
    if post and re.match(r"\W*(?:nominated|proposed)\b", text, re.IGNORECASE):
        # (a name alone, "- Jacob Pouw-Waas." under "Committee:", is the person put up)
        m.text = f"{post.group('who')} as {post.group('post')}" if post.group("post") else post.group("who")
        m.line_start = min(m.line_start, previous.line_start)
        return
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
    if m.result == "no_result" and m.mover and re.search(
            r"\b(?:was|were)\s+(?:\w+\s+and\s+)?(?:adjourned|adopted|approved|accepted|received|ratified|appointed)\b"
            r"[^–—]*[–—-]\s*[^–—-]*\(\s*(?:moved|motion)\s*\)", text, re.IGNORECASE):
        # "The Annual General Meeting was adjourned at 1:30 p.m. – Lisa Fast (moved)": the record
        # of what was done, its mover after it
        m.result = "carried"


# A form's field left blank: its label runs straight into the next label or the end ("Motion by:
# 2nd by: Discussion, if any ...", "Approved: Abstained: Outcome: Motion Carried").
_LABEL = r"(?:[A-Z][A-Za-z]*|2nd)(?:\s+[a-z]+){0,2}\s*:"
# (a label ending a sentence that says more is its own text: "... to approve the following Consent Agenda:")
_EMPTY_FIELD = re.compile(rf"^\s*{_LABEL}\s*$|(?<![\w,])(?:{_LABEL}\s*)+?(?={_LABEL})")


# A schedule of sums printed under a motion, one a line, before its vote ("that the Vouchers be
# audited" / "General Fund $ 268,235.61" / "Sewer Relevy 82.89" / "Total $ 272,616.39" / "Ayes All").
_FIGURE_LINE = re.compile(r"^[A-Z][\w &'’.,/()-]{1,50}?\s+(?:[$£€]\s?)?-?\d{1,3}(?:,\d{3})*\.\d{2}\W*$")
_LABEL_ONLY = re.compile(r"^\W*(?:[a-z]|[ivx]{1,4}|\d{1,3})[.)]\W*$", re.IGNORECASE)


# "The meeting was adjourned at 6:29 p.m.", "Meeting adjourned at 8:15": the motion to adjourn was carried.
_ADJOURNED = re.compile(MEETING_CLOSED, re.IGNORECASE)


def _adjourned_after(motion: Motion, text: str) -> bool:
    """Given an open motion and the sentence after it, return whether the motion was to adjourn
    and the sentence says the meeting then closed."""
    if not motion.text or "adjourn" not in motion.text.lower():
        return False
    labels = parse_labels(text)  # ("c. The meeting was adjourned at 6:29 p.m.")
    return bool(_ADJOURNED.match(labels[0].text if labels else text))


def _same_opening(a: str, b: str) -> bool:
    """Given two motions' wordings, return whether they open with the same five words (an item's
    title "Motion to accept the Standard & Poor's ..." over the motion moved under it)."""
    words = [re.findall(r"\w+", x.lower())[:5] for x in (a, b)]
    return len(words[0]) == 5 and words[0] == words[1]


def _movers_of_the_motion_above(found: list[Motion], s: Sentence, numbered) -> bool:
    """Given the motions so far and a sentence that names a mover, return whether it names only
    who moved and seconded the last motion ("Robin moved, Mark seconds. Motion passed." under
    "● Motion to move forward the camera purchase." and a few notes): that motion worded, moved
    by nobody yet and undecided, within a discussion's length above."""
    if numbered or not found or found[-1].mover or found[-1].seconder or not found[-1].text:
        return False
    probe = Motion(s.line_start, s.line_end)
    _read_into(probe, s.text, None)
    return bool(probe.mover) and not probe.text and _awaits_vote(found, s)


# The vote on the motion moved above, named by what it asked: "The motion to approve
# enforcement recommendation No. 1 passed on a 14-0-0 vote.", "The motion to adopt the
# minutes carried unanimously."
_NAMED_DECIDED = re.compile(r"^(?:[\w ]{0,30},\s+)?the\s+motion\s+(?:to|that|for)\b.{3,200}?\s(?:carried|passed|failed"
                            r"|was\s+(?:carried|passed|approved|adopted|lost|defeated))\b", re.IGNORECASE)


def decides_motion_above(found: list[Motion], s: Sentence) -> bool:
    """Given the motions so far and a sentence, return whether the sentence only gives the
    result of the last motion, named again by what it asked (``_NAMED_DECIDED``): that motion
    moved by someone, undecided and within a discussion's length above, and no mover named here."""
    if not found or not found[-1].mover or not _NAMED_DECIDED.match(s.text):
        return False
    probe = Motion(s.line_start, s.line_end)
    _read_into(probe, s.text, None)
    return not probe.mover and not probe.seconder and _awaits_vote(found, s)


# A motion's record headed by its result and movers, its wording in the sentence under it:
# "MOTION: APPROVED W/ CONDITIONS 1st: MR. RUMSCH 2nd: MR. PHARES" / "Mr. Rumsch moved to
# approve this application ..." / "VOTE: 7/0 AYES: ...".
# (or by what it asks, its result left to the vote under it: "MOTION: APPROVE 1st: ... 2nd: ...")
_RESULT_HEADER = re.compile(r"^\W*motion\s*:\s*(?P<r>approved|adopted|carried|passed|denied|failed|lost|continued|deferred"
                            r"|tabled|withdrawn|approve|adopt|deny|continue|defer)\b(?=.*\b[12]\s?(?:st|nd)\s*:)", re.IGNORECASE)
_ORDINAL_MOVER = re.compile(r"\b(?P<k>1|2)\s?(?:st|nd)\s*:\s*(?:(?:mr|mrs|ms|dr|cllr|commissioner)\.?\s+)?"
                            r"(?P<n>[A-Z][\w'’-]+)", re.IGNORECASE)


def motion_header(s: Sentence, text: str) -> Motion | None:
    """Given a sentence, return the motion it heads when it is a result-and-movers header (see
    ``_RESULT_HEADER``), its wording still to come, else None."""
    m = _RESULT_HEADER.match(text)
    if m is None:
        return None
    word = m.group("r").lower()
    result = ("no_result" if not word.endswith("ed") else "lost" if word in ("denied", "failed", "lost")
              else "withdrawn" if word == "withdrawn" else "carried")
    movers = {k.group("k"): k.group("n").title() for k in _ORDINAL_MOVER.finditer(text)}
    return Motion(s.line_start, s.line_end, mover=movers.get("1"), seconder=movers.get("2"), result=result,
                  headed=True, awaiting_wording=True)


def headed_step(found: list[Motion], s: Sentence, text: str, opens: bool) -> bool:
    """Given the motions so far, a sentence and whether it opens a motion, record it and return
    True when it is a result-and-movers header (a new motion) or the sentence that words the
    header just above ("Mr. Rumsch moved to approve ..."); else return False."""
    header = motion_header(s, text)
    if header is not None:
        found.append(header)
        return True
    last = found[-1] if found else None
    if last is None or not last.awaiting_wording or not opens or s.line_start - last.line_end > 2:
        return False
    last.awaiting_wording = False
    _read_into(last, text, None)
    last.line_end = s.line_end
    return True


def bare_result(text: str) -> bool:
    """Given the text after a "Resolved" lead-in, return whether it only gives a result
    ("Resolved: Motion carried" says how the motion above went; the motion is the record)."""
    return bool(_RESULT_ONLY.match(text.strip(" \t-–—:")))


def restates_result(found: list[Motion], s: Sentence, text: str) -> bool:
    """Given the motions so far and a sentence after the last one closed, return True (and take
    the line into it) when the sentence only states again the result its tally decided, a
    line or two below ("Vote: 3 in favor, ..." / a note / "Resolved: Motion carried")."""
    if not found or found[-1].result == "no_result" or not _RESULT_ONLY.match(text) or s.line_start - found[-1].line_end > 3:
        return False
    found[-1].line_end = s.line_end
    return True


# A motion set out as a form's fields, each on its line: "MOTION: Commissioner Adamchak." /
# "ACTION: Approve the consent agenda." / "SECOND: Commissioner Minton." / "RESULT: ... carried 5-0".
# (not "Motion by: X" under "Motion: <wording>", whose "Action: Approved ..." is the result)
_FIELD_MOVER = re.compile(r"^\W*(?:MOTION|Motion)\s*:\s*(?P<n>(?!(?i:that|to|motion)\b)[A-Z][\w.'’ -]{1,60}?)\.?$")
_FIELD_SECONDER = re.compile(r"^\W*(?-i:SECOND(?:ED)?|Second(?:ed)?)\s*(?:BY|by)?\s*:\s*(?P<n>[A-Z][\w.'’ -]{1,60}?)\.?$")
_TAKEN = re.compile(ACTION_TAKEN_VERBS, re.IGNORECASE)  # "Action: Approved ...": what became of it
FIELD_WORDING = re.compile(r"^\W*(?-i:ACTION|Action)\s*:\s*(?P<x>\S.{3,})$")


def merge_field_motions(said: list) -> list:
    """Given the sentences of minutes, return them with each motion printed as a form's fields
    ("MOTION: <mover>." / "ACTION: <wording>" / "SECOND: <seconder>.", in any order after the
    mover) read as one sentence that says so: "Moved by <mover>, seconded by <seconder>, to
    <wording>". The "ACTION:" field there is what was moved, not a task."""
    out, k = [], 0
    while k < len(said):
        s = said[k]
        mover = _FIELD_MOVER.match(s.text.strip())
        if mover:
            fields, j = {}, k + 1
            while j < len(said) and j <= k + 2 and said[j].line_start - said[j - 1].line_end <= 2:
                text = said[j].text.strip()
                if (w := FIELD_WORDING.match(text)) and "x" not in fields and not _TAKEN.match(w.group("x")):
                    fields["x"] = w.group("x")
                elif (sec := _FIELD_SECONDER.match(text)) and "s" not in fields:
                    fields["s"] = sec.group("n")
                else:
                    break
                j += 1
            if "x" in fields:
                wording = fields["x"].strip()
                wording = wording if re.match(r"(?:to|that)\b", wording, re.IGNORECASE) else f"to {wording[:1].lower()}{wording[1:]}"
                seconded = f", seconded by {fields['s']}," if "s" in fields else ","
                out.append(replace(s, text=f"Moved by {mover.group('n').strip()}{seconded} {wording}",
                                   line_end=said[j - 1].line_end))
                k = j
                continue
        out.append(s)
        k += 1
    return out
