"""The claims archive: idempotent ingest, replacement, audits against it, interruption, queries."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest
from click.testing import CliRunner

from conftest import ROOT

duckdb = pytest.importorskip("duckdb")

from auditor.audit import audit, extract_all  # noqa: E402
from auditor.batch import audit_documents  # noqa: E402
from auditor.cli import cli  # noqa: E402
from auditor.documents import read_documents  # noqa: E402
from auditor.store import SCHEMA_VERSION, ClaimStore, StoreError, frame_to_claims, since_bound  # noqa: E402

EXAMPLE = ROOT / "examples" / "idleb"


@pytest.fixture(scope="module")
def example_docs():
    docs, problems = read_documents([str(EXAMPLE)])
    assert not problems
    return docs


def _split(docs):
    archive = [d for d in docs if "draft" not in d.id]
    drafts = [d for d in docs if "draft" in d.id]
    return archive, drafts


def _ingest(store: ClaimStore, docs, vocab, batch: int = 2):
    pairs = [(d, extract_all([d], vocab)) for d in docs]
    return store.ingest([pairs[i:i + batch] for i in range(0, len(pairs), batch)])


def test_store_is_created_with_its_schema_version(tmp_path):
    path = tmp_path / "new" / "archive.duckdb"
    path.parent.mkdir()
    with ClaimStore(path) as store:
        assert store.counts() == (0, 0)
        versions = store.con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()
    assert [v for (v,) in versions] == list(range(1, SCHEMA_VERSION + 1))
    with ClaimStore(path) as store:   # opening again migrates nothing
        assert store.con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_every_claim_field_has_a_column_once_migrated(tmp_path):
    # the migrations are fixed lists: a field added to Claim needs a migration of its own
    from auditor.claims import CLAIM_COLUMNS

    with ClaimStore(tmp_path / "a.duckdb") as store:
        columns = [name for (name,) in store.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'claims'").fetchall()]
    assert sorted(columns) == sorted(CLAIM_COLUMNS)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "a.duckdb"
    ClaimStore(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version VALUES (?, 'from the future')", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer"):
        ClaimStore(path)


def test_ingest_is_idempotent(tmp_path, example_docs, vocab):
    with ClaimStore(tmp_path / "a.duckdb") as store:
        first = _ingest(store, example_docs, vocab)
        counts = store.counts()
        again = _ingest(store, example_docs, vocab)
        assert (first.added, again.added, again.replaced, again.claims) == (len(example_docs), 0, 0, 0)
        assert again.unchanged == len(example_docs)
        assert store.counts() == counts
        assert counts[1] == len(extract_all(example_docs, vocab))


def test_stored_claims_round_trip_exactly(tmp_path, example_docs, vocab):
    with ClaimStore(tmp_path / "a.duckdb") as store:
        _ingest(store, example_docs, vocab)
        stored = sorted(store.load_claims(), key=lambda c: c.id)
    assert stored == sorted(extract_all(example_docs, vocab), key=lambda c: c.id)


def test_a_changed_document_replaces_its_claims(tmp_path, example_docs, vocab):
    archive, _ = _split(example_docs)
    with ClaimStore(tmp_path / "a.duckdb") as store:
        _ingest(store, archive, vocab)
        before = store.counts()
        doc = archive[0]
        changed = replace(doc, text=doc.text + "\nLater, 5 more soldiers were reported killed in Idlib.\n")
        stats = _ingest(store, [changed], vocab)
        assert (stats.added, stats.replaced) == (0, 1)
        assert store.counts()[0] == before[0]
        rows = store.con.execute("SELECT count(*) FROM claims WHERE doc = ?", [doc.id]).fetchone()[0]
        assert rows == len(extract_all([changed], vocab))
        assert store.text(doc.id) == changed.text


def test_draft_audited_against_the_archive_finds_the_planted_conflict(tmp_path, example_docs, vocab, ruleset):
    archive, drafts = _split(example_docs)
    with ClaimStore(tmp_path / "a.duckdb") as store:
        _ingest(store, archive, vocab)
        result = audit_documents(drafts, ruleset, vocab, jobs=1, store=store)
    toll = [f for f in result.findings if f.rule == "same-toll-same-day" and any(c.text == "22" for c in f.claims)]
    assert toll, [f.message for f in result.findings]
    assert {c.doc for c in toll[0].claims} - {d.id for d in drafts}, "a stored claim takes part"
    # the same findings as one audit over everything, restricted to those about the draft
    full = audit(example_docs, ruleset, vocab)
    draft_ids = {d.id for d in drafts}
    expected = [f.fingerprint for f in full.findings if any(c.doc in draft_ids for c in f.claims)]
    assert [f.fingerprint for f in result.findings] == expected
    assert [d.id for d in result.documents] == sorted(draft_ids)


def test_the_archive_loads_only_the_claims_of_the_drafts_quantities(tmp_path, example_docs, vocab):
    from auditor.store import claims_against

    archive, drafts = _split(example_docs)
    draft_claims = extract_all(drafts, vocab)
    wanted = {c.quantity for c in draft_claims if c.quantity}
    with ClaimStore(tmp_path / "a.duckdb") as store:
        _ingest(store, archive, vocab)
        stored = frame_to_claims(store.claims_frame())
        loaded = claims_against(store, drafts, draft_claims)
    assert wanted and loaded
    # exactly the stored claims of the drafts' quantities, none of the drafts' own documents
    assert {c.id for c in loaded} == {c.id for c in stored if c.quantity in wanted}
    assert len(loaded) < len(stored)
    assert not {c.doc for c in loaded} & {d.id for d in drafts}


def test_since_limits_the_stored_claims(tmp_path, example_docs, vocab, ruleset):
    archive, drafts = _split(example_docs)
    with ClaimStore(tmp_path / "a.duckdb") as store:
        _ingest(store, archive, vocab)
        everything = audit_documents(drafts, ruleset, vocab, jobs=1, store=store)
        recent = audit_documents(drafts, ruleset, vocab, jobs=1, store=store, since="1h")
        nothing = audit_documents(drafts, ruleset, vocab, jobs=1, store=store, since="2030-01-01")
    n_claims = lambda r: sum(len(f.claims) for f in r.findings)  # noqa: E731
    assert n_claims(nothing) < n_claims(recent) < n_claims(everything)
    with pytest.raises(Exception, match="--since"):
        since_bound("last tuesday", __import__("datetime").datetime(2020, 2, 27))


class Boom(Exception):
    pass


def test_an_error_inside_the_transaction_leaves_the_store_as_it_was(tmp_path, example_docs, vocab):
    archive, drafts = _split(example_docs)
    with ClaimStore(tmp_path / "a.duckdb") as store:
        _ingest(store, archive[:2], vocab)
        before = store.counts()

        def batches():
            yield [(d, extract_all([d], vocab)) for d in archive[2:]]
            yield [(d, extract_all([d], vocab)) for d in drafts]
            raise Boom("killed mid-ingest")

        with pytest.raises(Boom):
            store.ingest(batches())
        assert store.counts() == before
    with ClaimStore(tmp_path / "a.duckdb") as store:
        assert store.counts() == before


def test_buffered_writes_keep_the_last_copy_of_a_repeated_id(tmp_path, example_docs, vocab):
    from auditor.store import DocumentRows

    archive, _ = _split(example_docs)
    first, second = archive[0], replace(archive[0], text=archive[0].text + " 40 people were injured.")
    batches = [[(d, extract_all([d], vocab))] for d in (first, archive[1], second, archive[2])]
    with ClaimStore(tmp_path / "a.duckdb") as store:
        stats = store.ingest_rows((DocumentRows.from_pairs(b) for b in batches), flush_every=100)
        assert (stats.added, stats.replaced) == (3, 1)
        assert store.text(first.id) == second.text
        assert store.counts() == (3, sum(len(extract_all([d], vocab)) for d in (second, *archive[1:3])))
    with ClaimStore(tmp_path / "b.duckdb") as store:   # one document per write: the same archive
        store.ingest_rows((DocumentRows.from_pairs(b) for b in batches), flush_every=1)
        one_by_one = store.con.execute("SELECT * FROM claims ORDER BY id").fetchall()
    with ClaimStore(tmp_path / "a.duckdb") as store:
        assert store.con.execute("SELECT * FROM claims ORDER BY id").fetchall() == one_by_one


def test_ingest_without_pyarrow_stores_the_same_rows(tmp_path, example_docs, vocab, monkeypatch):
    import auditor.store as store_module

    rows = {}
    for arrow in (True, False):
        monkeypatch.setattr(store_module, "_HAS_ARROW", arrow and store_module._HAS_ARROW)
        with ClaimStore(tmp_path / f"{arrow}.duckdb") as store:
            _ingest(store, example_docs, vocab)
            rows[arrow] = [store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                           for t in ("documents", "claims")]
            assert store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] != "244.1 MiB"
    assert rows[True] == rows[False]


def test_commit_every_keeps_the_batches_committed_before_an_error(tmp_path, example_docs, vocab):
    archive, _ = _split(example_docs)
    assert len(archive) >= 3

    def batches():
        for d in archive[:3]:
            yield [(d, extract_all([d], vocab))]
        raise Boom("killed mid-ingest")

    with ClaimStore(tmp_path / "a.duckdb") as store:
        with pytest.raises(Boom):
            store.ingest(batches(), commit_every=2)
        assert store.counts() == (2, sum(len(extract_all([d], vocab)) for d in archive[:2]))
        again = _ingest(store, archive, vocab)    # running it again skips what was committed
        assert (again.unchanged, again.added) == (2, len(archive) - 2)


KILLED_INGEST = textwrap.dedent("""
    import sys, time
    from auditor.audit import extract_all
    from auditor.documents import read_documents
    from auditor.store import ClaimStore
    from auditor.vocabulary import load_vocabulary
    vocab = load_vocabulary()
    docs, _ = read_documents([sys.argv[2]])
    def batches():
        for d in docs:
            yield [(d, extract_all([d], vocab))]
        print("inside", flush=True)
        time.sleep(60)
    with ClaimStore(sys.argv[1]) as store:
        store.ingest(batches())
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_ingest_leaves_the_store_as_it_was(tmp_path, example_docs, vocab):
    path = tmp_path / "a.duckdb"
    archive, _ = _split(example_docs)
    with ClaimStore(path) as store:
        _ingest(store, archive[:1], vocab)
        before = store.counts()
    proc = subprocess.Popen([sys.executable, "-c", KILLED_INGEST, str(path), str(EXAMPLE)],
                            stdout=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert proc.stdout.readline().strip() == "inside"   # every document written, not committed
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with ClaimStore(path) as store:
        assert store.counts() == before


def test_query_reads_the_claims_table_only(tmp_path, example_docs, vocab):
    path = tmp_path / "a.duckdb"
    with ClaimStore(path) as store:
        _ingest(store, example_docs, vocab)
    with ClaimStore(path, read_only=True) as store:
        civilians = store.query("thing = 'civilians'")
        assert civilians and all(c.thing == "civilians" for c in civilians)
        assert len(store.query("measure = 'killed'", limit=2)) == 2
        for hostile in ["1=1) UNION SELECT * FROM documents WHERE (1=1",
                        "doc IN (SELECT id FROM documents)",
                        "thing = 'x'; DROP TABLE claims",
                        "EXISTS (SELECT * FROM read_csv('/etc/passwd'))",
                        "thing ="]:
            with pytest.raises(StoreError):
                store.query(hostile)
        with pytest.raises(duckdb.Error, match="read-only"):
            store.con.execute("DELETE FROM claims")
    with pytest.raises(StoreError, match="no such claims store"):
        ClaimStore(tmp_path / "missing.duckdb", read_only=True)


def test_cli_ingest_claims_and_audit_with_store(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "archive.duckdb")
    wires = [str(p) for p in sorted(EXAMPLE.glob("*.md")) if "draft" not in p.name]
    r = runner.invoke(cli, ["ingest", *wires, "--store", store])
    assert r.exit_code == 0, r.output
    assert "5 added" in r.output
    r = runner.invoke(cli, ["ingest", *wires, "--store", store])
    assert "0 added" in r.output and "5 unchanged" in r.output
    r = runner.invoke(cli, ["claims", "--store", store, "--query", "thing = 'civilians'", "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    assert '"thing": "civilians"' in r.output
    r = runner.invoke(cli, ["claims", "--store", store, "--query", "doc IN (SELECT id FROM documents)"])
    assert r.exit_code == 2 and "subqueries" in r.output
    draft = str(EXAMPLE / "06-ledger-draft.md")
    r = runner.invoke(cli, ["audit", draft, "--store", store, "--format", "json"])
    assert r.exit_code == 1, r.output
    assert "same-toll-same-day" in r.output and "05-reuters-2345" in r.output
    r = runner.invoke(cli, ["audit", draft, "--since", "7d"])
    assert r.exit_code == 2 and "--since needs --store" in r.output


def test_a_statement_that_must_give_a_row_and_gives_none_is_a_store_error(tmp_path):
    from auditor.store import _one

    con = duckdb.connect(str(tmp_path / "s.duckdb"))
    try:
        assert _one(con, "SELECT count(*) FROM range(?)", [3]) == (3,)
        with pytest.raises(StoreError, match=r"^archive.duckdb: damaged claims store \(no result from `SELECT 1"):
            _one(con, "SELECT 1 WHERE FALSE", store="archive.duckdb")
    finally:
        con.close()


def test_the_archive_loads_an_incidents_neighbours_in_time_not_its_keys_years(tmp_path, vocab, ruleset):
    from auditor.documents import Document
    from auditor.store import claims_against

    stored = [Document("s1", "A car bomb killed 17 people in Kirkuk on Tuesday, police said.", "Wire A",
                       "2021-03-02"),
              Document("s2", "A car bomb killed 41 people in Kirkuk on Wednesday, the hospital said.", "Wire A",
                       "2021-03-24"),
              Document("s3", "The toll of the bombings in Kirkuk stands at 60 dead.", "Wire B", "2021-04-20")]
    draft = [Document("d1", "Tuesday's car bomb in Kirkuk killed 9 people, the governor said.", "Desk",
                      "2021-03-03")]
    draft_claims = extract_all(draft, vocab)
    assert ruleset.window_days() == 7
    with ClaimStore(tmp_path / "a.duckdb") as store:
        _ingest(store, stored, vocab)
        near = {c.doc for c in claims_against(store, draft, draft_claims, window_days=ruleset.window_days())}
        every = {c.doc for c in claims_against(store, draft, draft_claims)}
        result = audit_documents(draft, ruleset, vocab, jobs=1, store=store)
    # the incident three weeks later stays in the archive; a figure with no day may be of any
    assert (near, every) == ({"s1", "s3"}, {"s1", "s2", "s3"})
    conflicts = [sorted(c.text for c in f.claims) for f in result.findings if f.rule == "same-toll-same-day"
                 and f.severity == "error"]
    assert ["17", "9"] in conflicts and not any("41" in pair for pair in conflicts)


def test_a_check_makes_no_finding_inside_the_archive(vocab, ruleset):
    # two stored reports disagree with each other; the draft reports another quantity
    from auditor.checks import CHECKS
    from auditor.checks.base import CheckContext
    from auditor.claims import claims_table
    from auditor.documents import Document

    docs = [Document("s1", "A car bomb killed 17 people in Kirkuk on Tuesday, police said.", "Wire A", "2021-03-02"),
            Document("s2", "A car bomb killed 30 people in Kirkuk on Tuesday, the hospital said.", "Wire B",
                     "2021-03-02"),
            Document("d1", "A car bomb wounded 25 people in Kirkuk on Tuesday, police said.", "Desk", "2021-03-02")]
    claims = extract_all(docs, vocab)
    rule = ruleset.get("same-toll-same-day")

    def found(focus):
        ctx = CheckContext(vocab, {c.id: c for c in claims}, {d.id: d.text for d in docs}, focus=focus)
        return [sorted(c.doc for c in f.claims) for f in CHECKS[rule.type].check(claims_table(claims), rule, ctx)]

    assert found(None) == [["s1", "s2"]]
    assert found(frozenset(c.id for c in claims if c.doc == "d1")) == []
    assert found(frozenset(c.id for c in claims if c.doc == "s2")) == [["s1", "s2"]]
