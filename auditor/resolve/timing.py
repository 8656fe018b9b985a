"""When: the period a count covers, the moment the figure held, and figures given as earlier.

A toll of Thursday's strike reported on Friday covers Thursday and held on
Friday; "at least 42 in February" covers the month; "initial reports had put
the toll at 22" gives a figure that no longer holds (``superseded``), which
conflicts with nothing. The period goes into the quantity key only when it is
a span the text states ("in February", "since December 1", "this month"):
counts of one incident are compared whatever day a report names for them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from auditor.casefold import fold_keyword, may_hold
from auditor.extract.lexicon import per_vocabulary
from auditor.extract.numbers import phrase_alternation
from auditor.vocabulary import Vocabulary

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NAMES = "|".join(sorted((m for m in _MONTHS if len(m) > 3 or m == "may"), key=len,
                                          reverse=True))

# a stated span, in the clause of the number: "in February", "since December 1" (or "since last
# December", "between December 1 and today"), "this month"
_SPAN = re.compile(
    rf"\b(?:(?P<since>since|between(?=\s[^.;]{{0,20}}\band\s+(?:today|now)\b))\s+(?:the\s+(?:start|beginning)\s+of\s+|last\s+)?(?P<month>{_MONTH_NAMES})"
    rf"(?:\s+(?P<day>\d{{1,2}})\b)?"
    rf"|(?:in|during|throughout|for|so\s+far\s+in|through)\s+(?:the\s+month\s+of\s+)?(?P<month2>{_MONTH_NAMES})\b"
    r"(?!\s+\d)"
    r"|(?P<this>this|last)\s+(?P<unit>month|year)\b"
    r"|so\s+far\s+this\s+(?P<unit2>month|year)\b"
    r"|since\s+the\s+(?:start|beginning)\s+of\s+the\s+(?P<unit3>month|year)\b)",
    re.I)
# a word every span above contains, found by ``may_hold`` (``in`` tests on the lower-cased sentence, as
# ``re.I`` reads it: "SINCE SEPTEMBER" too): a fraction of the cost of one search of the whole pattern
_SPAN_WORDS = ("since", "this", "so far", "between", *(m.lower() for m in calendar.month_name if m))
# a war's or a crisis's whole span, a period whose start the text does not date: "since the war
# began", "since the start of the conflict", "in the nine-year-old war", "in the Syrian conflict"
# (not "in the war-torn north", "the war zone", nor "in the war's deadliest attack": one incident
# of it). The word is found first, then what leads to it (cheaper than trying every "in the").
_WAR_WORD = re.compile(
    r"\b(?:(?P<war>war|conflict)|fighting|invasion|uprising|insurgency|revolution|pandemic|epidemic)\b"
    r"(?![-'’]|\s+(?:zones?|crimes?|room|effort|footing)\b)", re.I)
_SINCE_LEAD = re.compile(r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+)?(?:the\s+)?"
                         r"(?:[\w'’-]+\s+){0,2}$", re.I)
_IN_LEAD = re.compile(r"\b(?:in|during|throughout)\s+the\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# a superlative the war's span measures: "the deadliest day since the war began", "the heaviest
# single loss in the Syrian conflict" date a record, the figures are the day's
_RECORD_BEFORE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|biggest|largest|highest|greatest|costliest|fiercest|"
    r"longest|lowest|most|first|single|only|record)\b[^.;]*$", re.I)
# a superlative right before "since 2001" (a few words between at most): "the lowest since 1999"
_RECORD_RIGHT_BEFORE = re.compile(r"\b(?:\w+est|most|least|worst|best|record|highest|lowest)\b(?:\s+[\w-]+){0,3}\s+$",
                                  re.I)
# before "since October 5": the last time a mark was met, no period ("a level it had not reached since")
_NOT_REACHED_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:[\w-]+\s+){0,2}(?:reached|seen|hit|touched|recorded"
                                 r"|been\s+(?:this|so)\s+[\w-]+)\s+$", re.I)
# before "this year": a point in it, no span ("at the end of Q1 this year", "by the end of this year")
_POINT_IN_BEFORE = re.compile(r"\bend\s+of\s+(?:(?:the\s+)?(?:Q[1-4]|[a-z]+\s+(?:quarter|half))\s+)?$", re.I)
# "since 2011", "since March 2011": a span from a stated year
_SINCE_YEAR = re.compile(rf"\bsince\s+(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


def _war_long(sentence: str) -> bool:
    """Whether the sentence gives its figures for a war's whole span, not for a record set in it."""
    if not ("war" in sentence or "onflict" in sentence or "ighting" in sentence or "nvasion" in sentence
            or "prising" in sentence or "nsurgency" in sentence or "evolution" in sentence
            or "demic" in sentence):      # cheap: most sentences name no war (a chain of ``in``, not a regex)
        return False
    for m in _WAR_WORD.finditer(sentence):
        lead = sentence[max(0, m.start() - 60):m.start()]
        found = _SINCE_LEAD.search(lead) or (_IN_LEAD.search(lead) if m.group("war") else None)
        if found is not None:
            start = m.start() - len(lead) + found.start()
            return not _RECORD_BEFORE.search(sentence, max(0, start - 80), start)
    return False


