"""Figures a text tells as something other than the current level of a quantity: a change
("lowered the toll by about 40"), a figure it rejects ("not the 52 reported"), what was said
before ("had previously said ... 359"), a word that only says which ("three hotel blasts"),
and a fall the text reports as a correction. None of them is a disagreement.

Sentences here are written for these tests; each case is one class of phrasing.
"""
from __future__ import annotations

from auditor.audit import audit, extract_all
from auditor.documents import Document


def doc(text, title=None, source="Wire", published="2021-03-05T10:00:00", id="d"):
    return Document(id=id, text=text, source=source, published=published, title=title)


def by_text(claims):
    return {c.text: c for c in claims}


def alarms(docs, ruleset, vocab):
    return [f for f in audit(docs, ruleset, vocab).findings if f.severity in ("error", "warning")]


# -- a change is no level ----------------------------------------------------------------------

def test_a_change_of_a_toll_keeps_no_quantity_key(vocab):
    cs = by_text(extract_all([doc("Officials lowered the flood death toll by about 40 on Monday. "
                                  "The count stood at 80, a drop of more than 30.")], vocab))
    assert cs["about 40"].quantity is None
    assert cs["more than 30"].quantity is None


def test_a_level_reached_and_a_count_by_a_day_keep_their_keys(vocab):
    cs = by_text(extract_all([doc("The death toll rose to 80 on Monday. Police arrested 12 people by Tuesday.")],
                             vocab))
    assert cs["80"].quantity is not None
    assert cs["12"].quantity is not None


def test_a_change_is_no_rounding_of_the_level(ruleset, vocab):
    docs = [doc("Officials lowered the flood death toll by about 40 on Monday, the ministry said.", id="a"),
            doc("The ministry said about 183 people were killed in the floods.", id="b", source="Other")]
    assert [f for f in alarms(docs, ruleset, vocab) if "rounding" in f.rule] == []


# -- figures the text gives as earlier or rejects ---------------------------------------------

def test_a_rejected_figure_is_superseded(vocab):
    cs = by_text(extract_all([doc("He said 41 people were killed, not the 52 reported earlier.")], vocab))
    assert cs["52"].superseded and not cs["41"].superseded


def test_the_figure_a_change_started_from_is_earlier_by_the_vocabularys_change_verbs(vocab, tmp_path):
    """"fallen from", "revised down from", "doubled from": any change verb of the vocabulary (a
    desk's too) before "from" gives an earlier figure; the level it reached is current."""
    from auditor.vocabulary import load_vocabulary

    for text, earlier, now in [("The toll has fallen from 52 to 41.", "52", "41"),
                               ("The toll was revised down from 52 to 41.", "52", "41"),
                               ("The number of displaced doubled from 4,000 to 8,000.", "4,000", "8,000")]:
        cs = by_text(extract_all([doc(text)], vocab))
        assert cs[earlier].superseded and not cs[now].superseded, text
    desk = tmp_path / "desk.yaml"
    desk.write_text("extend:\n  word_lists:\n    change_verbs: {words: [ballooned]}\n")
    text = "The toll, which ballooned from 52, is now 141."
    assert not by_text(extract_all([doc(text)], vocab))["52"].superseded
    assert by_text(extract_all([doc(text)], load_vocabulary([desk])))["52"].superseded


def test_what_officials_had_previously_said_is_superseded_however_long_the_sentence(vocab):
    text = ("Officials had previously said that the floods, which struck the valley on Sunday night, "
            "left 359 people dead. Police said 40 people died.")
    cs = by_text(extract_all([doc(text)], vocab))
    assert cs["359"].superseded
    assert not cs["40"].superseded


def test_a_current_figure_beside_the_word_not_stays_current(vocab):
    cs = by_text(extract_all([doc("Officials did not say whether 41 people were killed.")], vocab))
    assert not cs["41"].superseded


# -- a word that only says which ----------------------------------------------------------------

def test_a_singular_word_before_a_plural_noun_is_a_modifier_not_the_thing_counted(vocab):
    cs = by_text(extract_all([doc("Most victims of the three hotel blasts were foreigners. "
                                  "Two hotels were damaged.")], vocab))
    assert cs["three"].quantity is None
    assert cs["Two"].quantity is not None


