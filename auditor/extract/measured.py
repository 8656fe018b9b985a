"""What a measured quantity measures: the noun the text ties to it, not its unit.

Why: a physical quantity carries its unit in the claim's ``unit``; what it measures is the noun the text
names with it, after the unit ("821,000 tonnes of air freight", "2 feet of snow", "310 million cubic meters
of water") or before the figure, joined by a word that says the figure is that noun's size ("cargo of over
180,000 tonnes", "waves of up to 10 metres", "tsunami waves as high as 15 meters", "sustained winds reaching
74 mph", "winds sustained at 39 mph"). The joining words are the ``measured_links`` of
``rules/vocabulary/counted.yaml``. Where the text names no such noun, the caller keeps the unit as the
thing ("burned 105,000 acres").
"""

from __future__ import annotations

import re

from auditor.extract import scope as sc
from auditor.extract.lexicon import per_vocabulary
from auditor.vocabulary import Vocabulary

_REACH = 60         # how far before a figure its noun and the link may stand (characters)
_never_thing_words = per_vocabulary(lambda vocab: frozenset(vocab.words("never_thing_words")))
_unit_words = per_vocabulary(lambda vocab: frozenset(w.lower() for u in vocab.units.values() for w in u.words))
_tallies = per_vocabulary(lambda vocab: frozenset(vocab.words("total_nouns")))


def _link_before(vocab: Vocabulary) -> re.Pattern[str]:
    links = sorted(vocab.words("measured_links"), key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(map(re.escape, link.split())) for link in links) or r"(?!x)x"
    return re.compile(r"\b(?P<head>[A-Za-z][a-z-]+)[ \t]+(?:" + body + r")[ \t]+$")


_links = per_vocabulary(_link_before)


def measured_thing(text: str, s_start: int, start: int, end: int, s_end: int, vocab: Vocabulary) -> sc.Thing | None:
    """The noun the measured quantity at ``start``..``end`` (its hedge and unit included) is the size of:
    the whole after its unit ("of air freight"), else the noun before a measuring link ("waves of up to")."""
    after = sc.thing_of_after(text, end, s_end, vocab)
    if after is not None and _a_noun(after.key.rsplit(" ", 1)[-1], vocab):
        return after
    found = _links(vocab).search(text, max(s_start, start - _REACH), start)
    if found is None or not _a_noun(found.group("head").lower(), vocab):
        return None
    head = found.group("head")
    return sc.Thing(head, vocab.thing_by_word.get(head.lower()), head.lower())


def _a_noun(low: str, vocab: Vocabulary) -> bool:
    """Whether a word may name what a quantity measures: no function word, verb form, time, measure, tally
    or unit ("a rise of 8 centimeters", "a total of 1,389 GWh", "stood at 2 metres" are no such noun)."""
    return len(low) > 2 and low.isalpha() and low not in sc.STOP_WORDS and low not in vocab.measure_by_word \
        and low not in _never_thing_words(vocab) and not sc.time_head(low) and not low.endswith(("ing", "ed")) \
        and low not in sc.attribution_words(vocab).bare_data and low not in _unit_words(vocab) \
        and low not in _tallies(vocab)
