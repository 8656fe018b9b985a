"""Extraction: a document in, its numeric claims out.

``extract_claims(document, vocabulary)`` is the hot path of the product. It
runs one compiled pattern over the text to find numbers (``numbers``),
drops those that are not claims (``nonclaims``: dates, clock times, labels...,
most of the numbers found, before any unit or hedge work), attaches units,
hedges and ranges (the hedge lexicon comes from the vocabulary), finds vague
quantities ("hundreds of"), and only then, for the few numbers left, looks
at their sentence for scope (``scope``, ``when``).

Speed (benchmarks/extract_speed.py): the vocabulary's patterns run without
IGNORECASE over the lower-cased text (``lexicon``), and every search that
is slow to fail sits behind a cheap test that must hold for it to match (a
suffix, a first letter, a substring), so the results are those of the
searches alone. Work is done only when its answer is used: a sentence's
times, places and attributions when one of its numbers becomes a claim
(``_SentenceScope``), a sentence boundary's abbreviation check when a lookup
reaches it (``sentences.Sentences``). Claims are built through their slots
(``claims.claim_from_values``). tests/test_extract_speed.py holds each fast
path to the plain code it replaces.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
import re
from dataclasses import dataclass

from auditor.claims import INF, Claim, claim_from_values
from auditor.documents import Document
from auditor.extract import scope as sc
from auditor.extract.lexicon import Lexicon, lexicon
from auditor.extract.nonclaims import DocumentContext, context_reason, in_phone_number, is_bare_year, is_year
from auditor.extract.numbers import NumberMatch, find_numbers
from auditor.extract.sentences import Sentences
from auditor.extract.numbers import AMBIGUOUS_SUFFIX
from auditor.extract.units import (CASE_SENSITIVE, CURRENCY_BEFORE, CURRENCY_BEFORE_ENDS, GLUED_UNIT_LETTERS,
                                   MINOR_CURRENCIES, PERCENT, PERCENT_BEFORE, canonical_unit, currency_code,
                                   glued_letter_unit)
from auditor.extract.units import currency_after, unit_after as unit_after_match
from auditor.extract.when import time_expressions
from auditor.vocabulary import Hedge, Vocabulary

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|~|(?:[-–]\s*)?(?:to|and|or|through|till|until))\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_CHANGE_VERB = re.compile(r"\b(?:rose|risen|rising|rises|increased|increases|climbed|jumped|fell|"
                          r"fallen|dropped|declined|grew|went\s+up|revised|raised|lowered|up|down)\s+(?:from\s+)?$", re.I)
_PART_CUE = re.compile(r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which|incl\.)\s+$", re.I)
_POST_HEDGE = re.compile(
    r"(?:\s+(?:or|and)\s+(?P<word>more|so|greater|above|higher|over|upwards|less|fewer|below|lower|under)\b"
    r"(?P<than>\s+than\b)?|[\s-]?(?P<plus>plus\b|\+)(?!\d))", re.I)
_POST_NAMES = {"so": "about", "less": "at_most", "fewer": "at_most", "below": "at_most", "lower": "at_most",
               "under": "at_most"}
_SYMBOL_HEDGE = re.compile(r"(?<![<>=])(?P<op>>\s*=|<\s*=|≥|≤|>|<)\s*$")
_SYMBOL_NAMES = {">": "more_than", "<": "less_than", "≥": "at_least", "≤": "at_most"}
_SYMBOL_CHARS = frozenset("<>≥≤")         # an _SYMBOL_HEDGE match holds one of them
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?(?:\s+it\b)?(?![\w])", re.I)
_BOTH_SIDES = re.compile(r"\s*,?\s*(?:and|but)?\s*$", re.I)
_LOWER_BOUNDS = ("at_least", "more_than")
_UPPER_BOUNDS = ("at_most", "less_than")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LEAD_WORD = re.compile(r"\s+([A-Za-z][\w-]*)")
_CASED_UNITS = frozenset(u.lower() for u in CASE_SENSITIVE)


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


def _apply_hedge(m: Mention, hedge: Hedge) -> None:
    low, high, li, hi = hedge.interval_for(m.value)
    if m.kind != "count" and low == 0:      # "under 5 °C" may be negative
        low = -INF
    m.low, m.high, m.low_inclusive, m.high_inclusive = low, high, li, hi
    m.hedge = hedge.name


def _lower(text: str) -> str:
    """``text.lower()`` with the same length (a few characters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


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


def _suffix_unit(text: str, num: NumberMatch, currency: bool, thing_follows: bool) -> tuple[float, str | None]:
    """An ambiguous suffix glued to digits: "$1.5m" and "30m people" are millions, "1.8m" metres."""
    glued = text[num.end - len(num.suffix):num.end]
    if currency or thing_follows or glued in ("M", "MM", "B", "b") or (glued == "T" and currency):
        return num.value * AMBIGUOUS_SUFFIX[num.suffix], None
    return num.value, canonical_unit(glued) if glued in CASE_SENSITIVE or glued.lower() in ("mm",) else None


def _number_mentions(text: str, lower: str, vocab: Vocabulary, lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    things = vocab.thing_by_word
    ctx = DocumentContext(text)
    for num in _drop_number_tables(text, find_numbers(text, lower)):
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
            cur_before = _currency_before(text, lower, start, out)
            value, unit_from_suffix = _suffix_unit(text, num, bool(cur_before or currency_after(after)),
                                                   thing_follows)
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
                _percent_before(text, lower, start) or _currency_before(text, lower, start, out)
                or lex.hedge_before(lower, start, 30)):
            continue
        m = Mention(start, end, start, number_end, value, value, value,
                    multiplier=num.multiplier, scaled=num.scaled or value != num.value)
        pct = PERCENT.match(after)
        if pct:
            m.end = end + pct.end()
            m.kind, m.unit = "percent", "percent"
        elif pct_before := _percent_before(text, lower, start):
            m.start = pct_before.start()
            m.kind, m.unit = "percent", "percent"
        else:
            # the currency before, the unit after...: looked for only when the number is no percent
            if not num.suffix:
                cur_before = _currency_before(text, lower, start, out)
            if cur_before:
                m.start = cur_before.start()
                m.kind, m.unit = "currency", currency_code(cur_before.group("cur"))
                cur_after = currency_after(after)
                if cur_after and currency_code(cur_after.group("cur")) == m.unit:    # "$ 10 dollars"
                    m.end = end + cur_after.end()
            elif unit_from_suffix:
                m.kind, m.unit = "quantity", unit_from_suffix
            elif cur_after := currency_after(after):
                m.end = end + cur_after.end()
                m.kind, m.unit = "currency", currency_code(cur_after.group("cur"))
                scale = _SCALE_AFTER.match(text, m.end)
                if scale and not num.scaled:          # "75 USD million"
                    m.value = m.low = m.high = value * SCALE_WORDS[scale.group(1).lower()]
                    m.end, m.scaled = scale.end(), True
            elif unit_after := unit_after_match(after):
                surface = unit_after.group("unit")
                ok = (surface.lower() not in _CASED_UNITS or surface in CASE_SENSITIVE) and not (
                    num.words and surface.lower() in ("m", "t", "g", "l", "p", "°", "deg", "cc", "ha"))
                unit = canonical_unit(surface) if ok else None
                if unit:
                    m.end = end + unit_after.end()
                    m.kind, m.unit = "quantity", unit
            elif after[:1] in GLUED_UNIT_LETTERS and (unit := glued_letter_unit(text, start, end, value)):
                m.end = end + 1                       # "17c": the letter is the unit, as "cents" in "17 cents"
                m.kind, m.unit = ("currency" if unit in MINOR_CURRENCIES else "quantity"), unit
        # a bare year ("in 2019") is no claim; whether a counted thing follows matters only then
        if year and m.kind == "count" and not (
                thing_follows if num.suffix else _thing_follows(after, things)) and is_bare_year(
                text, end, raw, value, bool(lex.hedge_before(lower, start, 30)), False):
            continue
        if year and context_reason(text, start, end, raw, value, ctx, after):
            continue
        out.append(m)
    return _join_currency_parts(text, out)


# what may follow a number with no unit, percent, currency or counted thing possible after it
# (PERCENT, CURRENCY_AFTER and _LEAD_WORD skip spaces and newlines, UNIT_AFTER an opening bracket)
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


def _currency_before(text: str, lower: str, start: int, out: list[Mention]) -> re.Match[str] | None:
    """A currency written before the number ("$", "US$ ", "EUR"), unless it ends the amount before."""
    lo = max(0, start - 8)
    k = start
    while k > lo and start - k < 2 and text[k - 1] in " \t":
        k -= 1
    if not lower.endswith(CURRENCY_BEFORE_ENDS, lo, k):
        return None
    cur_before = CURRENCY_BEFORE.search(text, lo, start)
    if cur_before and out and out[-1].end > cur_before.start() and out[-1].kind == "currency":
        return None            # "15 dollars 50": the word belongs to the amount before
    return cur_before


_SCALE_AFTER = re.compile(r"\s+(million|billion|trillion|thousand|bn|mn)(?![\w])", re.I)
SCALE_WORDS = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3, "bn": 1e9, "mn": 1e6}
_MINOR_JOIN = re.compile(r"\s+(?:and\s+)?$")
_MINOR_END = re.compile(r"\s*(?:cents?|pence)(?![\w])", re.I)


