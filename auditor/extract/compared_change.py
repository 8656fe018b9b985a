"""A figure compared with an earlier time is a change: "22 per cent more than the year before" rose.

Why: news gives a change as often by comparison as by a verb: "flew 5,049,317 passengers in 2019, 22 per
cent more than the year before", "trade totalled $11.25 billion, 14.5 percent less than the $13.16 billion of
the first quarter last year", "4.3% down on the party's 2014 result", "shares finished 1.1 percent higher".
The comparative after the figure says which way; the base it names says it is the figure's own past, not
another thing ("5% more than France" is no change). The words are the ``compared_up_words``,
``compared_down_words`` and ``earlier_base_words`` of ``rules/vocabulary/statistics.yaml``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from auditor.extract.lexicon import per_vocabulary
from auditor.vocabulary import Vocabulary

_RISE, _FALL = "rose", "fell"
_BASE_REACH = 70        # how far after the comparative its base may name its time (characters)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a comparative ending a market move, with no base: "finished 1.1 percent higher", "4.24 percent higher at $2"
_MOVE_END = re.compile(r"[ \t]*(?:$|[,;.)]|at[ \t]|to[ \t])")
_MOVE_WORDS = frozenset({"higher", "lower", "cheaper", "dearer"})


class _Words(NamedTuple):
    after: re.Pattern[str]          # the comparative right after a figure (a bracket or "or <figure>" between)
    up: frozenset[str]
    base: re.Pattern[str]           # a word of an earlier time in the comparison's base


def _build(vocab: Vocabulary) -> _Words:
    up = frozenset(vocab.words("compared_up_words"))
    words = sorted(up | frozenset(vocab.words("compared_down_words")), key=len, reverse=True)
    body = "|".join(map(re.escape, words)) or r"(?!x)x"
    after = re.compile(r"(?:[ \t]*\([^()]{0,30}\))?(?:[ \t]+or[ \t]+[^\s,;()]{1,12}(?:[ \t]+[a-z]+)?)?,?[ \t]*"
                       r"\b(?P<word>" + body + r")\b", re.I)
    base_words = "|".join(map(re.escape, vocab.words("earlier_base_words"))) or r"(?!x)x"
    return _Words(after, up, re.compile(r"\b(?:" + base_words + r")\b", re.I))


_words = per_vocabulary(_build)


def compared_change(text: str, start: int, end: int, s_end: int, vocab: Vocabulary) -> str | None:
    """``rose`` or ``fell`` for the figure at ``start``..``end`` when a comparative follows it (or ends it:
    "4 mcm less") against an earlier time of its own, else None."""
    words = _words(vocab)
    found = words.after.match(text, end, s_end)
    if found is None:
        inside = re.search(r"\s(\w+)$", text[start:end])
        word = inside.group(1).lower() if inside else ""
        if word not in words.up and word not in vocab.words("compared_down_words"):
            return None
        rest_at = end
    else:
        word = found.group("word").lower()
        rest_at = found.end()
        if text[end:found.start("word")].strip().lower() == "or":
            return None     # "30 or more": a bound, no comparison
    clause = re.split(r"[,;:]|\.(?:\s|$)", text[rest_at:min(s_end, rest_at + _BASE_REACH)], maxsplit=1)[0]
    based = words.base.search(clause) is not None or _YEAR.search(clause) is not None
    if not based and not (word in _MOVE_WORDS and _MOVE_END.match(text, rest_at)):
        return None
    return _RISE if word in words.up else _FALL


def names_an_earlier_time(clause: str, vocab: Vocabulary) -> bool:
    """Whether ``clause`` (what follows a figure set against another) names an earlier time of its own: "the
    year before", "in the same months a year earlier", "in 2024" (``earlier_base_words``, or a year)."""
    return _words(vocab).base.search(clause) is not None or _YEAR.search(clause) is not None
