"""What is counted, in context: "36 others", "the victims", "29 soldiers" in a story about Turkish troops.

Extraction names the noun after a number. A story names its subject once
("Turkish soldiers") and then refers to it: "Twenty-nine soldiers had lost
their lives ... 36 others were wounded". Here, within one document:

* an anaphor ("others", "victims", "the dead": ``anaphors`` in the things
  vocabulary) or a count with a measure but no noun takes the thing the text
  counted last;
* a thing without a nationality takes the one the document gives that class
  of thing (its headline included), when it gives exactly one: "soldiers" in
  a story about Turkish soldiers are Turkish soldiers;
* "people from the Turkish forces" counts Turkish soldiers;
* a thing the count takes from the text before it (an anaphor, a tally with no noun: "raised
  it to 22", "the count of foreigners killed had risen to 40") is named by its class where it
  was written with another name of the class ("troops", "troopers": ``synonyms`` in the things
  vocabulary): "the count is now 29" after "nine Turkish troopers" counts Turkish soldiers. A
  noun written after the number is kept as written ("33 Turkish troops");
* people named by a demonym ("six Bangladeshis") are that country's nationals, a
  quantity of their own, named so, with the whole the sentence places them in ("the dead
  include six Bangladeshis": Bangladeshi nationals among the dead); in a story in their own
  country they are its people when they are its dead or injured ("4,645 Americans died");
* a count with no noun and no measure ("compared with a previous 359", "67 of them") is a
  figure of the thing of the count just before it;
* a part takes its own noun ("three of whom were children") or the referent of its whole with
  the whole's measure ("of the 5,000 people hurt, 120 were in critical condition": people
  injured);
* a population given with no noun ("a city of 7.3 million") counts residents;
* the dead and the injured are people: a count of deaths does not take a referent
  that is not ("households");
* people who took part in a gathering are its crowd (``crowd_of`` in the things vocabulary),
  where the document names gatherings of one kind: "two million people took to the streets",
  "police put the crowd at 338,000" in a story of a march are protesters, so every figure of
  the crowd has one key, whichever words an outlet used. People with no measure, and a bare
  figure with no noun, are so only where their own sentence names the gathering ("the protest
  drew 1.7 million people", "the union put the march at 90,000, the police gave 21,000").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from auditor.casefold import fold_keyword
from auditor.claims import Claim
from auditor.vocabulary import Vocabulary

_FORCES = re.compile(r"\s+(?:[a-z]+\s+){1,2}?(?:from|of|among|in|with)\s+(?:the\s+)?(?P<who>[A-Z][\w-]+)\s+"
                     r"(?:armed\s+forces|forces|army|military|troops|contingent)\b")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
# the dead and the injured are people, whatever the text counted before them
OF_PEOPLE = frozenset({"killed", "injured", "missing"})


@dataclass(frozen=True)
class Referent:
    """A counted thing: as written, its taxonomy class, its comparable key, its nationality."""

    text: str
    cls: str | None
    key: str | None             # None for a part of the count before ("73,000 of them"): not comparable
    facet: str | None = None     # a country, from a demonym ("Turkish" → Turkey)


_PEOPLE = Referent("people", "people", "people")


def facet_of(thing_text: str | None, vocab: Vocabulary) -> str | None:
    """The country a thing's modifiers name ("Turkish soldiers" → Turkey)."""
    if not thing_text:
        return None
    words = [_possessive(w) for w in _WORD.findall(thing_text)]
    for i, word in enumerate(words[:-1]):
        if not word[:1].isupper():
            continue
        # the longest demonym first: "South Sudanese" is not Sudanese, "Papua New Guinean" not Guinean
        for n in (3, 2, 1):
            if i + n < len(words):      # the head noun itself is no modifier
                country = vocab.place_by_demonym.get(" ".join(words[i:i + n]).lower())
                if country:
                    return country
    return None


def _possessive(word: str) -> str:
    """A word without its possessive ending ("Turkey's" → "Turkey"; "Swiss" stays "Swiss")."""
    return word[:-2] if word.endswith(("'s", "’s")) else word.rstrip("'’")


def nationals_of(thing_text: str | None, vocab: Vocabulary) -> str | None:
    """The country of a thing named by its people's demonym ("six Bangladeshis" → Bangladesh)."""
    words = (thing_text or "").split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    word = words[0].lower()
    return vocab.place_by_people.get(word) or vocab.place_by_demonym.get(word)     # "Poles"; "one Syrian"