_INCHES_AFTER = re.compile(r"\s*(?:in\b\.?|inch(?:es)?\b|\"|”)", re.I)


def _join_currency_parts(text: str, mentions: list[Mention]) -> list[Mention]:
    """"3 dollars 50 cents", "15 dollars and 50": one amount in the major unit (so "5 feet 2 inches")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.unit == "foot" and m.value is not None and m.value < 12
                and m.unit in ("inch", None) and _MINOR_JOIN.match(text, prev.end, m.start)):
            inches = _INCHES_AFTER.match(text, m.number_end)
            if m.unit == "inch" or inches:
                prev.value = prev.low = prev.high = prev.value + m.value / 12
                prev.end = m.end if m.unit == "inch" else inches.end()
                prev.number_end = m.number_end
                continue
        if (prev is not None and prev.kind == "currency" and prev.unit not in MINOR_CURRENCIES
                and prev.value is not None and float(prev.value).is_integer() and not prev.scaled
                and m.value is not None and 0 < m.value < 100 and float(m.value).is_integer()
                and (m.kind == "count" or m.unit in MINOR_CURRENCIES)
                and _MINOR_JOIN.match(text, prev.end, m.start)):
            minor = _MINOR_END.match(text, m.end)
            if m.kind == "count" and not minor and _LEAD_WORD.match(text, m.end):
                out.append(m)              # "5 dollars and 20 people"
                continue
            value = prev.value + m.value / 100
            prev.value = prev.low = prev.high = value
            prev.end = minor.end() if minor and m.kind == "count" else m.end
            prev.number_end = m.number_end
            continue
        out.append(m)
    return out


def _vague_mentions(text: str, vocab: Vocabulary, taken: list[Mention], lower: str | None = None,
                    lex: Lexicon | None = None) -> list[Mention]:
    out = []
    spans = [(m.start, m.end) for m in taken]
    found = (lex.vague.finditer(lower) if lex is not None and lower is not None
             else vocab.vague_pattern.finditer(text))
    for v in found:
        if any(s < v.end() and v.start() < e for s, e in spans):
            continue
        hedge = vocab.hedge_by_phrase[" ".join(v.group().lower().split())]
        low, high, li, hi = hedge.interval_for(None)
        out.append(Mention(v.start(), v.end(), v.start(), v.end(), None, low, high, li, hi,
                           hedge=hedge.name))
    return out


def _merge_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if (b is not None and a.value is not None and b.value is not None and a.hedge is None
                and b.hedge is None and a.kind in (b.kind, "count")
                and not (a.unit and b.unit and a.unit != b.unit)
                and _RANGE_JOIN.match(text[a.end:b.start])
                # not within a chain: "three-nought-four" holds no range "nought-four"
                and not (text[a.start - 1:a.start] == "-" and text[a.start - 2:a.start - 1].isalnum())):
            joiner = text[a.end:b.start].strip().lower()
            opener = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
            change = _CHANGE_VERB.search(text, max(0, a.start - 20), a.start)
            needs_opener = joiner in ("and", "or")
            if not change and (opener or not needs_opener) and joiner != "or":
                lo, hi = a.value, b.value
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


def _hedge_named(vocab: Vocabulary, name: str) -> Hedge | None:
    return next((h for h in vocab.hedge_by_phrase.values() if h.name == name), None)


def _post_hedge_end(text: str, post: re.Match[str], following: Mention | None) -> int:
    """Where a post-hedge ("or more", "or greater than") ends.

    Its "than" is left to the number right after it: in "200 or greater than 190"
    the 200 is "200 or greater" and "greater than 190" is the bound of the 190."""
    if (post.group("than") and following is not None and following.start >= post.end()
            and text[post.end():following.start].isspace()):
        return post.start("than")
    return post.end()


def _attach_hedges(text: str, mentions: list[Mention], vocab: Vocabulary, lower: str | None = None,
                   lex: Lexicon | None = None) -> None:
    for i, m in enumerate(mentions):
        if m.hedge is not None or m.value is None:
            continue
        if lex is not None and lower is not None:
            h = lex.hedge_before(lower, m.start, 40)
        else:
            h = vocab.hedge_pattern.search(text, max(0, m.start - 40), m.start)
        if h and _BLANK_LINE.search(text, h.end("hedge"), m.start):
            h = None                   # "at least\n\nhalf a million": the hedge ends another paragraph
        sym = None
        if not h and _SYMBOL_CHARS.intersection(text[max(0, m.start - 6):m.start]):   # a search only then
            sym = _SYMBOL_HEDGE.search(text, max(0, m.start - 6), m.start)
        if sym and _BLANK_LINE.search(text, sym.end("op"), m.start):
            sym = None
        post = _POST_HEDGE.match(text, m.end)
        if post and h and vocab.hedge_by_phrase[" ".join(h.group("hedge").lower().split())].name in (
                "about", "estimated"):
            h = None                   # "about five hundred or more": the bound wins
        if h or sym:
            if h:
                hedge = vocab.hedge_by_phrase[" ".join(h.group("hedge").lower().split())]
            else:
                op = re.sub(r"\s+", "", sym.group("op"))
                name = {">=": "at_least", "<=": "at_most"}.get(op) or _SYMBOL_NAMES[op]
                hedge = _hedge_named(vocab, name)
                if hedge is None:
                    continue
            eq = _OR_EQUAL.match(text, m.end)
            if eq and hedge.name in ("more_than", "less_than"):    # "more than 5000 or equal to"
                hedge = _hedge_named(vocab, "at_least" if hedge.name == "more_than" else "at_most") or hedge
                m.end = eq.end()
            _apply_hedge(m, hedge)
            m.start = h.start("hedge") if h else sym.start("op")
            continue
        if post:
            word = (post.group("word") or "").lower()
            hedge = _hedge_named(vocab, _POST_NAMES.get(word, "at_least"))
            if hedge:
                _apply_hedge(m, hedge)
                m.end = _post_hedge_end(text, post, mentions[i + 1] if i + 1 < len(mentions) else None)


def _merge_bounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """"more than 10 and less than 40", "at most 100 and at least 20": one interval."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.hedge and m.hedge and prev.value is not None and m.value is not None
                and {prev.hedge, m.hedge} & set(_LOWER_BOUNDS) and {prev.hedge, m.hedge} & set(_UPPER_BOUNDS)
                and prev.hedge != m.hedge and _BOTH_SIDES.match(text, prev.end, m.start)
                and _BOTH_SIDES.match(text, prev.end, m.start).end() == m.start):
            lo, hi = (prev, m) if prev.hedge in _LOWER_BOUNDS else (m, prev)
            if lo.low < hi.high:
                out[-1] = Mention(prev.start, m.end, prev.number_start, m.number_end, None, lo.low, hi.high,
                                  lo.low_inclusive, hi.high_inclusive, hedge="range", unit=prev.unit or m.unit,
                                  kind=prev.kind, is_range=True)
                continue
        out.append(m)
    return out


