"""One ingest run without orchestration: find the sources, plan what is new, process it, publish.

``flows/ingest.py`` runs this inside Prefect (one task per document, on threads or a Dask
cluster); ``minutebook ingest`` runs it directly when there is nothing to process, so a night
with no new papers, or a refresh that finds none, costs no Prefect start-up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import queue
import sys
import threading
import time
import uuid
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from minutebook.process import empty_doc_id, process_document_fn, stage_error, unreadable_doc_id
from minutebook.readers import SUPPORTED_SUFFIXES
from minutebook.store import CuratedStore
from minutebook.version import pipeline_version

DEFAULT_TIME_LIMIT = 300.0  # seconds per document
DEFAULT_MEMORY_LIMIT = 4 * 1024**3  # bytes per document process


@dataclass
class SourceFile:
    """Given a discovered source, its path and (once hashed) its doc_id."""

    path: Path
    doc_id: str | None = None
    size: int = 0


@dataclass
class RunReport:
    run_id: str
    started_at: dt.datetime
    pipeline_version: str
    seen: int = 0
    new: int = 0
    skipped: int = 0
    failed: int = 0
    removed: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    published_counts: dict[str, int] = field(default_factory=dict)
    version: str | None = None
    duration_s: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)
    # Readable documents in which no meeting was found: a drop in coverage (a new house
    # style, a changed template) shows the night it happens, not when an analyst notices.
    no_meeting: list[str] = field(default_factory=list)
    ocr_documents: int = 0  # documents with pages read by OCR, and those pages
    ocr_pages: int = 0

    def as_record(self, finished_at: dt.datetime) -> dict:
        return {
            "run_id": self.run_id,
            "started_at": self.started_at,
            "finished_at": finished_at,
            "pipeline_version": self.pipeline_version,
            "documents_seen": self.seen,
            "documents_new": self.new,
            "documents_skipped": self.skipped,
            "documents_failed": self.failed,
            "documents_removed": self.removed,
            "duration_s": self.duration_s,
            "counts_json": json.dumps({"extracted": self.counts, "statuses": self.statuses,
                                       "no_meeting_found": len(self.no_meeting),
                                       "ocr_documents": self.ocr_documents, "ocr_pages": self.ocr_pages},
                                      sort_keys=True),
        }

    def markdown(self) -> str:
        lines = [
            f"# minutebook run `{self.run_id}`",
            "",
            f"Pipeline `{self.pipeline_version}`, published version `{self.version or '(unchanged)'}`, "
            f"{self.duration_s:.1f}s.",
            "",
            "| documents | count |",
            "|---|---|",
            f"| seen | {self.seen} |",
            f"| new or changed | {self.new} |",
            f"| skipped (unchanged) | {self.skipped} |",
            f"| failed (error / needs_ocr) | {self.failed} |",
            f"| read, but no meeting found | {len(self.no_meeting)} |",
            f"| read by OCR (pages) | {self.ocr_documents} ({self.ocr_pages}) |",
            "",
            "| table | rows extracted this run | rows published |",
            "|---|---|---|",
        ]
        for name in sorted(set(self.counts) | set(self.published_counts)):
            lines.append(f"| {name} | {self.counts.get(name, 0)} | {self.published_counts.get(name, 0)} |")
        if self.failures:
            lines += ["", "| failed document | error |", "|---|---|"]
            lines += [f"| {p} | {e} |" for p, e in self.failures[:50]]
        if self.no_meeting:
            lines += ["", f"No meeting found: {len(self.no_meeting)} documents (a report or appendix has none; "
                          "minutes or an agenda here mean a house style not read):", ""]
            lines += [f"- {p}" for p in self.no_meeting[:100]]
        return "\n".join(lines)


def discover(sources: list[str | Path]) -> list[SourceFile]:
    """Given files and folders, return the source files beneath them in a stable order.

    Folders are walked recursively for supported suffixes; files named explicitly are taken
    whatever their suffix; hidden files are skipped.
    """
    found: dict[str, SourceFile] = {}
    for source in sources:
        path = Path(source)
        if path.is_dir() and not path.name.lower().endswith(tuple(SUPPORTED_SUFFIXES)):
            for child in sorted(path.rglob("*")):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if child.suffix.lower() in SUPPORTED_SUFFIXES:
                    found.setdefault(str(child), SourceFile(child))
        else:
            found.setdefault(str(path), SourceFile(path))
    return list(found.values())


# sha256 of files already read by this process, by (path, mtime, size): `minutebook ingest`
# first checks whether there is work without Prefect, then runs the flow, and the flow must
# not read the whole archive a second time.
_HASHED: dict[tuple[str, int, int], str] = {}


def _hash_file(source: SourceFile) -> SourceFile:
    """Given a source, return it with its doc_id (sha256 of its bytes) and size.

    A source that cannot be read (a directory named .pdf, a file gone or locked) is keyed by
    its path; its document task then records why.
    """
    path = source.path
    try:
        stat = path.stat()
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        if key in _HASHED:  # the idle check hashed it already, in this process
            return SourceFile(path, _HASHED[key], stat.st_size)
        digest = hashlib.sha256()
        size = 0
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
        if size == 0:
            # Every empty file is its own document (and its own error), whatever its name: one
            # keyed by the empty content's hash would hide all but the first.
            return SourceFile(path, empty_doc_id(path), 0)
        _HASHED[key] = digest.hexdigest()
        return SourceFile(path, _HASHED[key], size)
    except OSError:
        return SourceFile(path, unreadable_doc_id(path), 0)


def process_source(path: str, run_dir: str, version: str, reader_settings: dict | None = None,
                   limits: dict | None = None, doc_id: str | None = None, size: int = 0) -> dict:
    """Given a source path, read it, run the extractors and stage the rows; return a summary.

    With ``limits`` the work runs in a sandboxed child process that is killed when the
    document's time limit passes. Only OSError (the file vanished, the disk hiccuped)
    escapes, so the orchestrator can retry it; everything else becomes a recorded error.
    """
    if not limits:
        return process_document_fn(path, run_dir, version, reader_settings)
    from minutebook.sandbox import Casualty

    request = {"path": path, "run_dir": run_dir, "version": version, "reader_settings": reader_settings}
    pool = _pool(limits)
    sandbox = pool.take()
    try:
        return sandbox.run(request)
    except Casualty as exc:
        source = SourceFile(Path(path), doc_id, size)
        return _record_unreadable(source, Path(run_dir), version, exc, prefix="")
    finally:
        pool.give(sandbox)


class SandboxPool:
    """Given limits, the sandbox child processes of this process: one per document being
    processed at once (one for a Dask worker's single thread, N for N threads of a run)."""

    def __init__(self, limits: dict):
        from minutebook.sandbox import Limits

        self.limits = Limits(**limits)
        self.free: list = []
        self.all: list = []
        self.lock = threading.Lock()

    def take(self):
        """Return an idle sandbox, a new one if all are busy."""
        with self.lock:
            if self.free:
                return self.free.pop()
            return self._new()

    def give(self, sandbox) -> None:
        with self.lock:
            self.free.append(sandbox)

    def warm(self, n: int) -> None:
        """Start children until ``n`` exist, in the background, so the first documents do not
        wait for them; returns at once. The first imports the pipeline (about 1.2 s); the
        others are forked from it once it is ready, instead of importing it again on the same
        cores at the same time."""
        with self.lock:
            fresh = [self._new() for _ in range(n - len(self.all))]
            self.free.extend(fresh)
        if fresh:
            threading.Thread(target=_start_family, args=(fresh,), name="minutebook-warm-sandbox",
                             daemon=True).start()

    def _new(self):
        import atexit

        from minutebook.sandbox import Sandbox

        sandbox = Sandbox(self.limits)
        self.all.append(sandbox)
        atexit.register(sandbox.close)
        return sandbox


def _start_family(sandboxes: list) -> None:
    """Given new sandboxes, start the first's child and fork the others' from it, holding
    every one's lock so no document reaches a child before the forks are done. A sandbox whose
    fork fails is left to start a child of its own on its first document."""
    for sandbox in sandboxes:
        sandbox.lock.acquire()
    try:
        first, rest = sandboxes[0], sandboxes[1:]
        try:
            if first.proc is None or first.proc.poll() is not None:
                first.proc = first._start()
        except Exception:  # the first document starts it again and records why it cannot
            return
        for sandbox in rest:
            try:
                sandbox.fork_from(first)
            except Exception:
                sandbox.proc = None
    finally:
        for sandbox in sandboxes:
            sandbox.lock.release()


_SANDBOXES: dict = {}
_SANDBOXES_LOCK = threading.Lock()


def _pool(limits: dict) -> SandboxPool:
    """Given limits, return this process's pool of sandboxes for them."""
    key = tuple(sorted(limits.items()))
    with _SANDBOXES_LOCK:  # a worker's warm-up and its first document may ask at once
        if key not in _SANDBOXES:
            _SANDBOXES[key] = SandboxPool(limits)
        return _SANDBOXES[key]


def sandbox_limits(time_limit: float | None, memory_limit: int | None) -> dict | None:
    """Given the per-document time (s) and memory (bytes) limits, return the sandbox limits,
    or None when documents run in-process (both unset)."""
    limits = {"time_limit": time_limit or None, "memory_limit": memory_limit or None}
    return limits if any(limits.values()) else None


def plan(sources: list[SourceFile], published: dict[str, dict], version: str,
         roots: list[str | Path] = ()) -> tuple[list[SourceFile], list[SourceFile], set[str]]:
    """Given hashed sources, the published documents and the sources named for the run,
    return (to_process, skipped, to_remove).

    Skipped: bytes and pipeline version already published. To remove: the old doc_id of a
    source path whose bytes changed, and a document whose every path lay under a folder this
    run walked and is gone (deleted from the archive). Documents of other folders are kept.
    """
    by_path = {r["source_path"]: doc_id for doc_id, r in published.items()}
    todo, skipped, remove = [], [], set()
    seen_ids: set[str] = set()
    present = {s.doc_id for s in sources}  # bytes still found under some path are kept
    # A folder that yields no file at all this run (an unmounted share) removes nothing.
    folders = [Path(r).absolute() for r in roots if Path(r).is_dir()]
    folders = [f for f in folders if any(_under(s.path, f) for s in sources)]
    for doc_id, row in published.items():
        paths = [Path(row["source_path"])] + [Path(a) for a in row.get("aliases") or []]
        if doc_id not in present and folders and all(
                any(_under(p, f) for f in folders) and not p.exists() for p in paths):
            remove.add(doc_id)
    for source in sources:
        if source.doc_id in seen_ids:
            skipped.append(source)  # identical bytes under two names: one document (aliases)
            continue
        seen_ids.add(source.doc_id)
        prior = published.get(source.doc_id)
        transient = prior and prior["status"] == "error" and (prior.get("error") or "").startswith("cannot read file")
        if prior and prior["pipeline_version"] == version and not transient:
            skipped.append(source)
            continue
        old = by_path.get(str(source.path))
        if old and old != source.doc_id and old not in present:
            remove.add(old)
        todo.append(source)
    return todo, skipped, remove


def _under(path: Path, folder: Path) -> bool:
    try:
        path.absolute().relative_to(folder)
    except ValueError:
        return False
    return True


class Progress:
    """Given a total, draw a one-line progress bar on stderr (only on a terminal)."""

    def __init__(self, total: int, enabled: bool | None = None):
        self.total, self.done = total, 0
        self.enabled = sys.stderr.isatty() if enabled is None else enabled

    def step(self, label: str = "") -> None:
        self.done += 1
        if self.enabled and self.total:
            width = 30
            filled = int(width * self.done / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} {label[-40:]:<40}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def run_ingest(
    sources: list[str],
    curated: str,
    *,
    limits: dict | None = None,
    wait_seconds: float = 0.0,
    reader_settings: dict | None = None,
    progress: bool | None = None,
    submit=None,
    submitting=None,
    idle_only: bool = False,
    n_batches: int = 4,
    pullers: int = 0,
) -> dict | None:
    """Given sources and a curated folder, do one ingest run; return the run report as a dict.

    ``submit`` is the Prefect batch task's ``.submit`` inside a flow (``process_batch``'s
    arguments; ``n_batches`` batches, or with ``pullers`` that many tasks sharing one queue of
    documents: only for tasks run by threads of this process), or None to run documents
    inline (used by the benchmark to measure the pipeline without orchestration).
    ``submitting`` is a context manager entered around the submission of the documents, only
    when there are any (the flow warms its Dask workers there, so a run with nothing new starts
    none, and serialises its settings once for all the submissions). With ``idle_only`` the run
    goes ahead only when there is nothing to process or remove (it then records itself in
    ``runs``), else returns None having written nothing.
    """
    started = time.perf_counter()
    version = pipeline_version()
    report = RunReport(run_id=time.strftime("run_%Y%m%dT%H%M%SZ", time.gmtime()) + "_" + uuid.uuid4().hex[:4],
                       started_at=dt.datetime.now(dt.timezone.utc), pipeline_version=version)
    store = CuratedStore(curated)
    with store.writer(wait_seconds=wait_seconds):
        files = [_hash_file(s) for s in discover(sources)]
        report.seen = len(files)
        todo, skipped, remove = plan(files, store.published_documents(), version, sources)
        if idle_only and (todo or remove):
            return None  # there is work: the caller runs the orchestrated flow instead
        report.skipped = len(skipped)
        staged: list[Path] = []
        if todo:
            run_dir = store.new_run_dir(report.run_id)
            bar = Progress(len(todo), progress)
            if submit is not None:
                empty = [s for s in todo if s.size == 0 and s.doc_id == empty_doc_id(s.path)]
                results = [stage_error(run_dir, s.doc_id, s.path, "empty document: the file has no bytes", version)
                           for s in empty]
                rest = [s for s in todo if s not in empty]
                if rest:
                    # Documents go to tasks: on threads of this process (``pullers``) one task
                    # per worker, each taking the next document, largest first, from one queue
                    # until it is empty, so the workers end together; elsewhere (Dask) batches
                    # balanced by size. Prefect's own cost is per task (about 0.08 CPU-s in its
                    # API and this process), which on two cores is taken from the parsing.
                    if pullers:
                        work: queue.Queue = queue.Queue()
                        for s in sorted(rest, key=lambda x: -x.size):
                            work.put([str(s.path), s.doc_id, s.size])
                        jobs = [work] * min(pullers, len(rest))
                    else:
                        jobs = [[[str(s.path), s.doc_id, s.size] for s in group]
                                for group in balanced_batches(rest, n_batches)]
                    with submitting() if submitting is not None else nullcontext():
                        futures = [submit(job, str(run_dir), version, reader_settings, limits) for job in jobs]
                    done: dict[str, dict] = {}
                    failure: BaseException | None = None
                    for fut in futures:
                        try:
                            for result in fut.result():
                                done[str(result["source_path"])] = result
                                bar.step(Path(result["source_path"]).name)
                        except Exception as exc:  # a task died (its retries exhausted): its documents
                            failure = exc         # are recorded below with why
                    results += [done.get(str(s.path)) or _record_unreadable(
                        s, run_dir, version, failure or RuntimeError("not processed")) for s in rest]  # planned order
            else:
                results = []
                for s in todo:
                    if s.size == 0 and s.doc_id == empty_doc_id(s.path):
                        results.append(stage_error(run_dir, s.doc_id, s.path, "empty document: the file has no bytes", version))
                        bar.step(s.path.name)
                        continue
                    try:
                        results.append(process_source(str(s.path), str(run_dir), version, reader_settings, limits,
                                                      s.doc_id, s.size))
                    except OSError as exc:
                        results.append(_record_unreadable(s, run_dir, version, exc))
                    bar.step(s.path.name)
            for r in results:
                report.new += 1
                report.statuses[r["status"]] = report.statuses.get(r["status"], 0) + 1
                if r.get("ocr_pages"):
                    report.ocr_documents += 1
                    report.ocr_pages += r["ocr_pages"]
                if r["status"] != "ok":
                    report.failed += 1
                    report.failures.append((r["source_path"], r["error"] or r["status"]))
                elif not r["counts"].get("meetings"):
                    report.no_meeting.append(r["source_path"])
                for name, n in r["counts"].items():
                    report.counts[name] = report.counts.get(name, 0) + n
                staged.append(run_dir / r["doc_id"])
        report.removed = len(remove)
        report.duration_s = time.perf_counter() - started
        # Every run is recorded in `runs`, a run that found nothing new too; such a publish
        # hard-links every table and keeps the full-text index, so it stays cheap.
        paths_seen: dict[str, list[str]] = {}
        for f in files:
            paths_seen.setdefault(f.doc_id, []).append(str(f.path))
        result = store.publish(staged, remove, run_record=report.as_record(dt.datetime.now(dt.timezone.utc)),
                               paths_seen=paths_seen)
        report.version = result.version
        report.published_counts = result.counts
        if store.staging.exists():
            import shutil

            shutil.rmtree(store.staging, ignore_errors=True)
    report.duration_s = time.perf_counter() - started
    out = {**report.__dict__, "started_at": report.started_at.isoformat(), "markdown": report.markdown()}
    return out


def balanced_batches(sources: list[SourceFile], n: int) -> list[list[SourceFile]]:
    """Given documents and a number of batches, return up to ``n`` non-empty batches of about
    equal bytes (largest document first into the lightest batch), heaviest batch first."""
    bins: list[list] = [[0, []] for _ in range(max(1, min(n, len(sources))))]  # [bytes, documents]
    for source in sorted(sources, key=lambda s: -s.size):
        lightest = min(bins, key=lambda b: b[0])
        lightest[0] += max(source.size, 1)
        lightest[1].append(source)
    return [items for _, items in sorted(bins, key=lambda b: -b[0]) if items]


def process_batch(items, run_dir: str, version: str, reader_settings: dict | None = None,
                  limits: dict | None = None) -> list[dict]:
    """Given [path, doc_id, size] of documents (a list, or a ``queue.Queue`` that several
    workers take from until it is empty), process each (``process_source``); return their
    summaries in the order processed. A document whose file cannot be read (OSError: gone, the
    disk hiccuped) is tried twice more, then recorded as unreadable; the others go on."""
    out = []
    for path, doc_id, size in _drain(items):
        for attempt in range(3):
            try:
                out.append(process_source(path, run_dir, version, reader_settings, limits, doc_id, size))
                break
            except OSError as exc:
                if attempt == 2:
                    out.append(_record_unreadable(SourceFile(Path(path), doc_id, size), Path(run_dir), version, exc))
                else:
                    time.sleep(1)
    return out


def _drain(items):
    """Given a list or a queue of items, yield them: a queue's until it is empty."""
    if not isinstance(items, queue.Queue):
        yield from items
        return
    while True:
        try:
            yield items.get_nowait()
        except queue.Empty:
            return


def _record_unreadable(source: SourceFile, run_dir: Path, version: str, exc: BaseException,
                       prefix: str = "cannot read file: ") -> dict:
    doc_id = source.doc_id or unreadable_doc_id(source.path)
    return stage_error(run_dir, doc_id, source.path, f"{prefix}{exc}", version, source.size)


