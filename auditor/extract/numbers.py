"""Numbers in text: digits, number words, scales, fractions.

One compiled pattern finds every candidate (the hot path: a single
``finditer`` over the text); ``parse_number`` turns a match into a value.
Number words are converted by text2num (``text_to_num.text2num``), which
handles "one hundred and sixty-one"; we only add what it does not know:
"a"/"half a"/"a quarter of a" before a scale word, "a dozen", decimals with
word scales ("1.2 million", "3bn") and fractions ("two thirds", "1/3").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                "bn": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000}
FRACTIONS = {"half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
             "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25, "one quarter": 0.25,
             "three quarters": 0.75, "three-quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2,
             "a tenth": 0.1, "one tenth": 0.1}

_UNIT = "|".join(sorted(UNITS + TENS, key=len, reverse=True))
_TEN = "|".join(TENS)
_SCALE = "hundred|thousand|million|billion|trillion|lakh|crore"
# "sixty-one", "twenty one", "seven"
_WORD = rf"(?:(?:{_TEN})(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|(?:{_UNIT}))"
# a run of number words: "one hundred and sixty-one thousand"
_WORDS = rf"(?:{_WORD}|{_SCALE})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}|{_SCALE}))*"
_FRACTION = r"(?:a|one|two|three)[\s-](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)"
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"           # 948,000 / 1,234.5
           r"|\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+(?:[.,]\d+)?"   # 948 000 (thin space)
           r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"          # 1.000.000 (continental)
           r"|\d+(?:\.\d+)?"                            # 29 / 1.2
           r"|\.\d+)")

NUMBER = re.compile(
    rf"""
    (?<![\w.\u00b7])
    (?P<sign>(?<![\w-])[-+\u2212](?=\d))?
    (?:
        (?P<digits>{_DIGITS})
        (?:(?P<frac_slash>/\d+(?![\d/])))?
        (?:
            \s*(?P<dscale>(?:{_SCALE})s?)\b
          | (?P<sscale>k|m|mn|mln|bn|b|tn)\b
        )?
      | (?P<prefix>(?:half|a\s+half|a\s+third|a\s+quarter|three\s+quarters|two\s+thirds)\s+(?:of\s+)?an?\s+|an?\s+)
        (?P<pscale>dozen|{_SCALE})
        (?:(?:\s+and\s+|[\s-]+)(?P<ptail>{_WORDS}))?\b
      | (?P<fraction>{_FRACTION})\b(?!\s+of\s+an?\s+(?:{_SCALE}))
      | (?P<words>{_WORDS})\b
        (?:\s+(?P<wpoint>point(?:\s+(?:zero|one|two|three|four|five|six|seven|eight|nine))+))?
      | (?P<dozen>(?:half\s+a|a|one|two|three|four|five|six)\s+dozen)\b
    )
    """,
    re.I | re.X,
)


@dataclass(frozen=True, slots=True)
class NumberMatch:
    start: int
    end: int
    value: float
    words: bool          # written in words ("seven"), not digits
    scaled: bool         # carries a scale word ("1.2 million", "half a million")
    fraction: bool = False
    multiplier: float = 1.0   # the scale factor applied ("million" → 1e6)


_DIGIT_WORDS = {w: i for i, w in enumerate(UNITS[:10])}


def _digits_value(raw: str) -> float:
    s = raw.replace("\u2009", "").replace("\u202f", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?", s):   # continental grouping
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:[\u2009\u202f\u00a0]\d{3})+,\d+", raw):
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "")
    return float(s)


def words_value(text: str) -> float:
    """Value of a run of number words; ValueError when it is not one number."""
    norm = " ".join(text.lower().replace("-", " ").split())
    try:
        return float(text2num(norm, "en"))
    except ValueError:
        # text2num refuses some valid runs ("two hundred million"): fold scales ourselves
        total, current = 0.0, 0.0
        for tok in norm.split():
            if tok == "and":
                continue
            if tok in _DIGIT_WORDS or tok in UNITS:
                current += UNITS.index(tok)
            elif tok in TENS:
                current += 10 * (TENS.index(tok) + 2)
            elif tok == "hundred":
                current = (current or 1) * 100
            elif tok in SCALES:
                total += (current or 1) * SCALES[tok]
                current = 0.0
            else:
                raise
        return total + current


def parse_number(m: re.Match[str]) -> NumberMatch | None:
    """The value of a ``NUMBER`` match, or None when the match is not one number."""
    g = m.groupdict()
    sign = -1.0 if g["sign"] else 1.0
    try:
        if g["digits"]:
            value = _digits_value(g["digits"])
            if g["frac_slash"]:
                den = float(g["frac_slash"][1:])
                if den == 0 or "," in g["digits"] or "." in g["digits"]:
                    return None
                value = value / den
                return NumberMatch(m.start(), m.end(), sign * value, False, False, True)
            mult = 1.0
            if g["dscale"]:
                mult = SCALES[g["dscale"].lower().rstrip("s")]
            elif g["sscale"]:
                mult = SHORT_SCALES[g["sscale"].lower()]
            return NumberMatch(m.start(), m.end(), sign * value * mult, False, mult != 1.0,
                               False, mult)
        if g["pscale"]:
            prefix = " ".join(g["prefix"].lower().split())
            factor = 1.0
            for name, f in FRACTIONS.items():
                if prefix.startswith(name + " "):
                    factor = f
                    break
            scale = 12 if g["pscale"].lower() == "dozen" else SCALES[g["pscale"].lower()]
            value = factor * scale
            if g["ptail"]:
                tail = words_value(g["ptail"])
                tail_text = g["ptail"].lower()
                if any(s in tail_text for s in SCALES) and tail >= scale:
                    value = words_value("one " + g["pscale"] + " " + g["ptail"])
                else:
                    value += tail
            return NumberMatch(m.start(), m.end(), value, True, True)
        if g["fraction"]:
            key = " ".join(g["fraction"].lower().replace("-", " ").split())
            if key not in FRACTIONS:
                key = key.rstrip("s")
                num, _, den = key.partition(" ")
                dens = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
                nums = {"a": 1, "one": 1, "two": 2, "three": 3}
                return NumberMatch(m.start(), m.end(), nums[num] / dens[den], True, False, True)
            return NumberMatch(m.start(), m.end(), FRACTIONS[key], True, False, True)
        if g["words"]:
            value = words_value(g["words"])
            if g["wpoint"]:
                digits = "".join(str(_DIGIT_WORDS[w]) for w in g["wpoint"].lower().split()[1:])
                value = float(f"{int(value)}.{digits}")
            scaled = any(s in g["words"].lower() for s in ("thousand", "million", "billion", "trillion"))
            return NumberMatch(m.start(), m.end(), value, True, scaled)
        if g["dozen"]:
            head = " ".join(g["dozen"].lower().split()[:-1])
            mult = {"half a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4,
                    "five": 5, "six": 6}[head]
            return NumberMatch(m.start(), m.end(), 12 * mult, True, False)
    except (ValueError, KeyError, OverflowError):
        return None
    return None
