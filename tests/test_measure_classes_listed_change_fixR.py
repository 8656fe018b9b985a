"""A figure listed right after a change, with no verb of its own, changes the same way: bare ("gained 2.1
percent and 0.9 percent"), after a name whose verb is left out ("rises of 8.1%, the port cities 6.4%"), or
with its own time ("by 0.2 per cent on the month and by 1.9 per cent on the year"). A list ends at another
clause ("while ...") or a verb of its own. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import claims_by_text


@pytest.mark.parametrize("text,quote,measure", [
    ("Two rival lenders also traded strongly and gained 2.1 percent and 0.9 percent.", "0.9 percent", "rose"),
    ("Butter, cheese and milk fell by 3.3%, 1.8% and 0.6% respectively.", "1.8%", "fell"),
    ("Butter, cheese and milk fell by 3.3%, 1.8% and 0.6% respectively.", "0.6%", "fell"),
    ("Rents edged up by 0.2 per cent on the month and by 1.9 per cent on the year.", "1.9 per cent", "rose"),
    ("Over the year the capital saw rises of 8.1%, the port cities 6.4% and the interior 3.9%.", "6.4%", "rose"),
    ("Over the year the capital saw rises of 8.1%, the port cities 6.4% and the interior 3.9%.", "3.9%", "rose"),
])
def test_a_figure_listed_after_a_change_changes_the_same_way(vocab, text, quote, measure):
    assert claims_by_text(vocab, text, "2026-06-01")[quote].measure == measure


@pytest.mark.parametrize("text,quote", [
    ("Exports rose 5%, while imports were 3% of output.", "3%"),            # another clause
    ("Exports rose 5%, and the bureau's share was 3%.", "3%"),              # a verb of its own
])
def test_another_clause_ends_the_list(vocab, text, quote):
    assert claims_by_text(vocab, text, "2026-06-01")[quote].measure not in ("rose", "fell")
