"""Places within a country: which figures of a report count a place inside the country its
quantity is keyed by, so that they are that place's part of the national figure and never a
rival or an update of it ("1,604 deaths in Al Haouz province" beside a national 2,000; "18
bodies on Mount Everest" beside a quake's 1,300; "the central region, where 2,757 have been
killed"; "In the capital, the union counted 450,000"). Driven by the vocabulary (its places,
and the landform word lists of places.yaml) and the world's gazetteer."""

from __future__ import annotations

import bisect
import math
import re

from auditor.claims import Claim, with_fields
from auditor.extract.lexicon import per_vocabulary
from auditor.extract.numbers import trie_alternation
from auditor.resolve.per_sentence import PerSentence
from auditor.vocabulary import Vocabulary

# where one clause of a sentence ends: "Turkey has reported 9,057 deaths, and 2,530 people have
# been killed in Syria"; "Hatay accounted for 1,647 deaths, more than any other province"
CLAUSE_BOUNDARY = re.compile(r",\s|;\s|\s(?:while|whereas|but)\s")
# how far back a figure's clause is looked for: a clause is a few dozen words, and a sentence of a
# hostile megabyte with no full stop must not make every figure read all that came before it
CLAUSE_REACH = 600


_SUBPLACE_NAME = r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
# the place a relative clause is of: "the central region, where 2,757 have been killed"
_WHERE_BEFORE = re.compile(r"((?:[A-Za-z][\w'’-]*[ \t]+){0,2}[A-Za-z][\w'’-]*),[ \t]*where[ \t]+$")
# the place a relative clause of its own figure is of: "Amatrice, the hardest-hit town, whose toll rose to
# 230", "Hatay, whose dead number 1,600" (a name, a description of it between commas, then "whose")
_WHOSE_BEFORE = re.compile(r"\b([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}),[ \t]*(?:(?:the|a|an)[ \t]+[^,;.\d]{1,50},"
                           r"[ \t]*)?whose[ \t]+[^,;.\d]{0,50}$")
# "in Khaung Doke Kar in western Myanmar", "in Tirana, Albania": a name the text places in a country
_IN_NAME_OF_PLACE = re.compile(rf"\bin[ \t]+{_SUBPLACE_NAME}(?:,|[ \t]+in)[ \t]+(?:[a-z]+[ \t]+)?{_SUBPLACE_NAME}")


# a name the figure's clause places it in, across or throughout: "the toll across Lower Saxony has
# reached 45", "in Vorarlberg" (a region the gazetteer may not know)
_IN_A_NAME = re.compile(rf"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout)[ \t]+{_SUBPLACE_NAME}(?![\w'’-])")
_NOT_A_PLACE = re.compile(r"(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Sept|Nov|Dec)ember|October"
                          r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Hurricane|Typhoon|Cyclone|Storm|Tropical"
                          r"|Operation")


def _unknown_region(name: str, vocab: Vocabulary) -> bool:
    """Whether a name the text places a figure in is a region the vocabulary does not know: no
    country, no demonym, no month or day, no storm ("killed in Hurricane Ida")."""
    first = name.split()[0]
    return (vocab.country_of(name) is None and vocab.canonical_place(name) == name
            and name.lower() not in vocab.place_by_demonym and not _NOT_A_PLACE.match(first)
            and first not in _NOT_PLACE_WORDS)


# a sentence that opens with a place: "In Balochistan, 336 people died"
# (after a word or two of direction: "Further north, in Upper Franconia, police said ...")
_OPENING_PLACE = re.compile(rf"\s*(?:[A-Z][a-z]+(?:[ \t]+[a-z]+)?,[ \t]*)?"
                            rf"(?P<lead>[Ii]n|[Aa]cross|[Aa]round|[Tt]hroughout)[ \t]+{_SUBPLACE_NAME}"
                            r"(?:[ \t]+alone)?,")


def _within_a_country(name: str, vocab: Vocabulary) -> bool:
    """Whether a name is a known place within a country, not a country itself."""
    country = vocab.country_of(name)
    return country is not None and country != vocab.canonical_place(name)


