"""Who gave a figure, said after it or by whose figures it is: "the official count of 52 given by
Nairobi", "a tally of 40 dead was issued by the army", "the junta's latest count", "the Interior
Ministry's latest figures"; and bodies that speak without a capital ("the government said", "the
envoys said"). Rival tolls then meet under their own sources instead of passing for one series."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document
from auditor.resolve import claims_of


def _claims(text, vocab, title=None):
    return {c.text: c for c in claims_of(Document("d", text, "Desk", "2024-06-19", title=title), vocab)}


def test_a_body_whose_figures_they_are_is_their_source(vocab):
    assert _claims("The ministry's latest figures showed 40 dead.", vocab)["40"].according_to == "ministry"
    assert _claims("The Interior Ministry's provisional figures showed 40 dead.", vocab)["40"].according_to \
        == "Interior Ministry"
    assert _claims("The army's latest count, released on Friday, was seven dead.", vocab)["seven"].according_to \
        == "army"


def test_who_gave_a_figure_after_it_is_its_source(vocab):
    assert _claims("A tally of 40 dead was issued by the army on Monday.", vocab)["40"].according_to == "army"
    assert _claims("The death toll released by the health ministry rose to 40.", vocab)["40"].according_to \
        == "health ministry"
    # the outlet it was given to is not the source
    said = _claims("That adds to a count of 31 dead given to Reuters by a village chief.", vocab)["31"]
    assert said.according_to == "village chief"


def test_a_capital_that_gives_a_figure_is_its_government(vocab):
    cs = _claims("At least 70 Kenyans died, the envoys said, up from an official count of 52 given by Nairobi "
                 "on Monday.", vocab)
    assert cs["At least 70"].according_to == "envoys"
    assert cs["52"].authority == "Kenya authorities"
    assert cs["52"].thing == cs["At least 70"].thing          # no "given" counted
    # the sentence's full stop is no part of the name
    cs = _claims("At least 70 Kenyans died, according to the envoys, more than the toll of 52 announced "
                 "earlier by Nairobi.", vocab)
    assert cs["52"].authority == "Kenya authorities"


def test_a_government_and_diplomats_are_sources(vocab):
    assert _claims("The government said 40 people died.", vocab)["40"].according_to == "government"
    assert _claims("At least 12 Chileans died, the diplomats said.", vocab)["At least 12"].according_to \
        == "diplomats"


def test_a_capitals_official_toll_and_the_envoys_higher_one_conflict(vocab, ruleset):
    doc = Document("d", "At least 70 Kenyans died during the pilgrimage, the envoys said, far above the "
                        "official count of 52 given by Nairobi on Monday.", "Desk", "2024-06-19")
    findings = [f for f in audit([doc], ruleset, vocab).findings if f.severity == "error"]
    assert findings and {c.text for c in findings[0].claims} >= {"At least 70", "52"}


def test_who_gave_a_toll_is_not_what_it_counts(vocab):
    four = _claims("According to local sources, at least 300 people have been killed by the storm. The official "
                   "toll given by the military government's media, however, is only four dead.", vocab)["four"]
    assert four.thing == "people"
    assert four.according_to == "military"


def test_an_aside_between_a_source_and_its_verb_keeps_the_source(vocab):
    assert _claims("The union, however, said 90,000 marched.", vocab)["90,000"].according_to == "union"
    rival = _claims("Police estimated the turnout at 40,000. The organisers, for their part, estimated the "
                    "turnout at between 90,000 and 110,000.", vocab)["between 90,000 and 110,000"]
    assert rival.according_to == "organisers"


def test_attendance_sizes_a_crowd(vocab):
    c = _claims("The ministry said attendance peaked at approximately 40,000 participants.",
                vocab)["approximately 40,000"]
    assert c.measure == "took part"
