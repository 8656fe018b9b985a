"""A toll rising through one day is an update, not a dispute (docs/quantities.md, cumulative
quantities): figures of one quantity on one day are ordered by the hour or part of the day the
text gives them, and a figure the text gives as a rise to it ("has risen to 61", "later raised
the toll to 140") came after the lower figures of that day given without such a mark. Figures
of one day that nothing orders and that do not overlap still disagree."""
from __future__ import annotations

from auditor.audit import audit
from auditor.documents import Document
from auditor.resolve.day_marks import marked_later, rise_words, time_in_day


def _errors(docs, ruleset, vocab):
    return [sorted(c.text for c in f.claims) for f in audit(docs, ruleset, vocab).findings
            if f.rule == "same-toll-same-day" and f.severity != "info"]


def test_a_figure_the_text_says_the_toll_rose_to_is_later_than_a_lower_one_of_that_day(ruleset, vocab):
    docs = [Document("a", "Flash floods in northern Peru have killed 14 people, the civil defence agency said "
                          "on Tuesday.", "Wire A", "2023-03-14"),
            Document("b", "The toll from flash floods in northern Peru has risen to 61, regional officials said.",
                     "Wire B", "2023-03-14")]
    assert _errors(docs, ruleset, vocab) == []


def test_a_figure_at_or_above_the_days_rise_is_later_too(ruleset, vocab):
    docs = [Document("a", "Flash floods in northern Peru have killed 14 people, the civil defence agency said.",
                     "Wire A", "2023-03-14"),
            Document("b", "The toll from flash floods in northern Peru has risen to 61, regional officials said. "
                          "The president said at least 61 people were killed.", "Wire B", "2023-03-14")]
    assert _errors(docs, ruleset, vocab) == []


def test_a_later_raised_toll_follows_the_mornings_count(ruleset, vocab):
    docs = [Document("a", "By Tuesday morning the fire service had counted 88 dead in the Peru floods. "
                          "The government later raised the toll to 140.", "Wire A", "2023-03-14")]
    assert _errors(docs, ruleset, vocab) == []


def test_hours_of_one_day_order_its_figures(ruleset, vocab):
    docs = [Document("a", "As of 6 a.m. Tuesday, 31 people had been killed in the Peru floods, the civil "
                          "defence agency said.", "Wire A", "2023-03-14"),
            Document("b", "By Tuesday evening the Peru floods had killed 57 people, the Red Cross said.",
                     "Wire B", "2023-03-14")]
    assert _errors(docs, ruleset, vocab) == []


def test_a_lower_figure_later_in_the_day_still_disagrees(ruleset, vocab):
    docs = [Document("a", "As of 6 a.m. Tuesday, 57 people had been killed in the Peru floods, the civil "
                          "defence agency said.", "Wire A", "2023-03-14"),
            Document("b", "By Tuesday evening the Peru floods had killed 31 people, the Red Cross said.",
                     "Wire B", "2023-03-14")]
    assert _errors(docs, ruleset, vocab) == [["31", "57"]]


def test_two_unordered_figures_of_one_day_still_disagree(ruleset, vocab):
    # a rise to 20 orders what lies below 20 before what lies at or above it, nothing among those above
    docs = [Document("a", "The toll from the Peru floods has risen to 20, officials said. At least 45 people "
                          "were killed, the Red Cross said.", "Wire A", "2023-03-14"),
            Document("b", "As many as 40 people were killed in the Peru floods, the civil defence agency said.",
                     "Wire B", "2023-03-14")]
    flagged = _errors(docs, ruleset, vocab)
    assert any({"As many as 40", "At least 45"} <= set(texts) for texts in flagged), flagged


def test_the_time_of_day_a_sentence_gives():
    text = "As of 2 a.m. Thursday, 179 had been rescued. Two guards died on Wednesday night. By evening, 40."
    first, second = text.index("Two"), text.index("By")
    assert time_in_day(text, 0, first - 1, "2024-05-02") == 120            # a Thursday
    assert time_in_day(text, first, second - 1, "2024-05-02") is None      # another day's night
    assert time_in_day(text, second, len(text), "2024-05-02") == 19 * 60
    assert time_in_day("Officials gave 20 dead at 9 a.m. and 30 by 4 p.m.", 0, 48, "2024-05-02") is None


def test_a_rise_or_a_later_figure_is_marked(vocab):
    words = rise_words(vocab)
    text = "Another body was found, which brought the confirmed toll to 12."
    assert marked_later(text, 0, text.index("12"), words)
    text = "The number killed in the crush has gone up to 57."
    assert marked_later(text, 0, text.index("57"), words)
    text = "Officials later said 40 people had died."
    assert marked_later(text, 0, text.index("40"), words)
    text = "The toll rose from 12 to 40."
    assert not marked_later(text, 0, text.index("12"), words)
    text = "Police said 40 people had died."
    assert not marked_later(text, 0, text.index("40"), words)


