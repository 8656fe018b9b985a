"""Policies of two `when` mechanisms, measured over the real-text dev sets (benchmarks/when_mechanisms.py):

- the lead's day (``_carry_lead_day``): a lead whose figure is dated only by the day the statement was made
  ("..., police said on Tuesday") carries no day to the figures after it (they are of the event, not of
  the statement); a lead without a dateline now carries its figure's day too, as the reader's context
  (``when_carried``), as a paragraph's frame does, until a sentence speaks of its own present or running
  total ("In all, ... have now been rescued");
- the period carried to the next sentences (``last_time``): a time to come ("Sailings are due to increase
  again in June") is no period the figures after it are of.

Sentences written for these tests (other places, beats and numbers than the sets').
"""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def _claims(text: str, published: str, vocab) -> dict:
    return {c.text: c for c in extract_claims(Document(id="t", text=text, published=published), vocab)}


def _when(c) -> tuple[str | None, str | None]:
    return c.when_start, c.when_end


def test_a_lead_dated_by_its_statement_carries_no_day(vocab):
    got = _claims("NAIROBI - Gunmen killed 14 farmers in a raid on a market town, police said on Tuesday. "
                  "Another 9 were wounded and 30 homes burned.", "2026-03-11", vocab)
    assert _when(got["9"]) == (None, None)
    assert _when(got["30"]) == (None, None)


def test_a_lead_dated_by_its_event_still_carries_its_day(vocab):
    got = _claims("NAIROBI - Floods killed 12 people on Monday in the west of the country. Another 30 were "
                  "missing and 400 homes were flooded.", "2026-03-11", vocab)
    for written in ("30", "400"):
        assert _when(got[written]) == ("2026-03-09", "2026-03-09"), written
        assert not got[written].when_carried


def test_a_lead_without_a_dateline_carries_its_day_as_context(vocab):
    got = _claims("Kenya beat Uganda by four wickets on Saturday to reach the final. Opener Juma Otieno scored "
                  "61 off 48 balls, with seven fours.", "2026-03-09", vocab)
    for written in ("61", "48", "seven"):
        assert _when(got[written]) == ("2026-03-07", "2026-03-07"), written
        assert got[written].when_carried, written


def test_a_lead_without_a_dateline_stops_at_a_running_total(vocab):
    got = _claims("Divers brought 35 miners up alive on Sunday. In all, 1,180 miners have now been brought "
                  "out.", "2026-06-02", vocab)
    assert _when(got["1,180"]) == (None, None)


def test_a_statement_day_without_a_dateline_carries_nothing_either(vocab):
    got = _claims("Storms cut power to 48,000 homes, the utility said on Friday. Crews have restored 6,000 of "
                  "them.", "2026-01-17", vocab)
    assert _when(got["6,000"]) == (None, None)


def test_a_time_to_come_is_no_period_carried(vocab):
    text = ("Passenger numbers at the two ports rose again in May, with 212,000 people sailing, the operator "
            "said on Thursday. Sailings are due to increase again in June: the ports now run 84 sailings a "
            "week, a figure set to reach 96. The main port's traffic for May came to 141,000 passengers. "
            "Britain led with 41,000, then France (12,000) and Spain (9,000).")
    got = _claims(text, "2026-06-04", vocab)
    may = ("2026-05-01", "2026-05-31")
    for written in ("41,000", "12,000", "9,000"):
        assert _when(got[written]) == may, written


def test_a_past_period_named_after_the_report_is_still_carried(vocab):
    got = _claims("Exports rose 4 percent in April. Coal shipments came to 1.2 million tonnes, of which "
                  "300,000 tonnes (25 percent) went to India.", "2026-05-20", vocab)
    assert _when(got["25 percent"]) == ("2026-04-01", "2026-04-30")


def test_a_polls_fieldwork_outranks_a_lead_day_carried_as_context(vocab):
    got = _claims("The two main parties were level on Sunday, each on 27 percent in a survey for the Daily "
                  "Courier. The Greens stand at 11 percent and the Liberals at 9 percent. Fieldwork ran March "
                  "2-5 among 1,020 voters interviewed by telephone.", "2026-03-08", vocab)
    for written in ("11 percent", "9 percent"):
        assert _when(got[written]) == ("2026-03-02", "2026-03-05"), written
        assert not got[written].when_carried, written
