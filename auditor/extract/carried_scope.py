"""A source and a place carried from context to figures whose sentences name none.

A report-built story names its source once, at the head of a paragraph ("Support for X fell to
19.6 per cent, according to the latest poll", "608 new cases were reported, the weekly report
says"), and its country once ("Cholera has spread in Somalia ..."); the figures after that, in
the same paragraph, are that source's and that country's for a reader, through figureless
sentences, quotations and lists. They are marked ``Claim.according_carried`` and
``Claim.where_carried``: resolve and the checks set against each other only the sources and places
texts state (``claims.with_stated_scope``), so the audit is what it was without them.
"""
from __future__ import annotations

import re

from auditor.claims import Claim, with_fields
from auditor.extract import scope as sc
from auditor.extract.lexicon import per_vocabulary
from auditor.extract.sentences import Sentences
from auditor.vocabulary import Vocabulary

# a turn to another matter or another place ends the reach of the paragraph's report ("Meanwhile, ...",
# "In Cusco, 640 cases were recorded")
_TURN = re.compile(r"\b(?:Meanwhile|Separately|Elsewhere|In other news)\b|\bIn [A-Z]\w+,")
# a sentence that names unnamed data of its own ("according to official projections") is not the report's
_OWN_DATA = re.compile(r"\b[Aa]ccording to\b")
# the subject a lede opens with, and whose it is: "DBS Group's net profit", "Sberbank, Russia's state-owned
# banking group, set", "airBaltic flew", "The Government of Guyana's financial plan"
_LEDE_SUBJECT = re.compile(r"\s*(?:The\s+)?(?P<name>(?:[A-Z][\w&.-]*|[a-z]+[A-Z][\w-]*)"
                           r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w&.-]*){0,4})"
                           r"(?:(?P<poss>['’]s)\b|(?P<apposed>,)|[ \t]+(?=[a-z]))")
# the sentences at a paragraph's head that may name the report its figures come from: the lead, or a
# publication named in the two sentences after it ("Party A won 18 seats, preliminary data suggest. ...
# figures published by the electoral commission show")
_HEAD_SENTENCES = 3


def carry_report_source(text: str, claims: list[Claim], vocab: Vocabulary, stop: int = 0,
                        sentences: Sentences | None = None) -> list[Claim]:
    """``claims`` with the report source of their paragraph given to the figures that name no source:
    the source its lead gives its figures, or the one source a figureless lead names ("Cholera is
    spreading, according to the latest situation report. From 25 December 7,073 cases were reported":
    the situation report's).
    Not past a sentence that turns to another matter or place ("Meanwhile", "In Cusco, ..."), nor to a
    sentence that names a source, unnamed data or people of its own ("analysts had expected 90 billion",
    "according to official projections"). A lead that names no source may leave it to the two sentences
    after it, when the one that names it names a publication ("Party A won 18 seats. Party B took 17.
    Figures published by the electoral commission show ..."): the source is then the lead's figures' too;
    a source named after the lead with no publication is no report's ("Ships waited. The port said cargo
    rose 6%. Some 1,200 trucks queued": the trucks are no one's). ``sentences`` are the text's, when the
    caller has them."""
    if all(c.according_to or c.in_title for c in claims):
        return claims
    sentences = sentences or Sentences(text)
    speakers = sc.attribution_words(vocab).plural_source_nouns
    report: dict[int, tuple[int, str] | None] = {}      # paragraph start → (where its source is named, who)
    out = []
    turned: set[int] = set()                            # paragraphs that turned to another matter
    own_cue: dict[int, bool] = {}                       # sentence start → it names a source or people of its own
    for c in claims:
        if c.according_to or c.in_title:
            out.append(c)
            continue
        para = _paragraph_start(text, c.sentence_start, stop)
        if para not in report:
            report[para] = _report_of(text, para, claims, sentences, vocab)
        found = report[para]
        if found is None or found[0] == c.sentence_start or para in turned:
            out.append(c)
            continue
        # (a figure before the sentence that names the source is in the head before it: _report_of)
        if _TURN.search(text, min(found[0], c.sentence_start), max(found[0], c.sentence_end)) is not None:
            turned.add(para)
            out.append(c)
            continue
        if c.sentence_start not in own_cue:
            # a sentence that names a source the extraction left untied ("He said 95 per cent"), or
            # people it did not tie to its figures ("analysts had expected"): not the report's
            own_cue[c.sentence_start] = _own_cue(text, c.sentence_start, c.sentence_end, vocab, speakers)
        if own_cue[c.sentence_start]:
            out.append(c)
            continue
        out.append(with_fields(c, according_to=found[1], according_carried=True))
    return out


