"""share: a stated share must be its part divided by its whole.

What it checks
    Percentages the text relates to the figures they are a share of
    (relations found at extraction: ``share_part``, ``share_of``): "Turnout
    was 64%, with 2.9 million of the 5.8 million registered voters",
    "1,240 of the 3,100 samples were positive, a rate of 52%", "780 million
    crowns, or 41% of the total" (the total stated before), "60% of the
    948,000, or 500,000", and shares in words ("one in five, or 400", "a
    quarter of the 800 pupils, 260"). The share is recomputed from part and whole, each
    taken with the precision it was stated to (64% is 63.5–64.5%, 2.9
    million is 2.85–2.95 million; a hedged share keeps its own wider
    interval), and the stated share must overlap the recomputed one, give
    or take ``tolerance`` percentage points.

Why it matters
    A share that does not follow from the figures beside it is wrong
    whichever figure is right; readers can check it with a calculator.

Example
    ``Turnout was 64%, with 2.9 million of the 5.8 million registered
    voters casting ballots.`` fires (2.9 of 5.8 million is 50.0%); the
    same sentence with 50% does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, make_finding, related_claims
from auditor.checks.precision import ratio, show, stated
from auditor.claims import Claim, Interval
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "share"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = "{{ detail }}"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(0.0, ge=0, description=(
        "Percentage points allowed between the stated and the recomputed share."
    ))
    # the tenth either way that "about 3m euros" allows would take "about 76%" down to 68.4%
    about_spread: float = Field(0.05, ge=0, description=(
        "How far a percentage said roughly (\"about 76%\") may be from its figure, as a share of it "
        "(at least one point either way)."
    ))


def _share_read(share: Claim, about_spread: float) -> Interval:
    """The percentages ``share`` allows: "about 76%" within ``about_spread`` of 76 (at least a point)."""
    if share.kind == "percent" and share.hedge == "about" and share.value is not None:
        spread = max(1.0, share.value * about_spread)
        return Interval(share.value - spread, share.value + spread)
    return stated(share).scaled(1 if share.kind == "percent" else 100)


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    for share in related_claims(claims, rule, ctx, "share_part", "share_of"):
        part, whole = ctx.claims_by_id.get(share.share_part), ctx.claims_by_id.get(share.share_of)
        if part is None or whole is None or part.value is None or whole.value is None or whole.value <= 0:
            continue
        implied = ratio(stated(part).widen(0), stated(whole))
        allowed = _share_read(share, opts.about_spread).widen(opts.tolerance)
        if allowed.overlaps(implied):
            continue
        exact = part.value / whole.value * 100
        detail = (f"{part.text} of {whole.text} is {show(exact)}%; the text says {share.text} "
                  f"(recomputed {show(implied.low)}–{show(implied.high)}% allowing for rounding)")
        yield make_finding(rule, [share, part, whole], detail, key=("share",), share=share, part=part, whole=whole)
