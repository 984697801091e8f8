"""Two per-task costs of running Prefect tasks on Dask, cut without changing what Prefect does.

Profiled with py-spy on the 2-core machine (96 documents of 21 pages, 2 Dask workers), each
document task cost about 0.3 s of CPU in Prefect against 0.17 s of parsing, and on two cores
that CPU is taken from the parsing. Two parts of it are repeated work with the same answer:

1. Submitting a task to Dask serialises the whole settings context, about 70 ms of CPU in the
   flow's process per document (``SettingsContext.serialize`` walks every setting for
   secrets). Settings do not change while a run submits its documents, so
   ``memoised_settings_serialisation()`` serialises each settings context once for that span.
2. Each task run on a Dask worker builds new Prefect API clients, and each client loads the CA
   bundle into a new TLS context, about 35 ms each. ``reuse_tls_contexts()`` gives every client
   in the process one context built from the same settings Prefect reads
   (``PREFECT_API_TLS_INSECURE_SKIP_VERIFY``, ``PREFECT_API_SSL_CERT_FILE``, else certifi).
   Prefect's client takes a ready context as ``httpx_settings["verify"]`` and then builds none
   (re-using contexts is upstream's own remedy: PrefectHQ/prefect#19106).

Both reach into Prefect, so both check the version they were written against and do nothing
on another; ``tests/test_prefect_overhead.py`` fails then, as a reminder to look again.
"""

from __future__ import annotations

import ssl
import threading
from contextlib import contextmanager
from typing import Iterator

import prefect

WRITTEN_FOR = "3.8.8"

_tls_lock = threading.Lock()
_tls_contexts: dict[tuple[bool, str], ssl.SSLContext] = {}
_tls_patched = False


def applies() -> bool:
    """Given the installed Prefect, return whether these tunings were written for it."""
    return prefect.__version__ == WRITTEN_FOR


def shared_tls_context() -> ssl.SSLContext:
    """Return this process's TLS context for the Prefect API, as Prefect's settings ask for it."""
    import certifi
    from prefect.settings import PREFECT_API_SSL_CERT_FILE, PREFECT_API_TLS_INSECURE_SKIP_VERIFY

    insecure = bool(PREFECT_API_TLS_INSECURE_SKIP_VERIFY.value())
    cafile = "" if insecure else (PREFECT_API_SSL_CERT_FILE.value() or certifi.where())
    key = (insecure, cafile)
    with _tls_lock:
        if key not in _tls_contexts:
            if insecure:
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
            else:
                context = ssl.create_default_context(cafile=cafile)
            _tls_contexts[key] = context
        return _tls_contexts[key]


def reuse_tls_contexts() -> bool:
    """Make every Prefect API client built in this process share one TLS context per setting.

    Idempotent. A client given its own ``verify`` keeps it. Returns whether it applies.
    """
    global _tls_patched
    if not applies():
        return False
    with _tls_lock:
        if _tls_patched:
            return True
        from prefect.client import orchestration

        for cls in (orchestration.PrefectClient, orchestration.SyncPrefectClient):
            cls.__init__ = _with_shared_tls(cls.__init__)
        _tls_patched = True
    return True


def _with_shared_tls(init):
    def __init__(self, api, *args, httpx_settings=None, **kwargs):
        settings = dict(httpx_settings or {})
        if not isinstance(settings.get("verify"), ssl.SSLContext) and settings.get("verify") is not False:
            settings["verify"] = shared_tls_context()
        return init(self, api, *args, httpx_settings=settings, **kwargs)

    __init__.__wrapped__ = init
    return __init__


@contextmanager
def memoised_settings_serialisation() -> Iterator[bool]:
    """Within the block, serialise each settings context only once.

    Yields whether it applies. Restores Prefect's own method on the way out, so nothing
    outside the block (a later change of settings, another flow) can see a stale copy.
    """
    if not applies():
        yield False
        return
    from prefect.context import SettingsContext

    original = SettingsContext.serialize
    cache: dict[tuple[int, bool], tuple[SettingsContext, dict]] = {}
    lock = threading.Lock()

    def serialize(self, include_secrets: bool = True) -> dict:
        key = (id(self), include_secrets)
        with lock:
            hit = cache.get(key)
            # The context is kept in the entry, so its id cannot be reused meanwhile.
            if hit is not None and hit[0] is self:
                return hit[1]
        value = original(self, include_secrets=include_secrets)
        with lock:
            cache[key] = (self, value)
        return value

    SettingsContext.serialize = serialize
    try:
        yield True
    finally:
        SettingsContext.serialize = original


_heartbeats_patched = False


def heartbeats_without_join() -> bool:
    """Let a finished flow run return without waiting for its heartbeat thread.

    Prefect 3.8.8 sends a flow run's heartbeats from a daemon thread that sleeps in one-second
    steps and, in the synchronous engine, joins it when the run ends: every flow run then
    waits up to a second for nothing (about 0.65 s a run measured, a tenth of a one-document
    run). The thread is told to stop before the join and stops at its next step without
    sending again; the asynchronous engine already skips the join. Returns whether it applies.
    """
    global _heartbeats_patched
    if not applies():
        return False
    with _tls_lock:
        if not _heartbeats_patched:
            from prefect import flow_engine

            original = flow_engine._send_heartbeats

            def _send_heartbeats(engine, join_on_exit: bool = True):
                return original(engine, join_on_exit=False)

            _send_heartbeats.__wrapped__ = original
            flow_engine._send_heartbeats = _send_heartbeats
            _heartbeats_patched = True
    return True
