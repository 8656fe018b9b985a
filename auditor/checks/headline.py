"""headline: a figure in a document's title must match its body.

What it checks
    The numeric claims of each document's ``title`` (extracted here, with
    the same extraction as the body) against the body's claims of the same
    quantity: the same measure and the same counted thing (its taxonomy
    node), with compatible time and place (unknown is compatible). A title
    claim fires when the body gives that quantity but no body figure
    overlaps it (after widening by ``tolerance`` / ``relative_tolerance``).
    A title figure the body never mentions is not a finding.

Why it matters
    Headlines are written last and fast, often from an earlier version of
    the story: "40 dead in Idlib air strike" over a body that says 14 is
    the error readers see first.

Example
    Title ``40 dead in Idlib air strike`` over ``14 people were killed in
    an air strike in Idlib on Thursday.`` fires; title ``14 dead in Idlib
    air strike`` over the same body does not.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, claim_vars, describe, make_finding, select
from auditor.claims import Claim, claims_table
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.ruleset import Rule

TYPE = "headline"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = ("The headline says {{ title.text }} {{ title.thing or '' }} {{ title.measure or '' }}, "
                   "but the body says {{ body | map(attribute='text') | join(', ') }}")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(0.0, ge=0, description="Absolute difference allowed between headline and body.")
    relative_tolerance: float = Field(0.0, ge=0, le=1, description="The same, as a share of the figure.")


def title_claims(doc, vocab) -> list[Claim]:
    """Claims of a document's title, marked ``in_title`` (offsets are into the title)."""
    from auditor.documents import Document
    from auditor.extract import extract_claims

    if not doc.title or not doc.title.strip():
        return []
    as_doc = Document(id=doc.id, text=doc.title, source=doc.source, published=doc.published)
    return [dataclasses.replace(c, id=f"{doc.id}#title{n}", in_title=True, part_of=None)
            for n, c in enumerate(extract_claims(as_doc, vocab))]


def _same_quantity(t: Claim, b: Claim) -> bool:
    if t.kind != b.kind or t.measure is None or t.measure != b.measure:
        return False
    if (t.thing_class or "people") != (b.thing_class or "people"):
        return False
    if t.where and b.where and t.where != b.where:
        return False
    if t.when_start and b.when_start and (t.when_start, t.when_end) != (b.when_start, b.when_end):
        return False
    return True


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    titled = [c for doc_id in sorted(ctx.documents) for c in title_claims(ctx.documents[doc_id], ctx.vocabulary)]
    if not titled:
        return
    chosen = set(select(claims_table(titled), rule.where, ctx.vocabulary)["id"])
    bodies: dict[str, list[Claim]] = {}
    for c in ctx.claims_by_id.values():
        bodies.setdefault(c.doc, []).append(c)
    for t in titled:
        if t.id not in chosen:
            continue
        same = sorted((b for b in bodies.get(t.doc, ()) if _same_quantity(t, b)), key=lambda b: b.start)
        if not same:
            continue
        wide = t.interval.widen(opts.tolerance, opts.relative_tolerance)
        if any(wide.overlaps(b.interval) for b in same):
            continue
        yield make_finding(
            rule, [t, *same],
            f"the headline's {describe(t)} overlaps none of the body's "
            + ", ".join(describe(b) for b in same),
            key=(t.thing_class or "", t.measure or ""),
            message=rule.render_message(title=claim_vars(t), body=[claim_vars(b) for b in same],
                                        claims=[claim_vars(c) for c in (t, *same)]))
