"""Every country's people in the vocabulary (rules/vocabulary/places.yaml): each UN member state
is a place, its demonyms name its nationals and its government, and no demonym names two.

Sentences here are written for these tests.
"""
from __future__ import annotations

from collections import Counter

import pytest

from auditor.audit import extract_all
from auditor.documents import Document
from auditor.resolve.sources import authority

# the UN's 193 member states, by a name wires use (un.org/en/about-us/member-states)
UN_MEMBERS = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|Austria|
Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|
Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cabo Verde|Cambodia|
Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Comoros|Republic of the Congo|
Costa Rica|Côte d'Ivoire|Croatia|Cuba|Cyprus|Czechia|North Korea|Democratic Republic of the Congo|
Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|
Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|
Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|
Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kuwait|Kyrgyzstan|Laos|Latvia|
Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|
Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Monaco|Mongolia|
Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|
Nigeria|North Macedonia|Norway|Oman|Pakistan|Palau|Panama|Papua New Guinea|Paraguay|Peru|
Philippines|Poland|Portugal|Qatar|South Korea|Moldova|Romania|Russia|Rwanda|Saint Kitts and Nevis|
Saint Lucia|Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|
Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|
South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Tajikistan|
Thailand|Timor-Leste|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|
Ukraine|United Arab Emirates|United Kingdom|Tanzania|United States|Uruguay|Uzbekistan|Vanuatu|
Venezuela|Vietnam|Yemen|Zambia|Zimbabwe
"""


# names that are as often something else in wire copy (a first name, a US state): left out on purpose
NOT_PLACES = {"Chad", "Georgia"}


def members() -> list[str]:
    return [name.strip() for name in UN_MEMBERS.split("|")]


def resolved(vocab, text):
    doc = Document(id="d", text=text, source="Wire", published="2024-05-02T10:00:00")
    return {c.text: c for c in extract_all([doc], vocab)}


# -- the table ----------------------------------------------------------------------------------

def test_the_list_of_member_states_is_the_un_s_193():
    assert len(members()) == len(set(members())) == 193


@pytest.mark.parametrize("name", [m for m in members() if m not in NOT_PLACES])
def test_every_un_member_state_is_a_country_of_the_vocabulary(vocab, name):
    country = vocab.canonical_place(name)
    assert country in vocab.places and vocab.places[country].within is None
    assert vocab.country_of(name) == country


def test_no_demonym_names_two_places(vocab):
    # the loader keeps one place per demonym, silently: a shared one would name the wrong country
    shared = Counter(d.lower() for e in vocab.places.values() for d in e.demonyms)
    assert [d for d, n in shared.items() if n > 1] == []


def test_no_name_names_two_places(vocab):
    shared = Counter(a.lower() for name, e in vocab.places.items() for a in (name, *e.aliases))
    assert [a for a, n in shared.items() if n > 1] == []


@pytest.mark.parametrize("demonym, country", [
    ("Congolese", "Democratic Republic of the Congo"),    # not the Republic of the Congo
    ("Dominican", "Dominican Republic"),                  # not Dominica
    ("Guinean", "Guinea"),
    ("Bissau-Guinean", "Guinea-Bissau"),
    ("Nigerien", "Niger"),
    ("Nigerian", "Nigeria"),
    ("Azeri", "Azerbaijan"),
    ("Emirati", "United Arab Emirates"),
])
def test_a_demonym_names_its_own_country(vocab, demonym, country):
    assert vocab.place_by_demonym[demonym.lower()] == country


@pytest.mark.parametrize("old, new", [
    ("Czech Republic", "Czechia"),
    ("Ivory Coast", "Côte d'Ivoire"),
    ("Swaziland", "Eswatini"),
    ("Macedonia", "North Macedonia"),
    ("Burma", "Myanmar"),
    ("East Timor", "Timor-Leste"),
    ("Cape Verde", "Cabo Verde"),
])
def test_old_and_new_names_are_one_country(vocab, old, new):
    assert vocab.canonical_place(old) == vocab.canonical_place(new) in vocab.places


def test_a_place_the_gazetteer_knows_is_in_the_country_under_the_vocabulary_s_name(vocab):
    # the gazetteer says "Czechia" and "Timor Leste"; claims carry the vocabulary's names
    assert vocab.country_of("Brno") == vocab.canonical_place("Czechia")
    assert vocab.country_of("Yerevan") == "Armenia"


# -- in claims ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, figure, country", [
    ("Shelling killed 12 Armenian soldiers near the border on Tuesday.", "12", "Armenia"),
    ("Floods killed 14 Ivorian civilians near the mine, police said.", "14", "Ivory Coast"),
    ("The raid killed 5 Azeri soldiers, officials said.", "5", "Azerbaijan"),
])
def test_a_new_country_s_demonym_is_the_facet_of_the_counted_thing(vocab, text, figure, country):
    c = resolved(vocab, text)[figure]
    assert f"[{country}]" in c.quantity


@pytest.mark.parametrize("text, figure, demonym, country", [
    ("A bus crash in Georgia killed 30 people, among them eleven Armenians.", "eleven", "Armenian", "Armenia"),
    ("The fire killed 22 people in Kenya, including 4 Ugandans.", "4", "Ugandan", "Uganda"),
    ("The shipwreck off Libya killed 60 people, including 8 Eritreans.", "8", "Eritrean", "Eritrea"),
    # a noun of the people that is no adjective of theirs ("Britons", not "Britishes")
    ("The avalanche in Austria killed 9 people, including two Britons.", "two", "British", "United Kingdom"),
    ("A bus crash in Chile killed 18 people, among them 3 Spaniards.", "3", "Spanish", "Spain"),
    # plurals the vocabulary's demonyms give, whatever their spelling ("Poles", "Turks") or none
    ("The fire in a Berlin hostel killed 20 people, including 12 Poles.", "12", "Polish", "Poland"),
    ("A ferry sank off Greece, killing 31 people, among them 7 Turks.", "7", "Turkish", "Turkey"),
    ("Floods in Japan killed 40 people, including five Filipinos.", "five", "Filipino", "Philippines"),
    ("An avalanche in Italy killed 11 people, including two Swiss.", "two", "Swiss", "Switzerland"),
])
def test_people_named_by_a_new_demonym_are_its_nationals(vocab, text, figure, demonym, country):
    c = resolved(vocab, text)[figure]
    assert c.thing.startswith(f"{demonym} nationals") and f"[{country}]" in c.quantity


@pytest.mark.parametrize("name, expected", [
    ("Azerbaijani officials", "Azerbaijan authorities"),
    ("the Armenian defence ministry", "Armenia authorities"),
    ("Ghana's health ministry", "Ghana authorities"),
    ("Emirati officials", "United Arab Emirates authorities"),
])
def test_a_new_country_s_officials_speak_for_its_government(vocab, name, expected):
    assert authority(name, vocab) == expected


@pytest.mark.parametrize("name", sorted(NOT_PLACES))
def test_a_first_name_or_a_us_state_is_no_country_of_the_vocabulary(vocab, name):
    """"said Chad Williams", "a storm hit Georgia": no figure is filed under those countries."""
    assert name not in vocab.places and vocab.canonical_place(name) not in vocab.places


@pytest.mark.parametrize("thing, country", [
    ("South Sudanese soldiers", "South Sudan"),          # the longest demonym first: not Sudan
    ("Sudanese soldiers", "Sudan"),
    ("South Korean workers", "South Korea"),
    ("Papua New Guinean police officers", "Papua New Guinea"),   # not Guinea
    ("Equatorial Guinean troops", "Equatorial Guinea"),
    ("Swiss tourists", "Switzerland"),                    # a demonym ending in s keeps it
    ("Turkish soldiers", "Turkey"),
    ("soldiers", None),
])
def test_the_facet_is_the_longest_demonym_before_the_noun(vocab, thing, country):
    from auditor.resolve.referents import facet_of

    assert facet_of(thing, vocab) == country


@pytest.mark.parametrize("thing, country", [
    ("Swiss", "Switzerland"), ("Seychellois", "Seychelles"), ("Bangladeshis", "Bangladesh"), ("Poles", "Poland"),
    ("Turks", "Turkey"), ("Filipinos", "Philippines"), ("people", None)])
def test_people_named_by_their_plural(vocab, thing, country):
    from auditor.resolve.referents import nationals_of

    assert nationals_of(thing, vocab) == country


def test_a_desk_s_demonym_names_its_people_in_the_plural(tmp_path):
    """The plural is generated from the demonyms, so a desk's own place has its people too."""
    from auditor.vocabulary import load_vocabulary

    desk = tmp_path / "desk.yaml"
    desk.write_text("places:\n  Ruritania: {demonyms: [Ruritanian, Rurit]}\n")
    v = load_vocabulary([desk])
    for text, figure in [("The fire in Berlin killed 20 people, including 12 Ruritanians.", "12"),
                         ("The fire in Berlin killed 20 people, including 12 Rurits.", "12")]:
        c = resolved(v, text)[figure]
        assert c.thing.startswith("Ruritanian nationals") and "[Ruritania]" in c.quantity, text


