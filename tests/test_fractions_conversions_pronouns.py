"""Round 9 desk classes: a fraction as a relative change, a bracketed conversion that is no end of a
change, and "them" that names the plural noun before it (``fixtures/desk/fractions_conversions_pronouns.yml``)."""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.yamlload import load_yaml
from conftest import FIXTURES

CASES = load_yaml(FIXTURES / "desk" / "fractions_conversions_pronouns.yml")[0]["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case, ruleset, vocab):
    doc = Document(id="draft", text=case["text"], title=case.get("title"), source="Desk",
                   published="2026-11-20T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    errors = sorted({f.rule for f in found if f.severity == "error"})
    assert errors == sorted(case["errors"]), [f.message for f in found]
