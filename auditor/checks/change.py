"""change: a stated change must match the figures it runs between.

What it checks
    Figures the text gives as reached from another (relations found at
    extraction: ``change_from``, ``change_by``, ``direction``):

    * an absolute change: "rose by 300 to 1,450 from 1,250" (1,450 − 1,250
      is +200, not +300);
    * a percentage change: "dropped by 15%, from 420,000 to 399,000" (−5.0%);
      between two percentages a change in per cent may be read as relative
      or as points, and either reading passes;
    * a change in points: "fell 2.3 points from 7.1% to 5.3%" (−1.8 points);
    * a multiple: "doubled from 40 to 90" (×2.25);
    * a direction: "rose to 5.1% from 5.8%" (a fall).

    Each figure counts with the precision it was stated to (see
    ``precision``); ``tolerance`` widens the stated change (in its own
    unit: points for percentages) and ``relative_tolerance`` a multiple.

Why it matters
    A change that does not match its endpoints is a slip in one of three
    figures, and the reader can see it.

Example
    ``Sales rose by 300 to 1,450 from 1,250.`` fires; ``Sales rose by 200 to
    1,450 from 1,250.`` does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, make_finding, related_claims
from auditor.checks.precision import signed, signed_like, stated
from auditor.claims import Claim, Interval
from auditor.findings import Finding
from auditor.vocabulary import Vocabulary

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "change"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = "{{ detail }}"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(0.0, ge=0, description="Slack around the stated change, in its own unit.")
    relative_tolerance: float = Field(0.05, ge=0, le=1, description="Slack around a stated multiple (\"doubled\").")
    check_direction: bool = Field(True, description="A figure said to rise must be higher than the one it rose from.")


_HEDGED = re.compile(r"((?:[A-Za-z]+\s+)*)(.*)$", re.S)     # "about 25%": the hedge words, the figure


def _diff(end: Interval, start: Interval) -> Interval:
    return Interval(end.low - start.high, end.high - start.low)


def _relative(end: Interval, start: Interval) -> Interval:
    if start.low <= 0:
        return Interval()
    return Interval((end.low - start.high) / start.high * 100, (end.high - start.low) / start.low * 100)


def fraction_word(c: Claim) -> bool:
    """A change in words that is a fraction of where it started ("a rise of a third", "down by
    half", "a quarter lower"): relative, never an absolute amount of 0.33."""
    return c.kind == "count" and c.value is not None and 0 < c.value < 1 and c.change != "points" \
        and not any(ch.isdigit() for ch in c.text)


def _stated_change(by: Claim) -> Interval:
    """The change as stated, in its own unit; a fraction word in per cent, to the nearest per cent
    (as "33%" would be)."""
    if fraction_word(by):
        assert by.value is not None                          # fraction_word() says so
        return Interval(by.value * 100 - 0.5, by.value * 100 + 0.5)
    return stated(by)


def _signed_stated(by: Claim, direction: int | None, opts: Options) -> list[Interval]:
    """The stated change as signed intervals (both signs when the text does not say which way)."""
    s = _stated_change(by).widen(opts.tolerance)
    pos, neg = s, Interval(-s.high, -s.low)
    return [pos] if direction == 1 else [neg] if direction == -1 else [pos, neg]


def _scaled(x: Interval, factor: float) -> Interval:
    return x if factor == 1.0 else Interval(x.low * factor, x.high * factor, x.low_inclusive, x.high_inclusive)


def _major(unit: str | None, vocab: Vocabulary) -> tuple[str, float] | None:
    """A currency unit's currency and how many of it make one of the currency ("GBP_penny": GBP, 100;
    "GBP": GBP, 1), or None for any other unit."""
    if not unit:
        return None
    code, _, minor = unit.partition("_")
    entry = vocab.currencies.get(code)
    if entry is None:
        return None
    if not minor:
        return code, 1.0
    m = entry.minor.get(minor)
    return (code, m.ratio) if m is not None else None


def _factors(end: Claim, others: list[Claim | None], vocab: Vocabulary) -> list[float]:
    """How many of ``end``'s unit each of ``others`` counts per one of its own: "rose 8p to £1.45 from 137p" is
    in pounds 0.08 and 1.37 (a currency's minor unit beside the currency; "97 cents" beside euros is euro
    cents, the one word of many currencies); 1 for figures of one unit or of no currency."""
    own = _major(end.unit, vocab)
    factors = []
    for c in others:
        unit = c.unit if c is not None else None
        other = _major(unit, vocab) if unit != end.unit else None
        if own is not None and other is not None and (own[0] == other[0] or "cent" in f"{unit} {end.unit}"):
            factors.append(own[1] / other[1])
        else:
            factors.append(1.0)
    return factors


def _mismatch(end: Claim, start: Claim, by: Claim | None, opts: Options,
              factors: tuple[float, float] = (1.0, 1.0)) -> str | None:
    assert end.value is not None and start.value is not None    # check() compares only stated figures
    start_factor, by_factor = factors       # (each in the end's unit: "from 137p" to "£1.45" is from £1.37)
    e, s = stated(end), _scaled(stated(start), start_factor)
    direction = (by.direction if by is not None else None) or end.direction
    exact = end.value - start.value * start_factor
    if by is not None and by.value is not None:
        percent_between_percents = by.kind == "percent" and by.change != "points" and end.kind == "percent"
        readings: list[tuple[str, Interval, float]] = []
        if by.change == "points" or (by.kind != "percent" and end.kind == "percent") or percent_between_percents:
            readings.append(("points", _diff(e, s), exact))
        if by.kind == "percent" and by.change != "points" or fraction_word(by):
            readings.append(("%", _relative(e, s), exact / (start.value * start_factor) * 100 if start.value
                             else 0.0))
        if not readings:
            readings.append(("", _diff(e, s), exact))
        claimed = [_scaled(c, by_factor) for c in _signed_stated(by, direction, opts)]
        if any(c.overlaps(r) for _, r, _ in readings for c in claimed):
            return None
        unit, _, value = readings[-1]
        shown_unit = {"points": " points", "%": "%", "": ""}[unit]
        sign = "+" if direction == 1 else "−" if direction == -1 else ""
        hedged = _HEDGED.match(by.text)
        assert hedged is not None                            # the pattern matches any text
        hedge, figure = hedged.groups()                      # "about 25%" rising: "about +25%"
        if fraction_word(by):                                # "a third": "+33% (a third)"
            hedge, figure = "", f"{by.value * 100:.3g}% ({by.text})"
        elif by.change == "points" and not any(ch.isdigit() for ch in by.text):
            hedge, figure = "", f"{by.value:g} points ({by.text})"     # "a quarter of a point": "+0.25 points"
        # an amount in the scale it was written in: "−0.5 billion", not "−500,000,000"
        moved = signed(value) if unit else signed_like(value, end)
        return (f"from {start.text} to {end.text} is {moved}{shown_unit}, "
                f"not {hedge}{sign}{figure}"
                + (f" (the stated change reads {shown_unit.strip()})" if unit == "points" and by.kind == "percent"
                   and by.change != "points" and len(readings) > 1 else ""))
    if end.change and end.change.startswith("times:"):
        told = end.change.split(":", 1)[1]
        hedge = told[0] if told[0] in _FACTOR_HEDGES else ""
        factor = float(told[len(hedge):])
        if start.value <= 0:
            return None
        lo, hi = e.low / s.high, e.high / s.low
        below, above = _FACTOR_HEDGES.get(hedge, (opts.relative_tolerance, opts.relative_tolerance))
        if lo <= factor * (1 + above) and hi >= factor * (1 - below):
            return None
        return (f"from {start.text} to {end.text} is ×{end.value / (start.value * start_factor):.2f}, "
                f"not {_FACTOR_WORDS[hedge]}×{factor:g}")
    if opts.check_direction and direction in (1, -1):
        d = _diff(e, s)
        if (direction == 1 and d.high < 0) or (direction == -1 and d.low > 0):
            word = "rise" if direction == 1 else "fall"
            return f"the text gives a {word}, but from {start.text} to {end.text} is {signed(exact)}"
    return None


# a factor's hedge ("times:>2": "more than doubled") and how far below and above the factor it reaches,
# as fractions of it: above it at any height; a little under it (a fifth at most); about it (15% either way)
_FACTOR_HEDGES = {">": (0.0, float("inf")), "<": (0.2, 0.0), "~": (0.15, 0.15)}
_FACTOR_WORDS = {">": "more than ", "<": "nearly ", "~": "about ", "": ""}


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    for end in related_claims(claims, rule, ctx, "change_from"):
        start = ctx.claims_by_id.get(end.change_from)
        by = ctx.claims_by_id.get(end.change_by) if end.change_by else None
        if start is None or start.value is None or end.value is None:
            continue
        start_factor, by_factor = _factors(end, [start, by], ctx.vocabulary)
        detail = _mismatch(end, start, by, opts, (start_factor, by_factor))
        if detail is None:
            continue
        involved = [c for c in (by, start, end) if c is not None]
        yield make_finding(rule, involved, detail, key=("change",), start=start, end=end, by=by)