WAR = "war"     # the start of a war's span in a quantity key: "Syria/war../people/killed"
# the figure is an earlier one: "initial reports had put", "a previous count", "first figure", "earlier"
_EARLIER = re.compile(
    r"\b(?:initial(?:ly)?|earlier|previous(?:ly)?|original(?:ly)?|prior|first\s+(?:figure|count|toll|tally|"
    r"report|estimate)s?"
    r"|had\s+(?:(?:first|initially|earlier|at\s+first|originally|previously)\s+)?(?:been\s+)?(?:put|given|reported|said|set|stood\s+at"
    r"|told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference|a\s+press\s+conference|parliament|lawmakers)))\b"
    r"(?![^.;]*\bnow\b)[^.;]{0,50}$", re.I)
# the figure a toll now rises to is its current one, whatever the sentence says was earlier
_RISEN_TO = re.compile(r"(?<!\bhad\s)\b(?:rose|rises|jumped|jumps|climbed|climbs|soared|surged|increased|grew|reached)"
                       r"(?:\s+(?!earlier\b|initially\b|previously\b|first\b)[\w,]+){0,4}\s+to\s+$")
# a word every earlier figure's words hold and every speculation's (tests/test_resolve_speed.py checks them
# against the patterns they stand for), and those _GIVEN_EARLIER_AFTER needs, for ``may_hold``: ``in``
# tests on the lower-cased window cost a fraction of a search, and most figures are current
EARLIER_WORDS = ("initial", "earlier", "previous", "original", "prior", "first", "had ", "from")
SPECULATION_WORDS = ("specul", "rumor", "rumour", "conjectur", "guesswork")
GIVEN_EARLIER_WORDS = ("earlier", "previously", "before", "initially", "first", "yesterday")


@per_vocabulary
def _changed_from(vocab: Vocabulary) -> re.Pattern[str]:
    """The figure a change started from is an earlier one: "rose from 40", "revised down from an
    earlier figure of 40" (the vocabulary's change verbs, with a word such as "down" or
    "sharply" between)."""
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(vocab.words("change_verbs"),
                                                                      key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{verbs or '(?!x)x'})(?:\s+\w+)?\s+from\s+"
                      r"(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|initial\s+)?(?:figure\s+of\s+|toll\s+of\s+)?$",
                      re.I)


