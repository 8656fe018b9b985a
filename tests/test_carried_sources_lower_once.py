"""A source carried over sentences (extract._sources_carried) reads the text lower-cased once a
document, not once a sentence: the sources carried are those of before, also after a character
whose lower case is longer ("İ"). Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _sources(text: str, vocab) -> list[tuple[str, str | None]]:
    claims = extract_claims(Document(id="t", text=text, published="2024-06-14"), vocab)
    return [(c.text, c.according_to) for c in claims]


def test_a_pollster_named_once_goes_on_over_its_sentences(vocab):
    assert _sources("The survey, by Civica, put the Farmers on 38 per cent. It gave the Greens 11 per cent. "
                    "It gave the Liberals 7 per cent.", vocab) == \
        [("38 per cent", "Civica"), ("11 per cent", "Civica"), ("7 per cent", "Civica")]


def test_people_of_its_own_stop_the_source_after_a_longer_lower_case(vocab):
    assert _sources("İZMİR - The survey, by Civica, put the Farmers on 38 per cent. It gave the Greens 11 per "
                    "cent. Analysts had expected 12 per cent.", vocab) == \
        [("38 per cent", "Civica"), ("11 per cent", "Civica"), ("12 per cent", None)]
