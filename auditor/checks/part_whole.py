"""part_whole: a part never exceeds its whole.

What it checks
    Pairs of claims with the same measure where one is a part of the other:
    its thing is a descendant in the taxonomy (children ⊂ civilians ⊂
    people), or the same thing over a time contained in the other's
    (Thursday ⊂ February) or a place contained in the other's (Saraqeb ⊂
    Idlib), or the text links them ("seven civilians, including three
    children"). The part's smallest possible value must not exceed the
    whole's largest. Vague quantities ("tens of thousands") are left out
    unless ``vague`` is true: their bounds are a convention. ``scope`` limits pairs to one document (default), one
    source or all claims. A statement a text repeats is compared once.

Why it matters
    "Nine children" among "seven civilians" is a typo or a mix-up of two
    tolls; "at least 29 killed Thursday" cannot exceed "42 killed in
    February" when both are exact.

Example
    ``Seven civilians, including nine children, were killed`` fires;
    ``Seven civilians, including three children, were killed`` does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator, Literal

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from auditor.checks.base import CheckContext, describe, make_finding, select
from auditor.claims import Claim
from auditor.findings import Finding
from auditor.vocabulary import Vocabulary

if TYPE_CHECKING:
    from auditor.rule import Rule

TYPE = "part_whole"
LOCAL = False   # findings may involve claims of several documents
DEFAULT_MESSAGE = ("{{ part.text }} {{ part.thing }} ({{ part.interval }}) is more than its whole, "
                   "{{ whole.text }} {{ whole.thing }} ({{ whole.interval }})")


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    scope: Literal["document", "source", "all"] = Field("document", description=(
        "Compare parts and wholes within one document, one source, or across all."
    ))
    use_links: bool = Field(True, description="Parts linked in the text (\"including\", \"among them\").")
    use_taxonomy: bool = Field(True, description="Parts by the taxonomy of things (children within civilians).")
    use_time: bool = Field(True, description="Parts by time (a day within its month).")
    use_place: bool = Field(True, description="Parts by place (a town within its province).")
    vague: bool = Field(False, description=(
        "Also compare vague quantities (\"tens of thousands\", \"hundreds of\"), whose intervals are a "
        "convention, not a statement."
    ))


def _whole_number(c: Claim) -> bool:
    return c.kind != "count" or c.value is None or float(c.value).is_integer()


def _modifiers(c: Claim) -> set[str]:
    words = (c.thing_key or "").split()
    return set(words[:-1])


def _time_within(part: Claim, whole: Claim) -> bool | None:
    """True if part's time is inside whole's, None when unknown on either side."""
    if part.when_start is None or whole.when_start is None:
        # two undated figures share a scope only inside one text
        both_undated = (part.when_start, whole.when_start) == (None, None)
        return True if both_undated and part.doc == whole.doc else None
    return whole.when_start <= part.when_start and (part.when_end or "") <= (whole.when_end or "")


def _place_within(part: Claim, whole: Claim, vocab: Vocabulary, several_places: bool = False) -> bool:
    """Whether the part's place is inside the whole's. A place-less whole is the text's own
    site, which holds every place the text names, unless the text names several for that
    measure (cities of a national protest): then a figure it leaves unplaced may be another
    city's ("its prefecture put the crowd at 16,000"), no whole of the capital's count."""
    if part.where == whole.where:
        return True
    if whole.where is None:
        return not several_places
    return part.where is not None and whole.where in vocab.place_ancestors(part.where)


# a figure given as what is left of a group ("the remaining four boys", "the last three bodies"):
# a later "eight of the boys" picks from the group, not from the remainder
_REMAINDER_BEFORE = re.compile(r"\b(?:remaining|last|final)\s+$", re.I)


def _a_remainder(c: Claim, ctx: CheckContext) -> bool:
    text = "" if c.in_title else ctx.texts.get(c.doc, "")
    return bool(text) and _REMAINDER_BEFORE.search(text, max(0, c.start - 12), c.start) is not None


_INCREMENT_PATTERNS: dict[tuple[str, ...], tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _increment_patterns(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of a figure given as what a period added (``increment_words``), once a vocabulary."""
    listed = tuple(vocab.words("increment_words"))
    found = _INCREMENT_PATTERNS.get(listed)
    if found is None:
        words = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                         for w in sorted(listed, key=len, reverse=True)) or r"(?!x)x"
        found = (re.compile(rf"[ \t]+(?:{words})\b(?![ \t]+than\b)", re.I),
                 re.compile(rf"\b(?:another|(?:a|an)[ \t]+(?:{words}))[ \t]+$", re.I))
        _INCREMENT_PATTERNS[listed] = found
    return found


