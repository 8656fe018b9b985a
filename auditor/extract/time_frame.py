"""A paragraph's time frame: the time a run of sentences is about, for its figures that name none.

News copy names a time once and lets it hold: "In 2023 exports rose 4%. Imports fell to $2bn."
(both 2023), "The early elections of July 15 ... The coalition won 46 seats, ..." (July 15's
seats). The frame is the time the last sentence naming one gave (a time of its figures, or of a
sentence with none); it carries to the later figures of its paragraph that name no time, until a
sentence names another (the story has moved on), speaks of its own present or running total
("now", "so far": ``own_time_words``, ``running_total_words``), or gives only the day a statement
was made ("the ministry said on Friday"): not the figures' day, and the frame ends there.

A carried time is the reader's context, not a time the text states for the figure: the claim
records it (``Claim.when_carried``), resolve keeps it out of the quantity key and the audit
compares what the text states (``claims.with_stated_times``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from functools import partial

from auditor.claims import Claim
from auditor.extract.lexicon import lexicon, per_vocabulary
from auditor.extract.numbers import phrase_alternation
from auditor.extract.sentence_index import event_times, time_cues
from auditor.extract.sentences import ReadText, Sentences
from auditor.extract.when import TimeScope, time_expressions
from auditor.vocabulary import Vocabulary

# a figure counting a span of time ("for nearly four months") is a duration, never dated by a frame
_SPANS_OF_TIME = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


class _Cues:
    """The words that end a frame or keep it from a sentence, from one vocabulary: a statement's verb
    right before a time ("said on Friday": ``reporting_verbs``...), a sentence's own present or running
    total (``own_time_words``, ``running_total_words``)."""

    def __init__(self, vocab: Vocabulary) -> None:
        telling = lexicon(vocab).telling_words
        self.stated = re.compile(rf"\b(?:{phrase_alternation(telling)})\s+"
                                 r"(?:[a-z]+\s+){0,3}?(?:on\s+|this\s+|last\s+)?$") if telling else None
        self.own_time = vocab.words_pattern("own_time_words")
        self.running_total = vocab.words_pattern("running_total_words")
        self.events = event_times(vocab)
        self.time = time_cues(vocab)


_cues = per_vocabulary(_Cues)


# a paragraph's frame: the first and last day of the time it carries, or None
Frame = tuple[str, str] | None


def _span(t: TimeScope) -> tuple[str, str]:
    return t.when_start.isoformat(), t.when_end.isoformat()


def carry_time_frame(body: ReadText, claims: list[Claim], pub: dt.date | None,
                     vocab: Vocabulary) -> list[Claim]:
    """``claims`` (the body's, in text order) with the figures that name no time dated by their
    paragraph's frame, marked ``when_carried``; times before the dateline's end set none."""
    if pub is None or not claims:
        return claims
    # the frame is read up to the last sentence with a figure it could date, and not at all without one
    undated = [c.sentence_start for c in claims if c.when_start is None and not c.in_title
               and (c.unit or "").rstrip("s") not in _SPANS_OF_TIME]
    if not undated:
        return claims
    text, lower, sentences, floor = body.text, body.lower, body.sentences, body.dateline[1]
    last = max(undated)
    cues = _cues(vocab)
    by_sentence: dict[int, list[int]] = {}
    for k in sorted(range(len(claims)), key=lambda k: claims[k].start):
        if not claims[k].in_title and claims[k].sentence_start <= last:
            by_sentence.setdefault(claims[k].sentence_start, []).append(k)
    out = claims
    frame: Frame = None
    # the sentences read since the frame was last set, each a step that sets or ends the frame or
    # keeps it, taken only when a figure takes the frame (most frames are set again first: by a
    # sentence naming its figures' own time, by a new paragraph), and then from the last back
    pending: list[Callable[[], Frame | str]] = []
    pos = floor
    for s_start, ks in by_sentence.items():
        if text.find("\n\n", pos, s_start) >= 0:
            frame, pending = None, []       # a new paragraph opens its own frame
            pos = text.rfind("\n\n", pos, s_start) + 2
        pending.append(partial(_frame_between, text, lower, sentences, pos, s_start, pub, cues))
        s_end = claims[ks[0]].sentence_end
        figures = [claims[k] for k in ks]
        undated = [k for k in ks if claims[k].when_start is None
                   and (claims[k].unit or "").rstrip("s") not in _SPANS_OF_TIME]
        if not undated:
            pending.append(partial(_frame_after_figures, body, s_start, s_end, figures, pub, cues))
            pos = max(s_end, floor)
            continue
        how, value = _figures_frame(body, s_start, s_end, figures, pub, cues)
        if how == "keep":
            frame = _last_decided(pending, frame)
        else:
            frame = value
        pending = []
        if how != "own" and frame is not None:
            for k in undated:
                if out is claims:
                    out = list(claims)
                out[k] = dataclasses.replace(out[k], when_start=frame[0], when_end=frame[1], when_carried=True)
        pos = max(s_end, floor)
    return out


def _figures_frame(body: ReadText, s_start: int, s_end: int, figures: list[Claim], pub: dt.date,
                   cues: _Cues) -> tuple[str, Frame]:
    """What a sentence with figures does to the frame: ("own", the frame it sets) when it names a time of
    its own or speaks of its own present ("now", "so far"); ("held", the time) when its other figures were
    given one time, which holds for its figures with none; else ("keep", None)."""
    text, lower, floor = body.text, body.lower, body.dateline[1]
    # a time of an event ("Ambrolauri airport, which first took passengers in 2017, served 599") is
    # no time of the sentence's figures
    own = [t for t in time_expressions(text, s_start, s_end, pub, lower, cues=cues.time)
           if not t.base and t.start >= floor and not _of_an_event(lower, t, cues)]
    present = cues.own_time.search(lower, s_start, s_end) is not None \
        or cues.running_total.search(lower, s_start, s_end) is not None
    if own or present:
        return "own", _frame_of(lower, own, figures, cues, pub) if own else None
    # the one time the sentence's other figures were given (a list's shares dated by its vote's
    # day: "took 12.55% (10) and 5.57% (4)") holds for its figures with none, before the frame
    held = {(c.when_start, c.when_end or c.when_start) for c in figures
            if c.when_start is not None and not c.when_carried}
    if len(held) == 1 and _to_come(next(iter(held)), pub):
        return "own", None          # a time to come holds for no figure reported without one
    if len(held) == 1:
        return "held", held.pop()
    return "keep", None


# what a step of the frame gives when the sentences it reads leave the frame as it was
_KEEP = "keep"


def _last_decided(steps: list[Callable[[], Frame | str]], frame: Frame) -> Frame:
    """The frame after ``steps`` (in text order) from ``frame``: the last step that sets or ends one
    decides, whatever the steps before it did, so they are read from the last and no further back
    than that step."""
    for step in reversed(steps):
        found = step()
        if found != _KEEP:
            return found    # type: ignore[return-value]
    return frame


def _frame_after_figures(body: ReadText, s_start: int, s_end: int, figures: list[Claim], pub: dt.date,
                         cues: _Cues) -> Frame | str:
    """The frame a sentence whose figures all name their time leaves, else ``_KEEP``."""
    how, value = _figures_frame(body, s_start, s_end, figures, pub, cues)
    return _KEEP if how == "keep" else value


def _stated(lower: str, t: TimeScope, cues: _Cues) -> bool:
    """Whether ``t`` is the time a statement was made ("said on Friday", "told reporters on Friday")."""
    return cues.stated is not None and cues.stated.search(lower, max(0, t.start - 40), t.start) is not None


def stated_time(lower: str, t: TimeScope, vocab: Vocabulary) -> bool:
    """Whether ``t`` is the day a statement was made ("officials said on Tuesday", "told reporters on
    Friday"): the day the figure was told, not the day it is of."""
    return _stated(lower, t, _cues(vocab))


def _of_an_event(lower: str, t: TimeScope, cues: _Cues) -> bool:
    """Whether ``t`` dates an event a noun or a verb of a thing's own history names, not a run of figures
    ("at the March election", "first held in 2016", "the survey published on Thursday")."""
    events = cues.events
    lo = max(0, t.start - 40)
    return events.history_before.search(lower, lo, t.start) is not None or events.tenure_start(lower, t) \
        or events.published_before.search(lower, max(0, t.start - 24), t.start) is not None \
        or (lower.endswith("the ", lo, t.start) and events.event_noun_after.match(lower, t.end) is not None)


def _to_come(span: tuple[str, str], pub: dt.date) -> bool:
    """Whether a frame ``span`` begins after publication: a time to come (a tournament, a target
    year), which a figure reported without a time of its own is not of."""
    return span[0] > pub.isoformat()


def _frame_of(lower: str, own: list[TimeScope], claims: list[Claim], cues: _Cues,
              pub: dt.date) -> tuple[str, str] | None:
    """The frame a sentence naming times sets: the first of its times that dates one of its figures and
    is no statement's day; else None (the story moved to a time that is not its figures', or to one still
    to come: ``_to_come``, or only told when it was said)."""
    dated = {(c.when_start, c.when_end) for c in claims if c.when_start is not None and not c.when_carried}
    for t in own:
        if _span(t) in dated and not _stated(lower, t, cues) and not _of_an_event(lower, t, cues):
            return None if _to_come(_span(t), pub) else _span(t)
    return None


def _frame_between(text: str, lower: str, sentences: Sentences, pos: int, s_start: int, pub: dt.date,
                   cues: _Cues) -> Frame | str:
    """The frame the sentences with no figure between ``pos`` and ``s_start`` leave, else ``_KEEP``: the
    first time of the last of them naming one that is neither a base of comparison nor a statement's
    day ("The early elections of July 15 ..."); a sentence naming only a statement's day, an event's
    time or a time to come ("for the 2026 World Cup", published in 2024) ends the frame. The
    sentences are found first to last and read last to first, up to the first that decides."""
    spans: list[tuple[int, int]] = []
    k = pos
    while k < s_start:
        while k < s_start and text[k].isspace():
            k += 1
        if k >= s_start:
            break
        b_start, b_end = sentences.span(k)
        b_start, b_end = max(b_start, k), min(b_end, s_start)
        if b_end <= b_start:
            break
        spans.append((b_start, b_end))
        k = b_end
    for b_start, b_end in reversed(spans):
        own = [t for t in time_expressions(text, b_start, b_end, pub, lower, cues=cues.time) if not t.base]
        if own:
            usable = [t for t in own if t.when_start <= pub and not _stated(lower, t, cues)
                      and not _of_an_event(lower, t, cues)]
            return _span(usable[0]) if usable else None
        if cues.own_time.search(lower, b_start, b_end) or cues.running_total.search(lower, b_start, b_end):
            return None
    return _KEEP
