"""Run every extractor over one document and link their records into curated rows.

Extractors are independent; this module ties them together by line containment: a record
belongs to the meeting whose span holds its first line, and to the minute whose span holds
it. It also derives ids (meeting_id, action_id, table_id), resolution ``seq`` and the
``exempt`` flag, so no extractor needs another's output.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import defaultdict

from extractors.attendee_names import link_names_to_attendees
from minutebook.document import Document
from schemas import DOCUMENT_TABLES

# Table name -> (module, entry function). Order matters only for readability.
EXTRACTORS = {
    "meetings": ("extractors.meetings", "extract_meetings"),
    "agenda_items": ("extractors.agenda_items", "extract_agenda_items"),
    "minutes": ("extractors.minutes", "extract_minutes"),
    "resolutions": ("extractors.resolutions", "extract_resolutions"),
    "attendees": ("extractors.attendees", "extract_attendees"),
    "declarations": ("extractors.declarations", "extract_declarations"),
    "votes": ("extractors.votes", "extract_votes"),
    "tables": ("extractors.tables", "extract_tables"),
}

# Which meeting kinds a table's records may belong to, in order of preference.
MEETING_KINDS_FOR = {
    "agenda_items": ("agenda", "minutes"),  # a meeting note lists its own agenda
    "minutes": ("minutes",),
    "resolutions": ("minutes",),
    "attendees": ("minutes",),
    "declarations": ("minutes",),
    "actions": ("minutes", "agenda"),
    "votes": ("minutes",),
    "tables": ("minutes", "agenda"),
}
# Tables whose key includes meeting_id: a record outside every meeting cannot be stored.
NEEDS_MEETING = {"agenda_items", "minutes", "resolutions", "attendees", "declarations", "votes"}
# Repeats dropped as records are made (first occurrence wins): the contract's keys
# (schemas), and declarations per minute before ``_one_per_person`` merges them per meeting.
UNIQUE_KEYS = {
    **{name: DOCUMENT_TABLES[name].key for name in ("agenda_items", "minutes", "attendees")},
    "declarations": ("meeting_id", "name", "minute_number"),
}

_EXCLUSION = re.compile(
    r"(?:press\s+and\s+(?:the\s+)?public\s+(?:be|were|are)\s+excluded|exclude\s+the\s+press\s+and\s+(?:the\s+)?public)",
    re.IGNORECASE,
)
_SINGLE_ITEM = re.compile(r"following\s+item\b(?!s)", re.IGNORECASE)
_EXEMPT_MARK = re.compile(r"\bEXEMPT\b|Schedule\s+12A|Part\s+(?:II|2)\b|\bRESTRICTED\b", re.IGNORECASE)
_READMITTED = re.compile(r"(?:press\s+and\s+public\s+(?:were\s+)?re-?admitted|open\s+session|UNRESTRICTED\s+ITEMS)", re.IGNORECASE)


def _load(table: str):
    import importlib

    module, func = EXTRACTORS[table]
    return getattr(importlib.import_module(module), func)


def _hash(*parts: object, n: int = 16) -> str:
    return hashlib.sha256("|".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def _norm_committee(name: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (name or "").lower()).strip()


def meeting_id_for(committee: str | None, meeting_date, kind: str | None) -> str:
    """Given a meeting's committee, date and kind, return its deterministic id.

    The same committee (case and punctuation aside) and date give the same id on every run.
    Kind is part of the id because a meeting's agenda and its minutes are different records
    (often in different packs) with different items.
    """
    return "mtg_" + _hash(_norm_committee(committee), meeting_date, kind)


class _Spans:
    """Given records with line spans, find the innermost one containing a line."""

    def __init__(self, records: list[dict]):
        self.records = sorted(records, key=lambda r: (r["line_start"], -r["line_end"]))
        self.starts = [r["line_start"] for r in self.records]

    def find(self, line: int, predicate=lambda r: True) -> dict | None:
        i = bisect_right(self.starts, line)
        for record in reversed(self.records[:i]):
            if record["line_start"] <= line <= record["line_end"] and predicate(record):
                return record
        return None


def extract_all(doc: Document, settings: dict | None = None) -> dict[str, list[dict]]:
    """Given a document, return its curated records by table name (documents row excluded)."""
    settings = settings or {}
    out: dict[str, list[dict]] = {}
    for table in EXTRACTORS:
        out[table] = list(_load(table)(doc, settings.get(table)))
    from extractors.actions import extract_actions

    out["actions"] = list(extract_actions(doc, settings.get("actions"), tables=out["tables"]))
    return link(doc, out)


def link(doc: Document, out: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Given raw extractor records of one document, return them linked into curated rows."""
    meetings = [m for m in out.get("meetings", []) if m.get("committee") or m.get("meeting_date")]
    seen_ids: set[str] = set()
    linked_meetings = []
    for m in sorted(meetings, key=lambda r: r["line_start"]):
        m = {**m, "doc_id": doc.doc_id, "meeting_id": meeting_id_for(m.get("committee"), m.get("meeting_date"), m.get("kind"))}
        if m["meeting_id"] in seen_ids:  # the same meeting printed twice in one pack
            continue
        seen_ids.add(m["meeting_id"])
        linked_meetings.append(m)
    meeting_spans = _Spans(linked_meetings)

    def meeting_for(record: dict, table: str) -> str | None:
        kinds = MEETING_KINDS_FOR.get(table, ("minutes", "agenda"))
        for kind in kinds:
            found = meeting_spans.find(record["line_start"], lambda r, k=kind: r.get("kind") == k)
            if found:
                return found["meeting_id"]
        return None

    result: dict[str, list[dict]] = {"meetings": linked_meetings}
    for table in ("minutes", "agenda_items", "resolutions", "attendees", "declarations", "actions", "votes", "tables"):
        rows = []
        for record in out.get(table, []):
            row = {**record, "doc_id": doc.doc_id}
            row["meeting_id"] = record.get("meeting_id") or meeting_for(record, table)
            if row["meeting_id"] is None and table in NEEDS_MEETING:
                continue
            rows.append(row)
        result[table] = rows

    minute_spans = _Spans(result["minutes"])
    for table in ("resolutions", "declarations", "actions", "votes"):
        for row in result[table]:
            if not row.get("minute_number"):
                found = minute_spans.find(row["line_start"], lambda r, mid=row["meeting_id"]: r["meeting_id"] == mid)
                row["minute_number"] = found["minute_number"] if found else None

    from extractors.bare_motions import complete_bare_motions, file_under_parent

    complete_bare_motions(result["votes"], result["resolutions"], result["minutes"])
    file_under_parent(result["votes"], result["resolutions"], result["minutes"])
    _flag_exempt(result["minutes"])
    exempt_minutes = {(m["meeting_id"], m["minute_number"]) for m in result["minutes"] if m.get("exempt")}
    counters: dict[tuple, int] = defaultdict(int)
    for row in sorted(result["resolutions"], key=lambda r: r["line_start"]):
        key = (row["meeting_id"], row.get("minute_number"))
        counters[key] += 1
        row["seq"] = counters[key]
        row["exempt"] = key in exempt_minutes
    for row in result["actions"]:
        row["action_id"] = "act_" + _hash(doc.doc_id, row["line_start"], row["line_end"], row.get("ref"), row.get("text"))
    result["actions"] = _one_per_action_id(result["actions"])
    result["vote_records"] = _vote_records(doc, result["votes"])
    for i, row in enumerate(sorted(result["tables"], key=lambda r: r["line_start"] or 0)):
        row["table_id"] = f"tbl_{doc.doc_id[:16]}_{row.get('index', i)}"
    for table, key in UNIQUE_KEYS.items():
        result[table] = _dedupe(result[table], key)
    result["attendees"] = _dedupe_people(result["attendees"])
    result["declarations"] = _one_per_person(_drop_restated_declarations(result["declarations"], result["minutes"]))
    link_names_to_attendees(result, "\n".join(doc.lines))
    for name, rows in result.items():
        if name in DOCUMENT_TABLES and rows and all(k in rows[0] for k in DOCUMENT_TABLES[name].key):
            # Whatever the rules above gave, one record per contract key: two would make the
            # store refuse the whole run's publish.
            result[name] = _dedupe(rows, DOCUMENT_TABLES[name].key)
    return result


