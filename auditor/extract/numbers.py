"""Numbers in text: digits, number words of any size, scales, fractions.

One compiled pattern finds every *run* of number tokens over the lower-cased
text (the hot path: ``find_numbers`` tries it only where a run can start,
found by three cheap scans, which gives the matches of a ``finditer``
over the whole text at a fraction of the cost); ``parse_run`` splits a run
into the numbers it holds and gives each its value. A run is a sequence of
digits ("948,000", "1 234 567", "1.3e6", "2.5k"), number words ("one hundred
and sixty-one thousand", "nought"), scale and fraction words ("million",
"dozen", "half", "thirds") and the joiners between them ("and", "-", ",").
Splitting is a small grammar over those tokens (a classifier and one handler
per kind of token, below), written out here because no library does all of
it: text2num, for one, reads plain runs of words, but not digits mixed with
words ("3 hundred and 21"), fractions ("two thirds", "five and a half
million", "one over three") or runs that hold two numbers ("ten and
fifteen", "4000 3 hundred").

Values, in order of the grammar: a unit or tens word adds, "hundred"
multiplies the current group, a scale word closes a group ("one hundred one
thousand" = 101,000), a fraction word divides ("five eighths"), "and a half"
after a scale counts in that scale ("3 million and a half" = 3,500,000).
Ordinal words ("the fifth", "twenty first") are not numbers and end a run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple

from auditor.alternation import phrase_alternation, trie_alternation  # noqa: F401  (re-exported)
from auditor.extract.memo import Memo

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# the words of a number below a hundred, one word each ("three", "forty")
SPELLED_NUMBERS = frozenset(UNITS) | frozenset(TENS)
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000,
          "crore": 10_000_000, "crores": 10_000_000}
# suffixes glued to digits ("2.5k", "10 bln"); m, b, t and mm are decided by context (see units)
SHORT_SCALES = {"k": 1_000, "mn": 1_000_000, "mln": 1_000_000, "mio": 1_000_000, "mil": 1_000_000,
                "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000,
                "tln": 1_000_000_000_000, "trn": 1_000_000_000_000}
AMBIGUOUS_SUFFIX = {"m": 1_000_000, "mm": 1_000_000, "b": 1_000_000_000, "t": 1_000_000_000_000}
# out of / over / in: "one over three", "two out of five hundred tvs"
DOZENS = {"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
# fraction denominators; "second" is left out (a unit of time far more often than 1/2)
ORDINAL_DEN = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "fourth": 4,
               "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
               "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
               "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
               "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
               "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
               "thousandth": 1_000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
               "first": 1}
UNICODE_FRACTIONS = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
                     "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 1 / 8, "⅜": 3 / 8,
                     "⅝": 5 / 8, "⅞": 7 / 8, "⅑": 1 / 9, "⅒": 1 / 10}

_WORD_VALUE = {w: i for i, w in enumerate(UNITS)} | {"nought": 0, "naught": 0}
_TEN_VALUE = {w: 10 * (i + 2) for i, w in enumerate(TENS)}


_UNIT = trie_alternation(_WORD_VALUE)
_TEN = trie_alternation(TENS)
_SCALE = trie_alternation(["hundred", *SCALES])
_DEN = trie_alternation({d + "s" for d in ORDINAL_DEN if not d.endswith("s")} | set(ORDINAL_DEN))
_DOZ = trie_alternation(DOZENS)


def _m_code_before(text: str, lower: str, rs: int, codes: frozenset[str]) -> bool:
    """ "MAUD 60", "MEUR 5.5": a capital M on a code before the number (units reads the code)."""
    p = rs - 1 if lower[rs - 1:rs] == " " else rs
    return (p >= 4 and text[p - 4] == "M" and lower[p - 3:p] in codes and text[p - 3:p].isupper()
            and (p == 4 or not lower[p - 5].isalpha()))
_FRAC_CHARS = "".join(UNICODE_FRACTIONS)
_DIGITS = (r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?"            # 12,34,567.89 (Indian)
           r"|\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?"                    # 948,000 / 1,234.5
           r"|\d{1,3}(?:['\u2019]\d{3})+(?![\d'\u2019])(?:\.\d+)?"        # 270’027 / 1'234.5 (Swiss)
           r"|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d])(?:[.,]\d+)?"   # 1 234 567
           r"|(?<![\d,])\d{1,3},\d{1,2}(?![\d,])"                    # 5,00 / 1,3 (decimal comma)
           r"|\d{1,3}(?:\.\d{3})+,\d+"                               # 1.111,11 (continental)
           r"|\d{1,3}(?:\.\d{3}){2,}(?![\d])"                          # 1.000.000
           r"|\d+(?:\.\d+"                                            # 29 / 1.2
           r"|(?<!\d{4})(?: , \d{3})+(?![\d])(?: \. \d+(?![\d]))?"        # 80 , 000 (tokenised text)
           r"| \. \d+(?![\d]))?"                                         # 6 . 2 (tokenised text)
           r"|\.\d+)")
# a number written with digits, with its exponent, fraction or scale suffix
_NUMERAL = (rf"{_DIGITS}"
            rf"(?:e[+\-\u2212]?\d+(?![\w])"                               # 1.3e6
            rf"|\s?[x\u00d7*]\s?10\s?(?:\^|\*\*)?\s?[+\-\u2212]{{0,2}}\d+"      # 6.23x10^-4, 2.48×10−5
            rf"|[x\u00d7*]\d+\^[+\-\u2212]?\d+"                             # 8x2^10
            rf"|\^[+\-\u2212]{{0,2}}\d+"                                     # 1.1^23
            rf"|[ \u00a0]{{1,2}}\d+(?:/| / )\d+(?![\d/])"                     # 10 1/2, 101 1 / 4
            rf"|(?:/| / )\d+(?![\d/])"                                     # 1/3, 1 / 4 (tokenised)
            rf"|[{_FRAC_CHARS}])?"                                        # 2½
            rf"(?:\s{{0,2}}(?:{trie_alternation(SHORT_SCALES)})(?![\w])|(?:mm|m|b|t)(?![\w]))?")

_JOIN = rf"(?:\s*-\s*|\s+and\s+|\s*&\s*|,\s+(?=[a-z])|\s+of\s+(?=an?\s+(?:{_SCALE}))|\s+)"
_POINT = (rf"(?:\s+point(?:\s+(?:{_UNIT}|(?:{_TEN})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)"
          rf"(?![\w]))+)")
_DEN_RUN = (rf"{_NUMERAL}|(?:{_TEN}|{_UNIT}|{_SCALE})(?:(?:\s+and\s+|[\s-]+)(?:{_TEN}|{_UNIT}|(?:{_SCALE})s?))*")


# "three in ten of the 2,400 staff", "one in four of them": a share of a whole named after it
_OF_WHOLE = r"|\s+of\s+(?:the|its|their|all|those|these|them|whom|us)(?![\w])"

# "three in ten members", "one in four adults": a share of the noun after it (not "2 in 3 weeks")
_NOUN_AFTER_IN = (r"|\s+(?!(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur\w+"
                  r"|seasons?|games?|matches|races?|rounds?|attempts?|tries|innings|quarters?|sessions?|times?"
                  r"|hundred|thousand|million|billion|point|and|or|to)(?![\w]))[a-z]")


@lru_cache(maxsize=8)
def number_pattern(codes: frozenset[str], glued: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The pattern of a run of number tokens, over the lower-cased text, for the currency codes of
    one vocabulary (lower case: the lexicon's ``currency.codes``): "M" glued to one of them is a
    million of it ("30 MUSD", "120 MEUR", "twenty MSEK"), so a desk's code reads as the built-in
    ones do. Digits may follow three letters (a code: "usd5") or one of the ``glued`` currency
    prefixes of fewer ("sh1.7", "r2": ``find_numbers`` checks which). Compiled once a set of codes
    (no IGNORECASE: it makes alternations slow)."""
    m_code = rf"m(?=(?:{trie_alternation(codes)})(?![a-z]))" if codes else r"(?!x)x"
    # (a "$" before the letters counts for none of them: "$nz80", "$us5")
    short = sorted({p.lower().rstrip(".") for p in glued
                    if len(p.rstrip(".").removeprefix("$")) < 3 and p.rstrip(".").removeprefix("$").isalpha()})
    glued_behind = "".join(f"|(?=\\d)(?<={re.escape(p)})" for p in short)
    token = (rf"(?:{_NUMERAL}|[{_FRAC_CHARS}]"
             rf"|(?:{_TEN})(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)(?![\w]))?"
             rf"|(?:{_UNIT}|{_SCALE}|{_DOZ}|{_DEN})(?![\w])|{m_code}"
             rf"|an?(?=[\s-]+(?:{_SCALE}|{_DOZ}|{_DEN}|(?:{_TEN})[\s-]+(?:{_DEN}))(?![\w]))"
             rf"|(?:an?[\s-]+)?couple(?:\s+of(?=\s+(?:{_SCALE})(?![\w])))?(?=\s+(?:of|{_SCALE})(?![\w])))")
    return re.compile(
        rf"(?P<sign>(?:minus|negative)\s+|[-+\u2212]\s?(?=[\d.]))?"
        rf"(?P<run>(?:(?<![a-z])|(?=\d)(?<=[a-z]{{3}}){glued_behind}){token}{_POINT}?(?:{_JOIN}{token}{_POINT}?)*)"
        rf"(?:(?P<over>\s+(?:over\s+(?P<den_run>{_DEN_RUN})(?![\w])(?=\s*(?:[.,;:!?)]|$){_OF_WHOLE})"
        rf"|in\s+(?P<den_in>{_DEN_RUN})(?![\w])(?=\s*(?:[.,;:!?)]|$){_OF_WHOLE}{_NOUN_AFTER_IN})))"
        rf"|(?P<outof>\s+out\s+of\s+(?P<den_run2>{_DEN_RUN})(?![\w])))?")


