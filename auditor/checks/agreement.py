"""agreement: the same quantity, reported by different sources, must agree.

What it checks
    Claims of one quantity (the rule's key, by default ``quantity``: the
    incident or stated period, the counted thing with its nationality, the
    measure, as ``resolve`` fills them in) from different authorities (the
    source a figure is attributed to, else the wire the outlet cites, else
    the outlet). Superseded figures ("initial reports had put the toll at
    22") are left out. Two claims agree when their intervals overlap, after
    widening by ``tolerance`` (absolute) or ``relative_tolerance`` (a share
    of the figure). For a cumulative quantity (a toll, people displaced
    since a date) a figure that is higher and held later is an update, not
    a conflict; figures of one authority are ``monotonic``'s business.

Why it matters
    A draft that says 22 soldiers were killed when every wire now says 33,
    or that quotes the UN's 948,000 displaced as 849,000, is wrong.
    Compatible statements are not errors: "at least 29" and "more than 30"
    overlap, and a toll of 29 on Thursday and 33 on Friday is an update.

Findings
    Each claim that conflicts with others is reported once, with the claims
    it conflicts with (the claim in conflict with the most others is
    blamed first); the explanation says why each pair is a conflict and not
    an update. Differences within tolerance give one ``warning`` per key;
    overlapping but different statements one ``info`` per key ("sources
    differ, intervals overlap"), unless ``report_overlap: false``; so do
    statements that meet only at a round figure ("nearly 5,000" and "more
    than 5,000": hedges around a round figure are loose, and the two differ
    only by the convention that reads them). A figure
    repeated by many outlets is named in its first 10 reports and the others
    counted (``more_reports``); a conflict names at most 20 figures against
    the blamed one and counts the rest (``more_figures``), so a finding does
    not grow with the corpus.

Example
    ``33 soldiers were killed on Thursday`` (Wire A) and ``22 soldiers were
    killed on Thursday`` (Wire B), the same day, fire; ``at least 29`` and
    ``more than 30`` do not (info only); 22 on Thursday then 29 on Friday
    from another source is an update.
"""

from __future__ import annotations

import datetime as dt
import heapq
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import (
    WINDOW_DAYS,
    CheckContext,
    as_of_day,
    as_of_moment,
    describe,
    groups,
    held_before,
    incident_places,
    latest_per_source,
    make_finding,
    pairs_in_window,
    places_compatible,
    places_side_by_side,
    same_country,
    select,
    separate_incidents,
    touch_at_round_number,
)
from auditor.checks.day_order import DayOrder
from auditor.claims import Claim, Interval, format_number, of_a_named_gathering
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule
    from auditor.vocabulary import Vocabulary

TYPE = "agreement"
LOCAL = False   # findings may involve claims of several documents
# ``a`` is the blamed figure, ``b`` the first it conflicts with, ``rivals`` every figure it conflicts
# with (``claims`` also holds the blamed figure's repeats in other reports, which agree with it)
DEFAULT_MESSAGE = ("{{ a.source }} says {{ a.text }} ({{ a.interval }}), "
                   "which conflicts with {{ rivals | map(attribute='source') | unique | join(', ') }} "
                   "({{ rivals | map(attribute='text') | join(', ') }})")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(0.0, ge=0, description=(
        "Absolute difference allowed between two figures (a warning, not an error)."
    ))
    relative_tolerance: float = Field(0.0, ge=0, le=1, description=(
        "Difference allowed as a share of the figure (0.05 = 5%)."
    ))
    report_overlap: bool = Field(True, description="Report overlapping but different statements as info.")
    latest_only: bool = Field(False, description="Compare each outlet's latest publication only.")
    vague: bool = Field(False, description="Also compare vague quantities (\"hundreds of\", \"thousands\"), "
                                           "whose intervals are a convention rather than a statement.")
    window_days: int | None = Field(WINDOW_DAYS, ge=0, description=(
        "Figures of an incident (a quantity whose key states no period) are compared only when the "
        "days they report lie within this many days: the day the text gives the figure (\"killed on "
        "Tuesday\"), else the day it held. Two tolls of one country weeks apart are two incidents. "
        "null compares every figure of a key."))
    over_time: bool = Field(True, description="For a cumulative quantity, a higher figure that held later "
                                              "is an update, not a conflict.")
    standing_days: int | None = Field(None, ge=0, description=(
        "For a standing count (a snapshot that goes up and down: people still missing, homes without "
        "power, patients in hospital), figures that held more than this many days apart are updates "
        "either way, not rivals: the missing list falls as people are found, outages as crews restore "
        "lines. null compares them like any snapshot."))


