"""Extraction: a document in, its numeric claims out.

``extract_claims(document, vocabulary)`` is the hot path of the product. It
finds the numbers of the text (``numbers``), drops those that are not claims
(``nonclaims``: dates, clock times, labels..., most of the numbers found,
before any unit or hedge work) and attaches units, currencies and percents
(``mentions``), finds vague quantities ("hundreds of"), attaches hedges and
joins ranges (``hedges``; the hedge lexicon comes from the vocabulary), and
only then, for the few numbers left, looks at their sentence for scope: what
is counted, the measure, when, where and according to whom (``scope``,
``when``), and which counts are parts of another ("including three children").

Speed (benchmarks/extract_speed.py): the vocabulary's patterns run without
IGNORECASE over the lower-cased text (``lexicon``), and every search that
is slow to fail sits behind a cheap test that must hold for it to match (a
suffix, a first letter, a substring), so the results are those of the
searches alone. Work is done only when its answer is used: a sentence's
times, places and attributions when one of its numbers becomes a claim
(``sentence_index.SentenceScope``), a sentence boundary's abbreviation check when a lookup
reaches it (``sentences.Sentences``). Claims are built through their slots
(``claims.new_claim``). tests/test_extract_speed.py holds each fast
path to the plain code it replaces.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import partial

from auditor.claims import Claim, new_claim, with_fields
from auditor.documents import Document
from auditor.extract import scope as sc
from auditor.extract.carried_scope import (
    carry_own_organisation,
    carry_report_source,
    carry_story_country,
    is_a_kind,
    kind_sources_as_context,
    story_place,
)
from auditor.extract.compared_change import compared_change
from auditor.extract.hedges import attach_hedges, join_amounts, merge_bounds, merge_ranges
from auditor.extract.lexicon import Lexicon, lexicon, per_vocabulary
from auditor.extract.listed_change import listed_change
from auditor.extract.market_mover import mover_named_before
from auditor.extract.measured import measured_thing
from auditor.extract.mentions import Mention, number_mentions, vague_mentions
from auditor.extract.nonclaims import DocumentContext, drop_bare_years, drop_nonclaims
from auditor.extract.numbers import SPELLED_NUMBERS, find_numbers, phrase_alternation
from auditor.extract.place_list import place_list_opening, place_list_statistic
from auditor.extract.relations import relate
from auditor.extract.sentence_index import COMPARED_BEFORE, SentenceScope, event_times, time_cues, trading_weeks
from auditor.extract.sentences import ReadText, Sentences
from auditor.extract.statistic import (
    compared_with_before,
    holder_on_before,
    listed_item_before,
    respective_name,
    share_of_the_figure_before,
    statistic_before,
)
from auditor.extract.time_frame import carry_time_frame, stated_time
from auditor.extract.when import MONTHS, Fiscal, TimeCues, TimeScope, counted_back, time_expressions, to_come
from auditor.vocabulary import Vocabulary

# the fields after ``in_title`` are relations, set by ``relations.relate`` after the claims are made
# a count of protesters with no verb of its own is the size of the crowd (the snapshot measure of
# rules/vocabulary/measures.yaml); "police arrested 30 protesters" keeps its verb
_CROWD_CLASS, _CROWD = "protesters", "took part"
_AMONG_BEFORE = re.compile(r"\bamong\s+(?:the\s+)?$", re.I)
# "the toll has kept climbing since ..., and it now stands at 50,978": the level of the tally the
# sentence named before, not one more figure of a list; its measure is the tally's
_IT_LEVEL_BEFORE = re.compile(r"\b[Ii]t\s+(?:(?:now|has|had|is|was|already|then|later|finally|since)\s+){0,2}"
                              r"(?:stands|stood|reached|rose|risen|climbed|jumped|hit|passed|topped|surpassed)"
                              r"\s+(?:at\s+|to\s+)?$")
# (after the points of a change: "down one point to 38%", "up 45.6 points or 3.8%"; and after a
# time: "climbed 13.8 percent on the year to 17.67 trillion yuan")
_SAME_THING_GAP = re.compile(r"(?:\s+points?)?(?:,?\s+(?:higher|lower))?"
                             # "grew 13.2% year-on-year in May to US$19.9 billion"
                             r"(?:,?\s+(?:year-on-year|year-over-year|month-on-month|on-year|y/y|annually))?"
                             r"(?:\s+(?:on|in|over|during)\s+(?:the\s+)?[A-Za-z-]+)?"
                             # "net profit of Rs 11,074 crore for the quarter ended June 30, up 16.8 per cent"
                             # ("in the first quarter ended March 31, 2024 (Q1 2024), up 9 per cent")
                             r"(?:\s+(?:for|in)\s+the\s+(?:[a-z]+\s+)?[a-z]+(?:\s+(?:ended|ending|to)\s+[A-Z][a-z]+"
                             r"(?:\s+\d{1,2})?(?:,\s+\d{4})?)?(?:\s+\([^()]{1,20}\))?)?(?:"
                             r"\s*,?\s*(?:(?:up|down)\s+from|to|at|from|or|against|versus|vs\.?|compared\s+(?:with|to)"
                             r"|instead\s+of|rather\s+than)\s+"
                             # "31.11 trillion yuan ($4.29 trillion)", "grew by 176 GW (+7.4%)": a conversion
                             # or a change in brackets; "closed at 1,234.5, up 45.6 points": the change of a level
                             r"|\s*\(\s*[+−-]?|\)?\s*,\s*(?:up|down)\s+(?:by\s+)?"
                             # "shrank 0.6% in the quarter, an annualized fall of 2.4%": the same change restated
                             r"|[^,;:.\d]{0,50},\s+an?\s+(?:[a-z-]+\s+){1,2}of\s+)")
_CONVERSION_GAP = re.compile(r"[ \t]*\([ \t]*(?:about|some|around|nearly|roughly|almost|or)?[ \t]*")
# between a count's noun and its share told again: "votes, or 58.27 percent", "votes (20.5 percent)"
_RESTATED_SHARE_GAP = re.compile(r"(?P<noun>[^\d()%,;:.]{0,40}?)[ \t]*(?:,[ \t]*or|[ \t]+or|\()"
                                 r"[ \t]*(?:about|some|nearly)?[ \t]*")


def _share_of_count_gap(text: str, count: Claim, start: int) -> bool:
    """Whether only the count's own noun and ", or" (or a bracket) stand between a count and a share."""
    gap = _RESTATED_SHARE_GAP.fullmatch(text, count.end, start)
    return gap is not None and bool(count.thing) and (count.thing or "").lower() in gap.group("noun").lower()


# right after a count, the pronoun of the whole it is a part of: "25 of whom died", "15 of them fatal"
_OF_THE_WHOLE_AFTER = re.compile(r"[ \t]+of[ \t]+(?:whom|them)\b")
_PART_CUE = re.compile(r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which|incl\.)\s+$", re.I)


# a move a market line gives after its figures, then the level: "455.95 points, or 0.76 per cent,
# higher at 60,571.08" (not the hedge of "5% or higher": a level must follow)
_MOVED_AFTER = re.compile(r"(?:[ \t]+points?)?(?:,?[ \t]+or[ \t]+[\d.,]+[ \t]*(?:per[ \t]*cent|percent|%))?,?[ \t]+"
                          r"(?P<word>[a-z]+)[ \t]+(?:at|to)[ \t]+\d")


def _moved_after(text: str, end: int, s_end: int, vocab: Vocabulary) -> str | None:
    """"rose" or "fell" for a figure a market line says moved higher or lower, by the vocabulary's
    rise_words and fall_words (rules/vocabulary/cues.yaml); else None."""
    moved = _MOVED_AFTER.match(text, end, s_end)
    if moved is None:
        return None
    word = moved.group("word")
    return "rose" if word in vocab.words("rise_words") else "fell" if word in vocab.words("fall_words") else None


def lower_same_length(text: str) -> str:
    """``text.lower()`` with the same length (a few characters grow when lower-cased)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def extract_claims(doc: Document, vocab: Vocabulary, body: ReadText | None = None) -> list[Claim]:
    """Every numeric claim of ``doc``: the body's in text order, then the title's (``in_title``),
    with the relations between them (``relations.relate``). ``body`` is ``read_text`` of its text,
    when the caller has made it."""
    body = body or read_text(doc.text, vocab)
    claims = _body_claims(doc, vocab, body)
    if doc.title and doc.title.strip():
        claims += _title_claims(doc, doc.title, vocab)
    if not claims:
        return claims
    # relations compare the times texts state; the paragraph's frame dates what names none after them
    # (the sources texts state: an organisation named by its kind is context, kind_sources_as_context)
    kinds = {c.id: c.according_to for c in claims if c.according_carried}
    claims = relate([with_fields(c, according_to=None, according_carried=False) if c.id in kinds else c
                     for c in claims], doc.text, doc.title, vocab)
    if kinds:
        claims = [with_fields(c, according_to=kinds[c.id], according_carried=True)
                  if c.id in kinds and c.according_to is None else c for c in claims]
    claims = carry_time_frame(body, claims, doc.published_date, vocab)
    # ... and its report's source and its story's country what names none (marked carried)
    place, stop = body.dateline
    claims = carry_report_source(doc.text, claims, vocab, stop, body.sentences)
    claims = carry_own_organisation(doc.text, claims, vocab, stop, body.sentences)
    if place is None and any(c.where is None and not c.in_title for c in claims):
        country = _lede_country(doc.text, body.lower, body.sentences, vocab, lexicon(vocab))
        story = story_place(doc.text, body.sentences, vocab, stop, body.places) if country is None else None
        claims = carry_story_country(doc.text, claims, country or (story and story[0]), vocab,
                                     story[1] if story else 0)
    return claims


def read_text(text: str, vocab: Vocabulary) -> ReadText:
    """``text`` read once for every pass after: lower case, sentences, dateline."""
    return ReadText(text, lower_same_length(text), Sentences(text), sc.dateline(text, vocab))


def _title_claims(doc: Document, title: str, vocab: Vocabulary) -> list[Claim]:
    """The title's claims, read like a body of one sentence; offsets are into the title."""
    as_body = dataclasses.replace(doc, text=title, title=None)
    return [dataclasses.replace(c, id=f"{doc.id}#title{n}", in_title=True, part_of=None)
            for n, c in enumerate(_body_claims(as_body, vocab))]


def _body_claims(doc: Document, vocab: Vocabulary, body: ReadText | None = None) -> list[Claim]:
    text = doc.text
    body = body or read_text(text, vocab)
    lower = body.lower
    lex = lexicon(vocab)
    # passes in one direction, each reading the one before: the numbers; the non-claims dropped
    # (dates, clock times, labels...); the units, currencies and percents written with the rest; the
    # bare years dropped; amounts in two units joined; vague quantities, ranges, hedges; scope below
    ctx = DocumentContext(text, lex)
    money = lex.currency
    numbers = drop_nonclaims(text, find_numbers(text, lower, money.codes, money.symbols, money.glued), ctx)
    mentions = drop_bare_years(text, lower, number_mentions(text, lower, numbers, lex), ctx, lex)
    mentions = join_amounts(text, mentions, lex.currency)
    mentions = sorted(mentions + vague_mentions(text, vocab, mentions, lower, lex), key=lambda m: m.start)
    if not mentions:
        return []
    mentions = merge_ranges(text, mentions, lex)
    attach_hedges(text, mentions, vocab, lower, lex)
    mentions = merge_bounds(text, mentions, vocab)

    sentences = body.sentences
    pub = doc.published_date
    default_place, dateline_stop = body.dateline
    if dateline_stop and mentions[0].start < dateline_stop:
        # "ERBIL (Kurdistan 24) –": a number in the outlet's name, in brackets in the dateline
        opened, closed = text.rfind("(", 0, dateline_stop), text.rfind(")", 0, dateline_stop)
        if 0 <= opened < closed:
            mentions = [m for m in mentions if not opened < m.start < closed]
            if not mentions:
                return []
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for i, m in enumerate(mentions):
        by_sentence.setdefault(sentences.span(m.number_start), []).append(i)
    fiscal = sc.document_fiscal(text, lower, default_place, vocab)
    if default_place is not None:
        default_place = _lead_place(text, lower, sentences, dateline_stop, default_place, vocab, lex)
    lede_country = _lede_country(text, lower, sentences, vocab, lex) if default_place is None else None
    # a wire's capital, when its lead names no place of the country: the desk, and a national statistic's
    # place is the country ("QUITO - Noboa took 52.3% of the vote"); a count stays the capital's
    national_place = _capital_country(default_place, body.dateline[0], vocab)

    # parts: "Seven civilians, including three children"
    for (s_start, _), idxs in by_sentence.items():
        for k, i in enumerate(idxs[1:], 1):
            m = mentions[i]
            if _PART_CUE.search(text, max(s_start, m.start - 25), m.start):
                before = mentions[idxs[k - 1]]
                mentions[i].part_of = idxs[k - 1] if before.part_of is None else before.part_of

    made: dict[int, Claim] = {}     # mention index → its claim, in the order claims are made
    free_starts = sorted(x.start for x in mentions if x.part_of is None)
    last_time: TimeScope | None = None      # the last period named before ("over those ten months")
    last_place: str | None = None           # the last place named before ("There the floods ...")
    figures_end = dateline_stop             # the end of the last sentence with a figure
    # the day of a day's story, once its lead is read (a lead with figures only under a dateline: _carry_lead_day)
    wired = dateline_stop > 0
    lead_day: str | None | bool = None if wired else True
    report_period: TimeScope | None | bool = None   # the period the first sentence with figures sets (False: none)
    report_end = 0                                  # the end of the last sentence it was carried to
    report_dated: dict[str, TimeScope] = {}         # the counts it may date (by claim id): _date_by_report
    for (s_start, s_end), idxs in by_sentence.items():
        if s_start > figures_end + 1 and any(mentions[i].kind in _CARRIED_KINDS for i in idxs):
            last_time = _period_of_sentence_before(text, lower, sentences, s_start, figures_end, pub, last_time,
                                                   fiscal, vocab)
        figures_end = s_end
        sentence_place = last_place if last_place and _THERE.match(text, s_start) else default_place
        anaphor = _PLACE_ANAPHOR.search(text, s_start, s_end)
        if anaphor is not None and s_start > dateline_stop:
            sentence_place = _place_before(text, lower, sentences, s_start, dateline_stop, anaphor.group(1),
                                           vocab, lex) or sentence_place
        # a running total counts from its own start ("Since the start of the year ... fell 22.3%"), not over
        # the period named before it
        running_total = vocab.words_pattern("running_total_words").search(lower, s_start, s_end) is not None
        scope = SentenceScope(text, lower, s_start, s_end, max(s_start, dateline_stop), pub, vocab, lex,
                               free_starts, None if running_total else last_time, fiscal, body.places)
        with_thing = None           # the sentence's last claim with a thing
        rated: dict[str, Claim] = {}    # the sentence's last rate and last amount with a thing
        measured: dict[str, Claim] = {}     # ... and with a measure
        for k, i in enumerate(idxs):
            m = mentions[i]
            prev_end = mentions[idxs[k - 1]].end if k > 0 else s_start
            next_start = s_end          # the start of the next mention that is not a part of this one
            for kk in range(k + 1, len(idxs)):     # by index: a slice copied the rest of the sentence (issue 17)
                j = idxs[kk]
                if mentions[j].part_of != i:
                    next_start = mentions[j].start
                    break
            whole = made.get(m.part_of) if m.part_of is not None else None
            place = national_place if national_place is not None and m.kind in _CARRIED_KINDS \
                and sentence_place == default_place else sentence_place
            claim = _claim(doc, text, m, i, s_start, s_end, prev_end, next_start, scope, place,
                           vocab, whole, lower, lex, with_thing, made.get(idxs[k - 1]) if k > 0 else None,
                           mentions[idxs[k + 1]].start if k + 1 < len(idxs) else s_end, rated.get(m.kind),
                           measured.get(m.kind))
            if claim is not None and k > 0 and m.part_of is None:
                before = mentions[idxs[k - 1]]
                sibling = before.part_of
                if sibling is not None and _listed_part(text, made.get(idxs[k - 1]), claim):
                    m.part_of = sibling     # "including 3 children and 5 women": 5 is a part too
                    claim = _claim(doc, text, m, i, s_start, s_end, prev_end, next_start, scope,
                                   place, vocab, made.get(sibling), lower, lex)
            if claim is not None:
                made[i] = claim
                if claim.thing and claim.kind == "count":
                    with_thing = claim
                elif claim.thing and claim.thing_key:
                    rated[claim.kind] = claim
                if claim.measure and claim.thing:
                    measured[claim.kind] = claim
        if scope.computed():
            _date_totals(text, lower, s_start, s_end, idxs, made)
            index = scope.index()
            main = index.main_period()
            last_time = _carried_period(None if main is not None and (counted_back(lower, main)
                                                                     or to_come(lower, main, s_start)) else main,
                                        last_time)
            report_period = _carry_report_period(report_period, last_time, index.times, idxs, made,
                                                 "\n\n" in text[report_end:s_start], report_dated, running_total)
            report_end = s_end
            last_place = index.places[-1][1] if index.places else last_place
            if lead_day is not False:
                lead_day = _carry_lead_day(lead_day, index.times, idxs, made, pub,
                                           s_start <= sentences.span(dateline_stop)[0],
                                           partial(_lead_sentence_day, text, lower, sentences, s_start, pub, vocab),
                                           wired, partial(stated_time, lower, vocab=vocab),
                                           running_total or vocab.words_pattern("own_time_words").search(
                                               lower, s_start, s_end) is not None)
        if pub is not None and _CLOCK_STAMP.match(text, s_start):
            lead_day = _stamped_day(lead_day, idxs, made, pub)
        _share_list_measure(idxs, mentions, made)
        _share_listed_measure(text, lower, idxs, made, lex)
        _share_elided_measure(text, idxs, made)
        _share_colon_list(text, s_end, idxs, made)
        if text.find(":", s_start, s_end) >= 0:
            _share_colon_restatement(text, idxs, made)
    # a source carried to the sentences after it first: "He said ..." then names the person quoted last
    speakers = sc.attribution_words(vocab).plural_source_nouns
    claims = _sources_carried(text, sorted(made.values(), key=lambda c: (c.start, c.end)), speakers, vocab)
    claims = _date_by_report(claims, report_dated)
    claims = _fieldwork_dates(text, claims, sentences, pub, lower, time_cues(vocab))
    claims = _polling_day_dates(text, lower, claims, pub, vocab)
    if lede_country is not None:
        # a national statistic's country, written once at the head: rates and amounts, not counts
        claims = [dataclasses.replace(c, where=lede_country) if c.where is None and c.kind in _CARRIED_KINDS else c
                  for c in claims]
    # ("the company said": the story's organisation by its kind, context only, even once named again)
    claims = kind_sources_as_context(_speakers_for_pronouns(claims, vocab, text), vocab)
    return _bodies_named_before(text, claims, vocab)


