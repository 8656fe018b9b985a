"""What a figure counts, for four classes of copy (sentences written for these tests):

* a toll told as fatalities, lives or victims ("14 fatalities", "21 of the victims") is shown by that
  noun, and stays one quantity with "41 people died" (class and key: people); "deaths" and "dead"
  stay people (the events' gold has them so);
* a level or a move in points is of the index the clause names ("The KOSPI gained 12.3 points to
  2,611.40 points", "The BIST 100 ... ended at 9,120.55 pts"), not of "points";
* a change in brackets after a party's share is of that party ("the Moderates on 31 per cent (down
  three points)", "(up two)");
* in a poll's list after a colon or a semicolon, each figure of an item is of the party the item
  opens with ("Centre Party 8.3 (up 0.4), range 7.1 to 9.0"); and a share after "X is on" is X's.
"""
from __future__ import annotations

import pytest

from auditor.audit import extract_all
from auditor.documents import Document
from auditor.extract import extract_claims


def things(text: str, vocab) -> dict[str, str | None]:
    return {c.text: c.thing for c in extract_claims(Document(id="t", text=text), vocab)}


def resolved(text: str, vocab) -> dict[str, object]:
    doc = Document(id="d", text=text, source="Wire", published="2025-06-02T10:00:00")
    return {c.text: c for c in extract_all([doc], vocab)}


# -- a toll told as victims, fatalities or lives ------------------------------------------------------

@pytest.mark.parametrize("text,figure,thing", [
    ("The agency counted 14 fatalities on the province's roads during the holiday.", "14", "fatalities"),
    ("The ferry fire off Batangas cost 9 lives, the coast guard said.", "9", "lives"),
    ("Health officials in Sindh recorded 38 deaths from heatstroke over the weekend.", "38", "people"),
    ("The landslide near Kandy left 23 dead, the disaster centre said.", "23", "people"),
])
def test_a_toll_is_shown_by_its_own_noun(text, figure, thing, vocab):
    claim = resolved(text, vocab)[figure]
    assert claim.thing == thing
    assert claim.thing_class == "people" and claim.measure == "killed"


def test_victims_named_as_such_keep_their_noun(vocab):
    text = ("Wildfires near Patras have killed 57 people, the civil protection agency said, and only 21 of "
            "the victims have been identified so far.")
    cs = resolved(text, vocab)
    assert cs["57"].thing == "people"
    assert cs["21"].thing == "victims" and cs["21"].thing_class == "people"


def test_fatalities_and_people_killed_are_one_quantity(vocab):
    a = Document(id="a", text="Floods in Sylhet killed 41 people, officials said on Sunday.", source="A",
                 published="2025-06-02T10:00:00")
    b = Document(id="b", text="Officials in Sylhet have recorded 44 fatalities from the floods.", source="B",
                 published="2025-06-02T12:00:00")
    claims = {c.text: c for c in extract_all([a, b], vocab)}
    assert claims["44"].thing == "fatalities"
    assert claims["41"].quantity is not None and claims["41"].quantity == claims["44"].quantity


def test_a_soldiers_toll_is_not_renamed(vocab):
    text = ("Nine Malian soldiers were killed in the ambush on Tuesday. The army later said 12 victims had "
            "been found.")
    cs = resolved(text, vocab)
    assert cs["Nine"].thing == "Malian soldiers"
    assert cs["12"].thing == "Malian soldiers"     # the referent the text gives wins


# -- an index's level and moves in points -----------------------------------------------------------

