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

from auditor.extract.lexicon import lexicon
from auditor.resolve.places import CLAUSE_REACH
from auditor.vocabulary import Vocabulary

# words that make a name an official of a government ("Turkish officials", "the health ministry")
_OFFICIAL = re.compile(
    r"\b(?:officials?|authorities|government|govt|junta|regime|ministry|ministries|minister|military|army|armed forces|"
    r"president|presidency|governor|governorate|spokes(?:man|woman|person)|cabinet|police|civil defen[cs]e|"
    r"disaster management|emergency management|state media|state news agency|state television|"
    r"interior|defen[cs]e|health department|coast ?guard)\b", re.I)
# a source named by a common noun only refers back to one the text named ("the monitor said")
_BARE_NOUN = re.compile(
    r"^(?:the\s+)?(?:same\s+)?(?:monitor|agency|ministry|group|observatory|organisation|organization|"
    r"officials?|authorities|office|body|watchdog|spokes(?:man|woman|person)|statement|report|union)$", re.I)
# "(citing AFP)", "(AFP copy)", "via", "reproducing": the wire behind an outlet
_CITED = re.compile(r"\b(?:citing|reproducing|via|source:)\s+([^();,/]+)", re.I)
_CHAIN_SPLIT = re.compile(r"\s*(?:\(|\)|;|/|,|\bciting\b|\bvia\b|\breproducing\b|\bsource:|\bcopy\b)\s*", re.I)


_CAPITALISED = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?")


def _country_in(name: str, vocab: Vocabulary) -> str | None:
    """The country a name belongs to, from a demonym ("Turkish") or a place in it ("Hatay")."""
    for word in _CAPITALISED.findall(name):
        for candidate in (word, word.split()[0]):
            country = vocab.place_by_demonym.get(candidate.lower().rstrip("'’s"))
            if country:
                return country
    for m in lexicon(vocab).place.finditer(name.lower()):
        country = vocab.country_of(name[m.start():m.end()])
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


def is_official(name: str) -> bool:
    """Whether a name is an official's ("the health ministry", "police spokesman")."""
    return bool(_OFFICIAL.search(name))


def is_bare_noun(name: str | None) -> bool:
    return name is not None and _BARE_NOUN.match(name.strip()) is not None


def outlet_chain(outlet: str | None, vocab: Vocabulary) -> list[str]:
    """The outlet and whom its byline cites: "X (citing AFP)" → [X, AFP]; "Y (AFP-style wire
    copy)" → [Y, AFP] (a known source named in the byline); "Z (citing Harbour Wire)" →
    [Z, Harbour Wire]."""
    if not outlet:
        return []
    parts = [p.strip() for p in _CHAIN_SPLIT.split(outlet) if p and p.strip()]
    chain = [parts[0]] if parts else [outlet]
    for m in _CITED.finditer(outlet):
        cited = vocab.canonical_source(m.group(1).strip())
        if cited and cited not in chain:
            chain.append(cited)
    for m in lexicon(vocab).source.finditer(outlet.lower()):
        known = vocab.canonical_source(outlet[m.start():m.end()])
        if m.start() > 0 and known not in chain:
            chain.append(known)
    return chain


def known_sources_in(text: str, lower: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, str]]:
    """(position, canonical name) of every known source named in ``text[start:end]``, found in
    ``lower`` (the text lower-cased, same length); a name the vocabulary writes in capitals counts
    only in capitals ("the 318 fans who waited" names no WHO)."""
    acronyms = vocab.source_acronyms
    return [(m.start(), vocab.canonical_source(m.group()))
            for m in lexicon(vocab).source.finditer(lower, start, end)
            if (m.group() not in acronyms or text[m.start():m.end()].isupper())
            and not _TOLD_BEFORE.search(lower, max(start, m.start() - 25), m.start())]


# the outlet a source speaks to is not the source: "a local official told AFP", "said in an
# interview with Reuters"
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling|(?:interview|spoke|speaking|talking)\s+(?:with|to))\s+(?:the\s+)?$")


def nearest_item(items: list[tuple[int, str]], pos: int) -> tuple[int, str] | None:
    """The (position, name) of ``items`` nearest to ``pos`` (the number), the earlier one on a tie."""
    return min(items, key=lambda item: (abs(item[0] - pos), item[0]), default=None)


def nearest(items: list[tuple[int, str]], pos: int) -> str | None:
    """The name of ``items`` nearest to ``pos`` (the number), the earlier one on a tie."""
    best = nearest_item(items, pos)
    return best[1] if best else None


