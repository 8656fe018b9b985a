"""Sentence boundaries, cheap enough for the hot path.

A boundary is a full stop, question or exclamation mark (with closing quotes
or brackets) followed by space and a capital, digit or opening quote, or a
blank line. Abbreviations that end in a full stop ("Mr.", "Feb.", "U.N.")
do not end a sentence.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# the first character first, so that ``re`` can skip to the candidates: [.!?] then closing
# quotes, space and a capital; or a blank line; or a line that opens a list item
_CANDIDATE = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])"
                        r"|(?<=\n)(?:[ \t]*\n+|(?=\s*[•*\-–]\s)))")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "st", "sen",
    "rep", "gov", "pres", "rev", "jr", "sr", "no", "vs", "etc", "approx", "est", "inc", "co",
    "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "u.s", "u.n",
    "u.k", "e.u", "a.m", "p.m", "i.e", "e.g", "fig", "vol", "p", "pp", "ft", "mt", "ave", "blvd", "rs",
}
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def sentence_starts(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (the first is always 0)."""
    starts = [0]
    for m in _CANDIDATE.finditer(text):
        if _ends_sentence(text, m.start()):
            starts.append(m.end())
    return starts


def _ends_sentence(text: str, dot: int) -> bool:
    """Whether the candidate boundary at ``dot`` is one: not the point of an abbreviation or initial."""
    if text[dot] == "." and not _long_word_before(text, dot):
        if _BLANK_LINE_AFTER.match(text, dot + 1):
            return True     # a paragraph ends its sentence, whatever the word before the point
        word = _last_word(text, max(0, dot - 12), dot)
        if word and word.lower().rstrip(".") in _ABBREVIATIONS:
            return False
        if word and len(word) == 1 and word.isupper() and not text[dot - 2:dot - 1].isdigit():
            return False    # initials: "J. Smith"; but "fell to minus 9C. The ..." is a unit
    return True


_BLANK_LINE_AFTER = re.compile(r"[\"'”’)\]]*[ \t]*\n[ \t]*\n")


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
    """Look up the sentence around an offset.

    The candidate boundaries of the whole text are found with one scan, but each is
    checked (abbreviation, initial) only when a lookup reaches it: extraction looks up
    the sentences of its numbers, a fifth of a typical text, and the checks cost more
    than the scan. A candidate's check depends on the text alone, so the spans are
    those of ``sentence_starts``.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._dots: list[int] = []
        self._ends: list[int] = []
        for m in _CANDIDATE.finditer(text):
            self._dots.append(m.start())
            self._ends.append(m.end())
        self._checked: list[bool | None] = [None] * len(self._ends)

    def _is_start(self, k: int) -> bool:
        """Whether the end of candidate ``k`` starts a sentence (checked once)."""
        ok = self._checked[k]
        if ok is None:
            ok = self._checked[k] = _ends_sentence(self.text, self._dots[k])
        return ok

    @property
    def starts(self) -> list[int]:
        """``sentence_starts(text)``."""
        return [0] + [e for k, e in enumerate(self._ends) if self._is_start(k)]

    def span(self, offset: int) -> tuple[int, int]:
        ends = self._ends
        k = bisect.bisect_right(ends, offset) - 1      # the last start at or before offset
        while k >= 0 and not self._is_start(k):
            k -= 1
        start = ends[k] if k >= 0 else 0
        k = bisect.bisect_right(ends, offset)          # the first start after it
        while k < len(ends) and not self._is_start(k):
            k += 1
        end = ends[k] if k < len(ends) else len(self.text)
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end


@dataclass(frozen=True)
class ReadText:
    """A text as every pass of extraction reads it, made once per document and passed on (the
    claims, then the paragraph's time frame): its lower case of the same length, its sentences, and
    where its wire dateline ends (0 without one). ``places`` holds the places (``scope.places_in``) of
    each stretch ``(start, end)`` read so far: the claims read each sentence's, and the story's place
    (``carried_scope.story_place``) reads the lede's again."""

    text: str
    lower: str
    sentences: Sentences
    dateline: tuple[str | None, int]
    places: dict[tuple[int, int], list[tuple[int, str]]] = field(default_factory=dict, compare=False)