def _vote_records(doc: Document, votes: list[dict]) -> list[dict]:
    """Given linked votes (each with the named members' votes in ``records``), give each vote
    its id and return the vote_records rows (one per member named, first mention kept)."""
    out = []
    for vote in votes:
        vote["vote_id"] = "vot_" + _hash(doc.doc_id, vote["line_start"], vote["line_end"], vote.get("motion"))
        seen: set[str] = set()
        for rec in vote.pop("records", None) or []:
            if rec["name"] in seen:
                continue
            seen.add(rec["name"])
            out.append({"vote_id": vote["vote_id"], "name": rec["name"], "vote": rec["vote"],
                        "meeting_id": vote["meeting_id"], "doc_id": doc.doc_id, "page": vote.get("page"),
                        "line_start": vote["line_start"], "line_end": vote["line_end"]})
    return out


def _one_per_person(rows: list[dict]) -> list[dict]:
    """Given a document's declarations, return one per person per meeting (the data
    contract's key), the first kept: a member who declared in several items ("... in this
    item as a resident", later "... as a trustee") keeps every item and kind, joined with "; ",
    and the minute of the first. Two rows with one key would stop the whole run's publish."""
    kept: dict[tuple, dict] = {}
    for row in sorted(rows, key=lambda r: r.get("line_start") or 0):
        key = (row.get("meeting_id"), row.get("name"))
        first = kept.get(key)
        if first is None:
            kept[key] = dict(row)
            continue
        for field, value_of in (("item", _declared_in), ("interest", lambda r: r.get("interest") or "")):
            parts = [p for p in value_of(first).split("; ") if p]
            if value_of(row) and value_of(row) not in parts:
                first[field] = "; ".join(parts + [value_of(row)])
    return list(kept.values())