def extract_claims(doc: Document, vocab: Vocabulary) -> list[Claim]:
    """Every numeric claim of ``doc``, in text order."""
    text = doc.text
    lower = _lower(text)
    lex = lexicon(vocab)
    mentions = _number_mentions(text, lower, vocab, lex)
    mentions = sorted(mentions + _vague_mentions(text, vocab, mentions, lower, lex), key=lambda m: m.start)
    if not mentions:
        return []
    mentions = _merge_ranges(text, mentions)
    _attach_hedges(text, mentions, vocab, lower, lex)
    mentions = _merge_bounds(text, mentions)

    sentences = Sentences(text)
    pub = doc.published_date
    default_place, dateline_stop = sc.dateline(text, vocab)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(mentions):
        by_sentence.setdefault(sentences.span(m.number_start), []).append(i)

    # parts: "Seven civilians, including three children"
    for (s_start, _), idxs in by_sentence.items():
        for k, i in enumerate(idxs[1:], 1):
            m = mentions[i]
            if _PART_CUE.search(text, max(s_start, m.start - 25), m.start):
                mentions[i].part_of = idxs[k - 1] if mentions[idxs[k - 1]].part_of is None else mentions[idxs[k - 1]].part_of

    made: dict[int, Claim] = {}     # mention index → its claim, in the order claims are made
    free_starts = sorted(x.start for x in mentions if x.part_of is None)
    for (s_start, s_end), idxs in by_sentence.items():
        scope = _SentenceScope(text, lower, s_start, s_end, max(s_start, dateline_stop), pub, vocab, lex,
                               free_starts)
        for k, i in enumerate(idxs):
            m = mentions[i]
            prev_end = mentions[idxs[k - 1]].end if k > 0 else s_start
            next_start = s_end          # the start of the next mention that is not a part of this one
            for j in idxs[k + 1:]:
                if mentions[j].part_of != i:
                    next_start = mentions[j].start
                    break
            whole = made.get(m.part_of) if m.part_of is not None else None
            claim = _claim(doc, text, m, i, s_start, s_end, prev_end, next_start, scope, default_place,
                           vocab, whole, lower, lex)
            if claim is not None and k > 0 and m.part_of is None:
                before = mentions[idxs[k - 1]]
                sibling = before.part_of
                if sibling is not None and _listed_part(text, made.get(idxs[k - 1]), claim):
                    m.part_of = sibling     # "including 3 children and 5 women": 5 is a part too
                    claim = _claim(doc, text, m, i, s_start, s_end, prev_end, next_start, scope,
                                   default_place, vocab, made.get(sibling), lower, lex)
            if claim is not None:
                made[i] = claim
        _share_list_measure(idxs, mentions, made)
    return sorted(made.values(), key=lambda c: (c.start, c.end))


