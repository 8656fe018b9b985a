"""The cheap guards of resolve give the answers of the plain searches they stand in front of:
a guard that says no must never hide a match (and a guard that says yes only costs the search)."""

from __future__ import annotations

import random
import re

import pytest

from auditor.casefold import may_hold
from auditor.resolve import _expected, day_marks, timing
from auditor.vocabulary import load_vocabulary

# the built-in vocabulary's patterns of a count risen or still rising
_RISE = day_marks.rise_words(load_vocabulary())
# a turnout looked for, not counted: its pattern and the words its guard needs (expectation_words)
_EXPECTED = _expected(load_vocabulary())

# words of the patterns, their neighbours, and the characters ``re.I`` folds in ways ``str.lower``
# does not ("ı", "ſ"), or that lower-case to two ("İ") or to an ASCII letter (Kelvin's "K")
_PIECES = ["rise", "RISING", "climb", "increase", "grow", "mount", "go", "up", " ", "  ", "\t", "\n", "\u00a0",
           "to", "now", "later", "than", "stands", "at", "least", "expected", "will", "keep", "still", "set",
           "initial", "earlier", "previous", "original", "prior", "first", "had", "from", "specul", "rumo",
           "u", "r", "conjecture", "guesswork", "see", "expect", "predict", "anticipat", "ed", "forecast",
           "planned", "for", "hop", "ing", "may", "could", "well", "announced", "reported", "before",
           "initially", "yesterday", "the day", "morning", "midday", "noon", "after", "evening", "night",
           "m", "a.m.", "pm", "p", ".", ",", "ı", "ſ", "İ", "\u212a", "s", "i", "e", "o", "n", "w", "t", "7", "-"]


def _texts(seed: int, count: int = 6000, longest: int = 9):
    rnd = random.Random(seed)
    for _ in range(count):
        yield "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, longest)))


def _variants(seeds: list[str], seed: int, count: int = 3000):
    """``count`` edits of texts that match: letters swapped for what ``re.I`` folds to them or for
    capitals, characters dropped or doubled, spaces changed; near matches and folded matches."""
    swaps = {"i": ["ı", "İ", "I"], "s": ["ſ", "S"], "k": ["\u212a", "K"], " ": ["\u00a0", "\t", "  ", "\n"]}
    rnd = random.Random(seed)
    for _ in range(count):
        chars = list(rnd.choice(seeds))
        for _ in range(rnd.randint(0, 3)):
            k = rnd.randrange(len(chars))
            c = chars[k]
            op = rnd.random()
            if op < 0.5:
                chars[k] = rnd.choice(swaps.get(c, [c.upper()]))
            elif op < 0.75:
                chars[k] = ""
            else:
                chars[k] = c + c
        yield "".join(chars)


# the patterns the guards stand for: a word they need, in any case (the oracles of the guards)
_DAY_HINT = re.compile("(?i:m\\b|morning|midday|noon|afternoon|evening|night)")
_EARLIER_HINT = re.compile("(?i:initial|earlier|previous|original|prior|first|had |from)")
_SPECULATION_HINT = re.compile("(?i:specul|rumou?r|conjectur|guesswork)")


_GUARDED = [
    ("still rising", _RISE.still_rising, (*_RISE.rising_words, *(p[0] for p in _RISE.rising_phrases)),
     ["the toll is expected to go on rising", "it keeps climbing", "deaths still mounting",
      "officials fear it will keep increasing", "set to go up"]),
    ("time of day words", re.compile("(?i:morning|midday|noon|afternoon|evening|night)"), day_marks._DAY_WORDS,
     ["by morning", "at midday", "in the afternoon", "that evening", "late night", "noon"]),
    ("earlier hint", _EARLIER_HINT, timing.EARLIER_WORDS,
     ["the initial toll of", "an earlier count", "previous figure", "original", "prior to",
      "the first report", "had said", "up from"]),
    ("speculation hint", _SPECULATION_HINT, timing.SPECULATION_WORDS,
     ["speculation that", "rumours of", "rumor", "conjecture", "guesswork"]),
    ("given earlier after", timing._GIVEN_EARLIER_AFTER, timing.GIVEN_EARLIER_WORDS,
     [" reported earlier", " people announced previously", " confirmed before", " given initially",
      " counted at first", " found the day before", " released yesterday"]),
    ("expected before", _EXPECTED.before, _EXPECTED.cheap,
     ["organisers expected ", "they might see ", "police had planned for ", "predicted about ",
      "anticipated up to ", "forecasts some ", "hoped for as many as ", "could well see "]),
]


@pytest.mark.parametrize("name,pattern,words,seeds", _GUARDED, ids=[g[0] for g in _GUARDED])
def test_may_hold_never_hides_a_match(name, pattern, words, seeds):
    found = 0
    for text in [*_texts(seed=len(name)), *_variants(seeds, seed=len(name))]:
        if pattern.search(text):
            found += 1
            assert may_hold(text, words), (name, text)
    assert found > 500, name         # the texts do reach the pattern


