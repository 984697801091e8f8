"""The nightly deployment for real: a Prefect server on loopback, `prefect deploy`, a worker.

Slow (a server start and a worker run, about a minute) but it is the only proof that
prefect.yaml, the work pool and the flow entrypoint fit together.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
PREFECT = Path(sys.executable).parent / "prefect"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def prefect_server(tmp_path):
    port = _free_port()
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_LOGGING_LEVEL": "WARNING"}
    env.pop("PREFECT_API_URL", None)
    log = open(tmp_path / "server.log", "w")
    server = subprocess.Popen([str(PREFECT), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    api = f"http://127.0.0.1:{port}/api"
    try:
        for _ in range(240):
            try:
                with urllib.request.urlopen(api + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("Prefect server did not start: " + (tmp_path / "server.log").read_text()[-2000:])
        yield {**env, "PREFECT_API_URL": api}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _prefect(env, *args, timeout=180):
    result = subprocess.run([str(PREFECT), *args], cwd=ROOT, env={**env, "PWD": str(ROOT)}, capture_output=True,
                            text=True, timeout=timeout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


def test_deployment_nightly_ingest_runs_on_a_worker(prefect_server, tmp_path):
    env = prefect_server
    curated = tmp_path / "curated"
    source = ROOT / "tests" / "fixtures" / "deployment"
    _prefect(env, "work-pool", "create", "minutebook-process", "--type", "process")
    _prefect(env, "--no-prompt", "deploy", "--all")
    inspected = _prefect(env, "deployment", "inspect", "ingest/nightly-ingest")
    assert "0 2 * * *" in inspected and "Europe/London" in inspected
    _prefect(env, "deployment", "run", "ingest/nightly-ingest", "--param", f"source={source}",
             "--param", f"curated={curated}")
    _prefect(env, "worker", "start", "--pool", "minutebook-process", "--run-once", timeout=300)
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        statuses = con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall()
        assert statuses == [("ok", 1)]
        assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM resolutions").fetchone()[0] >= 1
