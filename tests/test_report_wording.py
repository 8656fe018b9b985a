"""The HTML report for an editor in a hurry: its first line, headlines, colours, the archive (issue 16)."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.report.wording import figure, join_words, short_time, tidy
from auditor.run import AuditRun, run_audit
from conftest import ROOT

EXAMPLE = str(ROOT / "examples" / "idleb")


@pytest.fixture(scope="module")
def example():
    return run_audit(AuditRun((EXAMPLE,)))


@pytest.fixture(scope="module")
def example_html(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    CliRunner().invoke(cli, ["audit", EXAMPLE, "-o", str(out), "-q"], catch_exceptions=False)
    return out.read_text(encoding="utf-8")


def test_headlines_are_clean_sentences(example):
    from auditor.report.wording import headline

    assert [headline(f) for f in example.result.findings] == [
        "The Daily Ledger counts nine children among seven civilians: the part is more than the whole.",
        "The Daily Ledger says 22 Turkish soldiers killed; AFP and Reuters say at least 29, more than 30 and 34.",
        "UN's figure for people displaced fell from more than 948,000 (AFP, 22:00) to 849,000 "
        "(The Daily Ledger, 23:55).",
        "Turkey authorities' figure for Turkish soldiers killed fell from 33 (Anadolu Agency, 23:30) to 22 "
        "(The Daily Ledger, 23:55).",
        "Reuters quotes figures on Turkish soldiers killed that differ slightly (within tolerance): "
        "33 (Turkey authorities) and 34 (OSDH).",
    ]


def test_the_first_line_names_the_draft_and_what_is_wrong(example, example_html):
    from auditor.report.wording import summary_lines

    verdict = ("3 figures in question: 2 conflict with other reports, 1 is more than its whole")
    assert summary_lines(example.result) == [{
        "doc": "06-ledger-draft.md", "n": 3, "severity": "error", "text": verdict,
        "figures": ["22", "nine", "849,000"]}]
    h1 = re.search(r'<h1 id="verdict">(.*?)</h1>', example_html).group(1)
    assert re.sub(r"<[^>]+>", "", h1) == f"06-ledger-draft.md: {verdict} (22, nine, 849,000)"
    assert f"<title>06-ledger-draft.md: {verdict} · 4 errors, 1 warning</title>" in example_html


def test_no_raw_timestamps_duplicates_or_redundant_figures_in_headlines(example_html):
    headlines = re.findall(r'<p class="message">(.*?)</p>', example_html)
    assert len(headlines) == 5
    explanations = re.findall(r'<p class="explanation">(.*?)</p>', example_html)
    assert explanations and not [e for e in explanations if re.search(r"\d{4}-\d{2}-\d{2}T\d", e)]
    for h in headlines:
        assert not re.search(r"\d{4}-\d{2}-\d{2}T\d", h), h          # no raw timestamps
        assert not re.search(r"\(\d[\d,]*\)", h), h                    # no "(22)" after "22"
        assert "  " not in h and " At least" not in h, h               # no capital mid-sentence
        sources = re.search(r"; (.*?) says? ", h)
        if sources:
            names = re.split(r", | and ", sources.group(1))
            assert len(names) == len(set(names)), h                    # no "OSDH, ..., OSDH"


def test_words_lists_and_times():
    assert join_words(["OSDH", "AFP", "OSDH", "Reuters"]) == "OSDH, AFP and Reuters"
    assert join_words(["AFP"]) == "AFP" and join_words([]) == ""
    assert short_time("2020-02-27T20:00:00+03:00", "2020-02-27T23:55:00+03:00") == "20:00"
    assert short_time("2020-02-26T20:00:00+03:00", "2020-02-27T23:55:00+03:00") == "2020-02-26 20:00"
    assert tidy("fell from 29 (2020-02-27T20:00:00+03:00)  to 22 ,") == "Fell from 29 (2020-02-27 20:00) to 22,"


def test_figures_lower_case_mid_sentence():
    from auditor.claims import Claim

    def c(text):
        return Claim(doc="d", source="s", published=None, start=0, end=len(text), text=text, value=1.0,
                     low=1.0, high=1.0, low_inclusive=True, high_inclusive=True)
    assert figure(c("At least 29")) == "at least 29"
    assert figure(c("Nine")) == "nine" and figure(c("849,000")) == "849,000" and figure(c("UN 12")) == "UN 12"


def test_one_colour_per_outlet_across_every_chart(example_html):
    legend = dict(re.findall(r'<li><svg class="swatch"[^>]*><circle cx="5" cy="5" r="5" fill="(#[0-9a-f]{6})"/>'
                             r'</svg>([^<]+)</li>', example_html))
    by_outlet: dict[str, set[str]] = {}
    for colour, outlet in legend.items():
        by_outlet.setdefault(outlet, set()).add(colour)
    assert set(by_outlet) == {"AFP", "Anadolu Agency", "Reuters", "The Daily Ledger"}
    assert all(len(c) == 1 for c in by_outlet.values()), by_outlet     # every legend agrees
    # every number-line row of an outlet is drawn in that outlet's colour
    rows = re.findall(r'<text x="[\d.]+" y="[\d.]+" font-size="13" fill="#222"[^>]*>([^<]+)</text>\s*'
                                    r'(?:<circle class="culprit-ring"[^>]*/>\s*)?<(?:circle|line)[^>]* '
                                    r'(?:fill|stroke)="(#[0-9a-f]{6})"', example_html)
    assert len(rows) == 12          # the five findings' claims
    for label, colour in rows:
        outlet = label.split(" (")[0].split(":")[0]
        assert by_outlet[outlet] == {colour}, (label, colour)


def test_the_culprit_is_ringed_once_in_every_number_line(example_html):
    charts = re.findall(r'<svg class="chart numberline".*?</svg>', example_html, re.S)
    assert len(charts) == 5
    assert all(chart.count('class="culprit-ring"') == 1 for chart in charts)
    cards = re.findall(r'<section class="finding.*?</section>', example_html, re.S)
    assert all(card.count('<blockquote class="culprit">') == 1 for card in cards)


def test_an_audit_against_an_archive_says_so(tmp_path):
    store = str(tmp_path / "a.duckdb")
    runner = CliRunner()
    wires = [str(p) for p in sorted((ROOT / "examples" / "idleb").glob("0[1-5]*.md"))]
    assert runner.invoke(cli, ["ingest", *wires, "--store", store, "-q"]).exit_code == 0
    out = tmp_path / "r.html"
    r = runner.invoke(cli, ["audit", str(ROOT / "examples" / "idleb" / "06-ledger-draft.md"), "--store", store,
                            "--since", "2d", "-o", str(out), "-q"])
    assert r.exit_code == 1
    html = out.read_text()
    archive = re.search(r'<dd id="archive">(.*?)</dd>', html).group(1)
    assert re.fullmatch(rf"checked against the claims archive {re.escape(store)} \(5 documents, \d+ claims\), "
                        r"reading the claims published since 2020-02-25 23:55; \d+ stored claims appear in the "
                        r"findings", archive), archive
    r = runner.invoke(cli, ["audit", str(ROOT / "examples" / "idleb" / "06-ledger-draft.md"), "--store", store])
    assert re.fullmatch(rf"archive: {re.escape(store)} \(5 documents, \d+ claims; read every claim the rules "
                        r"select; \d+ stored claims in the findings\)", r.stdout.splitlines()[-2]), r.stdout
    plain = tmp_path / "p.html"
    runner.invoke(cli, ["audit", EXAMPLE, "-o", str(plain), "-q"])
    assert 'id="archive"' not in plain.read_text()
