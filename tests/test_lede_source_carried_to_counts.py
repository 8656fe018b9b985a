"""A source the lede names is the report's: the counts of the bulletin after it are the source's
too ("the health directorate said in its weekly bulletin. Cusco had 640 of the cases"), while a
count after a source named further on keeps none it does not name (a toll's update names its own
or none)."""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims


def sources(text: str, vocab) -> list[tuple[str, str | None]]:
    return [(c.text, c.according_to) for c in extract_claims(Document(id="t", text=text), vocab)]


def test_the_ledes_source_goes_on_to_the_counts_after_it(vocab):
    assert sources("LIMA — As of 3 March, 2,140 measles cases had been confirmed in 12 regions, the National "
                   "Health Directorate said in its weekly bulletin. Cusco had 640 of the cases, and 18 children "
                   "were in hospital.", vocab) == [("2,140", "National Health Directorate"),
                                                   ("12", "National Health Directorate"),
                                                   ("640", "National Health Directorate"),
                                                   ("18", "National Health Directorate")]


def test_a_lede_with_no_figure_names_the_source_of_the_counts(vocab):
    assert sources("Rescue work went on through the night, the Coast Guard said on Sunday. Boats had pulled "
                   "37 people from the water and 12 were still missing.", vocab) == [("37", "Coast Guard"),
                                                                                  ("12", "Coast Guard")]


def test_a_count_after_a_source_named_further_on_keeps_none(vocab):
    assert sources("Officials opened a shelter on Monday. Forty families had moved in by noon, the town "
                   "council said. Another 25 people arrived overnight.", vocab) == [("Forty", "town council"),
                                                                                   ("25", None)]


def test_a_turn_to_another_place_ends_the_carry(vocab):
    got = dict(sources("As of 3 March, 2,140 measles cases had been confirmed, the National Health Directorate "
                       "said. In Cusco, 640 cases were recorded.", vocab))
    assert got["640"] is None
