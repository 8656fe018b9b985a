"""The fast paths of extraction give the results of the plain code they replace."""

from __future__ import annotations

import random
from dataclasses import fields

from auditor.claims import Claim, claim_from_values


def test_claim_from_values_is_the_constructor():
    values = tuple(f"v{i}" for i in range(len(fields(Claim))))
    fast = claim_from_values(values)
    assert type(fast) is Claim
    assert fast == Claim(*values)
    assert hash(fast) == hash(Claim(*values))


def test_lazy_sentences_match_sentence_starts():
    import bisect

    from auditor.extract.sentences import Sentences, sentence_starts

    pieces = ["Mr", ".", " ", "\n", "\n\n", "J", "U.S", "etc", "approx", "Hello", "world", "\"", "”", ")",
              "?", "!", "• ", "- ", "3", "abcdefgh", "é"]
    rnd = random.Random(11)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        starts = sentence_starts(text)
        sentences = Sentences(text)
        for offset in range(len(text)):
            i = bisect.bisect_right(starts, offset) - 1
            end = starts[i + 1] if i + 1 < len(starts) else len(text)
            while end > starts[i] and text[end - 1].isspace():
                end -= 1
            assert sentences.span(offset) == (starts[i], end), (text, offset)
        assert Sentences(text).starts == starts