def _relation(ia: Interval, ib: Interval, opts: Options) -> str:
    """How two figures' intervals stand: 'same', 'overlap', 'touch' (apart only at a round
    figure: "nearly 5,000" and "more than 5,000"), 'tolerance' or 'conflict'."""
    if ia == ib:
        return "same"
    if ia.overlaps(ib):
        return "overlap"
    if touch_at_round_number(ia, ib):
        return "touch"
    if (opts.tolerance or opts.relative_tolerance) and (
            ia.widen(opts.tolerance, opts.relative_tolerance).overlaps(ib)
            or ib.widen(opts.tolerance, opts.relative_tolerance).overlaps(ia)):
        return "tolerance"
    return "conflict"


# a figure the text says a count was lowered to ("cut the number of confirmed dead to 38", "revised
# the toll down to 41"): a stated revision, so one above it is no rounding within tolerance
_LOWERED_TO = re.compile(
    r"\b(?:cut|cuts|cutting|lowered|lowers|lowering|reduced|reduces|downgraded|downgrades|scaled\s+back"
    r"|(?:revised|revises|corrected|corrects|brought|brings|adjusted)\s+(?:[\w'’-]+\s+){0,6}?down(?:wards?)?)"
    r"\b[^.;]{0,60}?\bto\s+(?:(?:at\s+least|about|around|some|nearly|just)\s+)?$", re.I)


def _stated_lower(c: Claim, ctx: CheckContext) -> bool:
    """Whether the text gives the figure as one a count was lowered to."""
    text = ctx.texts.get(c.doc, "") if not c.in_title else ""
    return bool(text) and _LOWERED_TO.search(text, max(c.sentence_start, c.start - 90), c.start) is not None


# a figure the text gives for one place of a wider event ("died in the port city alone", "in Kent
# alone, 40 homes", "four deaths in the capital itself"): a part of the event's figure, not a rival
# statement of it
_ALONE = re.compile(r"^[^.;:]{0,40}?\b(?:alone|itself)\b", re.I)
_ALONE_BEFORE = re.compile(r"\b(?:alone|itself)\b[^.;:\d]{0,40}$", re.I)


