"""A deterministic corpus of realistic multi-source articles with planted claims.

``generate(n, seed)`` returns ``n`` articles of about 600 words. Articles come in
clusters: several outlets report the same event (a strike, a flood, an
outbreak) on the same day, so the claims meet in the checks as they do in a
real newsroom archive. Each article mixes planted claims (a toll, a count of
displaced people, a part of a whole, a vague quantity) with filler prose full
of numbers that are *not* claims (years, dates, clock times, ages, phone
numbers, ordinals, reference labels). A few outlets get a figure wrong on
purpose (``Article.conflicts``), so an audit has something to find.

Every planted claim records where it is (the span of its hedge and number),
its value and what it counts: recall is measured against these spans.

The sentences are written for this benchmark; nothing is copied from real
wires. Run ``python -m benchmarks.corpus 3`` to read a few.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import asdict, dataclass, field
from typing import Iterable, Iterator

OUTLETS = ["Northern Dispatch", "Coastal Wire", "Meridian News", "Atlas Press", "Harbour Gazette",
           "Frontier Post", "Capital Ledger", "Valley Times", "Eastern Courier", "Summit Herald",
           "Delta Bulletin", "Lakeside Observer"]
PLACES = ["Idlib", "Aleppo", "Saraqeb", "Hatay", "Damascus", "Marivel", "Port Ostra", "Kalvany",
          "Dunmere", "Tessaly", "Orvieto Plains", "Brennick", "Sulanka", "Veyra", "Castor Bay",
          "Linthorpe", "Amarsk", "Quellen", "Zabrev", "Hollin Ridge"]
AUTHORITIES = ["the health ministry", "the civil defence", "the Red Crescent", "local officials",
               "the UN", "the regional governor", "hospital sources", "the interior ministry",
               "emergency services", "a monitoring group", "the OSDH", "the provincial council"]
KINDS = ["air strike", "shelling", "flood", "earthquake", "bombing", "landslide", "fire", "attack"]
FIRST = ["Amira", "Jonas", "Leyla", "Tomas", "Hana", "Omar", "Ines", "Pavel", "Sara", "Karim",
         "Nadia", "Felix", "Yusuf", "Marta", "Idris", "Elena"]
LAST = ["Haddad", "Novak", "Demir", "Okafor", "Lindqvist", "Rahimi", "Costa", "Brandt",
        "Kowalski", "Sato", "Mensah", "Ferreira", "Aziz", "Petrov"]
ROLES = ["a spokeswoman for the agency", "a local doctor", "the head of the rescue team",
         "an aid worker", "a senior official", "a resident", "a shopkeeper", "a teacher",
         "a regional analyst", "the mayor"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
         9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}

# hedge phrase → (interval as a function of N) for the recall check
HEDGES = [("", None), ("at least", "at_least"), ("more than", "more_than"), ("nearly", "nearly"),
          ("about", "about"), ("up to", "at_most"), ("an estimated", "estimated"),
          ("no fewer than", "at_least"), ("some", "about"), ("over", "more_than")]


@dataclass(frozen=True)
class Planted:
    """A planted claim: its span in the text, its value (None when vague) and scope."""

    start: int
    end: int
    text: str
    value: float | None
    thing: str
    measure: str
    hedge: str | None = None


@dataclass
class Article:
    id: str
    source: str
    published: str
    title: str
    text: str
    event: str
    planted: list[Planted] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)   # planted texts that are wrong on purpose

    def to_json(self) -> dict:
        return {"id": self.id, "source": self.source, "published": self.published,
                "title": self.title, "text": self.text}

    def words(self) -> int:
        return len(self.text.split())


@dataclass
class Event:
    key: str
    kind: str
    place: str
    day: dt.date
    killed: int
    civilians: int
    children: int
    injured: int
    displaced: int
    month_toll: int
    vague: tuple[str, str]


class _Writer:
    """Builds a text while remembering where planted claims land."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.planted: list[Planted] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)

    def claim(self, text: str, value: float | None, thing: str, measure: str,
              hedge: str | None = None) -> None:
        self.planted.append(Planted(self.size, self.size + len(text), text, value, thing, measure, hedge))
        self.add(text)

    def sentence(self, *pieces) -> None:
        """Pieces are strings or (text, value, thing, measure, hedge) claims."""
        for p in pieces:
            if isinstance(p, tuple):
                self.claim(*p)
            else:
                self.add(p)
        self.add(" ")

    def paragraph(self) -> None:
        if self.parts and self.parts[-1] == " ":
            self.parts.pop()
            self.size -= 1
        self.add("\n\n")

    @property
    def text(self) -> str:
        return "".join(self.parts).strip() + "\n"


