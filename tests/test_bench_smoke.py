"""The benchmark's corpus and script, on a tiny corpus: deterministic, realistic, recalled."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench import auditor_spans, drafts_for, recalled, run_pipeline  # noqa: E402
from benchmarks.corpus import generate  # noqa: E402


def test_the_corpus_is_deterministic_and_article_sized():
    a, b = generate(12, seed=3), generate(12, seed=3)
    assert [x.text for x in a] == [x.text for x in b]
    assert [x.text for x in generate(12, seed=4)] != [x.text for x in a]
    assert all(540 <= x.words() <= 700 for x in a)
    assert len({x.source for x in a}) > 3, "several outlets"
    assert len({x.text.split(".")[0] for x in a}) == len(a), "varied ledes"
    for x in a:
        for p in x.planted:
            assert x.text[p.start:p.end] == p.text


def test_auditor_recalls_the_planted_claims():
    articles = generate(20, seed=11)
    spans, _ = auditor_spans(articles)
    planted = sum(len(a.planted) for a in articles)
    assert sum(recalled(a, s) for a, s in zip(articles, spans)) / planted >= 0.95


@pytest.mark.skipif(importlib.util.find_spec("quantulum3") is None, reason="quantulum3 not installed")
def test_quantulum3_runs_on_the_same_articles():
    from benchmarks.bench import quantulum_spans

    articles = generate(1, seed=11)
    spans, _, _ = quantulum_spans(articles)
    assert sum(recalled(a, s) for a, s in zip(articles, spans)) > 0


def test_pipeline_finds_the_conflicts_planted_in_drafts(tmp_path):
    result = run_pipeline(30, jobs=1, n_drafts=4, workdir=str(tmp_path))
    assert result["documents"] == 30 and result["claims"] > 200
    assert result["draft_conflicts_found"] >= 3
    drafts, wrong = drafts_for(generate(30), 4)
    assert all(w in d.text for d, w in zip(drafts, wrong))


def test_audit_suites_lists_the_held_out_sets_in_the_order_they_were_written():
    from benchmarks.audit_suites import held_out

    names = [p.name for p in held_out("events_heldout")]
    assert names[:3] == ["events_heldout", "events_heldout2", "events_heldout3"]
    assert names.index("events_heldout9") < names.index("events_heldout10")
    assert all((ROOT / "benchmarks" / n / "gold.jsonl").exists() for n in names)
