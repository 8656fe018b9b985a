"""rounding: a rounded figure must be a fair rounding of the precise one.

What it checks
    Claims with the same key where one figure is rounded ("nearly a
    million", "about 950,000", "more than 900,000", a bare "950,000") and
    another, for the same quantity, is more precise (948,000). A round
    figure stands for the values that round to it: its precision is set by
    its trailing zeros (950,000 → steps of 10,000; a figure with one
    significant digit such as "a million" → a tenth of itself), and its
    hedge says on which side: bare or "estimated" ±half a step, "about" ±a
    step, "nearly"/"fewer than"/"up to" within a step below, "more
    than"/"at least" within a step above. The precise figure must lie
    there (or within ``tolerance`` / ``relative_tolerance``); a precise figure
    given as a floor ("at least 1.7 million") is only a floor, so a rounding
    that reaches above it is fair and one that stays below it is not. ``scope``
    compares within one document, one source, or across all sources
    (default; each source's latest publication only). Two figures the text
    gives to two different sources are rival estimates, not a rounding of
    one another: agreement compares them; so are two floors one text gives
    to two sources ("more than 100" beside the officials' "at least 115": both true); so are two authorities' figures
    in two reports that lie apart as stated ("about 5 million" in one
    paper, 1.2 million in another).

Why it matters
    "More than 800,000 displaced" is true of 948,000 but badly stale; a
    headline "nearly a million" over a body of 1,020,000 is wrong in
    direction. Interval overlap alone lets both through.

Example
    ``More than 948,000 people have been displaced since December`` beside
    ``Nearly a million people have been displaced since December`` does not
    fire; beside ``More than 800,000 people have been displaced since
    December`` it fires.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Iterator, Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import (
    CheckContext,
    as_of_day,
    claim_vars,
    groups,
    latest_per_source,
    make_finding,
    places_compatible,
    rounding_interval,
    rounding_step,
    select,
)
from auditor.claims import Claim, Interval, format_number
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule
    from auditor.vocabulary import Vocabulary

TYPE = "rounding"
LOCAL = False   # findings may involve claims of several documents
DEFAULT_MESSAGE = ("{{ rounded.authority | possessive }} {{ rounded.text }} is not a fair rounding of "
                   "{{ precise.authority | possessive }} {{ precise.text }} (it stands for {{ allowed }})")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    scope: Literal["document", "source", "all"] = Field("all", description=(
        "Compare within one document, one source, or across all."
    ))
    tolerance: float = Field(0.0, ge=0, description="Absolute slack around the rounding interval.")
    relative_tolerance: float = Field(0.0, ge=0, le=1, description="The same, as a share of the figure.")
    latest_only: bool = Field(True, description="Compare each source's latest publication only.")
    max_ratio: float = Field(10, ge=1, description=(
        "Compare only figures within this factor of each other: an order of magnitude apart, the "
        "smaller is of a part (a city's crowd beside a nation's) or no count (the two of \"a factor "
        "of two\"), not a figure the larger rounds."
    ))


def _rounded_vs_precise(a: Claim, b: Claim) -> bool:
    """Whether ``a`` is a rounding of a strictly more precise ``b``."""
    if a.value is None or b.value is None or not a.shape:
        return False
    if b.shape not in ("exact", "above", "around"):
        return False
    return rounding_step(a.value) >= 100 and rounding_step(b.value) < rounding_step(a.value)


def _rivals(a: Claim, b: Claim) -> bool:
    """Whether the text gives each figure to a source of its own ("2.8 million according to the
    union, 1.27 million according to the ministry"): rival estimates, which agreement compares;
    neither is a rounding of the other. (A figure with no attribution may round anyone's.)"""
    return bool(a.according_to and b.according_to) and a.authority != b.authority


def _rival_floors(a: Claim, b: Claim) -> bool:
    """Whether one text gives two floors to two sources, naming at least one ("more than 100 have died"
    in its own words, "at least 115", the agency said): both are true of any count above the higher one,
    and the text reports two statements, not one figure rounded badly. A draft's floor beside a wire's,
    or one source's two floors ("more than 800,000" beside its own "more than 948,000"), stay: the lower
    misreads the count."""
    return a.shape == "above" and b.shape == "above" and a.doc == b.doc and a.authority != b.authority \
        and bool(a.according_to or b.according_to)


def _places_apart(a: Claim, b: Claim) -> bool:
    """Whether resolve keys the two figures under different places ("1,293" of a province beside the
    country's "more than 2,000"): a part and its whole, which part_whole compares, not a rounding."""
    if not a.quantity or not b.quantity:
        return False
    return a.quantity.split("/", 1)[0] != b.quantity.split("/", 1)[0]


def _of_a_moment(c: Claim, vocab: "Vocabulary") -> bool:
    """Whether a figure counts a standing quantity that moves within hours (a utility outage, measures.yaml
    ``kind: outage``, or a count named by an outage noun): its figures of two days are two moments."""
    if vocab.measure_entry(c.measure).kind == "outage":
        return True
    head = (c.thing_key or "").lower().split()[-1:]       # "Outages at Duke dropped to 925,000"
    return bool(head) and head[0].rstrip("s").endswith(("outage", "blackout"))


def _other_moments(a: Claim, b: Claim, vocab: "Vocabulary | None") -> bool:
    """Whether two figures of a quantity that moves within hours are given for two different days
    ("about 600,000 by Wednesday morning" beside "around 1.3 million at Monday's peak"), or two crowds
    of two days ("23,800 on Saturday, against 136,000 two weeks earlier"): an update or another
    quantity, the one no rounding of the other."""
    if vocab is None or not (_of_a_moment(a, vocab) or _of_a_moment(b, vocab)
                             or vocab.is_of_one_day(a.measure) and vocab.is_of_one_day(b.measure)):
        return False
    da, db = ((c.when_start or c.as_of or c.published or "")[:10] for c in (a, b))
    return bool(da and db) and da != db


def _agreements_pair(r: Claim, p: Claim) -> bool:
    """Whether two figures a key puts together are two reports' rival statements, which agreement
    judges: two authorities' figures in two texts that lie apart as stated, the precise one more than
    a step of the rounded one's precision beyond what it stands for. Across reports a rounding is one
    authority's figure told again, off by its step at most ("nearly a million" over 1,020,000); an
    authority's figure farther off is a rival count ("about 5 million" in one paper beside 1.2 million
    in another) or another quantity, and agreement tells those from updates, places and parts.
    Overlapping statements and one text's figures stay this check's."""
    if r.doc == p.doc or r.authority == p.authority or r.interval.overlaps(p.interval) \
            or r.value is None or p.value is None:
        return False
    lo, hi = rounding_interval(r.value, r.shape)
    step = rounding_step(r.value)
    return not (lo - step <= p.value <= hi + step)


def _near(a: float, b: float, max_ratio: float) -> bool:
    """Whether two figures are of one scale: "3.5 million" nationwide beside a city's 14,800 (or
    the "two" of "a factor of two") rounds nothing; whether such figures may disagree is for
    agreement and part_whole to say. Rival counts of one crowd (2 million vs 338,000) stay."""
    lo, hi = sorted((abs(a), abs(b)))
    return lo > 0 and hi <= lo * max_ratio


def _open_above_reaches(precise: Claim, allowed: Interval) -> bool:
    """"At least 1.7 million" is a floor, not a point: a rounding above it ("nearly 2 million")
    may be of the same true figure; only one that stays below the floor is unfair
    ("more than 800,000" beside "more than 948,000")."""
    if precise.shape != "above" or precise.value is None:
        return False
    return allowed.high > precise.value


# "The 468,000 theatregoers we counted", "Of the 13,150 apprentices who began": a figure the text names
# with a definite article counts what it counted before, whatever noun or date it gives it now
_NAMED_AGAIN_BEFORE = re.compile(r"\bthe[ \t]+$", re.I)
_GENERIC_THINGS = frozenset({"people", "persons", "individuals"})
_RESTATED_RATIO = 1.5      # a figure named again is of the scale of the one it restates


def _one_group(a: Claim, b: Claim, leaves: frozenset[str] = frozenset()) -> bool:
    """Whether two nouns may count one group: the same noun, a generic "people" beside a kind of people
    the taxonomy knows ("theatregoers"), two words of one entry with no kinds below it (``leaves``:
    "players", "entrants"), or one noun a form of the other ("apprentices", "apprenticeships")."""
    ka, kb = (a.thing_key or "").lower(), (b.thing_key or "").lower()
    if not ka or not kb:
        return False
    if ka == kb or a.thing_class and a.thing_class == b.thing_class and a.thing_class in leaves:
        return True
    if a.thing_class and a.thing_class == b.thing_class and (ka in _GENERIC_THINGS or kb in _GENERIC_THINGS):
        return True
    if " " in ka or " " in kb:
        return False
    short, long_ = sorted((_singular(ka), _singular(kb)), key=len)
    return len(short) >= 6 and long_.startswith(short)


def _singular(word: str) -> str:
    """A one-word thing without its plural ending ("apprentices" → "apprentice"): checks read what
    extraction resolved and stem nothing of their own beyond this."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counts_by_doc(claims: list[Claim]) -> dict[str, list[Claim]]:
    """Each text's counts that stand as levels: no change ("lowered by about 100"), no figure the text
    gives as earlier, none without a value. The checks within one text pair these."""
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        if c.kind == "count" and not c.change and not c.superseded and c.value is not None:
            by_doc.setdefault(c.doc, []).append(c)
    return by_doc


def _named_again(claims: list[Claim], ctx: CheckContext, seen: set[tuple[str, str]]) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (rounded, precise) of one text where the precise figure is named again with "the" after
    the rounded one, of one group of things: the nearest rounded figure before it is what it restates."""
    things = ctx.vocabulary.things if ctx.vocabulary is not None else {}
    leaves = frozenset(things) - {e.parent for e in things.values() if e.parent}
    for doc, members in _counts_by_doc(claims).items():
        text = ctx.texts.get(doc, "")
        for p in members:
            if p.in_title or p.part_of or p.value is None or p.shape != "exact" \
                    or not _NAMED_AGAIN_BEFORE.search(text, max(p.sentence_start, p.start - 6), p.start):
                continue
            rounded = [r for r in members if not r.in_title and r.start < p.sentence_start and r.value
                       and (r.measure is None or p.measure is None or r.measure == p.measure)
                       and _rounded_vs_precise(r, p) and _near(r.value, p.value, _RESTATED_RATIO)
                       and _one_group(r, p, leaves)]
            r = min(rounded, key=lambda r: abs(float(r.value or 0) - float(p.value or 0)), default=None)
            if r is not None and (r.id, p.id) not in seen:
                yield r, p


_REGISTER_DAYS = 100      # a register's precise count told beside a hedged one is of the same months


def _day_number(day: str | None) -> int | None:
    try:
        return dt.date.fromisoformat(day[:10]).toordinal() if day else None
    except ValueError:
        return None


def _named_again_by_head(a: Claim, b: Claim) -> bool:
    """Whether two attributions name one body, the second time by its head noun alone ("the region's
    education authority said", then "the authority's survey"): no rival sources."""
    wa, wb = (x.authority.lower().split() for x in (a, b))
    return bool(wa and wb) and wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1)


def _hedged_beside_precise(claims: list[Claim], ctx: CheckContext,
                           seen: set[tuple[str, str]]) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (hedged, precise) of one text: a figure the text hedges ("about 80,000 households are now
    waiting", "more than 5,000 teaching posts unfilled"), dated by no more than the day it was said, and
    the precise figure of the same noun that a register or survey gives in another sentence for the same
    months ("64,350 households were on the list at the end of October"). Rounding follows the hedge; a
    precise figure of another year ("3,480 a year earlier") or one given as a change's base is no count
    of the same thing, nor is a measured figure resolve gave no quantity beside one it keyed (a guess,
    no count: "the true toll likely exceeded 5,000"). When one of the precise figures fits the hedge, the
    hedge may round that one and is fair: "more than 800" beside "803, with 790 bodies recovered and 13
    who died in hospital" rounds the 803, and its part 790 is no rounding it misses. Otherwise the
    precise figure nearest in value is the one the hedge rounds."""
    for members in _counts_by_doc(claims).values():
        members = [c for c in members if not c.in_title and not c.share_of]
        bases = {c.change_from for c in members if c.change_from}
        precise = [p for p in members if p.hedge is None and p.shape == "exact" and p.id not in bases]
        for r in members:
            if r.hedge is None or r.value is None or r.shape not in ("around", "under", "above") \
                    or r.when_start != r.when_end or rounding_step(r.value) < 100:
                continue    # a hedged figure of a stated span is that span's, not a register's day
            said = _day_number(r.when_start or r.as_of or r.published)
            if said is None:
                continue
            found: list[Claim] = []
            fits = False
            stands_for = Interval(*rounding_interval(r.value, r.shape))
            for p in precise:
                if p.sentence_start == r.sentence_start or p.value is None or not _rounded_vs_precise(r, p) \
                        or not _near(r.value, p.value, _RESTATED_RATIO) \
                        or (r.thing_key or "").lower() != (p.thing_key or "").lower() or not r.thing_key \
                        or (r.measure and p.measure and r.measure != p.measure) \
                        or (r.where and p.where and r.where != p.where) \
                        or r.measure and r.quantity is None and p.quantity is not None \
                        or _rivals(r, p) and not _named_again_by_head(r, p) \
                        or _other_moments(r, p, ctx.vocabulary):
                    continue
                start, end = _day_number(p.when_start), _day_number(p.when_end)
                if start is not None and end is not None and not (end >= said - _REGISTER_DAYS
                                                                  and start <= said + _REGISTER_DAYS):
                    continue    # another year's count ("up from 3,480 a year earlier")
                found.append(p)
                # a bound the count keeps ("more than 9,000" beside 10,100) or a fair rounding of it
                fits = fits or r.high == float("inf") and p.value >= r.low or r.low == 0 and p.value <= r.high \
                    or stands_for.contains(p.value)
            best = min(found, key=lambda p: abs(float(p.value or 0) - float(r.value or 0)), default=None)
            if best is not None and not fits and (r.id, best.id) not in seen:
                yield r, best


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    seen: set[tuple[str, str]] = set()
    for f in _by_key(claims, rule, ctx):
        if len(f.claims) >= 2:
            seen.add((f.claims[0].id, f.claims[1].id))
        yield f
    opts: Options = rule.options
    chosen = ctx.claims(select(claims, rule.where, ctx.vocabulary))
    named = list(_named_again(chosen, ctx, seen))
    seen.update((r.id, p.id) for r, p in named)
    for r, p in named + list(_hedged_beside_precise(chosen, ctx, seen)):
        lo, hi = rounding_interval(r.value or 0, r.shape)
        allowed = Interval(lo, hi).widen(opts.tolerance, opts.relative_tolerance)
        if p.value is None or allowed.contains(p.value) or not ctx.wants((r, p)):
            continue
        shown = f"{format_number(lo)}..{format_number(hi)}"
        yield make_finding(
            rule, [r, p],
            f"{r.text} implies a figure in {shown} (steps of {format_number(rounding_step(r.value or 0))}); "
            f"{p.text}, the same count named again, is {format_number(p.value or 0)}",
            key=(r.thing_key or "",),
            message=rule.render_message(rounded=claim_vars(r), precise=claim_vars(p),
                                        claims=[claim_vars(r), claim_vars(p)], allowed=shown))


def _by_key(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    """The figures the rule's key puts together, compared pairwise."""
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    scope_col = {"document": "doc", "source": "source", "all": None}[opts.scope]
    if opts.latest_only and opts.scope != "document":
        selected = latest_per_source(selected, rule)
    for key, group in groups(selected, rule, focus=ctx.focus):
        members = ctx.claims(group)
        if scope_col:       # one document's or one source's figures at a time (an unknown source last)
            by_scope: dict[str | None, list[Claim]] = {}
            for c in members:
                by_scope.setdefault(getattr(c, scope_col), []).append(c)
            batches = [by_scope[k] for k in sorted(by_scope, key=lambda k: (k is None, k or ""))]
        else:
            batches = [members]
        for batch in batches:
            ordered = sorted(batch, key=lambda c: (c.published or "", c.doc, c.start))
            # copies of one figure (the same value, hedge and place from one source) are compared
            # once: the pairs are those of distinct figures, however many outlets repeat them
            copies: dict[tuple, list[Claim]] = {}
            for c in ordered:
                if c.change or c.superseded:
                    continue    # a change ("lowered by about 100") or an earlier figure is no level now
                copies.setdefault((c.authority, c.value, c.hedge, c.unit, c.where), []).append(c)
            # figures of different days are not compared (agreement tells an update from a rival),
            # so the pairs are those of one day's figures
            of_day: dict[str, list[Claim]] = {}
            for same in copies.values():
                of_day.setdefault(as_of_day(same[0]), []).append(same[0])
            for r, p in ((r, p) for members in of_day.values() for r in members for p in members):
                if r is p or r.value is None or p.value is None or not _rounded_vs_precise(r, p) \
                        or not _near(r.value, p.value, opts.max_ratio) or not places_compatible(r, p, rule) \
                        or _rivals(r, p) or _rival_floors(r, p) or _places_apart(r, p) \
                        or _other_moments(r, p, ctx.vocabulary) \
                        or _agreements_pair(r, p):
                    continue
                lo, hi = rounding_interval(r.value, r.shape)
                allowed = Interval(lo, hi).widen(opts.tolerance, opts.relative_tolerance)
                if allowed.contains(p.value) or _open_above_reaches(p, allowed):
                    continue
                shown = f"{format_number(lo)}..{format_number(hi)}"
                if not ctx.wants((r, p)):
                    continue
                yield make_finding(
                    rule, [r, p],
                    f"{r.text} implies a figure in {shown} (steps of {format_number(rounding_step(r.value))}); "
                    f"{p.text} is {format_number(p.value)}",
                    key=key,
                    message=rule.render_message(rounded=claim_vars(r), precise=claim_vars(p),
                                                claims=[claim_vars(r), claim_vars(p)], allowed=shown))
