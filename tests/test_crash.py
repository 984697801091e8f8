"""Crash torture: SIGKILL the ingest at many points of reading, staging and every step of
publishing (writing, the meeting merge, the key check, the commit, the table links, the
DuckDB rebuild, pruning old versions) and at random moments. After each kill the curated
layer reads through both ``read_parquet('<table>/**/*.parquet')`` and ``minutebook.duckdb``,
each shows the previous version or the new one (never a mix), and the next run converges to
exactly what a clean run produces.

``make test`` runs a short list; ``MINUTEBOOK_CRASH_LONG=1`` runs all of ``POINTS`` and more
random kills (run before closing a change to publishing).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from flows.ingest import run_ingest
from tests.conftest import ROOT

LONG = os.environ.get("MINUTEBOOK_CRASH_LONG") == "1"

# What is compared: content that does not depend on when or where a run happened.
CONTENT = {
    "documents": "doc_id, status, error, pages",
    "meetings": "meeting_id, committee, meeting_date, kind, doc_id",
    "minutes": "meeting_id, minute_number, title, doc_id",
    "resolutions": "meeting_id, minute_number, seq, text, page, line_start",
    "attendees": "meeting_id, name, status, role",
    "actions": "action_id, owners, text, status",
    "tables": "table_id, header, rows",
    "meeting_sources": "meeting_id, doc_id, role",
    "people": "person_id, variants",
}

POINTS = [
    "stage:1", "stage:3",
    "before:parquet_writer:1", "after:parquet_writer:3",
    "before:link:1", "before:link:5", "before:link:12", "after:link:15",
    "before:write_parquet:1", "before:write_parquet:3", "after:write_parquet:5",
    "before:derive:1", "before:sources:1", "after:sources:1", "before:people:1", "after:people:1",
    "before:check_keys:1", "after:check_keys:1",
    "before:commit:1", "after:commit:1",
    "before:point_links:1", "before:symlink:1", "after:symlink:1", "after:point_links:1",
    "before:replace:1", "before:replace:4", "before:replace:8",
    "before:duckdb:1", "before:views:1", "before:fts:1", "after:duckdb:1",
    "before:gc:1", "before:rmtree:1", "after:rmtree:1",
]
SHORT = ["stage:1", "before:link:5", "before:derive:1", "after:people:1", "before:check_keys:1",
         "before:commit:1", "after:commit:1", "before:symlink:1", "before:fts:1", "before:gc:1"]


def _corpus(folder: Path, batch: int) -> Path:
    """Given a batch number, return a source folder: the sample packs plus dated variants,
    and from batch 1 a copy of a pack as PDF (the same meetings in a second document)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")):
        shutil.copy(path, folder / path.name)
        if batch:
            text = path.read_text(encoding="utf-8").replace("2021", "2023").replace("2019", "2022")
            (folder / f"{path.stem}-b{batch}.txt").write_text(text, encoding="utf-8")
    if batch:
        from minutebook.readers import read_document
        from tests.render_pdf import render_text_pack_to_pdf

        first = sorted((ROOT / "data" / "raw").glob("*.txt"))[0]
        if not (folder / "copy.pdf").exists():
            render_text_pack_to_pdf(read_document(first, first.read_bytes()).lines, folder / "copy.pdf")
    return folder


def _parquet_snapshot(curated: Path) -> dict:
    out = {}
    for name, cols in CONTENT.items():
        rows = duckdb.sql(f"SELECT {cols} FROM read_parquet('{curated}/{name}/**/*.parquet')").fetchall()
        out[name] = sorted(map(repr, rows))
    return out


def _duckdb_snapshot(curated: Path) -> dict:
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        out = {name: sorted(map(repr, con.execute(f'SELECT {cols} FROM "{name}"').fetchall()))
               for name, cols in CONTENT.items()}
        orphans = con.execute("SELECT count(*) FROM resolutions WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
        assert orphans.fetchone()[0] == 0
    return out


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """The state after the first night (batch 0) and a clean run's state after the second."""
    root = tmp_path_factory.mktemp("states")
    first = root / "first"
    run_ingest([str(_corpus(root / "raw0", 0))], str(first))
    clean = root / "clean"
    run_ingest([str(_corpus(root / "raw1", 1))], str(clean))
    return _parquet_snapshot(first), _parquet_snapshot(clean)


def _check_after_kill(curated: Path, source: Path, states) -> None:
    before, after = states
    assert _parquet_snapshot(curated) in (before, after), "the Parquet folders mix two versions"
    assert _duckdb_snapshot(curated) in (before, after), "the DuckDB views mix two versions"
    run_ingest([str(source)], str(curated))
    assert _parquet_snapshot(curated) == after
    assert _duckdb_snapshot(curated) == after


@pytest.mark.parametrize("point", POINTS if LONG else SHORT)
def test_kill_at_a_point(tmp_path, point, states):
    source = _corpus(tmp_path / "raw", 0)
    curated = tmp_path / "curated"
    run_ingest([str(source)], str(curated))
    _corpus(source, 1)  # new documents arrive for the next night
    result = subprocess.run([sys.executable, "-m", "tests.crash_runner", str(source), str(curated), point],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == -9, f"{point} was not reached: {result.stderr[-2000:]}"
    _check_after_kill(curated, source, states)


@pytest.mark.parametrize("seed", range(12 if LONG else 2))
def test_kill_at_a_random_moment(tmp_path, seed, states):
    source = _corpus(tmp_path / "raw", 0)
    curated = tmp_path / "curated"
    run_ingest([str(source)], str(curated))
    _corpus(source, 1)
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "tests.crash_runner", str(source), str(curated), "none"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Imports take about a second and the run a few more: kill anywhere in that window.
    time.sleep(random.Random(seed).uniform(0.8, 4.0))
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert time.monotonic() - started < 60
    _check_after_kill(curated, source, states)


def test_the_kill_points_cover_every_step_of_publishing():
    from tests.crash_runner import STEPS

    steps = {p.split(":")[1] for p in POINTS if p.count(":") == 2}
    assert steps == set(STEPS) and len(POINTS) >= 30
