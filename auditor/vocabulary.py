"""The vocabulary: hedges, measures, the taxonomy of things, places, sources, currencies,
units and the word lists of attribution.

All of it is YAML under ``rules/vocabulary/``. A desk adapts the auditor to
its beat with files of its own (``--vocabulary FILE_OR_FOLDER``, repeatable),
read after the built-ins, in order, each one extending what came before (as
Vale's styles build on each other). A user never copies the built-ins:

* a new name in a section (``measures: {shelled: {words: [shelled]}}``) adds
  an entry;
* a known name replaces the whole entry;
* ``extend: {section: {name: {...}}}`` adds to a known entry: its lists
  (``words``, ``aliases``, ``phrases``...) are appended to, other fields
  (``parent``, ``within``, ``cumulative``) replaced;
* ``remove: {section: [name, ...]}`` drops entries.

Naming an entry that does not exist in ``extend`` or ``remove`` is an error
with a "did you mean", at the line it is written on.

``Vocabulary`` is a frozen value built once per run; extraction and checks
only read it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Iterable, overload

from pydantic import AfterValidator, BaseModel, ConfigDict, field_validator, model_validator

from auditor import gazetteer
from auditor.alternation import phrase_alternation
from auditor.errors import ConfigError
from auditor.resources import rules_dir
from auditor.validate import did_you_mean, validate
from auditor.yamlload import load_yaml

SECTIONS = ("hedges", "vague", "measures", "things", "places", "sources", "currencies", "units", "word_lists")

# the word lists extraction reads, and the part each plays (rules/vocabulary/reporting.yaml,
# labels.yaml, numbers.yaml, context.yaml)
WORD_LISTS = {
    "reporting_verbs": 'end an attribution: "the UN said"',
    "inverted_reporting_verbs": 'come before the source they name: "said the UN"',
    "closing_reporting_verbs": 'end an attribution only where a clause ends: "Skuza added.", not "Trade added 9"',
    "speaker_verbs": 'after people, make them who give a count: "Police said 30 were killed"',
    "speaker_participles": 'the same, only before a clause, an object or a number: "police estimated the crowd"',
    "statement_verbs": 'before a time, make it the time of the statement: "said on Friday"',
    "statement_verbs_with_object": 'the same with an object between: "told reporters on Friday"',
    "informant_verbs": 'after people outside the vocabulary, make them informants: "two sources said"',
    "noun_reporting_verbs": 'verbs that are also nouns, only right before a figure: "the CGT claims 2.8 million"',
    "unreported_objects": 'right after a reporting verb, make it report no figure: "claimed 31 lives"',
    "counting_verbs": 'a place before them is no source: "West Bengal recorded 78 per cent"',
    "source_nouns": 'lower-case nouns naming a source before a reporting verb: "health officials said"',
    "kind_source_nouns": 'name the organisation a story is about by its kind before a reporting verb, its source '
                         'as context only: "the company said", "the port said"',
    "institution_nouns": 'more nouns of a body that describe a name: "the Atlanta Fed"',
    "informant_nouns": 'people who inform a statement without naming its source: "three diplomats said"',
    "person_roles": 'people who speak for a body, which is the source: "UNICEF\'s regional director"',
    "name_possessives": 'capitalised, before "\'s" inside a name, keep the name whole: "St Mary\'s Hospital"',
    "person_titles": 'capitalised, before a name, make the person the source: "Health Minister Ana Ruiz"',
    "office_portfolio_words": 'capitalised, the portfolio of an office after its title and "of", before the holder\'s '
                              'name: "Minister of Finance Ana Ruiz" (Ana Ruiz is the source)',
    "publication_nouns": 'what a body publishes figures in, after its name: "the ministry\'s figures"',
    "figure_own_nouns": 'publication nouns that are a figure\'s own words too ("the toll", "an estimate"): alone, a '
                        'sentence names no publication a paragraph\'s source may come from',
    "publication_qualifiers": 'between a body\'s name and its figures: "the junta\'s latest count"',
    "report_kind_nouns": 'after a kind in lower case, a report that is its own source: "the weekly cholera report"',
    "periodic_qualifiers": 'before a kind of report, part of its name: "the weekly cholera report"',
    "publishing_participles": 'who gave a figure, after it: "the official count of 41 given by Amman"',
    "bodies_abroad": 'capitalised, after a country, a body of it that reports on other countries, so the '
                     'country places no figure: "the U.S. Geological Survey", "the British Embassy"',
    "not_name_words": 'capitalised words (and months and days) that start no place or source: "He said"',
    "not_place_names": 'names of bodies that start no place after "in", though they are sources: "in UN talks"',
    "landform_before_words": 'capitalised, before a name, make it a natural place within a country: "Mount Everest"',
    "landform_after_words": 'the same after a name: "the Kathmandu Valley", "Everest base camp"',
    "facility_words": 'after a town\'s name, a facility that places the story it opens: "Riga Airport", "Colombo Port"',
    "exception_words": 'right before a figure, make it an exception, no count: "all died except one"',
    "added_today_words": 'after "N more", date what was added, an addition still though a figure of another '
                         'measure came before: "12 more were pulled out alive today"',
    "headline_above_words": 'right before a headline figure, make it a bound the lead keeps: "passes 1,500 euros"',
    "headline_below_words": 'right before a headline figure, make it a bound from above: "falls below 50%"',
    "whole_fact_modifiers": 'before a thing counted for itself, leave its count the whole: "four other '
                            'hotels"; any other word names some of them: "three high-end hotels"',
    "subplace_words": 'name a place within a country, before "of" or after the name: "the town of Derna"',
    "change_verbs": 'right before "from X to Y", make two figures of it, not a range: "rose from 5 to 10"',
    "change_by_verbs": 'before "by" and a number, make it a change of a figure: "lowered the toll by 100"',
    "score_words": 'before a result "N-M" or right after it, make it a score, not claims: "won 3-2"',
    "share_up_verbs": 'right before "up N%", make it a share, not a rise: "make up 40% of the fleet"',
    "level_up_verbs": 'verbs of rising before "up to N", make N the level reached: "the toll rose up to 40"',
    "total_up_verbs": 'with a total as object before "up to N", the same: "took the toll up to 38"',
    "over_verbs": 'right before "over N", make "over" a preposition, not a bound: "spread over six districts"',
    "total_nouns": 'what total_up_verbs take: "toll", "number", "tally"',
    "particle_up_verbs": 'right before "up to N", make "up" their particle and N the level: "revised up to 0.6%"',
    "change_nouns": 'the same as nouns, between "a" and "of": "a rise of 12"',
    "rise_words": 'say a change went up: "rose 12%", "15% higher"',
    "fall_words": 'say a change went down: "fell 12%", "15% lower"',
    "money_change_verbs": 'with a change between amounts, make a glued letter money: "fell 3p to 120p"',
    "money_cues": 'near a letter glued to digits, make it money: "17c a share", "80p a pint"',
    "temperature_cues": 'near a letter glued to digits, make it a temperature: "highs of 30c"',
    "count_words": 'in a sentence, make a small figure a statement of a count: "the official count of 64"',
    "label_words": 'before a number that names something, as written: "Resolution 2254", "No. 10"',
    "lower_label_words": 'the same in any case, in tokenised text: "exit 436", "no . 1"',
    "age_apposition_nouns": 'a person, before ", N," make N an age, no count: "his sister, 35, and her son"',
    "fiscal_year_from_july": 'countries whose fiscal year runs July to June: "the 2022-23 fiscal" in Pakistan',
    "fiscal_year_from_april": 'countries whose fiscal year runs April to March: "2023-24" in India',
    "fiscal_year_from_october": 'countries whose fiscal year runs October to September: "fiscal 2024" in the US',
    "fiscal_year_named_by_start": 'countries whose "fiscal 2017" starts in 2017 (Japan), not ends in it',
    "object_hedge_verbs": 'hedge verbs of passing that may take the number as object: "the Senate passed 12 bills"',
    "sized_by_length_nouns": 'after "N" and a glued "m", make it metres, no millions: "4m waves", "the 100m hurdles"',
    "length_words": 'after "N" and a glued "m", make it a length, no millions of a noun: "1.5m high fences"',
    "after_score_words": 'right after a result, keep it one: "won 3-2 on Saturday", "3-1 after extra time"',
    "not_plural_words": 'words in "s" after a number that are no plural noun: "7,500 was", "besides"',
    "product_nouns": 'singular, right after a number, make it a product\'s name, no count: "the 8088 chip"',
    "one_group_nouns": 'right after "of one", make "one" mean the same, no count: "members of one family"',
    "magnitude_words": 'before or after a small number, make it a magnitude, no count: "magnitude 6"',
    "quake_nouns": 'singular, after a small number, the same: "a 6.1 quake", "measured the tremor at 5.2"',
    "selection_words": 'after "the", right before a number, make it a selection, no count: "the top 10 teams"',
    "counting_compound_words": 'after "N-", keep a compound a count: "a 5,000-strong force", "a 10-point lead"',
    "field_marking_nouns": 'after a measured compound, make it a marking, no count: "the 40-yard line"',
    "superlative_words": 'in "one of the ... largest", make "one" a member, no count: "one of the largest camps"',
    "street_words": 'as written, after capitalised words after a number, make it an address: "12 Baker Street"',
    "price_words": 'right before "a dozen", make it what a price is for, no count: "64 cents a dozen"',
    "one_idiom_words": 'right after "one", make it an idiom, no count: "one day", "one by one"',
    # rules/vocabulary/context.yaml
    "body_anaphor_nouns": 'a body named again by its kind, the body named before: "the agency said"',
    "body_name_words": 'as written, end the name of a body named in full: "the Export Promotion Bureau"',
    # rules/vocabulary/sources.yaml
    "own_organisation_nouns": 'make the lede\'s subject an organisation reporting its own figures, ending its name, '
                              'in a description of it or naming it again: "DBS Group", "the bank"',
    "forecast_verbs": 'end a subject before the noun a figure sets: "the bank projects inflation of 2%"',
    "forecast_link_verbs": 'join a subject to its forecast figure, as "was" does: "growth is projected at 2%"',
    "forecast_participles": 'may stand between a subject and its verb: "exports are expected to grow by 4%"',
    "budget_words": 'before an amount given to a body, make it a budget\'s share: "Health gets $12 billion"',
    "passenger_nouns": 'a count aboard named by one is the passengers\' only, not everyone\'s: "150 passengers"',
    "crew_nouns": 'the same for the crew: "five crew members"',
    "ceremony_words": 'after a name\'s "\'s", name a ceremony, whose crowd is its own: "Mayor Diaz\'s inauguration"',
    "capacity_verbs": 'before "for N", make N a capacity, not who came: "a hall built for 900"',
    "presume_verbs": 'in the sentence of the missing, count them dead: "he had to assume they had died"',
    "level_nouns": 'right before a measured quantity, make it a level, no amount: "the river peaked at 4.2 m"',
    "rise_to_verbs": 'before "to" and a figure, make it a later one of its day: "the toll has risen to 112"',
    "still_rising_verbs": 'after "expected to", "keeps", "still", say a count still goes up: "keeps climbing"',
    "poll_words": 'before a party\'s share, make the copy a poll\'s, the name its holder: "Labour is on 33%"',
    "poll_move_verbs": 'after a party\'s name in a poll\'s copy, make the points its move: "Labour fell two points"',
    "open_report_words": 'with a count of reports, say they are open, each a person missing: "80 outstanding reports"',
    "report_nouns": 'what open_report_words make a count of the missing: "missing-person cases still open"',
    "attack_nouns": 'one attack after "in the", a series in the plural: "in the bombing of", "in three attacks"',
    "gathering_words": 'between a figure and a ceremony, make it another gathering\'s: "rallies", "crowd of"',
    "history_verbs": 'right before a time, make it a thing\'s own history: "first held in 2016", "reopens in April"',
    "tenure_words": 'before "since" and a time, make that time the start of a tenure, no period of the '
                    'figures: "the party, in power since 2014, won 25 seats"',
    "event_nouns": 'right after a time, make it an event\'s: "at the March election", "the 2016 referendum"',
    "event_modifiers": 'between a time and its event noun: "the March general election"',
    "other_event_words": 'before a gathering or event noun, make a figure after it another event\'s: "a prior march"',
    "release_participles": 'before "on" and a day, make it a publication\'s: "the survey published on Thursday"',
    "results_release_words": 'in a sentence after a vote, make it tell the release of the results, whose day is no '
                             'figure\'s: "The official results, published on Wednesday, confirmed ..."',
    "official_nouns": 'before "at" and a body, name their country\'s authorities, not the body: "officials in Kyiv"',
    "name_list_nouns": 'before "of" and a count of people, make it a list\'s signatures: "the names of 9,000 people"',
    "peak_words": 'before a count of a state, make it its peak, no count now: "a Monday peak of 7.8 million"',
    # rules/vocabulary/numbers.yaml (nonclaims) and counted.yaml (scope)
    "negation_words": 'in the clause before "for" and a span, make it how long a state held: "no rain for 9 weeks"',
    "not_numbered_name_words": 'capitalised before a number, start no name that ends in it: "In 2020", "About 30"',
    "old_year_after_words": 'after an old year where a date is set, keep it a year: "since 1066 when", "in 1170 and"',
    "people_measures": 'measures whose own noun counts people, no thing of its own: "30 deaths", "12 injuries"',
    "residence_words": 'after "who", say where people live, no measure: "30 people who live in the block"',
    "plural_person_nouns": 'plural nouns of people without an "s": "Of them, 40 were women"',
    "toll_nouns": 'nouns of a toll that count people, shown as written: "15 fatalities", "11 lives"',
    "outbreak_toll_nouns": 'the same beside cases or infections in their sentence: "4,266 cases and 77 deaths"',
    "never_thing_words": 'never what a figure counts or is a share of, though a word near it: "annual", "even"',
    "compared_up_words": 'after a figure, a comparison above its base: "22 per cent more than the year before"',
    "compared_down_words": 'after a figure, a comparison below its base: "14.5 percent less than last year"',
    "earlier_base_words": 'in a comparison\'s base, an earlier time that makes it a change: "earlier", "ago"',
    "measured_links": 'between a noun and a measured quantity, make the noun what it measures: "of", "as high as"',
    "seated_body_nouns": 'after "N-seat", make N the size of a body, a count of its seats: "the 61-seat council"',
    "age_group_nouns": 'people, before "under N" or "over N", make N an age, no count: "children under ten"',
    # rules/vocabulary/relations.yaml
    "funded_nouns": 'after "the", what an amount pays for, whose sources follow: "The repairs are funded by"',
    "other_base_words": 'in a share\'s clause, make it of another base than the figures before: "Nationally, 74%"',
    "own_time_words": 'in a sentence, say its figures are of its own present, not of a time named before: "now"',
    "running_total_words": 'in a figure\'s sentence, make its measure a running total: "burned so far this season"',
    "total_told_words": 'in a later figure\'s sentence, make it a running total\'s for the relations and the '
                        'running-total check only (no time word): "had now restored 13.8 km in total"',
    # rules/vocabulary/measures.yaml
    "gathering_turnout_words": 'in a sentence naming a gathering and no poll, make a figure its crowd: "drew 90,000"',
    "body_nouns": 'right after a figure recovered, make it a count of the dead: "divers recovered 12 bodies"',
    "expectation_words": 'right before a figure, make it one looked for, not counted: "organisers expected 5,000"',
    # rules/vocabulary/relations.yaml
    "share_verbs": 'right before a share told sentence by sentence, make it a part of one whole: "Gas provided 31%"',
    # rules/vocabulary/relations.yaml
    "increment_words": 'right after a figure (or "a"/"another" and one before it), make it what a period added '
                       'to a running total, no whole of it: "96 new cases in the past week", "a further 74"',
    "one_day_share_words": 'in the clause after a running total\'s figure, make it one day\'s share of it: '
                           '"ten died during the day"',
    # rules/vocabulary/numbers.yaml
    "scaled_unit_abbreviations": 'after a figure, a unit whose first letter is its scale: "64 mcm" is 64 million',
    # rules/vocabulary/context.yaml
    "polling_nouns": 'after a day\'s name or before "on" and a day, date a vote\'s results: "Sunday\'s runoff"',
    # rules/vocabulary/measures.yaml
    "guess_words": 'before a verb of reaching, make a figure a guess at what a count came to, no count of it: '
                   '"the true toll likely exceeded 5,000"',
    # rules/vocabulary/context.yaml
    "tally_nouns": 'before a bare figure that ends its clause, make it a value of the count the text is about: '
                   '"the toll is Iran\'s, 136, followed by Chad\'s 87"',
    "counting_phrases": 'right before a bare figure, make it a count of what the text counts: "police counted 12,000"',
    "judged_figure_words": 'after a bare figure and "was", make it a figure of the count the text is about: '
                           '"he thought ten thousand was too much"',
    "unchanged_phrases": 'before "since", make it how long a figure has held, no period of a count: '
                         '"the figure of 769, which has stayed the same since September 26"',
    "trading_week_words": 'in a sentence with "the week to" a day, make that week a market\'s five trading days '
                          '(Monday to Friday, Sunday to Thursday), and a calendar week its Monday to Friday: '
                          '"the index fell 2% in the week to Thursday", "this week the bourse gained 1%"',
    # rules/vocabulary/relations.yaml
    "mark_words": 'between two percentages, make the second a mark the first is set against, no share of its '
                  'base listed with it: "about 84 per cent, well short of the 95 per cent needed"',
    "ratio_base_words": 'after "per cent of", make a percentage a ratio to another quantity, which may pass 100: '
                        '"debt at 142 per cent of output"',
    "subgroup_words": 'what a figure counts, make it one group beside others of its kind, no whole of a part '
                      'found by the kind alone: "eight adults" holds no "30 children", "12 crew" no "82 women"',
    # rules/vocabulary/statistics.yaml
    "statistic_verbs": 'besides the copulas and change words, join a statistic to its level or change named later '
                       'in its clause: "inflation peaked at 30.4%", "the deficit will shrink to KD 3.9 billion"',
    "comparison_words": 'right after a figure, make it a comparison of the figure before it, of its thing: '
                        '"flew 5 million passengers, 22 per cent more than"',
    "comparison_links": 'right before a figure after a comma, the same: "handled 221,900 passengers, up 17.7%"',
    "moving_verbs": 'verbs whose object is the statistic they move to or by the figure after it: "led the bank '
                    'to raise its lending rate to 23 percent", "lifted the bank\'s shares as much as 2 percent"',
    "level_object_words": 'besides level_nouns, nouns of a level a verb may take before its figure, which keep '
                          'its subject the statistic: "inflation hit its highest level in 20 years, 34.62%"',
    "clause_break_words": 'between a figure and a verb before it, make the verb another clause\'s: "imports rose '
                          '5% while exports were flat at 3%"',
    "breakdown_nouns": 'after a figure and a colon or "were", make a list of them its breakdown: "216 passengers: '
                       '126 men, 82 women and 7 children"',
    "complete_breakdown_cues": 'in or beside a list of amounts told sentence by sentence ("no other taxes", '
                               '"Split four ways"), say the list is all of the whole told before it',
    "list_whole_nouns": 'after a comma closing a list of amounts, make the figure after "a NOUN of" the list\'s '
                        'whole: "12 gold, 15 silver and 17 bronze medals, a haul of 41"',
    "parts_count_cues": 'right before a small count ("Only three companies"), make it how many parts the figure '
                        'before it has: the next that many figures of its kind add up to it',
    "whole_group_cues": 'right before a figure told as "N of the NOUN", make it the whole group, not a part of a '
                        'figure before it: "all 13 of the missing"',
    "vote_share_verbs": "right before a share in the sentence after a winner's share of the vote, make it a share "
                        'of the same vote: "won 58% of the vote. Her rival took 39%"',
    "other_contest_words": "in that sentence, make its shares another contest's or count's, apart from the "
                           'winner\'s: "In the runoff she took 61%", "Turnout was 61%"',
    "group_back_openers": "before a sentence's first figure, with no figure between, make that figure a part of "
                          'the group the sentence before counted: "Among those finishers, 19,020 were running"',
    # rules/vocabulary/statistics.yaml
    "compared_base_words": 'before "the", "its" or a possessive and a figure, make the figure the base the figure '
                           'before it is compared with: "a little above May\'s P1,134.5 million", "under the $43bn '
                           'aimed for"',
    "target_verbs": 'before a mark and "by" a figure, make the figure the gap of the subject to the mark: "revenue '
                    'missed its target by 12.9%", "income beat consensus by 6 per cent"',
    "market_move_words": 'in a sentence, make its moves and prices with no thing those of the company named in '
                         'their item: "led the gainers, firming 20 percent", "with Turnal also up 20 percent"',
    "holder_openers": 'before a name set to its share by "on", where the name begins: "..., then Thailand on 16.4 '
                      'percent", "and the two opposition parties on 42.8 percent"',
    "rank_words": 'between such a name and its "on", its place in a ranking: "the SDS Democrats second on 15.9 '
                  'percent", "with Australia next on 17.2 percent"',
    "holder_qualifiers": 'between such an "on" and the share, a word that qualifies the figure: "then Thailand on '
                         'about 16.4 percent", "the Greens on just 3 percent"',
    # rules/vocabulary/context.yaml
    "base_links": 'right before a time, make it a base of comparison, the figure before\'s only: "compared with '
                  '2019"',
    "than_comparatives": 'the same before "than": "5.3 percent more than in April"',
    "equative_words": 'the same between "as" and "as": "50 times as many as in 2020"',
    "beside_words": 'the same, a period a figure is set beside: "5% above the first quarter of 2016"',
    "same_period_nouns": 'after "the same", a period named again in another year: "the same period of 2008"',
    "base_change_verbs": 'before a change and "on"/"from" a time, make it the change\'s base: "up 8 per cent on '
                         'December 2025"',
    "base_change_nouns": 'the same as nouns: "an increase of 6% on the first half of 2019"',
    "between_change_verbs": 'before a change and two months in a row, make it the later month\'s move: "prices '
                            'rose 1.1% between February and March"',
    "between_change_nouns": 'the same as nouns: "the increase from January to February"',
    "earlier_gap_links": 'between a figure and an earlier time after it, make the time a change\'s base, the '
                         'figure\'s own period\'s: "up 6.8 percent from a year earlier"',
    "earlier_gap_directions": 'the same before "a" and a year, month or week only: "100 million more than a year '
                              'earlier"',
    "own_base_gap_stops": 'between a figure and a base of comparison after it, make the base another figure\'s: '
                          '"5% above the same period of 2008"',
}

_BOUND = re.compile(r"^\s*(?:(?P<inf>-?inf)|(?P<factor>\d+(?:\.\d+)?)?\s*(?P<n>N)|(?P<num>\d+(?:\.\d+)?))\s*$")
_INTERVAL = re.compile(r"^\s*([\[(])(.*),(.*)([\])])\s*$")


def _non_empty(words: list[str]) -> list[str]:
    if any(not w.strip() for w in words):
        raise ValueError("must be a list of non-empty strings")
    return words


Words = Annotated[list[str], AfterValidator(_non_empty)]    # a list of words, none of them blank


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexiconExample(_Strict):
    text: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool | None = None
    high_inclusive: bool | None = None


class HedgeEntry(_Strict):
    phrases: list[str]              # before the number: "at least 29"
    interval: str
    after: Words = []               # after the number and "or"/"and" (and a "than"): "29 or more"
    suffixes: Words = []            # right after the number: "29+", "29 plus"
    symbols: Words = []             # before the number, spaces allowed between the signs: ">= 29", "≥ 29"
    examples: list[LexiconExample] = []

    @field_validator("interval")
    @classmethod
    def _check_interval(cls, v: str) -> str:
        parse_interval_formula(v)
        return v

    @field_validator("phrases")
    @classmethod
    def _check_phrases(cls, v: list[str]) -> list[str]:
        if not v or any(not p.strip() for p in v):
            raise ValueError("phrases must be a non-empty list of non-empty strings")
        return v


class MeasureEntry(_Strict):
    words: list[str]
    cumulative: bool = False
    # a figure of one day: figures given for two different days are two quantities ("450,000
    # marched on March 28, against 800,000 on March 23"), never rivals or updates
    of_one_day: bool = False
    # the word a headline names the measure by ("40 dead": killed); other endings of it count too
    headline_word: str | None = None
    # the measures a headline may word this one as ("forced from their homes" over "evacuated")
    alike: list[str] = []
    # what kind of figure the measure gives: "state" for people in a state at a time (the missing, the
    # homeless: the figure falls as they are found or rehoused, and a day-back "since Friday" is no
    # span of it), "outage" for a state of lost service (without power: counted in customers)
    kind: str | None = None


_NO_MEASURE = MeasureEntry(words=[])


class ThingEntry(_Strict):
    words: list[str] = []
    parent: str | None = None
    # words that take the referent the text gives them ("36 others", "the victims"): resolve
    # replaces them with the thing the document was counting
    anaphors: list[str] = []
    # other names of the thing itself, not kinds of it ("troops", "troopers" for soldiers): a
    # count that takes its thing from the text before it names it by the entry
    synonyms: list[str] = []
    # the measure of a count of the thing itself when the text gives none that fits it
    # ("four hotels", "seven bombers": count-of), so rival counts of one incident compare
    measure: str | None = None
    # the gatherings whose crowd is this thing ("a march", "the protest": protesters): people who
    # took part, in a document that names one, are counted as this thing
    crowd_of: list[str] = []


class PlaceEntry(_Strict):
    aliases: list[str] = []
    within: str | None = None
    # adjectives of the place's people ("Turkish"): a facet of a counted thing ("Turkish
    # soldiers") and the government that speaks for it ("Turkish officials")
    demonyms: list[str] = []


class SourceEntry(_Strict):
    aliases: list[str] = []
    # the authority the source speaks for: a provincial governor and a defence ministry
    # both speak for one government, so their successive figures are updates of one series
    speaks_for: str | None = None


_CODE = re.compile(r"[A-Z]{3}")


class MinorUnit(_Strict):
    words: list[str]
    ratio: float            # how many make one of the currency (100 cents to the dollar)


class CurrencyEntry(_Strict):
    """One currency, named by the unit its claims carry (an ISO 4217 code): every way a text
    writes it. ``auditor.extract.units.currency_table`` compiles the patterns from these."""
    symbols: Words = []
    codes: list[str] = []           # written in any case ("USD5", "5 usd")
    capital_codes: list[str] = []   # written in capitals only: English words in lower case ("try")
    prefixes: Words = []            # before "$": "US$", "A$"
    words: Words = []
    words_before: Words = []        # names also written before the number ("dollars 5")
    glued_prefixes: Words = []      # right before the digits, in this case: "Sh1.7bn", "Rs12,000", "R2 billion"
    adjectives: Words = []
    names: Words = []               # only after one of ``adjectives`` ("Brazilian real")
    minor: dict[str, MinorUnit] = {}

    @field_validator("codes", "capital_codes")
    @classmethod
    def _check_codes(cls, v: list[str]) -> list[str]:
        for code in v:
            if not _CODE.fullmatch(code):
                raise ValueError(f"code {code!r} must be three capital letters, as ISO 4217 writes them")
        return v



class UnitEntry(_Strict):
    """A physical unit, named by its pint expression ("kilometer", "kilometer ** 2"): every way
    a text writes it after a number. ``auditor.extract.units.unit_table`` compiles them."""
    words: Words = []               # in any case ("km", "Kilometres")
    exact_words: Words = []         # ordinary English words as well: only right after a digit, in this case ("m", "ha")
    weather_letters: Words = []     # one letter glued to digits, this unit only in weather copy ("highs of 30C")
    # words that name money as well ("pounds"): this unit only where one of ``cues`` is near
    # ("weighed 300 pounds", "7 pounds 4 ounces"), else the currency
    cued_words: Words = []
    cues: Words = []

    @field_validator("weather_letters")
    @classmethod
    def _check_letters(cls, v: list[str]) -> list[str]:
        for letter in v:
            if len(letter) != 1 or not letter.isalpha():
                raise ValueError(f"weather letter {letter!r} must be one letter")
        return v

    @model_validator(mode="after")
    def _cued_words_need_cues(self) -> "UnitEntry":
        if self.cued_words and not self.cues:
            raise ValueError("cued_words need cues: the words near a number that make it this unit")
        return self


class WordListEntry(_Strict):
    words: Words


class VocabularyFile(_Strict):
    hedges: dict[str, HedgeEntry] = {}
    vague: dict[str, HedgeEntry] = {}
    measures: dict[str, MeasureEntry] = {}
    things: dict[str, ThingEntry] = {}
    places: dict[str, PlaceEntry] = {}
    sources: dict[str, SourceEntry] = {}
    currencies: dict[str, CurrencyEntry] = {}
    units: dict[str, UnitEntry] = {}
    word_lists: dict[str, WordListEntry] = {}
    extend: dict[str, dict[str, dict]] = {}
    remove: dict[str, list[str]] = {}

    @field_validator("remove", "extend")
    @classmethod
    def _check_sections(cls, v: dict) -> dict:
        return _known(v, SECTIONS, "section")

    @field_validator("word_lists")
    @classmethod
    def _check_lists(cls, v: dict) -> dict:
        return _known(v, WORD_LISTS, "word list")


def _known(names: dict, known, what: str) -> dict:
    """``names`` when every one of them is in ``known``; else the first unknown one, with a guess."""
    for name in names:
        if name not in known:
            raise ValueError(f"unknown {what} {name!r}{did_you_mean(name, known)}; "
                             f"expected one of: {', '.join(known)}")
    return names


def parse_interval_formula(formula: str) -> tuple[tuple[float, float], tuple[float, float], bool, bool]:
    """``"[0.9N, N)"`` → ((0, 0.9), (0, 1), True, False): each end as (constant, factor of N)."""
    m = _INTERVAL.match(formula)
    if not m:
        raise ValueError(f"interval {formula!r} must look like \"[N, inf)\" or \"[0.9N, N)\"")
    ends = []
    for raw in (m.group(2), m.group(3)):
        b = _BOUND.match(raw)
        if not b:
            raise ValueError(f"interval end {raw.strip()!r} must be a number, N, 0.9N or inf")
        if b.group("inf"):
            ends.append((-math.inf if raw.strip().startswith("-") else math.inf, 0.0))
        elif b.group("n"):
            ends.append((0.0, float(b.group("factor") or 1)))
        else:
            ends.append((float(b.group("num")), 0.0))
    return ends[0], ends[1], m.group(1) == "[", m.group(4) == "]"


@dataclass(frozen=True)
class Hedge:
    name: str
    phrases: tuple[str, ...]
    low: tuple[float, float]
    high: tuple[float, float]
    low_inclusive: bool
    high_inclusive: bool
    vague: bool = False

    # what a hedge means, read from its interval (so a desk's hedge means what its interval says)
    @property
    def lower_bound(self) -> bool:
        """N and up, or above N, with no upper end: "at least", "more than", "past"."""
        return not self.vague and self.low == (0.0, 1.0) and math.isinf(self.high[0])

    @property
    def upper_bound(self) -> bool:
        """Up to N, or below it, from nothing: "at most", "less than"."""
        return not self.vague and self.low == (0.0, 0.0) and self.high == (0.0, 1.0)

    @property
    def estimate(self) -> bool:
        """N itself, or a band of multiples of N around it: "about", "an estimated" (not "nearly",
        which leaves N out)."""
        (lo_const, lo_factor), (hi_const, hi_factor) = self.low, self.high
        return (not self.vague and lo_const == 0 and hi_const == 0 and 0 < lo_factor <= 1 <= hi_factor
                and (lo_factor < 1 or self.low_inclusive) and (hi_factor > 1 or self.high_inclusive))

    def interval_for(self, n: float | None) -> tuple[float, float, bool, bool]:
        n = 0.0 if n is None else n
        def end(spec: tuple[float, float]) -> float:
            const, factor = spec
            return const if math.isinf(const) else const + factor * n
        return end(self.low), end(self.high), self.low_inclusive, self.high_inclusive


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One compiled alternation of whole words/phrases, longest first: factored into a trie
    (``alternation``), which matches what the plain alternation longest first does, several times
    faster on the long lists (measures, things, places)."""
    body = phrase_alternation({w.strip().lower() for w in words if w.strip()})
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