def _head(thing_text: str) -> str:
    words = thing_text.lower().split()
    return words[-1] if words else ""


def _demonym(country: str, vocab: Vocabulary) -> str:
    entry = vocab.places.get(country)
    return entry.demonyms[0] if entry and entry.demonyms else country


def _with_facet(ref: Referent, country: str, vocab: Vocabulary) -> Referent:
    demonym = _demonym(country, vocab)
    return Referent(f"{demonym} {ref.text}", ref.cls, f"{demonym.lower()} {ref.key}", country)


def title_facets(title: str | None, vocab: Vocabulary) -> Counter:
    """(class, country) pairs the headline names: "34 Turkish soldiers killed" → (soldiers, Turkey)."""
    votes: Counter = Counter()
    if not title:
        return votes
    for m in vocab.thing_pattern.finditer(title):
        cls = vocab.thing_by_word.get(" ".join(fold_keyword(m.group()).split()))
        before = _WORD.findall(title[max(0, m.start() - 30):m.start()])
        country = facet_of(" ".join(before[-2:] + ["x"]), vocab) if before else None
        if cls and country:
            votes[(cls, country)] += 1
    return votes


def _named(ref: Referent, vocab: Vocabulary) -> Referent:
    """A referent taken from the text before, named by its class where it was written with another
    name of it ("Turkish troopers" → "Turkish soldiers")."""
    words = ref.text.split()
    for n in (2, 1):
        name = vocab.thing_synonyms.get(" ".join(words[-n:]).lower()) if len(words) >= n else None
        if name:
            return Referent(" ".join(words[:-n] + [name]), ref.cls, ref.key, ref.facet)
    return ref


# the whole a sentence places a group of people in: "the dead include six Bangladeshis", "the
# victims are also known to include two Belgians", "43 Syrians were among the reported casualties"
_WHOLES = r"(dead|victims|casualties|injured|wounded|killed|missing)"
_WHOLE_INCLUDES = re.compile(rf"\bthe\s+(?:[a-z]+\s+)?{_WHOLES}\s+(?:[a-z]+\s+){{0,4}}?includ(?:e|es|ed)\b", re.I)
_AMONG_WHOLE = re.compile(rf"\bamong\s+the\s+(?:[a-z]+\s+)?{_WHOLES}\b", re.I)


def _whole_of(body: str, c: Claim) -> str | None:
    """The whole the count's sentence places it in ("the dead include 43 Syrians": dead)."""
    before = _WHOLE_INCLUDES.search(body, c.sentence_start, c.start)
    found = before or _AMONG_WHOLE.search(body, c.sentence_start, c.sentence_end)
    return found.group(1).lower() if found else None


# what follows a figure given with no noun: punctuation, a verb ("359 reported in the media",
# "4,645 sitting midway", "stood at 321, and"), a part of the count before ("67 of them"), a
# comparison with another figure ("that is 100,000 more than the last count");
# not a noun of its own ("three hotel blasts")
_BARE_AFTER = re.compile(r"[\s\u00a0]*(?:[,.;:)\u2014\u2013]|$|(?:have|has|had|were|was|are|is|[a-z]+(?:ed|ing)"
                         r"|of\s+(?:them|those|these)|(?:more|fewer|less)\s+than)\b)")


_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)
_OF_WHOM = re.compile(r"\s+of\s+whom\s+(?:were|are|was|is)\s+", re.I)


def _of_whom(body: str, c: Claim, vocab: Vocabulary) -> Referent | None:
    """"three of whom were children": the part's own thing, named after it."""
    m = _OF_WHOM.match(body, c.end) if "whom" in body[c.end:c.end + 12] else None
    found = vocab.thing_pattern.match(body, m.end()) if m else None
    if found is None:
        return None
    cls = vocab.thing_by_word.get(" ".join(fold_keyword(found.group()).split()))
    return Referent(found.group(), cls, cls or found.group().lower())


def _part_of_the(body: str, c: Claim, whole: Claim) -> bool:
    """"of the 5,000 people hurt, at least 120 ...": ``c`` is a part of the count before it."""
    return c.part_of == whole.id or whole.sentence_start == c.sentence_start and \
        body[max(0, whole.start - 7):whole.start].lower() == "of the "