def test_may_hold_says_yes_to_the_folded_characters():
    assert may_hold("ınıtıal", ("initial",)) and re.search("(?i:initial)", "ınıtıal")
    assert may_hold("ſpeculation", ("specul",)) and re.search("(?i:specul)", "ſpeculation")
    assert may_hold("EARLİER", ("earlier",)) and re.search("(?i:earlier)", "EARLİER")
    assert not may_hold("nothing here", ("initial",))


def test_the_words_before_a_figure_guard_rise_to_now_and_later():
    """marked_later and _first_later search only windows holding "to", "now" or "later"."""
    seeds = ["the toll has risen to ", "which brought the toll to at least ", "now stands at ", "is now ",
             "officials later put it at ", "went up to "]
    reached = 0
    for text in [*_texts(seed=3), *_variants(seeds, seed=3)]:
        lower = text.lower()
        if _RISE.rise_to.search(text):
            assert "to" in lower, text
            reached += 1
        if day_marks._NOW.search(text):
            assert "now" in lower, text
            reached += 1
        if day_marks._LATER.search(text):
            assert "later" in lower, text
            reached += 1
    assert reached > 500


def test_day_hint_in_two_parts_is_the_day_hint():
    seeds = ["at 2 a.m. on", "by 6pm", "by morning", "AM", "in the afternoon", "that night", "no hint here"]
    for text in [*_texts(seed=4), *_variants(seeds, seed=4)]:
        plain = _DAY_HINT.search(text) is not None
        guarded = may_hold(text, day_marks._DAY_WORDS) or day_marks._M_END.search(text) is not None
        assert guarded == plain or guarded and ("ı" in text or "ſ" in text or "İ" in text), text


def test_span_words_guard_every_span_the_pattern_reads():
    # the guard reads the sentence as the re.I pattern does: upper case too ("SINCE SEPTEMBER")
    pieces = ["since ", "Since ", "SINCE ", "this ", "THIS ", "so far ", "between ", "BETWEEN ", "May",
              "MAY", "September", "SEPTEMBER", "sEPTEMBER", "month", "YEAR", " 2019", " and today", "in ",
              "IN ", "last ", "x", " ", "ſince ", "thİs "]
    rnd = random.Random(5)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        span = timing._SPAN.search(text)
        if span and (span.group("this") or "").lower() == "last":
            span = None         # "last year": no span of ours, with or without the guard
        if span or timing._SINCE_YEAR.search(text):
            assert may_hold(text, timing._SPAN_WORDS), text


def test_a_span_in_capitals_is_the_same_span():
    import datetime as dt
    day = dt.date(2024, 11, 20)
    for text in ("Since September, 40 people have died in the region.", "In July, 12 schools closed.",
                 "Since 2019, 40 people have died in the region."):
        assert timing.stated_span(text.upper(), day) == timing.stated_span(text, day) is not None, text


@pytest.mark.parametrize("text,expected", [
    ("Officials said the toll is expected to go on rising. 40 died.", True),
    ("40 people died. The toll keeps climbing, officials said.", True),
    ("40 people died. Rescuers went home.", False),
    ("40 people dıed. The toll ıs stıll rısıng.", True),      # a dotless i: re.I still reads "rising"
    ("40 people died. The toll will go up, officials fear.", True),
    ("40 people died. The group went to support them.", False),
])
def test_still_rising_with_its_guard(text, expected):
    assert day_marks.still_rising(text, 0, text.index(".") + 1, _RISE) is expected


@pytest.mark.parametrize("text,expected", [
    ("By Sunday morning 40 had died.", 540),
    ("At 2 a.m. the toll stood at 40.", 120),
    ("The toll stood at 40.", None),
    ("The toll stood at 40 by evening.", 19 * 60),
])
def test_time_in_day_with_its_guard(text, expected):
    assert day_marks.time_in_day(text, 0, len(text), "2020-02-09") == expected


def test_share_restated_before_is_the_plain_search():
    from auditor.extract.relations import SHARE_RESTATED_BEFORE, share_restated_before

    pieces = ["40%", "%", " of ", "of", " the ", "those ", "dead", "victims", " per cent", "percent", "two-thirds",
              "half", "quarter", " -- ", "--", "-", " — ", "–", " (", "(", ")", " ", "\n", "x", "7"]
    rnd = random.Random(6)
    found = 0
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        for start in (0, len(text) // 3):
            plain = SHARE_RESTATED_BEFORE.search(text, start, len(text)) is not None
            found += plain
            assert share_restated_before(text, start, len(text)) == plain, (text, start)
    assert found > 100


def test_may_count_parts_never_hides_an_across_all():
    from auditor.extract.relations import _ACROSS_ALL, may_count_parts

    seeds = ["Across its three sites, the", "in all the 4 regions", "over those two years", "from these ten towns",
             "between their 9 Sites", "for all the six provinces"]
    found = 0
    for text in [*_texts(seed=7), *_variants(seeds, seed=7)]:
        if _ACROSS_ALL.search(text):
            found += 1
            assert may_count_parts(text), text
    assert found > 500
    assert not may_count_parts("The ministry said 41 people died and 120 were hurt.")