def test_of_two_rises_of_one_day_the_higher_came_later(ruleset, vocab):
    docs = [Document("a", "In the afternoon the coroner's office raised the toll from the Peru floods to 48.",
                     "Wire A", "2023-03-14"),
            Document("b", "The coroner's office said the toll from the Peru floods now stood at 66.", "Wire B",
                     "2023-03-14")]
    assert _errors(docs, ruleset, vocab) == []


def test_a_figure_that_holds_now_is_marked(vocab):
    words = rise_words(vocab)
    text = "The regional governor said the count is now 29."
    assert marked_later(text, 0, text.index("29"), words)


def test_another_reports_rise_does_not_order_two_figures_one_report_gives_together(ruleset, vocab):
    docs = [Document("a", "The regional governor put the toll from the Peru floods at 14. The Red Cross counted "
                          "more than 30 dead in the Peru floods.", "Wire A", "2023-03-14"),
            Document("b", "The toll from the Peru floods has risen to 20, the civil defence agency said.",
                     "Wire B", "2023-03-14")]
    flagged = _errors(docs, ruleset, vocab)
    assert any({"14", "more than 30"} <= set(texts) for texts in flagged), flagged


def test_a_figure_its_text_says_is_still_rising_is_before_a_higher_one_of_that_day(ruleset, vocab):
    docs = [Document("a", "Heavy rain has killed 310 people in southern Brazil. The toll is expected to keep "
                          "climbing as rescuers reach cut-off towns.", "Wire A", "2022-02-17"),
            Document("b", "At least 402 people have died in the floods in southern Brazil, the state "
                          "government said.", "Wire B", "2022-02-17")]
    assert _errors(docs, ruleset, vocab) == []


def test_a_higher_figure_told_as_still_rising_does_not_excuse_a_lower_one(ruleset, vocab):
    # the mark says the marked figure came first; here it is the higher one, so the pair still disagrees
    docs = [Document("a", "Heavy rain has killed 402 people in southern Brazil. The toll is expected to keep "
                          "climbing.", "Wire A", "2022-02-17"),
            Document("b", "Exactly 310 people have died in the floods in southern Brazil, the state "
                          "government said.", "Wire B", "2022-02-17")]
    assert _errors(docs, ruleset, vocab) == [["310", "402"]]


def test_still_rising_reads_the_figures_sentence_and_the_next_only(vocab):
    from auditor.resolve.day_marks import still_rising
    text = "Floods killed 31 people. Roads were cut. Officials fear the toll will rise."
    assert not still_rising(text, 0, text.index("people.") + 7, rise_words(vocab))
    text = "Floods killed 31 people. Officials fear the toll will rise."
    assert still_rising(text, 0, text.index("people.") + 7, rise_words(vocab))


def test_an_archived_figure_keeps_the_rise_its_text_gave_it(tmp_path, ruleset, vocab):
    # the marks are read once, in resolve, and stored: an archive's claim has no text to read again
    from auditor.batch import audit_documents
    from auditor.resolve import claims_of
    from auditor.store import ClaimStore

    risen = Document("b", "The toll from flash floods in northern Peru has risen to 61, regional officials said.",
                     "Wire B", "2023-03-14")
    with ClaimStore(tmp_path / "archive.duckdb") as store:
        store.ingest([[(risen, claims_of(risen, vocab))]])
    draft = Document("a", "Flash floods in northern Peru have killed 14 people, the civil defence agency said.",
                     "Desk", "2023-03-14")
    with ClaimStore(tmp_path / "archive.duckdb", read_only=True) as store:
        assert [c.marked_later for c in store.load_claims()] == [True]
        result = audit_documents([draft], ruleset, vocab, jobs=1, store=store)
    assert [f.message for f in result.findings if f.rule == "same-toll-same-day" and f.severity != "info"] == []
    # the same figures with nothing to order them disagree
    flat = Document("b", "Flash floods in northern Peru have killed 61 people, regional officials said.",
                    "Wire B", "2023-03-14")
    assert _errors([draft, flat], ruleset, vocab) == [["14", "61"]]


def test_resolve_marks_where_in_its_day_a_figure_held(vocab):
    from auditor.resolve import claims_of

    doc = Document("a", "As of 6 a.m. Tuesday, 31 people had been killed in the Peru floods. The toll later "
                        "rose to 57. Teams searched the river banks. At least 60 have died, and the toll is "
                        "expected to keep rising.",
                   "Wire A", "2023-03-14")
    marks = {c.text: (c.day_minute, c.marked_later, c.still_rising) for c in claims_of(doc, vocab)}
    assert marks == {"31": (360, False, False), "57": (None, True, False), "At least 60": (None, False, True)}
