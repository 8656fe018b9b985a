"""Classes of in-document inconsistency on a desk's drafts (issue 14), end to end with the built-in rules.

The cases are sentences of our own in ``fixtures/desk/classes.yml``, several wordings a class and
clean variants beside each planted one: a class is fixed when all of them pass, not one document.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.yamlload import load_yaml
from conftest import FIXTURES

CASES = load_yaml(FIXTURES / "desk" / "classes.yml")[0]["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_desk_class(case, ruleset, vocab):
    doc = Document(id="draft", text=case["text"], title=case.get("title"), source="Desk",
                   published="2026-11-20T12:00:00")
    found = audit([doc], ruleset, vocab).findings
    errors = sorted({f.rule for f in found if f.severity == "error"})
    assert errors == sorted(case["errors"]), [f.message for f in found]