_RUN_TOKEN = re.compile(
    rf"{_NUMERAL}|[{_FRAC_CHARS}]|point|and|&|,|[a-z]+")
_FREE_AFTER = re.compile(r"\s+of\b|\s*[^\w\s]|\s*$")


class NumberMatch(NamedTuple):
    """A number found in the text (a named tuple: the finder makes dozens a document, and a
    frozen dataclass costs three times as much to build)."""

    start: int
    end: int
    value: float
    words: bool          # written in words ("seven"), not digits
    scaled: bool         # carries a scale word ("1.2 million", "half a million")
    fraction: bool = False
    multiplier: float = 1.0   # the scale factor applied to the last group ("million" → 1e6)
    suffix: str = ""     # an ambiguous suffix glued to digits: m, mm, b, t (metre or million?)


def _digits_value(raw: str) -> float:
    if " , " in raw or " . " in raw:           # tokenised text: "80 , 000", "6 . 2"
        raw = raw.replace(" , ", ",").replace(" . ", ".")
    s = raw.replace("\u2009", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "") \
        .replace("'", "").replace("\u2019", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}", s):   # continental grouping
        return float(s.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3},\d{1,2}", s) or re.fullmatch(r"\d+,\d+", s) and re.search(r"[\s\u2009\u202f\u00a0]", raw):
        return float(s.replace(",", "."))      # 948 000,5
    return float(s.replace(",", ""))


_NUMERAL_PARTS = re.compile(
    rf"(?P<d>{_DIGITS})"
    rf"(?:e(?P<e>[+\-\u2212]?\d+)"
    rf"|\s?[x\u00d7*]\s?10\s?(?:\^|\*\*)?\s?(?P<p10>[+\-\u2212]{{0,2}}\d+)"
    rf"|[x\u00d7*](?P<base>\d+)\^(?P<bp>[+\-\u2212]?\d+)"
    rf"|\^(?P<pw>[+\-\u2212]{{0,2}}\d+)"
    rf"|[ \u00a0]{{1,2}}(?P<mn>\d+)(?:/| / )(?P<md>\d+)"
    rf"|(?:/| / )(?P<sd>\d+)"
    rf"|(?P<uf>[{_FRAC_CHARS}]))?"
    rf"(?:\s{{0,2}}(?P<ss>{trie_alternation(SHORT_SCALES)})|(?P<amb>mm|m|b|t))?$")


def _exp(s: str) -> int:
    s = s.replace("\u2212", "-")
    neg = s.count("-") % 2 == 1 and not s.startswith("--")
    return -int(s.lstrip("+-")) if neg else int(s.lstrip("+-"))


def numeral_value(raw: str) -> tuple[float, float, str, bool] | None:
    """(value, scale multiplier, ambiguous suffix, is a fraction) of a numeral written with digits;
    None for one beyond any float ("1e400000", "10^99999": hostile text, no quantity of news)."""
    try:
        return _numeral_value(raw)
    except OverflowError:
        return None


def _numeral_value(raw: str) -> tuple[float, float, str, bool] | None:
    m = _NUMERAL_PARTS.match(raw)
    if not m:
        return None
    g = m.groupdict()
    value = _digits_value(g["d"])
    frac = False
    if g["e"] is not None:
        value *= 10.0 ** _exp(g["e"])
    elif g["p10"] is not None:
        value *= 10.0 ** _exp(g["p10"])
    elif g["base"] is not None:
        value *= float(g["base"]) ** _exp(g["bp"])
    elif g["pw"] is not None:
        value **= _exp(g["pw"])
    elif g["mn"] is not None:
        if float(g["md"]) == 0 or float(g["mn"]) >= float(g["md"]):
            return None
        value += float(g["mn"]) / float(g["md"])
    elif g["sd"] is not None:
        if float(g["sd"]) == 0 or "," in g["d"] or "." in g["d"]:
            return None
        value /= float(g["sd"])
        frac = True
    elif g["uf"]:
        value += UNICODE_FRACTIONS[g["uf"]]
    mult = 1.0
    if g["ss"]:
        mult = SHORT_SCALES[g["ss"]]
        value *= mult
    return value, mult, g["amb"] or "", frac


# thousands grouped by commas or a decimal point: what _digits_value reads as float(raw without commas)
_PLAIN_NUMERAL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+\.\d+")
_VAGUE_BEFORE_SCALE = ("several ", "few ")
_RUN_CACHE = Memo()           # (run and what follows, its length, the word before that matters) → numbers
# the words before a run that change how it reads: "more than half", "cut by half", "several hundred"
_BEFORE_RUN_MATTERS = ("than ", " by ", *_VAGUE_BEFORE_SCALE)
_RUN_CACHE_LONGEST = 64