# a count up to a stated end: "between Sept. 20 and Dec. 31, 2017", "through October",
# "to the end of October" (the incident's start is the start)
_MONTH_ABBR = _MONTH_NAMES + "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
_TO_END = re.compile(
    rf"\b(?:between\s+(?P<m1>{_MONTH_ABBR})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+and"
    rf"|through|until|up\s+to)\s+(?:the\s+end\s+of\s+)?(?P<m2>{_MONTH_ABBR})\b\.?"
    r"(?:\s+(?P<d2>\d{1,2})\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)


def counted_to(sentence: str, published: dt.date | None) -> tuple[str, str] | None:
    """A count up to a stated end, as (start or "", end) ISO dates: "between Sept. 20 and
    Dec. 31, 2017" → ("2017-09-20", "2017-12-31"); "through October" → ("", "2017-10-31")
    in a report of 2018. Counts to one end are one quantity whichever start the text gives."""
    if published is None or "hrough" not in sentence and "etween" not in sentence \
            and "ntil" not in sentence and "up to" not in sentence:
        return None
    m = _TO_END.search(sentence)
    if m is None:
        return None
    month = _MONTHS.get(fold_keyword(m.group("m2")).rstrip("."))
    if month is None:
        return None
    year = int(m.group("year")) if m.group("year") else _month_start(month, published).year
    last = calendar.monthrange(year, month)[1]
    end = dt.date(year, month, min(int(m.group("d2")), last) if m.group("d2") else last)
    start = ""
    if m.group("m1"):
        first = _MONTHS.get(fold_keyword(m.group("m1")))
        try:
            if first is not None:
                start = dt.date(year if first <= month else year - 1, first, int(m.group("d1"))).isoformat()
        except (TypeError, ValueError):
            start = ""
    return start, end.isoformat()


# the event's own time, in a clause about it: "died when the storm struck the island in September 2017"
_EVENT_CLAUSE = re.compile(r"\b(?:when|after|as)\s+[^.;]{0,60}?\b(?P<at>" + _MONTH_NAMES + r"|(?:19|20)\d\d)\b", re.I)


def dates_the_event(after_number: str, span: tuple[str, str]) -> bool:
    """Whether a period extraction found belongs to a clause dating the event ("killed 40
    when the storm struck in September 2017"), not to the count."""
    m = _EVENT_CLAUSE.search(after_number)
    if m is None:
        return False
    at = fold_keyword(m.group("at"))
    return at == span[0][:4] or _MONTHS.get(at) == int(span[0][5:7] or 0)


_WEEKDAY_NAMES = "|".join(d.lower() for d in calendar.day_name)
# a period in the possessive and the noun it owns: "last week's typhoon", "Friday's quake", "September's floods";
# not a year ("last year's rally drew 90,000": another, earlier event, its figure that event's)
_POSSESSIVE_PERIOD = re.compile(
    rf"\b(?:(?:last|this|past|previous)\s+(?:week|weekend|month)|yesterday|{_WEEKDAY_NAMES}|{_MONTH_NAMES})"
    r"['’]s\s+(?P<owner>[\w-]+(?:\s+[\w-]+){0,2})", re.I)


# the words that close the noun phrase a period owns ("last week's typhoon | has now killed"): auxiliaries,
# the tally verbs, "now", and prepositions; grammar of English rather than a desk's vocabulary, so kept here
_OWNED_PHRASE_ENDS = frozenset({"has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does",
                                "left", "kills", "killed", "rose", "stood", "stands", "reached", "now", "so", "in",
                                "on", "at"})


# a word of a period or a year: the sentence dates something else than the event its possessive names
_OTHER_PERIOD = re.compile(
    rf"\b(?:week|weekend|month|year|since|days?|{_WEEKDAY_NAMES}|{_MONTH_NAMES}|(?:19|20)\d\d)\b", re.I)


def period_owned_by_the_event(before_number: str, vocab: Vocabulary, after_number: str = "") -> bool:
    """Whether the period before a figure is the possessive of the event ("Last week's typhoon has now
    killed 3,621": the week dates the storm, the toll runs to now), not of the count ("last month's
    toll stood at 40", "September's deaths numbered 40": a period's count), and the sentence names no
    other period ("Thursday's losses mean 42 have died in February": February's count; "Tuesday's quake
    came after the 1985 quake, which killed 9,500": the other quake's)."""
    if "'s" not in before_number and "’s" not in before_number:
        return False      # cheap: most sentences own nothing by a period
    m = _POSSESSIVE_PERIOD.search(before_number)
    if m is None or _OTHER_PERIOD.search(before_number[:m.start()]) or _OTHER_PERIOD.search(before_number, m.end()) \
            or _OTHER_PERIOD.search(after_number):
        return False
    counted = set(vocab.words("tally_nouns")) | set(vocab.measure_by_word)
    owner: list[str] = []
    for word in m.group("owner").split():       # the noun phrase owned, to its verb
        word = fold_keyword(word)
        if word in _OWNED_PHRASE_ENDS or word.endswith("ed") and owner:
            break
        owner.append(word)
    return not any(w in counted for w in owner)


@per_vocabulary
def _held_since(vocab: Vocabulary) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{phrase_alternation(vocab.words('unchanged_phrases'))})\s+(?:ever\s+)?since\b", re.I)


