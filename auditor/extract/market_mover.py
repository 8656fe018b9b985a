"""The company a move or a price in a market report is of, named at the head of its item.

A market report lists its movers one item after another, each a name and its figures, with the verb left out
or a participle in its place: "Rio Zim led the gainers, firming 20 percent to close at $6.06, with Turnal also
up 20 percent at $0.168 and Axia 4.24 percent higher at $2.15"; "The heaviest fall was in National Flour Mills
Ltd (NFM), down 5.03 per cent or $0.09 to close at $1.70, with GKC next, shedding 3.45 per cent". Each figure
is of the name that opens its item. Read only where the sentence is a market report's (the vocabulary's
``market_move_words``) and nothing else gave the figure a thing.
"""

from __future__ import annotations

import calendar
import re

from auditor.extract import scope as sc
from auditor.vocabulary import Vocabulary

# what opens an item of the list: the sentence's start, a clause's, "with", "followed by", "and", "was in"
_ITEM_OPENER = re.compile(r"[;:]\s*|,\s+(?:and\s+|while\s+)?|\b(?:with|and|followed\s+by|(?:was|were)\s+in)\s+")
# a name: capitalised words, with "of" or "&" inside ("National Bank of Oman"), an acronym in brackets after it
_NAME = re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&)(?=[\s,(]))*)")
_NOT_NAMES = frozenset({"the", "a", "an", "its", "their", "in", "on", "at", "shares", "share", "stock", "stocks"}
                       | {m.lower() for m in (*calendar.month_name, *calendar.day_name) if m})
_REACH = 90     # how far back from the figure its item's name may stand


def mover_named_before(text: str, s_start: int, s_end: int, pos: int, vocab: Vocabulary) -> sc.Thing | None:
    """The name that opens the item of a market report's list the figure at ``pos`` is in, or None."""
    if vocab.words_pattern("market_move_words").search(text, s_start, s_end) is None:
        return None
    lo = max(s_start, pos - _REACH)
    openers = [o.end() for o in _ITEM_OPENER.finditer(text, lo, pos)]
    candidates = ([s_start] if lo == s_start else []) + openers
    for start in reversed(candidates):
        name = _first_name(text, start, pos)
        if name is not None:
            return name
    return None


def _first_name(text: str, start: int, pos: int) -> sc.Thing | None:
    """The first name in the words from ``start`` up to the figure, when no other figure stands before it."""
    found = _NAME.search(text, start, pos)
    while found is not None and found.group("name").split()[0].lower() in _NOT_NAMES:
        found = _NAME.search(text, found.end(), pos)
    if found is None or any(c.isdigit() for c in text[start:found.start()]):
        return None
    name = found.group("name").rstrip(".")
    if any(c.isdigit() for c in name):
        return None
    return sc.Thing(name, None, name.lower())
