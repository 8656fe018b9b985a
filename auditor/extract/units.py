"""Units: percentages, currencies and physical quantities next to a number.

Surface forms are recognised with compiled patterns; physical units are
normalised through pint (one ``UnitRegistry``, created on first use, since
loading it costs half a second and most articles have no units).
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.units import registry  # the process's one pint registry

PERCENT = re.compile(r"\s*(?:%|per\s*cents?\b|percents?\b|percentage(?!\s+of)\b(?:\s+points?\b)?|pct\b)", re.I)
PERCENT_BEFORE = re.compile(r"(?:per\s*cents?|percents?)\s+of\s+$", re.I)
_SYMBOLS = "$€£¥₹₿₩₽₺₪₦₱฿₫₴₡₾₭元"
_CODES = "usd|eur|gbp|jpy|chf|cny|rmb|inr|rub|aud|cad|hkd|nzd|sgd|mxn|btc|brl|zar|sek|nok|dkk|try|sen"
CURRENCY_BEFORE = re.compile(
    rf"(?<![\w$])(?P<cur>(?:(?:us|u\.s\.?|ca|can|au|nz|hk|nt|mx|{_CODES})\s?\$|[csar]\$|(?-i:[CSR]) \$|[{_SYMBOLS}]"
    rf"|(?:{_CODES})|(?-i:M(?:{_CODES.upper()}))"
    rf"|dollars?|euros?)[ \t]{{0,2}})$",
    re.I)
# what CURRENCY_BEFORE's currency can end with (lower case), for an endswith() test before the search
CURRENCY_BEFORE_ENDS = ("$", *_SYMBOLS, *_CODES.split("|"), "dollar", "dollars", "euro", "euros")
_NATIONS = (r"us|u\.s\.|american|canadian|australian|hong\s+kong|new\s+zealand|singapore|taiwan(?:ese)?|"
            r"mexican|chinese|japanese|indian|pakistani|turkish|finnish|swiss|swedish|norwegian|danish|"
            r"russian|brazilian|south\s+african|egyptian|nigerian|kenyan|israeli|saudi|syrian|lebanese|"
            r"iranian|iraqi|jordanian|sri\s+lankan|philippine|thai|korean|south\s+korean|hungarian|polish|czech")
_NAMES = (r"dollars?|euros?|pounds?(?:\s+sterling)?|yen|yuan|renminbi|rmb|rupees?|roubles?|rubles?|francs?|"
          r"liras?|lire|pesos?|reais|rand|won|kronor|krona|kroner|krone|dinars?|dirhams?|riy?als?|shekels?|"
          r"naira|shillings?|markkas?|bitcoins?|satoshis?|kip|col[oó]n|lari|kuai|hryvnias?|zlotys?|forints?|"
          r"baht|ringgit|rupiah|dong|taka|cedis?|birr|" + _CODES + r"|cents?|pence|dimes?|pennies|penny|nickels?")
CURRENCY_AFTER = re.compile(
    rf"\s*(?P<cur>(?:(?:{_NATIONS})\s+)?(?:{_NAMES})|[{_SYMBOLS}](?![ \t]?\d(?![\d.,]*[ \t]*(?:cents?|pence)\b))|ரூ)"
    r"(?![\w])", re.I)
CURRENCY_CODES = {"us$": "USD", "$": "USD", "a$": "AUD", "c$": "CAD", "€": "EUR", "£": "GBP",
                  "¥": "JPY", "₹": "INR", "₿": "BTC", "元": "CNY", "₩": "KRW", "₽": "RUB", "₺": "TRY",
                  "₪": "ILS", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND", "₴": "UAH", "₡": "CRC",
                  "₾": "GEL", "₭": "LAK", "ரூ": "LKR",
                  "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "rmb": "CNY", "cny": "CNY",
                  "chf": "CHF", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
                  "us dollar": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                  "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "yen": "JPY",
                  "yuan": "CNY", "renminbi": "CNY", "kuai": "CNY", "rupee": "INR", "rupees": "INR",
                  "franc": "CHF", "francs": "CHF", "bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
                  "satoshi": "BTC_satoshi", "satoshis": "BTC_satoshi",
                  "cent": "USD_cent", "cents": "USD_cent", "pence": "GBP_penny", "p": "GBP_penny",
                  "penny": "GBP_penny", "pennies": "GBP_penny", "dime": "USD_dime", "dimes": "USD_dime"}
MINOR_CURRENCIES = frozenset({"USD_cent", "GBP_penny", "USD_dime", "BTC_satoshi"})

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
    "metric tons": "metric_ton", "metric tonnes": "metric_ton", "metric ton": "metric_ton",
    "ounces": "ounce", "ounce": "ounce", "oz": "ounce", "pounds weight": "pound",
    "cubic feet": "foot ** 3", "cubic metres": "meter ** 3", "cubic meters": "meter ** 3",
    "cubic kilometers": "kilometer ** 3", "cubic kilometres": "kilometer ** 3",
    "square feet": "foot ** 2", "sq ft": "foot ** 2",
    "sq mi": "mile ** 2", "square mile": "mile ** 2", "m2": "meter ** 2", "m²": "meter ** 2",
    "km3": "kilometer ** 3", "m3": "meter ** 3", "km/hr": "kilometer / hour", "kmph": "kilometer / hour",
    "kilometers per hour": "kilometer / hour", "kilometres per hour": "kilometer / hour",
    "miles per hour": "mile / hour", "knots": "knot", "knot": "knot",
    "degrees celcius": "degree_Celsius", "celcius": "degree_Celsius", "deg celsius": "degree_Celsius",
    "deg c": "degree_Celsius", "degree celsius": "degree_Celsius", "° celsius": "degree_Celsius",
    "degrees f": "degree_Fahrenheit", "degree fahrenheit": "degree_Fahrenheit",
    "degrees farenheit": "degree_Fahrenheit", "farenheit": "degree_Fahrenheit",
    "deg fahrenheit": "degree_Fahrenheit", "deg f": "degree_Fahrenheit", "° fahrenheit": "degree_Fahrenheit",
    "degrees": "degree", "degree": "degree", "deg": "degree", "°": "degree", "kelvin": "kelvin",
    "radians": "radian", "radian": "radian", "rad": "radian", "turns": "turn", "turn": "turn",
    "teaspoons": "teaspoon", "teaspoon": "teaspoon", "tsp": "teaspoon", "tablespoons": "tablespoon",
    "tablespoon": "tablespoon", "tbsp": "tablespoon", "cups": "cup", "cup": "cup", "pints": "pint",
    "quarts": "quart", "dm": "decimeter", "decimeters": "decimeter", "nm": "nanometer",
    "nanometers": "nanometer", "nanometres": "nanometer", "picometer": "picometer",
    "picometers": "picometer", "micrometers": "micrometer", "microns": "micrometer",
    "microgram": "microgram", "micrograms": "microgram", "μg": "microgram", "µg": "microgram",
    "cl": "centiliter", "centiliters": "centiliter", "dl": "deciliter", "drachma": "dram",
    "bits": "bit", "bit": "bit", "bytes": "byte", "byte": "byte", "kb": "kilobyte", "mb": "megabyte",
    "gb": "gigabyte", "tb": "terabyte", "exabytes": "exabyte", "petabytes": "petabyte",
    "terabytes": "terabyte", "gigabytes": "gigabyte", "megabytes": "megabyte", "kilobytes": "kilobyte",
    "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz", "ghz": "gigahertz", "ev": "electron_volt",
    "kev": "kiloelectron_volt", "mev": "megaelectron_volt", "gev": "gigaelectron_volt",
    "tev": "teraelectron_volt", "wh": "watt_hour", "mwh": "megawatt_hour", "gwh": "gigawatt_hour",
    "twh": "terawatt_hour", "mgy": "milligray", "gy": "gray", "msv": "millisievert", "sv": "sievert",
    "ma": "megayear", "ga": "gigayear", "light years": "light_year", "light-years": "light_year",
    "hp": "horsepower", "horsepower": "horsepower", "volts": "volt", "kv": "kilovolt", "watts": "watt",
    "kilowatts": "kilowatt", "kilowatt": "kilowatt", "mah": "milliampere_hour", "db": "decibel",
    "decibels": "decibel", "cc": "cubic_centimeter", "psi": "psi", "kpa": "kilopascal",
    "hpa": "hectopascal", "mbar": "millibar", "calories": "calorie", "kcal": "kilocalorie",
    "joules": "joule", "kj": "kilojoule", "mj": "megajoule", "newtons": "newton",
    "seconds": "second", "minutes": "minute", "mins": "minute", "hours": "hour", "hrs": "hour",
    "hour": "hour", "days": "day", "day": "day", "weeks": "week", "week": "week", "months": "month",
    "month": "month", "years": "year", "year": "year", "decades": "decade", "centuries": "century",
}
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
# forms that are ordinary English words as well: only right after a digit, in their exact case
CASE_SENSITIVE = {"Ma", "Ga", "ma", "ga", "cl", "dm", "nm", "mb", "MB", "gb", "GB", "kb", "tb", "TB", "db", "dB",
                  "cc", "hp", "ha", "t", "l", "L", "g", "m", "mm", "Gy", "Sv", "ev", "eV"}
_UNIT_ALTS = sorted(UNIT_WORDS, key=len, reverse=True)
UNIT_AFTER = re.compile(
    r"[ \t]?(?:-[ \t]?)?[(\[{<]?(?P<unit>" + "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in _UNIT_ALTS)
    + r")(?![\w°²³])[)\]}>]?(?:\.(?=\s))?",
    re.I)


def _literal_prefix(alternative: str) -> str:
    """The characters an alternative of a pattern surely starts with ("dollars?" → "dollar")."""
    out = ""
    for k, ch in enumerate(alternative):
        if ch in "\\([?*+{|.^$" or alternative[k + 1:k + 2] in ("?", "*", "{"):
            break
        out += ch
    return out


def _currency_after_starts() -> tuple[str, ...] | None:
    alts = _NATIONS.split("|") + _NAMES.split("|")
    if any(a.count("(") != a.count(")") for a in alts):
        return None
    prefixes = [_literal_prefix(a) for a in alts]
    if not all(prefixes):
        return None
    return tuple(sorted(set(prefixes) | set(_SYMBOLS) | {"ரூ"}))


_CURRENCY_AFTER_STARTS = _currency_after_starts()


def currency_after(after: str) -> re.Match[str] | None:
    """``CURRENCY_AFTER.match(after)``, skipped when the word after the number starts no currency."""
    if _CURRENCY_AFTER_STARTS is not None:
        head = after.lstrip()[:24]
        if head.isascii() and not head.lower().startswith(_CURRENCY_AFTER_STARTS):
            return None
    return CURRENCY_AFTER.match(after)


# the first word of every unit by its first letter, for a startswith() test before UNIT_AFTER
_UNIT_FIRST: dict[str, tuple[str, ...]] = {}
for _u in UNIT_WORDS:
    _first = _u.split(" ")[0].lower()
    _UNIT_FIRST[_first[0]] = tuple(sorted(set(_UNIT_FIRST.get(_first[0], ())) | {_first}))


def unit_after(after: str) -> re.Match[str] | None:
    """``UNIT_AFTER.match(after)``, skipped when the word after the number starts no unit."""
    i = 1 if after[:1] in (" ", "\t") else 0
    if after[i:i + 1] == "-":
        i += 2 if after[i + 1:i + 2] in (" ", "\t") else 1
    if after[i:i + 1] in ("(", "[", "{", "<"):
        i += 1
    head = after[i:i + 24]
    if head.isascii() and not head.lower().startswith(_UNIT_FIRST.get(head[:1].lower(), ())):
        return None
    return UNIT_AFTER.match(after)


@lru_cache(maxsize=1024)
def canonical_unit(surface: str) -> str | None:
    """pint's name for a unit as written ("km" → "kilometer")."""
    expr = UNIT_WORDS.get(" ".join(surface.lower().split()))
    if expr is None:
        return None
    return str(registry().parse_units(expr))


