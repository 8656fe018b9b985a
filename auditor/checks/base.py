"""What every rule type shares: selecting claims, keys, and making findings."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

import pandas as pd

from auditor.claims import Claim, Interval, format_interval, of_incident
from auditor.findings import Finding
from auditor.vocabulary import Vocabulary

if TYPE_CHECKING:
    from auditor.rule import Rule, Selector

class OptionError(Exception):
    """A type's ``prepare`` found a bad option; the loader adds where it is."""

    def __init__(self, option: str, message: str) -> None:
        super().__init__(message)
        self.option = option
        self.message = message


# a rule's key names → columns of the claims table
KEY_COLUMNS = {"quantity": ["quantity"], "thing": ["thing_key"], "when": ["when_start", "when_end"], "where": ["where"],
               "measure": ["measure"], "source": ["source"], "according_to": ["according_to"],
               "unit": ["base_unit"], "kind": ["kind"]}
# fields compared loosely: an unknown (null) place is compatible with any
LOOSE_KEYS = {"where"}


@dataclass(frozen=True)
class CheckContext:
    vocabulary: Vocabulary
    claims_by_id: dict[str, Claim]
    texts: dict[str, str]          # document id → text, for quoting sentences
    documents: dict[str, Any] = field(default_factory=dict)  # document id → Document (titles)
    # the ids of the claims under audit when others come along only to be compared with them
    # (the archive's): a key none of them is in can yield no finding worth making
    focus: frozenset[str] | None = None

    def wants(self, claims: Iterable[Claim]) -> bool:
        """Whether a finding on ``claims`` is worth making: it involves a claim under audit."""
        return self.focus is None or any(c.id in self.focus for c in claims)

    def sentence_of(self, c: Claim) -> str:
        return self.texts.get(c.doc, "")[c.sentence_start:c.sentence_end]

    def claims(self, frame: pd.DataFrame | list[str]) -> list[Claim]:
        """The claims of a frame's rows, or of a list of ids (``groups``)."""
        ids = frame if isinstance(frame, list) else frame["id"]
        return [self.claims_by_id[i] for i in ids]


def select(frame: pd.DataFrame, selector: "Selector", vocab: Vocabulary) -> pd.DataFrame:
    """The claims a rule's ``where:`` selects (things include their descendants).

    A missing field selects nothing. Missing is None under pandas 2 but a NaN
    float in pandas 3's object and string columns, so every value is checked
    to be a non-empty string before it is compared (issue 16).
    """
    mask = pd.Series(True, index=frame.index)
    for name in type(selector).model_fields:
        wanted = getattr(selector, name)
        if wanted is not None:
            mask &= _selected(frame, name, {str(w) for w in wanted}, vocab)
    return frame[mask]


def _text(v: Any) -> str | None:
    return v if isinstance(v, str) and v else None


def _selected(frame: pd.DataFrame, name: str, wanted: set[str], vocab: Vocabulary) -> pd.Series:
    """Which rows one field of a selector selects."""
    if name == "thing":
        lowered = {w.lower() for w in wanted}
        col = _each_value(frame["thing_class"], lambda t: _text(t) is not None
                          and any(a.lower() in lowered for a in vocab.thing_ancestors(t)))
        col |= _each_value(frame["thing_key"], lambda t: _text(t) is not None and t.lower() in lowered)
        return col
    if name == "where":       # a place selects the places within it too
        places = {vocab.canonical_place(w) for w in wanted}
        return _each_value(frame["where"],
                           lambda p: _text(p) is not None and any(a in places for a in vocab.place_ancestors(p)))
    if name in ("source", "according_to"):   # aliases name the same source
        names = {vocab.canonical_source(w) for w in wanted}
        return _each_value(frame[name], lambda s: _text(s) is not None and vocab.canonical_source(s) in names)
    return _each_value(frame[name], lambda v: _text(v) is not None and v in wanted)


def _each_value(column: pd.Series, test: Callable[[Any], bool]) -> pd.Series:
    """``test`` of each row's value, as booleans, worked out once a distinct value: a column of a
    batch's claims holds a few hundred things, places or sources among a hundred thousand rows."""
    # every test selects only text, so anything else (None, NaN, pandas' NA) is one value: None
    values = [v if isinstance(v, str) else None for v in column.tolist()]
    answers = {v: test(v) for v in set(values)}
    return pd.Series([answers[v] for v in values], index=column.index, dtype=bool)


def group_columns(rule: "Rule") -> list[str]:
    cols: list[str] = []
    for k in rule.key:
        if k not in LOOSE_KEYS:
            cols.extend(KEY_COLUMNS[k])
    return cols


