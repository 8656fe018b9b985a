"""A group noun in a speaker's title is who speaks, not what the figure counts.

"N deaths" names no thing of its own, so the thing is looked for earlier in the sentence;
"police" in "the police chief said" or "Police Commissioner Ahmed Ali said" was taken for it (a
toll of police officers), and so was the audience of "told reporters of 14 deaths". Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import resolved_by_text

DAY = "2022-05-04"


@pytest.mark.parametrize("sentence", [
    "The police chief said 14 deaths had been confirmed in the district.",
    "A police spokesman, Ahmed Ali, said 14 deaths had been confirmed.",
    "Police Commissioner Ahmed Ali said 14 deaths had been confirmed.",
    "The regional police chief, Ana Reyes, said the mayor had told her of about 14 deaths in the town.",
    "The police commissioner told reporters of 14 deaths in the district.",
])
def test_a_speakers_title_is_not_the_thing_counted(vocab, sentence):
    claim = next(c for c in resolved_by_text(vocab, sentence, DAY).values() if "14" in c.text)
    assert claim.thing == "people" and claim.measure == "killed", (claim.thing, claim.measure)


@pytest.mark.parametrize("sentence,text,thing", [
    ("Fourteen police officers were among the 30 dead.", "Fourteen", "police officers"),
    ("Police said 14 police officers were killed in the ambush.", "14", "police officers"),
    ("Rebels killed 14 police in the ambush, the army said.", "14", "police"),
])
def test_police_counted_stay_the_thing(vocab, sentence, text, thing):
    assert resolved_by_text(vocab, sentence, DAY)[text].thing == thing
