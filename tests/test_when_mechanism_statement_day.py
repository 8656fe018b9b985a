"""The day a statement was made ("officials said on Tuesday") as the only time of a sentence: it is the
day the figures before it were told, not the day they are of. Over the real-text dev sets the figures it
dated were wrong 19 times in 20 (the event's day, the report's year or the weekend before were gold), so
it no longer dates them: resolve's incident dating, the paragraph's frame or nothing takes its place. A
figure after the statement ("said on Tuesday that 14 had died"), a figure's own day and a confirmation's
day ("confirmed 30 new cases on Monday") keep their time. Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.resolve import claims_of


def _whens(text: str, vocab, resolved: bool = False) -> dict[str, tuple[str | None, str | None]]:
    doc = Document(id="t", text=text, published="2024-06-14")
    claims = claims_of(doc, vocab) if resolved else extract_claims(doc, vocab)
    return {c.text: (c.when_start, c.when_end) for c in claims}


# -- the statement's day no longer dates the figures told before it ---------------------------------

def test_a_toll_told_before_the_statement_day_takes_no_day_from_it(vocab):
    w = _whens("Floods have killed 14 people in the valley, officials said on Tuesday.", vocab)
    assert w["14"] == (None, None)


def test_a_company_figure_told_before_the_statement_day_takes_no_day_from_it(vocab):
    w = _whens("The brewery's sales rose 4 percent to 2.1 million hectolitres, the company said on Thursday.",
               vocab)
    assert w["4 percent"] == (None, None)
    assert w["2.1 million"] == (None, None)


def test_the_incident_day_named_before_dates_the_toll_instead(vocab):
    w = _whens("A landslide struck the village of Arvo on Sunday. It buried 12 houses and killed 9 people, "
               "rescuers said on Monday.", vocab, resolved=True)
    assert w["9"] == ("2024-06-09", "2024-06-09")
    assert w["12"] == ("2024-06-09", "2024-06-09")


def test_the_year_a_paragraph_is_about_carries_past_a_statement_day(vocab):
    w = _whens("In 2023 the airline carried 8.4 million passengers. Its cargo rose 6 percent to 90,000 "
               "tonnes, the company said on Thursday.", vocab)
    assert w["90,000 tonnes"] == ("2023-01-01", "2023-12-31")


# -- what keeps its day -----------------------------------------------------------------------------

def test_a_figure_after_the_statement_keeps_its_day(vocab):
    w = _whens("Officials said on Tuesday that 14 people had died in the floods.", vocab)
    assert w["14"] == ("2024-06-11", "2024-06-11")


def test_a_figure_with_a_day_of_its_own_keeps_it(vocab):
    w = _whens("Fourteen people died on Monday in the floods, officials said on Tuesday.", vocab)
    assert w["Fourteen"] == ("2024-06-10", "2024-06-10")


def test_a_confirmation_day_after_its_figure_is_the_figure_s_own(vocab):
    w = _whens("The health ministry confirmed 30 new cases on Monday.", vocab)
    assert w["30"] == ("2024-06-10", "2024-06-10")
