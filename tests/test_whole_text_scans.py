"""Whole-text scans led by what ``re`` can skip to: the same texts pass as with the plain pattern."""
from __future__ import annotations

import random
import re

from auditor.extract.numbers import _SPLIT_DECIMALS_HINT


def test_split_decimals_hint_is_the_plain_pattern():
    plain = re.compile(r"\d\. \d")
    pieces = ["7", "0", "٣", ". ", ".", " ", "a", "$", "\n", ". 4", "x. 5", "9."]
    rnd = random.Random(3)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        assert (_SPLIT_DECIMALS_HINT.search(text) is None) == (plain.search(text) is None), text


def test_split_decimals_hint_on_prices():
    assert _SPLIT_DECIMALS_HINT.search("The fare rose to $ 2. 1500 on Monday.") is not None
    assert _SPLIT_DECIMALS_HINT.search("It cost 12 euros. Then 40 more were sold.") is None
    assert _SPLIT_DECIMALS_HINT.search("Sales fell. 2 shops closed.") is None