def _a_bare_figure(body: str, c: Claim) -> bool:
    """A figure with no noun that is a count of something the text named before."""
    return not (c.value is not None and 0 < c.value < 1) and bool(_BARE_AFTER.match(body, c.number_end or c.end))


# people counted by a measure that says who they are, where the text names no one: a population
# ("a city of 7.3 million") is of residents
_NAMED_BY_MEASURE = {"population": "residents"}


def _named_by_measure(measure: str) -> Referent:
    return Referent(_NAMED_BY_MEASURE[measure], "people", "people")


def _counted_for_itself(ref: Referent, vocab: Vocabulary) -> bool:
    """A thing that is a fact of the incident ("four hotels"), whose bare figures are not its."""
    own = vocab.things.get(ref.cls or "")
    return own is not None and own.measure is not None


_ADJECTIVE_BEFORE = re.compile(r"\s+([a-z]+)\s+")


def _with_its_adjective(body: str, c: Claim, vocab: Vocabulary) -> str:
    """The thing as written when the word between the number and it is the measure ("485
    injured people", "1,200 displaced families"), which extraction reads apart from the thing."""
    thing = c.thing or ""
    m = _ADJECTIVE_BEFORE.match(body, c.end)
    if m and c.measure and vocab.measure_by_word.get(m.group(1)) == c.measure \
            and body.startswith(thing, m.end()):
        return f"{m.group(1)} {thing}"
    return thing


# the measure of a crowd (measures.yaml): who took part in a gathering
TOOK_PART = "took part"


class _Crowd:
    """The one kind of crowd a document's gatherings gather (None for none, or for two kinds),
    read from its text only when a count may be of a crowd."""

    def __init__(self, text: str, title: str | None, vocab: Vocabulary) -> None:
        self.text, self.title, self.vocab = text, title, vocab
        self._read = False
        self._kind: str | None = None

    @cached_property
    def _aboard(self) -> frozenset[str]:
        return frozenset((*self.vocab.words("passenger_nouns"), *self.vocab.words("crew_nouns")))

    def _named(self, body: str, start: int = 0, end: int | None = None) -> set[str]:
        # lower case only: "March" is a month, a gathering is written "a march"
        found = self.vocab.crowd_pattern.finditer(body, start, len(body) if end is None else end)
        return {self.vocab.crowd_by_word[" ".join(fold_keyword(m.group()).split())]
                for m in found if m.group().islower()}

    def kind(self) -> str | None:
        if not self._read:
            self._read = True
            # most documents name no gathering: a substring test turns them away before the pattern
            if any(w in self.text or w in (self.title or "") for w in self.vocab.crowd_by_word):
                kinds = self._named(self.title or "") | self._named(self.text)
                self._kind = next(iter(kinds)) if len(kinds) == 1 else None
        return self._kind

    def of(self, ref: Referent | None, c: Claim, body: str) -> Referent | None:
        """``ref``, or the document's crowd when ``c`` counts people who took part in it (also under a
        noun the vocabulary does not know: "over 300,000 pro-democracy activists marched"). Those aboard,
        named so, are none ("the Metro carried 470,000 passengers before the march": ``passenger_nouns``,
        ``crew_nouns``)."""
        if ref is not None and c.measure != TOOK_PART and ref.text.lower() in self._aboard:
            return ref
        if ref is not None and (ref.cls not in ("people", None) or ref.facet
                                or ref.cls is None and c.measure != TOOK_PART) \
                or c.measure not in (TOOK_PART, None) \
                or c.measure is None and ref is None and not _a_bare_figure(body, c):
            return ref
        kind = self.kind()
        if kind and (c.measure == TOOK_PART or self._named(body, c.sentence_start, c.sentence_end)):
            return Referent(kind, kind, kind)
        if c.measure == TOOK_PART and (ref is None or ref.cls is None):
            # who took part are people, whatever the noun ("500,000 had turned up", "activists marched")
            return Referent(ref.text if ref else "people", "people", "people")
        return ref


# the noun written right after a number, or after its "of the" ("15 fatalities", "32 of the victims"), or
# an outbreak's after one word that qualifies it ("four further deaths", "12 cumulative deaths")
_NOUN_WRITTEN = re.compile(r"[ \t]+(?:of[ \t]+the[ \t]+)?(?P<noun>[a-z]+)\b(?:[ \t]+(?P<then>[a-z]+)\b)?")
# the people a toll counts, named so in the text ("32 of the victims", "15 fatalities", "11 lives"): shown as
# written (``toll_nouns`` in the counted vocabulary); "77 deaths" so beside the cases of an outbreak
# (``outbreak_toll_nouns``): its statistics, which the text counts side by side. A disaster's "24 deaths" and
# "the dead" stay people, as the events' gold has them
_OUTBREAK_MEASURES = ("cases", "infected")
_LOWER_WORD = re.compile(r"[a-z]+")


