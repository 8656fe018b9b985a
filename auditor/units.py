"""Physical units: the process's one pint registry, and base units for comparison.

Claims keep the unit and numbers as written ("5 km"); checks compare them
in base units (5,000 metres), so "5 km" and "5,000 m" are the same claim to
every rule. Units pint does not know (currencies such as ``USD``) compare
as written.

Importing pint and building its registry costs most of a second, more than
auditing a draft. What pint says of the built-in vocabulary's units (and that
it knows no currency) is therefore shipped beside this module, in
``units_index.json``, stamped with the pint version it came from: a run asks
pint only about a desk's own units, or when another pint is installed.
``python -m auditor.units`` writes the index again (a test says when it is out
of date).
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from pathlib import Path

# shares stay shares: "12%" is compared as 12 percent, not as 0.12
NOT_CONVERTED = frozenset({"percent"})

INDEX_FILE = Path(__file__).with_name("units_index.json")

# what pint says of a unit as written: (pint's name, (base unit, factor, offset) or None), or
# None when pint does not know it
Parsed = tuple[str, tuple[str, float, float] | None] | None


@lru_cache(maxsize=1)
def registry():
    """The pint ``UnitRegistry``, created on first use (loading it costs most of a second)."""
    import pint

    return pint.UnitRegistry()


def _pint_version() -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pint")
    except PackageNotFoundError:
        return None


def ask_pint(unit: str) -> Parsed:
    """pint's name for ``unit`` and its base ``(base unit, factor, offset)``, with base = value ×
    factor + offset (None when it is not a plain scale of its base); None when pint does not know it."""
    try:
        ureg = registry()
        parsed = ureg.parse_units(unit)
        zero = ureg.Quantity(0.0, parsed).to_base_units()
        one = ureg.Quantity(1.0, parsed).to_base_units()
    except Exception:      # pint raises many types for unknown or malformed units
        return None
    factor = float(one.magnitude - zero.magnitude)
    base = (str(one.units), factor, float(zero.magnitude)) if factor > 0 and math.isfinite(factor) else None
    return str(parsed), base


@cache
def _shipped() -> dict[str, Parsed]:
    """The shipped index, when it was built with the installed pint; else empty (pint is asked)."""
    try:
        data = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
        if data.get("pint") != _pint_version():
            return {}
        return {unit: None if found is None else (found[0], None if found[1] is None else tuple(found[1]))
                for unit, found in data["units"].items()}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return {}


@lru_cache(maxsize=1024)
def parse_unit(unit: str) -> Parsed:
    """What pint says of ``unit``: from the shipped index when it is there, else from pint."""
    shipped = _shipped()
    return shipped[unit] if unit in shipped else ask_pint(unit)


def pint_name(unit: str) -> str | None:
    """pint's name for a unit as the vocabulary writes it ("km" → "kilometer"), or None."""
    found = parse_unit(unit)
    return found[0] if found else None


def base_of(unit: str | None) -> tuple[str, float, float] | None:
    """``(base unit, factor, offset)`` with base = value × factor + offset; None if pint can't."""
    if not unit or unit in NOT_CONVERTED:
        return None
    found = parse_unit(unit)
    return found[1] if found else None


def base_unit_name(unit: str | None) -> str | None:
    """The unit a claim is compared in: its base unit, or itself when pint does not know it."""
    base = base_of(unit)
    return base[0] if base else unit


def to_base(x: float, unit: str | None) -> float:
    base = base_of(unit)
    if base is None or not math.isfinite(x):
        return x
    return x * base[1] + base[2]


def delta_to_base(x: float, unit: str | None) -> float:
    """A difference of ``x`` in ``unit``, in base units: a rise of 1.8 °F is one of 1 kelvin (no offset)."""
    base = base_of(unit)
    if base is None or not math.isfinite(x):
        return x
    return x * base[1]


# how a message names a unit that pint spells otherwise, or that has two meanings
_LABELS = {"degree_Celsius": "°C", "degree_Fahrenheit": "°F", "delta_degree_Celsius": "°C",
           "delta_degree_Fahrenheit": "°F", "metric_ton": "tonnes", "gallon": "US gallons",
           "imperial_gallon": "imperial gallons", "liter": "litres", "meter": "metres", "kilometer": "kilometres",
           "centimeter": "centimetres", "millimeter": "millimetres", "foot": "feet", "inch": "inches",
           "oil_barrel": "barrels", "percentage_point": "percentage points"}


def unit_label(unit: str) -> str:
    """A unit as a message names an amount of it ("hectares", "miles per hour", "°C"), from
    pint's name ("hectare", "mile / hour", "degree_Celsius")."""
    if unit in _LABELS:
        return _LABELS[unit]
    if " / " in unit:
        top, _, bottom = unit.partition(" / ")
        return f"{unit_label(top)} per {bottom.replace('_', ' ')}"
    for power, word in ((" ** 2", "square"), (" ** 3", "cubic")):
        if unit.endswith(power):
            return f"{word} {unit_label(unit[:-len(power)])}"
    name = unit.replace("_", " ")
    if not name[-1:].isalpha() or name[-1:].isupper():
        return name
    return name + ("es" if name.endswith(("s", "x", "ch", "sh")) else "s")


def builtin_unit_names() -> list[str]:
    """Every unit a claim may carry with the built-in vocabulary: its units (as written there and
    as pint names them), its currencies and their smaller units, and the percentage point."""
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    names = {"percentage_point", *vocab.units}
    names |= {found[0] for found in map(ask_pint, vocab.units) if found}
    for code, entry in vocab.currencies.items():
        names.add(code)
        names |= {f"{code}_{minor}" for minor in entry.minor}
    return sorted(names)


def build_index() -> dict:
    """The index's content for the installed pint (``python -m auditor.units`` writes it)."""
    return {"pint": _pint_version(), "units": {unit: ask_pint(unit) for unit in builtin_unit_names()}}


def write_index(path: Path = INDEX_FILE) -> None:
    path.write_text(json.dumps(build_index(), indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_index()
    print(f"wrote {INDEX_FILE}")
