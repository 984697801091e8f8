"""Run one ingest and SIGKILL ourselves at a chosen point (used by tests/test_crash.py).

Usage: python -m tests.crash_runner SOURCE CURATED POINT

POINT is ``none`` (run to the end), ``stage:N`` (after the N-th document is staged), or
``WHEN:STEP:N`` with WHEN ``before`` or ``after`` the N-th call of STEP, one of the steps in
``STEPS``: writing staged rows, hard-linking unchanged files, writing Parquet, deriving the
published tables (the meeting merge, ``meeting_sources``, ``people``), checking keys, the
commit (``CURRENT``), pointing the table links, rebuilding DuckDB and its full-text index,
and pruning old versions.
"""

from __future__ import annotations

import os
import signal
import sys

import pyarrow.parquet as pq

import minutebook.merge as merge
import minutebook.people as people
import minutebook.search as search
import minutebook.store as store
import minutebook.views as views
from flows.ingest import run_ingest

# step name -> (object holding it, attribute)
STEPS = {
    "parquet_writer": (pq.ParquetWriter, "write_table"),
    "link": (store.os, "link"),
    "replace": (store.os, "replace"),
    "symlink": (store.os, "symlink"),
    "write_parquet": (store, "write_parquet"),
    "derive": (store.CuratedStore, "_derive_published"),
    "sources": (merge, "meeting_sources"),
    "people": (people, "build_people"),
    "check_keys": (store.CuratedStore, "_check_keys"),
    "commit": (store, "_atomic_write_text"),
    "point_links": (store.CuratedStore, "_point_links"),
    "duckdb": (store.CuratedStore, "_rebuild_duckdb"),
    "views": (views, "build_database"),
    "fts": (search, "build_index"),
    "gc": (store.CuratedStore, "_collect_garbage"),
    "rmtree": (store.shutil, "rmtree"),
}


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(when: str, step: str, n: int) -> None:
    owner, attr = STEPS[step]
    original = getattr(owner, attr)
    calls = {"n": 0}

    def wrapped(*args, **kwargs):
        calls["n"] += 1
        if when == "before" and calls["n"] == n:
            die()
        result = original(*args, **kwargs)
        if when == "after" and calls["n"] == n:
            die()
        return result

    setattr(owner, attr, wrapped)


def main(source: str, curated: str, point: str) -> None:
    if point.startswith("stage:"):
        n = int(point.split(":")[1])
        original_stage = store.CuratedStore.stage_document
        calls = {"n": 0}

        def stage_then_die(run_dir, doc_id, records):
            counts = original_stage(run_dir, doc_id, records)
            calls["n"] += 1
            if calls["n"] == n:
                die()
            return counts

        store.CuratedStore.stage_document = staticmethod(stage_then_die)
    elif point != "none":
        when, step, n = point.split(":")
        _arm(when, step, int(n))
    run_ingest([source], curated)


if __name__ == "__main__":
    main(*sys.argv[1:4])