_CODE_SET = frozenset(_CODES.split("|"))
_DOLLAR_PREFIXES = {"us": "USD", "u.s.": "USD", "u.s": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD",
                    "can": "CAD", "nz": "NZD", "hk": "HKD", "s": "SGD", "nt": "TWD", "r": "BRL", "mx": "MXN"}


def currency_code(surface: str) -> str:
    key = " ".join(surface.lower().split())
    code = CURRENCY_CODES.get(key)
    if code is None and len(key) == 4 and key[0] == "m" and key[1:] in _CODE_SET:
        code = CURRENCY_CODES.get(key[1:], key[1:].upper())   # "MAUD 60": millions of AUD (numbers scales it)
    if code is None and key.endswith("$"):            # "US $", "HK$": the dollar of that country
        code = _DOLLAR_PREFIXES.get(key[:-1].rstrip())
    return code or surface.strip().upper()


# -- a letter glued to digits: "17c a share", "50p", "highs of 30c", "lows of 13F" -------------

GLUED_UNIT_LETTERS = frozenset("cpCF")
_GLUED_CUE_REACH = 40            # characters looked at on each side, within the sentence
# words that say an amount is money; "$", "£" or "€" nearby say so too
_MONEY_CUE = re.compile(
    r"[$£€]|\b(?:shares?|cents?|pence|penny|pennies|prices?|priced|cost|costs|costing|dividends?|payouts?|"
    r"fares?|stamps?|tickets?|litres?|liters?|gallons?|pints?|bushels?)\b")
