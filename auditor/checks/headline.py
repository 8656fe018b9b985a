"""headline: a figure in a document's title must match its body.

What it checks
    The numeric claims of each document's ``title`` (``in_title``, extracted
    with the rest of the document) against the body's claims of the same
    quantity: the same kind and unit, and the same head word (what the
    figure counts or is said of: "two attacks", "30,000 march", "Turnout
    hits 71%"), or, for a headline figure without one or naming the measure
    ("40 dead", "kills 210"), the same measure and counted thing; or, for a
    share, the same statistic named before both figures ("Unemployment rises
    to 6.1%" over "the unemployment rate rose to 5.4%"). A title
    claim fires when the body gives that quantity but no body figure
    overlaps it, each figure taken with its precision and a round headline
    figure with its rounding (after widening by ``tolerance`` /
    ``relative_tolerance``). A title figure the body never mentions is not
    a finding.

Why it matters
    Headlines are written last and fast, often from an earlier version of
    the story: "40 dead in Idlib air strike" over a body that says 14 is
    the error readers see first.

Example
    Title ``40 dead in Idlib air strike`` over ``14 people were killed in
    an air strike in Idlib on Thursday.`` fires; title ``14 dead in Idlib
    air strike`` over the same body does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import (
    CheckContext,
    describe,
    make_finding,
    ordered_claims,
    rounding_interval,
    rounding_step,
    select,
)
from auditor.checks.precision import stated
from auditor.claims import INF, Claim, Interval
from auditor.findings import Finding

if TYPE_CHECKING:
    from auditor.rule import Rule
    from auditor.vocabulary import Vocabulary

TYPE = "headline"
LOCAL = True    # findings never involve claims of two documents (the claims store relies on it)
DEFAULT_MESSAGE = ("The headline says {{ title.text }}{{ ' ' ~ title.thing if title.thing }}"
                   "{{ ' ' ~ title.measure if title.measure }}, "
                   "but the body says {{ body | map(attribute='text') | join(', ') }}")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    tolerance: float = Field(0.0, ge=0, description="Absolute difference allowed between headline and body.")
    relative_tolerance: float = Field(0.0, ge=0, le=1, description="The same, as a share of the figure.")


# a headline amount with its currency left out: "sells striker for record forty million"
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|m)\b", re.I)


def _names_the_measure(head: str, word: str | None) -> bool:
    """Whether a headline's head word (a crude stem: "injur", "rescu") is the vocabulary's word for
    the measure ("injured") or a form of it."""
    return word is not None and (head == word or len(head) >= 4 and word.startswith(head))


def same_quantity(t: Claim, b: Claim, vocab: Vocabulary) -> bool:
    """Whether body claim ``b`` reports the quantity of headline claim ``t``.

    The same kind and unit, then: the same head word (what the figure counts or is said of:
    "two attacks", "30,000 march", "Turnout hits 71%"), or, when the headline's figure has no
    head word of its own or it names the measure (``headline_word`` in measures.yaml: "40 dead"),
    the same measure (or one ``alike`` it) and counted thing.
    """
    if t.kind != b.kind or t.unit_compared != b.unit_compared or bool(t.change) != bool(b.change):
        return False    # a margin or a rise ("by 72 votes", "up 5%") is no level ("212 votes")
    if t.where and b.where and t.where != b.where:
        return False
    if t.head and b.head == t.head or _agent_of_the_verb(t, b):
        return True
    if t.head and not _names_the_measure(t.head, vocab.measure_entry(t.measure).headline_word):
        return False
    if t.measure is None or t.measure != b.measure and b.measure not in vocab.measure_entry(t.measure).alike:
        return False
    return (t.thing_class or "people") == (b.thing_class or "people") or b.thing_class is None


# words that name how a statistic is given, not which: "the unemployment rate" is unemployment's
_STATISTIC_FORMS = frozenset({"rate", "level", "figure", "ratio"})


def _statistic(c: Claim) -> frozenset[str]:
    return frozenset(w for w in (c.thing or "").lower().split() if w not in _STATISTIC_FORMS)


def _same_statistic(t: Claim, b: Claim, title: str, text: str) -> bool:
    """Whether two levels name one statistic as their thing, before the figure ("Unemployment rises to
    6.1%" over "the unemployment rate rose to 5.4%", "Turnout falls to 58%" over "Turnout in Sunday's
    election was 61.4%"), however the words between run; "youth unemployment" is another statistic,
    and a share before its noun is a change of it ("a 4.99% tax rise"), no level."""
    named = _statistic(t)
    if t.kind != "percent" or b.kind != "percent" or t.change or b.change or not named or named != _statistic(b):
        return False
    return all(named <= set(re.findall(r"[a-z]+", said[c.sentence_start:c.start].lower()))
               for c, said in ((t, title), (b, text)))


def _agent_of_the_verb(t: Claim, b: Claim) -> bool:
    """Whether one figure names by an agent noun the people the other counts by a verb ("9,000 visitors"
    over "6,200 people visited", "4,000 walkers" over "2,900 people walked"): the one head the other's
    stem and a longer word, of people."""
    short, long = sorted((t.head or "", b.head or ""), key=len)
    return len(short) >= 4 and long != short and long.startswith(short) and len(long) - len(short) <= 3 \
        and (t.thing_class or "people") == "people" and (b.thing_class or "people") == "people"


# what a ratio compares with: "70 times the official toll", "2.5 to 3 times higher than the toll from Katrina"
_BASE = re.compile(r"[^.;:!?]{0,60}")
_NOT_BASE = frozenset("""times time higher lower above below more less greater larger bigger smaller than the a an
as that this of from in on at to its their his her official's""".split())


def _base_words(text: str, c: Claim) -> set[str]:
    """The words of what a ratio figure compares with (the words after the number)."""
    m = _BASE.match(text, c.end)
    words = re.findall(r"[a-z]+", m.group().lower()) if m else []
    return {w for w in words[:8] if w not in _NOT_BASE and len(w) > 2}


def _ratio_of_another_base(t: Claim, b: Claim, ctx: CheckContext) -> bool:
    """Two ratios ("70 times the official count", "2.5 to 3 times the toll from Katrina")
    report the same quantity only when they compare with the same thing."""
    if t.head != "time" or b.head != "time":
        return False
    doc = ctx.documents.get(t.doc)
    title = getattr(doc, "title", None) or ""
    return not _base_words(title, t) & _base_words(ctx.texts.get(b.doc, ""), b)


def _said_alike(t: Claim, b: Claim) -> bool:
    """Whether body claim ``b`` may state headline claim ``t`` under another reading of what it
    counts ("Two soldiers among 14 dead" over "14 people were killed, including two soldiers")."""
    return t.kind == b.kind and t.unit_compared == b.unit_compared and bool(t.change) == bool(b.change) \
        and t.measure is not None and b.measure == t.measure


def _bare_amount(t: Claim) -> bool:
    """A headline figure of millions with no unit, noun nor measure: a sum whose currency is left out."""
    return t.kind == "count" and not t.unit and not t.thing and not t.head and not t.measure \
        and not t.change and bool(_SCALED.search(t.text))


def _lead_amounts(body: list[Claim]) -> list[Claim]:
    """The sums of money of the body's first sentence that gives any: what a bare headline amount
    sums up. None when the body states the headline's figure as money anywhere (checked by overlap)."""
    money = [b for b in body if b.kind == "currency" and not b.change and b.value is not None]
    if not money:
        return []
    first = min(b.sentence_start for b in money)
    return sorted((b for b in money if b.sentence_start == first), key=lambda b: b.start)


def _lead_sum_of_its_currency(t: Claim, body: list[Claim], wide: Interval, title: str, text: str) -> list[Claim]:
    """A headline sum of money whose words the body does not repeat ("puts 240 million pounds into
    rural broadband" over "will spend 420 million pounds ... to bring gigabit broadband to ...") is
    the body's lead sum, when the first sentence with money gives one sum alone in that currency, says
    of it no thing of its own and shares a word with the headline, and no sum of that currency
    anywhere in the body is the headline's."""
    money = [b for b in body if b.kind == "currency" and b.unit_compared == t.unit_compared]
    if not money or any(wide.overlaps(_allowed(b)) for b in money):
        return []
    lead = [b for b in _lead_amounts(body) if b.unit_compared == t.unit_compared]
    if len(lead) != 1 or lead[0].change or lead[0].thing or lead[0].measure:
        return []
    said = set(_WORD.findall(text[lead[0].sentence_start:lead[0].sentence_end].lower()))
    return lead if said & set(_WORD.findall(title.lower())) else []


_WORD = re.compile(r"[a-z]{5,}")    # words long enough to name a subject ("broadband", "flood")


def _allowed(c: Claim) -> Interval:
    """A headline's round figure stands for what rounds to it ("30,000" is 25,000–35,000)."""
    if c.shape and rounding_step(c.value or 0) >= 100:
        lo, hi = rounding_interval(c.value or 0, c.shape)
        return Interval(min(lo, c.low), max(hi, c.high))
    return stated(c)


# a headline's fraction of a change ("to rise by a third") is a rounding: a tenth of itself either way
_FRACTION_SLACK = 0.1


def _fraction_of_change(t: Claim) -> bool:
    """A headline change in words that is a fraction of where it started ("fare to rise by a third",
    "arrests down by a quarter"): compared with the body's changes in per cent, never as an amount."""
    return bool(t.change) and t.change != "points" and t.kind == "count" and t.low is not None \
        and t.high is not None and 0 < t.low and t.high < 1 and not any(ch.isdigit() for ch in t.text)


def _endpoints(b: Claim, by_id: dict[str, Claim]) -> tuple[Interval, Interval] | None:
    """Where a body change starts and ends: a figure reached from another ("rose to 251 from 236"),
    or one claim "from 4.80 euros to 5.60 euros" read as the range it spans."""
    if b.change_from and b.value is not None:
        start = by_id.get(b.change_from)
        if start is not None and start.value is not None:
            return stated(start), stated(b)
    if b.change and b.value is None and b.text.lower().startswith("from ") and b.low is not None \
            and b.high is not None and 0 < b.low < b.high:
        low, high = Interval(b.low, b.low), Interval(b.high, b.high)
        return (high, low) if b.direction == -1 else (low, high)
    return None


def _percent_change(t: Claim) -> bool:
    """A headline change in per cent of where it started ("Planetarium visitors up 50%"): compared
    with the body's changes like a fraction in words, a tenth of itself either way."""
    return t.kind == "percent" and t.change == "percent" and t.low is not None and t.high is not None \
        and 0 < t.low and bool(t.head)


def _change_wanted(t: Claim) -> Interval:
    """The change in per cent a headline's fraction or percentage allows, a tenth of itself either way."""
    said = Interval(t.low * 100, t.high * 100) if _fraction_of_change(t) else stated(t)
    return said.widen(0, _FRACTION_SLACK)


def _counts_the_head(t: Claim, b: Claim, text: str = "") -> bool:
    """Whether body level ``b`` counts what the headline's change is of ("visitors" for "visitor"); or, the
    headline naming its thing before its verb ("Housing starts ... fall 15%"), whether the body's clause of
    ``b`` says that thing ("Builders started work on 11,240 new homes")."""
    if bool(t.head) and any(w.startswith(t.head) for w in re.findall(r"[a-z]+", (b.thing or "").lower())):
        return True
    named = re.findall(r"[a-z]+", (t.thing or "").lower())[-1:]
    stem = named[0][:-1] if named and named[0].endswith("s") else (named[0] if named else "")
    if len(stem) < 4 or not text or b.in_title:
        return False
    said = re.findall(r"[a-z]+", f"{b.thing or ''} {text[b.sentence_start:b.start]}".lower())
    return any(w.startswith(stem) for w in said)


def _change_told(b: Claim, by_id: dict[str, Claim]) -> str:
    """A body change with the arithmetic: "25,000 to 31,000 (+24%)"."""
    ends = _endpoints(b, by_id)
    if ends is None:
        return describe(b)
    start, end = ((s.low + s.high) / 2 for s in ends)
    if start <= 0:
        return describe(b)
    begun = by_id[b.change_from].text if b.change_from in by_id else f"{start:g}"
    return f"{begun} to {b.text} ({(end - start) / start * 100:+.3g}%)"


def _body_changes(t: Claim, body: list[Claim]) -> tuple[list[Claim], bool]:
    """The body's first sentence's changes between two stated levels of the headline's direction (the
    claim that ends each), and whether the body states the headline's change itself in per cent or in words."""
    by_id = {b.id: b for b in body}
    wanted = _change_wanted(t)
    moved: list[Claim] = []
    for b in body:
        if b.change and (b.kind == "percent" and b.change == "percent" or _fraction_of_change(b)):
            said = Interval(b.low * 100, b.high * 100) if b.kind == "count" else stated(b)
            if said.overlaps(wanted):
                return [], True     # "up 33%", "a rise of a third": the body says it
        ends = _endpoints(b, by_id)
        if ends is None:
            continue
        start, end = ends
        direction = 1 if end.low > start.high else -1 if end.high < start.low else 0
        if t.direction and direction and t.direction != direction:
            continue
        if start.low <= 0:
            continue
        relative = Interval(abs(end.low - start.high) / start.high * 100, abs(end.high - start.low) / start.low * 100) \
            if direction == 1 else Interval(abs(start.low - end.high) / start.high * 100,
                                             abs(start.high - end.low) / start.low * 100)
        if relative.low > relative.high:
            relative = Interval(relative.high, relative.low)
        if relative.overlaps(wanted):
            return [], True
        moved.append(b)
    # the headline sums up the lead: a later change unlike it is of something else ("vans pay ...")
    first = min((b.sentence_start for b in moved), default=None)
    return [b for b in moved if b.sentence_start == first], False


def _fraction_of_whole(t: Claim) -> bool:
    """A headline share in words, not a change ("Half of lost items reunited", "a third of wards short")."""
    return not t.change and t.kind == "count" and t.low is not None and t.high is not None \
        and 0 < t.low and t.high < 1 and not any(ch.isdigit() for ch in t.text)


def _of_the_headline(t: Claim, b: Claim, title: str) -> bool:
    """Whether a body share is of what the headline's share is of: the same measure, or a thing the
    title names ("Half of lost items ..." over "left 9,800 items")."""
    if t.measure and b.measure == t.measure:
        return True
    noun = (b.thing or "").split()[-1:] or [""]
    return len(noun[0]) > 2 and re.search(rf"\b{re.escape(noun[0])}\b", title, re.I) is not None


def _fraction_against_shares(t: Claim, body: list[Claim], rule: "Rule", title: str) -> Iterator[Finding]:
    """A headline share in words against the body's shares of its measure: a percentage, or a part over
    its whole ("returned 3,150 of the 9,800"). Fires only when the body gives such a share and none is
    the headline's (a fraction word is a rounding: a tenth of itself either way)."""
    wanted = Interval(t.low or 0, t.high or 0).widen(0, _FRACTION_SLACK)
    by_id = {b.id: b for b in body}
    told: list[tuple[Claim, Claim | None, Interval]] = []
    for b in body:
        if b.change or b.value is None or t.measure and b.measure and b.measure != t.measure:
            continue
        if b.kind == "percent" and _of_the_headline(t, b, title):
            said = stated(b)
            told.append((b, None, Interval(said.low / 100, said.high / 100)))
        elif b.kind == "count" and b.part_of and (whole := by_id.get(b.part_of)) is not None \
                and whole.value and not whole.change and whole.kind == "count" \
                and (_of_the_headline(t, b, title) or _of_the_headline(t, whole, title)):
            part, of = stated(b), stated(whole)
            if of.low > 0:
                told.append((b, whole, Interval(part.low / of.high, part.high / of.low)))
    if not told or any(share.overlaps(wanted) for _, _, share in told):
        return
    b, whole, share = told[0]
    given = f"{b.text} of {whole.text}" if whole is not None else b.text
    shown = f"{(share.low + share.high) * 50:.1f}%"
    detail = f"the headline's {t.text} ({(t.low or 0) * 100:.3g}%) is not the body's {given} ({shown})"
    yield make_finding(rule, [t, b] + ([whole] if whole is not None else []), detail,
                       key=(t.thing_class or "", t.measure or ""),
                       message=f"The headline says {t.text}, but the body gives {given} ({shown})"
                       if rule.message == DEFAULT_MESSAGE else None, title=t, body=[b])


def _lead_count_named_back(t: Claim, body: list[Claim], text: str) -> list[Claim]:
    """A headline count named by a wider noun than the body's ("treats nearly 1,000 animals" over
    "took in 690 hedgehogs"): the body's lead count, when the body refers back to it by the headline's
    noun ("three-quarters of the animals") and gives no figure of that noun itself."""
    if not t.head or len(t.head) < 3:
        return []
    counts = [b for b in body if b.kind == "count" and b.thing and not b.change and not b.part_of
              and b.value is not None and b.value >= 1]
    if not counts or any(t.head in (b.thing or "").lower() or b.head == t.head for b in counts):
        return []
    lead = counts[0]
    named_back = re.compile(rf"\bthe[ \t]+{re.escape(t.head)}\w*", re.I)
    return [lead] if named_back.search(text, lead.end) else []


_SCALE_RATIO = 10      # a body figure more than this factor from the headline's is of a part, or of another thing


def _the_one_share_of_its_measure(t: Claim, body: list[Claim], text: str) -> list[Claim]:
    """The body's share of what the headline's share is of, with its measure ("Ruling party wins 54%
    of the vote" over "the ruling party's candidate won 59.4% of the vote"): the headline and the body
    name it otherwise ("party", "candidate"), the one quantity still, when the body's sentence names
    the headline's subject before its share (not a rival's "27.9% for the opposition")."""
    if t.measure is None or t.thing is None:
        return []
    shares = [b for b in body if b.kind == "percent" and not b.change and b.unit_compared == t.unit_compared
              and (b.thing or "").lower() == t.thing.lower()]
    if t.head:
        shares = [b for b in shares if t.head in text[b.sentence_start:b.start].lower()]
    return shares if len(shares) == 1 and shares[0].measure == t.measure else []


# "9.4m", "4.2m" in a headline: millions with the noun left out, not metres
_MILLIONS_AS_METRES = re.compile(r"[\d.,]+[ \t]?m", re.I)


def _millions_read_as_metres(t: Claim, body: list[Claim]) -> bool:
    """Whether a headline figure read as metres ("passenger numbers climb to 9.4m", "posts 4.2m loss")
    is a sum in millions: a headline's "m" is the desk's abbreviation of million, when the body
    measures no length at all."""
    return t.unit_compared == "meter" and _MILLIONS_AS_METRES.fullmatch(t.text.strip()) is not None \
        and not any(b.unit_compared == "meter" for b in body)


def _lead_figure_of_its_unit(t: Claim, body: list[Claim], wide: Interval, title: str, text: str,
                             vocab: "Vocabulary") -> tuple[list[Claim], Interval]:
    """The body's lead figure in the headline figure's unit, when the headline words its quantity
    otherwise ("sets May heat record at 41.3C" over "recorded a temperature of 39.8C"; "delay hits
    40 minutes" over "delayed by an average of 26 minutes, up from 19"; "passenger numbers climb to
    9.4m" over "handled 6.9 million passengers"). A headline sums up its lead: the first body sentence
    with a figure of that unit must state it, when it gives one such level alone (a change's start is
    no level of it), shares a word with the headline, and no figure of that unit anywhere in the body
    is the headline's. A headline
    bound ("passes 1,500 euros") is kept by any lead figure on its side. Also returns the interval
    the headline allows (in millions for "9.4m")."""
    if t.change or t.value is None or t.kind not in ("quantity", "currency"):
        return [], wide
    millions = _millions_read_as_metres(t, body)
    if millions:
        wide = Interval(wide.low * 1e6, wide.high * 1e6)
        alike = [b for b in body if b.value is not None and b.value >= 1e5 and _SCALED.search(b.text)]
    else:
        alike = [b for b in body if b.kind == t.kind and b.unit_compared == t.unit_compared and b.unit == t.unit
                 and b.value is not None]
    bases = {b.change_from for b in body if b.change_from}
    levels = [b for b in alike if not b.change and b.id not in bases]
    # (a bound, "temperatures above 35C", "delays of at least 15 minutes", holds any headline figure)
    if not levels or any(wide.overlaps(_allowed(b)) for b in alike if b.low > -INF and b.high < INF):
        return [], wide
    first = min(b.sentence_start for b in levels)
    lead = [b for b in levels if b.sentence_start == first]
    # (a lead of another subject: "Striker joins for 40 million euros" over the club's wage bill; the
    # words of the figures themselves, "million euros", name no subject)
    sentence = text[first:lead[0].sentence_end].replace(lead[0].text, " ")
    if len(lead) != 1 or not set(_WORD.findall(sentence.lower())) & set(
            _WORD.findall(title.replace(t.text, " ").lower())):
        return [], wide
    before = title[max(0, t.start - 25):t.start]
    said = stated(lead[0])
    if _ends_with(vocab.words_pattern("headline_above_words"), before):
        return ([], wide) if said.low >= wide.low else (lead, wide)
    if _ends_with(vocab.words_pattern("headline_below_words"), before):
        return ([], wide) if said.high <= wide.high else (lead, wide)
    return lead, wide


def _ends_with(pattern: re.Pattern[str], before: str) -> bool:
    """Whether ``before`` ends with a word of ``pattern`` (a hedge-free bound right before a figure)."""
    return any(m.end() >= len(before.rstrip()) for m in pattern.finditer(before))


def _near(t: Claim, b: Claim) -> bool:
    """Whether two figures are within ``_SCALE_RATIO`` of each other."""
    if t.value is None or b.value is None or t.value <= 0 or b.value <= 0:
        return False
    return max(b.value, t.value) <= _SCALE_RATIO * min(b.value, t.value)


def _same_thing(t: Claim, b: Claim) -> bool:
    """Whether body claim ``b`` counts the very thing the headline names ("Hundreds of public defibrillators
    ... out of action" over "430 were out of action", the thing carried from the sentence before)."""
    if not t.thing or t.thing_class:
        return False    # "people", "dead": a class of the taxonomy is any count of the text, not one thing
    return (t.thing or "").lower() == (b.thing or "").lower() and t.kind == b.kind \
        and t.unit_compared == b.unit_compared and bool(t.change) == bool(b.change)


def _of_its_scale(t: Claim, same: list[Claim]) -> list[Claim]:
    """The body figures of the headline figure's scale when the body gives any: "passes two million
    samples" is compared with the body's 1.2 million, not with the 6,200 collected on one trip."""
    if t.value is None or t.value <= 0:
        return same
    return [b for b in same if _near(t, b)] or same


def _with_later_totals(same: list[Claim], body: list[Claim]) -> list[Claim]:
    """``same`` and the later figures of the running totals it holds ("had installed 1,180 chargers by June
    ... the running total has now risen to 1,342"): a total's later figure counts what its earlier one
    counts, whatever noun names it, and a headline sums up the latest."""
    ids = {b.id for b in same}
    grown = True
    while grown:
        later = [b for b in body if b.earlier in ids and b.id not in ids]
        ids.update(b.id for b in later)
        grown = bool(later)
    return sorted((b for b in body if b.id in ids), key=lambda b: b.start) if len(ids) > len(same) else same


def _echoes_the_lead(t: Claim, body: list[Claim], wide: Interval) -> bool:
    """Whether the body's first sentence gives the headline's figure, of its kind and unit: no change, nor where
    a change started ("to 13.50 euros from 12.40 euros": 12.40 is no figure a headline "rises to" states)."""
    if not body or t.change or t.kind not in ("currency", "quantity", "percent"):
        return False
    lead = [b for b in body if b.sentence_start == body[0].sentence_start]
    starts = {b.change_from for b in lead if b.change_from}
    return any(b.kind == t.kind and b.unit_compared == t.unit_compared and not b.change and b.id not in starts
               and wide.overlaps(_allowed(b)) for b in lead)


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    if claims.empty:
        return
    titled = claims[claims["in_title"].astype(bool)]
    if titled.empty:
        return
    chosen = select(titled, rule.where, ctx.vocabulary)
    bodies: dict[str, list[Claim]] = {}
    for c in ctx.claims(claims[claims["doc"].isin(set(chosen["doc"])) & ~claims["in_title"].astype(bool)]):
        bodies.setdefault(c.doc, []).append(c)
    for t in ordered_claims(ctx, chosen):
        fraction = _fraction_of_change(t)
        if fraction or _percent_change(t):
            moved, said = _body_changes(t, bodies.get(t.doc, []))
            if not fraction:    # "visitors up 50%": only a change of the visitors the body gives
                moved = [b for b in moved if _counts_the_head(t, b, ctx.texts.get(b.doc, ""))]
            if moved and not said:
                wanted = _change_wanted(t)
                by_id = {b.id: b for b in bodies.get(t.doc, [])}
                told = ", ".join(_change_told(b, by_id) for b in moved)
                # the body's change with where it started: "12,270 to 11,240 (-8.39%)"
                starts = [by_id[b.change_from] for b in moved if b.change_from in by_id]
                yield make_finding(
                    rule, [t, *moved, *(s for s in starts if s not in moved)],
                    f"the headline's change of {t.text} ({(wanted.low + wanted.high) / 2:.3g}%) is none of "
                    f"the body's: {told}",
                    key=(t.thing_class or "", t.measure or ""), title=t, body=moved,
                    message=f"The headline says {t.text}, but the body's change is {told}"
                    if rule.message == DEFAULT_MESSAGE else None)
                continue
            if fraction or said:
                continue
        if _fraction_of_whole(t):
            doc = ctx.documents.get(t.doc)
            yield from _fraction_against_shares(t, bodies.get(t.doc, []), rule, getattr(doc, "title", None) or "")
            continue    # "Half of lost items ..." is a share: never compared with a count
        title, text = getattr(ctx.documents.get(t.doc), "title", None) or "", ctx.texts.get(t.doc, "")
        same = sorted((b for b in bodies.get(t.doc, ()) if (same_quantity(t, b, ctx.vocabulary)
                                                            or _same_statistic(t, b, title, text))
                       and not _ratio_of_another_base(t, b, ctx)), key=lambda b: b.start)
        wide = _allowed(t).widen(opts.tolerance, opts.relative_tolerance)
        if not same and _bare_amount(t) and not any(
                b.kind == "count" and wide.overlaps(_allowed(b)) for b in bodies.get(t.doc, ())):
            same = _lead_amounts(bodies.get(t.doc, []))     # no count of millions it could be either
        if not same and t.kind == "currency" and not t.change:
            doc = ctx.documents.get(t.doc)
            same = _lead_sum_of_its_currency(t, bodies.get(t.doc, []), wide, getattr(doc, "title", None) or "",
                                             ctx.texts.get(t.doc, ""))
        if not same and t.kind == "count" and not t.change:
            same = _lead_count_named_back(t, bodies.get(t.doc, []), ctx.texts.get(t.doc, ""))
        if not same and t.kind == "percent" and not t.change:
            same = _the_one_share_of_its_measure(t, bodies.get(t.doc, []), ctx.texts.get(t.doc, ""))
        if not same:
            same, lead_wide = _lead_figure_of_its_unit(t, bodies.get(t.doc, []), wide, title, text,
                                                     ctx.vocabulary)
            if same and not any(lead_wide.overlaps(_allowed(b)) for b in same):
                yield make_finding(
                    rule, [t, *same], f"the headline's {describe(t)} overlaps none of the body's lead figure "
                    + ", ".join(describe(b) for b in same),
                    key=(t.thing_class or "", t.measure or ""), title=t, body=same)
            continue
        same = _of_its_scale(t, _with_later_totals(same, bodies.get(t.doc, [])))
        if _echoes_the_lead(t, bodies.get(t.doc, []), wide):
            continue    # "Wage rises to 13.50 euros" over a lead that says it: a later step told further down
            #             ("next October ... 14.30 euros") is another figure, not the headline's
        if any(wide.overlaps(_allowed(b)) for b in same) or any(
                wide.overlaps(_allowed(b)) for b in bodies.get(t.doc, ()) if _said_alike(t, b)
                or _same_thing(t, b) or _bare_amount(t) and b.kind == "currency"):
            continue    # the body gives the headline's figure for its measure ("14 dead" / "14 were killed")
        yield make_finding(
            rule, [t, *same],
            f"the headline's {describe(t)} overlaps none of the body's "
            + ", ".join(describe(b) for b in same),
            key=(t.thing_class or "", t.measure or ""), title=t, body=same)