def _as_written(ref: Referent | None, c: Claim, body: str, vocab: Vocabulary) -> Referent | None:
    """People counted as victims or by a noun of their toll ("15 fatalities", "11 lives", an outbreak's
    "77 deaths"), shown by that noun where the text names no one else: the same quantity (the class and
    the key stay people), told as the text tells it."""
    if ref is None or ref.text != "people" or ref.cls != "people" or ref.facet is not None or c.kind != "count":
        return ref
    found = _NOUN_WRITTEN.match(body, c.end)
    if found is None:
        return ref
    nouns = vocab.words("toll_nouns")
    outbreak = vocab.words("outbreak_toll_nouns") if _beside_cases(body, c, vocab) else ()
    nouns = (*nouns, *outbreak)
    word = found.group("noun")
    if word not in nouns and found.group("then") in outbreak:
        word = found.group("then")      # "four further deaths", "12 cumulative deaths"
    if word in nouns and (word == "victims" or vocab.measure_by_word.get(word) == c.measure):
        return Referent(word, ref.cls, ref.key, ref.facet)
    return ref


def _beside_cases(body: str, c: Claim, vocab: Vocabulary) -> bool:
    """Whether the claim's sentence counts cases or infections too ("4,266 cases and 77 deaths")."""
    sentence = body[c.sentence_start:c.sentence_end].lower()
    return any(vocab.measure_by_word.get(w) in _OUTBREAK_MEASURES for w in _LOWER_WORD.findall(sentence))


def _written_with(body: str | None, c: Claim, head: str) -> bool:
    """Whether the count's own noun follows it ("nine Turkish troopers"), not one lent to it."""
    return bool(head) and head in (body or "")[c.end:c.end + 40].lower()


def _written_after(text: str, c: Claim, word: str) -> bool:
    """Whether ``word`` follows the number in the text ("359 people"), not extraction's default."""
    return not c.in_title and text[c.end:c.end + len(word) + 2].lower().split()[:1] == [word]