# a change from one amount to another ("fell 3p to 120p"): money, unless the words say weather
_MONEY_CHANGE_VERB = re.compile(
    r"\b(?:rose|risen|fell|fallen|up|down|gained|lost|climbed|dropped|slipped|added|jumped|slid)\b")
# the other amount of the change: "3p to 120p" (not the hedge "up to 30c")
_TO_NUMBER_AFTER = re.compile(r"[ \t]+to[ \t]+\d")
_NUMBER_TO_BEFORE = re.compile(r"\d[cp]?[ \t]+to[ \t]+$")
_TEMPERATURE_CUE = re.compile(
    r"°|\b(?:temperatures?|degrees?|highs|lows|warm(?:er|est|th)?|hot(?:ter|test)?|cold(?:er|est)?|"
    r"heat(?:wave)?|celsius|fahrenheit|weather|freezing)\b")
# "720p", "1080p": lines of a video picture, not pence
_VIDEO_LINES = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")


def _sentence_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text up to _GLUED_CUE_REACH characters before and after a number, lower-cased and cut at
    sentence ends (a cue in the sentence before, "Highs of 30c. Shares fell 2c.", says nothing of this one)."""
    before = text[max(0, start - _GLUED_CUE_REACH):start].lower()
    after = text[end:end + _GLUED_CUE_REACH].lower()
    cut = max(before.rfind(s) for s in _SENTENCE_ENDS)
    if cut != -1:
        before = before[cut + 1:]
    ends = [k for k in (after.find(s) for s in _SENTENCE_ENDS) if k != -1]
    if ends:
        after = after[:min(ends)]
    return before, after


def temperature_context(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` speaks of the weather ("highs", "°", "temperatures")."""
    before, after = _sentence_window(text, start, end)
    return _TEMPERATURE_CUE.search(before + " " + after) is not None


