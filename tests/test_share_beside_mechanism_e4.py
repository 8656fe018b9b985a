"""A share of a noun beside the one part-and-whole of the next sentence (relations ``_share_beside``;
sentences written for these tests) is that pair's share only when its sentence gives shares of one base:
with shares of two bases there ("47 per cent of all staff but 68 per cent of those on nights"), which one
the pair makes is a guess, and a clean dev desk draft was flagged for the wrong one."""
from __future__ import annotations

from conftest import draft_errors


def test_shares_of_two_bases_beside_a_pair_are_left_alone(vocab, ruleset):
    text = ("Women made up 47 per cent of all staff but 68 per cent of those on night shifts. The hospital "
            "employs 4,100 staff, of whom 900 work night shifts.")
    assert "share-matches-its-parts" not in draft_errors(vocab, ruleset, text)


def test_a_share_of_one_base_beside_its_pair_is_still_checked(vocab, ruleset):
    text = ("The strike was backed by 72 per cent of members. Of the 41,000 members balloted, 24,600 voted "
            "in favour.")
    assert "share-matches-its-parts" in draft_errors(vocab, ruleset, text)