class _WithinPatterns:
    """A place within a country the text names as such, by a word of ``subplace_words``
    (places.yaml): "in Al Haouz province", "the province of Idlib", "the neighbouring locality of
    Khaung Doke Kar", "the town of Derna" (a name the vocabulary may not know)."""

    def __init__(self, vocab: Vocabulary) -> None:
        words = vocab.words("subplace_words")
        within = rf"(?:{trie_alternation(words)})" if words else r"(?!x)x"
        self.named = re.compile(rf"\bthe[ \t]+(?:[a-z]+[ \t]+)?{within}[ \t]+of[ \t]+{_SUBPLACE_NAME}"
                                rf"|{_SUBPLACE_NAME}[ \t]+{within}\b")
        # a sentence that opens with one: "In Sindh province alone, ...", "In the province of Sindh, ..."
        self.opening = re.compile(rf"\s*In[ \t]+(?:the[ \t]+{within}[ \t]+of[ \t]+{_SUBPLACE_NAME}"
                                  rf"|(?!the\b){_SUBPLACE_NAME}[ \t]+{within})(?:[ \t]+alone)?,")
        self.word = re.compile(rf"\b{within}\b", re.I)


_within = per_vocabulary(_WithinPatterns)
_NOT_PLACE_WORDS = frozenset({"In", "At", "The", "the", "A", "An", "From", "Of", "For", "And", "By", "On", "Near"})


def _place_name(words: str) -> str:
    """A place's name as the text gives it, without the words before it that name no place
    ("In Sindh" → Sindh, "the central region" → central region)."""
    names = words.split()
    while names and names[0] in _NOT_PLACE_WORDS:
        names = names[1:]
    return " ".join(names)


def _landform_pattern(vocab: Vocabulary) -> re.Pattern[str]:
    """A natural place named with a word saying so: "Mount Everest", "the Kathmandu Valley",
    "Everest base camp" (the name in group ``before`` or ``after``)."""
    def alternation(words: tuple[str, ...]) -> str:
        return trie_alternation(words).replace("\\ ", r"[ \t]+") if words else r"(?!x)x"
    return re.compile(rf"\b(?:{alternation(vocab.words('landform_before_words', keep_case=True))})[ \t]+"
                      rf"(?P<before>[A-Z][\w'’-]*)"
                      rf"|(?P<after>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]+"
                      rf"(?i:{alternation(vocab.words('landform_after_words'))})\b")


_landforms = per_vocabulary(_landform_pattern)


def _landform_named(c: Claim, clause: str, text: str, vocab: Vocabulary) -> str | None:
    """The natural place a figure's clause names ("18 bodies on Mount Everest": Everest), else the
    one its sentence names when it names no other place ("200 were rescued from Mount Everest,
    and 19 had died"), as written; a demonym is no name ("the Greek island")."""
    pattern = _landforms(vocab)
    found = list(pattern.finditer(clause))
    if not found:
        sentence = text[c.sentence_start:c.sentence_end]
        found = list(pattern.finditer(sentence))
        within = _within(vocab)
        if len(found) != 1 or within.named.search(sentence) or within.word.search(sentence):
            return None
    for m in found:
        name = _place_name(m.group("before") or m.group("after"))
        if name and name.lower() not in vocab.place_by_demonym:
            return name
    return None


