"""running_total: one source's running total never falls within one text.

What it checks
    Figures the text gives as successive values of one running total from
    one source (relation ``earlier``, found at extraction: a toll in an
    earlier and a later bulletin, "58 deaths" then "in its latest bulletin
    ... 52"; "cases had reached 1,412 by Monday" then "the cumulative number
    ... at 1,377"; "the toll, earlier put at 58, now stands at 52"). A later
    figure that lies entirely below the earlier one is a fall: an error;
    a warning when the text only says the figure went down ("22, down from
    29"); a note (info) when it says the figure was revised or corrected (in
    either figure's sentence or the title: "revised down to 52 after double
    counting", "Officials lower toll to 253"), since the reader is then told
    of the correction. A figure the text marks as earlier ("the previous
    count had been 2,012" after "killed 2,122") is the earlier value, wherever
    it stands in the text. Measures that are not
    cumulative in the vocabulary are skipped when ``cumulative_only`` is
    true and the figure names its measure, unless the text says the later
    figure is what the total grew to ("the petition had grown to 4,870
    names" after "5,320 signatures").

Why it matters
    Tolls, case counts and areas burned only grow; a draft that has a later
    bulletin give less than an earlier one has mixed up its figures or left
    out a correction the reader needs.

Example
    ``The ministry reported 58 deaths on Tuesday morning. In its latest
    bulletin the ministry put the death toll at 52.`` fires; with 61 in the
    latest bulletin it does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, describe, make_finding, places_side_by_side, related_claims
from auditor.checks.precision import show, stated
from auditor.claims import Claim, Interval
from auditor.findings import Finding
from auditor.units import base_of, to_base, unit_label

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "running_total"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = ("{{ later.authority }}'s running total falls from {{ earlier.text }} to {{ later.text }} "
                   "within one text ({{ detail }})")


_MOVES = frozenset({"rose", "fell"})


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    cumulative_only: bool = Field(False, description=(
        "Skip figures whose measure is not `cumulative: true` in the vocabulary."
    ))


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    for later in related_claims(claims, rule, ctx, "earlier"):
        earlier = ctx.claims_by_id.get(later.earlier)
        if earlier is None:
            continue
        # the text's word of a correction is the pair's, whichever of the two carries it ("1,142 cases,
        # not the 1,214 it reported on Monday": the flag sits on the linked claim, which is then swapped)
        revised = later.revised or earlier.revised
        if later.superseded and not earlier.superseded:
            # "killed 2,122 ... The previous count had been 2,012": the text gives the figure it
            # names second as the earlier one
            earlier, later = later, earlier
        # "the total had climbed to 41,200 km": a verb of a move says how the total went, not what it
        # counts (measures.yaml's change measures); what it counts is the earlier figure's
        # (a later figure that names no measure of its own is one of the total the earlier one counts,
        # unless the earlier's is a move too: "had handed out 18,600 ..., as the river rose")
        unnamed = later.measure is None and earlier.measure not in _MOVES
        measure = earlier.measure if later.measure in _MOVES or unnamed else later.measure
        # a stock may fall, but not one the text says grew to its later figure ("had grown to 7,100")
        if opts.cumulative_only and measure and not ctx.vocabulary.is_cumulative(measure) and later.direction != 1 \
                and not _said_to_date(later, ctx):
            continue
        if not later.interval.entirely_below(earlier.interval):
            continue
        if _of_other_places(earlier, later, ctx):
            continue    # "Puebla recorded 11 deaths, and Mexico state had eight": two places' tolls, no series
        if earlier.unit != later.unit and _stated_in_base(later).overlaps(_stated_in_base(earlier)):
            continue    # "160 km (99 miles)": one figure in two units, equal to the precision written
        drop = (earlier.value or earlier.low) - (later.value or later.high)
        told = revised or later.direction == -1
        said = describe(later)
        if earlier.unit != later.unit:      # never subtract across units: the later one in the earlier's
            factor = base_factor(earlier.unit)
            moved = to_base(later.value or later.high, later.unit) / factor
            drop = (earlier.value or earlier.low) - moved
            said = f"{show(moved)} {unit_label(earlier.unit) if earlier.unit else ''}".strip()
        detail = (f"{said} − {describe(earlier)} = −{show(drop)}, a fall"
                  + ("; the text says it was revised" if revised
                     else "; the text says it went down" if told
                     else "; the text says it grew" if later.direction == 1 else ""))
        yield make_finding(rule, [earlier, later], detail, severity=_severity(rule, revised, told),
                           key=(later.measure or "",), earlier=earlier, later=later)


def _of_other_places(earlier: Claim, later: Claim, ctx: CheckContext) -> bool:
    """Whether two figures count two places, not one total at two moments: their quantities are
    keyed by two places ("11 in Puebla", "eight in Mexico state"; the nation's 324 beside the
    capital's 186), or they are placed in two places within a country ("42 in Morelos", "11 in Puebla")."""
    if earlier.quantity and later.quantity and "[" not in earlier.quantity + later.quantity \
            and earlier.quantity.split("/", 1)[0] != later.quantity.split("/", 1)[0]:
        return True
    return places_side_by_side(earlier, later, ctx.vocabulary)


def _said_to_date(c: Claim, ctx: CheckContext) -> bool:
    """Whether the sentence of ``c`` says its figure is all there has been so far ("the area burned so far
    this season", "in all ... since August": running_total_words), so its measure is a running total
    though the vocabulary does not mark it cumulative."""
    sentence = ctx.sentence_of(c)
    return any(ctx.vocabulary.words_pattern(name).search(sentence) is not None
               for name in ("running_total_words", "total_told_words"))


def _severity(rule: "Rule", revised: bool, told: bool) -> str | None:
    """A fall the text gives as a correction ("revised down to 52 after double counting")
    tells the reader what happened: a note. A fall it only states ("22, down from 29") may
    be a misquote of a toll that cannot fall: a warning. A silent fall: the rule's own."""
    if revised:
        return "info"
    if told and rule.severity == "error":
        return "warning"
    return None


def _stated_in_base(c: Claim) -> Interval:
    """The values ``c`` allows to the precision it was written, in base units."""
    x = stated(c)
    return Interval(to_base(x.low, c.unit), to_base(x.high, c.unit), x.low_inclusive, x.high_inclusive)


def base_factor(unit: str | None) -> float:
    """How many base units one ``unit`` is (1 without a convertible unit)."""
    base = base_of(unit)
    return base[1] if base else 1.0
