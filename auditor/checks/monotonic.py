"""monotonic: a source's cumulative toll never falls in a later publication.

What it checks
    Across publications: for each authority (the source a figure is
    attributed to, else the wire the outlet cites, else the outlet; ``by``)
    and quantity (the rule's key, by default ``quantity``), claims of a
    cumulative measure (``cumulative: true`` in the measures vocabulary)
    ordered by when they held (``as_of``: the day, or the clock time when
    both documents give one; figures of one day without times are not
    ordered). A later claim whose interval lies entirely below an earlier
    one's is a fall; one that repeats an older, lower figure of that
    authority is stale. Superseded figures ("initially put at 22") are left
    out. A later text that states its lower figure twice gives one fall
    (one finding naming both). When the later claim's sentence says the figure was revised or
    corrected, the finding is a warning, not an error; a fall that only
    meets the earlier figure at a round number ("more than 5,000", then
    "nearly 5,000") is a note (``info``): the hedges differ, the counts need not.
    Figures the texts give for two incidents (different days in two known
    places, neither within the other) are not one series, nor are figures of
    days more than ``window_days`` apart (a figure the text gives no day
    meets the undated ones that held within ``undated_window_days`` of it:
    the arrests at two weekly protests months apart). Nor is a later figure
    its text places inside the place the earlier one's names (170 "in
    KwaZulu-Natal" after 212 "in South Africa"): that place's share, not a
    fall of the country's toll (a country's figure below a province's
    earlier one still falls). Nor is a later figure below a third of the
    earlier (``part_ratio``): a toll revised down loses its double counts,
    a share of itself; one that falls from 532 to 60 is a part's count (one
    district's arrests, one hospital's dead, one day's new cases) that the
    key put beside the whole: an ``info`` finding, so a mistyped toll ("4"
    for "40") still shows.

    Within one text, a running total that falls is ``running_total``'s business.

Why it matters
    Tolls of a past event only grow as bodies are found; a story that said
    29 at 20:00 and 22 at midnight has lost an update or mixed up two
    figures.

Example
    ``29 soldiers were killed on Thursday`` (20:00) then ``22 soldiers were
    killed on Thursday`` (23:55), same source, fires; 22 then 29 does not.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Iterator, Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import (
    WINDOW_DAYS,
    CheckContext,
    as_of_day,
    as_of_moment,
    describe,
    groups,
    held_before,
    incident_day,
    incident_places,
    make_finding,
    placed_within,
    select,
    separate_incidents,
    touch_at_round_number,
)
from auditor.claims import Claim
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "monotonic"
LOCAL = False   # findings may involve claims of several documents
DEFAULT_MESSAGE = ("{{ later.source | possessive }} toll fell from {{ earlier.text }} ({{ earlier.published }}) "
                   "to {{ later.text }} ({{ later.published }})")
_REVISED = re.compile(r"\b(?:revis\w*|correct\w*|amended|downgraded|lowered|adjusted)\b", re.I)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    cumulative_only: bool = Field(True, description="Only measures marked `cumulative: true` in the vocabulary.")
    by: Literal["authority", "source", "doc", "according_to"] = Field(
        "authority", description="Whose series of figures must not fall: the authority behind a figure "
                                 "(attributed source, else cited wire, else outlet), the outlet, the document.")
    window_days: int | None = Field(WINDOW_DAYS, ge=0, description=(
        "A figure of an incident falls only below the figures given for days within this many days "
        "of its own (see agreement's `window_days`): a toll of a new incident may be lower than the "
        "last one's. null compares the whole series."))
    undated_window_days: int | None = Field(30, ge=0, description=(
        "With `window_days`: two figures whose texts give no day are one series only when they held "
        "within this many days of each other (one authority's counts at weekly protests months apart "
        "are two incidents; a disaster's count revised over weeks is one). null: every undated figure."))
    part_ratio: float | None = Field(3.0, gt=1, description=(
        "A later figure below the earlier one divided by this is read as a part's count (one district's, "
        "one hospital's, one day's), not a fall of the series: over all dev sets such falls were never a "
        "revision of the toll. null: every fall."))


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    if opts.cumulative_only:
        selected = selected[selected["measure"].map(ctx.vocabulary.is_cumulative).astype(bool)]
    selected = selected.dropna(subset=["published"])
    if "superseded" in selected:
        selected = selected[~selected["superseded"].astype(bool)]
    places = incident_places(ctx.claims(selected), ctx.vocabulary)
    # a later text stating its lower figure twice gives one fall, not one a sentence, whichever place
    # each sentence names ("in Kerman", "in Iran"): its copies join the first's finding, as agreement
    # compares a statement once; (earlier, text, interval) -> the rule's key, the claims, whether each
    # copy's sentence says the figure was revised
    falls: dict[tuple, tuple[tuple, list[Claim], list[bool]]] = {}
    parts: set[tuple] = set()      # the statements of a fall to a part's size (``part_ratio``)
    # a series is one place's figures: a toll in Saraqeb never "falls" to Idlib's
    for key, group in groups(selected, rule, strict_where=True, focus=ctx.focus):
        series_of: dict[str, list[Claim]] = {}
        for c in ctx.claims(group):
            who = c.authority if opts.by == "authority" else (getattr(c, opts.by) or "")
            series_of.setdefault(who, []).append(c)
        for _, series in sorted(series_of.items()):
            members = sorted(series, key=lambda c: (as_of_day(c), as_of_moment(c) or "", c.start))
            highest_of = _Highest(opts.window_days, opts.undated_window_days)
            for c in members:
                day = incident_day(c) if opts.window_days is not None else None
                held = _held_day(c)
                highest = highest_of.near(day, held)
                if highest is not None and held_before(highest, c) \
                        and not separate_incidents(highest, c, ctx.vocabulary, places) \
                        and not placed_within(c, highest, ctx.vocabulary):
                    if c.interval.high < highest.interval.low or (
                            not c.interval.overlaps(highest.interval) and c.interval.high <= highest.interval.low):
                        doc_text = ctx.sentence_of(c)
                        revised = bool(_REVISED.search(doc_text))
                        if not ctx.wants((highest, c)):
                            continue
                        statement = (highest.id, c.doc, c.interval)
                        if _a_part(c, highest, opts.part_ratio):
                            parts.add(statement)
                        falls.setdefault(statement, (key, [highest], []))[1].append(c)
                        falls[statement][2].append(revised)
                        continue
                highest_of.add(c, day, held)
    for statement, (key, (highest, c, *copies), told) in falls.items():
        revised = any(told)     # a text that says, in one of its sentences, the figure was revised
        touch = touch_at_round_number(c.interval, highest.interval)
        part = statement in parts
        yield make_finding(
            rule, [highest, c, *copies],
            f"later {describe(c)} lies entirely below earlier {describe(highest)}"
            + (", meeting it at a round figure (a difference of convention only)" if touch else "")
            + (f", under 1/{opts.part_ratio:g} of it: read as a part's count (one place's, one day's), "
               "not a fall" if part else ""),
            severity="info" if touch or part else "warning" if revised and rule.severity == "error" else None,
            key=key, earlier=highest, later=c)


def _a_part(later: Claim, earlier: Claim, ratio: float | None) -> bool:
    """Whether the later figure lies below the earlier one divided by ``ratio``: a toll revised down
    sheds double counts, a small share of it; 41 dead, then three, is another count (one place's,
    one authority's), which the key put under one name."""
    if ratio is None or later.interval.high == float("inf") or earlier.interval.low <= 0:
        return False
    return later.interval.high * ratio < earlier.interval.low


class _Highest:
    """The highest figure of a series so far (the first of equal ones), among those given for
    days near a day when ``window`` is set: a series that runs over many incidents is compared
    incident by incident, in time linear in its length. A figure whose text gives its day
    (``incident_day``) meets those of the days around it and every undated one; an undated
    figure meets every dated one and the undated ones that held within ``undated_window`` days
    of it (one authority's counts at weekly protests months apart are two incidents)."""

    def __init__(self, window: int | None, undated_window: int | None) -> None:
        self.window, self.undated_window = window, undated_window
        self.seen = 0
        self.by_day: dict[int | None, tuple[float, int, Claim]] = {}   # (-low, order, claim); None: undated
        self.undated_by_held: dict[int | None, tuple[float, int, Claim]] = {}
        self.overall: tuple[float, int, Claim] | None = None
        self.dated: tuple[float, int, Claim] | None = None

    def add(self, c: Claim, day: int | None, held: int | None) -> None:
        entry = (-c.interval.low, self.seen, c)
        self.seen += 1
        self.overall = _higher(self.overall, entry)
        self.by_day[day] = _higher(self.by_day.get(day), entry)
        if day is None:
            self.undated_by_held[held] = _higher(self.undated_by_held.get(held), entry)
        else:
            self.dated = _higher(self.dated, entry)

    def near(self, day: int | None, held: int | None) -> Claim | None:
        if self.window is None:
            return self.overall[2] if self.overall else None
        if day is not None:
            days: tuple[int | None, ...] = (None, *range(day - self.window, day + self.window + 1))
            near = [self.by_day[d] for d in days if d in self.by_day]
        elif self.undated_window is None or held is None:
            return self.overall[2] if self.overall else None
        else:
            helds = range(held - self.undated_window, held + self.undated_window + 1)
            near = [self.undated_by_held[h] for h in helds if h in self.undated_by_held]
            near += [self.dated] if self.dated else []
        return min(near, key=lambda e: e[:2])[2] if near else None


def _higher(held: tuple[float, int, Claim] | None, entry: tuple[float, int, Claim]) -> tuple[float, int, Claim]:
    return entry if held is None or entry[:2] < held[:2] else held


def _held_day(c: Claim) -> int | None:
    try:
        return dt.date.fromisoformat(as_of_day(c)).toordinal()
    except ValueError:
        return None