def _named_within(c: Claim, text: str, vocab: Vocabulary) -> str | None:
    """The place within a country that a figure's own clause names with a word saying so ("caused
    1,604 deaths in Al Haouz province", "in the town of Derna, 230 died"), as written."""
    start = c.sentence_start
    for boundary in CLAUSE_BOUNDARY.finditer(text, c.sentence_start, c.start):
        start = boundary.end()
    after = CLAUSE_BOUNDARY.search(text, c.end, c.sentence_end)
    clause = text[start:after.start() if after else c.sentence_end]
    within = _within(vocab)
    opening = within.opening.match(text, c.sentence_start, c.start)
    if opening:             # "In Sindh province alone, 347 people have died"
        return opening.group(1) or opening.group(2)
    opening = _OPENING_PLACE.match(text, c.sentence_start, c.start)
    if opening and (_within_a_country(opening.group(2), vocab) and opening.group("lead") in ("In", "in")
                    or c.quantity_kind == "cumulative" and _unknown_region(opening.group(2), vocab)):
        return opening.group(2)     # "In Balochistan, 336 people died": a place the vocabulary or the gazetteer
        #                             knows within a country
    whose = _WHOSE_BEFORE.search(text, max(c.sentence_start, c.start - 120), c.start)
    if whose:               # "the ruins of Amatrice, the hardest-hit town, whose toll rose to 230"
        return whose.group(1)
    where = _WHERE_BEFORE.search(text, max(c.sentence_start, c.start - 60), c.start)
    if where:               # "The Kathmandu Valley, where 1,441 people have died, and the central region, where"
        name = _place_name(where.group(1))
        if name and (name[:1].isupper() or within.word.search(where.group(1))):
            return name
    for m in within.named.finditer(clause) if "the " in clause or within.word.search(clause) else ():
        name = _place_name(m.group(1) or m.group(2))
        if name:            # not "A village leader said"
            return name
    for m in _IN_NAME_OF_PLACE.finditer(clause):
        # "24 people had been killed in Khaung Doke Kar in western Myanmar": a name the text places
        # in a country it names, and no country itself
        name, country = _place_name(m.group(1)), m.group(2)
        if name and vocab.country_of(country) == vocab.canonical_place(country) \
                and vocab.country_of(name) in (None, vocab.country_of(country)) \
                and vocab.country_of(name) != vocab.canonical_place(name):
            return name
    # a toll's region (a crowd "in Victoria Park" is the march's, its venue no part of it)
    regional = c.quantity_kind == "cumulative" and ("n " in clause or "ss " in clause or "ut " in clause)
    for m in _IN_A_NAME.finditer(clause) if regional else ():
        name = _place_name(m.group(1))
        if name and _unknown_region(name, vocab):
            return name     # "across Lower Saxony": a region of the country, known or not
    return _landform_named(c, clause, text, vocab)


# "In the capital, the union counted 450,000", "For the capital alone, police reported 920 arrests":
# the capital of the country the figure is keyed by ("the capital of Chad" names its place, and is a
# place cue of extraction)
_IN_THE_CAPITAL = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Aa]round|[Ff]or|[Ww]ithin)\s+the\s+capital\b"
                             r"(?!\s+(?:city\s+)?of\b)(?!'s)"
                             # the capital as the subject: "The capital was hit hardest, with 186 killed"
                             r"|(?<![\w,;:] )\b[Tt]he\s+capital(?:\s+city)?\s+(?:was|had|has|saw|suffered|recorded|"
                             r"reported|counted|accounted|bore|took)\b")


def in_the_capital(claims: list[Claim], text: str, vocab: Vocabulary) -> list[Claim]:
    """A figure the text places "in the capital" is placed in the capital of its key's country."""
    if "capital" not in text:
        return claims
    out = []
    for c in claims:
        country = c.quantity.split("/", 1)[0] if c.quantity and not c.where and not c.in_title else None
        if country and vocab.country_of(country) == country \
                and _IN_THE_CAPITAL.search(text, c.sentence_start, c.sentence_end):
            capital = vocab.capital_of(country)
            if capital:
                c = with_fields(c, where=capital)
        out.append(c)
    return out


def _the_capitals(c: Claim, text: str, vocab: Vocabulary, per_sentence: PerSentence) -> str | None:
    """The capital a figure is placed in when its sentence names it as "the capital" ("The capital was
    hit hardest, with 186 killed"): a part of the country's count, as a place named within it is."""
    if not c.where or c.in_title or vocab.capital_of(vocab.country_of(c.where) or "") != c.where:
        return None
    named = per_sentence.once(("the capital", c.sentence_start), _IN_THE_CAPITAL.search, text, c.sentence_start,
                              c.sentence_end)
    return c.where if named else None


def _without_period(key: str) -> tuple[str, ...]:
    """A quantity key without its period: where, and what is counted."""
    parts = key.split("/")
    return (parts[0], *parts[2:])


# a city's name with a word or an abbreviation of its state after it: "New York City", "Washington, D.C.",
# "Portland, Ore." — the city the bare name names ("New York", "Washington")
_CITY_SUFFIX = re.compile(r"^(?P<city>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}?)"
                          r"(?:[ \t]+City|,[ \t]*(?:[A-Z]\.){1,3}|,[ \t]*[A-Z][a-z]{1,3}\.|,[ \t]*[A-Z]{2})$")