@pytest.mark.parametrize("desk, message", [
    ("places:\n  Dominica: {demonyms: [Dominican]}\n",
     "desk.yaml:2:3: place 'Dominica': 'Dominican' is already a demonym of place 'Dominican Republic'"),
    ("extend:\n  places:\n    Dominica: {demonyms: [dominican]}\n",
     "desk.yaml:3:5: place 'Dominica': 'dominican' is already a demonym of place 'Dominican Republic'"),
    ("places:\n  Lower Syria: {aliases: [Syrian Arab Republic]}\n",
     "desk.yaml:2:3: place 'Lower Syria': 'Syrian Arab Republic' already names place 'Syria'"),
    ("places:\n  Atlantis: {}\n  Poseidonia: {aliases: [atlantis]}\n",
     "desk.yaml:3:3: place 'Poseidonia': 'atlantis' already names place 'Atlantis'"),
])
def test_a_name_or_demonym_two_places_claim_is_a_load_error(tmp_path, desk, message):
    """Two places with one alias or demonym would make the look-up pick either, silently: the
    desk's file is told where, in one line."""
    from auditor.errors import ConfigError
    from auditor.vocabulary import load_vocabulary

    f = tmp_path / "desk.yaml"
    f.write_text(desk)
    with pytest.raises(ConfigError) as e:
        load_vocabulary([f])
    assert message in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("text, where", [
    # a place after "in" that ends as some adjectives do is still a place
    ("30 people were injured in Milan on Monday.", "Milan"),
    ("30 people were injured in Tehran on Monday.", "Tehran"),
    # a people's adjective after "in" is no place: the vocabulary's, or one it does not list
    ("30 people were injured in Afghan villages on Monday.", None),
    ("30 people were injured in Kurdish areas on Monday.", None),
    ("30 people were injured in African countries on Monday.", None),
])
def test_a_demonym_after_in_is_no_place_and_a_place_ending_in_an_is_one(vocab, text, where):
    from auditor.extract import extract_claims

    (c,) = extract_claims(Document(id="d", text=text), vocab)
    assert c.where == where
