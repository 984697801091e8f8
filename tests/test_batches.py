"""Documents go to Prefect in batches of about equal size; a file that cannot be read costs
only itself."""

from __future__ import annotations

from pathlib import Path

from minutebook.ingest_run import SourceFile, balanced_batches, process_batch
from minutebook.version import pipeline_version
from tests.conftest import ROOT


def _sources(sizes):
    return [SourceFile(Path(f"/papers/{k}.pdf"), f"{k:064x}", size) for k, size in enumerate(sizes)]


def test_batches_balance_bytes_and_keep_every_document_once():
    sources = _sources([900, 500, 400, 300, 300, 200, 100, 100, 0])
    batches = balanced_batches(sources, 3)
    assert sorted(s.doc_id for b in batches for s in b) == sorted(s.doc_id for s in sources)
    weights = [sum(s.size for s in b) for b in batches]
    assert weights == sorted(weights, reverse=True)  # heaviest first
    assert max(weights) - min(weights) <= 200  # (900 | 500+400 | 300+300+200+100+100)
    assert len(balanced_batches(sources[:2], 8)) == 2  # never an empty batch
    assert balanced_batches([], 4) == []


def test_a_batch_records_an_unreadable_file_and_goes_on(tmp_path, monkeypatch):
    import minutebook.ingest_run as ingest_run

    monkeypatch.setattr(ingest_run.time, "sleep", lambda s: None)  # the retry's pause
    good = ROOT / "data" / "raw" / "housing-scrutiny-2021-03-09.txt"
    gone = tmp_path / "vanished.txt"
    items = [[str(gone), "f" * 64, 10], [str(good), None, good.stat().st_size]]
    results = process_batch(items, str(tmp_path), pipeline_version())
    assert [r["status"] for r in results] == ["error", "ok"]
    assert results[0]["error"].startswith("cannot read file") and results[1]["counts"]["resolutions"] > 0


def test_a_file_is_hashed_once_per_process_while_unchanged(tmp_path):
    # `minutebook ingest` plans once without Prefect, then the flow plans again: the archive
    # must be read once. An unchanged file (same path, size, mtime) is not read again; a
    # changed one is.
    import os

    from minutebook.ingest_run import _hash_file

    path = tmp_path / "pack.txt"
    path.write_bytes(b"Minutes of the meeting")
    first = _hash_file(SourceFile(path))
    stat = path.stat()
    path.write_bytes(b"MINUTES OF THE MEETING")  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _hash_file(SourceFile(path)).doc_id == first.doc_id  # not read again
    path.write_bytes(b"Minutes of the meeting, revised")
    assert _hash_file(SourceFile(path)).doc_id != first.doc_id


def test_threads_sharing_one_queue_process_every_document_once(tmp_path):
    # `--workers 2` on threads: each worker's task takes the next document from one queue
    # until it is empty, so a worker that finishes early takes more instead of waiting.
    import queue
    import threading

    papers = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "content").glob("*.txt"))
    work: queue.Queue = queue.Queue()
    for path in papers:
        work.put([str(path), None, path.stat().st_size])
    results: dict[str, list] = {}

    def worker(name):
        results[name] = process_batch(work, str(tmp_path), pipeline_version())

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done = [r["source_path"] for rows in results.values() for r in rows]
    assert sorted(done) == sorted(map(str, papers)) and work.empty()
    assert all(r["status"] == "ok" for rows in results.values() for r in rows)
