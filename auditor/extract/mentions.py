"""Numbers found in a text, as mentions: the value, and the unit, currency or percent written with it.

``number_mentions`` reads every number ``numbers.find_numbers`` finds, drops
those that are not claims (``nonclaims``: dates, clock times, labels, bare
years...) before any unit work, and attaches the percent, currency or unit
written before or after it ("$1.5m", "17 cents", "3 km", "9 per cent");
``vague_mentions`` adds the vague quantities ("hundreds of"). Hedges and
ranges come next (``hedges``), and scope last (``extract_claims``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from auditor.extract.lexicon import Lexicon
from auditor.extract.nonclaims import DocumentContext, context_reason, in_phone_number, is_bare_year, is_year
from auditor.extract.numbers import AMBIGUOUS_SUFFIX, NumberMatch, find_numbers
from auditor.extract.units import PERCENT, PERCENT_BEFORE, CurrencyTable, UnitTable
from auditor.vocabulary import Vocabulary

_LEAD_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")


@dataclass(slots=True)
class Mention:
    """A number on its way to becoming a claim (mutable inside extraction only)."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: float | None
    low: float
    high: float
    low_inclusive: bool = True
    high_inclusive: bool = True
    hedge: str | None = None
    unit: str | None = None
    kind: str = "count"
    multiplier: float = 1.0
    scaled: bool = False
    is_range: bool = False
    part_of: int | None = None
    bare: bool = False      # a vague quantity written without its "of" ("thousands more", "hundreds homeless")


MAX_BARE_RUN = 200
_LETTER = re.compile(r"[^\W\d_]|\n")


def _drop_number_tables(text: str, nums: list[NumberMatch]) -> list[NumberMatch]:
    """Drop runs of more than MAX_BARE_RUN numbers with no word between them.

    Such a run (on one line) is a table, a list of codes or garbage ("1,1,1,..."
    a million times), not prose; its numbers carry no counted thing, and giving each
    the scope treatment would make one hostile line cost minutes.
    """
    if len(nums) <= MAX_BARE_RUN:
        return nums
    out: list[NumberMatch] = []
    run: list[NumberMatch] = []
    for n in nums:
        if run and _LETTER.search(text, run[-1].end, n.start):
            if len(run) <= MAX_BARE_RUN:
                out.extend(run)
            run = []
        run.append(n)
    if len(run) <= MAX_BARE_RUN:
        out.extend(run)
    return out


def _suffix_unit(text: str, num: NumberMatch, currency: bool, thing_follows: bool,
                 units: UnitTable) -> tuple[float, str | None]:
    """An ambiguous suffix glued to digits: "$1.5m" and "30m people" are millions, "1.8m" metres
    (a unit written in its own case only, of the vocabulary's units)."""
    glued = text[num.end - len(num.suffix):num.end]
    if currency or thing_follows or glued in ("M", "MM", "B", "b") or (glued == "T" and currency):
        return num.value * AMBIGUOUS_SUFFIX[num.suffix], None
    return num.value, units.canonical(glued) if glued in units.exact or glued.lower() in ("mm",) else None


