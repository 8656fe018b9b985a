"""Who stands behind a figure: canonical sources, the authority they speak for, the outlet chain.

Extraction reads one sentence and returns the words that name a source ("the
Britain-based monitor", "Turkish officials", "the agency"). Here those words
become one canonical name per source through the vocabulary's aliases, an
official of a country becomes that country's authorities ("the governor of
Hatay", "Turkey's defence ministry" → "Turkey authorities"), a bare common noun
("the monitor", "the agency") takes the source the document named last, and
a name that is only a place ("London") is no source at all. The outlet chain
("The New Arab (citing AFP)") tells whom an unattributed figure comes from.
"""

from __future__ import annotations

import re

from auditor.vocabulary import Vocabulary

# words that make a name an official of a government ("Turkish officials", "the health ministry")
_OFFICIAL = re.compile(
    r"\b(?:officials?|authorities|government|govt|ministry|ministries|minister|military|army|armed forces|"
    r"president|presidency|governor|governorate|spokes(?:man|woman|person)|cabinet|police|civil defen[cs]e|"
    r"disaster management|emergency management|state media|state news agency|state television|"
    r"interior|defen[cs]e|health department|coast ?guard)\b", re.I)
# a source named by a common noun only refers back to one the text named ("the monitor said")
_BARE_NOUN = re.compile(
    r"^(?:the\s+)?(?:monitor|agency|ministry|group|observatory|organisation|organization|"
    r"officials?|authorities|office|body|watchdog|spokes(?:man|woman|person)|statement|report)$", re.I)
# "(citing AFP)", "(AFP copy)", "via", "reproducing": the wire behind an outlet
_CHAIN_SPLIT = re.compile(r"\s*(?:\(|\)|;|/|,|\bciting\b|\bvia\b|\breproducing\b|\bsource:|\bcopy\b)\s*", re.I)


def _country_in(name: str, vocab: Vocabulary) -> str | None:
    """The country a name belongs to, from a demonym ("Turkish") or a place in it ("Hatay")."""
    for word in re.findall(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?", name):
        for candidate in (word, word.split()[0]):
            country = vocab.place_by_demonym.get(candidate.lower().rstrip("'’s"))
            if country:
                return country
    for m in vocab.place_pattern.finditer(name):
        country = vocab.country_of(m.group())
        if country:
            return country
    return None


def authority(name: str | None, vocab: Vocabulary, home: str | None = None) -> str | None:
    """The canonical authority behind a source name, or None when the name names no source.

    ``home`` is the country the document is about: an official who names no
    country ("the health ministry") speaks for it."""
    if not name:
        return None
    canonical = vocab.canonical_source(name)
    if canonical in vocab.sources:
        behind = vocab.speaks_for(canonical)
        if behind != canonical or not _OFFICIAL.search(canonical):
            return behind
    if _OFFICIAL.search(canonical):
        country = _country_in(canonical, vocab) or home
        if country:
            return f"{country} authorities"
        return canonical
    if canonical in vocab.sources:
        return canonical
    if vocab.canonical_place(canonical) in vocab.places or canonical.lower() in vocab.place_by_demonym:
        return None         # "London", "Idlib": a dateline or a place, not a source
    if len(canonical) < 3 or is_bare_noun(canonical):
        return None         # a fragment, or "the agency": resolve looks for whom it refers to
    return canonical


def is_bare_noun(name: str | None) -> bool:
    return bool(name) and bool(_BARE_NOUN.match(name.strip()))


def outlet_chain(outlet: str | None, vocab: Vocabulary) -> list[str]:
    """The outlet and the known sources its byline cites: "X (citing AFP)" → [X, AFP]."""
    if not outlet:
        return []
    parts = [p.strip() for p in _CHAIN_SPLIT.split(outlet) if p and p.strip()]
    chain = [parts[0]] if parts else [outlet]
    for m in vocab.source_pattern.finditer(outlet):
        known = vocab.canonical_source(m.group())
        if m.start() > 0 and known not in chain:
            chain.append(known)
    return chain


def known_source_near(text: str, start: int, end: int, pos: int, vocab: Vocabulary) -> str | None:
    """The known source named in ``text[start:end]`` nearest to ``pos`` (the number)."""
    best, best_distance = None, None
    for m in vocab.source_pattern.finditer(text, start, end):
        distance = abs(m.start() - pos)
        if best_distance is None or distance < best_distance:
            best, best_distance = vocab.canonical_source(m.group()), distance
    return best


# "Rahmi Dogan, governor of Turkey's Hatay province" and "Hatay governor Rahmi Dogan":
# a person introduced with an official role, later quoted by surname ("Dogan said")
_NAME = r"(?P<name>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)"
_ROLE_AFTER = re.compile(_NAME + r",\s+(?:the\s+|a\s+)?(?P<role>[^,.;]{0,70}?" + _OFFICIAL.pattern + r"[^,.;]{0,50})")
_ROLE_BEFORE = re.compile(r"(?P<role>(?:[A-Z][\w'’]*\s+){0,3}" + _OFFICIAL.pattern + r")\s+" + _NAME)


def people_roles(text: str, vocab: Vocabulary, home: str | None = None) -> dict[str, str]:
    """Surname → the authority a person the text introduces with an official role speaks for."""
    roles: dict[str, str] = {}
    for pattern in (_ROLE_AFTER, _ROLE_BEFORE):
        for m in pattern.finditer(text):
            behind = authority(m.group("role"), vocab, home)
            if behind and behind.endswith(" authorities"):
                roles.setdefault(m.group("name").split()[-1], behind)
    return roles


def person_near(text: str, start: int, end: int, roles: dict[str, str]) -> str | None:
    """The authority of the first person of ``roles`` named in ``text[start:end]``."""
    if not roles:
        return None
    for m in re.finditer(r"[A-Z][a-z]+", text[start:end]):
        if m.group() in roles:
            return roles[m.group()]
    return None


_OFFICIAL_PHRASE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){1,3}" + _OFFICIAL.pattern, re.I)


def official_near(text: str, start: int, end: int, pos: int, vocab: Vocabulary,
                  home: str | None = None) -> str | None:
    """The authorities of the country whose officials the sentence names nearest to ``pos``
    ("Turkish officials now say 29", "..., Lebanon's health ministry said")."""
    best, best_distance = None, None
    for m in _OFFICIAL.finditer(text, start, end):
        country = _country_in(text[max(start, m.start() - 40):m.end()], vocab)
        if country is None:
            continue
        behind = f"{country} authorities"
        distance = abs(m.start() - pos)
        if best_distance is None or distance < best_distance:
            best, best_distance = behind, distance
    return best