def groups(frame: pd.DataFrame, rule: "Rule", strict_where: bool = False,
           focus: frozenset[str] | None = None) -> list[tuple[tuple, list[str]]]:
    """The ids of the claims sharing each value of the rule's key, in key order (claims in table
    order within a group); rows with a missing key field never group. With ``focus``
    (``CheckContext.focus``), only the groups holding one of those claims.

    ``where`` is loose by default (an unknown place may meet any place, and
    the check compares places pairwise); ``strict_where`` makes it part of
    the key, with an unknown place as a value of its own. Ids, not frames: a table of
    thousands of keys is grouped in one pass, not sliced once per key.
    """
    cols = group_columns(rule)
    if frame.empty:
        return []
    if strict_where and "where" in rule.key:
        frame = frame.assign(_where=frame["where"].fillna(""))
        cols = cols + ["_where"]
    usable = frame.dropna(subset=[c for c in cols if c != "when_end"]) if cols else frame
    if not cols:
        return [((), usable["id"].tolist())]
    if usable.empty:
        return []
    numbers = usable.groupby(cols, sort=True, dropna=False).ngroup().tolist()
    rows = zip(*(usable[c].tolist() for c in cols))
    found: dict[int, tuple[tuple, list[str]]] = {}
    for n, claim_id, key in zip(numbers, usable["id"].tolist(), rows):
        group = found.get(n)
        if group is None:
            found[n] = (tuple(key), [claim_id])
        else:
            group[1].append(claim_id)
    return [found[n] for n in sorted(found) if focus is None or not focus.isdisjoint(found[n][1])]


def as_of_day(c: Claim) -> str:
    """The day a figure held (``as_of``, else publication), for telling updates from rivals."""
    return (c.as_of or c.published or "")[:10]


def as_of_moment(c: Claim) -> str | None:
    """The moment a figure held when the document gives a clock time, else None."""
    when = c.as_of or c.published or ""
    return when if len(when) > 10 and when[10:19] != "T00:00:00" else None


def held_before(a: Claim, b: Claim) -> bool:
    """Whether ``a`` held strictly before ``b``: an earlier day, or the same day at an earlier
    clock time when both documents give one (figures of one day without times are unordered)."""
    da, db = as_of_day(a), as_of_day(b)
    if da != db:
        return da < db
    ma, mb = as_of_moment(a), as_of_moment(b)
    return ma is not None and mb is not None and ma < mb


WINDOW_DAYS = 7     # the default span of days over which figures of one incident are compared


def incident_day(c: Claim) -> int | None:
    """The day (an ordinal) a figure of an incident is given for, when the text gives one ("killed
    on Tuesday", "the June 16 march") and its quantity is an incident's (``claims.of_incident``:
    a key that states a period, "in February" or "since December 1", is bounded by it already).
    None when the text gives no day: such a figure may belong to any incident of its key."""
    if c.quantity and not of_incident(c.quantity):
        return None
    if not c.when_start or c.when_start != c.when_end:
        return None
    try:
        return dt.date.fromisoformat(c.when_start[:10]).toordinal()
    except ValueError:
        return None


def pairs_in_window(claims: list[Claim], days: int | None) -> list[tuple[int, int]]:
    """Index pairs (i < j) of ``claims`` that may report one incident: all of them, except pairs
    whose texts give days (``incident_day``) more than ``days`` apart (None: every pair).

    "Killed on 3 March" and "killed on 24 March" in one country are two incidents, not two sources
    in conflict; and a key that collects years of dated coverage costs each figure its neighbours
    in time, not every figure of the key. A figure with no day may be of any incident: it meets
    every other (the Maria toll of 64, repeated for months, against a study's 4,645)."""
    n = len(claims)
    if days is None:
        return [(i, j) for i in range(n) for j in range(i + 1, n)]
    day_of = [incident_day(c) for c in claims]
    undated = [i for i in range(n) if day_of[i] is None]
    pairs = [(min(i, j), max(i, j)) for i in undated for j in range(n)
             if j != i and (day_of[j] is not None or j > i)]
    dated = sorted((d, i) for i, d in enumerate(day_of) if d is not None)
    for k, (d, i) in enumerate(dated):
        for m in range(k + 1, len(dated)):
            d2, j = dated[m]
            if d2 - d > days:
                break
            pairs.append((min(i, j), max(i, j)))
    return sorted(pairs)


def same_country(a: Claim, b: Claim, vocab: Vocabulary) -> bool:
    """Whether two claims may be about one place: a thing with a nationality ("Turkish
    soldiers") travels, otherwise claims placed in two different countries are not compared."""
    if not a.where or not b.where or "[" in (a.quantity or "") or a.where == b.where:
        return True
    ca, cb = vocab.country_of(a.where), vocab.country_of(b.where)
    return ca is None or cb is None or ca == cb