def _an_increment(c: Claim, ctx: CheckContext) -> bool:
    """Whether the text gives ``c`` as what a period added to a running total ("96 new cases confirmed in
    the past seven days", "a further 74", "another 310"): no whole of that total at a day inside the
    period ("revised their count this season to 1,204"), which began before it. Read only for a pair
    about to be reported, so never once per figure."""
    text = "" if c.in_title else ctx.texts.get(c.doc, "")
    if not text:
        return False
    after, before = _increment_patterns(ctx.vocabulary)
    return after.match(text, c.end) is not None or before.search(text, max(0, c.start - 16), c.start) is not None


def _a_subgroup(whole: Claim, vocab: Vocabulary) -> bool:
    """Whether ``whole`` counts one group beside others of its kind ("eight adults", "12 crew members"): the
    kind alone makes no part of it ("30 children" said beside the adults are their siblings, not a part)."""
    thing = " ".join((whole.thing or "").lower().split())
    if not thing:
        return False
    words = vocab.word_set("subgroup_words")
    return thing in words or thing.split()[-1] in words


# a figure with no noun of its own, then the place it is of: "43 in Puebla, three in Guerrero" (an item of a
# list by place), "12 at Dunmore"
_PLACE_AFTER = re.compile(r"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?(?:(?:state|province|region|county|district|city|town"
                          r"|village|department|prefecture)[ \t]+of[ \t]+)?"
                          # a month or a day is a time, no place: "brings the number killed to 30 in February"
                          r"(?!(?:January|February|March|April|May|June|July|August|September|October|November"
                          r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                          r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")


def _a_place_count_elsewhere(part: Claim, whole: Claim, ctx: CheckContext) -> bool:
    """Whether ``whole`` names no noun of its own but the place it counts ("three in Guerrero"), a place the
    sentence of ``part`` never names: a count of that place, no whole of a part told of another. Read only for
    a pair about to be reported, so never once per figure."""
    text = "" if whole.in_title else ctx.texts.get(whole.doc, "")
    if not text:
        return False
    m = _PLACE_AFTER.match(text, whole.end, whole.sentence_end)
    if m is None:
        return False
    place = m.group(1)
    return place not in ctx.sentence_of(part)


def _statement(c: Claim, rep: dict[str, Claim]) -> tuple:
    """What makes two claims of one text the same part or whole: what, how many, when, where,
    and the statement it is linked to as a part."""
    linked = rep[c.part_of].id if c.part_of in rep else c.part_of
    return (c.doc, c.measure, c.thing_class, c.thing_key, c.kind, c.unit, c.low, c.high, c.low_inclusive,
            c.high_inclusive, c.when_start, c.when_end, c.where, linked)


def is_part(part: Claim, whole: Claim, opts: Options, vocab: Vocabulary, several_places: bool = False) -> bool:
    """Whether ``part`` counts a subset of what ``whole`` counts (``several_places``: the text
    places figures of this measure in more than one place)."""
    if part.id == whole.id:
        return False
    if part.unit_compared != whole.unit_compared:
        return False    # "2.6 billion kg of 2.1 million tonnes" compares; "$50bn of €40bn" cannot
    if opts.use_links and part.part_of == whole.id:
        return True     # the text links them ("Of the 37 miners, 40 ..."): no measure needed
    if part.measure != whole.measure:
        return False
    if not part.thing_class or not whole.thing_class:
        return False
    if not _modifiers(whole) <= _modifiers(part):
        return False
    time_in = _time_within(part, whole)
    if not time_in or not _place_within(part, whole, vocab, several_places):
        return False
    ancestors = vocab.thing_ancestors(part.thing_class)
    if whole.thing_class not in ancestors:
        return False
    smaller_thing = whole.thing_class != part.thing_class
    smaller_time = (part.when_start, part.when_end) != (whole.when_start, whole.when_end)
    smaller_place = part.where != whole.where and whole.where is not None
    # a crowd is of its day: a day's crowd is no part of a month's, whose days' crowds are not summed
    by_time = opts.use_time and not vocab.is_of_one_day(part.measure)
    if smaller_thing and _a_subgroup(whole, vocab):
        smaller_thing = False   # "30 children" beside "eight adults": siblings, no part and whole
    return ((opts.use_taxonomy and smaller_thing) or (by_time and smaller_time)
            or (opts.use_place and smaller_place))


def _beside_its_linked_whole(whole: Claim, linked: Claim) -> bool:
    """Whether ``whole`` is said in the sentence of the whole the text links a part to, and is neither
    that whole's own whole: a figure coordinated with it ("12 crew members and 216 passengers on board:
    126 men, 82 women ..."), whose part the text does not make it."""
    return whole.doc == linked.doc and whole.sentence_start == linked.sentence_start \
        and not whole.in_title and linked.part_of != whole.id


def check(claims: pd.DataFrame, rule: "Rule", ctx: CheckContext) -> Iterator[Finding]:
    opts: Options = rule.options
    selected = select(claims, rule.where, ctx.vocabulary)
    if selected.empty:
        return
    scope_col = {"document": "doc", "source": "source", "all": None}[opts.scope]
    # batches as plain lists (a pandas group per document costs milliseconds: 10,000 documents, seconds)
    batches: dict[object, list[Claim]] = {}
    for c in ctx.claims(selected):
        if c.value is None and not opts.vague:
            continue                        # "tens of thousands": no statement of where its bounds lie
        if c.change:
            continue                        # "the toll grew by 100 a day": a change, no count of a part or whole
        if not c.in_title:                  # a headline figure is the headline rule's
            batches.setdefault(getattr(c, scope_col) if scope_col else None, []).append(c)
    seen: set[tuple[str, str]] = set()
    for _, batch in sorted(batches.items(), key=lambda kv: str(kv[0])):
        if not ctx.wants(batch):
            continue        # another document's or source's figures, there only to be compared
        # a statement a text repeats (a paragraph run twice, a long document of copies) is one
        # part or whole: compared once, so a long document costs its distinct statements
        first: dict[tuple, Claim] = {}
        rep: dict[str, Claim] = {}
        for c in batch:
            if c.measure is not None or c.part_of is not None:
                rep[c.id] = first.setdefault(_statement(c, rep), c)
        members = list(first.values())
        # candidates share the measure, and the whole's thing is an ancestor of the part's
        # (or the whole is linked): bucket once instead of comparing every pair
        by_thing: dict[tuple, list[Claim]] = {}
        places: dict[str | None, set[str]] = {}     # the places the batch names per measure
        for c in members:
            by_thing.setdefault((c.measure, c.thing_class), []).append(c)
            if c.where is not None:
                places.setdefault(c.measure, set()).add(c.where)
        for part in members:
            wholes = [w for anc in ctx.vocabulary.thing_ancestors(part.thing_class)
                      for w in by_thing.get((part.measure, anc), ())] if part.thing_class and part.measure else []
            linked = rep.get(part.part_of) or (ctx.claims_by_id.get(part.part_of) if opts.use_links else None) \
                if part.part_of else None
            if linked is not None and not _a_remainder(linked, ctx):
                wholes.append(linked)
            for whole in wholes:
                if linked is not None and whole is not linked and _beside_its_linked_whole(whole, linked):
                    continue    # "12 crew and 216 passengers: ..., 82 women": the women are the passengers'
                if (part.id, whole.id) in seen or not is_part(
                        part, whole, opts, ctx.vocabulary, len(places.get(part.measure, ())) > 1):
                    continue
                if not (_whole_number(part) and _whole_number(whole)):
                    continue    # "a magnitude 7.8 quake": no count of people is 7.8
                ip, iw = part.interval, whole.interval
                if ip.overlaps(iw) or ip.low < iw.high:
                    continue
                if part.part_of != whole.id and _an_increment(whole, ctx) and not _an_increment(part, ctx):
                    continue    # a week's new cases hold no part of the season's running total
                if part.part_of != whole.id and _a_place_count_elsewhere(part, whole, ctx):
                    continue    # "... three in Guerrero": that place's count, no whole of the school's children
                seen.add((part.id, whole.id))
                if not ctx.wants((part, whole)):
                    continue
                yield make_finding(
                    rule, [part, whole],
                    f"the part {describe(part)} starts at or above the whole's maximum {describe(whole)}",
                    key=(part.measure or "",), part=part, whole=whole)
