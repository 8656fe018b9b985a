"""The thing of amounts and rates whose statistic is named apart from them (fixA2), by structure:

* a category's bracketed share in a list: the first item after a word that opens it ("came from", "ahead of",
  "while"), a sign inside the bracket ("(+0.5 percent)"), a name with letters outside a-z ("cafés");
* figures listed place by place in brackets ("the biggest rises were in Kasama (2.4%)", "in four provinces:
  Tembo (31%)"): the statistic of the clause that opens the list, never the place;
* a subject set off from its verb: by an aside (", though still in surplus,", ", counting ...,", ", made up of
  ...,"), by a time phrase after its acronym ("the index (CPI) for May 2021 stood at"), by "a record" before the
  level, or shared by a second verb after "and" ("rose 1.4 pct in May and were 9.8 pct higher");
* a count told again as its share ("88,141 votes, or 9.87%"), an amount in another currency in brackets, and a
  part of a whole counted right before ("62 cases, 15 of them fatal").

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text

DAY = "2026-04-15"


@pytest.mark.parametrize("text,quote,thing", [
    ("The largest increases came from clothing and footwear services (0.31%), food (0.2%) and transport (0.1%).",
     "0.31%", "clothing and footwear services"),
    ("Rents rose most, 3.1%, ahead of education (2.2%) and hotels, cafés and restaurants (1.7%).",
     "2.2%", "education"),
    ("Rents rose most, 3.1%, ahead of education (2.2%) and hotels, cafés and restaurants (1.7%).",
     "1.7%", "hotels, cafés and restaurants"),
    ("Imports of fuels fell (-12.3%), while machinery for industry (+8.5%) and machinery for farms (+6.1%) rose.",
     "8.5%", "machinery for industry"),
    ("Behind the rise were fruit (+0.4 percent), clothing and footwear (+0.3 percent) and tobacco (+0.1 percent).",
     "0.3 percent", "clothing and footwear"),
])
def test_a_category_before_its_bracketed_share(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("By region, the biggest monthly rises were in Kasama (2.4%), Mongu (2.1%) and Solwezi (1.9%).",
     "2.1%", "biggest monthly rises"),
    ("Three quarters of the cases were in four provinces: Tembo (31%), Marula (22%) and Ombe (10%).",
     "22%", "cases"),
    ("Sales were strongest at Lusaka (14%), Ndola (9%) and Kitwe (6%).", "9%", "Sales"),
])
def test_a_list_of_places_takes_the_statistic_of_its_clause(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("Exports were led by Ghana (41%) and Nigeria (22%).", "41%", "Ghana"),
    ("Among the gainers were Acme Foods (4%) and Zenith Bank (2%).", "2%", "Zenith Bank"),
])
def test_a_list_of_names_keeps_its_names(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("The trade balance, though still in surplus, narrowed by over $2.1 billion.", "over $2.1 billion",
     "trade balance"),
    ("Total spending, counting arrears and transfers, reached GH¢12.4 billion.", "GH¢12.4 billion",
     "Total spending"),
    ("Fee income, made up of charges and commissions, fell 8.1pc on the year.", "8.1pc", "Fee income"),
    ("Kenya's consumer price index (CPI) for May 2021 stood at 112.4, the bureau said.", "112.4",
     "consumer price index"),
    ("The lender's net profit for the first half of 2019 reached a record SGD 1.9 billion.", "SGD 1.9 billion",
     "net profit"),
    ("Food prices in Kenya rose 1.4 pct in May alone and were 9.8 pct higher than a year before.", "9.8 pct",
     "Food prices"),
    ("Public debt grew by 2.3 percent in 2021 and reached 41.2 billion euros.", "41.2 billion euros",
     "Public debt"),
])
def test_a_subject_set_off_from_its_verb(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("Exports rose 4.2 percent in March and imports fell 2 percent.", "2 percent", "imports"),
    ("Tourist arrivals climbed 12%, and revenue rose 8%.", "8%", "revenue"),
])
def test_a_clause_of_its_own_keeps_its_subject(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("The winner received 1,204,332 of the valid votes, or 54.2 percent.", "54.2 percent", "valid votes"),
    ("The Green list took 88,141 votes (9.87 percent), the Liberal list 51,007 votes.", "9.87 percent", "votes"),
    ("The loan book expanded by 4.7 per cent to Rbs19tn ($321bn).", "$321bn", "loan book"),
    ("The country has 48 confirmed cases of the virus, 9 of them fatal.", "9", "confirmed cases"),
])
def test_a_figure_told_again_of_the_same_thing(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


def test_a_noun_after_the_pronoun_of_the_whole_stays_the_thing(vocab):
    assert claims_by_text(vocab, "Rescuers found 11 villagers, four of them children.", DAY)["four"].thing \
        == "children"


def test_a_share_after_a_count_with_another_noun_is_no_restatement(vocab):
    claims = claims_by_text(vocab, "The plant employs 1,200 workers, 14 percent more than last year.", DAY)
    assert claims["14 percent"].thing == "workers"


@pytest.mark.parametrize("text,quote,thing", [
    ("Acme Foods led the gainers, firming 12 percent to close at $3.40, with Delta Mills also up 8 percent at $1.25 "
     "and Orion 2.5 percent higher at $4.10.", "12 percent", "Acme Foods"),
    ("Acme Foods led the gainers, firming 12 percent to close at $3.40, with Delta Mills also up 8 percent at $1.25 "
     "and Orion 2.5 percent higher at $4.10.", "$1.25", "Delta Mills"),
    ("Acme Foods led the gainers, firming 12 percent to close at $3.40, with Delta Mills also up 8 percent at $1.25 "
     "and Orion 2.5 percent higher at $4.10.", "2.5 percent", "Orion"),
    ("The biggest fall was in Zenith Bank Ltd (ZBL), down 4.1 per cent or $0.20 to close at $4.70, with Kora next, "
     "shedding 2.2 per cent.", "$0.20", "Zenith Bank Ltd"),
    ("The biggest fall was in Zenith Bank Ltd (ZBL), down 4.1 per cent or $0.20 to close at $4.70, with Kora next, "
     "shedding 2.2 per cent.", "2.2 per cent", "Kora"),
])
def test_a_market_mover_named_at_the_head_of_its_item(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("In Nairobi, prices rose 4% in May.", "4%", "prices"),
    ("In Nairobi, the Central Bank expects growth of 5.1% this year.", "5.1%", "growth"),
])
def test_no_market_report_no_mover(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("Wind produced 41.2%, solar 12.5% and hydro 27.5%.", "12.5%", "solar"),
    ("A barrel fetched $71.20 on average, against $69.80 in May.", "$71.20", "barrel"),
])
def test_what_a_source_yields(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("The state budget alone was 1.2 billion leva in the red.", "1.2 billion leva", "state budget"),
    ("Wind alone produced 41.2% and hydroelectric plants 27.5%.", "27.5%", "hydroelectric plants"),
    ("Revenue reached 1,120 billion dinars and spending 1,310 billion, the ministry said.", "1,310 billion",
     "spending"),
    ("Shipments of garments, footwear and travel goods amounted to 1.9 billion dollars in Q1.",
     "1.9 billion dollars", "Shipments of garments, footwear and travel goods"),
    ("Tax revenue missed its target by 8 percent, the ministry said.", "8 percent", "Tax revenue"),
    ("Operating profit beat the consensus by 4 per cent.", "4 per cent", "Operating profit"),
])
def test_a_subject_across_an_adverb_a_list_or_a_mark(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


@pytest.mark.parametrize("text,quote,thing", [
    ("The fund paid $5 million and 300 workers lost their jobs.", "300", "workers"),
    ("In March, exports and imports rose 3%.", "3%", "exports and imports"),
    ("The team beat Chelsea by 3 goals.", "3", "goals"),
])
def test_what_stays_as_it_was(vocab, text, quote, thing):
    assert claims_by_text(vocab, text, DAY)[quote].thing == thing


def test_an_adverb_after_a_place_is_the_place_s(vocab):
    claims = claims_by_text(vocab, "The agency said the quake's death toll in that country alone had reached 4,218.",
                            DAY)
    assert claims["4,218"].thing != "country"


def test_a_part_named_by_a_pronoun_of_the_whole_counts_the_whole_s_thing(vocab):
    claims = claims_by_text(vocab, "The port handled 2,400 containers in May, 900 of them empty.", DAY)
    assert claims["900"].thing == "containers"
