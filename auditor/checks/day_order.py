"""The order of one quantity's figures within a day, where the texts give one.

A toll rising through one day is an update, not a dispute; ``as_of`` holds the day, and what
orders a day's figures is what resolve read of their sentences (``resolve/day_marks.py``): the
minute of the day a sentence gives (``Claim.day_minute``: "at 2 a.m.", "by Sunday morning"), a
figure given as a rise to it or a later one (``marked_later``: "has risen to 112", "later said"),
or as one still going up (``still_rising``). Claims loaded from an archive carry the same marks.
"""

from __future__ import annotations

from auditor.checks.base import as_of_day, as_of_moment
from auditor.claims import Claim


class DayOrder:
    """The order of one key's figures within a day, where the texts give one: the time of day a
    sentence states (else the document's clock time), then a rise the text marks ("has risen to
    112", "later raised the toll to 254"): a toll the text says rose to N that day came after
    every lower figure of the day given without such a mark, and so does any figure of N or more
    in the same text; of two figures the texts both give as rises, the higher came later."""

    def __init__(self, members: list[Claim]) -> None:
        self.minute: dict[str, int | None] = {}
        self.rises: dict[tuple[str, str], list[float]] = {}   # (day, doc) → the figures it says the toll rose to
        for c in members:
            if c.quantity_kind != "cumulative":
                continue
            moment = as_of_moment(c)
            self.minute[c.id] = c.day_minute if c.day_minute is not None else (
                int(moment[11:13]) * 60 + int(moment[14:16]) if moment and moment[11:16].replace(":", "").isdigit()
                else None)
            if c.marked_later:
                self.rises.setdefault((as_of_day(c), c.doc), []).append(c.interval.low)

    def before(self, a: Claim, b: Claim) -> bool:
        """Whether ``a`` held before ``b`` on the same day, by what the texts say of the hour."""
        day = as_of_day(a)
        if not day or day != as_of_day(b):
            return False
        ma, mb = self.minute.get(a.id), self.minute.get(b.id)
        if ma is not None and mb is not None and ma != mb:
            return ma < mb
        ia, ib = a.interval, b.interval
        if _cumulative(a) and a.still_rising and ia.entirely_below(ib):
            return True         # "2,530 killed; the toll is expected to go on rising": before a higher figure
        if _later(a):
            # two rises of one day: the toll rose to the lower first ("raised to 99"; "now stands at 122")
            return _later(b) and ia.entirely_below(ib)
        # the rise is the later figure's own text's: figures of one report, not so marked, held together
        rises = [b.interval.low] if _later(b) else [] if a.doc == b.doc else self.rises.get((day, b.doc), [])
        return any((ia.high < n or ia.high == n and not ia.high_inclusive) and ib.low >= n for n in rises)


def _cumulative(c: Claim) -> bool:
    return c.quantity_kind == "cumulative"      # only a running total's figures of one day are ordered


def _later(c: Claim) -> bool:
    """Whether the text gives a running total's figure as a rise or a later one (``Claim.marked_later``)."""
    return _cumulative(c) and c.marked_later