# the kinds of figure a period carried from a sentence before dates (sentence_index._CARRIED_KINDS)
_CARRIED_KINDS = frozenset({"percent", "currency"})
# what a sentence must hold to name a period of more than a day: a year, or a word of one, or a month's
# name ("The party ratings for March bring good news ...")
_PERIOD_CUE = re.compile(r"\d\d\d\d|fiscal|financial|year|quarter|half|month|week|january|february|march|april"
                         r"|\bmay\b|june|july|august|september|october|november|december")


def _period_of_sentence_before(text: str, lower: str, sentences: Sentences, s_start: int, floor: int, pub,
                               carried: TimeScope | None, fiscal: Fiscal, vocab: Vocabulary) -> TimeScope | None:
    """The period carried into the sentence at ``s_start`` when the sentence right before it
    holds no figure but names a period ("The FBR fell behind in 2024-25. The target was Rs 12,970
    billion", "The party ratings for March bring good news"): that sentence's first period of more
    than a day, else the one carried; not the time of a thing's own history ("The bakery was put up
    for sale in May": ``history_verbs``)."""
    b_start, b_end = sentences.span(s_start - 1)
    b_start = max(b_start, floor)
    if b_end <= b_start or _PERIOD_CUE.search(lower, b_start, b_end) is None:
        return carried
    history = event_times(vocab).history_before
    found = time_expressions(text, b_start, b_end, pub, lower, carried, fiscal, time_cues(vocab))
    own = next((t for t in trading_weeks(found, lower, b_start, b_end, vocab)
                if t.when_start != t.when_end and not t.base and not counted_back(lower, t)
                and history.search(lower, max(b_start, t.start - 40), t.start) is None), None)
    return _carried_period(own, carried)


def _build_telling_words(vocab: Vocabulary) -> re.Pattern[str]:
    """The words of a statement or a publication (``reporting_verbs``, ``closing_reporting_verbs``,
    ``publishing_participles``), in lower case."""
    return re.compile(rf"\b(?:{phrase_alternation(lexicon(vocab).telling_words)})\b")


_telling_words = per_vocabulary(_build_telling_words)


def _lead_sentence_day(text: str, lower: str, sentences: Sentences, stop: int, pub, vocab: Vocabulary) -> str | None:
    """The one day a story's lead names when it holds no figure ("HANOI — Shares ended higher on
    Tuesday, a seventh straight gain."), for the figures after it; None when it names another time,
    or when the day is the one a statement or a publication was made, its verb before the day ("The
    regulator published its review on Monday. Fees rose 4 percent.": not Monday's rise; but "Voters
    turned out on Sunday, the commission said": Sunday's)."""
    lead_start, lead_end = sentences.span(0)
    if pub is None or lead_end > stop:
        return None
    times = time_expressions(text, lead_start, lead_end, pub, lower, cues=time_cues(vocab))
    if len(times) != 1 or times[0].when_start != times[0].when_end or times[0].base \
            or _telling_words(vocab).search(lower, lead_start, times[0].start):
        return None
    return times[0].when_start.isoformat()


def _carry_lead_day(lead_day: str | None | bool, times: list[TimeScope], idxs: list[int], made: dict[int, Claim],
                    pub, is_lead: bool, lead_sentence_day: Callable[[], str | None] | None = None,
                    wired: bool = True, stated: Callable[[TimeScope], bool] | None = None,
                    present: bool = False) -> str | bool:
    """The day of a day's story, a wire report under a dateline ("BOGOTA - By 10 p.m. on Sunday,
    with 99% of tables counted, ..."), for the figures of the sentences after its lead that name no
    time of their own, until one names a period ("Katrina ... in 2005"): the day the lead's first
    figure is dated, when that is within a week before publication, or the one day a lead with no
    figure names (with a dateline or without: ``lead_sentence_day``); else False (nothing is
    carried: without a dateline, "The index rose 1.2 percent on Monday. Bank shares gained 2
    percent." leaves the second undated). ``lead_day`` is None under a dateline before the first
    sentence with a claim, True without one; without a dateline (``wired`` False) a count takes no
    day carried (the arrests a protest story gives are of their own day). A lead's figure dated only by the
    day it was told ("Gunmen killed 31 workers, officials said on Tuesday": ``stated``) gives no day: the
    figures after it are of the event, not of the statement. Returns the day carried on."""
    if lead_day is None or lead_day is True:      # the first sentence with a claim
        first = next((made[i] for i in idxs if i in made), None)
        day = first.when_start if first is not None and first.when_start == first.when_end else None
        if day is not None and stated is not None and any(
                t.when_start.isoformat() == day == t.when_end.isoformat() and stated(t) for t in times):
            return False
        if not is_lead and first is not None and first.when_start is None and lead_sentence_day is not None \
                and not any(t.when_start != t.when_end for t in times):
            # a lead with no figure dates the figures that follow ("HANOI — Shares ended higher on
            # Tuesday. The index gained 5.09 points, after adding 15 on Monday.")
            day = lead_sentence_day()
            if day is not None and pub and 0 <= (pub - dt.date.fromisoformat(day)).days <= 7:
                _date_undated(idxs, made, day, wired)
                return day
            return False
        if not (is_lead and day and pub and 0 <= (pub - dt.date.fromisoformat(day)).days <= 7):
            return False
        # no dateline: the lead's day is the reader's context for the figures after it, as a paragraph's
        # frame is ("Oman beat Hong Kong by 12 runs on Wednesday. ... carrying his bat for 67"), not a
        # time the text states for them (``Claim.when_carried``)
        return _ContextDay(day) if lead_day is True else day
    if not isinstance(lead_day, str) or not lead_day:
        return False
    if any(t.when_start != t.when_end for t in times):
        return False                # the story has moved to another period
    if present and isinstance(lead_day, _ContextDay):
        return False                # to its own present or running total ("In all, 2,140 have now been rescued")
    if all(t.base for t in times):  # none, or only a base ("a gain of 1.5 percent on the day before")
        context = isinstance(lead_day, _ContextDay)
        _date_undated(idxs, made, lead_day, wired or context, context)
    return lead_day


class _ContextDay(str):
    """A lead's day carried without a dateline: context for the figures after it, not a stated time."""


_SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
_REPORT_PERIOD_DAYS = 6         # a report's period is a week or more (a day's story: _carry_lead_day)


def _carry_report_period(report_period: TimeScope | None | bool, carried: TimeScope | None, times: list[TimeScope],
                         idxs: list[int], made: dict[int, Claim], new_paragraph: bool,
                         dated: dict[str, TimeScope], running_total: bool = False) -> TimeScope | bool:
    """The period a report's first sentence with figures sets ("since Dec 29, 2018, over 15,500 people
    have fallen sick", "passengers last year"), a week or more, for the counts of the sentences after
    it in its paragraph that name no time at all ("The report puts the deaths at eleven in ..."), as
    the rates and amounts take it (``last_time``), until a sentence names a time of its own (the story
    has moved on: "set the toll at 64 after the storm struck on Sept. 20"), or counts a running total,
    whose period is its own ("Since the beginning of the year 1,965 ..." after a week's figures:
    ``running_total_words``): the counts go to ``dated``, dated once their sources are known
    (``_date_by_report``). Returns the period, or False."""
    if report_period is None:       # the first sentence with a claim
        if carried is None or (carried.when_end - carried.when_start).days < _REPORT_PERIOD_DAYS:
            return False
        return carried
    if report_period is False or carried is None or not isinstance(report_period, TimeScope) or new_paragraph \
            or (carried.when_start, carried.when_end) != (report_period.when_start, report_period.when_end):
        return False
    if times or running_total:
        return False
    for i in idxs:
        c = made.get(i)
        if c is not None and c.kind == "count" and c.when_start is None \
                and (c.unit or "").rstrip("s") not in _SPANS_OF_TIME:
            dated[c.id] = report_period
    return report_period


def _date_by_report(claims: list[Claim], dated: dict[str, TimeScope]) -> list[Claim]:
    """The report's period for the counts ``_carry_report_period`` found, when they are the report's: of
    the source its first sentence with figures names ("Floods displaced 12,000 people in June. Rescuers
    said 40 villages were cut off": the 40 are no report's)."""
    if not dated or not claims:
        return claims
    first = claims[0].sentence_start
    source = next((c.according_to for c in claims if c.sentence_start == first and c.according_to), None)
    if source is None:
        return claims
    return [dataclasses.replace(c, when_start=dated[c.id].when_start.isoformat(),
                                when_end=dated[c.id].when_end.isoformat())
            if c.id in dated and c.when_start is None and c.according_to == source else c for c in claims]


def _date_undated(idxs: list[int], made: dict[int, Claim], day: str, counts: bool = True,
                  carried: bool = False) -> None:
    """``day`` for the claims of ``idxs`` that name no time; with ``counts`` False, only for rates,
    amounts and measures, not for a count or a span of time ("for nearly four months"); ``carried`` marks
    it the reader's context, not a time the text states (``Claim.when_carried``)."""
    for i in idxs:
        c = made.get(i)
        if c is not None and c.when_start is None and (counts or c.kind != "count" and (
                c.unit or "").rstrip("s") not in _SPANS_OF_TIME):
            made[i] = dataclasses.replace(c, when_start=str(day), when_end=str(day), when_carried=carried)


# a poll's fieldwork, told after its figures: "801 telephone interviews between 2 and 11 September"
_FIELDWORK = re.compile(r"\b(?:interviews|interviewed|respondents|polled|surveyed|fieldwork|sample"
                        # "The poll was conducted on March 2-10.", "Novus asked 2,000 people ... between November 4th
                        # and 18th"
                        r"|(?:poll|survey)\s+(?:was\s+|were\s+)?(?:conducted|carried\s+out|taken)|asked\s+(?:some\s+)?\d)\b",
                        re.I)
_FIELDWORK_DAYS = 62        # longer is no poll's fieldwork


# a vote the poll asks about, not held: "Were elections held in early April, 37.4% would vote", "If a general
# election were held next Sunday", "Should a referendum take place in June": its time is no figure's
_HYPOTHETICAL_VOTE = re.compile(
    r"\b(?:were|if|should|was)\s+(?:(?:the|an?|a\s+new|parliamentary|general|presidential|national|snap|early|local)\s+)*"
    r"(?:elections?|votes?|referendum|polls?|ballot)\b[^.;]{0,80}?\b(?:held|(?:to\s+)?take\s+place|took\s+place|called)\b",
    re.I)


def _hypothetical_periods(text: str, claims: list[Claim]) -> set[tuple[str | None, str | None]]:
    """The periods of the figures of sentences that ask about a vote not held ("Were elections held in early
    April, 37.4% would vote"), read once per sentence: the time of that vote, carried on to the poll's figures."""
    out: set[tuple[str | None, str | None]] = set()
    seen: dict[int, bool] = {}
    for c in claims:
        if c.when_start is None:
            continue
        hypothetical = seen.get(c.sentence_start)
        if hypothetical is None:
            hypothetical = seen[c.sentence_start] = \
                _HYPOTHETICAL_VOTE.search(text, c.sentence_start, c.sentence_end) is not None
        if hypothetical:
            out.add((c.when_start, c.when_end))
    return out


def _holds(outer: tuple[str, str], inner: tuple[str, str]) -> bool:
    """Whether the ISO span ``outer`` holds ``inner`` and is longer."""
    return outer != inner and outer[0] <= inner[0] and inner[1] <= outer[1]


def _whole_months(span: tuple[str, str]) -> bool:
    """Whether the ISO span runs from a month's first day to a month's last (a month named, not fieldwork days)."""
    end = dt.date.fromisoformat(span[1])
    return span[0].endswith("-01") and (end + dt.timedelta(days=1)).day == 1


def _holds_fieldwork(d: Claim, period: tuple[str, str]) -> bool:
    """Whether ``d``'s time is a longer period that holds the fieldwork days ("in March", "this month", "from
    July to August" before "interviewed ... between 8 July and 6 August"): the poll's month, which its
    fieldwork narrows, not a time of another figure (a month before it, "13.5 percent in February", holds none)."""
    if d.when_start is None or d.when_end is None:
        return False
    return _holds((d.when_start, d.when_end), period) and \
        (dt.date.fromisoformat(d.when_end) - dt.date.fromisoformat(d.when_start)).days <= _FIELDWORK_DAYS


def _fieldwork_dates(text: str, claims: list[Claim], sentences: Sentences | None = None, pub: dt.date | None = None,
                     lower: str | None = None, cues: TimeCues | None = None) -> list[Claim]:
    """A poll's fieldwork dates, given after its figures, date the figures of that poll before them
    (back to the paragraph's start or the poll before) that name no time of their own or only the
    period carried from the poll before (or the time of a vote it asks about: _hypothetical_periods), or
    a time that is only the reader's context (a lead's day without a dateline: ``when_carried``), or the
    poll's month its fieldwork narrows (``_holds_fieldwork``). A sentence of fieldwork alone ("The poll was
    conducted on March 2-10.") is read with ``sentences`` and ``pub``."""
    out = claims
    floor = 0
    before: tuple[str, str] | None = None       # the fieldwork period of the poll before
    poll_lo = 0
    asked: set[tuple[str | None, str | None]] | None = None
    for s_start, s_end, period, k in _fieldwork_sentences(text, claims, sentences, pub, lower, cues):
        para = text.rfind("\n\n", 0, s_start) + 1
        # "backed by 16.3 per cent (+0.2) ... of respondents" (the month) then "interviewed 2,451 people between 8
        # July and 6 August": days inside the period read before narrow the same poll, not a poll after it
        # (whole months only: "between 3 and 9 June" then another poll's "from 5 to 8 June" is the next poll)
        lo = max(poll_lo, para) if before is not None and _whole_months(before) and _holds(before, period) \
            else max(floor, para)
        poll_lo = lo
        if asked is None:
            asked = _hypothetical_periods(text, claims)
        for j in range(k):
            d = out[j]
            if d.start >= lo and d.sentence_start < s_start and (
                    d.when_start is None or d.when_carried or (d.when_start, d.when_end) == before
                    or (d.when_start, d.when_end) in asked or _holds_fieldwork(d, period)):
                if out is claims:
                    out = list(claims)
                out[j] = dataclasses.replace(d, when_start=period[0], when_end=period[1], when_carried=False)
        floor, before = s_end, period
    return out


