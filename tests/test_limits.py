"""Per-document limits: a pathological document is recorded as an error; the run goes on."""

from __future__ import annotations

import shutil

import duckdb

from flows.ingest import run_ingest
from minutebook.render import render_lines_to_pdf
from tests.conftest import ROOT


def test_limits_time_limit_records_error_and_others_are_ingested(tmp_path):
    src = tmp_path / "raw"
    src.mkdir()
    # Thousands of pages of resolutions: far more work than a 0.5 s allowance.
    render_lines_to_pdf(["Resolved:- That the report be noted and the update received."] * 60000,
                        src / "huge.pdf", lines_per_page=60)
    shutil.copy(ROOT / "data" / "raw" / "housing-scrutiny-2021-03-09.txt", src)
    report = run_ingest([str(src)], str(tmp_path / "curated"), limits={"time_limit": 0.5, "memory_limit": None})
    assert report["failed"] == 1
    with duckdb.connect(str(tmp_path / "curated" / "minutebook.duckdb"), read_only=True) as con:
        rows = dict(con.execute("SELECT regexp_extract(source_path, '[^/]+$'), error FROM documents").fetchall())
        assert rows["huge.pdf"].startswith("time limit exceeded")
        assert rows["housing-scrutiny-2021-03-09.txt"] is None
        assert con.execute("SELECT count(*) FROM resolutions").fetchone()[0] >= 5


def test_limits_page_limit_is_an_error_with_its_reason(tmp_path):
    src = tmp_path / "raw"
    src.mkdir()
    render_lines_to_pdf(["Resolved:- That the report be noted."] * 400, src / "long.pdf", lines_per_page=40)
    report = run_ingest([str(src)], str(tmp_path / "curated"), reader_settings={"max_pages": 5})
    assert report["failures"][0][1].startswith("too many pages: 10 pages exceeds the limit of 5")
