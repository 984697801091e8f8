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

from extractors.decision_grids import grid_motions, replace_read_lines
from extractors.labels import parse_labels
from extractors.layout import emphasis
from extractors.motion_results import _ABSTAINED, _add_record, _counts, _names_only, _read_records, _read_result, roll_call_carried
from extractors.motion_words import (ACTION_TAKEN_VERBS, _HEAD_ALONE, _LIST_HEAD, _LOST, _MOVER, _OPENS, _RESOLUTION_TAG, _RESULT, _ROLL_ENTRY,
                                     _SECONDER, _TALLY, _TRIGGER, _UNANIMOUS, _WITHDRAWN, _first, _head_vote, clean_wording)
from extractors.motion_steps import (Motion, _AFTER_A_VOTE, _EMPTY_FIELD, _FIGURE_LINE, _LABEL_ONLY, _MAX_DISCUSSION, _MAX_QUOTED,
                                     _MOTION_DECIDED, _PARAGRAPH_REF, _VOTE_ON, _adjourned_after, _movers_of_the_motion_above, _same_opening,
                                     _RESOLVED_AFTER, _RESULT_ONLY, _VOTE_TAKEN, _awaits_vote, _decided_before,
                                     _decided_by_vote, _numbered_movers, _quote_depth, _read_into, _unquoted, decides_motion_above, headed_step,
                                     merge_field_motions, restates_result)
from extractors.sentences import Sentence, _MOVER_OPENS_LINE, _heading_like, sentences
from extractors.elections import election_lines, with_elections
from extractors.unanimous_decisions import unanimous_decisions
from extractors.vote_tables import vote_tables, with_vote_tables
from minutebook.document import Document


# The action a body took on the motion above, printed under its mover and seconder: "Action:
# Approved agenda.", "Action Taken: Denied.", "Disposition: Tabled to May 5".
_ACTION_TAKEN = re.compile(rf"^\W*(?:action(?:\s+taken)?|disposition|outcome)\s*[:\-–]\s*(?P<rest>{ACTION_TAKEN_VERBS}.*)$",
                           re.IGNORECASE)
# "- Moved by CPM, seconded by BS, accepted.": who moved it and how it went, no wording of its own
# (not "Moved by: X" over a "Resolved that ..." still to come)
_MOVED_BY_OPENS = re.compile(r"^\W*(?:moved|proposed)\s+by\s+[^:]+?\b(?:accepted|carried|agreed|passed)\W*$", re.IGNORECASE)
_VOTE_LABEL = re.compile(r"^\W*vote\s*:", re.IGNORECASE)  # "Vote: (Roll Call)" over "Aye: ..." / "Nay: ..."
_LABELLED_MOVERS = re.compile(r"^\W*(?:proposed|proposer|moved|mover)\s*:", re.IGNORECASE)
_MOVED_BY_LABEL = re.compile(r"^\W*(?:proposed|proposer|moved|mover)(?:\s+by)?\s*:", re.IGNORECASE)


# What was moved, in a paragraph of its own under its mover and seconder: "That ...",
# "Resolved that ...", "Be it resolved that ..."
_THAT_PARAGRAPH = re.compile(r"^(?:(?i:be\s+it\s+)?(?:Resolved|RESOLVED),?\s+(?i:that)|THAT|That)\b")


# A motion's wording set out under the sentence that recorded it: "MOTION: That ...".
# (also after the item's heading run into the same sentence: "8.1 Management Report MOTION: THAT ...")
# (and a numbered motion of a general meeting, its wording a verb: "Motion 1 - amend Bylaw Article 6 to:")
_WORDING_AFTER = re.compile(r"(?:^|(?<=\s)(?=MOTION))motion\s*[:\-–]\s*(?=that\b|to\s+[a-z]{3,}\b)"
                            r"|^motion\s+\d{1,2}\s*[:\-–]\s*(?=that\b|to\s+[a-z]{3,}\b|(?-i:[a-z]{3,})\s)", re.IGNORECASE)
_PARTICIPLE_MOVER = re.compile(
    r"\b(?:the|these|those|any|its|their)\s+(?:[a-z]+\s+){0,3}?[a-z]+"
    r"(?<!motion)(?<!motions)(?<!amendment)(?<!amendments)(?<!resolution)(?<!recommendation)(?<!proposal)"
    r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bis)(?<!\bbeing)(?<!\bduly)(?<!\bthen)(?<!\balso)(?<!\bformally)"
    r"\s+(?P<verb>proposed|moved)\s+by\b")
_TRAILING_TALLY = re.compile(r"[.;,]?\s+\d+\s+(?:for|in\s+favou?r)\b(?:\s*,?\s*\d+\s+(?:against|opposed)\b)?"
                             r"(?:\s*,?\s*\d+\s+abstentions?\b)?(?:\W+motion)?\W*$", re.IGNORECASE)
