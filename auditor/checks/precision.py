"""How precisely a figure was stated, for checks that recompute one figure from others.

"64%" stands for 63.5–64.5%, "2.9 million" for 2.85–2.95 million, "1,240" for
1,240 give or take half a ten when its last digit may be rounding (after the
significant-figure convention of ``base.rounding_step``); a hedged figure
("about a quarter") already carries its own, wider interval. Recomputations
(statcheck's idea applied to news copy) compare intervals, never bare values,
so that a fair rounding is never a finding.
"""

from __future__ import annotations

import math
import re

from auditor.checks.base import rounding_step
from auditor.claims import Claim, Interval, format_number

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def half_unit(c: Claim) -> float:
    """Half the last digit ``c`` was stated to, in the units of ``c.value``."""
    if c.value is None or not math.isfinite(c.value):
        return 0.0
    m = _NUMBER.search(c.text)
    if m is None:                       # "two", "a million": a word is exact, a round word is not
        return rounding_step(c.value) / 2 if rounding_step(c.value) >= 100 else 0.0
    shown = float(m.group(0).replace(",", ""))
    # "minus 4C", "-12C": the sign is no part of the digits shown, and half a digit is never negative
    scale = abs(c.value / shown) if shown else 1.0
    if m.group(1):
        return 0.5 * 10 ** -len(m.group(1)) * scale
    if c.kind == "percent":
        return 0.5 * scale
    return max(rounding_step(shown), 1.0) / 2 * scale if scale != 1.0 else rounding_step(shown) / 2


def stated(c: Claim) -> Interval:
    """The values ``c`` allows, in its own unit: an exact figure widened by its precision."""
    if c.shape == "exact" and c.value is not None:
        h = half_unit(c)
        return Interval(c.value - h, c.value + h)
    return Interval(c.low, c.high, c.low_inclusive, c.high_inclusive)


def ratio(part: Interval, whole: Interval) -> Interval:
    """part / whole × 100 over both intervals (whole > 0)."""
    lo = part.low / whole.high * 100 if whole.high > 0 and math.isfinite(whole.high) else 0.0
    hi = part.high / whole.low * 100 if whole.low > 0 else math.inf
    return Interval(max(lo, 0.0), hi)


def show(x: float, digits: int = 1) -> str:
    """A recomputed figure for a message: 50.0, 1,450, +200."""
    if math.isinf(x):
        return "∞"
    if abs(x) >= 1000 or float(x).is_integer():
        return format_number(round(x))
    return f"{x:,.{digits}f}"


def signed(x: float, digits: int = 1) -> str:
    return ("+" if x > 0 else "−" if x < 0 else "") + show(abs(x), digits)


def signed_like(x: float, like: Claim) -> str:
    """``signed`` in the scale ``like`` was written in ("−0.5 billion" beside "3.9 billion pounds")."""
    return ("+" if x > 0 else "−" if x < 0 else "") + show_like(abs(x), like)


_SCALE_WORDS = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}


def show_like(x: float, like: Claim) -> str:
    """A recomputed figure in the scale ``like`` was written in: 9.8 billion beside "11.8 billion
    euros", 1,450 beside "1,250"."""
    m = _NUMBER.search(like.text)
    shown = float(m.group(0).replace(",", "")) if m else 0.0
    scale = like.value / shown if shown and like.value is not None else 1.0
    for factor, word in _SCALE_WORDS.items():
        if m is not None and math.isclose(scale, factor, rel_tol=1e-9):
            return f"{show(x / factor, max(len(m.group(1) or ''), 1))} {word}"
    return show(x)
