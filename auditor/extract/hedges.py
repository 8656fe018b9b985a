"""Hedges, ranges and bounds around the numbers of a text.

"3 dollars 50 cents", "5 feet 2 inches" become one amount (``join_amounts``); "at
least 29", "more than 30", "29 or more", ">= 5" become intervals through the
vocabulary's hedges (``attach_hedges``); "between 20 and 30", "20-30" become one
ranged mention (``merge_ranges``); "more than 10 but fewer than 20" one bounded
mention (``merge_bounds``). All work on the mentions of ``mentions.number_mentions``
that ``nonclaims.drop_nonclaims`` kept (an amount is joined only with a claim: in
"10 lira 11a", "11a" is a label).
"""

from __future__ import annotations

import re

from auditor.casefold import fold_keyword
from auditor.claims import INF
from auditor.extract.lexicon import LEAD_WORD, Lexicon, lexicon
from auditor.extract.mentions import Mention, conversion_in_brackets
from auditor.extract.units import CurrencyTable
from auditor.vocabulary import Hedge, Vocabulary

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|~|(?:[-–]\s*)?(?:to|and|or|through|till|until))\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_FROM_GAP = re.compile(r"\s+(?:[a-z]+\s+)?from\s+")      # "rose 2 points from"
_GLUED_DASHES = ("-", "–")
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)         # "rose from 5-10": still two figures
# the hedges written after a number ("29 or more", "29+") or as a sign before it (">= 29") are the
# vocabulary's (``after``, ``suffixes``, ``symbols`` of rules/vocabulary/hedges.yaml), compiled by
# the lexicon
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?(?:\s+it\b)?(?![\w])", re.I)
_BOTH_SIDES = re.compile(r"\s*,?\s*(?:and|but)?\s*$", re.I)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


# units whose quantities may be below zero (temperatures); a length, a power, a mass cannot
_SIGNED_UNIT_STARTS = ("degree", "delta_deg")


def _apply_hedge(m: Mention, hedge: Hedge) -> None:
    low, high, li, hi = hedge.interval_for(m.value)
    if low == 0 and m.kind not in ("count", "currency") and (
            m.kind != "quantity" or (m.unit or "").startswith(_SIGNED_UNIT_STARTS)):
        low = -INF      # "under 5 °C", "below 2 percent" may be negative; "under $5 billion", "up to 1,000MW" not
    m.low, m.high, m.low_inclusive, m.high_inclusive = low, high, li, hi
    m.hedge = hedge.name


