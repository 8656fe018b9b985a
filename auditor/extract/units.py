"""Units: percentages, currencies and physical quantities next to a number.

Surface forms are recognised with compiled patterns; physical units are
named as pint names them (``auditor.units.pint_name``: for the built-in units,
from the index shipped beside it, so most runs never load pint).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from auditor.units import pint_name
from auditor.vocabulary import CurrencyEntry, UnitEntry, Vocabulary

# "8pc", "5.7 pc" (per cent in British and Irish business copy) and "0.3pp", "2 ppts" (percentage
# points) in lower case only: "PC" and "PP" name other things
PERCENT = re.compile(r"\s*(?:%|per\s*cents?\b|percents?\b|percentage(?!\s+of)\b(?:\s+points?\b)?|pct\b|(?-i:pc)\b"
                     r"|(?P<points>(?-i:pp|ppts?))\b)", re.I)
PERCENT_BEFORE = re.compile(r"(?:per\s*cents?|percents?)\s+of\s+$", re.I)


# -- currencies: compiled from the vocabulary's one table (rules/vocabulary/currencies.yaml) ----

def _alternation(words: Iterable[str]) -> str:
    """Phrases as one alternation, longest first; spaces match any run of white space, and a
    full stop that ends an abbreviation may be left out ("U.S." and "U.S")."""
    alts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        body = re.escape(w).replace(r"\ ", r"\s+")
        alts.append(body + "?" if w.endswith(".") and len(w) > 2 else body)
    return "|".join(alts) or r"(?!x)x"


def _symbol_alternation(symbols: Iterable[str]) -> str:
    single = "".join(sorted(re.escape(s) for s in symbols if len(s) == 1))
    multi = sorted((re.escape(s) for s in symbols if len(s) > 1), key=lambda s: (-len(s), s))
    return "|".join([f"[{single}]"] * bool(single) + multi) or r"(?!x)x"


@dataclass(frozen=True)
class CurrencyTable:
    """The currency patterns of one vocabulary, compiled once (``currency_table``).

    ``before`` is searched in the few characters before a number and ends there ("US$ ", "€",
    "EUR", "MUSD", "dollars"); ``after`` is matched at the text after it ("dollars", "Swiss
    francs", "USD", "cents", "€"). ``before_ends`` and ``after_starts`` are what a match can end
    or start with, for a cheap test before the search. ``code`` gives the unit of a match."""

    code_by_surface: dict[str, str]
    prefix_code: dict[str, str]
    codes: frozenset[str]            # lower case, as written in the text
    symbols: frozenset[str]          # the one-character symbols
    minor: dict[str, float]          # the minor units ("USD_cent") and how many make one of the currency
    letters: dict[str, str]          # minor units written as one letter glued to digits ("p" → GBP_penny)
    before: re.Pattern[str]
    before_ends: tuple[str, ...]
    after_pattern: re.Pattern[str]
    after_starts: tuple[str, ...]
    glued: tuple[str, ...]           # the glued prefixes ("Sh", "Rs.", "R"), as written
    glued_single: frozenset[str]     # those of one letter, taken only as money (see GluedLetters.prefix)
    glued_before: re.Pattern[str]    # one of them, ending where the number starts
    glued_code: dict[str, str]       # the unit of each glued prefix, in the case written ("P" is PHP, "p" a penny)
    glued_ends: frozenset[str]       # the characters other than letters a glued prefix ends with ("¢" of "GH¢")
    # a plural name in the singular, as a compound writes it after a hyphen ("a 4.2bn-crown deficit")
    hyphen_singular: re.Pattern[str] = re.compile(r"(?!x)x")

    def after(self, after: str) -> re.Match[str] | None:
        """``after_pattern.match(after)``, skipped when the word after the number starts no currency."""
        if after[:1] == "-" and after[1:2].isalpha():
            return self._hyphenated(after)
        head = after.lstrip()[:24]
        if head.isascii() and not head.lower().startswith(self.after_starts):
            return None
        return self.after_pattern.match(after)

    def _hyphenated(self, after: str) -> re.Match[str] | None:
        """"a 40,000-pound grant", "a 2-euro coin": a currency's name joined to the number by a hyphen
        (a name of letters only, never a code: "20-USD" is not how copy writes money)."""
        if not after[1:25].lower().startswith(self.after_starts):
            return None
        m = self.after_pattern.match(after, 1)
        if m is None:
            return self.hyphen_singular.match(after, 1)     # "a 4.2bn-crown deficit", "a 500-rupee note"
        if not m.group("cur").isalpha() or m.group("cur").lower() in self.codes:
            return None
        return m

    def code(self, surface: str) -> str:
        """The unit of a currency as written ("US $" → USD, "Swiss francs" → CHF, "cents" → USD_cent)."""
        key = " ".join(surface.lower().split())
        code = self.glued_code.get(surface.strip().rstrip(".")) or self.code_by_surface.get(key)
        if code is None and len(key) == 4 and key[0] == "m" and key[1:] in self.codes:
            code = self.code_by_surface[key[1:]]       # "MAUD 60": millions of AUD (numbers scales it)
        if code is None and key.endswith("$"):          # "US $", "HK$": the dollar of that country
            code = self.prefix_code.get(key[:-1].rstrip())
        return code or surface.strip().upper()


# a one-letter prefix written apart from its "$" is taken in capitals only, and not when it is a word
_WORD_LETTERS = frozenset("AI")


def currency_table(entries: Mapping[str, CurrencyEntry]) -> CurrencyTable:
    """Every currency pattern and look-up, generated from the vocabulary's currencies."""
    by_surface: dict[str, str] = {}
    prefix_code: dict[str, str] = {}
    symbols: list[str] = []
    any_case: list[str] = []
    capitals: list[str] = []
    after_words: list[str] = []        # names, adjectival names and minor units written after the number
    before_words: list[str] = []
    minor_units: dict[str, float] = {}
    minor_words: list[str] = []
    glued: dict[str, str] = {}
    glued_prefixes: list[tuple[str, str]] = []
    for unit, e in entries.items():
        for s in e.symbols:
            symbols.append(s)
            by_surface[s.lower()] = unit
        for c in (*e.codes, *e.capital_codes):
            by_surface[c.lower()] = unit
            prefix_code[c.lower()] = unit              # "USD$"
        any_case.extend(c.lower() for c in e.codes)
        capitals.extend(e.capital_codes)
        for p in e.prefixes:
            prefix_code[" ".join(p.lower().split())] = unit
            if p.endswith("."):
                prefix_code[" ".join(p.lower().split())[:-1]] = unit
        for w in e.words:
            by_surface[" ".join(w.lower().split())] = unit
        for w in (*e.words_before, *e.glued_prefixes):     # "Ksh 5", "Sh5" (KES, not "KSH")
            by_surface.setdefault(" ".join(w.lower().split()).rstrip("."), unit)
        glued_prefixes.extend((unit, p) for p in e.glued_prefixes)
        # a country's letters after the "$", glued to the digits: "$NZ80", "$A1.2 billion", "$US5"
        glued_prefixes.extend((unit, "$" + p) for p in e.prefixes if p.isalpha() and p.isupper())
        after_words.extend(w.lower() for w in e.words if len(w) > 1)
        before_words.extend(w.lower() for w in e.words_before)
        for adjective in e.adjectives:
            for name in (*e.words, *e.names):
                phrase = " ".join(f"{adjective} {name}".lower().split())
                by_surface[phrase] = unit
                after_words.append(phrase)
        for minor_name, minor in e.minor.items():
            minor_units[f"{unit}_{minor_name}"] = minor.ratio
            for w in minor.words:
                by_surface[w.lower()] = f"{unit}_{minor_name}"
                if len(w) > 1:                           # "p" only glued to its digits ("50p")
                    minor_words.append(w.lower())
                else:
                    glued[w] = f"{unit}_{minor_name}"
    after_words += minor_words
    # "a 4.2bn-crown deficit", "a 20-peso coin": the singular of a plural name, only in a compound
    singulars = sorted({w[:-1] for w in after_words if w.endswith("s") and not w.endswith(("ss", "es", "is"))
                        and " " not in w and len(w) > 3 and w[:-1] not in by_surface})
    for w in singulars:
        by_surface[w] = by_surface[w + "s"]
    hyphen_singular = re.compile(rf"(?P<cur>{_alternation(singulars)})(?![\w-])", re.I) if singulars \
        else re.compile(r"(?!x)x")
    prefixes = sorted({p for e in entries.values() for p in e.prefixes})
    long_prefixes = [p.lower() for p in prefixes if len(p) > 1]
    letters = "".join(sorted({re.escape(p.lower()) for p in prefixes if len(p) == 1}))
    spaced = "".join(sorted({re.escape(p) for p in prefixes if len(p) == 1} - _WORD_LETTERS))
    codes = _alternation(any_case)
    all_codes = _alternation(any_case + [c.lower() for c in capitals])
    sym = _symbol_alternation(symbols)
    before_alts = [rf"(?:{_alternation(long_prefixes)}|{all_codes})\s?\$"]
    if letters:
        before_alts.append(rf"[{letters}]\$")
    if spaced:
        before_alts.append(rf"(?-i:[{spaced}]) \$")
    before_alts += [sym, rf"(?:{codes})"]
    if capitals:
        before_alts.append(rf"(?-i:{_alternation(capitals)})")
    before_alts.append(rf"(?-i:M(?:{_alternation([*any_case, *(c.lower() for c in capitals)]).upper()}))")
    if before_words:
        before_alts.append(_alternation(before_words))
    before = re.compile(rf"(?<![\w$])(?P<cur>(?:{'|'.join(before_alts)})[ \t]{{0,2}})$", re.I)
    # a symbol after a number is no currency of it when another amount follows ("$ 10 $ 20"),
    # unless that amount is in minor units ("4 $ 20 cents")
    minor_after = _alternation(minor_words)
    after_alts = [_alternation(after_words), codes]
    if capitals:
        after_alts.append(rf"(?-i:{_alternation(capitals)})")
    after_alts.append(rf"(?:{sym})(?![ \t]?\d(?![\d.,]*[ \t]*(?:{minor_after})\b))")
    after_pattern = re.compile(rf"\s*(?P<cur>{'|'.join(after_alts)})(?![\w])", re.I)
    after_starts = tuple(sorted({w.split(" ")[0] for w in (*after_words, *singulars)} | set(any_case)
                                | {c.lower() for c in capitals} | {s.lower() for s in symbols}))
    before_ends = tuple(sorted({"$", *(s.lower() for s in symbols), *any_case, *(c.lower() for c in capitals),
                                *before_words}))
    # a glued prefix: "Sh1.7bn", "KSh 500" (two letters or more may stand one space apart), "R2bn"
    long_glued = _alternation(p for _, p in glued_prefixes if len(p.rstrip(".")) > 1)
    single = frozenset(p for _, p in glued_prefixes if len(p.rstrip(".")) == 1)
    glued_before = re.compile(rf"(?<![\w$.])(?P<cur>(?:{long_glued})[ \t]?|{_alternation(single)})$")
    glued_ends = frozenset(p.rstrip(".")[-1] for _, p in glued_prefixes if not p.rstrip(".")[-1].isalpha())
    return CurrencyTable(by_surface, prefix_code, frozenset(any_case) | {c.lower() for c in capitals},
                         frozenset(s for s in symbols if len(s) == 1), minor_units, glued,
                         before, before_ends, after_pattern, after_starts,
                         tuple(sorted({p for _, p in glued_prefixes})), single, glued_before,
                         {p.rstrip("."): unit for unit, p in reversed(glued_prefixes)}, glued_ends, hyphen_singular)


# -- physical units: compiled from the vocabulary's units (rules/vocabulary/units.yaml) --------


_CUE_REACH = 60      # characters before and after a number where a cue makes a word that unit


class UnitTable:
    """The unit pattern of one vocabulary, compiled once (``unit_table``).

    ``words`` maps a unit as written (lower case) to its pint expression; ``exact`` holds the
    forms taken only in their own case ("m", "MB"), and ``cased`` their lower case: a match
    whose lower case is in ``cased`` is a unit only when it is in ``exact``."""

    def __init__(self, entries: Mapping[str, UnitEntry]) -> None:
        self.words: dict[str, str] = {}
        exact: set[str] = set()
        # letters glued to digits that are a unit only in weather copy ("highs of 30C")
        self.weather_letters = {letter: expr for expr, e in entries.items() for letter in e.weather_letters}
        for expr, e in entries.items():
            for w in (*e.words, *e.exact_words):
                self.words[" ".join(w.lower().split())] = expr
            exact.update(e.exact_words)
        self.exact = frozenset(exact)
        self.cased = frozenset(w.lower() for w in exact)
        alts = sorted(self.words, key=lambda w: (-len(w), w))
        body = "|".join(re.escape(u).replace(r"\ ", r"\s+") for u in alts) or r"(?!x)x"
        # a unit in brackets keeps its closing bracket ("5 (km)"); "42 km (16 miles)" does not take
        # the bracket that closes a restatement; a full stop is the unit's where the sentence goes
        # on in lower case ("4 oz. of butter"), else it ends the sentence ("weighed 4 ounces. The")
        self.pattern = re.compile(
            r"[ \t]?(?:-[ \t]?)?(?P<open>[(\[{<])?(?P<unit>" + body + r")(?![\w°²³])(?(open)[)\]}>]?)"
            r"(?:\.(?=[ \t]+(?-i:[a-z\d])))?", re.I)
        # the first word of every unit by its first letter, for a startswith() test before the pattern
        first: dict[str, set[str]] = {}
        for u in self.words:
            word = u.split(" ")[0]
            first.setdefault(word[0], set()).add(word)
        self.first = {letter: tuple(sorted(words)) for letter, words in first.items()}
        self._canonical: dict[str, str | None] = {}
        # words that name money as well ("pounds"), each with its unit and the cues near a number
        # that make it that unit ("weighed", "ounces", "kg")
        self.cued: dict[str, tuple[str, re.Pattern[str]]] = {}
        for expr, e in entries.items():
            if not e.cued_words:
                continue
            cues = re.compile(r"\b(?:" + _alternation(e.cues) + r")\b", re.I)
            for w in e.cued_words:
                self.cued[" ".join(w.lower().split())] = (pint_name(expr) or expr, cues)

    def cued_unit(self, word: str, text: str, start: int, end: int) -> str | None:
        """The unit a word that names money as well ("pounds") names after the number at
        ``start:end``: the unit when one of its cues is in the sentence around it ("weighed 300
        pounds", "7 pounds 4 ounces"), else None (the money)."""
        found = self.cued.get(" ".join(word.lower().split()))
        if found is None:
            return None
        unit, cues = found
        lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - _CUE_REACH, 0)
        hi = min(len(text), end + _CUE_REACH)
        for stop in (". ", "\n"):      # the sentence's end
            at = text.find(stop, end, hi)
            hi = at if at >= 0 else hi
        return unit if cues.search(text, lo, hi) else None

    def after(self, after: str) -> re.Match[str] | None:
        """``pattern.match(after)``, skipped when the word after the number starts no unit."""
        i = 1 if after[:1] in (" ", "\t") else 0
        if after[i:i + 1] == "-":
            i += 2 if after[i + 1:i + 2] in (" ", "\t") else 1
        if after[i:i + 1] in ("(", "[", "{", "<"):
            i += 1
        head = after[i:i + 24]
        if head.isascii() and not head.lower().startswith(self.first.get(head[:1].lower(), ())):
            return None
        return self.pattern.match(after)

    def canonical(self, surface: str) -> str | None:
        """pint's name for a unit as written ("km" → "kilometer")."""
        if surface not in self._canonical:
            expr = self.words.get(" ".join(surface.lower().split()))
            if len(self._canonical) >= 4096:
                self._canonical.clear()
            self._canonical[surface] = None if expr is None else pint_name(expr)
        return self._canonical[surface]


