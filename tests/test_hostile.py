"""Hostile input: every file gets a status and a readable error; good files are fully extracted."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from flows.ingest import run_ingest
from tests.hostile import write_hostile_corpus

ENTITY_SQL = {
    "meetings": "SELECT committee, meeting_date, kind FROM meetings WHERE doc_id IN ({ids}) ORDER BY ALL",
    "resolutions": "SELECT meeting_id, minute_number, seq, text FROM resolutions WHERE doc_id IN ({ids}) ORDER BY ALL",
    "attendees": "SELECT meeting_id, name, status FROM attendees WHERE doc_id IN ({ids}) ORDER BY ALL",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    expected = write_hostile_corpus(folder / "raw")
    curated = folder / "curated"
    result = subprocess.run(
        [sys.executable, "-m", "minutebook.cli", "ingest", str(folder / "raw"), "--curated", str(curated),
         "--time-limit", "120"],
        capture_output=True, text=True, timeout=600,
    )
    return folder, expected, curated, result


def _rows(curated: Path, sql: str):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_hostile_run_exits_zero(hostile):
    _, _, _, result = hostile
    assert result.returncode == 0, result.stderr[-3000:]
    assert "failed" in result.stdout


def test_hostile_every_file_gets_its_status_and_a_readable_error(hostile):
    _, expected, curated, _ = hostile
    got = dict(_rows(curated, "SELECT regexp_extract(source_path, '[^/]+$'), status FROM documents"))
    assert got == expected
    for name, status, error in _rows(curated, "SELECT regexp_extract(source_path, '[^/]+$'), status, error FROM documents"):
        if status == "ok":
            assert error is None
        else:
            assert error and len(error) < 400 and "Traceback" not in error, (name, error)


@pytest.mark.parametrize(
    "name, message",
    [
        ("zero.txt", "empty document"),
        ("whitespace.txt", "empty document"),
        ("junk.txt", "not a text document"),
        ("random-bytes.pdf", "not a PDF"),
        ("error-page.pdf", "HTML page"),
        ("encrypted.pdf", "encrypted"),
        ("scanned.pdf", "no text layer"),
        ("folder.pdf", "directory"),
    ],
)
def test_hostile_error_messages_say_what_is_wrong(hostile, name, message):
    _, _, curated, _ = hostile
    (error,) = _rows(curated, f"SELECT error FROM documents WHERE source_path LIKE '%/{name}'")[0]
    assert message in error


def test_hostile_strings_are_stored_as_data(hostile):
    _, expected, curated, _ = hostile
    committees = [c for (c,) in _rows(curated, "SELECT committee FROM meetings")]
    assert any("Drop Table" in c or "DROP TABLE" in c for c in committees if c)
    texts = [t for (t,) in _rows(curated, "SELECT text FROM resolutions")]
    assert any("DELETE FROM resolutions" in t for t in texts)
    assert any("${jndi:ldap://x}" in t for t in texts)
    assert all("\x00" not in t for t in texts)
    assert _rows(curated, "SELECT count(*) FROM documents")[0][0] == len(expected)  # no table was dropped


def test_hostile_good_documents_extract_as_if_alone(hostile, tmp_path):
    folder, expected, curated, _ = hostile
    alone = tmp_path / "alone"
    alone.mkdir()
    good = [n for n, s in expected.items() if s == "ok"]
    for name in good:
        shutil.copy(folder / "raw" / name, alone / name)
    clean = tmp_path / "clean"
    run_ingest([str(alone)], str(clean))
    ids = ",".join(f"'{d}'" for (d,) in _rows(clean, "SELECT doc_id FROM documents"))
    assert len(ids.split(",")) == len(good)
    for table, sql in ENTITY_SQL.items():
        assert _rows(curated, sql.format(ids=ids)) == _rows(clean, sql.format(ids=ids)), table
    assert _rows(clean, "SELECT count(*) FROM resolutions")[0][0] >= 10