def _fieldwork_sentences(text: str, claims: list[Claim], sentences: Sentences | None, pub: dt.date | None,
                         lower: str | None, cues: TimeCues | None) -> list[tuple[int, int, tuple[str, str], int]]:
    """The sentences that tell a poll's fieldwork, in order: each one's span, its period (more than a day, at
    most ``_FIELDWORK_DAYS``) and how many claims stand before it: the period of its first claim so dated, else
    its own first such time ("The poll was conducted on March 2-10.", "asked 2,000 people how they would vote
    today, between November 4th and 18th")."""
    found: list[tuple[int, int, tuple[str, str], int]] = []
    done = -1
    for k, c in enumerate(claims):
        if c.sentence_start <= done or c.when_start is None or c.when_end is None or c.when_start == c.when_end \
                or not _FIELDWORK.search(text, c.sentence_start, c.sentence_end):
            continue
        if (dt.date.fromisoformat(c.when_end) - dt.date.fromisoformat(c.when_start)).days > _FIELDWORK_DAYS:
            continue
        done = c.sentence_start
        found.append((c.sentence_start, c.sentence_end, (c.when_start, c.when_end), k))
    if sentences is None or pub is None:
        return found
    seen = {f[0] for f in found}
    for m in _FIELDWORK.finditer(text):
        s_start, s_end = sentences.span(m.start())
        if s_start in seen:
            continue
        seen.add(s_start)
        for t in time_expressions(text, s_start, s_end, pub, lower, cues=cues):
            if not t.base and 0 < (t.when_end - t.when_start).days <= _FIELDWORK_DAYS:
                k = bisect.bisect_left([c.start for c in claims], s_start)
                found.append((s_start, s_end, (t.when_start.isoformat(), t.when_end.isoformat()), k))
                break
    return sorted(found)


def _build_polling_day(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], tuple[str, ...]]:
    """How a text names the day of a vote (``polling_nouns``): "yesterday's parliamentary elections",
    "Sunday's runoff", "the Feb. 24 presidential election" (the day before the noun), "the referendum held on
    Sunday", "voters went to the polls on 12 May" (the day after it); and the words a vote's results count
    (``poll_words``)."""
    nouns = phrase_alternation(w.lower() for w in vocab.words("polling_nouns"))
    month = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
    before = re.compile(r"\b(?:(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+"
                        # "the Feb. 24 presidential election", "the 7 May local elections": the date before the noun
                        rf"|(?:{month}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{month})"
                        r"(?:,?\s+(?:19|20)\d\d)?\s+)"
                        rf"(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b")
    after = re.compile(rf"\b(?:{nouns})\s+(?:(?:was|were)\s+)?(?:held\s+|took\s+place\s+)?(?:on|last)\s+(?=\S)")
    counted = frozenset(w.lower() for w in vocab.words("poll_words"))
    # the cheap test first: the nouns' shortest stems ("election", "vote", "poll", "referendum", ...)
    stems = tuple({w.lower()[:4] for w in vocab.words("polling_nouns")})
    return before, after, counted, stems


_polling_day = per_vocabulary(_build_polling_day)
_RELEASE_DAYS = 3       # a vote's results come out within days of it: later days are another story's
# a vote a text gives results of was held within months before it (final results may take weeks); "would win
# the 6 October elections", told in September, is a vote to come: its day read as last year's is no polling day
_RESULTS_WITHIN_DAYS = 92


def _polling_day_dates(text: str, lower: str, claims: list[Claim], pub, vocab: Vocabulary) -> list[Claim]:
    """A vote's results are of its polling day, not of the day they were released or reported
    ("came first in yesterday's parliamentary elections. Official results released this morning put
    the DPS on 35.12% (30 seats)"): after the first vote a text dates to one day, its shares and its
    counts of seats or votes in the same paragraph that name no time, or only a day up to three days
    after it (the count's, the release's), take the polling day, until a figure names a time of its own."""
    if pub is None or not claims:
        return claims
    before, after, counted, stems = _polling_day(vocab)
    for stem in stems:
        if stem in lower:
            break
    else:
        return claims
    day: dt.date | None = None
    at = -1
    for m in (before.search(lower), after.search(lower)):
        if m is None or (at >= 0 and m.start() >= at):
            continue
        lo, hi = (m.start(), m.end()) if m.re is before else (m.end() - 4, m.end() + 30)
        times = [t for t in time_expressions(text, max(0, lo), min(len(text), hi), pub, lower, cues=time_cues(vocab))
                 if t.when_start == t.when_end and t.when_start <= pub]
        near = [t for t in times if (t.start <= m.start() + 12 if m.re is before else t.start <= m.end() + 1)]
        if near and (pub - near[0].when_start).days <= _RESULTS_WITHIN_DAYS:
            day, at = near[0].when_start, m.start()
    if day is None:
        return claims
    paragraph_end = text.find("\n\n", at)
    stop = paragraph_end if paragraph_end >= 0 else len(text)
    out = list(claims)
    released: dict[int, bool] = {}
    timeless: dict[int, bool] = {}
    for k, c in enumerate(claims):
        if c.sentence_end <= at or c.in_title:
            continue
        if c.start >= stop:
            break
        if c.when_start is not None:
            own = dt.date.fromisoformat(c.when_start[:10])
            last = dt.date.fromisoformat(c.when_end[:10]) if c.when_end else own
            if not (c.when_start == c.when_end and (day <= own <= day + dt.timedelta(days=_RELEASE_DAYS) or (
                    day <= own <= pub and _released_in(text, c, released, vocab)))
                    # the days of the count or the release carried from the sentence before: "This week the
                    # commission signed off on the final results ... The Democratic Party will have 43 MPs"
                    or (day < own <= last <= pub and _timeless(text, lower, c, pub, timeless, time_cues(vocab)))):
                break           # a time of its own: the story has moved on ("in 2016 it won 41%")
        if c.kind == "percent" or (c.thing or "").lower().rpartition(" ")[2] in counted \
                or (c.unit or "").lower() in counted:
            out[k] = dataclasses.replace(c, when_start=day.isoformat(), when_end=day.isoformat())
    return out


def _released_in(text: str, c: Claim, seen: dict[int, bool], vocab: Vocabulary) -> bool:
    """Whether the sentence of ``c`` tells the release of results (``results_release_words``), whose day (weeks
    after the vote, when final results are certified) is no figure's: "The official results, published on
    Wednesday, confirmed that the party won 48.34 percent" (read once per sentence)."""
    found = seen.get(c.sentence_start)
    if found is None:
        found = seen[c.sentence_start] = vocab.words_pattern("results_release_words").search(
            text, c.sentence_start, c.sentence_end) is not None
    return found


def _timeless(text: str, lower: str, c: Claim, pub, seen: dict[int, bool], cues: TimeCues) -> bool:
    """Whether the sentence of ``c`` names no time of its own (read once per sentence)."""
    found = seen.get(c.sentence_start)
    if found is None:
        found = seen[c.sentence_start] = not time_expressions(text, c.sentence_start, c.sentence_end, pub, lower,
                                                              cues=cues)
    return found


# a live blog's entry opens with its clock time: "20:10 With 40% of tables counted, ..."
_CLOCK_STAMP = re.compile(r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?[ \t]+(?=[A-Z])")


def _stamped_day(lead_day: str | None | bool, idxs: list[int], made: dict[int, Claim], pub) -> str:
    """The day of a live blog's entries, stamped with a clock time and no date: the day it was
    published, for the entry's figures that name no time and (as a lead's day) the sentences after."""
    day = lead_day if isinstance(lead_day, str) and lead_day else pub.isoformat()
    for i in idxs:
        c = made.get(i)
        if c is not None and c.when_start is None:
            made[i] = dataclasses.replace(c, when_start=day, when_end=day)
    return day


def _carried_period(period: TimeScope | None, carried: TimeScope | None) -> TimeScope | None:
    """The period the next sentences' rates and amounts take when they name none: the latest
    sentence's own, unless it ended before the one carried began. A sentence that goes back in
    time ("Profit last went above 10 trillion won in the third quarter of 2022.") looks back
    from the report; the ones after it return to the report's period."""
    if period is None:
        return carried
    if carried is not None and period.when_end < carried.when_start:
        return carried
    return period


# "There the floods have killed 23": the place of the sentence before; not "There were 30 deaths"
_THERE = re.compile(r"There\s+(?!(?:is|are|was|were|has|have|had|will|would|may|might|could|can|must|should|"
                    r"seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|comes?|came|'s|’s)\b)")


# a place named again by its kind: "deaths in the country fell", "the city's population"
# (not "the state": the sentence before may name its city, "from Sydney to Perth ... the state faces")
_PLACE_ANAPHOR = re.compile(r"(?<![\w-])the (country|city)(?![\w-])")


def _place_before(text: str, lower: str, sentences: Sentences, s_start: int, floor: int, kind: str,
                  vocab: Vocabulary, lex: Lexicon) -> str | None:
    """The place the sentence before names first, which "the city" or "the country" here names
    again ("El Fasher has seen fighting ... UN figures put the city's population at 1.5 million"):
    for "the country", its country."""
    k = s_start
    while k > floor and text[k - 1].isspace():
        k -= 1
    if k <= floor:
        return None
    start, end = sentences.span(k - 1)
    places = sc.places_in(text, max(start, floor), end, vocab, lower, lex)
    if not places:
        return None
    name = places[0][1]
    if kind == "country":
        return vocab.country_of(name) or name
    return name if vocab.country_of(name) != name else None     # a country is no city


def _lead_place(text: str, lower: str, sentences: Sentences, stop: int, dateline_place: str,
                vocab: Vocabulary, lex: Lexicon) -> str:
    """The place the copy is about: the first place its lead names in the dateline's country
    ("SYDNEY (AAP) - Fires in New South Wales ...": New South Wales); when the lead names places of
    other countries only, the first of them: a wire's regional desk or an agency's seat is no place of
    the figures ("NAIROBI (Reuters) - Floods in Somalia have killed 31", "GENEVA - Measles cases in
    Nigeria's Kano state"); else the dateline's."""
    country = vocab.country_of(dateline_place)
    if country is None or stop >= len(text):
        return dateline_place
    _, lead_end = sentences.span(stop)
    abroad: str | None = None
    for _, name in sorted(sc.places_in(text, stop, lead_end, vocab, lower, lex)):
        elsewhere = vocab.country_of(name)
        if elsewhere == country:
            if dateline_place not in name and name not in dateline_place:
                return name     # not "Malang District" for "MALANG": the city's own district
            return dateline_place
        if abroad is None and elsewhere is not None:
            abroad = name
    return abroad or dateline_place


def _capital_country(lead_place: str | None, dateline_place: str | None, vocab: Vocabulary) -> str | None:
    """The country of a dateline's capital when the lead kept it (named no place of the country), else None."""
    if lead_place is None or lead_place != dateline_place:
        return None
    country = vocab.country_of(lead_place)
    return country if country is not None and country != lead_place and vocab.capital_of(country) == lead_place \
        else None


def _lede_country(text: str, lower: str, sentences: Sentences, vocab: Vocabulary, lex: Lexicon) -> str | None:
    """The country copy without a dateline is about: the first place its lede names, when that is a
    country ("Prices in Ghana rose ...", "Peru's trade surplus ..."); later figures that name no place
    are that country's, rates and amounts (a national statistic's country is written once, at the
    head; a count's place is its event's, which other copy may name otherwise). A lede that
    names a city first is about the city ("marched through London ... the war between Israel and
    Hamas"): no country then."""
    start, end = sentences.span(0)
    if not any(vocab.country_of(name) == name for m in lex.place.finditer(lower, start, end)
               if (name := vocab.canonical_place(text[m.start():m.end()])) is not None):
        return None         # no country named: the places of the lede left unread (the cheap test first)
    places = sc.places_in(text, start, end, vocab, lower, lex)
    if not places:
        return None
    name = min(places)[1]
    # a country has a capital: not a continent ("take off for Asia")
    return name if vocab.country_of(name) == name and vocab.capital_of(name) is not None else None


def _speakers_for_pronouns(claims: list[Claim], vocab: Vocabulary, text: str) -> list[Claim]:
    """"Health Minister Ana Ruiz said six were in isolation. She said 95 per cent had been
    vaccinated": "she" is the last person the text quoted (a name, not a body); with none
    quoted before, the claim has no source. Where no figure had a person's name yet, the person
    may be quoted in a sentence with no figure ("Capt. Ivo Rada said the clash began at dawn. He
    said 12 were hurt")."""
    if not any(c.according_to in (sc.PRONOUN_SOURCE, sc.BODY_PRONOUN_SOURCE) for c in claims):
        return claims
    out = []
    person: str | None = None
    body: str | None = None         # "the army said ... it said": the last source that is no person
    last_end = 0                    # the end of the sentence of the claim before
    people: dict[str, list[str]] = {}   # the people quoted so far → the words of their names
    for c in claims:
        if c.according_to == sc.PRONOUN_SOURCE:
            # only where no figure was anyone's yet: a "he" read past a person quoted with figures would
            # set their figures against his as rivals on a guess (the audit sees two sources)
            if person is None:
                # the figureless sentences before, and its own sentence up to the figure ("Martin Gauss
                # said ...; he added that it had opened nine routes")
                quoted = _source_quoted_between(text, min(last_end, c.sentence_start), c.start, vocab, True)
                person = quoted and _fuller_name(quoted, people) or quoted or person
            c = dataclasses.replace(c, according_to=person)
        elif c.according_to == sc.BODY_PRONOUN_SOURCE:
            if last_end < c.sentence_start:
                # "The numbers are in a report the bureau (EPB) put out. It shows 5 billion": the EPB
                body = _source_quoted_between(text, last_end, c.sentence_start, vocab, False) or body
            c = dataclasses.replace(c, according_to=body)
        elif c.according_to and (sc.is_person_name(c.according_to, vocab) or _fuller_name(c.according_to, people)
                                 or _surname_named_before(c.according_to, text, c.start, vocab)):
            # "Abdul Ghani Salleh said ... Abdul Ghani added ... he said": he is the one named in full
            person = _fuller_name(c.according_to, people) or c.according_to
            people.setdefault(person, person.split())
        elif c.according_to:
            body = c.according_to
        last_end = max(last_end, c.sentence_end)
        out.append(c)
    return out


def _surname_named_before(who: str, text: str, before: int, vocab: Vocabulary) -> bool:
    """Whether a one-word source is the surname of a person the text named in full before it ("Prime
    Minister Ralph Gonsalves ordered ... Gonsalves told a news conference"): a person, whom "he" is."""
    if " " in who or not who[:1].isupper() or who.isupper():
        return False
    for m in re.finditer(rf"((?:[A-Z][\w'’.-]*[ \t]+){{1,2}}){re.escape(who)}(?![\w-])", text[:before]):
        if sc.is_person_name(m.group(), vocab) or sc.is_person_name(" ".join(m.group().split()[-2:]), vocab):
            return True
    return False


def _fuller_name(who: str, people: dict[str, list[str]]) -> str | None:
    """The one person quoted before whose longer name holds ``who`` ("Ruiz": "Ana Ruiz"), if one."""
    words = who.split()
    fuller = {p for p, p_words in people.items() if len(p_words) > len(words) and any(
        p_words[i:i + len(words)] == words for i in range(len(p_words) - len(words) + 1))}
    return fuller.pop() if len(fuller) == 1 else None


def _source_quoted_between(text: str, lo: int, hi: int, vocab: Vocabulary, person: bool) -> str | None:
    """The person (or, not ``person``, the body) the sentences of ``text[lo:hi]``, which hold no
    figure, quote last, if any."""
    if hi - lo > 1500 or text.find("\n\n", lo, hi) >= 0:
        return None         # another part of the text: the pronoun is not for them
    found = [a.who for a in sc.attributions_in(text, lo, hi, vocab)
             if a.who not in (sc.PRONOUN_SOURCE, sc.BODY_PRONOUN_SOURCE) and _names_person(a.who, vocab) == person
             and not (a.who.islower() and " " not in a.who)]     # not "officials": no "it" of theirs
    return found[-1] if found else None


def _names_person(who: str, vocab: Vocabulary) -> bool:
    """A person's name, or one after a rank cut short ("Army Capt. Arvin Encinas", "Lt. Col. Ana Ruiz")."""
    if sc.is_person_name(who, vocab):
        return True
    words = who.split()
    return (len(words) >= 3 and words[-3].endswith(".") and all(w[:1].isupper() for w in words)
            and sc.is_person_name(" ".join(words[-2:]), vocab))


class NamedBodies:
    """The patterns of a body named in full, of one vocabulary, compiled once (``named_bodies(vocab)``)."""

    def __init__(self, vocab: Vocabulary) -> None:
        # "the Department of Health (DOH)", "the Export Promotion Bureau", "Jollibee Foods Corp.", "the
        # Office of Budget and Planning": a name ending in a word of a body (``body_name_words``, with
        # "of ..." after it), or any name with its acronym in brackets, which is then the short name the
        # text goes on to use
        words = phrase_alternation(vocab.words("body_name_words", keep_case=True))
        self.named_body = re.compile(
            r"(?P<name>(?:[A-Z][\w&'’-]*[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?){0,5}"
            rf"(?:(?:{words})\b"
            r"(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w-]*){0,3})?"
            r"|Corp\.|Inc\.|Ltd\.?)"
            r"|(?:[A-Z][\w&'’-]*[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?){1,6}"
            r"(?=\((?:[A-Z]{2,6}|[A-Z][a-z]\w{1,10})\)))"
            r"(?:[ \t]*\((?P<acronym>[A-Z]{2,6}|[A-Z][a-z]\w{1,10})\))?")
        self.body_word = re.compile(rf"\b(?:{words})\b|Corp\.|Inc\.|Ltd\.?")


named_bodies = per_vocabulary(NamedBodies)


def _named_bodies(text: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, int, str, str]]:
    """(start, end, full name, the name the text goes on to use) of the bodies named in full in
    ``text[start:end]``.
    A short name in brackets that is no acronym must start as the name does ("Malayan Banking Bhd
    (Maybank)", not "LONDON (Reuters)"); else the full name is used, when it names a body itself."""
    out = []
    patterns = named_bodies(vocab)
    for m in patterns.named_body.finditer(text, start, end):
        name, short = m.group("name").strip(), m.group("acronym")
        if short and (short.isupper() or name.lower().startswith(short[:2].lower())):
            out.append((m.start(), m.end(), name, short))
        elif patterns.body_word.search(name):
            out.append((m.start(), m.end(), name, name))
    return out


