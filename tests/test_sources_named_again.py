"""Sources named again: a verb that reports only at the end of its clause ("Nowak recalled.",
"she added."), and a body named by its kind alone ("the agency said") after its full name.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import claims_by_text


def claims(vocab, text, published="2024-08-13"):
    return claims_by_text(vocab, text, published)


def test_a_closing_verb_ends_an_attribution(vocab):
    cs = claims(vocab, "The first plan had assumed a shortfall of $40.5 billion, Popescu recalled. "
                       "Reserves will top $80 billion by December, Ionescu added.")
    assert cs["$40.5 billion"].according_to == "Popescu"
    assert cs["$80 billion"].according_to == "Ionescu"


def test_a_closing_verb_before_its_object_names_no_source(vocab):
    cs = claims(vocab, "Retail added 41,000 jobs and mining added 12,000.")
    assert cs["41,000"].according_to is None
    assert cs["12,000"].according_to is None


def test_a_pronoun_with_a_closing_verb_is_the_last_person_quoted(vocab):
    cs = claims(vocab, "Finance Minister Lina Okafor said the deficit was 3.1 percent. Debt will reach "
                       "61 percent of output, she added.")
    assert cs["61 percent"].according_to == "Lina Okafor"


def test_a_body_named_by_its_kind_is_the_body_named_before(vocab):
    cs = claims(vocab, "Malaria cases in Uganda rose sharply, National Malaria Control Division (NMCD) data "
                       "showed. Clinics logged 41,300 cases in May, 70 percent more than a year before, "
                       "the agency said.")
    assert cs["41,300"].according_to == "NMCD"


def test_a_body_named_by_its_kind_with_no_name_before_stays(vocab):
    cs = claims(vocab, "Clinics logged 41,300 cases in May, the agency said.")
    assert cs["41,300"].according_to == "agency"
