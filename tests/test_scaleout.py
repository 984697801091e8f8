"""Scale-out: document tasks on a local Dask cluster (--workers) or an existing one (--dask-address)."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from flows.ingest import ingest
from tests.conftest import ROOT


pytestmark = pytest.mark.usefixtures("prefect_harness")


@pytest.fixture()
def corpus(tmp_path):
    src = tmp_path / "raw"
    src.mkdir()
    for path in sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "content").glob("*.txt")):
        shutil.copy(path, src / path.name)
    return src


def _content(curated):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        return {t: sorted(map(repr, con.execute(f"SELECT * EXCLUDE (doc_id) FROM {t}").fetchall()))
                for t in ("meetings", "resolutions", "attendees", "actions")}


def test_scaleout_two_local_workers_give_the_same_result(corpus, tmp_path):
    one = ingest([str(corpus)], str(tmp_path / "one"), workers=1)
    two = ingest([str(corpus)], str(tmp_path / "two"), workers=2)
    assert one["new"] == two["new"] == len(list(corpus.glob("*.txt"))) and two["failed"] == 0
    assert _content(tmp_path / "one") == _content(tmp_path / "two")


def test_scaleout_existing_dask_cluster_by_address(corpus, tmp_path):
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = ingest([str(corpus)], str(tmp_path / "remote"), dask_address=cluster.scheduler_address,
                        time_limit=120)
    assert report["new"] == len(list(corpus.glob("*.txt"))) and report["failed"] == 0
    assert _content(tmp_path / "remote")["resolutions"]
