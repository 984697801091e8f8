"""One meeting, many documents; unique keys enforced at publish; every input accounted for."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pytest

from flows.ingest import run_ingest
from minutebook.readers import read_document
from minutebook.store import CuratedStore, StoreError
from schemas import TABLES
from tests.conftest import ROOT
from tests.render_pdf import render_text_pack_to_pdf

PACKS = sorted((ROOT / "data" / "raw").glob("*.txt"))

# A meeting's own minutes, and the next meeting's pack that prints them again after its agenda.
OWN_MINUTES = """MINUTES OF THE MEETING OF THE FERNDALE PARISH COUNCIL HELD ON 4 March 2026

PRESENT: Cllrs Avery (Chair), Bell and Crane

1. Apologies
Apologies were received from Cllr Doyle.

2. Play area
RESOLVED that the play area fence be repaired.

3. Footpaths
RESOLVED that the footpath survey be noted.
"""
NEXT_PACK = """AGENDA
FERNDALE PARISH COUNCIL
Meeting to be held on 1 April 2026 at 7.30pm

1. Apologies
2. Minutes of the meeting held on 4 March 2026
3. Planning

MINUTES OF THE MEETING OF THE FERNDALE PARISH COUNCIL HELD ON 4 March 2026

PRESENT: Cllrs Avery (Chair), Bell and Crane

1. Apologies
Apologies were received from Cllr Doyle.

2. Play area
RESOLVED that the play area fence be repaired.
"""


def _packs_as_text_and_pdf(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for path in PACKS:
        shutil.copy(path, folder / path.name)
        doc = read_document(path, path.read_bytes())
        render_text_pack_to_pdf(doc.lines, folder / (path.stem + ".pdf"))
    return folder


def _rows(curated: Path) -> dict[str, list]:
    """Every published table's rows, without run bookkeeping (times, versions)."""
    out = {}
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        for name in TABLES:
            if name == "runs":
                continue
            exclude = {"documents": " EXCLUDE (ingested_at, duration_ms, source_path, aliases)"}.get(name, "")
            out[name] = sorted(map(repr, con.execute(f'SELECT *{exclude} FROM "{name}"').fetchall()))
    return out


def _duplicate_keys(curated: Path) -> dict[str, int]:
    found = {}
    for name, table in TABLES.items():
        files = list((curated / name).glob("*.parquet"))
        if name == "runs" or not files:
            continue
        keys = ", ".join(f'"{k}"' for k in table.key)
        n = duckdb.sql(f"SELECT count(*) FROM (SELECT {keys} FROM read_parquet('{curated}/{name}/*.parquet') "
                       f"GROUP BY ALL HAVING count(*) > 1)").fetchone()[0]
        if n:
            found[name] = n
    return found


def test_a_pack_as_text_and_as_pdf_is_one_set_of_meetings(tmp_path):
    source = _packs_as_text_and_pdf(tmp_path / "raw")
    curated = tmp_path / "curated"
    run_ingest([str(source)], str(curated))
    assert _duplicate_keys(curated) == {}
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        n_meetings, n_distinct = con.execute("SELECT count(*), count(DISTINCT meeting_id) FROM meetings").fetchone()
        assert n_meetings == n_distinct == 3
        roles = con.execute("SELECT meeting_id, list(role ORDER BY role) FROM meeting_sources GROUP BY 1").fetchall()
        assert {tuple(r) for _, r in roles} == {("copy", "primary")}
        # the minutes come from one document per meeting
        assert con.execute("SELECT count(*) FROM (SELECT meeting_id FROM minutes GROUP BY 1 "
                           "HAVING count(DISTINCT doc_id) > 1)").fetchone()[0] == 0


