"""Numbers that are not claims: dates, years, clock times, ages, ordinals,
durations, phone numbers, addresses, model names and reference labels.

Each test looks at a few characters around the number, so the filter costs
a handful of anchored matches per number.
"""

from __future__ import annotations

import re

from auditor.extract.when import MONTHS

_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_BEFORE = re.compile(
    rf"(?<![\w])(?:(?:{_MONTH_WORDS})|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)[ \t\u00a0]$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH_WORDS})\b", re.I)
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_CLOCK_AFTER = re.compile(r"^(?:[:.]\d\d\b|\s*(?:a\.?m\b\.?|p\.?m\b\.?|o'clock|GMT|UTC|hrs\b|h\b|local\s+time))", re.I)
_CLOCK_BEFORE = re.compile(r"\d[:]$")
_AGE_AFTER = re.compile(r"^[\s-]*(?:years?|months?|weeks?|days?)[\s-]*old\b|^-year\b|^\s*yo\b|^\s*\((?:aged\s*)?\)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+(?:of\s+)?$", re.I)
_DURATION_AFTER = re.compile(
    r"^[\s-]*(?:(?:more|other|additional|long|straight|consecutive|full)\s+)?"
    r"(?:seconds?|minutes?|mins?|hours?|hrs|days?|nights?|weeks?|months?|years?|decades?|centuries|century|yrs)\b"
    r"(?P<rel>\s+(?:ago|earlier|later|before|after|from\s+now|since|of\s+(?:war|conflict|fighting|talks))\b)?", re.I)
# "in three months", "over the past two weeks": a time scope (when.py reads it), not a quantity
_SCOPE_BEFORE = re.compile(
    r"\b(?:in|within|during|over|under|past|last|next|previous|first|recent|coming|each|every|per|a|an)\s+"
    r"(?:just\s+|only\s+|almost\s+|nearly\s+|about\s+|some\s+|the\s+(?:past|last|next|previous|first)\s+)?$", re.I)
_WORD_ORDINAL_AFTER = re.compile(r"^[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", re.I)
_MODEL_BEFORE = re.compile(r"[A-Za-z][\-‑]$|[A-Za-z]{1,6}[\-‑]?$")
_LABEL_BEFORE = re.compile(
    r"\b(?:Resolution|Article|Chapter|Section|Route|Highway|Flight|Room|No\.?|Nos\.?|Number|Page|Paragraph|"
    r"Clause|Platform|Gate|Apollo|Boeing|Airbus|Windows|iPhone|Vol\.?|Volume|Issue|Episode|Season|"
    r"Level|Grade|Division|Bill|Decree|Phase|Stage|Camp|Unit|Block|Sector|Zone|Line|Bus|Tower|"
    r"Building|Hall|Act|Amendment|Protocol|Convention|Code|Model|Mark|Mk\.?|Type|Version|v)\s*#?$")
_SCALED_BEFORE = re.compile(r"\d(?:k|m|bn|b|tn)[\-‑–]$", re.I)
_HASH_BEFORE = re.compile(r"#\s*$")
_ADDRESS_AFTER = re.compile(
    r"^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\b|Road|Rd\b|Avenue|Ave\b|Boulevard|Blvd\b|Lane|Ln\b|"
    r"Drive|Dr\b|Way|Place|Pl\b|Square|Sq\b|Terrace|Court|Close)")
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s./-]\d{3,4}\b")
_URLISH = re.compile(r"(?:https?://|www\.|@|[?&=%])\S*$")
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:which|the|this|that|no|any|every|each|some|someone|another|a)\s+$", re.I)
_ONE_PRONOUN_AFTER = re.compile(r"^\s+(?:another|by\s+one|day|way|side|hand|after\s+another)\b", re.I)
_YEAR_CONTEXT_AFTER = re.compile(r"^\s*(?:%|per\s*cent|percent)", re.I)


_DATE_TOKEN = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\.?|(?:1[89]|20)\d\d[-–/][01]?\d")
_DATE_CHARS = frozenset("0123456789/.-")


def _numeric_date(text: str, start: int, end: int) -> bool:
    """"2020-02-27", "27/02/2020", "27.02.2020": the run of digits and separators around a number."""
    left, right = start, end
    while left > 0 and start - left < 12 and text[left - 1] in _DATE_CHARS:
        left -= 1
    while right < len(text) and right - end < 12 and text[right] in _DATE_CHARS:
        right += 1
    return bool(_DATE_TOKEN.fullmatch(text, left, right) or _DATE_TOKEN.fullmatch(text.rstrip(".")[left:right].rstrip(".")))


def is_year(raw: str, value: float) -> bool:
    return raw.isdigit() and len(raw) == 4 and 1800 <= value <= 2100


_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.I)


def _in_url(text: str, start: int) -> bool:
    """Inside a link or an e-mail address: the run of non-space characters before the number.

    Looks back at most 300 characters, so a line of a million digits costs
    no more than a short one.
    """
    lo = max(0, start - 300)
    left = max(text.rfind(" ", lo, start), text.rfind("\n", lo, start), text.rfind("\t", lo, start), lo - 1) + 1
    token = text[left:start + 1]
    if "://" in token or token.startswith("www."):
        return True
    return "@" in token and "." in text[start:start + 30].split(" ")[0]


def not_a_claim(text: str, start: int, end: int, raw: str, value: float, hedged: bool,
                thing_follows: bool, unit: str | None = None) -> str | None:
    """Why the number at ``text[start:end]`` is not a claim, or None when it is one."""
    before = text[max(0, start - 24):start]
    after = text[end:end + 40]
    if _in_url(text, start):
        return "link"
    if _CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before):
        return "clock time"
    if _numeric_date(text, start, end):
        return "date"
    if _MONTH_AFTER.match(after) or (_MONTH_BEFORE.search(before) and value <= 31 or
                                     _MONTH_BEFORE.search(before) and is_year(raw, value)):
        return "date"
    if _ORDINAL_SUFFIX.match(after) or (raw[:1].isalpha() and _WORD_ORDINAL_AFTER.match(after)):
        return "ordinal"
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return "age"
    duration = _DURATION_AFTER.match(after)
    if duration and (duration.group("rel") or _SCOPE_BEFORE.search(before)):
        return "duration"
    if raw[:1].isdigit() and (_MODEL_BEFORE.search(before) and not before.endswith((" ", "\n"))
                              and not _SCALED_BEFORE.search(before)):
        if not re.search(r"(?:US|A|C)?\$$|[€£¥₹]$", before):
            return "model name"
    if re.match(r"^[\-‑]?[A-Za-z]\b", after) and raw[:1].isdigit() and not re.match(r"^(?:k|m|bn|b|tn|mn)\b", after, re.I):
        if re.match(r"^[\-‑][A-Za-z]{1,3}\d", after) or re.match(r"^[A-Z]\d", after):
            return "model name"
    if _LABEL_BEFORE.search(before) or _HASH_BEFORE.search(before):
        return "reference label"
    if _ADDRESS_AFTER.match(after):
        return "address"
    window = text[max(0, start - 20):end + 20]
    if raw[:1].isdigit() and _PHONE.search(window) and any(
            m.start() <= start - max(0, start - 20) < m.end() for m in _PHONE.finditer(window)):
        return "phone number"
    if is_year(raw, value) and not hedged and not thing_follows and not _YEAR_CONTEXT_AFTER.match(after):
        return "year"
    if raw.lower() == "one" and (_ONE_PRONOUN_BEFORE.search(before) or _ONE_PRONOUN_AFTER.match(after)):
        return "pronoun"
    return None