def _number(rng: random.Random, n: int) -> str:
    """The way a wire might write ``n``."""
    if n in WORDS and rng.random() < 0.5:
        return WORDS[n]
    if n >= 1_000_000 and n % 100_000 == 0:
        return f"{n / 1_000_000:g} million"
    if n >= 1000:
        return f"{n:,}"
    return str(n)


def _hedged(rng: random.Random, truth: int, cap: bool = False) -> tuple[str, str | None, int]:
    """A hedged statement of ``truth`` that a careful wire could write: (text, hedge, stated number).

    "more than" states a figure below the truth and "nearly" one above it, so
    every statement's interval holds the truth and only planted errors conflict.
    """
    phrase, name = rng.choice(HEDGES)
    stated = truth
    if name == "more_than":
        stated = _round_down(truth)
        if stated >= truth:
            phrase, name = "at least", "at_least"
            stated = truth
    elif name == "nearly":
        stated = _round_up(truth)
        if not (0.9 * stated <= truth < stated):
            phrase, name, stated = "", None, truth
    text = f"{phrase} {_number(rng, stated)}".strip()
    if cap:
        text = text[0].upper() + text[1:]
    return text, name, stated


def _round_down(n: int) -> int:
    step = 10 ** max(0, len(str(n)) - 2)
    return (n - 1) // step * step


