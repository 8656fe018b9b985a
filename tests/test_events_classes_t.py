"""Classes of missed cross-source conflicts on real events (brief fixT), with sentences written for these
tests: a second clause that leaves out its verb ("Police counted 12,000, the organisers 40,000") gives its
figure to its own subject and the first clause's count; a crowd told only by who "joined" a gathering is
the gathering's turnout, a count of people even with no noun."""
from __future__ import annotations

from conftest import flagged, resolved_by_text

# -- a gapped second clause: its subject is the figure's source ------------------------------------------------


def test_a_gapped_clause_names_its_own_source(vocab):
    got = resolved_by_text(vocab, "Unions counted 20,000 marchers in Nantes, the prefecture 8,500.", "2023-03-07")
    assert got["20,000"].according_to == "Unions"
    assert got["8,500"].according_to == "the prefecture"
    assert got["8,500"].quantity == got["20,000"].quantity is not None


def test_a_gapped_clause_after_a_semicolon_takes_the_first_clause_count(vocab):
    got = resolved_by_text(vocab, "The ministry put the toll at 31; the Red Crescent, at 45.", "2023-03-07")
    assert got["45"].according_to == "Red Crescent"
    assert got["45"].measure == got["31"].measure == "killed"
    assert got["45"].quantity == got["31"].quantity is not None


def test_gapped_rival_counts_disagree(vocab, ruleset):
    a = ("Wire A", "2023-03-07T20:00:00",
         "Police counted 12,000 marchers in Rennes on Tuesday, the organisers 40,000.")
    found = flagged(vocab, ruleset, a)
    assert any("12,000" in f.message and "40,000" in f.message for f in found), [f.message for f in found]


def test_a_gapped_clause_with_no_source_keeps_the_first_source(vocab):
    # a place or a part after the comma is no source: the figure stays the first clause's speaker's
    got = resolved_by_text(vocab, "Police counted 12,000 marchers, the capital 8,000.", "2023-03-07")
    assert got["8,000"].according_to == "police"
    got = resolved_by_text(vocab, "The ministry said 31 people were killed, 12 in Aleppo.", "2023-03-07")
    assert got["12"].according_to == "ministry"
    # another measure named in the second clause is its own: no carrying over
    got = resolved_by_text(vocab, "Officials said 31 people died and 45 were hurt.", "2023-03-07")
    assert got["45"].measure == "injured"


# -- a crowd that "joined" a gathering is its turnout ----------------------------------------------------------


def test_who_joined_a_gathering_are_its_crowd(vocab):
    got = resolved_by_text(vocab, "Around 90,000 joined a similar rally in Madrid in May.", "2023-06-10")
    assert got["Around 90,000"].measure == "took part"
    assert got["Around 90,000"].quantity is not None      # a crowd with no noun is a count of people
    got = resolved_by_text(vocab, "Police put the crowd at 30,000, well below the unions' claim that "
                                  "more than 90,000 people had joined the strike march.", "2023-06-10")
    assert got["more than 90,000"].measure == "took part"


def test_joined_outside_a_gathering_is_no_crowd(vocab):
    got = resolved_by_text(vocab, "Some 300 firms joined the scheme, the ministry said.", "2023-06-10")
    assert got["Some 300"].measure != "took part"
    got = resolved_by_text(vocab, "About 4,000 staff joined the company last year.", "2023-06-10")
    assert got["About 4,000"].measure != "took part"


def test_a_gapped_clause_after_another_verb_names_what_was_counted(vocab):
    # the verb left out is "had polled": the coalition is what the commission counted, not a source
    got = resolved_by_text(vocab, "The commission said the Greens had polled 127,329 votes, the farmers' "
                                  "coalition 115,344 votes.", "2023-03-07")
    assert got["115,344"].according_to == "commission"
