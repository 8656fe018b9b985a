"""Speed round L3: two structural shortcuts, each giving exactly what the plain code gave.

* word lists as a trie (``auditor.alternation``): ``Vocabulary.words_pattern`` and the other patterns
  of ``vocabulary._words_pattern`` match what the plain alternation, longest phrase first, matched;
* the places of a sentence found once (``ReadText.places``): the story's place
  (``carried_scope.story_place``) reads the places the claims' sentence index already found.
"""

from __future__ import annotations

import random
import re

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims, read_text
from auditor.extract import scope as sc
from auditor.extract.carried_scope import story_place
from auditor.vocabulary import _words_pattern, load_vocabulary


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def _plain(words) -> re.Pattern[str]:
    """The alternation the trie replaced: whole phrases, longest first, any case."""
    alts = sorted({w.strip().lower() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# phrases that are prefixes of one another, by letter and by word, with dashes and dots
_PHRASES = ["toll", "toll rose", "toll rose to", "tolls", "co", "co-op", "u.s", "u.s.", "so far", "so far this",
            "far", "a", "a few", "a fewer", "death toll", "death", "st", "st. kitts", "since", "since the start"]


def test_trie_matches_the_plain_alternation_on_prefix_phrases():
    trie, plain = _words_pattern(_PHRASES), _plain(_PHRASES)
    texts = ["The death toll rose to 40 so far this week.", "A co-op and a COOP in the U.S. and U.S.A.",
             "Since the start, tolls  rose\tto 9; so far, far more.", "St. Kitts, st kitts, a fewer, a few, afew.",
             "co-opted co- co-op-run death-toll", ""]
    for text in texts:
        assert _spans(trie, text) == _spans(plain, text), text


def test_trie_matches_the_plain_alternation_on_random_text():
    trie, plain = _words_pattern(_PHRASES), _plain(_PHRASES)
    pieces = ["toll", " ", "  ", "\n", "rose", "to", "s", "co", "-", "op", ".", "u", "St", "Kitts", "far", "so",
              "this", "a", "few", "er", "death", "since", "the", "start", "é", "_", "9"]
    rnd = random.Random(3)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert _spans(trie, text) == _spans(plain, text), text


def test_every_vocabulary_list_matches_as_before(vocab):
    text = ("Officials said the death toll has risen to 41 so far, according to the health ministry in "
            "Kinshasa, Democratic Republic of the Congo; prices rose 3% year on year in the United States, "
            "while the index fell 2% in the week to Friday and turnout reached 60 percent.")
    for name in vocab.word_lists:
        words = vocab.words(name)
        assert _spans(vocab.words_pattern(name), text) == _spans(_plain(words), text), name
    assert _spans(vocab.measure_pattern, text) == _spans(_plain(vocab.measure_by_word), text)
    assert _spans(vocab.thing_pattern, text) == _spans(_plain(vocab.thing_by_word), text)
    assert _spans(vocab.place_pattern, text) == _spans(_plain(vocab.place_by_alias), text)


def test_an_empty_list_matches_nothing():
    assert _words_pattern([]).search("anything at all") is None
    assert _words_pattern(["  "]).search("anything at all") is None


def test_story_place_reads_the_places_the_claims_found(vocab):
    text = ("Floods in the Sindh province killed 31 people on Monday, officials said. "
            "Rescuers evacuated 2,000 residents from villages near Sukkur. More rain is expected.")
    body = read_text(text, vocab)
    extract_claims(Document(id="d", text=text), vocab, body)
    assert body.places, "the claims' sentences left their places"
    assert story_place(text, body.sentences, vocab, 0, body.places) == story_place(text, body.sentences, vocab, 0)


def test_story_place_without_a_figure_in_the_lede_reads_it_itself(vocab):
    text = "Heavy rain fell across Bulgaria overnight. Some 37 roads were closed."
    body = read_text(text, vocab)
    assert story_place(text, body.sentences, vocab, 0, body.places) == story_place(text, body.sentences, vocab, 0)
    assert story_place(text, body.sentences, vocab, 0, {}) == ("Bulgaria", text.index(".") + 1)


def test_places_read_are_those_of_the_sentence(vocab):
    text = "In Kenya, 12 schools closed. Prices rose 4% in Nairobi and Mombasa last month."
    body = read_text(text, vocab)
    extract_claims(Document(id="d", text=text), vocab, body)
    for (start, end), places in body.places.items():
        assert places == sc.places_in(text, start, end, vocab), (start, end)
