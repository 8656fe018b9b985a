"""A figure listed after a change takes the change's direction: "fell by 4.7%, 11.6% and 2.1% respectively".

Why: a change verb is written once for a list of figures, bare ("gained 3.9 percent and 1.6 percent", "edged
up by 0.1 per cent over the month and by 1.2 per cent on a year earlier") or each after the name of its item
with the verb left out ("saw rises of 22.5%, Tel Aviv and Haifa 19.9%, the southern district 18.7%"). The
figures after the first are rose or fell as the first is. The list ends at a word that opens another clause
(``clause_break_words`` of ``rules/vocabulary/statistics.yaml``), a verb or a measure of its own ("rose 5%,
while imports were 3%").
"""

from __future__ import annotations

import re

from auditor.claims import Claim
from auditor.extract import scope as sc
from auditor.extract.lexicon import per_vocabulary
from auditor.vocabulary import Vocabulary

# between the figure before and this one: its bracket, a comma or "and", an item's name (up to five words),
# a preposition of the change ("by", "at"), a time ("over the month and by")
_LISTED_GAP = re.compile(r"[ \t]*(?:\([^()]{0,30}\)[ \t]*)?(?P<words>[^\d;:()%]{0,70}?)(?:,[ \t]*(?:and[ \t]+)?"
                         r"|[ \t]+and[ \t]+)(?P<item>[^\d;:()%,]{0,50}?)[ \t]*\(?[ \t]*[-+]?$")
_WORD = re.compile(r"[A-Za-z][\w'’&-]*")
_ITEM_WORDS = 6
_ALLOWED = frozenset({"by", "at", "to", "in", "on", "over", "the", "of", "and", "a", "its", "their", "for", "also",
                      "then", "respectively", "year", "month", "week", "quarter", "earlier", "same", "period"})
_breaks = per_vocabulary(lambda vocab: frozenset(vocab.words("clause_break_words")))


def listed_change(text: str, start: int, before: Claim | None, vocab: Vocabulary) -> str | None:
    """The change (rose, fell) of the figure ``before`` when the figure at ``start`` is listed right after it
    with no verb of its own, else None."""
    if before is None or before.measure not in sc.CHANGE_MEASURES or before.end > start:
        return None
    gap = _LISTED_GAP.fullmatch(text, before.end, start)
    if gap is None:
        return None
    words = [w.lower() for w in _WORD.findall(gap.group("words"))]
    item = [w for w in _WORD.findall(gap.group("item"))]
    if len(item) > _ITEM_WORDS or any(w not in _ALLOWED for w in words):
        return None         # ("rose 5% to a record, a level last seen ..."): more than a time between
    breaks = _breaks(vocab)
    for w in words + [w.lower() for w in item]:
        if w in breaks or w in vocab.measure_by_word or w in sc.STOP_WORDS and w not in _ALLOWED:
            return None     # "rose 5%, while imports were 3%": another clause
    return before.measure