def number_mentions(text: str, lower: str, vocab: Vocabulary, lex: Lexicon) -> list[Mention]:
    """Every number of the text that may be a claim, with the unit, currency or percent written with it, in order."""
    out: list[Mention] = []
    things = vocab.thing_by_word
    money = lex.currency
    ctx = DocumentContext(text, lex)
    for num in _drop_number_tables(text, find_numbers(text, lower, money.codes, money.symbols)):
        if not math.isfinite(num.value):
            continue
        start, end = num.start, num.end
        raw = text[start:end]
        if start < ctx.phone_end and in_phone_number(text, start, end, raw, ctx):
            continue            # the next group of a phone number: no claim, whatever else holds
        value = num.value
        after = text[end:end + 40]
        cur_before = thing_follows = None
        unit_from_suffix = None
        number_end = end
        if num.suffix:
            thing_follows = _thing_follows(after, things)
            cur_before = _currency_before(text, lower, start, out, money)
            value, unit_from_suffix = _suffix_unit(text, num, bool(cur_before or money.after(after)),
                                                   thing_follows, lex.units)
            if value == num.value:
                number_end = end - len(num.suffix)
        # most numbers found are dates, clock times, labels...: drop them before any unit work.
        # A year is the exception: most are bare ("in 2019"), dropped below for that at less
        # cost, so its context is read last (both tests are pure: the order changes no result)
        year = is_year(raw, value)
        if not year and context_reason(text, start, end, raw, value, ctx, after):
            continue
        # a year right before a comma or full stop ("in 2017, when"): no unit, percent or thing can
        # follow, so it is a bare year, dropped below, unless a percent, currency or hedge comes before
        if year and after[:1] in _CLAUSE_MARKS and not (
                _percent_before(text, lower, start) or _currency_before(text, lower, start, out, money)
                or lex.hedge_before(lower, start, 30)):
            continue
        m = Mention(start, end, start, number_end, value, value, value,
                    multiplier=num.multiplier, scaled=num.scaled or value != num.value)
        pct = PERCENT.match(after)
        if pct:
            m.end = end + pct.end()
            # "3 percentage points": a difference of percentages, its own unit
            m.kind, m.unit = "percent", ("percentage_point" if pct.group().rstrip()[-5:].lower() in ("point", "oints")
                                         else "percent")
        elif pct_before := _percent_before(text, lower, start):
            m.start = pct_before.start()
            m.kind, m.unit = "percent", "percent"
        else:
            # the currency before, the unit after...: looked for only when the number is no percent
            if not num.suffix:
                cur_before = _currency_before(text, lower, start, out, money)
            if cur_before:
                m.start = cur_before.start()
                m.kind, m.unit = "currency", money.code(cur_before.group("cur"))
                cur_after = money.after(after)
                if cur_after and money.code(cur_after.group("cur")) == m.unit:    # "$ 10 dollars"
                    m.end = end + cur_after.end()
            elif unit_from_suffix:
                m.kind, m.unit = "quantity", unit_from_suffix
            elif cur_after := money.after(after):
                m.end = end + cur_after.end()
                m.kind, m.unit = "currency", money.code(cur_after.group("cur"))
                scale = _SCALE_AFTER.match(text, m.end)
                if scale and not num.scaled:          # "75 USD million"
                    m.value = m.low = m.high = value * SCALE_WORDS[scale.group(1).lower()]
                    m.end, m.scaled = scale.end(), True
            elif unit_after := lex.units.after(after):
                surface = unit_after.group("unit")
                ok = (surface.lower() not in lex.units.cased or surface in lex.units.exact) and not (
                    num.words and surface.lower() in ("m", "t", "g", "l", "p", "°", "deg", "cc", "ha"))
                unit = lex.units.canonical(surface) if ok else None
                if unit:
                    m.end = end + unit_after.end()
                    m.kind, m.unit = "quantity", unit
            elif after[:1] in lex.glued.letters and (unit := lex.glued.unit(text, start, end, value)):
                m.end = end + 1                       # "17c": the letter is the unit, as "cents" in "17 cents"
                m.kind, m.unit = ("currency" if unit in money.minor else "quantity"), unit
        # a bare year ("in 2019") is no claim; whether a counted thing follows matters only then
        if year and m.kind == "count" and not (
                thing_follows if num.suffix else _thing_follows(after, things)) and is_bare_year(
                text, end, raw, value, bool(lex.hedge_before(lower, start, 30)), False):
            continue
        if year and context_reason(text, start, end, raw, value, ctx, after):
            continue
        out.append(m)
    return _join_currency_parts(text, out, money)


# what may follow a number with no unit, percent, currency or counted thing possible after it
# (PERCENT, the currency after and _LEAD_WORD skip spaces and newlines, UNIT_AFTER an opening bracket)
_CLAUSE_MARKS = frozenset(",.;:)!?")


def _percent_before(text: str, lower: str, start: int) -> re.Match[str] | None:
    """"per cent of 2,000": a percent written before the number."""
    lo = max(0, start - 16)
    if not lower[lo:start].rstrip().endswith("of"):
        return None
    return PERCENT_BEFORE.search(text, lo, start)


def _thing_follows(after: str, things: dict[str, str]) -> bool:
    """Whether the word right after a number is a counted thing of the vocabulary ("30m people")."""
    lead = _LEAD_WORD.match(after)
    return bool(lead and lead.group(1).lower() in things)


def _currency_before(text: str, lower: str, start: int, out: list[Mention],
                     money: CurrencyTable) -> re.Match[str] | None:
    """A currency written before the number ("$", "US$ ", "EUR"), unless it ends the amount before."""
    lo = max(0, start - 8)
    k = start
    while k > lo and start - k < 2 and text[k - 1] in " \t":
        k -= 1
    if not lower.endswith(money.before_ends, lo, k):
        return None
    cur_before = money.before.search(text, lo, start)
    if cur_before and out and out[-1].end > cur_before.start() and out[-1].kind == "currency":
        return None            # "15 dollars 50": the word belongs to the amount before
    return cur_before


