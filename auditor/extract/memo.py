"""A bounded memo for the look-ups extraction repeats.

A text names the same few things again and again (a run of number words, "on
Tuesday", "the UN", "in Idlib"), so their readings are remembered; a long batch
names ever more, so the memo is bounded. Each reading is a pure function of its
key, so forgetting one costs time, never a different answer.
"""

from __future__ import annotations


class Memo(dict):
    """A dict of computed readings that empties itself when it holds ``size`` of them
    (simpler than least-recently-used, and as good for text that repeats in bursts)."""

    __slots__ = ("size",)

    def __init__(self, size: int = 4096) -> None:
        super().__init__()
        self.size = size

    def keep(self, key, value):
        """Remember ``value`` for ``key``, and return it."""
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value
