"""Scope of a claim: what is counted, what happened to it, where, who says so.

Gazetteer-free and model-free: each question is answered from the claim's
own sentence with compiled patterns and the YAML vocabulary (things,
measures, places, sources), so it runs at regex speed. The rules of thumb,
each from how wires write tolls:

* thing: the noun phrase right after the number ("29 Turkish soldiers");
  when there is none ("42 in February", "30 dead"), the nearest counted
  thing earlier in the sentence ("the number of Turkish soldiers killed ...
  to at least 42").
* measure: a measure word just before the number ("killed 22", "the
  displacement of nearly a million"), else the first after it in the same
  clause ("400 civilians have been killed"), else the nearest before.
* place: the nearest place in the sentence (vocabulary aliases first, then
  "in/near X" with a capitalised X), else the document's dateline place.
* attribution: "according to X", "X said/reported", "said X", "X's figures",
  the first after the claim in its clause, else the nearest before.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from auditor.casefold import fold_keyword
from auditor.extract.lexicon import lexicon, per_vocabulary
from auditor.extract.memo import Memo
from auditor.extract.numbers import SCALES, SPELLED_NUMBERS, TENS, UNITS, phrase_alternation, trie_alternation
from auditor.extract.when import DEFAULT_FISCAL, TIME, Fiscal
from auditor.vocabulary import Vocabulary

# a word in any script ("Māori", "São", "Zürich"), "S&P" and "AT&T" one word; or a punctuation mark
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-]|&(?=[A-Z]))*|[,.;:()!?\"“”\[\]—–]")
STOP_WORDS = frozenset("""
    a an the and or but nor of in on at by for to from with without into onto over under
    about after before during since until as than while when where who whom whose which that
    this these those was were is are be been being have has had will would could should may
    might must can shall do does did not no according including among per each every
    its their his her our your my it they he she we you there here also reportedly
    just only still yet so then thus now already earlier later again such
""".split())
SKIP_MODIFIERS = frozenset({"more", "other", "others'", "additional", "further", "new", "some",
                            "many", "another", "extra", "fewer"})
NON_THING_WORDS = frozenset({"percent", "pc", "pct", "times", "per", "cent", "years", "year", "days", "day",
                             "months", "month", "weeks", "week", "hours", "hour", "minutes",
                             "o'clock", "am", "pm", "km", "miles", "metres", "meters", "quarter", "quarters",
                             "period", "year-on-year", "month-on-month", "quarter-on-quarter", "week-on-week",
                             "larger", "smaller", "bigger", "higher", "lower"})


@dataclass(frozen=True, slots=True)
class Thing:
    text: str        # as written, with its modifiers ("Turkish soldiers")
    cls: str | None  # taxonomy node ("soldiers"), None when not in the vocabulary
    key: str         # comparable form: lower-case modifiers + class ("turkish soldiers")


def _thing(tokens: list[str], cls: str | None, head: str) -> Thing:
    return _thing_of(tuple(tokens), cls, head)


@lru_cache(maxsize=4096)
def _thing_of(tokens: tuple[str, ...], cls: str | None, head: str) -> Thing:
    """``_thing``, remembered: a text counts the same few things again and again ("people",
    "civilians"), and a ``Thing`` is immutable, so one instance can serve every claim."""
    mods = [t for t in tokens if t.lower() not in SKIP_MODIFIERS]
    text = " ".join(mods)
    key_parts = [t.lower() for t in mods[:-1]] + [(cls or head).lower()]
    return Thing(text, cls, " ".join(key_parts))


# words that end the noun phrase after a number: time words ("4125 last year"), names of days
# and months, and the common irregular past tenses that follow a count as its verb ("12 took
# part", "300 went missing"); regular verbs ("-ed", "-ing") are told from adjectives by position
# ("25,836 registered voters" but "126 players joined")
NP_END_WORDS = frozenset("""
    last next ago earlier later today yesterday tonight overnight
    monday tuesday wednesday thursday friday saturday sunday january february march april june
    july august september october november december
    went goes came took made gave got left ran saw sent began kept held found brought sought told
    said says say spoke became become remain remained stood fell rose grew won lost struck
    given taken shown known seen ended
    whom whose what how why if because though although against between through across within
    toward towards upon via amid despite around near behind beyond alongside above below ahead
    him them us me it itself themselves himself herself
    nationwide worldwide countrywide statewide overall alone altogether apiece
""".split())
# the measures whose counts are of people, said by the word of the measure ("30 deaths", "12
# injuries": people, the thing the text gives elsewhere): counted.yaml's ``people_measures``
people_measures = per_vocabulary(lambda vocab: frozenset(vocab.words("people_measures")))
PRONOUN_HEADS = frozenset({"them", "it", "us", "him", "her", "whom", "which", "those", "these", "others'"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those", "this", "that"})


def thing_after(text: str, pos: int, limit: int, vocab: Vocabulary, gerunds: bool = False) -> Thing | None:
    """The noun phrase that follows a number, if any.

    Reads the tokens of the next 90 characters one at a time (with one of look-ahead):
    the answer is most often decided by the first word or two. A thing of the vocabulary
    ("29 Turkish soldiers") gives its class; any other noun phrase ("246,000 jobs",
    "25,836 registered voters", "the 75 seats", "two of the cases") is the thing as written,
    without a class."""
    tokens: list[str] = []
    things = vocab.thing_by_word
    measures = vocab.measure_by_word
    it = _TOKEN.finditer(text, pos, min(limit, pos + 90))
    cur = next(it, None)
    nxt = next(it, None) if cur is not None else None
    partitive = False
    while cur is not None:
        tok = cur.group()
        low = tok.lower()
        nxt_tok = nxt.group() if nxt is not None else None
        nxt_low = nxt_tok.lower() if nxt_tok is not None else ""
        if low == "out" and nxt_low == "of" and not tokens and not partitive:
            # "14 out of 73 seats", "nine out of 12 councillors": both numbers count the noun
            cur = next(it, None)
            nxt = next(it, None) if cur is not None else None
            if cur is not None and cur.group().lower() in SPELLED_NUMBERS:
                cur, nxt = nxt, next(it, None) if nxt is not None else None
            partitive = True
            continue
        if not tok[0].isalpha() or low in STOP_WORDS:
            # "two of the cases", "28% of its plants": the whole the number is a part of
            if low == "of" and not tokens and not partitive:
                partitive = True
                cur, nxt = nxt, next(it, None) if nxt is not None else None
                while cur is not None and cur.group().lower() in _DETERMINERS:
                    cur, nxt = nxt, next(it, None) if nxt is not None else None
                if cur is not None and cur.group().lower() in ("them", "whom") and nxt is not None \
                        and _content_word(nxt.group(), nxt.group().lower(), measures, things):
                    cur, nxt = nxt, next(it, None)      # "11 villagers, four of them children"
                continue
            break
        two = f"{low} {nxt_low}" if nxt_tok is not None else ""
        if nxt_tok is not None and two in things:
            return _thing(tokens + [tok + " " + nxt_tok], things[two], two)
        if nxt_tok is not None and two in measures and two not in things \
                and (low in NP_END_WORDS or _VERB_FORM.search(low)):
            break       # "2.5 lakh turned up", "3,000 took part": the measure's verb, no thing ("job cuts" is one)
        if low in things and (tokens or low not in measures or things[low] != "people"):
            # a word of both lists alone is the measure when it names people ("30 dead",
            # "lost their lives"), the thing otherwise ("885 cases")
            return _thing(tokens + [tok], things[low], low)
        if low in measures:
            if low.endswith("s") and measures[low] not in people_measures(vocab) and low not in NON_THING_WORDS \
                    and not _content_word(nxt_tok, nxt_low, measures, things):
                # a measure's noun counted itself: "1.3 billion tourist arrivals", "400 layoffs"
                return _generic_thing(tokens + [tok], vocab)
            if nxt_low in things or (not tokens and _content_word(nxt_tok, nxt_low, measures, things)
                                     and not _VERB_FORM.search(nxt_low) and low not in NP_END_WORDS):
                cur = nxt               # "three wounded soldiers", "25,836 registered voters"; not the
                #                         verb of "the 14 dead included pupils"
                nxt = next(it, None) if cur is not None else None
                continue
            break
        if low in NON_THING_WORDS:
            return None
        if low in _EARLY_LATE and nxt_low in _TIME_AFTER_EARLY:
            break       # "infections passed 19,000 early this month": when, not what
        if low.endswith("ly") and len(low) > 5 and (_PARTICIPLE.search(nxt_low) or (
                tok.islower() and not _content_word(nxt_tok, nxt_low, measures, things))):
            break       # "432 completely destroyed", "1,746 partly damaged": an adverb (not "Italy"), a verb;
            #             "900 of them fully and 300 partially": an adverb the verb before governs
        if low in NP_END_WORDS or (low.endswith("ing") and len(low) > 4 and not gerunds and (
                tokens or not nxt_low.endswith("s") or not _content_word(nxt_tok, nxt_low, measures, things))) or (
                low.endswith("ed") and len(low) > 4
                and (tokens or not _content_word(nxt_tok, nxt_low, measures, things))):
            break       # a verb: "126 players joined", "4,645 sitting midway"; "25,836 registered voters",
            #             "the 5 remaining hostages" go on
        tokens.append(tok)
        if len(tokens) >= 4:
            break
        cur = nxt
        nxt = next(it, None) if cur is not None else None
    return _generic_thing(tokens, vocab)


_EARLY_LATE = frozenset({"early", "late"})
_TIME_AFTER_EARLY = frozenset({"this", "last", "next", "in", "on", "that", "the", "today", "yesterday", "tomorrow"})


# a word that is likely a verb's past or participle ("included", "remaining")
_VERB_FORM = re.compile(r"..(?:ed|ing)$")


def _content_word(tok: str | None, low: str, measures, things) -> bool:
    """Whether ``tok`` may be a noun or an adjective of a noun phrase."""
    return (tok is not None and tok[0].isalpha() and low not in STOP_WORDS
            and (low not in measures or low in things) and low not in NP_END_WORDS and low not in NON_THING_WORDS)


def _generic_thing(tokens: list[str], vocab: Vocabulary) -> Thing | None:
    """A thing outside the vocabulary, from the words of its noun phrase (None for a pronoun
    or for modifiers alone: "others", "more")."""
    words = [t for t in tokens if t.lower() not in SKIP_MODIFIERS]
    if not words or words[-1].lower() in PRONOUN_HEADS:
        return None
    if len(words) == 1 and words[0][:1].isupper() and (words[0].lower() in vocab.place_by_people
                                                       or _PEOPLES_NAME.match(words[0])):
        # "1,052 Americans", "40 Syrians", "12 Poles", "two Swiss": people of a nation of the
        # vocabulary (the class of its root, so they compare with "people"), written as in the
        # text; so are peoples it does not list, by the ending of their name ("Kurds", "Yazidis")
        return _thing_of((words[0],), _PEOPLE, _PEOPLE)
    return _thing(words, None, words[-1].lower())


_PEOPLE = "people"
# the plural name of a people the vocabulary does not list (nations are read from its demonyms)
_PEOPLES_NAME = re.compile(r"[A-Z][a-z]+(?:ans|ese|is|ons|inos|ds)$")


# a vague quantity of at least this lower end ("dozens of", "thousands of") counts any noun
# ("thousands of protesters"); below it ("several", "a handful of") only things of the vocabulary
VAGUE_ANY_NOUN_LOW = 20


def thing_of_after(text: str, pos: int, limit: int, vocab: Vocabulary) -> Thing | None:
    """The whole a percentage or an amount is of: "28% of its plants", "$27 billion of its debt"."""
    m = _OF_AFTER.match(text, pos, limit)
    if m is None:
        return None
    return thing_after(text, m.end(), limit, vocab)


# an amount and what it is for or made of: "$32m for capital projects", "$3bn in sales",
# "Rs. 948 billion goes to recurrent spending", "$2m spent on repairs"
# (after the bracket of a conversion, or the bracket's end: "KD 1.722 billion ($5.7 billion) went to the fund")
_CONVERSION_SKIP = (r"\)?(?:[ \t]*\((?:about|some|around|nearly|roughly|almost|or)?[ \t]*[^()\s\d]{0,4}[ \t]?\d"
                    r"[^()]{0,24}\))?")
_PURPOSE_AFTER = re.compile(r"(?:" + _CONVERSION_SKIP + r"\s+(?:(?:goes|go|went|going|spent|earmarked|allocated)\s+)?"
                            r"(?:for|to|on)|\s+(?:(?:goes|go|went|going|spent|earmarked|allocated)\s+)?(?:for|in|to|on))\s+"
                            r"(?:(?:the|a|an|its|their|his|her|our|new)\s+)?(?=[a-z])(?!average\b|all\b)")


def thing_for_after(text: str, pos: int, limit: int, vocab: Vocabulary) -> Thing | None:
    """What an amount is for or in: "$32m for capital projects", "$3bn in sales", "Ksh 157 B for the
    Ministry of Defence"."""
    named = _PURPOSE_NAME_AFTER.match(text, pos, limit)
    if named is not None:
        name = named.group("name")
        if name.split()[0] in attribution_words(vocab).not_places or vocab.canonical_place(name) in vocab.places:
            return None
        return Thing(name, vocab.thing_by_word.get(name.lower()), name.lower())
    m = _PURPOSE_AFTER.match(text, pos, limit)
    if m is None:
        return None
    return thing_after(text, m.end(), limit, vocab, gerunds=True)     # "for training", "to recurrent spending"


# a body an amount goes to, by its name ("for the Ministry of Petroleum and Mining"); not a place
_PURPOSE_NAME_AFTER = re.compile(
    _CONVERSION_SKIP + r"\s+(?:(?:goes|go|went|going|earmarked|allocated)\s+)?(?:for|to)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w'’-]*(?![\w'’-]*\s+\d)){0,5})")


_HAS_DIGIT = re.compile(r"\d")
_OF_AFTER = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|our|this|that|these|those)\s+)?(?=[A-Za-z])")

# the verbs that join a subject to its level ("unemployment was 3.6 percent", "inflation stood
# at 2%"), with the words of the rose/fell measures of the vocabulary ("prices rose 0.3%") and its
# verbs of a forecast (``forecast_link_verbs``: "growth is projected at 2%")
_COPULAS = ("was", "were", "is", "are", "be", "been", "stood", "stands", "stand", "reach", "reached", "reaching",
            "reaches", "hit", "hits", "remained", "remains", "stayed", "stays", "totalled", "totaled", "totals",
            "came", "come", "closed", "closing", "opened", "settled",
            "amounted", "amounts", "finished", "ended", "averaged", "hovered", "went", "go", "goes",
            "make", "makes", "made", "accounted", "account", "accounts", "represent", "represents",
            "represented", "posted", "posts", "hold", "holds", "held",
            "numbered", "numbers", "widened", "widens", "narrowed", "narrows", "ending", "finishing", "settling",
            # a rate's pace: "inflation quickened to 9.1%", "growth slowed to 2.4 percent"
            "quickened", "accelerated", "slowed", "cooled", "moderated", "decelerated",
            # a level given in an absolute clause ("the revised shortfall being €6.4 billion") and a change
            # of no direction ("the coverage rate improved by 4.6 points")
            "being", "improved", "improves", "worsened", "worsens", "deteriorated")
_LINKS = frozenset({"to", "by", "at", "of", "from", "in", "up", "down", "back", "a", "an", "annual", "worth",
                    "the", "day", "session",     # "ended the day at 1,333.69"
                    "annualized", "annualised", "rate", "pace", "just", "only", "some", "nearly", "about", "for",
                    # "core inflation stayed higher at 3.2 percent", "unemployment held steady at 5.1 percent"
                    "higher", "lower", "steady", "unchanged", "flat", "stable",
                    # "The National Alliance ... was second (7.2%)": a rank before a share
                    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
_RATE_HEADS = frozenset({"rate", "pace"})
# "a record high of", "a new low of": a level named, no thing of its own
_LEVEL_NOUNS = frozenset({"high", "low", "record", "peak"})
_CHANGE_UNIT_WORDS = frozenset({"percent", "per", "cent", "pc", "pct", "points", "point"})   # "jumped 12% to"
_LEVEL_MODIFIERS = frozenset({"new", "fresh", "record", "historic", "historical", "lifetime"})
_POSTMODIFIERS = frozenset({"bound", "destined", "headed", "sent", "shipped", "sold", "made", "produced",
                            "collected", "generated", "earned", "paid"})
_PARTICIPLE = re.compile(r"..(?:ed|en)$")
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "be"})
# the last word of a time phrase between a subject and its verb
_TIME_HEADS = frozenset({"year", "years", "quarter", "quarters", "month", "months", "week", "weeks", "half",
                         "period"}) | frozenset(m.lower() for m in calendar.month_name if m)
_MONTH_WORDS = frozenset(m.lower() for m in (*calendar.month_name, *calendar.month_abbr) if m) | {"sept"}


def time_head(low: str) -> bool:
    """Whether a word ends a time phrase: "year", "June", a span of months ("April-June", "jan-mar")."""
    return low in _TIME_HEADS or ("-" in low and all(part in _MONTH_WORDS for part in low.split("-")))


_RUNNING_TO = frozenset({"to", "up", "through"})
_TIME_PREPOSITIONS = frozenset({"for", "in", "over", "during", "throughout"})


def _before_time(words: list[tuple[str, int, int]], i: int, text: str) -> int:
    """The index of the last word before a time phrase that ends right before word ``i + 1``
    (the verb), or ``i``."""
    lo = words[max(0, i - 10)][1]
    lower = text[lo:words[i + 1][1]].rstrip().lower()
    for m in (*_PERIOD_AFTER_SUBJECT.finditer(lower), *TIME.finditer(lower), *_LENGTH_OF_TIME.finditer(lower)):
        if m.end() == len(lower):
            at = lo + m.start()
            while i >= 0 and words[i][1] >= at:
                i -= 1
            while i > 0 and words[i][0].lower() in _RUNNING_TO:
                i -= 1      # "Total tax receipts to the end of April were": the time's own "(up) to"
            break
    return i


def _before_relative(words: list[tuple[str, int, int]], i: int, text: str = "") -> int:
    """The index of the last word before ", which ...," or an apposition (", the ... index that
    leaves out farm prices,", ", measured by gross domestic product (GDP),", ", also hit by the
    scandal,") when word ``i`` is the comma that closes it."""
    for j in range(i - 1, max(-1, i - 18), -1):
        w, w_start, w_end = words[j]
        if w in ("(", ")"):
            continue        # "(GDP)": an acronym inside the apposition
        if w in (".", ",") and text and 0 < w_start and w_end < len(text) and text[w_start - 1].isdigit() \
                and text[w_end].isdigit():
            continue        # "which take 71.6% of all exports": the point of a figure inside the aside
        if w in (",", ";", ":", ".", "(", ")"):
            if w == "," and j + 1 < i and j > 0 and (words[j + 1][0].lower() in _APPOSITION_OPENERS
                                                     or _ASIDE_PARTICIPLE.match(words[j + 1][0])):
                return j - 1
            if w == "," and j + 1 < i and words[j + 1][0][0].isalpha() and words[j + 1][0].lower() not in STOP_WORDS:
                continue    # ", which leaves out food, energy and other volatile items,": a list inside the aside
            break
    return i


