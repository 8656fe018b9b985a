"""The claims table, built column by column: every claim's fields, in order."""

from __future__ import annotations

from pathlib import Path

from auditor.audit import extract_all
from auditor.claims import CLAIM_COLUMNS, claims_table
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