def key_place(name: str | None, vocab: Vocabulary) -> str | None:
    """The name a place is keyed by: its canonical name, a city written with "City" or its state's
    abbreviation as the bare name the text also writes it by ("New York City" and "New York",
    "Washington, D.C." and "Washington"), when the bare name is a known place within the same country
    and no country itself ("Mexico City" stays: Mexico is the country)."""
    place = vocab.canonical_place(name)
    found = _CITY_SUFFIX.match(place) if place else None
    if found is None:
        return place
    city = vocab.canonical_place(found.group("city"))
    country = vocab.country_of(city)
    if country is None or country == city or vocab.country_of(place) not in (None, country):
        return place
    return city


# a sentence whose subject is a place, the verb in lower case right after it: "Chicago drew around 150,000",
# "Los Angeles came next with 450,000", "Washington, D.C., is reported to have drawn ..." (after a word
# or two of lead-in: "Elsewhere, Boston's march drew ...")
_PLACE_SUBJECT = re.compile(r"\s*(?:(?:and|but|while|whereas)[ \t]+)?(?:[A-Z][a-z]+,[ \t]+)?"
                            r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}?)"
                            r"(?P<state>,[ \t]*(?:(?:[A-Z]\.?){2}|[A-Z][a-z]{1,4}\.),?)?(?:['’]s[ \t]+[a-z]+)?[ \t]+"
                            r"(?!(?:of|and|or|in|on|at|to|for|from|by|with|as)\b)[a-z]+\b")


def crowds_placed_by_their_subject(claims: list[Claim], text: str, vocab: Vocabulary) -> list[Claim]:
    """A crowd figure whose own clause names no place, in a sentence whose subject is a place within a
    country ("Chicago drew around 150,000 people, the second biggest after the one in Washington"; "Los
    Angeles came next with 450,000"), is placed there: a city's crowd, never the country's."""
    out = []
    for c in claims:
        if c.quantity and not c.in_title and vocab.is_of_one_day(c.measure) \
                and not (c.where and c.where in _clause_of(c, text)):
            # the subject of the figure's own clause ("..., and Glasgow came next with 25,000"), else the
            # sentence's ("Washington, D.C., is said to have drawn the largest crowd, 485,000 protesters")
            found = _PLACE_SUBJECT.match(text, _clause_start(c, text), c.start) \
                or _PLACE_SUBJECT.match(text, c.sentence_start, c.start)
            name = _place_name(found.group("name") + (found.group("state") or "").rstrip(",")) if found else None
            place = key_place(name, vocab) if name else None
            if place and _within_a_country(place, vocab) \
                    and vocab.country_of(place) == vocab.country_of(c.quantity.split("/", 1)[0]):
                # (a place of the figure's own country: "The Metro operator said" names none)
                c = with_fields(c, where=place)
        out.append(c)
    return out


# a place as the subject of its clause, set off by a phrase saying where it lies: "Puebla, southeast of the
# capital, recorded 11 deaths", "and Mexico state, west of the capital, had eight", "Morelos, the state just
# south of the capital, suffered most, with 42 deaths" (the phrase holds no figure and no clause of its own)
_APPOSED_SUBJECT = re.compile(r"(?:^|(?<=[;:])|\b(?:and|while|whereas|but)(?=[ \t]))[ \t]*"
                              r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}(?:[ \t]+(?:state|province|region))?)"
                              r",[ \t]+(?P<apposed>[^,.;:\d]{3,60}?),[ \t]+(?!(?:and|or|but|said|says)\b)[a-z]+\b")


def _apposed_subjects(sentence: str, offset: int, vocab: Vocabulary) -> list[tuple[int, str]]:
    """(end, place) of each place within a country a sentence sets as a clause's subject with a
    phrase of where it lies (``_APPOSED_SUBJECT``), read once a sentence."""
    found = []
    for m in _APPOSED_SUBJECT.finditer(sentence) if ", " in sentence else ():
        place = key_place(_place_name(m.group("name")), vocab)
        if place and _within_a_country(place, vocab):
            found.append((offset + m.end(), place))
    return found


def _apposed_subject(c: Claim, text: str, vocab: Vocabulary, per_sentence: PerSentence,
                     starts: list[int]) -> str | None:
    """The place that is the subject of a figure's clause, set off by where it lies ("Puebla,
    southeast of the capital, recorded 11 deaths"), no other figure (``starts``, sorted) between
    it and the figure; else None."""
    if c.in_title:
        return None
    subjects = per_sentence.once(("apposed", c.sentence_start), _apposed_subjects,
                                 text[c.sentence_start:c.sentence_end], c.sentence_start, vocab)
    before = [(end, place) for end, place in subjects if end <= c.start]
    if not before:
        return None
    end, place = before[-1]
    k = bisect.bisect_left(starts, end)
    return place if k >= len(starts) or starts[k] >= c.start else None


