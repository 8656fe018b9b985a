"""The attribution reader's names (extract/scope.attributions_in and _clean_who), where a sentence names its
source itself (the ``sentence:one`` mechanism of benchmarks/source_mechanisms.py):

- a name of another language with lower-case particles between its capitalised words ("Carta de Mocambique",
  "Le Journal de Mayotte", "Banco de la Republica") is kept whole, not cut to its last word (often a place);
- a closing quotation mark after a name in quotes is no part of it;
- a role of a place ("the mayor of Lagos") is the source, not the place; officials of a body stay the body's.

Sentences here are written for these tests (other places, outlets and numbers than the sets').
"""
from __future__ import annotations

from auditor.extract import scope as sc


def _who(text: str, vocab) -> list[str]:
    return [a.who for a in sc.attributions_in(text, 0, len(text), vocab)]


def test_a_name_with_particles_of_another_language_is_kept_whole(vocab):
    assert _who("Six houses burned, the weekly Folha de Nampula reported.", vocab) == ["Folha de Nampula"]
    assert _who("Prices rose 4.1%, the Banco de la Nacion said.", vocab) == ["Banco de la Nacion"]
    assert _who("Twelve boats landed, the daily Le Courrier de Guyane reported.", vocab) \
        == ["Le Courrier de Guyane"]


def test_a_place_with_a_particle_is_still_no_source(vocab):
    assert _who("Four died in Rio de Janeiro, police said.", vocab) == ["police"]


def test_a_name_in_quotes_leaves_its_closing_mark(vocab):
    assert _who("Three died, the independent weekly 'Folha de Nampula' reported.", vocab) == ["Folha de Nampula"]


def test_a_role_of_a_place_is_the_source_not_the_place(vocab):
    assert _who("Forty bodies were found, the mayor of Lagos said.", vocab) == ["mayor of Lagos"]


def test_officials_of_a_body_and_people_of_a_place_stay_as_they_were(vocab):
    assert _who("Five died, officials of the Kerala State Disaster Management Authority said.", vocab) \
        == ["Kerala State Disaster Management Authority"]
    assert _who("Five died, the governor of Hatay said.", vocab) == ["Hatay governor"]


def test_a_name_then_its_former_name_between_commas_is_the_source(vocab):
    assert _who("Varda, the former Northern Cable Company (NCC), said profit rose 8 percent.", vocab) == ["Varda"]
    assert _who("Profit rose 8 percent, Varda, formerly Northern Cable, said.", vocab) == ["Varda"]


def test_a_description_between_commas_that_is_no_former_name_keeps_the_name_before_it(vocab):
    assert _who("Exports rose 2%, Statistics Ruritania, the national statistics office, said.", vocab) \
        == ["Statistics Ruritania"]


def test_results_released_by_a_body_named_by_its_institution_noun_name_it(vocab):
    assert _who("Ana Soto won the run-off, provisional results released on Monday by the electoral directorate "
                "show.", vocab) == ["electoral directorate"]


def test_a_figure_released_by_no_body_names_no_source(vocab):
    assert _who("The hostages were released on Monday by their captors.", vocab) == []