def _bodies_named_before(text: str, claims: list[Claim], vocab: Vocabulary) -> list[Claim]:
    """"The Department of Health (DOH) ... 64,797 cases ..., the agency said": a source named by
    its kind alone (``body_anaphor_nouns``) is the body the text named last before it, when it named one."""
    anaphors = lexicon(vocab).body_anaphors
    if not any(c.according_to in anaphors for c in claims):
        return claims
    out = []
    bodies: list[tuple[int, int, str, str]] | None = None     # the text's named bodies, found once
    for c in claims:
        if c.according_to in anaphors:
            if bodies is None:
                bodies = _named_bodies(text, 0, len(text), vocab)
            before = [b for b in bodies if b[1] <= c.start]
            near = [b for b in before if b[0] >= c.start - 600]
            named = near[-1][2:] if near else None       # the last one before the claim
            kind = c.according_to.split()[-1]
            if named is None or kind not in named[0].lower().split():
                # "the bureau" many sentences after "the National Bureau of Statistics (NBS)": the
                # last body of its own kind the text named, however far before
                same_kind = [b[2:] for b in before if kind in b[2].lower().split()]
                named = same_kind[-1] if same_kind else named
            if named is not None:
                name = named[1]
                name = sc.without_country(name[4:] if name.startswith("The ") else name, vocab)
                c = dataclasses.replace(c, according_to=name)
        out.append(c)
    return out


# what ends the reach of a source named in a sentence before (besides a paragraph): a quotation,
# or a turn to another matter ("Meanwhile", "Separately")
# ("according to official projections": a source the sentence names, if by no name; not "according
# to the report", the one read on)
_CARRY_BREAK = re.compile(r"[\"“”]|\b(?:Meanwhile|Separately|Elsewhere|However|But|Last year|In [A-Z]\w+,|"
                          r"[Aa]ccording to (?!(?:the|its|their|this|these|that) ))")


_WORD = re.compile(r"[a-z]+")


def _sources_carried(text: str, claims: list[Claim], speakers: frozenset[str], vocab: Vocabulary) -> list[Claim]:
    """"The poll, by Ipsos, put Labour on 41 per cent. It gave the Greens 9 per cent": figures in a
    sentence that names no source of its own go on with the source of the sentence right before
    (a statement or a report read on over sentences), until a sentence names another, or names
    people the extraction could not tie to its figures ("while analysts had expected 90 billion"; the
    source nouns in the plural: "the institute held 900" goes on with the institute). A sentence
    right before with no figure may name the source too ("The electoral board has finished its
    count, the agency reported. Ana Ruiz won 41%": the agency's; ``_source_of_figureless``)."""
    out: list[Claim] = []
    carried: str | None = None
    from_lead = False                   # the source carried was named in a figureless lead
    report: str | None = None           # the source the report is built on (named in its lede or as a publication)
    last_end = -1                       # the end of the last sentence with a figure
    reads_on, published = _report_reading(vocab)
    lowered = ""                        # the text lower-cased, once a sentence needs it (not once a sentence)
    k = 0
    while k < len(claims):
        s_start = claims[k].sentence_start
        group = []
        while k < len(claims) and claims[k].sentence_start == s_start:
            group.append(claims[k])
            k += 1
        s_end = group[0].sentence_end
        own = [c.according_to for c in group if c.according_to and not c.in_title]
        gap = text[last_end:s_start] if 0 <= last_end <= s_start else "x"
        adjacent = not gap.strip() and gap.count("\n") < 2
        read_on = report is not None and not own and reads_on.search(text, s_start, s_end) is not None
        if read_on:         # "The report puts the deaths at eleven in ...": the report's source, for its counts too
            carried, adjacent, from_lead = report, True, True
        elif not own and not adjacent:
            before = _source_of_figureless(text, max(last_end, 0), s_start, vocab)
            if before is not None:
                carried, adjacent, from_lead = before, True, True
            elif report is not None and _report_goes_on(text, max(last_end, 0), s_start, vocab):
                # a sentence with no figure between that names nobody: the report goes on
                carried, adjacent, from_lead = report, True, True
        if own:
            # a source the lede names is the report's, and so is one that publishes figures ("figures
            # published by the electoral commission show"): its counts after it are the source's too
            carried = own[-1]
            if report is not None and is_a_kind(carried, vocab):
                # the organisation the report is built on, named again by its kind ("..., the company said"):
                # the report goes on, its source as before
                from_lead = True
            else:
                # a new source named in a report built on one takes it over ("..., said the airport company")
                # (not one built on the story's organisation named by its kind: "the company said. Its chief
                # executive said ...": the chief's statement, no report's)
                from_lead = report is not None and not is_a_kind(report, vocab) or _in_the_lede(text, s_start) \
                    or not out and _only_a_dateline(text, s_start) or published.search(text, s_start, s_end) is not None
                report = carried if from_lead else None
            last = max(n for n, c in enumerate(group) if c.according_to and not c.in_title)
            if report is not None and None in (c.according_to for c in group[last:]):
                # "..., said the airport company; 28,700 travelled on domestic flights": the source's, after
                # it (not "Twelve died in the fire; the police said 30 were hurt": the twelve are no one's)
                group = group[:last] + [c if c.according_to or c.in_title
                                        else dataclasses.replace(c, according_to=carried) for c in group[last:]]
        elif carried is not None and adjacent and _CARRY_BREAK.search(text, s_start, group[0].sentence_end) is None \
                and speakers.isdisjoint(_WORD.findall(lowered or (lowered := text.lower()), s_start,
                                                      group[0].sentence_end)):
            # not to counts: a toll's update names its own source or none, and a count carried to a
            # statement it was not part of would no longer be set against the other sources' counts
            # (a bulletin's counts after a lead that names its source and no figure are the source's:
            # "The health ministry issued its weekly update. 412 new cases were confirmed")
            group = [dataclasses.replace(c, according_to=carried) if c.kind != "count" or from_lead or read_on else c
                     for c in group]
        else:
            carried, from_lead = None, False
        last_end = group[0].sentence_end
        out.extend(group)
    return out


