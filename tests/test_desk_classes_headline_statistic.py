"""A headline's rate against the body's, when the words around the figures differ but the statistic is
the same ("Unemployment rises to 6.1%" over "The unemployment rate rose to 5.4%", "Turnout falls to 58%"
over "Turnout in Sunday's regional election was 61.4%"); another statistic ("youth unemployment") and
another place's rate stay apart. Sentences written for these tests."""
from __future__ import annotations

import re

import pytest

from auditor.audit import audit
from auditor.documents import Document


def headline_findings(vocab, ruleset, title: str, body: str) -> list[str]:
    doc = Document(id="draft", text=body, title=title, source="Desk", published="2026-10-20T12:00:00")
    return [f.message for f in audit([doc], ruleset, vocab).findings if f.rule == "headline-matches-body"]


@pytest.mark.parametrize("title,body", [
    ("Turnout falls to 58% in regional vote",
     "Turnout in Sunday's regional election was 61.4%, down from 64% four years ago, the electoral "
     "commission said."),
    ("Unemployment rises to 6.1%",
     "The unemployment rate rose to 5.4% in March from 5.1% in February, the statistics office said."),
])
def test_a_headline_rate_the_body_does_not_give_fires(vocab, ruleset, title, body):
    (message,) = headline_findings(vocab, ruleset, title, body)
    said = re.search(r"\d+(?:\.\d+)?%", title).group()
    assert f"The headline says {said}" in message


@pytest.mark.parametrize("title,body", [
    ("Unemployment rises to 5.4%",
     "The unemployment rate rose to 5.4% in March from 5.1% in February, the statistics office said."),
    ("Unemployment rises to 5.4%",
     "The unemployment rate rose to 5.4% in March. Youth unemployment climbed to 14.2%, the statistics "
     "office said."),
    ("Turnout hits 71%", "Turnout was 71%, the commission said. In the capital, turnout was 49%."),
    ("Turnout falls to 58%", "Turnout was 57.6%, the lowest since 1990, the commission said."),
    # a share before its noun is a change, not the level: the body's 2.99% is another proposal's
    ("Council approves 4.99% tax rise",
     "Council tax will go up by 4.99%. The opposition wanted to hold the tax rise to 2.99%."),
])
def test_the_body_giving_the_headline_rate_stays_quiet(vocab, ruleset, title, body):
    assert headline_findings(vocab, ruleset, title, body) == []
