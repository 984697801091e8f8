"""Answer "what did we resolve about X, and who owns what was promised?" with provenance.

Every hit is a resolution or an action with its committee, meeting date, minute, owners,
status and where it came from (doc_id, source path, page, lines). User input reaches SQL
only as bound parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from minutebook.people import parse_name_full, same_person_possible

AUDIT_KEYS = ("kind", "committee", "meeting_date", "minute_number", "text", "owners", "status", "doc_id",
              "source_path", "page", "line_start", "line_end")
VOTE_KEYS = ("member", "vote", "committee", "meeting_date", "minute_number", "motion", "result", "printed_name",
             "doc_id", "source_path", "page", "line_start", "line_end")


@dataclass(frozen=True)
class AuditQuery:
    """Given the user's filters, describe one audit search."""

    owner: str | None = None
    resolution: str | None = None
    text: str | None = None
    committee: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    limit: int = 200
    votes_of: str | None = None


def owner_variants(con, owner: str) -> list[str]:
    """Given a connection and a name as the user typed it, return the printed names it may mean.

    "Steve Ashley", "S Ashley" and "Ashley" all find actions printed for "Steve Ashley" (and
    for "S Ashley", which may be him); "Steve Ashley" does not find "Sam Ashley".
    """
    parsed = parse_name_full(owner)
    if not parsed:
        return []
    surname, initials, given = parsed
    rows = con.execute("SELECT variants FROM people WHERE lower(surname) = lower(?)", [surname]).fetchall()
    names: set[str] = set()
    for (variants,) in rows:
        for variant in variants or []:
            printed = parse_name_full(variant)
            if printed and same_person_possible((printed[1], printed[2]), (initials, given)):
                names.add(variant)
    return sorted(names)


_CHAIR_NAMES = ("chair", "the chair", "chairman", "chairperson", "chairwoman", "chair of the meeting")
_VICE_NAMES = ("vice chair", "vice-chair", "vice chairman", "vice-chairman", "vice chairperson")


# An action whose owner is printed as a post ("Clerk") the person held at its meeting (one
# parameter: ``posts_held``).
OWNS_A_HELD_POST = "list_has_any(list_transform(a.owners, o -> a.meeting_id || '|' || lower(o)), ?::VARCHAR[])"


def posts_held(con, names: list[str]) -> list[str]:
    """Given the printed names of one person, return "meeting_id|post" for each post the
    attendance says they held at a meeting, in lower case, as an action's owner may print it:
    the title beside the name ("Parish Clerk": also "clerk", "the clerk") and the chair."""
    rows = con.execute("SELECT meeting_id, title, role FROM attendees WHERE list_contains(?::VARCHAR[], name)",
                       [names]).fetchall()
    out: set[str] = set()
    for meeting_id, title, role in rows:
        posts: set[str] = set()
        if title:
            title = " ".join(title.lower().split())
            last = title.split()[-1]
            posts |= {title, f"the {title}", last, f"the {last}"}
        posts |= set(_CHAIR_NAMES) if role == "chair" else set(_VICE_NAMES) if role == "vice_chair" else set()
        out |= {f"{meeting_id}|{post}" for post in posts}
    return sorted(out)