def incident_places(claims: Iterable[Claim], vocab: Vocabulary) -> dict[str, str]:
    """Each document's incident place: the known place below a country its figures name most
    (the first by name on a tie), where a figure the text leaves unplaced ("Among the dead were
    nine civilians") happened, as ``resolve`` dates such a figure to the document's day."""
    counts: dict[str, Counter[str]] = {}
    for c in claims:
        if c.where and not c.in_title:
            place = vocab.canonical_place(c.where)
            if place and vocab.country_of(place) not in (None, place):
                counts.setdefault(c.doc, Counter())[place] += 1
    return {doc: min(n, key=lambda p: (-n[p], p)) for doc, n in counts.items()}


def separate_incidents(a: Claim, b: Claim, vocab: Vocabulary, places: dict[str, str] | None = None) -> bool:
    """Whether the texts tell two figures of one key apart as two quantities by where they
    happened: two known places, neither within the other (a figure's own, else its document's
    incident place, ``incident_places``). For a stated period ("killed in Damascus in January",
    "in Idlib in January") the places suffice; an incident's figures must also be given for
    different days ("killed in Saraqeb on Wednesday", "in Damascus on Sunday"), since reports of
    one strike differ on its day and name a town or its province. A thing with a nationality
    ("Turkish soldiers") travels, and its reports name places loosely (``same_country``): its
    figures are never told apart so. A figure of one day (a crowd, ``of_one_day`` in measures.yaml)
    that a text dates to another day than the other is two quantities wherever it was."""
    if "[" in (a.quantity or ""):
        return False
    if vocab.is_of_one_day(a.measure) and of_incident(a.quantity) and _held_on_other_days(a, b):
        return True     # a crowd of one day is never another day's: "450,000, against 800,000 on March 23"
    pa = vocab.canonical_place(a.where) if a.where else (places or {}).get(a.doc)
    pb = vocab.canonical_place(b.where) if b.where else (places or {}).get(b.doc)
    if not pa or not pb or pa == pb or vocab.country_of(pa) is None or vocab.country_of(pb) is None:
        return False
    if pa in vocab.place_ancestors(pb) or pb in vocab.place_ancestors(pa):
        return False
    if not of_incident(a.quantity):
        return True
    da, db = incident_day(a), incident_day(b)
    return da is not None and db is not None and da != db


def _held_on_other_days(a: Claim, b: Claim) -> bool:
    """Whether two figures held on days more than two days apart: reports of one march appear on the
    day and up to two days after (an undated crowd is of its report's day), and a text's "one day
    after" is easily read as its own day."""
    da, db = _day_held(a), _day_held(b)
    return da is not None and db is not None and abs(da - db) > 2


def _day_held(c: Claim) -> int | None:
    """The day (an ordinal) a figure held: a day the text gives it ("against 800,000 on March 23",
    ``as_of`` before publication), else the day it is given for, else its publication's."""
    day = as_of_day(c)
    if day == (c.published or "")[:10]:
        given = incident_day(c)
        if given is not None:
            return given
    try:
        return dt.date.fromisoformat(day).toordinal()
    except ValueError:
        return None


def places_compatible(a: Claim, b: Claim, rule: "Rule") -> bool:
    if "where" not in rule.key:
        return True
    return a.where is None or b.where is None or a.where == b.where


def places_side_by_side(a: Claim, b: Claim, vocab: Vocabulary) -> bool:
    """Whether two figures are placed in two places within one country, neither within the other ("42 in
    Morelos", "11 in Puebla"): two places' counts, neither a rival of the other, its whole, nor a later
    figure of one series."""
    pa, pb = vocab.canonical_place(a.where), vocab.canonical_place(b.where)
    if not pa or not pb or pa == pb or vocab.country_of(pa) in (None, pa) or vocab.country_of(pb) in (None, pb):
        return False
    return pa not in vocab.place_ancestors(pb) and pb not in vocab.place_ancestors(pa)


def placed_within(part: Claim, whole: Claim, vocab: Vocabulary) -> bool:
    """Whether the text places ``part`` in a place it names inside the place it names for ``whole``
    ("170 in KwaZulu-Natal" beside "212 in South Africa"): that place's share of the whole, not a
    rival or a later statement of one series. Both must name a place, and the gazetteer must hold
    the part's place inside the whole's (the country or a region above it)."""
    pp, pw = vocab.canonical_place(part.where), vocab.canonical_place(whole.where)
    if not pp or not pw or pp == pw:
        return False
    return pw in vocab.place_ancestors(pp) or pw == vocab.country_of(pp)


def describe(c: Claim) -> str:
    return format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive)


def claim_vars(c: Claim) -> dict[str, Any]:
    """What a message template sees of a claim."""
    d = c.to_dict()
    d["interval"] = describe(c)
    d["authority"] = c.authority
    return d


