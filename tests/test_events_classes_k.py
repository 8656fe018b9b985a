"""Classes of cross-source failure first seen on held-out events 9 (brief fixK), with sentences
written for these tests (other places, beats and numbers): rival crowd estimates that name their
sources clause by clause, a toll a later report says was cut, "other people" as the counted thing,
an earlier statement to the press, a country beside a town in it."""
from __future__ import annotations

from conftest import resolved_by_text, rules_fired


def resolved(vocab, text, published="2022-05-01T10:00:00", source="Wire"):
    return resolved_by_text(vocab, text, published, source)


# -- rival crowd estimates ------------------------------------------------------------------------

def test_each_later_clause_of_a_sentence_names_its_own_source(vocab):
    cs = resolved(vocab, "Tens of thousands marched through Lisbon on Saturday. City police said close to "
                         "800,000 people came, although the civic group Lisboa Unida brought the figure down "
                         "to 150,000 people and the interior ministry spoke of 270,000 attendees.")
    assert cs["close to 800,000"].authority == "police"
    assert cs["150,000"].authority == "the civic group Lisboa Unida"
    assert cs["270,000"].authority == "Portugal authorities"
    keys = {cs[t].quantity for t in ("close to 800,000", "150,000", "270,000")}
    assert len(keys) == 1 and keys.pop().endswith("/people/took part")


def test_rival_crowd_estimates_in_one_sentence_are_flagged(vocab, ruleset):
    report = ("Wire A", "2022-05-01T10:00:00",
              "Crowds marched in Porto on Saturday. Police said some 90,000 people came, while the "
              "regional government spoke of 30,000 attendees.")
    assert rules_fired(vocab, ruleset, report) == ["estimates-agree"]


def test_the_first_clause_keeps_extractions_source(vocab):
    cs = resolved(vocab, "The union said 40,000 workers marched in Turin on Friday, and police put it at 12,000.")
    assert cs["12,000"].authority == "police"
    # a pronoun opens no source
    cs = resolved(vocab, "Police said 5,000 people marched in Turin, but they gave 7,000 later.")
    assert cs["7,000"].authority == "police"


def test_a_speaker_before_the_number_is_not_what_it_counts(vocab):
    cs = resolved(vocab, "Lyon police later said in a statement that 70,000 had turned up for the march.")
    assert cs["70,000"].thing != "police" and cs["70,000"].quantity.endswith("/people/took part")
    # the thing written after the number stays
    cs = resolved(vocab, "Police said 30 police officers were injured in the clashes in Lyon.")
    assert cs["30"].thing == "police officers"


def test_people_who_came_or_attended_are_a_crowd(vocab):
    cs = resolved(vocab, "Organisers said 60,000 people came to the rally in Quito on Sunday.")
    assert cs["60,000"].measure == "took part"
    cs = resolved(vocab, "The festival in Leeds drew 20,000 attendees on Sunday, the council said.")
    assert cs["20,000"].measure == "took part"


def test_a_crowd_under_an_unknown_noun_is_people(vocab):
    cs = resolved(vocab, "Over half a million pro-democracy activists marched through Lisbon on Saturday, "
                         "while police said around 500,000 people took part.")
    assert cs["Over half a million"].quantity == cs["around 500,000"].quantity


def test_a_source_across_but_speaks_for_its_own_side(vocab):
    cs = resolved(vocab, "Unions said 300,000 people had registered for the march, but police said on "
                         "Friday that 600,000 had turned up in Porto.")
    assert cs["300,000"].authority == "Unions"
    assert cs["600,000"].authority == "police"


def test_the_headline_town_and_a_word_inside_a_name_do_not_outvote_a_place(vocab):
    from auditor.resolve import _gazetteer_home
    assert _gazetteer_home("Independence vote draws crowds\nThousands filled the streets of Barcelona "
                           "as the Guardia Urbana watched.", vocab) == "Spain"


# -- a toll cut to a lower figure ------------------------------------------------------------------

VALENCIA_A = ("Wire A", "2021-03-04T09:00:00",
              "The floods in Valencia have killed 51 people, the regional government said on Wednesday.")
VALENCIA_B = ("Wire B", "2021-03-05T10:00:00",
              "At least 51 people were killed in the floods in Valencia, the region's leader said.")
VALENCIA_C = ("Wire C", "2021-03-05T16:00:00",
              "The floods in Valencia have killed at least 49 people. The region's leader had told reporters "
              "on Wednesday that 51 people had died. On Friday, though, officials in Valencia cut the number "
              "of confirmed dead to 49.")


def test_a_figure_told_to_reporters_before_is_an_earlier_one(vocab):
    cs = resolved(vocab, VALENCIA_C[2], VALENCIA_C[1], VALENCIA_C[0])
    assert cs["51"].superseded and not cs["49"].superseded
    # what someone was told is no earlier statement of the count
    cs = resolved(vocab, "The survivors had told him the same number: 640 people on the boat.")
    assert not cs["640"].superseded


