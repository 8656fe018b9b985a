"""The claim model: one number in one document, with what it counts.

``Interval`` is the set of values a statement allows ("at least 29" is
[29, ∞)); ``Claim`` carries the interval and its scope (thing, measure, time,
place, attribution). ``CONTRACT_FIELDS`` is the claims JSONL contract of
DESIGN.md: scorers and pipelines depend on these names, so they only grow in
a new contract version.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, fields, replace
from operator import attrgetter
from typing import TYPE_CHECKING, Callable, Iterable

from auditor.units import base_unit_name, to_base

# pandas is imported where a table is built: extraction (a batch's workers, `auditor claims`)
# never needs it
if TYPE_CHECKING:
    import pandas as pd

CONTRACT_VERSION = "1"

CONTRACT_FIELDS = (
    "doc", "source", "published", "start", "end", "text", "value",
    "low", "high", "low_inclusive", "high_inclusive", "hedge", "unit",
    "thing", "measure", "when_start", "when_end", "where", "according_to",
    # the quantity fields of resolve (DESIGN.md, Quantities)
    "quantity", "quantity_kind", "as_of", "source_chain", "superseded",
)

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """A possibly unbounded interval of numbers; counts never go below 0."""

    low: float = -INF
    high: float = INF
    low_inclusive: bool = True
    high_inclusive: bool = True

    @classmethod
    def point(cls, value: float) -> "Interval":
        return cls(value, value, True, True)

    def contains(self, x: float) -> bool:
        above = x > self.low or (self.low_inclusive and x == self.low)
        below = x < self.high or (self.high_inclusive and x == self.high)
        return above and below

    def gap(self, other: "Interval") -> float:
        """Distance between the two intervals; 0 when they touch or overlap."""
        if self.high < other.low:
            return other.low - self.high
        if other.high < self.low:
            return self.low - other.high
        return 0.0

    def overlaps(self, other: "Interval") -> bool:
        """True when some value satisfies both statements."""
        if self.gap(other) > 0:
            return False
        # touching ends overlap only if both are closed there
        if self.high == other.low and self.high != INF:
            return self.high_inclusive and other.low_inclusive
        if other.high == self.low and other.high != INF:
            return other.high_inclusive and self.low_inclusive
        return True

    def entirely_below(self, other: "Interval") -> bool:
        """Every value of self is smaller than every value of other."""
        return not self.overlaps(other) and self.high <= other.low

    def widen(self, absolute: float = 0.0, relative: float = 0.0) -> "Interval":
        """The interval grown by a tolerance on each finite side."""
        def pad(x: float) -> float:
            return max(absolute, relative * abs(x)) if math.isfinite(x) else 0.0
        return Interval(self.low - pad(self.low), self.high + pad(self.high),
                        self.low_inclusive, self.high_inclusive)

    def scaled(self, factor: float) -> "Interval":
        """The interval times a positive ``factor`` (a fraction as a percentage: × 100)."""
        return Interval(self.low * factor, self.high * factor, self.low_inclusive, self.high_inclusive)

    def __str__(self) -> str:
        return format_interval(self.low, self.high, self.low_inclusive, self.high_inclusive)


def format_number(x: float | None) -> str:
    if x is None:
        return "?"
    if math.isinf(x):
        return "∞" if x > 0 else "-∞"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.6g}"


def format_interval(low: float | None, high: float | None, low_inc: bool | None,
                    high_inc: bool | None) -> str:
    low = -INF if low is None else low
    high = INF if high is None else high
    if low == high:
        return format_number(low)
    left = "[" if low_inc and math.isfinite(low) else "("
    right = "]" if high_inc and math.isfinite(high) else ")"
    return f"{left}{format_number(low)}, {format_number(high)}{right}"


INCIDENT = "incident"    # the period of a quantity key whose text states none (resolve.quantity_key)


def of_incident(quantity: str | None) -> bool:
    """Whether a quantity key's period is its incident (``Syria/incident/people/killed``,
    ``incident/soldiers[Turkey]/killed``), not a span the text states (``Syria/2020-02-01../...``)."""
    return quantity is not None and INCIDENT in quantity.split("/", 2)[:2]


GATHERING = "@"     # opens the period of a quantity key of a crowd at a named ceremony ("@Diaz's inauguration")


def of_a_named_gathering(quantity: str | None) -> bool:
    """Whether a quantity key is of a crowd at a ceremony the text names (``@Diaz's
    inauguration/people/took part``): one gathering wherever the reports that place it are placed."""
    return quantity is not None and quantity.startswith(GATHERING)


@dataclass(frozen=True, slots=True)
class Claim:
    """One numeric claim. ``CONTRACT_FIELDS`` name the fields of the claims contract."""

    doc: str
    source: str | None
    published: str | None
    start: int
    end: int
    text: str
    value: float | None
    low: float
    high: float
    low_inclusive: bool
    high_inclusive: bool
    hedge: str | None = None
    unit: str | None = None
    thing: str | None = None
    measure: str | None = None
    when_start: str | None = None
    when_end: str | None = None
    where: str | None = None
    according_to: str | None = None
    # beyond the contract: for checks and the report
    id: str = ""
    number_start: int = 0          # span of the number itself, for highlighting
    number_end: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    thing_class: str | None = None  # taxonomy node of the counted thing ("soldiers")
    thing_key: str | None = None    # comparable form of the thing ("turkish soldiers")
    kind: str = "count"             # count | percent | currency | quantity
    part_of: str | None = None      # id of the claim this one is a part of ("including")
    in_title: bool = False
    # the quantity the claim reports, filled in by ``auditor.resolve`` (DESIGN.md, Quantities)
    quantity: str | None = None     # key shared by claims of one quantity: period/thing[facets]/measure
    quantity_kind: str | None = None  # cumulative (tolls: may only rise) | snapshot (a crowd at its peak)
    as_of: str | None = None        # when the figure held (publication time unless the text says earlier)
    source_chain: str | None = None  # outlet, then whom it cites ("Daily Star > AFP > OSDH")
    superseded: bool = False        # the text itself gives the figure as an earlier one
    # relations between the figures of one document (extract/relations.py): ids of other claims,
    # "" (or 0) for none, so that a column is never all null (Parquet partitions must agree on its type)
    head: str = ""         # stem of what the figure counts or is said of ("dead", "turnout")
    list_of: str = ""      # an item of a list of distinct parts of this whole, or of this total
    is_total: bool = False          # the text says its parts add up to it ("together", "in total")
    share_of: str = ""     # a share's whole: "64%" of "the 5.8 million"
    share_part: str = ""   # a share's part: "2.9 million" for "64%"
    share_list: str = ""   # first share of a list of shares of one base ("52% yes, 45% no")
    change: str = ""       # the figure is a change: absolute | percent | points | times:N (times:>N "more than",
    #                        times:<N "nearly", times:~N "about")
    direction: int = 0    # +1 rise, -1 fall, when the text says which
    change_from: str = ""  # the figure a change started from ("to 1,450 from 1,250")
    change_by: str = ""    # the change stated for it ("rose by 300")
    same_as: str = ""      # the same quantity stated before (other unit, rounded figure)
    earlier: str = ""      # the earlier figure of the same running total from the same source
    revised: bool = False           # its sentence says the figure was revised or corrected
    # where in its day a cumulative figure held, as its text tells it (resolve/day_marks.py)
    day_minute: int | None = None   # the minute of the day its sentence gives ("at 2 a.m." → 120)
    marked_later: bool = False      # given as a rise or a later figure ("has risen to", "later", "now")
    still_rising: bool = False      # given as one still going up ("expected to keep rising")
    # its when_start/when_end are its paragraph's time frame, carried from a sentence before
    # (extract/time_frame.py): context for a reader, not a period the text states for it
    when_carried: bool = False
    # its according_to / where are its paragraph's report source and its story's country, carried from
    # a sentence before (extract/carried_scope.py): context for a reader, not what its text states
    according_carried: bool = False
    where_carried: bool = False

    @property
    def interval(self) -> Interval:
        """The values the claim allows, in base units ("5 km" is [5000, 5000] metres)."""
        if self.unit is None:
            return Interval(self.low, self.high, self.low_inclusive, self.high_inclusive)
        return Interval(to_base(self.low, self.unit), to_base(self.high, self.unit),
                        self.low_inclusive, self.high_inclusive)

    @property
    def shape(self) -> str:
        """What the claim's interval says of its figure N, read from the interval (so a hedge,
        a desk's too, means what its interval says, never what it is named): "exact", N alone
        (a bare figure, "an estimated"); "around", a band either side of N ("about"); "under",
        a band that ends at N ("nearly"); "below", up to N ("fewer than", "up to"); "above", N
        and up ("more than", "at least", "past"); "" with no figure (a range, "hundreds")."""
        v, lo, hi = self.value, self.low, self.high
        if v is None:
            return ""
        if lo == hi == v:
            return "exact"
        if hi == v and lo < v:
            return "under" if lo > 0 else "below"
        if lo == v and hi == INF:
            return "above"
        if lo < v < hi != INF:
            return "around"
        return ""

    @property
    def approximate(self) -> bool:
        """Whether the hedge makes the figure approximate rather than an end the value may reach:
        "about", "nearly", "fewer than", "more than" (not "at least", "up to"), by the interval."""
        shape = self.shape
        return shape in ("around", "under") or (shape == "below" and not self.high_inclusive) \
            or (shape == "above" and not self.low_inclusive)

    @property
    def unit_compared(self) -> str | None:
        """The unit ``interval`` is in: the base unit of ``unit`` (metres for "5 km")."""
        return base_unit_name(self.unit)

    @property
    def authority(self) -> str:
        """Who stands behind the figure: the end of ``source_chain`` (resolve puts there the
        authority the attributed source speaks for, else the wire the outlet cites), else the
        attributed source, else the outlet."""
        if self.source_chain:
            return self.source_chain.rsplit(" > ", 1)[-1]
        return self.according_to or self.source or self.doc

    def to_contract(self) -> dict:
        """The claims JSONL contract: exactly ``CONTRACT_FIELDS``, infinities as null."""
        return _json_ready(dict(zip(CONTRACT_FIELDS, _CONTRACT_VALUES(self))))

    def to_dict(self) -> dict:
        """Every field, JSON-ready, the contract's first."""
        return _json_ready(dict(zip(_CONTRACT_FIRST, _CONTRACT_FIRST_VALUES(self))))

    def __reduce__(self) -> tuple:
        # pickled as its values in order (a batch's workers send every claim to the parent): the
        # frozen dataclass's own state sets each slot through object.__setattr__, about three
        # times slower to load
        return claim_from_values, (_CLAIM_VALUES(self),)


