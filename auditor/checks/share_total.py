"""share_total: shares of one base add up to at most 100%.

What it checks
    Lists of percentages the text gives as shares of one base (relation
    ``share_list``, found at extraction: "52% voted yes, 45% no and 8%
    spoiled their ballots"; "A won 48.6% of the vote, B 39.1% and C
    15.8%"; "41% ... 34% ... the remaining three in ten", a fraction counted
    as its points). Their sum, less the rounding each share allows (half its last
    digit), must not exceed 100% (plus ``tolerance`` points). Shares of
    different bases ("60% of men and 70% of women"), changes ("up 15%") and
    shares in different sentences are never added.

Why it matters
    Vote shares or a breakdown that add up to more than the whole are an
    arithmetic slip a reader spots at once.

Example
    ``The measure passed with 52% voting yes, 45% voting no and 8% leaving
    their ballots blank.`` fires (105%); with 47% voting no it does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, make_finding, related_claims
from auditor.checks.precision import half_unit, show
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "share_total"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = "{{ detail }}"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(0.0, ge=0, description="Percentage points allowed above 100.")


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    lists: dict[str, list] = {}
    for c in related_claims(claims, rule, ctx, "share_list"):
        lists.setdefault(c.share_list, []).append(c)
    for _, shares in sorted(lists.items()):
        if len(shares) < 2:
            continue
        total = sum(max(_points(s.low, s.kind), 0.0) for s in shares)
        slack = sum(half_unit(s) for s in shares if s.hedge is None and s.kind == "percent")
        if total - slack <= 100 + opts.tolerance:
            continue
        detail = (" + ".join(s.text for s in shares) + f" = {show(total)}%, more than 100% "
                  f"(at least {show(total - slack)}% allowing for rounding)")
        yield make_finding(rule, shares, detail, key=("share_total",), shares=shares)


def _points(value: float, kind: str) -> float:
    """A share in percentage points: "three in ten" is kept as 0.3, a fraction of one."""
    return value if kind == "percent" else value * 100