def parse_run(text: str, lower: str, start: int, end: int) -> list[NumberMatch]:
    """The numbers in the run ``lower[start:end]`` (offsets into the text).

    The result depends only on the run, the six characters after it and which of "than ", " by ",
    "several " or "few " the text before it ends with (the only look back of _parse_run that can
    reach before the run: "more than half", "cut by half", "several hundred"), so short runs
    ("two", "first", "half a million") are read once and remembered.
    """
    raw = lower[start:end]
    if raw.isdigit() and raw.isascii():        # the common case: "29", "2020"
        return [NumberMatch(start, end, float(raw), False, False, False, 1.0, "")]
    # next: "3,850", "1.5" (one token, its value alone: the cache, keyed on what follows, misses them)
    if raw.isascii() and _PLAIN_NUMERAL.fullmatch(raw):
        return [NumberMatch(start, end, float(raw.replace(",", "")), False, False, False, 1.0, "")]
    if end - start > _RUN_CACHE_LONGEST:
        return _parse_run(lower, start, end)
    before = max(0, start - 8)
    word_before = next((w for w in _BEFORE_RUN_MATTERS if lower.endswith(w, before, start)), "")
    key = (lower[start:end + 6], end - start, word_before)
    found = _RUN_CACHE.get(key)
    if found is None:
        found = _RUN_CACHE.keep(key, tuple((n.start - start, n.end - start, n.value, n.words, n.scaled, n.fraction,
                                            n.multiplier, n.suffix) for n in _parse_run(lower, start, end)))
    return [NumberMatch(start + s, start + e, v, w, sc, fr, mu, su) for s, e, v, w, sc, fr, mu, su in found]


# -- the grammar over one run ------------------------------------------------
#
# A small state machine: the run is cut into tokens (``_RUN_TOKEN``), each token gets a kind
# (``_kind``), and one handler per kind takes the number being read (``_Num``, or None between
# numbers) and the token, and returns the number read from then on. A handler that ends the
# number closes it (``_Run.close``: kept unless it is an ordinal or ends on "a", "and"). The
# handlers may look at the tokens around theirs; only "point" takes more than one.

@dataclass(slots=True)
class _Num:
    """The number being read."""

    start: int
    end: int = 0
    total: float = 0.0
    cur: float = 0.0
    last: str = ""            # kind of the last token taken
    last_scale: float = 1.0   # the last scale word (for "3 million and a half")
    before_and: float | None = None   # value before an "and" ("one hundred and three quarters")
    scale_before_and: float = 1.0
    before_ten: float | None = None   # value before a tens word that continued it ("one hundred | thirty")
    before_unit: float | None = None  # the hundreds before "and" and a unit word ("three hundred and | two")
    words: bool = False
    scaled: bool = False
    fraction: bool = False
    ordinal: bool = False
    suffix: str = ""
    has_digits: bool = False

    @property
    def value(self) -> float:
        return self.total + self.cur


def _word_kinds() -> dict[str, str]:
    """Every word (or sign) of a run that has a kind, with it; a word of two sets keeps the first."""
    kinds: dict[str, str] = {}
    for kind, words in (("unit", _WORD_VALUE), ("ten", _TEN_VALUE), ("hundred", ["hundred"]),
                        ("scale", [*SCALES, "m"]),     # "m" only ever comes glued to a code ("30 MUSD")
                        ("dozen", DOZENS), ("a", ["a", "an"]), ("couple", ["couple"]),
                        ("den", [*ORDINAL_DEN, *(d + "s" for d in ORDINAL_DEN)]),
                        ("and", ["and", "&"]), ("comma", [","]), ("point", ["point"])):
        for w in words:
            kinds.setdefault(w, kind)
    return kinds


_WORD_KINDS = _word_kinds()
_DEN_VALUE = {d + "s": v for d, v in ORDINAL_DEN.items()} | ORDINAL_DEN    # "thirds" → 3, "halves" → 2


def _kind(tok: str) -> str:
    """The kind of a token of a run: digits, unit, ten, hundred, scale, dozen, a, den (a fraction
    or ordinal word), and, comma, point, or other."""
    if tok[0].isdigit() or tok[0] == "." or tok in UNICODE_FRACTIONS:
        return "digits"
    return _WORD_KINDS.get(tok, "other")


class _Tok(NamedTuple):
    text: str
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class _Run:
    """One run being read: its tokens, the numbers closed so far, the next token to read."""

    lower: str
    toks: list[_Tok]
    out: list[NumberMatch]
    next: int = 0

    def kind_at(self, i: int) -> str:
        return self.toks[i].kind if i < len(self.toks) else ""

    def close(self, cur: _Num | None) -> None:
        """Keep ``cur`` as a number if it is one; there is no number being read after."""
        if cur is not None and not cur.ordinal and cur.last not in ("a", "and", "comma", ""):
            self.out.append(NumberMatch(cur.start, cur.end, cur.value, cur.words, cur.scaled, cur.fraction,
                                        cur.last_scale if cur.scaled else 1.0, cur.suffix))


_Handler = Callable[[_Run, "_Num | None", int], "_Num | None"]


def _parse_run(lower: str, start: int, end: int) -> list[NumberMatch]:
    toks = []
    for t in _RUN_TOKEN.finditer(lower, start, end):
        tok = t.group()
        toks.append(_Tok(tok, t.start(), t.end(), _kind(tok)))
    run = _Run(lower, toks, [])
    cur: _Num | None = None
    while run.next < len(toks):
        i = run.next
        run.next = i + 1
        cur = _HANDLERS[toks[i].kind](run, cur, i)
    run.close(cur)
    return run.out