_LISTED_GAP = re.compile(r"\s+[A-Za-z'’ -]{1,30}?(?:(?P<comma_and>,\s*and\s+)|,\s*|\s+and\s+)$")
_LISTED_GAP_MAX = 80


def _share_list_measure(idxs: list[int], mentions: list[Mention], made: dict[int, Claim]) -> None:
    """"Seven civilians, including three children and two women, were killed": the verb
    after the list is the measure of the whole and of every part that has none."""
    parts_of: dict[int, list[int]] = {}
    for j in idxs:
        if mentions[j].part_of is not None and j in made:
            parts_of.setdefault(mentions[j].part_of, []).append(j)
    for i, parts in parts_of.items():
        whole = made.get(i)
        if whole is None or whole.measure is not None:
            continue
        measure = made[parts[-1]].measure
        if measure is None:
            continue
        for j in (i, *parts):
            if made[j].measure is None:
                made[j] = dataclasses.replace(made[j], measure=measure)


def _listed_part(text: str, previous: Claim | None, claim: Claim) -> bool:
    """Whether ``claim`` continues a list of parts right after the part ``previous``.

    "Seven civilians, including three children and five women": the cue links
    the 3 to the 7; the 5 follows the 3's thing with only ", " or " and "
    between, counts a thing too, and so is a part of the 7 as well, unless its
    own measure says it starts another statement (after ", and" the two
    measures must be known and agree).
    """
    if previous is None or previous.part_of is None or claim.kind != "count" or not claim.thing_class:
        return False
    gap = _LISTED_GAP.match(text, previous.end, claim.start) if claim.start - previous.end <= _LISTED_GAP_MAX else None
    if gap is None:
        return False
    if gap.group("comma_and"):      # "including 10 women, and 30 people were wounded" may be a new clause
        return previous.measure is not None and claim.measure in (None, previous.measure)
    return claim.measure in (None, previous.measure) or previous.measure is None


