"""The vague-quantity and place finders of extract/lexicon.py are tries over the
vocabulary's phrases: they must find exactly what the vocabulary's own patterns find."""
from __future__ import annotations

import pytest

from auditor.extract.lexicon import WordFinder, lexicon, lower_pattern

TEXTS = [
    "Several hundred thousand people and a few hundred soldiers; several  hundred\tthousand",
    "hundreds of thousands of children, tens of thousands of people, thousands of homes",
    "a handful of, dozens of, scores of, several-hundred, a few-hundred, millions of",
    "Shelling in Idleb and Idlib province, Aleppo, Damascus, Syria and Turkey; idlibs, -idlib",
    "",
]


@pytest.mark.parametrize("which", ["vague", "place"])
def test_tries_find_what_the_vocabulary_finds(vocab, which):
    lex = lexicon(vocab)
    plain = WordFinder(lower_pattern(vocab.vague_pattern if which == "vague" else vocab.place_pattern))
    trie = getattr(lex, which)
    for text in TEXTS:
        lower = text.lower()
        assert [m.span() for m in trie.finditer(lower)] == [m.span() for m in plain.finditer(lower)], text
        for start in (0, 5, 17):
            assert ([m.span() for m in trie.finditer(lower, start, len(lower) - 3)]
                    == [m.span() for m in plain.finditer(lower, start, len(lower) - 3)])


def test_vague_trie_matches_the_plain_pattern_on_random_text(vocab):
    """Random runs of the phrases' words, spaces and look-behind characters: same spans."""
    import random

    lex = lexicon(vocab)
    plain = WordFinder(lower_pattern(vocab.vague_pattern))
    pieces = ["a", "handful", "of", "hundreds", "thousands", "tens", "several", "millions", "dozens",
              "few", "hundred", " ", "  ", "\n", "\t", "-", "_", "x", "é", "\u2028", "ing"]
    rnd = random.Random(7)
    for _ in range(5000):
        lower = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert [m.span() for m in lex.vague.finditer(lower)] == [m.span() for m in plain.finditer(lower)], lower