def places_by_an_apposed_subject(claims: list[Claim], text: str, vocab: Vocabulary,
                                 per_sentence: PerSentence) -> list[Claim]:
    """A count in a clause whose subject is a place within the figure's country, set off by where
    it lies ("Puebla, southeast of Mexico City, recorded 11 deaths, and Mexico state, west of the
    capital, had eight"), is placed there: that place's count, whatever place the phrase names."""
    if ", " not in text:
        return claims
    starts = sorted(c.start for c in claims if not c.in_title)
    out = []
    for c in claims:
        if c.quantity and c.kind == "count" and "[" not in c.quantity:
            place = _apposed_subject(c, text, vocab, per_sentence, starts)
            if place and place != c.where \
                    and vocab.country_of(place) == vocab.country_of(c.quantity.split("/", 1)[0]):
                c = with_fields(c, where=place)
        out.append(c)
    return out


def places_within(claims: list[Claim], text: str, vocab: Vocabulary,
                  per_sentence: PerSentence | None = None) -> list[Claim]:
    """A figure of a place within the country ("1,604 deaths in Al Haouz, 976 in Taroudant";
    "Al Haouz province has the heaviest toll (1,293)" beside a national toll of more than 2,000) is
    that place's count, a part of the national one, never a rival or an update of it: it is keyed
    by the place. A place counts so when its sentence breaks a measure down over two or more places,
    when the text gives a snapshot (a crowd) for two or more places, or when the text names it as a
    province, a town ... and gives a larger figure of the same key."""
    per_sentence = per_sentence or PerSentence()
    starts = sorted(c.start for c in claims if not c.in_title)
    within: dict[int, str] = {}
    by_sentence: dict[tuple[int, str], set[str]] = {}
    levels: dict[str, set[str]] = {}        # a snapshot's key → the places the text gives it for
    for c in claims:
        if not c.quantity or c.in_title or "[" in c.quantity:
            continue
        place = key_place(c.where, vocab) if c.where else None
        if place and vocab.country_of(place) != place:
            by_sentence.setdefault((c.sentence_start, c.measure or ""), set()).add(place)
        if place and c.quantity_kind == "snapshot":
            levels.setdefault(c.quantity, set()).add(place)
    # the figures of each key whatever period they state ("killed 900 since June" counts the same):
    # the highest current one, and the highest that no place named within holds (worked out once a
    # key, so a text of many figures costs its figures, not their square)
    by_counted: dict[tuple[str, ...], list[Claim]] = {}
    for c in claims:
        if c.quantity and c.low is not None and not c.superseded:
            by_counted.setdefault(_without_period(c.quantity), []).append(c)
    top = {key: max(o.low for o in counted if o.low is not None) for key, counted in by_counted.items()}
    top_unnamed: dict[tuple[str, ...], float] = {}
    named_of: dict[int, str | None] = {}

    def named_within(c: Claim) -> str | None:
        """``_named_within`` of a figure, read once: a figure is looked at for itself and as one of
        its key's figures."""
        if id(c) not in named_of:
            named_of[id(c)] = _named_within(c, text, vocab) \
                or _apposed_subject(c, text, vocab, per_sentence, starts) or _the_capitals(c, text, vocab, per_sentence)
        return named_of[id(c)]

    def highest_unnamed(key: tuple[str, ...]) -> float:
        if key not in top_unnamed:
            top_unnamed[key] = max((o.low for o in by_counted[key] if o.low is not None
                                    and named_within(o) is None), default=-math.inf)
        return top_unnamed[key]

    # the keys the text also gives for the rest of the country ("1.5 million in Paris, 2.5 million elsewhere"):
    # a crowd placed in one of its cities is that city's, whatever other city the text counts
    rest = {c.quantity for c in claims if c.quantity and c.quantity_kind == "snapshot" and not c.in_title
            and "[" not in c.quantity and _rest_of(c, text, vocab)} \
        if any(w in text for w in ("lsewhere", "rest of", "provinces", "utside", "eyond")) else set()
    for c in claims:
        if not c.quantity or c.in_title or "[" in c.quantity:
            continue
        back = _pointed_back_to(c, text, vocab, per_sentence)
        if back is not None:
            within[id(c)] = back        # "Texas was hit hardest: there, 4.3 million homes lost power"
            continue
        place = key_place(c.where, vocab) if c.where else None
        if place and (len(by_sentence.get((c.sentence_start, c.measure or ""), ())) > 1
                      or vocab.country_of(place) != place
                      and (len(levels.get(c.quantity, ())) > 1
                           or c.quantity in rest and _placed_in_its_clause(c, text))):
            # a crowd in Toulouse in a report that also counts one in Marseille or in all France
            within[id(c)] = place
            continue
        if c.high is None:
            continue
        key = _without_period(c.quantity)
        if top.get(key, -math.inf) <= c.high:
            continue                    # no larger figure of the key
        named = named_within(c)
        if named and highest_unnamed(key) > c.high:     # a larger one that no place named within holds
            within[id(c)] = vocab.canonical_place(named) or named
    if not within:
        return claims
    return [with_fields(c, quantity=f"{within[id(c)]}/{c.quantity.split('/', 1)[1]}")
            if id(c) in within and c.quantity else c for c in claims]


