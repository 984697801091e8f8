"""Attendance lists printed a person a line under a head of their own: board minutes'
"In attendance:" / "Apologies:" over rows such as "Steve Ashley – Chair<TAB>Independent Chair",
"Harry Rayner – MEM (Chair)" or a member with no post ("Tom Jones"). A row's post may wrap onto
lines of its own in PDFs ("Children Board"); those are skipped. Used by ``extractors.attendees``.
"""

from __future__ import annotations

import re

from extractors.attendance_cues import _HEADING, _cue_at
from extractors.common import span
from extractors.people import parse_person, role_of
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
