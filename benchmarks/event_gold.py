"""Gold for a held-out events set, written from compact specs.

A held-out set's ``make_gold.py`` lists its claims, conflicts and consistent pairs one per line with
``GoldWriter``; the layout is the eval set's (``../shared/eval/events/README.md``), read by
``audit_score.py --set`` and checked by ``validate_event_set.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

# hedge → (low, high, low inclusive, high inclusive) for a stated figure n
_INTERVALS = {
    "exact": lambda n: (n, n, True, True),
    "estimated": lambda n: (n, n, True, True),
    "at least": lambda n: (n, None, True, False),
    "more than": lambda n: (n, None, False, False),
    "nearly": lambda n: (0.9 * n, n, True, False),
    "about": lambda n: (0.9 * n, 1.1 * n, True, True),
    "upto": lambda n: (None, n, False, True),
    "range": lambda n: (n[0], n[1], True, True),
    "dozens": lambda n: (24, 100, True, False),
    "hundreds": lambda n: (200, 1000, True, False),
    "thousands": lambda n: (2000, 10000, True, False),
    "tensofthousands": lambda n: (20000, 100000, True, False),
    "hundredsofthousands": lambda n: (200000, 1000000, True, False),
    "tenstohundreds": lambda n: (20, 1000, True, False),
}
# hedges whose claim has no single value
_NO_VALUE = frozenset({"dozens", "hundreds", "thousands", "tensofthousands", "hundredsofthousands",
                       "tenstohundreds", "range"})


class GoldWriter:
    """Collects gold lines in order and writes them as JSON lines."""

    def __init__(self) -> None:
        self.lines: list[dict] = []

    def claim(self, event, doc, quote, hedge, n, thing, measure, when, where, acc, qkey, skey, as_of, **extra):
        """A numeric claim: its quote, hedge and figure, what it counts, and its keys."""
        if hedge not in _INTERVALS:
            raise ValueError(f"unknown hedge {hedge!r}")
        lo, hi, lo_inc, hi_inc = _INTERVALS[hedge](n)
        line = {"kind": "claim", "event": event, "doc": doc, "quote": quote,
                "value": None if hedge in _NO_VALUE else n,
                "low": lo, "high": hi, "low_inclusive": lo_inc, "high_inclusive": hi_inc,
                "unit_or_thing": thing, "measure": measure, "when": when, "where": where,
                "according_to": acc, "hedge": hedge, "quantity_key": qkey, "source_key": skey, "as_of": as_of}
        line.update(extra)
        self.lines.append(line)

    def conflict(self, event, a, b, typ, strength, explain):
        """Two quotes (doc, quote) that disagree about one quantity."""
        self.lines.append({"kind": "conflict", "event": event, "a": {"doc": a[0], "quote": a[1]},
                           "b": {"doc": b[0], "quote": b[1]}, "type": typ, "strength": strength,
                           "explain": explain})

    def consistent(self, event, a, b, explain):
        """Two quotes that look like a conflict and are not."""
        self.lines.append({"kind": "consistent", "event": event, "a": {"doc": a[0], "quote": a[1]},
                           "b": {"doc": b[0], "quote": b[1]}, "explain": explain})

    def write(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            for line in self.lines:
                f.write(json.dumps(line, ensure_ascii=False) + "\n")
        print(len(self.lines), "lines")
