"""Resolve's renaming of a figure's source: the claim keeps the name its text gives, the checks the authority.

Where extraction gave a figure no source of its own, resolve reads the known source its sentence names and
used to write the authority behind it into ``according_to`` ("By an estimate the World Health Organization
made ...": UN; an acronym the vocabulary files under another body, "OCHA said": UN). Over the real-text dev
sets that renaming was wrong every time it fired (0 right / 7 wrong). Now ``according_to`` is the name as the
text writes it (an acronym included), and the authority still ends ``source_chain``, where the checks read
it (``Claim.authority``), so the audit groups sources as before.

Sentences here are written for these tests.
"""
from __future__ import annotations

from conftest import resolved_by_text


def test_a_known_source_named_beside_a_figure_is_the_name_not_the_authority(vocab):
    text = "By an estimate the World Health Organization made in 2022, measles killed 136,000 people that year."
    got = resolved_by_text(vocab, text, "2024-05-02")["136,000"]
    assert got.according_to == "World Health Organization"
    assert got.authority == "UN"


def test_an_acronym_filed_under_another_body_stays_as_written(vocab):
    cs = resolved_by_text(vocab, "Heavy rain destroyed 2,300 homes in the north, OCHA said on Monday.", "2024-05-02")
    assert cs["2,300"].according_to == "OCHA"
    assert cs["2,300"].authority == "UN"
    cs = resolved_by_text(vocab, "Shelling killed 41 civilians in the province, the SOHR said.", "2024-05-02")
    assert cs["41"].according_to == "SOHR"
    assert cs["41"].authority == "OSDH"


def test_a_body_named_by_a_plan_keeps_its_own_name(vocab):
    got = resolved_by_text(vocab, "Under a plan backed by UNICEF, 640,000 children will be vaccinated.", "2024-05-02")
    assert got["640,000"].according_to == "UNICEF"
    assert got["640,000"].authority == "UN"


def test_a_spelling_or_a_description_still_takes_the_canonical_name(vocab):
    # "U.N." is a spelling of UN, not an acronym of its own; "the Britain-based monitor" describes a body
    cs = resolved_by_text(vocab, "Floods have displaced 12,000 people, the U.N. said.", "2024-05-02")
    assert cs["12,000"].according_to == "UN"
    cs = resolved_by_text(vocab, "Air strikes killed 17 people, the Britain-based monitor said.", "2024-05-02")
    assert cs["17"].according_to == "OSDH"


def test_a_clause_that_keeps_its_verb_names_no_gapped_source():
    # "..., the ministry counted 512": the clause has its verb; no verb is left out, so its words are no
    # source's name ("the ministry counted") set against the one extraction gave
    from auditor.resolve.sources import subject_of_a_gapped_clause

    text = "In week 30, the latest for which it published data, the ministry counted 512 suspected cases."
    assert subject_of_a_gapped_clause(text, 0, text.index("512")) is None
    text = "Firefighters worked all night, and coastguard divers had recovered 9 bodies."
    assert subject_of_a_gapped_clause(text, 0, text.index("9 bodies")) is None
    # a clause that does leave out its verb still names its source
    text = "The police counted 4,000 marchers, and the organisers 19,000."
    assert subject_of_a_gapped_clause(text, 0, text.index("19,000")) == "the organisers"


def test_a_body_that_counts_in_its_own_clause_keeps_the_name_extraction_gave(vocab):
    text = ("SAN JOSE - Costa Rica's Ministry of Health (MINSA) said dengue cases kept rising. In week 30, the latest "
            "for which it published data, the ministry counted 512 suspected cases, up 4% on the week before.")
    assert resolved_by_text(vocab, text, "2024-05-02")["512"].according_to == "MINSA"
