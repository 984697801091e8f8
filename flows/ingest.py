"""The ``ingest`` flow: source files in, a newly published curated version out.

Documents are read, extracted and staged in tasks (on threads of this process, one task per
worker taking documents from one queue; on Dask, size-balanced batches), then published once.
A document that fails is recorded with its status and error and never stops the others;
transient I/O errors are retried. Documents whose bytes and pipeline version are already
published are skipped, so a nightly run over an unchanged archive costs little more than
hashing its files.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.task_runners import ThreadPoolTaskRunner

from flows.prefect_overhead import heartbeats_without_join, memoised_settings_serialisation, reuse_tls_contexts
# The run itself lives in minutebook.ingest_run (no Prefect there); the flow orchestrates it.
from minutebook.ingest_run import (DEFAULT_MEMORY_LIMIT, DEFAULT_TIME_LIMIT, _pool, process_batch, run_ingest,
                                   sandbox_limits)


@task(name="read-extract-stage", retries=1, retry_delay_seconds=1, cache_policy=NO_CACHE, persist_result=False)
def process_documents(items, run_dir: str, version: str, reader_settings: dict | None = None,
                      limits: dict | None = None) -> list[dict]:
    """Given a batch of documents ([path, doc_id, size] each; or a queue of them shared by the
    run's threads, taken from until empty), read, extract and stage each;
    return their summaries (``minutebook.ingest_run.process_batch``: a document whose file
    cannot be read is retried there, then recorded, so one bad file never fails its batch)."""
    if _on_dask_worker():
        reuse_tls_contexts()  # this worker's later tasks build their API clients cheaply
    return process_batch(items, run_dir, version, reader_settings, limits)


# Batches per worker: enough that the last to finish is small (the workers end together),
# few enough that Prefect's cost per task stays a small part of the run.
BATCHES_PER_WORKER = 4


def _on_dask_worker() -> bool:
    # A Dask worker has imported distributed; importing it here to ask would cost a local
    # run's first document half a second.
    if "distributed" not in sys.modules:
        return False
    from distributed import get_worker

    try:
        get_worker()
        return True
    except ValueError:
        return False


async def warm_worker(limits: dict | None) -> None:
    """Given the run's limits, start this worker's sandbox in the background and return at once.

    Sent to every Dask worker when a run starts: a worker's first document would otherwise
    wait for its sandbox child to import the pipeline (about 2 s), on every worker, at the
    same moment. A document that arrives first waits on the sandbox's lock, as it would have.
    A coroutine because Dask runs only coroutines without waiting (``Client.run(wait=False)``).
    """
    if limits:
        _pool(limits).warm(1)


def _threads() -> int:
    """Return how many threads of this process run the flow's tasks (0: they run elsewhere)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    return (runner._max_workers or 1) if isinstance(runner, ThreadPoolTaskRunner) else 0


def _warm_workers(limits: dict | None) -> None:
    """Given the run's limits, start the sandboxes the documents will run in, without waiting:
    one per thread of a local run, one on each Dask worker (starting the cluster now)."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    runner = context.task_runner if context else None
    if not limits:
        return
    if isinstance(runner, ThreadPoolTaskRunner):
        _pool(limits).warm(runner._max_workers or 1)
    elif type(runner).__name__ == "DaskTaskRunner":
        try:
            runner.client.run(warm_worker, limits, wait=False)
        except Exception as exc:  # an optimisation only: the documents start their sandboxes anyway
            get_run_logger().warning("could not warm the Dask workers: %s", exc)


def _task_runner(workers: int, dask_address: str | None, sandboxed: bool = True):
    """Given the workers asked for, return where document tasks run.

    Sandboxed documents are parsed in child processes, so N threads of this process each
    driving one child parse N documents at once, with no cluster to start (a local Dask
    cluster took longer to start than two workers saved on a few hundred pages). Documents
    run in-process (``--time-limit 0``) need processes of their own: PDFium is not
    thread-safe, so those go to a local Dask cluster.
    """
    if dask_address:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(address=dask_address)
    if workers > 1 and not sandboxed:
        from prefect_dask import DaskTaskRunner

        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                              "dashboard_address": ":0"})
    return ThreadPoolTaskRunner(max_workers=max(1, workers))


@flow(name="ingest-documents", task_runner=ThreadPoolTaskRunner(max_workers=1))
def ingest_documents(
    sources: list[str],
    curated: str,
    limits: dict | None = None,
    wait_seconds: float = 0.0,
    reader_settings: dict | None = None,
    progress: bool | None = None,
    batches: int = 4,
) -> dict:
    """Given sources and a curated folder, run the new documents in ``batches`` tasks of about
    equal size (on threads of this process: a task per thread, each taking documents from one
    queue until it is empty), then publish.

    Its task runner is chosen by ``_task_runner``: a thread per worker, each driving a sandbox
    child process; a Dask cluster for documents run in-process or a remote cluster.
    """
    @contextmanager
    def submitting():
        _warm_workers(limits)
        with memoised_settings_serialisation():
            yield

    report = run_ingest(sources, curated, limits=limits, wait_seconds=wait_seconds,
                        reader_settings=reader_settings, progress=progress, submit=process_documents.submit,
                        n_batches=batches, pullers=_threads(), submitting=submitting)
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
    limits = sandbox_limits(time_limit, memory_limit)
    runner = _task_runner(workers, dask_address, sandboxed=limits is not None)
    return ingest_documents.with_options(task_runner=runner)(
        [str(s) for s in sources], str(curated), limits=limits,
        wait_seconds=wait_seconds, reader_settings=settings or None, progress=progress,
        batches=BATCHES_PER_WORKER * max(1, workers),
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
    limits = sandbox_limits(time_limit, memory_limit)
    runner = _task_runner(workers, dask_address, sandboxed=limits is not None)
    if limits and isinstance(runner, ThreadPoolTaskRunner):
        # Start the sandbox children now (a no-op when the CLI already has): their start-up
        # (about 1 s, importing the pipeline) overlaps Prefect's.
        _pool(limits).warm(max(1, workers))
    return ingest_documents.with_options(name="ingest", task_runner=runner)(
        [str(s) for s in sources], str(curated), limits=limits,
        wait_seconds=wait_seconds, reader_settings=reader_settings or None, progress=progress,
        batches=BATCHES_PER_WORKER * max(1, workers),
    )