_RELATIVE_LOOKBACK = 220      # how far back a subject may open before a long aside ("Inflation in X, which ...,")


def _wider_relative(text: str, start: int, pos: int, comma: int) -> tuple[list[tuple[str, int, int]], int]:
    """The words before ``pos`` read again from further back, and the index of the last word before
    the aside the comma at ``comma`` closes: an aside longer than the usual window ("Inflation in
    Peru, which follows the ... Consumer Price Index (CPI), eased to"). The index of the comma when
    no aside opens there (or -1 when the wider window holds no such comma)."""
    lo = max(start, pos - _RELATIVE_LOOKBACK)
    words = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, pos)]
    if words and lo > start and words[0][1] == lo and text[lo - 1].isalpha():
        del words[0]
    at = next((k for k, w in enumerate(words) if w[1] == comma), -1)
    if at <= 1:
        return words, at
    return words, _before_relative(words, at, text)


# the first word of a relative clause or an apposition between a subject and its verb
_APPOSITION_OPENERS = frozenset({"which", "who", "the", "a", "an", "measured", "defined", "seen",
                                 # an aside of measure or comparison: "Unemployment, on the official measure, is"
                                 "on", "by", "according", "including", "excluding",
                                 # "The People's Party, also hit by the scandal, dropped": an aside of its own
                                 "also", "once", "itself", "themselves", "like", "unlike", "despite", "after",
                                 "one",    # "The National Alliance, one of the ruling parties, was second"
                                 # "The trade balance, though still in surplus, fell", "Total spending, counting
                                 # arrears, reached", "non-interest income, made up of fees, fell"
                                 "though", "although", "counting", "made", "mostly", "mainly", "largely"})
# a participle that opens an aside after a subject ("Core inflation, boosted by food prices, rose")
_ASIDE_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en)$")


# "the surplus for the nine months came to": a period named by its length alone
_LENGTH_OF_TIME = re.compile(r"\b(?:for|in|over|during)\s+the\s+[a-z0-9-]+\s+(?:days|weeks|months|quarters|years)$")
# a period after a subject, before its verb, that the time reader does not take: "Turnover for the day came to",
# "Total income for the half topped", "Trading over the whole week totalled", "net profit for the first half of
# 2015 reached"
_PERIOD_AFTER_SUBJECT = re.compile(
    r"\b(?:on|for|in|over|during|through|throughout)\s+(?:(?:the|this|that|its|their|last|each)\s+)?"
    r"(?:(?:first|second|third|fourth|final|last|latest|whole|entire|full|same|past|previous|latest)\s+)?"
    r"(?:year|years|quarter|quarters|month|months|week|weeks|half|period|day|days|session|fortnight)"
    r"(?:\s+of\s+(?:19|20)\d\d)?$")
# (not a weekday: "Toyota Motor Corp on Tuesday posted a 51 percent jump" names the company, not the statistic)
_PERIOD_ENDS = frozenset({"day", "days", "session", "fortnight"}) \
    | frozenset(d.lower() for d in calendar.day_name)     # "Turnover on Thursday came to"
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


# the links that make the figure a change ("..., up 59 GW"), and those that stand for a verb
# right after a subject ("Labor down two", "shares up 3%")
_CHANGE_LINKS = frozenset({"up", "down", "by"})
_ELIDED_LINKS = frozenset({"up", "down", "from"})   # ("; the Progressive Party from 11.4% to 8.8%")
# what may stand between a subject and its verb ("is projected at", "is expected to grow by")
# (with the vocabulary's forecast_participles: "is expected to grow by")
_AUX = frozenset({"has", "have", "had", "having", "was", "were", "is", "are", "will", "would", "be", "been", "to",
                  "now", "still", "already", "also", "set",
                  # "the economy should expand by" (a forecast; not "could", "might": a projection's hedge, "the
                  # count might rise to 20,000", "could be fined up to 5 per cent of its revenue")
                  "should",
                  "likely", "due",
                  # "damage was first estimated at $2bn", "was initially put at"
                  "first", "initially", "originally", "provisionally", "officially"})
# adverbs right after a subject ("The state budget alone was", "Wind alone produced", "the three parties together
# polled"), not after a place or a time ("the toll in that country alone had reached": the place's)
_SUBJECT_ADVERBS = frozenset({"alone", "together", "combined", "collectively", "overall", "meanwhile", "however"})
_PHRASE_PREPOSITIONS = frozenset({"in", "at", "on", "for", "across", "from", "of", "during", "over"})


@lru_cache(maxsize=8)
def _subject_verbs(measure_words: frozenset[str]) -> frozenset[str]:
    return frozenset(_COPULAS) | measure_words


def _build_change_verbs(vocab: Vocabulary) -> frozenset[str]:
    """The verbs that join a subject to its figure, with the words of the vocabulary's change measures
    and its verbs of a forecast."""
    return _subject_verbs(frozenset(w for w, name in vocab.measure_by_word.items() if name in CHANGE_MEASURES)
                          | frozenset(vocab.words("forecast_link_verbs")))


_change_verbs = per_vocabulary(_build_change_verbs)
change_verbs = _change_verbs       # (public: the clause reader of ``extract/statistic.py`` starts from them)


def _build_aux_words(vocab: Vocabulary) -> frozenset[str]:
    """What may stand between a subject and its verb, with the vocabulary's participles of a forecast."""
    return _AUX | frozenset(vocab.words("forecast_participles"))


_aux_words = per_vocabulary(_build_aux_words)


def subject_before(text: str, start: int, pos: int, vocab: Vocabulary,
                   more_verbs: frozenset[str] = frozenset()) -> tuple[Thing | None, bool]:
    """The subject a percentage or an amount is the level or the change of: "the jobless rate
    slipped to 7.7 percent", "The Consumer Price Index climbed 3.2%", "a turnout of 48 percent".

    Reads the words before the number backwards: a few linking words ("to", "by", "at", "an
    annual"), then a verb (a copula or a word of a change measure), then the noun phrase
    before it, up to a word that cannot be in one; or, with no verb, a noun right before "of".
    Returns the thing and whether a verb joined it (a subject before "of" is the weaker reading:
    "holders of $27 billion of its debt"). ``more_verbs`` are further verbs that may join them (the
    statistic verbs a clause reader found: ``extract/statistic.py``)."""
    lo = max(start, pos - 90)
    words = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, lo, pos)]
    if words and lo > start and words[0][1] == lo and text[lo - 1].isalpha():
        del words[0]        # the end of a word the window cut ("...lation"), no word of its own
    if len(words) > 1 and words[-1][0] == "(" and words[-2][0].lower() in _LINKS:
        del words[-1]       # "the Financial index went up by (0.3%)": a figure written in brackets
    i = len(words) - 1
    linked_of = linked_worth = False
    linked_at = i >= 0 and words[i][0].lower() == "at"
    verbs = _change_verbs(vocab) | more_verbs if more_verbs else _change_verbs(vocab)
    while i >= 0 and words[i][0].lower() in _LINKS:
        if words[i][0].lower() in _RATE_HEADS and linked_of and i > 0 and words[i - 1][0][0].isalpha() \
                and words[i - 1][0].lower() not in _LINKS and words[i - 1][0].lower() not in STOP_WORDS \
                and words[i - 1][0].lower() not in verbs:
            break       # "a case fatality rate of 6.2 per cent": the rate is the head of its name
        # "goods worth $55 billion", "shares worth Rs 6.7 billion": the noun before is what it is the value of
        linked_worth = linked_worth or words[i][0].lower() == "worth"
        linked_of = linked_of or words[i][0].lower() in ("of", "worth")
        i -= 1
    if linked_of and i > 0 and words[i][0].lower() in _LEVEL_NOUNS:
        j = i - 1       # "exports surged 18% to an all-time high of ¥15 trillion": the level's subject
        while j >= 0 and (words[j][0].lower() in _LINKS or words[j][0].lower() in _LEVEL_MODIFIERS
                          or "-" in words[j][0] or words[j][0].lower() in _CHANGE_UNIT_WORDS
                          or (words[j][0] in ".," and text[words[j][2]:words[j][2] + 1].isdigit())):
            j -= 1
        if j >= 0 and words[j][0].lower() in verbs:
            i = j
    if 1 < i and words[i][0].lower() in _LEVEL_NOUNS | _LEVEL_MODIFIERS and words[i - 1][0].lower() in ("a", "an") \
            and words[i - 2][0].lower() in verbs:
        i -= 2          # "net profit reached a record SGD 2.39 billion": the level's subject before its verb
    if 0 < i < len(words) - 1 and words[i + 1][0].lower() == "by" and words[i][0].isalpha():
        j = i - 1       # "Revenue missed its target by 12.9%", "operating income beat consensus by 6 per cent"
        while j >= 0 and (words[j][0].lower() in _DETERMINERS or words[j][0].lower() in ("a", "an")):
            j -= 1
        if j >= 0 and words[j][0].lower() in vocab.words("target_verbs"):
            return subject_before(text, start, words[j][2], vocab, more_verbs | {words[j][0].lower()})
    via_verb = i >= 0 and (words[i][0].lower() in verbs or (
        i > 0 and _PARTICIPLE.search(words[i][0]) is not None and words[i - 1][0].lower() in _PASSIVE_AUX))
    # ("Agriculture was handed Ksh 60 billion", "exports were valued at": a verb in the passive)
    elided = (not via_verb and 0 <= i < len(words) - 1 and words[i + 1][0].lower() in _ELIDED_LINKS
              and words[i][0][0].isalpha() and words[i][0].lower() not in STOP_WORDS
              # (after a name only: "; the Progressive Party from 11.4%", not "in June from 6.1 percent")
              and (words[i + 1][0].lower() != "from" or (words[i][0][0].isupper()
                                                         and words[i][0].lower() not in NP_END_WORDS)))
    if via_verb and i > 0 and words[i - 1][0].lower() in ("a", "an", "annualized", "annualised", "annual"):
        return None, False      # "an annualized fall of 3.0 percent": a noun, its subject is elsewhere
    if via_verb and i > 0 and words[i - 1][0] == "," and words[i][0].endswith("ing") and lo == start:
        return _main_subject(text, words, i, verbs, vocab), True      # "The Sensex rallied ..., ending 455.95 points"
    if via_verb and i > 0 and words[i - 1][0] == "," and words[i][0].endswith("ing"):
        # "..., and the Social Democrats were not far behind, rising from 18.4%": the subject of its own clause
        return _clause_subject(text, words, i, verbs, vocab, False), True
    if via_verb:
        i -= 1
        aux = _aux_words(vocab)
        while i >= 0 and words[i][0].lower() in aux:
            i -= 1
        if i > 0 and words[i][0].lower() in _SUBJECT_ADVERBS \
                and not any(w[0].lower() in _PHRASE_PREPOSITIONS for w in words[max(0, i - 3):i]):
            i -= 1
            while i >= 0 and words[i][0].lower() in aux:
                i -= 1
        if i > 0 and words[i][0].lower() == "and" and not more_verbs:
            shared = _shared_subject(text, start, lo, words[i][1], vocab)
            if shared is not None:
                return shared, True
        if i > 2 and words[i][0] == ")" and words[i - 2][0] == "(" and words[i - 1][0].isupper() \
                and words[i - 3][0][0].isalpha():
            i -= 3      # "Uruguay's Consumer Price Index (CPI) climbed 1.1%": the subject's acronym
        if i > 0 and (time_head(words[i][0].lower()) or words[i][0].lower() in _PERIOD_ENDS
                      or _YEAR_TOKEN.fullmatch(words[i][0]) or _HAS_DIGIT.search(text, words[i][2], words[i + 1][1])):
            i = _before_time(words, i, text)    # "China's imports over the first three quarters were worth"
            if i > 1 and words[i][0].lower() in _TIME_PREPOSITIONS and words[i - 1][0][0].isalpha() | (
                    words[i - 1][0] == ")"):
                i -= 1      # "the index for December 2016 stood at": the time's own preposition
            if i > 2 and words[i][0] == ")" and words[i - 2][0] == "(" and words[i - 1][0].isupper() \
                    and words[i - 3][0][0].isalpha():
                i -= 3      # "Taiwan's consumer price index (CPI) for December 2016 stood at": its acronym too
        if i > 1 and words[i][0] == ",":
            # "Net profit, which takes in ..., dropped 14 percent" (read from further back when the window cut it)
            if lo > start:
                words, i = _wider_relative(text, start, pos, words[i][1])
            else:
                i = _before_relative(words, i, text)
        else:
            i = _before_bare_relative(words, i)
    elif linked_at:
        listed = _listed_at(words, i, text, vocab)
        if listed is not None:
            return listed, False
        k = _ranked_in_before(words, i)
        if k is not None:   # "yearly inflation was steepest in the Karaganda region at 10.5 percent"
            via_verb = True
            i = k - 1
            while i >= 0 and words[i][0].lower() in _aux_words(vocab):
                i -= 1
    elif 0 < i < len(words) - 1 and words[i][0] == "," and words[i + 1][0].lower() in _CHANGE_LINKS:
        listed = _listed_at(words, i - 1, text, vocab)      # "followed by wind, up 59 GW"
        if listed is not None:
            return listed, False
    if elided and i > 0 and words[i - 1][0] == "," and words[i][0].lower().endswith("ing"):
        # "The Independence Party is still the strongest, edging up from 22.7%": the clause's subject
        return _clause_subject(text, words, i, verbs, vocab, lo == start), True
    if elided:          # "Labor down two to 37%", "the Coalition is down one point": a verb left out
        via_verb = True
        if i > 0 and _VERB_FORM.search(words[i][0]) and words[i - 1][0][0].isalpha() \
                and words[i][0].lower() not in vocab.thing_by_word:
            i -= 1      # "net income edged up 0.9 per cent": the verb before "up" is no word of the subject
    elif not via_verb and not linked_of:
        return None, False
    np: list[str] = []
    if 0 <= i < len(words) - 1 and words[i][0][0].isupper():
        numbered = _NAME_NUMBER.fullmatch(text, words[i][2], words[i + 1][1])
        if numbered is not None:        # "The S&P 500 ended at", "the Russell 2000 closed at": a name's number
            np = [words[i][0], numbered.group(1)]
            i -= 1
    while i >= 0 and (len(np) < 5 or (len(np) < 8 and "and" in np)):
        w = words[i][0]
        low = w.lower()
        if w == "," and via_verb and "and" in np and np[0] != "and" and i > 0 and words[i - 1][0].isalpha() \
                and words[i - 1][0].islower() and words[i - 1][0] not in STOP_WORDS and words[i - 1][0] not in verbs \
                and not _HAS_DIGIT.search(text, words[i - 1][2], words[i][1]):
            i -= 1      # "Shipments of garments, footwear and travel goods amounted to": a list inside the subject
            words[i] = (words[i][0] + ",", words[i][1], words[i][2])
            continue
        if not w[0].isalpha() or (np and _HAS_DIGIT.search(text, words[i][2], words[i + 1][1])):
            break       # "In fiscal 2018-19 revenue rose": a number ends the noun phrase
        if np and linked_worth and not via_verb and (w[0].isupper() or _PARTICIPLE.search(low)):
            break       # "Ghana shipped cocoa worth $2.1 billion": the verb or the name before the goods
        if np and _POSSESSIVE.search(w):
            if i > 1 and words[i - 1][0].lower() in _SUBJECT_PREPOSITIONS and words[i - 2][0][0].isalpha() \
                    and words[i - 2][0].lower() not in STOP_WORDS:
                np = []     # "Operating profit at Japan's biggest carmaker came to": the head before it
                i -= 2
                continue
            if w[0].isupper() and np[0][0].isupper() and i > 0 and words[i - 1][0].lower() == "the" \
                    and vocab.canonical_place(w.rstrip("'’s")) not in vocab.places:
                np.insert(0, w)     # "the People's Party dropped": a possessive inside a name
                i -= 1
                continue
            break       # "Japan's real gross domestic product": the owner is the where, not the thing
        if np and low == "the" and i > 1 and words[i - 1][0].lower() in _SUBJECT_PREPOSITIONS:
            i -= 1
            low = words[i][0].lower()
        head = words[i - 1][0].lower() if i > 0 else ""
        if np and low in _PERCENT_WORDS:
            break       # "came to 1.2 per cent and earnings per share were": the figure before ends it
        if np and (low == "per" or low == "on" and head in _RETURN_HEADS) and i > 0 and words[i - 1][0][0].isalpha():
            np.insert(0, w)     # "earnings per share", "return on equity": one name, a ratio's
            i -= 1
            continue
        if np and low == "with" and not via_verb:
            break       # "ended the year with inflation of 4.55 percent": the noun "with" governs
        if np and low in _SUBJECT_PREPOSITIONS and i > 0 and words[i - 1][0][0].isalpha() \
                and head not in STOP_WORDS and (head not in vocab.measure_by_word or head.endswith("s")):
            np = []     # "Annual inflation in the euro area is", "Tourist arrivals in Peru rose": the head
            #             comes before its "in" phrase (a measure's plural noun too)
            i -= 1
            if i > 0 and words[i][0].lower() in _POSTMODIFIERS and words[i - 1][0][0].isalpha():
                i -= 1  # "Shipments bound for China grew": the participle after the head
            continue
        if np and low == "than" and i > 1 and words[i - 1][0].lower() == "other" and words[i - 2][0][0].isalpha() \
                and words[i - 2][0].lower() not in STOP_WORDS:
            np = []     # "Imports other than oil slid": the head before what it leaves out
            i -= 2
            continue
        if low in STOP_WORDS:
            if low in ("of", "and") and np and i > 0 and words[i - 1][0][0].isalpha() \
                    and words[i - 1][0].lower() not in STOP_WORDS and words[i - 1][0].lower() not in verbs:
                np.insert(0, w)                         # "the rate of inflation", "imports and exports"
                i -= 1
                continue
            break
        if (low in vocab.measure_by_word and not (not np and low.endswith("s") and low not in verbs)) \
                or low in NP_END_WORDS or (np and low in verbs) \
                or (np and linked_of and (low in lexicon(vocab).forecast_verbs
                                          or low in lexicon(vocab).reporting_verbs)):
            break       # "RIM forecast second-quarter revenue of": the verb ends the subject (a verb of a
            #             forecast: "the bank projects inflation of 2 percent", or of a report: "the bank
            #             reported net profit of"); a measure's plural noun heads one ("public debt
            #             charges climbed $10.3 billion")
        np.insert(0, w)
        i -= 1
    while np and np[-1].lower() == "of":
        np.pop()
    if "and" in np and i + 1 < len(words) and _HAS_DIGIT.search(text, words[i][2] if i >= 0 else start,
                                                                words[i + 1][1]):
        # "revenue of $3.45 billion to $3.7 billion and earnings of": "and" joins two figures' phrases
        np = np[len(np) - np[::-1].index("and"):]
    while np and np[0].lower() in ("of", "and"):
        np.pop(0)
    if np and np[0].lower() in SCALES:
        return None, False      # "150 billion yen instead of 200 billion yen": the words of another figure
    if not np or np[-1].lower() in PRONOUN_HEADS or np[-1].lower() in ("it", "they", "he", "she", "we", "i"):
        return None, False
    head = np[-1].lower()
    return _thing(np, vocab.thing_by_word.get(head), head), via_verb


