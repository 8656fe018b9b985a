"""Where in its day a figure held, as its text tells it: the marks that order one day's figures.

A toll rising through one day is an update, not a dispute. ``as_of`` holds the day; what orders
a day's figures is what their sentences say: a clock time ("at 2 a.m.", "by 6.55 p.m.") or a part
of the day ("on Saturday morning", "by evening") (``Claim.day_minute``); a figure the text gives as
a rise to it ("has risen to 112", "raised the toll to 254"), as a later one ("later said") or as the
one that holds now ("now stands at") (``Claim.marked_later``); and a figure the text says is still
going up ("The toll is expected to go on rising") (``Claim.still_rising``). Read here, once, so the
checks order figures from the claims alone, whether fresh or loaded from an archive.
"""

from __future__ import annotations

import datetime as dt
import re

from auditor.casefold import fold_keyword, may_hold
from auditor.claims import Claim, with_fields
from auditor.extract.lexicon import per_vocabulary
from auditor.extract.numbers import phrase_alternation
from auditor.vocabulary import Vocabulary

_CLOCK = re.compile(r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>[ap])\.?\s?m\b\.?", re.I)
_PART_OF_DAY = re.compile(
    r"\b(?:(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day\s+|(?:this|that|by|late|early|in\s+the|on\s+the)\s+)"
    r"(?P<part>morning|midday|noon|afternoon|evening|night)\b", re.I)
_PART_MINUTES = {"morning": 9 * 60, "midday": 12 * 60, "noon": 12 * 60, "afternoon": 15 * 60,
                 "evening": 19 * 60, "night": 22 * 60}
_WEEKDAY_AFTER = re.compile(r"\s*,?\s*(?:on\s+)?(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_WEEKDAY_BEFORE = re.compile(r"\b(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*(?:at|by)?\s*$", re.I)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")
_LATER = re.compile(r"\blater\b(?!\s+than\b)", re.I)
# the figure the text gives as the one that holds now: "the toll now stood at 122", "The count is now 29"
_NOW = re.compile(r"\bnow\s+(?:(?:stands?|stood|is|was|reached|reaches)\s+)?(?:at\s+)?(?:at\s+least\s+|more\s+than\s+|"
                  r"over\s+|nearly\s+|almost\s+|about\s+|some\s+|around\s+)?$", re.I)
# what a time of day needs, "m\b" or a word of a part of the day, in two cheap parts (tests/test_resolve_speed.py
# checks them against the one pattern): its words by ``may_hold`` ("afternoon" holds "noon"), and its "m\b"
# (no other character folds to "m") as a pattern whose first character the search engine scans for
_DAY_WORDS = ("morning", "midday", "noon", "evening", "night")
_M_END = re.compile(r"[mM]\b")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


class RiseWords:
    """The patterns of a count risen or still rising, of one vocabulary, compiled once (``rise_words(vocab)``)."""

    def __init__(self, vocab: Vocabulary) -> None:
        # a figure given as a rise to it: "has risen to 112", "raised the toll to 254" (``rise_to_verbs``)
        self.rise_to = re.compile(
            rf"\b(?:{phrase_alternation(vocab.words('rise_to_verbs'))})"
            r"\b(?:\s+(?!from\b)[\w'’-]+){0,5}?\s+to\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|"
            r"about\s+|some\s+|around\s+)?$", re.I)
        # the text says the count is still going up: "The toll is expected to go on rising", "keeps
        # climbing", "officials fear it will keep climbing", "still mounting" (``still_rising_verbs``)
        verbs = vocab.words("still_rising_verbs")
        ongoing = [w for w in verbs if w.split()[0].endswith("ing")]
        self.still_rising = re.compile(
            r"\b(?:(?:expected|likely|feared|set|bound)\s+to|will|fear\s+it\s+will)\s+(?:go\s+on\s+|keep\s+|"
            rf"continue\s+(?:to\s+)?)?(?:{phrase_alternation(verbs)})\b"
            rf"|\b(?:keeps?|kept|continues?|continued|continuing)\s+(?:to\s+)?(?:{phrase_alternation(verbs)})\b"
            rf"|\bstill\s+(?:{phrase_alternation(ongoing)})\b", re.I)
        # what every match of still_rising holds, lower-cased: most sentences hold none, and an ``in``
        # test of each costs a fraction of the pattern's search. A word (none that holds another of
        # them: "climb", not "climbing"), by ``may_hold``; or every word of a phrase ("go" with "up",
        # which alone are in too many words to tell much)
        singles = {w for w in verbs if " " not in w}
        self.rising_words = tuple(sorted(w for w in singles if not any(o != w and o in w for o in singles)))
        self.rising_phrases = tuple(tuple(w.split()) for w in verbs if " " in w)


rise_words = per_vocabulary(RiseWords)


def time_in_day(text: str, sentence_start: int, sentence_end: int, day: str) -> int | None:
    """The minute of the day a sentence gives its figures for ("As of 2 a.m. Thursday" → 120,
    "by Sunday morning" → 540), or None: none, two different ones, or one of another weekday
    than ``day`` (an ISO date; "died on Wednesday night" dates the deaths, not a report of Thursday)."""
    sentence = text[sentence_start:sentence_end]
    if not may_hold(sentence, _DAY_WORDS) and _M_END.search(sentence) is None:     # cheap: most give none
        return None
    try:
        weekday = _WEEKDAYS[dt.date.fromisoformat(day).weekday()]
    except ValueError:
        weekday = ""
    found: set[int] = set()
    for m in _CLOCK.finditer(sentence):
        named = _WEEKDAY_AFTER.match(sentence, m.end()) or _WEEKDAY_BEFORE.search(sentence, max(0, m.start() - 14),
                                                                                   m.start())
        if named and fold_keyword(named.group("day")) != weekday:
            continue
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower() == "p" else 0)
        found.add(hour * 60 + int(m.group("m") or 0))
    for m in _PART_OF_DAY.finditer(sentence):
        if m.group("day") and fold_keyword(m.group("day")) != weekday:
            continue
        found.add(_PART_MINUTES[fold_keyword(m.group("part"))])
    return found.pop() if len(found) == 1 else None