def _on_digits(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"948,000", "2.5k", "½": a number, or the rest of one after a scale ("3 million 200")."""
    tok, ts, te, _ = run.toks[i]
    parsed = (UNICODE_FRACTIONS[tok], 1.0, "", True) if tok in UNICODE_FRACTIONS else numeral_value(tok)
    if parsed is None:
        run.close(cur)
        return None
    v, mult, suffix, frac = parsed
    if cur is not None and cur.last in ("hundred", "scale") and not suffix and mult == 1 and (
            v < (100 if cur.last == "hundred" else cur.last_scale)):
        cur.cur += v
        cur.end, cur.last, cur.has_digits = te, "digits", True
        return cur
    run.close(cur)
    return _Num(ts, te, 0.0, v, "digits", mult, scaled=mult > 1, suffix=suffix, fraction=frac, has_digits=True)


def _on_unit_or_ten(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"seven", "twenty": adds to the number after a scale, a tens word or an "and", else opens one."""
    tok, ts, te, kind = run.toks[i]
    v = _WORD_VALUE[tok] if kind == "unit" else _TEN_VALUE[tok]
    if cur is not None and (cur.last in ("hundred", "scale") or (
            cur.last == "ten" and kind == "unit" and 0 < v < 10 and cur.cur % 10 == 0) or cur.last == "and"):
        if cur.last == "and":
            cur.total = 0.0
        if kind == "ten" and cur.last in ("hundred", "scale"):
            cur.before_ten = cur.value
        if cur.last == "hundred":
            cur.before_unit = cur.cur
        cur.cur += v
        cur.end, cur.last, cur.words = te, kind, True
        return cur
    if cur is not None and cur.last == "a" and kind == "ten":
        cur.before_ten, cur.cur, cur.end, cur.last = 1.0, float(v), te, "ten"    # "a twenty-first"
        return cur
    run.close(cur)
    return _Num(ts, te, 0.0, float(v), kind, words=True)


def _on_hundred(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"hundred" multiplies the group before it; alone it opens a number ("hundred thousand dollars")."""
    _, ts, te, _ = run.toks[i]
    if cur is None:
        if (i > 0 and run.toks[i - 1].text in ("and", "&", ",")) \
                or run.lower.endswith(_VAGUE_BEFORE_SCALE, max(0, ts - 9), ts):   # "several hundred": vague
            return None
        return _Num(ts, te, 0.0, 100.0, "hundred", words=True, scaled=True)
    if cur.last in ("unit", "ten", "digits", "a") and (
            0 < cur.cur < 100 or (cur.last == "digits" and cur.total == 0 and cur.cur > 0)):
        cur.cur *= 100
        cur.end, cur.last, cur.scaled = te, "hundred", True
        cur.words = True
        return cur
    run.close(cur)
    return None


def _on_a(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"a"/"an": one of what follows ("a million", "a third"), or part of "half a million"."""
    _, ts, te, _ = run.toks[i]
    if cur is not None and cur.last == "frac" and run.kind_at(i + 1) in ("scale", "dozen"):
        return cur                         # "half a million"
    if cur is not None and cur.last == "and":
        cur.total, cur.cur, cur.last, cur.end = 0.0, 1.0, "a", te
        return cur
    run.close(cur)
    return _Num(ts, te, 0.0, 1.0, "a", words=True)


def _on_scale(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"thousand", "million", "crore": closes a group of the number before it."""
    tok, te = run.toks[i].text, run.toks[i].end
    s = SCALES[tok] if tok != "m" else 1_000_000
    if cur is None or cur.last not in ("unit", "ten", "digits", "a", "hundred", "frac", "scale"):
        run.close(cur)
        return None
    if cur.last == "frac" and cur.before_and is not None:
        if cur.scale_before_and > s:       # "one billion and a half million"
            cur.total = cur.before_and + cur.cur * s
        else:                              # "five and a half million"
            cur.total = (cur.before_and + cur.cur) * s
        cur.cur = 0.0
    elif cur.cur == 0 and cur.total > 0:
        cur.total *= s                     # "three lakh crore"
    else:
        cur.total += cur.cur * s
        cur.cur = 0.0
    cur.end, cur.last, cur.last_scale, cur.scaled, cur.words = te, "scale", s, True, True
    cur.before_and = None
    return cur


def _on_dozen(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"dozen" multiplies the number before it by twelve."""
    te = run.toks[i].end
    if cur is None or cur.last not in ("unit", "ten", "digits", "a", "hundred", "frac"):
        run.close(cur)
        return None
    if cur.before_unit is not None and cur.last in ("unit", "ten"):
        cur.cur = cur.before_unit + (cur.cur - cur.before_unit) * 12   # "three hundred and two dozens"
    else:
        cur.cur *= 12
    cur.end, cur.last, cur.words = te, "dozen", True
    return cur


def _on_couple(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"a couple of": two, as "a dozen" is twelve (the pattern takes "couple" only before "of",
    so "the couple" is no number; without "a" it is none either)."""
    te = run.toks[i].end
    if cur is None or cur.last != "a" or cur.cur != 1.0:
        run.close(cur)
        return None
    cur.cur, cur.end, cur.last, cur.words = 2.0, te, "unit", True
    if run.toks[i + 1:i + 2] and run.toks[i + 1].text == "of" and run.kind_at(i + 2) in ("scale", "hundred"):
        run.next = i + 2                   # "a couple of thousand": two thousand
    return cur


def _on_den(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """A fraction or ordinal word ("thirds", "half", "fifth", "first"): divides the number before
    it, opens a fraction ("half a million"), or makes the number an ordinal ("twenty fifth")."""
    tok = run.toks[i].text
    d = _DEN_VALUE[tok]
    if cur is not None and cur.last == "ten" and d < 10 and (
            cur.before_ten is not None or (cur.end - cur.start == len(run.toks[i - 1].text) and run.out
                                           and run.out[-1].words and run.out[-1].end >= cur.start - 3)):
        _den_after_ten(run, cur, i)
        return None
    if d == 1:                           # "first": an ordinal
        if cur is not None and not cur.has_digits:
            cur.ordinal = True           # not after digits, which write an ordinal "21st": "$ 280 million
            # first mortgage notes", "6,240 first-time donors" are numbers
        run.close(cur)
        return None
    plural = tok not in ORDINAL_DEN or tok == "halves"
    if cur is None or cur.last in ("dozen", "frac") or (cur.last in ("scale", "hundred") and not plural):
        return _den_opens(run, cur, i, d)
    if cur.last == "and":
        run.close(cur)
        return None
    return _den_divides(run, cur, i, d, plural)


def _den_after_ten(run: _Run, cur: _Num, i: int) -> None:
    """"three twenty-firsts", "one hundred thirty fifths": the tens word belongs to the denominator."""
    tok, _, te, _ = run.toks[i]
    d = _TEN_VALUE[run.toks[i - 1].text] + _DEN_VALUE[tok]
    if cur.before_ten is not None:
        numerator, start_at = cur.before_ten, cur.start
    else:
        prev = run.out.pop()
        numerator, start_at = prev.value, prev.start
    if tok.endswith("s") or numerator == 1:
        run.out.append(NumberMatch(start_at, te, numerator / d, True, False, True))


def _den_opens(run: _Run, cur: _Num | None, i: int, d: float) -> _Num | None:
    """A fraction word with no number before it to divide: "half a million", "more than half";
    after "one hundred" an ordinal ("one hundred fifth"), or a denominator ("one one hundred fifth")."""
    tok, ts, te, _ = run.toks[i]
    halfish = tok in ("half", "quarter", "halves", "quarters")
    if cur is not None and cur.last in ("hundred", "scale"):
        before = run.out[-1] if run.out else None
        if (before is not None and before.words and not halfish and not before.fraction
                and before.end < cur.start and not run.lower[before.end:cur.start].strip()):
            # "one one hundred fifth": one 105th, a fraction
            run.out[-1] = NumberMatch(before.start, te, before.value / (cur.value + d), True, False, True)
            return None
        cur.ordinal = True         # "one hundred fifth": an ordinal
    run.close(cur)
    if halfish and (run.kind_at(i + 1) in ("scale", "a", "dozen") or run.lower.startswith(" of", te)
                    or (tok == "half" and run.lower.endswith("than ", 0, ts))     # "more than half"
                    or (tok == "half" and run.lower.endswith(" by ", 0, ts)      # "cut by half"
                        and not run.lower.startswith(" past", te))):             # not "by half past six"
        return _Num(ts, te, 0.0, 1.0 / d, "frac", words=True, fraction=True)
    return None


def _den_divides(run: _Run, cur: _Num, i: int, d: float, plural: bool) -> _Num | None:
    """A fraction word after a number: "two thirds", "five and a half", "a quarter"; or an
    ordinal ("twenty fifth", "a fifth consecutive")."""
    tok, _, te, _ = run.toks[i]
    nxt = run.kind_at(i + 1)
    halfish = tok in ("half", "quarter", "halves", "quarters")
    if cur.before_and is not None:
        num = cur.cur
        if num < d:
            cur.total, cur.cur = cur.before_and, num / d
            if cur.scale_before_and >= 1000 and nxt != "scale":
                cur.cur *= cur.scale_before_and
                cur.last_scale = cur.scale_before_and
        else:
            cur.total, cur.cur = 0.0, (cur.before_and + num) / d
            cur.before_and = None
    elif halfish and not plural and cur.last == "digits" and cur.value != 1:
        run.close(cur)
        return None              # "the 1988 quarter": no fraction of 1988
    elif plural or (halfish and cur.last in ("a", "unit", "digits")) or (
            cur.last in ("a", "unit") and cur.cur == 1 and cur.end - cur.start <= 3      # "one", "a"...
            and (_FREE_AFTER.match(run.lower[te:te + 6]) or nxt in ("scale", "dozen"))):  # "... fifth of"
        cur.total, cur.cur = 0.0, cur.value / d
    else:
        cur.ordinal = True                 # "twenty fifth", "a fifth consecutive"
        run.close(cur)
        return None
    cur.end, cur.last, cur.fraction, cur.words = te, "frac", True, True
    return cur


def _on_and(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"and", "&": goes on with the number ("one hundred and three", "five and a half", "twenty and
    three"), or ends it ("ten and fifteen")."""
    toks = run.toks
    nxt = run.kind_at(i + 1)
    if (cur is not None and cur.last in ("hundred", "scale") and nxt == "den"
            and toks[i + 1].text in ORDINAL_DEN and toks[i + 1].text not in ("half", "quarter", "first")):
        return cur                         # "one hundred and fifth": one ordinal
    if cur is None or cur.last not in ("hundred", "scale", "unit", "ten", "digits"):
        run.close(cur)
        return None
    j = i + 1
    while j < len(toks) and toks[j].kind in ("unit", "ten", "a", "digits"):
        j += 1
    if j > i + 1 and run.kind_at(j) == "den":      # a fraction follows: "five and three quarters"
        cur.before_and = cur.value
        cur.scale_before_and = cur.last_scale if cur.last == "scale" else 1.0
        cur.total, cur.cur, cur.last = cur.value, 0.0, "and"
        return cur
    after_next = run.kind_at(i + 2)
    next_scale = (100 if after_next == "hundred" else SCALES.get(toks[i + 2].text, 0)
                  if after_next in ("hundred", "scale") else 0)
    group = 100 if cur.last == "hundred" else cur.last_scale
    # "one hundred and three", "3 hundred and 21": keep counting; but digits after a scale word
    # start another amount ("$5 million and 300 tonnes")
    if cur.last in ("hundred", "scale") and (nxt in ("unit", "ten") or nxt == "digits" and cur.last == "hundred") \
            and not (next_scale == group or toks[i + 1].text in ("0", "zero")):
        return cur
    if (cur.last == "ten" and nxt == "unit" and cur.cur % 10 == 0 and 0 < _WORD_VALUE[toks[i + 1].text] < 10
            and after_next not in ("hundred", "scale", "dozen", "den", "digits")):
        return cur                         # "twenty and three": 23 (as in "four and twenty")
    run.close(cur)
    return None


def _on_comma(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """A comma goes on only after a scale word, before a unit or tens word ("two million, three hundred")."""
    if cur is not None and cur.last == "scale" and run.kind_at(i + 1) in ("unit", "ten"):
        return cur
    run.close(cur)
    return None


def _on_point(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """"point" and the digit words after it ("two point five six") are decimals of the number."""
    toks, n = run.toks, len(run.toks)
    j = i + 1
    digits = ""
    while j < n and toks[j].text in _WORD_VALUE and _WORD_VALUE[toks[j].text] < 10:
        digits += str(_WORD_VALUE[toks[j].text])
        j += 1
    if not digits and j < n and (toks[j].text in _WORD_VALUE or toks[j].text in _TEN_VALUE):
        v = _WORD_VALUE.get(toks[j].text) or _TEN_VALUE.get(toks[j].text, 0)
        j += 1
        if v >= 20 and j < n and toks[j].text in _WORD_VALUE and 0 < _WORD_VALUE[toks[j].text] < 10:
            v += _WORD_VALUE[toks[j].text]
            j += 1
        digits = str(v)
    if cur is not None and digits and cur.last in ("unit", "ten", "hundred", "scale"):
        cur.cur = cur.cur + float("0." + digits)
        cur.end = toks[j - 1].end
        cur.last = "unit"
        run.next = j                       # the digit words are taken
        return cur
    run.close(cur)
    return None


def _on_other(run: _Run, cur: _Num | None, i: int) -> _Num | None:
    """Any other word ends the number, but for "of" in "two thirds of a million"."""
    if run.toks[i].text == "of" and cur is not None and cur.last == "frac" and run.kind_at(i + 1) == "a":
        return cur
    run.close(cur)
    return None


_HANDLERS: dict[str, _Handler] = {
    "digits": _on_digits, "unit": _on_unit_or_ten, "ten": _on_unit_or_ten, "hundred": _on_hundred,
    "a": _on_a, "scale": _on_scale, "dozen": _on_dozen, "couple": _on_couple, "den": _on_den, "and": _on_and,
    "comma": _on_comma, "point": _on_point, "other": _on_other}


_PLURAL_SCALE_ENDS = ("hundred", "thousand", "million", "billion", "trillion")


def over_value(text: str) -> float | None:
    """The value of the right side of "one over three" (a run of words or digits)."""
    raw = text.strip()
    if raw.endswith("s") and raw[:-1].endswith(_PLURAL_SCALE_ENDS):    # "five hundreds"
        raw = raw[:-1]
    if raw and (raw[0].isdigit() or raw[0] == "."):
        parsed = numeral_value(raw)
        return parsed[0] if parsed else None
    nums = parse_run(raw, raw, 0, len(raw))
    if len(nums) == 1 and nums[0].start == 0 and nums[0].end == len(raw):
        return nums[0].value
    return None


_LEFT_OK = frozenset(" \t\n\r([{\"'“‘/:;=<>~$€£¥₹₿#@*,–—-")
# what a dash between a word and a number follows ("1000 - 5000", "the dead -- 97"): a dash, no sign
_SIGN_AFTER_WORD = re.compile(r"(?:[\w%)\]]|[-\u2013\u2014])\s*$")


def prefix_pattern(words) -> str:
    """A regex that matches any of ``words`` as a prefix, factored by first letters.

    Used only to find where a number may start, so a word that has a shorter word of
    the set as its prefix is left out ("tenth" is found through "ten")."""
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        groups.setdefault(w[0], []).append(w[1:])
    alts = []
    for first, rests in sorted(groups.items()):
        if "" in rests:
            alts.append(re.escape(first))
        else:
            alts.append(re.escape(first) + "(?:" + prefix_pattern(rests) + ")")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


_START_WORDS = (set(_WORD_VALUE) | set(TENS) | {"hundred", *SCALES} | DOZENS | set(ORDINAL_DEN)
                | {d + "s" for d in ORDINAL_DEN} | {"couple"})
# Where a match of number_pattern can start: a digit or fraction character (with a sign or a
# point just before it), a number word at the start of a word (with "a"/"an" before
# it), or a sign word. Three cheap scans find these; the pattern is then tried only there.
_DIGIT_HIT = re.compile(rf"[\d{_FRAC_CHARS}]+")
_WORD_HIT = re.compile(rf"(?<![a-z]){prefix_pattern(_START_WORDS)}")
# _WORD_HIT as a character then the word, so ``re`` can skip to the candidates (a
# lookbehind first defeats that); the hit is at match start + 1, or a _WORD_BODY at 0
_WORD_BODY = re.compile(prefix_pattern(_START_WORDS))
# bytes.translate table: ASCII lower-case letters kept, every other byte to a space
_LETTER_BYTES = bytes(i if 0x61 <= i <= 0x7A else 0x20 for i in range(256))
# _WORD_HIT on the text so translated: a space, then the word. With a literal first
# character ``re`` jumps from space to space; a class such as [^a-z] costs it a test
# at every character (a third more time for the same matches)
_WORD_AFTER_SPACE = re.compile(b" " + _WORD_BODY.pattern.encode("ascii"))
_SIGN_WORD_HIT = re.compile(r"minus|negative")
_SIGNS = "-+\u2212"


_MOST_NON_ASCII = 64
# bytes.translate table: ASCII digits to "1", every other byte to "0"
_DIGIT_BYTES = bytes(0x31 if 0x30 <= i <= 0x39 else 0x30 for i in range(256))


def _one_byte_each(lower: str) -> bytes:
    """``lower`` as bytes, one a character: ASCII as it is, any other character "?"."""
    return lower.encode("ascii") if lower.isascii() else lower.encode("ascii", "replace")


def _word_starts(lower: str, data: bytes) -> list[int]:
    """The starts of ``_WORD_HIT.finditer(lower)`` (``data`` is ``_one_byte_each(lower)``)."""
    starts = [h.start() + 1 for h in _WORD_AFTER_SPACE.finditer(data.translate(_LETTER_BYTES))]
    if _WORD_BODY.match(lower):
        starts.insert(0, 0)
    return starts


def _digit_runs(lower: str, data: bytes | None = None) -> list[tuple[int, int]]:
    """The spans of ``_DIGIT_HIT.finditer(lower)``: runs of digits and fraction characters.

    A regex scan of a whole text costs about 10 ns a character; here the text becomes
    bytes, digits "1" and all else "0" (``translate``), and ``bytes.find`` (memchr)
    jumps from run to run, several times faster. A character outside ASCII becomes "?"
    (one byte, so offsets hold); if one is a digit or fraction ("٣", "½"), or there are
    too many to look at (a text in another script), the regex runs. ``data`` is
    ``_one_byte_each(lower)``, when the caller has it."""
    if data is None:
        data = _one_byte_each(lower)
    if not lower.isascii():
        if data.count(63) > _MOST_NON_ASCII:
            return [h.span() for h in _DIGIT_HIT.finditer(lower)]
        i = data.find(63)                                  # "?"
        while i != -1:
            c = lower[i]
            if c != "?" and (c.isdecimal() or c in UNICODE_FRACTIONS):   # \d is isdecimal()
                return [h.span() for h in _DIGIT_HIT.finditer(lower)]
            i = data.find(63, i + 1)
    data = data.translate(_DIGIT_BYTES)
    find = data.find
    runs = []
    p = find(49)
    while p != -1:
        e = find(48, p)
        if e == -1:
            runs.append((p, len(data)))
            break
        runs.append((p, e))
        p = find(49, e)
    return runs


def _number_matches(lower: str, codes: frozenset[str],
                    glued: tuple[str, ...] = ()) -> list[tuple[int, int, int, re.Match[str] | None]]:
    """The matches of ``number_pattern(codes).finditer(lower)``, found by trying it only where one can start,
    as (start, run start, run end, match); the match is None for a plain run of digits (no sign,
    no "over"), which is found without the regex. (A list, not a generator: resuming one for
    each of a document's few dozen numbers costs more than the list.)"""
    cands: list[tuple[int, int]] = []          # (position, end of a digit run to try inside)
    add = cands.append
    data = _one_byte_each(lower)
    for p, run_end in _digit_runs(lower, data):
        q = p - 1 if p > 0 and lower[p - 1] == "." else p
        if q > 0 and lower[q - 1] in _SIGNS:
            add((q - 1, 0))
        elif q > 1 and lower[q - 2] in _SIGNS and lower[q - 1].isspace():
            add((q - 2, 0))
        if q != p:
            add((q, 0))
        add((p, run_end))
    for q in _word_starts(lower, data):
        i = q
        while i > 0 and (lower[i - 1].isspace() or lower[i - 1] == "-"):
            i -= 1
        if i < q:
            if i > 0 and lower[i - 1] == "a" and (i == 1 or not "a" <= lower[i - 2] <= "z"):
                add((i - 1, 0))
            elif i > 1 and lower[i - 1] == "n" and lower[i - 2] == "a" and (i == 2 or not "a" <= lower[i - 3] <= "z"):
                add((i - 2, 0))
        add((q, 0))
    if "minus" in lower or "negative" in lower:
        for h in _SIGN_WORD_HIT.finditer(lower):
            add((h.start(), 0))
    cands.sort()
    match = number_pattern(codes, glued).match
    last = 0
    found: list[tuple[int, int, int, re.Match[str] | None]] = []
    for pos, inner_end in cands:
        if pos < last:
            if inner_end <= last:
                continue
            pos = last
        while True:
            # most digit runs are plain ("29 people", "2020,"): no regex needed (see _plain_digits)
            if inner_end and _plain_digits(lower, pos, inner_end, codes):
                found.append((pos, pos, inner_end, None))
                last = inner_end
                break
            m = match(lower, pos)
            if m is not None:
                found.append((m.start(), *m.span(_RUN), m))
                last = pos = m.end()
                if pos < inner_end:
                    continue
                break
            pos += 1
            if pos >= inner_end:
                break
    return found


_NOT_AFTER_DIGITS = (set(_WORD_VALUE) | {"hundred", *SCALES} | DOZENS | set(ORDINAL_DEN)
                     | {d + "s" for d in ORDINAL_DEN} | set(SHORT_SCALES)
                     | {"point", "and", "of", "over", "in", "out", "a", "an", "couple"})
_TENS_TUPLE = tuple(TENS)
_LETTERS = re.compile(r"[a-z]+")
_SAFE_AFTER_DIGITS = frozenset(":;)!?\"%]}\u201d")
_SAFE_AFTER_SPACE = frozenset("(\"'$%\u201c\u2018\u20ac\u00a3\u2013\u2014")


def _word_continues(lower: str, k: int, codes: frozenset[str]) -> bool:
    """Whether ``number_pattern(codes)`` may go on with the word at ``lower[k]`` (after a space, ", " or
    "-"): a number word, a scale, a joiner ("and", "point", "of", "over", "in", "out of"), "a"/"an",
    "couple", "x" (of "5 x 10^3"), a tens word glued to more letters, or "m" on a currency code ("30 musd").

    The commonest joiners go on only before what the pattern takes after them, so the word after
    them is looked at too (each a superset of the pattern's own test): "and", "a" and "an" before
    a number word ("14 and updated", "42, a teacher", "5, a hundred"), "in" before one or a digit
    (its fraction "1 in 5", not "3,850 in March"), "of" before "a"/"an" ("5 of a million", not "40
    of the")."""
    letters = _LETTERS.match(lower, k)
    assert letters is not None      # the callers saw a letter at lower[k]
    w = letters.group()
    if w in _WORD_THEN_NUMBER:
        after = _NEXT_WORD.match(lower, letters.end())
        if after is None:               # no word next: "in" or "and" may go on with a digit
            return w in ("in", "and") and lower[letters.end():letters.end() + 1].isspace()
        return _number_word(after.group(1), codes)
    if w == "of":
        return _OF_AN.match(lower, letters.end()) is not None
    return _number_word(w, codes)


def _number_word(w: str, codes: frozenset[str]) -> bool:
    """Whether the pattern may take the word ``w`` as (the start of) one of its tokens or joiners."""
    return (w in _NOT_AFTER_DIGITS or w.startswith(_TENS_TUPLE) or w[0] == "x"
            or (w[0] == "m" and w[1:] in codes))


# joiners looked past to the word after them (see _word_continues)
_WORD_THEN_NUMBER = frozenset({"and", "in", "a", "an"})
_NEXT_WORD = re.compile(r"[\s-]+([a-z]+)")
_OF_AN = re.compile(r"\s+an?[\s-]")


def _plain_digits(lower: str, pos: int, end: int, codes: frozenset[str]) -> bool:
    """Whether ``number_pattern(codes).match(lower, pos)`` is the ASCII digits ``lower[pos:end]`` alone (its run,
    no sign, no "over"), from the characters around them; False when unsure (then the caller
    runs the regex). ``end`` ends a maximal run of digits.

    After the digits, the pattern can go on only with a point or comma and a digit, a space and a
    digit, point or sign, a glued suffix, or (after a space, ", " or "-") a word of _word_continues;
    before them, only a letter stops it (its look-behind)."""
    if pos > 0 and "a" <= lower[pos - 1] <= "z":
        return False
    digits = lower[pos:end]
    if not (digits.isdigit() and digits.isascii()):
        return False
    c = lower[end:end + 1]
    if not c or c in _SAFE_AFTER_DIGITS:
        return True
    c2 = lower[end + 1:end + 2]
    if c in "'\u2019":
        return not c2.isdigit()        # a quote or an apostrophe, not Swiss grouping ("270’027")
    if c == " ":
        if "a" <= c2 <= "z":
            return not _word_continues(lower, end + 1, codes)
        return c2 in _SAFE_AFTER_SPACE
    if c == ".":
        return not c2.isdigit()
    if c == "-" and "a" <= c2 <= "z":
        return not _word_continues(lower, end + 1, codes)      # "14-year-old", not "5-twenty"
    if c == ",":
        if c2 == " ":
            c3 = lower[end + 2:end + 3]
            if "a" <= c3 <= "z":
                return not _word_continues(lower, end + 2, codes)
            return bool(c3) and not c3.isspace()
        return not c2.isdigit() and not c2.isspace()
    return False


# the groups are the same in the pattern of any codes
_RUN, _SIGN, _OVER, _OUTOF = (number_pattern(frozenset()).groupindex[g] for g in ("run", "sign", "over", "outof"))


_UPPER_SCALES = {"G": 1e9, "M": 1e6}


def _upper_scale(text: str, nums: list[NumberMatch], end: int) -> None:
    """A capital G or M after digits is a scale: "10G" = 1e10, "1,674.5 G", "1,674,200.5 M" (in place).

    Only in the original case (a lower-case "g" or "m" is a gram or a metre), only as a whole
    word, and not "5G" (one digit glued to G: a mobile network generation)."""
    last = nums[-1]
    k = end if text[end] == "G" else end + 1
    if (last.end != end or last.words or last.scaled or last.suffix or last.fraction
            or (k < len(text) - 1 and (text[k + 1].isalnum() or text[k + 1] in "_-"))):
        return
    if k == end and end - last.start == 1:
        return
    mult = _UPPER_SCALES[text[k]]
    nums[-1] = NumberMatch(last.start, k + 1, last.value * mult, False, True, False, mult, "")


_PLUS_OR_BEFORE = re.compile(r"plus\s*(?:or|/)\s*$")
# a margin written with both signs before its number: "+/- 1.55 percent", "+-3", "plus/minus 2 points"
# (the size of the margin, no negative number)
_MARGIN_SIGN_BEFORE = re.compile(r"(?:\+\s*/?|plus\s*(?:or|/)?)\s*$")


# the bases of a ratio "X out of Y" ("three out of four", "9 out of 10", "out of 100"); a total written
# in other digits is a count of its own: "won nine out of 59 seats" is 9 seats of 59, no ratio 0.153
_RATIO_BASES = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 100, 1000})


def _a_total(raw: str, den: float) -> bool:
    """Whether the Y of "X out of Y", written ``raw``, is a total counted, not the base of a ratio."""
    return raw[:1].isdigit() and den not in _RATIO_BASES


def _glued_before(text: str, at: int, glued: tuple[str, ...]) -> bool:
    """Whether one of the ``glued`` currency prefixes, as written, ends at ``at`` and starts a word."""
    for p in glued:
        k = at - len(p)
        if k >= 0 and text.startswith(p, k) and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "$.")):
            return True
    return False


def find_numbers(text: str, lower: str, codes: frozenset[str], symbols: frozenset[str],
                 glued: tuple[str, ...] = ()) -> list[NumberMatch]:
    """Every number of ``text`` (``lower`` is ``text.lower()``, same length), in order, with the
    currency codes (lower case) and one-character symbols of the vocabulary (the lexicon's
    ``currency.codes`` and ``currency.symbols``). Digits glued to letters are a number only after
    a code ("usd5"), and digits glued to other characters only after a few (``_LEFT_OK``) or a
    symbol, or one of the ``glued`` currency prefixes, in their case ("Sh1.7bn", "Rs.12", "R2bn":
    the lexicon's ``currency.glued``; whether "R2" is money is for later stages to say); "M"
    glued to a code is a million of it, before the number or after ("MSEK 5", "5 MSEK")."""
    out: list[NumberMatch] = []
    # capital scale letters after the number ("10G", "1,674.5 G", "1,674,200.5 M") and a capital M
    # on a code before it ("MAUD 60"): cheap tests of the whole text first, so the loop rarely looks
    upper_gm = "G" in text or " M" in text
    m_code = "M" in text
    for start, rs, re_, m in _number_matches(lower, codes, glued):
        sign, over_g, outof_g = m.group(_SIGN, _OVER, _OUTOF) if m is not None else (None, None, None)
        if rs > 0 and lower[rs - 1] not in _LEFT_OK and not sign and not lower[rs - 1].isspace():
            if not (lower[rs - 1] in "+\u2212" or (lower[rs - 1] == "\u00b1" and not lower[rs - 2:rs - 1].isalnum())
                    or lower[rs - 1] in symbols or lower[max(0, rs - 3):rs] in codes
                    or (glued and _glued_before(text, rs, glued))):
                continue
        negative = False
        if sign:
            s = sign.strip()
            if start > 0 and (lower[start - 1].isalnum() or lower[start - 1] in "._"):
                if s[0].isalpha():       # "someminus 5": not a sign word
                    continue
                sign = None
            elif s in ("-", "\u2212") and (sign != s or lower[start - 1:start] in ("-", "\u2013", "\u2014", "%")) \
                    and _SIGN_AFTER_WORD.search(lower, max(0, start - 3), start):
                sign = None              # "1000 - 5000", "the dead -- 97", "11%-13%": a dash, not a sign
            elif s == "minus" and _PLUS_OR_BEFORE.search(lower, max(0, start - 9), start):
                sign = None              # "plus or minus 3.1 points": a margin, no negative number
            elif s in ("-", "\u2212") and _MARGIN_SIGN_BEFORE.search(lower, max(0, start - 9), start):
                sign = None              # "+/- 1.55 percent", "+-3": a margin, no negative number
            elif s in ("-", "\u2212", "minus", "negative"):
                negative = True
        # a plain run of ASCII digits (no match: see _plain_digits) is its value alone
        nums = parse_run(text, lower, rs, re_) if m is not None else [
            NumberMatch(rs, re_, float(lower[rs:re_]), False, False, False, 1.0, "")]
        if not nums:
            continue
        if m_code and rs > 3 and (text[rs - 4] == "M" or text[rs - 5:rs - 4] == "M") \
                and _m_code_before(text, lower, rs, codes):
            first = nums[0]
            if first.start == rs and not first.words and not first.scaled and not first.suffix:
                nums[0] = NumberMatch(first.start, first.end, first.value * 1e6, False, True, first.fraction, 1e6, "")
        if upper_gm and (text[re_:re_ + 1] == "G" or (
                text[re_:re_ + 1] == " " and text[re_ + 1:re_ + 2] in _UPPER_SCALES)):
            _upper_scale(text, nums, re_)
        if not (over_g or outof_g or sign):
            out.extend(nums)
            continue
        over = "over" if over_g else "outof" if outof_g else None
        if over and m is not None and nums[-1].end == re_:     # (over: m is a match)
            den_group = "den_run2" if over == "outof" else "den_run" if m.group("den_run") is not None else "den_in"
            raw = m.group(den_group)
            den = over_value(raw)
            joiner = m.group(over).split()[0]
            if den and not (joiner in ("in", "out") and (den > 1000 or nums[-1].value >= den)) \
                    and not (joiner == "out" and _a_total(raw, den)):
                last = nums[-1]
                nums[-1] = NumberMatch(last.start, m.end(den_group), last.value / den, last.words, False, True)
            else:
                nums += parse_run(text, lower, m.start(den_group), m.end(den_group))
        if negative:
            first = nums[0]
            if first.start == rs:
                nums[0] = NumberMatch(start, first.end, -first.value, first.words, first.scaled,
                                      first.fraction, first.multiplier, first.suffix)
        out.extend(nums)
    if any(n.suffix == "m" for n in out):
        _millions_among_peers(lower, out)
    if symbols and _SPLIT_DECIMALS_HINT.search(text):
        _join_split_decimals(text, out, symbols)
    if _continental(text, out):
        _continental_grouping(text, out)
    if " and " in lower:
        out = _scaled_sums(lower, out, symbols)
    return out


def _scaled_sums(lower: str, out: list[NumberMatch], symbols: frozenset[str]) -> list[NumberMatch]:
    """One number for a sum of scaled parts written with digits ("1 million and 961 thousand" is
    1,961,000), as the words of one are ("one million and sixty thousand"): a larger scale, " and ",
    then a smaller part; not the ends of "between 1 million and 500 thousand", nor two amounts of
    money ("$2 billion and 300 million euros")."""
    joined: list[NumberMatch] = []
    for n in out:
        last = joined[-1] if joined else None
        if last is not None and last.scaled and n.scaled and lower[last.start].isdigit() and lower[n.start].isdigit() \
                and lower[last.end:n.start] == " and " and n.value < last.multiplier <= last.value \
                and n.multiplier < last.multiplier and lower[last.start - 1:last.start] not in symbols \
                and not _BETWEEN_BEFORE.search(lower, max(0, last.start - 30), last.start):
            joined[-1] = last._replace(end=n.end, value=last.value + n.value)
            continue
        joined.append(n)
    return joined


_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:\S+\s+){0,2}$")


# A text that writes its numbers the continental way ("220.811 votes, or 26,29%"): a point groups
# thousands and a comma marks decimals. It shows it by a comma before one or two decimals of a share
# ("26,29%"), by two points grouping ("1.234.567") or by both ("1.234,5"), and never writes a comma
# group before a decimal point ("1,234.5") nor a share with a decimal point ("3.2%"). Its "220.811" is
# then 220,811 and its "24,458%" 24.458%. Read from the numbers found, not the whole text.
_CONTINENTAL_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+")
_COMMA_DECIMAL_SHARE = re.compile(r"\d{1,3},\d{1,2}")
_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")
_POINT_DECIMAL_SHARE = re.compile(r"\d+\.\d{1,2}")
_SHARE_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent)", re.I)


