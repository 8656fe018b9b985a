"""The speed paths of the time frame (extract/time_frame.py) and of the body read once
(extract.read_text): a sentence whose result the frame never uses is not read, so each test
puts the frame's use after a run of sentences it must still read in order. Sentences are our own."""

from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims, read_text
from auditor.resolve import claims_of, resolve_document


def _whens(text: str, vocab, published: str = "2024-06-14") -> dict[str, tuple[str | None, str | None, bool]]:
    claims = extract_claims(Document(id="t", text=text, published=published), vocab)
    return {c.text: (c.when_start, c.when_end, c.when_carried) for c in claims}


def test_a_dated_sentence_read_late_still_sets_the_frame_it_left(vocab):
    # the first two sentences' figures all name their time: they are read only when 230 takes the frame
    w = _whens("In 2021 the mill milled 9,000 tonnes. In 2022 it milled 9,800 tonnes. "
               "The harbour then shipped 230 loads.", vocab)
    assert w["230"] == ("2022-01-01", "2022-12-31", True)


def test_a_time_in_a_sentence_with_no_figure_after_a_dated_one_wins(vocab):
    w = _whens("In 2021 the orchard sold 7,000 crates. The storm of March 2022 flattened its barns. "
               "Pickers left 140 rows unharvested.", vocab)
    assert w["140"] == ("2022-03-01", "2022-03-31", True)


def test_a_present_after_a_dated_sentence_keeps_the_frame_away(vocab):
    w = _whens("In 2021 the depot repaired 600 buses. In 2022 it repaired 650 buses. "
               "It now runs 90 routes.", vocab)
    assert w["90"][2] is False


def test_no_frame_read_late_crosses_a_paragraph(vocab):
    w = _whens("In 2021 the school taught 800 pupils. In 2022 it taught 870 pupils.\n\n"
               "Its choir gave 12 concerts.", vocab)
    assert w["12"][2] is False


def test_the_body_read_once_gives_the_claims_of_the_body_read_apart(vocab):
    doc = Document(id="t", text="KESTRIA, Norland - In 2023 the ferry carried 1.2 million people. "
                                "Its crew of 40 sailed 300 days, the operator said on Friday.",
                   title="Ferry carried 1.2 million", published="2024-06-14")
    apart = resolve_document(doc, extract_claims(doc, vocab), vocab)
    read = read_text(doc.text, vocab)
    assert [c.to_dict() for c in claims_of(doc, vocab)] == [c.to_dict() for c in apart]
    assert [c.to_dict() for c in extract_claims(doc, vocab, read)] == \
        [c.to_dict() for c in extract_claims(doc, vocab)]
