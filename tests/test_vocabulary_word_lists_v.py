"""The word lists of a figure's context (rules/vocabulary/context.yaml) are what extraction's scope
and resolve read: a word a desk adds to one in its own vocabulary file is found, with no change to
the code."""
from __future__ import annotations

import pytest

from auditor.claims import Claim
from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.extract.when import MONTHS, WEEKDAYS
from auditor.resolve import _NAMES_A_DAY, claims_of
from auditor.resolve.day_marks import marked_later, rise_words, still_rising
from auditor.vocabulary import Vocabulary
from conftest import desk_vocabulary

LISTS = ("body_anaphor_nouns", "body_name_words", "forecast_verbs", "forecast_link_verbs",
         "forecast_participles", "budget_words", "passenger_nouns", "crew_nouns",
         "ceremony_words", "capacity_verbs", "presume_verbs", "level_nouns", "rise_to_verbs", "still_rising_verbs")

DESK = """\
extend:
  word_lists:
    body_anaphor_nouns: {words: [council]}
    forecast_verbs: {words: [foresees]}
    forecast_link_verbs: {words: [pegged]}
    forecast_participles: {words: [tipped]}
    budget_words: {words: [outlay*]}
    crew_nouns: {words: [deckhands]}
    ceremony_words: {words: [investiture]}
    capacity_verbs: {words: [made]}
    presume_verbs: {words: [reckoned]}
    level_nouns: {words: [gauge]}
    rise_to_verbs: {words: [ballooned]}
    still_rising_verbs: {words: [swell, swelling]}
  measures:
    permitted: {words: [made for, made for only]}
"""

# the capacity's words as a measure only, without the verb in capacity_verbs
MEASURE_ONLY = """\
extend:
  measures:
    permitted: {words: [made for, made for only]}
"""


def _load(tmp_path_factory: pytest.TempPathFactory, text: str) -> Vocabulary:
    return desk_vocabulary(tmp_path_factory, text, "context.yaml")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    return _load(tmp_path_factory, DESK)


@pytest.fixture(scope="module")
def measure_only(tmp_path_factory: pytest.TempPathFactory) -> Vocabulary:
    return _load(tmp_path_factory, MEASURE_ONLY)


def _doc(text: str) -> Document:
    return Document(id="d", text=text, source="S", published="2023-05-06")


def _extracted(text: str, vocab: Vocabulary) -> dict[str, Claim]:
    return {c.text: c for c in extract_claims(_doc(text), vocab)}


def _resolved(text: str, vocab: Vocabulary) -> dict[str, Claim]:
    return {c.text: c for c in claims_of(_doc(text), vocab)}


def test_the_lists_are_in_the_builtin_vocabulary(vocab: Vocabulary) -> None:
    for name in LISTS:
        assert vocab.words(name), name


