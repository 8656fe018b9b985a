"""Sentence boundaries, cheap enough for the hot path.

A boundary is a full stop, question or exclamation mark (with closing quotes
or brackets) followed by space and a capital, digit or opening quote, or a
blank line. Abbreviations that end in a full stop ("Mr.", "Feb.", "U.N.")
do not end a sentence.
"""

from __future__ import annotations

import bisect
import re

# the first character first, so that ``re`` can skip to the candidates: [.!?] then closing
# quotes, space and a capital; or a blank line; or a line that opens a list item
_CANDIDATE = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
                        r"|(?<=\n)(?:[ \t]*\n+|(?=\s*[•*\-–]\s)))")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "st", "sen",
    "rep", "gov", "pres", "rev", "jr", "sr", "no", "vs", "etc", "approx", "est", "inc", "co",
    "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "u.n",
    "u.k", "e.u", "a.m", "p.m", "i.e", "e.g", "fig", "vol", "p", "pp", "ft", "mt", "ave", "blvd",
}
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (the first is always 0)."""
    starts = [0]
    for m in _CANDIDATE.finditer(text):
        dot = m.start()
        if text[dot] == "." and not _long_word_before(text, dot):
            word = _last_word(text, max(0, dot - 12), dot)
            if word and word.lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and len(word) == 1 and word.isupper():   # initials: "J. Smith"
                continue
        starts.append(m.end())
    return starts


_LONGEST_ABBREVIATION = max(len(a) for a in _ABBREVIATIONS)


def _long_word_before(text: str, dot: int) -> bool:
    """Whether ASCII letters fill the ``_LONGEST_ABBREVIATION + 1`` characters before ``dot``:
    then the word before the point is neither an abbreviation nor an initial."""
    n = _LONGEST_ABBREVIATION + 1
    if dot < n:
        return False
    seg = text[dot - n:dot]
    return seg.isascii() and seg.isalpha()


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _last_word(text: str, lo: int, end: int) -> str | None:
    """``_LAST_WORD.search(text, lo, end).group(1)``: the word of letters and points ending at ``end``."""
    if end > lo and text[end - 1] == "\n":
        w = _LAST_WORD.search(text, lo, end)        # "$" may match before a final newline
        return w.group(1) if w else None
    k = end
    while k > lo and text[k - 1] in _WORD_CHARS:
        k -= 1
    while k < end and text[k] == ".":
        k += 1
    return text[k:end] if k < end else None


class Sentences:
    """Look up the sentence around an offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = sentence_starts(text)

    def span(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end