_SCALE_AFTER = re.compile(r"\s+(million|billion|trillion|thousand|bn|mn)(?![\w])", re.I)
SCALE_WORDS = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3, "bn": 1e9, "mn": 1e6}
_MINOR_JOIN = re.compile(r"\s+(?:and\s+)?$")


def _minor_unit_after(text: str, end: int, money: CurrencyTable) -> int | None:
    """Where a minor unit written after an amount ends ("50 cents"), or None."""
    cur = money.after(text[end:end + 24])
    return end + cur.end() if cur is not None and money.code(cur.group("cur")) in money.minor else None


_INCHES_AFTER = re.compile(r"\s*(?:in\b\.?|inch(?:es)?\b|\"|”)", re.I)


def _join_currency_parts(text: str, mentions: list[Mention], money: CurrencyTable) -> list[Mention]:
    """"3 dollars 50 cents", "15 dollars and 50": one amount in the major unit (so "5 feet 2 inches")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.unit == "foot" and prev.value is not None and m.value is not None and m.value < 12
                and m.unit in ("inch", None) and _MINOR_JOIN.match(text, prev.end, m.start)):
            inches = _INCHES_AFTER.match(text, m.number_end)
            if m.unit == "inch" or inches:
                prev.value = prev.low = prev.high = prev.value + m.value / 12
                prev.end = m.end if m.unit == "inch" or inches is None else inches.end()
                prev.number_end = m.number_end
                continue
        if (prev is not None and prev.kind == "currency" and prev.unit not in money.minor
                and prev.value is not None and float(prev.value).is_integer() and not prev.scaled
                and m.value is not None and 0 < m.value < 100 and float(m.value).is_integer()
                and (m.kind == "count" or m.unit in money.minor)
                and _MINOR_JOIN.match(text, prev.end, m.start)):
            minor = _minor_unit_after(text, m.end, money)
            if m.kind == "count" and minor is None and _LEAD_WORD.match(text, m.end):
                out.append(m)              # "5 dollars and 20 people"
                continue
            # "15 dollars and 50" is cents; "5 dollars and 2 dimes" is 5.20
            value = prev.value + m.value / money.minor.get(m.unit or "", 100.0)
            prev.value = prev.low = prev.high = value
            prev.end = minor if minor is not None and m.kind == "count" else m.end
            prev.number_end = m.number_end
            continue
        out.append(m)
    return out


def vague_mentions(text: str, vocab: Vocabulary, taken: list[Mention], lower: str | None = None,
                    lex: Lexicon | None = None) -> list[Mention]:
    """The vague quantities of the text ("hundreds of", "dozens") that no number mention in ``taken`` overlaps."""
    out = []
    spans = [(m.start, m.end) for m in taken]
    if lex is None or lower is None:
        lower = text.lower()
        from auditor.extract.lexicon import lexicon
        lex = lexicon(vocab)
    found = []
    for v in lex.vague.finditer(lower):
        phrase = " ".join(v.group().split())
        bare = phrase not in vocab.hedge_by_phrase          # "thousands more": "thousands of" without "of"
        found.append((v.start(), v.end(), phrase + " of" if bare else phrase, bare))
    k = 0
    while k < len(found):
        start, end, phrase, is_bare = found[k]
        k += 1
        if any(s < end and start < e for s, e in spans):
            continue
        hedge = vocab.hedge_by_phrase[phrase]
        low, high, li, hi = hedge.interval_for(None)
        # "hundreds of millions of": the bands of both, multiplied (the scale is half the lower
        # end of "millions of", [2e6, 1e7))
        if k < len(found) and found[k][0] == end + _gap(lower, end) and not found[k][3] \
                and found[k][2].split(" ")[0] in _SCALE_WORDS:
            scale = vocab.hedge_by_phrase[found[k][2]].interval_for(None)[0] / 2
            low, high, end = low * scale, high * scale, found[k][1]
            k += 1
        m = Mention(start, end, start, end, None, low, high, li, hi, hedge=hedge.name, bare=is_bare)
        cur = lex.currency.after(text[end:end + 24])           # "hundreds of dollars"
        if cur is not None:
            m.kind, m.unit, m.end = "currency", lex.currency.code(cur.group("cur")), end + cur.end()
        out.append(m)
    return out


_SCALE_WORDS = frozenset({"thousands", "millions", "billions"})


def _gap(lower: str, pos: int) -> int:
    """The number of spaces at ``pos``."""
    n = 0
    while pos + n < len(lower) and lower[pos + n] == " ":
        n += 1
    return n