# a figure of the clause before "and" ("Consumer prices rose 2.09 pct in April and were 24.82 pct higher")
_FIGURE_DIGITS = re.compile(r"\d[\d,.]*")
_OTHER_CLAUSE = re.compile(r"[;:]|,\s+(?:while|whereas|but)\b")


def _shared_subject(text: str, start: int, lo: int, at: int, vocab: Vocabulary) -> Thing | None:
    """The subject a second verb after "and" at ``at`` shares with the verb of a figure before it in the same
    clause: "Government debt grew by 1.9 percent in 2015 and reached 289.7 billion kunas" (a year before it
    is no such figure: the nearest figure a verb joins to a subject is)."""
    ends = [e.end() for e in _OTHER_CLAUSE.finditer(text, lo, at)]
    clause = ends[-1] if ends else lo
    for figure in reversed(list(_FIGURE_DIGITS.finditer(text, clause, at))[-3:]):
        head, joined = subject_before(text, max(start, clause), figure.start(), vocab)
        if joined and head is not None:
            return head
    return None


# the words that open a relative clause with no comma ("the number of people who attempted the crossing
# was up 111%") and the pronouns of a contact clause ("the number of passengers it carried rose", "the
# cargo it handled grew")
_BARE_RELATIVES = frozenset({"who", "that", "which", "whom"})
_CLAUSE_PRONOUNS = frozenset({"it", "they", "we", "he", "she"})
_BARE_RELATIVE_REACH = 10


def _before_bare_relative(words: list[tuple[str, int, int]], i: int) -> int:
    """The index of the head before a relative clause without commas that ends at word ``i`` (the last
    word before the verb): the head must be "the X" or "X of Y" ("the number of people who ...", "the
    cargo it handled"), so a verb of saying ("said it posted") or a clause of its own is not read."""
    for k in range(i, max(0, i - _BARE_RELATIVE_REACH), -1):
        w = words[k][0]
        low = w.lower()
        if not w[0].isalpha():
            return i
        if low not in _BARE_RELATIVES and low not in _CLAUSE_PRONOUNS:
            continue
        if k == i or k < 2:
            return i
        head, before = words[k - 1][0], words[k - 2][0].lower()
        if not head[0].isalpha() or head.lower() in STOP_WORDS or head.lower() in NP_END_WORDS \
                or _VERB_FORM.search(head.lower()):
            return i
        if before in _DETERMINERS or before == "of" or (k > 2 and words[k - 3][0].lower() == "of"):
            return k - 1
        return i
    return i


# what opens a clause inside a sentence ("...; the Progressive Party", "..., and the Social Democrats")
_CLAUSE_OPENERS = frozenset({";", ":", "while", "whereas", "but"})


def _clause_subject(text: str, words: list[tuple[str, int, int]], i: int, verbs: frozenset[str],
                    vocab: Vocabulary, whole: bool) -> Thing | None:
    """The subject of the clause a participle after a comma (word ``i``) hangs on: the subject after the
    last opening of a clause before it, or the sentence's when ``whole`` (its words start the sentence)."""
    for k in range(i - 2, -1, -1):
        w = words[k][0].lower()
        if w in _CLAUSE_OPENERS or (w == "and" and k > 0 and words[k - 1][0] == ","):
            return _main_subject(text, words[k + 1:], i - k - 1, verbs, vocab)
    return _main_subject(text, words, i, verbs, vocab) if whole else None


def _main_subject(text: str, words: list[tuple[str, int, int]], i: int, verbs: frozenset[str],
                  vocab: Vocabulary) -> Thing | None:
    """The subject that opens the sentence (after a dateline), before its first verb: what a
    participle clause after it (", ending 455.95 points higher") is about."""
    np: list[str] = []
    last_end = words[0][1] if words else 0
    for w, w_start, w_end in words[:i]:
        low = w.lower()
        if "-" in text[last_end:w_start]:
            np = []         # "MUMBAI - The Sensex": the dateline before it
        last_end = w_end
        if low in verbs or low in vocab.measure_by_word or not w[0].isalpha() or len(np) >= 4:
            break
        if low not in _DETERMINERS:
            np.append(w)
    if not np or np[-1].lower() in STOP_WORDS:
        return None
    head = np[-1].lower()
    return _thing(np, vocab.thing_by_word.get(head), head)


# a party's or a candidate's share of a poll or a count: "puts the PSD on 23.6 percent", "Vox would take
# 12.4 percent", "Junts has 1.5 percent", "Podemos comes fifth with 4.2 percent", "Labour is on 5 per cent",
# "Independents stand at 17 per cent"; and in a list after one of them, the name right before its share (", the
# Communist-led CDU 8.6 percent", "and the PP 31.6 percent", "and the small centre-right NRP 4 percent")
_HOLDER = r"(?P<holder>[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,2})"
_SHARE_HOLDER_BEFORE = re.compile(
    _HOLDER + r"[ \t]+(?:(?:(?:is|are|was|were|stays?|stayed|remains?|remained)[ \t]+)?on"
    r"|(?:stands?|stood|is|are|was|were)[ \t]+at"
    r"|(?:(?:would|could|will|might|may)[ \t]+)?(?:take|takes|took|get|gets|got|win|wins|won|poll|polls|polled|"
    r"score|scores|scored|secure|secures|secured|has|had|have|receive|receives|received)"
    r"|(?:comes?|came|finish(?:es|ed)?|is|was|ranks?|ranked)[ \t]+(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|last)[ \t]+with|(?:leads?|led|trails?|trailed|follows?|followed)[ \t]+(?:on|with))"
    r"[ \t]+(?:(?:just|about|nearly|some|around)[ \t]+)?$")
# a party "on" its share, its acronym or an aside set off by commas between: "the Social Democratic Party (SDE) on
# 10 percent", "The Greens, on 14 percent", "Estonia 200, which has no seats in parliament, on 7.1 percent", "The
# Flemish greens, on 12.1%" (capitalised words, a number inside a name, one plural noun of its own at the end)
_SHARE_HOLDER_ON_BEFORE = re.compile(
    r"(?P<holder>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|\d{1,4}(?![\d.,%]))){0,3}(?:[ \t]+[a-z]{3,}s)?)"
    r"(?:[ \t]+\([A-Z][\w&-]{1,9}\))?(?:,[^,\d;:()]{1,60},|(?P<bare>,))?[ \t]+on[ \t]+"
    r"(?:(?:just|about|nearly|some|around)[ \t]+)?$")
# what opens the clause of a party set off by a bare comma before "on" ("The Greens, on 14 percent", "and NEOS, on 8
# percent"; not the object of a verb: "PAN overtakes the CDS-PP, on 4.9 percent")
_CLAUSE_OPENED = re.compile(r"(?:[,;:][ \t]*|\b(?:and|while|whereas|but)[ \t]+)(?:the[ \t]+)?$")
# a listed name with its acronym in brackets: ", Continue the Change - Democratic Bulgaria (CC-DB) 17.9%", "and the
# Movement for Rights and Freedoms (MRF) 15.2%"
_SHARE_ACRONYM_BEFORE = re.compile(
    r"(?:,|\band)[ \t]+(?:the[ \t]+)?(?P<holder>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z][\w'’&.-]*|of|for|the|and|a|an|on|in"
    r"|[-–]))*?)[ \t]+\([A-Z][A-Za-z0-9&-]{1,9}\)[ \t]+$")
_SHARE_LISTED_BEFORE = re.compile(r"(?:,|\band)[ \t]+(?:the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2})?" + _HOLDER + r"[ \t]+$")
POLL_CONTEXT = 600      # how far before a share the words of a poll (``poll_words``) may stand


def share_holder_before(text: str, start: int, pos: int, vocab: Vocabulary, listed: bool = False) -> Thing | None:
    """The party or candidate a percentage is the share of, named right before it in a poll's or a
    count's copy; with ``listed``, also a bare name in a list after another share."""
    lo = max(start, pos - 80)
    on = _SHARE_HOLDER_ON_BEFORE.search(text, max(start, pos - 110), pos)
    if on is not None and on.group("bare") and text[start:on.start()].strip(" \t\"'“‘") \
            and not _CLAUSE_OPENED.search(text, max(start, on.start() - 12), on.start()):
        on = None
    m = _SHARE_HOLDER_BEFORE.search(text, lo, pos) or on or (
        (_SHARE_LISTED_BEFORE.search(text, lo, pos) or _SHARE_ACRONYM_BEFORE.search(text, max(start, pos - 110), pos))
        if listed else None)
    if m is None or lexicon(vocab).poll_words.search(text, max(0, start - POLL_CONTEXT), pos) is None:
        return None
    words = m.group("holder").split()
    while words and (words[0] in ("The", "A", "An") or words[0].endswith("-led")):
        words.pop(0)        # "the Communist-led CDU": the name
    if not words or words[0] in attribution_words(vocab).not_sources or words[0].lower() in STOP_WORDS:
        return None
    name = " ".join(words)
    return Thing(name, None, name.lower())


# a body an amount goes to in budget copy, named before a verb of receiving: "Health comes third with $12 billion",
# "Fisheries and Forestry receives $2.3 billion", "the Defence and Transport ministries get $8 billion each",
# "the Ministry of Works, which gets $90 billion"
_RECIPIENT_BEFORE = re.compile(
    r"(?:^\W*|[,;:][ \t]+(?:and[ \t]+)?|\b(?:and|while|whereas|to)[ \t]+)(?:the[ \t]+)?"
    r"(?P<holder>[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:and|&|of|for)[ \t]+)?[A-Z][\w'’&.-]*){0,5}"
    r"(?:[ \t]+(?:ministry|ministries|department|departments|portfolio|portfolios|sector|sectors))?)"
    r"(?:,[ \t]+which)?[ \t]+(?:receives?|received|gets?|got|(?:is|was|are|were)[ \t]+(?:allocated|allotted|given)"
    r"|(?:comes?|came|ranks?|ranked|is|was)[ \t]+(?:first|second|third|fourth|fifth|next|last)[ \t]+with)"
    r"[ \t]+(?:(?:just|about|nearly|some|around|almost)[ \t]+)?$")
_BUDGET_CONTEXT = 600   # how far before an amount the words of a budget (budget_words) may stand


def recipient_before(text: str, start: int, pos: int, vocab: Vocabulary) -> Thing | None:
    """The body an amount is allocated to in a budget's copy, named before a verb of receiving
    ("Education comes second with $79 billion"): what the amount is the share of the budget of."""
    m = _RECIPIENT_BEFORE.search(text[max(start, pos - 120):pos])
    if m is None or lexicon(vocab).budget_words.search(text, max(0, start - _BUDGET_CONTEXT), pos) is None:
        return None
    name = m.group("holder")
    first = name.split(" ", 1)[0]
    if first.lower() in STOP_WORDS or first in attribution_words(vocab).not_sources:
        return None
    return Thing(name, None, name.lower())


# a phrase after the head of a subject: "inflation in the euro area", "hours worked across the economy",
# "operating profit at Japan's biggest carmaker", "revenue from operations", "turnout for the seats",
# "debt charges on public borrowing", "program expenses excluding actuarial losses"
_SUBJECT_PREPOSITIONS = frozenset({"in", "across", "with", "at", "from", "on", "excluding", "for", "to"})
# ("shipments to major markets", "sales to China": the head before its destination)
_RETURN_HEADS = frozenset({"return", "returns"})
_PERCENT_WORDS = frozenset({"cent", "percent", "pc", "pct"})
_NAME_NUMBER = re.compile(r"[ \t]+(\d{2,4})[ \t]+")
_POSSESSIVE = re.compile(r"[A-Za-z]['’]s?$")


# a level ranked where it stands ("was steepest in the Karaganda region at 10.5 percent"): the copula, a
# superlative and "in" a place before "at"
_RANK_COPULAS = frozenset({"was", "were", "is", "are", "remained", "remains", "stood", "stands"})
_SUPERLATIVE = re.compile(r"[a-z]{3,}est$|most$|least$")


def _ranked_in_before(words: list[tuple[str, int, int]], i: int) -> int | None:
    """The index of the copula of "X was highest in <place> at N" when word ``i`` ends the place."""
    for k in range(i, max(1, i - 7), -1):
        w = words[k][0]
        if not w[0].isalpha():
            return None
        if w.lower() == "in" and k > 1 and _SUPERLATIVE.match(words[k - 1][0].lower()) \
                and words[k - 2][0].lower() in _RANK_COPULAS:
            return k - 2
    return None


def _listed_at(words: list[tuple[str, int, int]], i: int, text: str, vocab: Vocabulary) -> Thing | None:
    """"followed by food, alcohol and tobacco at 2.7%", "and goods at 0.4%": the items of a list
    before "at" and a level, with no verb; the phrase must follow a clause break ("," "and"
    "by" "while"), so that "prices at 2%" inside a clause is left to the other readings."""
    end = i
    while i >= 0 and i > end - 8:
        w = words[i][0]
        low = w.lower()
        if _HAS_DIGIT.search(text, words[i][2], words[i + 1][1] if i + 1 < len(words) else words[i][2]):
            break
        if w[0].isalpha() and low not in STOP_WORDS and low not in NP_END_WORDS and low not in vocab.measure_by_word:
            i -= 1
            continue
        if (w == "," or low == "and") and i > 0 and words[i - 1][0][0].isalpha() \
                and words[i - 1][0].lower() not in STOP_WORDS and i < end \
                and not _HAS_DIGIT.search(text, words[i - 2][2] if i > 1 else 0, words[i - 1][1]):
            i -= 1      # (not past a figure's unit: "wind at 623 GW and solar at 586 GW")
            continue
        break
    first = i + 1
    if first > end or not words[first][0][0].isalpha():
        return None
    before = words[i][0].lower() if i >= 0 else ""
    if before not in (",", "and", "by", "while", "with", "from") or _HAS_DIGIT.search(
            text, words[i][2] if i >= 0 else 0, words[first][1]):
        return None
    head = words[end][0].lower()
    return Thing(text[words[first][1]:words[end][2]], vocab.thing_by_word.get(head), head)


THING_LOOKBACK = 250


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")


def thing_before(text: str, start: int, pos: int, vocab: Vocabulary, lower: str | None = None,
                 lex=None) -> Thing | None:
    """The nearest counted thing of the vocabulary earlier in the sentence."""
    last = None
    # a bounded look-back: a thing named further back is another clause's, and a sentence of
    # a million numbers must not cost a million look-backs over the whole sentence
    if lex is not None and lower is not None:
        found = lex.thing.finditer(lower, max(start, pos - THING_LOOKBACK), pos)
    else:
        found = vocab.thing_pattern.finditer(text, max(start, pos - THING_LOOKBACK), pos)
    measures = vocab.measure_by_word
    people = None
    for m in found:
        word = " ".join(fold_keyword(text[m.start():m.end()]).split())
        if word not in measures or vocab.thing_by_word.get(word) != "people":
            words = attribution_words(vocab)
            end = m.end()
            noun = _NEXT_WORD.match(text, end)
            if noun is not None and (noun.group(1).lower() in words.source_noun_set
                                     or noun.group(1).lower() in words.person_roles):
                end = noun.end()    # "the police headquarters gave 87,000", "army officials said", "the police chief"
                named = _APPOSED_NAME.match(text, end)
                end = named.end() if named is not None else end    # "the police chief, Elmer Soria, said"
            if words.speaker_after.match(text, end) and _is_people(vocab.thing_by_word.get(word), vocab):
                continue        # "Police said 30 were killed", "police put the crowd at 338,000": who counts
            if _AGENT_BEFORE.search(text, max(start, m.start() - 16), m.start()) \
                    or _AUDIENCE_BEFORE.search(text, max(start, m.start() - 16), m.start()):
                continue        # "the toll given by the military ... is four dead": who gave or did it; "told
                #                 reporters of 14 deaths": who heard it
            last = m
        else:
            people = m          # "dead", "lives": words of a measure, that count people
    if last is None or (people is not None and people.start() > last.start()):
        return _thing_of(("people",), "people", "people") if people is not None else None
    head = " ".join(text[last.start():last.end()].split())
    mods: list[str] = []
    before = list(_TOKEN.finditer(text, max(start, last.start() - 40), last.start()))
    for tok in reversed(before):
        w = tok.group()
        if w[0].isupper() and w.lower() not in STOP_WORDS and tok.start() != start:
            mods.insert(0, w)
        else:
            break
    return _thing(mods + [head], vocab.thing_by_word.get(head.lower()), head)


# the agent of a passive: "given by the military", "killed by police"
_AGENT_BEFORE = re.compile(r"\bby[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[a-z][\w-]*[ \t]+)?$", re.I)
# who was told a figure: "told reporters of 14 deaths", "briefed journalists on"
_AUDIENCE_BEFORE = re.compile(r"\b(?:told|tells|telling|briefed|briefing|informed)[ \t]+(?:(?:the|a)[ \t]+)?$", re.I)
# a name after a role, set off by commas or not: "the police chief, Elmer Soria, said", "Police chief Ahmed Ali said"
_APPOSED_NAME = re.compile(r",?[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.'’-]*,?")


def _is_people(cls: str | None, vocab: Vocabulary) -> bool:
    return _PEOPLE in vocab.thing_ancestors(cls)


# what joins two clauses between a measure and the next number ("died and 40", "killed, while 12")
_CLAUSE_JOIN = re.compile(r"\s*,?\s*(?:and|but|while|whereas)\s+(?:(?:another|a\s+further|an\s+additional|other)\s+)?",
                          re.I)