def make_finding(rule: "Rule", claims: Iterable[Claim], explanation: str,
                 severity: str | None = None, key: tuple = (), message: str | None = None,
                 **variables: Claim | list[Claim] | None) -> Finding:
    """A finding whose message is the rule's template (or a fixed ``message``).

    The template sees each named claim (a list of claims as a list, None as None), ``claims``
    (all of them) and ``detail`` (the explanation: for a within-text check, its arithmetic)."""
    claims = tuple(claims)
    if message is None:
        msg_vars: dict[str, Any] = {
            name: None if c is None else [claim_vars(x) for x in c] if isinstance(c, (list, tuple))
            else claim_vars(c) for name, c in variables.items()}
        msg_vars["claims"] = [claim_vars(c) for c in claims]
        msg_vars.setdefault("detail", explanation)
        message = rule.render_message(**msg_vars)
    return Finding(rule=rule.id, severity=severity or rule.severity,
                   message=message, claims=claims,
                   explanation=explanation, rule_type=rule.type,
                   key=tuple("" if k is None or k != k else str(k) for k in key))


def latest_per_source(frame: pd.DataFrame, rule: "Rule") -> pd.DataFrame:
    """Only each source's latest publication per key of ``rule`` (an outlet's update supersedes
    its earlier figure); a missing key field, source or date counts as "". In one pass of plain
    Python over the table: a pandas group-by of strings aggregates each of tens of thousands of
    groups in Python anyway, a call at a time."""
    if frame.empty:
        return frame
    cols = group_columns(rule) + ["source"]
    keys = list(zip(*(["" if v is None or v != v else v for v in frame[c].tolist()] for c in cols)))
    published = [p if isinstance(p, str) else "" for p in frame["published"].tolist()]
    latest: dict[tuple, str] = {}
    for key, pub in zip(keys, published):
        if pub >= latest.get(key, ""):
            latest[key] = pub
    return frame[[pub == latest[key] for key, pub in zip(keys, published)]]


def rounding_step(value: float) -> float:
    """The precision a stated figure implies: 950,000 → 10,000; 500,000 → 100,000; 948 → 1.

    Trailing zeros mark rounding (after the conventions of significant
    figures); a non-integer figure has no rounding step we can tell.
    """
    v = abs(value)
    if v == 0 or not math.isfinite(v) or not float(v).is_integer():
        return 0.0
    n, zeros = int(v), 0
    while n % 10 == 0:
        n //= 10
        zeros += 1
    return float(10 ** zeros)


def rounding_interval(value: float, shape: str) -> tuple[float, float]:
    """Precise values compatible with a rounded figure and what its hedge says of it (its
    ``Claim.shape``, read from the interval, not the hedge's name).

    Bare or "estimated" figures are roundings: 950,000 is 945,000..955,000,
    500,000 is 450,000..550,000. A hedge says the writer was approximate on
    purpose, within a step of at most a tenth of the figure (so "about a
    million" is 0.9 to 1.1 million, as in DESIGN.md's hedge table): "about"
    (around) allows a step either side, "nearly"/"fewer than"/"up to" (under,
    below) a step below, "more than"/"at least" (above) a step above.
    """
    step = rounding_step(value)
    near = min(step, abs(value) / 10) if step else 0.0
    if shape in ("under", "below"):
        return value - near, value
    if shape == "above":
        return value, value + near
    if shape == "around":
        return value - near, value + near
    return value - step / 2, value + step / 2


def touch_at_round_number(a: Interval, b: Interval) -> bool:
    """Whether two intervals meet only at an end that is a round figure, open on one side:
    "nearly 5,000" and "more than 5,000", "almost two million" and "two million". Hedges around a
    round figure are loose (DESIGN.md reads "nearly N" as [0.9N, N) by convention), so these differ
    by the convention alone: worth a note, not an error. At a precise figure ("33" and "more than
    33") the open end is meant, and the statements conflict."""
    if a.overlaps(b):
        return False
    lo, hi = (a, b) if a.high <= b.low else (b, a)
    return lo.high == hi.low and math.isfinite(lo.high) and rounding_step(lo.high) >= 10


def related_claims(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext, *relations: str) -> list[Claim]:
    """The claims ``rule`` selects whose relation fields (``same_as``, ``earlier``...) all name a
    claim, in document order: where each check of one text's relations starts."""
    chosen = select(claims, rule.where, ctx.vocabulary)
    for name in relations:
        chosen = chosen[has_relation(chosen[name])]
    return ordered_claims(ctx, chosen)


def ordered_claims(ctx: CheckContext, frame: pd.DataFrame) -> list[Claim]:
    """Claims of a frame in document order (doc, then position)."""
    return sorted(ctx.claims(frame), key=lambda c: (c.doc, c.start))


def has_relation(column: pd.Series) -> pd.Series:
    """Rows whose relation column (``share_of``, ``earlier``...) names a claim: "" and null are none."""
    return column.fillna("").astype(str) != ""