@pytest.mark.parametrize("text,figure,thing", [
    ("The KOSPI on the Korea Exchange gained 12.3 points, or 0.47 per cent, to 2,611.40 points on Friday.",
     "2,611.40", "KOSPI"),
    ("The KOSPI on the Korea Exchange gained 12.3 points, or 0.47 per cent, to 2,611.40 points on Friday.",
     "12.3", "KOSPI"),
    ("The KOSPI on the Korea Exchange gained 12.3 points, or 0.47 per cent, to 2,611.40 points on Friday.",
     "0.47 per cent", "KOSPI"),
    ("Istanbul shares fell, and the BIST Banks, for its part, ended at 9,120.55 pts.", "9,120.55", "BIST Banks"),
    ("The Nairobi bourse was flat, its benchmark NSE 20 index up 0.2% at 1,702.66 points.", "1,702.66", "NSE 20 index"),
    ("The Jakarta Composite Index (JCI) crossed 7,500 points on Monday.", "7,500", "Jakarta Composite Index"),
    ("The SEMDEX rose 0.3% to 2,110.4 pts, while the SEM-ASI eased 0.1% to 1,988.2 pts.", "1,988.2", "SEM-ASI"),
    ("Nationwide, the wholesale price index rose 1% in May, reaching 143.7 points for the month.",
     "143.7", "wholesale price index"),
])
def test_points_are_of_the_index_named(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


@pytest.mark.parametrize("figure,thing", [("1.2%", "BIST Banks"), ("0.4%", "BIST Tech")])
def test_a_move_in_percent_to_a_level_in_points_is_of_the_index(figure, thing, vocab):
    text = ("Istanbul shares rose on Friday. The BIST Banks, which tracks the lenders, gained 1.2% to 9,120.55 pts, "
            "while the BIST Tech added 0.4% to 3,310.2 points.")
    assert things(text, vocab)[figure] == thing


def test_points_of_a_game_are_no_index(vocab):
    got = things("The All Blacks scored 47 points against Fiji in Dunedin.", vocab)
    assert got["47"] == "points"


# -- a party's share and its bracketed change --------------------------------------------------------

POLL = ("The latest Herald poll puts the Moderates on 31 per cent (down three points), the Centre Party on "
        "19 per cent (up two) and the Left Alliance on 12 per cent (unchanged). Among smaller parties, the "
        "Pirate Party has 6 per cent (down one), Volt is on 4 per cent (up one), the Animal Party on 2 per "
        "cent (down one).")


@pytest.mark.parametrize("figure,thing", [
    ("three", "Moderates"), ("two", "Centre Party"), ("4 per cent", "Volt"), ("2 per cent", "Animal Party"),
])
def test_a_bracketed_change_is_of_the_share_before(figure, thing, vocab):
    assert things(POLL, vocab)[figure] == thing


def test_each_bracketed_change_follows_its_own_share(vocab):
    ones = [c.thing for c in extract_claims(Document(id="t", text=POLL), vocab) if c.text == "one"]
    assert ones == ["Pirate Party", "Volt", "Animal Party"]


def test_a_share_after_a_listed_name_with_adjectives(vocab):
    text = ("The pollster's weekly survey puts the Civic Platform on 30 percent, the small centrist Third Way "
            "9 percent and the small far-left Razem 4 percent.")
    got = things(text, vocab)
    assert got["9 percent"] == "Third Way" and got["4 percent"] == "Razem"


LIST = ("Monthly poll averages for the Folketing, with the change on April: Venstre 22.5 per cent (down 1.1), "
        "in a range of 20.4 to 24.0 across the polls; Social Liberal Party 6.2 (no change), range 5.1 to 7.3; "
        "Danish People's Party 5.9 (up 0.2); Left Party 5.1; Liberal Alliance 4.3; Alternative 2.2.")


@pytest.mark.parametrize("figure,thing", [
    ("22.5 per cent", "Venstre"), ("1.1", "Venstre"), ("20.4 to 24.0", "Venstre"),
    ("6.2", "Social Liberal Party"), ("5.1 to 7.3", "Social Liberal Party"), ("5.9", "Danish People's Party"),
    ("0.2", "Danish People's Party"), ("5.1", "Left Party"), ("4.3", "Liberal Alliance"), ("2.2", "Alternative"),
])
def test_a_poll_list_item_is_of_its_party(figure, thing, vocab):
    assert things(LIST, vocab)[figure] == thing


def test_a_list_item_outside_a_poll_takes_no_name(vocab):
    text = "Output by plant in tonnes: Kelso 4,200; Morwell 3,900; Gladstone 2,750."
    got = things(text, vocab)
    assert got.get("4,200") != "Kelso" and got.get("2,750") != "Gladstone"


# -- a named line of accounts ------------------------------------------------------------------------

DIVIDEND = ("The board has proposed a final dividend of Rs 4.50 a share, worth Rs 12.6 billion, taking the payout "
            "for the year to Rs 21 billion. Earlier it paid an interim dividend of Rs 3.10 on each share, or "
            "Rs 8.7 billion.")


@pytest.mark.parametrize("text,figure,thing", [
    (DIVIDEND, "Rs 12.6 billion", "final dividend"),
    (DIVIDEND, "Rs 21 billion", "payout"),
    (DIVIDEND, "Rs 8.7 billion", "interim dividend"),
    ("Higher tariffs and stronger demand together lifted data revenue 9.4 percent to Rs 96 billion.",
     "9.4 percent", "data revenue"),
    ("Higher tariffs and stronger demand together lifted data revenue 9.4 percent to Rs 96 billion.",
     "Rs 96 billion", "data revenue"),
    ("The result owed most to an increase of N$2.3B or 4.1% in total revenue and grants, together with a fall "
     "of N$1.1B or 1.9% in expenditures net of amortization.", "4.1%", "total revenue and grants"),
    ("The result owed most to an increase of N$2.3B or 4.1% in total revenue and grants, together with a fall "
     "of N$1.1B or 1.9% in expenditures net of amortization.", "N$1.1B", "expenditures net of amortization"),
])
def test_the_line_of_accounts_an_amount_is_of(text, figure, thing, vocab):
    assert things(text, vocab)[figure] == thing


# -- a party's move in a poll's points; a count whose noun is its subject ---------------------------

PARTY_MOVES = ("With the election on 8 May, the Moderates are polling four points under their 2019 score. The Centre "
               "Party (KESK), the main opposition party, fell back three points on average in the monthly polls.")


@pytest.mark.parametrize("figure,thing", [("four", "Moderates"), ("three", "Centre Party")])
def test_a_move_in_points_is_of_the_party_before(figure, thing, vocab):
    assert things(PARTY_MOVES, vocab)[figure] == thing


def test_points_lost_outside_a_poll_are_no_party(vocab):
    assert things("Sweden lost five points in the group stage.", vocab)["five"] == "points"


def test_early_or_late_before_a_time_is_no_noun(vocab):
    text = ("The outbreak may worsen this year, officials fear, after deaths rose to 23 and infections passed "
            "21,000 late this month, a spokesman said on Monday.")
    assert things(text, vocab)["21,000"] == "infections"
    assert things("The 40 early voters queued outside the hall.", vocab)["40"] == "early voters"