def test_adding_and_removing_documents_in_any_order_gives_the_same_rows(tmp_path):
    source = _packs_as_text_and_pdf(tmp_path / "all")
    texts, pdfs = sorted(source.glob("*.txt")), sorted(source.glob("*.pdf"))
    both = tmp_path / "both"
    run_ingest([str(source)], str(both))
    first_text, first_pdf = tmp_path / "text_first", tmp_path / "pdf_first"
    run_ingest([str(p) for p in texts], str(first_text))
    run_ingest([str(p) for p in texts + pdfs], str(first_text))
    run_ingest([str(p) for p in pdfs], str(first_pdf))
    run_ingest([str(p) for p in pdfs + texts], str(first_pdf))
    assert _rows(first_text) == _rows(both) == _rows(first_pdf)
    # Remove the text packs (the sources chosen for some meetings): the copies come back.
    only_pdf = tmp_path / "only_pdf"
    run_ingest([str(p) for p in pdfs], str(only_pdf))
    removed = tmp_path / "removed"
    shutil.copytree(both, removed, symlinks=True)
    for path in texts:
        path.unlink()
    run_ingest([str(source)], str(removed))
    assert _rows(removed)["meetings"] == _rows(only_pdf)["meetings"]
    assert _rows(removed)["resolutions"] == _rows(only_pdf)["resolutions"]


def test_the_meetings_own_minutes_win_over_a_copy_in_the_next_pack(tmp_path):
    for order in ("own_first", "pack_first"):
        raw, curated = tmp_path / order / "raw", tmp_path / order / "curated"
        raw.mkdir(parents=True)
        (raw / "a.txt" if order == "own_first" else raw / "b.txt").write_text(OWN_MINUTES)
        (raw / "b.txt" if order == "own_first" else raw / "a.txt").write_text(NEXT_PACK)
        run_ingest([str(raw)], str(curated))
        with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
            rows = con.execute("""
                SELECT d.source_path, count(*) FROM resolutions r JOIN documents d USING (doc_id)
                JOIN meetings m ON m.meeting_id = r.meeting_id WHERE m.meeting_date = DATE '2026-03-04'
                GROUP BY 1""").fetchall()
            assert [(Path(p).read_text() == OWN_MINUTES, n) for p, n in rows] == [(True, 2)]
            sources = con.execute("SELECT s.role, s.line_start FROM meeting_sources s JOIN meetings m USING (meeting_id) "
                                  "WHERE m.meeting_date = DATE '2026-03-04' ORDER BY role").fetchall()
            assert [r for r, _ in sources] == ["copy", "primary"]
            assert sources[0][1] > 1  # the copy is printed after the pack's agenda


def test_publish_refuses_duplicate_keys_and_keeps_the_previous_version(tmp_path):
    curated = tmp_path / "curated"
    store = CuratedStore(curated)
    doc = "d" * 64
    row = {"doc_id": doc, "source_path": "/x.txt", "sha256": doc, "status": "ok", "pipeline_version": "t",
           "ingested_at": dt.datetime.now(dt.timezone.utc)}
    with store.writer():
        run = store.new_run_dir("r1")
        store.stage_document(run, doc, {"documents": [row]})
        store.publish([run / doc])
    before = store.current_version()
    minute = {"meeting_id": "mtg_1", "minute_number": "3", "title": "Play area", "doc_id": doc, "line_start": 1}
    with store.writer():
        run = store.new_run_dir("r2")
        store.stage_document(run, doc, {"documents": [row], "minutes": [minute, {**minute, "line_start": 9}]})
        with pytest.raises(StoreError, match=r"duplicate key in minutes \(meeting_id='mtg_1', minute_number='3'"):
            store.publish([run / doc])
    assert store.current_version() == before


def test_identical_files_and_empty_files_are_all_accounted_for(tmp_path):
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    shutil.copy(PACKS[0], raw / "pack.txt")
    shutil.copy(PACKS[0], raw / "pack-copy.txt")
    (raw / "blank.txt").write_bytes(b"")
    (raw / "blank.pdf").write_bytes(b"")
    report = run_ingest([str(raw)], str(curated))
    assert report["seen"] == 4
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT source_path, aliases, status, error FROM documents ORDER BY source_path").fetchall()
    found = {Path(p).name for p, aliases, _, _ in rows} | {Path(a).name for _, aliases, _, _ in rows for a in aliases}
    assert found == {"pack.txt", "pack-copy.txt", "blank.txt", "blank.pdf"}
    errors = {Path(p).name: e for p, _, s, e in rows if s == "error"}
    assert set(errors) == {"blank.txt", "blank.pdf"} and all(e.startswith("empty document") for e in errors.values())
    # The copy removed: the alias goes on the next run.
    (raw / "pack-copy.txt").unlink()
    run_ingest([str(raw)], str(curated))
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT aliases FROM documents WHERE status = 'ok'").fetchone()[0] == []
