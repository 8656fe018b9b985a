"""Figures of one incident meet; two incidents of one place weeks apart do not (DESIGN.md,
Quantities: the key's incident is a place and a period).

A toll's key names the country and "incident" when the text states no period, so a batch or
an archive holds years of one country's tolls under one key. The checks compare such figures
only when the days their texts give them lie within ``window_days`` (a week by default), and
resolve dates a figure the text leaves undated to the day of the document's incident.
"""
from __future__ import annotations

from auditor.audit import audit
from auditor.checks.base import incident_day, pairs_in_window
from auditor.documents import Document
from auditor.resolve import claims_of


def _errors(docs, ruleset, vocab, rule):
    return [f for f in audit(docs, ruleset, vocab).findings if f.rule == rule and f.severity != "info"]


def test_tolls_of_two_incidents_weeks_apart_are_not_a_disagreement(ruleset, vocab):
    docs = [Document("a", "A car bomb killed 17 people in Kirkuk on Tuesday, police said.", "Wire A", "2021-03-02"),
            Document("b", "A car bomb killed 41 people in Kirkuk on Wednesday, the hospital said.", "Wire B",
                     "2021-03-24")]
    assert _errors(docs, ruleset, vocab, "same-toll-same-day") == []


def test_tolls_of_one_incident_reported_days_apart_still_disagree(ruleset, vocab):
    docs = [Document("a", "A car bomb killed 17 people in Kirkuk on Tuesday, police said.", "Wire A", "2021-03-02"),
            Document("b", "Tuesday's car bomb in Kirkuk killed 9 people, the hospital said on Thursday.", "Wire B",
                     "2021-03-04")]
    got = _errors(docs, ruleset, vocab, "same-toll-same-day")
    assert [sorted(c.text for c in f.claims) for f in got] == [["17", "9"]]


def test_a_figure_the_text_leaves_undated_takes_the_day_of_the_documents_incident(vocab):
    doc = Document("a", "A car bomb killed 17 people in Kirkuk on Tuesday, police said. "
                        "Among the dead were nine civilians, the hospital said.", "Wire A", "2021-03-04")
    by_text = {c.text: c for c in claims_of(doc, vocab)}
    assert (by_text["17"].when_start, by_text["17"].when_end) == ("2021-03-02", "2021-03-02")
    assert (by_text["nine"].when_start, by_text["nine"].when_end) == ("2021-03-02", "2021-03-02")


def test_a_retrospective_gives_its_figures_no_incident_day(vocab):
    # the only day it names is months before publication: not this report's incident
    doc = Document("a", "The storm killed 64 people on 20 September 2017, officials said. "
                        "A study now puts the toll at 4,645.", "Wire A", "2018-05-29")
    by_text = {c.text: c for c in claims_of(doc, vocab)}
    assert by_text["4,645"].when_start is None


def test_a_sources_toll_falls_only_against_its_own_incidents_figures(ruleset, vocab):
    same = [Document("a", "Floods killed 40 people in Dunmere on Monday, the Red Crescent said.", "Wire A",
                     "2021-05-03"),
            Document("b", "Floods killed 25 people in Dunmere on Monday, the Red Crescent said.", "Wire B",
                     "2021-05-05")]
    assert len(_errors(same, ruleset, vocab, "toll-never-falls")) == 1
    apart = [same[0], Document("b", "A landslide killed 12 people in Dunmere on Friday, the Red Crescent said.",
                               "Wire B", "2021-05-28")]
    assert _errors(apart, ruleset, vocab, "toll-never-falls") == []


def test_figures_with_no_day_meet_every_figure_of_their_key(vocab):
    def claim(text, published):
        return next(c for c in claims_of(Document(published, text, "Wire", published), vocab) if c.quantity)
    dated_early = claim("The blast killed 30 people on Tuesday.", "2021-01-05")
    dated_late = claim("The blast killed 30 people on Tuesday.", "2021-03-02")
    undated = claim("The toll stands at 30 dead.", "2021-06-01")
    assert incident_day(undated) is None and incident_day(dated_early) is not None
    # the two dated figures are eight weeks apart; the undated one meets both
    assert pairs_in_window([dated_early, dated_late, undated], 7) == [(0, 2), (1, 2)]
    assert pairs_in_window([dated_early, dated_late, undated], None) == [(0, 1), (0, 2), (1, 2)]


