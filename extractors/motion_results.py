"""What became of a motion: its result, the counts printed, and how each named member voted.

From a sentence about a motion: carried / lost / withdrawn, "unanimously", counts only where
printed ("passed 4-0", "adopted by 6 ayes and 1 nay (Boggess)", "Yes - 5, No - 0"), and the
named votes of roll calls ("Trustee Elton - yes, ..."), "Ayes: A, B and C. Noes: D." and
recorded votes ("For (42): Mr A, ...").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractors.motion_words import NAME, _CARRIED, _LIST_HEAD, _LOST, _POSTNOMINALS, _ROLL_ENTRY, _UNANIMOUS, _VOTE_WORDS, _WITHDRAWN, _head_vote, _name

if TYPE_CHECKING:  # (motions imports this module)
    from extractors.motions import Motion


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
    elif m.votes_for and re.search(r"\bby\s+a\s+vote\s+of\s+\d+\s+ayes?\b(?!\s+and\s+\d+\s+(?:nays?|noes))", text,
                                  re.IGNORECASE):
        # "the Board by a vote of 7 ayes, gives the authority ...": the decision as taken
        m.result = "carried"


_COUNT_PATTERNS = (
    ("votes_for", r"(\d+)\s+(?:ayes?|yeas?|votes?\s+(?:for|in\s+favou?r)|voting\s+for|in\s+favou?r|for(?=\s*[,;]|\s+\d+\s+(?:against|opposed|nays?|noes)\b))\b"
                  r"|\b(?:ayes?|yes|yeas?|for|in\s+favou?r)\s*[-–:(]+\s*(\d+)"),
    ("votes_against", r"(\d+)\s+(?:nays?|noes|votes?\s+against|voting\s+against|against|opposed)\b"
                      r"|\b(?:nays?|noes|no|against|opposed)\s*[-–:(]+\s*(\d+)"),
    ("votes_abstain", r"(\d+)\s+(?:abstentions?|abstained|abstaining|abstain)\b"
                      r"|\babstain(?:ed|ing|tions?)?\s*[-–:(]+\s*(\d+)"),
)


_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                 "sixteen seventeen eighteen nineteen twenty").split()
# A count printed in words before what it counts ("One against", "three abstentions").
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b(?=\s+(?:ayes?|nays?|noes|votes?\b|voting|in\s+favou?r|for\b|"
                          r"against|opposed|abstentions?|abstained|abstaining|abstain))", re.IGNORECASE)


# What a tally follows: "passed 4-0", "carried by a vote of 5 to 2", "passed on a 14-0-0 vote".
_TALLY_LEAD = r"\b(?:passed|carried|failed|lost|approved|adopted)\s+(?:by\s+a\s+vote\s+of\s+|(?:on|with|by)\s+an?\s+)?"


def _counts(text: str) -> dict[str, int]:
    """Given a sentence, return the vote counts it prints (nothing is counted from names)."""
    out: dict[str, int] = {}
    text = _NUMBER_WORD.sub(lambda w: str(_NUMBER_WORDS.index(w.group(1).lower())), text)  # "One against, 4 in favor"
    m = re.search(r"\[\s*(\d+)\s*-\s*(\d+)(?:\s*-\s*(\d+))?(?:\s*-\s*\d+)?\s*\]", text)
    # ("CARRIED 6/0.": a slash between the counts, never a date's "3/4/2025")
    # ("passed on a 14-0-0 vote", "carried with a 5-2 vote": the tally before the word "vote")
    m = m or re.search(_TALLY_LEAD + r"(\d+)\s*(?:[-–:]\s*(\d+)"
                       r"(?:\s*[-–:]\s*(\d+))?|/\s*(\d+)(?![/\d]))", text, re.IGNORECASE)
    if m and m.lastindex == 4 and (len(m.group(1)) > 2 or len(m.group(4)) > 2):
        m = None  # "Approved 2012/13 budget amendments": a year, not a tally
    # "Motion carried 7 to 0", "passed by a vote of 5 to 2" (not a time: "7 to 8:30")
    spelled = None if m else re.search(_TALLY_LEAD + r"(\d{1,2})\s+to\s+(\d{1,2})\b(?!\s*[:.]\d|\s*[ap]\.?m\b)",
                                       text, re.IGNORECASE)
    if spelled:
        out["votes_for"], out["votes_against"] = int(spelled.group(1)), int(spelled.group(2))
        return out
    if m:
        out["votes_for"], out["votes_against"] = int(m.group(1)), int(m.group(2) or m.group(m.lastindex))
        if m.lastindex >= 3 and m.group(3):
            out["votes_abstain"] = int(m.group(3))
        return out
    for key, pattern in _COUNT_PATTERNS:
        hit = re.search(pattern, text, re.IGNORECASE)
        if hit:
            out[key] = int(hit.group(1) or hit.group(2))
    return out


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


def roll_call_carried(records: list[tuple[str, str]]) -> bool:
    """Given a motion's named votes, return whether they carried it with no result printed:
    two members at least for it and none against."""
    votes = [vote for _, vote in records]
    return votes.count("for") >= 2 and "against" not in votes
