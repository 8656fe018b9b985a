"""The word lists of attribution (rules/vocabulary/reporting.yaml) are what extraction reads:
a word a desk adds to one in its own vocabulary file is found, with no change to the code."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.errors import ConfigError
from auditor.extract import extract_claims
from auditor.extract.scope import attribution_words, attributions_in
from auditor.vocabulary import WORD_LISTS, load_vocabulary
from conftest import FIXTURES

VOCAB = FIXTURES / "rules" / "vocabulary"


@pytest.fixture(scope="module")
def desk():
    return load_vocabulary([VOCAB / "tweets.yaml"])


def _claims(text: str, vocab):
    doc = Document(id="d", text=text, source="S", published="2020-02-27")
    return [(c.value, c.according_to, c.thing, c.when_start) for c in extract_claims(doc, vocab)]


def test_every_list_is_in_the_builtin_vocabulary(vocab):
    assert set(vocab.word_lists) == set(WORD_LISTS)
    assert all(vocab.words(name) for name in WORD_LISTS)


def test_a_new_reporting_verb_attributes_a_figure(desk, vocab):
    text = "The health ministry tweeted that 30 people were killed in Idlib."
    assert _claims(text, vocab) == [(30, None, "people", None)]
    assert _claims(text, desk) == [(30, "health ministry", "people", None)]


def test_a_new_inverted_verb_names_the_source_after_it(desk, vocab):
    text = "30 people were killed in Idlib on Monday, tweeted the Syrian Observatory."
    assert _claims(text, vocab)[0][1] is None
    assert _claims(text, desk)[0][1] == "Syrian Observatory"


def test_a_new_speaker_verb_makes_people_who_count_not_what_is_counted(desk, vocab):
    text = "Police tweeted 30 were killed in Idlib."
    assert _claims(text, vocab)[0][2] == "Police"
    assert _claims(text, desk)[0][1:3] == ("police", "people")


def test_a_new_statement_verb_dates_the_statement_not_the_figure(desk, vocab):
    text = "30 people were killed on Monday, the UN tweeted on Friday."
    assert attribution_words(desk).stated_at.search("the UN tweeted on ")
    assert not attribution_words(vocab).stated_at.search("the UN tweeted on ")
    assert _claims(text, desk) == [(30, "UN", "people", "2020-02-24")]


def test_a_new_source_noun_names_a_source(desk, vocab):
    text = "Local lifeguards said 12 swimmers were rescued on Sunday."
    assert _claims(text, vocab)[0][1] is None
    assert _claims(text, desk)[0][1] == "Local lifeguards"


def test_new_informant_words_make_the_informants_no_count(desk, vocab):
    text = "Two coastguards tweeted 30 migrants were rescued."
    assert [c[0] for c in _claims(text, vocab)] == [2, 30]
    assert [c[0] for c in _claims(text, desk)] == [30]


def test_a_new_person_role_speaks_for_the_body(desk, vocab):
    text = "UNICEF's Ombudsman said 12 swimmers were rescued."
    assert [a.who for a in attributions_in(text, 0, len(text), desk)] == ["UNICEF"]
    assert [a.who for a in attributions_in(text, 0, len(text), vocab)] == ["Ombudsman"]


def test_publication_nouns_name_no_source_alone_and_are_no_part_of_a_name(desk, vocab):
    """One list of what figures are published in: after a body's name it makes the body the
    source, alone it names none, and after a name it is no part of it."""
    alone = "According to the most recent bulletin, 30 people were killed."
    assert _claims(alone, vocab)[0][1] == "bulletin"
    assert _claims(alone, desk)[0][1] is None
    assert _claims("According to the latest figures, 30 people were killed.", vocab)[0][1] is None
    assert _claims("According to recent reports, 30 people were killed.", vocab)[0][1] is None
    named = "According to the Red Crescent bulletin, 30 people were killed."
    assert _claims(named, desk)[0][1] == "Red Crescent"
    assert _claims("According to Red Crescent statistics, 30 people were killed.", vocab)[0][1] == "Red Crescent"


def test_counting_verbs_come_from_the_vocabulary(vocab):
    assert attribution_words(vocab).counting_verbs == ("recorded", "registered")


def test_a_removed_list_finds_nothing(tmp_path):
    f = tmp_path / "quiet.yaml"
    f.write_text("remove:\n  word_lists: [reporting_verbs]\n")
    text = "The health ministry said 30 people were killed."
    assert _claims(text, load_vocabulary([f]))[0][1] is None


def test_an_unknown_list_is_an_error_with_a_suggestion(tmp_path):
    f = tmp_path / "typo.yaml"
    f.write_text("word_lists:\n  reporting_verb: {words: [tweeted]}\n")
    with pytest.raises(ConfigError, match="did you mean 'reporting_verbs'"):
        load_vocabulary([f])