# a clause break between a measure and a number after it ("died in Assam and about 36,000 had
# been displaced", "displaced; in Tripura at least 3 died"): the number's own measure after it wins
_CLAUSE_BREAK = re.compile(r"[;:]|,\s|\s(?:and|but|while|whereas)\s", re.I)


# what a measure of things made or removed says of a percentage right after its word: the rate
# rose or fell ("the Nikkei added 0.3 per cent"; "added 200 jobs" stays created)
_RATE_MOVES = {"created": "rose", "cut": "fell"}
# the measures that say a figure rose or fell (rules/vocabulary/measures.yaml): another measure
# of the clause says more ("the death toll rose to 42" is killed, "cases fell to 30" is cases)
CHANGE_MEASURES = frozenset({"rose", "fell"})


class ChangeWords:
    """A word of change right before a figure says the figure is a rise or a fall ("up 9.9
    percent", "down one point", "a rise of 90 points", "grown by 3 million", "(+7.4%)": a sign in
    brackets, the figure after it), from the
    vocabulary's rise_words and fall_words (rules/vocabulary/cues.yaml). Not the comparatives a
    hedge puts after a figure ("above", "more"), nor "up" after a verb it is the particle of
    ("made up 75%", "put up 16 points")."""

    def __init__(self, vocab: Vocabulary) -> None:
        comparatives = {w.lower() for h in vocab.hedges.values() for w in h.after}
        self.direction: dict[str, str] = {}
        for words, measure in ((vocab.words("fall_words"), "fell"), (vocab.words("rise_words"), "rose")):
            for w in words:
                if w.lower() not in comparatives and measure in vocab.measures:
                    self.direction[" ".join(w.lower().split())] = measure
        alts = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                        for w in sorted(self.direction, key=lambda w: (-len(w), w))) or r"(?!x)x"
        self.before = re.compile(rf"(?<![\w-])(?:an?\s+)?(?P<word>{alts})(?:\s+(?:by|of))?\s+$", re.I)
        # the last word before a change, to try the pattern only where it may match
        self.last_words = frozenset(w.split()[-1] for w in self.direction) | {"by", "of"}
        particles = {w.lower() for w in (*vocab.words("share_up_verbs"), *vocab.words("particle_up_verbs"))}
        self.particle_before = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, sorted(particles)))})"
                                          r"\s+(?:up|down)\s+$" if particles else r"(?!x)x", re.I)

    def of(self, text: str, lo: int, m_start: int) -> str | None:
        """The change a figure at ``m_start`` is said to be, or None."""
        if m_start < 2:
            return None
        before = text[m_start - 1]
        if not before.isspace():        # most figures: a space before, and no word of change
            sign = text[m_start - 2:m_start]
            if sign in ("(+", "(-", "(−") or before == "(" and text[m_start] in "-−":
                return "rose" if sign == "(+" else "fell"
            return None
        lo = max(lo, m_start - 30)
        space = text.rfind(" ", lo, m_start - 1)
        if text[space + 1:m_start - 1].lower() not in self.last_words:
            return None
        window = text[lo:m_start]
        m = self.before.search(window)
        if m is None or self.particle_before.search(window):
            return None
        return self.direction.get(" ".join(fold_keyword(m.group("word")).split()))


change_words = per_vocabulary(ChangeWords)


def measure_for(text: str, sent_start: int, lo_barrier: int, m_start: int, m_end: int,
                hi_barrier: int, vocab: Vocabulary, lower: str | None = None, lex=None,
                rate: bool = False, spans: bool = True) -> str | None:
    """The measure of a claim (see the module docstring for the order of preference); ``rate``
    for a percentage, which a word of change right before says rose or fell whatever else it means;
    ``spans`` reads the measure of a span's first end for its second (once, never that end's own span)."""
    pat = vocab.measure_pattern
    if lex is not None and lower is not None:
        pat, text = lex.measure, lower
    lo_barrier = _past_a_phrases_number(text, sent_start, lo_barrier)
    found = _measure_for(pat, text, lo_barrier, m_start, m_end, hi_barrier, attribution_words(vocab).speaks_next,
                         residence_words(vocab))
    change = change_words(vocab).of(text, lo_barrier, m_start)
    if rate and found is not None and found.end() >= m_start - 5:
        moved = _RATE_MOVES.get(vocab.measure_by_word[" ".join(fold_keyword(found.group()).split())])
        if moved is not None:
            return moved    # "the Nikkei added 0.3 per cent", "shedding 0.37 per cent": a rate rose or fell
    if change is not None and (found is None or found.end() <= m_start - _NEAR_MEASURE
                               or vocab.measure_by_word[" ".join(fold_keyword(found.group()).split())]
                               in CHANGE_MEASURES):
        # "up 9.9 percent": the word of change right before the figure says more than a verb
        # farther off ("both parties losing ground: the Coalition is down one point")
        return change
    if found is None:
        first = _first_end_of_its_span(text, sent_start, lo_barrier, m_start) if spans else None
        return None if first is None else measure_for(text, sent_start, _after_a_figure_before(text, sent_start, first),
                                                      first, lo_barrier, hi_barrier, vocab, lower, lex, rate, False)
    measure = vocab.measure_by_word[" ".join(fold_keyword(found.group()).split())]
    if measure in CHANGE_MEASURES:
        best = None
        residence = residence_words(vocab)
        hi = min(hi_barrier, m_end + 110)
        # back to the previous figure, within 200 characters: a subject may hold a long clause ("The
        # death toll from the storm, which hit the resort city with almost no warning, has climbed to 48")
        for m in pat.finditer(text, max(lo_barrier, m_start - 200), hi):
            if m_start <= m.start() < m_end:
                continue        # "rose to 3.2 trillion won": a word of the figure itself, its currency
            if m.start() >= m_end and hi == hi_barrier and hi - m.end() < 28:
                continue        # "fell back to 34 seats, losing 13": the next number's verb
            if not _is_measure(text, m, None, residence) or ";" in text[min(m.end(), m_start):max(m.start(), m_end)]:
                continue        # not the measure of another clause ("...; and debt charges climbed")
            other = vocab.measure_by_word[" ".join(fold_keyword(m.group()).split())]
            if other not in CHANGE_MEASURES:
                dist = m_start - m.end() if m.end() <= m_start else m.start() - m_end
                if best is None or dist < best[0]:
                    best = (dist, other)
        if best is not None:
            return best[1]
    return measure


# a number in a phrase of a noun ("the death toll from the two explosions ... rose from 95 to 84"): it
# names how many of the noun there are, no figure of a clause whose measure ends the search before it
_PHRASES_NUMBER_BEFORE = re.compile(r"\b(?:from|in|of|at|on|across|by)\s+(?:the|these|those|both)\s+"
                                    r"(?:\d[\d,]*|[a-z]+)$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b", re.I)
_PHRASE_HEAD_REACH = 40


def _past_a_phrases_number(text: str, sent_start: int, lo_barrier: int) -> int:
    """Where the search for a figure's measure may start: before the number that ends at ``lo_barrier``
    when that number only counts the noun of a prepositional phrase ("from the two explosions"),
    else ``lo_barrier``. Not a number that is an object ("killed the two fishermen"): its clause is
    another figure's."""
    if lo_barrier <= sent_start or not _NOUN_AFTER.match(text, lo_barrier):
        return lo_barrier
    found = _PHRASES_NUMBER_BEFORE.search(text, max(sent_start, lo_barrier - 30), lo_barrier)
    if found is None:
        return lo_barrier
    # the noun the phrase follows, a few words back ("the death toll from the two ..."), not past a figure
    return _after_a_figure_before(text, sent_start, found.start(), _PHRASE_HEAD_REACH)


def _after_a_figure_before(text: str, sent_start: int, at: int, reach: int = 200) -> int:
    """Where a search for a measure before ``at`` starts: ``reach`` characters back at most (a long
    sentence of figures stays linear), never past a digit of another figure."""
    lo = max(sent_start, at - reach)
    digits = [i for i in range(lo, at) if text[i].isdigit()]
    return digits[-1] + 1 if digits else lo


# the second end of a span of two figures ("from 95 to 84", "1,200 to about 1,500"): only a joining
# word between them, so both are figures of one measure
# (not "or": "a driver under 25 or over 75" names two bounds of something else, no span of a count)
_SPAN_JOIN = re.compile(r"[ \t]*(?:to|-|–)[ \t]*", re.I)
_FIGURE_BEFORE = re.compile(r"(?:\d[\d,.]*(?:[ \t]+(?:million|billion|thousand|hundred))?|[a-z]+)$", re.I)


def _first_end_of_its_span(text: str, sent_start: int, lo_barrier: int, m_start: int) -> int | None:
    """Where the figure ending at ``lo_barrier`` starts, when a figure at ``m_start`` is the second end
    of a span they make ("from 95 to 84"), else None: its measure is the first end's."""
    if lo_barrier <= sent_start or not _SPAN_JOIN.fullmatch(text, lo_barrier, m_start):
        return None
    found = _FIGURE_BEFORE.search(text, max(sent_start, lo_barrier - 24), lo_barrier)
    return found.start() if found is not None and found.start() > sent_start else None


# what may stand between a number and its own verb: a few words, no punctuation
# ("36,000 had been displaced", "3 died", "60 passengers are missing")
_OWN_GAP = re.compile(r"(?:\s+[A-Za-z][\w-]*){0,3}\s+")


# "add" reports a statement before a clause or after a quote ("adding that 30 homes burned",
# '..., he added.'): the created measure only with its object ("added 200,000 jobs") or in the
# passive ("200,000 jobs were added.")
_CLAUSE_OR_QUOTE_AFTER = re.compile(r"\s*(?:that\b|[,.;:!?\"“”'’)\]—–]|$)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+$", re.I)


# where people live says who they are, in a relative clause, not what happened to them ("30
# people who live in the building were evacuated"): counted.yaml's ``residence_words``
residence_words = per_vocabulary(lambda vocab: tuple(vocab.words("residence_words")))
_RELATIVE_BEFORE = re.compile(r"\b(?:who|that|which)\s+$", re.I)


# what stands before a subject: the start of a sentence or a determiner ("Survivors said", "the
# injured told"; not "who were on board said")
_SUBJECT_BEFORE = re.compile(r"(?:^|[.!?\n\"“]\s*|\b(?:the|these|those|some|many|several|other)\s+)$", re.I)


def _is_measure(text: str, m: re.Match[str], speaker: re.Pattern[str] | None = None,
                residence: tuple[str, ...] = ()) -> bool:
    """Whether a match of a measure word is one (not "add" reporting a statement, nor where the
    people of a relative clause live, nor who speaks: "Survivors said around 320 ...")."""
    p = m.start()
    if speaker is not None and speaker.match(text, m.end()) and _SUBJECT_BEFORE.search(text, max(0, p - 12), p):
        return False
    if residence and text[p:m.end()].lower().startswith(residence):
        return _RELATIVE_BEFORE.search(text, max(0, p - 8), p) is None
    if text[p:p + 3].lower() != "add":
        return True
    return (_CLAUSE_OR_QUOTE_AFTER.match(text, m.end()) is None
            or _PASSIVE_BEFORE.search(text, max(0, p - 12), p) is not None)


def _first(pat, text: str, lo: int, hi: int, speaker: re.Pattern[str] | None = None,
           residence: tuple[str, ...] = ()):
    for m in pat.finditer(text, lo, hi):
        if _is_measure(text, m, speaker, residence):
            return m
    return None


def _last(pat, text: str, lo: int, hi: int, speaker: re.Pattern[str] | None = None,
          residence: tuple[str, ...] = ()):
    last = None
    for m in pat.finditer(text, lo, hi):
        if _is_measure(text, m, speaker, residence):
            last = m
    return last


_NEAR_MEASURE = 28      # how far before a figure its own verb stands ("had been displaced: 30")


def _measure_for(pat, text: str, lo_barrier: int, m_start: int, m_end: int, hi_barrier: int,
                 speaker: re.Pattern[str] | None = None, residence: tuple[str, ...] = ()):
    near = _last(pat, text, max(lo_barrier, m_start - _NEAR_MEASURE), m_start, speaker, residence)
    if near is not None and _a_purpose(text, near, m_start):
        near = None
    after = None
    if near is not None:
        if not _CLAUSE_JOIN.fullmatch(text, near.end(), m_start):
            if _CLAUSE_BREAK.search(text, near.end(), m_start):
                own = _first(pat, text, m_end, min(hi_barrier, m_end + 40), None, residence)
                if own is not None and _OWN_GAP.fullmatch(text, m_end, own.start()):
                    return own
            return near
        # "30 died and 40 were hurt": the verb before "and" is the other clause's, unless
        # the number has none of its own after it
        after = _first(pat, text, m_end, min(hi_barrier, m_end + 110), speaker, residence)
        if after is None and _OWN_VERB_AFTER.match(text, m_end):
            return None     # "363 brought out alive and more than 200 bodies had been recovered"
        return after or near
    after = _first(pat, text, m_end, min(hi_barrier, m_end + 110), speaker, residence)
    if after is not None and _CONTRAST_AFTER.search(text, m_end, after.start()):
        after = None        # "services 4 percent, while industry shrank": another clause's verb
    if after is not None and not _ARTICLE_BEFORE.search(text, max(m_end, after.start() - 5), after.start()):
        return after
    far = _last(pat, text, lo_barrier, m_start, speaker, residence)
    if far is not None and _a_purpose(text, far, m_start):
        far = None
    if far is not None and _RELATIVE_HAVING.search(text, max(far.end(), m_start - 60), m_start):
        # "370 were reported missing in the city, which has about 300,000 residents": what a
        # place or a body has is no figure of the main clause's measure
        return after
    # a noun with an article after the number ("..., a cut of 100") describes a change between
    # figures: the measure before the number says what happened to the thing
    return far or after


# a measure named as what something is for: "the search for the missing", "processed for evacuation"
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)
_WORD = re.compile(r"[A-Za-z]{2,}")


def _a_purpose(text: str, m: re.Match[str], figure_start: int) -> bool:
    """Whether a measure word before a figure names what something is for ("taking part in the
    search for the missing, backed by 5,000 police"; "had been processed for evacuation"), with
    words of another phrase between it and the figure: it is no measure of that figure (the figure
    right after it is: "calls for the missing: 1,900")."""
    return _FOR_BEFORE.search(text, max(0, m.start() - 9), m.start()) is not None \
        and _WORD.search(text, m.end(), figure_start) is not None