def _continental(text: str, out: list[NumberMatch]) -> bool:
    """Whether the numbers of ``text`` are written the continental way (above)."""
    if "." not in text or "," not in text:
        return False
    continental = False
    for n in out:
        raw = text[n.start:n.end]
        if "," not in raw and "." not in raw:
            continue
        share = _SHARE_AFTER.match(text, n.end) is not None
        if _ENGLISH_NUMBER.fullmatch(raw) or share and _POINT_DECIMAL_SHARE.fullmatch(raw):
            return False
        continental = continental or _CONTINENTAL_NUMBER.fullmatch(raw) is not None \
            or share and _COMMA_DECIMAL_SHARE.fullmatch(raw) is not None
    return continental
_POINT_GROUPED = re.compile(r"\d{1,3}\.\d{3}")
_COMMA_DECIMALS = re.compile(r"\d{1,3},\d{3}")


def _continental_grouping(text: str, out: list[NumberMatch]) -> None:
    """Read the numbers of a continental text with its point grouping thousands and its comma marking
    decimals, where the English reading made them otherwise ("220.811" 220.811, "24,458" 24,458)."""
    for k, n in enumerate(out):
        raw = text[n.start:n.end]
        if n.words or n.scaled or n.multiplier != 1:
            continue
        if _POINT_GROUPED.fullmatch(raw):
            if _SHARE_AFTER.match(text, n.end):
                continue        # "4.984%": a share of thousands of per cent is none; a point there is a decimal
            value = float(raw.replace(".", ""))
        elif _COMMA_DECIMALS.fullmatch(raw):
            value = float(raw.replace(",", "."))
        else:
            continue
        out[k] = n._replace(value=-value if n.value < 0 else value)