_ANNOUNCES = re.compile(r"\bfollowing\s+(?:motions?|recommendations?|resolutions?)\b", re.IGNORECASE)


def motions(doc: Document) -> list[Motion]:
    """Given a document, return the motions recorded in its minutes (computed once)."""
    return doc.derived("motions", _all_motions)


def _all_motions(doc: Document) -> list[Motion]:
    from extractors.meetings import meeting_sections

    out: list[Motion] = []
    for sec in meeting_sections(doc):
        if sec.kind == "minutes":
            found = motions_in(doc, sec.body_start + 1, sec.end)
            found += unanimous_decisions(doc, sec.body_start + 1, sec.end, found)
            found = with_elections(found, election_lines(doc, sec.body_start + 1, sec.end))
            found = sorted(found, key=lambda m: m.line_start)
            out.extend(with_vote_tables(found, vote_tables(doc, sec.body_start + 1, sec.end)))  # "Name Vote" / "A B Aye"
    if doc.pdf_tables:
        out = replace_read_lines(out, grid_motions(doc), doc)  # decisions printed as a grid
    return out


def motions_in(doc: Document, start: int, end: int) -> list[Motion]:
    """Given a line range of minutes, return the motions recorded in it. A motion's record
    runs over the sentences of its paragraph, and on into the next paragraph only while its
    outcome is still to come ("It was seconded by ... and adopted by 7 ayes.")."""
    found: list[Motion] = []
    current: Motion | None = None
    numbered_open = False
    previous: Sentence | None = None
    for s in merge_field_motions(sentences(doc, start, end)):
        text = _EMPTY_FIELD.sub("", s.text) if ":" in s.text else s.text
        if not text.strip() or _LABEL_ONLY.match(text):
            # "Motion:" / "Motion by:" / "2nd by:" left blank on a form: nothing was moved; "c." read
            # as a sentence of its own before "The meeting was adjourned ...": its label, no more
            continue
        if "by" in text and _PARTICIPLE_MOVER.search(text):
            # "the repairs proposed by Metro Van": who put a thing forward, not a motion's mover
            text = _PARTICIPLE_MOVER.sub(lambda p: p.group(0)[:p.start("verb") - p.start()] + "put forward by", text)
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
        wording = _WORDING_AFTER.search(text) if ("MOTION" in text or "Motion" in text or "motion" in text) else None
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
        roll_after_action = (current is not None and current.action_line
                             and s.line_start - current.line_end <= (8 if doc.page_of(s.line_start) != doc.page_of(current.line_end) else 3)
                             and (_LIST_HEAD.match(text) or _ROLL_ENTRY.search(text) or _VOTE_LABEL.match(text)))
        if current is not None and new_paragraph and not numbered_open and not roll_after_action and not (
                _RESULT_ONLY.match(text) and s.line_start - current.line_end <= 2) and (
                current.result != "no_result" or not (_TRIGGER.search(text) or _RESULT.search(text) or _ACTION_TAKEN.match(text)
                                                      or (len(text) < 80 and bool(_counts(text)))  # "2 for 5 against."
                                                      or _LIST_HEAD.match(text) or _ROLL_ENTRY.search(text)
                                                      or _HEAD_ALONE.match(text)
                                                      or _adjourned_after(current, text)
                                                      or bool(_FIGURE_LINE.match(text))
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
        if (current is None or current.result != "no_result") and "vote" in text.lower() and _AFTER_A_VOTE.search(text) and not _TRIGGER.search(text):
            # "The minutes ... were received, considered, and approved following the vote", "All
            # agreed, following the vote, to approve the transfers": a decision put to a vote
            found.append(_decided_by_vote(s))
            current = found[-1]
            previous = s
            continue
        if current is None and restates_result(found, s, text):
            previous = s  # "Vote: 3 in favor, ..." / a note / "Resolved: Motion carried"
            continue
        vote_on = _VOTE_ON.match(text)
        if vote_on:
            current = Motion(s.line_start, s.line_end, text=vote_on.group("x"), counted=True)
            found.append(current)
            text = vote_on.group("rest")  # (the counts, when printed on the same line)
            if not text:
                previous = s
                continue
        tally = _TALLY.search(text)
        if (tally and current is None and (_awaits_vote(found, s) or (found and found[-1].headed))
                and found[-1].votes_for is None and s.line_start - found[-1].line_end <= (15 if found[-1].headed else 6)):
            current = found[-1]  # "Motion from: X to appoint ..." / the names / "Vote: 3 in favor, ..."
        if tally and (current is None or (current.result != "no_result" and not current.headed)
                      or current.votes_for is not None):
            # "Community Board #1 budget cuts – Resolution" / "BOARD VOTE: 38 In Favor 0 Opposed ...":
            # a tally under the title of what was voted on.
            current = Motion(s.line_start, s.line_end)
            found.append(current)
            if previous is not None and s.line_start - previous.line_end <= 2 and not _TRIGGER.search(previous.text):
                current.text = _RESOLUTION_TAG.sub("", previous.text).strip(" .:-–—")
                current.line_start = previous.line_start
        if tally:
            for key, group in (("votes_for", "f"), ("votes_against", "a"), ("votes_abstain", "b")):
                value = tally.group(group) or tally.group(group + "2")
                if getattr(current, key) is None and value is not None:
                    setattr(current, key, int(value))
            if current.result == "no_result":
                current.result = "carried" if current.votes_for > (current.votes_against or 0) else "lost"
            _read_records(current, text[tally.end():])  # "VOTE: 7/0 AYES: HADEN, ... NAYS: NONE"
            current.line_end = max(current.line_end, s.line_end)
            previous = s
            continue
        if current is not None and current.result == "no_result" and _ACTION_TAKEN.match(text):
            # "Motion: ... / Motion by: X / Seconded by: Y / Action: Approved motion to ...": what the
            # body did with the motion is its result, not another motion
            rest = _ACTION_TAKEN.match(text).group("rest")
            refused = re.match(r"(?:denied|rejected)\b", rest, re.IGNORECASE) and not re.match(r"to\s+(?:deny|reject)\b",
                                                                                             current.text, re.IGNORECASE)
            current.result = "lost" if refused or _LOST.search(rest) else "withdrawn" if _WITHDRAWN.search(rest) else "carried"
            current.line_end, current.action_line = max(current.line_end, s.line_end), True
            previous = s
            continue
        if headed_step(found, s, text, bool(_OPENS.search(text))):
            current, previous = found[-1], s  # "MOTION: APPROVED 1st: X 2nd: Y" / "X moved to ..."
            continue
        if numbered or _TRIGGER.search(text):
            if current is None and not numbered and not _OPENS.search(text) and _awaits_vote(found, s):
                current = found[-1]  # "MOTION: ..." / "DISCUSSION: ..." / "Roll call vote: ..."
            elif current is not None and current.awaiting_mover and _MOVED_BY_LABEL.match(text):
                current.awaiting_mover = current.wording_open = False  # "MOVED BY: X" under its "MOTION: THAT ..."
                current.text = current.text.strip(" .")
            elif _movers_of_the_motion_above(found, s, numbered) or (not numbered and decides_motion_above(found, s)):
                current = found[-1]  # "● Motion to X." / discussion / "Robin moved, Mark seconds. Motion passed."
            elif numbered or _OPENS.search(text) or current is None:
                current = Motion(s.line_start, s.line_end)
                labels = parse_labels(text)
                current.label = labels[0].number if labels else None
                current.hypothetical = bool(_SPOKEN_OF.search(text))
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
                _decided_before(current, previous, text)
            if (not current.text and previous is not None
                    and (_LABELLED_MOVERS.match(text) or _MOVED_BY_OPENS.match(text))
                    and s.line_start - previous.line_end <= 1
                    and (_heading_like(previous.text) or emphasis(doc, previous.line_start) >= 2)):
                # "Minutes of previous meeting" / "Proposed: X / Seconded: Y", "Confirm minutes of
                # previous meeting" set large / "- Moved by CPM, seconded by BS, accepted.": the
                # heading above is what was put (without a note of how it went)
                current.text = clean_wording(re.sub(r"\s*\((?:moved|seconded|accepted|carried|passed|[,\s])+\)", "",
                                                    previous.text)).strip(" .:")
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
            elif current.result == "no_result" and _adjourned_after(current, text):
                current.result = "carried"  # "Motion to adjourn ... / The meeting was adjourned at 6:29 p.m."
                current.line_end = max(current.line_end, s.line_end)
            elif (current.result == "no_result" and len(text) < 80 and not _RESULT.search(text) and _counts(text)
                  and not re.search(r"\b(?:carried|passed|adopted)\b", text, re.IGNORECASE)):
                # "Two against, 2 in favor." before "Motion failed.": the counts, the result still to come
                for key, value in _counts(text).items():
                    if getattr(current, key) is None:
                        setattr(current, key, value)
                current.unanimous = current.unanimous or bool(_UNANIMOUS.search(text))
                current.line_end = max(current.line_end, s.line_end)
            elif current.result == "no_result" and (_RESULT.search(text) or (
                    len(text) < 160 and re.search(r"\b(?:carried|passed|adopted)\b", text, re.IGNORECASE))
                    # "Tracey motioned to approve. Ann 2nd. Due increase approved."
                    or (len(text) < 60 and re.search(r"\bapproved\W*$", text, re.IGNORECASE))
                    # "All agreed, following the vote." after what was proposed
                    or re.match(r"(?:all|it\s+was)?\s*(?:unanimously\s+)?agreed\b(?!\s+(?:to|that)\b)", text, re.IGNORECASE)):
                _read_result(current, text)
                current.line_end = max(current.line_end, s.line_end)
            elif (current.result == "no_result" and (tail := _TRAILING_TALLY.search(text)) and tail.group(0).startswith(".")
                  and _counts(tail.group(0))):
                # "... to report back to their relative councils. 5 for 1 against." (no capital after
                # the full stop, so one sentence): the wording goes on, the tally is the vote's
                for key, value in _counts(tail.group(0)).items():
                    if getattr(current, key) is None:
                        setattr(current, key, value)
                current.line_end = max(current.line_end, s.line_end)
        previous = s
    for m in found:
        m.text = m.text.strip(" .") if m.wording_open or m.awaiting_mover else m.text
        if re.fullmatch(r"(?:these|this|they|it|same)", m.text.strip(" ."), re.IGNORECASE) and m.line_start > 1:
            # "1. MINUTES OF THE JUNE MEETING" / "These were moved as correct by A and B": what
            # was moved is the item's title above
            above = parse_labels(doc.lines[m.line_start - 2])
            if above and _heading_like(above[0].text):
                m.text = above[0].text.strip(" .:")
        # "... towards the cost of these repairs. 2 for 5 against 1 abstention. Motion failed.":
        # the tally read into the wording is the vote, not what was moved
        m.text = _TRAILING_TALLY.sub("", m.text) if m.text and (m.votes_for is not None or m.votes_against is not None) else m.text
        if m.counted and m.result == "no_result" and m.votes_for is not None:
            m.result = "carried" if m.votes_for > (m.votes_against or 0) else "lost"
        if m.resolved and m.result == "no_result":
            m.result = "carried"  # "Resolved that ..." and no "Carried" after a long list of changes
        if m.result == "no_result" and roll_call_carried(m.records):
            m.result = "carried"  # "Vote: Ayes: Sandy Jacobs, Mason Ruder, ..." and no one against
    # An item's heading that names a motion ("d. Motion to Reaffirm Fund Management Practices")
    # over the motions it records is their title, not a motion of its own.
    found = [m for k, m in enumerate(found)
             if not (m.result == "no_result" and not m.mover and not m.seconder and m.votes_for is None
                     and m.line_end - m.line_start <= 2 and parse_labels(doc.lines[m.line_start - 1])
                     and k + 1 < len(found) and (found[k + 1].line_start - m.line_end <= 8 or (
                         found[k + 1].line_start - m.line_end <= 30 and _same_opening(m.text, found[k + 1].text))))]
    found = [m for m in found if (m.text or m.mover or m.result != "no_result")
             and not (m.hypothetical and not m.mover and not m.seconder and m.result == "no_result" and not m.records)]
    # A bare record inside another motion's lines ("Confirm minutes ... (moved, seconded,
    # accepted)." read again as the wording of the "Moved by ..." under it) is that motion.
    return [m for m in found if m.text or m.mover or m.seconder or not any(
        o is not m and o.line_start <= m.line_start and m.line_end <= o.line_end and (o.text or o.mover) for o in found)]


# A motion only spoken of, not made: "Possibility to make a motion to adjourn ...", "requests
# the board review and make a motion to approve ...", "a motion could be brought to ...". Kept
# when a mover, seconder, result or roll call shows it was moved after all.
_SPOKEN_OF = re.compile(r"\b(?:to|and|or|could|would|should|will|might|may|can)\s+(?:make|bring|put\s+forward)\s+a\s+motion\b"
                        r"|\ba\s+motion\s+(?:could|would|should|might|may|can)\s+be\b", re.IGNORECASE)


def opens_motion(text: str) -> bool:
    """Given a line, return whether a motion is moved in it ("X moved, seconded by Y, to ...",
    "Motion by X", "proposed by Cllr X", "Mr A proposed and Ms B seconded")."""
    return bool(_OPENS.search(text))


def is_vote_line(text: str) -> bool:
    """Given a line, return whether it only records how a vote went: a vote list's head
    ("VOTING IN FAVOUR: ...", "Ayes: ...", "For (3)") or a bare result ("CARRIED")."""
    return bool(_LIST_HEAD.match(text) or _HEAD_ALONE.match(text) or _RESULT_ONLY.match(text))

