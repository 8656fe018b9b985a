"""The dict key of a word that a case-insensitive (``re.I``) pattern matched.

``re.I`` compares characters by their simple case folding, so "NİGHT" (capital I with dot above)
matches "night", and so do "nıght" (dotless i); "ſeptember" (long s) matches "september" and
"\u212aM" (Kelvin sign) matches "km". ``str.lower`` keeps "ı" and "ſ" and turns "İ" into two characters
("i" and a combining dot), so a matched word lower-cased is not the key a vocabulary holds: a look-up
misses or raises KeyError on hostile text. ``fold_keyword`` makes the key ``re.I`` matched, and
``may_hold`` is a cheap guard before a ``re.I`` search that knows the same characters.
"""

from __future__ import annotations

# the characters ``re.I`` matches to an ASCII letter while ``str.lower`` does not give that letter
_RE_I_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_keyword(word: str) -> str:
    """``word.lower()`` as ``re.I`` compares it ("NİGHT", "nıght" → "night"): the same on any other text."""
    return word.translate(_RE_I_TO_ASCII).lower()


# what ``str.lower`` leaves of the characters above where ``re.I`` reads an ASCII letter ("İ" lower-cases
# to "i" and a combining dot; the Kelvin sign to "k", which needs nothing)
_LOWER_KEEPS = ("\u0131", "\u017f", "\u0307")


def may_hold(window: str, words: tuple[str, ...]) -> bool:
    """Whether ``window`` may hold a case-insensitive (``re.I``) match of a pattern every match of
    which holds one of ``words`` (lower-case ASCII): a cheap guard before the pattern's search.
    With any character ``re.I`` folds where ``str.lower`` does not, yes."""
    lower = window.lower()
    for w in words:         # a loop, not ``any`` of a generator: this runs for every figure
        if w in lower:
            return True
    for c in _LOWER_KEEPS:
        if c in lower:
            return True
    return False
