"""Decisions recorded in minutes without a "RESOLVED" lead-in, in UK and US practice.

* a decision sentence: "It was resolved / agreed / decided that (or to) ...", "Councillors
  resolved to ...", "The Council agreed to ...", "Members unanimously agreed that ...";
* a motion that was carried ("The motion to approve the consent calendar passed 5-0", "JH
  proposed HD seconded and it was RESOLVED to co-opt ...", "That the minutes ... be adopted.
  Carried."), read by ``extractors.motions``;
* an election held at the meeting: "The following members were elected as Committee: ...";
* the approval of minutes: "The minutes of the meeting held on ... were agreed as a true
  record and signed", "The Minutes were approved";
* a bare "APPROVED - <what>" line, or "<what>: approved", or "<what> was agreed.", and "Leave of
  absence was granted.";
* the outcome a licensing or appeals board prints in bold as each matter's last line ("No
  Violation", "Violation - Written Warning", "Granted"), where three matters at least end so.

The text is the decision's substance as printed, without the lead-in, the mover, seconder or
tally. ``extractors.resolutions`` adds these to the "RESOLVED" records they do not repeat.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from extractors.common import phrase_alternation, span
from extractors.headings import BULLET, run_in_title
from extractors.labels import parse_labels
from extractors.layout import is_bold
from extractors.people import SOLE_POSTS, VOCAB
from extractors.meetings import meeting_sections, prose_table_lines
from extractors.motion_steps import bare_result
from extractors.motions import motions
from extractors.sentences import sentences
from minutebook.document import Document

_DECIDED = re.compile(
    r"(?:^|\b(?i:it\s+was|and\s+it\s+was|[a-z]+\s+and|the\s+\w+(?:\s+\w+)?|councillors|members|trustees|governors|"
    r"commissioners|directors|the\s+(?:board|council|committee|panel|commission|meeting|group)|we|all)\s+)"
    r"(?:(?:then\s+|also\s+|further\s+|unanimously\s+|therefore\s+|subsequently\s+)*)(?:RESOLVED|resolved|AGREED|agreed|decided|DECIDED)\s*"
    # "All agreed, following the vote, for Cllr Skinner to review ...", "agreed following the vote to ..."
    r"(?:,?\s*(?i:following|after)\s+the\s+vote,?\s*)?\s"
    r"(?:unanimously\s+)?(?P<x>(?:to|that|TO|THAT|for\s+(?:\w+\s+){1,3}?to)\b.+)$")
# "Agreed we do not want a separate account.", "Also agreed we should obtain a petty cash box.":
# a decision noted without "that", its subject straight after the verb.
_AGREED_CLAUSE = re.compile(r"^(?i:(?:it\s+was\s+)?(?:then\s+|also\s+|further\s+)?(?:agreed|decided)),?\s+"
                            r"(?P<x>(?:we|they|members|councill?ors|(?:the|a)\s+[a-z]+)\s+[a-z].+)$")
# "The minutes of ... were agreed as a true record", "Minutes from 11/30/17 meeting approved";
# not "... for the minutes to be formally approved".
_MINUTES_APPROVED = re.compile(
    r"\bminutes\b.{0,160}?\b(?:were|was|stand|stands)\s+(?:duly\s+)?(?:\w+(?:\s+\w+)?\s+(?:and|,)\s+)?"
    r"(?:approved|agreed|adopted|confirmed|accepted|signed)\b|^minutes\b[^.]{0,80}?\b(?:approved|adopted)\b"
    # "Unanimous adoption of previous minutes." (a heading "Approval of the Minutes" decides nothing)
    r"|^unanimous\s+(?:adoption|approval)\s+of\s+(?:the\s+)?(?:previous\s+|last\s+)?minutes\b[^.]{0,60}\.?$",
    re.IGNORECASE)
# An election the meeting held: "X was elected Chair", "The following were re-elected as officers",
# "X is duly elected as Socials Secretary".
_ELECTED = re.compile(r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+)*(?:re-?)?elected\b"
                      r"|\b(?:is|are)\s+(?:duly|hereby)\s+(?:re-?)?elected\b",  # not "the Treasurer is elected at the AGM"
                      re.IGNORECASE)
# "Council agreed £200 donation to BVH ...", "The Board approved the 2025 budget", "The Commission
# adopted the agenda contained in ...", "The board unanimously approved implementation of ...",
# "... approved upgrading the scoreboard": the body, then what it agreed, with no "to" or "that"
# (not "agreed with ...", "agreed it was ...", "approved of ..."); "Decision not to approach OCC
# ...", "Decided to ...".
_AGREED_OBJECT = re.compile(r"^(?i:(?:the\s+)?(?:(?:parish|town|city|community)\s+)?(?:council|board|committee|meeting|trustees|"
                            r"members|pc|commission|panel|governors|directors|senate|assembly))\s+(?:unanimously\s+)?"
                            r"(?:agreed|approved|adopted|endorsed|ratified)\s+"
                            r"(?P<x>(?!(?i:to|that|with|on|in|at|by|of|for|as|upon|it|this|there|they|he|she|we|and|but|so|"
                            r"unanimously|however)\b)(?:[£$€\d]|(?i:the|a|an)\s|[a-z][a-z-]+\s).{6,})$")
_DECISION_TO = re.compile(r"^(?i:decision|decided)\s*:?\s+(?P<x>(?i:not\s+)?to\s+\w.{6,})$")
_APPROVED_LINE = re.compile(r"^(?:APPROVED|ADOPTED|AGREED)\s*[-–—:]\s*(?P<x>.+?)"
                            r"(?:\s*[-–—]\s*[A-Z][\w.]*\s+[A-Z][\w'’-]+\s*\(\s*motion\s*\).*)?$")


# A decision noted after its subject: "Bank Reconciliation: approved", "Minutes of Meeting on 7th
# July - accepted"; and in the passive: "The proposed new regulations were agreed.", "The
# amendment to the budget was agreed and, ..." (not "... was approved by the County Council", nor
# "The attic variance for the Library was approved." among the Mayor's announcements: "approved"
# alone reports another body's decision as often as the meeting's own).
_SUBJECT_THEN_VERB = re.compile(r"^(?P<x>[A-Z][^.:;]{2,120}?(?:\s*:\s*[A-Z][^.:;]{2,80}?)?)\s*[:\-–—]\s*"
                                r"(?i:approved|accepted|agreed|adopted|ratified)\.?$")
_PASSIVE_DECISION = re.compile(r"^(?:The|This|These|Both|All)\s[^.]{3,200}?\b(?:was|were)\s+(?:unanimously\s+|duly\s+)?"
                               r"(?:agreed|adopted|ratified)\b(?!\s+(?:by|at|in|with)\b)"
                               # "Leave of absence was granted.": the meeting excuses an absent member
                               r"|^(?i:leave\s+of\s+absence)\b[^.]{0,120}?\b(?:was|were)\s+(?:duly\s+)?(?:granted|approved)\b")

_PAPERS = json.loads((Path(__file__).parent / "patterns" / "decisions.json").read_text(encoding="utf-8"))


_AS_PRINTED = rf"(?:{phrase_alternation(_PAPERS['as_printed'])}|by\s+(?:the\s+)?(?:{phrase_alternation(_PAPERS['the_meeting'])}))"
# A meeting's own paper approved, the verb closing the sentence: "The accounts for November were
# approved.", "Financial report was accepted as presented", "Minutes agreed.", "Agenda approved",
# "The 2020 proposed budget was approved by membership." (not "... approved by the County").
_PAPER_APPROVED = re.compile(
    rf"^(?P<subj>[^.?;:]{{0,160}}?\b(?:{phrase_alternation(_PAPERS['meeting_papers'])})\b[^.?;:]{{0,80}}?)\s+"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|stands?|then)\s+)?(?:(?:unanimously|duly|all|formally)\s+)?"
    rf"(?:approved|accepted|adopted|agreed|confirmed|ratified)(?:,?\s+{_AS_PRINTED})*"
    # "A $200 payment was approved contingent upon receipt of ...", "... approved subject to ..."
    r"(?:,?\s+(?:subject\s+to|contingent\s+(?:up)?on|conditional\s+(?:up)?on|provided\s+that|pending)\s[^.?;]{3,200})?\s*\.?$",
    re.IGNORECASE)
# Not a decision the meeting took: another body's ("The planning application was approved"), one
# to come ("... will be approved"), or a motion still to be put ("Moved that the report be accepted").
_UNDECIDED = re.compile(rf"\b(?:{phrase_alternation(_PAPERS['other_bodies_papers'])})\b|\b(?:will|would|should|shall|if|not|be)\b",
                        re.IGNORECASE)
# The decision under its item's heading, the subject left to the heading: "Approved as submitted",
# "Accepted without amendment." (the paper as it stands: "Approved unanimously" alone is a
# motion's result, which says nothing of what was approved)
_AS_IT_STANDS = phrase_alternation([w for w in _PAPERS["as_printed"] if w.startswith(("as ", "with"))])
_APPROVED_AS = re.compile(rf"^(?:approved|accepted|adopted|agreed|ratified)\s+(?:{_AS_IT_STANDS})(?:,?\s+{_AS_PRINTED})*\s*\.?$",
                          re.IGNORECASE)
# A measure the meeting passed: "Bill 9-17-F is passed.", "B291-15 declared enacted", "Bills
# declared enacted and resolutions declared adopted".
_DECLARED = re.compile(r"^(?P<x>[^.?;:]{0,100}?\b(?:declared\s+(?:enacted|adopted|carried|passed)"
                       r"|(?:bill|ordinance|by-?law|resolution)\b[^.?;:]{0,40}?\b(?:is|was|has\s+been|has)\s+passed))\s*\.?$",
                       re.IGNORECASE)


def decisions(doc: Document) -> list[dict]:
    """Given a document, return its decisions recorded without a "RESOLVED" lead-in, one
    record each with its text and provenance (in reading order)."""
    out: list[dict] = []
    carried = [m for m in motions(doc) if m.result == "carried" and m.text]
    taken: list[tuple[int, int]] = [(m.line_start, m.line_end) for m in motions(doc)]
    resolved = [n for n, line in enumerate(doc.lines, start=1)
                if (lead := _RESOLVED.match(line)) and not bare_result(line[lead.end():])]
    for m in carried:
        if any(m.line_start < n <= m.line_end + 15 for n in resolved):
            continue  # the motion is followed by its "RESOLVED that ...": that is the record
        out.append({"text": _clean(_after_run_in(m.text)), **span(doc, m.line_start, m.line_end)})
        taken.append((m.line_start, m.line_end))
    table_lines = prose_table_lines(doc)
    for sec in meeting_sections(doc):
        if sec.kind != "minutes":
            continue
        for s in sentences(doc, sec.body_start + 1, sec.end):
            if any(a <= s.line_start <= b or a <= s.line_end <= b for a, b in taken):
                continue
            if s.line_start in table_lines or "\t" in doc.lines[s.line_start - 1]:
                continue  # a cell of an action log or a table, not a decision
            text = _decision_text(s.text)
            if text:
                out.append({"text": text, **span(doc, s.line_start, s.line_end)})
    out += [r for r in _outcome_lines(doc) if not any(r["line_start"] == o["line_start"] for o in out)]
    out += [r for r in _declared_elections(doc) if not any(r["line_start"] == o["line_start"] for o in out)]
    return sorted(out, key=lambda r: r["line_start"])


# "Accordingly, the Chair declares the following elections:", "The following were declared
# elected:" over a list of who took which post.
_DECLARES_LIST = re.compile(r"\bdeclar(?:es|ed|e)\b[^.]{0,80}\b(?:elections?|elected|appointments?|appointed)\s*:\s*$",
                            re.IGNORECASE)
# "Tim Norton: President of the Association", "Secretary – Amy Gray", "• Nic Jaffe: ordinary member".
_POST_LINE = re.compile(r"^(?P<x>[A-Z][\w'’.-]*(?:\s+[\w'’.&-]+){0,7}\s*(?::|\s[–—-])\s*[A-Za-z][\w'’.&() -]{1,60})$")


def _declared_elections(doc: Document) -> list[dict]:
    """Given a document, return a decision for each post the chair declares filled in a list
    under "... declares the following elections:" (each line a post and who took it)."""
    out: list[dict] = []
    lines = doc.lines
    for sec in meeting_sections(doc):
        if sec.kind != "minutes":
            continue
        for n in range(sec.body_start + 1, sec.end + 1):
            if not _DECLARES_LIST.search(lines[n - 1]):
                continue
            k = n + 1
            while k <= sec.end and (m := _POST_LINE.match(re.sub(rf"^\s*{BULLET}", "", lines[k - 1]).strip())) and not m.group("x").endswith("."):
                out.append({"text": m.group("x"), **span(doc, k, k)})
                k += 1
    return out


# The outcome a licensing or appeals board prints as the last line of each matter, set off in
# bold: "No Violation", "Violation - Written Warning", "Granted", "Defer - Board to ...".
_OUTCOME = re.compile(r"^(?:no\s+violation|violation|granted|approved|denied|refused|defer(?:red)?|withdrawn|continued|"
                      r"dismissed|rejected|tabled|postponed)\b(?:\s*[-–—:]\s*\S.*)?\.?$", re.IGNORECASE)


def _outcome_lines(doc: Document) -> list[dict]:
    """Given a document, return the outcomes printed as the bold last line of its minutes'
    items, where three items at least end so (a house style, not a stray bold word)."""
    found = []
    for sec in meeting_sections(doc):
        if sec.kind != "minutes":
            continue
        for h in sec.headings:
            last = next((n for n in range(h.end, h.title_end, -1) if any(ch.isalnum() for ch in doc.lines[n - 1])), None)
            if last is None:
                continue
            text = doc.lines[last - 1].strip()
            if len(text) <= 160 and _OUTCOME.match(text) and is_bold(doc, last):
                found.append({"text": text.rstrip("."), **span(doc, last, last)})
    return (found if len(found) >= 3 else []) + _approved_under_title(doc)


# "### AI team for Django" / "- Approved unanimously": the item's title is what was approved.
_APPROVED_ALONE = re.compile(r"^(?:it\s+was\s+)?(?:approved|agreed|adopted|carried)(?:\s+(?:unanimously|by\s+all|nem\.?\s*con\.?))?\.?$",
                             re.IGNORECASE)


def _approved_under_title(doc: Document) -> list[dict]:
    """Given a document, return a decision for each minute whose first line says only that it
    was approved ("Approved unanimously"): the title, and how it was approved."""
    found = []
    for sec in meeting_sections(doc):
        for h in sec.headings if sec.kind == "minutes" else ():
            first = next((n for n in range(h.title_end + 1, h.end + 1) if doc.lines[n - 1].strip()), None)
            text = re.sub(rf"^\s*{BULLET}", "", doc.lines[first - 1]).strip() if first else ""
            if first and _APPROVED_ALONE.match(text) and len(h.title) >= 4:
                found.append({"text": f"{h.title} – {text.rstrip('.').lower()}", **span(doc, h.start, first)})
    return found


_ELSEWHERE = re.compile(r"^\W*(?:at|in)\s+(?:that|the|its|their|a)\s+(?:[\w'’-]+\s+){0,5}?(?:meeting|session)\b"
                        # "These meeting minutes were approved at the February 2022 meeting.": a
                        # note of the later meeting that approved this record, not a decision in it
                        r"|^\W*(?:these|this)\s+(?:meeting\s+)?minutes\s+(?:were|was|have\s+been)\s+(?:approved|adopted|"
                        r"accepted|confirmed)\s+(?:at|on|by)\b",
                        re.IGNORECASE)
# One person who holds a post as the subject of "agreed": "the Chair agreed to ...".
_ONE_HOLDER = re.compile(
    r"\bthe\s+(?:vice[- ]?)?(?:" + "|".join(sorted(SOLE_POSTS | {w for w in VOCAB["post_words"] if " " not in w},
                                                 key=len, reverse=True))
    + r")\s+(?:then\s+|also\s+)?(?:agreed|agrees|decided)\s*$", re.IGNORECASE)
_RESOLVED = re.compile(r"^\s*(?:[-•*]\s*)?(?:\(?\d{1,3}[.)]\s*)?(?:it\s+was\s+)?RESOLVED\b", re.IGNORECASE)


def _decision_text(text: str) -> str | None:
    """Given a sentence of minutes, return the decision it records, or None."""
    text = re.sub(rf"^\s*{BULLET}", "", text)  # "● Minutes adopted"
    if _RESOLVED.match(text):
        return None  # "RESOLVED that ...": the resolutions extractor's own form
    if _ELSEWHERE.search(text):
        return None  # "At that meeting, Members agreed to ...": another body's decision, reported
    m = _DECIDED.search(text)
    if m and _ONE_HOLDER.search(text[:m.start("x")]):
        return None  # "The Chair agreed to raise this ...": an undertaking (an action), not the body's decision
    if m and not re.match(r"(?:to|that)\s+the\s+(?:amendment|motion)\b", m.group("x"), re.IGNORECASE):
        return _clean(m.group("x"))
    # "19/24 Finance: ..." without its number (a number-like label only: parse_labels' own text
    # also drops a lettered or Roman label, "I Approved ...", and reads more lines as decisions)
    bare = _LABEL_LEAD.sub("", text.strip()) if parse_labels(text.strip()) else text.strip()
    # ("1. Grounds - The Committee agreed purchase of ...": the body's verb after a run-in title)
    titled = run_in_title(bare)
    for clause in (text.strip(), titled.group("rest").strip()) if titled else (text.strip(),):
        m = _AGREED_CLAUSE.match(clause) or _AGREED_OBJECT.match(clause) or _DECISION_TO.match(clause)
        if m:
            return _clean(m.group("x"))
    m = _APPROVED_LINE.match(text)
    if m:
        return _clean(m.group("x"))
    if _whole_sentence_decision(bare):
        return _clean(_after_run_in(bare))
    if _elected(text) or _minutes_approved(text):
        # ("MINUTES: There were no corrections ...; the minutes stand approved as presented.": the clause that decides)
        clause = next((c for c in reversed(text.split("; ")) if _elected(c) or _minutes_approved(c)), text)
        return _clean(_after_run_in(re.sub(r"^[^A-Za-z]+", "", clause)))  # "... were elected as Committee for 2024/25: ..."
    return None


def _whole_sentence_decision(text: str) -> bool:
    """Given a sentence without its label, return whether the whole of it records a decision,
    its subject first: "The proposed new regulations were agreed.", "Agenda approved",
    "Bank Reconciliation: approved", "Approved as submitted", "B291-15 declared enacted"."""
    return bool(_SUBJECT_THEN_VERB.match(text)
                or (_PASSIVE_DECISION.match(text) and len(text) < 400 and not re.search(r"\?|\bif\b|\bwill\b|\bto\s+be\b", text))
                or (_PAPER_APPROVED.match(text) and not _UNDECIDED.search(text))
                or _APPROVED_AS.match(text) or _DECLARED.match(text))


def _elected(text: str) -> bool:
    """Given a sentence, return whether it records an election the meeting held."""
    return bool(_ELECTED.search(text) and len(text) < 400 and not re.search(r"\?|\bif\b|\bwill\b|\bto\s+be\b", text))


def _minutes_approved(text: str) -> bool:
    """Given a sentence, return whether it records the approval of minutes."""
    return bool(_MINUTES_APPROVED.search(text) and len(text) < 300 and not re.search(r"\?|\bif\b", text))


# A number-like label before a line's text ("19/24 ", "3. ", "(ii) ").
_LABEL_LEAD = re.compile(r"^\(?[\w/.]{1,8}[.)]?\s+(?=[A-Z])")


def _after_run_in(text: str) -> str:
    """Given a sentence that records a decision, return it without the minute's title run in
    before it ("Adoption of Minutes - Minutes were adopted", "Minutes: The Minutes of the AGM
    ... were agreed"), when what follows the title records the decision on its own."""
    m = run_in_title(_LABEL_LEAD.sub("", text.strip()))
    if m:
        rest = m.group("rest")
        if _whole_sentence_decision(rest) or _elected(rest) or _minutes_approved(rest):
            return rest
    return text


def _clean(text: str) -> str:
    """Given a decision's text, return it without a closing mover/seconder or tally."""
    text = re.sub(rf"^\s*{BULLET}", "", text)  # "● In order to ..., an allocation of £2000 was agreed"
    text = re.sub(r"[.,;]?\s*(?:Proposed|Moved)\s+by\b.*$", "", text)
    text = re.sub(r"\s*\b(?:Carried|CARRIED)\.?\s*$", "", text)
    # "... were approved as corrected and will be sent to the web master": what follows is a task
    text = re.sub(r",?\s+and\s+(?:will|shall|is\s+to|are\s+to)\s+be\s+\w+\b.*$", ".", text)
    return text.strip(" ;,")