# a verb of the number's own after it, outside the vocabulary: its clause is not the one before "and"
_OWN_VERB_AFTER = re.compile(r"(?:[ \t]+[a-z]+){0,2}[ \t]+(?:had|have|has|were|was|are|is)[ \t]+(?:been[ \t]+)?"
                             r"[a-z]+ed\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)
# a relative clause of having right before a figure: ", which has about", ", where some ... live" is not
_RELATIVE_HAVING = re.compile(r"\b(?:which|who|that|whose)\s+(?:[a-z]+\s+){0,2}(?:has|have|had|holds?|houses?|"
                              r"employs?|(?:is|are|was|were)\s+home\s+to)\s+(?:[a-z]+\s+){0,2}$", re.I)
# what opens a clause of its own after a figure: "..., while industry shrank", "..., having expanded"
_CONTRAST_AFTER = re.compile(r";|,\s*(?:while|whereas|but|having)\b", re.I)


# -- places ------------------------------------------------------------------
# the ending of a people's adjective the vocabulary does not list ("Kurdish", "African"); not a
# bare "-an", which ends as many places as adjectives ("Milan", "Tehran", "Sudan")
_ADJECTIVE_ENDING = re.compile(r"(?:ian|ish|ese|ean|ic|can)$")
_PLACE_CUE = re.compile(
    # "In Lyon, ..." too; "off" for the sea by a coast or an island, after a boat or a sinking ("sank
    # off Crete"; not "caught off Scott Boland")
    r"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Ff]rom|[Tt]hrough|"
    r"(?:boats?|vessels?|ships?|dinghy|dinghies|inflatables?|rafts?|ferry|sank|sunk|capsized|waters|coast)\s+off|"
    # "off the eastern island of Kos", "landed on the small island of Hydra"
    r"(?:[Oo]ff|[Oo]n)(?=\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:island|isle)\s+of\s))\s+(?:the\s+)?"
    r"(?:(?:nearby|neighbouring|neighboring)\s+)?"
    r"(?:(?:northern|southern|eastern|western|central|northwestern|northeastern|southwestern|southeastern)\s+)?"
    r"(?:(?:province|city|town|region|district|village|governorate|state|county|capital)\s+of\s+"
    r"|(?:[a-z]+\s+){0,2}(?:island|isle)\s+of\s+)?"
    # "in the Cordillera Administrative Region"; a region's number ends its name ("in Region 2 and ...")
    # a name may join its words with a lower-case particle ("Rio Grande do Sul", "Dar es Salaam")
    r"(?P<place>[A-Z](?:[^\W\d_]|['’-])+(?:\s+(?:(?:do|da|dos|das|de|del|es)\s+)?[A-Z](?:[^\W\d_]|['’-])+){0,2}"
    r"(?:[ \t]\d{1,2}(?=[,.;:)](?!\d)|[ \t]+(?:and|or)\b|$))?)")


# after a place: the land around it, which a figure then covers too
_AND_AROUND = re.compile(r" and (?:the |its )?(?:surrounding|nearby|neighbouring|neighboring|adjacent|outlying) "
                         r"(?:areas?|regions?|towns|villages|districts|provinces|municipalities|communes|countryside)\b")


_POSSESSIVE_END = re.compile(r"['’]s?$")
# between a place and the larger one it lies in: the rest of its name, a comma or a kind of place,
# and "in" ("El Fasher, in North Darfur state in western Sudan")
_CONTAINER_GAP = re.compile(
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*(?:,[ \t]+|[ \t]+(?:state|province|region|district|county|governorate)"
    r"[ \t]+)in[ \t]+(?:the[ \t]+)?(?:(?:northern|southern|eastern|western|central|north-?western|north-?eastern|"
    r"south-?western|south-?eastern)[ \t]+)?")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|across|at|of|into|from|on|through)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")


# the currency word after a country's name in an amount
_CURRENCY_NOUN_AFTER = re.compile(r"[ \t]+(?:dollars?|pounds?|pesos?|rupees?|rupiahs?|yuan|yen|francs?|dinars?|"
                                  r"riyals?|rials?|rubles?|roubles?|shillings?|kroner?|kronor|krona|krone|"
                                  r"lira|liras|rand|euros?|cents?)\b")


_SPACES = re.compile(r"[ \t]+")


def _abroad_body_after(text: str, end: int, vocab: Vocabulary) -> bool:
    """Whether a place's name ends right before a capitalised body of that country that reports on
    other countries (``bodies_abroad``: "U.S. Geological Survey", "British Embassy")."""
    gap = _SPACES.match(text, end)
    if gap is None or not text[gap.end():gap.end() + 1].isupper():
        return False
    return vocab.words_pattern("bodies_abroad").match(text, gap.end()) is not None


def places_in(text: str, start: int, end: int, vocab: Vocabulary, lower: str | None = None,
              lex=None) -> list[tuple[int, str]]:
    """(offset, canonical name) of the places of ``text[start:end]``.

    Places introduced by a locative ("in Idlib", "the province of Idleb")
    are preferred; a bare known name ("Turkey struck back") counts only
    when the sentence has no locative place.
    """
    cued: list[tuple[int, str]] = []
    bare: list[tuple[int, str]] = []
    found = (lex.place.finditer(lower, start, end) if lex is not None and lower is not None
             else vocab.place_pattern.finditer(text, start, end))
    owners: list[tuple[int, str]] = []
    for m in found:
        if _CURRENCY_NOUN_AFTER.match(text, m.end()):
            continue        # "8.47 billion U.S. dollars", "Hong Kong dollars": a currency's country is no place
        if _abroad_body_after(text, m.end(), vocab):
            continue        # "the U.S. Geological Survey measured it at 6.9": a body reporting on another country
        if text.startswith("'s", m.end()) or text.startswith("’s", m.end()):
            # "China's imports": the owner places the figure only when nothing else in the sentence does
            name = vocab.canonical_place(text[m.start():m.end()])
            if name is not None:
                owners.append((m.start(), name))
            continue
        target = cued if _LOCATIVE_BEFORE.search(text, max(start, m.start() - 30), m.start()) else bare
        name = vocab.canonical_place(text[m.start():m.end()])
        if name is not None:    # None only for an empty match, which a place pattern never makes
            target.append((m.start(), name))
    known = {pos for pos, _ in cued + bare} if cued or bare else ()
    # what a cue names depends on its words alone, and a text names the same few places again
    # and again ("in Idlib"): the lexicon remembers it
    cue_places = lex.cue_places if lex is not None else Memo()
    for m in _PLACE_CUES.matches(text, start, end):
        if m.start("place") in known:
            continue
        if text.startswith(" and ", m.end()) and _AND_AROUND.match(text, m.end(), end):
            continue        # "missing in Vina del Mar and the surrounding area": more than the town
        name = m.group("place")
        if text[m.end("place"):m.end("place") + 1].isdigit() or text.startswith((". ", " "), m.end("place")) \
                and text[m.end("place") + 1:m.end("place") + 2].isdigit() and len(name) <= 3:
            continue        # "a profit of Rs185.6bn", "of KSh 500": a currency's letters before digits, no place
        if name.rstrip(".").lower() in _MONTH_WORDS and _DAY_AFTER.match(text, m.end("place")):
            continue        # "from Feb 19 to March 6": a date, no place
        if name.rpartition(" ")[2].lower() in attribution_words(vocab).source_noun_set:
            continue        # "figures from the Statistical Office": a body, no place
        place = cue_places.get(name, False)
        if place is False:
            place = cue_places.keep(name, _cued_place(name, vocab))
        if place is not None:
            cued.append((m.start("place"), place))
    for m in _NAME_OF_A_KIND.finditer(text, start, end) if _KIND_WORD.search(lower or text, start, end) else ():
        # "in the restive Kurram district", "Tumbes province was hit hardest", "Peru's Piura region": a
        # name its kind of place follows is a place, known to the gazetteer or not
        pos, name = m.start("place"), m.group("place")
        if any(pos == p for p, _ in cued):
            continue
        # "Galle District": a capitalised kind is part of the name, and stays in it
        kind = text[m.end("place"):m.end()].strip()
        suffix = " " + kind if kind[:1].isupper() else ""
        if pos in known:
            # "Colombo district recorded the most": a known name its kind follows weighs as a locative
            cued += [(p, known_name + suffix) for p, known_name in bare if p == pos]
            continue
        place = cue_places.get(name, False)
        if place is False:
            place = cue_places.keep(name, _cued_place(name, vocab))
        if place is not None:
            cued.append((pos, place + suffix))
    opener = _AT_OPENER.match(text, start, end)
    if opener is not None and opener.start("place") not in known:
        # "At St Mary's, 212 people were seen": a sentence set at a named place (a hospital, a ground, a
        # plant) the gazetteer need not know
        name = opener.group("place")
        if name.split()[0] not in attribution_words(vocab).not_places:
            cued.append((opener.start("place"), vocab.canonical_place(name) or name))
    if text.find(", where ", start, end) >= 0:
        # "such as Toulouse, where the prefecture counted 34,000": a place by its relative clause
        cued += _known_places(_PLACE_WHERE.finditer(text, start, end), known, vocab)
    if text.find(" by ", start, end) >= 0:
        # "Phil Twyford took Te Atatū by 131 votes": the seat won by a margin is the figure's place
        cued += [(m.start("place"), m.group("place")) for m in _PLACE_WON_BY.finditer(text, start, end)
                 if m.start("place") not in known and m.group("place")[0].isupper()]
    if text.find(" capital", start, end) >= 0:
        # "marched through the British capital": the capital of the demonym's country
        for m in _DEMONYM_CAPITAL.finditer(text, start, end):
            country = vocab.place_by_demonym.get(fold_keyword(m.group("demonym")))
            capital = vocab.capital_of(country) if country else None
            if capital:
                cued.append((m.start("demonym"), capital))
    if text.find(" in ", start, end) >= 0:
        # "the towns with the most were Ixtlan in Oaxaca (61%) and Tula in Hidalgo": in a list, a town
        # placed in its region is the figure's place, the region only says where it lies (the town
        # takes the region's spot, right before the figure)
        placed = {pos for pos, _ in cued + bare}
        towns: dict[int, str] = {}
        for m in _PLACE_IN_REGION.finditer(text, start, end):
            if m.start("region") in placed and _TOWN_LIST_BEFORE.search(text, max(start, m.start() - 11), m.start()):
                town = _cued_place(m.group("place"), vocab)
                if town is not None and vocab.country_of(town) != town:
                    towns[m.start("region")] = town
        if towns:
            cued = [(pos, towns.get(pos, name)) for pos, name in cued]
            bare = [(pos, towns.get(pos, name)) for pos, name in bare]
    if text.find(" in the ", start, end) >= 0:
        # "Balochistan in the south-west is the worst hit": a place by where it lies
        cued += _known_places(_PLACE_IN_COMPASS.finditer(text, start, end), known, vocab)
    # "followed by Edo with 238, Bauchi 92 and Taraba 73", "ahead of Ondo's 30": places listed with
    # their figures, after a list's punctuation or word
    listed = [m for m in _PLACE_BEFORE_ITS_FIGURE.finditer(text, start, end)
              if m.start() == start or _LIST_BEFORE.search(text, max(start, m.start() - 11), m.start())]
    if text.find(" the ", start, end) >= 0 and _MOST_AFTER_PLACE.search(text, start, end):
        listed += _PLACE_WITH_THE_MOST.finditer(text, start, end)      # "Ondo had the most cases, 262"
    # and a place that opens a clause as its subject ("Gauteng has recorded 29"); the vocabulary's
    # names among them, found bare too, weigh as a locative here ("; Germany took 109,600, France
    # 60,100": not lost to "Europe's 38 countries")
    enumerated = [m for m in listed if m.re is _PLACE_BEFORE_ITS_FIGURE]
    subjects = _subject_matches(text, start, end, vocab)
    listed += subjects
    if listed:
        taken = {pos for pos, _ in cued}
        cued += [(pos, name) for pos, name in _known_places(listed, (), vocab) if pos not in taken]
    if len(enumerated) >= 2:
        # "Those districts are Sunsari (3486), Dhading (655)", "Taiz (38%), Lahj (13%)": a list of places
        # each with its figure names places the gazetteer need not know, once the list is one of places
        taken = {pos for pos, _ in cued}
        # ("Vientiane Capital has recorded over 3,300, Savannakhet more than 2,600": the subject opens the list)
        cued += [(pos, name) for pos, name in _enumerated_places(text, start, enumerated, vocab, subjects)
                 if pos not in taken]
    if not cued and text.find("the ", start, end) >= 0:
        # "the Paris march": a known place before a gathering it places (things.yaml crowd_of)
        cued += _known_places((m for m in _PLACE_BEFORE_NOUN.finditer(text, start, end)
                               if m.group("noun") in vocab.crowd_by_word), known, vocab)
    found_places = cued or bare or owners
    if len(found_places) > 1:
        found_places = sorted(found_places)
        # "in El Fasher, in North Darfur state in western Sudan": the places after the first contain it
        kept = [found_places[0]]
        for (before, _), (pos, name) in zip(found_places, found_places[1:]):
            if not _CONTAINER_GAP.fullmatch(text, before, pos):
                kept.append((pos, name))
        return kept
    return found_places


_DAY_AFTER = re.compile(r"\.?\s+\d")
_AT_OPENER = re.compile(r"[ \t\n]*At[ \t]+(?P<place>[A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3}),")
_KIND_WORD = re.compile(r"\b(?:district|province|region|county|governorate|prefecture)\b")
_NAME_OF_A_KIND = re.compile(r"(?<![\w'’.-])(?P<place>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
                             r"(?:[ \t]+[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){0,2})"
                             r"[ \t]+(?i:" + _KIND_WORD.pattern + r")(?![\w'’-])")     # "Galle District"


def _enumerated_places(text: str, start: int, items: list[re.Match[str]], vocab: Vocabulary,
                       subjects: list[re.Match[str]]) -> list[tuple[int, str]]:
    """The places of a list of names each before its figure, known or not, when the list is one of
    places: one of its names is known to the gazetteer, or a kind of place in the plural or "by"
    a kind heads it ("in four governorates:", "By province,"); else none (a list of parties is none)."""
    known = _known_places(items, (), vocab)
    if not known and not _list_of_kind(vocab).search(text, start, items[0].start()):
        return []
    out = []
    for m in [*items, *subjects]:
        name = m.group("place")
        if name.split()[0] in attribution_words(vocab).not_places or name.lower() in vocab.source_by_alias:
            continue
        place = _cued_place(name, vocab)
        if place is not None:
            out.append((m.start("place"), place))
    return out


def plural_place_kinds(vocab: Vocabulary) -> list[str]:
    """The vocabulary's kinds of place (``subplace_words``) in the plural: "districts", "counties"."""
    return [k[:-1] + "ies" if k.endswith("y") and k[-2:-1] not in "aeiou" else k + "s"
            for k in vocab.words("subplace_words")]


def _list_of_kind_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """Kinds of place in the plural ("districts", "counties") or after "by" ("by province")."""
    kinds = vocab.words("subplace_words")
    body = "|".join(re.escape(w) for w in sorted({*plural_place_kinds(vocab), *("by " + k for k in kinds)},
                                                    key=len, reverse=True))
    return re.compile(r"(?i)\b(?:" + (body or r"(?!x)x") + r")\b")


_list_of_kind = per_vocabulary(_list_of_kind_pattern)


def _known_places(matches: Iterable[re.Match[str]], known: Container[int], vocab: Vocabulary) -> list[tuple[int, str]]:
    """The places (group "place") of cues weaker than a locative, where the vocabulary or the
    gazetteer knows them: a capitalised name in such a cue is often no place at all."""
    out = []
    for m in matches:
        if m.start("place") not in known:
            place = _cued_place(m.group("place"), vocab)
            if place is not None and vocab.country_of(place) is not None:
                out.append((m.start("place"), place))
    return out


_TOWN_LIST_BEFORE = re.compile(r"(?:[,;:]\s|\s(?:and|were|was|are|is|including|included)\s)$")
_PLACE_IN_REGION = re.compile(r"(?<![\w'’-])(?P<place>[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2})[ \t]+in[ \t]+"
                              r"(?P<region>[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+)?)(?![\w'’-])")
_PLACE_IN_COMPASS = re.compile(r"(?<![\w'’-])(?P<place>[A-Z](?:[^\W\d_]|['’-])+(?:\s+[A-Z](?:[^\W\d_]|['’-])+)?)"
                               r"\s+in\s+the\s+"
                               r"(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\b")
# a name right before a figure in a list, or as the subject that has it: "Ondo had 262", "Edo with
# 238", "Bauchi 92", "Ondo's 30", "Nakuru county with 21", "Kandy district (2,540)"; the gazetteer
# must know it (_known_places)
PLACE_KIND_AFTER = (r"(?:[ \t]+(?:district|county|province|state|region|city|municipality|regency|prefecture|"
                    r"governorate|department|oblast|electorate|constituency|borough|parish))?")
_PLACE_BEFORE_ITS_FIGURE = re.compile(r"(?P<place>[A-Z](?:[^\W\d_]|-)+(?:[ \t]+[A-Z](?:[^\W\d_]|-)+)?)"
                                      + PLACE_KIND_AFTER + r"(?:['’]s)?[ \t]+"
                                      r"(?:with[ \t]+|had[ \t]+|recorded[ \t]+|\()?"
                                      r"(?:(?:more[ \t]+than|over|nearly|almost|about|some|around)[ \t]+)?\d")
# ("The regions with the most cases were Western Visayas (4,120 ...), ...": a list after a copula too)
_LIST_BEFORE = re.compile(r"(?:[,;:.!?]\s|\s(?:and|by|of|were|was|are|is|included|including)\s)$")
_MOST_AFTER_PLACE = re.compile(r"\s(?:had|recorded|reported)\s+the\s+(?:most|highest|largest)\s")
_PLACE_WITH_THE_MOST = re.compile(
    r"(?<![\w'’-])(?P<place>[A-Z](?:[^\W\d_]|-)+(?:[ \t]+[A-Z](?:[^\W\d_]|-)+)?)\s+(?:had|recorded|reported)\s+the\s+"
    r"(?:most|highest|largest)\s+(?:[a-z]+\s+){0,2}[a-z]+,\s+\d")
# a place that opens a clause as the subject holding its figures, or as its owner: "Gauteng has
# recorded 29", "Quebec is the worst-hit province, with 3.3 million hectares", "..., while Ohio had
# 4,100", "Kerala's health department logged 3,200"; only verbs of having, recording or being, so
# that a surname or a team ("Memphis led") is no place
_SUBJECT_PLACE = re.compile(
    r"[\"“]?(?:The[ \t]+)?(?P<place>[A-Z](?:[^\W\d_]|['’-])+"
    r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z](?:[^\W\d_]|['’-])+){0,3})"
    r"(?:['’]s[ \t]+[a-z0-9]|[ \t]+(?:(?:has|have|had|was|is)[ \t]+)?(?:has|have|had|is|was|remained|remains|"
    r"recorded|records|registered|registers|logged|logs|counted|counts|reported|reports|confirmed|confirms|saw|"
    r"sees|took|takes|accounts|accounted|hit|suffered|topped|tops)[ \t])")
# where a clause opens inside a sentence
_CLAUSE_OPENING = re.compile(r"[;:][ \t]+|,[ \t]+(?:while|whereas|but|and)[ \t]+")


def _subject_matches(text: str, start: int, end: int, vocab: Vocabulary) -> list[re.Match[str]]:
    """The names that open the sentence or one of its clauses as their subject (group "place")."""
    opens = [start + len(text[start:end]) - len(text[start:end].lstrip())]
    if text.find(", ", start, end) >= 0 or text.find(";", start, end) >= 0 or text.find(":", start, end) >= 0:
        opens += [m.end() for m in _CLAUSE_OPENING.finditer(text, start, end)]
    matches = [m for m in (_SUBJECT_PLACE.match(text, pos, end) for pos in opens) if m is not None
               and m.group("place").lower() not in vocab.thing_by_word]      # "Police have recorded"
    return matches


_PLACE_WON_BY = re.compile(r"\b(?:won|took|held|retained|kept|captured|gained)[ \t]+"
                           r"(?P<place>[^\W\d_a-z](?:[^\W\d_]|['’-])+(?:[ \t]+[^\W\d_a-z](?:[^\W\d_]|['’-])+){0,2})"
                           r"[ \t]+by[ \t]+(?:just[ \t]+|only[ \t]+)?\d")
_DEMONYM_CAPITAL = re.compile(r"\b(?:in|through|across|around|near|into)\s+the\s+(?P<demonym>[A-Z][a-z]+)\s+capital\b")
_PLACE_WHERE = re.compile(r"(?<![\w'’-])(?P<place>[A-Z](?:[^\W\d_]|['’-])+(?:\s+[A-Z](?:[^\W\d_]|['’-])+)?),\s+where\s")
_PLACE_BEFORE_NOUN = re.compile(r"\bthe\s+(?P<place>[A-Z](?:[^\W\d_]|['’-])+(?:\s+[A-Z](?:[^\W\d_]|['’-])+)?)"
                                r"\s+(?P<noun>[a-z-]{3,})\b")


def _cued_place(name: str, vocab: Vocabulary) -> str | None:
    """The canonical place named by the capitalised words after a locative cue ("in Idlib"),
    or None when they name none: a month or a pronoun ("in March", "in His"), a demonym, a
    possessive, a known source or an acronym."""
    words = name.split()
    for k, w in enumerate(words[:-1]):
        if _POSSESSIVE_END.search(w):
            name = " ".join(words[:k + 1])      # "in Sri Lanka's Easter Sunday": the owner's name ends it
            break
    first = words[0].split("-")[0]      # "in October-December": a span of months
    if vocab.canonical_place(name) in vocab.places and not _POSSESSIVE_END.search(first):
        return vocab.canonical_place(name)      # "Democratic Republic of Congo": no people's adjective
    if first in attribution_words(vocab).not_places or first.lower() in vocab.place_by_demonym \
            or _ADJECTIVE_ENDING.search(first):
        return None
    if _POSSESSIVE_END.search(first) or name.lower() in vocab.source_by_alias or name.isupper():
        return None
    return vocab.canonical_place(name)


# a wire's dateline: "IDLIB, Syria (AFP) —", "HÀ NỘI —", "COLOMBO, March 7 (Xinhua) --", "KYIV, Ukraine,
# Feb 3 (Reuters) -": a place in capitals of any script, a region, a day, the agency
_LETTER = r"[^\W\d_]"
_DATELINE = re.compile(rf"\A\s*(?P<place>[^\W\d_a-z](?:{_LETTER}|['’ -]){{1,40}}?)"
                       rf"(?:,\s*(?P<region>{_LETTER}(?:{_LETTER}| ){{1,30}}))?"
                       r"(?P<day>,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?"
                       # "ASTANA, Kazakhstan, June 3. Inflation ...": after a day, a full stop may end it
                       r"\s*(?P<agency>\([^()\n]{1,40}\))?\s*(?:[-—–]{1,2}\s|(?(day)\.\s+(?=[A-Z])|(?!x)x))")

# a dateline of a few capitals the gazetteer does not know is the outlet's own tag ("VGP -", "VNA -")
_OUTLET_TAG = re.compile(r"[A-Z]{2,4}")


def dateline(text: str, vocab: Vocabulary) -> tuple[str | None, int]:
    """The place of a wire dateline ("IDLIB, Syria (AFP) — ...": Syria, the region the gazetteer
    knows, else the city) and where the dateline ends, if the text opens with one; else (None, 0)."""
    m = _DATELINE.match(text)
    if not m:
        return None, 0
    if not (m.group("place").isupper() or m.group("region") or m.group("day") or m.group("agency")) \
            and vocab.country_of(m.group("place").strip()) is None:
        return None, 0      # "The toll - now 40 - rose": an opening aside, not a dateline
    region = m.group("region")
    if region:
        # "MANILA, Philippines - The economy ...": the country or state the copy is about
        region = vocab.canonical_place(region.strip().title() if region.isupper() else region.strip())
        if region is not None and vocab.country_of(region) is not None:
            return region, m.end()
    place = m.group("place").strip()
    if _OUTLET_TAG.fullmatch(place) and vocab.country_of(place.title()) is None:
        return None, m.end()    # "VGP - Viet Nam's trade ...": the outlet's tag, no place
    return vocab.canonical_place(place.title() if place.isupper() else place), m.end()


def nearest(items: list[tuple[int, str]], pos: int) -> str | None:
    if not items:
        return None
    return min(items, key=lambda it: (abs(it[0] - pos), it[0]))[1]


# -- attribution -------------------------------------------------------------
# the source nouns, reporting verbs and roles come from the vocabulary's word lists
# (rules/vocabulary/reporting.yaml), compiled once per vocabulary: see ``AttributionWords``
# "Shahidullah Shahid, spokesman for the Wardak governor, said": an apposition without an article
# (a short name in brackets may follow the name: "Qatar National Bank (QNB), the Gulf's biggest lender, said")
_APPOSED = re.compile(r"(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})(?:\s*\([A-Z][^()]{0,18}\))?"
                      r"\s*,\s*(?:the\s+)?"
                      r"(?:[A-Z][\w.&-]*['’]s\s+)?(?P<role>[a-z]+)[^,;:()\"“”]{0,45}?(?P<last>[a-z]+),\s*$")
# "Research In Motion, which makes the BlackBerry, said": the name before the relative clause, a long one
# too ("Kandji, who also serves as first president of the Court of Appeal of Dakar, said")
_RELATIVE_APPOSED = re.compile(r"(?P<who>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})\s*,\s*(?:which|who)\s"
                               r"[^,;:()\"“”]{1,100},\s*$")
# "Ilona Līce, Chairperson of the Board of Riga International Airport, told": a person's name before a
# title written in capitals (the caller keeps it only when it is a person's name)
_TITLED_PERSON = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2})\s*,\s+(?:the\s+)?[A-Z][\w'’.&-]*"
                            r"(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|for|on|at))*\s*,\s*$")
