"""Physical units: the process's one pint registry, and base units for comparison.

Claims keep the unit and numbers as written ("5 km"); checks compare them
in base units (5,000 metres), so "5 km" and "5,000 m" are the same claim to
every rule. Units pint does not know (currencies such as ``USD``) compare
as written.
"""

from __future__ import annotations

import math
from functools import lru_cache

# shares stay shares: "12%" is compared as 12 percent, not as 0.12
NOT_CONVERTED = frozenset({"percent"})


@lru_cache(maxsize=1)
def registry():
    """The pint ``UnitRegistry``, created on first use (loading it costs half a second)."""
    import pint

    return pint.UnitRegistry()


@lru_cache(maxsize=1024)
def base_of(unit: str | None) -> tuple[str, float, float] | None:
    """``(base unit, factor, offset)`` with base = value × factor + offset; None if pint can't."""
    if not unit or unit in NOT_CONVERTED:
        return None
    try:
        ureg = registry()
        parsed = ureg.parse_units(unit)
        zero = ureg.Quantity(0.0, parsed).to_base_units()
        one = ureg.Quantity(1.0, parsed).to_base_units()
    except Exception:      # pint raises many types for unknown or malformed units
        return None
    factor = float(one.magnitude - zero.magnitude)
    if not factor > 0 or not math.isfinite(factor):
        return None
    return str(one.units), factor, float(zero.magnitude)


def base_unit_name(unit: str | None) -> str | None:
    """The unit a claim is compared in: its base unit, or itself when pint does not know it."""
    base = base_of(unit)
    return base[0] if base else unit


def to_base(x: float, unit: str | None) -> float:
    base = base_of(unit)
    if base is None or not math.isfinite(x):
        return x
    return x * base[1] + base[2]
