"""Word lists as ``re`` alternations factored into a trie.

``re`` tries the branches of an alternation one after another at every position it scans; with
hundreds of words (the measures, the places) a failing position costs hundreds of tests, and under
IGNORECASE each is a slow one. Factored into a trie ("th(?:ree|irteen)"), a failing position costs
one test per branch of the first letter. Shared by the vocabulary's word patterns and extraction's
own word tables.
"""

from __future__ import annotations

import re


def trie_alternation(words) -> str:
    """An alternation of ``words`` that tries longer words first, factored into a trie
    ("th(?:ree|irteen|...)"), so a failing alternative costs one character test, not one
    per word. Matches exactly what ``"|".join(sorted(words, key=len, reverse=True))`` does:
    only words that are prefixes of one another compete, and the longer is tried first."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return (body if body.startswith("(?:") and len(alts) > 1 else "(?:" + body + ")") + "?"
        return body

    alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(trie.items()) if ch]
    return "|".join(alts)


def phrase_alternation(words) -> str:
    """Words or phrases as one ``trie_alternation``, a space matching any white space; an
    alternation that never matches for none."""
    words = sorted({w for w in words if w})
    return trie_alternation(words).replace("\\ ", r"\s+") if words else r"(?!x)x"
