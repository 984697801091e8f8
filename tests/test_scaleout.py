"""Scale-out: document tasks on a local Dask cluster (--workers) or an existing one (--dask-address)."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.ingest import ingest
from tests.conftest import ROOT


pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "raw"
    src.mkdir()
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "content").glob("*.txt")):
        shutil.copy(path, src / path.name)
    return src


def _content(curated):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        return {t: sorted(map(repr, con.execute(f"SELECT * EXCLUDE (doc_id) FROM {t}").fetchall()))
                for t in ("meetings", "resolutions", "attendees", "actions")}


@pytest.mark.parametrize("time_limit", [None, 120], ids=["in-worker", "sandboxed"])
def test_scaleout_two_local_workers_give_the_same_result(corpus, tmp_path, time_limit):
    # Sandboxed is how `minutebook ingest --workers 2` runs: each worker warms its own
    # sandbox child as the run starts, and its documents go through it.
    one = ingest([str(corpus)], str(tmp_path / "one"), workers=1)
    two = ingest([str(corpus)], str(tmp_path / "two"), workers=2, time_limit=time_limit)
    assert one["new"] == two["new"] == len(list(corpus.glob("*.txt"))) and two["failed"] == 0
    assert _content(tmp_path / "one") == _content(tmp_path / "two")
    if time_limit:
        # Two threads of this process, each driving its own sandbox child: no cluster to start.
        from minutebook import ingest_run

        pool = ingest_run._pool({"time_limit": time_limit, "memory_limit": None})
        assert len(pool.all) == 2 and len({s.proc.pid for s in pool.all if s.proc}) == 2


def test_scaleout_task_runner_for_the_workers_asked_for():
    from prefect.task_runners import ThreadPoolTaskRunner

    from flows.ingest import _task_runner

    threads = _task_runner(2, None, sandboxed=True)
    assert isinstance(threads, ThreadPoolTaskRunner) and threads._max_workers == 2
    assert type(_task_runner(2, None, sandboxed=False)).__name__ == "DaskTaskRunner"  # PDFium is not thread-safe
    assert type(_task_runner(1, "tcp://127.0.0.1:8786")).__name__ == "DaskTaskRunner"


def test_scaleout_existing_dask_cluster_by_address(corpus, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = ingest([str(corpus)], str(tmp_path / "remote"), dask_address=cluster.scheduler_address,
                        time_limit=120)
    assert report["new"] == len(list(corpus.glob("*.txt"))) and report["failed"] == 0
    assert _content(tmp_path / "remote")["resolutions"]


def test_scaleout_warm_worker_starts_the_sandbox_its_documents_then_use(tmp_path):
    import asyncio
    import threading

    from flows import ingest as ingest_module
    from minutebook import ingest_run
    from minutebook.version import pipeline_version

    limits = {"time_limit": 120.0, "memory_limit": None}
    asyncio.run(ingest_module.warm_worker(None))  # no limits: nothing to start
    assert not any(t.name == "minutebook-warm-sandbox" for t in threading.enumerate())
    asyncio.run(ingest_module.warm_worker(limits))  # returns at once; the child starts behind it
    for thread in [t for t in threading.enumerate() if t.name == "minutebook-warm-sandbox"]:
        thread.join(120)
    sandbox = ingest_run._pool(limits).all[0]
    try:
        assert sandbox.proc is not None and sandbox.proc.poll() is None
        pid = sandbox.proc.pid
        result = sandbox.run({"path": str(ROOT / "data" / "raw" / "housing-scrutiny-2021-03-09.txt"),
                              "run_dir": str(tmp_path), "version": pipeline_version(), "reader_settings": None})
        assert result["status"] == "ok" and result["counts"]["resolutions"] > 0
        assert sandbox.proc.pid == pid  # the warmed child did the work: no second start-up
    finally:
        sandbox.close()
        ingest_run._SANDBOXES.clear()
