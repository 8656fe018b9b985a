"""A figure the text gives as a guess at what a count came to ("the true toll likely exceeded 5,000",
"probably topped 300") is no count of the quantity: resolve gives it no quantity key, and the rounding
check does not set it against the precise count beside it as a rounding of that count. Sentences written
for these tests, in other beats and places than the sets that showed the class."""
from __future__ import annotations

import pytest

from conftest import resolved_by_text, rules_fired

GUESSES = [
    ("A survey turned up 3,212 excess deaths over the heatwave; the authors said the real toll likely "
     "exceeded 4,000.", "exceeded 4,000"),
    ("Rescuers have recovered 212 bodies, and officials said the number of dead probably topped 300.",
     "topped 300"),
    ("The count found 1,460 homeless people, though the charity said the true number was likely more than "
     "2,000.", "more than 2,000"),
]


@pytest.mark.parametrize("text, guess", GUESSES)
def test_a_guess_at_a_count_is_no_count_of_it(vocab, text, guess):
    claims = resolved_by_text(vocab, text, "2024-07-02T09:00:00", "Wire")
    assert claims[guess].quantity is None
    # the count it is a guess about keeps its key
    assert any(c.quantity for text, c in claims.items() if text != guess)


def test_a_guess_is_not_read_as_a_rounding_of_the_count_beside_it(vocab, ruleset):
    fired = rules_fired(vocab, ruleset, ("Wire", "2024-07-02T09:00:00", GUESSES[0][0]))
    assert "rounding-matches-precise-figure" not in fired


def test_a_hedged_count_beside_a_register_is_still_checked(vocab, ruleset):
    text = ("About 9,000 households are now waiting for a council home, the housing office said on Monday. "
            "The register held 6,410 households at the end of June.")
    assert "rounding-matches-precise-figure" in rules_fired(vocab, ruleset, ("Wire", "2024-07-02T09:00:00", text))


@pytest.mark.parametrize("text", [
    "More than 6,000 council homes stand empty, the housing minister said on Monday. A survey of councils "
    "found 6,480 council homes were empty in June.",
    "Fewer than 500 beds were free across the region on Tuesday, the health office said. Its count found "
    "412 free beds.",
    # the hedge rounds the count it keeps, not that count's part below the bound
    "The floods have claimed more than 600 lives, officials said on Friday. The toll had reached 612, with "
    "598 bodies recovered from the water and 14 people who died in hospital, an army officer said.",
    "More than 2,000 homes were destroyed, the relief agency said on Monday. Its count reached 2,046 homes, "
    "1,980 of them in the valley and 66 on the coast.",
])
def test_a_bound_the_register_keeps_is_no_rounding_of_it(vocab, ruleset, text):
    """"More than 9,000" beside a register's 10,100 (or "fewer than 500" beside 412) is a bound the count
    keeps, not a rounding it misses; when one of several precise counts fits the hedge ("more than 600"
    beside "612, with 598 bodies recovered and 14 who died in hospital"), the hedge rounds that one."""
    assert "rounding-matches-precise-figure" not in rules_fired(vocab, ruleset, ("Wire", "2024-07-02T09:00:00", text))


@pytest.mark.parametrize("text", [
    "More than 5,000 nursing posts are unfilled, the union said on Monday. A survey of hospitals found 4,150 "
    "nursing posts were vacant.",
    "The floods have claimed more than 700 lives, officials said on Friday. The toll had reached 612, with "
    "598 bodies recovered from the water and 14 people who died in hospital, an army officer said.",
])
def test_a_bound_the_register_breaks_is_still_checked(vocab, ruleset, text):
    assert "rounding-matches-precise-figure" in rules_fired(vocab, ruleset, ("Wire", "2024-07-02T09:00:00", text))


def test_a_guess_word_a_desk_adds_is_read_as_a_guess(vocab):
    from auditor.vocabulary import load_vocabulary
    from conftest import FIXTURES

    desk = load_vocabulary([FIXTURES / "rules" / "vocabulary" / "guesses.yaml"])
    text = "Rescuers have recovered 212 bodies, and officials said the real toll conceivably topped 400."
    assert resolved_by_text(vocab, text, "2024-07-02T09:00:00", "Wire")["topped 400"].quantity is not None
    assert resolved_by_text(desk, text, "2024-07-02T09:00:00", "Wire")["topped 400"].quantity is None