def resolve_referents(claims: list[Claim], text: str, title: str | None,
                      vocab: Vocabulary, home: str | None = None) -> list[tuple[Referent | None, Claim]]:
    """Each claim of one document (in text order) with the thing it counts in context.

    ``home`` is the country the document's event is in: its own nationals ("4,645 Americans
    died" in a story placed in the United States) are the story's people, not a facet."""
    votes = title_facets(title, vocab)
    for c in claims:
        country = facet_of(c.thing, vocab)
        if c.thing_class and country:
            votes[(c.thing_class, country)] += 1
    facets: dict[str, set[str]] = {}
    for cls, country in votes:
        facets.setdefault(cls, set()).add(country)
    anaphors = vocab.anaphors
    crowd = _Crowd(text, title, vocab)
    # the nationalities each sentence counts ("32 Kenyans, nine Ethiopians and eight Americans"): the home
    # country's nationals listed among others' are a part of those counted, like the others
    listed: dict[tuple[bool, int], set[str]] = {}
    for c in claims:
        if c.kind == "count" and (nationals := nationals_of(c.thing, vocab)):
            listed.setdefault((c.in_title, c.sentence_start), set()).add(nationals)
    last: Referent | None = None
    before: Referent | None = None      # the thing of the count just before
    previous: Claim | None = None       # ... and that count
    out: list[tuple[Referent | None, Claim]] = []

    def body_of(c: Claim) -> str:
        return (title or "") if c.in_title else text

    for c in claims:
        ref: Referent | None = None
        if c.kind == "count":
            head = _head(c.thing) if c.thing else ""
            if c.thing is None and c.measure in _NAMED_BY_MEASURE:
                ref = _named_by_measure(c.measure)      # "a city of 7.3 million": its residents
            elif (c.thing is None and c.measure is not None) or head in anaphors:
                ref = _named(last, vocab) if last else None
                if before is not None and before.cls is not None and previous is not None \
                        and previous.sentence_start == c.sentence_start and previous.in_title == c.in_title \
                        and previous.measure == c.measure:
                    # "73 deaths in Morelos state, 45 in Puebla state": a list goes on counting what its
                    # figure before counts, not the children an earlier sentence named
                    ref = before
                elif (c.thing is None or head == "others") and before is not None and before.cls is None \
                        and before.key and previous is not None \
                        and previous.sentence_start == c.sentence_start and previous.in_title == c.in_title \
                        and c.measure not in OF_PEOPLE:
                    # "57 structures had been destroyed and 12 more were damaged": a thing the taxonomy does not
                    # know, counted just before in the sentence (people stay people: "and 12 others were hurt")
                    ref = before
                if c.measure in OF_PEOPLE and (ref is None or "people" not in vocab.thing_ancestors(ref.cls)):
                    # "surveyed households ... found 4,645 deaths", "the death toll passed 900":
                    # the dead are people
                    ref = _PEOPLE
            elif (found := _of_whom(body_of(c), c, vocab)) is not None:
                ref = found         # "five members of one family, three of whom were children"
            elif before is not None and before.cls is not None and not _counted_for_itself(before, vocab) and (
                    c.thing is None and c.measure is None and _a_bare_figure(body_of(c), c)
                    or c.thing and _OF_THEM.match(body_of(c), c.end) and not _written_with(body_of(c), c, head)):
                # "stood at 253, compared with a previous 359", "950,000 people fled their homes, 73,000
                # of them in the past week": the thing of the figure before (a part of it keeps no key)
                ref = Referent(before.text, before.cls, None, before.facet) \
                    if _OF_THEM.match(body_of(c), c.end) else before
            if ref is None and c.thing:
                ref = Referent(_with_its_adjective(body_of(c), c, vocab), c.thing_class,
                               c.thing_key or c.thing.lower(), facet_of(c.thing, vocab))
                if not _written_with(body_of(c), c, head):
                    ref = _named(ref, vocab)    # taken from before the number
                forces = _FORCES.match(text, c.end) if head == "people" else None
                if forces:
                    country = vocab.place_by_demonym.get(fold_keyword(forces.group("who")))
                    if country:
                        ref = _with_facet(Referent("soldiers", "soldiers", "soldiers"), country, vocab)
                nationals = nationals_of(c.thing, vocab) if ref.facet is None else None
                if nationals and (nationals != home or len(listed.get((c.in_title, c.sentence_start), ())) > 1):
                    # "six Bangladeshis" among a blast's dead: a part of the toll, not the toll
                    demonym = _demonym(nationals, vocab)
                    ref = Referent(f"{demonym} nationals", ref.cls, f"{demonym.lower()} {ref.key}", nationals)
                elif nationals and c.measure in OF_PEOPLE:
                    ref = _PEOPLE       # "4,645 Americans died" in a story in the United States: its toll
                if ref.cls == "people" and ref.facet is None and c.measure in _NAMED_BY_MEASURE \
                        and not _written_with(body_of(c), c, head):
                    ref = _named_by_measure(c.measure)
                if ref.facet and ref.cls == "people":
                    whole = _whole_of(body_of(c), c)
                    if whole and whole not in ref.text:
                        ref = Referent(f"{ref.text} among the {whole}", ref.cls, ref.key, ref.facet)
                if ref.facet is None and ref.cls not in (None, "people") and len(facets.get(ref.cls, ())) == 1:
                    # (not people at large: "30 people" beside "12 Jordanian citizens" are not Jordanians)
                    ref = _with_facet(ref, next(iter(facets[ref.cls])), vocab)
            ref = crowd.of(ref, c, body_of(c))
            if ref is not None and c.thing and _head(c.thing) not in anaphors and (
                    ref.cls not in (None, "people") or ref.cls == "people" and _written_after(text, c, head)):
                last = ref      # people count as a referent only where the text writes the word
            elif ref is not None and last is None and ref.cls is not None:
                last = ref
            if ref is not None and previous is not None and _part_of_the(body_of(c), c, previous) \
                    and previous.measure and previous.measure != c.measure and ref.cls == "people" \
                    and not _written_with(body_of(c), c, head):
                # "of the 5,000 people hurt, 120 were in critical condition": the injured
                ref = Referent(f"{ref.text} {previous.measure}", ref.cls, ref.key, ref.facet)
            if ref is not None and not c.in_title:
                before, previous = ref, c
            ref = _as_written(ref, c, body_of(c), vocab)
        out.append((ref, c))
    return out
