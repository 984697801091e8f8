"""Build ``minutebook.duckdb``: one view per curated table plus the analyst views.

Views are generated from ``schemas.TABLES`` so they can never drift from the Parquet files.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa

from schemas import TABLES

_SIMPLE_TYPES = {
    pa.string(): "VARCHAR",
    pa.large_string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.float64(): "DOUBLE",
}


def duckdb_type(arrow_type: pa.DataType) -> str:
    """Given a pyarrow type, return the DuckDB type name."""
    if arrow_type in _SIMPLE_TYPES:
        return _SIMPLE_TYPES[arrow_type]
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMPTZ" if arrow_type.tz else "TIMESTAMP"
    if pa.types.is_list(arrow_type):
        return duckdb_type(arrow_type.value_type) + "[]"
    raise TypeError(f"no DuckDB type for {arrow_type}")


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# Analyst views. They only read the per-table views, so they work on any version.
ANALYST_VIEWS: dict[str, str] = {
    "meeting_index": """
        SELECT m.meeting_id, m.committee, m.meeting_date, m.kind, m.start_time, m.venue,
               m.doc_id, d.source_path, m.page, m.line_start, m.line_end,
               (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.meeting_id) AS n_agenda_items,
               (SELECT count(*) FROM minutes x WHERE x.meeting_id = m.meeting_id) AS n_minutes,
               (SELECT count(*) FROM resolutions r WHERE r.meeting_id = m.meeting_id) AS n_resolutions,
               (SELECT count(*) FROM actions t WHERE t.meeting_id = m.meeting_id) AS n_actions,
               (SELECT count(*) FROM attendees p WHERE p.meeting_id = m.meeting_id AND p.status = 'present') AS n_present
        FROM meetings m LEFT JOIN documents d USING (doc_id)
    """,
    "audit_trail": """
        SELECT 'resolution' AS kind, r.meeting_id, m.committee, m.meeting_date, r.minute_number,
               r.seq, r.text, CAST([] AS VARCHAR[]) AS owners, CAST(NULL AS VARCHAR) AS status,
               CAST(NULL AS DATE) AS due_date, r.doc_id, d.source_path, r.page, r.line_start, r.line_end,
               'res:' || left(r.doc_id, 16) || ':' || r.meeting_id || ':' || coalesce(r.minute_number, '') || ':' || r.seq AS entry_id
        FROM resolutions r
        LEFT JOIN meetings m ON m.meeting_id = r.meeting_id AND m.doc_id = r.doc_id
        LEFT JOIN documents d ON d.doc_id = r.doc_id
        UNION ALL
        SELECT 'action', a.meeting_id, m.committee, m.meeting_date, a.minute_number,
               NULL, a.text, a.owners, a.status, a.due_date, a.doc_id, d.source_path, a.page,
               a.line_start, a.line_end, a.action_id
        FROM actions a
        LEFT JOIN meetings m ON m.meeting_id = a.meeting_id AND m.doc_id = a.doc_id
        LEFT JOIN documents d ON d.doc_id = a.doc_id
        UNION ALL
        SELECT 'motion', v.meeting_id, m.committee, m.meeting_date, v.minute_number,
               NULL, coalesce(v.motion, ''), list_filter([v.mover, v.seconder], x -> x IS NOT NULL), v.result,
               NULL, v.doc_id, d.source_path, v.page, v.line_start, v.line_end, v.vote_id
        FROM votes v
        LEFT JOIN meetings m ON m.meeting_id = v.meeting_id AND m.doc_id = v.doc_id
        LEFT JOIN documents d ON d.doc_id = v.doc_id
    """,
    # How each named member voted: one row per member and motion, with the person linked
    # across meetings through ``people`` and the record's provenance.
    "member_votes": """
        SELECT coalesce(p.person_id, lower(r.name)) AS person_id, coalesce(p.display_name, r.name) AS member,
               r.name AS printed_name, r.vote, m.committee, m.meeting_date, r.meeting_id, v.minute_number,
               v.motion, v.result, v.votes_for, v.votes_against, v.votes_abstain, v.mover, v.seconder,
               r.vote_id, r.doc_id, d.source_path, r.page, r.line_start, r.line_end
        FROM vote_records r
        JOIN votes v ON v.vote_id = r.vote_id AND v.doc_id = r.doc_id
        LEFT JOIN meetings m ON m.meeting_id = r.meeting_id AND m.doc_id = r.doc_id
        LEFT JOIN documents d ON d.doc_id = r.doc_id
        LEFT JOIN (SELECT person_id, display_name, unnest(variants) AS variant FROM people) p ON p.variant = r.name
    """,
    "open_actions": """
        SELECT * FROM audit_trail WHERE kind = 'action' AND coalesce(status, 'open') = 'open'
    """,
    "attendance": """
        WITH named AS (
            SELECT a.*, m.committee, m.meeting_date,
                   coalesce(p.person_id, lower(a.name)) AS person_id,
                   coalesce(p.display_name, a.name) AS person
            FROM attendees a
            JOIN meetings m ON m.meeting_id = a.meeting_id AND m.doc_id = a.doc_id
            LEFT JOIN (SELECT person_id, display_name, unnest(variants) AS variant FROM people) p
                   ON p.variant = a.name
        )
        SELECT person_id, any_value(person) AS person, committee,
               count(DISTINCT meeting_id) FILTER (WHERE status = 'present') AS meetings_present,
               count(DISTINCT meeting_id) FILTER (WHERE status = 'apologies') AS meetings_apologies,
               count(DISTINCT meeting_id) FILTER (WHERE status = 'absent') AS meetings_absent,
               count(DISTINCT meeting_id) FILTER (WHERE status = 'in_attendance') AS meetings_in_attendance,
               min(meeting_date) AS first_meeting, max(meeting_date) AS last_meeting
        FROM named GROUP BY person_id, committee
    """,
}


def table_view_sql(name: str, folder: Path) -> str:
    """Given a table name and its Parquet folder, return the SELECT its view runs."""
    table = TABLES[name]
    files = sorted(folder.glob("*.parquet")) if folder.exists() else []
    if files:
        cols = ", ".join(f'"{c}"' for c in table.columns)
        return f"SELECT {cols} FROM read_parquet({_sql_str(str(folder / '*.parquet'))}, union_by_name = true)"
    cols = ", ".join(f'CAST(NULL AS {duckdb_type(f.type)}) AS "{f.name}"' for f in table.fields)
    return f"SELECT {cols} WHERE false"


def build_database(path: Path, version_dir: Path, version: str, rebuild_index: bool = True) -> None:
    """Given a target file and a published version folder, write the DuckDB database.

    With ``rebuild_index`` False the file is a copy of the previous database whose documents
    have not changed (a run that only adds its ``runs`` row): views are re-pointed and the
    full-text index, the expensive part, is kept.
    """
    import duckdb

    with duckdb.connect(str(path)) as con:
        for name in TABLES:
            con.execute(f'CREATE OR REPLACE VIEW "{name}" AS {table_view_sql(name, version_dir / name)}')
        for name, sql in ANALYST_VIEWS.items():
            con.execute(f'CREATE OR REPLACE VIEW "{name}" AS {sql}')
        con.execute("CREATE OR REPLACE TABLE _minutebook_meta AS SELECT ? AS version, now() AS built_at", [version])
        if rebuild_index:
            from minutebook import search

            search.build_index(con)
        con.execute("CHECKPOINT")