# -- a fall the text reports as a correction -------------------------------------------------------

def test_a_toll_revised_down_in_the_text_is_a_note_and_a_silent_fall_is_flagged(ruleset, vocab):
    told = doc("The ministry reported 37 deaths on Monday morning. In its latest bulletin, the ministry "
               "put the death toll at 31.", title="Ministry lowers toll to 31 after double counting")
    silent = doc("The ministry reported 37 deaths on Monday morning. In its latest bulletin, the ministry "
                 "put the death toll at 31.", title="Floods: ministry gives latest toll")
    assert [f for f in alarms([told], ruleset, vocab) if f.rule == "running-total-never-falls-in-text"] == []
    fired = [f for f in alarms([silent], ruleset, vocab) if f.rule == "running-total-never-falls-in-text"]
    assert [f.severity for f in fired] == ["error"]


# -- a headline ratio and a body ratio of another base ---------------------------------------------

def _headline_alarms(body, ruleset, vocab):
    d = doc(body, title="Study puts flood toll 30 times above the official count")
    return [f for f in alarms([d], ruleset, vocab) if f.rule == "headline-matches-body"]


def test_a_ratio_to_another_base_is_not_the_headlines_ratio(ruleset, vocab):
    body = ("A study says the floods killed 900 people. That would be roughly 2 to 3 times higher "
            "than the toll of the 2004 floods.")
    assert _headline_alarms(body, ruleset, vocab) == []


def test_a_ratio_to_the_same_base_must_match_the_headline(ruleset, vocab):
    body = "A study says the floods killed 900 people, 12 times the official count."
    assert len(_headline_alarms(body, ruleset, vocab)) == 1


# -- a vague figure is no whole ------------------------------------------------------------------

def test_a_vague_crowd_is_no_whole_of_a_counted_part(ruleset, vocab):
    d = doc("Tens of thousands of people had joined the rally by noon. Police counted 130,000 protesters "
            "in Liberty Park at the peak.")
    assert [f for f in alarms([d], ruleset, vocab) if f.rule == "part-exceeds-whole"] == []


def test_a_counted_crowd_still_conflicts_with_a_larger_count_of_its_protesters(ruleset, vocab):
    # the people who joined the rally are its protesters (one quantity, as the police count of the
    # protesters in the park): the two figures are rival estimates of one crowd, and do not overlap
    d = doc("About 40,000 people had joined the rally by noon. Police counted 130,000 protesters "
            "in Liberty Park at the peak.")
    found = alarms([d], ruleset, vocab)
    assert len(found) == 1
    assert sorted(c.text for c in found[0].claims) == ["130,000", "About 40,000"]


# -- the place a figure's own clause names -----------------------------------------------------------

def test_a_figure_takes_the_country_its_own_clause_names(vocab):
    text = ("The floods killed 300 people in Iraq on Monday. Officials said 12 people were killed in Iran, "
            "while 30 people died in Iraq. In neighbouring Iran, where the river also burst its banks, "
            "45 people have died.")
    cs = by_text(extract_all([doc(text, title="Floods in the Gulf")], vocab))
    assert cs["300"].quantity == cs["30"].quantity == "Iraq/incident/people/killed"
    assert cs["12"].quantity == cs["45"].quantity == "Iran/incident/people/killed"


def test_a_demonym_in_the_clause_places_no_figure(vocab):
    text = "The floods killed 300 people in Iraq on Monday. Iranian rescuers said 310 people had died."
    cs = by_text(extract_all([doc(text, title="Floods in the Gulf")], vocab))
    assert cs["310"].quantity == cs["300"].quantity == "Iraq/incident/people/killed"


def test_what_one_place_accounted_for_is_a_part_not_the_toll(vocab):
    text = "The floods killed 300 people in Iraq. Basra province alone accounted for 120 deaths."
    cs = by_text(extract_all([doc(text)], vocab))
    assert cs["300"].quantity is not None and cs["120"].quantity is None