def marked_later(text: str, sentence_start: int, start: int, words: RiseWords, first_later: int | None = -1) -> bool:
    """Whether the text gives a figure as a rise to it ("the toll has risen to 112", "which brought
    the confirmed death toll to nine"), as a later one ("officials later put it at 40") or as the
    one that holds now ("the toll now stood at 122"): a later figure than the lower ones given that
    day without such a mark, and of two so marked the higher is the later. ``first_later``: where
    the sentence's first "later" ends (None: it has none), when the caller read it once a sentence."""
    begin = max(sentence_start, start - 70)
    # both end in a word no other character case-folds to ("to", "now"): searched only when it is there
    before = text[begin:start].lower()
    if "to" in before and words.rise_to.search(text, begin, start) \
            or "now" in before and _NOW.search(text, begin, start):
        return True
    if first_later is None or first_later >= 0:
        return first_later is not None and first_later <= start
    return _LATER.search(text, sentence_start, start) is not None


def _first_later(text: str, sentence_start: int, sentence_end: int) -> int | None:
    """Where a sentence's first "later" (not "later than") ends, or None."""
    if "later" not in text[sentence_start:sentence_end].lower():
        return None     # cheap: "later" folds from no other character, and most sentences lack it
    found = _LATER.search(text, sentence_start, sentence_end)
    return found.end() if found else None


def still_rising(text: str, sentence_start: int, sentence_end: int, words: RiseWords) -> bool:
    """Whether the text gives a figure as one of a count still going up, in its sentence or the
    next ("2,530 people have been killed in Syria. The toll is expected to go on rising."): a
    figure of so far, which a higher one of the same day from another report may follow."""
    end = _SENTENCE_END.search(text, min(len(text), sentence_end + 1))
    stop = end.end() if end else len(text)
    window = text[sentence_start:stop]
    if not may_hold(window, words.rising_words):
        lower = window.lower()
        if not any(all(w in lower for w in phrase) for phrase in words.rising_phrases):
            return False
    return words.still_rising.search(text, sentence_start, stop) is not None


def with_day_marks(claims: list[Claim], text: str, title: str | None, vocab: Vocabulary) -> list[Claim]:
    """The claims with the marks of where in its day each cumulative figure held (the only ones
    whose figures of one day are ordered: a snapshot of a day is one figure)."""
    out = []
    words = rise_words(vocab)
    # what a sentence says of its day, read once a sentence: a long sentence of many figures
    # (a list of places and tolls with no full stop) costs its length, not its length per figure
    of_sentence: dict[tuple[bool, int, int, str], tuple[int | None, bool, int | None]] = {}
    for c in claims:
        if c.quantity_kind == "cumulative":
            body = (title or "") if c.in_title else text
            day = (c.as_of or c.published or "")[:10]
            where = (c.in_title, c.sentence_start, c.sentence_end, day)
            if where not in of_sentence:
                of_sentence[where] = (time_in_day(body, c.sentence_start, c.sentence_end, day),
                                      still_rising(body, c.sentence_start, c.sentence_end, words),
                                      _first_later(body, c.sentence_start, c.sentence_end))
            minute, rising, first_later = of_sentence[where]
            later = marked_later(body, c.sentence_start, c.start, words, first_later)
            if minute is not None or later or rising:
                c = with_fields(c, day_minute=minute, marked_later=later, still_rising=rising)
        out.append(c)
    return out
