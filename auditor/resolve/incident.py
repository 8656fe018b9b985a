"""The incident's day: when the event a document reports happened.

A report of Thursday's strike gives some of its figures a day ("killed on Thursday") and
leaves the rest to the reader ("Among the dead were nine civilians"): they are figures of
the same incident, and of its day. Comparing figures across reports needs that day (two
tolls of one country weeks apart are two incidents), and so does the contract's ``when``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter

from auditor.claims import INCIDENT, Claim, of_incident, with_fields
from auditor.extract.lexicon import per_vocabulary
from auditor.extract.numbers import phrase_alternation
from auditor.vocabulary import Vocabulary

RECENT_DAYS = 7     # a day the text gives is the incident's when it lies in the week before publication


def document_day(claims: list[Claim], published: dt.date | None) -> str | None:
    """The day most of a document's figures are given for, among days in the week before it was
    published (the earliest on a tie: a later day is more often the day a figure was told);
    None when the text gives no such day (a retrospective: "the storm of September 2017")."""
    if published is None:
        return None
    earliest = (published - dt.timedelta(days=RECENT_DAYS)).isoformat()
    days = Counter(c.when_start for c in claims
                   if not c.in_title and c.when_start and c.when_start == c.when_end
                   and earliest <= c.when_start[:10] <= published.isoformat())
    if not days:
        return None
    return min(days, key=lambda d: (-days[d], d))


def dated_to_incident(claims: list[Claim], day: str | None, published: dt.date | None = None) -> list[Claim]:
    """Figures of the document's incident (``claims.of_incident``) that the text gives no
    time for, dated to the incident's day. Without one, a snapshot (a crowd at its peak, the
    hotels an attack hit) is of the day it is reported; a running total stays undated (a study's
    toll of a storm months before may be set against any report of it)."""
    reported = published.isoformat() if published else None
    out = []
    for c in claims:
        if of_incident(c.quantity) and not c.when_start and not c.when_end:
            when = day or (reported if c.quantity_kind == "snapshot" else None)
            if when:
                c = with_fields(c, when_start=when, when_end=when)
        out.append(c)
    return out


# -- figures of another event ---------------------------------------------------------------------------

_MONTH_NUMBER = {m: i for i, m in enumerate(calendar.month_name) if m}
_MONTH = f"(?:{'|'.join(_MONTH_NUMBER)})"
# a line that opens with another event's name and its date, as a list of past events does ("Stop the War
# March, 15 February 2003. The organisers said close to two million came"; "Poll Tax, March 31, 1990.")
_DATED_HEADING = re.compile(rf"[ \t]*(?:[-*•][ \t]+)?[A-Z][^.\n]{{2,80}}?,[ \t]+"
                            rf"(?:(?P<day>\d{{1,2}})[ \t]+(?P<month>{_MONTH})[ \t]+"
                            rf"|(?P<month2>{_MONTH})[ \t]+(?P<day2>\d{{1,2}}),?[ \t]+|(?P<month3>{_MONTH})[ \t]+)?"
                            r"(?P<year>(?:1[89]|20)\d\d)\.[ \t]")
# how far before its figure a gathering named as another is read, within the figure's sentence
_OTHER_REACH = 120


def _period(year: int, month: int | None = None, day: int | None = None) -> tuple[str, str] | None:
    """The period (first and last day) of a date, a month or a year."""
    try:
        if day and month:
            d = dt.date(year, month, day).isoformat()
            return d, d
        if month:
            last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
            return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
    except ValueError:
        return None
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def _heading_period(c: Claim, text: str) -> tuple[str, str] | None:
    """The date of the past event a line opens with when the figure stands in that line after it."""
    line = text.rfind("\n", 0, c.sentence_start) + 1
    m = _DATED_HEADING.match(text, line, c.sentence_start)
    if m is None or m.end() > c.sentence_start + 1:
        return None
    month = m.group("month") or m.group("month2") or m.group("month3")
    day = m.group("day") or m.group("day2")
    return _period(int(m.group("year")), _MONTH_NUMBER[month] if month else None, int(day) if day else None)


class _OtherEventWords:
    """A gathering or an event the text names as another than its own: "the previous march", "last year's
    protest" (``other_event_words`` before a noun of ``gathering_words`` or ``event_nouns``), or by a month
    before the report's ("the October People's Vote rally")."""

    def __init__(self, vocab: Vocabulary) -> None:
        others = vocab.words("other_event_words")
        nouns = sorted({w for w in (*vocab.words("gathering_words"), *vocab.words("event_nouns"))
                        if w.lower() not in _MONTH_NUMBER and " " not in w}, key=lambda w: (-len(w), w))
        noun = rf"(?:{'|'.join(re.escape(w) for w in nouns) or '(?!x)x'})\b"
        named = r"(?:[A-Z][\w'’-]*[ \t]+){0,3}"
        other = rf"(?:{phrase_alternation(others)})" if others else r"(?!x)x"
        self.pattern = re.compile(rf"\b(?i:the|a|an)[ \t]+(?:(?P<other>(?i:{other}))[ \t]+{named}(?i:{noun})"
                                  rf"|(?P<month>{_MONTH})[ \t]+{named}(?i:{noun}))")