def _build_report_reading(vocab: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How a sentence reads on from the report the text is built on ("The report puts the deaths at",
    "the data showed", "the figures show": ``publication_nouns`` and a ``reporting_verbs``), and how
    a sentence names a source as the publisher of figures ("figures published by the electoral
    commission show", "VRK data give"). Not a toll, a count or a tally: a toll's update names its own
    source or none."""
    nouns = [w for w in vocab.words("publication_nouns") if w not in _NOT_REPORTS]
    if not nouns:
        return re.compile(r"(?!x)x"), re.compile(r"(?!x)x")
    noun = phrase_alternation(nouns)
    verb = phrase_alternation(vocab.words("reporting_verbs"))
    participle = phrase_alternation(vocab.words("publishing_participles"))
    reads_on = re.compile(rf"\b[Tt]he\s+(?:[a-z]+\s+)?(?:{noun})\s+(?:{verb})\b")
    published = re.compile(rf"\b(?:{noun})\s+(?:(?:{participle})\s+(?:[\w-]+\s+){{0,3}}?by\s+(?:the\s+)?[A-Z]"
                           rf"|(?:{verb})\b)")
    return reads_on, published


_NOT_REPORTS = frozenset({"toll", "count", "tally", "figure", "estimate", "estimates", "model", "index"})
_report_reading = per_vocabulary(_build_report_reading)


def _only_a_dateline(text: str, pos: int) -> bool:
    """Whether the text before ``pos`` is a dateline of its own sentence ("BC, Tallinn, 18.01.2019."):
    a few words, none in lower case."""
    return len(text[:pos].strip()) <= 60 and _LOWER_CASE_WORD.search(text, 0, pos) is None


_LOWER_CASE_WORD = re.compile(r"\b[a-z]{3,}")


def _report_goes_on(text: str, lo: int, s_start: int, vocab: Vocabulary) -> bool:
    """Whether the report goes on between ``lo`` and ``s_start``: a sentence or two with no figure in
    the same paragraph (no line break), that name no source and quote nobody ("The bourse has gained
    ground since then, as investors look for a safe place.")."""
    return s_start - lo <= _REPORT_GAP_MAX and "\n" not in text[lo:s_start] \
        and _CARRY_BREAK.search(text, lo, s_start) is None and not sc.attributions_in(text, lo, s_start, vocab)


_REPORT_GAP_MAX = 300


# where a sentence ends and the next starts ("... reported. Going by the tally, ...")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“]?[A-Z])")


def _in_the_lede(text: str, pos: int) -> bool:
    """Whether ``pos`` is in the text's first sentence (no sentence ends before it)."""
    return _SENTENCE_BREAK.search(text, 0, pos + 1) is None


def _source_of_figureless(text: str, lo: int, s_start: int, vocab: Vocabulary) -> str | None:
    """The one source named by the sentence right before ``s_start`` (in ``text[lo:s_start]``, in
    the same paragraph), a sentence with no figure that is the lead or introduces a list ("...:"):
    "the electoral authority has finished its count, the agency reported", "the latest tables from
    the finance ministry show". None when it names none, several, or only "he"/"it", or when it
    quotes; and for a sentence further on ("The fire service said on Twitter that teams would stay.
    On Tuesday a 200-metre stretch fell": background, not the service's)."""
    para = text.rfind("\n\n", lo, s_start)
    lo = para + 2 if para >= 0 else lo
    if not text[lo:s_start].strip():
        return None
    start = lo
    for m in _SENTENCE_BREAK.finditer(text, lo, s_start):
        if m.end() < s_start:
            start = m.end()
    end = lo + len(text[lo:s_start].rstrip())      # (lo..s_start holds more than white space)
    start = text.rfind("\n", start, end) + 1 or start      # not a title on a line of its own
    while start < end and text[start].isspace():
        start += 1
    if text[end - 1:end] != ":" and not _in_the_lede(text, start):
        return None         # neither the lead nor a list's opening
    if _CARRY_BREAK.search(text, start, s_start) is not None:
        return None
    found = {a.who for a in sc.attributions_in(text, start, s_start, vocab)}
    if len(found) != 1 or found & {sc.PRONOUN_SOURCE, sc.BODY_PRONOUN_SOURCE}:
        return None
    who = found.pop()
    # not one lower-case word ("officials", "the last official report"): too loose a name to read on
    return None if who.islower() and " " not in who else who


_LISTED_GAP = re.compile(r"\s+[A-Za-z'’ -]{1,30}?(?:(?P<comma_and>,\s*and\s+)|,\s*|\s+and\s+)$")
_LISTED_GAP_MAX = 80
# counts in brackets after the lower-case nouns they are of: "lost in manufacturing (96,000), finance
# (68,000) and transport (7,000)"; not after names of places ("the heaviest toll (1,293), followed by
# Taroudant (452)"), whose counts resolve would set against the whole as rivals
_BRACKETED_GAP = re.compile(r"\)(?:,\s*|,?\s+and\s+)[a-z'’ -]{1,30}?\s*\($")
# an auxiliary between two counts makes the first a clause of its own ("44,059 migrants have reached
# Europe and about 1,100 have drowned": the 44,059 did not drown)
_AUXILIARY = re.compile(r"\b(?:have|has|had|was|were|is|are|been|will|would)\b")


def _share_listed_measure(text: str, lower: str, idxs: list[int], made: dict[int, Claim], lex: Lexicon) -> None:
    """A list of counts shares one verb: "won 741,746 votes and 37 seats" (the verb before the
    list), "four men, four children and three women died" (the verb after it). Two claims are
    listed when only a few words and ", " or "and" lie between them, none a measure, and both
    are parts of the same whole or of none ("25 bodies, including 10 women, and 30 people were
    wounded": the 10 women are not wounded)."""
    if len(idxs) < 2:
        return
    claims = [made[i] for i in idxs if i in made]
    if len(claims) < 2:
        return
    measures = {c.measure for c in claims}
    if None not in measures or len(measures) < 2:
        return          # every claim has a measure, or none has
    linked = []
    for a, b in zip(claims, claims[1:]):
        gap = (b.start - a.end <= _LISTED_GAP_MAX and a.kind == b.kind and a.part_of == b.part_of
               and (_LISTED_GAP.match(text, a.end, b.start) or _BRACKETED_GAP.match(text, a.end, b.start))
               and _AUXILIARY.search(lower, a.end, b.start) is None
               and lex.measure.search(lower, a.end, b.start) is None)
        linked.append(gap)
    changed = False
    for k, ok in enumerate(linked):           # forward: the verb before the list
        a, b = claims[k], claims[k + 1]
        if ok and b.measure is None and a.measure is not None:
            claims[k + 1] = dataclasses.replace(b, measure=a.measure)
            changed = True
    for k in range(len(linked) - 1, -1, -1):  # backward: the verb after the list
        a, b = claims[k], claims[k + 1]
        if linked[k] and a.measure is None and b.measure is not None:
            claims[k] = dataclasses.replace(a, measure=b.measure)
            changed = True
    if changed:
        by_id = {c.id: c for c in claims}
        for i in idxs:
            if i in made:
                made[i] = by_id[made[i].id]


# "declined by 15 million, or 0.9%", "up 45.6 points or 3.8%", "12,345 families, or 45,678
# people": the same change or count restated; "independents won 138 and PML-N
# 137", "the APC won 18, the PDP 11 and the LP four", "Labour (LAB) 40": the verb left out after a name
_ELIDED_GAP = re.compile(r"(?:\s+[a-z][a-z-]*)?(?:\s*,\s*|\s+)or\s+(?:about\s+|nearly\s+|almost\s+)?"
                         r"|(?:\s+[a-z][a-z-]*)?(?:\s+|\s*,\s*)(?:and\s+)?(?:the\s+)?"
                         r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}(?:[ \t]+\([A-Z][\w'’.-]*\))?[ \t]+")


def _share_elided_measure(text: str, idxs: list[int], made: dict[int, Claim]) -> None:
    """A claim with no verb of its own right after a restating "or" or an elided verb takes the
    measure of the claim before it."""
    for a_i, b_i in zip(idxs, idxs[1:]):
        a, b = made.get(a_i), made.get(b_i)
        if a is not None and b is not None and a.measure and b.measure is None and b.part_of is None \
                and _ELIDED_GAP.fullmatch(text, a.end, b.start):
            made[b_i] = dataclasses.replace(b, measure=a.measure)


def _share_colon_list(text: str, s_end: int, idxs: list[int], made: dict[int, Claim]) -> None:
    """"13 people were missing in three regions: eight in the north, four in the south and one in
    the east": the counts listed after a colon with no noun or verb of their own are parts of a
    count before it, its thing and measure theirs (the one they add up to, else the first)."""
    if len(idxs) < 3 or idxs[0] not in made:
        return
    colon = text.find(": ", made[idxs[0]].end, s_end)
    if colon < 0:
        return
    claims = [made[i] for i in idxs if i in made]
    wholes = [c for c in claims if c.end <= colon and c.kind == "count" and c.thing and c.measure]
    items = [(i, c) for i, c in ((i, made[i]) for i in idxs if i in made)
             if c.start > colon and c.kind == "count" and c.thing in (None, *(w.thing for w in wholes))
             and c.measure is None and c.value is not None]
    if not wholes or len(items) < 2 or any(c.end <= colon < c.start for c in claims):
        return
    total = sum(c.value or 0 for _, c in items)
    whole = next((w for w in wholes if w.value == total), wholes[0])
    for i, c in items:
        made[i] = dataclasses.replace(c, thing=whole.thing, thing_class=whole.thing_class,
                                      thing_key=whole.thing_key, measure=whole.measure)


def _share_colon_restatement(text: str, idxs: list[int], made: dict[int, Claim]) -> None:
    """"Turnover held above R5 billion: more than R5.2 billion (US$280 million) changed hands": an
    amount right after a colon that follows an amount of the same currency restates it, its thing
    theirs, and so does the conversion in brackets after it."""
    claims = [made[i] for i in idxs if i in made]
    for k in range(1, len(claims)):
        a, b = claims[k - 1], claims[k]
        if b.thing or not a.thing or a.kind != "currency" or b.kind != "currency" or a.unit != b.unit \
                or text[a.end:b.start].strip() != ":":
            continue
        restated = [b]
        if k + 1 < len(claims) and not claims[k + 1].thing and claims[k + 1].kind == "currency" \
                and text[b.end:claims[k + 1].start].strip() == "(":
            restated.append(claims[k + 1])
        for c in restated:
            i = next(i for i in idxs if made.get(i) is c)
            made[i] = dataclasses.replace(c, thing=a.thing, thing_class=a.thing_class, thing_key=a.thing_key)


def _date_totals(text: str, lower: str, s_start: int, s_end: int, idxs: list[int], made: dict[int, Claim]) -> None:
    """A sentence that sums up ("In all, crossings were called off on nearly 30 days, most of them
    in winter") counts what was counted before: its undated counts take the period (not a day:
    breaking news tallies to date) of the last count of the same thing before it."""
    undated = [i for i in idxs if i in made and made[i].when_start is None and made[i].kind in ("count", "quantity")
               and made[i].thing_key and made[i].part_of is None]
    if not undated or _TOTALS.search(lower, s_start, s_end) is None:
        return
    for i in undated:
        c = made[i]
        earlier = next((e for e in reversed(made.values()) if e.end <= s_start and e.thing_key == c.thing_key
                        and e.when_start is not None), None)
        if earlier is not None and earlier.when_start == earlier.when_end:
            continue    # a day's count ("pulled out alive today") is no period that a tally sums up
        if earlier is not None:
            made[i] = dataclasses.replace(c, when_start=earlier.when_start, when_end=earlier.when_end)


def _share_list_measure(idxs: list[int], mentions: list[Mention], made: dict[int, Claim]) -> None:
    """"Seven civilians, including three children and two women, were killed": the verb
    after the list is the measure of the whole and of every part that has none."""
    parts_of: dict[int, list[int]] = {}
    for j in idxs:
        whole_of = mentions[j].part_of
        if whole_of is not None and j in made:
            parts_of.setdefault(whole_of, []).append(j)
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


# an item of a list whose verb is left out after the first: ", goods by 9.1%", "and dairy products 0.4 %"
_ELIDED_LIST_SUBJECT = re.compile(r"(?:\)|[a-z%\d])\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                                  r"(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+(?:by\s+)?$")
_INNER_LIST_WORDS = frozenset({"and", "its", "other"})


def _elided_list_subject(text: str, s_start: int, pos: int, after: int, vocab: Vocabulary) -> sc.Thing | None:
    """The noun phrase of a list item before ``pos`` whose verb is the one of the figure before (which
    ends at ``after``): lower-case words, none a measure's or a function word but "and" inside."""
    listed = _ELIDED_LIST_SUBJECT.search(text, max(s_start, after - 1, pos - 60), pos)
    if listed is None:
        return None
    words = listed.group("np").split()
    lows = [w.lower() for w in words]
    if lows[0] in _INNER_LIST_WORDS or lows[-1] in _INNER_LIST_WORDS or any(
            (w in sc.STOP_WORDS and w not in _INNER_LIST_WORDS) or w in vocab.measure_by_word
            or w in _NOT_A_SUBJECT for w in lows):
        return None
    name = " ".join(words)
    return sc.Thing(name, vocab.thing_by_word.get(lows[-1]), name.lower())


def _listed_part(text: str, previous: Claim | None, claim: Claim) -> bool:
    """Whether ``claim`` continues a list of parts right after the part ``previous``.

    "Seven civilians, including three children and five women": the cue links
    the 3 to the 7; the 5 follows the 3's thing with only ", " or " and "
    between, counts a thing too, and so is a part of the 7 as well, unless its
    own measure says it starts another statement (after ", and" the two
    measures must be known and agree).
    """
    if previous is None or previous.part_of is None or claim.kind != "count" or not claim.thing:
        return False
    gap = _LISTED_GAP.match(text, previous.end, claim.start) if claim.start - previous.end <= _LISTED_GAP_MAX else None
    if gap is None:
        return False
    if gap.group("comma_and"):      # "including 10 women, and 30 people were wounded" may be a new clause
        return previous.measure is not None and claim.measure in (None, previous.measure)
    return claim.measure in (None, previous.measure) or previous.measure is None


# a figure of comparison after "the" or a possessive: "higher than the 11.98 per cent", "faster
# than December's 0.85 per cent", "against the 4.6 percent"
_COMPARED_THE_BEFORE = re.compile(r"\b(?:than|against|from|compared\s+(?:with|to))\s+(?:the|[A-Z][a-z]+['’]s)\s+$")
# a base of comparison named by its determiner after a word that compares ("a little above May's", "under the",
# "slightly over its", "beat the"): ``compared_base_words`` and ``target_verbs`` of statistics.yaml
_BASE_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+(?:the|its|their|[A-Z][a-z]+['’]s)\s+$")


def _compared_base_before(text: str, s_start: int, start: int, vocab: Vocabulary) -> bool:
    """Whether the figure at ``start`` is the base the figure before it is compared with: "stood at P1,146.1
    million, a little above May's P1,134.5 million", "came to $37.8bn, under the $43.4bn aimed for", "net profit
    of 3.1bn riyals beat the 2.9bn riyals analysts expected"."""
    found = _BASE_BEFORE.search(text, max(s_start, start - 30), start)
    return found is not None and (found.group("word") in vocab.words("compared_base_words")
                                  or found.group("word") in vocab.words("target_verbs"))


# a named amount after another in a list, its verb left out: "..., State GST Rs 38,226 crore"
# "$62.5 billion, $12 billion or 23.9 percent more than in 2022": an amount's change, with its rate
_OR_PERCENT_CHANGE_AFTER = re.compile(r",?\s+or\s+[\d.,]+\s*(?:%|percent|per\s+cent|pc)\s*,?\s+"
                                      r"(?:more|less|higher|lower|above|below|up|down)\b")
_CHANGE_AFTER_AMOUNT = re.compile(r"\)?\s*,\s*(?:an?\s+)?")
_CHANGE_WORD_AFTER = re.compile(r"\s+(?:more|less|higher|lower|above|below|up|down|rise|drop|fall|increase|decrease"
                                r"|gain|decline|jump|slump)\b")
# (the name may be a coordination: "..., beef and lamb 7.2%", "tea, coffee and cocoa 1.5%")
_NAMED_IN_LIST = re.compile(r"\s*(?:,|,?\s+and)\s+((?:[A-Za-z][\w-]*,?\s+){0,7}[A-Za-z][\w-]*)\s+")
_LIST_JOINS = frozenset({"and", "&"})
# (after a short phrase that closes the item before: "prices rose 3.8 percent year on year, food prices 2.7
# percent", "... in May and fuel 4.1 percent"; no comma, bracket or figure in the phrase)
_LIST_ITEM_BEFORE = re.compile(r"(?:,|,?\s+and)\s+((?:[A-Za-z][\w-]*,?\s+){0,7}[A-Za-z][\w-]*)\s+$")
_CLOSING_PHRASE = re.compile(r"(?:\s+[A-Za-z0-9][\w-]*){1,5}")
_CLOSING_PHRASE_MAX = 40


def _named_after_phrase(text: str, end: int, start: int) -> re.Match[str] | None:
    """The name of an item listed with its verb left out, after a short phrase that ends the item before."""
    if start - end > _CLOSING_PHRASE_MAX + 60:
        return None
    item = _LIST_ITEM_BEFORE.search(text, end, start)
    if item is None or item.start() - end > _CLOSING_PHRASE_MAX \
            or any(w.lower() in sc.NP_END_WORDS for w in item.group(1).replace(",", " ").split()) \
            or _CLOSING_PHRASE.fullmatch(text, end, item.start()) is None:
        return None
    return item
_ELIDED_SUBJECT = re.compile(r"(?:\)\s*|[a-z%\d],?\s+)and\s+([a-z][a-z-]{2,})\s+$")
# what makes a sentence sum up the period named before: "In all, ...", "All told, ...", "... in all during"
_TOTALS = re.compile(r"\b(?:in\s+all|all\s+told|in\s+total|altogether)\b"
                     r"(?=\s*[,.;]|\s+(?:during|over|for|this|last|so\s+far)\b)")


# the points an index or a poll moves by: a change in them is of the index or the party
_CHANGE_UNITS = frozenset({"point", "points", "percentage point", "percentage points"})
_NOUN_AFTER = re.compile(r"[ \t]+([a-z][a-z'’-]*)\b")
_OWN_VERB = re.compile(r"\b(?:were|was|are|is|been|had|have|has)\b")
_ON_BOARD_BEFORE = re.compile(r"\b(?:carrying|ferrying|transporting)\s+$")
_SEATS_COMPOUND_AFTER = re.compile(r"[\-‑]seat\b")
_ONE_WORDS = frozenset({"one", "One", "a single", "A single"})
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|for|on|to|into|as)\s+$")


# the name of a category ahead of its bracketed share, back to the start of its item: "transport (9.7%)",
# "food, drinks and tobacco (12.4%)" after a colon, a semicolon or the bracket of the item before; common
# nouns only (not "Lagos (41%)")
# "and those to Europe 20%", "while that of Spain rose 3%": the thing of the figure before, named again
_THOSE_BEFORE = re.compile(r"\b(?:those|that)\s+(?:to|in|of|from|for|at|on)\s+[^,;:()\d]{1,50}?"
                           r"(?:\s+[a-z]+(?:ed|s))?\s+$")
# (the list's first item after a word that opens it: "contributors included kerosene (4.1%)")
_CATEGORY_BEFORE = re.compile(r"(?:^|[:;]\s+|\)\s*,?\s+(?:and\s+)?(?:then\s+|followed\s+by\s+)?(?:in\s+|from\s+)?"
                              r"|\b(?:included|includes|include|including|such\s+as|led\s+by|notably|namely)\s+"
                              # "Next came food and non-alcoholic beverages (up by 2.9%)", "gains were seen in
                              # furniture, household goods and maintenance (0.5%)", "and from the mechanical
                              # and electrical industries (up 4.3%)"
                              r"|\b(?:came|then|followed\s+by|(?:seen|recorded|registered|posted|observed)\s+in|(?:and\s+)?from)\s+"
                              # "annual inflation was highest in hotels, cafes and restaurants (4.8 percent)"
                              r"|\b(?:highest|lowest|fastest|slowest|biggest|largest|smallest|steepest|sharpest"
                              r"|strongest|weakest|most|least)\s+in\s+"
                              # "..., ahead of health (2.21%)", "foodstuffs went up 17.86%, capital goods for
                              # industry (+14.50%)": an item ranked against the one before, an item after a
                              # figure told without a bracket
                              r"|\b(?:ahead\s+of|behind|above|below|while|whereas)\s+|%\s*,\s+(?:and\s+)?)"
                              r"(?:the\s+)?"
                              r"([^\W\d_A-Z][\w'’-]*(?:,?\s+[^\W\d_A-Z][\w'’-]*){0,9})\s*$")
# the words that may open a category's item before its name ("came from restaurants and hotels (0.21%)", "; and
# furnishing ... (3.5 percent)"): read past them, they are not its name
_ITEM_LEAD_WORDS = frozenset({"from", "in", "of", "by", "with", "and", "for"})
# a bracket opened right before a figure, with its sign: "(0.21%)", "(+0.5 percent)", "(-2.7%)"
_OPENED_BEFORE = re.compile(r"\(\s*[+−-]?\s*$")


# a bracket that opens with a word of change before its figure: "(up by 2.9%)", "(down 1.2%)"
_BRACKETED_CHANGE_BEFORE = re.compile(r"\(\s*(?:up|down|rising|falling|rose|fell)(?:\s+by)?\s+$")


def _category_before(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """A category a bracketed share belongs to, named right before the bracket as an item of a list."""
    window = text[max(s_start, pos - 120):pos]
    m = _CATEGORY_BEFORE.search(window)
    later = m
    while later is not None and later.start(1) < len(window):
        m = later       # the last opener before the bracket: "%, ahead of health (" is "health"
        later = _CATEGORY_BEFORE.search(window, later.start(1))
    if m is None:
        return None
    name = m.group(1).strip()
    while " " in name and name.split(" ", 1)[0] in _ITEM_LEAD_WORDS:
        name = name.split(" ", 1)[1]
    head = name.rsplit(" ", 1)[-1]
    if head in sc.STOP_WORDS or head in vocab.measure_by_word or name.split(" ", 1)[0] in sc.STOP_WORDS \
            or any(w in SPELLED_NUMBERS for w in name.replace(",", " ").split()):    # "three (13.6%)": a count
        return None
    return sc.Thing(name, vocab.thing_by_word.get(head), name.lower())


# a name ahead of its bracketed figure, an item of a list: "among them China (TND -1211.8 million)",
# "helped by Italy (+9.3%)", "The Progressives (4.2%)", "Century Investment Group (14.29%)"; capitalised
# words (with "of", "for", "and", "&" inside), after what opens the item (a list's comma or "and", a colon,
# the bracket of the item before, a word that opens a list, the sentence's start)
_NAMED_BRACKET = (
    # ("The biggest gainers were United Financial Investments, up (15.00%), ...": a move between name and bracket)
    r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z&][\w'’&.-]*|of|for|and|de|del|la))*?)\s*(?:,\s*(?:up|down)\s*)?"
    r"\(\s*[+−-]?\s*$")
_NAME_BEFORE_BRACKET = re.compile(
    r"(?:^|[,;:]\s+|\)\s*,?\s+(?:and\s+)?|\b(?:and|by|them|including|as|notably|chiefly|mainly|namely|were|was|"
    r"are|is|to|with|between|of|than|behind)\s+)(?:[Tt]he\s+)?" + _NAMED_BRACKET)
# the same, the first of a list of places too: "the biggest rises were in Luanda (2.32%)"
_PLACE_BEFORE_BRACKET = re.compile(r"(?:^|[,;:]\s+|\)\s*,?\s+(?:and\s+)?|\b(?:and|in|at)\s+)(?:[Tt]he\s+)?"
                                   + _NAMED_BRACKET)
# (for a place only: "exports to Germany (-2.7%)"; a party's share "went to the Social Democrats (4.09%)")
_TO_PLACE_OPENER = re.compile(r"\b(?:from|to|into)\s+(?:the\s+)?$")
_BRACKETED_ITEM_BEFORE = re.compile(r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}"
                                    r"\s*\([^()]{1,40}\)\s*(?:,\s*|,?\s+and\s+)$")
_BRACKET_REACH = 90


def _name_before_bracket(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The name whose bracketed figure this is, an item of a list of names (a party, a company, a trading
    partner); a place is one only in a list no preposition of place opens ("helped by Italy (+9.3%)", not
    "highest in Lagos (41%)")."""
    lo = max(s_start, pos - _BRACKET_REACH)
    found = _NAME_BEFORE_BRACKET.search(text[lo:pos])
    if found is None:
        return None
    name = found.group("name").rstrip(".")
    words = name.split()
    if any(c.isdigit() for c in words[-1]):
        return None     # "to Rbs19tn ($321bn)": an amount before its conversion, no name
    first = words[0].lower()
    if first in sc.STOP_WORDS or first in sc.NP_END_WORDS or words[-1].lower() in ("of", "for", "and", "de", "la") \
            or name.isupper() and len(name) <= 5 and found.start("name") == 0:
        return None
    start = _bracketed_list_start(text, s_start, lo + found.start("name"))
    opening = max(s_start, start - 12)
    if place_list_opening(text, s_start, start, vocab) is not None or (
            vocab.canonical_place(name) in vocab.places and _TO_PLACE_OPENER.search(text, opening, start)):
        return None
    return sc.Thing(name, vocab.thing_by_word.get(words[-1].lower()), name.lower())


def _bracketed_list_start(text: str, s_start: int, start: int) -> int:
    """The start of the first item of a list of names with bracketed figures whose item starts at ``start``."""
    for _ in range(12):     # back over the items before it to the list's opening
        item = _BRACKETED_ITEM_BEFORE.search(text, max(s_start, start - 60), start)
        if item is None:
            break
        start = item.start()
    return start


def _place_listed(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The statistic a figure in brackets after a place's name is of, when the list is one of places ("the
    biggest rises were in Luanda (2.32%), Huambo (1.66%)"): the subject of the clause that opens it."""
    lo = max(s_start, pos - _BRACKET_REACH)
    found = _PLACE_BEFORE_BRACKET.search(text[lo:pos])
    if found is None:
        return None
    start = _bracketed_list_start(text, s_start, lo + found.start("name"))
    opening = place_list_opening(text, s_start, start, vocab)
    return place_list_statistic(text, s_start, opening, vocab) if opening is not None else None


# the points an index's level and moves are told in ("closed at 3,147.45 points", "854.34 pts")
_INDEX_UNITS = frozenset({"point", "points", "pts", "percentage point", "percentage points"})
# where the clause of an index's figure opens: another index's clause ends there ("..., while the
# FTSE All-Liquid rose 0.66% to 8,896.49 pts")
_CLAUSE_OPENS = re.compile(r";\s+|,?\s+(?:while|whereas|but)\s+|,\s+and\s+(?=the\s)")
# an index by its name, after "the" or "its" (and a word that ranks it: "its flagship MASI index"): a
# name ending in "index" ("The VN-Index", "the consumer price index", "The 100-index"), or capitalised
# words one of which is an acronym or holds a figure ("The MASI.20", "the ASPI", "The S&P SL20")
_INDEX_NAME = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:flagship|benchmark|main|key|broader|blue-chip|wider)\s+)?"
                         r"(?P<name>(?:[a-z]+\s+){0,3}index"
                         r"|(?:[A-Z0-9][\w.&'’-]*\s+){0,5}?(?:[A-Z0-9][\w.&'’-]*-)?[Ii]ndex"
                         r"|[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|\d+))*)\b")
_ACRONYM_OR_FIGURE = re.compile(r"[A-Z&][A-Z0-9.&]|\d")
# a move in percent told with the level in points it took the index to: "gained 0.56% to 854.34 pts"
_TO_A_LEVEL_IN_POINTS = re.compile(r"\s+(?:to|at)\s+\d[\d,. ]*\s*(?:points|pts)\b")


def _joined_subject(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The subject a verb joins to a figure ("the coverage rate improved by 4.6 points"), none of the vocabulary."""
    head, joined = sc.subject_before(text, s_start, pos, vocab)
    if not joined or head is None or head.cls is not None or head.text.rsplit(" ", 1)[-1][:1].isupper():
        return None     # (not a name: "Jonas Valanciunas put up 16 points" counts points)
    return head


def _index_named_before(text: str, s_start: int, pos: int) -> sc.Thing | None:
    """The index a level or a move in points is of, named first in the figure's clause ("The VN-Index on the
    HoSE gained 5.09 points", "The S&P SL20, for its part, ended at 3,147.45 points")."""
    opens = s_start
    for m in _CLAUSE_OPENS.finditer(text, s_start, pos):
        opens = m.end()
    for found in _INDEX_NAME.finditer(text, opens, pos):
        name = found.group("name")
        if name.lower().endswith("index") or _ACRONYM_OR_FIGURE.search(name):
            return sc.Thing(name, None, name.lower())
    return None


# a party named right before its move in a poll's points, after its acronym and an apposition: "Hoyre are polling
# three points under ...", "Labour (AP), the main opposition party, fell back two points" (the verbs:
# ``poll_move_verbs``)
_PARTY_MOVED_BEFORE = re.compile(r"(?:\b[Tt]he\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
                                 r"(?:\s*\([A-Z][\w-]{0,7}\))?"
                                 r"(?:,\s+[^,;:()\d]{3,50},)?\s+(?:(?:are|is|was|were|has|have|had)\s+)?"
                                 r"(?P<verb>[a-z]+)(?:\s+(?:back|down|up|away))?\s+(?:by\s+)?$")


def _party_moved_before(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The party a move in points is of in a poll's copy, named as the subject of its verb."""
    found = _PARTY_MOVED_BEFORE.search(text, max(s_start, pos - 110), pos)
    if found is None or found.group("verb") not in lexicon(vocab).poll_move_verbs \
            or lexicon(vocab).poll_words.search(text, max(0, s_start - _POLL_LIST_CONTEXT), pos) is None:
        return None
    name = found.group("name")
    if name.split()[0].lower() in sc.STOP_WORDS or name.lower() in sc.NP_END_WORDS:
        return None
    return sc.Thing(name, None, name.lower())


# a change in brackets right after a share, with no noun of its own: "Fine Gael on 23 per cent (up four)",
# "Labour 33.1 per cent (down 2.4)", "Sinn Féin on 23 per cent (down five points)"
_BRACKETED_CHANGE_GAP = re.compile(r"\s*\(\s*(?:up|down)\s+")
_BRACKETED_CHANGE_END = re.compile(r"(?:\s+(?:percentage\s+)?points?|\s*pts?)?\s*[);,]")


def _bracketed_change_of(text: str, adjacent: Claim | None, m: Mention) -> sc.Thing | None:
    """The thing of the share a bracketed change follows: the change is of that share."""
    if adjacent is None or not adjacent.thing or not adjacent.thing_key or adjacent.kind not in ("percent", "count") \
            or _BRACKETED_CHANGE_GAP.fullmatch(text, adjacent.end, m.start) is None \
            or _BRACKETED_CHANGE_END.match(text, m.end) is None:
        return None
    return sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)


# how far before a list of the parties' shares the words of a poll or a vote (``poll_words``) may stand
_POLL_LIST_CONTEXT = 600
# an item of a list after a colon or a semicolon that opens with a name and its figure: "...: Labour 33.1 per cent
# (down 2.4), in a range of 30.2 to 34.8; Conservatives 23.4 (no change); Progress Party 14.0"
_ITEM_OPENS = re.compile(r"[;:]\s+")
_ITEM_REACH = 300       # how far before its figure an item of such a list may open
_DIGIT = re.compile(r"\d")
_ITEM_NAME = re.compile(r"(?:and\s+)?(?:the\s+)?(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and))*?)"
                        r"(?:\s*\([A-Z][\w.&-]{0,9}\))?\s+(?=\d)")


# what adds points to a rate, named before a verb of contribution ("Alcoholic beverages and tobacco followed with
# 0.5 percentage points", "and food added 0.3 percentage points", "energy contributed 1.1 points") or after
# "came from" ("The biggest contribution came from housing, water and fuels, at 1.2 percentage points")
_CONTRIBUTOR_BEFORE = re.compile(
    r"(?:(?:^|(?<=[.!?]\s)|[,;:]\s+(?:and\s+)?|\band\s+)(?:the\s+)?(?P<name>[A-Za-z][\w'’-]*(?:,?\s+(?:and\s+)?[a-z][\w'’-]*){0,8}?)\s+"
    r"(?:added|adds|contributed|contributes|followed\s+with|chipped\s+in(?:\s+with)?|brought|accounted\s+for)"
    r"|\b(?:came|comes|coming)\s+from\s+(?:the\s+)?(?P<source>[a-z][\w'’-]*(?:,?\s+(?:and\s+)?[a-z][\w'’-]*){0,8}?)"
    r",?\s+(?:at|with))\s+(?:(?:another|a\s+further|a|an|some|about|nearly|almost)\s+)?$")


def _contributor_before(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """What a figure in percentage points is the contribution of, named before its verb of contribution."""
    m = _CONTRIBUTOR_BEFORE.search(text, max(s_start, pos - 110), pos)
    if m is None:
        return None
    name = m.group("name") or m.group("source")
    words = name.replace(",", " ").split()
    if words[0].lower() in sc.STOP_WORDS or words[-1].lower() in sc.STOP_WORDS or words[-1].lower() in _LIST_JOINS:
        return None
    return sc.Thing(name, vocab.thing_by_word.get(words[-1].lower()), name.lower())


def _list_item_name(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The party or candidate whose item of a poll's list a figure is in, named at the item's start."""
    opens = None
    for found in _ITEM_OPENS.finditer(text, max(s_start, pos - _ITEM_REACH), pos):
        opens = found.end()
    # (within reach of the item, so a sentence of thousands of figures is not read again for each)
    if opens is None or lexicon(vocab).poll_words.search(
            text, max(0, s_start - _POLL_LIST_CONTEXT, opens - 2 * _POLL_LIST_CONTEXT), pos) is None:
        return None
    item = _ITEM_NAME.match(text, opens, pos + 1)
    if item is not None and _DIGIT.search(text, item.end(), pos):
        # "...: the Moderates 25.5 (+2.7), the Centre party 5.3": the first item names another figure; the one
        # this figure closes opens after the last comma, else there is none
        comma = text.rfind(",", opens, pos)
        after = text[comma + 1:pos]
        item = _ITEM_NAME.match(text, pos - len(after.lstrip()), pos + 1) if comma >= 0 else None
        if item is not None and _DIGIT.search(text, item.end(), pos):
            item = None
    if item is None:
        return None
    name = item.group("name")
    words = name.lower().split()
    if words[0] in sc.STOP_WORDS or (len(words) == 1 or words[1][:1].isdigit()) and words[0] in sc.NP_END_WORDS \
            or words[-1] in ("of", "for", "and") \
            or any(w in vocab.measure_by_word or w in SPELLED_NUMBERS for w in words):
        return None
    return sc.Thing(name, vocab.thing_by_word.get(words[-1]), name.lower())


# "the agency put the death rate at 4 percent", "the ministry estimated the damage at $2bn": the noun phrase a
# verb of estimating sets at the figure (its determiner or possessive, then up to the first function word)
_PUT_AT_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|placing|pegged|pegs|pegging|estimated|estimates|"
                            r"estimating|valued|values|valuing)\s+(?P<np>[^\d,;:.!?]{2,90}?)\s+at\s+$")
_PHRASE_OPENER = re.compile(r"(?:(?:the|its|their|his|her|this|that|our)\s+|[A-Z][\w.-]*['’]s?\s+(?=[a-z]))")
_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z0-9-]{1,9}\)")
# "a 4.5 percent fall in profit", "a 2 per cent gain in market value": the noun the change is in
_CHANGE_IN_AFTER = re.compile(r"[ \t]+(?P<word>[a-z]+)[ \t]+in[ \t]+(?:(?:the|its|their|his|her)[ \t]+)?"
                              r"(?P<np>[a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2})")
_NOT_A_SUBJECT = frozenset({"last", "next", "past", "first", "second", "third", "fourth", "same", "previous", "year",
                            "quarter", "month", "week", "period", "value", "terms", "total", "all", "rest",
                            "remainder", "others", "balance"})


def _leading_noun_phrase(words: list[str], vocab: Vocabulary) -> sc.Thing | None:
    """The words of a phrase up to its first function word, time word or participle ("number housed in"),
    as a thing; None when they are none or a measure's."""
    kept: list[str] = []
    for w in words:
        low = w.lower()
        if low in sc.STOP_WORDS or low in _NOT_A_SUBJECT \
                or (low in vocab.measure_by_word and low not in vocab.thing_by_word) \
                or (kept and len(low) > 4 and low.endswith("ed")):
            break
        kept.append(w)
    if not kept or not all(w[:1].islower() for w in kept):
        return None
    name = " ".join(kept)
    return sc.Thing(name, vocab.thing_by_word.get(kept[-1].lower()), name.lower())


def _put_at_before(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The subject a verb of estimating puts at the figure ("put the case fatality rate at 12 per cent",
    "puts May's collections at Sh90 billion"): what the figure is the level of."""
    m = _PUT_AT_BEFORE.search(text, max(s_start, pos - 110), pos)
    if m is None:
        return None
    phrase = _ACRONYM.sub("", m.group("np"))
    opener = _PHRASE_OPENER.match(phrase)
    return _leading_noun_phrase(_in_what_changed(phrase[opener.end() if opener else 0:].split(), vocab), vocab)


_DETERMINER_WORDS = frozenset({"the", "its", "their", "his", "her", "this", "that", "our"})


def _in_what_changed(words: list[str], vocab: Vocabulary) -> list[str]:
    """The words after "in" when the phrase is a change in something ("the annual rise in food prices",
    "the year-on-year increase in rents": the prices and the rents, never "annual"); else ``words``."""
    changes = _change_noun_words(vocab)
    for k, w in enumerate(words[:4]):
        if w.lower() in changes and k + 1 < len(words) and words[k + 1].lower() == "in":
            rest = words[k + 2:]
            return rest[1:] if rest and rest[0].lower() in _DETERMINER_WORDS else rest
    return words


_change_noun_words = per_vocabulary(lambda vocab: frozenset(
    (*vocab.words("change_nouns"), *vocab.words("rise_words"), *vocab.words("fall_words"))))


def _changed_in_after(text: str, end: int, s_end: int, vocab: Vocabulary) -> sc.Thing | None:
    """The noun a change named right after its figure is in ("a 3 percent drop in sales"), by the
    vocabulary's rise_words and fall_words (rules/vocabulary/cues.yaml)."""
    m = _CHANGE_IN_AFTER.match(text, end, s_end)
    if m is None or (m.group("word") not in vocab.words("rise_words")
                     and m.group("word") not in vocab.words("fall_words")):
        return None
    return _leading_noun_phrase(m.group("np").split(), vocab)


# "an increase of J$2.3B or 4.1% in total revenue and grants": a change named before its figure (and the
# figure's restatement), and the line of accounts it is in after them
_CHANGE_OF_BEFORE = re.compile(r"\b(?:an?\s+)?(?P<word>[a-z]+)\s+of\s+(?:[^\s,;()]+\s+(?:[a-z]+\s+)?or\s+)?$")
_IN_LINE_AFTER = re.compile(r"(?:\s+(?:[a-z]+\s+)?or\s+[^\s,;()]+(?:\s+(?:per\s+cent|percent|[a-z]+illion))?)?"
                            r"\s+in\s+(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?)\s*(?=[,;.]|$)")


def _change_of_in_after(text: str, s_start: int, m: Mention, s_end: int, vocab: Vocabulary) -> sc.Thing | None:
    """The line a change of a figure is in, when the change is named before the figure ("a drop of J$1.1B
    or 1.9% in expenditures net of amortization")."""
    before = _CHANGE_OF_BEFORE.search(text, max(s_start, m.start - 40), m.start)
    if before is None or (before.group("word") not in vocab.words("rise_words")
                          and before.group("word") not in vocab.words("fall_words")):
        return None
    after = _IN_LINE_AFTER.match(text, m.end, s_end)
    if after is None:
        return None
    words = after.group("np").split()
    if words[0] in sc.STOP_WORDS or words[-1] in sc.STOP_WORDS or any(_time_word(w) for w in words):
        return None
    return sc.Thing(after.group("np"), vocab.thing_by_word.get(words[-1]), " ".join(words).lower())


def _time_word(word: str) -> bool:
    return word in sc.NP_END_WORDS or word in ("year", "years", "quarter", "month", "months", "period", "week")


# a verb that moves a line of accounts, its object, then the move's figure: "lifted service revenue 12.3 percent",
# "taking the payout for the year to Ksh56 billion", "raised its dividend by 8%"
_OBJECT_MOVED_BEFORE = re.compile(
    r"\b(?:lift(?:ed|s|ing)?|rais(?:ed|es|ing)|push(?:ed|es|ing)|boost(?:ed|s|ing)|tak(?:ing|es)|took|bring(?:s|ing)?"
    r"|brought|lower(?:ed|s|ing)|reduc(?:ed|es|ing))\s+(?:(?:the|its|their|his|her)\s+)?"
    r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?:\s+for\s+the\s+(?:[a-z]+\s+)?(?:year|quarter|half|period|month))?"
    r"\s+(?:(?:to|by)\s+)?$")


def _object_moved_before(text: str, s_start: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The line of accounts a verb moves by or to the figure after it, named as the verb's object."""
    found = _OBJECT_MOVED_BEFORE.search(text, max(s_start, pos - 80), pos)
    if found is None:
        return None
    words = found.group("np").split()
    if any(w in sc.STOP_WORDS or w in vocab.measure_by_word or w in _PARTICLES or _time_word(w) for w in words):
        return None     # ("the deficit was brought down to PLN 40.5 billion": a particle, no object)
    return sc.Thing(found.group("np"), vocab.thing_by_word.get(words[-1]), " ".join(words).lower())


_PARTICLES = frozenset({"down", "up", "back", "out", "off", "in", "forward", "about", "home", "together"})


# an amount restated right after a figure a unit or a share: "a final dividend of Ksh0.75 a share, worth Ksh30.04
# billion", "an interim dividend of Ksh0.64 on each ordinary share, or Ksh25.64 billion": the same line, in all
_RESTATED_IN_ALL_GAP = re.compile(r"\s+(?:a|per|on\s+each|for\s+each)\s+(?:[a-z]+\s+)?(?:share|unit|barrel|tonne|ton),?"
                                  r"\s+(?:worth|or|totall?ing|amounting\s+to|valued\s+at)\s+")


def _restated_in_all(text: str, adjacent: Claim | None, m: Mention) -> sc.Thing | None:
    """The thing of a per-unit amount an amount in all restates right after it."""
    if adjacent is None or not adjacent.thing or not adjacent.thing_key or adjacent.kind != m.kind \
            or _RESTATED_IN_ALL_GAP.fullmatch(text, adjacent.end, m.start) is None:
        return None
    return sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)


# "Of the 640 patients, 12% were children": the whole a figure opening its clause is a part of, and the
# noun after its verb when that names the part
_OF_WHOLE_BEFORE = re.compile(r"Of\s+(?P<np>(?:[^,;:()]|(?<=\d),(?=\d{3}))[^,;:()]{1,70}?"
                              r"(?:\d,\d{3}[^,;:()]{0,60}?)?),\s+")
_PART_AFTER = re.compile(r"\s+(?:were|are|was|is)\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")
_NUMBER_WORD = re.compile(r"^[\d.,]+$")
# plural nouns of people without an "s" ("Of them, 40 were women"): counted.yaml's ``plural_person_nouns``
_plural_person_nouns = per_vocabulary(lambda vocab: frozenset(vocab.words("plural_person_nouns")))


# words never the thing of a figure though they stand where one does: counted.yaml's ``never_thing_words``
_never_thing_words = per_vocabulary(lambda vocab: frozenset(vocab.words("never_thing_words")))


def _of_whole_before(text: str, s_start: int, m: Mention, vocab: Vocabulary) -> sc.Thing | None:
    """The part a figure after "Of <whole>," names ("Of them, 40 were women") when the vocabulary knows
    its noun, else the whole ("Of the 900 cases, 85% were local"): what the figure counts or is a share of."""
    before = text[s_start:m.start].lstrip()
    whole = _OF_WHOLE_BEFORE.match(before)
    part = _PART_AFTER.match(text, m.end)
    if whole is None or (part is None and whole.end() < len(before)):
        return None     # a later figure of the sentence: only one its verb makes a part ("..., 6% were ...")
    if part is not None:
        words = part.group("np").split()
        plural_nouns = _plural_person_nouns(vocab)
        while words and words[-1] not in vocab.thing_by_word and words[-1] not in plural_nouns \
                and not (words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is"))):
            words.pop()
        if words and not any(w in sc.STOP_WORDS or w.endswith("ly") for w in words):
            return _leading_noun_phrase(words, vocab)
    phrase = whole.group("np")
    opener = _PHRASE_OPENER.match(phrase)
    words = [w for w in phrase[opener.end() if opener else 0:].split() if not _NUMBER_WORD.match(w)]
    return _leading_noun_phrase(words, vocab)


# "turnout was 61 percent in Kedah and 59 percent in Penang": a figure set beside the one before it, each
# with its own place or group, is of the same thing
# ("inflation of 2.1 percent at the end of Q1, 2.3 percent at the end of Q2 and 2.5 percent by December": a list of
# times joined by commas; a digit of a date or a quarter in the gap, no figure: that would be the one before)
_PARALLEL_GAP = re.compile(r"\s+(?:in|at|by|for|among)\s+[^,;:()%]{1,60}?(?:,?\s+and|,)\s+")
# "... at 10.5 percent, in the Mangystau region at 10.2 percent and in Astana city at 10.4 percent": the same
# thing's level in the next place of a list
_PARALLEL_PLACE_GAP = re.compile(r",?\s+(?:and\s+)?in\s+[^,;:()%\d]{1,50}?\s+at\s+")
_PARALLEL_AFTER = re.compile(r"\s+(?:in|at|by|for|among)\s+(?:the\s+)?[A-Za-z]")
# ("5.1 percent more than in March and 9.8 percent more than a year before": two changes against two bases)
_COMPARED_PAIR_GAP = re.compile(r"\s+(more|less|higher|lower|above|below)\s+than\s+[^,;:()%]{1,40}?,?\s+and\s+")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def _same_comparison(text: str, end: int, start: int, after: int) -> bool:
    """Whether a figure compares with its own base in the same words as the figure before it."""
    gap = _COMPARED_PAIR_GAP.fullmatch(text, end, start)
    word = _WORD_AFTER.match(text, after) if gap is not None else None
    return gap is not None and word is not None and word.group(1) == gap.group(1)


def _not_a_count(text: str, m: Mention, thing: sc.Thing | None, measure: str | None, s_end: int,
                 vocab: Vocabulary) -> bool:
    """Whether a number before a noun outside the vocabulary counts nothing the text reports:
    the informants of a statement ("Two sources at the hospital said", "three officials
    told Reuters", "One survivor told of ..."), or "one" as a determiner with no measure ("voting
    in one constituency was postponed"; "one house was destroyed" stays)."""
    if thing is None:       # "One survivor told of ...": the noun is a word of a measure
        noun = _NOUN_AFTER.match(text, m.end)
        if noun is None or m.value != 1:
            return False
        head = noun.group(1).lower()
    else:
        head = thing.key.rsplit(" ", 1)[-1]
    words = sc.attribution_words(vocab)
    # "One survivor told of ...", "One lawyer said", "One witness said": a singular noun
    one_speaker = m.value == 1 and (not head.endswith("s") or head.endswith(("ss", "us", "is")))
    if head in words.informant_nouns or one_speaker:
        said = words.informed.match(text, m.end, s_end)
        if said is not None and not _OWN_VERB.search(text, m.end, said.start() + said.group().rfind(" ")):
            return True
    return (text[m.number_start:m.number_end] in _ONE_WORDS and measure is None and not head.endswith("s")
            and _PREPOSITION_BEFORE.search(text, max(0, m.start - 6), m.start) is not None)


_LEAD_WORD = re.compile(r"[a-z]+")
_VERB_ENDS = ("ed", "es", "ps", "ing")


def _build_hedge_verbs(vocab: Vocabulary) -> frozenset[str]:
    """The first words of the hedges that are verbs ("topped", "exceeds", "capped at"), not prepositions
    ("over", "above")."""
    firsts = (phrase.split()[0] for phrase, hedge in vocab.hedge_by_phrase.items() if not hedge.vague)
    return frozenset(w for w in firsts if w.endswith(_VERB_ENDS) and w not in sc.STOP_WORDS)


_hedge_verbs = per_vocabulary(_build_hedge_verbs)


def _hedge_verb(text: str, m: Mention, vocab: Vocabulary) -> str:
    """The hedge verb a figure's text opens with ("topped SGD 5 billion"), else ''."""
    word = _LEAD_WORD.match(text, m.start)
    return word.group() if word is not None and word.group() in _hedge_verbs(vocab) else ""


_GAP_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _build_gap_words(vocab: Vocabulary) -> frozenset[str]:
    """The words that may stand between two figures of one thing: function words, times, links of comparison
    and change, verbs of a level and of saying ("..., above the", "in January, up", "the report showed,")."""
    names = ("comparison_words", "compared_up_words", "compared_down_words", "earlier_base_words",
             "statistic_verbs", "clause_break_words", "comparison_links")
    words = {w for name in names for phrase in vocab.words(name) for w in phrase.split()}
    words |= {w for phrase in vocab.hedge_by_phrase for w in phrase.split()}
    return frozenset(words) | sc.STOP_WORDS | sc.NON_THING_WORDS | sc.change_verbs(vocab) \
        | frozenset(vocab.measure_by_word)


_gap_words = per_vocabulary(_build_gap_words)


def _carried_gap(text: str, start: int, end: int, thing: str, vocab: Vocabulary) -> bool:
    """Whether only times, places and links stand between two figures, after the first figure's own noun (no
    noun of another thing): "..., above the", "in January, up", "the report showed,", "(Q3:", "people (+"."""
    if end - start > _CARRY_REACH:
        return False
    gap = text[start:end]
    if gap.lstrip().lower().startswith(thing.lower()):
        gap = gap.lstrip()[len(thing):]     # "599 people (+45.38%)": the figure's own noun, written right after it
    gap = vocab.place_pattern.sub(" ", gap)
    allowed = _gap_words(vocab)
    return all(w.lower() in allowed or sc.time_head(w.lower()) or _PERIOD_LABEL.fullmatch(w)
               for w in _GAP_WORD.findall(gap))


_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)   # "posted a 51 percent jump in": the figure of a noun
_PERIOD_LABEL = re.compile(r"[QH][1-4]")     # "(Q3: +3%)", "in H1,"
_CARRY_REACH = 80       # how far apart two figures of one thing may stand (characters)


def _claim(doc: Document, text: str, m: Mention, index: int, s_start: int, s_end: int,
           prev_end: int, next_start: int, scope: SentenceScope, default_place: str | None,
           vocab: Vocabulary, whole: Claim | None = None, lower: str | None = None,
           lex: Lexicon | None = None, previous: Claim | None = None,
           adjacent: Claim | None = None, following: int | None = None,
           same_kind: Claim | None = None, measured: Claim | None = None) -> Claim | None:
    thing = None
    measure = None
    if m.kind == "count":
        thing = sc.thing_after(text, m.end, s_end, vocab)
        whole_before = adjacent if adjacent is not None and adjacent.thing and adjacent.thing_key else previous
        if whole_before is not None and whole_before.thing and whole_before.thing_key \
                and not (whole_before.thing_class is not None and "people" in (
                    whole_before.thing_class, *vocab.thing_ancestors(whole_before.thing_class))) \
                and _OF_THE_WHOLE_AFTER.match(text, m.end) \
                and (thing is None or (thing.cls is None and not thing.key.endswith("s"))):
            # "62 confirmed cases, 15 of them fatal": a part of the whole counted right before it, not the word
            # after the pronoun (a state, not a noun); people's parts are resolve's ("52,000 of them")
            thing = sc.Thing(whole_before.thing, whole_before.thing_class, whole_before.thing_key)
        seats = _SEATS_COMPOUND_AFTER.match(text, m.end)
        if seats is not None:       # "the 61-seat council" (nonclaims kept it): the body's size, in seats
            thing = sc.Thing("seats", vocab.thing_by_word.get("seats"), "seats")
        in_points = thing is not None and thing.key in _INDEX_UNITS
        if thing is None or in_points:
            thing = _bracketed_change_of(text, adjacent, m) or thing    # "Fine Gael on 23 per cent (up four)"
        if m.value is None and not m.is_range and (thing is None or thing.cls is None) \
                and not (m.low >= sc.VAGUE_ANY_NOUN_LOW and (thing is not None or m.bare)):
            return None     # "several localities": vague and not about anything we count
        measure = None if seats is not None else sc.measure_for(text, s_start, prev_end, m.start, m.end, next_start,
                                                                vocab, lower, lex)
        if measure is not None and _ON_BOARD_BEFORE.search(text, max(s_start, m.start - 14), m.start):
            measure = None      # "a bus carrying about 60 pilgrims overturned, killing 14": those on board
        level_of_it = thing is None and _IT_LEVEL_BEFORE.search(text, max(s_start, m.start - 40), m.start)
        if level_of_it and measure is None:
            measure = sc.measure_for(text, s_start, s_start, m.start, m.end, next_start, vocab, lower, lex)
        if thing is not None and thing.key in _CHANGE_UNITS and measure not in sc.CHANGE_MEASURES:
            moved = _moved_after(text, m.end, s_end, vocab)
            measure = moved or measure      # "ending 455.95 points, or 0.76 per cent, higher at 60,571.08"
        if thing is not None and thing.key in _CHANGE_UNITS and measure in sc.CHANGE_MEASURES:
            thing = None            # "up 911.95 points", "down one point": the unit of a change
        if thing is None and not level_of_it and measure in sc.CHANGE_MEASURES:
            head, joined = sc.subject_before(text, s_start, m.start, vocab)
            if joined and head is not None and head.cls is None:
                thing = head        # "Employment fell by 29,700": the subject the change is of
        if in_points and (thing is None or thing.key in _INDEX_UNITS):
            thing = _index_named_before(text, s_start, m.start) or _party_moved_before(text, s_start, m.start, vocab) \
                or _joined_subject(text, s_start, m.start, vocab) \
                or statistic_before(text, s_start, m.start, vocab, moved=True) \
                or thing    # "the ASPI stood at 11,045.90 points", "Hoyre are polling three points under"; "the
            #                 coverage rate improved by 4.6 points"; "the index fell 2.28%, shedding 113.5 points"
        if thing is None and measure is None:
            thing = _list_item_name(text, s_start, m.start, vocab)     # "...; Progress Party 14.0 (up 0.1)"
        if thing is None and not _AMONG_BEFORE.search(text, max(s_start, m.start - 12), m.start):
            # "Two soldiers among 14 dead": the 14 are the whole, not the part named before
            thing = sc.thing_before(text, s_start, m.start, vocab, lower, lex)
        if thing is None and measure is None and not level_of_it:
            head, joined = sc.subject_before(text, s_start, m.start, vocab)
            if joined and head is not None and head.cls is None \
                    and (head.key.rsplit(" ", 1)[-1] not in sc.attribution_words(vocab).bare_data
                         or head.key.endswith("index")):    # "the overall index stood at 120.2": its level
                # "The benchmark closed at 1,234.5": the subject whose level it is ("the official
                # figure stood at 253" is a figure of a thing named elsewhere)
                thing = head
        if thing is None and previous is not None and previous.thing and previous.thing_key and not level_of_it \
                and previous.kind == "count" and measure in (None, previous.measure):
            # "Germany took 109,600 claims, France 60,100": the count listed before it
            thing = sc.Thing(previous.thing, previous.thing_class, previous.thing_key)
        if thing is None and measure == "killed":
            thing = sc.Thing("people", "people", "people")
        if measure is None and thing is not None and thing.cls == _CROWD_CLASS and _CROWD in vocab.measures:
            measure = _CROWD        # "putting the number of protesters at 338,000": the size of the protest
        if (thing is None or thing.cls is None or m.value == 1) and _not_a_count(text, m, thing, measure, s_end, vocab):
            return None
    elif m.kind in ("percent", "currency"):
        if m.kind == "percent" and measure is None:
            measure = _moved_after(text, m.end, s_end, vocab)
        verb = _hedge_verb(text, m, vocab)
        # (thing, joined by a verb; "Total income topped SGD 5 billion": a hedge that is a verb joins it too)
        subject = sc.subject_before(text, s_start, m.start + len(verb), vocab, frozenset({verb.lower()}) if verb
                                    else frozenset())
        thing = subject[0] if subject[1] else None
        if thing is not None and m.kind == "percent" \
                and _ARTICLE_BEFORE.search(text, max(s_start, m.start - 4), m.start):
            # "Toyota on Tuesday posted a 51 percent jump in operating profit": the change's own noun says what
            # changed, not the subject of the verb whose object the change is
            thing = _changed_in_after(text, m.end, s_end, vocab) or thing
        thing = (thing or (sc.recipient_before(text, s_start, m.start, vocab) if m.kind == "currency" else None)
                 or sc.thing_of_after(text, m.end, s_end, vocab)
                 or (sc.thing_for_after(text, m.end, s_end, vocab) if m.kind == "currency" else None)
                 or subject[0] or sc.thing_after(text, m.end, s_end, vocab))
        if m.kind == "currency" and adjacent is not None and adjacent.kind == "currency" and adjacent.thing \
                and adjacent.thing_key and _CONVERSION_GAP.fullmatch(text, adjacent.end, m.start):
            # "the loan book grew to Rbs19tn ($321bn)": the amount in another currency, of the same thing
            thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
        measure = sc.measure_for(text, s_start, prev_end, m.start, m.end, next_start, vocab, lower, lex,
                                 rate=m.kind == "percent") or measure
        bracket = _OPENED_BEFORE.search(text, max(s_start, m.start - 4), m.start) if m.start > s_start else None
        if thing is None and m.kind == "percent" and bracket is not None:
            thing = _category_before(text, s_start, bracket.start(), vocab)
        elif thing is None and m.kind == "percent" and m.start > s_start \
                and "(" in text[max(s_start, m.start - 14):m.start]:
            # "food and non-alcoholic beverages (up by 2.9%)": a change in the bracket after its category
            opened = _BRACKETED_CHANGE_BEFORE.search(text, max(s_start, m.start - 14), m.start)
            if opened is not None:
                thing = _category_before(text, s_start, opened.start(), vocab)
        if thing is None and m.start > s_start and "(" in text[max(s_start, m.start - 3):m.start]:
            thing = _name_before_bracket(text, s_start, m.start, vocab) \
                or _place_listed(text, s_start, m.start, vocab)     # "among them China (TND -1211.8 million)";
            #                   "the biggest rises were in Luanda (2.32%)": the rises'
        if thing is None:
            thing = _changed_in_after(text, m.end, s_end, vocab)
        if thing is None and m.kind == "percent" and _TO_A_LEVEL_IN_POINTS.match(text, m.end):
            thing = _index_named_before(text, s_start, m.start)     # "The MASI.20 ... gained 0.56% to 854.34 pts"
        if thing is None:
            thing = _change_of_in_after(text, s_start, m, s_end, vocab) \
                or _object_moved_before(text, s_start, m.start, vocab) or _restated_in_all(text, adjacent, m)
    else:       # a physical quantity: what the text says it measures, else its unit ("burned 506,050 acres")
        measure = sc.measure_for(text, s_start, prev_end, m.start, m.end, next_start, vocab, lower, lex)
        unit_word = text[m.number_end:m.end].strip()
        spelled = m.end > m.number_end and text[m.number_end].isspace()     # "165mph" is a symbol
        # what it measures, where the text names it: "821,000 tonnes of air freight", "waves of up to 10 metres"
        size_of = measured_thing(text, s_start, m.start, m.end, s_end, vocab)
        if size_of is not None:
            thing = size_of
        elif adjacent is not None and adjacent.kind == m.kind and adjacent.thing and adjacent.thing_key \
                and _CONVERSION_GAP.fullmatch(text, adjacent.end, m.start):
            # "waves as high as 49 feet (15 meters)": a conversion measures what the figure before it does
            thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
        elif spelled and unit_word.isalpha() and len(unit_word) > 2 and unit_word.islower():
            thing = sc.Thing(unit_word, None, unit_word)    # "burned 506,050 acres": no other word says what
        else:       # "124 GW of bioenergy", "hydropower rose 12 GW", "gusts of 120mph": a symbol says how,
            #         not what
            head, joined = sc.subject_before(text, s_start, m.start, vocab)
            thing = (head if joined else None) or sc.thing_of_after(text, m.end, s_end, vocab) or head
    if thing is not None and thing.key in _never_thing_words(vocab):
        thing = None        # "rose an annual 5.5%", "up even 2%", "in the red": a word near it, not its thing
    if thing is None and m.kind != "count":     # (a count's subject is read later: "put the crowd at 9,000")
        thing = _put_at_before(text, s_start, m.start, vocab)
    if thing is None:
        thing = _of_whole_before(text, s_start, m, vocab)
    if thing is None and adjacent is not None and adjacent.thing and adjacent.thing_key \
            and _SAME_THING_GAP.fullmatch(text, adjacent.end, m.start):
        # "grew by 21,600 to 8,028,900", "fell by 15 million, or 0.9%", "rose 53% to $3.42bn":
        # the level, the restatement or the base of the change before it is of the same thing
        thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
    if thing is None and m.kind == "percent" and adjacent is not None and adjacent.kind == "count" \
            and adjacent.thing and adjacent.thing_key and _share_of_count_gap(text, adjacent, m.start):
        # "received 2,554,605 of the valid votes, or 58.27 percent", "898,674 votes (20.5 percent)": the count
        # told again as its share, of the same thing
        thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
    if thing is None and adjacent is not None and adjacent.thing and adjacent.thing_key and adjacent.kind == m.kind \
            and m.kind != "count" and ((_PARALLEL_GAP.fullmatch(text, adjacent.end, m.start)
                                        and _PARALLEL_AFTER.match(text, m.end))
                                       or _PARALLEL_PLACE_GAP.fullmatch(text, adjacent.end, m.start)
                                       or _same_comparison(text, adjacent.end, m.start, m.end)):
        thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
    if thing is None and m.kind in ("percent", "currency") and adjacent is not None and adjacent.thing \
            and adjacent.thing_key and (adjacent.kind != "percent" if m.kind == "percent"
                                        else adjacent.kind == m.kind) \
            and _CHANGE_AFTER_AMOUNT.fullmatch(text, adjacent.end, m.start) \
            and (_CHANGE_WORD_AFTER.match(text, m.end)
                 or (m.kind == "currency" and _OR_PERCENT_CHANGE_AFTER.match(text, m.end))):
        # "trade came to $55.9 billion, 5.3 percent more than in April", "exports reached $26.8 billion,
        # a 6.4 percent rise on the month": the change of the amount right before it
        thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
    if thing is None and adjacent is not None and adjacent.thing and adjacent.kind == m.kind and m.kind != "count":
        named = (_NAMED_IN_LIST.fullmatch(text, adjacent.end, m.start)
                 or _named_after_phrase(text, adjacent.end, m.start))
        words = named.group(1).replace(",", " ").split() if named is not None else []
        if named is not None and words and (len(words) > 1 or words[0].islower() or adjacent.thing[:1].isupper()) \
                and words[0].lower() not in _LIST_JOINS and words[-1].lower() not in _LIST_JOINS \
                and (len(words) <= 3 or words[0].islower()) \
                and not any((w.lower() in sc.STOP_WORDS and w.lower() not in _LIST_JOINS)
                            or w.lower() in vocab.measure_by_word for w in words):
            # "Central GST made up Rs 30,420 crore, State GST Rs 38,226 crore": named amounts listed
            thing = sc.Thing(named.group(1), vocab.thing_by_word.get(words[-1].lower()), named.group(1).lower())
            measure = measure or adjacent.measure
    if thing is None and adjacent is not None and (m.kind != "count" or adjacent.kind == "currency") and (
            adjacent.measure or (
            adjacent.thing and not (measured or adjacent).measure)):
        # ("Exports reached $3.63 billion, ..., and imports $6.28 billion": after a level of a subject too; "Revenue
        # reached 1,889 billion dinars and spending 2,068 billion": its currency left out with the verb)
        elided = _ELIDED_SUBJECT.search(text, max(s_start, m.start - 30), m.start)
        noun = elided.group(1) if elided is not None and adjacent.end < elided.start(1) else ""
        if noun and noun.lower() not in vocab.measure_by_word and noun.lower() not in sc.STOP_WORDS \
                and noun.lower() not in sc.SKIP_MODIFIERS and noun.lower() not in sc.NP_END_WORDS \
                and noun.lower() not in _never_thing_words(vocab):
            # "hydropower rose 12 GW and bioenergy 6 GW": the verb left out after a new subject
            thing = sc.Thing(noun, vocab.thing_by_word.get(noun.lower()), noun.lower())
            measure = measure or adjacent.measure
    carrier = measured or adjacent
    if thing is None and carrier is not None and carrier.measure and m.kind in ("percent", "currency"):
        listed = _elided_list_subject(text, s_start, m.start, carrier.end, vocab)
        if listed is not None:
            # "food went up 8.5%, goods by 9.1% and services by 12.4%": the verb carried over a list
            thing, measure = listed, measure or carrier.measure
    compared = adjacent if adjacent is not None and adjacent.thing and adjacent.thing_key \
        and adjacent.kind == m.kind else same_kind
    if thing is None and compared is not None and compared.thing and compared.thing_key and m.kind != "count" \
            and (COMPARED_BEFORE.search(text, max(s_start, m.start - 30), m.start)
                 or _COMPARED_THE_BEFORE.search(text, max(s_start, m.start - 30), m.start)
                 or _compared_base_before(text, s_start, m.start, vocab)):
        # "wages grew 5.4 per cent in the three months to June, ..., down from 5.7 per cent": the
        # figure of comparison is of the thing of the figure before it of its kind, which it is
        # compared with ("..., 0.15 points higher than the 11.98 per cent recorded in December")
        thing = sc.Thing(compared.thing, compared.thing_class, compared.thing_key)
    those = (_THOSE_BEFORE.search(text, max(adjacent.end, m.start - 60), m.start)
             if adjacent is not None and adjacent.thing and adjacent.thing_key and adjacent.kind == m.kind
             and m.kind != "count" else None)
    if those is not None and adjacent is not None and adjacent.thing and adjacent.thing_key \
            and (thing is None or thing.text in those.group()):
        # "Shipments to Asia grew 15% and those to Europe 20%", "those in Hue rose 2%": the thing of the
        # figure before, elsewhere
        thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
        measure = measure or adjacent.measure
    if thing is None and m.unit == "percentage_point":
        thing = _contributor_before(text, s_start, m.start, vocab)  # "food added 0.3 percentage points"
    if thing is None and m.kind in ("percent", "currency"):
        # "Rio Zim led the gainers, firming 20 percent ..., with Turnal also up 20 percent at $0.168": a market
        # report's mover, named at the head of its item
        thing = mover_named_before(text, s_start, s_end, m.start, vocab)
    if thing is None and m.kind == "percent":
        thing = _list_item_name(text, s_start, m.start, vocab)     # "...: Labour 33.1 per cent (down 2.4)"
    if thing is None and m.kind == "percent":
        # "puts the PSD on 23.6 percent", "..., the CDU 8.6 percent": a party's share
        named_before = same_kind if same_kind is not None else adjacent
        thing = sc.share_holder_before(text, s_start, m.start, vocab, listed=named_before is not None
                                       and named_before.kind == "percent"
                                       and (named_before.thing or "")[:1].isupper())
    if thing is None and m.kind == "percent":
        thing = holder_on_before(text, s_start, m.start, vocab)    # "..., then Thailand on 16.4 percent"
    if thing is not None and thing.key in _never_thing_words(vocab):
        thing = None        # (read by a rule after the first such test: "handled 247,391 travellers, up 30.01%")
    if m.kind in ("percent", "currency") and "respectively" in text[m.end:m.end + 160]:
        thing = respective_name(text, s_start, s_end, m.start, vocab) or thing   # "A and B fell 4% and 2% respectively"
    if thing is None and m.kind in ("percent", "currency", "quantity") and not share_of_the_figure_before(text, m.end):
        # "..., the Green League by 15.1 per cent", "..., 22 per cent more than the year before", "inflation
        # eased for a third month running, to 25.7 percent": the item of a list whose verb is left out, the
        # figure it compares with, else the statistic its clause's verb is of
        thing = listed_item_before(text, m.start, adjacent, vocab) \
            or compared_with_before(text, m.start, m.end, adjacent, vocab) \
            or statistic_before(text, s_start, m.start, vocab)
    if thing is None and m.kind in ("percent", "currency", "quantity") and adjacent is not None and adjacent.thing \
            and adjacent.thing_key and not (m.kind == "percent" and adjacent.kind == "count") \
            and not share_of_the_figure_before(text, m.end) \
            and _carried_gap(text, adjacent.end, m.start, adjacent.thing, vocab):
        # "Risk costs came to $27bn, up from $19bn", "was 1.6% in January, above the 1.2% of 2021": a
        # figure with nothing of its own, only times, places and links after the figure before it, is of its thing
        # (not a rate after a count: "5 million people, more than 40% of the population" is a share of a whole; nor
        # a share of the figure before: "held $2 billion, 40 percent of it in bonds")
        thing = sc.Thing(adjacent.thing, adjacent.thing_class, adjacent.thing_key)
    if measure is None and m.kind != "count":
        # "flew 5.0 million passengers, 22 per cent more than the year before": a change by comparison; "fell
        # by 4.7%, 11.6% and 2.1% respectively": the change of the figure listed before
        measure = compared_change(text, m.start, m.end, s_end, vocab) \
            or listed_change(text, m.start, adjacent if adjacent is not None and adjacent.kind == m.kind else None,
                             vocab)
    sentence = scope.index()
    when = sentence.nearest_time(m)
    when_start = when_end = None
    where = sentence.nearest_place(m.start, m.end, following) or default_place
    according = sentence.attribution(m, next_start)
    if m.part_of is not None and whole is not None:
        measure = measure or whole.measure
        according = according or whole.according_to
        if when is None and whole.when_start:
            when_start, when_end = whole.when_start, whole.when_end
    return new_claim(
        doc=doc.id, source=doc.source, published=doc.published,
        start=m.start, end=m.end, text=text[m.start:m.end],
        value=m.value, low=m.low, high=m.high, low_inclusive=m.low_inclusive, high_inclusive=m.high_inclusive,
        hedge=m.hedge, unit=m.unit,
        thing=thing.text if thing else None, measure=measure,
        when_start=when.when_start.isoformat() if when else when_start,
        when_end=when.when_end.isoformat() if when else when_end,
        where=where, according_to=according,
        id=f"{doc.id}#{index}", number_start=m.number_start, number_end=m.number_end,
        sentence_start=s_start, sentence_end=s_end,
        thing_class=thing.cls if thing else None, thing_key=thing.key if thing else None,
        kind=m.kind,
        part_of=f"{doc.id}#{m.part_of}" if m.part_of is not None else None,
    )                     # in_title, the quantity (resolve) and the relations (relations.relate): defaults