def _json_ready(out: dict) -> dict:
    """A claim's fields with the numbers made JSON-ready: infinities as null (and no
    inclusiveness for a missing end), whole floats as ints."""
    for name in ("value", "low", "high"):
        v = out[name]
        if isinstance(v, float):
            if math.isinf(v):
                out[name] = None
            elif v.is_integer() and abs(v) < 2**53:
                out[name] = int(v)
    if out["high"] is None:
        out["high_inclusive"] = None
    if out["low"] is None:
        out["low_inclusive"] = None
    return out


CLAIM_COLUMNS = [f.name for f in fields(Claim)]
_CONTRACT_VALUES = attrgetter(*CONTRACT_FIELDS)
_CONTRACT_FIRST = CONTRACT_FIELDS + tuple(name for name in CLAIM_COLUMNS if name not in CONTRACT_FIELDS)
_CONTRACT_FIRST_VALUES = attrgetter(*_CONTRACT_FIRST)
# the fields that hold the id of a claim (its own, then the relations between one document's figures)
CLAIM_REFERENCES = ("id", "part_of", "list_of", "share_of", "share_part", "share_list", "change_from",
                    "change_by", "same_as", "earlier")


def with_doc_id(claims: Iterable[Claim], old_id: str, new_id: str) -> list[Claim]:
    """The claims of document ``old_id`` as those of ``new_id``: ``doc`` and every claim id
    (``old_id#3`` becomes ``new_id#3``) in ``CLAIM_REFERENCES`` renamed, so relations still hold."""
    prefix, n = f"{old_id}#", len(old_id)
    out = []
    for c in claims:
        refs = {name: new_id + ref[n:] for name in CLAIM_REFERENCES
                if (ref := getattr(c, name)) and ref.startswith(prefix)}
        out.append(replace(c, doc=new_id, **refs))
    return out

