"""Lists whose items each say again the first item's copula or preposition (sentences written for these
tests): "1,900 are nurses and 2,600 are doctors", "$1.9bn goes to health, $1.6bn to schools and $0.9bn to
roads" are parts of the whole before them; items with a participle ("12 were killed and 30 were injured")
stay outcomes. And a change gapped after another ("Revenue rose to $4.2bn from $3.9bn, and profit to $1.1bn
from $0.9bn") starts from its own "from", not from the first change's: "from A, and ... to B" is no change
from A to B."""
from __future__ import annotations

import pytest

from conftest import draft_errors


@pytest.mark.parametrize("text,said", [
    ("Of the 4,200 staff, 1,900 are nurses and 2,600 are doctors.", "1,900 + 2,600 = 4,500"),
    ("Of the 4,200 staff, 1,900 are nurses, 1,600 are porters and 900 are cleaners.",
     "1,900 + 1,600 + 900 = 4,400"),
    ("Of the $4.2bn budget, $1.9bn goes to health, $1.6bn to schools and $0.9bn to roads.",
     "$1.9bn + $1.6bn + $0.9bn = 4.4 billion"),
])
def test_items_saying_the_first_ones_word_again_are_parts(vocab, ruleset, text, said):
    errors = draft_errors(vocab, ruleset, text)
    assert said in errors.get("listed-parts-add-up", ""), errors


@pytest.mark.parametrize("text", [
    "Of the 4,200 staff, 1,900 are nurses, 1,300 are porters and 900 are cleaners.",
    "Of the $4.2bn budget, $1.9bn goes to health, $1.2bn to schools and $0.9bn to roads.",
    "Of the 40 passengers, 12 were killed and 20 were injured.",
])
def test_parts_that_fit_stay_quiet(vocab, ruleset, text):
    assert "listed-parts-add-up" not in draft_errors(vocab, ruleset, text)


@pytest.mark.parametrize("text", [
    "Revenue rose to $4.2bn from $3.9bn, and profit to $1.1bn from $0.9bn.",
    "Revenue rose from $3.9bn to $4.2bn, and profit from $0.9bn to $1.1bn.",
])
def test_a_gapped_second_change_starts_from_its_own_figure(vocab, ruleset, text):
    assert "change-matches-endpoints" not in draft_errors(vocab, ruleset, text)


def test_a_change_its_ends_contradict_still_fires(vocab, ruleset):
    errors = draft_errors(vocab, ruleset, "Revenue rose to $4.2bn from $3.9bn, and profit rose 40% to $1.1bn "
                                          "from $0.9bn.")
    assert "from $0.9bn to $1.1bn is +22.2%" in errors.get("change-matches-endpoints", ""), errors