# a place the text names as a neighbour of the event's ("felt on neighbouring Bali, where two people
# died", "in the nearby province of Aceh, three were killed"): a share of the event elsewhere
_NEIGHBOUR_BEFORE = re.compile(r"\b(?:neighbou?ring|nearby|adjacent|adjoining)\s+(?:(?:island|province|state|region|"
                               r"county|district|town|city|country)\s+(?:of\s+)?)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _place_part(c: Claim, ctx: CheckContext) -> bool:
    """Whether the text gives the figure as one place's share of the event ("more than 80 died
    in the capital alone", "on neighbouring Bali, where two people died"): the claim is placed,
    and "alone" follows that place in its clause, or its sentence names the place as a neighbour."""
    text = ctx.texts.get(c.doc, "") if c.where and not c.in_title else ""
    if not text:
        return False
    place = (c.where or "").lower()
    if any(m.group(1).lower() == place for m in _NEIGHBOUR_BEFORE.finditer(text, c.sentence_start, c.start)):
        return True
    after = _ALONE.match(text[c.end:c.sentence_end])
    if after and (c.where or "").lower() in after.group().lower():
        return True
    before = _ALONE_BEFORE.search(text, max(c.sentence_start, c.start - 60), c.start)
    return before is not None and (c.where or "").lower() in text[max(c.sentence_start, c.start - 80):
                                                                  before.start() + 6].lower()


def _part_of_whole(part: Claim, whole: Claim, vocab: "Vocabulary") -> bool:
    """Whether ``whole`` counts the wider event ``part`` is one place's share of: it is placed
    nowhere narrower (no place, the part's country, or a place containing the part's)."""
    if not whole.where:
        return True
    pp, pw = vocab.canonical_place(part.where), vocab.canonical_place(whole.where)
    return pp != pw and (pw in vocab.place_ancestors(pp) or pw == vocab.country_of(pp))


def _part_exceeds(part: Claim, whole: Claim, ip: Interval, iw: Interval, day: DayOrder,
                  order: set[tuple]) -> bool:
    """Whether one place's share lies entirely above the whole event's figure, the whole not
    held earlier (an older, lower whole of a cumulative count is no statement on a later share)."""
    if not iw.entirely_below(ip):
        return False
    if part.quantity_kind != "cumulative":
        return True
    return not (_before(whole, part, order) or day.before(whole, part))


def _separate(a: Claim, b: Claim, vocab: "Vocabulary", places: dict[str, str]) -> bool:
    """``separate_incidents``, except that a country and a town in it are one place (a toll "in
    Italy" and a report placed in a town the gazetteer puts in Italy, which the places vocabulary
    does not hold), and a named ceremony's crowd is one gathering wherever its reports are placed."""
    if of_a_named_gathering(a.quantity):
        return False    # a crowd at one named ceremony, whichever towns the reports name beside it
    pa = vocab.canonical_place(a.where) if a.where else places.get(a.doc)
    pb = vocab.canonical_place(b.where) if b.where else places.get(b.doc)
    if pa and pb and pa != pb and (pa == vocab.country_of(pb) or pb == vocab.country_of(pa)):
        return False
    return separate_incidents(a, b, vocab, places)


# the dead counted by their bodies ("12 bodies were recovered"): as many as have been found, so
# some of the dead at most while others lie where no one has reached them yet
_BODY_WORDS = frozenset({"bodies", "body", "corpses", "remains"})


_BODIES_AFTER = re.compile(r"\s+(?:more\s+|other\s+|further\s+)?(?:bodies|body|corpses|remains)\b", re.I)


def _bodies_count(c: Claim, ctx: CheckContext) -> bool:
    """Whether a claim counts bodies by its own noun ("six bodies have been brought out"), not the
    dead ("the number killed was 125" after "identified all the bodies" counts the dead)."""
    if not c.thing or c.thing.split()[-1].lower() not in _BODY_WORDS or c.in_title:
        return False
    return _BODIES_AFTER.match(ctx.texts.get(c.doc, ""), c.end) is not None


def _bodies_below_toll(a: Claim, b: Claim, ia: Interval, ib: Interval, ctx: CheckContext) -> bool:
    """Whether one figure counts the bodies found and lies below the other's count of the dead:
    the bodies are a part of the toll, not a rival statement of it (more bodies than dead is)."""
    bodies_a, bodies_b = _bodies_count(a, ctx), _bodies_count(b, ctx)
    if bodies_a and not bodies_b:
        return ia.entirely_below(ib)
    if bodies_b and not bodies_a:
        return ib.entirely_below(ia)
    return False


# a figure the text gives as the only one confirmed ("only 259 deaths had been confirmed", "just 40 of
# them verified so far"): a lower count set against others' higher figures, a dispute, not an earlier toll
_ONLY_BEFORE = re.compile(r"\b(?:only|just|merely)\s+(?:about\s+|some\s+|around\s+)?$", re.I)
_CONFIRMED_AFTER = re.compile(r"^[^.;]{0,50}?\b(?:confirmed|verified|officially\s+recorded|certified)\b", re.I)


def _only_confirmed(frame_claims: list[Claim], ctx: CheckContext) -> set[tuple[str, float]]:
    """(document, value) of the figures a text gives as the only ones confirmed, for every claim of
    that value in that document ("has gone up to 259" beside "only 259 deaths confirmed")."""
    marked: set[tuple[str, float]] = set()
    for c in frame_claims:
        text = ctx.texts.get(c.doc, "") if not c.in_title and c.value is not None else ""
        if text and c.value is not None and _ONLY_BEFORE.search(text, max(c.sentence_start, c.start - 20), c.start) \
                and _CONFIRMED_AFTER.match(text[c.end:c.sentence_end]):
            marked.add((c.doc, c.value))
    return marked


def _disputed_earlier(frame: pd.DataFrame, ctx: CheckContext) -> set[str]:
    """The ids of figures a text gives as said earlier by one authority ("the minister had said
    earlier that 319 had died") beside a lower figure of another that it calls the only one
    confirmed ("only 259 deaths had been confirmed"): the report sets the two against each other,
    so the earlier one is a rival statement, not a figure its own source has since replaced."""
    old = frame[frame["superseded"].astype(bool) & frame["quantity"].notna() & frame["value"].notna()]
    if old.empty:
        return set()
    docs = set(old["doc"])
    current = ctx.claims(frame[~frame["superseded"].astype(bool) & frame["doc"].isin(docs)
                               & frame["quantity"].notna()])
    marked = _only_confirmed(current, ctx)
    if not marked:
        return set()
    lowest = {(c.doc, c.quantity): c for c in current if (c.doc, c.value) in marked}
    return {c.id for c in ctx.claims(old)
            if (c.doc, c.quantity) in lowest and c.value is not None
            and c.interval.low > lowest[(c.doc, c.quantity)].interval.high
            and c.authority != lowest[(c.doc, c.quantity)].authority}


def _disputed_lower(a: Claim, b: Claim, ia: Interval, ib: Interval, marked: set[tuple[str, float]]) -> bool:
    """Whether the lower of two same-day figures of different authorities is one its text gives as the
    only figure confirmed: the text sets it against higher counts, so the higher is a rival, not an
    earlier toll or an update, whatever order the day's reports give them in."""
    if not marked or a.authority == b.authority or as_of_day(a) != as_of_day(b):
        return False
    lower = a if ia.entirely_below(ib) else b if ib.entirely_below(ia) else None
    return lower is not None and (lower.doc, lower.value) in marked


def _when(c: Claim) -> str:
    return as_of_moment(c) or as_of_day(c) or "an unknown time"


def _explain(a: Claim, b: Claim, parts: dict[frozenset[str], Claim] | None = None) -> str:
    part = (parts or {}).get(frozenset((a.id, b.id)))
    if part is not None:
        whole = b if part is a else a
        return (f"{part.authority} {describe(part)} for {part.where} alone lies entirely above "
                f"{whole.authority} {describe(whole)} for the whole event, which was not given later: "
                "a part exceeds its whole")
    ia, ib = a.interval, b.interval
    lo, hi = (a, b) if ia.high <= ib.low else (b, a)
    gap = (f"{lo.authority} {describe(lo)} lies entirely below {hi.authority} {describe(hi)}: "
           f"they differ by at least {format_number(hi.interval.low - lo.interval.high)}"
           + (f" {hi.unit_compared}" if hi.unit else ""))
    if lo.quantity_kind != "cumulative":
        return gap
    if not held_before(lo, hi) and not held_before(hi, lo):
        return gap + f"; both held on {as_of_day(lo)}, so neither is an update of the other"
    return gap + (f"; the lower figure came later ({_when(lo)}, after {_when(hi)}), "
                  "so it is not an update of a cumulative count")


def _statement(c: Claim) -> tuple:
    """What makes two claims the same statement: who, what interval, when, where."""
    return (c.authority, c.low, c.high, c.low_inclusive, c.high_inclusive, as_of_day(c), as_of_moment(c),
            c.where, c.unit, c.quantity_kind)


LISTED_REPORTS = 10   # reports named per distinct statement in a finding; the rest are counted
LISTED_FIGURES = 20   # figures named as conflicting with the blamed one; the rest are counted


def _listed(copies: list[Claim]) -> list[Claim]:
    """The claims a finding names for one statement: those of its first ``LISTED_REPORTS`` reports.

    A wire figure run by hundreds of outlets is one statement: the finding names it in its
    first reports (an editor sees which outlets carry it, each with every sentence that says
    it) and counts the rest, so a finding's size does not grow with the archive."""
    named = set(list(dict.fromkeys(c.doc for c in copies))[:LISTED_REPORTS])
    return [c for c in copies if c.doc in named]


def _named(rule: "Rule", statements: list[list[Claim]], explanation: str, more_figures: int = 0,
           **kw) -> Finding:
    """A finding naming a bounded list of reports per statement, with the count of the others."""
    involved = [c for copies in statements for c in _listed(copies)]
    listed = {c.doc for c in involved}
    more = len({c.doc for copies in statements for c in copies} - listed)
    if not more and not more_figures:
        return make_finding(rule, involved, explanation, **kw)
    reports = f"{more} other report{'s' if more != 1 else ''}"
    if more:
        explanation += f"; the same figures are also in {reports}"
    finding = make_finding(rule, involved, explanation, **kw)
    said = [f"and in {reports}"] if more else []
    if more_figures:
        said.append(f"{more_figures} other conflicting figure{'s' if more_figures != 1 else ''}")
    return replace(finding, message=f"{finding.message} ({'; '.join(said)})", more_reports=more,
                   more_figures=more_figures)


def _wanted(ctx: CheckContext, statements: list[list[Claim]]) -> bool:
    """Whether a finding on these statements involves a claim under audit (``CheckContext.wants``):
    checked before its explanation and message are made."""
    return ctx.wants(c for copies in statements for c in _listed(copies))


def _text_order(frame: pd.DataFrame) -> set[tuple]:
    """(quantity, earlier value, later value) that some text tells apart: a document giving one
    figure as an earlier one ("a previous count had put the toll at 29") beside a current one
    (33) says 29 held before 33, also where other reports of the same day give no clock time."""
    if "superseded" not in frame or frame.empty:
        return set()
    old = frame[frame["superseded"].astype(bool) & frame["quantity"].notna()]
    if old.empty:
        return set()
    current = frame[~frame["superseded"].astype(bool) & frame["doc"].isin(set(old["doc"]))]
    merged = old[["doc", "quantity", "value"]].merge(current[["doc", "quantity", "value"]],
                                                     on=["doc", "quantity"], suffixes=("_old", "_new"))
    return {(q, a, b) for q, a, b in zip(merged["quantity"], merged["value_old"], merged["value_new"])
            if a == a and b == b and a != b}


def _before(a: Claim, b: Claim, order: set[tuple]) -> bool:
    """Whether ``a`` held before ``b``: by ``as_of``, else by what a text says of the two figures."""
    return held_before(a, b) or (not held_before(b, a) and (a.quantity, a.value, b.value) in order)


def _is_update(a: Claim, b: Claim, order: set[tuple] = frozenset(),   # type: ignore[assignment]
               ia: Interval | None = None, ib: Interval | None = None, day: DayOrder | None = None) -> bool:
    """Whether one cumulative figure is a later, higher figure than the other: an update
    (``ia`` and ``ib``: their intervals, when the caller has them already; ``day``: the order
    of one day's figures where the texts give it)."""
    if a.quantity_kind != "cumulative" or b.quantity_kind != "cumulative":
        return False
    ia, ib = ia or a.interval, ib or b.interval
    if day is not None and as_of_day(a) == as_of_day(b):
        if day.before(a, b):
            return ia.entirely_below(ib)
        if day.before(b, a):
            return ib.entirely_below(ia)
    if _before(a, b, order):
        return ia.entirely_below(ib)
    if _before(b, a, order):
        return ib.entirely_below(ia)
    return False


def _standing_update(a: Claim, b: Claim, days: int | None) -> bool:
    """Whether two figures of a standing count (a snapshot, not a toll) held more than ``days``
    days apart: a later figure of a count that goes up and down is an update whichever way it went."""
    if days is None or a.quantity_kind != "snapshot" or b.quantity_kind != "snapshot":
        return False
    try:
        apart = abs((dt.date.fromisoformat(as_of_day(a)) - dt.date.fromisoformat(as_of_day(b))).days)
    except ValueError:
        return False
    return apart > days


def _crowd_recounted(a: Claim, b: Claim, ia: Interval, ib: Interval, vocab: "Vocabulary") -> bool:
    """Whether two counts of one day's crowd are a first count and a later, higher one ("up to
    125,000" that evening; "an estimated 136,000" in the next day's paper, or the ministry's 136,000
    in a later report): a crowd is counted again once the day is over, and the later count stands.
    Only when neither text names a source for its figure, or both name the same authority: the
    organisers' figure the next day against the police's of the evening is a rival, which
    ``estimates-agree`` asks to attribute, and so is a figure with no source against a named one
    (it may be anyone's)."""
    if not (vocab.is_of_one_day(a.measure) and vocab.is_of_one_day(b.measure)):
        return False
    lower, higher = (a, b) if ia.entirely_below(ib) else (b, a) if ib.entirely_below(ia) else (None, None)
    if lower is None or higher is None:
        return False
    if a.authority != b.authority and (a.according_to or b.according_to):
        return False
    if a.according_to and b.according_to and as_of_day(lower) == as_of_day(higher):
        return (lower.published or "")[:10] < (higher.published or "")[:10]  # the same authority's, later
    return as_of_day(lower) != as_of_day(higher) and held_before(lower, higher)


# the most partners a blamed statement's are compared among themselves for (a key of hundreds of
# rival figures is blamed by its degree alone)
_PARTNERS_COMPARED = 12


def _blame_order(members: list[Claim], conflicts: list[tuple[int, int]],
                 relations: dict[tuple[int, int], str] | None = None) -> Iterator[tuple[int, list[int]]]:
    """The statements to blame, one at a time, with those they still conflict with: the one in
    most conflicts first (the later published, then the first, on a tie), its conflicts then
    settled; but never first one whose rivals would list, on one side, two different figures of one
    authority that agree with each other, a figure and its update ("almost two million", later "two
    million", both the organisers', against the police's 338,000): each of them is set against it in
    turn, so no finding reads an update as a rival. Degrees are kept up to date in a heap, so a key
    of many conflicting statements costs its conflicts, not its conflicts times the statements blamed."""
    partners: dict[int, set[int]] = {}
    for i, j in conflicts:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    order = {day: k for k, day in enumerate(sorted({members[n].published or "" for n in partners}))}
    rank = {n: order[members[n].published or ""] for n in partners}

    def agreeing_rivals(n: int) -> bool:
        rivals = sorted(partners[n])
        if relations is None or len(rivals) > _PARTNERS_COMPARED:
            return False
        return any(relations.get((a, b)) in ("overlap", "touch") and members[a].authority == members[b].authority
                   for k, a in enumerate(rivals) for b in rivals[k + 1:])

    def entry(n: int) -> tuple[bool, int, int, int]:
        return agreeing_rivals(n), -len(partners[n]), -rank[n], n

    heap = [entry(n) for n in partners]
    heapq.heapify(heap)
    while heap:
        top = heapq.heappop(heap)
        n = top[-1]
        if not partners.get(n) or top != entry(n):
            continue        # a stale entry: its rivals changed since it was pushed
        others = sorted(partners.pop(n))
        for p in others:
            partners[p].discard(n)
            if partners[p]:
                heapq.heappush(heap, entry(p))
        yield n, others


def _conflict_finding(rule: "Rule", ctx: CheckContext, key: tuple, blamed: int, partners: list[int],
                      members: list[Claim], copies_of: list[list[Claim]], one_source: set[tuple[int, int]],
                      parts: dict[frozenset[str], Claim]) -> Iterator[Finding]:
    """The finding of one blamed figure against some of the figures it conflicts with (none when
    it involves no claim under audit)."""
    a = members[blamed]
    same = all((min(blamed, p), max(blamed, p)) in one_source for p in partners)
    # the figures it conflicts with are named up to a bound and counted beyond it: a
    # finding's size must not grow with the number of distinct figures of its key
    unnamed = len(partners) - LISTED_FIGURES
    partners = partners[:LISTED_FIGURES]
    statements = [copies_of[blamed]] + [copies_of[p] for p in partners]
    if not _wanted(ctx, statements):
        return
    others = [members[p] for p in partners]
    explanation = "; ".join(_explain(a, b, parts) for b in others)
    if unnamed > 0:
        explanation += f"; {unnamed} other figure{'s' if unnamed != 1 else ''} conflict with it too"
    if same:
        explanation += (f"; both are {a.authority}'s figures for one day, with no time to "
                        "tell an update from a misquote")
    rivals = [c for copies in statements[1:] for c in _listed(copies)]
    yield _named(rule, statements, explanation, key=key, a=a, b=others[0], rivals=rivals,
                 more_figures=max(0, unnamed),
                 severity="warning" if same and rule.severity == "error" else None)


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    order = _text_order(selected)
    if "superseded" in selected:
        disputed = _disputed_earlier(selected, ctx)
        selected = selected[~selected["superseded"].astype(bool) | selected["id"].isin(disputed)]
    if not opts.vague:
        # a range ("between 135,000 and 150,000") states its bounds: no value, yet no vague quantity
        stated = selected["value"].notna()
        if "hedge" in selected:
            stated = stated | (selected["hedge"].notna() & ~selected["hedge"].isin(list(ctx.vocabulary.vague)))
        selected = selected[stated]
    if opts.latest_only:
        selected = latest_per_source(selected, rule)
    places = incident_places(ctx.claims(selected), ctx.vocabulary)
    for key, group in groups(selected, rule, focus=ctx.focus):
        ordered = sorted(ctx.claims(group), key=lambda c: (c.as_of or c.published or "", c.doc, c.start))
        # copies of one statement (a wire's figure in every outlet that runs it) are compared once:
        # the pairs are those of distinct statements, not of claims, however many outlets repeat them
        copies: dict[tuple, list[Claim]] = {}
        for c in ordered:
            copies.setdefault(_statement(c), []).append(c)
        members = [same[0] for same in copies.values()]
        day_order = DayOrder(members)
        copies_of = [same for same in copies.values()]
        # what every pair reads of its two figures, worked out once a figure, not once a pair
        intervals = [c.interval for c in members]
        authorities = [c.authority for c in members]
        pairs: dict[tuple[int, int], str] = {}
        one_source: set[tuple[int, int]] = set()
        place_parts = [_place_part(c, ctx) for c in members]
        parts: dict[frozenset[str], Claim] = {}    # pairs of a place's share and the whole → the share
        confirmed_only = _only_confirmed(ordered, ctx)
        for i, j in pairs_in_window(members, opts.window_days):
            a, b = members[i], members[j]
            if place_parts[i] != place_parts[j]:
                part, whole, ip, iw = (a, b, intervals[i], intervals[j]) if place_parts[i] \
                    else (b, a, intervals[j], intervals[i])
                if _part_of_whole(part, whole, ctx.vocabulary) and same_country(a, b, ctx.vocabulary):
                    # one place's share beside the whole: only a share above the whole conflicts
                    if _part_exceeds(part, whole, ip, iw, day_order, order):
                        pairs[(i, j)] = "conflict"
                        parts[frozenset((a.id, b.id))] = part
                    continue
                if places_side_by_side(part, whole, ctx.vocabulary):
                    continue    # the capital's own four beside "at least 42 in Morelos": two places' counts
            if authorities[i] == authorities[j]:
                if a.doc == b.doc or a.quantity_kind == "cumulative" and (_before(a, b, order)
                                                                         or _before(b, a, order)):
                    continue        # one authority's series over time: monotonic's business
                one_source.add((i, j))  # one authority, two figures, no order: a misquote?
            if not places_compatible(a, b, rule) or not same_country(a, b, ctx.vocabulary) \
                    or _separate(a, b, ctx.vocabulary, places):
                continue
            relation = _relation(intervals[i], intervals[j], opts)
            if relation != "same" and _bodies_below_toll(a, b, intervals[i], intervals[j], ctx):
                continue            # "six bodies brought out" beside "at least 30 dead": a part of the toll
            if relation in ("conflict", "tolerance", "touch") and opts.over_time \
                    and _is_update(a, b, order, intervals[i], intervals[j], day_order) \
                    and not _disputed_lower(a, b, intervals[i], intervals[j], confirmed_only):
                continue
            if relation in ("conflict", "tolerance", "touch") and _standing_update(a, b, opts.standing_days):
                continue            # the missing a week later, lower: people were found
            if relation in ("conflict", "tolerance") and opts.over_time \
                    and _crowd_recounted(a, b, intervals[i], intervals[j], ctx.vocabulary):
                continue            # the evening's "up to 125,000", the next day's 136,000: the final count
            if relation == "tolerance" and (i, j) in one_source:
                continue            # one source's figures a little apart on one day: an update
            if relation == "tolerance" and (
                    _stated_lower(a, ctx) and intervals[i].entirely_below(intervals[j])
                    or _stated_lower(b, ctx) and intervals[j].entirely_below(intervals[i])):
                relation = "conflict"   # a count cut to 38 beside another's 39: a revision, not noise
            pairs[(i, j)] = relation
        removed: set[int] = set()
        for blamed, partners in _blame_order(members, [p for p, r in pairs.items() if r == "conflict"], pairs):
            removed.add(blamed)
            yield from _conflict_finding(rule, ctx, key, blamed, partners, members, copies_of, one_source, parts)
        rest = {p: r for p, r in pairs.items() if not removed & set(p)}
        # a pair a little apart is worth a warning even when one of its figures conflicts elsewhere
        near = sorted({n for p, r in pairs.items() if r == "tolerance" for n in p})
        if near:
            if not _wanted(ctx, [copies_of[n] for n in near]):
                continue
            near_claims = [c for n in near for c in _listed(copies_of[n])]
            listed = ", ".join(f"{c.authority} {c.text}" for c in near_claims)
            yield _named(
                rule, [copies_of[n] for n in near],
                f"intervals do not overlap but differ within tolerance "
                f"(absolute {format_number(opts.tolerance)}, relative {opts.relative_tolerance:g})",
                severity="warning" if rule.severity == "error" else rule.severity, key=key,
                message=f"Sources differ slightly, within tolerance: {listed}")
        elif opts.report_overlap and any(r in ("overlap", "touch") for r in rest.values()):
            differing = sorted({n for p, r in rest.items() if r in ("overlap", "touch") for n in p})
            if not _wanted(ctx, [copies_of[n] for n in differing]):
                continue
            dc = [c for n in differing for c in _listed(copies_of[n])]
            listed = ", ".join(f"{c.authority} {c.text}" for c in dc)
            touching = any(r == "touch" for r in rest.values())
            how = "intervals overlap or meet at a round figure" if touching else "intervals overlap"
            yield _named(rule, [copies_of[n] for n in differing], f"sources differ, {how}: "
                               + ", ".join(f"{c.authority} {describe(c)}" for c in dc),
                               severity="info", key=key,
                               message=f"Sources differ, {how}: {listed}")
