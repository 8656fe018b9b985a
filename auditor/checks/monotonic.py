"""monotonic: a source's cumulative toll never falls in a later publication.

What it checks
    For each source and key (thing, measure, time, place), claims of a
    cumulative measure (``cumulative: true`` in the measures vocabulary)
    ordered by publication time. A later claim whose interval lies entirely
    below an earlier one's is a fall. When the later claim's sentence says
    the figure was revised or corrected, the finding is a warning, not an
    error.

Why it matters
    Tolls of a past event only grow as bodies are found; a story that said
    29 at 20:00 and 22 at midnight has lost an update or mixed up two
    figures.

Example
    ``29 soldiers were killed on Thursday`` (20:00) then ``22 soldiers were
    killed on Thursday`` (23:55), same outlet, fires; 22 then 29 does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict

from auditor.checks.base import CheckContext, describe, groups, make_finding, select
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.ruleset import Rule

TYPE = "monotonic"
DEFAULT_MESSAGE = ("{{ later.source }}'s toll fell from {{ earlier.text }} ({{ earlier.published }}) "
                   "to {{ later.text }} ({{ later.published }})")
_REVISED = re.compile(r"\b(?:revis\w*|correct\w*|amended|downgraded|lowered|adjusted)\b", re.I)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    cumulative_only: bool = True
    by: str = "source"


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    if opts.cumulative_only:
        selected = selected[selected["measure"].map(ctx.vocabulary.is_cumulative)]
    selected = selected.dropna(subset=["published"])
    for key, group in groups(selected, rule):
        for _, series in group.groupby(opts.by, sort=True):
            members = sorted(ctx.claims(series), key=lambda c: (c.published, c.start))
            highest = None
            for c in members:
                if highest is not None and highest.published < c.published:
                    if c.interval.high < highest.interval.low or (
                            not c.interval.overlaps(highest.interval) and c.interval.high <= highest.interval.low):
                        doc_text = ctx.sentence_of(c)
                        revised = bool(_REVISED.search(doc_text))
                        yield make_finding(
                            rule, [highest, c],
                            f"later {describe(c)} lies entirely below earlier {describe(highest)}",
                            severity="warning" if revised and rule.severity == "error" else None,
                            key=key, earlier=highest, later=c)
                        continue
                if highest is None or c.interval.low > highest.interval.low:
                    highest = c
