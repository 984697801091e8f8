"""Action logs: tables whose rows are actions.

A table is an action log when its header names the action (Action, Details, Task) and who
owns it (Owner, Lead, By whom) or how it stands (Status, Update, RAG). Each row is one action;
the section heading above the rows ("Actions Points Discharged on ...") or the update cell
("Completed", "Closed", not "to be completed") says whether it was discharged.
"""

from __future__ import annotations

import re

from extractors.action_owners import _owners_from_cell, _owners_from_text
from extractors.common import parse_date, span
from minutebook.document import Document

# --- action-log header vocabulary (a header cell is normalised: lower case, no ':' or '(s)') ---
HEADER_VOCAB: dict[str, re.Pattern[str]] = {
    "ref": re.compile(r"^(?:no|number|ref|reference|ref no|action no|action ref|item no|#)$"),
    "owner": re.compile(
        r"^(?:owner|owners|action owner|lead|lead officer|lead member|responsible|responsible officer|"
        r"responsibility|by whom|who|action by|officer|assigned to|action holder)$"
    ),
    "action": re.compile(
        r"^(?:action|actions|action point|action points|agreed action|action agreed|action required|"
        r"details|action details|description|task|what)$"
    ),
    "status": re.compile(r"^(?:update|updates|status|progress|comment|comments|outcome|rag|rag status|position)\b"),
    "due": re.compile(r"^(?:due|due date|date due|deadline|by when|target date|timescale|completion date|when)$"),
}
# A section heading or update cell saying the action is finished.
DISCHARGED = re.compile(r"\b(?:discharged|completed?|closed)\b|^\W*done\W*$", re.IGNORECASE)
NOT_DISCHARGED = re.compile(r"\b(?:not|yet to be|to be)\s+(?:yet\s+)?(?:discharged|completed?|closed)\b", re.IGNORECASE)
OPEN_HEADING = re.compile(r"\b(?:raised|on-?going|open|outstanding|current|carried forward)\b", re.IGNORECASE)


def _header_key(cell: str) -> str:
    """Given a header cell, return it normalised for the vocabulary ("Lead Officer(s):" -> "lead officer")."""
    text = re.sub(r"\(s\)", "", cell.lower())
    text = re.sub(r"[^a-z#]+", " ", text)
    return " ".join(text.split())


def _columns(header: list[str]) -> dict[str, int]:
    """Given a table header, return {role: column index} for the roles the vocabulary knows."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = _header_key(cell)
        for role, pattern in HEADER_VOCAB.items():
            if role not in roles and pattern.search(key):
                roles[role] = index
                break
    return roles


def _is_action_log(roles: dict[str, int]) -> bool:
    """Given a header's roles, say whether the table is an action log."""
    return "action" in roles and ("owner" in roles or "status" in roles)


def _log_actions(doc: Document, tables: list[dict]) -> list[dict]:
    """Given the document's tables, return one action per row of every action log."""
    actions = []
    for table in tables:
        roles = _columns(table.get("header") or [])
        if not _is_action_log(roles):
            continue
        row_lines = table.get("row_lines") or [[table["line_start"], table["line_end"]]] * len(table["rows"])
        sections = table.get("row_sections") or [None] * len(table["rows"])
        above = _heading_above(doc, table["line_start"])
        for row, lines, section in zip(table["rows"], row_lines, sections):
            cell = {role: (row[i].strip() if i < len(row) else "") for role, i in roles.items()}
            text = cell.get("action", "")
            if not text:
                continue
            owners = _owners_from_cell(cell["owner"]) if cell.get("owner") else _owners_from_text(text)
            if "owner" not in roles and not owners:
                continue  # a status table without owners is a list of topics, not of promises
            record = {
                "owners": owners,
                "text": text,
                "status": _log_status(section or above, cell.get("status", "")),
                "due_date": parse_date(cell["due"]) if cell.get("due") else None,
                "source": "action_log",
                "ref": cell.get("ref", "").rstrip(".:)").lstrip("(") or None,
                **span(doc, lines[0], lines[1]),
            }
            if table.get("page") is not None and record["page"] is None:
                record["page"] = table["page"]
            actions.append(record)
    return actions


def _heading_above(doc: Document, line_no: int) -> str | None:
    """Given a table's first line, return the nearest non-blank line above it (its heading)."""
    for i in range(line_no - 1, max(0, line_no - 4), -1):
        text = doc.lines[i - 1].strip()
        if text:
            return text
    return None


def _log_status(heading: str | None, update: str) -> str:
    """Given a row's section heading and update cell, return 'discharged' or 'open'."""
    if heading and DISCHARGED.search(heading) and not OPEN_HEADING.search(heading):
        return "discharged"
    if update and DISCHARGED.search(update) and not NOT_DISCHARGED.search(update):
        return "discharged"
    return "open"
