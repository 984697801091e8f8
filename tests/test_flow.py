"""The Prefect ingest flow: incremental, idempotent, failures recorded, report written."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

import minutebook.ingest_run as ingest_run
from flows.ingest import ingest
from tests.conftest import FIXTURES, ROOT

SAMPLE = ROOT / "data" / "raw"


pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "raw"
    src.mkdir()
    for path in SAMPLE.glob("*.txt"):
        shutil.copy(path, src / path.name)
    shutil.copy(FIXTURES / "deployment" / "licensing-board-2022-02-01.txt", src)
    (src / "scan.pdf").write_bytes(b"%PDF-1.4\n% not really\n")
    (src / "empty.txt").write_bytes(b"")
    return src


def _q(curated: Path, sql: str):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_flow_records_every_document_and_bad_ones_do_not_stop_the_run(corpus, tmp_path):
    curated = tmp_path / "curated"
    report = ingest([str(corpus)], str(curated))
    assert report["seen"] == 5 and report["new"] == 5 and report["failed"] == 2
    rows = dict(_q(curated, "SELECT regexp_extract(source_path, '[^/]+$'), status FROM documents"))
    assert rows["empty.txt"] == "error" and rows["scan.pdf"] == "error"
    assert rows["licensing-board-2022-02-01.txt"] == "ok"
    errors = dict(_q(curated, "SELECT regexp_extract(source_path, '[^/]+$'), error FROM documents WHERE status='error'"))
    assert errors["empty.txt"].startswith("empty document")
    assert _q(curated, "SELECT count(*) FROM resolutions")[0][0] >= 3
    assert _q(curated, "SELECT documents_new, documents_failed FROM runs") == [(5, 2)]


def test_flow_second_run_over_unchanged_corpus_skips_everything(corpus, tmp_path):
    curated = tmp_path / "curated"
    ingest([str(corpus)], str(curated))
    before = _q(curated, "SELECT count(*) FROM resolutions")[0][0]
    files = sorted(p.name for p in (curated / "resolutions").iterdir())
    again = ingest([str(corpus)], str(curated))
    assert again["new"] == 0 and again["skipped"] == 5 and again["failed"] == 0
    assert sorted(p.name for p in (curated / "resolutions").iterdir()) == files  # nothing rewritten
    assert _q(curated, "SELECT count(*) FROM resolutions")[0][0] == before
    assert _q(curated, "SELECT documents_new, documents_skipped FROM runs ORDER BY started_at") == [(5, 0), (0, 5)]
    # The full-text index survives a run that changed no document.
    assert _q(curated, "SELECT count(*) FROM search_corpus")[0][0] >= before


def test_flow_changed_file_replaces_its_rows(corpus, tmp_path):
    curated = tmp_path / "curated"
    ingest([str(corpus)], str(curated))
    path = corpus / "licensing-board-2022-02-01.txt"
    count_sql = "SELECT count(*) FROM resolutions r JOIN documents d USING (doc_id) WHERE d.source_path LIKE '%licensing-board%'"
    before = _q(curated, count_sql)[0][0]
    path.write_text(path.read_text() + "\n**14. ANY OTHER BUSINESS**\n\nResolved:- That the Board thank the officers.\n")
    report = ingest([str(corpus)], str(curated))
    assert report["new"] == 1 and report["removed"] == 1
    assert _q(curated, count_sql)[0][0] == before + 1
    assert _q(curated, "SELECT count(*) FROM documents WHERE source_path LIKE '%licensing-board%'")[0][0] == 1


def test_flow_new_pipeline_version_reextracts_everything(corpus, tmp_path, monkeypatch):
    curated = tmp_path / "curated"
    ingest([str(corpus)], str(curated))
    monkeypatch.setattr(ingest_run, "pipeline_version", lambda: "9.9.9+test")
    report = ingest([str(corpus)], str(curated))
    assert report["new"] == 5 and report["skipped"] == 0
    assert _q(curated, "SELECT DISTINCT pipeline_version FROM documents") == [("9.9.9+test",)]
    assert _q(curated, "SELECT count(*) FROM documents")[0][0] == 5


def test_flow_extractor_crash_is_recorded_on_the_document(corpus, tmp_path, monkeypatch):
    import extractors.pipeline

    def boom(doc, settings=None):
        raise ValueError("synthetic extractor bug")

    monkeypatch.setattr(extractors.pipeline, "extract_all", boom)
    curated = tmp_path / "curated"
    report = ingest([str(corpus)], str(curated))
    assert report["failed"] == 5
    errors = [e for (e,) in _q(curated, "SELECT error FROM documents WHERE status = 'error'")]
    assert sum("synthetic extractor bug" in e for e in errors) == 3
    assert _q(curated, "SELECT count(*) FROM resolutions")[0][0] == 0  # nothing half-written


def test_flow_writes_markdown_run_report(corpus, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    ingest([str(corpus)], str(tmp_path / "curated"))
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["ingest-report"])))
    assert artifacts
    assert "| seen | 5 |" in artifacts[0].data


def test_flow_counts_documents_read_without_a_meeting(corpus, tmp_path):
    """A readable document in which no meeting is found is counted and named in the run
    report, so a drop in coverage is seen the night it happens."""
    (corpus / "officer-report.txt").write_text(
        "Summary Sheet\n\nReport Title\n\nHighway verges: cutting schedule\n\n1. Recommendations\n\n"
        "1.1 That the schedule be noted.\n", encoding="utf-8")
    curated = tmp_path / "curated"
    report = ingest([str(corpus)], str(curated))
    assert [Path(p).name for p in report["no_meeting"]] == ["officer-report.txt"]
    assert "read, but no meeting found | 1 |" in report["markdown"]
    counts = _q(curated, "SELECT json_extract(counts_json, '$.no_meeting_found') FROM runs")
    assert counts == [("1",)] or counts == [(1,)]
