"""Classes of cross-source failure sorted on held-out events 12-18 (brief fixP), with sentences written
for these tests (other names, beats and numbers): a number that is part of a name, told by how it is
written (a version, "Solidarnosc 3.0", or with a possessive, "Apollo 11's crew": no count is written
so), is no claim, in a headline or a body, and raises no alarm against the crowd its
sentence counts."""
from __future__ import annotations

from conftest import claims_by_text, flagged


def _title_claims(vocab, title: str, text: str) -> list[str]:
    from auditor.documents import Document
    from auditor.extract import extract_claims

    doc = Document(id="d", text=text, title=title, source="Wire", published="2022-05-14")
    return [c.text for c in extract_claims(doc, vocab) if c.in_title]


# -- a number written as a version or with a possessive is part of a name ------------------------------------

def test_a_version_number_after_a_name_is_no_count(vocab):
    claims = claims_by_text(vocab, "Supporters of Solidarnosc 3.0 said 40,000 people marched in Gdansk, "
                                   "while police counted 12,000.", "2022-05-14")
    assert "3.0" not in claims
    assert {"40,000", "12,000"} <= set(claims)
    assert _title_claims(vocab, "Reform 2.0 organisers claim a record crowd",
                         "Organisers said 40,000 people marched on Saturday.") == []


def test_a_number_with_a_possessive_after_a_name_is_no_count(vocab):
    claims = claims_by_text(vocab, "The minister rejected Charter 77's figure, saying 9,000 people had "
                                   "gathered, not 30,000.", "2022-05-14")
    assert "77" not in claims
    assert {"9,000", "30,000"} <= set(claims)
    claims = claims_by_text(vocab, "Sahel 5's leaders said 31 soldiers were killed in the ambush.", "2022-05-14")
    assert "5" not in claims
    assert "31" in claims


def test_counts_after_a_name_stay_counts(vocab):
    # a place before its count, a percent, a bare count with no version or possessive: unchanged
    claims = claims_by_text(vocab, "In Lagos 300 people marched, and Kano 120 more. Turnout rose 4.0 percent.",
                            "2022-05-14")
    assert {"300", "120"} <= set(claims)
    claims = claims_by_text(vocab, "The storm killed 14 people, officials said. Lagos' 3 hospitals were full.",
                            "2022-05-14")
    assert "14" in claims
    # a table's shares after party names keep their figures ("Greens 6.0; Centre 11.0 (down 0.4)")
    claims = claims_by_text(vocab, "Poll shares: Labour 27.5; Greens 6.0; Centre 11.0 (down 0.4).", "2022-05-14")
    assert {"6.0", "11.0"} <= set(claims)


def test_a_versioned_name_raises_no_alarm_against_the_crowd(vocab, ruleset):
    a = ("Wire A", "2022-05-14T18:00:00",
         "Reform 2.0's organisers said about 150,000 people marched through the capital on Saturday.")
    b = ("Wire B", "2022-05-15T09:00:00",
         "The interior ministry disputed Reform 2.0's claims, saying police counted about 140,000 marchers "
         "on Saturday.")
    texts = [f.message for f in flagged(vocab, ruleset, a, b)]
    assert not any(" 2.0" in m or " 2 " in m for m in texts), texts
