"""bounds: a figure must lie in a plausible range.

What it checks
    Every selected claim against the range the rule gives (``min``,
    ``max``). A claim fires when no value it allows lies in the range:
    "120% of the population" against ``max: 100``, a count below zero, a
    toll of 40 million for one air strike. Counts are never negative
    (``non_negative: true``, the default, applies to claims of kind
    ``count``). Percentages that describe a change ("rose 120%",
    "up 150 percent") are not shares and are skipped unless
    ``include_changes: true``.

Why it matters
    A share over 100% or an impossible toll is a typo (an extra digit, a
    misplaced decimal point) that no other source contradicts, so only a
    range catches it.

Example
    With ``where: {kind: percent}`` and ``max: 100``, ``120% of the
    residents have fled`` fires; ``60% of the residents have fled`` and
    ``prices rose 120%`` do not. With ``falls_only: true`` only falls are
    bounded: ``emissions fell by 115%`` fires, ``prices rose 120%`` does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field, model_validator

from auditor.checks.base import CheckContext, claim_vars, describe, make_finding, select
from auditor.claims import Claim, Interval, format_interval
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "bounds"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = "{{ claim.text }} {{ claim.thing or '' }} is outside the plausible range {{ range }}"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    min: float | None = Field(None, description="Smallest plausible value (none: no lower bound).")
    max: float | None = Field(None, description="Largest plausible value (none: no upper bound).")
    non_negative: bool = Field(True, description="Counts are never below zero.")
    include_changes: bool = Field(False, description="Also bound percentages that describe a change (\"rose 120%\").")
    falls_only: bool = Field(False, description="Bound only percentages that describe a fall (\"fell by 115%\"): "
                                                "nothing falls by more than all of itself.")

    @model_validator(mode="after")
    def _ordered(self) -> "Options":
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is greater than max ({self.max:g})")
        return self


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    for c in sorted(ctx.claims(selected), key=lambda c: (c.doc, c.start)):
        if opts.falls_only and not (c.kind == "percent" and c.change == "percent" and c.direction == -1):
            continue
        low = opts.min
        if opts.non_negative and c.kind == "count":
            low = 0.0 if low is None else max(low, 0.0)
        high = opts.max
        allowed = Interval(-float("inf") if low is None else low, float("inf") if high is None else high)
        if allowed.overlaps(c.interval):
            continue
        if c.kind == "percent" and not (opts.include_changes or opts.falls_only) and c.change:
            continue        # "prices up 140%", "140% above": a change, not a share (relations.py)
        if c.kind == "percent" and _a_ratio(c, ctx):
            continue        # "debt at 142 per cent of output": a ratio to another quantity, no share of a whole
        shown = format_interval(allowed.low, allowed.high, True, True)
        yield make_finding(rule, [c], f"{describe(c)} lies outside {shown}",
                           key=(c.measure or "", c.kind),
                           message=rule.render_message(claim=claim_vars(c), claims=[claim_vars(c)], range=shown))


# between a percentage and the quantity it is a ratio to: "142 per cent of", "104% of the country's"
_OF_BEFORE_BASE = re.compile(r"[ \t]*of[ \t]+(?:(?:the|its|their|a|the[ \t]+country's|the[ \t]+nation's|annual"
                             r"|yearly)[ \t]+)?", re.I)


def _a_ratio(c: Claim, ctx: CheckContext) -> bool:
    """Whether ``c`` is a percentage of a quantity of another kind (``ratio_base_words``: "142 per cent of
    output", "debt of 104% of GDP"), which may pass 100, unlike a share of a whole."""
    text = ctx.texts.get(c.doc, "")
    of = _OF_BEFORE_BASE.match(text, c.end)
    return of is not None and ctx.vocabulary.words_pattern("ratio_base_words").match(text, of.end()) is not None
