"""Who a claim is according to, when a sentence names more than one source: an
attribution after a claim is its source ("30 died, the UN said"), unless it
introduces the next number ("..., medics said 40"), which then keeps it."""
from __future__ import annotations

import pytest

from auditor.documents import Document
from auditor.extract import extract_claims


def sources(text: str, vocab) -> list[tuple[str, str | None]]:
    found = extract_claims(Document(id="d", text=text, published="2024-03-14"), vocab)
    return [(c.text, c.according_to) for c in found]


@pytest.mark.parametrize("text, expected", [
    # each reporting verb introduces its own number
    ("The UN said 30 people died on Monday, medics said 40 were killed.",
     [("30", "UN"), ("40", "medics")]),
    ("Officials put the toll at 12, while medics said at least 15 died.",
     [("12", "Officials"), ("at least 15", "medics")]),
    ("The ministry said 8 soldiers were wounded and the Red Cross said that 11 were killed.",
     [("8", "ministry"), ("11", "Red Cross")]),
    # an attribution after the claim, not followed by the next number, is the claim's
    ("30 people died, the UN said, and medics said 40 were killed.",
     [("30", "UN"), ("40", "medics")]),
    ("Nearly 1,000 people were evacuated on Wednesday, the UN said.", [("Nearly 1,000", "UN")]),
    # the attribution closing a sentence covers all its numbers that have none before them
    ("30 people died and 40 were hurt, the UN said.", [("30", "UN"), ("40", "UN")]),
    ("Unemployment fell to 3.9% in April from 4.1% a month earlier, the Office for National Statistics said.",
     [("3.9%", "Office for National Statistics"), ("4.1%", "Office for National Statistics")]),
])
def test_each_number_takes_the_source_that_introduces_or_follows_it(vocab, text, expected):
    assert sources(text, vocab) == expected


@pytest.mark.parametrize("text, expected", [
    ("Aid agencies say only 150 trucks a day are entering.", [("150", "Aid agencies")]),
    ("Rescue workers said 12 people were pulled from the rubble.", [("12", "Rescue workers")]),
    # known sources named by a description come out under their canonical name
    # (rules/vocabulary/sources.yaml); a proper name as the text writes it
    ("Police officers said 3 people were arrested.", [("3", "police")]),
    ("Local hospitals reported 40 injured.", [("40", "Local hospitals")]),
    ("Up to 23 million people could be affected, the World Health Organization warned.",
     [("Up to 23 million", "World Health Organization")]),
    ("A monitoring group said 46 people died.", [("46", "monitoring group")]),
])
def test_plural_source_nouns_name_the_source(vocab, text, expected):
    assert sources(text, vocab) == expected


@pytest.mark.parametrize("text, expected", [
    # a known noun that describes the name after it: the name is the source
    ("Nearly 900 stalls are booked, organisers FairCo said.", [("Nearly 900", "FairCo")]),
    # a body's tracker, model, survey or poll: the body
    ("The Cleveland Fed's Nowcast model points to 3.1%.", [("3.1%", "Cleveland Fed")]),
    ("In a Gallup poll of 1,000 adults, 62% said they approved.", [("1,000", "Gallup"), ("62%", "Gallup")]),
    ("By the latest Ipsos survey, 41% of voters are undecided.", [("41%", "Ipsos")]),
    # a country that confirms figures is the source only when the sentence names nobody else
    ("Spain confirmed 40 new cases on Monday, the health ministry said.", [("40", "health ministry")]),
    ("Spain confirmed 40 new cases on Monday.", [("40", "Spain")]),
])
def test_the_body_behind_a_description_a_survey_or_a_country(vocab, text, expected):
    assert sources(text, vocab) == expected


@pytest.mark.parametrize("text, named, canonical", [
    # a proper name stays as the text writes it; the vocabulary still knows whom it names
    ("The International Organization for Migration said 210 migrants drowned.",
     "International Organization for Migration", "IOM"),
    ("The Associated Press counted 61,039 votes.", "Associated Press", "AP"),
    # a description or a variant spelling takes the canonical name
    ("The Britain-based monitor said 12 civilians died.", "OSDH", "OSDH"),
    ("The U.N. said 30 people died.", "UN", "UN"),
])
def test_a_proper_name_is_kept_as_written_a_description_is_made_canonical(vocab, text, named, canonical):
    claim = extract_claims(Document(id="d", text=text, published="2024-03-14"), vocab)[0]
    assert claim.according_to == named
    assert vocab.canonical_source(claim.according_to) == canonical


@pytest.mark.parametrize("text, expected", [
    ("Health Minister Ana Ruiz said six people were in isolation. She said 95 per cent had been vaccinated.",
     [("six", "Ana Ruiz"), ("95 per cent", "Ana Ruiz")]),
    ("Six people were in isolation, Tomas Brandt told reporters. The rate was 4%, he said.",
     [("Six", "Tomas Brandt"), ("4%", "Tomas Brandt")]),
    # a body is no "he"; with no person quoted before, the claim has no source
    ("The ministry said six people were in isolation. He said 95 per cent had been vaccinated.",
     [("six", "ministry"), ("95 per cent", None)]),
    ("She said 40 people died.", [("40", None)]),
])
def test_he_or_she_is_the_person_quoted_last(vocab, text, expected):
    assert sources(text, vocab) == expected


@pytest.mark.parametrize("text, expected", [
    # a source that introduces its number keeps it, though another source follows in the clause
    ("The union says 40,000 people marched, while police put the number at 12,000.",
     [("40,000", "union"), ("12,000", "police")]),
    ("The federation claims 2.5 million members nationwide, while the ministry puts the figure at 900,000.",
     [("2.5 million", "federation"), ("900,000", "ministry")]),
    ("Police estimated the crowd at 9,000, but organisers claimed 30,000 took part.",
     [("9,000", "police"), ("30,000", "organisers")]),
])
def test_a_source_right_before_its_number_keeps_it(vocab, text, expected):
    assert sources(text, vocab) == expected


@pytest.mark.parametrize("text, expected", [
    # "claims" as a noun reports nothing: the figures are the department's, or nobody's
    ("Jobless claims rose by 8,000 to 241,000 last week, the Labor Department said.",
     [("8,000", "Labor Department"), ("241,000", "Labor Department")]),
    ("Initial claims for unemployment benefits fell 4,000 to 215,000.",
     [("4,000", None), ("215,000", None)]),
    # a storm or a group that "claimed lives" or "responsibility" is no source of a figure
    ("Cyclone Idai has claimed 602 lives in Mozambique.", [("602", None)]),
    ("Islamic State claimed responsibility for the blast, which killed 31 people.", [("31", None)]),
])
def test_claims_and_claimed_lives_are_no_attribution(vocab, text, expected):
    assert sources(text, vocab) == expected
