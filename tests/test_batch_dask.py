"""--engine dask: extraction on a dask.distributed cluster, Parquet partitions out."""

from __future__ import annotations

import pytest

from conftest import ROOT

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from auditor.audit import extract_all  # noqa: E402
from auditor.distributed import ingest_dask  # noqa: E402
from auditor.documents import read_documents  # noqa: E402
from auditor.store import ClaimStore  # noqa: E402

EXAMPLE = ROOT / "examples" / "idleb"


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as lc, \
            Client(lc) as client:
        yield client


def test_dask_ingest_writes_parquet_the_store_can_import(cluster, tmp_path, vocab):
    out = tmp_path / "parquet"
    stats = ingest_dask([str(EXAMPLE)], str(out), vocab, None, client=cluster, chunk_size=2)
    docs, _ = read_documents([str(EXAMPLE)])
    assert stats.added == len(docs)
    assert len(list((out / "claims").glob("part-*.parquet"))) == 3
    with ClaimStore(tmp_path / "a.duckdb") as store:
        first = store.import_parquet(out)
        again = store.import_parquet(out)
        stored = sorted(store.load_claims(), key=lambda c: c.id)
    assert (first.added, again.added, again.unchanged) == (len(docs), 0, len(docs))
    assert stored == sorted(extract_all(docs, vocab), key=lambda c: c.id)
    # a shorter run leaves no stale partitions behind
    ingest_dask([str(EXAMPLE / "01-anadolu-1900.md")], str(out), vocab, None, client=cluster)
    assert len(list((out / "documents").glob("part-*.parquet"))) == 1


def test_cli_ingest_engine_dask(cluster, tmp_path):
    from click.testing import CliRunner

    from auditor.cli import cli

    out = tmp_path / "parquet"
    r = CliRunner().invoke(cli, ["ingest", str(EXAMPLE), "--store", str(out), "--engine", "dask",
                                 "--scheduler", cluster.scheduler.address])
    assert r.exit_code == 0, r.output
    assert "6 added" in r.output
    r = CliRunner().invoke(cli, ["ingest", str(EXAMPLE), "--store", str(tmp_path / "p2"), "--engine", "dask"])
    assert r.exit_code == 2 and "--scheduler" in r.output
    r = CliRunner().invoke(cli, ["ingest", str(EXAMPLE), "--store", str(out)])
    assert r.exit_code == 2 and "is a folder" in r.output