# the decimals of a price that a stray space split from it: "at $ 2. 1500.", "€ 3. 25," (a currency
# sign before the units, two to four digits after ". ", then a stop, comma or bracket: no new sentence
# opens with a bare number there)
_SPLIT_DECIMALS = re.compile(r"\. (\d{2,4})(?=[.,;:)]|$)")
# (whether a text holds "\d\. \d" at all: led by the literal ". ", which ``re`` skips to, with the digit
# before it looked behind for; led by "\d", it is tried at every character of the text)
_SPLIT_DECIMALS_HINT = re.compile(r"\. (?<=\d\. )\d")


def _join_split_decimals(text: str, out: list[NumberMatch], symbols: frozenset[str]) -> None:
    """Read "$ 2. 1500" as the price 2.15, one number, where the finder saw two (in place)."""
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        raw = text[a.start:a.end]
        if b.start == a.end + 2 and len(raw) <= 3 and raw.isdigit() and (m := _SPLIT_DECIMALS.match(text, a.end)) \
                and m.end(1) == b.end and text[:a.start].rstrip(" ")[-1:].lower() in symbols:
            out[i] = NumberMatch(a.start, b.end, float(raw + "." + m.group(1)), False, False, False, 1.0, "")
            del out[i + 1]
        i += 1


# a sentence ends between two numbers: a stop, "!" or "?" (a closing quote may follow) and a space
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s")
# what an "m" that is a metre is written with: "3m/s", "40m²"
_METRE_COMPOUND = frozenset("/\u00b2\u00b3")


def _millions_among_peers(lower: str, out: list[NumberMatch]) -> None:
    """An "m" glued to digits is a million when a figure of the same sentence, written in full, is of
    its size ("0.3m from the council and 480,000 from a developer", "1.1m of the trips and 870,000"):
    a list of like amounts, not a length next to a count (in place)."""
    for i, n in enumerate(out):
        if n.suffix != "m" or n.words or n.value >= 1000 or lower[n.end:n.end + 1] in _METRE_COMPOUND:
            continue
        millions = n.value * 1e6
        for peer in out:
            if peer is n or peer.suffix or peer.fraction or peer.value < 100_000:
                continue
            between = lower[min(n.end, peer.end):max(n.start, peer.start)]
            if 0.2 <= millions / peer.value <= 5 and not _SENTENCE_END.search(between):
                out[i] = NumberMatch(n.start, n.end, millions, False, True, n.fraction, 1e6, "")
                break