def source_named_at(text: str, lower: str, pos: int, vocab: Vocabulary) -> str | None:
    """The words a known source found at ``pos`` (``known_sources_in``) has in the text, as a reader writes
    them (``Vocabulary.source_as_named``): a figure's source is the name its text gives ("the World Health
    Organisation (WHO)" is the World Health Organisation), not the authority behind it (the UN), which
    the source chain carries for the checks."""
    m = lexicon(vocab).source.search(lower, pos)
    return vocab.source_as_named(text[m.start():m.end()]) if m and m.start() == pos else None


# "Rahmi Dogan, governor of Turkey's Hatay province" and "Hatay governor Rahmi Dogan":
# a person introduced with an official role, later quoted by surname ("Dogan said")
_NAME_AFTER_ROLE_TEXT = re.compile(r",\s+((?:the\s+|a\s+)?[^,.;]{0,90})")      # "Dogan, governor of ..."
_ROLE_BEFORE_NAME = re.compile(r"((?:[A-Z][\w'’]*\s+){1,4})(?:[A-Z][a-z]+\s+)?$")  # "Hatay governor Rahmi "


_OFFICIAL_LOWER = re.compile(_OFFICIAL.pattern)     # over lower-cased text: several times faster than re.I


def role_of(surname: str, text: str, vocab: Vocabulary, home: str | None = None) -> str | None:
    """The authority a person quoted by surname speaks for, when the text introduces them
    with an official role: "Rahmi Dogan, governor of Turkey's Hatay province" or "Hatay
    governor Rahmi Dogan", then "Dogan said"."""
    pos = text.find(surname)
    while pos != -1:
        after = _NAME_AFTER_ROLE_TEXT.match(text, pos + len(surname))
        before = _ROLE_BEFORE_NAME.search(text, max(0, pos - 60), pos)
        role = after.group(1) if after else (before.group(1) if before else None)
        if role and _OFFICIAL.search(role):
            country = _country_in(role, vocab) or home
            if country:
                return f"{country} authorities"
        pos = text.find(surname, pos + 1)
    return None


def officials_in(text: str, lower: str, start: int, end: int, vocab: Vocabulary) -> list[tuple[int, str]]:
    """(position, "<country> authorities") of every official of a named country in
    ``text[start:end]`` ("Turkish officials now say 29", "..., Lebanon's health ministry said");
    ``lower`` is ``text`` lower-cased."""
    out = []
    for m in _OFFICIAL_LOWER.finditer(lower, start, end):
        m_start, m_end = m.start(), m.end()
        country = _country_in(text[max(start, m_start - 40):m_end], vocab)
        if country is not None:
            out.append((m_start, f"{country} authorities"))
    return out


# the clause a figure stands in, when a sentence sets sources against one another: "..., although a
# civic group cut the figure to 150,000 and the ministry spoke of 270,000" (each clause its own source)
_LATER_CLAUSE = re.compile(r"(?:,\s*(?:although|though|but|while|whereas|and)|;|\s(?:and|but|while|whereas))\s+", re.I)
# a subject and the verb of an estimate right before the figure: "the ministry spoke of", "a civic
# group brought the figure down to", "the unions put it at"
_FIGURE_OF = r"(?:a|an|the|its|their)\s+(?:figure|number|count|estimate|total|tally)\s+of"
_ESTIMATE_VERB = (r"(?:spoke\s+of|speaks\s+of|talked\s+of|(?:gave|gives|put\s+forward|cited)\s+" + _FIGURE_OF
                  + r"|gave|counted|estimated|reported|claimed|said"
                  r"|put\s+(?:it|them|the\s+\w+)\s+at"
                  r"|(?:brought|put|cut|lowered|raised|revised|scaled)\s+(?:it|the\s+\w+)\s+(?:down\s+|up\s+)?to)")
_SUBJECT_BEFORE = re.compile(
    r"((?:the\s+|a\s+|an\s+)?[A-Za-z][\w'’.()-]*(?:\s+[\w'’.()-]+){0,6}?)\s+" + _ESTIMATE_VERB
    + r"\s+(?:(?:only|just|some|about|around|nearly|almost|close\s+to|roughly|at\s+least|more\s+than|over"
      r"|up\s+to)\s+)*$", re.I)


# what may stand between a subject and its verb: "the government had earlier put the toll at 27"
_AUXILIARY_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|earlier|previously|later|now|already|first|initially|"
                             r"at\s+first|on\s+[A-Z][a-z]+day))+$")


def _subject(words: str) -> str:
    """The subject's own words, without the auxiliaries and adverbs before its verb."""
    return _AUXILIARY_TAIL.sub("", words.strip()) or words.strip()


