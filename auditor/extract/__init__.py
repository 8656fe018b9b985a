"""Extraction: a document in, its numeric claims out.

``extract_claims(document, vocabulary)`` is the hot path of the product. It
runs one compiled pattern over the text to find numbers (``numbers``),
drops those that are not claims (``nonclaims``), attaches units, hedges and
ranges (the hedge lexicon comes from the vocabulary), finds vague
quantities ("hundreds of"), and only then, for the few numbers left, looks
at their sentence for scope (``scope``, ``when``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from auditor.claims import INF, Claim
from auditor.documents import Document
from auditor.extract import scope as sc
from auditor.extract.nonclaims import not_a_claim
from auditor.extract.numbers import NUMBER, parse_number
from auditor.extract.sentences import Sentences
from auditor.extract.units import (CURRENCY_AFTER, CURRENCY_BEFORE, PERCENT, UNIT_AFTER,
                                   canonical_unit, currency_code)
from auditor.extract.when import time_expressions
from auditor.vocabulary import Hedge, Vocabulary

_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and|or|through|till|until)\s*$", re.I)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.I)
_CHANGE_VERB = re.compile(r"\b(?:rose|risen|rising|rises|increased|increases|climbed|jumped|fell|"
                          r"fallen|dropped|declined|grew|went\s+up|revised|raised|lowered|up|down)\s+(?:from\s+)?$", re.I)
_PART_CUE = re.compile(r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which|incl\.)\s+$", re.I)
_POST_HEDGE = re.compile(r"^(?:\s+or\s+(?P<more>more|so)\b|[\s-]?(?P<plus>plus\b|\+))", re.I)
_LEAD_WORD = re.compile(r"^\s+([A-Za-z][\w-]*)")


@dataclass
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
    extra: dict = field(default_factory=dict)


def _apply_hedge(m: Mention, hedge: Hedge) -> None:
    low, high, li, hi = hedge.interval_for(m.value)
    if m.kind != "count" and low == 0:      # "under 5 °C" may be negative
        low = -INF
    m.low, m.high, m.low_inclusive, m.high_inclusive = low, high, li, hi
    m.hedge = hedge.name


def _number_mentions(text: str, vocab: Vocabulary) -> list[Mention]:
    out: list[Mention] = []
    for match in NUMBER.finditer(text):
        num = parse_number(match)
        if num is None or not math.isfinite(num.value):
            continue
        raw = match.group().strip()
        start, end = num.start, num.end
        m = Mention(start, end, start, end, num.value, num.value, num.value,
                    multiplier=num.multiplier, scaled=num.scaled)
        # units
        after = text[end:end + 40]
        pct = PERCENT.match(after)
        cur_before = CURRENCY_BEFORE.search(text[max(0, start - 5):start])
        if pct:
            m.end = end + pct.end()
            m.kind, m.unit = "percent", "percent"
        elif cur_before:
            m.start = start - len(cur_before.group())
            m.kind, m.unit = "currency", currency_code(cur_before.group("cur"))
        else:
            cur_after = CURRENCY_AFTER.match(after)
            unit_after = None if num.scaled and not num.words and text[end - 1:end].isalpha() else UNIT_AFTER.match(after)
            if cur_after:
                m.end = end + cur_after.end()
                m.kind, m.unit = "currency", currency_code(cur_after.group("cur"))
            elif unit_after and not (unit_after.group("unit").lower() in ("m", "t", "g", "l", "p")
                                     and num.words):
                unit = canonical_unit(unit_after.group("unit"))
                if unit:
                    m.end = end + unit_after.end()
                    m.kind, m.unit = "quantity", unit
        lead = _LEAD_WORD.match(after)
        thing_follows = bool(lead and lead.group(1).lower() in vocab.thing_by_word)
        hedged = bool(vocab.hedge_pattern.search(text, max(0, start - 30), start))
        if not_a_claim(text, start, end, raw, num.value, hedged or m.kind != "count",
                       thing_follows or m.kind != "count"):
            continue
        if m.kind == "count" and num.value < 0:
            continue
        out.append(m)
    return out


def _vague_mentions(text: str, vocab: Vocabulary, taken: list[Mention]) -> list[Mention]:
    out = []
    spans = [(m.start, m.end) for m in taken]
    for v in vocab.vague_pattern.finditer(text):
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
                and _RANGE_JOIN.match(text[a.end:b.start])):
            joiner = text[a.end:b.start].strip().lower()
            opener = _RANGE_OPEN.search(text, max(0, a.start - 12), a.start)
            change = _CHANGE_VERB.search(text, max(0, a.start - 20), a.start)
            needs_opener = joiner in ("and", "or")
            if not change and (opener or not needs_opener) and joiner != "or":
                lo, hi = a.value, b.value
                if b.scaled and not a.scaled and b.multiplier > 1 and lo * b.multiplier <= hi:
                    lo *= b.multiplier
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


def _attach_hedges(text: str, mentions: list[Mention], vocab: Vocabulary) -> None:
    for m in mentions:
        if m.hedge is not None or m.value is None:
            continue
        h = vocab.hedge_pattern.search(text, max(0, m.start - 40), m.start)
        if h:
            _apply_hedge(m, vocab.hedge_by_phrase[" ".join(h.group("hedge").lower().split())])
            m.start = h.start("hedge")
            continue
        post = _POST_HEDGE.match(text, m.end)
        if post:
            name = "about" if post.group("more") == "so" else "at_least"
            hedge = next((hd for hd in vocab.hedge_by_phrase.values() if hd.name == name), None)
            if hedge:
                _apply_hedge(m, hedge)
                m.end = post.end()


def extract_claims(doc: Document, vocab: Vocabulary) -> list[Claim]:
    """Every numeric claim of ``doc``, in text order."""
    text = doc.text
    mentions = _number_mentions(text, vocab)
    mentions = sorted(mentions + _vague_mentions(text, vocab, mentions), key=lambda m: m.start)
    if not mentions:
        return []
    mentions = _merge_ranges(text, mentions)
    _attach_hedges(text, mentions, vocab)

    sentences = Sentences(text)
    pub = doc.published_date
    default_place = sc.dateline_place(text, vocab)
    dateline_stop = sc.dateline_end(text)
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(mentions):
        by_sentence.setdefault(sentences.span(m.number_start), []).append(i)

    # parts: "Seven civilians, including three children"
    for (s_start, _), idxs in by_sentence.items():
        for k, i in enumerate(idxs[1:], 1):
            m = mentions[i]
            if _PART_CUE.search(text, max(s_start, m.start - 25), m.start):
                mentions[i].part_of = idxs[k - 1] if mentions[idxs[k - 1]].part_of is None else mentions[idxs[k - 1]].part_of

    claims: list[Claim] = []
    made: dict[int, Claim] = {}
    for (s_start, s_end), idxs in by_sentence.items():
        times = time_expressions(text, s_start, s_end, pub)
        places = sc.places_in(text, max(s_start, dateline_stop), s_end, vocab)
        attributions = sc.attributions_in(text, s_start, s_end, vocab)
        for k, i in enumerate(idxs):
            m = mentions[i]
            prev_end = mentions[idxs[k - 1]].end if k > 0 else s_start
            nxt = [mentions[j] for j in idxs[k + 1:] if mentions[j].part_of != i]
            next_start = nxt[0].start if nxt else s_end
            whole = made.get(m.part_of) if m.part_of is not None else None
            claim = _claim(doc, text, m, i, s_start, s_end, prev_end, next_start,
                           times, places, attributions, default_place, mentions, vocab, whole)
            if claim is not None:
                claims.append(claim)
                made[i] = claim
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _claim(doc: Document, text: str, m: Mention, index: int, s_start: int, s_end: int,
           prev_end: int, next_start: int, times, places, attributions, default_place,
           mentions: list[Mention], vocab: Vocabulary, whole: Claim | None = None) -> Claim | None:
    thing = None
    measure = None
    if m.kind == "count":
        thing = sc.thing_after(text, m.end, s_end, vocab)
        if m.value is None and not m.is_range and (thing is None or thing.cls is None):
            return None     # "several localities": vague and not about anything we count
        measure = sc.measure_for(text, s_start, prev_end, m.start, m.end, next_start, vocab)
        if thing is None:
            thing = sc.thing_before(text, s_start, m.start, vocab)
        if thing is None and measure == "killed":
            thing = sc.Thing("people", "people", "people")
    when = min(times, key=lambda t: (min(abs(t.start - m.end), abs(m.start - t.end)), t.start), default=None)
    when_start = when_end = None
    where = sc.nearest(places, m.start) or default_place
    according = None
    barrier = next_start
    after = [a for a in attributions if a.start >= m.end and a.start < max(barrier, m.end + 1) or
             (a.start >= m.end and not any(m.end <= x.start < a.start for x in mentions
                                           if x.part_of is None and x is not m))]
    before = [a for a in attributions if a.end <= m.start]
    if after:
        according = after[0].who
    elif before:
        according = before[-1].who
    elif m.part_of is not None:
        pass
    if m.part_of is not None and whole is not None:
        measure = measure or whole.measure
        according = according or whole.according_to
        if when is None and whole.when_start:
            when_start, when_end = whole.when_start, whole.when_end
    return Claim(
        doc=doc.id, source=doc.source, published=doc.published,
        start=m.start, end=m.end, text=text[m.start:m.end],
        value=m.value, low=m.low, high=m.high,
        low_inclusive=m.low_inclusive, high_inclusive=m.high_inclusive,
        hedge=m.hedge, unit=m.unit,
        thing=thing.text if thing else None, measure=measure,
        when_start=when.when_start.isoformat() if when else when_start,
        when_end=when.when_end.isoformat() if when else when_end,
        where=where, according_to=according,
        id=f"{doc.id}#{index}", number_start=m.number_start, number_end=m.number_end,
        sentence_start=s_start, sentence_end=s_end,
        thing_class=thing.cls if thing else None, kind=m.kind,
        part_of=f"{doc.id}#{m.part_of}" if m.part_of is not None else None,
        thing_key=thing.key if thing else None,
    )