# "the Department of Health and Human Services": an "and" inside a name of the form "X of Y and Z"
_NAME_OF_AND = re.compile(r"(?:[A-Z][\w.&-]*\s+){1,3}of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+and\s+(?:the\s+)?"
                          r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?=\s|$)")
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?P<who>(?:[^,.;:()\"“”]|(?<=\b[A-Z])\.){1,120})", re.I)
# "Maria Saravia, Panama's deputy director of migration, told": a role among the description's words
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# where the words naming a source stop ("the UN on Monday"); "for" only before a lower-case word,
# so "the Office for National Statistics" keeps its name
_WHO_STOP = re.compile(r"\s+(?:(?:and|on|in|as|which|who|that|from|to|at|after|when|while|but|have|has|had|were|"
                       r"was|is|are)\b|for\b(?!\s+[A-Z])).*$", re.S)

# the lower-case particles inside a name of other languages ("Carta de Mocambique", "Le Journal de Mayotte",
# "Banco de la Republica"), between its capitalised words
_NAME_PARTICLE = r"(?:de|da|do|du|des|del|di)\s+(?:(?:la|las|los)\s+)?(?=[A-Z])"


class _WordStarts:
    r"""``re.compile(r"\b(?P<at>" + body + ")").finditer(text, start, end)`` as a list, for a
    ``body`` that starts with a letter, and a few times faster.

    ``re`` scans for a character that is no ASCII letter, digit or "_" followed by the body,
    and skips quickly to those (a search for the body alone stops at each of its first
    letters, most letters of a text); the one character that can still be inside a word, a
    non-ASCII letter ("é"), is turned away here. The group "at" is the body."""

    def __init__(self, body: str) -> None:
        self.at_start = re.compile(f"(?P<at>{body})")
        self.after = re.compile(f"[^A-Za-z0-9_](?P<at>{body})")

    def matches(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        found = []
        pos = start - 1             # the character before ``start`` may be the one before a word
        if start == 0:
            m = self.at_start.match(text, 0, end)
            if m is not None:
                found.append(m)
                pos = m.end() - 1
            else:
                pos = 0
        search = self.after.search
        while True:
            m = search(text, pos, end)
            if m is None:
                return found
            before = m.start()
            if text[before].isalnum():          # "é" and the like: inside a word
                pos = before + 1
                continue
            found.append(m)
            pos = m.end() - 1                   # its last character may come before a word


_PLACE_CUES = _WordStarts(_PLACE_CUE.pattern[len(r"\b"):])


def _words_body(words) -> str:
    """Words (or phrases) as the body of an alternation, spaces matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or r"(?!x)x"


def _longest_first(words) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))


class AttributionWords:
    """The attribution patterns of one vocabulary, compiled from its word lists once
    (``attribution_words(vocab)``): who reports a figure, with which verb."""

    def __init__(self, vocab: Vocabulary) -> None:
        # (and an organisation named by its kind: "the company said"; carried_scope gives it as context)
        nouns = tuple(dict.fromkeys(vocab.words("source_nouns") + vocab.words("kind_source_nouns")))
        closing = vocab.words("closing_reporting_verbs")
        verbs = tuple(dict.fromkeys(vocab.words("reporting_verbs") + closing))
        # "Skuza added.": a verb that reports only where its clause ends
        self.closing_verbs = frozenset(closing) - frozenset(vocab.words("reporting_verbs"))
        # the lower-case nouns that name a source before a reporting verb ("health officials said")
        self.source_nouns = nouns
        self.source_noun_set = frozenset(nouns) | frozenset(vocab.words("institution_nouns"))
        self.informant_nouns = self.source_noun_set | frozenset(vocab.words("informant_nouns"))
        # the plural ones ("officials", "medics"): a group quoted that "they said" may go on quoting
        # (extract._sources_carried; built here once, not for each document)
        self.plural_source_nouns = frozenset(w for w in self.source_noun_set if w.endswith("s"))
        self.person_roles = frozenset(vocab.words("person_roles"))
        self.name_possessives = frozenset(vocab.words("name_possessives", keep_case=True))
        # "UNICEF's regional director said", "Amnesty's Middle East director said": a person named by a
        # body's role, the body named before it (``_clean_who`` keeps the body)
        self.owner_role_before = re.compile(
            r"(?<![\w'’-])(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s\s+"
            r"(?:[A-Za-z][\w-]*\s+){0,3}?(?:" + _words_body(vocab.words("person_roles")) + r"))\s*,?\s*$") \
            if vocab.words("person_roles") else None
        # "officials in Ankara": no one of the body named, but their country's authorities (_clean_who)
        self.official_nouns = frozenset(vocab.words("official_nouns"))
        self.counting_verbs = vocab.words("counting_verbs")
        self.inverted_verbs = vocab.words("inverted_reporting_verbs")
        noun_body = phrase_alternation(nouns)
        # a word of its own: no "guard" in "lifeguard"; a name may hold slashes ("I/B/E/S")
        # a name may open with digits ("263Chat Business", "7News")
        np_word = r"\b(?:[A-Z][\w'’.&/-]*|\d+[A-Z][a-z][\w'’.&/-]*|" + noun_body + r")"
        self.np_before_body = np_before_body = (
            rf"\b(?:(?:the|a)\s+)?(?P<who>(?:{np_word}\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|&\s+|{_NAME_PARTICLE})?){{0,5}}"
            rf"{np_word}"
            r"(?:\s*\([^()]{1,20}\))?)\s*,?\s*(?:(?<=[\s,])(?:an?\s+[\w\s-]{1,30}|\d{1,3}),\s*)?$")
        # A match starts with "the"/"a" and a space, a capital or a lower-case source noun: the
        # look-ahead turns every other position of the search away at once (each costs the whole
        # alternation twice otherwise); same matches, about half the search time
        self.np_before = re.compile(r"(?=\b(?:[A-Z]|\d+[A-Z][a-z]|the\s|a\s|" + noun_body + "))" + np_before_body)
        # the reporting verbs an attribution ends with ("the UN said", "medics put the toll at"),
        # each alternative starting with a literal letter: ``re`` then turns a character away at
        # once, where "(?:having\s+)?" first costs a try
        verb_body = _words_body(verbs)
        self.verb = re.compile(r"\b(?:having\s+)?(?:" + verb_body + r")\b")      # what ``verbs`` finds
        self.verbs = _WordStarts(r"having\s+(?:" + verb_body + r")\b|"
                                 + ("|".join(_words_body([w]) + r"\b" for w in verbs) or r"(?!x)x"))
        # "the CGT claims 2.8 million": a verb that is also a noun ("jobless claims rose") reports
        # only the figure right after it
        self.noun_verbs = frozenset(vocab.words("noun_reporting_verbs"))
        # "the storm claimed 31 lives", "the group claimed responsibility": no figure reported
        self.reports_nothing = re.compile(r"\s+(?:[\w,.-]+\s+)?(?:"
                                          + _words_body(vocab.words("unreported_objects")) + r")\b")
        # "said the UN": the source after the verb
        # ("said the bank": a source noun after "the" too, a body named before; not a kind of organisation,
        # often the first word of a body's name: "said the port authority")
        self.said_by = re.compile(r"\b(?:" + _words_body(self.inverted_verbs) + r")\s+(?:the\s+)?"
                                  r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}"
                                  r"|(?<=the\s)(?:" + phrase_alternation(vocab.words("source_nouns")) + r")\b)")
        # people followed by a verb of reporting or estimating are who give the count, not what it
        # counts ("Police said 30 were killed", "police put the crowd at 338,000"); a participle that
        # may be passive ("the 50 people reported missing") only before a clause, an object or a number
        self.speaker_after = re.compile(
            r"\s+(?:(?:" + _words_body(vocab.words("speaker_verbs")) + r")\b"
            r"|(?:" + _words_body(vocab.words("speaker_participles")) + r")\s+"
            r"(?:(?:that|the|a|an|its|their|it|them)\b|\d))", re.I)
        # a reporting verb right before a time: the time of the statement ("said on Friday",
        # "told reporters Tuesday")
        statement = [_words_body(vocab.words("statement_verbs"))]
        if vocab.words("statement_verbs_with_object"):
            statement.append("(?:" + _words_body(vocab.words("statement_verbs_with_object")) + r")\s+\w+")
        self.stated_at = re.compile(r"\b(?:" + "|".join(statement) + r")\s+(?:on\s+)?$")
        # "Two sources at the hospital said": the people a report comes from, not a count it reports
        self.informed = re.compile(r"[^.;:,\d]{0,50}?\b(?:" + _words_body(vocab.words("informant_verbs")) + r")\b")
        # a reporting verb right after a word: the word is who speaks ("Survivors said 320 ...")
        self.speaks_next = re.compile(r"[ \t]+(?:" + _words_body(vocab.words("informant_verbs")) + r")\b")
        # what a body publishes figures in: "the ministry's figures", "the Atlanta Fed's GDPNow
        # tracker", "in a ResumeBuilder survey"
        publications = _longest_first(vocab.words("publication_nouns"))
        published_in = r"(?:" + _words_body(publications) + r")\b"
        # "according to official figures": no source named; "UN Tourism data", "the latest
        # Associated Press tally", "figures the Statistics Office published": the source, without its figures
        self.bare_data = frozenset(publications)
        # "customs data released on Monday", "the Norstat survey published on Thursday": the publishing
        # participle and what follows it are no part of the name
        self.published_after = re.compile(r"\s+(?:" + _words_body(vocab.words("publishing_participles")) + r")\b.*$")
        self.qualifiers = frozenset(vocab.words("publication_qualifiers"))
        self.data_words = re.compile(
            r"^(?:(?:the|a|an|latest|(?:most\s+)?recent|new|official|preliminary|provisional|final)\s+)*"
            r"(?:(?:[a-z][\w-]*\s+){0,2}?(?:" + _words_body(publications)
            + r")\s+(?:(?:(?:on|about|for)\s+(?:[a-z][\w-]*\s+){1,3}?)?(?:[a-z]+ed\s+)?(?:from|by|of)\s+(?:the\s+)?"
            r"|(?:that\s+)?the\s+)(?=[A-Z]))?"
            r"|\s+(?:" + _words_body(publications) + r")$")
        # what a body put out, named before the body: "the price bulletin the Statistics Agency put out",
        # "a note on trade that the Statistics Institute (SI) published": the body is the source
        put_out = (r"(?:" + _words_body(publications)
                   + r"|bulletin|note|release|statement|notice|update|communiqu[eé])")
        self.put_out_by = re.compile(
            r"^(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?" + put_out + r"(?:\s+(?:on|about|of|for)(?:\s+[a-z][\w-]*){1,6}?)?"
            r"\s+(?:that\s+|which\s+)?(?P<owner>(?P<the>the\s+)?[A-Z][\w&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?"
            r"[A-Z][\w&.-]*){0,6})(?:\s*\([^()]{1,20}\))?(?:\s+(?:" + _words_body(vocab.words("publishing_participles"))
            + r"|put\s+out|sent\s+out|posted|issues|publishes|releases)\b|\s*$)")
        # "the ministry's report", "the agency's bulletin": a body named by its noun owns what it put out
        # (and "the health ministry's weekly report", "the bureau's Consumer Price Index (CPI) report",
        # "the prefecture's latest figures for the operation": a body of two words, a report's own name, what
        # the report is of)
        self.noun_owner = re.compile(
            r"^(?:the\s+|its\s+)?(?P<owner>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)['’]s\s+(?:[\w()/&-]+\s+){0,4}?"
            + put_out + r"(?:\s+(?:for|on|of|about)\s+\S.*)?$")
        self.report_heads = frozenset(publications) | frozenset(
            ("bulletin", "note", "release", "statement", "notice", "update", "communique", "communiqué"))
        # whose figures they are: "the Interior Ministry's latest figures", "the junta's count"
        qualifiers = _words_body(vocab.words("publication_qualifiers"))
        # a name may join its words with "of" or "for" ("the International Organization for Migration's")
        owner = (r"(?P<who>[A-Z][\w.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w.-]*){0,4}"
                 r"|\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + noun_body + r"))")
        self.possessive = re.compile(owner + r"['’]s\s+(?:(?:[A-Z][\w-]*|" + qualifiers + r")\s+){0,2}"
                                     + published_in)
        # "the official count of 41 given by Amman", "a count of 24 dead given to AFP by a village
        # leader", "the toll released by the health ministry": who gave a figure, after it
        self.given_by = re.compile(
            r"\b(?:" + _words_body(vocab.words("publishing_participles")) + r")\s+(?:[\w-]+\s+){0,3}?by\s+"
            r"(?P<who>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&'’.-]*){0,4}"
            r"(?:['’]s\s+[a-z]+)?"
            r"|(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:" + noun_body + r"|"
            # (a body's noun that describes a name elsewhere, "the election secretariat", names who released it)
            + _words_body(vocab.words("person_roles")) + "|" + _words_body(vocab.words("institution_nouns"))
            + r"|leader)\b)")
        # "in a survey by Norstat", "a report by the Ministry of Health": the publication, then who made it
        self.publication_by = re.compile(
            r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:" + qualifiers + r")\s+){0,2}(?:" + _words_body(publications)
            + r")\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&'’.-]*){0,4})")
        # the same as the whole of an attribution, with who made it for whom: "a survey by Gallup
        # International Balkan for Bulgarian National Television", "the latest poll commissioned by the
        # public broadcaster YLE": who made it (the outlet it was made for is no source)
        self.made_by = re.compile(
            r"^(?:(?:an?|the)\s+)?(?:(?:" + qualifiers + r")\s+){0,2}(?:[a-z][\w-]*\s+){0,2}?(?:"
            + _words_body(publications) + r")\s+(?:(?:" + _words_body(vocab.words("publishing_participles"))
            + r")\s+)?by\s+(?P<who>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?[A-Z][\w&'’.-]*"
            r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w&'’.-]*){0,6})$")
        # a maker named after its poll or report, before the name: "a survey by "
        self.made_by_before = re.compile(r"\b(?:" + _words_body(publications) + r")\s+(?:[a-z]+\s+)?by\s+(?:the\s+)?$")
        self.survey_by = re.compile(
            r"\b(?:[Ii]n|[Bb]y|[Ff]rom)\s+(?:a|an|the)\s+(?:(?:new|recent|latest|monthly|annual)\s+)?"
            r"(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+" + published_in)
        # "the latest Servel tally has", "The Intercampus survey for Correio da Manhã gives": a named
        # count or poll is its counter's, whatever verb follows; the outlet it was made for is no source
        self.named_count = re.compile(
            r"(?<![\w'’.&-])(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:poll|survey|tally|count)\b"
            r"(?:\s+for\s+[A-Z][\w'’.&/-]*(?:(?:\s+(?:d[aeo]s?|d[ei]l?|la|le|el|and|&))*\s+[A-Z][\w'’.&/-]*){0,6}"
            r"(?:\s+[a-z]+\b)?)?")    # and the verb after the outlet ("gives"): the outlet's last word is no speaker
        # a title before a name: the person is the source ("Health Minister Ana Ruiz"); a final
        # full stop may be left out ("Dr")
        titles = _longest_first(vocab.words("person_titles", keep_case=True))
        title_body = "|".join(re.escape(w[:-1]) + r"\.?" if w.endswith(".") else re.escape(w)
                              for w in titles) or r"(?!x)x"
        self.titled_name = re.compile(r"^(?:[A-Z][a-z]+\s+){0,2}(?:" + title_body + r")\s+"
                                      r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")
        # "Minister of Finance and Planning Dr Peter Philips": a title, then a name that ends the words,
        # after a longer office ("of ... and ...") that the title pattern above does not reach
        # "Vice Minister of Civil Defence Juan Carlos Calvimontes": the holder of an office named by its
        # portfolio; the words after "of" that are no portfolio's name the person
        self.office_of = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:" + title_body + r")\s+(?:of|for)\s+"
                                    r"(?:the\s+)?(?P<rest>[A-Z].*)$")
        self.portfolio_words = frozenset(vocab.words("office_portfolio_words", keep_case=True))
        self.title_then_name = re.compile(r"(?<![\w'’.-])(?:" + title_body + r")\s+"
                                          r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")
        # the capitalised words that start no source of a reporting verb ("He said", "The ...
        # said") and, with a few bodies ("UN"), no place after a locative ("in March", "in His")
        calendar_words = (*calendar.month_name[1:], *calendar.day_name)
        self.not_sources = frozenset(calendar_words) | frozenset(vocab.words("not_name_words", keep_case=True))
        self.not_places = self.not_sources | frozenset(vocab.words("not_place_names", keep_case=True))


attribution_words = per_vocabulary(AttributionWords)


class Attribution(NamedTuple):
    start: int
    end: int
    who: str


_PAREN = re.compile(r"\(([^()]{1,20})\)")
_COUNT_WORD = re.compile(r"poll|survey|tally|count")     # what a named count holds (AttributionWords.named_count)
_FOR = re.compile(r"\s+for\s+(?:the\s+)?(?=[A-Z])")


def _maker(who: str, vocab: Vocabulary) -> str:
    """Who made a poll or a report, without the outlet it was made for ("Gallup International Balkan for
    Bulgarian National Television": Gallup International Balkan); a "for" after a word of a body's
    name is the name's own ("the International Organization for Migration")."""
    body_words = {w.lower() for w in vocab.words("body_name_words", keep_case=True)}
    for m in _FOR.finditer(who):
        before = who[:m.start()].split()
        if before and before[-1].lower() not in body_words:
            return who[:m.start()]
    return who


_MADE_FOR = re.compile(r"^(?:[Tt]he\s+)?(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s)?\s+"
                       r"(?:poll|survey|study)\s+for\s+[A-Z]")


# where a body puts out what it says, before the body: "a post on the ministry's web portal", "a statement
# on the company's website", "a notice from the Interior Ministry"
_MEDIUM_OF = re.compile(r"^(?:the\s+|an?\s+)?(?:[a-z]+\s+)?(?:post|posting|statement|notice|release|note|message|"
                        r"tweet|bulletin|update|filing|announcement)\s+(?:on|in|from)\s+"
                        r"(?P<owner>(?:the\s+|its\s+)?(?:[A-Z][\w&.-]*\s+){0,4}[\w&.-]+?)(?:['’]s\b.*)?$")
_LEAD_PREP = re.compile(r"^(?:In|On|At|During|Since|By|After|Before|Last|This)\s+[A-Z][\w'’.-]*,?\s+(?=[A-Z])")
_POSSESSOR = re.compile(r"^(?:the\s+)?(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+(?P<rest>\S.*)$")
_DESCRIBED_NAME = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)\s+"
                             r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z&][\w&'’.-]*){0,3})$")
_NAME_GOES_ON = re.compile(r"\s+[A-Z](?:[a-z]|/[A-Z])")     # "UN Tourism", "Thomson Reuters I/B/E/S"
_NAME_FOLLOWS = re.compile(r"\s+[A-Z]")
_OF_PART = re.compile(r"^(?P<head>.+?)\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$")
# "sources at the Epidemiology Unit", "doctors at MSF": people who speak from a body; not officials
# (``official_nouns``), whom resolve reads as their country's authorities, one with the officials the text
# names elsewhere
_INFORMANTS_AT = re.compile(r"^(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z]+)\s+(?:at|in|from|within)\s+"
                            r"(?:the\s+(?=[A-Z])|(?=[A-Z][\w&-]*[A-Z]))(?P<body>[A-Z].*)$")


_ARTICLES = frozenset({"a", "an", "the"})


def _clean_who(raw: str, vocab: Vocabulary) -> str | None:
    """The canonical name of an attributed source, from the words that name it.

    "South Africa's National Department of Health" and "Italy's coast guard" name the body
    after the possessive, "UNICEF's regional director" the one before it; "Officials of the
    Assam State Disaster Management Authority" name the authority, "Wang Zhengyao of the
    Ministry of Civil Affairs" the person; a title goes ("Health Minister Ana Ruiz": Ana Ruiz)."""
    words = attribution_words(vocab)
    phrase = _LEAD_PREP.sub("", raw.strip())
    put_out = words.put_out_by.match(phrase)
    if put_out and (put_out.group("the") or not put_out.group().rstrip().endswith(put_out.group("owner"))):
        return _clean_who(put_out.group("owner"), vocab)    # "the bulletin the Statistics Agency put out"
    noun_owner = words.noun_owner.match(phrase)
    if noun_owner and noun_owner.group("owner").lower().rpartition(" ")[2] in words.source_noun_set:
        return noun_owner.group("owner")                    # "the ministry's report": the ministry
    medium = _MEDIUM_OF.match(phrase)
    if medium:
        return _clean_who(medium.group("owner"), vocab)     # "a post on the ministry's web portal": the ministry
    made_by = words.made_by.match(phrase)
    if made_by:
        return _clean_who(_maker(made_by.group("who"), vocab), vocab)
    after = words.published_after.search(phrase)
    if after and " by " not in after.group() and any(w in words.bare_data for w in phrase.lower().split()):
        phrase = phrase[:after.start()]
    kind = _report_kind(phrase, vocab)
    if kind is not None:
        return kind         # "the latest flood and cholera situation report": a report that is its own source
    stripped = words.data_words.sub("", phrase)
    raw = stripped or raw.strip()
    if raw.lower() in words.bare_data or stripped != phrase and all(
            w in words.qualifiers or w in _ARTICLES for w in raw.lower().split()) \
            and any(w in words.bare_data for w in phrase.lower().split()):
        return None         # "according to official figures", "a weekly survey found": no source named
    made_for = _MADE_FOR.match(raw)
    if made_for:
        raw = made_for.group("who")     # "the Sigma Dos survey for El Mundo": the pollster, not the outlet
    paren = _PAREN.search(raw)
    if paren and paren.group(1).strip().lower() in vocab.source_by_alias:
        return vocab.canonical_source(paren.group(1))
    known = vocab.source_pattern.search(raw)
    if known and (_NAME_GOES_ON.match(raw, known.end())
                  or known.group().islower() and _NAME_FOLLOWS.match(raw, known.end())):
        known = None        # "UN Tourism", "UN Women": a longer name that starts with a known one;
        # "organisers IMG": a known noun that describes the name after it
    if known and raw[known.end():known.end() + 2] not in ("'s", "’s"):
        return vocab.source_as_named(known.group())
    owned = _POSSESSOR.match(raw)
    if owned and not words.name_possessives.isdisjoint(owned.group("owner").split()) \
            and owned.group("rest")[:1].isupper():
        # "St Mary's Hospital", "Women's Aid", "the People's Bank of China": the possessive is inside one
        # name, not a body's owner
        who = _stop_who(raw, vocab)
        return who[4:] if who.startswith(("the ", "The ")) else who
    if owned:
        rest = _stop_who(owned.group("rest"), vocab)
        role = re.split(r"\s+(?:for|of|in|at)\s+", rest, maxsplit=1)[0].split()
        if role and role[-1].lower() in words.person_roles:
            if vocab.canonical_place(owned.group("owner")) in vocab.places:
                return rest         # "Turkey's interior minister": the minister, the country places the figure
            return _clean_who(owned.group("owner"), vocab)
        if role and (role[0].lower() in words.bare_data or role[0].lower() in words.qualifiers
                     or role[-1].lower() in words.report_heads):
            # (and "the WHO's Africa office situation update": what the owner put out, by any name)
            # "Aximage's poll for O Jornal", "NHS Grampian's weekly \"What We Did\" figures": the owner
            return _clean_who(owned.group("owner"), vocab)
        return _clean_who(rest, vocab) if rest else None
    if known:
        return vocab.source_as_named(known.group())
    if paren:
        return paren.group(1).strip()
    at_body = _INFORMANTS_AT.match(raw)
    if at_body and at_body.group("noun") in words.informant_nouns and at_body.group("noun") not in words.official_nouns:
        body = _WHO_STOP.sub("", at_body.group("body")).strip(" ,")
        if body and vocab.canonical_place(body) not in vocab.places and _first_word(body) not in words.not_sources:
            return _clean_who(at_body.group("body"), vocab)    # "sources at the Epidemiology Unit": their body
    holder = _office_holder(raw, vocab)
    if holder:
        return holder       # "Minister of Finance Ana Ruiz": Ana Ruiz, as with "Finance Minister Ana Ruiz"
    if " of " in raw or " and " in raw:
        titled = words.title_then_name.search(raw)
        if titled and is_person_name(titled.group("name"), vocab):
            return titled.group("name")         # "Minister of Finance and Planning Dr Peter Philips"
    named = _NAME_OF_AND.match(raw, 4 if raw.startswith("the ") else 0)
    if named is not None and re.sub(r"^the\s+", "", named.group().rpartition(" and ")[2]).lower() \
            in vocab.source_by_alias:
        named = None            # "the Department of Health and the Red Cross": two sources
    if named is None:
        named = _NAME_AND.match(raw, 4 if raw.startswith("the ") else 0)
        if named is not None and named.group("last").lower() in vocab.source_by_alias:
            named = None        # "the UN and Red Cross": two sources
    who = named.group() if named else _stop_who(raw, vocab)
    if who.lower().startswith("the "):
        who = who[4:]
    part = _OF_PART.match(who)
    if part:
        head = part.group("head").split()
        if all(w.islower() or w.lower() in words.person_roles for w in head) \
                and not (len(head) == 1 and head[0].lower() in words.person_roles
                         and vocab.country_of(part.group("body")) is not None):
            who = part.group("body")                  # "officials of the X authority" (not "mayor of Freetown")
        elif 2 <= len(head) <= 3 and all(w[:1].isupper() and w.lower() not in words.source_noun_set
                                         for w in head):
            who = part.group("head")                  # "Wang Zhengyao of the Ministry of Civil Affairs"
    described = _DESCRIBED_NAME.match(who)
    if described and described.group("noun").lower() in words.source_noun_set:
        who = described.group("name")                 # "organisers IMG", "the German charity Sea-Eye"
    titled = words.titled_name.match(who)
    if titled:
        who = titled.group("name")
    if who[-1:] in _CLOSING_QUOTES and who[-2:-1] not in ("s", ""):
        who = who[:-1]        # "the newssheet 'Carta de Mocambique' reported": the name, not its quote mark
    return without_country(who, vocab) if who else None


_PORTFOLIO_JOINS = frozenset({"and", "of", "for", "the", "&"})


def _office_holder(raw: str, vocab: Vocabulary) -> str | None:
    """The person who holds an office written as title, "of", portfolio, name ("Minister of Finance Ana
    Ruiz", "Deputy Minister of the Interior Li Wei"): the words after the portfolio's, when they are a
    person's name; else None (the portfolio's words are known, so that a name is never cut short)."""
    words = attribution_words(vocab)
    office = words.office_of.match(raw.strip())
    if office is None or not words.portfolio_words:
        return None
    rest = office.group("rest").split()
    n = 0
    while n < len(rest) and (rest[n] in words.portfolio_words or n and rest[n] in _PORTFOLIO_JOINS):
        n += 1
    while n and rest[n - 1] in _PORTFOLIO_JOINS:
        n -= 1
    name = " ".join(rest[n:])
    titled = words.title_then_name.match(name)
    name = titled.group("name") if titled else name         # "... Planning Dr Peter Philips": Peter Philips
    return name if n and is_person_name(name, vocab) else None


# a name, then its earlier name between commas: "Ooredoo, the former Qatar Telecom, said", "Ooredoo, formerly "
_FORMER_NAME_BEFORE = re.compile(r"(?<![\w'’.&-])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),\s+"
                                 r"(?:the\s+)?(?:former|formerly|previously|once)\s+(?:known\s+as\s+)?$")
# a role of a place's right before its name: "the mayor of ", "the governor of the "
_ROLE_OF_BEFORE = re.compile(r"\b(?P<role>[a-z]+)\s+of\s+(?:the\s+)?$")
_CLOSING_QUOTES = frozenset("'’\"”")


# where the head of a description ends and what qualifies it begins ("lender by assets", "maker of chips")
_QUALIFIER_AFTER_HEAD = re.compile(r"\s+(?:by|of|in|for|on|with|from|at)\s")


def _appositive_head(description: str) -> str:
    """The head noun of a description between commas, before what qualifies it ("the Gulf's biggest lender
    by assets": lender), so that a body described by its noun is the source as with the noun alone."""
    return _QUALIFIER_AFTER_HEAD.split(description, maxsplit=1)[0].rpartition(" ")[2].lower()


# one body's name of two fields joined by "and" ("Meteorology and Hydrology Directorate"): capitalised words,
# "and", capitalised words that end in a word of a body's name
_FIELDS_AND = re.compile(r"^(?:[A-Z][\w-]*\s+){1,3}and\s+(?:[A-Z][\w-]*\s+){0,3}(?P<last>[A-Z][\w-]*)$")


def _stop_who(raw: str, vocab: Vocabulary) -> str:
    """``raw`` up to the words that end a source's name ("the army on Friday": the army), but one body's
    name of two fields joined by "and" whole ("Meteorology and Hydrology Directorate")."""
    whole = _FIELDS_AND.match(raw.strip(" ,"))
    if whole and whole.group("last") in vocab.words("body_name_words", keep_case=True):
        return whole.group().strip()
    return _WHO_STOP.sub("", raw).strip(" ,")


_COUNTRY_OWNER = re.compile(r"^(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})['’]s\s+(?P<body>[A-Z].*)$")


def without_country(who: str, vocab: Vocabulary) -> str:
    """A body's name without the country before it, which is the figure's place, not the source's name
    ("Honduras's Ministry of Health": Ministry of Health, as after a possessive elsewhere). A country
    after "of" stays: it is often the name itself ("Statistical Institute of Jamaica", "Bank of Ghana")."""
    m = _COUNTRY_OWNER.match(who)
    if m is None:
        return who
    place = vocab.canonical_place(m.group("place"))
    body = m.group("body")
    if place is not None and vocab.country_of(place) == place and " " in body \
            and any(w in vocab.words("body_name_words", keep_case=True) for w in body.split()):
        return body
    return who


_NP_TOKEN_CHARS = frozenset("_'’.&/-")


def _np_before(text: str, lo: int, hi: int, words: AttributionWords) -> re.Match[str] | None:
    r"""``words.np_before.search(text, lo, hi)``, skipping the search when it cannot match.

    A match ends (before spaces) with ",", ")" or the last word of ``who`` (a capitalised word
    or a source noun); that word lies inside the run of ``[\w'’.&-]`` characters before the
    spaces, so a run in lower case that ends with no source noun rules a match out, and so
    does no run at all before anything but "," or ")" (a quote: '"We ...," said Ana').
    """
    k = hi
    while k > lo and text[k - 1].isspace():
        k -= 1
    j = k
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in _NP_TOKEN_CHARS):
        j -= 1
    if j < k:
        token = text[j:k]
        if token.islower() and token.isascii() and not token.endswith(words.source_nouns):
            return None
    elif k == lo or text[k - 1] not in ",)":
        return None
    return words.np_before.search(text, lo, hi)




# what follows a closing reporting verb at the end of its clause: "Skuza added.", "he recalled, ..."
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.,;:!?\"”’)]|[ \t]+(?:that|on|in|at|during|after|before|when)\b)")