def _declared_in(row: dict) -> str:
    """Given a declaration, return what it was declared in: its item, else its minute."""
    return row.get("item") or (f"minute {row['minute_number']}" if row.get("minute_number") else "")


def _drop_restated_declarations(rows: list[dict], minutes: list[dict]) -> list[dict]:
    """Given declarations and minutes, drop a declaration restated where its item was taken.

    Kent minutes record under the declarations minute "Later in the meeting Mr Sole declared
    an interest under Item 16 - Pay Policy Statement" and again under minute 307 "Pay Policy
    Statement": one declaration. The first, which names the item, is kept.
    """
    titles = {(m["meeting_id"], m["minute_number"]): _norm(m.get("title") or "") for m in minutes}
    kept = []
    for row in rows:
        title = titles.get((row["meeting_id"], row.get("minute_number")), "")
        restated = title and not row.get("item") and any(
            prior["meeting_id"] == row["meeting_id"] and prior["name"] == row["name"]
            and prior.get("minute_number") != row.get("minute_number")
            and title in _norm(prior.get("item") or "")
            for prior in kept
        )
        if not restated:
            kept.append(row)
    return kept


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w/]+", " ", text.lower()).split())


def _dedupe_people(rows: list[dict]) -> list[dict]:
    """Given attendee rows, drop later mentions of a person already listed at the meeting.

    Kent minutes list "Mr J Betts" under IN ATTENDANCE and later say "John Betts ... was in
    attendance for this item": same surname, compatible initials, same meeting, one person.
    """
    from minutebook.people import parse_name_full, same_person_possible

    seen: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = defaultdict(list)
    kept = []
    for row in rows:
        parsed = parse_name_full(row["name"])
        if parsed is None:
            kept.append(row)
            continue
        surname, initials, given = parsed
        key = (row["meeting_id"], surname.lower())
        sex = _SEX_OF_HONORIFIC.get((row.get("honorific") or "").lower().rstrip("."))
        # "Mrs P T Cole, Mr P Cole": the initials fit, but Mr and Mrs are two members.
        if any(same_person_possible(prior, (initials, given)) and not (sex and prior_sex and sex != prior_sex)
               for *prior, prior_sex in seen[key]):
            continue
        seen[key].append((initials, given, sex))
        kept.append(row)
    return kept


_SEX_OF_HONORIFIC = {
    "mr": "m", "sir": "m", "lord": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f",
}


def _one_per_action_id(rows: list[dict]) -> list[dict]:
    """Given actions with their ids, return one row per id: one sentence that gives two people
    tasks ("Mr Pendock offered to take Councillors on a tour ... and the Clerk will arrange")
    was read by two rules, once for each owner; it is one action with both owners. (Two rows
    with one contract key would stop the whole run's publish.)"""
    kept: dict[str, dict] = {}
    for row in rows:
        first = kept.get(row["action_id"])
        if first is None:
            kept[row["action_id"]] = row
        else:
            first["owners"] = list(dict.fromkeys([*(first.get("owners") or []), *(row.get("owners") or [])]))
    return list(kept.values())


def _dedupe(rows: list[dict], key: tuple[str, ...]) -> list[dict]:
    """Given rows, return them without repeats of the table's key (first occurrence wins)."""
    seen: set[tuple] = set()
    kept = []
    for row in rows:
        k = tuple(row.get(c) for c in key)
        if k in seen:
            continue
        seen.add(k)
        kept.append(row)
    return kept


def _flag_exempt(minutes: list[dict]) -> None:
    """Given one document's minutes, set ``exempt`` on business taken in private.

    After a resolution excluding the press and public, the following item (or, when the
    resolution speaks of "items", every later item until the public are readmitted) is
    exempt; so is an item whose own heading marks it exempt under Schedule 12A.
    """
    by_meeting: dict[str, list[dict]] = defaultdict(list)
    for m in minutes:
        by_meeting[m["meeting_id"]].append(m)
    for items in by_meeting.values():
        items.sort(key=lambda r: r["line_start"])
        remaining = 0  # items still to flag; -1 means until readmitted
        for m in items:
            title = m.get("title") or ""
            body = m.get("body") or ""
            m["exempt"] = bool(remaining) or bool(_EXEMPT_MARK.search(title))
            if remaining > 0:
                remaining -= 1
            if remaining == -1 and _READMITTED.search(title + " " + body):
                m["exempt"] = False
                remaining = 0
            if _excludes_public(body):
                remaining = 1 if _SINGLE_ITEM.search(body) else -1


_NEGATION = re.compile(r"\b(?:no|not|nothing|none|neither)\b[^.]*$", re.IGNORECASE)


def _excludes_public(text: str) -> bool:
    """Given a minute's body, say whether it records the press and public being excluded.

    "There were no items requiring the exclusion of the press and public" must not count, so
    a negation earlier in the same sentence cancels the match.
    """
    for match in _EXCLUSION.finditer(text):
        before = text[max(0, match.start() - 160) : match.start()]
        if not _NEGATION.search(before):
            return True
    return False
