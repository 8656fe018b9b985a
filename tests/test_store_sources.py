"""Issue 17, item 9: archive ids are namespaced by source. A front-matter ``id:`` equal to
another outlet's archived id used to replace that outlet's document and its claims; a
stored document is now its (source, id): the same id from another source is stored beside
it, the same source and id still replaces (that is how an update arrives).

Fixtures: ``tests/fixtures/hostile/same_id/`` (two wires, one id) and
``same_id_draft/`` (Wire A's update of its story)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT

duckdb = pytest.importorskip("duckdb")

from auditor.claims import CLAIM_COLUMNS, CLAIM_REFERENCES, with_doc_id  # noqa: E402
from auditor.cli import cli  # noqa: E402
from auditor.documents import Document  # noqa: E402
from auditor.store import SCHEMA_VERSION, ClaimStore, StoreError  # noqa: E402

SAME_ID = ROOT / "tests" / "fixtures" / "hostile" / "same_id"
DRAFT = ROOT / "tests" / "fixtures" / "hostile" / "same_id_draft"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def ingest(store: Path, *paths) -> str:
    r = run("ingest", *paths, "--store", store)
    assert r.exit_code == 0, r.output
    return r.output


def stored(store: Path) -> list[tuple]:
    with ClaimStore(store, read_only=True) as s:
        return s.con.execute("SELECT d.source, d.id, c.text FROM documents d JOIN claims c "
                             "ON c.doc = d.id AND c.source = d.source ORDER BY d.source").fetchall()


def test_another_outlets_document_with_the_same_id_is_stored_beside_it(tmp_path):
    store = tmp_path / "archive.duckdb"
    ingest(store, SAME_ID / "wire_a.md")
    out = ingest(store, SAME_ID / "wire_b.md")          # the attack: Wire B claims Wire A's id
    assert "1 added, 0 replaced" in out
    assert stored(store) == [("Wire A", "story-1", "29"), ("Wire B", "story-1", "55")]
    with ClaimStore(store, read_only=True) as s:
        assert s.counts() == (2, 2)
        assert s.text("story-1", "Wire A").startswith("29 soldiers")
        with pytest.raises(StoreError, match="2 sources"):
            s.text("story-1")


def test_both_in_one_ingest_keep_their_id_and_ingesting_again_adds_nothing(tmp_path):
    store = tmp_path / "archive.duckdb"
    ingest(store, SAME_ID)
    assert stored(store) == [("Wire A", "story-1", "29"), ("Wire B", "story-1", "55")]
    assert "0 added, 0 replaced, 2 unchanged" in ingest(store, SAME_ID)


def test_the_same_source_and_id_still_replaces(tmp_path):
    store = tmp_path / "archive.duckdb"
    ingest(store, SAME_ID)
    assert "0 added, 1 replaced" in ingest(store, DRAFT / "wire_a_update.md")
    assert stored(store) == [("Wire A", "story-1", "31"), ("Wire B", "story-1", "55")]


def test_a_draft_is_audited_against_the_other_outlets_story_of_the_same_id(tmp_path):
    """Wire A's update supersedes Wire A's stored story, not Wire B's: Wire B's figure comes
    back as the claim of ``story-1@Wire B`` and the finding shows both."""
    store = tmp_path / "archive.duckdb"
    ingest(store, SAME_ID)
    report = tmp_path / "report.json"
    r = run("audit", DRAFT, "--store", store, "-o", report, "-q")
    assert r.exit_code == 1, r.output
    findings = json.loads(report.read_text())["findings"]
    toll = [f for f in findings if f["rule"] == "same-toll-same-day"]
    assert len(toll) == 1
    claims = {(c["doc"], c["source"], c["text"]) for c in toll[0]["claims"]}
    assert claims == {("story-1", "Wire A", "31"), ("story-1@Wire B", "Wire B", "55")}
    assert "1 stored claim in the findings" in run("audit", DRAFT, "--store", store).output


def test_stored_documents_that_share_an_id_are_told_apart_in_an_audit(tmp_path, vocab, ruleset):
    """Two stored sources of one id, audited with a draft of a third: each stored claim keeps
    its own id (``story-1@Wire A#0``), so no claim of the audit stands for another."""
    from auditor.batch import audit_documents

    store = tmp_path / "archive.duckdb"
    ingest(store, SAME_ID)
    draft = Document("desk-1", "20 soldiers were killed on Thursday in Idlib, officials said.", "Desk",
                     "2020-02-27T22:00:00")
    with ClaimStore(store, read_only=True) as s:
        result = audit_documents([draft], ruleset, vocab, jobs=1, store=s)
    ids = {c.id for f in result.findings for c in f.claims}
    assert {"story-1@Wire A#0", "story-1@Wire B#0"} <= ids, ids


def test_a_store_of_schema_2_is_read_as_it_is_and_migrated_by_a_write(tmp_path):
    store = tmp_path / "archive.duckdb"
    ingest(store, SAME_ID / "wire_a.md")
    con = duckdb.connect(str(store))      # as an auditor of schema 2 left it
    con.execute("DELETE FROM schema_version WHERE version > 2")
    con.close()
    with ClaimStore(store, read_only=True) as s:       # nothing in its tables changes: readable
        assert s.version == 2 and s.counts() == (1, 1)
    ingest(store, SAME_ID / "wire_b.md")
    with ClaimStore(store, read_only=True) as s:
        assert s.version == SCHEMA_VERSION
        versions = s.con.execute("SELECT version, description FROM schema_version ORDER BY version").fetchall()
    assert versions[2] == (3, "documents identified by (source, id)")
    assert stored(store) == [("Wire A", "story-1", "29"), ("Wire B", "story-1", "55")]


def test_a_store_without_the_day_marks_is_read_with_none_and_migrated_by_a_write(tmp_path):
    store = tmp_path / "archive.duckdb"
    ingest(store, SAME_ID / "wire_a.md")
    con = duckdb.connect(str(store))      # as an auditor of schema 3 left it
    con.execute("DELETE FROM schema_version WHERE version > 3")
    for column in ("day_minute", "marked_later", "still_rising"):
        con.execute(f'ALTER TABLE claims DROP COLUMN "{column}"')
    con.close()
    with ClaimStore(store, read_only=True) as s:
        assert s.version == 3
        claims = s.load_claims()
        assert [(c.day_minute, c.marked_later, c.still_rising) for c in claims] == [(None, False, False)]
        assert [c.text for c in s.query("marked_later")] == []
    ingest(store, SAME_ID / "wire_b.md")
    with ClaimStore(store, read_only=True) as s:
        assert s.version == SCHEMA_VERSION and {"day_minute", "still_rising"} <= s.claim_columns


def test_a_store_of_schema_1_still_needs_a_write_to_be_read(tmp_path):
    store = tmp_path / "archive.duckdb"
    ClaimStore(store).close()
    con = duckdb.connect(str(store))
    con.execute("DELETE FROM schema_version WHERE version > 1")
    con.close()
    with pytest.raises(StoreError, match="needs migrating"):
        ClaimStore(store, read_only=True)


def test_renaming_a_document_renames_every_claim_id_it_holds(vocab):
    """``with_doc_id`` (used for ``id@source`` and for ``id~2``) must rename every field
    that holds a claim id, or a relation would point at another document's claim."""
    from auditor.resolve import claims_of

    doc = Document("d", "Turnout rose to 64% from 58%, or 2.9 million of the 4.5 million voters. "
                        "The toll rose by 300 to 1,450 from 1,150. Twelve people, including five "
                        "children and three women, died; 52% voted yes and 45% no.", "Wire",
                   "2020-02-27")
    claims = claims_of(doc, vocab)
    refs = {name for c in claims for name in CLAIM_COLUMNS
            if isinstance(getattr(c, name), str) and getattr(c, name).startswith("d#")}
    assert {"id", "part_of"} < refs and refs <= set(CLAIM_REFERENCES), refs - set(CLAIM_REFERENCES)
    renamed = with_doc_id(claims, "d", "d@Wire")
    assert all(c.doc == "d@Wire" for c in renamed)
    assert not [getattr(c, name) for c in renamed for name in CLAIM_REFERENCES
                if getattr(c, name) and getattr(c, name).startswith("d#")]


def test_parquet_partitions_of_two_sources_with_one_id_are_both_imported(tmp_path, vocab):
    """``ingest --engine dask`` writes Parquet that ``import_parquet`` adds under the same rule."""
    pytest.importorskip("distributed")
    pytest.importorskip("pyarrow")
    from distributed import Client, LocalCluster

    from auditor.distributed import ingest_dask

    out = tmp_path / "parquet"
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as lc, \
            Client(lc) as client:
        ingest_dask([str(SAME_ID)], str(out), vocab, None, client=client)
    store = tmp_path / "archive.duckdb"
    with ClaimStore(store) as s:
        first = s.import_parquet(out)
        again = s.import_parquet(out)
    assert (first.added, first.replaced, again.unchanged) == (2, 0, 2)
    assert stored(store) == [("Wire A", "story-1", "29"), ("Wire B", "story-1", "55")]
