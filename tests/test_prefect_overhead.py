"""The two Prefect per-task tunings keep Prefect's behaviour and do their work once."""

from __future__ import annotations

import ssl

import prefect
from prefect.client.orchestration import get_client
from prefect.context import SettingsContext, get_settings_context
from prefect.settings import PREFECT_API_TLS_INSECURE_SKIP_VERIFY, PREFECT_API_URL, temporary_settings

from flows import prefect_overhead
from flows.prefect_overhead import memoised_settings_serialisation, reuse_tls_contexts, shared_tls_context


def test_prefect_overhead_written_for_the_pinned_prefect():
    # Fails when Prefect is upgraded: both tunings then switch themselves off, and whether
    # they are still needed (and still correct) must be looked at again.
    assert prefect.__version__ == prefect_overhead.WRITTEN_FOR
    assert prefect_overhead.applies()


def test_prefect_overhead_clients_share_one_tls_context(monkeypatch):
    assert reuse_tls_contexts() and reuse_tls_contexts()  # idempotent
    built = []
    real = ssl.create_default_context
    monkeypatch.setattr(ssl, "create_default_context", lambda *a, **k: built.append(k) or real(*a, **k))
    with temporary_settings({PREFECT_API_URL: "https://prefect.example.org/api"}):
        shared_tls_context()  # built at most once per setting, before counting
        built.clear()
        clients = [get_client(sync_client=True) for _ in range(3)] + [get_client() for _ in range(2)]
    assert built == []  # Prefect alone builds one per client (a CA bundle load each)
    contexts = {id(c._client._transport._pool._ssl_context) for c in clients}
    assert contexts == {id(shared_tls_context())}


def test_prefect_overhead_tls_context_follows_the_settings():
    reuse_tls_contexts()
    verified = shared_tls_context()
    assert verified.verify_mode == ssl.CERT_REQUIRED and verified.check_hostname
    assert verified.cert_store_stats()["x509_ca"] > 0  # the CA bundle is loaded
    url = {PREFECT_API_URL: "https://prefect.example.org/api"}
    with temporary_settings({**url, PREFECT_API_TLS_INSECURE_SKIP_VERIFY: True}):
        insecure = shared_tls_context()
        client = get_client(sync_client=True)
    assert insecure is not verified and insecure.verify_mode == ssl.CERT_NONE
    assert client._client._transport._pool._ssl_context is insecure
    own = ssl.create_default_context()
    with temporary_settings(url):
        mine = get_client(sync_client=True, httpx_settings={"verify": own})
    assert mine._client._transport._pool._ssl_context is own  # a context given by the caller is kept


def test_prefect_overhead_settings_serialised_once_within_the_block(monkeypatch):
    original = SettingsContext.serialize
    expected = get_settings_context().serialize()
    calls = []
    monkeypatch.setattr(SettingsContext, "serialize",
                        lambda self, include_secrets=True: calls.append(1) or original(self, include_secrets))
    patched = SettingsContext.serialize
    with memoised_settings_serialisation() as active:
        assert active
        first = [get_settings_context().serialize() for _ in range(5)]
        with temporary_settings({PREFECT_API_TLS_INSECURE_SKIP_VERIFY: True}):
            other = get_settings_context().serialize()
    assert first[0] == expected and all(f is first[0] for f in first)
    assert len(calls) == 2  # once for the run's settings, once for the changed ones
    assert other != expected and other["settings"]["api"]["tls_insecure_skip_verify"] is True
    assert SettingsContext.serialize is patched  # restored on the way out
    get_settings_context().serialize()
    assert len(calls) == 3  # outside the block: no memo


def test_prefect_overhead_flow_run_does_not_wait_for_its_heartbeat_thread():
    import logging
    import threading

    from prefect import flow_engine

    assert prefect_overhead.heartbeats_without_join()
    patched = flow_engine._send_heartbeats
    assert prefect_overhead.heartbeats_without_join() and flow_engine._send_heartbeats is patched  # wrapped once

    sent = []

    class Engine:  # what _send_heartbeats reads of a flow run engine
        heartbeat_seconds = 30
        flow_run = None
        logger = logging.getLogger("test")

        def _build_heartbeat_event_template(self):
            return {}, []

        def _emit_flow_run_heartbeat(self, resource, related):
            sent.append(threading.current_thread())

    before = set(threading.enumerate())
    with flow_engine._send_heartbeats(Engine()):
        pass
    started = [t for t in threading.enumerate() if t not in before]
    # The context returned with the heartbeat thread still finishing its one-second sleep ...
    assert len(sent) == 1 and started and started[0].is_alive()
    # ... and the thread stops at its next step without sending again.
    started[0].join(timeout=3)
    assert not started[0].is_alive() and len(sent) == 1
