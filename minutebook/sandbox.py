"""Run one document's read -> extract -> stage in a child process, under limits.

A council website can serve anything: a PDF that makes PDFium spin for an hour, one that
exhausts memory, one that crashes the parser outright. Each document therefore runs in a
long-lived child process (started once per worker, restarted only after a casualty) that the
parent can kill when the per-document time limit passes. A pool's second and later children
are forked from its first once that one has imported the pipeline (``Sandbox.fork_from``), so
two workers do not both import it on the same cores. A casualty costs one document,
recorded with the reason; the run goes on.

The child is a plain ``subprocess`` speaking JSON lines on stdin/stdout, so it also works
inside Dask worker processes (which may not fork multiprocessing children).
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass


READY = "minutebook-sandbox-ready"
STARTUP_TIMEOUT = 180.0


@dataclass(frozen=True)
class Limits:
    """Given per-document limits: seconds of wall time and bytes of memory (None: no limit)."""

    time_limit: float | None = 300.0
    memory_limit: int | None = 4 * 1024**3


class Sandbox:
    """Given limits, run documents in a child process; restart it after a timeout or crash."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.proc: subprocess.Popen | None = None
        self.lock = threading.Lock()

    def _start(self) -> subprocess.Popen:
        """Start the child and wait until it has imported the pipeline (not a document's time)."""
        env = {**os.environ}
        if self.limits.memory_limit:
            env["MINUTEBOOK_MEMORY_LIMIT"] = str(self.limits.memory_limit)
        proc = subprocess.Popen(
            [sys.executable, "-m", "minutebook.sandbox"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            text=True,
            bufsize=1,
        )
        ready, _, _ = select.select([proc.stdout], [], [], STARTUP_TIMEOUT)
        if not ready or proc.stdout.readline().strip() != READY:
            proc.kill()
            proc.wait()
            raise RuntimeError("the document sandbox process did not start; run `make setup` and try again")
        return proc

    def fork_from(self, zygote: "Sandbox") -> None:
        """Given a sandbox whose child is running and idle, start this sandbox's child by
        forking that one (``_Forked``): a copy that has imported and warmed the pipeline
        already, so a second worker does not import it again on the same cores (about 1.2 s of
        both cores at the start of every two-worker run). Raises when the fork fails; the
        caller then starts a child of its own."""
        import socket
        import tempfile

        with tempfile.TemporaryDirectory(prefix="minutebook-fork-") as tmp:
            path = os.path.join(tmp, "child")
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.bind(path)
                server.listen(1)
                server.settimeout(STARTUP_TIMEOUT)
                zygote.proc.stdin.write(json.dumps({"fork": path}) + "\n")
                zygote.proc.stdin.flush()
                ready, _, _ = select.select([zygote.proc.stdout], [], [], STARTUP_TIMEOUT)
                reply = json.loads(zygote.proc.stdout.readline() or "{}") if ready else {}
                if "forked" not in reply:
                    raise RuntimeError("the document sandbox process could not be forked")
                conn, _ = server.accept()
            finally:
                server.close()
        conn.settimeout(None)
        proc = _Forked(reply["forked"], conn)
        ready, _, _ = select.select([proc.stdout], [], [], STARTUP_TIMEOUT)
        if not ready or proc.stdout.readline().strip() != READY:
            proc.kill()
            raise RuntimeError("the forked document sandbox process did not start")
        self.proc = proc

    def start(self) -> None:
        """Given a sandbox, start its child now if it is not running (a no-op if it is).

        A worker calls this as soon as it exists, so the child's start-up overlaps the run's
        own (hashing, planning, submitting) instead of delaying the worker's first document.
        """
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                self.proc = self._start()

    def run(self, request: dict) -> dict:
        """Given a request for ``process_document_fn``, return its summary or raise ``Casualty``."""
        with self.lock:
            if self.proc is None or self.proc.poll() is not None:
                self.proc = self._start()
            proc = self.proc
            proc.stdin.write(json.dumps(request) + "\n")
            proc.stdin.flush()
            deadline = None if self.limits.time_limit is None else time.monotonic() + self.limits.time_limit
            line = ""
            while True:
                timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
                ready, _, _ = select.select([proc.stdout], [], [], timeout)
                if ready:
                    line = proc.stdout.readline()
                    break
                if deadline is not None and time.monotonic() >= deadline:
                    self._kill()
                    raise Casualty(
                        f"time limit exceeded: still processing after {self.limits.time_limit:g}s "
                        "(raise --time-limit to allow more)"
                    )
            if not line:
                code = proc.wait()
                self.proc = None
                raise Casualty(_explain_exit(code, self.limits))
            reply = json.loads(line)
            if "crash" in reply:
                raise Casualty(reply["crash"])
            return reply["result"]

    def _kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def close(self) -> None:
        """Given a sandbox, stop its child process."""
        with self.lock:
            if self.proc is not None and self.proc.poll() is None:
                if isinstance(self.proc, _Forked):
                    self.proc.close_input()
                else:
                    self.proc.stdin.close()
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
            self.proc = None


class _Forked:
    """A sandbox child forked from another (``Sandbox.fork_from``), with the interface of the
    ``subprocess.Popen`` the sandbox otherwise holds: ``stdin``, ``stdout``, ``poll``, ``kill``,
    ``wait``. It speaks the same JSON lines over a Unix socket. It is not this process's child
    (its parent, the first sandbox child, lets the kernel reap it), so whether it lives is read
    from /proc, and its exit code is not known: a death is reported as exit 1, or as killed when
    this process killed it."""

    def __init__(self, pid: int, conn):
        self.pid = pid
        self.conn = conn
        self.stdin = conn.makefile("w", encoding="utf-8", newline="\n")
        self.stdout = conn.makefile("r", encoding="utf-8", newline="\n")
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                with open(f"/proc/{self.pid}/stat", "rb") as f:
                    state = f.read().rsplit(b")", 1)[1].split()[0]
                if state in (b"Z", b"X"):
                    self.returncode = 1
            except (FileNotFoundError, ProcessLookupError, IndexError):
                self.returncode = 1
        return self.returncode

    def kill(self) -> None:
        import signal

        try:
            os.kill(self.pid, signal.SIGKILL)
            self.returncode = -signal.SIGKILL
        except ProcessLookupError:
            pass

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() >= deadline:
                raise subprocess.TimeoutExpired(f"pid {self.pid}", timeout)
            time.sleep(0.01)
        try:
            self.conn.close()
        except OSError:
            pass
        return self.returncode

    def close_input(self) -> None:
        import socket

        try:
            self.stdin.flush()
            self.conn.shutdown(socket.SHUT_WR)
        except OSError:
            pass


class Casualty(RuntimeError):
    """Raised when the child process timed out, ran out of memory or crashed on a document."""


def _explain_exit(code: int, limits: Limits) -> str:
    if code < 0:
        import signal

        name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
        return f"the reader crashed on this document (killed by {name})"
    if limits.memory_limit:
        return f"the reader stopped on this document (exit {code}; memory limit {limits.memory_limit // 2**20} MiB)"
    return f"the reader stopped on this document (exit {code})"


def _warm_up() -> None:
    """Load what extraction loads lazily (spaCy pipelines, dateparser's data) before the
    first document's clock starts, so its time limit measures the document, not start-up."""
    from extractors.pipeline import extract_all
    from minutebook.document import document_from_text

    extract_all(document_from_text(
        "MINUTES of a meeting of the Cabinet held on Thursday, 30 January 2025.\n"
        "PRESENT: Mr A Baker (Chairman)\n1. Apologies\n(Item 1)\nRESOLVED that the report be noted.\n"
        "Ann Lee undertook to report back. She declared a personal interest in Item 2 on 3rd of March next year."
    ))


def _child() -> None:
    limit = os.environ.get("MINUTEBOOK_MEMORY_LIMIT")
    if limit:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
    _warm_up()
    _serve(sys.stdin, sys.stdout)


def _serve(inp, out) -> None:
    """Given the request stream and the reply stream, say ready and process documents until
    the input ends; a request {"fork": socket path} starts a copy of this process there."""
    from minutebook.process import process_document_fn

    out.write(READY + "\n")
    out.flush()
    for line in inp:
        request = json.loads(line)
        if "fork" in request:
            out.write(json.dumps({"forked": _fork(request["fork"], out)}) + "\n")
            out.flush()
            continue
        try:
            result = process_document_fn(**request)
            reply = {"result": result}
        except MemoryError:
            reply = {"crash": "memory limit exceeded while processing this document (raise --memory-limit)"}
        except OSError as exc:
            reply = {"crash": f"cannot read file: {exc}"}
        out.write(json.dumps(reply, default=str) + "\n")
        out.flush()


def _fork(path: str, out) -> int:
    """Given a Unix socket path, fork: the copy connects there and serves documents on it (it
    never returns); this process returns the copy's pid. Copies are reaped by the kernel."""
    import signal
    import socket

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    out.flush()
    pid = os.fork()
    if pid:
        return pid
    try:
        os.close(0)  # the first child's pipes stay the first child's: its parent sees their end
        os.close(1)
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(path)
        _serve(conn.makefile("r", encoding="utf-8", newline="\n"), conn.makefile("w", encoding="utf-8", newline="\n"))
    finally:
        os._exit(0)


if __name__ == "__main__":
    _child()