def held_unchanged_since(sentence: str, vocab: Vocabulary) -> bool:
    """Whether the sentence's "since" tells how long a figure has held ("the official figure of 769, which
    has stayed the same since September 26"), not the period a count covers."""
    return "since" in sentence.lower() and _held_since(vocab).search(sentence) is not None


def _month_start(month: int, published: dt.date) -> dt.date:
    """The first day of ``month`` in the year before or of ``published`` (a past month)."""
    year = published.year if month <= published.month else published.year - 1
    return dt.date(year, month, 1)


def stated_span(sentence: str, published: dt.date | None) -> tuple[str, str] | None:
    """The period the sentence states for its figures, as ISO dates, or None. A war's whole
    span ("since the war began") starts at ``WAR``: a war-long total is not a toll of the day's
    incident.

    Without a publication date the year is unknown: the span is then named by its
    words ("since december"), which still keeps it apart from the incident's counts."""
    if _war_long(sentence):
        return (WAR, published.isoformat()) if published else (WAR, WAR)
    if not may_hold(sentence, _SPAN_WORDS):       # cheap: most sentences state no span
        return None
    year = _SINCE_YEAR.search(sentence) if may_hold(sentence, ("since",)) else None
    if year is not None and (_RECORD_RIGHT_BEFORE.search(sentence, max(0, year.start() - 40), year.start())
                             or _NOT_REACHED_BEFORE.search(sentence, max(0, year.start() - 40), year.start())):
        year = None         # "62.4%, the lowest since 1999": the record's reach, not the figure's period
    if year is not None and published is not None and int(year.group("year")) <= published.year:
        first = _MONTHS[fold_keyword(year.group("month"))] if year.group("month") else 1
        return dt.date(int(year.group("year")), first, 1).isoformat(), published.isoformat()
    m = _SPAN.search(sentence)
    while m is not None and _no_span_at(sentence, m):
        m = _SPAN.search(sentence, m.end())
    if m is None:
        return None
    if published is None:
        words = " ".join(m.group().lower().split())
        return words, words
    month = m.group("month") or m.group("month2")
    if month:
        start = _month_start(_MONTHS[fold_keyword(month)], published)
        if m.group("since"):
            if m.group("day"):
                try:
                    start = start.replace(day=int(m.group("day")))
                except ValueError:
                    pass
            return start.isoformat(), published.isoformat()
        last = calendar.monthrange(start.year, start.month)[1]
        end = min(start.replace(day=last), published) if start <= published else start.replace(day=last)
        return start.isoformat(), end.isoformat()
    unit = fold_keyword(m.group("unit") or m.group("unit2") or m.group("unit3") or "")
    if m.group("this") and fold_keyword(m.group("this")) == "last":
        return None         # "last month", "last year": a different period, not ours to key
    start = published.replace(day=1) if unit == "month" else published.replace(month=1, day=1)
    return start.isoformat(), published.isoformat()


def _no_span_at(sentence: str, m: re.Match[str]) -> bool:
    """Whether the span words at ``m`` name no period of the figures: a record's reach ("a level
    it had not reached since October 5") or a point in the year ("at the end of Q1 this year")."""
    if m.group("since"):
        return _NOT_REACHED_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) is not None
    return bool(m.group("this")) and _POINT_IN_BEFORE.search(sentence, max(0, m.start() - 30), m.start()) is not None


# after the number: "an estimated 280 deaths had been announced (on Monday)": a figure given
# before, not the current one ("359 people had been killed", reported speech, is current)
_ANNOUNCED_BEFORE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?had\s+(?:been\s+)?(?:announced|reported|given|released|"
                               r"published|put\s+out)\b", re.I)