# a clause that points back to the place the sentence set apart just before it: "Texas was hit
# hardest: there, 4.3 million homes ...", "the north suffered most; there, 40 died". Not ", where":
# "in Idlib, where a million have fled" names the event's own region, the same count as the country's
_BACK_TO_A_PLACE = re.compile(r"(?:[,:;]|[ \t][—–-])[ \t]*there\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|"
                              r"might|could|remain|remains|remained|seems?|seemed|appears?|appeared)\b)"
                              r"(?=[^.;:!?]*$)", re.I)
_LAST_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})[^A-Z]*$")


# a figure's own words pointing back to a place named before: "rallied in that city", "put the crowd
# there at 500,000", "the toll there rose to 40" (a noun of what is counted right before "there")
_THAT_PLACE = re.compile(r"\b(?:(?:in|across|throughout)[ \t]+that[ \t]+(?:city|town|village|state|province|region"
                         r"|capital)\b|(?:crowds?|turnout|march|rally|protest|gathering|toll|dead|deaths)[ \t]+"
                         r"there\b(?![ \t]+(?:is|are|was|were)\b))", re.I)
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}")
# how far before its sentence a place "that city" points back to may be named: the sentence before
_BACK_REACH = 300


def _named_before(text: str, start: int, end: int, vocab: Vocabulary) -> str | None:
    """The last name between ``start`` and ``end`` that is a place within a country, or whose first
    words are ("The Chicago Tribune said ... in that city": Chicago)."""
    for m in reversed(list(_NAME.finditer(text, start, end))):
        words = _place_name(m.group()).split()
        for n in range(len(words), 0, -1):
            place = " ".join(words[:n])
            if _within_a_country(place, vocab):
                return vocab.canonical_place(place) or place
    return None


# the words a clause points back to a place with, searched in place (a sentence may hold thousands of
# figures: no copy of it per figure)
_THERE = re.compile("there", re.I)
_THERE_OR_THAT = re.compile("there|that ", re.I)


def _pointed_back_to(c: Claim, text: str, vocab: Vocabulary, per_sentence: PerSentence) -> str | None:
    """The place within a country that a figure's clause points back to with "there" or "that city",
    the last name before it in the sentence (or the sentence before), when the vocabulary or the
    gazetteer knows it as such."""
    if not per_sentence.starts(_THERE_OR_THAT, text, c.sentence_start, c.sentence_end):
        return None
    that = _THAT_PLACE.search(text, c.sentence_start, c.sentence_end)
    if that is not None and not any(ch.isdigit() for ch in text[min(that.end(), c.end):max(that.start(), c.start)]):
        # no other figure between the words and the figure: they are its own
        return _named_before(text, max(0, c.sentence_start - _BACK_REACH), that.start(), vocab)
    there = per_sentence.starts(_THERE, text, c.sentence_start, c.sentence_end)
    if not there or there[0] >= c.start:
        return None
    back = _BACK_TO_A_PLACE.search(text, c.sentence_start, c.start)
    if back is None:
        return None
    name = _LAST_NAME_BEFORE.search(text, max(c.sentence_start, back.start() - 80), back.start())
    if name is None:
        return None
    place = _place_name(name.group(1))
    return (vocab.canonical_place(place) or place) if place and _within_a_country(place, vocab) else None