def unit_table(entries: Mapping[str, UnitEntry]) -> UnitTable:
    """Every unit pattern and look-up, generated from the vocabulary's units."""
    return UnitTable(entries)


# -- a letter glued to digits: "17c a share", "50p", "highs of 30c", "lows of 13F" -------------

_GLUED_CUE_REACH = 40            # characters looked at on each side, within the sentence
# the other amount of the change: "3p to 120p" (not the hedge "up to 30c")
_TO_NUMBER_AFTER = re.compile(r"[ \t]+to[ \t]+\d")
# "720p", "1080p": lines of a video picture, not pence
_VIDEO_LINES = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0})
_SENTENCE_ENDS = (". ", "! ", "? ", "\n")
# the other scale of a temperature given in both, near it: "3C (about 45F)", "64F, or 18C" (a C and
# an F glued or spaced after digits, in the lower-cased window): the pair is the weather's cue itself
_OTHER_SCALE = {"c": re.compile(r"\d ?°? ?f\b"), "f": re.compile(r"\d ?°? ?c\b")}


def cue_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words`` (lower case) anywhere in a lower-cased window: a word between word
    boundaries, a sign ("°", "$") as it is."""
    alts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        body = re.escape(w).replace(r"\ ", r"\s+")
        alts.append((r"\b" if w[:1].isalnum() else "") + body + (r"\b" if w[-1:].isalnum() else ""))
    return re.compile("|".join(alts) or r"(?!x)x")


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


class GluedLetters:
    """What one letter glued to digits is, in one vocabulary, compiled once (the lexicon's ``glued``).

    The letters are the vocabulary's: a minor currency unit written as one letter ("p" of
    ``GBP.minor.penny``, "c" of ``USD.minor.cent``) and a unit's ``weather_letters`` ("C", "c"
    of ``degree_Celsius``). The cues that decide between them are its word lists
    ``money_cues`` (and the currencies' symbols), ``temperature_cues`` and ``money_change_verbs``.
    """

    def __init__(self, vocab: Vocabulary, money: CurrencyTable, units: UnitTable) -> None:
        self.currency = money
        self.money = money.letters
        self.weather = units.weather_letters
        self.letters = frozenset(self.money) | frozenset(self.weather)
        self.money_cue = cue_pattern([*vocab.words("money_cues"), *money.symbols])
        self.temperature_cue = cue_pattern(vocab.words("temperature_cues"))
        self.change_verb = cue_pattern(vocab.words("money_change_verbs"))
        # the amount before in a change: "3p to" of "fell 3p to 120p"
        glued = "".join(sorted(re.escape(letter) for letter in self.money))
        self.number_to_before = re.compile(r"\d" + (f"[{glued}]?" if glued else "") + r"[ \t]+to[ \t]+$")

    def prefix(self, text: str, start: int, scaled: bool) -> re.Match[str] | None:
        """The glued currency prefix right before the number at ``start`` ("Sh" of "Sh1.7bn", "R"
        of "R2 billion"), or None. A prefix of one letter is money only when the number carries a
        scale (``scaled``: "R2 billion", "R500m") or the sentence speaks of money ("costs R29 a
        month"): "the R2 to the coast" is a road."""
        c = text[start - 1:start]
        if not c or not (c.isalpha() or c in ". \t" or c in self.currency.glued_ends) or start < 2:
            return None
        m = self.currency.glued_before.search(text, max(0, start - 6), start)
        if m is None:
            return None
        if m.group("cur") in self.currency.glued_single and not scaled:
            before, after = _sentence_window(text, start, start + 12)
            if self.money_cue.search(before + " " + after) is None:
                return None
        return m

    def weather_context(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence around ``text[start:end]`` speaks of the weather ("highs", "°", "temperatures"),
        or gives the temperature in the other scale too ("3C (about 45F)": ``text[end - 1]`` the letter)."""
        before, after = _sentence_window(text, start, end)
        window = before + " " + after
        if self.temperature_cue.search(window) is not None:
            return True
        other = _OTHER_SCALE.get(text[end - 1:end].lower())
        return other is not None and other.search(window) is not None

    def spaced_unit(self, text: str, start: int, end: int) -> str | None:
        """The temperature of "18 C" or "64 F": a capital weather letter after one space, ending the
        word, where the sentence speaks of the weather or gives the other scale ("18 C (64 F)"); else None
        ("Grade 5 C", "Section 3 F")."""
        letter = text[end + 1:end + 2]
        unit = self.weather.get(letter) if letter.isupper() else None
        nxt = text[end + 2:end + 3]
        if unit is None or text[end:end + 1] != " " or nxt.isalnum() or (nxt != "" and nxt in "_-'’") \
                or not self.weather_context(text, start, end + 2):
            return None
        return pint_name(unit)

    def unit(self, text: str, start: int, end: int, value: float) -> str | None:
        """The unit of the number ``text[start:end]`` when one of ``letters`` is glued to it, or None.

        A letter that is only a weather unit (an upper-case "C" or "F") is that degree when the
        sentence speaks of the weather ("lows of 13F"), and nothing otherwise (never money).

        A money letter is money in price copy ("17c a share", "50p a litre"), but "c" is also
        Celsius in UK weather copy ("highs of 30c") and "p" other things ("1080p"), so the
        words of the sentence within _GLUED_CUE_REACH characters decide, and only explicit
        cues count: a money cue (a price word, a currency symbol) makes it the minor unit; a
        change between two amounts ("fell 3p to 120p") does as well when no temperature cue
        is there; a temperature cue makes a letter that is a weather unit too that unit. No
        cue, or money and temperature cues both: None (the number stays a plain count; better
        no unit than a guessed one). The letter must end the word ("17cm", "5pm" are other things).
        """
        letter = text[end:end + 1]
        if letter not in self.letters or not text[end - 1:end].isdigit():
            return None
        nxt = text[end + 1:end + 2]
        if nxt.isalnum() or nxt == "_" or (letter == "p" and value in _VIDEO_LINES):
            return None
        money_unit, weather_unit = self.money.get(letter), self.weather.get(letter)
        if money_unit is None:
            if weather_unit is None or not self.weather_context(text, start, end + 1):
                return None
            return pint_name(weather_unit)
        before, after = _sentence_window(text, start, end + 1)
        window = before + " " + after
        money = self.money_cue.search(window) is not None
        warm = weather_unit is not None and self.temperature_cue.search(window) is not None
        if money and warm:
            return None
        if warm and weather_unit is not None:
            return pint_name(weather_unit)        # as "17 °C" is read
        if money or ((_TO_NUMBER_AFTER.match(after) or self.number_to_before.search(before))
                     and self.change_verb.search(window)):
            return money_unit
        return None
