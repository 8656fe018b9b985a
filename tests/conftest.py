from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def vocab():
    from auditor.vocabulary import load_vocabulary

    return load_vocabulary()


def find_numbers(text: str, lower: str):
    """``numbers.find_numbers`` with the built-in vocabulary's currency codes and symbols."""
    from auditor.extract.lexicon import lexicon
    from auditor.extract.numbers import find_numbers as find
    from auditor.vocabulary import load_vocabulary

    global _BUILTIN
    if _BUILTIN is None:
        _BUILTIN = load_vocabulary()
    currency = lexicon(_BUILTIN).currency
    return find(text, lower, currency.codes, currency.symbols)


_BUILTIN = None


def desk_vocabulary(tmp_path_factory, text: str, name: str = "desk.yaml"):
    """The built-in vocabulary extended by one desk file holding ``text``, as ``--vocabulary`` loads it."""
    from auditor.vocabulary import load_vocabulary

    path = tmp_path_factory.mktemp("desk") / name
    path.write_text(text, encoding="utf-8")
    return load_vocabulary([path])


def claims_by_text(vocab, text: str, published: str | None):
    """The claims extraction finds in one wire sentence or paragraph, by their text."""
    from auditor.documents import Document
    from auditor.extract import extract_claims

    doc = Document(id="d", text=text, source="Wire", published=published)
    return {c.text: c for c in extract_claims(doc, vocab)}


def resolved_by_text(vocab, text: str, published: str | None, source: str = "Wire"):
    """The resolved claims (quantity keys, sources, places) of one document, by their text."""
    from auditor.audit import extract_all
    from auditor.documents import Document

    doc = Document(id="d", text=text, source=source, published=published)
    return {c.text: c for c in extract_all([doc], vocab)}


def flagged(vocab, ruleset, *docs: tuple[str, str, str]) -> list:
    """The error and warning findings on documents given as (source, published, text)."""
    from auditor.audit import audit
    from auditor.documents import Document

    found = audit([Document(id=f"d{n}", text=t, source=s, published=p) for n, (s, p, t) in enumerate(docs)],
                  ruleset, vocab).findings
    return [f for f in found if f.severity in ("error", "warning")]


def draft_findings(vocab, ruleset, text: str) -> list:
    """The findings on one desk draft of ``text`` (published 20 October 2026, noon)."""
    from auditor.audit import audit
    from auditor.documents import Document

    doc = Document(id="draft", text=text, source="Desk", published="2026-10-20T12:00:00")
    return audit([doc], ruleset, vocab).findings


def draft_errors(vocab, ruleset, text: str) -> dict[str, str]:
    """The error findings on one desk draft of ``text``: rule id → message."""
    return {f.rule: f.message for f in draft_findings(vocab, ruleset, text) if f.severity == "error"}


def rules_fired(vocab, ruleset, *docs: tuple[str, str, str]) -> list[str]:
    """The rules with an error or a warning on documents given as (source, published, text)."""
    return sorted({f.rule for f in flagged(vocab, ruleset, *docs)})


@pytest.fixture(scope="session")
def ruleset():
    from auditor.ruleset import load_ruleset

    return load_ruleset()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is absent: the evaluation data lives in ../shared beside the checkout")
    return p
