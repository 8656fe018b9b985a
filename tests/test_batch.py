"""Batches across processes: same results as serial, bad files skipped, ids kept unique."""

from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from auditor.audit import audit, extract_all  # noqa: E402
from auditor.batch import audit_documents, extract_parallel, iter_documents  # noqa: E402
from auditor.cli import cli  # noqa: E402
from auditor.documents import Document, Problem, expand_paths, read_documents  # noqa: E402
from benchmarks.corpus import generate, write_files  # noqa: E402


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Forty generated articles as Markdown files, plus one that cannot be read."""
    d = tmp_path_factory.mktemp("corpus")
    write_files(generate(40, seed=7), str(d))
    (d / "broken.md").write_bytes(b"\xff\xfe\x00\xd8 not text \x00\x00")
    return d


def test_parallel_extraction_equals_serial(corpus, vocab):
    docs, problems = read_documents([str(corpus)])
    assert [p.path for p in problems] == [str(corpus / "broken.md")]
    serial = extract_all(docs, vocab)
    parallel = extract_parallel(docs, vocab, jobs=2, chunk_size=3)
    assert parallel == serial
    assert len(serial) > 200


def test_parallel_audit_equals_audit(corpus, vocab, ruleset):
    docs, problems = read_documents([str(corpus)])
    expected = audit(docs, ruleset, vocab, problems)
    got = audit_documents(docs, ruleset, vocab, problems, jobs=2)
    assert got.claims == expected.claims
    assert [f.fingerprint for f in got.findings] == [f.fingerprint for f in expected.findings]
    assert got.findings, "the corpus plants conflicting figures"


def test_batch_reads_in_workers_and_skips_the_unreadable_file(corpus, vocab):
    seen: list[Problem] = []
    batches = list(iter_documents([str(corpus)], vocab, jobs=2, chunk_size=4, on_problem=seen.append))
    docs = [d for b in batches for d, _ in b]
    assert len(docs) == 40
    assert [p.path for p in seen] == [str(corpus / "broken.md")]
    serial_docs, _ = read_documents([str(corpus)])
    assert [d.id for d in docs] == [d.id for d in serial_docs]
    assert [c for b in batches for _, cs in b for c in cs] == extract_all(serial_docs, vocab)


def test_globs_are_expanded_in_order(corpus):
    found = list(expand_paths([str(corpus / "a00000*.md"), str(corpus / "nothing-*.md")]))
    assert [f for f in found if isinstance(f, str)] == sorted(str(p) for p in corpus.glob("a00000*.md"))
    assert isinstance(found[-1], Problem)


def test_duplicate_ids_are_made_unique(tmp_path, vocab):
    for sub in ("one", "two"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text("12 people were killed on Monday.\n", encoding="utf-8")
    batches = list(iter_documents([str(tmp_path)], vocab, jobs=1))
    pairs = [p for b in batches for p in b]
    assert [d.id for d, _ in pairs] == ["same", "same~2"]
    assert pairs[1][1][0].id.startswith("same~2#") and pairs[1][1][0].doc == "same~2"


def test_a_progress_bar_of_unknown_total_survives_updates_closer_than_its_redraw(tmp_path, vocab, monkeypatch,
                                                                                 capsys):
    # files are read in the workers, so the total is unknown; a chunk done within 0.1 s of
    # the last redraw compared the count with that None (TypeError: ingest on a terminal)
    import auditor.batch as batch

    monkeypatch.setattr(batch.time, "monotonic", lambda: 1000.0)     # every chunk at the same instant
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(f"{i + 2} people were killed on Monday.\n", encoding="utf-8")
    batches = list(iter_documents([str(tmp_path)], vocab, jobs=1, chunk_size=1, progress=True))
    assert [d.id for b in batches for d, _ in b] == ["d0", "d1", "d2"]
    assert "\r1 documents" in capsys.readouterr().err


def test_cli_ingest_skips_one_unreadable_file_and_stores_the_rest(corpus, tmp_path):
    store = str(tmp_path / "a.duckdb")
    r = CliRunner().invoke(cli, ["ingest", str(corpus), "--store", store, "--jobs", "2"])
    assert r.exit_code == 2, r.output
    assert "skipped" in r.output and "broken.md" in r.output
    assert "40 added" in r.output


def test_an_extraction_failure_is_a_problem_not_a_crash(vocab, monkeypatch):
    import auditor.extract as extract

    real = extract.extract_claims

    def flaky(doc, v, *read):      # claims_of passes the body it read on (extract.read_text)
        if doc.id == "bad":
            raise ValueError("boom")
        return real(doc, v, *read)

    monkeypatch.setattr(extract, "extract_claims", flaky)
    docs = [Document(id="good", text="12 people were killed on Monday."),
            Document(id="bad", text="3 people were injured.")]
    problems: list[Problem] = []
    claims = extract_parallel(docs, vocab, jobs=1, problems=problems)
    assert [c.doc for c in claims] == ["good"]
    assert problems and "boom" in problems[0].message


def test_reingesting_does_not_extract_unchanged_documents_again(corpus, tmp_path, vocab, monkeypatch):
    import auditor.extract as extract
    from auditor.batch import ingest_paths
    from auditor.store import ClaimStore

    with ClaimStore(tmp_path / "a.duckdb") as store:
        first = ingest_paths([str(corpus)], store, vocab, jobs=1)
        monkeypatch.setattr(extract, "extract_claims", lambda doc, v, *read: 1 / 0)
        problems: list[Problem] = []
        again = ingest_paths([str(corpus)], store, vocab, jobs=1, on_problem=problems.append)
    assert first.added == 40
    assert (again.added, again.unchanged) == (0, 40)
    assert [p.path for p in problems] == [str(corpus / "broken.md")]


def _jsonl_with_trouble(path, n: int = 30) -> None:
    """A JSONL export with blank and broken lines, lines without ids, and a repeated id."""
    import json

    lines = []
    for i in range(n):
        doc = {"text": f"{i + 3} people were killed in Idlib on Monday.", "source": f"Wire {i % 4}",
               "published": "2020-02-27"}
        if i % 3:
            doc["id"] = "dup" if i % 10 == 1 else f"doc{i}"
        lines.append(json.dumps(doc))
        if i % 7 == 0:
            lines.append("")
        if i % 11 == 5:
            lines.append("{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_blocks_parsed_in_workers_give_the_documents_of_a_whole_file_read(tmp_path, vocab):
    from auditor.batch import _UniqueIds, iter_rows
    from auditor.store import DOCUMENT_COLUMNS, DocumentRows

    export = tmp_path / "export.jsonl"
    _jsonl_with_trouble(export)
    expected, expected_problems = read_documents([str(export)])
    seen: list[Problem] = []
    batches = list(iter_documents([str(export)], vocab, jobs=2, chunk_size=4, on_problem=seen.append))
    docs = [d for b in batches for d, _ in b]
    assert docs == expected and "dup~2" in [d.id for d in docs]
    assert seen == expected_problems and seen
    assert [c for b in batches for _, cs in b for c in cs] == extract_all(expected, vocab)
    # the store's columns: the same documents and claims, but the store keys a document by
    # (source, id), so only a repeat of both is renamed ("dup" of two wires stays "dup")
    rows = list(iter_rows([str(export)], vocab, jobs=2, chunk_size=4))
    repeats: dict = {}
    pairs = []
    for d, cs in (p for b in batches for p in b):
        own = d.id.split("~")[0]
        n = repeats[(d.source, own)] = repeats.get((d.source, own), 0) + 1
        pairs.append(_UniqueIds.rename(d, cs, own if n == 1 else f"{own}~{n}"))
    want = DocumentRows.from_pairs(pairs)
    ids = [r[0] for r in want.documents]
    assert ids.count("dup") == 2 and "dup~2" not in ids, "two wires' documents 'dup', each kept as 'dup'"
    assert [r for b in rows for r in b.documents] == want.documents
    assert [list(c) for c in zip(*[x for b in rows for x in zip(*b.claims)])] == want.claims
    assert len(DOCUMENT_COLUMNS) == len(want.documents[0])