def subject_of_a_later_clause(body: str, sentence_start: int, start: int) -> str | None:
    """The source a later clause of a sentence names for its figure ("..., although a civic group
    brought the figure down to 150,000"): the subject of an estimate's verb that opens the clause
    right before the number. The first clause's source is extraction's business; a later one is
    not the first's ("City police said 800,000 came, and the ministry spoke of 270,000")."""
    head = body[max(sentence_start, start - CLAUSE_REACH):start]
    opened = None
    for m in _LATER_CLAUSE.finditer(head):
        opened = m
    if opened is None:
        return None
    found = _SUBJECT_BEFORE.fullmatch(head, opened.end())
    if not found or found.group(1).split()[0].lower() in _NO_SUBJECT:
        return None
    return _subject(found.group(1))


_ESTIMATE_HINT = re.compile("said|count|gave|gives|put|estimat|report|claim|spoke|speaks|talked|cited")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")


def subject_of_its_clause(body: str, sentence_start: int, start: int) -> str | None:
    """The source the figure's own clause names as the subject of an estimate's verb right before
    it, where that clause opens the sentence: "Teachers' unions said 90,000 marched, a figure the
    ministry put at 40,000" (the unions' 90,000, whichever source the sentence names last)."""
    head = body[max(sentence_start, start - CLAUSE_REACH):start]
    if not _ESTIMATE_HINT.search(head, max(0, len(head) - 45)) or _LATER_CLAUSE.search(head):
        return None
    # "In a statement, the nurses' union, which called the strike, said 9,000": the subject after an
    # opening phrase, without the relative clause between it and its verb
    head = _RELATIVE_ASIDE.sub("", head).rsplit(",", 1)[-1].lstrip()
    found = _SUBJECT_BEFORE.fullmatch(head)
    if not found or found.group(1).split()[0].lower() in _NO_SUBJECT:
        return None
    return _subject(found.group(1))


# a later clause that repeats the earlier clause's verb by leaving it out: "the police counted 4,000
# and the organisers 19,000", "the ministry gave a figure of 30,000, and the unions a figure of 90,000",
# "unions counted 20,000, the prefecture 8,500", "the ministry put the toll at 31; the Red Crescent, at 45"
_GAPPED = re.compile(
    r"(?:,\s*and|\sand|,|;)\s+((?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}?),?\s+(?:at\s+)?(?:"
    + _FIGURE_OF + r"\s+)?(?:(?:only|just|some|about|around|nearly|almost|roughly|at\s+least|more\s+than|over"
    r"|up\s+to|as\s+many\s+as)\s+)*$", re.I)
_GAP_OPENER = re.compile(r",|;|\sand\s")


def subject_of_a_gapped_clause(body: str, sentence_start: int, start: int) -> str | None:
    """The words that may name the source of a clause whose verb is left out ("..., and the unions
    150,000", "...; the Red Crescent, at 45"): the caller keeps them only when they name a source."""
    head = body[max(sentence_start, start - 60):start]
    openers = [m.start() for m in _GAP_OPENER.finditer(head)][-2:]     # "the Red Crescent, at": two tried
    for opener in reversed(openers):
        found = _GAPPED.fullmatch(head, opener)
        if found is None:
            continue
        words = found.group(1).split()
        if words[0].lower() not in _NO_SUBJECT and words[-1].lower() != "at" and not _VERB_ENDS.search(words[-1]):
            return found.group(1).strip()       # (never "..., the ministry counted 241": a clause with its verb)
    return None


# a lower-case word in the past tense: the verb a clause keeps, so the words before it leave out none
_VERB_ENDS = re.compile(r"^[a-z]+ed$")


# the verb of an estimate right before a figure, with its hedges: "counted 20,000", "put the toll at 31"
_ESTIMATED_BEFORE = re.compile(
    r"\b" + _ESTIMATE_VERB + r"\s+(?:(?:only|just|some|about|around|nearly|almost|close\s+to|roughly|at\s+least"
    r"|more\s+than|over|up\s+to)\s+)*$", re.I)
_FIGURE = re.compile(r"\d[\d,.]*")


def gapped_after_an_estimate(body: str, sentence_start: int, start: int) -> bool:
    """Whether the figure before a clause that leaves out its verb follows the verb of an estimate
    ("unions counted 20,000, the prefecture 8,500"): the verb left out is then a source's, and the
    gapped clause's subject a source; not so after another verb ("said We Can had polled 327,329 votes,
    the coalition 315,344": the coalition is what was counted)."""
    head = body[sentence_start:start]
    openers = [m.start() for m in _GAP_OPENER.finditer(head)]
    if not openers:
        return False
    figures = list(_FIGURE.finditer(head, max(0, openers[-1] - 120), openers[-1]))
    if not figures:
        return False
    first = figures[-1].start()
    return _ESTIMATED_BEFORE.search(head, max(0, first - 60), first) is not None


# words that open no source's name: pronouns, relatives, figures' own nouns
_NO_SUBJECT = frozenset({"he", "she", "it", "they", "we", "i", "you", "which", "who", "that", "this", "these",
                         "those", "there", "what"})