# the slot descriptors of Claim's fields, in declaration order (see new_claim)
_CLAIM_SETTERS = tuple(Claim.__dict__[name].__set__ for name in CLAIM_COLUMNS)
_CLAIM_DEFAULTS = tuple((setter, f.default) for setter, f in zip(_CLAIM_SETTERS, fields(Claim)))


def _slot_constructor() -> Callable[..., Claim]:
    """``new_claim``: generated, as ``dataclasses`` generates ``__init__``, one keyword-only
    parameter a field (its default, if it has one), and a body that writes each slot::

        def new_claim(*, doc, source, ..., hedge=_default_hedge, ...):
            claim = _new(_Claim)
            _set_doc(claim, doc)
            ...
    """
    params, body = [], []
    namespace: dict[str, object] = {"_new": object.__new__, "_Claim": Claim}
    for f, setter in zip(fields(Claim), _CLAIM_SETTERS):
        params.append(f.name if f.default is MISSING else f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(claim, {f.name})")
        namespace[f"_set_{f.name}"] = setter
        namespace[f"_default_{f.name}"] = f.default
    source = (f"def new_claim(*, {', '.join(params)}):\n    claim = _new(_Claim)\n"
              + "\n".join(body) + "\n    return claim\n")
    exec(source, namespace)
    constructor = namespace["new_claim"]
    assert callable(constructor)
    return constructor


new_claim: Callable[..., Claim] = _slot_constructor()
new_claim.__doc__ = """``Claim(**fields)``, built faster: the hot path's constructor.

Extraction builds thousands of claims a second; the generated ``__init__`` of a frozen
dataclass goes through ``object.__setattr__`` field by field, which looks each slot up by
name (about 5 µs for the 29 fields). ``new_claim`` writes the slots through their
descriptors, looked up once, in about 2 µs, and still takes every field by name: a misspelt,
missing or doubled field is a ``TypeError``, as with ``Claim``. The result is an ordinary ``Claim``.
"""


def claim_from_values(values: tuple) -> Claim:
    """``Claim(*values)``, values in declaration order (trailing fields may be left to their
    defaults), built through the slots as ``new_claim`` does: for code that holds every field
    in order already (``with_fields``, which starts from an existing claim's values)."""
    claim = object.__new__(Claim)
    for setter, value in zip(_CLAIM_SETTERS, values):
        setter(claim, value)
    for setter, default in _CLAIM_DEFAULTS[len(values):]:
        setter(claim, default)
    return claim


_CLAIM_FIELD_INDEX = {name: i for i, name in enumerate(CLAIM_COLUMNS)}
_CLAIM_VALUES = attrgetter(*CLAIM_COLUMNS)


def without_carried(c: Claim, *, times: bool = True, scope: bool = True) -> Claim:
    """``c`` without what was carried to it from context: its paragraph's time frame
    (``Claim.when_carried``) with ``times``, its report's source and its story's country
    (``according_carried``, ``where_carried``) with ``scope``."""
    changes: dict = {}
    if times and c.when_carried:
        changes.update(when_start=None, when_end=None, when_carried=False)
    if scope and c.according_carried:
        changes.update(according_to=None, according_carried=False)
    if scope and c.where_carried:
        changes.update(where=None, where_carried=False)
    return with_fields(c, **changes) if changes else c


def with_stated_times(claims: list[Claim]) -> list[Claim]:
    """``claims`` with no time carried from a paragraph's frame (``Claim.when_carried``): the checks
    compare the periods texts state, a carried time is a reader's context."""
    if not any(c.when_carried for c in claims):
        return claims
    return [without_carried(c, scope=False) for c in claims]


def with_stated_scope(claims: list[Claim]) -> list[Claim]:
    """``claims`` with no source or place carried from context (``Claim.according_carried``,
    ``Claim.where_carried``): the checks set against each other the sources and places texts state."""
    if not any(c.according_carried or c.where_carried for c in claims):
        return claims
    return [without_carried(c, times=False) for c in claims]


def with_fields(claim: Claim, **changes) -> Claim:
    """``dataclasses.replace(claim, **changes)``, built through the slots (about 20 times
    faster: resolve derives a new claim from every extracted one)."""
    values = list(_CLAIM_VALUES(claim))
    for name, value in changes.items():
        values[_CLAIM_FIELD_INDEX[name]] = value
    return claim_from_values(tuple(values))


_CLAIM_GETTERS = tuple(attrgetter(name) for name in CLAIM_COLUMNS)
# text fields as object columns (the strings of the claims themselves); others as pandas infers
_CLAIM_DTYPES = tuple(object if "str" in str(f.type) else None for f in fields(Claim))

# text fields whose values repeat from claim to claim (a toll's quantity key, its source chain,
# the dates it covers, the figure as written): ``SharedText`` keeps one copy of each value
SHARED_TEXT_FIELDS = ("source", "text", "hedge", "when_start", "when_end", "where", "according_to",
                      "quantity", "source_chain")
_SHARED_SLOTS = tuple((attrgetter(name), Claim.__dict__[name].__set__) for name in SHARED_TEXT_FIELDS)


class SharedText:
    """One copy of each repeated text value among the claims of a batch (issue 17).

    Claims unpickled from the workers each bring their own copy of every string,
    though most repeat (the same quantity key in every article of a toll): shared,
    a claim of the generated corpus takes about 30% less memory. Values are equal
    to those replaced, so the claims are the same ``Claim`` values as before.
    """

    def __init__(self) -> None:
        self._seen: dict[str, str] = {}

    def share(self, claims: list[Claim]) -> list[Claim]:
        """``claims``, each now holding the batch's copy of its repeated text values."""
        seen = self._seen
        for c in claims:
            for get, put in _SHARED_SLOTS:
                v = get(c)
                if v.__class__ is str:
                    kept = seen.setdefault(v, v)
                    if kept is not v:
                        put(c, kept)     # an equal string: the frozen claim's value does not change
        return claims



def claims_table(claims: list[Claim]) -> pd.DataFrame:
    """All claims as one DataFrame: the one place where sources meet."""
    import pandas as pd

    if not claims:
        return pd.DataFrame({name: pd.Series(dtype=object) for name in CLAIM_COLUMNS + ["base_unit"]})
    # built column by column: one column's list at a time, never a tuple of every field per claim
    # (on a million claims the rows alone took more memory than the finished table); a text
    # column holds the claims' own strings (object dtype), not a copy of each (issue 17)
    frame = pd.DataFrame({name: pd.Series([getter(c) for c in claims], dtype=dtype)
                          for name, getter, dtype in zip(CLAIM_COLUMNS, _CLAIM_GETTERS, _CLAIM_DTYPES)})
    # rules key on the unit claims are compared in: 5 km and 5,000 m are one quantity
    units = {u: base_unit_name(u) for u in frame["unit"].dropna().unique()}
    frame["base_unit"] = frame["unit"].map(units)
    return frame
