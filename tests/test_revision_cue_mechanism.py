"""The words that tell a running total's fall as a correction: "cut" and "lowered" only with what they cut
("cut its estimate to", "lowered the toll"), not any cut in the sentence (a crop "still to be cut", a tax
cut), which would make a silent fall a told one and hide it. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from auditor.audit import audit
from auditor.documents import Document

FIRST = ("Growers in Harlund have picked 46,200 tonnes of apples since the harvest began in August, the farm "
         "ministry said on Monday. ")


@pytest.mark.parametrize("second,severity", [
    ("On Thursday the growers' board put the season's crop to date at 43,900 tonnes of apples, with a "
     "fifth of the orchards still to be cut back.", "error"),
    ("On Thursday the growers' board put the season's crop to date at 43,900 tonnes of apples, after a "
     "tax cut for packers.", "error"),
    ("On Thursday the ministry cut its estimate of the season's crop to date to 43,900 tonnes of apples, "
     "after finding it had counted one region twice.", "info"),
])
def test_a_cut_told_of_the_figure_is_a_correction(second, severity, ruleset, vocab):
    doc = Document(id="draft", text=FIRST + second, title=None, source="Desk", published="2026-09-25T12:00:00")
    found = [f for f in audit([doc], ruleset, vocab).findings if f.rule == "running-total-never-falls-in-text"]
    assert [f.severity for f in found] == [severity], [f.message for f in found]
