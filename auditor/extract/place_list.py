"""Figures listed place by place in brackets, and the statistic they are of.

"By province, the biggest monthly rises were in Luanda (2.32%), Huambo (1.66%)" and "83% of the cases were
in four governorates: Taiz (38%), Abyan (21%)" give one figure of a statistic per place: the place is where
the figure is, not what it is of. The thing of each is the subject of the clause that opens the list ("rises",
"cases"), which the bracket's name would otherwise take the place of. The plural nouns of a kind of place
("provinces", "governorates") come from the vocabulary's ``subplace_words``.
"""

from __future__ import annotations

import re

from auditor.extract import scope as sc
from auditor.extract.lexicon import per_vocabulary
from auditor.vocabulary import Vocabulary

# the words before the first of the items that make its names places ("highest in Lagos (41%), Kano (12%)")
PLACE_LIST_OPENER = re.compile(r"\b(?:in|at|near|across|within|throughout|outside)\s+(?:the\s+)?$")
# the copula of the clause that opens such a list: its subject is the statistic ("the biggest rises were in")
_COPULA = re.compile(r"\b(?:was|were|is|are)\b")
_CLAUSE_BREAK = re.compile(r"[;:]|\b(?:while|whereas|but)\b")


def _build_kind_colon(vocab: Vocabulary) -> re.Pattern[str]:
    """ "in four governorates:", "across the regions:": a colon after a plural kind of place."""
    kinds = sorted(set(sc.plural_place_kinds(vocab)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in kinds) + r")\s*:\s*$", re.IGNORECASE)


_kind_colon = per_vocabulary(_build_kind_colon)


def place_list_opening(text: str, s_start: int, start: int, vocab: Vocabulary) -> int | None:
    """Where the words that make a bracketed list starting at ``start`` a list of places begin: a
    preposition of place ("were in Luanda (2.32%)"), or a colon after a plural kind of place ("in four
    governorates: Taiz (38%)"); None when no such words open it."""
    found = PLACE_LIST_OPENER.search(text, max(s_start, start - 12), start)
    if found is None:
        found = _kind_colon(vocab).search(text, max(s_start, start - 40), start)
    return found.start() if found is not None else None


def place_list_statistic(text: str, s_start: int, opening: int, vocab: Vocabulary) -> sc.Thing | None:
    """The subject of the clause whose copula opens a list of places at ``opening``: "the biggest monthly
    rises were in ...", "83% of the cases were in four governorates: ..."; None without one."""
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, s_start, opening)]
    lo = breaks[-1] if breaks else s_start
    copulas = list(_COPULA.finditer(text, lo, opening))
    if not copulas:
        return None
    head, joined = sc.subject_before(text, lo, copulas[-1].end(), vocab)
    if not joined or head is None:
        head = _noun_phrase_before(text, lo, copulas[-1].start(), vocab)
    if head is None or vocab.canonical_place(head.text) in vocab.places:
        return None     # (a place is where, not a statistic: "Zambia was among ...")
    return head


# the words of a noun phrase right before a copula, after its determiner or the clause's start ("By province,
# the biggest monthly rises were": a change's noun the subject reader takes for a verb)
_PHRASE_BEFORE = re.compile(r"(?:^|[,;:(]\s*|\b(?:the|its|their|of)\s+)((?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)\s+$")


def _noun_phrase_before(text: str, lo: int, at: int, vocab: Vocabulary) -> sc.Thing | None:
    found = _PHRASE_BEFORE.search(text[lo:at])
    if found is None:
        return None
    words = found.group(1).split()
    while words and words[0] in sc.STOP_WORDS:
        words.pop(0)    # "..., the biggest monthly rises were": its determiner
    if not words or any(w in sc.STOP_WORDS for w in words):
        return None
    name = " ".join(words)
    return sc.Thing(name, vocab.thing_by_word.get(words[-1]), name)
