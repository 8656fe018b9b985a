"""``auditor claims --query`` with a misspelt column: one line naming it and the columns (issue 16)."""
from __future__ import annotations

from click.testing import CliRunner

from auditor.claims import CLAIM_COLUMNS
from auditor.cli import cli
from conftest import ROOT


def test_query_typo_names_the_column_and_the_known_columns(tmp_path):
    store = str(tmp_path / "a.duckdb")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(ROOT / "examples" / "idleb"), "--store", store, "-q"]).exit_code == 0
    r = runner.invoke(cli, ["claims", "--store", store, "--query", "thnig = 'civilians'"])
    assert r.exit_code == 2
    assert len(r.stderr.splitlines()) == 1     # one line (long messages are cut, see auditor/safetext.py)
    assert r.stderr.startswith("auditor: error: --query: unknown column 'thnig' (did you mean 'thing'?); "
                               "the columns are: " + ", ".join(CLAIM_COLUMNS[:10]))
    assert "the columns are: doc, source, published, start, end, text, value, low, high" in r.stderr
    assert "Binder Error" not in r.stderr
