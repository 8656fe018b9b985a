"""Classes of false alarms and missed conflicts on real events (issue 13), on sentences written
for these tests: periods said with "last", earlier statements of facts that do not change, ranges
of estimates, crowds of different days, tolls over several countries."""
from __future__ import annotations

from auditor.audit import audit, extract_all
from auditor.documents import Document


def resolved(vocab, text, published="2021-03-05T10:00:00", source="Wire"):
    return {c.text: c for c in extract_all([Document(id="d", text=text, source=source, published=published)],
                                            vocab)}


def test_since_last_month_is_the_same_open_period_as_since_that_month(vocab):
    a = resolved(vocab, "Since last November, the fighting has uprooted nearly 90,000 people in the valley.")
    b = resolved(vocab, "Since November 1, some 61,000 people have been displaced in the valley.")
    assert a["nearly 90,000"].quantity == b["some 61,000"].quantity
    assert a["nearly 90,000"].quantity.split("/")[1] == "2020-11-01.."


def test_a_count_of_attackers_said_before_still_stands_when_the_text_gives_no_other(vocab):
    cs = resolved(vocab, "Police had earlier said that five attackers stormed the hotel, killing 31 people. "
                         "The toll now stands at 40.")
    assert cs["five"].superseded is False and cs["five"].as_of
    assert cs["31"].superseded is True          # a toll is replaced by its update


def test_a_count_of_attackers_said_before_gives_way_to_the_texts_own_count(vocab):
    cs = resolved(vocab, "Police had earlier said that five attackers stormed the hotel. "
                         "Police now say six attackers stormed it.")
    assert cs["five"].superseded is True


def test_between_a_day_and_today_is_the_open_period_since_that_day(vocab):
    a = resolved(vocab, "Between November 1 and today, about 64,000 people have fled their homes in the valley.")
    b = resolved(vocab, "Since November 1, some 61,000 people have been displaced in the valley.")
    assert a["about 64,000"].quantity == b["some 61,000"].quantity


def test_the_figure_a_toll_is_revised_to_counts_what_the_figure_it_was_revised_from_counts(vocab):
    cs = resolved(vocab, "Officials revised the flood's death toll up from 12, a number long called too low, "
                         "to nearly 400 on Tuesday.")
    assert cs["nearly 400"].measure == "killed"
    assert cs["nearly 400"].quantity == "somewhere/incident/people/killed"
