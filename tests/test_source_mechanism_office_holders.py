"""A person named by an office written as title, "of", portfolio, name ("Minister of Finance Ana Ruiz").

Extraction cut such a source after "of" and kept the portfolio on the name ("Finance Barrak ...", "Civil
Defence Juan ..."), or kept the title alone ("Deputy Minister"); as with "Finance Minister Ana Ruiz" the
person is the source. The portfolio's words come from the vocabulary (``office_portfolio_words``), so a
name is never cut short where the words after "of" name a body rather than a portfolio.

Sentences here are written for these tests.
"""
from __future__ import annotations

from auditor.extract import scope as sc


def _who(vocab, sentence: str) -> list[str]:
    return [a.who for a in sc.attributions_in(sentence, 0, len(sentence), vocab)]


def test_the_holder_of_an_office_named_by_its_portfolio_is_the_source(vocab):
    assert _who(vocab, "Minister of Energy Tomas Varga said output fell 6 percent.") == ["Tomas Varga"]
    assert _who(vocab, "Vice Minister of Civil Protection Maria Elena Quispe said 8,400 families were hit.") \
        == ["Maria Elena Quispe"]
    assert _who(vocab, "Deputy Minister of the Interior Kofi Mensah said 30 people died.") == ["Kofi Mensah"]


def test_a_portfolio_of_several_words_and_a_title_before_the_name(vocab):
    assert _who(vocab, "Minister of Foreign Affairs Lena Holm said 1,200 citizens had left.") == ["Lena Holm"]
    assert _who(vocab, "Minister of Health and Social Welfare Dr Amina Bello said 52 cases were found.") \
        == ["Amina Bello"]
    assert _who(vocab, "Minister of State for Housing Raj Patel said 4,000 homes were built.") == ["Raj Patel"]


def test_an_office_with_no_name_after_it_or_a_body_stays_as_before(vocab):
    # no person after the portfolio: not a holder (what the rest of the reading makes of it is unchanged)
    assert _who(vocab, "The Ministry of Finance said the deficit reached 4 percent.") == ["Ministry of Finance"]
    # "Institute" is no portfolio: the words after "of" are a body's name, never cut to a person's
    assert _who(vocab, "Director of the Institute of Statistics Ana Lopez said 40 people died.") \
        != ["Ana Lopez"]
