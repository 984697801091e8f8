"""Who promised what, and was it done: actions from action logs and from minutes' narrative.

Two sources. An action log is a table whose header names an action (Action, Details) and
who owns it (Owner, Lead, By whom) or how it stands (Status, Update); every row is one
action, and the section heading above the rows ("Actions Points Discharged on ...") or the
update cell says whether it was discharged. Narrative actions are sentences in which a named
person undertook, agreed, offered or was asked to do something ("Warren Carratt undertook to
look at PYPPO involvement and report back"); trigger phrases are spaCy Matcher patterns kept
as data in ``patterns/actions_triggers.jsonl``. Owners must be people named in the document,
so an action owned by "the Council" is not emitted (a body, not a person); one owned by "the
Chair" or "the Clerk" is owned by the post: precision first.
"""


from __future__ import annotations

import re

from extractors.action_logs import _log_actions
from extractors.action_owners import _all_given_names, _plausible_person
from extractors.narrative_actions import _excluded_lines, _narrative_actions, attendee_first_names
from minutebook.document import Document


def extract_actions(doc: Document, settings: dict | None = None, tables: list[dict] | None = None) -> list[dict]:
    """Given a document (and optionally its extracted tables), return its action records.

    Action-log rows come first in document order, then narrative undertakings. Never raises:
    odd input gives fewer actions.
    """
    try:
        if tables is None:
            from extractors.tables import extract_tables

            tables = extract_tables(doc)
        actions = _log_actions(doc, tables)
        actions += _narrative_actions(doc, tables)
        actions += _other_tasks(doc, tables, actions)
    except Exception:  # an extractor must not stop the run on a pathological document
        return []
    return sorted(actions, key=lambda a: (a["line_start"], a["source"], _column(doc, a)))


def _column(doc: Document, action: dict) -> int:
    """Given an action, return where its text starts on its first line (two tasks on one line,
    "Priya to order ... . Tom will collect ...", keep their reading order)."""
    at = doc.lines[action["line_start"] - 1].find(action["text"][:15]) if action["line_start"] else -1
    return max(at, 0)


def _other_tasks(doc: Document, tables: list[dict], found: list[dict]) -> list[dict]:
    """Given a document, its tables and the actions found so far, return the tasks stated
    in action lines and infinitive or future forms (``extractors.action_lines``) that are
    not already found, outside tables."""
    from extractors.action_lines import line_actions
    from extractors.action_lists import listed_actions
    from extractors.meetings import extract_meetings

    spans = [(m["line_start"], m["line_end"]) for m in extract_meetings(doc) if m["kind"] == "minutes"]
    excluded = _excluded_lines(tables, doc) | {n for n, line in enumerate(doc.lines, start=1) if "\t" in line}
    taken = [(a["line_start"], a["line_end"], a["text"]) for a in found]
    out = []
    full_text = "\n".join(doc.lines)

    # Members who know each other give tasks by first name ("Kelly to contact ..."): a lone
    # name is an owner when someone of that first name is in the meeting's attendance.
    present = attendee_first_names(doc)

    def is_person(name: str) -> bool:
        if " " not in name.strip():
            return name.strip().lower() in present
        return name.split()[0].lower() in _all_given_names() and _plausible_person(name, full_text)

    for action in listed_actions(doc, spans):
        if action["line_start"] not in excluded:
            out.append(action)
            taken.append((action["line_start"], action["line_end"], action["text"]))
    for action in line_actions(doc, spans, is_person):
        if action["line_start"] in excluded or any(_same_task(action, a, b, text) for a, b, text in taken):
            continue
        out.append(action)
    return out


def _same_task(action: dict, start: int, end: int, text: str) -> bool:
    """Given an action and the span and text of one already found, return whether they are one
    task: their lines overlap and one's words hold the other's opening (two sentences sharing a
    line, "... display. Kelly and Tara agreed to take lead on this.", are two)."""
    if not (start <= action["line_start"] <= end or action["line_start"] <= start <= action["line_end"]):
        return False
    a, b = (" ".join(re.findall(r"\w+", t.lower())) for t in (action["text"], text))
    return a[:30] in b or b[:30] in a
