"""Curated store: atomic publish, idempotent re-ingest, one writer, crash recovery."""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow.parquet as pq
import pytest

import minutebook.store as store_mod
from minutebook.store import CuratedStore, StoreBusy

MTG = "mtg_0000000000000001"


def _records(doc_id: str, n_resolutions: int, committee: str = "Audit Committee") -> dict[str, list[dict]]:
    prov = {"doc_id": doc_id, "page": 1, "line_start": 1, "line_end": 2}
    return {
        "documents": [{"doc_id": doc_id, "source_path": f"/x/{doc_id}.txt", "sha256": doc_id, "media_type": "text",
                       "status": "ok", "pipeline_version": "t", "ingested_at": dt.datetime.now(dt.timezone.utc),
                       "text": "a\nb"}],
        "meetings": [{"meeting_id": MTG + doc_id[:2], "committee": committee, "meeting_date": dt.date(2024, 5, 1),
                      "kind": "minutes", **prov}],
        "resolutions": [{"meeting_id": MTG + doc_id[:2], "minute_number": "1", "seq": i + 1,
                         "text": f"That item {i} be noted.", **prov} for i in range(n_resolutions)],
        "attendees": [{"meeting_id": MTG + doc_id[:2], "name": "Cusworth", "honorific": "Councillor",
                       "status": "present", **prov}],
    }


def _publish(store: CuratedStore, run: str, docs: dict[str, dict], remove=()):
    with store.writer():
        run_dir = store.new_run_dir(run)
        for doc_id, records in docs.items():
            store.stage_document(run_dir, doc_id, records)
        return store.publish([run_dir / d for d in docs], remove)


def _glob_count(root, table):
    return duckdb.sql(f"SELECT count(*) FROM read_parquet('{root}/{table}/**/*.parquet')").fetchone()[0]


def test_store_publish_is_readable_by_glob_and_duckdb_views(tmp_path):
    store = CuratedStore(tmp_path)
    result = _publish(store, "r1", {"aa" * 32: _records("aa" * 32, 2), "bb" * 32: _records("bb" * 32, 3)})
    assert result.counts["resolutions"] == 5
    assert _glob_count(tmp_path, "resolutions") == 5
    with duckdb.connect(str(tmp_path / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 5
        assert con.execute("SELECT count(*) FROM audit_trail WHERE kind = 'resolution'").fetchone()[0] == 5
        # Tables with no rows yet still have typed views.
        assert con.execute("SELECT count(*) FROM actions").fetchone()[0] == 0


def test_store_reingest_replaces_rows_never_duplicates(tmp_path):
    store = CuratedStore(tmp_path)
    a, b = "aa" * 32, "bb" * 32
    _publish(store, "r1", {a: _records(a, 2), b: _records(b, 3)})
    _publish(store, "r2", {a: _records(a, 4)})  # a re-extracted: 4 resolutions now
    assert _glob_count(tmp_path, "resolutions") == 7
    assert _glob_count(tmp_path, "documents") == 2
    _publish(store, "r3", {a: _records(a, 4)})  # same again: nothing changes
    assert _glob_count(tmp_path, "resolutions") == 7
    assert _glob_count(tmp_path, "meetings") == 2


def test_store_remove_doc_ids_drops_old_version_of_changed_file(tmp_path):
    store = CuratedStore(tmp_path)
    a, c = "aa" * 32, "cc" * 32
    _publish(store, "r1", {a: _records(a, 2)})
    _publish(store, "r2", {c: _records(c, 1)}, remove={a})
    docs = duckdb.sql(f"SELECT doc_id FROM read_parquet('{tmp_path}/documents/*.parquet')").fetchall()
    assert docs == [(c,)]
    assert _glob_count(tmp_path, "resolutions") == 1


def test_store_unchanged_files_are_hard_linked_not_rewritten(tmp_path):
    store = CuratedStore(tmp_path)
    a, b = "aa" * 32, "bb" * 32
    _publish(store, "r1", {a: _records(a, 2)})
    first = store.table_dir("resolutions")
    (old_file,) = first.glob("*.parquet")
    _publish(store, "r2", {b: _records(b, 1)})
    files = list(store.table_dir("resolutions").glob("*.parquet"))
    assert any(f.name == old_file.name and f.stat().st_ino == old_file.stat().st_ino for f in files)


def test_store_crash_before_commit_keeps_previous_state(tmp_path, monkeypatch):
    store = CuratedStore(tmp_path)
    a, b = "aa" * 32, "bb" * 32
    _publish(store, "r1", {a: _records(a, 2)})
    before = store.current_version()

    def crash(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store_mod, "_atomic_write_text", crash)
    with pytest.raises(OSError):
        _publish(store, "r2", {b: _records(b, 9)})
    monkeypatch.undo()
    assert store.current_version() == before
    assert _glob_count(tmp_path, "resolutions") == 2
    with duckdb.connect(str(tmp_path / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 2
    # The next run converges and clears the half-built version.
    _publish(store, "r3", {b: _records(b, 9)})
    assert _glob_count(tmp_path, "resolutions") == 11
    assert len(list((tmp_path / ".versions").iterdir())) <= store_mod.KEEP_VERSIONS


def test_store_crash_after_commit_is_rolled_forward(tmp_path, monkeypatch):
    store = CuratedStore(tmp_path)
    a, b = "aa" * 32, "bb" * 32
    _publish(store, "r1", {a: _records(a, 2)})
    with pytest.raises(OSError):
        with store.writer():
            run_dir = store.new_run_dir("r2")
            store.stage_document(run_dir, b, _records(b, 1))
            # Killed right after the commit point, before the table links were swapped.
            monkeypatch.setattr(CuratedStore, "_point_links", lambda self, vid: (_ for _ in ()).throw(OSError("killed")))
            store.publish([run_dir / b])
    monkeypatch.undo()
    assert _glob_count(tmp_path, "resolutions") == 2  # readers still see the old links
    with store.writer():  # the next writer recovers: links and views follow CURRENT
        pass
    assert _glob_count(tmp_path, "resolutions") == 3
    with duckdb.connect(str(tmp_path / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM resolutions").fetchone()[0] == 3


def test_store_second_writer_is_refused(tmp_path):
    store = CuratedStore(tmp_path)
    with store.writer():
        with pytest.raises(StoreBusy, match="another minutebook run"):
            with CuratedStore(tmp_path).writer(wait_seconds=0.3):
                pass


def test_store_staged_document_is_complete_and_published_in_one_file_per_table(tmp_path):
    a, b = "aa" * 32, "bb" * 32
    store = CuratedStore(tmp_path / "curated")
    with store.writer():
        run_dir = store.new_run_dir("r1")
        counts = store.stage_document(run_dir, a, _records(a, 3))
        store.stage_document(run_dir, b, _records(b, 2))
        assert counts["resolutions"] == 3
        assert not list(run_dir.glob(".*"))  # no temp files left behind
        store.publish([run_dir / a, run_dir / b])
    (part,) = store.table_dir("resolutions").glob("*.parquet")
    assert pq.read_table(part).num_rows == 5
    assert store.manifest()["resolutions"][part.name] == sorted([a, b])
