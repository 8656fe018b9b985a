"""What a test of a whole sentence found, kept for the sentence's other figures.

One sentence may hold thousands of figures (a table run together, hostile input); a search of
the sentence for each of them makes resolve quadratic (tests/test_hostile_timing.py). One
``PerSentence`` lives for the resolution of one document, so nothing outlives it."""

from __future__ import annotations

import re
from typing import Any, Callable


class PerSentence:
    """Answers about one document's sentences, each found once."""

    def __init__(self) -> None:
        self._found: dict[tuple, Any] = {}

    def once(self, key: tuple, find: Callable[..., Any], *args: Any) -> Any:
        """``find(*args)``, found once per ``key`` (the sentence and what else the answer depends on)."""
        if key not in self._found:
            self._found[key] = find(*args)
        return self._found[key]

    def starts(self, pattern: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
        """Where ``pattern`` matches in ``text[start:end]`` (a sentence), in order."""
        return self.once((pattern, id(text), start, end),
                         lambda: [m.start() for m in pattern.finditer(text, start, end)])
