"""A name set to its share by "on" (statistic.holder_on_before) may have a word qualifying the figure between
the "on" and the share: those words are the word list ``holder_qualifiers`` in statistics.yaml, so a desk adds
its own. Sentences written for these tests."""
from __future__ import annotations

from auditor.documents import Document
from auditor.extract import extract_claims
from auditor.vocabulary import load_vocabulary


def _things(vocab, text: str) -> dict[str, str | None]:
    doc = Document(id="t", text=text, published="2024-05-10")
    return {c.text: c.thing for c in extract_claims(doc, vocab)}


POLL = ("The latest poll put the Farmers' Union first with 31 percent, the Green League on {q}12 percent and the "
        "Liberal Alliance on 9 percent.")


def test_a_qualifier_between_on_and_the_share_keeps_its_holder(vocab):
    assert _things(vocab, POLL.format(q=""))["12 percent"] == "Green League"
    assert _things(vocab, POLL.format(q="just "))["12 percent"] == "Green League"     # ("just": no hedge)
    assert _things(vocab, POLL.format(q="about "))["about 12 percent"] == "Green League"


def test_a_desk_adds_a_qualifier_in_its_vocabulary(tmp_path, vocab):
    text = POLL.format(q="barely ")
    assert _things(vocab, text)["12 percent"] != "Green League"
    (tmp_path / "desk.yaml").write_text("extend: {word_lists: {holder_qualifiers: {words: [barely]}}}\n")
    desk = load_vocabulary([tmp_path / "desk.yaml"])
    assert _things(desk, text)["12 percent"] == "Green League"
