"""A motion recorded only by its verb takes its object from the heading it was moved under.

"3. APPROVAL OF AGENDA" / "Motion to approve by Jess, Krista Barclay seconded.": what was
approved is the heading's business, so the vote's motion (and the decision, where the motion
carried) reads "to approve the agenda", not "to approve". Forms of heading covered:
"Approval of Minutes from ...", "Adoption of the Budget", "Approve minutes for June AGM",
"Vote on the fundraising document", "Minutes" alone. A motion printed with no wording at all,
alone of its kind in its minute, takes the heading itself; under "ADJOURNMENT at 11:19 am" it is
a motion to adjourn, carried (the heading says when the meeting closed).
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.headings import TIME

_ADJOURNMENT = re.compile(r"^\W*adjourn(?:ment|ed)?\b", re.IGNORECASE)
_BARE = re.compile(r"^(?:to\s+)?(?P<verb>approve|adopt|accept|ratify|receive|confirm)\s*\.?$", re.IGNORECASE)
# The heading's words that name the act, not its object: "Approval of", "Adopt the", "Vote on".
_ACT = re.compile(r"^(?:(?:approval|adoption|acceptance|ratification|receipt|confirmation)\s+of|approve|adopt|accept|"
                  r"ratify|receive|confirm|vote\s+on|consideration\s+of)\s+", re.IGNORECASE)


def complete_bare_motions(votes: list[dict], resolutions: list[dict], minutes: list[dict]) -> None:
    """Given linked votes, resolutions and minutes, give each motion recorded only by its verb
    ("to approve") the object its minute's heading names, in place; the decision recorded from
    the same lines follows."""
    titles = _titles(minutes)
    # A motion printed without any wording ("NB Proposed Seconded by RP. Approved and signed"
    # under "3. Approval of minutes September"), alone of its kind in its minute, was on the
    # business the heading names.
    unworded = Counter((v.get("meeting_id"), v.get("minute_number")) for v in votes if not v.get("motion"))
    for vote in votes:
        key = (vote.get("meeting_id"), vote.get("minute_number"))
        if not vote.get("motion") and unworded[key] == 1 and titles.get(key):
            if _ADJOURNMENT.match(titles[key]):
                # "12. ADJOURNMENT at 11:19 am" / "Motion by X and seconded by Y.": a motion to
                # adjourn, carried when the heading says when the meeting closed
                vote["motion"] = "to adjourn"
                if TIME.search(titles[key]) and vote.get("result") == "no_result":
                    vote["result"] = "carried"
            else:
                vote["motion"] = titles[key]
            continue
        bare = _BARE.match((vote.get("motion") or "").strip())
        title = titles.get(key, "")
        if not bare or not title:
            continue
        wording = f"to {bare.group('verb').lower()} {_object(title)}"
        for row in _decided_with(vote, resolutions):
            if _BARE.match((row.get("text") or "").strip()):
                row["text"] = wording
        vote["motion"] = wording


# Words of a heading that say nothing of its business.
_STOP = frozenset("the of and a an to for on in at by with from report reports item items minutes meeting".split())


def file_under_parent(votes: list[dict], resolutions: list[dict], minutes: list[dict]) -> None:
    """Given linked votes, resolutions and minutes, file a motion moved in a sub-item under the
    item above it when its wording names that item's business and not the sub-item's ("5.
    CONSENT AGENDA" / "(a) November 20 Minutes" / "Motion to approve consent agenda": the motion
    approves the whole consent agenda, not item (a)), in place; the decision from the same lines
    follows."""
    titles = _titles(minutes)
    for vote in votes:
        number = vote.get("minute_number") or ""
        if "." not in number:
            continue
        parent = number.rsplit(".", 1)[0]
        words = _words(vote.get("motion") or "")
        own, above = _words(titles.get((vote.get("meeting_id"), number), "")), \
            _words(titles.get((vote.get("meeting_id"), parent), ""))
        if above and above <= words and not (own & words):
            vote["minute_number"] = parent
            for row in _decided_with(vote, resolutions):
                if row.get("minute_number") == number:
                    row["minute_number"] = parent


def _titles(minutes: list[dict]) -> dict[tuple, str]:
    """Given minutes, return each one's title by (meeting, minute number)."""
    return {(m["meeting_id"], m["minute_number"]): m.get("title") or "" for m in minutes}


def _decided_with(vote: dict, resolutions: list[dict]) -> list[dict]:
    """Given a vote and the resolutions, return those recorded from the vote's own lines."""
    return [row for row in resolutions if row.get("meeting_id") == vote.get("meeting_id")
            and row["line_start"] <= vote["line_end"] and vote["line_start"] <= row["line_end"]]


def _words(text: str) -> frozenset[str]:
    """Given a heading or a motion, return its words that name business (lower case)."""
    return frozenset(w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _STOP)


def _object(title: str) -> str:
    """Given a heading ("APPROVAL OF MINUTES from February 29th, 2024 meeting"), return what
    it is about, as a phrase ("the minutes from February 29th, 2024 meeting")."""
    text = re.sub(r"\s*[:–—-]\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$", "", title.strip())  # "...: Ms A Bell"
    text = re.sub(r"\s*\([^()]*\d[^()]*\)\s*$", "", text)  # "(7:28pm)"
    # A heading set in capitals ("APPROVAL OF MINUTES from ..."): its capitals are its type,
    # not the name of a thing ("the minutes from ...").
    caps = [w for w in text.split() if any(c.isalpha() for c in w)]
    shouted = bool(caps) and all(w.isupper() for w in caps[:2])
    text = _ACT.sub("", text).strip(" .:")
    if shouted:
        text = " ".join(w.lower() if w.isupper() else w for w in text.split())
    return text if re.match(r"(?:the|a|an|this|these)\b", text, re.IGNORECASE) else f"the {text}"
