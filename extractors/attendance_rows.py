"""Attendance lists printed a person a line under a head of their own: board minutes'
"In attendance:" / "Apologies:" over rows such as "Steve Ashley – Chair<TAB>Independent Chair",
"Harry Rayner – MEM (Chair)" or a member with no post ("Tom Jones"). A row's post may wrap onto
lines of its own in PDFs ("Children Board"); those are skipped. Used by ``extractors.attendees``.
"""

from __future__ import annotations

import re

from extractors.attendance_cues import _HEADING, _cue_at
from extractors.common import span
from extractors.people import VOCAB, parse_person, role_of
from minutebook.document import Document

# One-member-per-line board lists: "In attendance:" / "Apologies:" on a line of their own.
_TABLE_HEADS = {"in attendance": "present", "present": "present", "apologies": "apologies", "absent": "absent",
                "attendance": "present"}
# A row note marking a member ("Harry Rayner – MEM (Chair)", "– Member", "– Cllr").
_MEMBER_NOTE = re.compile(r"^(?:MEM|Member|Cllr|Councillor)\b", re.IGNORECASE)
_ROW = re.compile(
    r"^(?P<name>[A-Z][^\t–—()]*?)\s*(?:[–—]|\s-\s|\t)\s*(?P<rest>.*)$"
    r"|^(?P<name2>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*(?P<rest2>\((?:representing|on\s+behalf|deputising|substituting)\b.*)$"
)


def _row(raw: str):
    """Given a line of a one-person-per-line list, return (person, note, post) or None."""
    m = _ROW.match(raw.strip())
    if not m:
        return None
    name = m.group("name") or m.group("name2")
    rest = m.group("rest") if m.group("name") else m.group("rest2")
    person = parse_person(name)
    if person is None:
        return None
    note, _, post = rest.partition("\t")
    return person, note.strip(), post.strip()


# A row that prints an officer's post before the name: "City Administrator, Jennifer McCausland",
# "Deputy Chief/Fire Marshal, Mike Roosevelt", "Director of Human Resources, Chasity Page".
_POST_FIRST = re.compile(r"^(?P<post>[A-Z][\w/&'’ -]{2,60}?),\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})$")
_STAFF_WORD = re.compile(r"\b(?:" + "|".join(sorted(VOCAB["post_words"], key=len, reverse=True)) + r"|marshal)\b", re.IGNORECASE)
_MEMBER_WORD = re.compile(r"\b(?:council\s*(?:member|man|woman|president)|councill?or|commissioner|mayor|trustee|member|alderm[ae]n"
                          r"|supervisor|president|chair\w*|governor|selectm[ae]n|senator|delegate)\b", re.IGNORECASE)


def _staff_post_first(text: str) -> bool:
    """Given a row of a one-per-line list, say whether it is an officer listed post first
    ("City Clerk, Dana Engstrom"): an officer attends; a member ("Council Member, Tim Berry") is
    present."""
    m = _POST_FIRST.match(text.strip())
    return bool(m) and bool(_STAFF_WORD.search(m.group("post"))) and not _MEMBER_WORD.search(m.group("post"))


def _officers_in_attendance(rows: list[dict]) -> None:
    """Given the rows of a bare "Attendance:" list, mark the rows not tagged as members in_attendance.

    A meeting note lists everyone under one "Attendance:" heading, tagging members
    ("– MEM (Chair)") and giving officers and advisers their organisation ("– KCC",
    "– Link Group"): when some rows carry a member tag, the others attend, they are not members.
    """
    tagged = [bool(_MEMBER_NOTE.match(r.get("title") or "")) for r in rows]
    if not any(tagged) or all(tagged):
        return
    for row, member in zip(rows, tagged):
        if not member:
            row["status"] = "in_attendance"


def members_attending(records: list[dict], attended: list[dict]) -> None:
    """Given a meeting's attendance with no one marked present, mark present those who are the
    meeting: everyone named in "A, B and C were in attendance" (not "also in attendance", which
    adds officers to the members); else the members, by their honorific, of "In attendance:
    Supervisors A, B, C, Treasurer D, E" (D and E stay in attendance)."""
    if any(r["status"] == "present" for r in records):
        return
    for r in attended or [r for r in records if r["status"] == "in_attendance" and r.get("honorific")
                          and _MEMBER_WORD.fullmatch(r["honorific"].rstrip("."))]:
        r["status"] = "present"


def _row_list_follows(lines: list[str], n: int) -> bool:
    """Given a header line ("In attendance:"), say whether one-person-per-line rows follow."""
    rows = [x for x in lines[n : n + 5] if x.strip()]
    return sum(1 for x in rows if _row(x)) >= 2


def _row_list(doc: Document, n: int, status: str) -> tuple[list[dict], int]:
    """Given a row-list header, return a record per row ("Name – Role<TAB>Post") and the last line.

    In PDFs a row's post wraps onto lines of its own ("Children Board"); those are skipped.
    The list ends at a blank line followed by a non-row, at the next header, or after three
    lines in a row that are not people.
    """
    out: list[dict] = []
    last = n
    misses = 0
    for m in range(n + 1, len(doc.lines) + 1):
        raw = doc.lines[m - 1]
        stripped = raw.strip()
        if not stripped:
            nxt = next((x for x in doc.lines[m : m + 2] if x.strip()), "")
            if out and not _row(nxt):
                break
            continue
        if stripped.rstrip(":").lower() in _TABLE_HEADS and stripped.endswith(":"):
            break
        parsed = _row(raw)
        if parsed is None and not stripped.endswith(":") and (alone := parse_person(stripped)) and len(alone.name.split()) >= 2:
            parsed = (alone, "", "")  # "Tom Jones" among "Sue Lee – Treasurer" rows: a member with no post
        if parsed is None:
            misses += 1
            if misses >= 3 or _cue_at(stripped) or _HEADING.match(stripped):
                break
            continue
        misses = 0
        person, note, post = parsed
        role = role_of([note]) or role_of(re.split(r"\band\b", note))
        row_status = status
        if status == "present" and re.search(r"minute\s+taker|in\s+attendance|observer|\bpresenting\b|\bto\s+present\b",
                                             note, re.IGNORECASE):
            row_status = "in_attendance"
        out.append({
            "name": person.name,
            "honorific": person.honorific,
            "status": row_status,
            "role": role,
            "title": post or note or None,
            "virtual": False,
            **span(doc, m, m),
        })
        last = m
    return out, last
