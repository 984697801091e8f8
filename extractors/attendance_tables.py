"""Attendance printed as a table: a roll call or a register of who was present.

US minutes often print the roll call as a grid ("Attendee Name | Title | Status | Arrived",
"Present, Absent, Late 7:08 p.m."), township boards mark a "Present" column with an X, and
governing bodies keep an attendance register. A table is read as attendance when its header
names a person column (Name, Attendee, Member, Board Members, Councillor, Trustee, ...) and a
status column (Status, Attendance, Present, Attended), or when its person column is headed
"Attendees" (an attendance log: everyone in it was there); each row naming a person is one
attendee. A mark column ("Present" with X or a tick) makes a blank cell an absence.
"""

from __future__ import annotations

import re

from extractors.attendees import _attendance_heading
from extractors.common import span
from extractors.headings import title_case
from extractors.people import parse_person
from minutebook.document import Document

_NAME_HEAD = re.compile(r"^(?:attendee(?:\s+name)?s?|(?:full\s+)?names?|members?(?:\s+name)?|board\s+members?|"
                        r"councill?ors?|commissioners?|trustees?|governors?|directors?|committee\s+members?)$")
_STATUS_HEAD = re.compile(r"^(?:status|attendance|attended|present(?:\s*/\s*absent)?|roll\s*call|here)$")
_ROLE_HEAD = re.compile(r"^(?:title|role|position|office|post|designation)$")
_MARKS = {"x", "✓", "✔", "yes", "y", "p", "present", "1", "attended", "√"}
_HONORIFIC_ROLES = {"commissioner", "councillor", "councilmember", "trustee", "mayor", "director", "governor",
                    "alderman", "supervisor", "clerk", "treasurer", "chair", "chairman", "chairperson", "president"}


def table_attendees(doc: Document, tables: list[dict]) -> list[dict]:
    """Given a document and its tables, return one attendee record per person listed in an
    attendance table."""
    out: list[dict] = []
    for table in tables:
        header = [" ".join(str(c or "").lower().replace(":", " ").split()) for c in table.get("header") or []]
        name_col = next((k for k, h in enumerate(header) if _NAME_HEAD.match(h)), None)
        status_col = next((k for k, h in enumerate(header) if _STATUS_HEAD.match(h)), None)
        # "ATTENDEES | TITLE" (an attendance log): the column says its people attended, so
        # every row is a member present, with no status column
        attended = name_col is not None and status_col is None and re.fullmatch(r"attendees?", header[name_col])
        # "MEMBERS PRESENT" over "S.NO | NAME | DESIGNATION": the head above a table of names
        # says what its people were
        above = _status_above(doc, table["line_start"]) if name_col is not None and status_col is None else None
        if name_col is None or (status_col is None and not attended and above is None):
            continue
        role_col = next((k for k, h in enumerate(header) if _ROLE_HEAD.match(h)), None)
        mark_column = status_col is not None and header[status_col].startswith(("present", "attended", "here"))
        for row, lines in zip(table.get("rows") or [], table.get("row_lines") or [[]] * len(table.get("rows") or [])):
            record = _row_attendee(row, name_col, status_col, role_col, mark_column)
            if record is None:
                continue
            line = lines[0] if lines else table["line_start"]
            if above is not None:
                record["status"] = above
            out.append({**record, "title": None, "virtual": False, **span(doc, line, line)})
    return out


# An attendance head alone on the line above a table of names: "MEMBERS PRESENT", "Attendance:",
# "Apologies for absence", "Councillors absent". (Wider than attendees._attendance_heading, which
# reads item headings over a list of a name a line: a colon, "absent" and "In attendance" are
# heads here; using that narrower test instead lost tables of names under "Attendance:".)
_HEAD_ABOVE = re.compile(r"^\W*(?:(?:members?|councill?ors?|trustees?|governors?|directors?|commissioners?)\s+)?"
                         r"(?P<s>present|in\s+attendance|attendance|attendees|absent|apologies(?:\s+for\s+absence)?)\W*$",
                         re.IGNORECASE)


def _status_above(doc: Document, start: int) -> str | None:
    """Given a table's first line, return the status an attendance head on the line above it
    gives its people (``_HEAD_ABOVE``, or an item heading about attendance such as "2. Roll
    Call": ``attendees._attendance_heading``), else None."""
    above = next((doc.lines[k - 1] for k in range(start - 1, max(0, start - 3), -1) if doc.lines[k - 1].strip()), "")
    m = _HEAD_ABOVE.match(above)
    if m is None:
        return _attendance_heading(above)
    word = m.group("s").lower()
    return "absent" if word == "absent" else "apologies" if word.startswith("apologies") else "present"


def _row_attendee(row: list[str], name_col: int, status_col: int | None, role_col: int | None,
                  mark_column: bool) -> dict | None:
    """Given a table row and its columns, return the attendee it lists, or None."""
    cells = [" ".join(str(c or "").split()) for c in row]
    if name_col >= len(cells):
        return None
    person = parse_person(cells[name_col])
    if person is None:
        return None
    status = "present" if status_col is None else _status(cells[status_col] if status_col < len(cells) else "",
                                                          mark_column)
    if status is None:
        return None
    role_text = cells[role_col] if role_col is not None and role_col < len(cells) else ""
    low = role_text.lower()
    role = person.role or ("vice_chair" if re.search(r"\bvice[- ]?(?:chair|president|mayor)", low)
                           else "chair" if re.search(r"\b(?:chair(?:man|person)?|mayor|president)\b", low) else None)
    honorific = person.honorific
    if honorific is None and low.split() and low.split()[-1] in _HONORIFIC_ROLES and not re.search(r"\bvice\b", low):
        honorific = role_text.split()[-1]  # "Commissioner", "Trustee"
    # (a log printed in capitals: "JEFF HENGEVELD | PRESIDENT" is Jeff Hengeveld, President)
    return {"name": title_case(person.name) if " " in person.name else person.name,
            "honorific": title_case(honorific) if honorific else honorific, "status": status, "role": role}


def _status(cell: str, mark_column: bool) -> str | None:
    """Given a status cell, return the attendance status it records, or None when unknown."""
    low = cell.strip().lower()
    if mark_column:
        if low in _MARKS:
            return "present"
        if low in ("", "-", "–", "no", "n", "a", "absent", "0"):
            return "absent"
    if re.match(r"^(?:present|late|arrived|remote|virtual|in\s+person|attended)", low):
        return "present"
    if re.match(r"^(?:absent|excused|not\s+present)", low):
        return "absent"
    if re.match(r"^(?:apolog|apols?\b)", low):
        return "apologies"
    return None
