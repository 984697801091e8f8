"""Full-text search (BM25) over resolutions, actions and minute bodies with DuckDB's FTS.

The extension is loaded by file path from the ``duckdb-extension-fts`` wheel: ``INSTALL fts``
would need the internet, which the nightly machines do not have.
"""

from __future__ import annotations

from pathlib import Path

SEARCH_TABLE = "search_corpus"


def fts_extension_path() -> Path:
    """Given the installed wheels, return the FTS extension file matching this DuckDB."""
    import duckdb
    import duckdb_extension_fts

    base = Path(duckdb_extension_fts.__file__).parent / "extensions"
    exact = base / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if exact.exists():
        return exact
    found = sorted(base.glob("*/fts.duckdb_extension"))
    if not found:
        raise RuntimeError(
            "DuckDB's full-text search extension is missing: reinstall with `make setup` "
            "(it comes from the duckdb-extension-fts wheel)"
        )
    return found[-1]


def load_fts(con) -> None:
    """Given a DuckDB connection, load the FTS extension from the wheel (no network)."""
    con.execute(f"LOAD '{fts_extension_path().as_posix()}'")


def build_index(con) -> None:
    """Given a connection to a database with the curated views, (re)build the BM25 index."""
    load_fts(con)
    con.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    con.execute(
        f"""
        CREATE TABLE {SEARCH_TABLE} AS
        SELECT entry_id, kind, text, array_to_string(owners, ' ') AS owners_text FROM audit_trail
        UNION ALL
        SELECT 'min:' || meeting_id || ':' || minute_number || ':' || doc_id, 'minute',
               coalesce(title, '') || ' ' || coalesce(body, ''), ''
        FROM minutes
        """
    )
    # DuckDB's FTS needs a unique document id; audit ids are unique per (meeting, minute, seq),
    # but the same meeting may be printed in two packs, so de-duplicate defensively.
    con.execute(
        f"CREATE OR REPLACE TABLE {SEARCH_TABLE} AS SELECT * FROM {SEARCH_TABLE} "
        "QUALIFY row_number() OVER (PARTITION BY entry_id) = 1"
    )
    con.execute(
        f"PRAGMA create_fts_index('{SEARCH_TABLE}', 'entry_id', 'text', 'owners_text', "
        "stemmer = 'english', stopwords = 'english', overwrite = 1)"
    )
