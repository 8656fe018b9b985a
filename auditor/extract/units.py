"""Units: percentages, currencies and physical quantities next to a number.

Surface forms are recognised with compiled patterns; physical units are
normalised through pint (one ``UnitRegistry``, created on first use, since
loading it costs half a second and most articles have no units).
"""

from __future__ import annotations

import re
from functools import lru_cache

PERCENT = re.compile(r"\s*(?:%|per\s*cent\b|percent\b|pct\b|percentage\s+points?\b)", re.I)
CURRENCY_BEFORE = re.compile(r"(?P<cur>US\$|A\$|C\$|\$|€|£|¥|₹|(?:USD|EUR|GBP|JPY|CHF)\s?)$")
CURRENCY_AFTER = re.compile(
    r"\s*(?P<cur>(?:US\s+)?dollars?|euros?|pounds?(?:\s+sterling)?|yen|yuan|rupees?|francs?|"
    r"USD|EUR|GBP|cents?|pence)(?![\w])", re.I)
CURRENCY_CODES = {"us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "€": "EUR", "£": "GBP",
                  "¥": "JPY", "₹": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
                  "chf": "CHF", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
                  "us dollar": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                  "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "yen": "JPY",
                  "yuan": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
                  "cent": "USD_cent", "cents": "USD_cent", "pence": "GBP_penny", "p": "GBP_penny"}

# surface → pint expression; pint gives the canonical name
UNIT_WORDS = {
    "km": "kilometer", "kms": "kilometer", "kilometres": "kilometer", "kilometers": "kilometer",
    "kilometre": "kilometer", "kilometer": "kilometer", "m": "meter", "metres": "meter",
    "meters": "meter", "metre": "meter", "meter": "meter", "cm": "centimeter",
    "centimetres": "centimeter", "centimeters": "centimeter", "mm": "millimeter",
    "millimetres": "millimeter", "millimeters": "millimeter", "miles": "mile", "mile": "mile",
    "mi": "mile", "feet": "foot", "ft": "foot", "foot": "foot", "inches": "inch", "inch": "inch",
    "yards": "yard", "yard": "yard",
    "kg": "kilogram", "kgs": "kilogram", "kilograms": "kilogram", "kilogram": "kilogram",
    "kilos": "kilogram", "g": "gram", "grams": "gram", "gram": "gram", "mg": "milligram",
    "milligrams": "milligram", "tonnes": "metric_ton", "tonne": "metric_ton", "tons": "metric_ton",
    "ton": "metric_ton", "t": "metric_ton", "lbs": "pound", "lb": "pound",
    "hectares": "hectare", "hectare": "hectare", "ha": "hectare", "acres": "acre", "acre": "acre",
    "sq km": "kilometer ** 2", "square kilometres": "kilometer ** 2",
    "square kilometers": "kilometer ** 2", "km2": "kilometer ** 2", "km²": "kilometer ** 2",
    "square miles": "mile ** 2", "square metres": "meter ** 2", "square meters": "meter ** 2",
    "litres": "liter", "liters": "liter", "litre": "liter", "liter": "liter", "l": "liter",
    "ml": "milliliter", "millilitres": "milliliter", "milliliters": "milliliter",
    "gallons": "gallon", "gallon": "gallon", "barrels": "oil_barrel", "barrel": "oil_barrel",
    "°c": "degree_Celsius", "ºc": "degree_Celsius", "degrees celsius": "degree_Celsius",
    "degrees c": "degree_Celsius", "celsius": "degree_Celsius", "°f": "degree_Fahrenheit",
    "degrees fahrenheit": "degree_Fahrenheit", "fahrenheit": "degree_Fahrenheit",
    "kph": "kilometer / hour", "km/h": "kilometer / hour", "mph": "mile / hour",
    "kw": "kilowatt", "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt_hour",
    "megawatts": "megawatt", "gigawatts": "gigawatt",
}
_UNIT_ALTS = sorted(UNIT_WORDS, key=len, reverse=True)
UNIT_AFTER = re.compile(
    r"\s?(?:-\s?)?(?P<unit>" + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in _UNIT_ALTS) + r")(?![\w°²])",
    re.I)


@lru_cache(maxsize=1)
def _registry():
    import pint  # deferred: see module docstring

    return pint.UnitRegistry()


@lru_cache(maxsize=512)
def canonical_unit(surface: str) -> str | None:
    """pint's name for a unit as written ("km" → "kilometer")."""
    expr = UNIT_WORDS.get(" ".join(surface.lower().split()))
    if expr is None:
        return None
    return str(_registry().parse_units(expr))


def currency_code(surface: str) -> str:
    return CURRENCY_CODES.get(" ".join(surface.lower().split()), surface.strip().upper())