# a figure of the rest of a country, beyond a place the text counts apart: "1.1 million marched
# elsewhere", "in the rest of the country", "in the provinces", "outside the capital", "outside Lyon"
_REST_OF_A_COUNTRY = re.compile(
    r"\b(?:(?i:elsewhere)(?:[ \t]+in[ \t]+(?P<elsewhere_in>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?))?"
    r"|(?i:in|across|throughout|around)[ \t]+the[ \t]+rest[ \t]+of[ \t]+"
    r"(?:the[ \t]+country\b|(?P<rest_of>[A-Z][\w'’-]*))"
    r"|(?i:in)[ \t]+the[ \t]+provinces|(?i:outside|beyond)[ \t]+the[ \t]+capital"
    r"|(?i:outside)[ \t]+(?P<outside>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?))")
# a sentence that opens with it: "Elsewhere, 300,000 marched", "In the rest of the country, 40 died"
_REST_OPENING = re.compile(r"\s*(?:Meanwhile,?[ \t]+)?(?=\S)")
REST_OF = "rest of "     # opens the place of a quantity key of a country less a place it counts apart


def _placed_in_its_clause(c: Claim, text: str) -> bool:
    """Whether a figure's own clause names its place ("putting the crowd in Paris at 1.5 million")."""
    return bool(c.where) and (c.where or "") in _clause_of(c, text)


def _clause_start(c: Claim, text: str) -> int:
    """Where the clause a figure stands in starts."""
    start = c.sentence_start
    for boundary in CLAUSE_BOUNDARY.finditer(text, max(c.sentence_start, c.start - CLAUSE_REACH), c.start):
        start = boundary.end()
    return start


def _clause_of(c: Claim, text: str) -> str:
    """The clause a figure stands in (the sentence between the boundaries around the figure)."""
    start = _clause_start(c, text)
    after = CLAUSE_BOUNDARY.search(text, c.end, c.sentence_end)
    return text[start:after.start() if after else c.sentence_end]


def _rest_of(c: Claim, text: str, vocab: Vocabulary) -> str | None:
    """The country whose rest a figure's clause gives it for, beyond a place counted apart ("some
    900,000 marched elsewhere" after a capital's crowd), else None."""
    found = _REST_OF_A_COUNTRY.search(_clause_of(c, text))
    if found is None:
        opening = _REST_OPENING.match(text, c.sentence_start, c.start)
        found = _REST_OF_A_COUNTRY.match(text, opening.end(), c.start) if opening else None
        if found is None or not text.startswith(",", found.end()):
            return None
    country = vocab.country_of(c.quantity.split("/", 1)[0]) if c.quantity else None
    named = found.group("elsewhere_in") or found.group("rest_of")
    if named and vocab.country_of(named) != vocab.canonical_place(named):
        return None                 # "elsewhere in Britain" of a key of Leeds: the country, not its rest
    if named:
        country = vocab.country_of(named)
    outside = found.group("outside")
    if outside and not (vocab.country_of(outside) not in (None, vocab.canonical_place(outside))
                        and vocab.country_of(outside) == country):
        return None                 # "outside Parliament", "outside Spain": no place within the country
    return country


def rest_of_the_country(claims: list[Claim], text: str, vocab: Vocabulary) -> list[Claim]:
    """A figure the text gives for a country beyond a place it counts apart ("1.5 million in the
    capital, some 900,000 elsewhere"; "in the rest of the country"; "in the provinces") is keyed by
    that rest: neither the country's whole figure nor the place's, and placed in the country."""
    if not any(w in text for w in ("lsewhere", "rest of", "provinces", "utside", "eyond")):
        return claims
    out = []
    for c in claims:
        country = _rest_of(c, text, vocab) if c.quantity and not c.in_title and "[" not in c.quantity \
            and not _within_a_country(c.quantity.split("/", 1)[0], vocab) else None
        if country and c.quantity:
            where = country if c.where and vocab.country_of(c.where) == country else c.where
            c = with_fields(c, quantity=f"{REST_OF}{country}/{c.quantity.split('/', 1)[1]}", where=where)
        out.append(c)
    return out
