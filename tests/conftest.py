"""Shared test fixtures: paths to the bundled fixtures and the optional shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = Path(os.environ.get("MINUTEBOOK_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
REAL = SHARED / "corpus" / "real"

needs_shared = pytest.mark.skipif(not SEEDS.exists(), reason="../shared corpus not beside the checkout")

os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture(scope="module")
def prefect_harness():
    """A temporary Prefect API for the flow tests of one module (no server of the user's)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