_other_event_words = per_vocabulary(_OtherEventWords)


def _named_other_event(c: Claim, text: str, published: dt.date, vocab: Vocabulary) -> tuple[str, str] | None:
    """The period of another gathering or event named in a figure's sentence just before it, no other
    figure between ("put attendance at the October rally at 250,000", "At the previous march, 670,000
    marched"): its month (the last one before the report's), or "earlier" when the text gives none."""
    start = max(c.sentence_start, c.start - _OTHER_REACH)
    found = None
    for m in _other_event_words(vocab).pattern.finditer(text, start, c.start):
        found = m
    if found is None or any(ch.isdigit() for ch in text[found.end():c.start]):
        return None
    if found.group("month"):
        month = _MONTH_NUMBER[found.group("month")]
        if month == published.month:
            return None         # "the March rally" in a report of March: the report's own
        year = published.year if month < published.month else published.year - 1
        return _period(year, month)
    return ("earlier", "earlier")


def other_events_apart(claims: list[Claim], text: str, published: dt.date | None,
                       vocab: Vocabulary) -> list[Claim]:
    """A figure the text gives for another, earlier event than its own, one the incident's key would
    take (a past march in a list of them, "Stop the War March, 15 February 2003. The organisers said close
    to two million came"; "the previous march", "last year's rally", "the October rally"), is keyed by
    that event's period: it meets the other reports' figures of that event, never the incident's."""
    if published is None:
        return claims
    week = (published - dt.timedelta(days=RECENT_DAYS)).isoformat()
    out = []
    for c in claims:
        period = None
        if not c.in_title and of_incident(c.quantity):
            period = _heading_period(c, text) or _named_other_event(c, text, published, vocab)
            if period and period[0] != "earlier" and period[0] >= week:
                period = None       # a date within the report's week: its own event
        if period is None or c.quantity is None:
            out.append(c)
            continue
        parts = c.quantity.split("/")
        name = period[0] if period[0] == period[1] else f"{period[0]}..{period[1]}"
        key = "/".join(name if n < 2 and p == INCIDENT else p for n, p in enumerate(parts))
        when = {} if period[0] == "earlier" else {"when_start": period[0], "when_end": period[1]}
        out.append(with_fields(c, quantity=key, superseded=False, **when,
                               as_of=c.as_of or f"{published.isoformat()}T00:00:00"))
    return out


# -- a day's share of a running total --------------------------------------------------------------------

class _OneDayWords:
    """What says a figure counts one day of a running total: ``one_day_share_words`` ("during the day",
    "in the past 24 hours") anywhere in its clause, or a day with "alone" ("on Thursday alone", "that
    day alone", "yesterday alone")."""

    def __init__(self, vocab: Vocabulary) -> None:
        words = vocab.words("one_day_share_words")
        days = rf"(?:{'|'.join(calendar.day_name)}|today|yesterday|that\s+day)"
        self.pattern = re.compile(rf"\b(?:{phrase_alternation(words)}|(?:(?i:on)\s+)?{days}\s+alone)\b", re.I)


_one_day_words = per_vocabulary(_OneDayWords)
_CLAUSE_END = re.compile(r"[,;:]\s|\s(?:and|while|whereas|but)\s")


def days_share_apart(claims: list[Claim], text: str, vocab: Vocabulary) -> list[Claim]:
    """A running total's figure the text gives for one day of it ("ten people had died during the day,
    and the number killed over the week had reached 79"; "106 people lost their lives on Thursday
    alone") is that day's share, a part of the total, never a rival or an earlier value of it: it
    leaves the total's key when the report gives a larger figure of that key."""
    top: dict[str, float] = {}
    for c in claims:
        if c.quantity and c.low is not None and not c.in_title:
            top[c.quantity] = max(top.get(c.quantity, c.low), c.low)
    out = []
    pattern = _one_day_words(vocab).pattern
    for c in claims:
        if c.quantity and not c.in_title and c.quantity_kind == "cumulative" and c.high is not None \
                and top.get(c.quantity, 0) > c.high:
            after = _CLAUSE_END.search(text, c.end, c.sentence_end)
            if pattern.search(text, c.end, after.start() if after else c.sentence_end):
                c = with_fields(c, quantity=None)
        out.append(c)
    return out