def test_a_toll_cut_below_another_reports_figure_is_a_conflict(vocab, ruleset):
    assert rules_fired(vocab, ruleset, VALENCIA_A, VALENCIA_B, VALENCIA_C) == ["same-toll-same-day"]
    # the report that tells both the earlier figure and the cut is consistent on its own
    assert rules_fired(vocab, ruleset, VALENCIA_C) == []


def test_a_cut_of_one_within_tolerance_is_still_a_conflict(vocab, ruleset):
    # two reports of one day, no time given: neither is known to be the later
    cut = ("Wire C", "2021-03-05", "On Friday, officials in Valencia lowered the number of confirmed dead to 30.")
    stale = ("Wire B", "2021-03-05", "At least 31 people were killed in the floods in Valencia.")
    assert rules_fired(vocab, ruleset, cut, stale) == ["same-toll-same-day"]
    # without a cut, one apart is within tolerance: a warning at most, never an error
    plain = ("Wire C", "2021-03-05", "On Friday, officials in Valencia said 30 people had died.")
    from auditor.audit import audit
    from auditor.documents import Document
    found = audit([Document(id=f"d{n}", text=t, source=s, published=p)
                   for n, (s, p, t) in enumerate((plain, stale))], ruleset, vocab).findings
    assert not [f for f in found if f.severity == "error"]


def test_a_country_and_a_town_in_it_are_one_place(vocab, ruleset):
    national = ("Wire A", "2021-03-05T10:00:00",
                "On Friday, officials cut the number of confirmed dead in Italy to 20.")
    town = ("Wire B", "2021-03-05T08:00:00", "At least 24 people were killed in the landslide in Bergamo.")
    assert rules_fired(vocab, ruleset, national, town) == ["same-toll-same-day"]


# -- "other people" --------------------------------------------------------------------------------

def test_other_people_are_people(vocab, ruleset):
    cs = resolved(vocab, "The ferry sank off Crete on Monday, killing 20 people. At least 12 other people "
                         "were injured, officials said.")
    assert cs["At least 12"].measure == "injured" and cs["At least 12"].thing == "people"
    a = ("Wire A", "2021-03-02T10:00:00", "The ferry sank off Crete on Monday, killing 20 people. At least 12 "
                                          "other people were injured in Crete, the coast guard said.")
    b = ("Wire B", "2021-03-02T11:00:00", "The ferry sank off Crete on Monday, injuring 9 people, "
                                          "the port authority said.")
    assert rules_fired(vocab, ruleset, a, b) == ["same-toll-same-day"]


# -- a death listed with what was added ------------------------------------------------------------

def test_a_death_listed_with_bodies_added_is_added_too_not_the_toll(vocab):
    cs = resolved(vocab, "Officials now say 41 people died in the blast in Zonguldak. The governor posted the "
                         "new figure late Thursday: three more bodies had been pulled from the shaft and one "
                         "person had died in surgery.")
    assert cs["41"].quantity is not None and cs["one"].quantity is None
    # a figure of its own after "and" is still a toll
    cs = resolved(vocab, "The blast in Zonguldak killed 41 miners and injured 12 others.")
    assert cs["12"].quantity is not None


# -- a remainder is no whole -----------------------------------------------------------------------

def test_n_of_the_group_after_the_remaining_few_is_no_part_of_them(vocab, ruleset):
    remainder = ("Wire A", "2021-03-05T10:00:00", "Divers brought out the remaining three miners on Friday. "
                                                  "Seven of the miners had been freed on Wednesday and Thursday.")
    assert rules_fired(vocab, ruleset, remainder) == []
    last = ("Wire A", "2021-03-05T10:00:00", "Crews recovered the last two bodies on Sunday. Five of the "
                                             "dead were from Peru.")
    assert rules_fired(vocab, ruleset, last) == []
    # a whole the text does not give as a remainder still bounds its part
    group = ("Wire A", "2021-03-05T10:00:00", "Rescuers freed three miners on Friday. Seven of the miners were hurt.")
    assert rules_fired(vocab, ruleset, group) == ["part-exceeds-whole"]


def test_a_conflicts_message_names_the_rivals_not_the_blamed_figures_repeats(vocab, ruleset):
    from auditor.audit import audit
    from auditor.documents import Document

    docs = [Document(id=f"d{n}", text=t, source=s, published="2023-06-10T18:00:00") for n, (s, t) in enumerate([
        ("Harbour Gazette", "Organisers said 600,000 people marched in Lyon on Saturday. Police put the "
                            "crowd at 95,000."),
        ("Valley Times", "Organisers said 600,000 people marched in Lyon on Saturday."),
        ("Coastal Wire", "Police said about 95,000 people marched in Lyon on Saturday."),
    ])]
    found = [f for f in audit(docs, ruleset, vocab).findings if f.rule == "estimates-agree"]
    assert found
    for f in found:
        blamed, _, rivals = f.message.partition(", but ")
        figure = f.claims[0].text
        assert figure in blamed and figure not in rivals, f.message
