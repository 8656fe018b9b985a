"""restatement: the same quantity stated twice in one text must agree.

What it checks
    Pairs of figures the text gives for one quantity (relation ``same_as``,
    found at extraction): the same figure in two units or notations ("12
    miles (19 km)", "4.5 tonnes, or 4,500 kg", "$4.5m, or 3.2 million
    dollars"), and a rounded figure beside a precise one for the same
    quantity ("nearly 300 people died ... the 318 people who died"; "almost
    5 billion ... the 5.6 billion package"). Units are converted to base
    units; each figure counts with the precision it was stated to, and a
    rounded figure stands for the values that round to it in the direction
    its hedge says ("nearly 300" is 270–300; see ``base.rounding_interval``), and
    never less than the interval of its hedge ("nearly 12,000" is 10,800–12,000).
    A figure the text gives as an earlier one ("lower than earlier estimates
    of about 1,000") restates no current figure, nor does a figure that
    resolve places elsewhere (a city's toll beside its country's: "a quake
    on March 7 killed nearly 100" beside "the capital was hit hardest,
    with 186 killed"). A round bound its quantity's precise figure breaks
    ("north of 3 billion crowns" beside 2.64 billion) is a warning: a
    speaker's loose word against a count, as the rounding check treats a
    hedged figure against another's precise one.

Why it matters
    A conversion done wrong or a rounding in the wrong direction is a
    contradiction inside one text, whichever figure is right.

Example
    ``The pipeline runs 12 miles (30 km) to the coast.`` fires (12 miles is
    19.3 km); ``The pipeline runs 12 miles (19 km) to the coast.`` does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, make_finding, related_claims, rounding_interval, rounding_step
from auditor.checks.precision import half_unit
from auditor.claims import Claim, Interval, format_number
from auditor.findings import Finding
from auditor.units import delta_to_base, to_base, unit_label

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "restatement"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = "{{ detail }}"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    relative_tolerance: float = Field(0.0, ge=0, le=1, description="Slack, as a share of the figure.")


def _quoted(c: Claim) -> str:
    return c.text.strip(" ()[],.;:")


def _in_base(c: Claim, beside: bool = False, delta: bool = False) -> Interval:
    """What ``c`` allows in base units: a rounded hedged figure its rounding, else its precision.
    ``beside``: the other notation stands right by it ("up to 148 km/h (about 92 mph)"), which
    restates the bound, not everything below it: a one-sided figure is then its bound."""
    shape = c.shape
    if beside and shape in ("below", "above"):
        shape = "exact"
    if c.value is not None and shape not in ("", "exact") and rounding_step(c.value) >= 10:
        lo, hi = rounding_interval(c.value, shape)
        if shape in ("around", "under"):        # an interval bounded on both sides
            # what the hedge itself allows (DESIGN.md's table: "nearly 12,000" is 10,800–12,000), so
            # that the message gives the claim's own interval, never a narrower one
            lo, hi = min(lo, c.low), max(hi, c.high)
    elif shape == "exact" and c.value is not None:
        h = half_unit(c)
        lo, hi = c.value - h, c.value + h
    else:
        lo, hi = c.low, c.high
    convert = delta_to_base if delta else to_base
    return Interval(convert(lo, c.unit), convert(hi, c.unit))


_IMPERIAL_PER_US = 4.54609 / 3.785411784     # litres an imperial gallon, a US gallon


def _converted(x: float, unit: str, into: str, delta: bool, imperial: float = 1.0) -> float:
    """``x`` of ``unit`` in ``into``: a level with the units' offsets, a difference without; with
    ``imperial``, a gallon counts that many US gallons."""
    factor = {"gallon": imperial}
    x *= factor.get(unit, 1.0)
    if delta:
        return delta_to_base(x, unit) / (delta_to_base(1.0, into) or 1.0) / factor.get(into, 1.0)
    return (to_base(x, unit) - to_base(0.0, into)) / (delta_to_base(1.0, into) or 1.0) / factor.get(into, 1.0)


def _from_base(x: float, unit: str, delta: bool) -> float:
    """``x`` in base units back in ``unit`` (its offset taken off for a level)."""
    return (x - (0.0 if delta else to_base(0.0, unit))) / (delta_to_base(1.0, unit) or 1.0)


def _readable(x: float) -> str:
    """A converted figure as a reader writes it: 3,406,870 and 2.52, never 3.40687e+06."""
    if abs(x) >= 100:
        return format_number(round(x))
    return format_number(float(f"{x:.3g}"))


def _placed_apart(a: Claim, b: Claim) -> bool:
    """Whether resolve places two figures apart: the places of their quantity keys ("Mexico City" of
    "Mexico City/incident/people/killed") differ, or both name a place (``where``) and not the same."""
    key_a, key_b = (c.quantity.split("/", 1)[0] if c.quantity else None for c in (a, b))
    return bool(key_a and key_b and key_a != key_b or a.where and b.where and a.where != b.where)


def _broken_bound(a: Claim, b: Claim) -> Claim | None:
    """The one of two figures in one unit that is a bound ("more than", "up to") the other lies on the
    wrong side of ("north of 3 billion" beside 2.64 billion), if any."""
    if a.unit != b.unit:
        return None
    for bound, other in ((a, b), (b, a)):
        if bound.value is None or other.value is None:
            continue
        if bound.shape == "above" and other.value < bound.value or bound.shape == "below" and other.value > bound.value:
            return bound
    return None


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    for second in related_claims(claims, rule, ctx, "same_as"):
        first = ctx.claims_by_id.get(second.same_as)
        if first is None:
            continue
        if first.superseded != second.superseded:
            continue        # "850, lower than earlier estimates of about 1,000": an old figure and its update
        if _placed_apart(first, second):
            # "the capital was hit hardest, with 186 killed" beside the country's "killed nearly 100"
            # (another quake's): two places' figures, neither a rounding of the other
            continue
        beside = first.sentence_start == second.sentence_start and 0 <= second.start - first.end <= 40
        # "rose by 1.5 °C (2.7 °F)": a difference of temperature converts with no offset
        delta = bool(first.change or second.change)
        a, b = _in_base(first, beside, delta), _in_base(second, beside, delta)
        if a.widen(relative=opts.relative_tolerance).overlaps(b):
            continue
        if first.unit != second.unit and first.unit and second.unit:
            # the second figure in the first's unit, through base units (offsets included for a level)
            converted = _converted(second.value or 0, second.unit, first.unit, delta)
            said = f"{_readable(converted)} {unit_label(first.unit)}"
            if "gallon" in (first.unit, second.unit):
                # "gallons" is the US gallon to pint; a British text may mean the imperial one
                imperial = _readable(_converted(second.value or 0, second.unit, first.unit, delta,
                                                imperial=_IMPERIAL_PER_US))
                said = f"{said} or {imperial} imperial gallons" if first.unit == "gallon" else \
                    f"{said} (US gallons) or {imperial} {unit_label(first.unit)} (imperial gallons)"
            detail = (f"{_quoted(second)} is {said}"
                      f"{' (as a difference)' if delta and to_base(0, first.unit) else ''}, not {_quoted(first)}")
        elif (bound := _broken_bound(first, second)) is not None:
            # a bound broken, not a rounding: "upwards of 40,000" and an attendance of 27,380. A bound is a
            # speaker's loose word, often set against a register's count: worth a look (a warning, as a
            # hedged figure against another's precise one is for the rounding check), not an error
            other = second if bound is first else first
            above = bound.shape == "above"
            detail = (f"{_quoted(bound)} puts it {'above' if above else 'below'} {format_number(bound.value or 0)}; "
                      f"{_quoted(other)} is {'below' if above else 'above'} that")
            yield make_finding(rule, [first, second], detail, key=("restatement",), first=first, second=second,
                               severity="warning" if rule.severity == "error" else None)
            continue
        else:
            # the range in the figure's own unit ("nearly 40 days stands for 36–40"), not in base units
            unit = first.unit or second.unit
            low, high = (_from_base(a.low, unit, delta), _from_base(a.high, unit, delta)) if unit else (a.low, a.high)
            detail = (f"{_quoted(first)} stands for {_readable(low)}–{_readable(high)}; "
                      f"{_quoted(second)} is outside it")
        yield make_finding(rule, [first, second], detail, key=("restatement",), first=first, second=second)
