"""Numbers found in a text, as mentions: the value, and the unit, currency or percent written with it.

The units pass of extraction, which calls no other pass: ``number_mentions``
takes the numbers ``nonclaims.drop_nonclaims`` kept of those
``numbers.find_numbers`` found, and attaches the percent, currency or unit
written before or after each ("$1.5m", "17 cents", "3 km", "9 per cent").
``nonclaims.drop_bare_years`` reads its output next, then ``hedges`` (amounts in
two units, ranges, hedges), and scope last (``extract_claims``);
``vague_mentions`` adds the vague quantities ("hundreds of") that no number
overlaps.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from auditor.casefold import fold_keyword
from auditor.extract.lexicon import LEAD_WORD, Lexicon
from auditor.extract.numbers import AMBIGUOUS_SUFFIX, NumberMatch
from auditor.extract.units import PERCENT, PERCENT_BEFORE, CurrencyTable, UnitTable
from auditor.vocabulary import Vocabulary


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
    numeral: str = ""       # the number as written, with a glued suffix ("$1.5m": "1.5m"), for the non-claims pass
    numeral_value: float = math.nan     # its value before a scale word after it ("75 USD million": 75)


def _suffix_unit(text: str, num: NumberMatch, currency: bool, thing_follows: bool,
                 units: UnitTable) -> tuple[float, str | None]:
    """An ambiguous suffix glued to digits: "$1.5m" and "30m people" are millions, "1.8m" metres
    (a unit written in its own case only, of the vocabulary's units)."""
    glued = text[num.end - len(num.suffix):num.end]
    if currency or thing_follows or glued in ("M", "MM", "B", "b") or (glued == "T" and currency):
        return num.value * AMBIGUOUS_SUFFIX[num.suffix], None
    return num.value, units.canonical(glued) if glued in units.exact or glued.lower() in ("mm",) else None


def _millions_of(num: NumberMatch, after: str, lex: Lexicon) -> bool:
    """Whether an "m" glued to digits is a million of the plural noun after it ("1.1m subscribers",
    "12m tonnes"), not metres ("1.1m wide", "4m waves")."""
    if num.suffix != "m":
        return False
    lead = LEAD_WORD.match(after)
    if lead is None:
        return False
    word = lead.group(1)
    if not lex.noun_follows(after):         # "1.3m unemployed youths": one word of description between
        if not word.islower() or word in lex.length_words:
            return False
        lead = LEAD_WORD.match(after, lead.end())
        if lead is None or not lex.noun_follows(after[lead.start():]):
            return False
    return lead.group(1).lower() not in lex.sized_by_length


_MINUS_SIGNS = frozenset("-\u2212")


def number_mentions(text: str, lower: str, numbers: list[NumberMatch], lex: Lexicon) -> list[Mention]:
    """The numbers ``nonclaims.drop_nonclaims`` kept, with the percent, currency or unit written
    with each, in order."""
    out: list[Mention] = []
    money = lex.currency
    for num in numbers:
        start, end = num.start, num.end
        value = num.value
        after = text[end:end + 40]
        cur_before = None
        unit_from_suffix = None
        number_end = end
        if num.suffix:
            cur_before = _currency_before(text, lower, start, out, money) or lex.glued.prefix(text, start, True)
            value, unit_from_suffix = _suffix_unit(text, num, bool(cur_before or money.after(after)),
                                                   lex.thing_follows(after) or _millions_of(num, after, lex),
                                                   lex.units)
            if value == num.value:
                number_end = end - len(num.suffix)
        if value < 0 and text[start] in _MINUS_SIGNS and lex.fall_sign_before.search(lower, max(0, start - 24), start):
            value = -value                      # "down -2.43 percent": a fall of 2.43, as "down 2.43 percent"
        m = Mention(start, end, start, number_end, value, value, value,
                    multiplier=num.multiplier, scaled=num.scaled or value != num.value,
                    numeral=text[start:end], numeral_value=value)
        if not num.scaled and not num.suffix:
            _scale_after_number(text, m, lex)
            if m.end != end:                    # "64 mcm": the unit read, the scale in the value
                value, end = m.numeral_value, m.end
                after = text[end:end + 40]
        pct = PERCENT.match(after)
        if pct:
            m.end = end + pct.end()
            # "3 percentage points": a difference of percentages, its own unit
            points = pct.group("points") or pct.group().rstrip()[-5:].lower() in ("point", "oints")
            m.kind, m.unit = "percent", "percentage_point" if points else "percent"
        elif pct_before := _percent_before(text, lower, start):
            m.start = pct_before.start()
            m.kind, m.unit = "percent", "percent"
        else:
            # the currency before, the unit after...: looked for only when the number is no percent
            if not num.suffix:
                cur_before = (_currency_before(text, lower, start, out, money)
                              or lex.glued.prefix(text, start, num.scaled or bool(_SCALE_AFTER.match(text, end))))
            if cur_before:
                m.start = cur_before.start()
                m.kind, m.unit = "currency", money.code(cur_before.group("cur"))
                letter = _SPACED_SCALE_LETTER.match(text, end) if not num.scaled and not num.suffix else None
                if letter:                              # "Ksh 157 B": the scale after a space
                    m.value = m.low = m.high = m.numeral_value = value * AMBIGUOUS_SUFFIX[fold_keyword(letter.group(1))]
                    m.end, m.scaled = letter.end(), True
                cur_after = money.after(after)
                if cur_after and money.code(cur_after.group("cur")) == m.unit:    # "$ 10 dollars"
                    m.end = end + cur_after.end()
            elif unit_from_suffix:
                m.kind, m.unit = "quantity", unit_from_suffix
            elif (cur_after := money.after(after)) and (
                    unit := lex.units.cued_unit(cur_after.group("cur"), text, start, end)):
                m.end = end + cur_after.end()      # "weighed 300 pounds": a weight, not money
                m.kind, m.unit = "quantity", unit
            elif cur_after:
                m.end = end + cur_after.end()
                m.kind, m.unit = "currency", money.code(cur_after.group("cur"))
                scale = _SCALE_AFTER.match(text, m.end)
                if scale and not num.scaled:          # "75 USD million"
                    m.value = m.low = m.high = value * SCALE_WORDS[fold_keyword(scale.group(1))]
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
            elif after[:1] == " " and after[1:2] in lex.glued.weather and (
                    unit := lex.glued.spaced_unit(text, start, end)):
                m.end = end + 2                       # "18 C", "64 F": the temperature, as "18C" is read
                m.kind, m.unit = "quantity", unit
        out.append(m)
    _scale_from_conversion(text, out)
    return out


_SCALE_LETTER = {"k": 1e3, "m": 1e6, "b": 1e9, "t": 1e12}
# "64 mcm", "450 kb/d": the abbreviation right after the number
_ABBREVIATION_AFTER = re.compile(r"[ \u00a0]?([a-z][a-z/]{1,6})(?![\w/])", re.I)
# "JD (7.6) million", "(20.3) million shares": the number alone in brackets, its scale word after them
_BRACKETED_SCALE = re.compile(r"\)\s*(million|billion|trillion|thousand|bn|mn)(?![\w])", re.I)


def _scale_after_number(text: str, m: Mention, lex: Lexicon) -> None:
    """A scale a writer put after the number but outside its digits (in place): a unit abbreviation
    whose first letter is its scale ("64 mcm" is 64 million cubic metres: the vocabulary's
    ``scaled_unit_abbreviations``), or a scale word after the bracket closing around the number
    ("JD (7.6) million")."""
    ab = _ABBREVIATION_AFTER.match(text, m.end)
    if ab and ab.group(1).lower() in lex.scaled_units:
        mult = _SCALE_LETTER[ab.group(1)[0].lower()]
        m.end = ab.end()
    elif text[m.start - 1:m.start] == "(" and (br := _BRACKETED_SCALE.match(text, m.end)):
        mult = SCALE_WORDS[br.group(1).lower()]
        m.end = br.end()
    else:
        return
    assert m.value is not None
    m.value = m.low = m.high = m.numeral_value = m.value * mult
    m.multiplier, m.scaled = mult, True


def conversion_in_brackets(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` is ``a`` converted to another unit, alone in brackets right after it: "PLN 30
    billion (EUR 6.54 billion)", "5 miles (8 km)"."""
    if a.unit is None or b.unit is None or a.unit == b.unit or a.kind != b.kind or b.start - a.end > 3:
        return False
    if text[a.end:b.start].strip() != "(":
        return False
    close = text[b.end:b.end + 3].lstrip()
    return close[:1] == ")"


# how far apart two amounts of one sum may be in two currencies (the rial to the dinar)
_RATE_RANGE = (1e-4, 1e6)


def _scale_from_conversion(text: str, out: list[Mention]) -> None:
    """"PLN 82.3 (EUR 17.93 billion)": an amount whose scale the writer gave only in its bracketed
    conversion takes that scale, when the two are no plausible rate apart without it and are with it."""
    lo, hi = _RATE_RANGE
    for a, b in zip(out, out[1:]):
        if (b.scaled and not a.scaled and a.kind == "currency" and b.multiplier > 1 and a.value and b.value
                and not lo <= a.value / b.value <= hi and lo <= a.value * b.multiplier / b.value <= hi
                and conversion_in_brackets(text, a, b)):
            a.value = a.low = a.high = a.value * b.multiplier
            a.multiplier, a.scaled = b.multiplier, True


def _percent_before(text: str, lower: str, start: int) -> re.Match[str] | None:
    """"per cent of 2,000": a percent written before the number; not one an earlier figure wrote ("a
    cumulative 4.05 percent of 2009": that figure's percent, the number after it a year)."""
    lo = max(0, start - 16)
    if not lower[lo:start].rstrip().endswith("of"):
        return None
    pct = PERCENT_BEFORE.search(text, lo, start)
    if pct and _FIGURE_BEFORE.search(text, max(0, pct.start() - 3), pct.start()):
        return None
    return pct


# a figure right before a percent word ("4.05 percent", "12 per cent"): the percent is its own
_FIGURE_BEFORE = re.compile(r"\d\s?$")


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


# an amount's scale letter written after a space ("Ksh 157 B", "$4 M"): capitals only, after a currency
_SPACED_SCALE_LETTER = re.compile(r"[ \t]([BMT]|m)(?![\w&'’-]|\.\w)")     # "Ksh 157 B", "BD 15.4 m": after money only
_SCALE_AFTER = re.compile(r"\s+(million|billion|trillion|thousand|bn|mn)(?![\w])", re.I)
SCALE_WORDS = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3, "bn": 1e9, "mn": 1e6}
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
    if lex.vague_object is not None:
        for v in lex.vague_object.finditer(lower):
            if lex.measure_ends.search(lower, max(0, v.start() - 40), v.start()) \
                    and not any(s < v.end() and v.start() < e for s, e, _, _ in found):
                found.append((v.start(), v.end(), " ".join(v.group().split()) + " of", True))
        found.sort()
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