class _SentenceIndex:
    """Sorted offsets of a sentence's times, places, attributions and claims, so that
    each claim finds its nearest ones by bisection (a sentence of a thousand claims
    must not cost a million comparisons)."""

    def __init__(self, times, places, attributions, free_starts: list[int]) -> None:
        self.times = times
        self.time_starts = [t.start for t in times]
        self.places = places                    # sorted by offset (places_in)
        self.place_starts = [p for p, _ in self.places]
        self.attributions = attributions
        self.att_starts = [a.start for a in attributions]
        self.free_starts = free_starts

    # most sentences have no time, place or attribution, or only one: then there is nothing to compare

    def nearest_time(self, m: Mention):
        if len(self.times) <= 1:
            return self.times[0] if self.times else None
        i = bisect.bisect_left(self.time_starts, m.start)
        near = self.times[max(0, i - 3):i + 3]
        return min(near, key=lambda t: (min(abs(t.start - m.end), abs(m.start - t.end)), t.start), default=None)

    def nearest_place(self, pos: int) -> str | None:
        if len(self.places) <= 1:
            return self.places[0][1] if self.places else None
        i = bisect.bisect_left(self.place_starts, pos)
        return sc.nearest(self.places[max(0, i - 2):i + 2], pos)

    def next_free_start(self, m: Mention) -> int | None:
        """Start of the first claim (not a part) at or after the end of ``m``."""
        i = bisect.bisect_left(self.free_starts, m.end)
        while i < len(self.free_starts) and self.free_starts[i] == m.start:
            i += 1
        return self.free_starts[i] if i < len(self.free_starts) else None

    def attribution(self, m: Mention, barrier: int) -> str | None:
        """The first attribution after the claim in its clause, else the nearest before."""
        if not self.attributions:
            return None
        nxt = self.next_free_start(m)
        i = bisect.bisect_left(self.att_starts, m.end)
        if i < len(self.attributions):
            a = self.attributions[i]
            if a.start < max(barrier, m.end + 1) or nxt is None or nxt >= a.start:
                return a.who
        before = None
        for a in self.attributions[:i][::-1][:8]:
            if a.end <= m.start:
                before = a if before is None or a.start > before.start else before
        if before is None:
            for a in self.attributions[:i]:
                if a.end <= m.start:
                    before = a
        return before.who if before else None


