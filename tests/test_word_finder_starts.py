"""``WordFinder`` skips to the characters a whole word can follow: its matches must be those
of the whole pattern, look-behind and all, wherever the search starts and stops."""
from __future__ import annotations

import random

from auditor.extract.lexicon import WordFinder, lexicon


def _spans(found) -> list[tuple[int, int]]:
    return [m.span() for m in found]


def test_place_finder_is_the_whole_pattern_on_random_text(vocab):
    lex = lexicon(vocab)
    pieces = ["new", "york", "paris", "oman", "chad", "syria", "turkey", "idlib", " ", "  ", "\n", "\t",
              "-", "_", "x", "é", "ß", "İ", ".", ",", "(", "'", "’", "s", "1", "in", "the"]
    rnd = random.Random(11)
    for _ in range(4000):
        lower = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        a = rnd.randint(0, len(lower))
        b = rnd.randint(a, len(lower))
        for finder in (lex.place, lex.source):
            assert _spans(finder.finditer(lower)) == _spans(finder.pattern.finditer(lower)), lower
            assert _spans(finder.finditer(lower, a, b)) == _spans(finder.pattern.finditer(lower, a, b)), (lower, a, b)


def test_a_word_after_a_non_ascii_letter_is_inside_a_word(vocab):
    oman = lexicon(vocab).place
    assert _spans(oman.finditer("éoman oman")) == [(6, 10)]
    assert _spans(oman.finditer("-oman _oman xoman")) == []
    assert _spans(oman.finditer("floods in oman.", 10)) == [(10, 14)]     # a start right at ``pos``
    assert _spans(oman.finditer("floods in oman.", 11)) == []             # ... and none inside the word


def test_a_pattern_without_the_look_behind_is_run_as_it_is():
    import re

    finder = WordFinder(re.compile(r"chad"))
    assert _spans(finder.finditer("xchad chad")) == [(1, 5), (6, 10)]