_KIND_WORDS = re.compile(r"^(?:(?:the|a|an|its|their)\s+)?(?P<words>(?:[\w/-]+\s+){1,5}?)(?P<noun>[a-z]+)$")


def _report_kind(phrase: str, vocab: Vocabulary) -> str | None:
    """A report named by its kind, with no body's name ("the latest flood and cholera situation report":
    situation report; "the weekly AWD/cholera report": weekly AWD/cholera report): the word of its kind
    before the noun (``report_kind_nouns``), and a period before that (``periodic_qualifiers``)."""
    m = _KIND_WORDS.match(phrase.strip())
    if m is None or m.group("noun") not in vocab.words("report_kind_nouns"):
        return None
    words = m.group("words").split()
    if any(w[:1].isupper() and w[1:2].islower() or not any(ch.islower() for ch in w) for w in words):
        return None         # a name or an acronym: "the UNHCR report", "the Oxfam report" are theirs
    kind = words[-1]
    qualifiers = attribution_words(vocab).qualifiers
    if kind in qualifiers or any(kind in q.split() for q in qualifiers) or not kind.isalpha() and "/" not in kind:
        return None         # "the latest report", "the 2019 report": no kind
    name = [kind, m.group("noun")]
    if len(words) > 1 and words[-2] in vocab.words("periodic_qualifiers"):
        name.insert(0, words[-2])
    return " ".join(name)