def test_those_treated_at_one_named_hospital_are_a_part_of_the_injured(vocab):
    text = ("The blast injured 3,000 people, the ministry said. At one facility, Mercy Hospital, 500 people "
            "sought treatment for their wounds. The Hospital Authority said 90 people were killed.")
    cs = by_text(extract_all([doc(text)], vocab))
    assert cs["3,000"].quantity is not None
    assert cs["500"].quantity is None
    assert cs["90"].quantity is not None


def test_a_sentence_opening_with_its_place_places_its_figures(vocab):
    text = ("In Lyon, the police counted 42,000 protesters on Saturday. Across Lille 9,500 people marched. "
            "Near Nantes, 300 people were evacuated.")
    cs = by_text(extract_all([doc(text, title="Marches")], vocab))
    assert (cs["42,000"].where, cs["9,500"].where, cs["300"].where) == ("Lyon", "Lille", "Nantes")


# -- a figure set against today's, dated to its own earlier day ----------------------------------------

def test_a_figure_of_comparison_holds_on_its_own_day(vocab):
    text = ("In the capital the union counted 300,000 marchers, against 500,000 on March 2 by the same count. "
            "Police counted 41,000 marchers in the capital.")
    cs = by_text(extract_all([doc(text, published="2021-03-09T00:00:00")], vocab))
    assert cs["500,000"].as_of[:10] == "2021-03-02"
    assert cs["300,000"].as_of[:10] == cs["41,000"].as_of[:10] == "2021-03-09"
    # the earlier day is not the day of the report's own figures
    assert cs["300,000"].when_start != "2021-03-02" and cs["41,000"].when_start != "2021-03-02"


def test_a_rise_from_an_earlier_day_leaves_the_reports_own_day(vocab):
    text = "The toll rose to 61 on Tuesday, compared with 40 on Saturday. Among the dead were 12 children."
    cs = by_text(extract_all([doc(text, published="2021-03-10T00:00:00")], vocab))
    assert cs["40"].as_of[:10] == "2021-03-06"
    assert cs["61"].as_of[:10] == "2021-03-10"


# -- increments and parts of a counted group are no toll ------------------------------------------------

def test_an_increment_is_no_toll(vocab):
    text = ("Officials raised the toll to 120 on Thursday, saying three more people had died of their injuries. "
            "The blast killed 29 people and 36 more were injured.")
    cs = by_text(extract_all([doc(text)], vocab))
    assert cs["three"].quantity is None
    assert cs["120"].quantity is not None and cs["120"].quantity == cs["29"].quantity
    assert cs["36"].quantity is not None        # another measure: a group of its own


def test_a_part_of_the_counted_group_is_no_count_of_it(vocab):
    text = "The storm injured 400 people. Fewer than 50 of the injured were still in hospital on Monday."
    cs = by_text(extract_all([doc(text)], vocab))
    assert cs["Fewer than 50"].quantity is None
    assert cs["400"].quantity is not None


def test_a_toll_first_put_at_a_figure_is_superseded(vocab):
    text = ("The toll had first been put at 140 before officials revised it on Sunday. "
            "Officials now say 132 people died.")
    cs = by_text(extract_all([doc(text)], vocab))
    assert cs["140"].superseded and not cs["132"].superseded


def test_a_rivals_estimate_told_as_said_earlier_still_stands(vocab):
    # the organisers' count replaces nothing of the police's: two sources, two standing estimates
    text = ("Organisers said about 450,000 people joined the march through Lisbon on Saturday. "
            "Police had said earlier that by their estimate 120,000 people were marching.")
    cs = by_text(extract_all([doc(text, published="2022-10-08T18:00:00")], vocab))
    assert not cs["120,000"].superseded
    assert cs["120,000"].as_of is not None


def test_a_crowd_estimate_its_own_source_revised_is_superseded(vocab):
    text = ("Police had earlier put the crowd in Lisbon at 50,000. Police now say 80,000 people "
            "took part in the march.")
    cs = by_text(extract_all([doc(text, published="2022-10-08T18:00:00")], vocab))
    assert cs["50,000"].superseded
    assert not cs["80,000"].superseded