class _SentenceScope:
    """The times, places and attributions of one sentence, found when a claim first needs them.

    A sentence whose numbers all turn out not to be claims ("several localities": vague,
    counting nothing) then costs none of these searches (a sixth of the sentences with
    numbers in the benchmark)."""

    __slots__ = ("text", "lower", "start", "end", "places_from", "pub", "vocab", "lex", "free_starts", "_index")

    def __init__(self, text: str, lower: str, start: int, end: int, places_from: int, pub, vocab: Vocabulary,
                 lex: Lexicon, free_starts: list[int]) -> None:
        self.text, self.lower, self.start, self.end = text, lower, start, end
        self.places_from, self.pub, self.vocab, self.lex = places_from, pub, vocab, lex
        self.free_starts = free_starts
        self._index: _SentenceIndex | None = None

    def index(self) -> _SentenceIndex:
        if self._index is None:
            text, lower, start, end = self.text, self.lower, self.start, self.end
            self._index = _SentenceIndex(
                time_expressions(text, start, end, self.pub, lower),
                sc.places_in(text, self.places_from, end, self.vocab, lower, self.lex),
                sc.attributions_in(text, start, end, self.vocab, self.lex.source_names),
                self.free_starts)
        return self._index


def _claim(doc: Document, text: str, m: Mention, index: int, s_start: int, s_end: int,
           prev_end: int, next_start: int, scope: _SentenceScope, default_place: str | None,
           vocab: Vocabulary, whole: Claim | None = None, lower: str | None = None,
           lex: Lexicon | None = None) -> Claim | None:
    thing = None
    measure = None
    if m.kind == "count":
        thing = sc.thing_after(text, m.end, s_end, vocab)
        if m.value is None and not m.is_range and (thing is None or thing.cls is None):
            return None     # "several localities": vague and not about anything we count
        measure = sc.measure_for(text, s_start, prev_end, m.start, m.end, next_start, vocab, lower, lex)
        if thing is None:
            thing = sc.thing_before(text, s_start, m.start, vocab, lower, lex)
        if thing is None and measure == "killed":
            thing = sc.Thing("people", "people", "people")
    sentence = scope.index()
    when = sentence.nearest_time(m)
    when_start = when_end = None
    where = sentence.nearest_place(m.start) or default_place
    according = sentence.attribution(m, next_start)
    if m.part_of is not None and whole is not None:
        measure = measure or whole.measure
        according = according or whole.according_to
        if when is None and whole.when_start:
            when_start, when_end = whole.when_start, whole.when_end
    return claim_from_values((       # Claim's fields in declaration order
        doc.id, doc.source, doc.published,
        m.start, m.end, text[m.start:m.end],
        m.value, m.low, m.high, m.low_inclusive, m.high_inclusive,
        m.hedge, m.unit,
        thing.text if thing else None, measure,
        when.when_start.isoformat() if when else when_start,
        when.when_end.isoformat() if when else when_end,
        where, according,
        f"{doc.id}#{index}", m.number_start, m.number_end,    # id, number span
        s_start, s_end,                                       # sentence span
        thing.cls if thing else None, thing.key if thing else None,    # thing_class, thing_key
        m.kind,
        f"{doc.id}#{m.part_of}" if m.part_of is not None else None,     # part_of
        False,                                                # in_title
    ))
