"""Numbers that are not claims: dates, years, clock times, ages, ordinals,
durations, phone numbers, addresses, model names and reference labels.

Each test looks at a few characters around the number, so the filter costs
a handful of anchored matches per number.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from auditor.extract.numbers import SPELLED_NUMBERS, phrase_alternation
from auditor.extract.when import MONTHS
from auditor.vocabulary import Vocabulary

if TYPE_CHECKING:
    from auditor.extract.lexicon import Lexicon
    from auditor.extract.mentions import Mention
    from auditor.extract.numbers import NumberMatch

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_BEFORE = re.compile(
    rf"(?<![\w])(?:(?:{_MONTH_WORDS})|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec) ?\.)[ \t\u00a0]$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:(?:to|and|until|through|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
                          rf"(?:of\s+)?(?:{_MONTH_WORDS})\b", re.I)
_DAY_RANGE_BEFORE = re.compile(
    rf"(?<![\w])(?:(?:{_MONTH_WORDS})|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?"
    r"\s*(?:to|and|until|through|-|–)\s*$", re.I)
_RANGE_JOINS = ("to", "and", "until", "through", "-", "–")
_OF_AFTER = re.compile(r"\s+of\b")
# after a count of quarters, what makes it a span of time: "seven quarters ago", "three quarters running"
_SPAN_REL_AFTER = re.compile(r"\s+(?:ago|earlier|later|from\s+now|running|on\s+end|in\s+a\s+row)\b", re.I)
_RANGE_END_CHARS = frozenset(" -–")     # "Nov. 15 to 18", "Dec. 25-31"
# "in week 43", "by week 12", "between week one and week 12", "over weeks 1 to 24", "the worst weeks,
# weeks 12 to 14": a week of the year named by its number (when.py dates it), or the end of a span of them
_WEEK_NUMBER_BEFORE = re.compile(
    r"(?:\b(?:in|by|of|during|since|until|for|from|to|between|and|or|through|over|across|after|before)\s+|,[ \t]*)"
    r"(?:epidemiological\s+|epi\s+)?(?:week|weeks[ \t]+(?:\d{1,2}|[a-z]{3,6})[ \t]*(?:to|-|–|and|through)[ \t]*"
    r"|weeks)[ \t]$", re.I)
# "have been falling for ten weeks", "prices rose for three months": how long a trend has run, no figure
_TREND_FOR_BEFORE = re.compile(
    r"\b(?:f[ae]ll(?:en|ing)?|falls|r[io]s(?:en|ing|e|es)|gr[eo]wn?|growing|grows|declin(?:ed|ing|es?)"
    r"|drop(?:ped|ping|s)?|climb(?:ed|ing|s)?|increas(?:ed|ing|es?)|decreas(?:ed|ing|es?)|shr[iau]nk(?:ing|s)?"
    r"|contract(?:ed|ing|s)?|expand(?:ed|ing|s)?|eas(?:ed|ing|es?)|slow(?:ed|ing|s)?)\s+for\s+$", re.I)
# "minors younger than 18", "people older than 65": an age bound, not a count
# a share or a unit after such a bound makes it no age ("people over 20 percent", "children under 5 kg")
_SHARE_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)", re.I)
_AGE_THAN_BEFORE = re.compile(r"\b(?:younger|older)\s+than\s+$", re.I)
# "from week 31 of one year to week 30 of the next": "one year" as "a year", no count
_ONE_YEAR_NEXT_AFTER = re.compile(r"^\s+year\s+(?:to|until|through|and|into)\s+[^.;]{0,40}?"
                                  r"\bthe\s+(?:next|following)\b", re.I)
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_CLOCK_AFTER = re.compile(r"^(?:[:.]\d\d\b|\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'clock|GMT|UTC|hrs\b|h\b|local\s+time))", re.I)
_CLOCK_BEFORE = re.compile(r"\d[:]$")
_AGE_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b|^ ?- ?year\b|^\s*yo\b"
                        r"|^\s*\((?:aged\s*)?\)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+(?:of\s+)?(?:between\s+)?(?:\d{1,3}\s*(?:to|-|–|and)\s*)?$", re.I)
# "said Amira Kowalski, 59, a spokeswoman": an age set off by commas after a person's name
# (two or more capitalised words) and before what says who they are
_NAME_BEFORE = re.compile(r"(?<![\w-])[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3},\s$")
# (after the age: a lower-case word, "a nurse", "was pulled", "who")
_APPOSITION_AFTER = re.compile(r",\s+[a-z]")
_DURATION_AFTER = re.compile(
    r"^[\s-]*(?:(?:more|other|additional|long|straight|consecutive|full)\s+)?"
    r"(?:seconds?|minutes?|mins?|hours?|hrs|days?|nights?|weeks?|months?|years?|decades?|centuries|century|yrs)\b"
    r"(?P<rel>\s+(?:ago|earlier|later|before|after|into|from\s+now|since|to\s+(?:go|play)|left|remaining|on\s+end|running|away|"
    r"in\s+a\s+row|"
    r"of\s+(?!(?:the|them|these|those|which|whom|it|us|age)\b)[a-z]{3,})\b)?", re.I)
# "in three months", "over the past two weeks", "over those ten months": a time scope (when.py
# reads it), not a quantity;
# "waited more than 52 weeks": a span of time ("for the nine months" and "the lowest for 11 years"
# below: "detained for 3 years" is a quantity)
_SCOPE_BEFORE = re.compile(
    r"\b(?:in|within|during|over|under|past|last|next|previous|first|recent|coming|each|every|per|a|an|than|"
    r"rolling|trailing|same|remaining|following|preceding|ensuing|final|"
    r"(?:\w+est|most|least|worst|best|record)\s+for|for(?=\s+the\s))\s+"
    r"(?:just\s+|only\s+|almost\s+|nearly\s+|about\s+|some\s+|those\s+|these\s+"
    r"|the\s+(?:(?:past|last|next|previous|first)\s+)?)?$",
    re.I)
_WORD_ORDINAL_AFTER = re.compile(r"^[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
_SCALE_WORD_AFTER = re.compile(r"\s+(?:thousand|million|billion|trillion|bn|mn|lakh|crore)\b", re.I)
_MODEL_BEFORE = re.compile(r"[A-Za-z][\-‑]$|[A-Za-z]{1,6}[\-‑]?$|(?<![\w])[A-Za-z]+\d+[\-‑]$")   # F-16, SCP2-173
# the second size of one thing: "a 190-by-54-centimetre capsule", "a 12x8-metre stage" (no model "by-54")
_SIZE_BEFORE = re.compile(r"\d[ \t]*-?[ \t]*(?:by|x)[ \t]*-?$")
# a number glued to letters and digits: "24703L202", "12ab3" (a code); not "5km2" (a unit)
_CODE_AFTER = re.compile(r"^[A-Za-z]{1,3}\d")
_UNIT_POWER_AFTER = re.compile(r"^(?:[kcmd]?m|ft|mi|in)[23]\b")
# set phrases where a number word is no count: "one-time gains", "a zero - coupon bond", "a 9-iron"
_IDIOM_AFTER = re.compile(
    r"^ ?[\-‑] ?(?:time|off|way|sided|coupon|sum|tolerance|stop|liner|shot|on[\-‑ ]one|iron)\b", re.I)
# "the first half of the year": a period, not a fraction
# "the June quarter", "each quarter", "in the quarter to March": a period ("a quarter of" is a share)
_PERIOD_QUARTER_BEFORE = re.compile(
    r"(?<![\w])(?:the|this|that|each|every|per|same|previous|latest|current|next|preceding|following|fiscal"
    r"|financial|calendar|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.? $", re.I)
# "2,990 roubles/$1", "8.1 yuan per $1", "= US$1": the one unit of money an exchange rate is quoted against
_PER_ONE_BEFORE = re.compile(r"(?:/|\bper\s|=\s?)\s?(?:[A-Z]{0,2}[$€£¥₹₽]|[A-Z]{3}\s)$")
# "the same quarter of last year", "the previous quarter of 2021": "of" a year keeps it a period
_OF_YEAR_AFTER = re.compile(r"^ of (?:(?:last|this|next|the (?:previous|prior|same|last|current|following)) )?"
                            r"(?:(?:fiscal |financial |calendar )?year\b|(?:fiscal |fy ?)?\d{4}\b)", re.I)
_PERIOD_HALF_BEFORE = re.compile(r"(?<![\w])(?:first|second|third|fourth|final|last|latter|former) $", re.I)
# a list marker: a small number closing a parenthesis that was never opened ("1 )", "2)")
_LIST_BEFORE_WINDOW = 80
# one letter glued to digits that is no unit, scale, currency or exponent: "11a", "3D", "Flat 4B"
_GLUED_LABEL_LETTERS = frozenset("adijnoqruvwyzADGIJNOQRUVWYZ")   # G: "5G" ("10G" is read as giga)
# "64 cents a dozen", "$ 3 a dozen": the quantity a price is for, not a count (NonclaimWords.price_before)
_A_DOZEN = frozenset({"a dozen", "A dozen"})
# a ZIP code after a state's two capitals: "PA 23456"
_ZIP_BEFORE = re.compile(r"(?<![\w])[A-Z]{2} $")
_SCALED_BEFORE = re.compile(r"\d(?:k|m|bn|b|tn)[\-‑–]$", re.I)
_HASH_BEFORE = re.compile(r"#\s*$")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s./-]\d{3,4}\b")
_URLISH = re.compile(r"(?:https?://|www\.|@|[?&=%])\S*$")
# a named plant's unit: "Kusile unit 4", "the Medupi unit 6" (not "the rail unit 285 million crowns")
_NAMED_UNIT_BEFORE = re.compile(r"(?<![\w])[A-Z][\w'’-]+\s+unit\s+$")
# "... to a Category 5 one.": "one" after a number that names, at the end of a clause
_ENDS_CLAUSE = re.compile(r"\s*(?:[.,;:!?)]|$)")
# the confidence level of a poll or estimate: "a 95-percent confidence level", "95% confidence interval"
_CONFIDENCE_AFTER = re.compile(r"^\s*[\-‑]?\s*(?:%|per\s*cent|percent)\s+(?:confidence|credible)\s+(?:level|interval)",
                               re.I)
# "Abilene, for one, lay under snow": "for one" set off as an aside, no count
_FOR_ONE_AFTER = frozenset(",;:)\u2013\u2014")
# a state that has held for a span: "no deaths on US flights for nine years", "has not rained for six
# weeks", "without power for three days" (how long, a time scope: no quantity of its own)
# (the words of numbers.yaml's ``negation_words``, compiled by ``NonclaimWords``; "n't" is grammar)
_CLAUSE_STOPS = (". ", "; ", ": ", "! ", "? ", "\n", ", ", "\"", "\u201d", "\u2014")
# a type number joined to its variant: "737-800", "747-400", "787-9" (the first three digits, not a
# round number; the variant a round hundred or one or two digits), after an article, a count or a maker
_MODEL_SERIES = re.compile(r"(?<![\w.,-])(\d{3})[\-‑](\d{1,4})(?![\d,.]\d)")
# (a count in words: the number vocabulary's)
_MODEL_SERIES_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat"
                                  rf"|{phrase_alternation(SPELLED_NUMBERS)}|\d{{1,3}})|(?P<name>[A-Z][a-z]+))\s+$")
# a designation in capitals between a type number and its variant: "737 MAX 8" (both numbers name it)
# ("17 USD 25", "5 MW 3": a currency or a unit is no designation)
_MODEL_DESIGNATION_AFTER = re.compile(r"^[ \-‑](?P<word>[A-Z]{2,5})[ \-‑]\d")
_MODEL_DESIGNATION_BEFORE = re.compile(r"\d[ \-‑](?P<word>[A-Z]{2,5})[ \-‑]$")
# a name that opens with digits glued to a capitalised word: "263Chat Business", "9News", "7Eleven" (a
# word with a vowel near its start: "5Mbps", "10Gbps" are units)
_NAME_WORD_AFTER = re.compile(r"^[A-Z](?=[a-z]{0,2}[aeiouy])[a-z]{2,}")
# "in 1170", "since 1066", "circa 1450": a year before 1800 (is_year starts there), after the words
# that set a date
_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|since|circa|c\.|ca\.)\s+(?:the\s+year\s+)?$", re.I)
# what follows such a year: a stop, a word of grammar (numbers.yaml's ``old_year_after_words``) or a
# capital ("in 1170 and rebuilt", "since 1066, when"), no noun it counts ("in 736 evacuation centres")
_OLD_YEAR_STOP_AFTER = re.compile(r"\s*(?:[,.;:)!?\u2013\u2014]|$)|\s+[A-Z]")
_FIRST_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# a name whose last word is a number, written the same way twice in a text: "Estonia 200" (a party),
# "Formula 1"; a capitalised word right before a number of one to four digits
_NUMBERED_NAME = re.compile(r"(?<![\w.’'-])([A-Z][A-Za-z]+) (\d{1,4})(?![\d%]|[.,]\d)")
# (capitalised words that open a sentence or a phrase before a number and are no part of a name:
# numbers.yaml's ``not_numbered_name_words``)
# before the name: a preposition makes it a place and the number a count of it ("in Kenya 200 died")
_PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|from|across|throughout|within|near|around|inside|outside)\s+$", re.I)
# after the number: words that make it a count ("Kenya 200 more", "Chad 40 others")
_COUNT_AFTER_NAME = re.compile(r"\s+(?:more|others?|each|apiece|of)\b", re.I)
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:which|the|this|that|no|any|every|each|some|someone|another|a)\s+$", re.I)
# "The Greens, one of the opposition parties, came third", "Ms Diallo, one of its founders, said": a
# name's apposition saying what class it belongs to, no count
_NAME_COMMA_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*,\s$")
_ONE_OF_APPOSITION_AFTER = re.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+[^,.;:()\d]{1,60}?[,)]")
# "one step from famine", "one crisis away from collapse": a figure of speech, not a count
_ONE_IDIOM_AFTER = re.compile(r"^\s+(?:steps?\s+(?:from|away|closer|further|ahead|behind)|"
                              r"(?:[a-z]+\s+){1,2}away\s+from)\b", re.I)
# "two firefighters died, one by drowning and one who collapsed", "four were confirmed; one was a
# nurse": "one" with no noun, one of a count before it in its sentence, telling how or who (no toll of
# its own); "and one by Muda" (an agent named) and "and one in Kaduna" (a place) stay counts
_ONE_OF_LIST_BEFORE = re.compile(r"(?:[,;:\u2013\u2014]\s*(?:and\s+)?|\band\s+)$", re.I)
_ONE_OF_LIST_AFTER = re.compile(r"\s+(?:by\s+[a-z]+\b|who\b|whom\b|whose\b|(?:was|is)\s+(?:a|an|the)\b|"
                                r"after\b|in\s+an?\b|when\b|while\b)")
_COUNT_WORD = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|several)\b",
                         re.I)
_YEAR_CONTEXT_AFTER = re.compile(r"^\s*(?:%|per\s*cent|percent)", re.I)
# "Over 2016 as a whole the index averaged 105.1": the year a figure is of, its "over" no hedge
_WHOLE_YEAR_AFTER = re.compile(r"\s+as\s+a\s+whole\b", re.I)
# "on Thursday (9)": the day of the month in brackets after its weekday (Brazilian and Portuguese copy)
_WEEKDAY_PAREN_BEFORE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"\.?[ \t]*\($", re.I)
# "on day four", "by day 10", "Day 3 of the Test": a day of an event counted from its start, no count
_DAY_NUMBER_BEFORE = re.compile(
    r"(?:\b(?:on|by|from|until|till|since|through|to|after|before|of|into|in|at)\s+|[.!?:;\n]\s*|^)day\s+$",
    re.I)


_DATE_TOKEN = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\.?|(?:1[89]|20)\d\d[-–/][01]?\d")
_DATE_CHARS = frozenset("0123456789/.-")
_DATE_SEPS = frozenset("/.-")


def _run_around(text: str, start: int, end: int, chars: frozenset[str], back: int, ahead: int) -> tuple[int, int]:
    """The span of ``chars`` around ``text[start:end]``, reaching at most ``back`` before and ``ahead`` after."""
    left, right = start, end
    while left > 0 and start - left < back and text[left - 1] in chars:
        left -= 1
    while right < len(text) and right - end < ahead and text[right] in chars:
        right += 1
    return left, right


def _end_before(text: str, chars: str) -> int:
    """``len(text.rstrip(chars))``, without copying the text (a long text ending in "." would
    be copied whole for each number tested otherwise)."""
    k = len(text)
    while k > 0 and text[k - 1] in chars:
        k -= 1
    return k


def _numeric_date(text: str, start: int, end: int) -> bool:
    """"2020-02-27", "27/02/2020", "27.02.2020": the run of digits and separators around a number."""
    left, right = _run_around(text, start, end, _DATE_CHARS, 12, 12)
    return bool(_DATE_TOKEN.fullmatch(text, left, right)
                or _DATE_TOKEN.fullmatch(text[left:min(right, _end_before(text, "."))].rstrip(".")))


# "for the period 17/08 – 21/08", "(03/05-07/05)": days and months without a year, two of them joined by a dash
_DAY_MONTH_RANGE = re.compile(r"(?<![\d/.])(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])"
                              r"(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|until)[ \t]+)"
                              r"(?:[0-2]?\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d/])")


def _day_month_range(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start`` is a day or a month of a range of two days and months ("17/08 – 21/08")."""
    for m in _DAY_MONTH_RANGE.finditer(text, max(0, start - 10), min(len(text), end + 10)):
        if m.start() <= start and end <= m.end():
            return True
    return False


