"""An organisation named by its kind alone ("the company said", "the port said", "the company's report shows",
"the regional water company said"): a company's or a port's own report gives its figures that source, for a reader; the
mark ``according_carried`` keeps the checks from setting "company" against another source's figures (a kind
names no one: every story's company is "company"). Before, these words named no source, and the figures of
the whole report were no one's (extract/carried_scope.kind_sources_as_context).

Sentences here are written for these tests (other companies, places and numbers than the sets').
"""
from __future__ import annotations

from auditor.claims import with_stated_scope
from conftest import claims_by_text as claims
from conftest import resolved_by_text


def test_a_company_named_by_its_kind_reports_the_lede_and_the_report_after_it(vocab):
    text = ("LJUBLJANA - Dravska Foods raised its net profit by 12% to 40.2 million euros in the first half, "
            "the company said. Sales abroad reached 118.5 million euros, 9% more than a year earlier.")
    cs = claims(vocab, text, "2024-08-01")
    for figure in ("12%", "40.2 million euros", "118.5 million euros", "9%"):
        assert cs[figure].according_to == "company", figure
        assert cs[figure].according_carried, figure


def test_a_port_named_by_its_kind_reports_its_throughput(vocab):
    text = ("GDANSK - Cargo handled at the port of Gdansk rose 4% to 21.3 million tonnes in January-June, the port "
            "said. Container traffic grew 7% to 310,000 TEUs.")
    cs = claims(vocab, text, "2024-07-10")
    assert cs["21.3 million tonnes"].according_to == "port"
    assert cs["310,000"].according_to == "port"


def test_the_company_report_and_a_described_company_are_the_kind_too(vocab):
    text = ("Turnover at Tallinn Harbour Cruises grew 6.5% to EUR 12.4 mln in the first nine months, the company's "
            "report shows.")
    assert claims(vocab, text, "2024-11-02")["6.5%"].according_to == "company"
    text = "Water use fell 9% over the summer, the regional water company said."
    got = claims(vocab, text, "2024-09-02")["9%"]
    assert got.according_to == "regional water company"
    assert got.according_carried


def test_a_kind_named_after_a_named_source_leaves_the_report_its_own(vocab):
    # the report is built on Norrland Steel; "the company said" names it again: a chief executive's statement
    # after it takes the report over as before, and the counts after the statement stay the chief's
    text = ("Norrland Steel reported on Monday a 5% fall in output to 2.1 million tonnes.\n\n"
            "Orders from carmakers brought in 640 million euros, the company said.\n\n"
            "Chief executive Ingrid Sol said two customers had delayed orders. The group cut 210 jobs in the "
            "autumn.")
    cs = claims(vocab, text, "2024-03-04")
    assert cs["210"].according_to == "Ingrid Sol"


def test_a_report_built_on_a_kind_is_not_taken_over_by_a_statement(vocab):
    # no named source before: "the company said" in the lede; a chief executive's statement is the chief's
    # alone, and a count after it is stated as no one's (its paragraph's lead may lend it as context)
    text = ("Brask Lines will cut 900 jobs, the company said on Monday.\n\n"
            "Chief executive Pal Ekern said freight rates had halved. The company will also sell 7 of its ships.")
    cs = claims(vocab, text, "2024-03-04")
    assert cs["900"].according_to == "company"
    assert cs["7"].according_to != "Pal Ekern" or cs["7"].according_carried


def test_the_checks_see_no_source_in_a_kind(vocab):
    text = "Dravska Foods produced 71,300 tonnes of flour last year, the company said on Thursday."
    resolved = list(resolved_by_text(vocab, text, "2024-03-07").values())
    assert resolved[0].according_to == "company"
    assert all(c.according_to is None for c in with_stated_scope(resolved))


def test_a_body_named_by_its_source_noun_stays_stated(vocab):
    cs = claims(vocab, "Profit rose 12% to 40 million euros, the bank said.", "2024-08-01")
    assert cs["12%"].according_to == "bank"
    assert not cs["12%"].according_carried


def test_a_kind_that_opens_a_body_name_after_said_is_not_the_source(vocab):
    text = ("RIGA, 3.03.2024. Cargo through the harbour fell 4.2% last year, BNS reports. Bulk made up 44% of the "
            "total, said the port authority; 3,100 ships called.")
    cs = claims(vocab, text, "2024-03-03")
    assert cs["3,100"].according_to != "port"


def test_a_company_that_is_what_a_figure_counts_names_no_source(vocab):
    cs = claims(vocab, "The company employs 4,300 people in Slovenia.", "2024-08-01")
    assert cs["4,300"].according_to is None