def test_a_new_body_anaphor_names_the_body_named_before(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = ("The Regional Health Council (RHC) opened a clinic in Tarvel on Monday. Officials worked late. "
            "The outbreak has infected 312 people, the council said.")
    assert _extracted(text, vocab)["312"].according_to == "council"
    assert _extracted(text, desk)["312"].according_to == "RHC"


def test_a_new_body_name_word_ends_a_body_named_in_full(tmp_path_factory: pytest.TempPathFactory) -> None:
    kind = ("extend:\n  word_lists:\n    source_nouns: {words: [tribunal]}\n"
            "    body_anaphor_nouns: {words: [tribunal]}\n")
    anaphor = _load(tmp_path_factory, kind)
    named = _load(tmp_path_factory, kind + "    body_name_words: {words: [Tribunal]}\n")
    text = ("The Central Land Tribunal opened an inquiry on Monday. Officials worked late. Floods damaged 312 "
            "homes last year, the tribunal said.")
    assert _extracted(text, anaphor)["312"].according_to == "tribunal"
    assert _extracted(text, named)["312"].according_to == "Central Land Tribunal"


def test_a_new_forecast_verb_ends_the_subject(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "The central bank foresees inflation of 3.5 percent next year."
    assert _extracted(text, vocab)["3.5 percent"].thing == "central bank foresees inflation"
    assert _extracted(text, desk)["3.5 percent"].thing == "inflation"
    # a built-in one, unchanged
    assert _extracted("The bank projects inflation of 3.5 percent next year.", vocab)["3.5 percent"].thing \
        == "inflation"


def test_a_new_forecast_link_verb_joins_the_subject_to_its_figure(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Ghana growth pegged at 2.1 percent for this year."
    assert _extracted(text, vocab)["2.1 percent"].thing is None
    assert _extracted(text, desk)["2.1 percent"].thing == "Ghana growth"
    assert _extracted("Ghana growth seen at 2.1 percent for this year.", vocab)["2.1 percent"].thing == "Ghana growth"


def test_a_new_forecast_participle_stands_between_subject_and_verb(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Exports from Ghana are tipped to grow by 4.5 percent this year."
    assert _extracted(text, vocab)["4.5 percent"].thing == "tipped"
    assert _extracted(text, desk)["4.5 percent"].thing == "Exports"


def test_a_new_budget_word_makes_a_body_the_recipient(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "The outlays for the year were set out on Tuesday. Education comes second with $79 billion."
    assert _extracted(text, vocab)["$79 billion"].thing is None
    assert _extracted(text, desk)["$79 billion"].thing == "Education"      # "outlay*": any ending
    text = "The budget for the year was set out on Tuesday. Education comes second with $79 billion."
    assert _extracted(text, vocab)["$79 billion"].thing == "Education"


def test_a_new_crew_noun_counts_one_group_aboard(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "A ferry sank off Rhodes on Monday with 200 passengers and 12 deckhands on board, the coastguard said."
    assert _resolved(text, vocab)["12"].quantity is None
    assert _resolved(text, desk)["12"].quantity == "Rhodes/incident/crew/aboard"
    assert _resolved(text, desk)["200"].quantity == "Rhodes/incident/passengers/aboard"


def test_a_new_ceremony_word_makes_the_crowd_its_own(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "An estimated 35,000 people attended Governor Oduya's investiture in Nairobi in June 2022."
    assert "investiture" not in (_resolved(text, vocab)["An estimated 35,000"].quantity or "")
    assert _resolved(text, desk)["An estimated 35,000"].quantity == "@Oduya's investiture/people/took part"


def test_a_new_capacity_verb_leaves_the_crowd_before_it_no_capacity(desk: Vocabulary,
                                                                    measure_only: Vocabulary) -> None:
    text = "Police said 40,000 people were packed into a stadium in Quito made for only 12,000."
    assert _resolved(text, measure_only)["40,000"].measure == "permitted"
    claims = _resolved(text, desk)
    assert claims["40,000"].measure is None
    assert claims["12,000"].measure == "permitted"


def test_a_new_presume_verb_counts_the_missing_dead(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "Police said 40 people were missing after the fire in Leeds, and rescuers reckoned they had died."
    assert _resolved(text, vocab)["40"].measure == "missing"
    assert _resolved(text, desk)["40"].measure == "presumed dead"


def test_a_new_level_noun_makes_the_figure_a_level(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "The Elbe's gauge rose 2 metres to 6.1 metres in Dresden on Monday."
    assert _resolved(text, vocab)["2 metres"].change == "absolute"
    assert _resolved(text, desk)["2 metres"].change == ""


def test_a_sentence_names_its_day_by_the_weekdays_and_months_extraction_knows() -> None:
    for word in (*WEEKDAYS, *MONTHS):
        assert _NAMES_A_DAY.search(f"Crowds gathered on {word.title()} again"), word
    assert _NAMES_A_DAY.search("Crowds gathered again today")
    assert not _NAMES_A_DAY.search("Crowds gathered again in the square")


def test_a_new_rise_to_verb_marks_the_figure_later(desk: Vocabulary, vocab: Vocabulary) -> None:
    text = "The toll from the mudslide in Cusco has ballooned to 61, officials said."
    assert not marked_later(text, 0, text.index("61"), rise_words(vocab))
    assert marked_later(text, 0, text.index("61"), rise_words(desk))
    assert _resolved(text, desk)["61"].marked_later


def test_a_new_still_rising_verb_says_the_count_still_rises(desk: Vocabulary, vocab: Vocabulary) -> None:
    for text in ("Floods killed 31 people in Cusco. Officials fear the toll will swell.",
                 "Floods killed 31 people in Cusco. The toll is still swelling."):
        end = text.index("Cusco.") + 6
        assert not still_rising(text, 0, end, rise_words(vocab)), text
        assert still_rising(text, 0, end, rise_words(desk)), text
    # a phrase is found too, its words the guard's
    text = "Floods killed 31 people in Cusco. The toll will go up, officials fear."
    assert still_rising(text, 0, text.index("Cusco.") + 6, rise_words(vocab))