def run_audit(con, query: AuditQuery) -> list[dict]:
    """Given a connection to minutebook.duckdb and a query, return the matching entries."""
    where: list[str] = []
    params: list[object] = []
    scored = False
    if query.resolution or query.text:
        from minutebook.search import load_fts

        load_fts(con)
        terms = query.resolution or query.text
        scored = True
        params.append(terms)
        where.append("s.score IS NOT NULL")
        if query.resolution:
            where.append("a.kind = 'resolution'")
        if query.resolution and query.text:
            where.append("a.text ILIKE '%' || ? || '%'")
            params.append(query.text)
    if query.owner:
        variants = owner_variants(con, query.owner)
        if variants:
            # (or a post the person held at that meeting: "Clerk to write to ..." where the
            # attendance says "Parish Clerk: Peter King")
            where.append(f"(list_has_any(a.owners, ?::VARCHAR[]) OR {OWNS_A_HELD_POST})")
            params += [variants, posts_held(con, variants)]
        else:  # nobody linked: fall back to a plain substring match on the owners
            where.append("array_to_string(a.owners, '|') ILIKE '%' || ? || '%'")
            params.append(query.owner)
        where.append("a.kind = 'action'")
    meeting_filters(query, "a.", where, params)
    sql = f"""
        WITH s AS ({bm25_scores(scored)})
        SELECT a.kind, a.committee, a.meeting_date, a.minute_number, a.text, a.owners, a.status,
               a.doc_id, a.source_path, a.page, a.line_start, a.line_end, s.score
        FROM audit_trail a LEFT JOIN s ON s.entry_id = a.entry_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY s.score DESC NULLS LAST, a.meeting_date DESC NULLS LAST, a.committee, a.minute_number, a.line_start
        LIMIT {int(query.limit)}
    """
    rows = con.execute(sql, params).fetchall()
    out = []
    for row in rows:
        record = dict(zip(AUDIT_KEYS, row[: len(AUDIT_KEYS)]))
        record["owners"] = list(record["owners"] or [])
        if isinstance(record["meeting_date"], dt.date):
            record["meeting_date"] = record["meeting_date"].isoformat()
        out.append(record)
    return out


def bm25_scores(scored: bool) -> str:
    """Given whether the search has words, return the SELECT giving each entry's BM25 score
    (its one parameter: the words), or an empty one."""
    if scored:
        return "SELECT entry_id, fts_main_search_corpus.match_bm25(entry_id, ?) AS score FROM search_corpus"
    return "SELECT NULL::VARCHAR AS entry_id, NULL::DOUBLE AS score WHERE false"


def meeting_filters(query, prefix: str, where: list[str], params: list[object]) -> None:
    """Given a query, add its committee and date filters (as bound parameters) to a WHERE."""
    if query.committee:
        where.append(f"{prefix}committee ILIKE '%' || ? || '%'")
        params.append(query.committee)
    if query.since:
        where.append(f"{prefix}meeting_date >= ?")
        params.append(query.since)
    if query.until:
        where.append(f"{prefix}meeting_date <= ?")
        params.append(query.until)


def run_votes_of(con, query: AuditQuery) -> list[dict]:
    """Given a connection to minutebook.duckdb and a query naming a member (``votes_of``),
    return how that member voted on each motion, with provenance.

    The name is matched as owners are ("Mr Baker", "J Baker", "Baker"); a name nobody linked
    falls back to a substring of the printed name. Filters (committee, dates, text in the
    motion) apply as in ``run_audit``; user input reaches SQL only as parameters.
    """
    where: list[str] = []
    params: list[object] = []
    variants = owner_variants(con, query.votes_of or "")
    if variants:
        where.append("printed_name IN (SELECT unnest(?::VARCHAR[]))")
        params.append(variants)
    else:
        where.append("printed_name ILIKE '%' || ? || '%'")
        params.append(query.votes_of or "")
    meeting_filters(query, "", where, params)
    if query.text:
        where.append("motion ILIKE '%' || ? || '%'")
        params.append(query.text)
    sql = f"""
        SELECT {", ".join(VOTE_KEYS)} FROM member_votes
        WHERE {" AND ".join(where)}
        ORDER BY meeting_date DESC NULLS LAST, committee, minute_number, line_start
        LIMIT {int(query.limit)}
    """
    out = []
    for row in con.execute(sql, params).fetchall():
        record = dict(zip(VOTE_KEYS, row))
        if isinstance(record["meeting_date"], dt.date):
            record["meeting_date"] = record["meeting_date"].isoformat()
        out.append(record)
    return out