def _round_up(n: int) -> int:
    step = 10 ** max(0, len(str(n)) - 2)
    return (n // step + 1) * step


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# -- filler: prose around the claims, with numbers that are not claims ---------

def _filler_pool(rng: random.Random, ev: Event) -> list[str]:
    """This article's filler sentences, shuffled; each is used at most once."""
    year = ev.day.year
    name = _person(rng)
    role = rng.choice(ROLES)
    age = rng.randint(19, 78)
    hour, minute = rng.randint(1, 12), rng.choice(["00", "15", "30", "45"])
    other = rng.choice([p for p in PLACES if p != ev.place])
    month = MONTH_NAMES[(ev.day.month - 2) % 12]
    templates = [
        f"Residents described scenes of confusion as roads into {ev.place} were closed and queues formed outside the few bakeries still open.",
        f"\"We heard it first at about {hour}:{minute} and then the sky went quiet,\" said {name}, {age}, {role}.",
        f"{name}, a {age}-year-old {rng.choice(['father of four', 'nurse', 'taxi driver', 'student', 'farmer'])}, said the family had nowhere else to go.",
        f"The area has been contested since {year - rng.randint(2, 9)}, when a short-lived ceasefire collapsed.",
        f"Officials promised a full inquiry and said a report would be published by {MONTH_NAMES[(ev.day.month + 1) % 12]} {rng.randint(1, 28)}.",
        f"Aid convoys on Route {rng.randint(4, 60)} were held up for hours at a checkpoint near {other}.",
        f"A hotline, +{rng.randint(30, 49)} {rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}, has been set up for families looking for relatives.",
        f"It was the {rng.choice(['second', 'third', 'fourth', 'fifth'])} such incident in the region this {rng.choice(['season', 'quarter', 'spring', 'autumn'])}.",
        f"Talks on the future of the area are due to resume in {other} on {MONTH_NAMES[(ev.day.month) % 12]} {rng.randint(1, 28)}, {year}.",
        f"Under Resolution {rng.randint(1000, 2700)}, adopted in {year - rng.randint(1, 6)}, crossings into the area must stay open.",
        f"Satellite images taken on {ev.day.isoformat()} showed damage to the market and to a water station.",
        f"The {rng.choice(['bridge', 'clinic', 'school', 'depot'])}, built in {rng.randint(1955, 2015)}, was already in poor repair.",
        f"Schools in {ev.place} will stay closed for {rng.choice(['two', 'three', 'four'])} weeks, the education office said.",
        f"Power returned to parts of the city shortly after {rng.randint(1, 11)} p.m. local time.",
        f"Analysts said the {ev.kind} marked a turning point after months of relative calm since {month}.",
        f"{rng.choice(OUTLETS)} could not independently verify the accounts from {ev.place}.",
        f"Reporters were kept {rng.randint(3, 40)} km from the site by police.",
        f"Rescue teams worked through the night with floodlights and {rng.choice(['bulldozers', 'sniffer dogs', 'bare hands', 'borrowed cranes'])}.",
        "Several embassies advised their citizens to avoid travel to the region until further notice.",
        f"The governor, who took office in {year - rng.randint(1, 5)}, called for calm in a televised address.",
        f"Prices of bread and fuel have risen sharply in {ev.place} since the start of the year.",
        f"A convoy of ambulances arrived from {other} in the early hours of the morning.",
        "Footage shared online, which could not be verified, appeared to show smoke rising over the old town.",
        f"The {rng.choice(['UN', 'Red Crescent', 'World Food Programme'])} said it was preparing an emergency appeal.",
        f"Witnesses said the first responders reached the area within {rng.choice(['minutes', 'half an hour', 'an hour'])}.",
        f"Many families in {ev.place} had already moved twice since {year - 1}.",
        f"The {rng.choice(['ministry', 'agency', 'council'])} published its figures at {hour}:{minute} and updated them twice.",
        f"In a statement, {rng.choice(AUTHORITIES)} said the situation was \"extremely serious\".",
        f"Hospitals in neighbouring {other} said they were running low on blood and anaesthetics.",
        f"Article {rng.randint(2, 40)} of the local emergency law allows the authorities to requisition buildings.",
        "Volunteers handed out blankets and bottled water from the steps of the main mosque and the town hall.",
        f"The road between {ev.place} and {other} reopened on {WEEKDAY_NAMES[(ev.day.weekday() + 1) % 7]} evening, though only to emergency vehicles.",
        f"{_person(rng)}, who runs a pharmacy near the square, said shelves had been empty for days.",
        "Local radio repeated the same appeal every hour: stay indoors, keep phones charged and listen for sirens.",
        f"The last census, carried out in {year - rng.randint(4, 11)}, is widely seen as out of date.",
        f"Flight {rng.choice(['TK', 'RJ', 'ME', 'XQ'])}{rng.randint(100, 999)} was diverted and several airlines suspended routes to the region.",
        f"The {rng.choice(['opposition', 'government', 'council'])} blamed the other side, and neither offered evidence.",
        "Engineers warned that damaged buildings could still collapse and urged people not to return to them.",
        f"A {rng.randint(20, 75)}-year-old man who asked not to be named said he had lost contact with his brother.",
        f"The crisis committee meets again on {MONTH_NAMES[ev.day.month % 12]} {rng.randint(1, 28)} at {rng.randint(9, 11)}:00.",
        f"Diplomats in {other} said a joint statement was being drafted but had not been agreed.",
        f"The {rng.choice(['clinic', 'field hospital', 'school', 'camp'])} on Block {rng.randint(2, 19)} was turned into a shelter overnight.",
        "Mobile networks were down across much of the province for most of the day.",
        "Aid agencies have long warned that the region's hospitals were one crisis away from collapse.",
        "The first trucks of flour reached the town late in the afternoon, escorted by police cars.",
    ]
    rng.shuffle(templates)
    return templates


def _filler(rng: random.Random, pool: list[str], w: _Writer, most: int = 4) -> None:
    for _ in range(min(len(pool), rng.randint(2, most))):
        w.add(pool.pop() + " ")


# -- planted claims -------------------------------------------------------------

def _toll(rng: random.Random, ev: Event, w: _Writer, killed: int, authority: str) -> None:
    wd = WEEKDAY_NAMES[ev.day.weekday()]
    truth = killed
    h, name, killed = _hedged(rng, truth, cap=True)
    form = rng.randrange(5)
    if form == 0:
        w.sentence((h, killed, "people", "killed", name), f" people were killed in the {ev.kind} in {ev.place} on {wd}, according to {authority}.")
    elif form == 1:
        h, name, killed = _hedged(rng, truth)
        w.sentence(f"The {ev.kind} on {wd} killed ", (h, killed, "people", "killed", name), f" people in {ev.place}, {authority} said.")
    elif form == 2:
        h, name, killed = _hedged(rng, truth)
        w.sentence(f"{authority[0].upper() + authority[1:]} said ", (h, killed, "people", "killed", name), f" people died in {ev.place} on {wd}.")
    elif form == 3:
        w.sentence((h, killed, "people", "killed", name), f" people lost their lives on {wd} when the {ev.kind} hit {ev.place}, {authority} said.")
    else:
        h, name, killed = _hedged(rng, truth)
        w.sentence(f"In {ev.place}, the {ev.kind} killed ", (h, killed, "people", "killed", name), f" people on {wd}, according to {authority}.")


def _part(rng: random.Random, ev: Event, w: _Writer, civ: int, kids: int) -> None:
    wd = WEEKDAY_NAMES[ev.day.weekday()]
    c, k = _number(rng, civ), _number(rng, kids)
    if rng.random() < 0.5:
        w.sentence(f"On {wd}, ", (c, civ, "civilians", "killed", None), " civilians, including ",
                   (k, kids, "children", "killed", None), f" children, were killed in {ev.place}.")
    else:
        w.sentence("Among the dead were ", (c, civ, "civilians", "killed", None), " civilians, including ",
                   (k, kids, "children", "killed", None), f" children, {rng.choice(AUTHORITIES)} said.")


def _injured(rng: random.Random, ev: Event, w: _Writer, n: int) -> None:
    h, name, n = _hedged(rng, n)
    wd = WEEKDAY_NAMES[ev.day.weekday()]
    if name is None:
        w.sentence("Another ", (h, n, "people", "injured", name), f" people were injured on {wd}, and hospitals were overwhelmed.")
    else:
        w.sentence("Medics said ", (h, n, "people", "injured", name), f" people were wounded in {ev.place} on {wd}.")


def _displaced(rng: random.Random, ev: Event, w: _Writer, n: int) -> None:
    month = MONTH_NAMES[(ev.day.month - 3) % 12]
    h, name, n = _hedged(rng, n)
    if rng.random() < 0.5:
        w.sentence(f"Since {month}, ", (h, n, "people", "displaced", name), f" people have been displaced in {ev.place}, according to the UN.")
    else:
        w.sentence("The UN says ", (h, n, "people", "displaced", name), f" people have fled their homes in {ev.place} since {month}.")


def _vague(rng: random.Random, ev: Event, w: _Writer) -> None:
    phrase, thing = ev.vague
    verb = rng.choice(["were evacuated", "fled overnight", "were displaced"])
    measure = "evacuated" if "evacuated" in verb else "displaced"
    cap = phrase[0].upper() + phrase[1:]
    w.sentence((cap, None, thing, measure, phrase), f" {thing} {verb} from villages around {ev.place}.")


def _month_toll(rng: random.Random, ev: Event, w: _Writer, n: int) -> None:
    month = MONTH_NAMES[ev.day.month - 1]
    h, name, n = _hedged(rng, n)
    w.sentence(f"That brings the number of people killed in {ev.place} to ", (h, n, "people", "killed", name), f" in {month}.")


def _event(rng: random.Random, i: int, start: dt.date, month_tolls: dict) -> Event:
    killed = rng.randint(14, 140)
    civilians = rng.randint(3, 12)
    place = rng.choice(PLACES)
    day = start + dt.timedelta(days=i)     # one event a day: distinct events never share a key
    # one cumulative toll per place and month, above any single event's, so the
    # only inconsistencies in the corpus are the planted ones
    month_toll = month_tolls.setdefault((place, day.year, day.month), rng.randint(30, 90) * 50)
    return Event(
        key=f"ev{i:05d}", kind=rng.choice(KINDS), place=place, day=day,
        killed=killed, civilians=civilians, children=rng.randint(2, civilians),
        injured=rng.randint(5, 400),
        displaced=month_tolls.setdefault(("displaced", place, day.year, day.month),
                                         rng.choice([rng.randint(2, 90) * 1000, rng.randint(2, 30) * 100_000])),
        month_toll=month_toll,
        vague=(rng.choice(["dozens of", "hundreds of", "thousands of"]),
               rng.choice(["families", "residents", "people"])))


def _article(rng: random.Random, idx: int, ev: Event, outlet: str, wrong: bool) -> Article:
    w = _Writer()
    authority = rng.choice(AUTHORITIES)
    killed = ev.killed
    conflicts = []
    if wrong:   # a transposed or stale figure: at least 20% off, so agreement fires
        killed = ev.killed + max(3, ev.killed // 3) if rng.random() < 0.5 else max(1, ev.killed // 2 - 1)
    published = dt.datetime.combine(ev.day, dt.time(rng.randint(8, 23), rng.choice([0, 10, 25, 40, 55])))
    title = f"{ev.kind.capitalize()} in {ev.place}: {rng.choice(['toll rises', 'rescuers search rubble', 'residents flee', 'officials call for calm'])}"
    # the lede carries the toll, then prose and further claims in varied order
    _toll(rng, ev, w, killed, authority)
    if wrong:
        conflicts.append(w.planted[-1].text)
    pool = _filler_pool(rng, ev)
    _filler(rng, pool, w)
    w.paragraph()
    blocks = [lambda: _part(rng, ev, w, ev.civilians, ev.children),
              lambda: _injured(rng, ev, w, ev.injured),
              lambda: _displaced(rng, ev, w, ev.displaced),
              lambda: _vague(rng, ev, w),
              lambda: _month_toll(rng, ev, w, ev.month_toll)]
    rng.shuffle(blocks)
    for block in blocks:
        _filler(rng, pool, w, 3)
        block()
        _filler(rng, pool, w, 3)
        w.paragraph()
    while pool and len(w.text.split()) < 590:
        _filler(rng, pool, w, 2)
    return Article(id=f"a{idx:06d}", source=outlet, published=published.isoformat(),
                   title=title, text=w.text, event=ev.key, planted=w.planted, conflicts=conflicts)


def generate(n: int, seed: int = 20200227, wrong_share: float = 0.05) -> list[Article]:
    """``n`` articles, deterministic for a given ``seed``; clusters of 2-6 outlets per event."""
    return list(iter_articles(n, seed, wrong_share))


def iter_articles(n: int, seed: int = 20200227, wrong_share: float = 0.05) -> Iterator[Article]:
    """The articles of ``generate``, one at a time: a 100k corpus written without holding it."""
    rng = random.Random(seed)
    start = dt.date(2019, 1, 1)
    count = 0
    e = 0
    month_tolls: dict = {}
    while count < n:
        ev = _event(rng, e, start, month_tolls)
        e += 1
        for outlet in rng.sample(OUTLETS, rng.randint(2, 6)):
            if count == n:
                break
            yield _article(rng, count, ev, outlet, rng.random() < wrong_share)
            count += 1


def write_jsonl(articles: Iterable[Article], path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps(a.to_json(), ensure_ascii=False) + "\n")


def write_files(articles: list[Article], directory: str) -> list[str]:
    """One Markdown file with front matter per article; returns the paths."""
    import os

    os.makedirs(directory, exist_ok=True)
    paths = []
    for a in articles:
        p = os.path.join(directory, f"{a.id}.md")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(f"---\nid: {a.id}\nsource: {a.source}\npublished: {a.published}\n"
                     f"title: {json.dumps(a.title)}\n---\n{a.text}")
        paths.append(p)
    return paths


if __name__ == "__main__":
    import sys

    for a in generate(int(sys.argv[1]) if len(sys.argv) > 1 else 2):
        print(f"== {a.id} {a.source} {a.published} ({a.words()} words)\n{a.text}")
        print(json.dumps([asdict(p) for p in a.planted], indent=None)[:2000])
