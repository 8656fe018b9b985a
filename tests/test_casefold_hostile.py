"""Keywords written with characters ``re.I`` folds to an ASCII letter while ``str.lower`` does not
("NİGHT", "ſeptember", "mıllıon", "\u212aENYA") must not stop a run: a pattern matched them case-blind and
the look-up of the matched word then raised KeyError ("internal error ... KeyError: 'ni̇ght'").
Every such look-up folds the word with ``auditor.casefold.fold_keyword``."""
from __future__ import annotations

import datetime as dt
import re
import string

import pytest
from click.testing import CliRunner

from auditor.audit import audit
from auditor.casefold import fold_keyword
from auditor.cli import cli
from auditor.documents import Document
from auditor.resolve import claims_of
from auditor.resolve.day_marks import time_in_day
from auditor.resolve.timing import stated_span
from auditor.run import load_rules

DOTTED_I, DOTLESS_I, LONG_S, KELVIN = "\u0130", "\u0131", "\u017f", "\u212a"

# every keyword family a look-up reads: months, weekdays, parts of the day, scale words and letters,
# "times" and "doubled", currencies and their codes, countries and demonyms, units, hedges, crowds
SENTENCES = [
    "On the night of Tuesday, 14 soldiers were killed in Kirkuk, officials said.",
    "In the morning of Friday 3 March 2021, at least 212 people were injured in Istanbul, Turkey.",
    "Between January and June 2019, exports rose to $4.5 billion, up from $2bn in the six months to December.",
    "The firm said revenue was £12m in September, six times the 2 million pounds of August; 40k users signed up.",
    "Sales of 3.5 million kilometres, 12 kilograms and 40 miles were listed last Sunday afternoon in Pakistan.",
    "Since mid-April, 1,200 migrants from Syria and Iraq have reached Italy, three times as many as in 2016.",
    "Kenya spent 5 billion shillings, or 35 million dollars, on 16 kilometres of road, the ministry said on "
    "Wednesday evening.",
    "Prices fell 7 per cent in Kazakhstan, while 2.5 times more tourists visited Sri Lanka in the first half of 2018.",
    "On Thursday night, 9 miners died and 31 were missing in Siberia; on Saturday 4 more bodies were found.",
    "The fund raised 1.2bn euros and 300m Swiss francs, with 15 percent from Saudi Arabia in the six months to "
    "31 August.",
    "Last Monday, 60,000 protesters marched in Santiago, Chile, twice as many as the 30k seen in mid-November.",
    "Temperatures hit 45 degrees Celsius in Basra on Sunday afternoon, and 8 inches of rain fell on 2 Sept.",
    "Kenya's budget for the fiscal year 2019/20 was Ksh 157 B, the treasury in Nairobi said.",
    "Pakistan's fiscal year 2020-21 deficit reached 75 USD million, and exports had tripled since 2015.",
    "Profits doubled to 80 million, while costs halved from 12 billion and debt quadrupled in the financial year.",
    "Since Tuesday, 45 people have died; by Friday evening the toll had trebled, according to the ministry.",
    "From March to May 2020, deaths rose to 3,400 from 1,100 in the three months to 28 February.",
    "In the week to 3 September, 71 cases were reported; in the year to August 2019, 1.5 million visitors came.",
    "Between 4 and 6 June, late at night and early in the morning, 220 shells hit Kharkiv, Ukraine.",
    "The ship, carrying 5,000 tonnes of wheat worth 2.3 million euros, sank at dawn on 1 Sept. near Sicily.",
    "Nearly two thirds of the 900 workers, some 600 people, struck on Monday at 6 a.m., the union said.",
    "Of the 48 passengers, 30 were Kenyans, 12 Somalis and six British nationals, police said on Sunday.",
]

