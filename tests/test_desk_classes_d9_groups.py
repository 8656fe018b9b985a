"""Classes of part and whole between groups of people (brief fixF), end to end with the built-in rules. Each
planted wording has a clean twin.

- a breakdown by sex, age or nationality listed after a count of people and a colon or "were" ("9 crew and
  140 passengers on board: 70 men, 52 women and 18 children") belongs to the count it follows, not to a
  figure coordinated with it (the crew); its items add up to no more than that count;
- "Among them" after such a list refers to the list's whole, never to its last item alone;
- two coordinated groups of one kind ("17 pupils were hurt ..., and four adults were hurt") are siblings, no
  part and whole: a figure of ``subgroup_words`` (adults, crew, staff) holds no part the taxonomy alone finds.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document
from conftest import desk_vocabulary

CASES = [
    # a breakdown list belongs to the count it follows
    ("a breakdown after a colon within its count (ferry)",
     "The ferry had 9 crew and 140 passengers on board: 70 men, 52 women and 18 children.", []),
    ("a breakdown after a colon past its count (ferry)",
     "The ferry had 9 crew and 140 passengers on board: 90 men, 52 women and 18 children.",
     ["listed-parts-add-up"]),
    ("a breakdown after 'were' within its count (school trip)",
     "Teachers said the 430 pupils on the trip were 200 boys and 226 girls, and 12 staff went with them.", []),
    ("a breakdown after 'were' past its count (school trip)",
     "Teachers said the 430 pupils on the trip were 240 boys and 226 girls, and 12 staff went with them.",
     ["listed-parts-add-up"]),
    ("a breakdown by age after a colon, beside a coordinated count of staff (care home)",
     "The care home had 6 staff and 48 residents inside when the fire started: 31 women and 17 men, "
     "the fire service said.", []),
    # "Among them" after the list: its whole
    ("among them, after a list: within the whole (summit)",
     "The 320 delegates at the summit were 170 men and 150 women. Among them were 90 Kenyans and 64 Ghanaians.",
     []),
    ("among them, after a list: past the whole (summit)",
     "The 320 delegates at the summit were 170 men and 150 women. Among them were 410 Kenyans and 64 "
     "Ghanaians.", ["part-exceeds-whole"]),
    ("among them, after a list by age: within the whole (evacuation)",
     "Soldiers flew 96 civilians out of the port: 61 adults and 35 children. Among them were 40 Britons.", []),
    # coordinated siblings
    ("children and adults told side by side (school collapse)",
     "The mayor said 17 pupils were hurt and 40 are missing, and that four adults were hurt and six are "
     "missing.", []),
    ("children and adults killed and hurt (market blast)",
     "The blast killed 19 children and seven adults, police said, and injured 46 children and 12 adults.", []),
    ("children beside staff (nursery flood)",
     "Firefighters rescued 23 toddlers and 5 staff from the flooded nursery.", []),
    ("children and adults missing at a school, beside a toll by region (quake)",
     "By Wednesday morning the death toll stood at 164, officials said, with more than 80 in Rome alone. "
     "A primary school was among the buildings brought down by the quake. The prime minister said during a "
     "visit to the school in eastern Rome that eleven children died and 14 are missing, and that two adults "
     "died and five are missing.", []),
    ("decoy: a place's count, the part told of that place",
     "The earthquake killed 52 people on Tuesday, 40 of them in the capital, nine in Varna and three in Obrin. "
     "In Obrin, five children were killed when their school collapsed.", ["part-exceeds-whole"]),
    ("decoy: a linked part still exceeds its whole",
     "The blast killed seven adults, including 19 children, police said.", ["part-exceeds-whole"]),
]


def _audit(text, ruleset, vocab):
    doc = Document(id="draft", text=text, title=None, source="Desk", published="2026-10-20T12:00:00")
    return audit([doc], ruleset, vocab).findings


@pytest.mark.parametrize("text,errors", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_groups_of_people(text, errors, ruleset, vocab):
    found = _audit(text, ruleset, vocab)
    assert sorted({f.rule for f in found if f.severity == "error"}) == sorted(errors), [f.message for f in found]


def test_subgroup_words_come_from_the_vocabulary(tmp_path_factory, ruleset, vocab):
    """A desk adds a group noun ("volunteers") to ``subgroup_words``: its count holds no part by kind alone."""
    text = "The mayor said 17 pupils were hurt and 40 are missing, and that four volunteers were hurt."
    extended = desk_vocabulary(tmp_path_factory, "extend:\n  word_lists:\n    subgroup_words:\n"
                                                 "      words: [volunteers]\n")
    built_in = [f.rule for f in _audit(text, ruleset, vocab) if f.severity == "error"]
    assert "part-exceeds-whole" in built_in
    assert not [f for f in _audit(text, ruleset, extended) if f.severity == "error"]


def test_breakdown_nouns_come_from_the_vocabulary(tmp_path_factory, ruleset, vocab):
    """A desk adds a group noun ("veterans") to ``breakdown_nouns``: a list of them breaks down the count before."""
    text = "The parade had 40 bands and 600 marchers: 420 veterans and 230 cadets."
    extended = desk_vocabulary(tmp_path_factory, "extend:\n  word_lists:\n    breakdown_nouns:\n"
                                                 "      words: [veterans, cadets]\n")
    assert "listed-parts-add-up" not in [f.rule for f in _audit(text, ruleset, vocab)]
    assert "listed-parts-add-up" in [f.rule for f in _audit(text, ruleset, extended)]
