"""``minutebook serve``: the nightly schedule in one long-running process, with no server.

Prefect's ``flow.serve`` cannot schedule against the temporary API it starts on its own
("Cannot schedule flows on an ephemeral server"), so a served flow never ran. This loop keeps
the schedule itself: it computes the next time from the cron expression (``cronsim``, which
Prefect already installs), sleeps until then, and runs ``minutebook ingest`` as a child
process, so every run is an ordinary ingest (a Prefect flow run, a ``runs`` row, the single-
writer lock) and a stop signal never leaves half a run in this process.

* Catch-up: at start-up, a scheduled time missed since the last recorded run (the machine was
  off, or nothing has ever run) runs at once.
* A run still going when the next is due is not started twice: runs are sequential here, and
  a run another process holds the curated folder for is skipped with the reason recorded.
* SIGTERM or Ctrl-C stops the loop: a run in progress is stopped (the crash-safety rules
  leave the last published version readable) and the process exits 0.
* ``DIR/.serve.json`` says what the server is doing (pid, schedule, next run, last run's exit,
  skipped runs) for ``minutebook runs``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

STATE_FILE = ".serve.json"


def next_time(cron: str, timezone: str, after: dt.datetime) -> dt.datetime:
    """Given a cron expression, its time zone and an aware time, return the first scheduled
    time strictly after it (aware, in that zone)."""
    from cronsim import CronSim

    zone = ZoneInfo(timezone)
    start = after.astimezone(zone).replace(microsecond=0)
    return next(iter(CronSim(cron, start)))


def missed_since(cron: str, timezone: str, last_run: dt.datetime | None, now: dt.datetime) -> bool:
    """Given the schedule, when the last run started (None: never) and now, say whether a
    scheduled time has passed without a run."""
    if last_run is None:
        return True
    return next_time(cron, timezone, last_run) <= now


def last_run_started(curated: Path) -> dt.datetime | None:
    """Given a curated folder, return when its last recorded run started (None if none)."""
    from minutebook.store import CuratedStore

    if not (curated / "CURRENT").exists():
        return None
    runs = CuratedStore(curated).read_table("runs", columns=["started_at"]).column("started_at").to_pylist()
    times = [t for t in runs if t is not None]
    return max(times) if times else None


def read_state(curated: Path) -> dict | None:
    """Given a curated folder, return what a serving process last wrote about itself, if any."""
    try:
        return json.loads((curated / STATE_FILE).read_text())
    except (OSError, ValueError):
        return None


class Server:
    """The schedule loop for one curated folder (see the module docstring)."""

    def __init__(self, sources: list[str], curated: Path, cron: str, timezone: str, workers: int = 1,
                 extra_args: list[str] | None = None):
        self.sources = [str(Path(s).absolute()) for s in sources]
        self.curated = curated.absolute()
        self.cron, self.timezone, self.workers = cron, timezone, workers
        self.extra_args = extra_args or []
        self.stop = threading.Event()
        self.child: subprocess.Popen | None = None
        self.state: dict = {"pid": os.getpid(), "cron": cron, "timezone": timezone, "sources": self.sources,
                            "started_at": _now().isoformat(), "next_run": None, "last_exit": None,
                            "last_finished": None, "skipped": []}

    def run_forever(self) -> int:
        """Run scheduled ingests until a stop signal; return the exit code (0)."""
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._on_signal)
        self.curated.mkdir(parents=True, exist_ok=True)
        now = _now()
        if missed_since(self.cron, self.timezone, last_run_started(self.curated), now):
            print(f"minutebook serve: catching up a run missed since the last one ({now:%Y-%m-%d %H:%M %Z})",
                  flush=True)
            self._run_once()
        while not self.stop.is_set():
            due = next_time(self.cron, self.timezone, _now())
            self.state["next_run"] = due.isoformat()
            self._write_state()
            print(f"minutebook serve: next run at {due.isoformat()}", flush=True)
            while not self.stop.is_set() and _now() < due:
                self.stop.wait(min(30.0, max(0.1, (due - _now()).total_seconds())))
            if not self.stop.is_set():
                self._run_once()
        self.state["next_run"] = None
        self.state["stopped_at"] = _now().isoformat()
        self._write_state()
        print("minutebook serve: stopped", flush=True)
        return 0

    def _run_once(self) -> None:
        """Run one ingest as a child process, recording how it ended."""
        cmd = [sys.executable, "-m", "minutebook.cli", "ingest", *self.sources, "--curated", str(self.curated),
               "--workers", str(self.workers), "--wait", "0", *self.extra_args]
        started = _now()
        # Its own process group, so a stop reaches the sandboxes and Prefect's API it starts.
        self.child = subprocess.Popen(cmd, start_new_session=True)
        code = self.child.wait()
        self.child = None
        if self.stop.is_set():
            return
        self.state.update(last_exit=code, last_started=started.isoformat(), last_finished=_now().isoformat())
        if code == 3:  # another process holds the curated folder (see ``minutebook ingest``)
            self.state["skipped"] = (self.state["skipped"] + [
                {"at": started.isoformat(), "reason": "another run held the curated folder"}])[-20:]
            print("minutebook serve: run skipped: another run holds the curated folder", flush=True)
        self._write_state()

    def _on_signal(self, signum, frame) -> None:
        self.stop.set()
        child = self.child
        if child is not None and child.poll() is None:
            try:
                os.killpg(child.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def _write_state(self) -> None:
        tmp = self.curated / (STATE_FILE + ".tmp")
        tmp.write_text(json.dumps(self.state, indent=1))
        os.replace(tmp, self.curated / STATE_FILE)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)
