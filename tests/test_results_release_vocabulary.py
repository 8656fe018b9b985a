"""The words that make a sentence after a vote tell the release of its results (whose day, weeks after the
vote, is no figure's) are the word list ``results_release_words`` in context.yaml, so a desk adds its own.
Sentences written for this test."""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary

TEXT = ("The parliamentary elections held on 9 June produced a hung chamber. The tally, unveiled on Friday, gave "
        "the Greens 12.4 percent.")


def _day(vocab) -> tuple[str | None, str | None]:
    c = {c.text: c for c in extract_claims(Document(id="t", text=TEXT, published="2024-06-28"), vocab)}
    return c["12.4 percent"].when_start, c["12.4 percent"].when_end


def test_a_desk_word_of_release_dates_the_results_to_polling_day(tmp_path, vocab):
    assert _day(vocab) == ("2024-06-28", "2024-06-28")      # "unveiled" is no word of release: Friday's
    (tmp_path / "desk.yaml").write_text("extend: {word_lists: {results_release_words: {words: [unveiled]}}}\n")
    assert _day(load_vocabulary([tmp_path / "desk.yaml"])) == ("2024-06-09", "2024-06-09")
