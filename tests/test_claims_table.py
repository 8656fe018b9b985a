"""The claims table: every claim's fields, held compactly (repeated text as categories)."""

from __future__ import annotations

from pathlib import Path

from auditor.audit import extract_all
from auditor.claims import CLAIM_COLUMNS, REPEATED_COLUMNS, claims_table
from auditor.documents import read_documents
from auditor.vocabulary import load_vocabulary

EXAMPLE = str(Path(__file__).resolve().parent.parent / "examples" / "idleb")


def _claims():
    docs, _ = read_documents((EXAMPLE,))
    return extract_all(docs, load_vocabulary(()))


def test_the_table_holds_every_field_of_every_claim_in_order():
    claims = _claims()
    table = claims_table(claims)
    assert list(table.columns) == CLAIM_COLUMNS + ["base_unit"]
    for name in CLAIM_COLUMNS:
        got = [None if v is None or v != v else v for v in table[name].astype(object)]
        want = [None if v is None or v != v else v for v in (getattr(c, name) for c in claims)]
        assert got == want, name


def test_repeated_text_is_held_once_per_value_and_a_missing_one_can_be_filled():
    claims = _claims() * 50
    table = claims_table(claims)
    for name in REPEATED_COLUMNS:
        assert table[name].dtype == "category", name
        assert (table[name].fillna("") == "").sum() == sum(1 for c in claims if not getattr(c, name))
    assert table["doc"].cat.categories.size <= len({c.doc for c in claims}) + 1
    compact = table.memory_usage(deep=True).sum()
    plain = table.astype({n: object for n in REPEATED_COLUMNS}).memory_usage(deep=True).sum()
    assert compact < 0.8 * plain
