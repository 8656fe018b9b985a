"""The incident's day: when the event a document reports happened.

A report of Thursday's strike gives some of its figures a day ("killed on Thursday") and
leaves the rest to the reader ("Among the dead were nine civilians"): they are figures of
the same incident, and of its day. Comparing figures across reports needs that day (two
tolls of one country weeks apart are two incidents), and so does the contract's ``when``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from auditor.claims import Claim, of_incident, with_fields

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