# the letters as re.I reads them: each table turns one or more letters into a look-alike it matches
HOSTILE = {
    "dotted capital I": str.maketrans({"I": DOTTED_I}),
    "dotless i": str.maketrans({"i": DOTLESS_I}),
    "long s": str.maketrans({"s": LONG_S, "S": LONG_S}),
    "Kelvin sign": str.maketrans({"k": KELVIN, "K": KELVIN}),
    "all at once": str.maketrans({"I": DOTTED_I, "i": DOTLESS_I, "s": LONG_S, "S": LONG_S, "K": KELVIN}),
}


def variants(table: dict[int, str]) -> list[str]:
    """Every sentence in its own case, upper case and lower case, with ``table`` applied."""
    return [s.translate(table) for text in SENTENCES for s in (text, text.upper(), text.lower())]


def test_fold_keyword_gives_the_ascii_letter_re_i_matches():
    letter = re.compile("[a-z]", re.I)
    for code in range(0x110000):
        c = chr(code)
        if letter.fullmatch(c):
            folded = fold_keyword(c)
            assert len(folded) == 1 and folded in string.ascii_lowercase, hex(code)
            assert re.fullmatch(folded, c, re.I), hex(code)
    assert fold_keyword(f"N{DOTTED_I}GHT") == fold_keyword(f"n{DOTLESS_I}ght") == "night"
    assert fold_keyword(f"{LONG_S}eptember") == "september"
    assert fold_keyword("Straße ÅNGSTRÖM") == "straße ångström"      # lower() on any other text


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_claims_of_hostile_keywords_raise_nothing(rules, name):
    _, vocab = rules
    for text in variants(HOSTILE[name]):
        claims_of(Document("d", text, "Wire", "2021-03-05"), vocab)


def test_audit_of_hostile_documents_raises_nothing(rules):
    ruleset, vocab = rules
    docs = [Document(f"{name}-{i}", " ".join(SENTENCES[i:i + 4]).upper().translate(table), "Wire", "2021-03-05",
                     title=SENTENCES[i].translate(table))
            for name, table in HOSTILE.items() for i in range(0, len(SENTENCES), 4)]
    audit(docs, ruleset, vocab)


def test_cli_on_hostile_documents_gives_no_internal_error(tmp_path):
    table = HOSTILE["all at once"]
    (tmp_path / "upper.txt").write_text(" ".join(SENTENCES).upper().translate(table) + "\n", encoding="utf-8")
    (tmp_path / "lower.txt").write_text(" ".join(SENTENCES).translate(table) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["audit", str(tmp_path), "--format", "json", "--published", "2021-03-05"])
    assert r.exit_code in (0, 1), r.output
    assert "internal error" not in r.output and "Traceback" not in r.output


def test_a_hostile_part_of_the_day_reads_as_the_plain_one():
    day = "2021-03-02"                       # a Tuesday
    plain = "On the NIGHT of Tuesday, 14 soldiers were killed."
    assert time_in_day(plain, 0, len(plain), day) is not None
    for table in (HOSTILE["dotted capital I"], HOSTILE["dotless i"]):
        text = plain.translate(table)
        assert time_in_day(text, 0, len(text), day) == time_in_day(plain, 0, len(plain), day)


def test_a_hostile_month_reads_as_the_plain_one():
    published = dt.date(2021, 3, 5)
    for plain, month in (("Since September, 71 cases were reported.", f"{LONG_S}EPTEMBER"),
                         ("Since April, 71 cases were reported.", f"APR{DOTTED_I}L"),
                         ("Since April, 71 cases were reported.", f"apr{DOTLESS_I}l")):
        want = stated_span(plain, published)
        assert want is not None and want[1] == "2021-03-05"
        text = plain.replace(plain.split()[1].rstrip(","), month)
        assert stated_span(text, published) == want, text


def test_a_hostile_scale_word_scales_the_amount(rules):
    _, vocab = rules
    plain = "The deficit reached 75 USD MILLION last year."
    want = [c.value for c in claims_of(Document("d", plain, "Wire", "2021-03-05"), vocab)]
    assert 75_000_000 in want
    hostile = plain.translate(HOSTILE["dotted capital I"])
    assert [c.value for c in claims_of(Document("d", hostile, "Wire", "2021-03-05"), vocab)] == want
