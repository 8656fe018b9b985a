"""Property tests (hypothesis), bounded in time: extraction and rule loading
hold their invariants on any input."""
from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from num2words import num2words

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.ruleset import load_ruleset
from auditor.vocabulary import load_vocabulary
from auditor.yamlload import load_yaml_text

VOCAB = load_vocabulary()
RULES = load_ruleset()
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text that looks like news: words, numbers, hedges, punctuation, dates, markup
WORDS = st.sampled_from([
    "at least", "more than", "nearly", "about", "between", "and", "to", "-", "killed", "died",
    "soldiers", "civilians", "children", "people", "including", "according to the UN", "said",
    "on Thursday", "in February", "since December", "in Idlib", ",", ".", "half a million",
    "seven", "three", "hundreds of", "thousands of", "%", "per cent", "$", "km", "11:30 p.m.",
    "March 2011", "F-16", "1/3", "two thirds", "<script>", "\n\n", "(", ")", "'s", "—",
])
NEWSY = st.lists(st.one_of(WORDS, st.integers(0, 10**7).map(str),
                           st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:,.2f}")),
                 max_size=40).map(" ".join)
ANY_TEXT = st.one_of(NEWSY, st.text(max_size=300))


def check_invariants(text: str) -> list:
    claims = extract_claims(Document(id="d", text=text, published="2020-02-27"), VOCAB)
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert c.start <= c.number_start <= c.number_end <= c.end
        assert c.sentence_start <= c.start and c.end <= max(c.sentence_end, c.end) <= len(text)
        assert not math.isnan(c.low) and not math.isnan(c.high)
        assert c.low <= c.high
        if c.value is not None and c.hedge in (None, "estimated"):
            assert c.low <= c.value <= c.high
    return claims


@FAST
@given(ANY_TEXT)
def test_extraction_never_raises_and_spans_hold(text):
    check_invariants(text)


@FAST
@given(st.integers(min_value=1, max_value=999_999_999))
def test_numbers_in_words_extract_back(n):
    words = num2words(n)
    (c,) = [c for c in check_invariants(f"Officials said {words} people were displaced.") if c.value is not None]
    assert c.value == n, (words, c)


@FAST
@given(st.integers(min_value=1, max_value=10**12))
def test_grouped_digits_extract_back(n):
    (c,) = check_invariants(f"Officials said {n:,} people were displaced.")
    assert c.value == n


DOCS = [
    Document("a", "33 soldiers were killed on Thursday in Idlib.", "Wire A", "2020-02-27T10:00:00"),
    Document("b", "22 soldiers were killed on Thursday in Idlib.", "Wire B", "2020-02-27T11:00:00"),
    Document("c", "Seven civilians, including nine children, died on Thursday.", "Wire C", "2020-02-27T12:00:00"),
    Document("d", "At least 29 soldiers were killed on Thursday in Idlib.", "Wire D", "2020-02-27T09:00:00"),
    Document("e", "The toll fell: 20 soldiers were killed on Thursday in Idlib.", "Wire A", "2020-02-27T13:00:00"),
]


def findings_of(docs):
    from auditor.audit import audit
    return [(f.rule, f.severity, f.message, tuple(c.id for c in f.claims)) for f in audit(docs, RULES, VOCAB).findings]


@settings(max_examples=25, deadline=None)
@given(st.permutations(DOCS))
def test_document_order_never_changes_findings(docs):
    assert findings_of(list(docs)) == findings_of(DOCS)


@FAST
@given(st.one_of(st.text(max_size=400), st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=10), children, max_size=4)),
    max_leaves=20).map(lambda obj: __import__("json").dumps({"rules": obj}))))
def test_rule_loading_of_arbitrary_yaml_raises_only_config_error(text):
    import os
    import tempfile

    from auditor.ruleset import load_rule_file
    try:
        load_yaml_text(text, "fuzz.yaml")
    except ConfigError:
        pass
    fd, path = tempfile.mkstemp(suffix=".yaml")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as fh:
            fh.write(text)
        try:
            load_rule_file(path)
        except ConfigError:
            pass
    finally:
        os.unlink(path)


DISTANCE_RULE = """
rules:
  - id: same-distance
    type: agreement
    where: {kind: quantity}
    key: [unit, where]
    severity: error
    examples:
      - docs:
          - {source: A, published: 2020-02-27, text: "The convoy was stopped 5 km from Saraqeb."}
          - {source: B, published: 2020-02-27, text: "The convoy was stopped 8 km from Saraqeb."}
        expect: [same-distance]
"""


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 40), min_size=2, max_size=4), st.data())
def test_rescaling_a_unit_never_changes_a_finding(tmp_path_factory, kms, data):
    from auditor.audit import audit
    from auditor.ruleset import load_ruleset

    path = tmp_path_factory.mktemp("rules") / "distance.yaml"
    path.write_text(DISTANCE_RULE)
    rules = load_ruleset([path], builtins=False)
    in_metres = [data.draw(st.booleans()) for _ in kms]

    def docs(rescale: bool):
        out = []
        for n, (km, metres) in enumerate(zip(kms, in_metres)):
            figure = f"{km * 1000:,} metres" if (rescale and metres) else f"{km} km"
            out.append(Document(f"d{n}", f"The convoy was stopped {figure} from Saraqeb.",
                                f"Wire {n}", "2020-02-27"))
        return out

    def summary(result):
        return [(f.rule, f.severity, tuple(c.doc for c in f.claims)) for f in result.findings]

    plain, rescaled = audit(docs(False), rules, VOCAB), audit(docs(True), rules, VOCAB)
    assert summary(plain) == summary(rescaled)
    if len(set(kms)) > 1:
        assert any(f.severity == "error" for f in plain.findings)
