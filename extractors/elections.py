"""Elections printed a post a line, with who proposed and seconded each candidate, as clubs,
societies and parish meetings record their officers:

    President: Jess Stirrups (prop: Kathryn Hopkins, sec: Ollie Stevens)
    Training Officers: Martin Jahnke (prop: Edvin Deadman, sec: Jess Stirrups),
                       Laurence Aitchison (prop: Edvin Deadman, sec: Jess Stirrups)
    Treasurer – Ann Lee, proposed by Tom Hart, seconded by Mo Ellis

Each candidate put is a motion ("President: Jess Stirrups"), carried: the list records who
took the post. It is unanimous when the lines after the list say so ("All positions were
uncontested and approved unanimously."). A line under the first, hung under its names with
no post of its own, is another candidate for the same post. Used by ``extractors.motions``.
"""

from __future__ import annotations

import re

from extractors.motion_steps import Motion
from extractors.motion_words import _UNANIMOUS
from minutebook.document import Document

_PROPOSED = r"(?:prop(?:osed)?|nom(?:inated)?)(?:\s+by)?\s*[:.]?\s*(?P<mover>[A-Z][^,;()]{1,40}?)"
_SECONDED = r"(?:sec(?:onded)?|2nd)(?:\s+by)?\s*[:.]?\s*(?P<seconder>[A-Z][^,;()]{1,40}?)"
# "President: Jess Stirrups (prop: Kathryn Hopkins, sec: Ollie Stevens)" and "Treasurer – Ann
# Lee, proposed by Tom Hart, seconded by Mo Ellis"; the post may be left off a candidate hung
# under the one before.
ELECTED = re.compile(
    r"^\s*(?:(?P<post>[A-Z][A-Za-z&'’/ -]{1,40}?)\s*(?::|\s[–—-])\s*)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
    rf"\s*(?:\(|,)\s*{_PROPOSED}\s*[,;]\s*(?:and\s+)?{_SECONDED}\s*\)?\s*[,.;]?\s*$",
    re.IGNORECASE,
)


def election_lines(doc: Document, start: int, end: int) -> list[Motion]:
    """Given a line range of minutes, return a motion per candidate listed with a proposer
    and a seconder."""
    out: list[Motion] = []
    post = None
    last = None
    for n in range(start, end + 1):
        line = doc.lines[n - 1]
        low = line.lower()
        if "sec" not in low and "2nd" not in low:
            continue  # (most lines name no seconder: the pattern is tried only where one may be)
        m = ELECTED.match(line)
        if not m or not _case_sensitive_names(m):
            continue
        if m.group("post"):
            post = " ".join(m.group("post").split())
        elif post is None or last is None or n - last > 1:
            continue  # a name with its proposer, under no post: not an election
        out.append(Motion(line_start=n, line_end=n, text=f"{post}: {m.group('name').strip()}",
                          mover=m.group("mover").strip(), seconder=m.group("seconder").strip(), result="carried"))
        last = n
    if out:
        after = " ".join(doc.lines[k - 1] for k in range(out[-1].line_end + 1, min(end, out[-1].line_end + 3) + 1))
        if _UNANIMOUS.search(after):  # ("All positions were uncontested and approved unanimously.")
            for motion in out:
                motion.unanimous = True
    return out


def with_elections(found: list[Motion], elected: list[Motion]) -> list[Motion]:
    """Given the motions read as prose and the elections listed, return them together: an
    election line read as a prose motion ("..., proposed by Tom Hart, seconded by Mo Ellis.")
    is read as the election, and "All positions were ... approved unanimously" under the list
    is its result, not a decision of its own."""
    if not elected:
        return found
    lines = {m.line_start for m in elected}
    if elected[-1].unanimous:
        lines |= set(range(elected[-1].line_end + 1, elected[-1].line_end + 4))
    return [m for m in found if not any(n in lines for n in range(m.line_start, m.line_end + 1))
            or (m.mover or m.seconder) and m.line_start not in {e.line_start for e in elected}] + elected


def _case_sensitive_names(m: re.Match) -> bool:
    """Given an election line's match (read without regard to case), say whether its people are
    written as names: capitalised words, not "the chair" or "all"."""
    return all(part and part[0].isupper() and part.split()[0].lower() not in ("the", "all", "a")
               for part in (m.group("name"), m.group("mover"), m.group("seconder")))
