"""Time scope: what period a claim is about, resolved against publication.

"Thursday" is the last Thursday on or before publication; "in February" the
month (of the publication's year, or the year before when February has not
come yet); "since December" runs from 1 December to publication; "in three
months" the three months before publication; "over the weekend" the last Saturday and
Sunday up to publication; "yesterday", "last week", "this year" and explicit
dates ("27 February", "Feb. 27, 2020") as read.
Expressions are found with one compiled pattern per sentence, tried only
where one can start (a digit or the first word of an alternative, found by a
cheaper scan); the one nearest to the number applies. The pattern runs with
``re`` on the lower-cased text (the ``regex`` module and IGNORECASE are
several times slower).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache
from typing import Iterable, NamedTuple

from auditor.alternation import phrase_alternation
from auditor.casefold import fold_keyword
from auditor.extract.memo import Memo
from auditor.extract.numbers import prefix_pattern
from auditor.vocabulary import Vocabulary, load_vocabulary

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
                "several": 3, "few": 3}

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SINCE = (r"(?P<since{n}>since|triggered\s+in|began\s+in|started\s+in|erupted\s+in|broke\s+out\s+in|beginning\s+in"
          r"|starting\s+in)\s+(?:the\s+(?:start|beginning)\s+of\s+)?")
_COUNT = r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|few)"
_UNIT = r"(?P<unit>day|week|month|year|hour)s?"
# the months or quarters of a period named by its length ("the first three quarters", "the three months to June")
_FEW = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-2]"

# no day of the month after a month ("from January to April 5", "the end of May 5" are days), but a
# figure may follow it ("From January to April 272 boats were detected", "By the end of May 2,140 permits")
_NO_DAY_AFTER = r"(?!\s*\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d))"

# Matched against the lower-cased text: IGNORECASE makes the alternations several times slower.
_TIME = (
    rf"""(?<![\w-])(?:
        (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))
      | (?P<dmd1>[0-2]?\d|3[01])/(?P<dmm1>0?[1-9]|1[0-2])(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|until)[ \t]+)
            (?P<dmd2>[0-2]?\d|3[01])/(?P<dmm2>0?[1-9]|1[0-2])(?![\d/])
      | (?:from\s+|between\s+)?(?P<rd1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rm1>{_MONTH})
            (?:,?\s+(?P<ry1>(?:19|20)\d\d))?
            \s*(?:to|and|until|through|-|–)\s*(?P<rd2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rm2>{_MONTH})(?:,?\s+(?P<ry2>(?:19|20)\d\d))?
      | (?:from\s+|between\s+|in\s+|of\s+|during\s+|for\s+)?
            (?P<rm3>{_MONTH})\s+(?P<rd3>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<ry3>(?:19|20)\d\d))?
            \s*(?:to|and|until|through|-|–)\s*(?:(?P<rm4>{_MONTH})\s+)?(?P<rd4>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<ry4>(?:19|20)\d\d))?
      | (?:from\s+|between\s+)?(?P<rd5>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|and|until|through|-|–)\s*
            (?P<rd6>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<rm7>{_MONTH})(?:,?\s+(?P<ry7>(?:19|20)\d\d))?
      | (?:from|between)\s+(?P<ya>(?:19|20)\d\d)\s+(?:to|and|until|through)\s+(?P<yb>(?:19|20)\d\d)\b
      | (?:in\s+|during\s+|for\s+|of\s+)?
            (?P<hm1>{_MONTH})(?:-to-|\s*[-–]\s*)(?P<hm2>{_MONTH})(?:\s+(?P<hy>(?:19|20)\d\d)|\s+(?P<hrel>this|last)\s+year)?{_NO_DAY_AFTER}
      | (?:from\s+|between\s+|(?P<rin>in|for|during|over|of|covering|spanning)\s+(?:the\s+period\s+)?)
            (?P<rm5>{_MONTH})(?:\s+(?P<ry5>(?:19|20)\d\d))?\s+
            (?(rin)(?:to|until|through)|(?:to|and|until|through))\s+(?P<rm6>{_MONTH})(?:\s+(?P<ry6>(?:19|20)\d\d)|\s+(?P<rrel>this|last)\s+year)?{_NO_DAY_AFTER}
            (?:\s+of\s+(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<rfy1>(?:19|20)\d\d)[-–/](?P<rfy2>\d\d))?
      | (?:in\s+|during\s+|over\s+|for\s+|of\s+)?the\s+first\s+(?P<fn>{_FEW}|[1-5]\d)\s+(?P<fu>month|quarter|week)s
            (?:\s+of\s+(?:(?P<fny>(?:19|20)\d\d)|the\s+(?P<ffy>fiscal\s+|financial\s+)?year|(?P<fnrel>this|last)\s+year)
            |(?!\s+of\s))
      | (?:in\s+|during\s+|over\s+|for\s+|of\s+)?the\s+(?P<prev>(?:previous|preceding|prior)\s+
            (?:(?P<pn>{_FEW})[\s-]+months?(?:\s+period)?|quarter)|(?P<pn2>{_FEW})\s+months\s+(?:before|earlier|prior))
            (?!\s+(?:to|ending|ended)\b)
      | (?:in\s+|during\s+|over\s+|for\s+|of\s+)?the\s+
            (?:(?P<tn>{_FEW})[\s-]+months?|(?P<tyr>(?:fiscal\s+|financial\s+)?year)
               |(?:(?:first|second|third|fourth|final|last)\s+)?(?P<tq>quarter)|(?P<th>half(?:[\s-]year)?))
            \s+(?:to|through|(?:(?:that|which)\s+)?(?:ending|(?P<tpast>ended|closed)|ends)(?:\s+(?:in|on))?)\s+(?:the\s+end\s+of\s+)?(?:(?P<tdb>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<tm>{_MONTH})
            (?:\s+(?P<td>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<ty>(?:19|20)\d\d))?
      | (?:in\s+|during\s+|over\s+|for\s+)?the\s+(?P<dn>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])
            \s+months(?!\s+(?:to|ending|ended|through|before|earlier|prior|since|after|of|ago|from|until)\b)
      | (?:in\s+|during\s+|for\s+|of\s+)?the\s+(?P<mq>{_MONTH})\s+quarter\b
      | (?P<qa>first|second|third|fourth)-(?P<qah>quarter|half)(?=[ \t]+[a-z])
      | (?:in\s+|during\s+|for\s+|of\s+)?(?P<qc>[qh])(?P<qcn>[1-4])(?:\s*[-–]\s*(?P<qc2>[qh])(?P<qcn2>[1-4]))?
            (?:\s+(?:of\s+)?(?:(?P<qcy>(?:19|20)\d\d)|(?P<qcrel>this|last)\s+year))?
      | (?:in\s+|during\s+|for\s+|of\s+)?the\s+(?P<q>first|second|third|fourth|final|last)\s+(?P<qh>quarter|half)
            (?:\s+of\s+(?P<qy>(?:19|20)\d\d)|\s+(?:of\s+)?(?P<qrel>this|last|next)\s+year)?
      | (?:by\s+|at\s+|(?P<ytd>(?<=\sto\s)|(?<=through\s)))?
            the\s+end\s+of\s+(?:(?P<em>{_MONTH})|(?P<ey>(?:19|20)\d\d)){_NO_DAY_AFTER}
      | (?:by\s+|at\s+)?the\s+end\s+of\s+(?:q(?P<eq>[1-4])|the\s+(?P<eqw>first|second|third|fourth)\s+quarter)
            (?:\s+(?:of\s+)?(?:(?P<eqy>(?:19|20)\d\d)|this\s+year))?\b
      | (?:by|at)\s+the\s+(?:close|end)\s+of\s+the\s+(?P<eop>quarter|half|half-year|month|period)\b
            (?!\s+(?:to|ending|ended|of|in)\b)
      | (?:by\s+|at\s+)?the\s+end\s+of\s+(?P<eyr>this|the)\s+year\b
      | (?:(?P<fy>fiscal|financial)\s+(?:year\s+)?|fy\s*)(?P<fy1>(?:19|20)\d\d)(?:[-–/](?P<fy2>\d\d(?:\d\d)?))?
      | (?:in|for|of|during)\s+(?P<fy3>(?:19|20)\d\d)[-–/](?P<fy4>\d\d)\b(?![-–/]\d)
      | (?:in\s+|for\s+|over\s+|during\s+|of\s+)?(?:the\s+(?:current|full|whole|entire)|this)\s+
            (?P<cfy>fiscal|financial)\s+year
      | (?:in\s+|for\s+|over\s+|during\s+|of\s+)?the\s+(?P<fy5>(?:19|20)\d\d)[-–/](?P<fy6>\d\d)\s+
            (?:fiscal|financial)(?:\s+year)?
      | (?:in\s+|for\s+|over\s+|during\s+|of\s+)?(?:the\s+)?(?P<lfy>last|previous|past)\s+(?:fiscal|financial)
            (?:\s+year)?
      | (?:in\s+|for\s+|over\s+|during\s+|of\s+)?the\s+(?P<jfy>fiscal|financial)(?:\s+year)?\s+just\s+
            (?:ended|closed|over|gone)
      | (?:(?<=the\s)|(?<=['’]s\s))(?P<y5>(?:19|20)\d\d)(?=\s+[a-z])
      | (?P<rm8>{_MONTH})\s+(?P<ry8>(?:19|20)\d\d)\s*(?:to|until|through|-|–)\s*
            (?P<rm9>{_MONTH})\s+(?P<ry9>(?:19|20)\d\d)
      | (?:{_SINCE.format(n="")})?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})
            (?:,?\s+(?P<y1>(?:19|20)\d\d))?
      | (?:{_SINCE.format(n="_b")})?(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:,.]\d)(?!:)
            (?:,?\s+(?P<y2>(?:19|20)\d\d))?
      | (?:{_SINCE.format(n="_c")}|(?P<inm>in|during|throughout|of|for)\s+(?:early\s+|late\s+|mid-?)?)?
            (?P<m3>{_MONTH})(?:\s+(?P<y3>(?:19|20)\d\d))?{_NO_DAY_AFTER}
      | (?:{_SINCE.format(n="_d")}|(?P<iny>in|during|of|for|throughout|finished|ended|closed
                                                 |over(?=\s+\d{{4}}\s+as\s+a\s+whole\b))\s+)
            (?P<y4>(?:19|20)\d\d)\b(?![-–/]\d)
      | (?P<wby>by\s+)?the\s+(?P<wo>\d{{1,2}})(?:st|nd|rd|th)\s+(?:epidemiological\s+|epi\s+)?week
            (?:\s+of\s+(?:(?P<woy>(?:19|20)\d\d)|(?P<worel>this|last)\s+year))?(?!\s+of\s)
      | (?:epidemiological\s+|epi\s+)?weeks?\s+(?P<wr1>\d{{1,2}}|one)\s*(?:to|and|through|-|–)\s*(?:week\s+)?
            (?P<wr2>\d{{1,2}})\b(?![-–.,]\d)(?:\s+of\s+(?P<wry>(?:19|20)\d\d))?
      | (?:epidemiological\s+|epi\s+)?week\s+(?P<wk>\d{{1,2}})\b(?![-–.,]\d)
      | (?P<wd1>{_WEEKDAY})\s+(?:to|through|until|-|–)\s+(?P<wd2>{_WEEKDAY})
      | (?:(?P<since_w>since)\s+|on\s+)?(?P<wd>{_WEEKDAY})
      | (?P<wkend>(?:over|at|during)\s+the\s+weekend|(?:last|this\s+past)\s+weekend)\b
      | (?P<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|overnight)
      | (?P<period>(?:this|last|past|previous|next)\s+(?:week|month|year))
            (?:\s+(?:through|until|up\s+to|to)\s+(?P<pm>{_MONTH})\s+(?P<pd>\d{{1,2}})\b)?
      | (?:in|over|during|for|across)\s+(?P<ana>those|these|that)\s+(?:[a-z0-9-]+\s+)?
            (?:months|weeks|days|years|quarters|period|quarter|month|year)
      | (?:over|during|for|across)\s+(?P<ana2>the(?:\s+same)?)\s+period(?![\s,]+(?:of|in|last|a|from|to|\d)\b)
      | (?:in|over|during|within)\s+(?:just\s+|only\s+|less\s+than\s+|more\s+than\s+)?(?:the\s+)?
            (?:(?:past|last|previous|first)\s+)?{_COUNT}\s+{_UNIT}
      | (?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?P<unit1>day|week|month|year|24\s+hours)
    )(?![\w])""")
TIME = re.compile(_TIME, re.X)
_TIME_ANY_CASE = re.compile(_TIME, re.X | re.I)


class TimeScope(NamedTuple):
    start: int          # span of the expression in the text
    end: int
    when_start: dt.date
    when_end: dt.date
    # a base of comparison ("measured against January 2023", "the same period of 2008", "the
    # previous quarter"): the
    # period of the figure it follows, if any, never of the others in its sentence
    base: bool = False


# a span counted back from the publication by a number of units ("over twelve months", "in the past
# two weeks"): the window of its own sentence's change, not a period the figures after it are of
_COUNTED_BACK = re.compile(
    rf"(?:in|over|during|within)\s+(?:just\s+|only\s+|less\s+than\s+|more\s+than\s+)?(?:the\s+)?"
    rf"(?:(?:past|last|previous)\s+)?{_COUNT}\s+{_UNIT}"
    r"|(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:day|week|month|year|24\s+hours)")


def counted_back(lower: str, t: TimeScope) -> bool:
    """Whether ``t`` is a span counted back from the publication ("over twelve months", "in the past two
    weeks"): a sentence's own window, which carries to no figure after it (``lower`` is the lower-cased
    text ``t`` was read from)."""
    return _COUNTED_BACK.fullmatch(lower, t.start, t.end) is not None


def to_come(lower: str, t: TimeScope, floor: int = 0) -> bool:
    """Whether ``t`` is a time to come, told in a clause about the future ("Flights are due to increase
    again in June", "will publish its plan in March"): no period the figures after it are of."""
    return _FUTURE_BEFORE.search(lower, max(floor, t.start - 100), t.start) is not None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_year(month: int, year: int | None, pub: dt.date) -> int:
    if year:
        return year
    return pub.year if month <= pub.month else pub.year - 1


def _minus(pub: dt.date, count: int, unit: str) -> dt.date:
    unit = unit.lower()
    if unit == "day":
        return pub - dt.timedelta(days=count)
    if unit == "hour":
        return pub - dt.timedelta(days=max(1, count // 24))
    if unit == "week":
        return pub - dt.timedelta(weeks=count)
    if unit == "month":
        y, m = pub.year, pub.month - count
        while m <= 0:
            m += 12
            y -= 1
        return dt.date(y, m, min(pub.day, calendar.monthrange(y, m)[1]))
    return dt.date(pub.year - count, pub.month, min(pub.day, 28 if pub.month == 2 else pub.day))


class Fiscal(NamedTuple):
    """The fiscal year of the country a document is about (rules/vocabulary/fiscal_years.yaml):
    the month it starts in, and which of its years "fiscal 2017" names ("calendar": the year
    itself, where no fiscal year is known; "end": the fiscal year ending in it, Pakistan's or
    India's; "start": the one starting in it, Japan's)."""
    first_month: int = 4
    single: str = "calendar"


# A fiscal year named without its months, in a country whose fiscal year is not known, runs
# April to March (India, Canada, the UK, Japan): "fiscal 2018-19", "in 2017-18"
FISCAL_FIRST_MONTH = 4
DEFAULT_FISCAL = Fiscal()


def resolve(m: re.Match[str], pub: dt.date, fiscal: Fiscal = DEFAULT_FISCAL) -> tuple[dt.date, dt.date] | None:
    """The dates a time expression covers, given the publication date and the fiscal year of
    the document's country."""
    g = m        # m["name"] is groupdict()["name"], without building a dict of all 30 groups
    since = bool(g["since"] or g["since_b"] or g["since_c"] or g["since_d"])
    try:
        span = _resolve_span(g, pub, fiscal)
        if span is not None:
            return span
        if g["dmd1"]:       # "17/08 – 21/08": days and months, the last such days by publication
            first_day, first_month = int(g["dmd1"]), int(g["dmm1"])
            last_day, last_month = int(g["dmd2"]), int(g["dmm2"])
            year = pub.year if (last_month, last_day) <= (pub.month, pub.day) else pub.year - 1
            dm_last = dt.date(year, last_month, last_day)
            dm_first = dt.date(year if (first_month, first_day) <= (last_month, last_day) else year - 1,
                               first_month, first_day)
            return (dm_first, dm_last) if (dm_last - dm_first).days <= 92 else None
        if g["iso"]:
            d = dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
            return (d, pub) if since else (d, d)
        for dk, mk, yk in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
            if g[dk]:
                month = MONTHS[fold_keyword(g[mk]).rstrip(".")]
                year = int(g[yk]) if g[yk] else _month_year(month, None, pub)
                d = dt.date(year, month, int(g[dk]))
                return (d, pub) if since else (d, d)
        if g["m3"]:
            month = MONTHS[fold_keyword(g["m3"]).rstrip(".")]
            if not (since or g["inm"] or g["y3"]) and fold_keyword(g["m3"]).rstrip(".") in ("may", "mar"):
                return None   # "may" the verb, "mar" the verb
            year = _month_year(month, int(g["y3"]) if g["y3"] else None, pub)
            first = dt.date(year, month, 1)
            return (first, pub) if since else (first, _month_end(year, month))
        if g["y4"]:
            year = int(g["y4"])
            return (dt.date(year, 1, 1), pub) if since else (dt.date(year, 1, 1), dt.date(year, 12, 31))
        if g["wo"]:         # "in the 14th week of 2024"; "by the 14th week": the year up to its end
            week = int(g["wo"])
            if not 1 <= week <= 52:
                return None
            if g["woy"] or g["worel"]:
                year = int(g["woy"]) if g["woy"] else pub.year - (g["worel"] == "last")
            else:
                year = pub.year if week <= pub.isocalendar()[1] else pub.year - 1
            end = dt.date.fromisocalendar(year, week, 7)
            return (dt.date(year, 1, 1) if g["wby"] else end - dt.timedelta(days=6)), end
        if g["wr1"]:        # "between week one and week 12", "weeks 12 to 14 of 2024": ISO weeks, week 1 from 1 January
            week_from, week_to = (1 if g["wr1"] == "one" else int(g["wr1"])), int(g["wr2"])
            if not 1 <= week_from < week_to <= 52:
                return None
            year = int(g["wry"]) if g["wry"] else pub.year if week_to <= pub.isocalendar()[1] else pub.year - 1
            return (dt.date(year, 1, 1) if week_from == 1 else dt.date.fromisocalendar(year, week_from, 1),
                    dt.date.fromisocalendar(year, week_to, 7))
        if g["wk"]:         # "in week 43": the ISO week of the year, Monday to Sunday
            week = int(g["wk"])
            year = pub.year if week <= pub.isocalendar()[1] else pub.year - 1
            return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        if g["wd1"]:        # "taken from Tuesday to Thursday": the last such days by publication
            last = WEEKDAYS[fold_keyword(g["wd2"])]
            d = pub - dt.timedelta(days=(pub.weekday() - last) % 7)
            return d - dt.timedelta(days=(last - WEEKDAYS[fold_keyword(g["wd1"])]) % 7), d
        if g["wd"]:
            back = (pub.weekday() - WEEKDAYS[fold_keyword(g["wd"])]) % 7
            d = pub - dt.timedelta(days=back)
            return (d, pub) if g["since_w"] else (d, d)
        if g["wkend"]:
            # "died over the weekend": the last Saturday and Sunday up to publication
            saturday = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)
            return saturday, min(saturday + dt.timedelta(days=1), pub)
        if g["rel"]:
            rel = " ".join(g["rel"].lower().split())
            # "rose to four overnight": the night that ends on the morning of the report
            d = pub - dt.timedelta(days=1) if rel in ("yesterday", "last night") else pub
            return d, d
        if g["period"]:
            which, unit = g["period"].lower().split()
            if which == "next" and unit != "year":
                return None
            if unit == "week":
                monday = pub - dt.timedelta(days=pub.weekday())
                if which == "this":
                    return monday, pub
                return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
            if unit == "month":
                if which == "this":
                    return pub.replace(day=1), pub
                y, mo = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
                return dt.date(y, mo, 1), _month_end(y, mo)
            if which == "this":
                if g["pm"]:         # "this year through July 9"
                    return dt.date(pub.year, 1, 1), dt.date(pub.year, MONTHS[g["pm"].rstrip(".")], int(g["pd"]))
                return dt.date(pub.year, 1, 1), pub
            if which == "next":
                return dt.date(pub.year + 1, 1, 1), dt.date(pub.year + 1, 12, 31)
            return dt.date(pub.year - 1, 1, 1), dt.date(pub.year - 1, 12, 31)
        if g["count"]:
            raw = g["count"].lower()
            count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
            return _minus(pub, count, g["unit"]), pub
        if g["unit1"]:
            unit = "day" if "hours" in g["unit1"] else g["unit1"].lower()
            return _minus(pub, 1, unit), pub
    except (ValueError, KeyError, OverflowError):
        return None
    return None


def _few(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}




# how far ahead of publication a period may end and still be the one reported (an estimate)
_ESTIMATE_AHEAD = dt.timedelta(days=3)


def _fiscal_span(y1: int, first_month: int) -> tuple[dt.date, dt.date]:
    """The fiscal year that starts in ``first_month`` of ``y1``."""
    if first_month == 1:
        return dt.date(y1, 1, 1), dt.date(y1, 12, 31)
    return dt.date(y1, first_month, 1), _month_end(y1 + 1, first_month - 1)


def _fiscal_year(first: str, second: str, first_month: int = FISCAL_FIRST_MONTH) -> tuple[dt.date, dt.date] | None:
    """"2017-18": April 2017 to March 2018 (July to June in Pakistan); None when the second year
    does not follow the first."""
    y1 = int(first)
    if int(second) != (y1 + 1) % 100:
        return None
    return _fiscal_span(y1, first_month if first_month != 1 else FISCAL_FIRST_MONTH)


def _current_fiscal_first_year(pub: dt.date, first_month: int) -> int:
    """The year in which the fiscal year under way at ``pub`` began."""
    return pub.year if pub.month >= first_month else pub.year - 1


def _first_fiscal_months(months: int, pub: dt.date, first_month: int = FISCAL_FIRST_MONTH
                         ) -> tuple[dt.date, dt.date] | None:
    """The first ``months`` of the last fiscal year in which they had ended by publication."""
    if months > 12:
        return None
    for first in (pub.year, pub.year - 1):
        last = first * 12 + first_month - 1 + months - 1       # months since year 0
        end = _month_end(last // 12, last % 12 + 1)
        if end <= pub:
            return dt.date(first, first_month, 1), end
    return None


def _first_weeks(weeks: int, g: re.Match[str], pub: dt.date) -> tuple[dt.date, dt.date] | None:
    """From 1 January to the Sunday that ends the year's week ``weeks`` (ISO weeks)."""
    if not 1 <= weeks <= 52:
        return None
    if g["fny"]:
        years = [int(g["fny"])]
    elif g["fnrel"]:
        years = [pub.year - (g["fnrel"] == "last")]
    else:           # the last such period to have ended by publication
        years = [pub.year, pub.year - 1]
    for year in years:
        end = dt.date.fromisocalendar(year, weeks, 7)
        if end <= pub or len(years) == 1:
            return dt.date(year, 1, 1), end
    return None


def _a_year_earlier(r: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The same months a year before (a period to a month's last day ends on that month's last day)."""
    return _months_back(r[0], 12, False), _months_back(r[1], 12, True)


def _coded_quarters(g: re.Match[str], pub: dt.date) -> tuple[dt.date, dt.date] | None:
    """The months of "Q3", "H1 2010" or "Q1-Q3 this year": a quarter or half-year named by its code,
    or a run of them; without a year, the last such period to have begun by publication."""
    size = 3 if g["qc"] == "q" else 6
    n1 = int(g["qcn"])
    n2 = int(g["qcn2"]) if g["qcn2"] else n1
    if (g["qc2"] and g["qc2"] != g["qc"]) or n2 < n1 or n2 * size > 12:
        return None
    first, last = (n1 - 1) * size + 1, n2 * size
    if g["qcy"]:
        year = int(g["qcy"])
    elif g["qcrel"]:
        year = pub.year - (g["qcrel"] == "last")
    else:
        year = pub.year if first <= pub.month else pub.year - 1
    return dt.date(year, first, 1), _month_end(year, last)


def _resolve_span(g: re.Match[str], pub: dt.date, fiscal: Fiscal = DEFAULT_FISCAL) -> tuple[dt.date, dt.date] | None:
    """The expressions of a span: "from 1 February to 6 June 2023", "Nov. 15 to 18", "from
    January to November", "the first quarter", "the first half of 2023", "the end of June",
    "fiscal 2018-19", "the 2018 marathon"; None for any other expression."""
    if g["rd1"]:
        y2 = int(g["ry2"]) if g["ry2"] else None
        m1, m2 = MONTHS[fold_keyword(g["rm1"]).rstrip(".")], MONTHS[fold_keyword(g["rm2"]).rstrip(".")]
        end_year = y2 or _month_year(m2, None, pub)
        start_year = int(g["ry1"]) if g["ry1"] else (end_year if m1 <= m2 else end_year - 1)
        return dt.date(start_year, m1, int(g["rd1"])), dt.date(end_year, m2, int(g["rd2"]))
    if g["rm3"]:
        m1 = MONTHS[fold_keyword(g["rm3"]).rstrip(".")]
        m2 = MONTHS[fold_keyword(g["rm4"]).rstrip(".")] if g["rm4"] else m1
        y = int(g["ry4"] or g["ry3"]) if (g["ry4"] or g["ry3"]) else _month_year(m2, None, pub)
        start_year = int(g["ry3"]) if g["ry3"] else (y if m1 <= m2 else y - 1)
        d1, d2 = dt.date(start_year, m1, int(g["rd3"])), dt.date(y, m2, int(g["rd4"]))
        return (d1, d2) if d1 <= d2 else None
    if g["rd5"]:
        month = MONTHS[fold_keyword(g["rm7"]).rstrip(".")]
        year = int(g["ry7"]) if g["ry7"] else _month_year(month, None, pub)
        d1, d2 = dt.date(year, month, int(g["rd5"])), dt.date(year, month, int(g["rd6"]))
        return (d1, d2) if d1 <= d2 else None
    if g["ya"]:
        y1, y2 = int(g["ya"]), int(g["yb"])
        return (dt.date(y1, 1, 1), dt.date(y2, 12, 31)) if y1 <= y2 else None
    if g["hm1"]:        # "the January-to-November total"
        m1, m2 = MONTHS[fold_keyword(g["hm1"]).rstrip(".")], MONTHS[fold_keyword(g["hm2"]).rstrip(".")]
        y2 = int(g["hy"]) if g["hy"] else pub.year - (g["hrel"] == "last") if g["hrel"] else _month_year(m2, None, pub)
        return dt.date(y2 if m1 <= m2 else y2 - 1, m1, 1), _month_end(y2, m2)
    if g["rm5"]:
        m1, m2 = MONTHS[fold_keyword(g["rm5"]).rstrip(".")], MONTHS[fold_keyword(g["rm6"]).rstrip(".")]
        if g["rfy1"]:       # "April to January of fiscal 2023-24": the months of that fiscal year
            fm = fiscal.first_month if fiscal.first_month != 1 else FISCAL_FIRST_MONTH
            span = _fiscal_year(g["rfy1"], g["rfy2"], fm)
            if span is None:
                return None
            first = span[0].year
            return (dt.date(first + (m1 < fm), m1, 1), _month_end(first + (m2 < fm), m2))
        y2 = int(g["ry6"]) if g["ry6"] else pub.year - (g["rrel"] == "last") if g["rrel"] else (
            int(g["ry5"]) if g["ry5"] and m1 <= m2 else _month_year(m2, None, pub))
        y1 = int(g["ry5"]) if g["ry5"] else (y2 if m1 <= m2 else y2 - 1)
        return dt.date(y1, m1, 1), _month_end(y2, m2)
    if g["fn"] and g["fu"] == "week":     # "the first 12 weeks of the year": to the end of week 12
        return _first_weeks(_few(g["fn"]), g, pub)
    if g["fn"] and g["ffy"]:        # "the first eight months of the fiscal year": from April
        return _first_fiscal_months(_few(g["fn"]) * (3 if g["fu"] == "quarter" else 1), pub,
                                    fiscal.first_month if fiscal.first_month != 1 else FISCAL_FIRST_MONTH)
    if g["fn"] or g["dn"]:      # "the first three quarters (of the year)": from January; "over the five
        # months" (no "past" or "last"): the months of the year a report has counted so far
        months = _few(g["fn"] or g["dn"]) * (3 if g["fu"] == "quarter" else 1)
        if g["fny"]:
            year = int(g["fny"])
        elif g["fnrel"]:
            year = pub.year - (g["fnrel"] == "last")
        else:               # the last such period to have ended by publication, or to end within
            # days of it ("the first five months" in an estimate released on May 29, as GSO's are)
            year = pub.year if months <= 12 and _month_end(pub.year, months) <= pub + _ESTIMATE_AHEAD \
                else pub.year - 1
        return (dt.date(year, 1, 1), _month_end(year, months)) if months <= 12 else None
    if g["tm"]:         # "the three months to June", "the year to March 31": back from its end
        month = MONTHS[fold_keyword(g["tm"]).rstrip(".")]
        years = [int(g["ty"])] if g["ty"] else [pub.year - 1, pub.year, pub.year + 1]
        day = g["td"] or g["tdb"]      # "the year to March 31", "the year that closed on 31 March"
        ends = [dt.date(y, month, int(day)) if day else _month_end(y, month) for y in years]
        if g["tpast"]:      # "the year that ended in June": one that has ended by publication
            ends = [e for e in ends if e <= pub + _ESTIMATE_AHEAD] or ends
        end = min(ends, key=lambda d: abs((d - pub).days))      # the nearest: a forecast's year may be ahead
        if g["tyr"]:        # twelve months to the day
            day_before = dt.date(end.year - 1, end.month, min(end.day, 28 if end.month == 2 else end.day))
            return day_before + dt.timedelta(days=1), end
        months = 3 if g["tq"] else 6 if g["th"] else _few(g["tn"])
        if months > 12:
            return None
        first_month = end.month - months + 1
        first_year = end.year if first_month >= 1 else end.year - 1
        return dt.date(first_year, (first_month - 1) % 12 + 1, 1), end
    if g["rm8"]:        # "April 2017 to March 2018"
        return (dt.date(int(g["ry8"]), MONTHS[fold_keyword(g["rm8"]).rstrip(".")], 1),
                _month_end(int(g["ry9"]), MONTHS[fold_keyword(g["rm9"]).rstrip(".")]))
    if g["mq"]:         # "the March quarter": the three months to the end of March
        month = MONTHS[fold_keyword(g["mq"]).rstrip(".")]
        year = pub.year if _month_end(pub.year, month) <= pub else pub.year - 1
        first = year * 12 + month - 3       # months since year 0, of the first month
        return dt.date(first // 12, first % 12 + 1, 1), _month_end(year, month)
    if g["qa"]:         # "its second-quarter profit", "first-half sales": the last such period ended by publication
        n, size = _QUARTER[g["qa"]], 3 if g["qah"] == "quarter" else 6
        if size == 6 and n > 2:
            return None
        first = (n - 1) * size + 1
        year = pub.year if _month_end(pub.year, first + size - 1) <= pub else pub.year - 1
        return dt.date(year, first, 1), _month_end(year, first + size - 1)
    if g["qc"]:         # "in Q1", "H1 2023", "Q1-Q3": quarters and halves by their codes
        return _coded_quarters(g, pub)
    if g["q"]:
        n = _QUARTER[g["q"]]
        size = 3 if g["qh"] == "quarter" else 6
        if size == 6 and n > 2:
            n = 2
        if g["qy"]:
            year = int(g["qy"])
        elif g["qrel"]:
            year = pub.year + {"this": 0, "last": -1, "next": 1}[g["qrel"]]
        else:       # the last such period to have begun by publication
            year = pub.year if (n - 1) * size + 1 <= pub.month else pub.year - 1
        first = (n - 1) * size + 1
        return dt.date(year, first, 1), _month_end(year, first + size - 1)
    if g["em"]:
        month = MONTHS[fold_keyword(g["em"]).rstrip(".")]
        year = _month_year(month, None, pub)
        d = _month_end(year, month)
        if g["ytd"] is not None:    # "receipts to the end of April": a running total of the year
            return dt.date(year, 1, 1), d
        return d, d
    if g["ey"]:
        d = dt.date(int(g["ey"]), 12, 31)
        return d, d
    if g["eyr"]:        # "by the end of this year": its last day (of a forecast, time_expressions)
        d = dt.date(pub.year, 12, 31)
        return d, d
    if g["eq"] or g["eqw"]:     # "at the end of Q2 2021": the quarter's last day
        quarter = int(g["eq"]) if g["eq"] else ("first", "second", "third", "fourth").index(g["eqw"]) + 1
        d = _month_end(int(g["eqy"]) if g["eqy"] else pub.year, 3 * quarter)
        return d, d
    if g["fy3"]:        # "in 2017-18": a fiscal year
        return _fiscal_year(g["fy3"], g["fy4"], fiscal.first_month)
    if g["fy5"]:        # "in the 2022-23 fiscal"
        return _fiscal_year(g["fy5"], g["fy6"], fiscal.first_month)
    fm = fiscal.first_month if fiscal.first_month != 1 else FISCAL_FIRST_MONTH
    if g["cfy"]:        # "the current fiscal year", "over the full financial year": the one under way
        return _fiscal_span(_current_fiscal_first_year(pub, fm), fm)
    if g["lfy"] or g["jfy"]:    # "last fiscal", "the fiscal year just ended": the one before
        return _fiscal_span(_current_fiscal_first_year(pub, fm) - 1, fm)
    if g["fy1"]:
        y1 = int(g["fy1"])
        if g["fy2"]:        # "fiscal 2018-19": April to March, or the country's months
            return _fiscal_span(y1, fm)
        if g["fy"] and fiscal.single != "calendar":     # "fiscal 2017": the country's reading
            return _fiscal_span(y1 - (fiscal.single == "end"), fiscal.first_month)
        return dt.date(y1, 1, 1), dt.date(y1, 12, 31)
    if g["y5"]:
        year = int(g["y5"])
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


# Where a TIME match can start: a digit or the first word of one of its alternatives,
# at the start of a word (TIME's own look-behind); TIME is then tried only there.
_START_WORDS = ("since triggered began started erupted broke beginning starting in during throughout of for "
                "on across yesterday today tonight this last overnight past previous over within next the from between "
                "covering spanning "
                "by at fiscal financial fy finished ended closed week weeks epidemiological epi "
                "january february march april may june july august september october november december "
                "jan feb mar apr jun jul aug sept sep oct nov dec "
                "monday tuesday wednesday thursday friday saturday sunday").split()
_TIME_START = re.compile(r"(?<![\w-])(?:\d|" + prefix_pattern(_START_WORDS) + ")")
# "second-quarter profit", "first-half sales": a period named as an adjective (TIME's ``qa``)
_QUARTER_ADJECTIVE = (r"(?:first|second|third|fourth)-(?=(?:quarter|half)[ \t])"
                      # "Q1", "H1": a quarter or half by its code (not "H1N1")
                      r"|[qh][1-4](?![a-z0-9])")
# _TIME_START as a character then the body, so that ``re`` can skip to the candidates
# (a lookbehind first defeats that): a hit is at match start + 1, or a body at ``start``.
# Every word TIME can start with is followed by a space or a point ("jan."), never a
# letter, so a hit is a whole word of the list ("in", not the "in" of "into"): fewer tries.
_TIME_START_BODY = re.compile(r"(?:\d|(?:" + "|".join(sorted(set(_START_WORDS), key=len, reverse=True))
                              + r")(?![a-z])|" + _QUARTER_ADJECTIVE + ")")


def _word_trie(words) -> str:
    """A regex for any of ``words`` as a whole word (no letter after it), factored by letters.

    Same matches as ``(?:w1|w2|...)(?![a-z])``, but ``re`` then compares a letter or two
    at each position instead of the first letter of every word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in sorted(groups.items()):
        longer = [r for r in rests if r]
        parts = (["(?![a-z])"] if "" in rests else []) + ([_word_trie(longer)] if longer else [])
        alts.append(re.escape(first) + (parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# The only TIME alternatives that start with a digit: an ISO date ("2020-02-27") and a day
# before a month ("27 February", "3rd of March"). A digit not followed by one of those is no
# start ("29 soldiers": most digits in a sentence with a claim), so TIME is not tried there.
# The digit comes first, then the look-ahead: ``re`` turns a non-digit away at once instead of
# running the look-ahead at every space
_DIGIT_START = (r"\d(?=\d?/\d\d?(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|until)[ \t]+)\d\d?/\d"
                r"|\d{3}-|\d?(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|\d{3}\s+[a-z]"
                r"|\d?(?:st|nd|rd|th)?\s*(?:to|and|until|through|-|–)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
                + _MONTH + ")")
# Likewise the common words "in", "of", "for" and "over" start TIME only before a month, a
# year, a count or a span ("in February", "over the past three days"), not in "in Idlib",
# "of the": the first word after them must begin one of these (a looser test is enough).
_COUNT_START = r"[0-9]|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few"
_MONTH_START = r"early|late|mid|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_PERIOD_BEFORE = (r"(?:previous|preceding|prior)\s+(?:[a-z0-9]+[\s-]+month|quarter)"
                  r"|[a-z0-9]+\s+months\s+(?:before|earlier|prior)")
_LENGTH_TO = (r"(?:(?:fiscal\s+|financial\s+)?year|quarter|half(?:[\s-]year)?|[a-z0-9]+[\s-]+months?)\s+"
              r"(?:(?:that|which)\s+)?(?:to|end|closed|through)")
_ANAPHOR = r"th(?:ose|ese|at)\s|the\s+(?:same\s+)?period"
_WHOLE_FISCAL = r"(?:current|full|whole|entire)\s+(?:fiscal|financial)"
_SPAN_START = (rf"just|only|less|more|past|last|previous|first|the\s+(?:past|last|previous|first|{_COUNT_START})"
               rf"|the\s+{_LENGTH_TO}|the\s+{_WHOLE_FISCAL}")
_GUARDED_WORDS = {
    "in": rf"{_MONTH_START}|{_SPAN_START}|{_COUNT_START}|{_ANAPHOR}",     # a month, a year (a digit), a span
    "of": rf"{_MONTH_START}|19|20",                            # a month, a year
    # a month, a year, a quarter, or a period named by its length ("for the year to March 31")
    "for": rf"{_MONTH_START}|19|20|the\s+(?:first|second|third|fourth|final|last)|the\s+{_LENGTH_TO}"
           r"|(?:the\s+)?(?:last|previous|past)\s+(?:fiscal|financial)|the\s+(?:19|20)\d\d[-–/]\d\d\s+(?:fiscal|financial)"
           rf"|the\s+{_WHOLE_FISCAL}|{_ANAPHOR}",
    "over": rf"{_SPAN_START}|{_COUNT_START}|{_ANAPHOR}|the\s+weekend",       # a span, the weekend
    "the": rf"(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|end\s+of|{_MONTH_START}"
           rf"|first\s+[a-z0-9]+\s+(?:month|quarter|week)s|{_LENGTH_TO}|{_PERIOD_BEFORE}|{_WHOLE_FISCAL}"
           r"|\d\d?(?:st|nd|rd|th)\s+(?:epi(?:demiological)?\s+)?week"
           r"|(?:last|previous|past)\s+(?:fiscal|financial)|(?:fiscal|financial)\s+(?:year\s+)?just"
           r"|(?:19|20)\d\d[-–/]\d\d\s+(?:fiscal|financial)",
    "by": r"the\s+(?:end|close|\d\d?(?:st|nd|rd|th)\s)",
    "from": rf"{_MONTH_START}|[0-9]",
    "between": rf"{_MONTH_START}|[0-9]",
    "covering": _MONTH_START,        # "an update covering January to May"
    "spanning": _MONTH_START,
    "at": r"the\s+(?:end|close|weekend)",
    "next": r"week|month|year",
    "finished": r"19|20",
    "ended": r"19|20",
    "closed": r"19|20",
    "fiscal": r"year|19|20",
    "across": _ANAPHOR,
    "financial": r"year",
}
_GUARDED_START = "|".join(rf"{w}(?![a-z])(?=\s+(?:{after}))" for w, after in _GUARDED_WORDS.items())
# _TIME_START_BODY after a character that is not part of a word, with the words as a trie
# and only the digits and common words that can start an expression there. The character
# class is ASCII: [^\w-] asks Unicode about every character (a third of the scan), and
# treating "é" as a word break only adds a candidate, which TIME's look-behind turns away
_TIME_START_AFTER = re.compile(r"[^a-z0-9_\-](?:" + _DIGIT_START + "|" + _GUARDED_START + "|" + _QUARTER_ADJECTIVE + "|"
                               + _word_trie(w for w in _START_WORDS if w not in _GUARDED_WORDS) + ")")


def _time_matches(lower: str, start: int, end: int) -> list[re.Match[str]]:
    """``list(TIME.finditer(lower, start, end))``, with TIME tried only where it may start: at
    ``start`` when a ``_TIME_START`` word or digit is there, and at each hit of
    ``_TIME_START_AFTER`` (a digit or a guarded word only when an expression can follow).
    One plain loop, no generator: most sentences hold one start or none."""
    found = []
    last = start
    match = TIME.match
    if start < end and _TIME_START_BODY.match(lower, start, end):
        c = lower[start - 1] if start > 0 else " "
        if not (c.isalnum() or c in "_-"):
            m = match(lower, start, end)
            if m is not None:
                found.append(m)
                last = m.end()
    for hit in _TIME_START_AFTER.finditer(lower, start, end):
        p = hit.start() + 1
        if p < last:
            continue
        m = match(lower, p, end)
        if m is not None:
            found.append(m)
            last = m.end()
    return found


# resolve() by (matched text, publication date): a text names the same days again and again
# ("on Tuesday"), as does a day's wire; which alternative of TIME matched, and so its groups,
# follows from the matched text alone
_RESOLVED = Memo()


def time_expressions(text: str, start: int, end: int, pub: dt.date | None,
                     lower: str | None = None, before: TimeScope | None = None,
                     fiscal: Fiscal = DEFAULT_FISCAL, cues: TimeCues | None = None) -> list[TimeScope]:
    """Every resolvable time expression in ``text[start:end]``.

    ``lower`` is ``text.lower()`` when the caller has it already (same length); ``before`` is
    the last period of the sentence before, which "over those ten months" refers back to; ``cues`` the
    vocabulary's words of a base of comparison (``sentence_index.time_cues``; the built-in vocabulary's
    without).
    """
    if pub is None:
        return []
    if cues is None:
        cues = _builtin_cues()
    out: list[TimeScope] = []
    if lower is None:
        lower = text.lower()
    found: Iterable[re.Match[str]]
    if len(lower) != len(text):
        found = _TIME_ANY_CASE.finditer(text, start, end)
    else:
        found = _time_matches(lower, start, end)
    for m in found:
        if m["m3"] and not (m["inm"] or m["y3"]) and (_name_not_month(text, m) or _noun_not_month(text, m)
                                                      or _event_not_month(text, m)):
            continue        # "Jan Mohammed Khan said", "joined the march", "the Women's March"
        record_year = False
        # "the largest emergency since the 2010 earthquake": a year naming the event a record is set against
        since_the_year = m["y5"] and lower.endswith("since the ", max(start, m.start() - 10), m.start())
        if (m["count"] or m["unit1"] or m["since_d"] or m["since"] or m["since_b"] or m["since_c"] or since_the_year) \
                and _SUPERLATIVE_BEFORE.search(lower, max(start, m.start() - 60), m.start()):
            # "the lowest in 50 years", "the most since 2001": a comparison, not a period; but
            # "the deadliest since 2017, when 20 people were killed" dates the when-clause
            if not (lower.startswith(", when", m.end())
                    or since_the_year and _EVENT_NAMED_AFTER.match(lower, m.end())):
                continue
            record_year = True
        if lower.startswith("within", m.start()) and (
                _SERVICE_BEFORE.search(lower, max(start, m.start() - 50), m.start())
                or _OF_ARRIVAL_AFTER.match(lower, m.end())):
            continue        # "seen or discharged within four hours": a target the figure is measured by
        if m["wd"] and _FUTURE_BEFORE.search(lower, max(start, m.start() - 100), m.start()):
            continue        # "as the Knesset prepared to take up the bill on Monday": a day to come
        if m["eyr"] == "the" and not _FORECAST.search(lower, start, end):
            continue        # "by the end of the year" of a year told before: which one, the sentence does not say
        if m["eop"]:        # "At the close of the quarter total assets were ...": the last day of the one named before
            if before is not None:
                out.append(TimeScope(m.start(), m.end(), before.when_end, before.when_end))
            continue
        if m["ana"] or m["ana2"]:   # "over those ten months", "over the same period": the one named before
            if before is not None:
                out.append(TimeScope(m.start(), m.end(), before.when_start, before.when_end))
            continue
        if m["prev"]:       # "in the previous three-month period": the one before the period just named
            named = out[-1] if out else before
            r = _period_before(named, m) if named else None
            if r:       # a period of comparison: of the figure right before it only
                out.append(TimeScope(m.start(), m.end(), r[0], r[1], True))
            continue
        previous = _PREVIOUS_UNIT.fullmatch(lower, m.start(), m.end())
        if previous is not None:
            # "against 5% the previous year", "from 4% in the preceding month": the one before the
            # year or month the sentence named; without one, the past year or month as before
            own = [t for t in out if not t.base]
            r = _unit_before(own[-1] if own else before, previous.group(1))
            if r is not None:
                out.append(TimeScope(m.start(), m.end(), r[0], r[1], True))
                continue
        key = (m.group(), pub, fiscal)
        r = _RESOLVED.get(key, False)
        if r is False:
            r = _RESOLVED.keep(key, resolve(m, pub, fiscal))
        if r and record_year and r[0] != r[1]:
            r = _the_period_itself(m, r)
        if r and before is not None and _LAST_YEAR.fullmatch(lower, m.start(), m.end()):
            r = _year_before_report(before, r, pub)
        if r:
            if m["period"] and r[1] == pub and r[0].month == 1 and r[0].day == 1 and not m["pm"] \
                    and _FORECAST.search(lower, start, end):
                r = (r[0], dt.date(pub.year, 12, 31))      # a forecast for this year: the whole year
            elif m["tm"] and not m["ty"] and r[1] > _month_end(pub.year, pub.month) \
                    and not _FORECAST.search(lower, start, end):
                # "Profit rose 5% in the year to March", told in October: the March past (a month
                # under way may be one the report counts to: "the year to October", told on 20 October)
                r = _a_year_earlier(r)
            elif m["y4"] and not m["m3"] and r[1] > pub >= r[0] and _SO_FAR.search(lower, start, end) \
                    and not _FORECAST.search(lower, start, end):
                r = (r[0], pub)     # "In 2024 alone, 18 countries have reported": the year so far
            if r[0] == r[1] and r[0] < pub and not _EVENT_ITSELF.match(lower, m.end()) and _SINCE_CLAUSE_BEFORE.search(
                    lower, max(start, m.start() - 90), m.start()):
                r = (r[0], pub)     # "Since the first case was reported on May 4, 146 people ...": since that day
            if r[1] == pub and r[0] < pub and _SINCE_WHEN.match(text, m.end()):
                r = _the_period_itself(m, r)
            elif (m["fy3"] or m["fy5"]) and r[1] > pub >= r[0] and _SO_FAR.search(lower, start, end):
                r = (r[0], pub)     # "so far in 2023-24": the fiscal year to date
            if m["rm5"] and _next_month(r) \
                    and cues.change_between_before.search(lower, max(start, m.start() - 40), m.start()):
                r = (r[1].replace(day=1), r[1])     # "rose 1.1% between February and March": March's move
            base = cues.base_before.search(lower, max(start, m.start() - 40), m.start())
            # "up 8 per cent on December 2025": the period a change is measured on
            measured_on = r[0] != r[1] and cues.change_on_before.search(lower, max(start, m.start() - 40), m.start())
            if measured_on and measured_on.group("from") and _RANGE_GOES_ON.match(lower, m.end()):
                measured_on = None      # "up 2.6% from September 2015 to September 2016"
            if base is not None and base.group("same"):
                # "the same period of 2008": the period the sentence named, in that year
                own = [t for t in out if not t.base]
                named = own[-1] if own else before
                as_of = [t for t in own if t.when_start == t.when_end
                         and _AS_OF_BEFORE.search(lower, max(start, t.start - 8), t.start)]
                if named is not None and as_of and named.when_end == pub:
                    # "As of 30 April, 22 cases this year, against 68 at the same point of 2014"
                    named = TimeScope(named.start, named.end, named.when_start, as_of[-1].when_end)
                r = _same_period_in(named, r) if named is not None else r
            out.append(TimeScope(m.start(), m.end(), r[0], r[1], base is not None or bool(measured_on)))
    if before is not None:
        out = _the_period_named(out, lower, start, end, before)
    if len(out) > 1:
        out = _through_as_of(out, lower, start, pub)
        out = _month_end_as_running_total(out)
    if out and "week" in lower[start:end]:
        out = _weeks_to_a_day(out, lower, start)
    return out


_FEW_WEEKS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# "in the week to May 8", "over the two weeks ending 14 June": the days up to that day
_WEEKS_TO_BEFORE = re.compile(r"\bthe\s+(?:(?P<n>two|three|four|five|six|[2-6])\s+)?weeks?\s+"
                              r"(?:to|ending|ended|through|up\s+to)\s+(?:on\s+)?"
                              # "the week to Friday, March 10": the day's name before its date
                              rf"(?:{_WEEKDAY},?\s+)?$")


_LEVEL_AT_BEFORE = re.compile(r"\b(?:as\s+(?:of|at)|(?:end|close)\s+of)\s+$")


def _weeks_to_a_day(out: list[TimeScope], lower: str, start: int) -> list[TimeScope]:
    """``out`` with a day after "the week to" ("the two weeks ending") read as the seven days (fourteen,
    ...) that end on it: a weekly bulletin's period, not its last day."""
    changed = False
    for k, t in enumerate(out):
        if t.when_start != t.when_end:
            continue
        w = _WEEKS_TO_BEFORE.search(lower, max(start, t.start - 30), t.start)
        if w is None or _LEVEL_AT_BEFORE.search(lower, max(start, w.start() - 16), w.start()):
            continue        # "to reach 63.4 billion as of the week ending April 30": a level on that day
        n = w.group("n")
        weeks = 1 if n is None else int(n) if n.isdigit() else _FEW_WEEKS[n]
        if not changed:
            out, changed = list(out), True
        out[k] = t._replace(start=w.start(), when_start=t.when_end - dt.timedelta(days=7 * weeks - 1))
    return out


def moved_back(first: dt.date, last: dt.date, unit: str) -> tuple[dt.date, dt.date]:
    """The period ``first``..``last`` moved back by a year, a quarter, a month or a week: a calendar
    month goes to the month before, a month's last day stays its month's last day (29 February 2024 a
    year back is 28 February 2023)."""
    if unit == "week":
        return first - dt.timedelta(days=7), last - dt.timedelta(days=7)
    months = {"year": 12, "quarter": 3, "month": 1}[unit]
    if first == last:       # a day: the same day then, or the month's last day when that one has fewer
        day = _months_back(first, months, False)
        return day, day
    return _months_back(first, months, False), _months_back(last, months, True)


def _months_back(day: dt.date, months: int, end: bool) -> dt.date:
    """``day`` so many months before (after, when ``months`` is negative); the end of a period that is
    its month's last day stays its month's last day (a period to 30 April a month back ends on 31 March)."""
    n = day.year * 12 + day.month - 1 - months
    year, month = n // 12, n % 12 + 1
    last = _month_end(year, month).day
    if end and day == _month_end(day.year, day.month):
        return dt.date(year, month, last)
    return dt.date(year, month, min(day.day, last))


def _month_end_as_running_total(out: list[TimeScope]) -> list[TimeScope]:
    """"a deficit of 1.7 billion at the end of February, against 2.3 billion in the first two months of
    last year": a month's last day compared with the months from January to that month is the same
    running total of its own year, January to that day."""
    running = {t.when_end.month for t in out
               if t.when_start != t.when_end and (t.when_start.month, t.when_start.day) == (1, 1)
               and 1 < t.when_end.month and t.when_end == _month_end(t.when_end.year, t.when_end.month)}
    if not running:
        return out
    return [t._replace(when_start=t.when_end.replace(month=1, day=1))
            if t.when_start == t.when_end and t.when_end.month in running
            and t.when_end == _month_end(t.when_end.year, t.when_end.month) else t
            for t in out]


_PREVIOUS_UNIT = re.compile(r"(?:(?:in|during|over|for)\s+)?(?:the\s+)?(?:previous|preceding|prior)\s+"
                            r"(year|month|week)")


def _unit_before(named: TimeScope | None, unit: str) -> tuple[dt.date, dt.date] | None:
    """The calendar year or month before ``named``, when that is one (else None)."""
    if named is None:
        return None
    first, last = named.when_start, named.when_end
    if unit == "year" and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) \
            and first.year == last.year:
        return dt.date(first.year - 1, 1, 1), dt.date(first.year - 1, 12, 31)
    if unit == "year" and first.day == 1 and last == _month_end(last.year, last.month) \
            and (last.year * 12 + last.month) - (first.year * 12 + first.month) == 11:
        # "in the fiscal year that closed on March 31 ... a fall of 16 percent from the previous year":
        # the twelve months before a fiscal year named
        return moved_back(first, last, "year")
    if unit == "week":      # "against JD 42.1 million in the previous week": the week before a week named
        return moved_back(first, last, "week") if 4 <= (last - first).days <= 6 else None
    if unit == "month" and first.day == 1 and (first.year, first.month) == (last.year, last.month) \
            and last == _month_end(last.year, last.month):
        end = first - dt.timedelta(days=1)
        return end.replace(day=1), end
    return None


# a span that is a standard a service is measured by, not the figure's period: "seen, admitted or
# discharged within four hours (of arriving)", "calls answered within 20 seconds"
_SERVICE_BEFORE = re.compile(r"\b(?:seen|treated|discharged|admitted|assessed|answered|responded|handled|processed|"
                             r"delivered|resolved|moved\s+on|transferred|operated\s+on|diagnosed)\b[^.,;:]{0,40}$")
_OF_ARRIVAL_AFTER = re.compile(r"\s+of\s+(?:arriv|admission|referral|(?:their|being|the\s+call)\b)")
_LAST_YEAR = re.compile(r"(?:(?:in|for|over|during)\s+)?last\s+year")


def _year_before_report(report: TimeScope, r: tuple[dt.date, dt.date], pub: dt.date) -> tuple[dt.date, dt.date]:
    """"last year" in results for a year to March that has ended ("profit in the year to March
    2022 ..., after a fall last year"): the twelve months before them, not the calendar year
    before publication; in a forecast for a year still under way, and any other reading, it stays."""
    start, end = report.when_start, report.when_end
    if end >= pub or start.day != 1 or start.month == 1 or not 360 <= (end - start).days <= 366 \
            or r not in ((dt.date(end.year - 1, 1, 1), dt.date(end.year - 1, 12, 31)),
                         (dt.date(start.year, 1, 1), dt.date(start.year, 12, 31))):
        return r
    return dt.date(start.year - 1, start.month, 1), dt.date(start.year, start.month, 1) - dt.timedelta(days=1)


class TimeCues:
    """The words that make a time a base of comparison, not a figure's own period, from one vocabulary (kept
    per vocabulary by ``sentence_index.time_cues``): a link before it ("compared with 2019": ``base_links``,
    ``than_comparatives``, ``equative_words``, ``beside_words``), "the same" and a period noun
    (``same_period_nouns``), a change measured on it ("up 8 per cent on December 2025":
    ``base_change_verbs``, ``base_change_nouns``); and a change over two months in a row ("rose 1.1% between
    February and March": ``between_change_verbs``, ``between_change_nouns``)."""

    def __init__(self, vocab: Vocabulary) -> None:
        links = phrase_alternation(vocab.words("base_links"))
        # what makes a time a base of comparison: "measured against January 2023", "compared with
        # 2019", "the same period of 2008", "at the same point of 2014", "than in the same month last year"
        # ("5.3 percent more than in April": the month a change is measured against)
        self.base_before = re.compile(
            rf"\b(?:{links}"
            rf"|(?:{phrase_alternation(vocab.words('than_comparatives'))})\s+than(?:\s+(?:in|during|for))?"
            # "50 times as many as in 2020": the base of a ratio
            rf"|as\s+(?:{phrase_alternation(vocab.words('equative_words'))})\s+as(?:\s+(?:in|during|for))?)"
            r"\s+(?:the\s+)?$"
            # "set against the 12 months before (May 2022 - April 2023)": the base, glossed
            rf"|\b(?:{links})\s+the\s+[\w -]{{1,30}}\(\s*$"
            # "each party's average, with the change on March": the base of the changes
            r"|\bchanges?\s+(?:on|from|since|over)\s+$"
            rf"|\b(?P<same>the\s+same)\s+(?:{phrase_alternation(vocab.words('same_period_nouns'))})"
            r"\s+(?:of\s+|in\s+)?$"
            # "5% above the first quarter of 2016", "the same as in February", "2.9 times that of
            # 2017": the period a figure is set beside, not its own
            rf"|\b(?:(?:{phrase_alternation(vocab.words('beside_words'))})(?:\s+(?:in|during|for))?\s+(?:the\s+)?"
            r"|the\s+same\s+as(?:\s+(?:in|during|for|on))?\s+"
            r"|(?:times|twice|than|as|above|below)\s+(?:that|those)\s+(?:in\s+)?)$")
        nouns = phrase_alternation(vocab.words("base_change_nouns"))
        # "up 8 per cent on December 2025", "down 3% on last year", "up 2.6% from September 2015": the base a
        # change is measured on (only a period: "up 3 per cent on Tuesday" is the day of the move)
        self.change_on_before = re.compile(
            rf"\b(?:{phrase_alternation(vocab.words('base_change_verbs'))}"
            # "an increase of 6% on the first half of 2019": the noun
            rf"|(?:{nouns})\s+of)\s+"
            r"(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?"
            r"\d[\d.,]*\s*(?:per\s*cent|percent|pc|%|(?:percentage\s+)?points?)\s+(?:on|(?P<from>from))\s+"
            r"(?:the\s+)?$"
            # "a 38-percent increase on January-March 2016": the change before its noun
            r"|\b\d[\d.,]*[- ]?(?:per\s*cent|percent|pc|%)[- ]"
            rf"(?:{nouns})\s+on\s+(?:the\s+)?$")
        # a change over two months in a row: "prices rose 1.1% between February and March", "the increase from
        # January to February" (a month-on-month move, dated by the month it ends in)
        self.change_between_before = re.compile(
            rf"\b(?:(?:{phrase_alternation(vocab.words('between_change_verbs'))})\s+"
            r"(?:up\s+|down\s+)?(?:by\s+)?(?:about\s+|nearly\s+|almost\s+)?\d[\d.,]*\s*(?:per\s*cent|percent|pc|%)"
            rf"|(?:{phrase_alternation(vocab.words('between_change_nouns'))}))\s+$")


@lru_cache(maxsize=1)
def _builtin_cues() -> TimeCues:
    """The built-in vocabulary's cues, for a caller without a vocabulary at hand (a test, a benchmark)."""
    return TimeCues(load_vocabulary())



# "up 2.6% from September 2015 to ...": a period the change ran over, not its base
_RANGE_GOES_ON = re.compile(r"\s+(?:to|through|until|till|and)\b|\s*[-–—]")


def _next_month(r: tuple[dt.date, dt.date]) -> bool:
    """Whether a span is two calendar months in a row (February to March)."""
    return r[0].day == 1 and (r[1].year * 12 + r[1].month) - (r[0].year * 12 + r[0].month) == 1


# "over the month", "during the year": the month or the year the sentence before named
_THE_PERIOD = re.compile(r"\b(?:over|during|in|for|across|throughout)\s+the\s+(month|year)\b"
                         r"(?!['’]|\s+(?:to|before|earlier|ago|end|ending|ended|through|until|after|of|on)\b)")


def _the_period_named(out: list[TimeScope], lower: str, start: int, end: int,
                      before: TimeScope) -> list[TimeScope]:
    """``out`` with "over the month" / "during the year" dated by ``before`` when that is a month
    (or a year's span): "December ... 1,620,000 shoppers over the month" is December's count."""
    if lower.find("the month", start, end) < 0 and lower.find("the year", start, end) < 0:
        return out
    days = (before.when_end - before.when_start).days + 1
    added = False
    for m in _THE_PERIOD.finditer(lower, start, end):
        fits = 28 <= days <= 31 if m.group(1) == "month" else 365 <= days <= 366
        if fits and not any(t.start < m.end() and m.start() < t.end for t in out):
            out = out + [TimeScope(m.start(), m.end(), before.when_start, before.when_end)]
            added = True
    return sorted(out, key=lambda t: t.start) if added else out


def _same_period_in(own: TimeScope, r: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """``own`` moved to the year ``r`` starts in ("July to September ... the same period of 2008")."""
    years = r[0].year - own.when_start.year
    # 29 February: the other year's last day of February ("January and February 2024 ... the same period
    # of 2023": 1 January to 28 February 2023)
    if own.when_start == own.when_end:
        day = _months_back(own.when_start, -12 * years, False)
        return day, day
    return _months_back(own.when_start, -12 * years, False), _months_back(own.when_end, -12 * years, True)


def _period_before(named: TimeScope, m: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The months right before the period ``named`` ("the three months to June ... the previous
    three-month period"): as many as ``m`` says, or as ``named`` spans."""
    words = m["pn"] or m["pn2"]
    months = _few(words) if words else 3 if "quarter" in m["prev"] else 0
    if not months:
        return None
    end = named.when_start - dt.timedelta(days=1)
    first = end.year * 12 + end.month - months      # months since year 0, of the first month
    return dt.date(first // 12, first % 12 + 1, 1), end


# "as of May 31", "as at 30 June": the date a running figure held
_AS_OF_BEFORE = re.compile(r"\bas\s+(?:of|at|on)\s+$")


# "this year up to July 17", "so far this year until 8 November": the day a running tally is counted to
_UP_TO_BEFORE = re.compile(r"\b(?:up\s+to|up\s+until|until|till|through)\s+(?:the\s+end\s+of\s+)?$")


def _through_as_of(out: list[TimeScope], lower: str, start: int, pub: dt.date) -> list[TimeScope]:
    """"Since January 1, 312 migrants have died, as of May 31": a period that runs to publication
    ("since X", "this year") ends on the day the sentence gives as the figure's ("as of Y", "up to Y"), and the two
    expressions then date the figure alike, whichever is nearer to it."""
    as_of = [t for t in out if t.when_start == t.when_end and t.when_end <= pub
             and (_AS_OF_BEFORE.search(lower, max(start, t.start - 8), t.start)
                  or _UP_TO_BEFORE.search(lower, max(start, t.start - 24), t.start)
                  # "By the end of August this year, 3,560 applications had been lodged": "by" opens the day
                  or lower.startswith("by the end of ", t.start))]
    if len(as_of) != 1:
        return out
    day = as_of[0].when_end
    since = [t for t in out if t.when_end == pub and t.when_start < day]
    if len(since) != 1:
        return out
    period = since[0].when_start, day
    return [TimeScope(t.start, t.end, *period) if t is since[0] or t is as_of[0] else t for t in out]


# a forecast or a target: "this year" is then the whole year ("growth is projected at 2% this year")
_FORECAST = re.compile(r"\b(?:forecast\w*|project(?:s|ed|ion|ions)|expect(?:s|ed)?|predict\w*|outlook|"
                       r"will|would|target(?:s|ed)?|estimates?\s+for|see[sn]?\s)")


# what makes the year of publication a tally so far ("In 2024 alone, 18 countries have reported",
# "lifted the total for 2024 to 21,063"), not the whole year ("a budget for 2024")
_SO_FAR = re.compile(r"\b(?:alone|so\s+far|to\s+date|has|have|total)\b")


# a clause about what is to come: the weekday after it in that clause is the next one, no day of a
# count ("as parliament prepared to vote on Monday"; not "officials, who will meet again, said on Monday")
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|expected|scheduled)\s+to"
                            r"|prepar(?:ed|ing|es)\s+to|plans?\s+to|planning\s+to|ahead\s+of)\b[^.;,]*$")
# a superlative before "in 50 years", "since 2001": the record's reach, not the claim's period
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:(?:\w+est|most|least|worst|best|record|first\s+time|highest|lowest)\b(?:\s+[\w-]+){0,6}"
    r"|first(?:\s+[\w-]+){1,2}"     # "their first gain in three years": how far a record reaches
    # "a level it had not reached since October 5": the last time a mark was met, no period
    r"|\b(?:not|never|n['’]t)\s+(?:[\w-]+\s+){0,2}(?:reached|seen|hit|touched|witnessed|recorded|been\s+(?:this|so)"
    r"\s+[\w-]+))\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _name_not_month(text: str, m: re.Match[str]) -> bool:
    """Whether a bare month word is a name: capitalised, no point, a capitalised word after it."""
    word = text[m.start("m3"):m.end("m3")]
    return word[:1].isupper() and not word.endswith(".") and _CAPITALISED_AFTER.match(text, m.end("m3")) is not None


# a march named as an event, not the month: "the Women's March", "the People's March", "the March for Our
# Lives", "the March on Washington", "the March against Hunger"
_POSSESSIVE_BEFORE = re.compile(r"\w['’]s[ \t]+$")
_EVENT_MARCH_AFTER = re.compile(r"[ \t]+(?:for|on|against)[ \t]+(?:the[ \t]+)?[A-Z]")


def _event_not_month(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised "March" is the name of a march: after a possessive ("the Women's March") or
    before "for", "on" or "against" and a name ("the March for Our Lives", "the March on Washington")."""
    word = text[m.start("m3"):m.end("m3")]
    return word == "March" and (_POSSESSIVE_BEFORE.search(text, max(0, m.start("m3") - 40), m.start("m3")) is not None
                                or _EVENT_MARCH_AFTER.match(text, m.end("m3")) is not None)


def _noun_not_month(text: str, m: re.Match[str]) -> bool:
    """Whether a bare "march" or "may" is the noun or the verb: written in lower case, as a month
    never is ("joined the march", "they may march"), in a text that capitalises its sentences."""
    word = text[m.start("m3"):m.end("m3")]
    return word.islower() and word.rstrip(".") in ("march", "may") and not text[:1].islower()
# "since the first case was reported on", "since a boiler failed at the plant on": a clause of
# "since" whose event the day after it dates
_SINCE_CLAUSE_BEFORE = re.compile(r"\bsince[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[a-z'’-]+[ \t]+){1,9}"
                                  r"(?:on[ \t]+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?$")
# "since the attacks on 7 October, in which 1,200 people were killed": the clause after is about that day
_EVENT_ITSELF = re.compile(r"[ \t]*,?[ \t]*(?:when|in[ \t]+which|during[ \t]+which|where)\b")
# "since the 2011 earthquake, which left 1,200 dead": the year's event, then a clause about it
_EVENT_NAMED_AFTER = re.compile(r"(?:[ \t]+[a-z'’-]+){1,2}[ \t]*,[ \t]*(?:which|when|in[ \t]+which)\b")
# "the deadliest attack since 2019, when 29 people were killed": the clause is about 2019 itself
_SINCE_WHEN = re.compile(r"[ \t]*,?[ \t]*when\b", re.I)


def _the_period_itself(m: re.Match[str], r: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The period a "since X" expression names, not the time from X to publication."""
    start = r[0]
    if (m["y4"] or m["y5"]) and not m["m3"]:
        return start, dt.date(start.year, 12, 31)
    if m["m3"] and not (m["d1"] or m["d2"]):
        return start, _month_end(start.year, start.month)
    return start, start
