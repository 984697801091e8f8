"""A pool of two document sandboxes starts one child and forks the second from it.

The forked child must behave as a started one: read documents with the same result, be killed
at the time limit and replaced, and end when the pool closes.
"""

from __future__ import annotations

import shutil
import time

import pytest

from minutebook.ingest_run import SandboxPool
from minutebook.process import process_document_fn
from minutebook.render import render_lines_to_pdf
from minutebook.sandbox import Casualty, _Forked
from tests.conftest import ROOT

SAMPLE = ROOT / "data" / "raw" / "housing-scrutiny-2021-03-09.txt"


def _warm_pool(limits: dict, n: int = 2) -> SandboxPool:
    pool = SandboxPool(limits)
    pool.warm(n)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # the pool starts its children in the background
        if all(s.proc is not None and not s.lock.locked() for s in pool.all):
            return pool
        time.sleep(0.05)
    pytest.fail("the sandbox children did not start")


def _close(pool: SandboxPool) -> None:
    for sandbox in pool.all:
        sandbox.close()


def test_second_child_is_forked_and_reads_documents_like_the_first(tmp_path):
    pool = _warm_pool({"time_limit": 120.0, "memory_limit": None})
    try:
        first, second = pool.all
        assert not isinstance(first.proc, _Forked) and isinstance(second.proc, _Forked)
        assert second.proc.pid != first.proc.pid and second.proc.poll() is None
        shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
        runs = []
        for k, sandbox in enumerate((first, second, None)):
            run_dir = tmp_path / f"run{k}"
            run_dir.mkdir()
            request = {"path": str(tmp_path / SAMPLE.name), "run_dir": str(run_dir), "version": "t", "reader_settings": None}
            result = sandbox.run(request) if sandbox else process_document_fn(**request)
            runs.append({k: v for k, v in result.items() if k not in ("stage", "seconds", "run_dir")})
        assert runs[0] == runs[1] == runs[2]
        assert runs[1]["counts"]["resolutions"] >= 5
    finally:
        _close(pool)
    deadline = time.monotonic() + 10
    while second.proc is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(s.proc is None for s in pool.all)


def test_forked_child_killed_at_the_time_limit_is_replaced(tmp_path):
    pool = _warm_pool({"time_limit": 0.5, "memory_limit": None})
    try:
        _, second = pool.all
        forked = second.proc
        assert isinstance(forked, _Forked)
        render_lines_to_pdf(["Resolved:- That the report be noted and the update received."] * 60000,
                            tmp_path / "huge.pdf", lines_per_page=60)
        (tmp_path / "run").mkdir()
        with pytest.raises(Casualty, match="time limit exceeded"):
            second.run({"path": str(tmp_path / "huge.pdf"), "run_dir": str(tmp_path / "run"), "version": "t",
                        "reader_settings": None})
        assert forked.poll() is not None and second.proc is None
        shutil.copy(SAMPLE, tmp_path / SAMPLE.name)
        result = second.run({"path": str(tmp_path / SAMPLE.name), "run_dir": str(tmp_path / "run"), "version": "t",
                             "reader_settings": None})
        assert result["counts"]["resolutions"] >= 5  # a child of its own took the killed one's place
    finally:
        _close(pool)