def attributions_in(text: str, start: int, end: int, vocab: Vocabulary,
                    names: Memo | None = None, lower: str | None = None) -> list[Attribution]:
    """Every attribution cue in a sentence, with who it names.

    ``names`` remembers ``_clean_who`` of ``vocab`` from call to call (a text names the
    same few sources again and again: "the UN", "medics"); without one, the vocabulary's
    (``Lexicon.source_names``). ``lower`` is ``text`` lower-cased with the same length, when the
    caller has it."""
    if names is None:
        names = lexicon(vocab).source_names
    words = attribution_words(vocab)
    out: list[Attribution] = []
    # a possessive in the sentence ("UNICEF's regional director said", "the ministry's figures"): the
    # searches that need one are skipped without it
    has_s = text.find("'s", start, end) >= 0 or text.find("’s", start, end) >= 0
    has_according = (lower.find("according", start, end) >= 0 if lower is not None
                     else "according" in text[start:end].lower())
    for m in (_ACCORDING.finditer(text, start, end) if has_according else ()):
        who = _who(m.group("who"), vocab, names)
        if who:
            out.append(Attribution(m.start(), m.end(), who))
    for verb in words.verbs.matches(text, start, end):
        verb_start, verb_end = verb.span("at")
        if words.closing_verbs and text[verb_start:verb_end].lower() in words.closing_verbs \
                and not _CLAUSE_ENDS.match(text, verb_end, end) and verb_end < end:
            continue        # "Trade added 92,000 jobs": no statement
        if words.reports_nothing.match(text, verb_end, end):
            continue
        # "jobless claims rose", "Road projects fell behind": a noun; a verb only right before a figure,
        # or after a body ("The National Bank of Romania projects inflation of 2 percent")
        as_noun = bool(words.noun_verbs) and text[verb_start:verb_end].lower() in words.noun_verbs \
            and not _FIGURE_NEXT.match(text, verb_end, end)
        if _OF_AFTER_VERB.match(text, verb_end, end) and _DETERMINED_BEFORE.search(text, max(start, verb_start - 30),
                                                                                      verb_start):
            continue        # "below the official forecast of 1.6 percent": a noun, no one's statement
        np_end = verb_start
        if text[verb_start - 5:verb_start].endswith(_AUX_ENDS):     # "officials have said"
            aux = _AUX_BEFORE.search(text, max(start, verb_start - 30), verb_start)
            if aux is not None:
                np_end = aux.start()
        if text.endswith("ing", verb_start, verb_end):       # "the directorate was (now) expecting"
            aux = _PROGRESSIVE_BEFORE.search(text, max(start, np_end - 8), np_end)
            if aux is not None:
                np_end = aux.start()
        if text.endswith(", ", max(start, np_end - 2), np_end):
            aside = _ASIDE_BEFORE.search(text, max(start, np_end - 30), np_end)
            if aside is not None:
                np_end = aside.start()  # "The union, however, said": the source before the aside
        np = None
        if text.endswith(", ", max(start, np_end - 2), np_end):
            np = _APPOSED.search(text, max(start, np_end - 90), np_end)
            if np is not None and np.group("role") not in words.person_roles \
                    and np.group("last") not in words.source_noun_set \
                    and _appositive_head(text[np.start("role"):np.end("last")]) not in words.source_noun_set \
                    and not any(w in words.person_roles for w in _LOWER_WORD.findall(text, np.end("role"), np.end())):
                np = None       # "Eurostat, the EU's statistics agency, said": the name, not the description
            if np is None:
                np = _RELATIVE_APPOSED.search(text, max(start, np_end - 120), np_end)
            if np is None:
                # "Ilona Līce, Chairperson of the Board of Riga Airport, told": the person, not the title
                np = _TITLED_PERSON.search(text, max(start, np_end - 120), np_end)
                if np is not None and not is_person_name(np.group("who"), vocab):
                    np = None
        if np is None:
            np = _np_before(text, max(start, np_end - 90), np_end, words)
        if np is None and has_s and words.owner_role_before is not None:
            np = words.owner_role_before.search(text, max(start, np_end - 90), np_end)
        if np is None and text[np_end - 1:np_end] == " ":
            np = _owner_of_data_before(text, start, max(start, np_end - 90), np_end, words)
        if np:
            raw = _with_modifiers(text, max(start, np_end - 120), np.start("who"), np.group("who"))
            former = _FORMER_NAME_BEFORE.search(text, max(start, np.start("who") - 60), np.start("who"))
            if former is not None:
                raw = former.group("name")      # "Ooredoo, the former Qatar Telecom (Qtel), said": Ooredoo
            role_of = _ROLE_OF_BEFORE.search(text, max(start, np.start("who") - 30), np.start("who"))
            if role_of is not None and role_of.group("role") in words.person_roles \
                    and vocab.country_of(raw) is not None:
                raw = role_of.group() + raw     # "the mayor of Freetown said": the mayor, not the town
            if words.made_by_before.search(text, max(start, np.start("who") - 60), np.start("who")) is not None:
                raw = _maker(raw, vocab)        # "a survey by Gallup for BNT shows": the pollster
            inner = _NAME_THE_BEFORE.search(text, max(start, np.start("who") - 40), np.start("who"))
            if inner is not None and (inner.group() + raw).lower() in vocab.source_by_alias:
                raw = inner.group() + raw       # "Save the Children says": a known name with "the" inside
            who = _who(raw, vocab, names)
            if who and _first_word(who) not in words.not_sources and not (
                    text.startswith(words.counting_verbs, verb_start) and vocab.canonical_source(who) == who
                    and who.lower() not in vocab.source_by_alias
                    and not any(w.lower() in words.source_noun_set for w in who.split())) and not (
                    as_noun and who.lower() not in vocab.source_by_alias
                    and not any(w.lower() in words.source_noun_set for w in who.split())):
                out.append(Attribution(np.start(), verb_end, who))
                continue
        if as_noun:
            continue
        if text.startswith(words.inverted_verbs, verb_start):
            by = words.said_by.match(text, verb_start, end)
            if by:
                who = _who(by.group("who"), vocab, names)
                if who:
                    out.append(Attribution(verb_start, by.end(), who))
                    continue
        pronoun = _PRONOUN_BEFORE.search(text, max(start, np_end - 5), np_end)
        if pronoun is not None:         # "He said": whom is for the document to say (PRONOUN_SOURCE)
            out.append(Attribution(pronoun.start(), verb_end, PRONOUN_SOURCE))
        elif text.endswith(("it ", "It "), max(start, np_end - 3), np_end) and _IT_BEFORE.search(
                text, max(start, np_end - 4), np_end):
            out.append(Attribution(np_end - 3, verb_end, BODY_PRONOUN_SOURCE))     # "it said": a body named before
    for m in (words.possessive.finditer(text, start, end) if has_s else ()):
        who = _who(m.group("who"), vocab, names)
        if who and _first_word(who) not in words.not_sources:     # not "Friday's report"
            out.append(Attribution(m.start(), m.end(), who))
    for m in (words.named_count.finditer(text, start, end) if _COUNT_WORD.search(text, start, end) else ()):
        name = m.group("who")
        if name.split()[0] in ("The", "A", "An", "In", "By", "From", "According") or len(name.split()) > 1 and \
                name.split()[0] in words.not_sources:
            name = name.partition(" ")[2]
        who = _who(name, vocab, names) if name else None
        if who and _first_word(who) not in words.not_sources and vocab.canonical_place(who) not in vocab.places:
            out.append(Attribution(m.start(), m.end(), who))
    for m in (words.publication_by.finditer(text, start, end) if text.find(" by ", start, end) >= 0 else ()):
        raw = m.group("who")
        who = _who(raw[:-1] if raw.endswith(".") and raw[-2:-1].islower() else raw, vocab, names)
        if who and _first_word(who) not in words.not_sources and vocab.canonical_place(who) not in vocab.places \
                and not any(a.start < m.end() and m.start() < a.end for a in out):
            out.append(Attribution(m.start(), m.end(), who))
    for m in words.survey_by.finditer(text, start, end):
        who = _who(m.group("who"), vocab, names)
        if who:
            out.append(Attribution(m.start(), m.end(), who))
    if text.find(" by ", start, end) >= 0:
        for m in words.given_by.finditer(text, start, end):
            raw = m.group("who")
            if raw.endswith(".") and raw[-2:-1].islower():
                raw = raw[:-1]          # "announced earlier by Nairobi.": the sentence's full stop
            who = _who(raw, vocab, names)
            if who and raw.startswith("The ") and not who.startswith("The "):
                who = "The " + who      # "published by The Australian": a capital "The" is the name's
            capital_of = _capital_of(who, vocab)
            if capital_of:
                who = f"{capital_of} government"    # "given by Amman": the government that sits there
            if who:
                out.append(Attribution(m.start(), m.end(), who))
    if len(out) > 1:
        out = _it_of_the_speaker(text, out)
        # "China confirmed 150 more deaths ..., the health commission said": a country or a
        # town that reports is the source only when nobody else in the sentence is
        named = [a for a in out if vocab.canonical_place(a.who) not in vocab.places]
        out = named or out
        # "Eurostat, the EU's statistics agency, said": a cue inside another's words is part of it
        out = _outermost(out)
    return out


def _owner_of_data_before(text: str, s_start: int, lo: int, hi: int,
                          words: AttributionWords) -> re.Match[str] | None:
    """"..., CSE data showed", "Eurostat figures show": the name before the publication noun is
    who reports (not "Official data showed": a qualifier, no name; not "Tax returns show": one
    capitalised word that starts the sentence)."""
    k = hi
    while k > lo and text[k - 1] == " ":
        k -= 1
    j = k
    while j > lo and text[j - 1].isalpha():
        j -= 1
    if j == k or text[j:k].lower() not in words.bare_data or not text[j:k].islower():
        return None
    while True:             # "the latest Ipsos opinion poll shows": the qualifiers between name and noun
        i = j - 1
        while i > lo and text[i - 1].isalpha():
            i -= 1
        if not (i < j - 1 and text[j - 1] == " " and text[i:j - 1] in words.qualifiers):
            break
        j = i
    np = _np_before(text, lo, j, words)
    if np is None or not np.group("who")[:1].isupper() or np.group("who").lower() in words.qualifiers:
        return None
    who = np.group("who")
    if who.endswith(("'s", "’s")) or " " not in who and who[1:].islower() and not text[s_start:np.start("who")].strip():
        return None         # "the Office's forecast put": the possessive's own pattern
    return np


# between a speaker's verb and the "it" that names the speaker again: "The army said (that) it had counted"
_SAID_IT = re.compile(r"[ \t]+(?:that[ \t]+)?$")


def _it_of_the_speaker(text: str, found: list[Attribution]) -> list[Attribution]:
    """"The army said it had counted 2,874": "it" right after a source's verb is that source."""
    ends = {a.end: a.who for a in found if a.who != BODY_PRONOUN_SOURCE}
    out = []
    for a in found:
        if a.who == BODY_PRONOUN_SOURCE:
            speaker = next((who for end, who in ends.items() if end <= a.start
                            and _SAID_IT.fullmatch(text, end, a.start)), None)
            if speaker is not None:
                a = a._replace(who=speaker)
        out.append(a)
    return out


def _outermost(found: list[Attribution]) -> list[Attribution]:
    """The attributions not inside another one's words, in text order: one sweep over them sorted
    by start (the longest first), so a sentence of thousands of "said" costs thousands of steps."""
    ordered = sorted(found, key=lambda a: (a.start, -a.end))
    kept: list[Attribution] = []
    reach = -1          # the furthest end of the spans before the current one
    i = 0
    while i < len(ordered):
        span = (ordered[i].start, ordered[i].end)
        j = i
        while j < len(ordered) and (ordered[j].start, ordered[j].end) == span:
            j += 1
        if reach < span[1]:
            kept.extend(ordered[i:j])   # the same words found twice are not inside each other
        reach = max(reach, span[1])
        i = j
    return kept


def _first_word(who: str) -> str:
    """A source's first word without a possessive ending ("Friday's report" → Friday)."""
    first = who.split()[0]
    return first[:-2] if first.endswith(("'s", "’s")) else first


def _capital_of(name: str | None, vocab: Vocabulary) -> str | None:
    """The country whose capital ``name`` is ("Amman" → Jordan), if it is one."""
    if not name or not name[:1].isupper():
        return None
    country = vocab.country_of(name)
    return country if country and vocab.capital_of(country) == vocab.canonical_place(name) else None


# a word of reporting used as a noun: "the official forecast of", "an estimate of"
_OF_AFTER_VERB = re.compile(r"\s+of\b")
_DETERMINED_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that)\s+(?:[a-z]+\s+)?$", re.I)
# "the Commerce and Industry Ministry", "the Centre for Disease Control and Prevention": an "and"
# inside a name of capitalised words, the name's last words no source of their own
_NAME_AND = re.compile(r"(?P<name>(?:[A-Z][\w.&-]*\s+){1,4}(?:for\s+(?:[A-Z][\w-]*\s+){1,2})?and\s+"
                       r"(?P<last>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}))\s*$")
# a figure right after a word: "claims 2.8 million", "claim that about 300", "claim two million"
_FIGURE_NEXT = re.compile(r"\s+(?:that\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|"
                          r"up\s+to|as\s+many\s+as)\s+)?(?:\d|(?:"
                          + trie_alternation([*UNITS, *TENS, "hundred", *SCALES, "hundreds", "thousands", "millions"])
                          + r")\b)", re.I)
# "He said", "she told reporters": the person the text quoted last (extract.speakers)
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+$")
PRONOUN_SOURCE = "(he or she)"
# "..., it said": the body the text named as a source last (extract.speakers)
_IT_BEFORE = re.compile(r"(?<![\w'’-])[Ii]t[ \t]+$")
BODY_PRONOUN_SOURCE = "(it)"
# (and a day: "Toyota Motor Corp on Tuesday posted")
_AUX_BEFORE = re.compile(r"(?:\b(?:have|has|had|also|previously|earlier|later|will|would|now|on\s+[A-Z][a-z]+day)\s+)"
                         r"{1,2}$")
# an aside between a source and its verb: "The organisers, however, estimated"
_ASIDE_BEFORE = re.compile(r",[ \t]+(?:however|meanwhile|though|too|also|in[ \t]+turn|instead"
                           r"|for[ \t]+(?:its|their|his|her)[ \t]+part)[ \t]*,[ \t]+$")
# "was expecting", "are now projecting": a verb in -ing after a form of "be"
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$")
_AUX_ENDS = ("have ", "has ", "had ", "also ", "ously ", "rlier ", "later ", "will ", "would ", "now ", "day ")
_MODIFIER = re.compile(r"(?:[A-Za-z&][\w'’.-]*)\s+$")
_JOINED_BEFORE = re.compile(r"\b(?:and|for|of)\s+$")
_LEAD_JOINS = re.compile(r"^(?:(?:and|for|of|the|&)\s+)+", re.I)


def _with_modifiers(text: str, lo: int, at: int, who: str) -> str:
    """``who`` with the words before it that modify a lower-case source noun: "county
    authorities", "the civil protection agency", "Haiti's civil protection agency"."""
    if not who[:1].islower():
        if text.endswith("and the ", max(lo, at - 8), at):
            # "the Ministry of Finance and the Public Service": one name, "the" inside it
            k = _words_before(text, lo, at, 8, lambda w: w in STOP_WORDS and w not in _NAME_JOINS)
            whole = _LEAD_JOINS.sub("", text[k:at]) + who
            named = _NAME_OF_AND.match(whole)
            return whole if named is not None and named.end() == len(whole) else who
        if not text.endswith(("and ", "for ", "of "), max(lo, at - 6), at) or not _JOINED_BEFORE.search(
                text, max(lo, at - 6), at):
            return who
        # "UNICEF's regional director for Europe and Central Asia": the whole phrase
        k = _words_before(text, lo, at, 8, lambda w: w in STOP_WORDS and w not in _NAME_JOINS)
        return _LEAD_JOINS.sub("", text[k:at]) + who if k < at else who
    k = _words_before(text, lo, at, 3, lambda w: w in STOP_WORDS or w in NP_END_WORDS or w in _TIME_NOUNS)
    while k < at and _NUMBER_BEFORE.search(text, max(lo, k - 16), k):
        k = text.find(" ", k, at) + 1 or at     # "the 49 cents analysts had forecast": the unit of a number
    return text[k:at] + who if k < at else who


# the end of a time adverbial before a subject ("Earlier in the day officials said"): no modifier of it
_TIME_NOUNS = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
                         "hour"})
_NUMBER_BEFORE = re.compile(r"\d[ \t]+$")
_NAME_THE_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}[ \t]+(?:of[ \t]+)?the[ \t]+$")


_NAME_JOINS = frozenset({"and", "for", "of", "the", "&"})


def _words_before(text: str, lo: int, at: int, most: int, stops: Callable[[str], bool]) -> int:
    """Where the run of up to ``most`` words before ``at`` starts, the first (lower-cased) word
    for which ``stops`` holds left out."""
    k = at
    for _ in range(most):
        m = _MODIFIER.search(text, max(lo, k - 30), k)
        if m is None or stops(m.group().rstrip().lower()):
            break
        k = m.start()
    return k


def _person_word(word: str) -> bool:
    """A capitalised word of a name in any Latin spelling: "Ruiz", "Borbála", "Līce", "DeLisle", "O'Brien"
    (an ASCII-only pattern left the names of most of Europe and Africa no person's, so "she added" had no one)."""
    return word[:1].isupper() and word[-1:].isalpha() and any(ch.islower() for ch in word[1:]) \
        and all(ch.isalpha() or ch in "'’-" for ch in word)


def is_person_name(who: str, vocab: Vocabulary) -> bool:
    """Whether a source is a person's name ("Ana Ruiz", "Rami Abdel Rahman"): two or three
    capitalised words, none a source noun, naming no known source or place."""
    words = who.split()
    return (2 <= len(words) <= 3 and all(_person_word(w) for w in words)
            and not any(w.lower() in attribution_words(vocab).source_noun_set for w in words)
            and who.lower() not in vocab.source_by_alias and vocab.canonical_place(who) not in vocab.places)


def _who(raw: str, vocab: Vocabulary, names: Memo) -> str | None:
    """``_clean_who(raw, vocab)``, remembered in ``names``."""
    who = names.get(raw, False)
    if who is False:
        who = names.keep(raw, _clean_who(raw, vocab))
    return who


_FISCAL_LISTS = (("fiscal_year_from_july", 7), ("fiscal_year_from_april", 4), ("fiscal_year_from_october", 10))
# what a document must hold for its fiscal year to matter: "fiscal", "financial year", "2024-25"
_TWO_YEARS = re.compile(r"(?:19|20)\d\d[-–/]\d\d(?![\w-])")


class _FiscalCountries(NamedTuple):
    by_country: dict[str, Fiscal]
    pattern: re.Pattern[str]        # the listed countries' names and demonyms, as written
    by_word: dict[str, str]         # a name or demonym, lower-cased → its country


def _fiscal_countries(vocab: Vocabulary) -> _FiscalCountries:
    by_start = set(vocab.words("fiscal_year_named_by_start", keep_case=True))
    by_country: dict[str, Fiscal] = {}
    for name, month in _FISCAL_LISTS:
        for country in vocab.words(name, keep_case=True):
            by_country.setdefault(country, Fiscal(month, "start" if country in by_start else "end"))
    by_word: dict[str, str] = {}
    for country in by_country:
        entry = vocab.places.get(country)
        for word in (country, *(entry.aliases if entry else ()), *(entry.demonyms if entry else ())):
            by_word.setdefault(word.lower(), country)
    body = "|".join(re.escape(w) for w in sorted(by_word, key=len, reverse=True)) or r"(?!x)x"
    return _FiscalCountries(by_country, re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I), by_word)


_fiscal_countries_of = per_vocabulary(_fiscal_countries)


def document_fiscal(text: str, lower: str, dateline_place: str | None, vocab: Vocabulary) -> Fiscal:
    """The fiscal year of the country a document is about: its dateline's country, else the
    first listed country it names ("Bangladesh's exports", "Pakistani"); the default elsewhere.
    Looked for only in a document that names a fiscal year."""
    if lower.find("fiscal") < 0 and lower.find("financial") < 0 and _TWO_YEARS.search(lower) is None:
        return DEFAULT_FISCAL
    known = _fiscal_countries_of(vocab)
    country = vocab.country_of(dateline_place) if dateline_place else None
    if country is None:
        named = known.pattern.search(text)
        country = known.by_word[fold_keyword(named.group())] if named else None
    return known.by_country.get(country or "", DEFAULT_FISCAL)
