"""The counted thing in context (DESIGN.md, Quantities: ``thing``), one class of phrasing a test.

Sentences here are written for these tests.
"""
from __future__ import annotations

from auditor.audit import extract_all
from auditor.documents import Document


def resolved(vocab, text, title=None, published="2021-03-05T10:00:00"):
    doc = Document(id="d", text=text, source="Wire", published=published, title=title)
    return extract_all([doc], vocab)


def by_text(claims):
    return {c.text: c for c in claims}


# -- a referent taken from the text before is named by its class ------------------------------

def test_a_tally_with_no_noun_names_the_referent_by_its_class(vocab):
    text = ("Eight Chilean soldiers died in the ambush, the army said. Its first figure was five "
            "Chilean troopers, and it later raised it to seven. The count is now 8.")
    cs = by_text(resolved(vocab, text))
    assert cs["five"].thing == "Chilean troopers"            # written with the number: as written
    assert cs["seven"].thing == "Chilean soldiers"
    assert cs["8"].thing == "Chilean soldiers"


def test_the_dead_take_the_referent_by_its_class(vocab):
    text = ("Twelve Chilean troops were killed on Monday, and the army counted 14 dead by nightfall. "
            "The soldiers were on patrol.")
    cs = by_text(resolved(vocab, text))
    assert cs["Twelve"].thing == "Chilean troops"
    assert cs["14"].thing == "Chilean soldiers"
    assert cs["Twelve"].quantity == cs["14"].quantity


def test_another_name_stays_as_written_where_the_document_never_uses_the_class(vocab):
    # a relief story: "troops" is the only name, so it is the referent's name
    text = "Over 1,200 troops were sent to the flooded valley. By Friday 1,500 had arrived."
    cs = by_text(resolved(vocab, text))
    assert cs["Over 1,200"].thing == "troops"
    assert cs["1,500"].thing in ("troops", None)