def test_an_undated_snapshot_is_of_the_day_it_is_reported(ruleset, vocab):
    # two marches two months apart: the later report's crowd has no day of its own
    june = Document("a", "Organisers counted 338,000 protesters in Hong Kong at the peak of Sunday's march.",
                    "Wire A", "2019-06-17")
    august = Document("b", "Police counted 128,000 protesters in Victoria Park in Hong Kong at the peak.", "Wire B",
                      "2019-08-19")
    crowd = next(c for c in claims_of(august, vocab) if c.text == "128,000")
    assert crowd.quantity_kind == "snapshot" and crowd.when_start == "2019-08-19"
    assert [f for f in audit([june, august], ruleset, vocab).findings if f.severity != "info"] == []
    # the same crowd reported the next day still meets the first figure
    next_day = Document("c", "Police counted 128,000 protesters in Hong Kong at the peak.", "Wire B", "2019-06-18")
    assert [f.rule for f in audit([june, next_day], ruleset, vocab).findings] == ["estimates-agree"]


def test_a_toll_of_nationals_is_an_incidents_too(ruleset, vocab):
    # a thing with a nationality names its incident itself: its key has no place before "incident"
    doc = Document("a", "An air strike killed 29 Turkish soldiers on Thursday, officials said. "
                        "Another 36 Turkish soldiers were wounded, the governor said.", "Wire A", "2020-02-28")
    by_text = {c.text: c for c in claims_of(doc, vocab)}
    assert by_text["36"].quantity.startswith("incident/") and by_text["36"].when_start == "2020-02-27"
    weeks_later = Document("b", "An air strike killed 8 Turkish soldiers on Monday, officials said.", "Wire B",
                           "2020-03-23")
    assert _errors([doc, weeks_later], ruleset, vocab, "same-toll-same-day") == []


def test_tolls_given_for_different_days_and_different_towns_are_two_incidents(ruleset, vocab):
    docs = [Document("a", "A car bomb killed 17 people in Kirkuk on Monday, police said.", "Wire A", "2021-03-04"),
            Document("b", "A car bomb killed 41 people in Basra on Wednesday, the hospital said.", "Wire B",
                     "2021-03-04")]
    assert _errors(docs, ruleset, vocab, "same-toll-same-day") == []


def test_a_town_and_its_province_on_different_days_may_still_be_one_incident(ruleset, vocab):
    # reports of one strike differ on its day; Saraqeb lies in Idlib: one incident, two figures
    docs = [Document("a", "An air strike killed 17 people in Saraqeb on Monday, police said.", "Wire A",
                     "2021-03-04"),
            Document("b", "An air strike killed 41 people in Idlib on Tuesday, the hospital said.", "Wire B",
                     "2021-03-04")]
    assert len(_errors(docs, ruleset, vocab, "same-toll-same-day")) == 1


def test_an_unplaced_figure_takes_its_documents_place(ruleset, vocab):
    # "Among the dead were ..." happened where the document's incident did: Kirkuk on Monday, not
    # Basra on Wednesday
    docs = [Document("a", "A car bomb killed 30 people in Kirkuk on Monday, police said. Among the dead were "
                          "17 civilians, the hospital said.", "Wire A", "2021-03-04"),
            Document("b", "A car bomb killed 41 civilians in Basra on Wednesday, the hospital said.", "Wire B",
                     "2021-03-04")]
    assert _errors(docs, ruleset, vocab, "same-toll-same-day") == []


def test_counts_of_one_month_in_two_towns_are_two_quantities(ruleset, vocab):
    docs = [Document("a", "That brings the number of people killed in Kirkuk to 310 in February.", "Wire A",
                     "2021-03-02"),
            Document("b", "That brings the number of people killed in Basra to 120 in February.", "Wire B",
                     "2021-03-02")]
    assert _errors(docs, ruleset, vocab, "same-toll-same-day") == []


def test_one_sources_tolls_of_two_incidents_in_two_towns_are_no_fall(ruleset, vocab):
    docs = [Document("a", "A car bomb killed 41 people in Basra on Monday, the Red Crescent said.", "Wire A",
                     "2021-03-01"),
            Document("b", "A car bomb killed 17 people in Kirkuk on Wednesday, the Red Crescent said.", "Wire B",
                     "2021-03-03")]
    assert _errors(docs, ruleset, vocab, "toll-never-falls") == []


def test_an_undated_figure_falls_only_against_the_figures_of_its_own_days(ruleset, vocab):
    # one authority's counts at two weekly protests two months apart: two incidents, not a fall
    def arrests(doc_id: str, n: str, published: str) -> Document:
        return Document(doc_id, f"Police said officers had detained {n} people near the parliament.", "Wire",
                        published)
    apart = [arrests("a", "six", "2023-04-29"), arrests("b", "two", "2023-07-01")]
    assert _errors(apart, ruleset, vocab, "toll-never-falls") == []
    close = [arrests("a", "six", "2023-04-29"), arrests("b", "two", "2023-05-01")]
    assert len(_errors(close, ruleset, vocab, "toll-never-falls")) == 1
