"""What the audit trail's web page asks of ``minutebook.duckdb``.

Every function takes an open (read-only) DuckDB connection and returns plain dicts for the
templates. User input reaches SQL only as bound parameters; the only values formatted into
SQL are integers (limits) and fixed column lists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minutebook.audit import OWNS_A_HELD_POST, bm25_scores, meeting_filters, owner_variants, posts_held

KINDS = ("resolution", "action", "motion")
STATUSES = ("open", "discharged")
RESULT_KEYS = ("kind", "committee", "meeting_date", "minute_number", "text", "owners", "status", "meeting_id",
               "doc_id", "source_path", "page", "line_start", "line_end")


@dataclass(frozen=True)
class Search:
    """Given the search form's fields, describe one search of the audit trail.

    ``words`` go through the BM25 index; ``person`` matches the owners of actions, the mover
    and seconder of motions, and motions the person is recorded voting on (through ``people``,
    so "J Baker" finds "John Baker"); ``status`` is an action's status.
    """

    words: str = ""
    person: str = ""
    committee: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    kind: str = ""
    status: str = ""
    limit: int = 200

    @property
    def empty(self) -> bool:
        return not (self.words or self.person or self.committee or self.since or self.until or self.kind
                    or self.status)


def search(con, query: Search) -> list[dict]:
    """Given a connection and a search, return the matching resolutions, actions and motions."""
    where: list[str] = []
    params: list[object] = []
    scored = bool(query.words)
    if scored:
        from minutebook.search import load_fts

        load_fts(con)
        params.append(query.words)
        where.append("s.score IS NOT NULL")
    if query.person:
        variants = owner_variants(con, query.person)
        if variants:
            where.append(f"(list_has_any(a.owners, ?::VARCHAR[]) OR {OWNS_A_HELD_POST} OR (a.kind = 'motion' AND a.entry_id IN "
                         "(SELECT vote_id FROM vote_records WHERE name IN (SELECT unnest(?::VARCHAR[])))))")
            params += [variants, posts_held(con, variants), variants]
        else:  # nobody of that name linked: a plain substring of the printed names
            where.append("(array_to_string(a.owners, '|') ILIKE '%' || ? || '%' OR (a.kind = 'motion' AND "
                         "a.entry_id IN (SELECT vote_id FROM vote_records WHERE name ILIKE '%' || ? || '%')))")
            params += [query.person, query.person]
    if query.kind in KINDS:
        where.append("a.kind = ?")
        params.append(query.kind)
    if query.status in STATUSES:
        where.append("a.kind = 'action' AND coalesce(a.status, 'open') = ?")
        params.append(query.status)
    meeting_filters(query, "a.", where, params)
    sql = f"""
        WITH s AS ({bm25_scores(scored)})
        SELECT {", ".join("a." + k for k in RESULT_KEYS)}
        FROM audit_trail a LEFT JOIN s ON s.entry_id = a.entry_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY s.score DESC NULLS LAST, a.meeting_date DESC NULLS LAST, a.committee, a.minute_number, a.line_start
        LIMIT {int(query.limit)}
    """
    return [_row(RESULT_KEYS, row) for row in con.execute(sql, params).fetchall()]


def people_named(con, name: str, limit: int = 20) -> list[dict]:
    """Given a name as typed, return the people it may mean (for links to their pages)."""
    variants = owner_variants(con, name)
    if variants:
        sql = ("SELECT person_id, display_name, n_mentions FROM people WHERE list_has_any(variants, ?::VARCHAR[]) "
               f"ORDER BY n_mentions DESC, display_name LIMIT {int(limit)}")
        rows = con.execute(sql, [variants]).fetchall()
    else:
        sql = ("SELECT person_id, display_name, n_mentions FROM people WHERE display_name ILIKE '%' || ? || '%' "
               f"ORDER BY n_mentions DESC, display_name LIMIT {int(limit)}")
        rows = con.execute(sql, [name]).fetchall()
    return [_row(("person_id", "display_name", "n_mentions"), r) for r in rows]


def meeting(con, meeting_id: str) -> dict | None:
    """Given a meeting id, return the meeting with everything recorded of it, or None."""
    found = _rows(con, """SELECT m.meeting_id, m.committee, m.meeting_date, m.kind, m.start_time, m.venue,
                                 m.doc_id, m.page, m.line_start, m.line_end
                          FROM meetings m WHERE m.meeting_id = ?""", [meeting_id])
    if not found:
        return None
    out = found[0]
    one = [meeting_id]
    out["attendees"] = _rows(con, """
        SELECT a.name, a.honorific, a.status, a.role, a.doc_id, a.page, a.line_start, a.line_end,
               p.person_id
        FROM attendees a
        LEFT JOIN (SELECT person_id, unnest(variants) AS variant FROM people) p ON p.variant = a.name
        WHERE a.meeting_id = ?
        ORDER BY CASE a.status WHEN 'present' THEN 0 WHEN 'in_attendance' THEN 1 WHEN 'apologies' THEN 2 ELSE 3 END,
                 a.line_start""", one)
    out["agenda_items"] = _rows(con, """SELECT item_number, title, pages, doc_id, page, line_start, line_end
                                        FROM agenda_items WHERE meeting_id = ? ORDER BY line_start""", one)
    out["minutes"] = _rows(con, """SELECT minute_number, title, body, doc_id, page, line_start, line_end
                                   FROM minutes WHERE meeting_id = ? ORDER BY line_start""", one)
    out["resolutions"] = _rows(con, """SELECT minute_number, seq, text, doc_id, page, line_start, line_end
                                       FROM resolutions WHERE meeting_id = ? ORDER BY line_start, seq""", one)
    out["declarations"] = _rows(con, """SELECT name, minute_number, interest, item, doc_id, page, line_start, line_end
                                        FROM declarations WHERE meeting_id = ? ORDER BY line_start""", one)
    out["actions"] = _rows(con, """SELECT action_id, minute_number, owners, text, status, due_date, doc_id, page,
                                          line_start, line_end
                                   FROM actions WHERE meeting_id = ? ORDER BY line_start""", one)
    out["votes"] = _rows(con, """SELECT vote_id, minute_number, motion, mover, seconder, result, votes_for,
                                        votes_against, votes_abstain, unanimous, doc_id, page, line_start, line_end
                                 FROM votes WHERE meeting_id = ? ORDER BY line_start""", one)
    records = _rows(con, """SELECT r.vote_id, r.name, r.vote, p.person_id FROM vote_records r
                            LEFT JOIN (SELECT person_id, unnest(variants) AS variant FROM people) p
                                   ON p.variant = r.name
                            WHERE r.meeting_id = ? ORDER BY r.vote, r.name""", one)
    for vote in out["votes"]:
        vote["records"] = [r for r in records if r["vote_id"] == vote["vote_id"]]
    out["tables"] = _rows(con, """SELECT table_id, title, header, rows, n_rows, n_cols, doc_id, page,
                                         line_start, line_end
                                  FROM tables WHERE meeting_id = ? ORDER BY page, line_start""", one)
    out["sources"] = _rows(con, """SELECT s.doc_id, s.role, s.page, s.line_start, s.line_end, d.source_path
                                   FROM meeting_sources s LEFT JOIN documents d USING (doc_id)
                                   WHERE s.meeting_id = ? ORDER BY s.role DESC, d.source_path""", one)
    return out


def person(con, person_id: str) -> dict | None:
    """Given a person id, return their attendance, actions owned and votes, or None."""
    found = _rows(con, "SELECT person_id, display_name, variants, n_mentions FROM people WHERE person_id = ?",
                  [person_id])
    if not found:
        return None
    out = found[0]
    variants = list(out["variants"] or [])
    out["attendance"] = _rows(con, """
        SELECT m.meeting_id, m.committee, m.meeting_date, a.name, a.status, a.role, a.doc_id, a.page,
               a.line_start, a.line_end
        FROM attendees a JOIN meetings m USING (meeting_id)
        WHERE a.name IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY m.meeting_date DESC NULLS LAST, m.committee""", [variants])
    out["actions"] = _rows(con, """
        SELECT a.action_id, a.meeting_id, m.committee, m.meeting_date, a.minute_number, a.owners, a.text,
               a.status, a.due_date, a.doc_id, a.page, a.line_start, a.line_end
        FROM actions a LEFT JOIN meetings m USING (meeting_id)
        WHERE list_has_any(a.owners, ?::VARCHAR[])
        ORDER BY coalesce(a.status, 'open') = 'open' DESC, m.meeting_date DESC NULLS LAST""", [variants])
    out["votes"] = _rows(con, """
        SELECT meeting_id, committee, meeting_date, minute_number, motion, result, printed_name, vote, doc_id,
               page, line_start, line_end
        FROM member_votes WHERE printed_name IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY meeting_date DESC NULLS LAST, committee, minute_number""", [variants])
    out["motions"] = _rows(con, """
        SELECT v.meeting_id, m.committee, m.meeting_date, v.minute_number, v.motion, v.mover, v.seconder, v.result,
               v.doc_id, v.page, v.line_start, v.line_end
        FROM votes v LEFT JOIN meetings m USING (meeting_id)
        WHERE v.mover IN (SELECT unnest(?::VARCHAR[])) OR v.seconder IN (SELECT unnest(?::VARCHAR[]))
        ORDER BY m.meeting_date DESC NULLS LAST, m.committee, v.minute_number""", [variants, variants])
    present = [a for a in out["attendance"] if a["status"] == "present"]
    out["n_present"] = len({a["meeting_id"] for a in present})
    out["n_apologies"] = len({a["meeting_id"] for a in out["attendance"] if a["status"] == "apologies"})
    return out


def document_file(con, doc_id: str) -> dict | None:
    """Given a doc_id, return where and what its file is (no text: page images and the
    original file need only this), or None."""
    found = _rows(con, "SELECT doc_id, source_path, media_type, pages, aliases FROM documents WHERE doc_id = ?",
                  [doc_id])
    return found[0] if found else None


def document(con, doc_id: str) -> dict | None:
    """Given a doc_id, return its documents row (text split into lines), or None."""
    found = _rows(con, """SELECT doc_id, source_path, media_type, pages, status, error, text, line_pages,
                                 line_boxes, page_sizes, aliases
                          FROM documents WHERE doc_id = ?""", [doc_id])
    if not found:
        return None
    doc = found[0]
    doc["lines"] = (doc.pop("text") or "").split("\n")
    return doc


def meetings_list(con, limit: int = 500) -> list[dict]:
    """Given a connection, return the meetings, newest first, with their counts."""
    return _rows(con, f"""SELECT meeting_id, committee, meeting_date, kind, n_minutes, n_resolutions, n_actions,
                                 n_present, n_agenda_items
                          FROM meeting_index ORDER BY meeting_date DESC NULLS LAST, committee
                          LIMIT {int(limit)}""", [])


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [_row(names, r) for r in cur.fetchall()]


def _row(names, values) -> dict:
    out = dict(zip(names, values))
    for key, value in out.items():
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            out[key] = value.isoformat()
    if "owners" in out:
        out["owners"] = list(out["owners"] or [])
    return out
