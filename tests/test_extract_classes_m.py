"""Classes of failure seen on the later held-out real-text sets (round 2), fixed in extraction:

- a source named in one sentence goes on over the sentences right after it that give figures (not
  counts: a toll's update is set against other sources' counts) and
  name no source of their own (a poll's or an agency's figures read on), until a sentence names
  another source, turns to another matter or holds people the extraction could not tie to a figure;
- a body's full name with "and" in its "of ..." part ("the Office of Budget and Planning") is kept
  whole when "the office" names it again, and "figures the X published" names X;
- an outlet's tag in a dateline ("NTB -") is no place;
- in a list, "<town> in <region>" places the figure in the town, not the region;
- a count with a hyphenated "first-" modifier before its noun ("3,115 first-time voters") is a count.

Sentences here are written for these tests (other places, beats and numbers than the sets').
"""
from __future__ import annotations

from conftest import claims_by_text as claims
from conftest import resolved_by_text as resolved


def test_a_poll_read_on_over_the_next_sentence_keeps_its_source(vocab):
    cs = claims(vocab, "Labour holds 34 per cent, the latest Civica survey shows. The Liberals are on 29 per cent "
                       "and the Greens on 11 per cent.", "2024-05-03")
    assert cs["34 per cent"].according_to
    assert cs["29 per cent"].according_to == cs["34 per cent"].according_to
    assert cs["11 per cent"].according_to == cs["34 per cent"].according_to


def test_a_count_keeps_no_source_carried_from_a_statement_after_the_lede(vocab):
    # (a source the lede names is the report's, its counts included: test_lede_source_carried_to_counts.py)
    cs = claims(vocab, "Ships waited offshore on Monday. The Port Authority said cargo volumes rose 6 percent in "
                       "March. Some 1,200 trucks queued at the gates.", "2024-04-10")
    assert cs["Some 1,200"].according_to is None


def test_a_statement_carries_until_another_source_is_named(vocab):
    cs = claims(vocab, "The Port Authority said cargo volumes rose 6 percent in March. Container traffic grew "
                       "3.5 percent. Police said 14 people were arrested at the gates.", "2024-04-10")
    assert cs["3.5 percent"].according_to == cs["6 percent"].according_to
    assert cs["14"].according_to != cs["6 percent"].according_to


def test_no_carry_over_a_paragraph_or_to_people_left_untied(vocab):
    cs = claims(vocab, "The Port Authority said cargo volumes rose 6 percent in March.\n\nContainer traffic "
                       "grew 3.5 percent.", "2024-04-10")
    assert cs["3.5 percent"].according_to is None
    cs = claims(vocab, "The Port Authority said cargo volumes rose 6 percent in March. Throughput came to "
                       "8.1 million tonnes, while economists had expected 7.9 million tonnes.", "2024-04-10")
    assert cs["7.9 million tonnes"].according_to != "Port Authority"


def test_a_body_with_and_in_its_name_is_named_again_in_full(vocab):
    cs = claims(vocab, "Exports rose 4.1% in June, the Office of Budget and Planning said. Imports fell 2%, "
                       "the office said.", "2024-07-15")
    assert cs["2%"].according_to == "Office of Budget and Planning"


def test_figures_a_body_published_name_the_body(vocab):
    cs = claims(vocab, "Unemployment fell to 6.2% in May, according to figures the National Office of Labour "
                       "and Welfare published on Monday.", "2024-06-12")
    assert cs["6.2%"].according_to == "National Office of Labour and Welfare"


def test_an_outlets_tag_in_a_dateline_is_no_place(vocab):
    cs = claims(vocab, "NTB - The province exported goods worth US$1.4 billion in April.", "2024-05-20")
    assert cs["US$1.4 billion"].where != "Ntb"
    assert cs["US$1.4 billion"].where is None


def test_a_town_listed_in_its_region_is_the_figures_place(vocab):
    cs = resolved(vocab, "Turnout was highest in three towns: Ixtlan in Oaxaca (71.2%), Tula in Hidalgo (66.9%) "
                         "and Zacatlan in Puebla (64.0%).", "2024-06-03")
    assert cs["71.2%"].where == "Ixtlan"
    assert cs["66.9%"].where == "Tula"
    assert cs["64.0%"].where == "Zacatlan"


def test_a_region_after_a_subject_at_the_sentence_start_is_kept(vocab):
    cs = resolved(vocab, "Flooding in Queensland forced 2,300 people from their homes.", "2024-03-01")
    assert cs["2,300"].where == "Queensland"


def test_a_count_with_a_first_modifier_is_a_count(vocab):
    cs = claims(vocab, "The blood service enrolled 3,115 first-time donors in the spring.", "2024-06-01")
    assert cs["3,115"].value == 3115
    cs = claims(vocab, "Some 870 first-home buyers applied for the grant.", "2024-06-01")
    assert cs["Some 870"].value == 870


def test_a_word_ordinal_is_still_no_number(vocab):
    cs = claims(vocab, "It was the twenty-first time the river burst its banks, flooding 40 homes.", "2024-06-01")
    assert set(cs) == {"40"}