# after the number, a participle that dates it before now: "takes in the 40 reported earlier", "the
# 12 confirmed previously" (a figure the text names as an earlier one, beside the new count; not "the
# toll of 41 announced earlier by Amman": another source's figure, still a rival statement)
_GIVEN_EARLIER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:announced|reported|given|released|confirmed|counted|found|put\s+out)\s+"
    r"(?:earlier|previously|before|initially|at\s+first|the\s+day\s+before|yesterday)\b(?!\s+by\b)", re.I)
# a figure the text gives as talk put to someone, not a count anyone gives: "asked about speculation
# that the toll could pass 200", "amid rumours that 40 had drowned"
_SPECULATION = re.compile(r"\b(?:speculation|speculating|speculated|rumou?rs?|rumou?red|conjecture|guesswork)\b"
                          r"(?:\s+(?:that|of|about))?[^.;:,]{0,60}$", re.I)


# the sentence reports what was said before: "Officials had previously said that nine bombers
# ... left 359 people dead" (every figure of it is an earlier one)
_SAID_BEFORE = re.compile(r"[^,.;]{0,60}?\bhad\s+(?:previously|earlier|initially|originally|first|at\s+first)\s+"
                          r"(?:said|reported|announced|stated|estimated|put|given)\b", re.I)
# a figure the text rejects: "approximately 253, not the 359 reported", "rather than 40"
# ... "reported 275 deaths, not 288": the figure after ", not" is the one the text rejects
_REJECTED = re.compile(r"(?:\b(?:not\s+the|rather\s+than(?:\s+the)?|instead\s+of(?:\s+the)?)|,\s*not)\s+$", re.I)


def is_superseded(text: str, sentence_start: int, start: int, end: int | None, vocab: Vocabulary) -> bool:
    """Whether the words before the number (or an announcing verb in the pluperfect right
    after it, or the sentence's own reporting verb) give it as an earlier figure, or the
    text rejects it."""
    if end is not None and "had" in text[end:end + 40] and _ANNOUNCED_BEFORE.match(text, end):
        return True
    if end is not None and may_hold(text[end:end + 60], GIVEN_EARLIER_WORDS) \
            and _GIVEN_EARLIER_AFTER.match(text, end, min(len(text), end + 60)):
        return True
    clause = max(sentence_start, start - 90)
    words_before = text[clause:start]
    if may_hold(words_before, SPECULATION_WORDS) and _SPECULATION.search(text, clause, start):
        return True
    if "had" in text[sentence_start:min(start, sentence_start + 70)] and _SAID_BEFORE.match(text, sentence_start):
        return True
    if ("not" in text[start - 9:start] or "than" in text[start - 15:start] or "of" in text[start - 9:start]) \
            and _REJECTED.search(text, max(sentence_start, start - 20), start):
        return True
    begin = clause
    if not may_hold(words_before, EARLIER_WORDS):     # cheap: most figures are current
        return False
    before = words_before
    if _RISEN_TO.search(text, max(begin, start - 45), start) and "earlier," not in before:
        return False        # "the toll from the collapse 17 days earlier jumped on Saturday to 1,110"
    earlier = _EARLIER.search(before)
    if earlier and _earlier_event(vocab).match(before, earlier.start()):
        earlier = None      # "killed by an earlier quake topped 300": the event is the earlier one, not the figure
    return bool(earlier or _changed_from(vocab).search(before))


@per_vocabulary
def _earlier_event(vocab: Vocabulary) -> re.Pattern[str]:
    """"Earlier" or "previous" naming an event ("an earlier quake", "the previous storm", "a prior
    attack"): another incident, dated before the main one, whose figures are current figures of it
    (a poll's or a vote's earlier figures stay earlier ones: "an earlier poll had put him at 40%")."""
    events = (set(vocab.words("event_nouns")) | set(vocab.words("attack_nouns")) | set(vocab.words("quake_nouns"))) \
        - set(vocab.words("poll_words"))
    nouns = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(events, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:earlier|previous|prior)(?:\s+[\w-]+)?\s+(?:{nouns or '(?!x)x'})\b", re.I)
