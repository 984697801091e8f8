"""A curated folder built by the real pipeline, and `minutebook web` serving it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.web.sitedata import build_sources


def ingest(raw: Path, curated: Path) -> None:
    """Given source and curated folders, run `minutebook ingest` as a user would."""
    done = subprocess.run([sys.executable, "-m", "minutebook.cli", "ingest", str(raw), "--curated", str(curated)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="package")
def site_data(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("site")
    raw = build_sources(root)
    curated = root / "curated"
    ingest(raw, curated)
    return {"root": root, "raw": raw, "curated": curated}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="package")
def site(site_data):
    """`minutebook web` started from the command line on a free port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "minutebook.cli", "web", "--curated", str(site_data["curated"]),
                             "--port", str(port)], cwd=site_data["root"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "MINUTEBOOK_WEB_LOG": "warning"})
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/meetings", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError("minutebook web did not start: " + (proc.stderr.read() if proc.stderr else ""))
            time.sleep(0.2)
    yield {**site_data, "url": base, "port": port, "proc": proc}
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
