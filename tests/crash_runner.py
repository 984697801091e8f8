"""Run one ingest and SIGKILL ourselves at a named point (used by tests/test_crash.py).

Usage: python -m tests.crash_runner SOURCE CURATED POINT
POINT is one of: none, staging (after the first document is staged), before-commit (new
version fully written, CURRENT not yet renamed), after-commit (CURRENT renamed, links not
swapped), mid-links (half the table links swapped), before-duckdb (links swapped, database not
rebuilt).
"""

from __future__ import annotations

import os
import signal
import sys

import minutebook.store as store
from flows.ingest import run_ingest


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(source: str, curated: str, point: str) -> None:
    if point == "staging":
        original_stage = store.CuratedStore.stage_document

        def stage_then_die(run_dir, doc_id, records):
            original_stage(run_dir, doc_id, records)
            die()

        store.CuratedStore.stage_document = staticmethod(stage_then_die)
    elif point == "before-commit":
        original_write = store._atomic_write_text

        def write(path, text):
            if path.name == "CURRENT":
                die()
            original_write(path, text)

        store._atomic_write_text = write
    elif point == "after-commit":
        store.CuratedStore._point_links = lambda self, vid: die()
    elif point == "mid-links":
        original_symlink = os.symlink
        calls = {"n": 0}

        def symlink(src, dst, *args, **kwargs):
            calls["n"] += 1
            if calls["n"] > 5:
                die()
            original_symlink(src, dst, *args, **kwargs)

        store.os.symlink = symlink
    elif point == "before-duckdb":
        store.CuratedStore._rebuild_duckdb = lambda self, vid, **kwargs: die()
    run_ingest([source], curated)


if __name__ == "__main__":
    main(*sys.argv[1:4])
