"""Time scope: what period a claim is about, resolved against publication.

"Thursday" is the last Thursday on or before publication; "in February" the
month (of the publication's year, or the year before when February has not
come yet); "since December" runs from 1 December to publication; "in three
months" the three months before publication; "yesterday", "last week",
"this year" and explicit dates ("27 February", "Feb. 27, 2020") as read.
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
from typing import NamedTuple

from auditor.extract.memo import Memo
from auditor.extract.numbers import prefix_pattern

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
_SINCE = r"(?P<since{n}>since|triggered\s+in|began\s+in|started\s+in|erupted\s+in|broke\s+out\s+in|beginning\s+in|starting\s+in)\s+(?:the\s+(?:start|beginning)\s+of\s+)?"
_COUNT = r"(?P<count>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an|several|few)"
_UNIT = r"(?P<unit>day|week|month|year|hour)s?"

# Matched against the lower-cased text: IGNORECASE makes the alternations several times slower.
_TIME = (
    rf"""(?<![\w-])(?:
        (?P<iso>(?P<iy>\d{{4}})-(?P<im>\d\d)-(?P<id>\d\d))
      | (?:{_SINCE.format(n="")})?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>\d{{4}}))?
      | (?:{_SINCE.format(n="_b")})?(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<y2>\d{{4}}))?
      | (?:{_SINCE.format(n="_c")}|(?P<inm>in|during|throughout|of|for)\s+(?:early\s+|late\s+|mid-?)?)?(?P<m3>{_MONTH})(?:\s+(?P<y3>\d{{4}}))?(?!\s*\d)
      | (?:{_SINCE.format(n="_d")}|(?P<iny>in|during|of)\s+)(?P<y4>(?:19|20)\d\d)\b
      | (?:on\s+)?(?P<wd>{_WEEKDAY})
      | (?P<rel>yesterday|today|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|overnight)
      | (?P<period>(?:this|last|past|previous)\s+(?:week|month|year))
      | (?:in|over|during|within)\s+(?:just\s+|only\s+|less\s+than\s+|more\s+than\s+)?(?:the\s+)?(?:(?:past|last|previous|first)\s+)?{_COUNT}\s+{_UNIT}
      | (?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?P<unit1>day|week|month|year|24\s+hours)
    )(?![\w])""")
TIME = re.compile(_TIME, re.X)
_TIME_ANY_CASE = re.compile(_TIME, re.X | re.I)


class TimeScope(NamedTuple):
    start: int          # span of the expression in the text
    end: int
    when_start: dt.date
    when_end: dt.date


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


def resolve(m: re.Match[str], pub: dt.date) -> tuple[dt.date, dt.date] | None:
    """The dates a time expression covers, given the publication date."""
    g = m        # m["name"] is groupdict()["name"], without building a dict of all 30 groups
    since = bool(g["since"] or g["since_b"] or g["since_c"] or g["since_d"])
    try:
        if g["iso"]:
            d = dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
            return (d, pub) if since else (d, d)
        for dk, mk, yk in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
            if g[dk]:
                month = MONTHS[g[mk].lower().rstrip(".")]
                year = int(g[yk]) if g[yk] else _month_year(month, None, pub)
                d = dt.date(year, month, int(g[dk]))
                return (d, pub) if since else (d, d)
        if g["m3"]:
            month = MONTHS[g["m3"].lower().rstrip(".")]
            if not (since or g["inm"] or g["y3"]) and g["m3"].lower().rstrip(".") in ("may", "mar"):
                return None   # "may" the verb, "mar" the verb
            year = _month_year(month, int(g["y3"]) if g["y3"] else None, pub)
            first = dt.date(year, month, 1)
            return (first, pub) if since else (first, _month_end(year, month))
        if g["y4"]:
            year = int(g["y4"])
            return (dt.date(year, 1, 1), pub) if since else (dt.date(year, 1, 1), dt.date(year, 12, 31))
        if g["wd"]:
            back = (pub.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
            d = pub - dt.timedelta(days=back)
            return d, d
        if g["rel"]:
            rel = " ".join(g["rel"].lower().split())
            d = pub - dt.timedelta(days=1) if rel in ("yesterday", "last night", "overnight") else pub
            return d, d
        if g["period"]:
            which, unit = g["period"].lower().split()
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
                return dt.date(pub.year, 1, 1), pub
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


# Where a TIME match can start: a digit or the first word of one of its alternatives,
# at the start of a word (TIME's own look-behind); TIME is then tried only there.
_START_WORDS = ("since triggered began started erupted broke beginning starting in during throughout of for "
                "on yesterday today tonight this last overnight past previous over within "
                "january february march april may june july august september october november december "
                "jan feb mar apr jun jul aug sept sep oct nov dec "
                "monday tuesday wednesday thursday friday saturday sunday").split()
_TIME_START = re.compile(r"(?<![\w-])(?:\d|" + prefix_pattern(_START_WORDS) + ")")
# _TIME_START as a character then the body, so that ``re`` can skip to the candidates
# (a lookbehind first defeats that): a hit is at match start + 1, or a body at ``start``.
# Every word TIME can start with is followed by a space or a point ("jan."), never a
# letter, so a hit is a whole word of the list ("in", not the "in" of "into"): fewer tries.
_TIME_START_BODY = re.compile(r"(?:\d|(?:" + "|".join(sorted(set(_START_WORDS), key=len, reverse=True))
                              + r")(?![a-z]))")


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
_DIGIT_START = r"\d(?=\d{3}-|\d?(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r")"
# Likewise the common words "in", "of", "for" and "over" start TIME only before a month, a
# year, a count or a span ("in February", "over the past three days"), not in "in Idlib",
# "of the": the first word after them must begin one of these (a looser test is enough).
_COUNT_START = r"[0-9]|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few"
_MONTH_START = r"early|late|mid|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_SPAN_START = rf"just|only|less|more|past|last|previous|first|the\s+(?:past|last|previous|first|{_COUNT_START})"
_GUARDED_WORDS = {
    "in": rf"{_MONTH_START}|{_SPAN_START}|{_COUNT_START}",     # a month, a year (a digit), a span
    "of": rf"{_MONTH_START}|19|20",                            # a month, a year
    "for": _MONTH_START,                                       # a month
    "over": rf"{_SPAN_START}|{_COUNT_START}",                  # a span
}
_GUARDED_START = "|".join(rf"{w}(?![a-z])(?=\s+(?:{after}))" for w, after in _GUARDED_WORDS.items())
# _TIME_START_BODY after a character that is not part of a word, with the words as a trie
# and only the digits and common words that can start an expression there. The character
# class is ASCII: [^\w-] asks Unicode about every character (a third of the scan), and
# treating "é" as a word break only adds a candidate, which TIME's look-behind turns away
_TIME_START_AFTER = re.compile(r"[^a-z0-9_\-](?:" + _DIGIT_START + "|" + _GUARDED_START + "|"
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
                     lower: str | None = None) -> list[TimeScope]:
    """Every resolvable time expression in ``text[start:end]``.

    ``lower`` is ``text.lower()`` when the caller has it already (same length).
    """
    if pub is None:
        return []
    out = []
    if lower is None:
        lower = text.lower()
    if len(lower) != len(text):
        found = _TIME_ANY_CASE.finditer(text, start, end)
    else:
        found = _time_matches(lower, start, end)
    for m in found:
        key = (m.group(), pub)
        r = _RESOLVED.get(key, False)
        if r is False:
            r = _RESOLVED.keep(key, resolve(m, pub))
        if r:
            if r[1] == pub and r[0] < pub and _SINCE_WHEN.match(text, m.end()):
                r = _the_period_itself(m, r)
            out.append(TimeScope(m.start(), m.end(), r[0], r[1]))
    return out


# "the deadliest attack since 2019, when 29 people were killed": the clause is about 2019 itself
_SINCE_WHEN = re.compile(r"[ \t]*,?[ \t]*when\b", re.I)


def _the_period_itself(m: re.Match[str], r: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """The period a "since X" expression names, not the time from X to publication."""
    start = r[0]
    if m["y4"] and not m["m3"]:
        return start, dt.date(start.year, 12, 31)
    if m["m3"] and not (m["d1"] or m["d2"]):
        return start, _month_end(start.year, start.month)
    return start, start
