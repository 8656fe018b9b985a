"""The dict key of a word that a case-insensitive (``re.I``) pattern matched.

``re.I`` compares characters by their simple case folding, so "NİGHT" (capital I with dot above)
matches "night", and so do "nıght" (dotless i); "ſeptember" (long s) matches "september" and
"\u212aM" (Kelvin sign) matches "km". ``str.lower`` keeps "ı" and "ſ" and turns "İ" into two characters
("i" and a combining dot), so a matched word lower-cased is not the key a vocabulary holds: a look-up
misses or raises KeyError on hostile text. ``fold_keyword`` makes the key ``re.I`` matched.
"""

from __future__ import annotations

# the characters ``re.I`` matches to an ASCII letter while ``str.lower`` does not give that letter
_RE_I_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold_keyword(word: str) -> str:
    """``word.lower()`` as ``re.I`` compares it ("NİGHT", "nıght" → "night"): the same on any other text."""
    return word.translate(_RE_I_TO_ASCII).lower()
