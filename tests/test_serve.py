"""``minutebook serve`` keeps its schedule with no server, catches up, and stops cleanly."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutebook.schedule import missed_since, next_time

FIXTURES = Path(__file__).parent / "fixtures" / "structure"
UTC = dt.timezone.utc


def test_next_time_follows_the_cron_in_its_time_zone():
    after = dt.datetime(2026, 7, 1, 0, 30, tzinfo=UTC)  # 01:30 in London (summer time)
    assert next_time("0 2 * * *", "Europe/London", after) == dt.datetime(2026, 7, 1, 1, 0, tzinfo=UTC)
    assert next_time("* * * * *", "UTC", after) == dt.datetime(2026, 7, 1, 0, 31, tzinfo=UTC)


@pytest.mark.parametrize("last, expected", [
    (None, True),  # never run: run at start-up
    (dt.datetime(2026, 11, 27, 2, 0, tzinfo=UTC), True),  # the machine was off on the night of the 28th
    (dt.datetime(2026, 11, 28, 2, 0, tzinfo=UTC), False),  # last night's run happened
])
def test_a_missed_run_is_caught_up(last, expected):
    now = dt.datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert missed_since("0 2 * * *", "Europe/London", last, now) is expected


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(1)
    return False


def _runs(curated: Path) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "minutebook.cli", "runs", "--curated", str(curated), "--format", "json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["runs"]


def test_serve_runs_on_schedule_and_stops_on_sigterm(tmp_path):
    """Started with a per-minute schedule, serve catches up at once (nothing has run), then a
    scheduled run picks up a file added afterwards; SIGTERM stops it with exit 0 and no
    traceback, and ``minutebook runs`` lists both runs and the schedule."""
    raw, curated = tmp_path / "raw", tmp_path / "curated"
    raw.mkdir()
    shutil.copy(FIXTURES / "kent_panel.txt", raw / "panel.txt")
    proc = subprocess.Popen([sys.executable, "-m", "minutebook.cli", "serve", str(raw), "--curated", str(curated),
                             "--cron", "* * * * *", "--timezone", "UTC"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for(lambda: (curated / "CURRENT").exists() and (curated / ".serve.json").exists(), 60), \
            "the catch-up run did not publish"
        assert [r["documents_new"] for r in _runs(curated)] == [1]
        shutil.copy(FIXTURES / "kent_cabinet.txt", raw / "cabinet.txt")
        assert _wait_for(lambda: len(_runs(curated)) >= 2, 90), "no scheduled run within 90 s"
        newest = _runs(curated)[0]
        assert (newest["documents_new"], newest["documents_skipped"]) == (1, 1)
        state = json.loads((curated / ".serve.json").read_text())
        assert state["pid"] == proc.pid and state["cron"] == "* * * * *"
        table = subprocess.run([sys.executable, "-m", "minutebook.cli", "runs", "--curated", str(curated)],
                               capture_output=True, text=True, check=True).stdout
        assert "next run at" in table
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "never awaited" not in err
    assert "stopped" in out
    assert "not being served now" in subprocess.run(
        [sys.executable, "-m", "minutebook.cli", "runs", "--curated", str(curated)], capture_output=True, text=True,
        check=True).stdout


def test_serve_refuses_a_bad_schedule(tmp_path):
    done = subprocess.run([sys.executable, "-m", "minutebook.cli", "serve", str(tmp_path), "--curated",
                           str(tmp_path / "c"), "--cron", "61 * * * *"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "bad schedule" in done.stderr
