"""A paragraph's time frame (extract/time_frame.py): a time named once dates the later figures of its
paragraph that name none, marked as carried; it stops at a sentence with a time of its own, at a
running total or a present ("now", "so far"), at a statement's day and at a new paragraph. Resolve and
the checks keep a carried time out of quantity keys and comparisons. Sentences are our own."""

from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.resolve import claims_of


def _whens(text: str, vocab, published: str = "2024-06-14") -> dict[str, tuple[str | None, str | None, bool]]:
    claims = extract_claims(Document(id="t", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end, c.when_carried) for c in claims}


# -- must carry ------------------------------------------------------------------------------------

def test_a_year_carries_to_the_amounts_and_counts_of_the_sentences_after(vocab):
    w = _whens("In 2022 the port handled 4.1 million containers. Its cranes moved 812 ships "
               "and 96 tankers docked.", vocab)
    assert w["4.1 million"][:2] == ("2022-01-01", "2022-12-31")
    assert w["812"] == ("2022-01-01", "2022-12-31", True)
    assert w["96"] == ("2022-01-01", "2022-12-31", True)


def test_a_time_named_in_a_sentence_with_no_figure_dates_the_figures_after(vocab):
    w = _whens("The regional council vote of June 9 gave a clear result. The Greens won 14 seats, "
               "the Liberals 11 and independents 3.", vocab)
    assert w["14"] == ("2024-06-09", "2024-06-09", True)
    assert w["3"] == ("2024-06-09", "2024-06-09", True)


def test_a_quantity_with_a_unit_takes_the_frame_too(vocab):
    w = _whens("Wind farms supplied 41% of the grid's power in 2021. They produced 8,300 GWh.", vocab)
    assert w["8,300 GWh"] == ("2021-01-01", "2021-12-31", True)


def test_an_events_time_in_the_sentence_does_not_stop_the_frame(vocab):
    w = _whens("In 2023 the ferry line carried 1.2 million passengers. Its newest route, which first "
               "sailed in 2019, took 85,000 of them.", vocab)
    assert w["85,000"] == ("2023-01-01", "2023-12-31", True)


def test_the_counts_of_a_sentence_take_the_period_its_rates_took(vocab):
    w = _whens("Power output grew 4% in 2022. Wind supplied 31% of it (412 turbines) and solar 12% "
               "(58 farms).", vocab)
    assert w["31%"][:2] == ("2022-01-01", "2022-12-31")
    assert w["412"] == ("2022-01-01", "2022-12-31", True)
    assert w["58"] == ("2022-01-01", "2022-12-31", True)


# -- must stay quiet -------------------------------------------------------------------------------

def test_a_sentence_with_its_own_present_takes_no_frame(vocab):
    w = _whens("In 2023 the clinic treated 5,400 patients. It now employs 41 nurses.", vocab)
    assert w["41"] == (None, None, False)


def test_a_sentence_naming_its_own_span_in_words_takes_no_frame(vocab):
    w = _whens("Exports reached 3.2 billion euros in May. The firm hired 140 drivers during the year.", vocab)
    assert w["140"] == (None, None, False)


def test_a_running_total_takes_no_frame(vocab):
    w = _whens("In May the river flooded 300 homes. So far 1,250 families have asked for help.", vocab)
    assert w["1,250"][2] is False


def test_a_new_paragraph_opens_its_own_frame(vocab):
    w = _whens("In 2020 the airline flew 2.3 million passengers.\n\nIts fleet has 58 aircraft.", vocab)
    assert w["58"] == (None, None, False)


def test_a_statements_day_sets_no_frame(vocab):
    w = _whens("The ministry said on Tuesday that the plan was on course. Schools hired 640 teachers.", vocab)
    assert w["640"] == (None, None, False)


def test_an_events_time_sets_no_frame(vocab):
    w = _whens("The squad is preparing for the 2026 World Cup. The coach picked 23 players.", vocab)
    assert w["23"] == (None, None, False)


def test_a_dateline_sets_no_frame(vocab):
    w = _whens("OSLO, June 12 (Wire) - Fishing boats landed 3,100 tonnes of cod, the agency said.", vocab)
    assert w["3,100 tonnes"][2] is False


def test_a_duration_is_never_dated_by_a_frame(vocab):
    w = _whens("In 2019 the strike closed 40 factories. It lasted for 11 weeks.", vocab)
    assert w.get("11 weeks", (None, None, False))[2] is False


# -- resolve and the audit: a carried time is context, not a stated period ---------------------------

def test_a_carried_time_is_kept_out_of_the_quantity_key(vocab):
    text = "Flooding in March displaced 2,000 people. Another 30 people were killed in the storm."
    doc = Document(id="t", text=text, published="2024-06-14")
    extracted = {c.text: c for c in extract_claims(doc, vocab)}
    resolved = {c.text: c for c in claims_of(doc, vocab)}
    assert extracted["30"].when_carried and extracted["30"].when_start == "2024-03-01"
    assert resolved["30"].when_start == "2024-03-01" and resolved["30"].when_carried
    assert resolved["30"].quantity is not None and "2024-03" not in resolved["30"].quantity


@pytest.mark.parametrize("second", ["Rescuers said 12 were killed.", "Rescuers said 19 were killed."])
def test_the_audit_is_the_same_with_or_without_the_frame(vocab, ruleset, second):
    carried = Document(id="a", source="Wire A", published="2024-06-14",
                       text=f"In March the floods hit the valley. {second}")
    plain = Document(id="a", source="Wire A", published="2024-06-14", text=f"The floods hit the valley. {second}")
    other = Document(id="b", source="Wire B", published="2024-06-14", text="Rescuers said 12 were killed.")
    with_frame = audit([carried, other], ruleset, vocab)
    without = audit([plain, other], ruleset, vocab)
    assert [f.rule for f in with_frame.findings] == [f.rule for f in without.findings]
