"""arithmetic: stated sums, parts and shares add up.

What it checks
    Figures one sentence relates to each other by arithmetic:

    * parts listed under a whole ("7 civilians, including 3 children and
      5 women"): when two or more parts count different things (none an
      ancestor of another in the taxonomy), their smallest possible sum
      must not exceed the whole's largest value;
    * "N of the M": N may not exceed M ("12 of the 7 victims");
    * shares: "60% of the 948,000" or "half of the 948,000" implies a
      figure; a figure given beside it ("..., or 500,000,") must agree with
      it within its own rounding (500,000 stands for 450,000..550,000) or
      the rule's ``tolerance`` / ``relative_tolerance``.

    Parts are the claims' ``part_of`` links, which extraction sets after a
    cue ("including", "among them") and along the list that follows it
    ("including 3 children and 5 women").

    With ``check_lists``: lists of distinct parts the relations pass found
    (``list_of``), of any kind: "The 14 dead included 8 pupils and 7
    teachers" (8 + 7 = 15 exceeds the 14 dead), "Of the 150 seats, A won
    71, B 52 and C 33" (156), and parts with their stated total ("31.5
    billion, 18.2 billion and 14.9 billion, which together account for
    58.6 billion": 64.6, not 58.6, within the precision of each figure).

Why it matters
    A list of victims that adds up to more than the toll it breaks down, or
    "half of the 948,000" printed as 600,000, is wrong whichever figure is
    right: an editor should see it before publication.

Example
    ``7 civilians including 3 children and 5 women were killed`` fires
    (3 + 5 > 7); ``7 civilians including 3 children and 2 women were
    killed`` does not. ``Half of the 948,000 displaced, or 500,000, are
    children`` does not fire (474,000 rounds to 500,000); ``Half of the
    948,000 displaced, or 700,000, are children`` does.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.casefold import fold_keyword
from auditor.checks.base import (
    CheckContext,
    claim_vars,
    describe,
    has_relation,
    make_finding,
    ordered_claims,
    rounding_interval,
    select,
)
from auditor.checks.precision import half_unit, show_like, stated
from auditor.claims import Claim, Interval, format_number
from auditor.findings import Finding
from auditor.vocabulary import Vocabulary

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "arithmetic"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = "{{ whole.text }} {{ whole.thing or '' }} does not add up: {{ detail }}"

# Fractions written as words before "of the N" (extraction reads numbers, not fractions).
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
             "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
             "one quarter": 0.25, "one-quarter": 0.25, "three quarters": 0.75,
             "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2, "a tenth": 0.1}
_FRACTION_BEFORE = re.compile(
    r"(?<![\w-])(?P<frac>" + "|".join(sorted((re.escape(f) for f in FRACTIONS), key=len, reverse=True))
    + r")\s+of\s+(?:the\s+|those\s+|these\s+)?$", re.I)
_OF_THE = re.compile(r"^\s+of\s+(?:the\s+|those\s+|these\s+|them\s*,?\s*)?$", re.I)
_MAX_GAP = 80           # characters between two related figures, at most
_APPOSITION_AFTER = re.compile(r"^[^.;:!?]{0,40}?(?:,\s*or\s+|\(\s*|[—–]\s*|,\s*(?:that is|i\.e\.),?\s+)$", re.I)
_APPOSITION_BEFORE = re.compile(r"^[^.;:!?\d]{0,30}?(?:,\s*(?:or\s+)?|\(\s*|[—–]\s*)$", re.I)


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(0.0, ge=0, description=(
        "Absolute difference allowed between a share and the figure given for it."
    ))
    relative_tolerance: float = Field(0.0, ge=0, le=1, description="The same, as a share of the figure.")
    check_parts: bool = Field(True, description="Check that listed parts add up to at most their whole.")
    check_shares: bool = Field(True, description=(
        "Check figures given for a share (\"half of the 948,000, or 500,000\")."
    ))
    check_of: bool = Field(True, description="Check \"N of the M\" (N at most M).")
    check_lists: bool = Field(False, description=(
        "Check lists of distinct parts against their whole or stated total (relations ``list_of``, ``is_total``), of "
        "any kind: counts, money, quantities."
    ))


def _disjoint(claims: list[Claim], vocab: Vocabulary) -> bool:
    """Whether the things counted are pairwise different (no one contains another)."""
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if not a.thing_class or not b.thing_class or a.thing_key == b.thing_key:
                return False
            if a.thing_class in vocab.thing_ancestors(b.thing_class) or \
                    b.thing_class in vocab.thing_ancestors(a.thing_class):
                return False
    return True


def _gap(text: str, start: int, end: int) -> str:
    """The text between two claims, or "" when they are too far apart to be related."""
    return text[start:end] if 0 <= end - start <= _MAX_GAP else ""


def _scaled(share: Interval, factor: float, whole: Interval) -> Interval:
    lo = share.low * factor * max(whole.low, 0.0)
    hi = share.high * factor * whole.high
    return Interval(lo, hi, True, True)


def _within(stated: Claim, implied: Interval, opts: Options) -> bool:
    lo, hi = rounding_interval(stated.value, stated.shape) if stated.value is not None else \
        (stated.low, stated.high)
    allowed = Interval(lo, hi)
    return allowed.widen(opts.tolerance, opts.relative_tolerance).overlaps(implied) or \
        implied.widen(opts.tolerance, opts.relative_tolerance).overlaps(allowed)


def _sentences(claims: list[Claim]) -> dict[tuple[str, int], list[Claim]]:
    out: dict[tuple[str, int], list[Claim]] = {}
    for c in claims:
        out.setdefault((c.doc, c.sentence_start), []).append(c)
    return out


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    if selected.empty:
        return
    if opts.check_lists:
        yield from _check_lists(rule, ctx, selected)
    if not (opts.check_parts or opts.check_of or opts.check_shares):
        return
    chosen = {c.id for c in ctx.claims(selected)}
    docs = sorted({c.doc for c in ctx.claims(selected)})
    everything = ordered_claims(ctx, claims[claims["doc"].isin(docs)])
    for (doc, _), sentence in sorted(_sentences(everything).items()):
        text = ctx.texts.get(doc, "")
        index = {c.id: i for i, c in enumerate(sentence)}
        children: dict[str, list[int]] = {}
        for i, c in enumerate(sentence):
            if c.part_of in index:
                children.setdefault(c.part_of, []).append(i)
        for i, whole in enumerate(sentence):
            if whole.id not in chosen or whole.kind != "count":
                continue
            nxt = sentence[i + 1] if i + 1 < len(sentence) else None
            if opts.check_parts:
                yield from _check_parts(rule, ctx, whole, [sentence[j] for j in children.get(whole.id, [])])
            if opts.check_of and nxt is not None and nxt.kind == "count" \
                    and _OF_THE.match(_gap(text, whole.end, nxt.start)):
                yield from _check_of(rule, whole, nxt)
            if opts.check_shares and whole.value is not None:
                yield from _check_shares(rule, opts, whole, sentence, i, text)


def _check_lists(rule: "Rule", ctx: CheckContext, selected: pd.DataFrame) -> Iterator[Finding]:
    """Items of a list of distinct parts ("8 pupils and 7 teachers") against the whole they are
    listed under (their sum at most the whole) or the total stated for them (equal to it, within
    the precision each figure was stated to)."""
    listed = selected[has_relation(selected["list_of"])]
    lists: dict[str, list[Claim]] = {}
    for c in ordered_claims(ctx, listed):
        lists.setdefault(c.list_of, []).append(c)
    for whole_id, parts in sorted(lists.items()):
        whole = ctx.claims_by_id.get(whole_id)
        if whole is None or len(parts) < 2 or any(p.value is None and p.low <= 0 for p in parts):
            continue
        if not whole.is_total and whole.kind == "count" and _disjoint(parts, ctx.vocabulary):
            continue    # parts the taxonomy tells apart: ``check_parts`` judges them
        low = sum(max(p.low, 0.0) for p in parts)
        high = sum(p.high for p in parts)
        listed_text = " + ".join(p.text for p in parts)
        if whole.is_total:
            # a part is not rounded more coarsely than the total it adds up to: "a 40,000-pound grant,
            # 27,500 and 16,000, a total of 89,000" gives the grant to the thousand, as the total
            slack = sum(min(half_unit(p), half_unit(whole)) if whole.hedge is None else half_unit(p)
                        for p in parts if p.hedge is None)
            # a total after its parts may round their sum ("..., 900 million in all"); a whole that is
            # split into the parts after it ("All 120 seats were divided: ...") is exact as written
            total = stated(whole) if whole.start > parts[0].start else \
                Interval(whole.low, whole.high, whole.low_inclusive, whole.high_inclusive)
            # a whole split into the parts after it is no smaller than their sum as written, however
            # the parts were rounded ("4.5 million breaks down into 2 million, 1.5 million and 1.3 million")
            over = whole.start < parts[0].start and low > whole.high and not math.isclose(low, whole.high,
                                                                                        rel_tol=1e-9)
            if Interval(low - slack, high + slack).overlaps(total) and not over:
                continue
            detail = f"{listed_text} = {show_like(low, whole)}, not the stated total {whole.text}"
        else:
            if math.isclose(low, whole.high, rel_tol=1e-9):
                low = whole.high        # 2 + 1.3 + 0.8 billion is 4.1 billion, not a float's hair above it
            if not (low > whole.high or (low == whole.high and not whole.high_inclusive)):
                continue
            detail = f"{listed_text} = {show_like(low, whole)} exceeds the {_named(whole, ctx)}"
        yield make_finding(rule, [whole, *parts], detail, key=(whole.measure or "",),
                           message=rule.render_message(whole=_vars(whole), parts=[_vars(p) for p in parts],
                                                       claims=[_vars(c) for c in (whole, *parts)],
                                                       detail=detail))


_WORD_AFTER = re.compile(r"[ \t]+([a-z][a-z'’-]*)")
# words after a figure that do not name what it counts ("20 of the", "20 were", "$4.2bn next year")
_NOT_A_NAME = frozenset("""of in on at to for from by with and or but as than that who which were was is are had
have has will would could said says a an the next last this each every per over""".split())


def _named(whole: Claim, ctx: CheckContext) -> str:
    """A whole as the text names it: "14 dead" (the word after the figure), else with its thing."""
    word = _WORD_AFTER.match(ctx.texts.get(whole.doc, ""), whole.end)
    if word and word.group(1) not in _NOT_A_NAME:
        return f"{whole.text} {word.group(1)}"
    return f"{whole.text} {whole.thing or ''}".rstrip()


def _check_parts(rule: "Rule", ctx: CheckContext, whole: Claim, parts: list[Claim]) -> Iterator[Finding]:
    if len(parts) < 2 or not _disjoint(parts, ctx.vocabulary):
        return
    total = sum(max(p.low, 0.0) for p in parts)
    if total > whole.high or (total == whole.high and not whole.high_inclusive):
        listed = " + ".join(f"{p.text} {p.thing or ''}".strip() for p in parts)
        detail = f"{listed} is at least {format_number(total)}, more than {describe(whole)}"
        yield make_finding(rule, [whole, *parts],
                           f"the parts add up to at least {format_number(total)}, "
                           f"above the whole's maximum {describe(whole)}",
                           key=(whole.measure or "",),
                           message=rule.render_message(whole=_vars(whole), parts=[_vars(p) for p in parts],
                                                       claims=[_vars(c) for c in (whole, *parts)],
                                                       detail=detail))


def _check_of(rule: "Rule", part: Claim, whole: Claim) -> Iterator[Finding]:
    if part.low > whole.high or (part.low == whole.high and not whole.high_inclusive):
        detail = f"{part.text} of the {whole.text}: the part {describe(part)} exceeds {describe(whole)}"
        yield make_finding(rule, [whole, part], detail, key=(whole.measure or "",),
                           message=rule.render_message(whole=_vars(whole), parts=[_vars(part)],
                                                       claims=[_vars(whole), _vars(part)], detail=detail))


def _check_shares(rule: "Rule", opts: Options, whole: Claim, sentence: list[Claim], i: int,
                  text: str) -> Iterator[Finding]:
    before = text[max(whole.sentence_start, whole.start - 40):whole.start]
    shares: list[tuple[str, Interval, Claim | None, int]] = []   # (label, implied, share claim, start)
    prev = sentence[i - 1] if i > 0 else None
    if prev is not None and prev.kind == "percent" and _OF_THE.match(_gap(text, prev.end, whole.start)):
        shares.append((prev.text, _scaled(prev.interval, 0.01, whole.interval), prev, prev.start))
    else:
        frac = _FRACTION_BEFORE.search(before)
        if frac:
            factor = FRACTIONS[" ".join(fold_keyword(frac.group("frac")).split())]
            start = whole.start - len(before) + frac.start()
            shares.append((frac.group("frac"), _scaled(Interval.point(1.0), factor, whole.interval), None, start))
    for label, implied, share, start in shares:
        stated = None
        nxt = sentence[i + 1] if i + 1 < len(sentence) else None
        if nxt is not None and nxt.kind == "count" and nxt.value is not None \
                and _APPOSITION_AFTER.match(_gap(text, whole.end, nxt.start)):
            stated = nxt
        else:
            k = i - 1
            while k >= 0 and sentence[k].end > start:
                k -= 1
            before_share = sentence[k] if k >= 0 else None
            if before_share is not None and before_share.kind == "count" and before_share.value is not None \
                    and _APPOSITION_BEFORE.match(_gap(text, before_share.end, start)):
                stated = before_share
        if stated is not None and stated.value is not None and not _within(stated, implied, opts):
            detail = (f"{label} of {whole.text} is {implied}, but the text gives {stated.text} "
                      f"({', '.join(map(format_number, rounding_interval(stated.value, stated.shape)))} "
                      "allowing for rounding)")
            involved = [whole, stated] + ([share] if share else [])
            yield make_finding(rule, involved, detail, key=(whole.measure or "",),
                               message=rule.render_message(whole=_vars(whole), parts=[_vars(stated)],
                                                           claims=[_vars(c) for c in involved], detail=detail))


def _vars(c: Claim) -> dict:
    return claim_vars(c)
