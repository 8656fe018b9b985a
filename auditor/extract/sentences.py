"""Sentence boundaries, cheap enough for the hot path.

A boundary is a full stop, question or exclamation mark (with closing quotes
or brackets) followed by space and a capital, digit or opening quote, or a
blank line. Abbreviations that end in a full stop ("Mr.", "Feb.", "U.N.")
do not end a sentence.
"""

from __future__ import annotations

import bisect
import re

_CANDIDATE = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n[ \t]*\n+|\n(?=\s*[•*\-–]\s)")
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
        if m.group().startswith("."):
            w = _LAST_WORD.search(text, max(0, m.start() - 12), m.start())
            if w and w.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if w and len(w.group(1)) == 1 and w.group(1).isupper():   # initials: "J. Smith"
                continue
        starts.append(m.end())
    return starts


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
