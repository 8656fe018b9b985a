"""The own-organisation mechanism (extract/carried_scope.own_organisation): one capitalised word that owns
the lede's subject ("Halvorsen's revenue") and that the text names again is an organisation reporting its
own figures, whatever noun the text calls it by ("the brewer", "the shipper"); not a place, a day or a word
the text never names again.

Sentences here are written for these tests (other companies, places and numbers than the sets').
"""
from __future__ import annotations

from auditor.extract.carried_scope import own_organisation
from conftest import claims_by_text as claims


def test_a_one_word_owner_named_again_reports_its_own_figures(vocab):
    text = ("Halvorsen's net sales rose 4% to NOK 12.1bn in the first half, the shipper said. Freight volumes "
            "grew 6%, and Halvorsen kept its outlook for the year.")
    assert own_organisation(text, vocab) == "Halvorsen"
    cs = claims(vocab, text, "2024-08-14")
    assert cs["6%"].according_to == "Halvorsen"
    assert cs["6%"].according_carried


def test_a_one_word_owner_the_text_never_names_again_is_not_taken(vocab):
    assert own_organisation("Halvorsen's net sales rose 4% in the first half. Freight volumes grew 6%.",
                            vocab) is None


def test_a_country_or_a_day_that_owns_the_subject_is_no_organisation(vocab):
    assert own_organisation("Norway's exports rose 4% in May. Norway sold more fish.", vocab) is None
    assert own_organisation("Friday's count put turnout at 61%. On Friday polls closed late.", vocab) is None
