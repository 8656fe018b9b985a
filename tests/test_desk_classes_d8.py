"""Classes of in-document inconsistency a desk's drafts showed (brief fixC), end to end with the built-in
rules. Each planted wording has a clean twin, and a decoy where the words that look like it relate
other figures.

- a part given as an aside after the words of its whole ("taking the largest slice of the health budget,
  4.1bn euros"), its whole named by those words paragraphs away ("The health budget as a whole came to
  ...");
- parts named by ordinal period ("2.1 million in the first quarter and 2.9 million in the second", "the
  third quarter brought 6,200") against the figure of the periods they make up ("in the first half", "in
  the first nine months", "over the year");
- a hedged figure dated by the day it was said ("about 300 ..., the commission said on Wednesday", "more
  than 12,000", "nearly 2,000") against the precise count a register or survey gives for the same months:
  the rounding follows the hedge, another year's count is no restatement;
- what a check of N things found, counted in another noun ("a survey of 1,320 schools found that 4,310
  teaching posts were vacant"), is no part of the N;
- a period's new cases ("74 new cases confirmed in the past seven days", "a further 260") are what the
  period added to a running total, no whole of the running total given at a day inside it
  (increment_words).
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from conftest import desk_vocabulary

ROUNDING = "rounding-matches-precise-figure"

CASES = [
    # a part as an aside, its whole named by the same words sentences later
    ("an aside part larger than its whole named later (health)",
     "The health ministry set out its plans on Monday, with hospitals taking the biggest share of the health "
     "budget, 4.1bn euros, to pay for new wards. The minister said waiting lists would fall by 2027. The health "
     "budget as a whole came to 3.8bn euros, up from 3.5bn euros.", ["amount-within-its-whole"]),
    ("an aside part within its whole named later (health)",
     "The health ministry set out its plans on Monday, with hospitals taking the biggest share of the health "
     "budget, 2.1bn euros, to pay for new wards. The minister said waiting lists would fall by 2027. The health "
     "budget as a whole came to 3.8bn euros, up from 3.5bn euros.", []),
    ("an aside part larger than its whole named later (transport)",
     "Rail upgrades, the largest part of the transport fund, 620 million pounds, will begin next spring, the "
     "mayor said. Bus lanes will get 80 million pounds. The transport fund was set at 540 million pounds for "
     "the five years.", ["amount-within-its-whole"]),
    ("an aside part within its whole named later (transport)",
     "Rail upgrades, the largest part of the transport fund, 420 million pounds, will begin next spring, the "
     "mayor said. Bus lanes will get 80 million pounds. The transport fund was set at 540 million pounds for "
     "the five years.", []),
    ("an aside part larger than its whole named later (election spending)",
     "Television adverts took the biggest slice of the campaign's spending, 3.2 million dollars, according to "
     "the filings. The party raised 4 million dollars from donors. The campaign's spending totalled 2.9 "
     "million dollars over the summer.", ["amount-within-its-whole"]),
    ("an aside part within its whole named later (election spending)",
     "Television adverts took the biggest slice of the campaign's spending, 1.2 million dollars, according to "
     "the filings. The party raised 4 million dollars from donors. The campaign's spending totalled 2.9 "
     "million dollars over the summer.", []),
    ("decoy: another budget named by other words is no whole of the slice",
     "Schools got the largest slice of the budget, 2.9bn florins. The defence budget was 3.4bn florins, and "
     "the total budget came to 31bn florins.", []),
    # parts by ordinal period against the periods they make up
    ("quarters that do not add up to the first half",
     "The airport handled 4.6 million passengers in the first half of the year. It saw 2.1 million in the "
     "first quarter and 2.9 million in the second, when the summer timetable began.", ["listed-parts-add-up"]),
    ("quarters that add up to the first half",
     "The airport handled 4.6 million passengers in the first half of the year. It saw 2.1 million in the "
     "first quarter and 2.5 million in the second, when the summer timetable began.", []),
    ("three quarters that do not add up to nine months",
     "The health board treated 18,300 patients in A&E in the first nine months of 2025. There were 5,900 in "
     "the first quarter and 6,400 in the second, while the third quarter brought 6,200.", ["listed-parts-add-up"]),
    ("three quarters that add up to nine months",
     "The health board treated 18,500 patients in A&E in the first nine months of 2025. There were 5,900 in "
     "the first quarter and 6,400 in the second, while the third quarter brought 6,200.", []),
    ("four quarters that do not add up to the year",
     "The province raised 12.4bn pesos in fuel duty over the year. The first quarter brought in 2.8bn pesos, "
     "the second 3.1bn pesos, the third 3.3bn pesos and the fourth 3.6bn pesos.", ["listed-parts-add-up"]),
    ("four quarters that add up to the year",
     "The province raised 12.8bn pesos in fuel duty over the year. The first quarter brought in 2.8bn pesos, "
     "the second 3.1bn pesos, the third 3.3bn pesos and the fourth 3.6bn pesos.", []),
    ("decoy: the year to September is no whole of two quarters",
     "Ferry lines carried 910,000 passengers in the year to September. In the first quarter they carried "
     "300,000 and in the second 410,000.", []),
    # a period's new cases against the running total
    ("a week's new cases are no whole of the season's count (health)",
     "Health officials in Marlow on Monday raised their count of measles cases this winter to 1,086, from the "
     "1,010 they gave last week. They said the outbreak was spreading, with 74 new cases confirmed in the past "
     "seven days.", []),
    ("a week's new cases are no whole of the season's count (dengue)",
     "Officials in Tarn on Tuesday put the number of dengue cases recorded this season at 3,410. The outbreak "
     "is still growing, with 260 new cases reported over the past week.", []),
    ("a day's new cases larger than the week's new cases still fire",
     "Officials in Tarn confirmed 310 new dengue cases on Monday. Over the past seven days, 260 new cases were "
     "reported.", ["part-exceeds-whole"]),
    ("a day's cases larger than the week's cases still fire",
     "Officials in Tarn confirmed 310 dengue cases on Monday. Over the past seven days, 260 cases were "
     "reported.", ["part-exceeds-whole"]),
]

# what a check of N things found, counted in another noun, is no part of the N
CHECKED = [
    ("an inspection of homes that found residents (care)",
     "An inspection of 240 care homes found 3,100 residents without a written care plan.", []),
    ("an audit of hospitals that found beds (health)",
     "An audit of 90 hospitals in the region found that 2,400 beds had been closed for repairs.", []),
    ("a survey of farms that found more farms still fires",
     "A survey of 1,200 farms found that 1,450 farms had lost crops to the floods.", ["part-exceeds-whole"]),
    ("a check of pumps that found more, with no noun, still fires",
     "A check of the 1,380 pumps in the county found 1,430 were broken.", ["part-exceeds-whole"]),
]
CASES += CHECKED

HEDGED = [
    ("nearly, against a fleet register's count (transport)",
     "Nearly 2,000 buses are off the road for repairs, the transport minister told parliament on Tuesday. The "
     "operators' own fleet register listed 1,640 buses as out of service at the end of September, up from "
     "1,210 a year earlier.", True),
    ("nearly, a fair rounding of the register's count",
     "Nearly 2,000 buses are off the road for repairs, the transport minister told parliament on Tuesday. The "
     "operators' own fleet register listed 1,930 buses as out of service at the end of September, up from "
     "1,210 a year earlier.", False),
    ("about, against the commission's list (election)",
     "About 300 polling stations will open late, the electoral commission said on Wednesday. Its latest list "
     "shows 212 polling stations without enough staff as of last month.", True),
    ("about, a fair rounding of the commission's list",
     "About 300 polling stations will open late, the electoral commission said on Wednesday. Its latest list "
     "shows 286 polling stations without enough staff as of last month.", False),
    ("more than, against the trusts' figures (health)",
     "More than 12,000 patients are waiting for hip operations, the health minister said on Monday. Figures "
     "from the hospital trusts put the number at 10,480 patients at the end of October.", True),
    ("more than, a fair bound of the trusts' figures",
     "More than 12,000 patients are waiting for hip operations, the health minister said on Monday. Figures "
     "from the hospital trusts put the number at 12,480 patients at the end of October.", False),
    ("decoy: another election's count is no restatement",
     "About 300 polling stations opened late, the electoral commission said on Wednesday. At the last "
     "election in 2019, 212 polling stations opened late.", False),
]


def _audit(text, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    return audit([doc], ruleset, vocab).findings


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_desk_class_d8(text, errors, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


@pytest.mark.parametrize("text,fires", [c[1:] for c in HEDGED], ids=[c[0] for c in HEDGED])
def test_hedged_figure_against_a_register(text, fires, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert any(f.rule == ROUNDING for f in found) == fires, [f.message for f in found]
    assert not [f for f in found if f.severity == "error"], [f.message for f in found]


def test_increment_words_come_from_the_vocabulary(tmp_path_factory, vocab):
    """The words of a period's increment are a YAML list a desk extends ("fresh" is built in; "recent" not)."""
    from auditor.checks.part_whole import _increment_patterns

    extended = desk_vocabulary(tmp_path_factory,
                               "extend:\n  word_lists:\n    increment_words:\n      words: [recent]\n")
    assert _increment_patterns(vocab)[0].match(" fresh cases")
    assert not _increment_patterns(vocab)[0].match(" recent cases")
    assert _increment_patterns(extended)[0].match(" recent cases")
    assert _increment_patterns(extended)[1].search("with a recent ")
    assert not _increment_patterns(vocab)[0].match(" more than last week")
