"""An organisation named by its kind alone ("the company said", "the port said", "the company's report shows",
"the management said"): a company's or a port's own report gives its figures that source, for a reader; the
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


def test_the_company_report_and_the_management_are_the_kind_too(vocab):
    text = ("Turnover at Tallinn Harbour Cruises grew 6.5% to EUR 12.4 mln in the first nine months, the company's "
            "report shows.")
    assert claims(vocab, text, "2024-11-02")["6.5%"].according_to == "company"
    text = "Passenger numbers grew 14% over the summer, the management said."
    assert claims(vocab, text, "2024-09-02")["14%"].according_to == "management"


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