def _own_cue(text: str, start: int, end: int, vocab: Vocabulary, speakers: frozenset[str],
             unnamed: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence names a source (other than those of ``unnamed``), unnamed data or people of
    its own."""
    return any(a.who not in unnamed for a in sc.attributions_in(text, start, end, vocab)) \
        or _OWN_DATA.search(text, start, end) is not None \
        or not speakers.isdisjoint(re.findall(r"[a-z]+", text[start:end].lower()))


@per_vocabulary
def _kind_source_nouns(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(vocab.words("kind_source_nouns"))


def is_a_kind(who: str, vocab: Vocabulary) -> bool:
    """Whether a source is an organisation named by its kind alone, with the words that describe it ("the
    company", "the state rail company", "the region's biggest water company"): no name, in lower case, its
    last word a ``kind_source_nouns``."""
    return who.islower() and who.rpartition(" ")[2] in _kind_source_nouns(vocab)


def kind_sources_as_context(claims: list[Claim], vocab: Vocabulary) -> list[Claim]:
    """``claims`` whose source the text names only by the kind of organisation the story is about ("Krka
    raised its profit 38%, the company said"; "Cargo fell 3%, the port said"), marked carried: for a reader
    they are that organisation's, and the body named again by its kind keeps that mark; but a kind names no
    one the checks could set against another source's figures ("the company said" of a year's output is no
    rival count of it), so they see these figures as naming no source, as before."""
    if not _kind_source_nouns(vocab):
        return claims
    return [with_fields(c, according_carried=True)
            if c.according_to and not c.according_carried and is_a_kind(c.according_to, vocab) else c
            for c in claims]


def carry_story_country(text: str, claims: list[Claim], country: str | None, vocab: Vocabulary,
                        after: int = 0) -> list[Claim]:
    """``claims`` with the story's country (written once, at its head) given to the figures that name
    no place, counts too: marked carried, since a count's place is its event's, which other copy
    may name otherwise (the rates and amounts the extraction gives it are stated as before). Not to
    a sentence that names a place by its kind ("the city's losses", "in the province"): a place in
    the country the extraction did not read."""
    if country is None:
        return claims
    kinds = _place_by_kind(vocab)
    other: dict[int, bool] = {}
    out = []
    for c in claims:
        if c.where is None and not c.in_title and c.sentence_start >= after:
            if c.sentence_start not in other:
                other[c.sentence_start] = kinds.search(text, c.sentence_start, c.sentence_end) is not None
            if not other[c.sentence_start]:
                c = with_fields(c, where=country, where_carried=True)
        out.append(c)
    return out


@per_vocabulary
def _place_by_kind(vocab: Vocabulary) -> re.Pattern[str]:
    """A place named by its kind (``subplace_words``): "the city's losses", "in the province", "in other
    provinces"."""
    return re.compile(r"\b(?:[Tt]he|[Oo]ther|[Aa]nother)\s+(?:"
                      + "|".join(re.escape(w) for w in vocab.words("subplace_words")) + r")(?:e?s)?\b")


def _paragraph_start(text: str, pos: int, stop: int) -> int:
    """Where the paragraph of ``pos`` starts (after a line break, or after the dateline)."""
    return max(text.rfind("\n", 0, pos) + 1, stop if stop <= pos else 0)


def _report_of(text: str, para: int, claims: list[Claim], sentences: Sentences,
               vocab: Vocabulary) -> tuple[int, str] | None:
    """(where, who) of the source the paragraph starting at ``para`` is built on, if any: the source
    its lead gives its figures, or the one source a figureless lead names; else the first source one of
    the next head sentences names, if that sentence names a publication ("figures published by X show",
    "official results released by X", "in its monthly survey, X found")."""
    end = text.find("\n", para)
    end = len(text) if end < 0 else end
    heads: list[tuple[int, int]] = []
    pos = para
    while pos < end and len(heads) < _HEAD_SENTENCES:
        while pos < end and text[pos].isspace():
            pos += 1
        if pos >= end:
            break
        s_start, s_end = sentences.span(pos)
        heads.append((max(s_start, para), min(s_end, end)))
        pos = max(s_end, pos + 1)
    for n, (head_start, head_end) in enumerate(heads):
        in_head = [c for c in claims if not c.in_title and head_start <= c.start < head_end]
        if in_head:
            # a lead with figures: its source, if it names one (not "he" or "it")
            for c in in_head:
                # (a source carried to the lead is no report's, but the story's organisation named by its
                # kind is: "..., the port said", given as context)
                if c.according_to and c.according_to not in (sc.PRONOUN_SOURCE, sc.BODY_PRONOUN_SOURCE) \
                        and (not c.according_carried or is_a_kind(c.according_to, vocab)):
                    if n == 0 or _names_publication(text, head_start, head_end, vocab):
                        return c.sentence_start, c.according_to
                    return None
            continue
        lead = _lead_source(text, head_start, head_end, vocab)
        if lead is not None:
            return (head_start, lead) if n == 0 or _names_publication(text, head_start, head_end, vocab) else None
    return None


@per_vocabulary
def _publication_nouns(vocab: Vocabulary) -> frozenset[str]:
    """The publication nouns that are not also a figure's own words ("the toll")."""
    return frozenset(vocab.words("publication_nouns")) - frozenset(vocab.words("figure_own_nouns"))


def _names_publication(text: str, start: int, end: int, vocab: Vocabulary) -> bool:
    """Whether ``text[start:end]`` names a publication of figures ("figures", "results", "survey", "data"),
    not only a figure's own words ("the toll")."""
    return not _publication_nouns(vocab).isdisjoint(re.findall(r"[a-z]+", text[start:end].lower()))


def _lead_source(text: str, start: int, end: int, vocab: Vocabulary) -> str | None:
    """The one source a figureless lead names ("..., according to the latest situation report")."""
    found = {a.who for a in sc.attributions_in(text, start, end, vocab)}
    if len(found) != 1 or found & {sc.PRONOUN_SOURCE, sc.BODY_PRONOUN_SOURCE}:
        return None
    who = found.pop()
    # not one lower-case word ("officials"): too loose a name to read on
    return None if who.islower() and " " not in who else who


def carry_own_organisation(text: str, claims: list[Claim], vocab: Vocabulary, stop: int = 0,
                           sentences: Sentences | None = None) -> list[Claim]:
    """``claims`` with the organisation the lede opens with given to the figures that name no source and
    whose sentence names no source or people of its own, marked carried: a company reporting its
    results, an airport its traffic, a government its plan write their figures with no reporting verb
    ("DBS Group's net profit reached SGD 2.39 billion ... Total income topped SGD 5 billion")."""
    if all(c.according_to or c.in_title for c in claims):
        return claims
    own = own_organisation(text, vocab, stop)
    if own is None:
        return claims
    speakers = sc.attribution_words(vocab).plural_source_nouns
    own_cue: dict[int, bool] = {}
    out = []
    for c in claims:
        if not c.according_to and not c.in_title:
            if c.sentence_start not in own_cue:
                # "it said" of a story about one organisation is the organisation's
                own_cue[c.sentence_start] = _own_cue(text, c.sentence_start, c.sentence_end, vocab, speakers,
                                                     frozenset({sc.BODY_PRONOUN_SOURCE}))
            if not own_cue[c.sentence_start]:
                c = with_fields(c, according_to=own, according_carried=True)
        out.append(c)
    return out


class _OwnOrganisationNouns:
    """The ``own_organisation_nouns`` ("group", "airline", "bank"), with the patterns that find one in a
    description beside a name ("Russia's state-owned banking group") and one naming it again ("the
    airline's"): built once a vocabulary, not once a document."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.words = vocab.words("own_organisation_nouns")
        noun = r"(?:" + "|".join(re.escape(n) for n in sorted(self.words, key=len, reverse=True)) + r")"
        self.described = re.compile(rf"\b{noun}\b")
        self.named_again = re.compile(rf"\bthe\s+(?:[A-Za-z-]+\s+)?{noun}(?:['’]s)?\b")


_own_organisation_nouns = per_vocabulary(_OwnOrganisationNouns)


def own_organisation(text: str, vocab: Vocabulary, stop: int = 0) -> str | None:
    """The organisation the lede's subject is, or owns, if it is one: its name ends in a word of
    ``own_organisation_nouns`` ("Vietnam Airlines Group"), the description beside it holds one
    ("Sberbank, Russia's state-owned banking group"), the text names it again by one ("the
    airline", "the bank's"), or it is one word that owns the subject and the text names it again
    ("Carlsberg's revenue ... Carlsberg"); not a place, a people or a person ("Senegal's index", "Yemeni
    officials", "Friday's vote")."""
    m = _LEDE_SUBJECT.match(text, stop)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    first = words[0]
    if vocab.country_of(name) is not None or vocab.canonical_place(name) in vocab.places \
            or first.lower().rstrip("s") in vocab.place_by_demonym or first.lower() in vocab.place_by_demonym \
            or first.lower() in sc.STOP_WORDS:
        return None
    nouns = _own_organisation_nouns(vocab)
    if name.lower().split()[-1] in nouns.words:
        return name
    if sc.is_person_name(name, vocab):
        return None
    if m.group("apposed"):
        described = re.match(r"[^,.;]{0,80}", text[m.end():])
        if described and nouns.described.search(described.group().lower()):
            return name
    # "Carlsberg's organic revenue rose ..., the brewer said. ... Carlsberg kept its outlook": one word that
    # owns the lede's subject and that the text names again is a name, whatever noun it goes by
    if len(words) == 1 and m.group("poss") and first not in sc.attribution_words(vocab).not_sources \
            and re.search(rf"(?<![\w'’-]){re.escape(first)}(?![\w-])", text[m.end():]) is not None:
        return name
    # a name the text goes on to name by its kind must be a name, not a word that opens a sentence
    if len(words) == 1 and not (any(ch.isupper() for ch in first[1:]) or vocab.source_as_named(first) != first):
        return None
    if nouns.named_again.search(text[m.end():].lower()):
        return name
    return None


def story_place(text: str, sentences: Sentences, vocab: Vocabulary, stop: int = 0,
                places_read: dict[tuple[int, int], list[tuple[int, str]]] | None = None) -> tuple[str, int] | None:
    """The place copy is about when its lede names no country first (``extract._lede_country``): the
    first place the gazetteer knows in the first two sentences, a city or a region too ("Copenhagen
    Airport handled", "arrested in Mayotte"), or a facility named by its town in one that names no place
    ("Zurich Airport carried"), else the country of the first people the lede names ("37.4% of
    Bulgarians", "Yemeni officials report"; not a later sentence's winners, "Kenyans have taken it three
    times"); with the end of the sentence that names it. ``places_read``:
    the places already found of each stretch of text (``ReadText.places``)."""
    heads: list[tuple[int, int]] = []
    pos = stop
    while pos < len(text) and len(heads) < 2:
        while pos < len(text) and text[pos].isspace():
            pos += 1        # a sentence's span ends before the spaces after it: read past them to the next
        if pos >= len(text):
            break
        start, end = sentences.span(pos)
        heads.append((max(start, stop), end))
        pos = max(end, pos + 1)
    for start, end in heads:
        read = places_read.get((start, end)) if places_read is not None else None
        places = [name for _, name in sorted(sc.places_in(text, start, end, vocab) if read is None else read)]
        if places and vocab.country_of(places[0]) != places[0] \
                and any(vocab.country_of(name) == name for name in places[1:]):
            return None     # a city, then a country ("in Lyon and across France"): the story is of both, or neither
        for name in places:
            # "Copenhagen Airport": a place of the gazetteer's with a word of its own after it
            if vocab.country_of(name) is not None or (" " in name and vocab.country_of(name.rsplit(" ", 1)[0])):
                return name, end
        if not places:
            # "Zurich Airport carried 24.8 million": a facility named by a town the gazetteer knows, which
            # no cue introduces
            facility = _facility(text, start, end, vocab)
            if facility is not None:
                return facility, end
    for start, end in heads[:1]:
        # (the lede's alone: "Kenyans have now taken it three times" after a race's lede names its winners)
        for found in re.finditer(r"\b([A-Z][a-z]+)\b(?![ \t]+[A-Z])(?![ \t]+[a-z]+[ \t]+[A-Z])", text[start:end]):
            # not a body's ("The British Embassy said") nor a person's ("Kenyan runner David Tumo won"): a
            # people's, or its officials'
            word = found.group(1)
            country = vocab.place_by_demonym.get(word.lower()) or (
                vocab.place_by_demonym.get(word.lower()[:-1]) if word.endswith("s") else None)
            if country is not None:
                return country, end
    return None


@per_vocabulary
def _facility_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """A capitalised name before a word of ``facility_words`` ("Riga Airport", "Colombo Port")."""
    words = sorted(vocab.words("facility_words"), key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?P<town>[A-Z][^\W\d_]+(?:[ \t]+[A-Z][^\W\d_]+){0,2})[ \t]+(?P<kind>(?i:"
                      + ("|".join(re.escape(w) for w in words) or r"(?!x)x") + r"))(?![\w'’-])")


def _facility(text: str, start: int, end: int, vocab: Vocabulary) -> str | None:
    """The first facility of ``text[start:end]`` named by a town the gazetteer knows, with its kind
    ("Zurich Airport"); None when there is none."""
    for m in _facility_pattern(vocab).finditer(text, start, end):
        town = m.group("town")
        if not m.group("kind")[0].isupper() or town.split()[0] in sc.attribution_words(vocab).not_places:
            continue        # "the port": no facility's name
        if vocab.country_of(town) is not None:
            return f"{town} {m.group('kind')}"
    return None