@dataclass(frozen=True)
class Vocabulary:
    hedges: dict[str, HedgeEntry]
    vague: dict[str, HedgeEntry]
    measures: dict[str, MeasureEntry]
    things: dict[str, ThingEntry]
    places: dict[str, PlaceEntry]
    sources: dict[str, SourceEntry]
    currencies: dict[str, CurrencyEntry] = field(default_factory=dict)
    units: dict[str, UnitEntry] = field(default_factory=dict)
    word_lists: dict[str, WordListEntry] = field(default_factory=dict)
    files: tuple[str, ...] = field(default=())

    def words(self, name: str, keep_case: bool = False) -> tuple[str, ...]:
        """The words of a list of ``word_lists``, lower-cased unless ``keep_case``, in order,
        once each (none when a desk removed the list)."""
        entry = self.word_lists.get(name)
        if entry is None:
            return ()
        return tuple(dict.fromkeys(" ".join(w.split()) if keep_case else _norm(w) for w in entry.words))

    @cached_property
    def _list_patterns(self) -> dict[str, re.Pattern[str]]:
        return {}

    @cached_property
    def _list_sets(self) -> dict[str, frozenset[str]]:
        return {}

    def word_set(self, name: str) -> frozenset[str]:
        """The words of list ``name`` as a set, for a test of one word at a time, built once."""
        found = self._list_sets.get(name)
        if found is None:
            found = self._list_sets[name] = frozenset(self.words(name))
        return found

    def words_pattern(self, name: str) -> re.Pattern[str]:
        """The words of list ``name`` as one pattern of whole words or phrases, any case, compiled once
        for every stage that looks for them (a list a desk removed matches nothing)."""
        pattern = self._list_patterns.get(name)
        if pattern is None:
            pattern = self._list_patterns[name] = _words_pattern(self.words(name))
        return pattern

    # -- hedges --------------------------------------------------------------
    @cached_property
    def hedge_by_phrase(self) -> dict[str, Hedge]:
        out: dict[str, Hedge] = {}
        for vague, table in ((False, self.hedges), (True, self.vague)):
            for name, e in table.items():
                lo, hi, li, hi_inc = parse_interval_formula(e.interval)
                h = Hedge(name, tuple(e.phrases), lo, hi, li, hi_inc, vague)
                for p in e.phrases:
                    out[_norm(p)] = h
        return out

    @cached_property
    def hedge_by_name(self) -> dict[str, Hedge]:
        """Every hedge (not the vague quantities) by its name."""
        return {h.name: h for h in self.hedge_by_phrase.values() if not h.vague}

    @cached_property
    def lower_bounds(self) -> frozenset[str]:
        """The names of the hedges that are lower bounds ("at least", "more than")."""
        return frozenset(name for name, h in self.hedge_by_name.items() if h.lower_bound)

    @cached_property
    def upper_bounds(self) -> frozenset[str]:
        """The names of the hedges that are upper bounds ("at most", "less than")."""
        return frozenset(name for name, h in self.hedge_by_name.items() if h.upper_bound)

    @cached_property
    def or_equal(self) -> dict[str, Hedge]:
        """A hedge with an end at N left out → the hedge of the same ends with N in ("more than"
        → "at least", "less than" → "at most"): "more than 5000 or equal to" is "at least 5000"."""
        out: dict[str, Hedge] = {}
        hedges = list(self.hedge_by_name.values())
        for h in hedges:
            if h.low_inclusive and (h.high_inclusive or math.isinf(h.high[0])):
                continue                # N is in already
            for twin in hedges:
                if (twin.low, twin.high) == (h.low, h.high) and twin.low_inclusive and (
                        twin.high_inclusive or math.isinf(twin.high[0])):
                    out[h.name] = twin
                    break
        return out

    @cached_property
    def hedge_pattern(self) -> re.Pattern[str]:
        """Hedge phrases that end right before a number (searched in a window)."""
        phrases = [p for e in self.hedges.values() for p in e.phrases]
        alts = sorted({_norm(p) for p in phrases}, key=lambda w: (-len(w), w))
        body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?P<hedge>{body})\s+$", re.I)

    @cached_property
    def vague_pattern(self) -> re.Pattern[str]:
        phrases = [p for e in self.vague.values() for p in e.phrases]
        return _words_pattern(phrases)

    # -- measures ------------------------------------------------------------
    @cached_property
    def measure_by_word(self) -> dict[str, str]:
        return {_norm(w): name for name, e in self.measures.items() for w in [name, *e.words]}

    @cached_property
    def measure_pattern(self) -> re.Pattern[str]:
        return _words_pattern(self.measure_by_word)

    def measure_entry(self, measure: str | None) -> MeasureEntry:
        """What the vocabulary says of a measure; an empty entry for one it does not know."""
        return self.measures.get(measure or "", _NO_MEASURE)

    def is_cumulative(self, measure: str | None) -> bool:
        return self.measure_entry(measure).cumulative

    def is_of_one_day(self, measure: str | None) -> bool:
        return self.measure_entry(measure).of_one_day

    # -- things --------------------------------------------------------------
    @cached_property
    def thing_by_word(self) -> dict[str, str]:
        return {_norm(w): name for name, e in self.things.items() for w in [name, *e.words, *e.synonyms]}

    @cached_property
    def thing_synonyms(self) -> dict[str, str]:
        """Another name of a thing → the thing's own name ("troops" → "soldiers")."""
        return {_norm(w): name for name, e in self.things.items() for w in e.synonyms}

    @cached_property
    def thing_pattern(self) -> re.Pattern[str]:
        return _words_pattern(self.thing_by_word)

    @cached_property
    def crowd_by_word(self) -> dict[str, str]:
        """A gathering, or a word of the crowd it gathers, → that crowd's thing ("march",
        "marchers" → protesters): only things with ``crowd_of``."""
        return {_norm(w): name for name, e in self.things.items() if e.crowd_of
                for w in [*e.crowd_of, name, *e.words, *e.synonyms]}

    @cached_property
    def crowd_pattern(self) -> re.Pattern[str]:
        return _words_pattern(self.crowd_by_word)

    def thing_ancestors(self, thing: str | None) -> list[str]:
        """``children`` → [children, civilians, people]."""
        chain: list[str] = []
        while thing and thing not in chain:
            chain.append(thing)
            e = self.things.get(thing)
            thing = e.parent if e else None
        return chain

    # -- places and sources --------------------------------------------------
    @cached_property
    def place_by_alias(self) -> dict[str, str]:
        return {_norm(a): name for name, e in self.places.items() for a in [name, *e.aliases]}

    @cached_property
    def place_pattern(self) -> re.Pattern[str]:
        return _words_pattern(self.place_by_alias)

    def canonical_place(self, name: str | None) -> str | None:
        if not name:
            return None
        found = self._canonical_places.get(name)
        if found is None:       # asked for every pair of figures a check compares: worked out once
            found = self._canonical_places[name] = self.place_by_alias.get(_norm(name), name.strip())
        return found

    @cached_property
    def _canonical_places(self) -> dict[str, str]:
        return {}

    def place_ancestors(self, place: str | None) -> list[str]:
        chain: list[str] = []
        while place and place not in chain:
            chain.append(place)
            e = self.places.get(place)
            place = e.within if e else None
        return chain

    @cached_property
    def source_by_alias(self) -> dict[str, str]:
        return {_norm(a): name for name, e in self.sources.items() for a in [name, *e.aliases]}

    @cached_property
    def source_acronyms(self) -> frozenset[str]:
        """Source names written in capitals ("WHO", "UN"), lower-cased: found in lower-cased
        text, they name the source only where the text writes them in capitals too ("who" is a
        pronoun)."""
        return frozenset(_norm(a) for name, e in self.sources.items() for a in [name, *e.aliases] if a.isupper())

    @cached_property
    def source_pattern(self) -> re.Pattern[str]:
        return _words_pattern(self.source_by_alias)

    def speaks_for(self, source: str | None) -> str | None:
        """The authority behind a canonical source: its ``speaks_for``, else itself."""
        e = self.sources.get(source or "")
        return (e.speaks_for if e and e.speaks_for else source) or None

    @cached_property
    def place_by_demonym(self) -> dict[str, str]:
        """``turkish`` → ``Turkey``."""
        return {_norm(d): name for name, e in self.places.items() for d in e.demonyms}

    @cached_property
    def place_by_people(self) -> dict[str, str]:
        """A country's people as a plural noun → the country: each demonym with an "s" ("poles",
        "turks", "filipinos", "south africans"), or as it is when English gives it no "s"
        ("swiss", "chinese", "seychellois"; "french", "british": the people as a whole)."""
        out: dict[str, str] = {}
        for name, e in self.places.items():
            for d in e.demonyms:
                word = _norm(d)
                out.setdefault(word if word.endswith(_OWN_PLURAL) else word + "s", name)
        return out

    @cached_property
    def place_name_starts(self) -> frozenset[str]:
        """The first words of the place names and demonyms: a capitalised word that starts none
        of them names no place the vocabulary knows (a cheap test before a look-up)."""
        return frozenset(name.split()[0] for name in (*self.place_by_alias, *self.place_by_demonym) if name)

    @cached_property
    def anaphors(self) -> frozenset[str]:
        """Words that refer back to a thing the text counted before ("others", "victims")."""
        return frozenset(_norm(w) for e in self.things.values() for w in e.anaphors)

    @cached_property
    def _countries(self) -> dict[str | None, str | None]:
        return {}

    def country_of(self, place: str | None) -> str | None:
        """The outermost known place containing ``place`` (Saraqeb → Syria); for a place the
        vocabulary does not list, its country in the world's gazetteer (Gauteng → South
        Africa), under the vocabulary's name for that country; None when neither knows it."""
        if place not in self._countries:
            chain = self.place_ancestors(self.canonical_place(place))
            if chain and chain[-1] in self.places:
                self._countries[place] = chain[-1]
            else:
                country = gazetteer.country_of(place)
                self._countries[place] = self._country_names.get(country, country)
        return self._countries[place]

    def capital_of(self, country: str | None) -> str | None:
        """The capital of a country the vocabulary or the world's gazetteer names ("in the
        capital", "the British capital")."""
        capital = gazetteer.capital_of(country)
        return self.canonical_place(capital) if capital else None

    @cached_property
    def _country_names(self) -> dict[str | None, str]:
        """The gazetteer's name of each country the vocabulary lists → the vocabulary's name
        ("Palestinian Territory" → "Palestinian territories")."""
        out: dict[str | None, str] = {}
        for name, entry in self.places.items():
            if entry.within:
                continue
            for spelling in (name, *entry.aliases):
                known = gazetteer.country_of(spelling)
                if known and known == gazetteer.country_of(known):
                    out.setdefault(known, name)
        return out

    @overload
    def canonical_source(self, name: str) -> str: ...

    @overload
    def canonical_source(self, name: str | None) -> str | None: ...

    def canonical_source(self, name: str | None) -> str | None:
        """The vocabulary's name of a source ("the Britain-based monitor" → OSDH); a name it
        does not know, as written."""
        if not name:
            return name
        key = _norm(name)
        if key.startswith("the "):
            key = key[4:]
        return self.source_by_alias.get(key, self.source_by_alias.get("the " + key, name.strip()))

    def source_as_named(self, name: str | None) -> str | None:
        """A source as the text names it, when that is a proper name: "the International
        Organization for Migration said" is the International Organization for Migration (as a
        reader, and an annotator, writes it), though the vocabulary files it under IOM. A
        description or a variant spelling takes the canonical name ("the Britain-based
        monitor", "U.N."). ``canonical_source`` of either is the same source."""
        if not name:
            return None
        canonical = self.canonical_source(name)
        written = " ".join(name.split())
        if written[:4].lower() == "the ":
            written = written[4:]
        # an acronym is a name as written too ("OCHA", though filed under UN): the body the text names
        return written if _PROPER_NAME.fullmatch(written) or _ACRONYM.fullmatch(written) else canonical


