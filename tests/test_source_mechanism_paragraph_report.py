"""The paragraph-report mechanism (extract/carried_scope.carry_report_source): a lead that names no
source may leave it to the two sentences after it, when the sentence that names it names a publication
(figures, results, a survey, data); the source is then the figures' of the whole head, before it too.
Not a source named after the lead with no publication, nor past the head.

Sentences here are written for these tests (other places, parties and numbers than the sets').
"""
from __future__ import annotations

from conftest import claims_by_text as claims


def test_results_a_commission_published_after_the_lead_are_the_leads_figures_source(vocab):
    cs = claims(vocab, "The Green Alliance won 21 seats in Sunday's vote with 24.5% of the ballots. The Farmers' "
                       "Party came second with 16 seats. Figures published by the Electoral Board of Ruritania "
                       "show turnout of 58.2%. The Liberals took 9 seats.", "2024-03-12")
    board = cs["58.2%"].according_to
    assert board and "Electoral Board" in board
    for quote in ("21", "24.5%", "16", "9"):
        assert cs[quote].according_to == board, quote
        assert cs[quote].according_carried, quote


def test_a_survey_named_in_the_second_sentence_carries_to_the_figures_after_it(vocab):
    cs = claims(vocab, "Support for the governing coalition slipped again in May. In its monthly survey for "
                       "Channel Nine, the pollster Quorum found the Centre Party ahead with 22.4%. The Social "
                       "Democrats were second on 18.1%, and 1,250 voters were asked.", "2024-06-02")
    assert cs["22.4%"].according_to == "Quorum"
    assert cs["18.1%"].according_to == "Quorum"
    assert cs["1,250"].according_to == "Quorum"


def test_a_statement_after_the_lead_with_no_publication_carries_nothing_back_or_on(vocab):
    cs = claims(vocab, "Some 400 lorries queued at the border crossing on Tuesday. The customs service said "
                       "clearance times rose 12 percent. About 60 drivers slept in their cabs.", "2024-02-20")
    assert cs["Some 400"].according_to is None
    assert cs["About 60"].according_to is None


def test_a_publication_named_past_the_head_is_not_the_leads(vocab):
    cs = claims(vocab, "The Green Alliance won 21 seats. The Farmers' Party came second. Turnout was low in "
                       "the north. The campaign was calm. Figures published by the Electoral Board of Ruritania "
                       "show turnout of 58.2%.", "2024-03-12")
    assert cs["21"].according_to is None


def test_a_lead_that_names_its_source_keeps_it(vocab):
    cs = claims(vocab, "Exports fell 3.1% in April, the Statistics Office of Ruritania said. Figures published "
                       "by the central bank show reserves of 9.2 billion dollars. Imports rose 1.4%.", "2024-05-20")
    assert cs["3.1%"].according_to == "Statistics Office of Ruritania"


def test_a_desk_s_figure_word_names_no_publication(tmp_path, vocab):
    # figure_own_nouns in reporting.yaml: a word a desk adds there no longer makes a sentence a publication
    from auditor.vocabulary import load_vocabulary

    text = ("The Green Alliance won 21 seats in Sunday's vote. The Farmers' Party came second with 16 seats. "
            "The survey published by the Electoral Board of Ruritania shows turnout of 58.2%.")
    assert claims(vocab, text, "2024-03-12")["21"].according_carried
    (tmp_path / "desk.yaml").write_text("extend: {word_lists: {figure_own_nouns: {words: [survey]}}}\n")
    desk = load_vocabulary([tmp_path / "desk.yaml"])
    assert claims(desk, text, "2024-03-12")["21"].according_to is None
