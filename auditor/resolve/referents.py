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
  it to 22") is named by its class where it was written with another name of the class
  ("troops", "troopers": ``synonyms`` in the things vocabulary) and the document writes the
  class's name too: "the count is now 29" in a story about Turkish soldiers who were first
  "nine Turkish troopers" counts Turkish soldiers. A noun written after the number is kept as
  written ("33 Turkish troops");
* people named by a demonym ("six Bangladeshis") are that country's nationals, a
  quantity of their own, unless the event is in their own country;
* the dead and the injured are people: a count of deaths does not take a referent
  that is not ("households").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

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
    key: str
    facet: str | None = None     # a country, from a demonym ("Turkish" → Turkey)


_PEOPLE = Referent("people", "people", "people")


def facet_of(thing_text: str | None, vocab: Vocabulary) -> str | None:
    """The country a thing's modifiers name ("Turkish soldiers" → Turkey)."""
    if not thing_text:
        return None
    words = _WORD.findall(thing_text)
    for word in words[:-1]:
        country = vocab.place_by_demonym.get(word.lower().rstrip("'’s"))
        if country and word[0].isupper():
            return country
    return None


def nationals_of(thing_text: str | None, vocab: Vocabulary) -> str | None:
    """The country of a thing named by its people's demonym ("six Bangladeshis" → Bangladesh)."""
    words = (thing_text or "").split()
    if len(words) != 1 or not words[0][:1].isupper():
        return None
    word = words[0].lower()
    return vocab.place_by_demonym.get(word[:-1] if word.endswith("s") else word)


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
        cls = vocab.thing_by_word.get(" ".join(m.group().lower().split()))
        before = _WORD.findall(title[max(0, m.start() - 30):m.start()])
        country = facet_of(" ".join(before[-2:] + ["x"]), vocab) if before else None
        if cls and country:
            votes[(cls, country)] += 1
    return votes


class _Names:
    """Which names of things a document writes (its headline included), looked up once a name."""

    def __init__(self, text: str, title: str | None) -> None:
        self.lower = f"{title or ''}\n{text}".lower()
        self.seen: dict[str, bool] = {}

    def writes(self, name: str) -> bool:
        if name not in self.seen:
            self.seen[name] = re.search(rf"\b{re.escape(name)}\b", self.lower) is not None
        return self.seen[name]

    def canonical(self, thing: str, vocab: Vocabulary) -> str:
        """``thing`` with a synonym at its head replaced by its class's name, where the
        document writes that name ("Turkish troopers" → "Turkish soldiers")."""
        words = thing.split()
        for n in (2, 1):
            name = vocab.thing_synonyms.get(" ".join(words[-n:]).lower()) if len(words) >= n else None
            if name and self.writes(name):
                return " ".join(words[:-n] + [name])
        return thing


def _named(ref: Referent, names: _Names, vocab: Vocabulary) -> Referent:
    written = names.canonical(ref.text, vocab)
    return ref if written == ref.text else Referent(written, ref.cls, ref.key, ref.facet)


def _written_with(body: str | None, c: Claim, head: str) -> bool:
    """Whether the count's own noun follows it ("nine Turkish troopers"), not one lent to it."""
    return head in (body or "")[c.end:c.end + 40].lower()


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
    names = _Names(text, title) if vocab.thing_synonyms else None
    last: Referent | None = None
    out: list[tuple[Referent | None, Claim]] = []
    for c in claims:
        ref: Referent | None = None
        if c.kind == "count":
            head = _head(c.thing) if c.thing else ""
            if (c.thing is None and c.measure is not None) or head in anaphors:
                ref = _named(last, names, vocab) if last and names else last
                if c.measure in OF_PEOPLE and (ref is None or "people" not in vocab.thing_ancestors(ref.cls)):
                    # "surveyed households ... found 4,645 deaths", "the death toll passed 900":
                    # the dead are people
                    ref = _PEOPLE
            if ref is None and c.thing:
                ref = Referent(c.thing, c.thing_class, c.thing_key or c.thing.lower(), facet_of(c.thing, vocab))
                if names and not _written_with(title if c.in_title else text, c, head):
                    ref = _named(ref, names, vocab)     # lent by the count before it
                forces = _FORCES.match(text, c.end) if head == "people" else None
                if forces:
                    country = vocab.place_by_demonym.get(forces.group("who").lower())
                    if country:
                        ref = _with_facet(Referent("soldiers", "soldiers", "soldiers"), country, vocab)
                nationals = nationals_of(c.thing, vocab) if ref.facet is None else None
                if nationals and nationals != home:
                    # "six Bangladeshis" among a blast's dead: a part of the toll, not the toll
                    ref = Referent(ref.text, ref.cls, ref.key, nationals)
                elif ref.facet is None and ref.cls not in (None, "people") and len(facets.get(ref.cls, ())) == 1:
                    # (not people at large: "30 people" beside "12 Jordanian citizens" are not Jordanians)
                    ref = _with_facet(ref, next(iter(facets[ref.cls])), vocab)
            if ref is not None and c.thing and _head(c.thing) not in anaphors and (
                    ref.cls not in (None, "people") or ref.cls == "people" and _written_after(text, c, head)):
                last = ref      # people count as a referent only where the text writes the word
            elif ref is not None and last is None and ref.cls is not None:
                last = ref
        out.append((ref, c))
    return out
