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
    out. When the later claim's sentence says the figure was revised or
    corrected, the finding is a warning, not an error.

    Within one text (``within_text: true``, the default): a sentence that
    gives an earlier and a current figure ("the toll, earlier put at 58,
    now stands at 52"; "the toll fell from 58 to 52") where the current one
    lies entirely below the earlier. A text that says the figure was
    revised or corrected makes it a warning.

Why it matters
    Tolls of a past event only grow as bodies are found; a story that said
    29 at 20:00 and 22 at midnight has lost an update or mixed up two
    figures.

Example
    ``29 soldiers were killed on Thursday`` (20:00) then ``22 soldiers were
    killed on Thursday`` (23:55), same outlet, fires; 22 then 29 does not.
    ``The death toll, earlier put at 58, now stands at 52`` fires; ``The
    death toll, earlier put at 52, now stands at 58`` does not.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Iterator, Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import (CheckContext, as_of_day, as_of_moment, describe, groups, held_before,
                                 make_finding, ordered_claims, select)
from auditor.claims import Claim
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.ruleset import Rule

TYPE = "monotonic"
LOCAL = False   # findings may involve claims of several documents
DEFAULT_MESSAGE = ("{{ later.source }}'s toll fell from {{ earlier.text }} ({{ earlier.published }}) "
                   "to {{ later.text }} ({{ later.published }})")
_REVISED = re.compile(r"\b(?:revis\w*|correct\w*|amended|downgraded|lowered|adjusted)\b", re.I)
# "earlier put at 58", "previously 58", "initially reported as 58", "fell from 58"
_EARLIER = re.compile(r"\b(?:earlier|previously|initially|originally|first|had\s+been|was)\b[^.;:\d]{0,25}$"
                      r"|\bfrom\s+$", re.I)
# "..., now stands at 52", "... to 52", "... has been revised to 52"
_FROM_EARLIER = re.compile(r"\b(?:up|down|revised|lowered|raised)?\s*from\s+(?:an?\s+|the\s+)?"
                           r"(?:earlier|previous|initial|original)\b[^.;:\d]{0,20}$", re.I)
_NOW = re.compile(r"\b(?:now|currently|to|latest)\b[^.;:\d]{0,25}$", re.I)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    cumulative_only: bool = Field(True, description="Only measures marked `cumulative: true` in the vocabulary.")
    by: Literal["authority", "source", "doc", "according_to"] = Field(
        "authority", description="Whose series of figures must not fall: the authority behind a figure "
                                 "(attributed source, else cited wire, else outlet), the outlet, the document.")
    within_text: bool = Field(True, description="Also check \"earlier put at 58, now 52\" inside one sentence.")


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    if opts.cumulative_only:
        selected = selected[selected["measure"].map(ctx.vocabulary.is_cumulative)]
    if opts.within_text:
        yield from _within_text(claims, selected, rule, ctx)
    selected = selected.dropna(subset=["published"])
    if "superseded" in selected:
        selected = selected[~selected["superseded"].astype(bool)]
    # a series is one place's figures: a toll in Saraqeb never "falls" to Idlib's
    for key, group in groups(selected, rule, strict_where=True):
        series_of: dict[str, list[Claim]] = {}
        for c in ctx.claims(group):
            who = c.authority if opts.by == "authority" else (getattr(c, opts.by) or "")
            series_of.setdefault(who, []).append(c)
        for _, series in sorted(series_of.items()):
            members = sorted(series, key=lambda c: (as_of_day(c), as_of_moment(c) or "", c.start))
            highest = None
            for c in members:
                if highest is not None and held_before(highest, c):
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


def _same_quantity(earlier: Claim, now: Claim) -> bool:
    if now.kind != earlier.kind:
        return False
    if now.measure is not None and now.measure != earlier.measure:
        return False
    return now.thing_class is None or now.thing_class == earlier.thing_class


def _within_text(claims: pd.DataFrame, selected: pd.DataFrame, rule: "Rule",
                 ctx: CheckContext) -> Iterator[Finding]:
    """"The toll, earlier put at 58, now stands at 52": a fall inside one sentence."""
    chosen = set(selected["id"])
    docs = sorted(set(selected["doc"]))
    everything = ordered_claims(ctx, claims[claims["doc"].isin(docs)])
    for a, b in zip(everything, everything[1:]):
        if a.doc != b.doc or a.sentence_start != b.sentence_start:
            continue
        text = ctx.texts.get(a.doc, "")
        between = text[a.end:b.start] if b.start - a.end <= 80 else ""   # related figures sit close
        if _EARLIER.search(text, max(a.sentence_start, a.start - 40), a.start) and _NOW.search(between):
            earlier, now = a, b             # "earlier put at 58, now stands at 52"
        elif _FROM_EARLIER.search(between):
            earlier, now = b, a             # "52, down from an earlier 58"
        else:
            continue
        if earlier.id not in chosen or not _same_quantity(earlier, now):
            continue
        if not now.interval.entirely_below(earlier.interval):
            continue
        revised = bool(_REVISED.search(text))
        now = dataclasses.replace(now, measure=now.measure or earlier.measure,
                                  thing=now.thing or earlier.thing,
                                  thing_class=now.thing_class or earlier.thing_class,
                                  thing_key=now.thing_key or earlier.thing_key)
        yield make_finding(
            rule, [earlier, now],
            f"within one text the current {describe(now)} lies entirely below the earlier {describe(earlier)}",
            severity="warning" if revised and rule.severity == "error" else None,
            key=(earlier.measure or "",), earlier=earlier, later=now)
