"""The ``ingest`` flow: source files in, a newly published curated version out.

One task per document (read -> extract -> stage), then one publish step. A document that fails
is recorded with its status and error and never stops the others; transient I/O errors are
retried. Documents whose bytes and pipeline version are already published are skipped, so a
nightly run over an unchanged archive costs little more than hashing its files.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from flows.prefect_overhead import heartbeats_without_join, memoised_settings_serialisation, reuse_tls_contexts
# The run itself lives in minutebook.ingest_run (no Prefect there); the flow orchestrates it.
from minutebook.ingest_run import DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT, _sandbox, process_source, run_ingest


@task(name="read-extract-stage", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE, persist_result=False)
def process_document(path: str, run_dir: str, version: str, reader_settings: dict | None = None,
                     limits: dict | None = None, doc_id: str | None = None, size: int = 0) -> dict:
    """Given a source path, read it, run the extractors and stage the rows; return a summary
    (``minutebook.ingest_run.process_source``). OSError escapes, so Prefect retries it."""
    if _on_dask_worker():
        reuse_tls_contexts()  # this worker's later tasks build their API clients cheaply
    return process_source(path, run_dir, version, reader_settings, limits, doc_id, size)


def _on_dask_worker() -> bool:
    try:
        from distributed import get_worker

        get_worker()
        return True
    except (ImportError, ValueError):
        return False


async def warm_worker(limits: dict | None) -> None:
    """Given the run's limits, start this worker's sandbox in the background and return at once.

    Sent to every Dask worker when a run starts: a worker's first document would otherwise
    wait for its sandbox child to import the pipeline (about 2 s), on every worker, at the
    same moment. A document that arrives first waits on the sandbox's lock, as it would have.
    A coroutine because Dask runs only coroutines without waiting (``Client.run(wait=False)``).
    """
    if not limits:
        return
    threading.Thread(target=_start_quietly, args=(_sandbox(limits),), name="minutebook-warm-sandbox",
                     daemon=True).start()


def _start_quietly(sandbox) -> None:
    try:
        sandbox.start()
    except Exception:  # the first document starts it again and records why it cannot
        pass


def _warm_dask_workers(limits: dict | None) -> None:
    """Given the run's limits, start the Dask cluster now and warm each worker (no wait)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    if limits and type(runner).__name__ == "DaskTaskRunner":
        try:
            runner.client.run(warm_worker, limits, wait=False)
        except Exception as exc:  # an optimisation only: the documents start their sandboxes anyway
            get_run_logger().warning("could not warm the Dask workers: %s", exc)


def _task_runner(workers: int, dask_address: str | None):
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    if workers > 1:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": ":0"})
    return ThreadPoolTaskRunner(max_workers=1)


@flow(name="ingest-documents", task_runner=ThreadPoolTaskRunner(max_workers=1))
def ingest_documents(
    sources: list[str],
    curated: str,
    limits: dict | None = None,
    wait_seconds: float = 0.0,
    reader_settings: dict | None = None,
    progress: bool | None = None,
) -> dict:
    """Given sources and a curated folder, run one document task each, then publish.

    Its task runner is chosen by ``ingest_flow``: one thread by default (PDFium is not
    thread-safe, and parsing is CPU-bound), a Dask cluster of processes for ``workers > 1``.
    """
    @contextmanager
    def submitting():
        _warm_dask_workers(limits)
        with memoised_settings_serialisation():
            yield

    report = run_ingest(sources, curated, limits=limits, wait_seconds=wait_seconds,
                        reader_settings=reader_settings, progress=progress, submit=process_document.submit,
                        submitting=submitting)
    create_markdown_artifact(key="ingest-report", markdown=report["markdown"], description="minutebook run report")
    get_run_logger().info("published %s: %s new, %s skipped, %s failed", report["version"], report["new"],
                          report["skipped"], report["failed"])
    return report


@flow(name="ingest", log_prints=False)
def ingest_flow(
    source: list[str] | str = "data/raw",
    curated: str = "data/curated",
    workers: int = 1,
    dask_address: str | None = None,
    wait_seconds: float = 0.0,
    max_pages: int | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    progress: bool | None = None,
    ocr: bool = True,
    ocr_page_seconds: float | None = None,
) -> dict:
    """Given source files/folders and a curated folder, ingest what is new and publish.

    This is the flow the ``nightly-ingest`` deployment schedules (``minutebook ingest`` runs
    ``ingest_documents`` directly, see ``ingest``); ``workers``/``dask_address`` pick where
    document tasks run.
    """
    sources = [source] if isinstance(source, str) else list(source)
    settings = {k: v for k, v in {"max_pages": max_pages, "max_bytes": max_bytes,
                                  "ocr": None if ocr else False, "ocr_page_seconds": ocr_page_seconds}.items()
                if v is not None}
    limits = {"time_limit": time_limit or None, "memory_limit": memory_limit or None}
    runner = _task_runner(workers, dask_address)
    return ingest_documents.with_options(task_runner=runner)(
        [str(s) for s in sources], str(curated), limits=limits if any(limits.values()) else None,
        wait_seconds=wait_seconds, reader_settings=settings or None, progress=progress,
    )


def ingest(
    sources: list[str],
    curated: str,
    *,
    workers: int = 1,
    dask_address: str | None = None,
    wait_seconds: float = 0.0,
    reader_settings: dict | None = None,
    time_limit: float | None = None,
    memory_limit: int | None = None,
    progress: bool | None = None,
) -> dict:
    """Given sources and options, run the documents through Prefect as one flow run named
    ``ingest``; return its run report.

    One flow run, not the deployment's flow around a subflow: each flow run costs Prefect API
    calls and a heartbeat thread, paid before any document is read. ``time_limit`` /
    ``memory_limit`` of None (the default here) run documents in-process; the CLI and the
    deployment pass the defaults, which sandbox each document.
    """
    heartbeats_without_join()
    limits = {"time_limit": time_limit or None, "memory_limit": memory_limit or None}
    runner = _task_runner(workers, dask_address)
    return ingest_documents.with_options(name="ingest", task_runner=runner)(
        [str(s) for s in sources], str(curated), limits=limits if any(limits.values()) else None,
        wait_seconds=wait_seconds, reader_settings=reader_settings or None, progress=progress,
    )