def glued_letter_unit(text: str, start: int, end: int, value: float) -> str | None:
    """The unit of the number ``text[start:end]`` when a "c", "p", "C" or "F" is glued to it, or None.

    An upper-case "C" or "F" is a degree Celsius or Fahrenheit when the sentence speaks of
    the weather ("lows of 13F"), and nothing otherwise (never money). For the lower-case letters:

    Both letters are money in price copy ("17c a share", "50p a litre") but "c" is also
    Celsius in UK weather copy ("highs of 30c") and "p" other things ("1080p"), so the
    words of the sentence within _GLUED_CUE_REACH characters decide, and only explicit
    cues count: a money cue (a price word, a currency symbol) makes "c" a US cent and
    "p" a penny; a change between two amounts ("fell 3p to 120p") does as well when no
    temperature cue is there; a temperature cue ("temperatures", "highs", "°") makes
    "c" a degree Celsius. No cue, or money and temperature cues both: None (the
    number stays a plain count; better no unit than a guessed one). An upper-case "C"
    is never a cent. The letter must end the word ("17cm", "5pm" are other things).
    """
    letter = text[end:end + 1]
    if letter not in GLUED_UNIT_LETTERS or not text[end - 1:end].isdigit():
        return None
    nxt = text[end + 1:end + 2]
    if nxt.isalnum() or nxt == "_" or (letter == "p" and value in _VIDEO_LINES):
        return None
    if letter in "CF":
        return canonical_unit("°" + letter) if temperature_context(text, start, end + 1) else None
    before, after = _sentence_window(text, start, end + 1)
    window = before + " " + after
    money = _MONEY_CUE.search(window) is not None
    warm = letter == "c" and _TEMPERATURE_CUE.search(window) is not None
    if money and warm:
        return None
    if warm:
        return canonical_unit("°c")          # as "17 °C" is read
    if money or ((_TO_NUMBER_AFTER.match(after) or _NUMBER_TO_BEFORE.search(before))
                 and _MONEY_CHANGE_VERB.search(window)):
        return CURRENCY_CODES["cent" if letter == "c" else "p"]
    return None