# two or more capitalised words, joined by a few lower-case ones ("Office for National Statistics")
# an acronym as a text writes it: a few capitals, no dots ("U.N." is a spelling of UN)
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_PROPER_NAME = re.compile(r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|and|on|de)\s+)*[A-Z][\w'’.&-]*)+")


# demonyms that are their own plural ("two Swiss", "five Chinese", "the French")
_OWN_PLURAL = ("s", "sh", "ch", "ese", "x", "z")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _vocabulary_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml")))
        else:
            files.append(p)
    return files


def builtin_vocabulary_files() -> list[Path]:
    return _vocabulary_files([rules_dir() / "vocabulary"])




def _unknown_entry(section: str, name: str, known: dict, path: str, pos: tuple) -> ConfigError:
    return ConfigError(f"{section}: no entry {name!r} to change{did_you_mean(name, known)} "
                       f"(entries come from the built-ins and earlier --vocabulary files)", path, *pos)


def _extended(entry: BaseModel, patch: dict, section: str, name: str, path: str, positions,
              prefix: tuple) -> BaseModel:
    """``entry`` with ``patch``'s lists appended and its other fields replaced."""
    model = type(entry)
    merged = entry.model_dump()
    for key, value in patch.items():
        if key in merged and isinstance(merged[key], list) and isinstance(value, list):
            merged[key] = merged[key] + [v for v in value if v not in merged[key]]
        else:
            merged[key] = value
    return validate(model, merged, positions, path, prefix)


def load_vocabulary(extra: Iterable[str | Path] = (), builtins: bool = True) -> Vocabulary:
    """The built-in vocabulary extended by the user's files, in order."""
    tables: dict[str, dict] = {s: {} for s in SECTIONS}
    defined_at: dict[tuple[str, str], tuple[str, tuple]] = {}
    files = (builtin_vocabulary_files() if builtins else []) + _vocabulary_files(extra)
    for f in files:
        data, positions = load_yaml(f)
        path = str(f)
        if data is None:
            continue
        if not isinstance(data, dict):
            raise ConfigError("a vocabulary file must be a mapping with sections such as "
                              f"{', '.join(SECTIONS)}", path, 1, 1)
        parsed = validate(VocabularyFile, data, positions, path)
        for section, names in parsed.remove.items():
            for i, name in enumerate(names):
                if name not in tables[section]:
                    raise _unknown_entry(section, name, tables[section], path,
                                         positions.find(("remove", section, i)))
                tables[section].pop(name)
        for section in SECTIONS:
            for name, entry in getattr(parsed, section).items():
                tables[section][name] = entry
                defined_at[(section, name)] = (path, positions.find((section, name)))
        for section, patches in parsed.extend.items():
            for name, patch in patches.items():
                where = positions.find(("extend", section, name))
                if name not in tables[section]:
                    raise _unknown_entry(section, name, tables[section], path, where)
                tables[section][name] = _extended(tables[section][name], patch, section, name, path,
                                                  positions, ("extend", section, name))
                defined_at[(section, name)] = (path, where)
    for name, e in tables["things"].items():
        if e.parent and e.parent not in tables["things"]:
            path, pos = defined_at.get(("things", name), ("vocabulary", (None, None)))
            raise ConfigError(f"thing {name!r} has unknown parent {e.parent!r}"
                              f"{did_you_mean(e.parent, tables['things'])}", path, *pos)
    for name, e in tables["places"].items():
        if e.within and e.within not in tables["places"]:
            path, pos = defined_at.get(("places", name), ("vocabulary", (None, None)))
            raise ConfigError(f"place {name!r} is within unknown place {e.within!r}"
                              f"{did_you_mean(e.within, tables['places'])}", path, *pos)
    _check_places(tables["places"], defined_at, [str(f) for f in files])
    _check_currencies(tables["currencies"], defined_at)
    _check_unit_words(tables["units"], defined_at)
    builtin = {str(f) for f in builtin_vocabulary_files()}
    _check_units([name for name in tables["units"] if defined_at.get(("units", name), ("",))[0] not in builtin],
                 defined_at)
    return Vocabulary(**tables, files=tuple(str(f) for f in files))


def _check_unit_words(units: dict[str, UnitEntry], defined_at: dict) -> None:
    """A way to write a unit, in any case, may mean one unit only ("ml" and "ML" are one)."""
    owner: dict[str, str] = {}
    for name, e in units.items():
        for surface in (*e.words, *e.exact_words):
            other = owner.setdefault(_norm(surface), name)
            if other != name:
                path, pos = defined_at.get(("units", name), ("vocabulary", (None, None)))
                raise ConfigError(f"unit {name!r}: {surface!r} already names unit {other!r} "
                                  f"(remove it there, or extend that entry)", path, *pos)


def _check_units(names: list[str], defined_at: dict) -> None:
    """A unit is named as pint reads it: say where a desk's file names one pint does not know
    (the built-ins are tested; pint is loaded only when a desk defines units)."""
    if not names:
        return
    from auditor.units import registry

    for name in names:
        try:
            registry().parse_units(name)
        except Exception as e:      # pint raises many types for unknown or malformed units
            path, pos = defined_at.get(("units", name), ("vocabulary", (None, None)))
            raise ConfigError(f"unit {name!r} is not a unit pint knows ({type(e).__name__}: {e})", path, *pos) from None


def _check_places(places: dict[str, PlaceEntry], defined_at: dict, files: list[str]) -> None:
    """A name or alias may name one place only, and a demonym be the people of one: say where two
    claim one (the look-ups would keep either, silently, and name the wrong country), at the
    entry of the later file."""
    order = {f: i for i, f in enumerate(files)}

    def where(name: str) -> tuple[str, tuple]:
        return defined_at.get(("places", name), ("vocabulary", (None, None)))

    for what, spellings in (("already names", lambda name, e: (name, *e.aliases)),
                            ("is already a demonym of", lambda name, e: e.demonyms)):
        owner: dict[str, str] = {}
        for name, e in places.items():
            for spelling in spellings(name, e):
                key = _norm(spelling)
                other = owner.setdefault(key, name)
                if other != name:
                    if order.get(where(other)[0], -1) > order.get(where(name)[0], -1):
                        name, other = other, name
                        spelling = next(w for w in spellings(name, places[name]) if _norm(w) == key)
                    path, pos = where(name)
                    raise ConfigError(f"place {name!r}: {spelling!r} {what} place {other!r} "
                                      f"(remove it there, or extend that entry)", path, *pos)


def _check_currencies(currencies: dict[str, CurrencyEntry], defined_at: dict) -> None:
    """A symbol, code, prefix or name alone may mean one currency only: say where two claim it."""
    owner: dict[str, str] = {}
    for name, e in currencies.items():
        minor = [w for m in e.minor.values() for w in m.words]
        for surface in (*e.symbols, *e.codes, *e.capital_codes, *(p + "$" for p in e.prefixes), *e.words, *minor):
            key = _norm(surface)
            other = owner.setdefault(key, name)
            if other != name:
                path, pos = defined_at.get(("currencies", name), ("vocabulary", (None, None)))
                raise ConfigError(f"currency {name!r}: {surface!r} already names currency {other!r} "
                                  f"(remove it there, or extend that entry)", path, *pos)
