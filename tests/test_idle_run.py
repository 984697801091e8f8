"""A run with nothing to do records itself without starting Prefect; a run with work still
goes through the Prefect flow (its record kept there)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import duckdb

from tests.conftest import ROOT

PROBE = ("import sys; from minutebook.cli import main; rc = main(sys.argv[1:]); "
         "print('prefect-imported' if 'prefect' in sys.modules else 'no-prefect'); sys.exit(rc)")


def _ingest(src, curated) -> str:
    done = subprocess.run([sys.executable, "-c", PROBE, "ingest", str(src), "--curated", str(curated)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _runs(curated):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        return con.execute("SELECT documents_new, documents_skipped, documents_removed FROM runs "
                           "ORDER BY started_at").fetchall()


def test_idle_runs_skip_prefect_and_are_recorded(tmp_path):
    src, curated = tmp_path / "raw", tmp_path / "curated"
    src.mkdir()
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, src / path.name)
    first = _ingest(src, curated)
    assert "prefect-imported" in first
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        before = con.execute("SELECT count(*) FROM resolutions").fetchone()[0]
    assert before > 0

    idle = _ingest(src, curated)
    assert "no-prefect" in idle
    assert "0 ingested, 2 unchanged" in idle  # the same report as a flow run prints
    assert _runs(curated) == [(2, 0, 0), (0, 2, 0)]
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM resolutions").fetchone()[0] == before
        assert con.execute("SELECT count(*) FROM search_corpus").fetchone()[0] > 0  # index kept

    # New work (a file added) runs the flow again; so does a removal.
    (src / "extra.txt").write_text("TOWN BOARD\nMinutes of the meeting of the Town Board held on 2 May 2023\n"
                                   "1. Roads\nRESOLVED that the roads report be noted.\n", encoding="utf-8")
    assert "prefect-imported" in _ingest(src, curated)
    (src / "extra.txt").unlink()
    assert "prefect-imported" in _ingest(src, curated)
    assert _runs(curated)[2:] == [(1, 2, 0), (0, 2, 1)]