def merge_ranges(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """"between 20 and 30", "20-30", "from 5 to 10 km": two mentions joined into one ranged mention;
    not after a verb of change ("rose from 5 to 10", "rose 2 points from 5% to 8%": two figures, the
    lexicon's ``change_before``)."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        ratio = _minor_ratio(a, b, lex)
        if (b is not None and a.value is not None and b.value is not None and a.hedge is None
                and b.hedge is None and a.kind in (b.kind, "count")
                and not (a.unit and b.unit and a.unit != b.unit and ratio is None)
                and _RANGE_JOIN.match(text[a.end:b.start])
                # not within a chain: "three-nought-four" holds no range "nought-four"
                and not (text[a.start - 1:a.start] == "-" and text[a.start - 2:a.start - 1].isalnum())):
            joiner = text[a.end:b.start].strip().lower()
            opener = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
            change = bool(lex.change_before.search(text, max(0, a.start - 32), a.start) or (
                out and _FROM_GAP.fullmatch(text, out[-1].end, a.start)        # "rose 2 points from 5% to 8%"
                and lex.change_before.search(text, max(0, out[-1].start - 32), out[-1].start)) or (
                text[a.start - 5:a.start].lower() == "from " and lex.move_from_before.search(
                    text, max(0, a.start - 40), a.start)) or _restated_change(text, out, a, lex))
            if change and text[a.end:b.start] in _GLUED_DASHES and not _FROM_BEFORE.search(text, max(0, a.start - 6),
                                                                                            a.start):
                change = False      # "rose by 1.32-6.03 per cent", "grew 2-3%": a range of the change
            needs_opener = joiner in ("and", "or")
            if not change and (opener or not needs_opener) and joiner != "or":
                lo, hi = a.value, b.value
                if ratio is not None:           # "94 cents to $1.03": the low end in the unit of the high
                    lo = lo / ratio
                if b.scaled and not a.scaled and b.multiplier > 1 and lo * b.multiplier <= hi:
                    lo *= b.multiplier
                if lo > hi and hi < 0:           # "from -18 °C to -34 °C"
                    lo, hi = hi, lo
                if lo <= hi:
                    start = opener.start() if opener else a.start
                    merged = Mention(start, b.end, a.number_start, b.number_end, None, lo, hi,
                                     kind=b.kind, unit=b.unit or a.unit, is_range=True, hedge="range")
                    out.append(merged)
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_OR_GAP = re.compile(r"\s*,?\s+or\s+")


def _restated_change(text: str, out: list[Mention], a: Mention, lex: Lexicon) -> bool:
    """Whether ``a`` restates, after "or", a change named right before the figure before it ("a rise
    of 2.86 per cent or $0.05 to $1.80", "up 4% or 12 cents to $3.10"): then "to" gives the level
    reached, no range's end."""
    if not out or _OR_GAP.fullmatch(text, out[-1].end, a.start) is None:
        return False
    return lex.change_of_before.search(text, max(0, out[-1].start - 40), out[-1].start) is not None


def _minor_ratio(a: Mention, b: Mention | None, lex: Lexicon) -> float | None:
    """How many of ``a``'s unit make one of ``b``'s, when ``a`` is in a minor unit of ``b``'s
    currency ("94 cents to $1.03"); None otherwise."""
    if b is None or not a.unit or not b.unit or a.unit == b.unit or not a.unit.startswith(b.unit + "_"):
        return None
    return lex.currency.minor.get(a.unit)


def _hedge_named(vocab: Vocabulary, name: str | None) -> Hedge | None:
    return vocab.hedge_by_name.get(name or "")


def _post_hedge_end(text: str, post: re.Match[str], following: Mention | None) -> int:
    """Where a post-hedge ("or more", "or greater than") ends.

    Its "than" is left to the number right after it: in "200 or greater than 190"
    the 200 is "200 or greater" and "greater than 190" is the bound of the 190."""
    if (post.group("than") and following is not None and following.start >= post.end()
            and text[post.end():following.start].isspace()):
        return post.start("than")
    return post.end()


_UP_TO = re.compile(r"up\s+to\b", re.I)


def _is_particle_up(text: str, hedge: re.Match[str], lex: Lexicon) -> bool:
    """Whether the hedge "up to" is a verb's particle and "to": "revised up to 0.6%", "rose up
    to 40", "took the toll up to 38" (the vocabulary's ``particle_up_verbs``, ``level_up_verbs``,
    and ``total_up_verbs`` with a ``total_nouns`` object), where the number is the level reached."""
    first = hedge.start("hedge")
    if _UP_TO.match(text, first) is None:
        return False
    lo = max(0, first - 60)
    return (lex.particle_up_before.search(text, lo, first) is not None
            or lex.total_up_before.search(text, lo, first) is not None)


# nouns of a level on a scale: after a verb of passing ("the index crossed 11,000 points", "passed
# the 2,000 mark") the number is the mark passed, a bound, never the verb's object
_MARK_NOUNS = frozenset({"points", "pts", "mark", "level", "barrier", "threshold", "milestone"})


def _number_is_object(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether the number after a verb of passing ("passed", "crossed") counts the verb's object
    ("passed 12 bills", "crossed 40 kilometres"), not the mark a total passed ("passed 19,000")."""
    if m.kind == "quantity" and m.end > m.number_end:
        return True
    after = text[m.number_end:m.number_end + 40]
    first = after.split(None, 1)[0].strip(".,;:").lower() if after.strip() else ""
    if first in _MARK_NOUNS:
        return False                   # "the index crossed 11,000 points": the level passed
    return m.kind == "count" and lex.noun_follows(after)


def attach_hedges(text: str, mentions: list[Mention], vocab: Vocabulary, lower: str | None = None,
                   lex: Lexicon | None = None) -> None:
    """The hedge before or after each number ("at least 29", "29 or more", ">= 29"), as its interval (in place)."""
    if lex is None:
        lex = lexicon(vocab)
    for i, m in enumerate(mentions):
        if m.hedge is not None or m.value is None:
            continue
        if lower is not None:
            h = lex.hedge_before(lower, m.start, 40)
        else:
            h = vocab.hedge_pattern.search(text, max(0, m.start - 40), m.start)
        if h and _BLANK_LINE.search(text, h.end("hedge"), m.start):
            h = None                   # "at least\n\nhalf a million": the hedge ends another paragraph
        if h and _is_particle_up(text, h, lex):
            h = None                   # "revised up to 0.6%": a level reached, not a bound
        if h and h.group("hedge")[:4].lower() == "over" and h.group("hedge").strip().lower() == "over" \
                and lex.over_verb_before.search(text, max(0, h.start("hedge") - 40), h.start("hedge")):
            h = None                   # "spread over six districts": a preposition
        if h and h.group("hedge").lower() in lex.object_hedge_verbs and _number_is_object(text, m, lex):
            h = None                   # "the Senate passed 12 bills": the verb's object, no bound
        sym = None
        if not h and lex.symbol_chars.intersection(text[max(0, m.start - 6):m.start]):   # a search only then
            sym = lex.symbol_hedge.search(text, max(0, m.start - 6), m.start)
        if sym and _BLANK_LINE.search(text, sym.end("op"), m.start):
            sym = None
        post = lex.post_hedge.match(text, m.end)
        if post and h and vocab.hedge_by_phrase[" ".join(fold_keyword(h.group("hedge")).split())].estimate:
            h = None                   # "about five hundred or more": the bound wins over an estimate
        if h or sym:
            if h:
                hedge = vocab.hedge_by_phrase[" ".join(fold_keyword(h.group("hedge")).split())]
                first = h.start("hedge")
            else:
                assert sym is not None
                named = _hedge_named(vocab, lex.symbol_hedge_names.get("".join(sym.group("op").split())))
                if named is None:
                    continue
                hedge, first = named, sym.start("op")
            eq = _OR_EQUAL.match(text, m.end)
            if eq and hedge.name in vocab.or_equal:    # "more than 5000 or equal to": at least 5000
                hedge = vocab.or_equal[hedge.name]
                m.end = eq.end()
            _apply_hedge(m, hedge)
            if not (h and h.group("hedge").lower() in lex.object_hedge_verbs):
                m.start = first        # a verb of passing stays out of the figure's text ("passed 1,200": "1,200")
            continue
        if post:
            said = " ".join((post.group("word") or post.group("plus")).lower().split())
            post_hedge = _hedge_named(vocab, lex.post_hedge_names.get(said))
            if post_hedge:
                _apply_hedge(m, post_hedge)
                m.end = _post_hedge_end(text, post, mentions[i + 1] if i + 1 < len(mentions) else None)
    _carry_to_conversions(text, mentions, vocab)


def _carry_to_conversions(text: str, mentions: list[Mention], vocab: Vocabulary) -> None:
    """"more than PLN 80 bn (EUR 17.4 bn)": the bracketed conversion of a hedged amount is as hedged."""
    for a, b in zip(mentions, mentions[1:]):
        if a.hedge is None or b.hedge is not None or a.value is None or b.value is None:
            continue
        hedge = _hedge_named(vocab, a.hedge)
        if hedge is not None and conversion_in_brackets(text, a, b):
            _apply_hedge(b, hedge)


def merge_bounds(text: str, mentions: list[Mention], vocab: Vocabulary) -> list[Mention]:
    """"more than 10 and less than 40", "at most 100 and at least 20": one interval (a lower and an
    upper bound, as the vocabulary's intervals say: ``Hedge.lower_bound``, ``upper_bound``)."""
    lower, upper = vocab.lower_bounds, vocab.upper_bounds
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.hedge and m.hedge and prev.value is not None and m.value is not None
                and {prev.hedge, m.hedge} & lower and {prev.hedge, m.hedge} & upper
                and prev.hedge != m.hedge and (both := _BOTH_SIDES.match(text, prev.end, m.start)) is not None
                and both.end() == m.start):
            lo, hi = (prev, m) if prev.hedge in lower else (m, prev)
            if lo.low < hi.high:
                out[-1] = Mention(prev.start, m.end, prev.number_start, m.number_end, None, lo.low, hi.high,
                                  lo.low_inclusive, hi.high_inclusive, hedge="range", unit=prev.unit or m.unit,
                                  kind=prev.kind, is_range=True)
                continue
        out.append(m)
    return out


_MINOR_JOIN = re.compile(r"\s+(?:and\s+)?$")


def _minor_unit_after(text: str, end: int, money: CurrencyTable) -> int | None:
    """Where a minor unit written after an amount ends ("50 cents"), or None."""
    cur = money.after(text[end:end + 24])
    return end + cur.end() if cur is not None and money.code(cur.group("cur")) in money.minor else None


_INCHES_AFTER = re.compile(r"\s*(?:in\b\.?|inch(?:es)?\b|\"|”)", re.I)


# "a 190-by-54-centimetre capsule", "a 12 x 8 m stage": the sizes of one thing, in the unit written last
# (not a time: "won 3 by 2 minutes")
_TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_BY = re.compile(r"[ \t]*-?[ \t]*(?:by|x|×)[ \t]*-?[ \t]*$")


def share_sizes(text: str, mentions: list[Mention]) -> None:
    """The sizes of one thing ("a 190-by-54-centimetre capsule", "12 x 8 m"): each takes the unit
    written after the last, as no count of their own (in place)."""
    for a, b in zip(reversed(mentions[:-1]), reversed(mentions[1:])):
        if (a.kind == "count" and a.unit is None and a.hedge is None and b.kind == "quantity" and b.unit
                and b.unit not in _TIME_UNITS and b.start > a.end and _BY.match(text, a.end, b.start)):
            a.kind, a.unit = b.kind, b.unit


def join_amounts(text: str, mentions: list[Mention], money: CurrencyTable) -> list[Mention]:
    """"3 dollars 50 cents", "15 dollars and 50": one amount in the major unit (so "5 feet 2 inches");
    sizes share their unit (``share_sizes``)."""
    share_sizes(text, mentions)
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
            if m.kind == "count" and minor is None and LEAD_WORD.match(text, m.end):
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
