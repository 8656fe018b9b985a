"""The word lists of the number passes (rules/vocabulary/numbers.yaml) are what extraction reads:
a word a desk adds to one in its own vocabulary file is found, with no change to the code."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.extract.lexicon import lexicon
from auditor.vocabulary import Vocabulary
from conftest import desk_vocabulary

DESK = """\
extend:
  word_lists:
    object_hedge_verbs: {words: [surpassed]}
    sized_by_length_nouns: {words: [kites]}
    length_words: {words: [onto]}
    after_score_words: {words: [despite]}
    not_plural_words: {words: [nowadays]}
    product_nouns: {words: [console]}
    one_group_nouns: {words: [street]}
    magnitude_words: {words: [moment magnitude, shindo]}
    quake_nouns: {words: [aftershock]}
    selection_words: {words: [fastest]}
    counting_compound_words: {words: [member]}
    field_marking_nouns: {words: [spot]}
    superlative_words: {words: [safest]}
    street_words: {words: [Crescent]}
    price_words: {words: [rupees]}
    one_idiom_words: {words: [morning]}
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    return desk_vocabulary(tmp_path_factory, DESK, "numbers.yaml")


def _claims(text: str, vocab: Vocabulary) -> list[tuple]:
    doc = Document(id="d", text=text, source="S", published="2021-03-02")
    return [(c.text, c.value, c.unit, c.hedge) for c in extract_claims(doc, vocab)]


def test_the_lists_are_in_the_builtin_vocabulary(vocab: Vocabulary) -> None:
    for name in ("object_hedge_verbs", "sized_by_length_nouns", "length_words", "after_score_words",
                 "not_plural_words", "product_nouns", "one_group_nouns",
                 "magnitude_words", "quake_nouns", "selection_words", "counting_compound_words",
                 "field_marking_nouns", "superlative_words", "street_words", "price_words", "one_idiom_words"):
        assert vocab.words(name), name


def test_a_new_object_hedge_verb_takes_the_number_as_its_object(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "The Senate surpassed 12 bills in the session, officials said."
    assert _claims(text, vocab) == [("surpassed 12", 12, None, "more_than")]
    assert _claims(text, desk) == [("12", 12, None, None)]
    # a mark passed, no object after it: still a bound
    assert _claims("Deaths in Tamale surpassed 340 on Monday.", desk)[0][3] == "more_than"


def test_a_new_noun_sized_by_length_makes_a_glued_m_metres(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Organisers flew 4m kites over the beach in Weymouth."
    assert _claims(text, vocab) == [("4m", 4_000_000, None, None)]
    assert _claims(text, desk) == [("4m", 4, "meter", None)]


def test_a_new_length_word_makes_a_glued_m_metres(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "The climber fell 3m onto rocks near Keswick."
    assert _claims(text, vocab) == [("3m", 3_000_000, None, None)]
    assert _claims(text, desk) == [("3m", 3, "meter", None)]


def test_a_new_word_after_a_score_keeps_it_a_result(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Rovers won 3-2 despite a red card in Leeds."
    assert [c[1] for c in _claims(text, vocab)] == [3, 2]
    assert _claims(text, desk) == []
    # a range of a count after a score word stays claims
    assert [c[0] for c in _claims("Greens won 20-30 seats despite the rain.", desk)] == ["20-30"]


def test_a_new_word_in_s_is_no_plural_noun(desk: Vocabulary, vocab: Vocabulary) -> None:
    assert lexicon(vocab).noun_follows(" nowadays the ward is full")
    assert not lexicon(desk).noun_follows(" nowadays the ward is full")
    assert lexicon(desk).noun_follows(" nurses were hired")


def test_a_new_product_noun_makes_the_number_a_name(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Collectors paid record sums for the 2600 console in Austin."
    assert [c[1] for c in _claims(text, vocab)] == [2600]
    assert _claims(text, desk) == []
    assert _claims("Engineers praised the 6502 processor at the fair in Austin.", desk) == []
    # a plural is a count
    assert [c[1] for c in _claims("The shop sold 2600 consoles in Austin.", desk)] == [2600]


def test_a_new_group_noun_makes_of_one_the_same(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Residents of one street in Galway were evacuated on Tuesday."
    assert [c[1] for c in _claims(text, vocab)] == [1]
    assert _claims(text, desk) == []
    assert _claims("Residents of one village in Galway were evacuated on Tuesday.", desk) == []


def test_a_new_quake_noun_makes_a_small_number_a_magnitude(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "A 4.8 aftershock shook Izmir on Sunday, the agency said."
    assert [c[1] for c in _claims(text, vocab)] == [4.8]
    assert _claims(text, desk) == []
    # a count of them is plural
    assert [c[1] for c in _claims("Three aftershocks shook Izmir on Sunday.", desk)] == [3]


def test_a_new_magnitude_word_makes_a_small_number_a_magnitude(desk: Vocabulary, vocab: Vocabulary) -> None:
    for text in ("Shaking reached shindo 6 in Sendai, the agency said.",
                 "The tremor measured 5.9 on the moment magnitude scale near Sendai."):
        assert _claims(text, vocab) != [], text
        assert _claims(text, desk) == [], text


def _dropped(text: str, desk: Vocabulary, vocab: Vocabulary) -> None:
    """The number is a claim with the built-in vocabulary, and none with the desk's."""
    assert _claims(text, vocab) != [], text
    assert _claims(text, desk) == [], text


def test_a_new_selection_word_makes_a_selection(desk: Vocabulary, vocab: Vocabulary) -> None:
    _dropped("Only the fastest 8 runners in Eldoret reached the final.", desk, vocab)


def test_a_new_counting_compound_word_keeps_the_compound_a_count(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "A 15-member team of rescuers reached Chamoli on Monday."
    assert _claims(text, vocab) == []
    assert [c[1] for c in _claims(text, desk)] == [15]


def test_a_new_field_marking_noun_makes_a_marking(desk: Vocabulary, vocab: Vocabulary) -> None:
    _dropped("He scored from the 11-metre spot in Leeds.", desk, vocab)


def test_a_new_superlative_makes_one_a_member_of_a_class(desk: Vocabulary, vocab: Vocabulary) -> None:
    _dropped("Officials called Pasto one of the safest towns in Colombia.", desk, vocab)


def test_a_new_street_word_makes_an_address(desk: Vocabulary, vocab: Vocabulary) -> None:
    _dropped("Police searched a flat at 14 Park Crescent in Leeds on Monday.", desk, vocab)


def test_a_new_price_word_makes_a_dozen_what_a_price_is_for(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Eggs sold for 90 rupees a dozen in Pune."
    assert [c[0] for c in _claims(text, vocab)] == ["90 rupees", "a dozen"]
    assert [c[0] for c in _claims(text, desk)] == ["90 rupees"]


def test_a_new_idiom_word_after_one_makes_it_no_count(desk: Vocabulary, vocab: Vocabulary) -> None:
    _dropped("One morning the river rose in Pune.", desk, vocab)
