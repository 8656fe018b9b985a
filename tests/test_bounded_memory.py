"""What keeps a batch audit's memory near the size of its claims (issue 17).

Not a timed or RSS test: each test pins one piece of the design. Repeated text
values are held once (``SharedText``); the claims table points at the claims'
own strings instead of copying them; a check gets the groups of a key one at
a time; ``latest_per_source`` keeps what the pandas group-by it replaced kept.
"""

from __future__ import annotations

import pickle
from types import SimpleNamespace

import pandas as pd

from auditor.audit import extract_all
from auditor.checks.base import groups, latest_per_source
from auditor.claims import SHARED_TEXT_FIELDS, Claim, SharedText, claims_table
from auditor.documents import Document
from auditor.vocabulary import load_vocabulary

TEXT = ("At least 29 soldiers were killed in Idlib on Thursday, the ministry said. "
        "Officials later put the toll at 33 soldiers killed in Idlib.")


def _claims(n_docs: int = 3) -> list[Claim]:
    docs = [Document(id=f"d{i}", text=TEXT, source="Wire", published=f"2020-02-2{i}") for i in range(n_docs)]
    claims = extract_all(docs, load_vocabulary(()))
    assert len(claims) >= 2 * n_docs
    return claims


def test_repeated_texts_of_claims_from_workers_are_held_once():
    claims = pickle.loads(pickle.dumps(_claims()))     # as they come back from a worker: one copy each
    values_before = [tuple(getattr(c, f) for f in SHARED_TEXT_FIELDS) for c in claims]
    twins = [(a, b) for a in claims for b in claims if a is not b and a.quantity == b.quantity and a.quantity]
    assert twins and all(a.quantity is not b.quantity for a, b in twins)
    pool = SharedText()
    shared = pool.share(claims)
    assert shared is claims
    assert [tuple(getattr(c, f) for f in SHARED_TEXT_FIELDS) for c in claims] == values_before
    for a, b in twins:
        assert a.quantity is b.quantity
    later = pickle.loads(pickle.dumps(claims[:1]))[0]   # a later chunk shares the same copies
    pool.share([later])
    assert later.quantity is claims[0].quantity and later.text is claims[0].text


def test_the_claims_table_points_at_the_claims_strings_instead_of_copying_them():
    claims = _claims()
    table = claims_table(claims)
    for name in ("id", "doc", "quantity", "text", "source"):
        assert table[name].dtype == object, name
        assert all(v is getattr(c, name) for v, c in zip(table[name], claims)), name
    assert table["start"].dtype.kind == "i" and table["value"].dtype.kind == "f"
    assert table["superseded"].dtype == bool


def test_groups_hand_out_claim_ids_not_copies_of_the_table():
    claims = _claims()
    table = claims_table(claims)
    out = groups(table, SimpleNamespace(key=("quantity",)))   # all ``groups`` reads of a rule
    assert out and all(isinstance(i, str) for _, ids in out for i in ids)
    by_id = {c.id: c for c in claims}
    assert all(by_id[i].quantity == key[0] for key, ids in out for i in ids)


def test_latest_per_source_keeps_each_sources_latest_publication_per_key():
    frame = pd.DataFrame({
        "quantity": ["q", "q", "q", "q", "q", "q", "r"],
        "source": pd.Series(["A", "A", "B", None, None, "B", "A"], dtype=object),
        "published": pd.Series(["2020-01-01", "2020-01-02", "2020-01-01", None, "2020-01-03", None, "2020-01-01"],
                               dtype=object),
        "n": range(7),
    })
    rule = SimpleNamespace(key=("quantity",))
    # per key: A's 2 January, B's 1 January, the unknown source's 3 January; key r keeps its own
    assert list(latest_per_source(frame, rule)["n"]) == [1, 2, 4, 6]
    assert list(latest_per_source(frame.iloc[:0], rule)["n"]) == []
    only_undated = frame.iloc[[3, 5]]
    assert list(latest_per_source(only_undated, rule)["n"]) == [3, 5]


def _folder(tmp_path, n: int):
    for i in range(n):
        (tmp_path / f"a{i:03d}.md").write_text(
            f"---\nsource: Wire\npublished: 2020-02-{1 + i % 28:02d}\n---\n{TEXT}\n", encoding="utf-8")
    return str(tmp_path)


def _spy_start(monkeypatch) -> list[str]:
    """Record the order in which the run starts its workers and reads its documents."""
    import auditor.batch as batch
    import auditor.run as run

    events: list[str] = []
    real_start, real_read = batch.start_pool, run.read_inputs

    def start(*args, **kwargs):
        events.append("workers started")
        return real_start(*args, **kwargs)

    def read(*args, **kwargs):
        events.append("documents read")
        return real_read(*args, **kwargs)

    monkeypatch.setattr(batch, "start_pool", start)
    monkeypatch.setattr(run, "read_inputs", read)
    return events


def test_a_parallel_run_starts_its_workers_before_it_reads_the_documents(tmp_path, monkeypatch):
    import multiprocessing

    import auditor.audit
    from auditor.run import AuditRun, run_audit

    events = _spy_start(monkeypatch)
    real_checks = auditor.audit.run_checks

    def checks(*args, **kwargs):      # the workers are gone once extraction is done
        events.append(f"checks with {len(multiprocessing.active_children())} workers")
        return real_checks(*args, **kwargs)

    monkeypatch.setattr(auditor.audit, "run_checks", checks)
    folder = _folder(tmp_path, 40)
    outcome = run_audit(AuditRun((folder,), jobs=2))
    assert events == ["workers started", "documents read", "checks with 0 workers"]
    events.clear()
    serial = run_audit(AuditRun((folder,), jobs=1))
    assert events == ["documents read", "checks with 0 workers"]      # one process: no workers at all
    assert outcome.result.claims == serial.result.claims
    assert [f.fingerprint for f in outcome.result.findings] == [f.fingerprint for f in serial.result.findings]


def test_a_small_run_starts_no_workers(tmp_path, monkeypatch):
    from auditor.run import AuditRun, run_audit

    events = _spy_start(monkeypatch)
    run_audit(AuditRun((_folder(tmp_path, 5),)))
    assert events == ["documents read"]