_IP = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?")
_IP_CHARS = frozenset("0123456789.:")


def _ip_address(text: str, start: int, end: int) -> bool:
    """"192.168.1.2": four dotted groups of at most three digits around the number."""
    left, right = _run_around(text, start, end, _IP_CHARS, 16, 22)
    return bool(_IP.fullmatch(text, left, min(right, _end_before(text, ".:"))))


def is_year(raw: str, value: float) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100


_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.I)


def _in_url(text: str, start: int) -> bool:
    """Inside a link or an e-mail address: the run of non-space characters before the number.

    Looks back at most 300 characters, so a line of a million digits costs
    no more than a short one.
    """
    lo = max(0, start - 300)
    left = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), text.rfind("\t", lo, start), lo - 1) + 1
    token = text[left:start + 1]
    if "://" in token or token.startswith("www."):
        return True
    return "@" in token and "." in text[start:start + 30].split(" ")[0]


class LabelWords:
    """The label test of one vocabulary ("Resolution 2254", "exit 436"), compiled once from its
    ``label_words`` and ``lower_label_words`` (rules/vocabulary/labels.yaml), with what lets most
    numbers skip it: the words a label can end with, the last letters of the lower-case ones, and
    the longest a label can be (its search starts there, as no match starts before)."""

    def __init__(self, vocab: Vocabulary) -> None:
        words = vocab.words("label_words", keep_case=True)
        body = "|".join(re.escape(w[:-1]) + r"\.?" if w.endswith(".") else re.escape(w) for w in words)
        self.before = re.compile(r"\b(?:" + (body or r"(?!x)x") + r")\s*#?$")
        self.ends = tuple(sorted({w.rstrip(".") for w in words}))
        self.span = max(map(len, self.ends), default=0) + 1
        # in lower case (tokenised or lower-cased text): "highway 35", "exit 436", "no . 1"
        lower = vocab.words("lower_label_words")
        body = "|".join(re.escape(w[:-1]) + r" ?\." if w.endswith(".") else re.escape(w) for w in lower)
        self.lower_before = re.compile(r"(?<![\w])(?:" + (body or r"(?!x)x") + r")[ \t]?#?$", re.I)
        self.lower_ends = tuple(sorted({"." if w.endswith(".") else w for w in lower}))
        # a code of two capitals between the word and the number: "Flight ET 302", "flight AA 57"
        coded = sorted({w.rstrip(".") for w in (*words, *lower) if w.rstrip(".").isalpha()})
        self.coded_before = re.compile(rf"(?<![\w])(?i:{phrase_alternation(coded)})[ \t]+[A-Z][A-Z0-9][ \t]*$")
        self.lower_last = frozenset(c for e in self.lower_ends for c in (e[-1:], e[-1:].upper()))
        # a list of labels after a plural label word: "Regions 1 (Ilocos), 2, 4A and 4B", "Zones 3 and 5"
        plurals = sorted({_plural(w) for w in words if len(w) > 2 and w.isalpha() and w[:1].isupper()})
        item = r"\d{1,3}[A-Za-z]?(?:[ \t]*\([^()\n]{1,40}\))?"
        sep = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+|&[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
        self.list_before = re.compile(
            rf"\b(?:{phrase_alternation(plurals)})[ \t]+(?:{item}{sep})*$") if plurals else None
        self.list_span = 160
        self.plural_ends = tuple(plurals)
        # an outlet named with a number ("France 24", "BBC Radio 4"): a name spoken to ("Speaking to
        # France 24,", "told Canal 22."), or one after a comma or "and" right before a reporting verb
        # ("..., Kanal 13 reported", "Sky News and BBC Radio 4 reported"; not "Madagascar 17.")
        medium = r"(?:[ \t]+(?:news|tv|radio)\b)?"
        reported = r"[ \t]+(?:" + phrase_alternation(vocab.words("reporting_verbs")) + r")\b"
        self.outlet_before = re.compile(r"\b(?:to|told|according[ \t]+to)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,2}$")
        self.outlet_mid_sentence = re.compile(r"(?:,|\band)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,2}$")
        self.outlet_after = re.compile(medium + r"(?:[ \t]*[,.;:)]|" + reported + ")", re.I)
        # a known source whose name ends with a number ("France 24", "BBC Radio 4": sources.yaml)
        self.numbered_sources = tuple(sorted(name for name in vocab.source_by_alias
                                             if name[-1:].isdigit() and " " in name))
        self.reported_after = re.compile(medium + reported, re.I)
        # one person, before ", 35,": an age set off by commas ("his sister, 35, and her son")
        self.age_nouns = frozenset(vocab.words("age_apposition_nouns"))
        # people, then a bound: "children under ten", "people over 65" (an age, not a count of them)
        self.age_group_before = re.compile(
            rf"\b(?:{phrase_alternation(vocab.words('age_group_nouns'))})\s+(?:aged\s+)?(?:under|over|below|above)\s+$",
            re.I)


class NonclaimWords:
    """The tests of one vocabulary's word lists in rules/vocabulary/numbers.yaml that tell a number
    that counts nothing (a product, a selection, a magnitude...), compiled once, with the cheap
    pre-checks in front of them, generated from the same words."""

    def __init__(self, vocab: Vocabulary) -> None:
        # "won 3-2 on Saturday": the word after a result that keeps it one
        self.after_score = frozenset(vocab.words("after_score_words"))
        # "no deaths for nine years": a negation before a span; "In 2020", "About 30": no name's start;
        # "since 1066 when": a word of grammar after an old year
        self.negation = re.compile(rf"\b(?:{phrase_alternation(vocab.words('negation_words'))})\b|n[’']t\b", re.I)
        self.not_name_words = frozenset(vocab.words("not_numbered_name_words"))
        self.old_year_after_words = frozenset(vocab.words("old_year_after_words"))
        # a product named by its number: "the 8088 chip", and the letters one can start with
        products = vocab.words("product_nouns")
        self.product_after = re.compile(rf"^ (?:{phrase_alternation(products)})\b", re.I)
        self.product_first = frozenset(c for w in products for c in (w[:1].lower(), w[:1].upper()))
        # "64 cents a dozen", "$ 3 a dozen": the quantity a price is for, not a count
        self.price_before = re.compile(rf"(?:\d|{phrase_alternation(vocab.words('price_words'))})\s+$", re.I)
        # "one day", "on the one hand", "one by one": "one" in an idiom, no count
        self.one_idiom_after = re.compile(rf"^\s+(?:{phrase_alternation(vocab.words('one_idiom_words'))})\b", re.I)
        # "members of one family": "one" as "the same"
        self.of_one_after = re.compile(rf"^\s+(?:{phrase_alternation(vocab.words('one_group_nouns'))})\b", re.I)
        # a selection, not a count: "the first two books", "the top 10 teams" (and what it ends with)
        selections = vocab.words("selection_words")
        self.selection_before = re.compile(rf"\bthe\s+(?:{phrase_alternation(selections)})\s+$", re.I)
        self.selection_ends = tuple(w + " " for w in selections)
        # a number-noun compound that describes a thing: "a two-story house", "a 150-seat parliament"
        # (not a count of it; "a 5,000-strong force" and "a 10-point lead" are)
        self.compound_after = re.compile(
            rf"^[\-‑](?!(?:{phrase_alternation(vocab.words('counting_compound_words'))})\b)"
            r"(?P<word>[a-z]{3,})(?<!s)\s+[a-z]")
        # a measured compound naming a marking on a field: "the 22-metre line", "the 40-yard line"
        # "the 61-seat council": the size of a body that sits, a count of its seats (the whole of its parties')
        self.body_seats_after = re.compile(
            rf"^[\-‑]seat\s+(?:{phrase_alternation(vocab.words('seated_body_nouns'))})\b", re.I)
        self.field_line_after = re.compile(
            rf"^[\-‑][a-z]+\s+(?:{phrase_alternation(vocab.words('field_marking_nouns'))})\b")
        # "one of the largest ...", "one of coke's first ...": a member of a class, not a count
        self.one_of_superlative = re.compile(
            rf"^\s+of\s+(?:[\w'’]+\s+){{1,4}}?(?:{phrase_alternation(vocab.words('superlative_words'))})\b", re.I)
        # "12 Baker Street", "4 Elm Rd": an address (a street type written as here, after one to
        # three capitalised words)
        streets = vocab.words("street_words", keep_case=True)
        self.address_after = re.compile(
            rf"^\s+(?:[A-Z][a-z]+\s+){{1,3}}(?:{phrase_alternation(streets)})\b")
        # an earthquake's magnitude: "a magnitude 6 earthquake", "the 7.9-magnitude quake", "measured
        # the quake at 6.1", "a 6.1 quake" (a count of quakes is plural)
        magnitudes, quakes = vocab.words("magnitude_words"), vocab.words("quake_nouns")
        scale, quake = phrase_alternation(magnitudes), phrase_alternation(quakes)
        self.magnitude_before = re.compile(
            rf"(?:\b(?:{scale})|(?:{quake})\s+(?:at|of|measuring))[\s-]*(?:of\s+)?$", re.I)
        self.magnitude_after = re.compile(rf"^[\s-]*(?:on\s+the\s+)?(?:{scale})\b|^[\s-]+(?:{quake})\b", re.I)
        # what lets most texts and numbers skip them: a piece of each word past its first letter
        # (so either case of it is found; long enough to be rare: "remo" would be in "removed"),
        # which the text, and the words around the number, must hold; a word holding another
        # ("earthquake", "quake") needs none of its own, a phrase's is of its first word
        words = (*magnitudes, *quakes)
        pieces = {w.split(" ")[0][1:7] for w in words if not any(o != w and o in w for o in words)}
        self.magnitude_fragments = tuple(sorted(pieces))
        self.magnitude_hint = re.compile("|".join(re.escape(f) for f in self.magnitude_fragments) or r"(?!x)x", re.I)


def _plural(word: str) -> str:
    """The plural of a label word ("Region" → "Regions", "Category" → "Categories")."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def _builtin_lexicon() -> Lexicon:
    """The built-in vocabulary's lexicon, for a check of a number without one at hand (a test)."""
    from auditor.extract.lexicon import Lexicon
    from auditor.vocabulary import load_vocabulary

    return Lexicon(load_vocabulary())


class DocumentContext:
    """What the filter needs to know about the whole text, computed once per document.

    Both are cheap necessary conditions that let most numbers skip a search:
    a link or e-mail address needs "://", "www." or "@" somewhere in the text;
    a phone number holds three digits, a separator and three digits. It also
    remembers where the last phone number found ends (``in_phone_number``).
    """

    __slots__ = ("text", "urlish", "phone_end", "_seismic", "currency_before", "labels", "currency", "units",
                 "glued", "score_before", "score_words", "words", "noun_follows", "_numbered_names")

    def __init__(self, text: str, lex: Lexicon | None = None) -> None:
        self.text = text
        if lex is None:
            lex = _builtin_lexicon()
        # the vocabulary's labels, currencies and units, as the lexicon compiled them
        self.labels = lex.labels
        self.currency = lex.currency
        self.units = lex.units
        self.glued = lex.glued
        self.score_before, self.score_words = lex.score_before, lex.score_words
        self.words = lex.nonclaim_words      # the tests compiled from the word lists of numbers.yaml
        # a currency written right before digits ("USD5", "MSEK5"): money, not a model name
        self.currency_before = lex.currency.before
        self.urlish = "://" in text or "www." in text or "@" in text
        self._seismic: bool | None = None
        self.noun_follows = lex.noun_follows
        self._numbered_names: frozenset[tuple[str, str]] | None = None
        self.phone_end = 0          # the end of the last phone number found (see in_phone_number)

    @property
    def seismic(self) -> bool:
        """Whether a magnitude may be in the text: one of its words is (found on first use)."""
        if self._seismic is None:
            text = self.text
            fragments = self.words.magnitude_fragments
            self._seismic = any(f in text for f in fragments) or any(f.upper() in text for f in fragments)
        return self._seismic

    def numbered_name(self, word: str, raw: str) -> bool:
        """Whether "word raw" ("Estonia 200") is written more than once in the text: a name that ends
        with a number (found on first use)."""
        if self._numbered_names is None:
            seen: dict[tuple[str, str], int] = {}
            for m in _NUMBERED_NAME.finditer(self.text):
                if m.group(1).lower() not in self.words.not_name_words:
                    key = (m.group(1), m.group(2))
                    seen[key] = seen.get(key, 0) + 1
            self._numbered_names = frozenset(k for k, n in seen.items() if n > 1)
        return (word, raw) in self._numbered_names

    def phone_possible(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` may hold a phone number."""
        return _PHONE_CORE.search(self.text, lo, hi) is not None


# the core of every _PHONE match: three digits, a separator, three digits
_PHONE_CORE = re.compile(r"\d{3}[\s./-]\d{3}")
# what _MONTH_BEFORE's month can end with (lower case), for an endswith() test before the search
_MONTH_ENDS = tuple(sorted(set(MONTHS) | {m + "." for m in MONTHS} | {m + " ." for m in MONTHS}))
# their last three letters: an ASCII ``before`` can end with one only if its last three do
_MONTH_LAST3 = frozenset(m[-3:] for m in _MONTH_ENDS)
_SPACE_DASH = " \t\n\r\x0b\x0c-"
_MONTH_AFTER_FIRST = frozenset("snrtojfmadu-–")     # st nd rd th, of, the months, "to 25 June"
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_AGE_AFTER_FIRST = frozenset("ymwdy")               # years months weeks days, yo
_DURATION_FIRST = frozenset("moalcfsmhdnwy")        # the modifiers and units of _DURATION_AFTER
_CLOCK_WORD_STARTS = frozenset({"a.", "am", "p.", "pm", "o'", "gm", "ut", "hr", "lo"})


def _clock_word(two: str) -> bool:
    """Whether two lower-case letters may start a word of _CLOCK_AFTER (a.m., GMT, h...)."""
    return two in _CLOCK_WORD_STARTS or (two[:1] == "h" and not (two[1:].isalnum() or two[1:] == "_"))


_CLOCK_AFTER_FIRST = frozenset(":.apogulhAPOGULH")
_MONTH_BEFORE_CHARS = frozenset(" \t\u00a0")
# the longest a _MONTH_BEFORE match (but the spaces after it) can be: its search starts there,
# as no match starts before
_MONTH_BEFORE_SPAN = max(map(len, _MONTH_ENDS)) + 1
# the first two letters of the words _AGE_AFTER and _DURATION_AFTER can begin with
_AGE_TWO = frozenset({"ye", "mo", "we", "da", "yo"})
_ORDINAL_TWO = frozenset({"fi", "se", "th", "fo", "si", "ei", "ni"})      # of _WORD_ORDINAL_AFTER
_DURATION_TWO = frozenset({"mo", "ot", "ad", "lo", "st", "co", "fu", "se", "mi", "ho", "hr", "da", "ni", "we", "ye",
                           "de", "ce", "yr"})
_LETTER_AFTER = re.compile(r"^[\-‑]?[A-Za-z]\b")
_SCALE_LETTERS_AFTER = re.compile(r"^(?:k|m|bn|b|tn|mn)\b", re.I)
_MODEL_AFTER_1 = re.compile(r"^[\-‑][A-Za-z]{1,3}\d")
_MODEL_AFTER_2 = re.compile(r"^[A-Z]\d")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-‑")


def _measured_compound(word: str, ctx: DocumentContext) -> bool:
    """Whether the word of "twenty-pound", "one-yen", "10-km" is a unit or a currency of the
    vocabulary (a measurement, not a compound adjective); a unit of time is none ("a 12-month
    increase", "a 10-year high")."""
    if word in _TIME_WORDS:
        return False
    return (word in ctx.units.words or ctx.currency.after(" " + word) is not None
            or ctx.currency.hyphen_singular.fullmatch(word) is not None     # "a 4.2bn-crown deficit"
            or ctx.units.after(" " + word) is not None)


_TIME_WORDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


_SCORE_DASHES = "-–"
_SCORE = re.compile(r"(?<![\d/-])(?<!\d[.,])\d{1,2}[ ]?[-–][ ]?\d{1,2}(?![\d%/-]|[.,]\d)")
_WORD_AFTER_SCORE = re.compile(r"[ \t]+(?:an?[ \t]+|the[ \t]+)?([A-Za-z]+)")


def _in_a_score(text: str, start: int, end: int, ctx: DocumentContext) -> bool:
    """Whether the number is one side of a result "N-M" that a score word names before it or right
    after it ("won 3-2", "a 2-1 win", "drew 1-1"), not a range of a count ("won 20-30 seats")."""
    lo = max(0, start - 3)
    score = _SCORE.search(text, lo, end + 3)
    if score is None or not score.start() <= start < score.end():
        return False
    after = _WORD_AFTER_SCORE.match(text, score.end())
    word = after.group(1).lower() if after else ""
    if word in ctx.score_words:
        return True
    before = ctx.score_before.search(text, max(0, score.start() - 40), score.start())
    return before is not None and (after is None or word in ctx.words.after_score or after.group(1)[:1].isupper())


# a number word written with a capital inside a sentence, before a capitalised word: a name
# ("ended in Nine Elms", "near the Three Gorges dam"); in a headline the word before is capitalised too
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z][a-z'’-]*\s$")
_CAPITALISED_AFTER = re.compile(r" [A-Z][a-z]")


_YEAR_PAIR_SEPS = frozenset("-–/")


def _year_pair(first: str, second: str) -> bool:
    """Whether "first/second" names a year that spans two ("2020/21", "2025-26", "2077/78")."""
    return (len(first) == 4 and first.isdigit() and first[0] in "12" and len(second) == 2 and second.isdigit()
            and (int(first) + 1) % 100 == int(second))


_SCALE_WORD_IN = re.compile(r"[ \t](?:thousand|million|billion|trillion|bn|mn|lakh|crore)$|\d(?:bn|m|k)$", re.I)


def _an_amount(raw: str, after: str, ctx: DocumentContext) -> bool:
    """Whether a number after a selection word is an amount of money or a scaled sum ("the last 500
    million", "the final 40,000 euros"), the last item of a breakdown rather than a pick of a few."""
    return bool(_SCALE_WORD_IN.search(raw) or _SCALE_WORD_AFTER.match(after) or ctx.currency.after(after))


def context_reason(text: str, start: int, end: int, raw: str, value: float,
                   ctx: DocumentContext | None = None, after: str | None = None) -> str | None:
    """Why the number at ``text[start:end]`` is not a claim, from its context alone.

    Every test of ``not_a_claim`` but the year test (which needs the number's hedge,
    unit and counted thing), so extraction can drop most non-claims before it looks
    for units and hedges. Each search is guarded by a cheap test that must hold for
    it to match, so the answers are those of the searches alone.
    """
    if ctx is None:
        ctx = DocumentContext(text)
    words = ctx.words
    if after is None:                               # the caller's text[end:end + 40], when it has one
        after = text[end:end + 40]
    if ctx.urlish and _in_url(text, start):
        return "link"
    if raw[-6:].lower() == "couple" and after[:4].lower() == " of ":
        after = after[3:]                           # "a couple of days": read as "two days"
        if _DURATION_AFTER.match(after):
            return "duration"                       # a loose span, never a figure: "for a couple of months"
    a0 = after[:1]
    spaced = after.lstrip()
    first = spaced[:1]                              # the first character after spaces
    if first in _CLOCK_AFTER_FIRST and (first in ":." or _clock_word(spaced[:2].lower())) \
            and _CLOCK_AFTER.match(after):
        return "clock time"
    # the rest is computed only now: clock times, the most common non-claims, need none of it
    before = text[start - 24:start] if start >= 24 else text[:start]
    if before[-1:] == ":" and before[-2:-1].isdecimal():           # _CLOCK_BEFORE
        return "clock time"
    if before.endswith(("past ", " to ")) and 1 <= value <= 12 and value == int(value) \
            and _CLOCK_WORDS_BEFORE.search(before):
        return "clock time"                         # "half past six", "a quarter to nine", "ten past eight"
    if value == 1 and raw == "1" and _PER_ONE_BEFORE.search(before):
        return "rate"                               # "2,990 roubles/$1", "per $1": what a rate is quoted against
    if (len(raw) == 7 and raw[4:5] in _YEAR_PAIR_SEPS and _year_pair(raw[:4], raw[5:])) or (
            len(raw) == 2 and before[-1:] in _YEAR_PAIR_SEPS and _year_pair(before[-5:-1], raw)
            and not before[-6:-5].isalnum()):
        return "year"                               # "fiscal 2025-26", "2077/78": a year that spans two
    # a date needs a separator with a digit beyond it, or one inside the number ("5/17"),
    # and no comma in the number ("3,850": _DATE_TOKEN has none, so _numeric_date is False)
    if "," not in raw and ((raw[:1] in _DATE_CHARS and not raw.isdigit())
            or (a0 in _DATE_SEPS and after[1:2].isdigit())
            or (text[start - 1:start] in _DATE_SEPS and text[start - 2:start - 1].isdigit())) \
            and (_numeric_date(text, start, end) or _day_month_range(text, start, end)):
        return "date"
    if a0 == "." and _ip_address(text, start, end):      # the number finder stops at the second dot
        return "ip address"
    if (first.lower() in _MONTH_AFTER_FIRST or not first.isascii()) and value <= 31 and _MONTH_AFTER.match(after):
        return "date"
    if value <= 31 and before[-1:] in _RANGE_END_CHARS and before.rstrip().endswith(_RANGE_JOINS) \
            and _DAY_RANGE_BEFORE.search(before):
        return "date"                               # "between Nov. 15 to 18": the end of a date range
    if (before[-1:] in _MONTH_BEFORE_CHARS and (not before.isascii() or (
            before[-4:-1].lower() in _MONTH_LAST3 and before[:-1].lower().endswith(_MONTH_ENDS)))
            and _MONTH_BEFORE.search(before, max(0, len(before) - _MONTH_BEFORE_SPAN))
            and (value <= 31 or is_year(raw, value))):
        return "date"
    lead = after.lstrip(_SPACE_DASH)[:2]            # after spaces and dashes (not needed for dates)
    word = lead[:1]
    word_is_letter = word.isascii() and word.isalpha()
    # the age and duration patterns need one of their words there (no digit: "+31 25", "5 - 6")
    two = lead.lower() if word_is_letter and lead.isascii() else None
    word_may_start = (two in _AGE_TWO) if two else (word_is_letter or not word.isdigit())
    if (after[:2].lower() in _ORDINAL_SUFFIXES and _ORDINAL_SUFFIX.match(after)) or (
            raw[:1].isalpha() and (two in _ORDINAL_TWO if two else True) and _WORD_ORDINAL_AFTER.match(after)):
        return "ordinal"
    if (word_may_start and _AGE_AFTER.match(after)) or (
            "ag" in before.lower() and _AGE_BEFORE.search(before)) or (
            before[-5:] == "than " and _AGE_THAN_BEFORE.search(before)):
        return "age"
    if before[-6:].lower().endswith(("under ", "over ", "below ", "above ")) and value < 120 \
            and ctx.labels.age_group_before.search(before) and not _SHARE_AFTER.match(after) \
            and not ctx.units.after(after):
        return "age"                                # "children under ten", "people over 65"
    if a0 == "," and before[-2:] == ", " and value < 120 and raw.isdigit() and _APPOSITION_AFTER.match(after) \
            and (_NAME_BEFORE.search(before) or _last_word(before[:-2]) in ctx.labels.age_nouns):
        return "age"
    duration = ((two in _DURATION_TWO) if two else (word_is_letter or not word.isdigit())) \
        and _DURATION_AFTER.match(after)
    if duration and "." in raw and lead.lower() == "se" and not duration.group("rel") \
            and raw.replace(".", "", 1).isdigit():
        duration = None                             # "third in 9.92 seconds": a timed result, no span
    if duration and (duration.group("rel") or _SCOPE_BEFORE.search(before)
                     or (before[-4:] == "for " and (_TREND_FOR_BEFORE.search(before)
                                                    or _negated_clause(text, start, ctx.words.negation)))):
        return "duration"
    if raw == "one" and after[:2] == " y" and _ONE_YEAR_NEXT_AFTER.match(after):
        return "period"                             # "week 31 of one year to week 30 of the next"
    if raw[-8:].lower() == "quarters" and (_SCOPE_BEFORE.search(before) or _SPAN_REL_AFTER.match(after)) \
            and not _OF_AFTER.match(after):
        return "duration"                           # "the first fall in two quarters" (no fraction)
    # every _MODEL_BEFORE match ends with a letter or a dash (a trailing newline is never tried)
    if raw[:1].isdigit() and (before[-1:] in _ASCII_LETTERS and _MODEL_BEFORE.search(before)
                              and not _SCALED_BEFORE.search(before)
                              and not (_SIZE_BEFORE.search(before) and ctx.units.after(after))):
        if not ctx.currency_before.search(before) and not (
                before[-6:].rstrip(".").endswith(ctx.currency.glued)
                and ctx.glued.prefix(text, start, not raw[-1:].isdigit() or bool(_SCALE_WORD_AFTER.match(after)))):
            return "model name"                     # not "Sh1.7bn", "R2 billion", "costs R29": money
    a1 = after[1:2]
    if raw.isdigit() and (designation := (a0 in " -‑" and "A" <= a1 <= "Z" and _MODEL_DESIGNATION_AFTER.match(after))
                          or (before[-1:] in " -‑" and "A" <= before[-2:-1] <= "Z"
                              and _MODEL_DESIGNATION_BEFORE.search(before))) \
            and not ctx.currency.after(" " + designation.group("word")) \
            and not ctx.units.after(" " + designation.group("word")):
        return "model name"                         # "737 MAX 8": a type, a designation, a variant
    if raw.isdigit() and ((a0 in "-‑" and a1.isdigit()) or (before[-1:] in "-‑" and before[-2:-1].isdigit())) \
            and _model_series(text, start, end, ctx.words.not_name_words):
        return "model name"                         # "a 737-800 jet", "the Boeing 747-400"
    if a0 == "s" and not a1.isalpha() and raw.isdigit() and value % 10 == 0 and value > 0:
        return "decade"                     # "in her 20s", "in their 20s and 30s", "the 1990s"
    if a0 in _ASCII_LETTERS_PAREN or (a0 == " " and a1 in _DASH_PAREN):
        why = _glued_reason(text, start, end, raw, after, a0, a1, ctx)
        if why:
            return why
    b1 = before[-1:]
    if ((a0 in _SCORE_DASHES and a1.isdigit()) or (b1 in _SCORE_DASHES and before[-2:-1].isdigit())) \
            and _in_a_score(text, start, end, ctx):
        return "score"
    if b1 == "+" and before[-2:-1].isdigit():
        return "reference label"                                    # J1149.5+6663: coordinates
    if a0 == " " and len(raw) > 2 and after[1:2] in words.product_first and raw.isdigit() \
            and words.product_after.match(after):
        return "model name"                                         # "the 8088 chip"
    if b1 == "-" and before[-2:-1].isdigit() and _hyphen_code(text, start, end):
        return "reference label"
    if b1 == " " and len(raw) == 5 and raw[:1].isdigit() and _ZIP_BEFORE.search(before):
        return "address"
    stripped = before.rstrip()
    if stripped.endswith("#"):
        return "reference label"                                    # _HASH_BEFORE
    # no "#" last (returned above): the label word ends where the spaces at the end begin
    labels = ctx.labels
    if stripped.rstrip(".").endswith(labels.ends) and labels.before.search(before, max(0, len(stripped) - labels.span)):
        return "reference label"
    if stripped[-3:-2] == " " and stripped[-2:].isupper() and stripped[-2:].isalnum() \
            and labels.coded_before.search(before, max(0, len(stripped) - labels.span - 4)):
        return "reference label"                                    # "Flight ET 302"
    if stripped[-1:] in labels.lower_last and stripped.lower().endswith(labels.lower_ends) \
            and labels.lower_before.search(before):
        return "reference label"
    if b1 in ", \t" and len(raw) <= 4 and raw[:1].isdigit() and labels.list_before is not None \
            and _in_label_list(text, start, stripped, labels):
        return "reference label"                                    # "Regions 1 (Ilocos), 2 and 4B"
    if b1 == " " and value <= 366 and stripped[-3:].lower() == "day" and _day_number(text, start, before):
        return "ordinal"                                            # "on day four", "Day 3 of the Test"
    if b1 == "(" and value <= 31 and raw.isdigit() and a0 == ")" and _WEEKDAY_PAREN_BEFORE.search(before):
        return "date"                                               # "on Thursday (9)"
    if b1 == " " and raw.isdigit() and len(raw) <= 2 and stripped[-4:].lower() == "unit" \
            and _NAMED_UNIT_BEFORE.search(before):
        return "reference label"                                    # "Kusile unit 4": a plant's unit
    if b1 == " " and raw.isdigit() and len(raw) <= 3 and stripped[-1:].isalpha() and before[-2:-1].isalpha() \
            and _is_outlet_name(before, after, raw, labels):
        return "outlet name"
    if b1 == " " and raw.isdigit() and before[-2:-1].isalpha() and _numbered_name(text, start, before, after, raw, ctx):
        return "name"                                               # "Estonia 200, which has no seats"
    if b1 == " " and before[-2:-1].isalpha() and (raw.endswith(".0") or after[:2] in _POSSESSIVE) \
            and _name_ends_with_it(before, after, raw, ctx):
        return "name"                                               # "Bersih 4.0's organisers", "Apollo 11's"
    if b1 == " " and value <= 53 and (raw.isdigit() or raw.isalpha()) and "eek" in before \
            and _WEEK_NUMBER_BEFORE.search(before):
        return "reference label"
    if raw in _HALF_FORMS and b1 == " " and _PERIOD_HALF_BEFORE.search(before):
        return "period"
    if raw in _QUARTER_FORMS and b1 == " " and (_PERIOD_HALF_BEFORE.search(before) or (
            _PERIOD_QUARTER_BEFORE.search(before) and (not _OF_AFTER.match(after) or _OF_YEAR_AFTER.match(after)))):
        return "period"                             # "the third quarter of 2023", "the same quarter of last year"
    if raw in _A_DOZEN and words.price_before.search(before):
        return "rate"                                               # "64 cents a dozen"
    if a0.isspace() and "A" <= first <= "Z" and words.address_after.match(after):
        return "address"
    if in_phone_number(text, start, end, raw, ctx):
        return "phone number"
    if value < 10 and ctx.seismic and words.magnitude_hint.search(before + after[:20]) and (
            words.magnitude_before.search(before) or words.magnitude_after.match(after)):
        return "magnitude"
    if a0 in "-‑" and a1.islower() and (compound := words.compound_after.match(after)):
        if not _measured_compound(compound.group("word"), ctx) and not words.body_seats_after.match(after):
            return "compound adjective"
        if words.field_line_after.match(after):
            return "reference label"                # "the five-metre line", "the 40-yard line": a marking
    if (a0 == "%" or a0 == "-" or a0 == " ") and _CONFIDENCE_AFTER.match(after):
        return "confidence level"                   # "a 95-percent confidence level": the poll's method
    if b1 == " " and before.endswith(words.selection_ends) and words.selection_before.search(before) \
            and not ctx.units.after(after) and not _an_amount(raw, after, ctx):
        return "selection"
    if a0 == " " and "A" <= a1 <= "Z" and raw[:1].isupper() and _LOWER_WORD_BEFORE.search(before) \
            and _CAPITALISED_AFTER.match(after):
        return "name"                                               # "the march ended in Nine Elms"
    if raw in _ONE_FORMS:
        if before[-4:].lower() == "for " and a0 in _FOR_ONE_AFTER and (len(before) < 5 or not before[-5].isalnum()):
            return "pronoun"                        # "Abilene, for one, lay under snow"
        if before[-3:].lower() == "of " and words.of_one_after.match(after):
            return "pronoun"
        if words.one_idiom_after.match(after) or (
                _ONE_PRONOUN_BEFORE.search(before) and not ctx.units.after(after)):   # not "that one mile"
            return "pronoun"
        if before[-2:-1].isdigit() and b1 == " " and _ENDS_CLAUSE.match(after):
            return "pronoun"                        # "from a Category 1 storm to a Category 5 one."
        if _ONE_OF_LIST_AFTER.match(after) and _ONE_OF_LIST_BEFORE.search(before) \
                and _count_earlier_in_sentence(text, start):
            return "pronoun"                        # "two died, one by drowning and one who collapsed"
        if after[:4] == " of " and words.one_of_superlative.match(after):
            return "one of a class"
        if after[:4] == " of " and _NAME_COMMA_BEFORE.search(before) and _ONE_OF_APPOSITION_AFTER.match(after):
            return "one of a class"                 # "The Greens, one of the opposition parties, came third"
        if _ONE_IDIOM_AFTER.match(after) and not ctx.units.after(after):    # not "one mile away from"
            return "set phrase"
    return None


def _in_label_list(text: str, start: int, stripped: str, labels: LabelWords) -> bool:
    """Whether the number is an item of a list of labels after a plural label word: "Regions 1
    (Ilocos), 2, 3 and 4B", "Zones 3 and 5" (its first item, or one after a comma or "and")."""
    if not (stripped[-1:] in ",&" or stripped[-4:] == " and" or stripped[-3:] == " or"
            or stripped.endswith(labels.plural_ends)):
        return False
    assert labels.list_before is not None
    return labels.list_before.search(text, max(0, start - labels.list_span), start) is not None


def _day_number(text: str, start: int, before: str) -> bool:
    """"on day four", "by day 10 of the strike", "Day 3 of the Test": a day counted from an event's
    start, after a preposition or first in its sentence ("each day 300 people" is a count)."""
    return _DAY_NUMBER_BEFORE.search(text, max(0, start - 24), start) is not None


def _negated_clause(text: str, start: int, negation: re.Pattern[str]) -> bool:
    """Whether the clause before ``start`` (within 120 characters, after the last comma, stop or quote)
    holds a negation: "there have been no deaths ... for nine years" tells how long a state has held, no
    quantity ("bees could not fly," said X, who has kept bees for 31 years" is one)."""
    lo = max(0, start - 120)
    for stop in _CLAUSE_STOPS:
        k = text.rfind(stop, lo, start)
        if k >= 0:
            lo = k + 1
    return negation.search(text, lo, start) is not None


def _model_series(text: str, start: int, end: int, not_name_words: frozenset[str]) -> bool:
    """Whether the number is either half of a type number joined to its variant ("a 737-800 jet",
    "the Boeing 747-400", "787-9"): three digits that are no round number, then a round hundred or
    one or two digits, after an article or a capitalised word. A range goes up in like steps ("300-400
    people", "125-150"); a count is never written so."""
    lo = max(0, start - 5)
    for m in _MODEL_SERIES.finditer(text, lo, end + 6):
        if not (m.start() <= start and end <= m.end()):
            continue
        first, second = m.group(1), m.group(2)
        variant = int(second)
        if int(first) % 10 == 0 or not ((len(second) == 3 and variant % 100 == 0) or len(second) <= 2):
            return False
        maker = _MODEL_SERIES_BEFORE.search(text, max(0, m.start() - 16), m.start())
        return maker is not None and (maker.group("name") or "").lower() not in not_name_words
    return False


def _numbered_name(text: str, start: int, before: str, after: str, raw: str, ctx: DocumentContext) -> bool:
    """Whether a capitalised word and the number after it are a name written twice in the text
    ("Estonia 200, which has no seats ... Estonia 200 narrowly failed"), with no counted noun, percent
    or unit after this one."""
    k = before.rfind(" ", 0, len(before) - 1) + 1
    word = before[k:-1]
    if not word[:1].isupper() or not word.isalpha() or word.lower() in ctx.words.not_name_words \
            or not ctx.numbered_name(word, raw) \
            or _PLACE_PREPOSITION_BEFORE.search(before, 0, k) or _COUNT_AFTER_NAME.match(after):
        return False
    return not (ctx.noun_follows(after) or after.lstrip()[:1] == "%" or ctx.units.after(after)
                or after[:8].lower().startswith((" percent", " per cent")))


# a count takes no possessive: "Apollo 11's crew", "Bersih 4's demands" (the name's, not the number's)
_POSSESSIVE = frozenset({"'s", "’s"})
_VERSION = re.compile(r"\d{1,3}\.0")
# a version is a name used as a word of the sentence ("Bersih 2.0 chairman", "Web 2.0 firms"); a figure
# of a table or a list ("Liberals 4.0; Greens 2.8", "Progress Party 14.0 (up 0.1)") is a share or a score
_WORD_AFTER = re.compile(r" [a-z]")


def _name_ends_with_it(before: str, after: str, raw: str, ctx: DocumentContext) -> bool:
    """Whether a capitalised word and the number after it are a name, told by how the number is
    written: a version before a word of the sentence ("Bersih 4.0 organisers", "Web 2.0 firms": no
    count is written with a zero fraction) or with a possessive ("Apollo 11's crew": a count owns
    nothing), and with no percent or unit after it ("Category 4's winds" stay what the vocabulary makes
    of them)."""
    k = before.rfind(" ", 0, len(before) - 1) + 1
    word = before[k:-1]
    if not word[:1].isupper() or not word.isalpha() or word.lower() in ctx.words.not_name_words \
            or not (_VERSION.fullmatch(raw) and (after[:2] in _POSSESSIVE or _WORD_AFTER.match(after))
                    or after[:2] in _POSSESSIVE and raw.isdigit()):
        return False
    rest = after[2:] if after[:2] in _POSSESSIVE else after
    return not (rest.lstrip()[:1] == "%" or ctx.units.after(rest) or ctx.units.after(after)
                or rest[:8].lower().startswith((" percent", " per cent")))


def _count_earlier_in_sentence(text: str, start: int) -> bool:
    """Whether a count stands before ``start`` in its sentence (within 160 characters)."""
    lo = max(0, start - 160)
    for stop in (". ", "! ", "? ", "\n"):
        k = text.rfind(stop, lo, start)
        if k >= 0:
            lo = k + 1
    return _COUNT_WORD.search(text, lo, start) is not None


def _last_word(before: str) -> str:
    """The last word of ``before``, lower-cased ("the driver" → "driver")."""
    k = len(before)
    while k > 0 and (before[k - 1].isalpha() or before[k - 1] in "-'’"):
        k -= 1
    return before[k:].lower()


def in_phone_number(text: str, start: int, end: int, raw: str, ctx: DocumentContext) -> bool:
    """Whether the number is part of a phone number ("+31 20 345 6789") found around it.

    Records the end of that phone number in ``ctx.phone_end``: the next groups of digits
    up to there are likely parts of it too, and the caller may test them for this first.
    """
    if raw[:1].isdigit() and not _lone_digits(text, start, end, raw) \
            and ctx.phone_possible(max(0, start - 20), end + 20):
        for m in _PHONE.finditer(text, max(0, start - 20), end + 20):     # as in the window's slice
            if m.start() > start:
                break
            if start < m.end():
                ctx.phone_end = max(ctx.phone_end, m.end())
                return True
    return False


_ASCII_LETTERS_PAREN = _ASCII_LETTERS | {")"}
_DASH_PAREN = frozenset("-‑)")
_HALF_FORMS = frozenset({"half", "Half"})
_QUARTER_FORMS = frozenset({"quarter", "Quarter", "quarters", "Quarters"})
_ONE_FORMS = frozenset({"one", "One", "ONE"})


_NO_DIGIT = re.compile(r"\D*")
# a clock time told in words, before its hour: "half past", "ten past", "a quarter to", "20 minutes to"
# (not a bare "N to": "from 2 to 5 people" is a range)
_CLOCK_WORDS_BEFORE = re.compile(
    r"\b(?:(?:half|quarter|five|ten|twenty|twenty[- ]five|\d{1,2})(?:\s+minutes)?\s+past"
    r"|(?:quarter|(?:five|ten|twenty|twenty[- ]five|\d{1,2})\s+minutes)\s+to)\s+$", re.I)


def _lone_digits(text: str, start: int, end: int, raw: str) -> bool:
    """Whether the number is all digits with no other digit within three characters of it.

    Such a number is no part of a phone number: the digit groups of a _PHONE match are
    at most two characters apart ("+31 (20)", "(20) 345"), so another digit would be
    that near. Two anchored matches cost less than the search of the 40-character window.
    """
    return bool(raw.isdecimal() and _NO_DIGIT.fullmatch(text, max(0, start - 3), start)
                and _NO_DIGIT.fullmatch(text, end, end + 3))


def _hyphen_code(text: str, start: int, end: int) -> bool:
    """Three or more groups of digits joined by hyphens: 1111-2222-3333, 978-3-16-148410-0."""
    left, right = start, end
    while left > 0 and start - left < 24 and (text[left - 1].isdigit() or text[left - 1] == "-"):
        left -= 1
    while right < len(text) and right - end < 24 and (text[right].isdigit() or text[right] == "-"):
        right += 1
    return text[left:right].strip("-").count("-") >= 2


def _glued_reason(text: str, start: int, end: int, raw: str, after: str, a0: str, a1: str,
                  ctx: DocumentContext) -> str | None:
    """The tests of ``context_reason`` on a letter, dash or parenthesis right after the number."""
    digit = raw[:1].isdigit()
    if digit and a0 != ")" and a0 != " ":
        if a0 not in "-‑" or a1.isalpha():
            if _LETTER_AFTER.match(after) and not _SCALE_LETTERS_AFTER.match(after) and (
                    _MODEL_AFTER_1.match(after) or _MODEL_AFTER_2.match(after)):
                return "model name"
            if _CODE_AFTER.match(after) and not _UNIT_POWER_AFTER.match(after):
                return "model name"                                 # 24703L202
        if a1.islower() and "A" <= a0 <= "Z" and raw.isdigit() and _NAME_WORD_AFTER.match(after) \
                and not ctx.units.after(" " + after.split(" ", 1)[0]) and not _SCALE_LETTERS_AFTER.match(after):
            return "name"                                           # "263Chat Business", "9News"
        if a0 in _GLUED_LABEL_LETTERS and not a1.isalnum() and raw.isdigit():
            return "model name"                                     # 11a, 3D (4K is a scale)
        if a0 in "CF" and a1 == " " and raw.isdigit() and _names_a_form(text, start, end, after, ctx):
            return "model name"                                     # "the 13F filing"
    if a0 == "-" and a1.isdigit() and _hyphen_code(text, start, end):
        return "reference label"
    if (a0 in "-‑" or (a0 == " " and a1 in "-‑")) and raw[-1:].isalnum() and _IDIOM_AFTER.match(after):
        return "set phrase"
    if (a0 == ")" or (a0 == " " and a1 == ")")) and raw.isdigit() and len(raw) <= 2:
        window = text[max(0, start - _LIST_BEFORE_WINDOW):start]
        if window.rfind("(") <= window.rfind(")"):
            return "list marker"
    return None


# words after "13F" or "30C" that leave it a quantity ("13F in Chicago", "30C and rising", "17C a share")
_QUANTITY_NEXT = frozenset(
    "in on at by for from to and or but as with after before overnight today tonight yesterday during while "
    "when then than across around near under over above below until this last a an per each".split())
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _names_a_form(text: str, start: int, end: int, after: str, ctx: DocumentContext) -> bool:
    """"The 13F filing", "must 13F be filed": digits glued to a capital C or F and followed by a word
    name a form, a floor, a grade, unless the sentence speaks of the weather or the word leaves them
    a quantity ("13F in Chicago", "17C a share")."""
    word = _NEXT_WORD.match(after, 1)
    return bool(word and word.group(1) not in _QUANTITY_NEXT and not ctx.glued.weather_context(text, start, end + 1))


def is_bare_year(text: str, end: int, raw: str, value: float, hedged: bool, thing_follows: bool) -> bool:
    """A year ("in 2019"): four digits, no hedge, no counted thing, no percent after."""
    return (is_year(raw, value) and (not hedged or _WHOLE_YEAR_AFTER.match(text, end) is not None)
            and not thing_follows and not _YEAR_CONTEXT_AFTER.match(text[end:end + 40]))


def not_a_claim(text: str, start: int, end: int, raw: str, value: float, hedged: bool,
                thing_follows: bool, unit: str | None = None) -> str | None:
    """Why the number at ``text[start:end]`` is not a claim, or None when it is one."""
    why = context_reason(text, start, end, raw, value)
    if why and why != "pronoun":
        return why
    if is_bare_year(text, end, raw, value, hedged, thing_follows):
        return "year"
    return why


def _is_outlet_name(before: str, after: str, raw: str, labels: LabelWords) -> bool:
    """Whether a number ends an outlet's name ("told France 24.", "BBC Radio 4 reported"): a
    capitalised name the text speaks to, with only punctuation or a reporting verb after it
    ("Speaking to France 24, the minister"), or one after a comma or "and" with a reporting verb
    after it ("Sky News and BBC Radio 4 reported")."""
    word = before.rstrip().rsplit(None, 1)[-1:]
    if not word or not word[0][:1].isupper():
        return False
    if labels.numbered_sources:
        tail = (before + raw).lower()
        if labels.outlet_after.match(after) and any(
                tail.endswith(name) and not tail[-len(name) - 1:-len(name)].isalnum()
                for name in labels.numbered_sources):
            return True         # "France 24 reported that ...", wherever it stands; not "In France 24 people"
    if labels.outlet_before.search(before):
        return labels.outlet_after.match(after) is not None
    return labels.outlet_mid_sentence.search(before) is not None and labels.reported_after.match(after) is not None


def drop_nonclaims(text: str, numbers: list[NumberMatch], ctx: DocumentContext) -> list[NumberMatch]:
    """The numbers ``numbers.find_numbers`` found that may be claims, in order: no table, phone
    number, date, clock time, label... (``context_reason``). Years are judged after the units
    pass (``drop_bare_years``): "in 2019" is no claim, "2019 people" or "2019 km" is one."""
    kept: list[NumberMatch] = []
    for num in _drop_number_tables(text, numbers):
        if not math.isfinite(num.value):
            continue
        start, end = num.start, num.end
        raw = text[start:end]
        if start < ctx.phone_end and in_phone_number(text, start, end, raw, ctx):
            continue            # the next group of a phone number: no claim, whatever else holds
        if not is_year(raw, num.value) and context_reason(text, start, end, raw, num.value, ctx,
                                                          text[end:end + 40]):
            continue
        kept.append(num)
    return kept


# a name in the possessive after a year: "the 2017 Women's March", "the 2014 People's Climate March"
# (the year of the event named, no count of women or people)
_NAME_AFTER_YEAR = re.compile(r"[ \t]+[A-Z][a-z]+['’]s\b")


def drop_bare_years(text: str, lower: str, mentions: list[Mention], ctx: DocumentContext,
                    lex: Lexicon) -> list[Mention]:
    """The mentions of the units pass without the years that are no claims: a bare year ("in
    2019": no unit, percent, hedge or counted thing) or one whose context says so."""
    kept: list[Mention] = []
    for m in mentions:
        start, raw, value = m.number_start, m.numeral, m.numeral_value
        if is_year(raw, value):
            end = start + len(raw)
            after = text[end:end + 40]
            if m.kind == "count" and (not lex.thing_follows(after) or _NAME_AFTER_YEAR.match(after)) and is_bare_year(
                    text, end, raw, value, bool(lex.hedge_before(lower, start, 30)), False):
                continue
            if context_reason(text, start, end, raw, value, ctx, after):
                continue
        elif m.kind == "count" and m.unit is None and _old_year(text, start, raw, value, lex):
            continue
        kept.append(m)
    return kept


def _old_year(text: str, start: int, raw: str, value: float, lex: Lexicon) -> bool:
    """A year before 1800 where a date is set: "first recorded in 1170", "since 1066", "circa 1450"
    (a stop, a word of grammar or a capital after it, no counted thing)."""
    if not (raw.isdigit() and 3 <= len(raw) <= 4 and 500 <= value < 1800 and text[start - 1:start] == " "):
        return False
    after = text[start + len(raw):start + len(raw) + 40]
    if _OLD_YEAR_BEFORE.search(text, max(0, start - 20), start) is None or lex.thing_follows(after):
        return False
    if _OLD_YEAR_STOP_AFTER.match(after) is not None:
        return True
    word = _FIRST_WORD_AFTER.match(after)
    return word is not None and word.group(1) in lex.nonclaim_words.old_year_after_words


MAX_BARE_RUN = 200
_LETTER = re.compile(r"[^\W\d_]|\n")


def _drop_number_tables(text: str, nums: list[NumberMatch]) -> list[NumberMatch]:
    """Drop runs of more than MAX_BARE_RUN numbers with no word between them.

    Such a run (on one line) is a table, a list of codes or garbage ("1,1,1,..."
    a million times), not prose; its numbers carry no counted thing, and giving each
    the scope treatment would make one hostile line cost minutes.
    """
    if len(nums) <= MAX_BARE_RUN:
        return nums
    out: list[NumberMatch] = []
    run: list[NumberMatch] = []
    for n in nums:
        if run and _LETTER.search(text, run[-1].end, n.start):
            if len(run) <= MAX_BARE_RUN:
                out.extend(run)
            run = []
        run.append(n)
    if len(run) <= MAX_BARE_RUN:
        out.extend(run)
    return out
