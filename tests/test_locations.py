"""Locations everyone understands: ``path.ext:line:col`` in text and CSV, and GitHub annotations (issue 16)."""
from __future__ import annotations

import csv
import io

from click.testing import CliRunner

from auditor.claims import Claim
from auditor.cli import cli
from auditor.documents import Document
from auditor.report.github import render_github
from auditor.report.locations import Location, line_col, locate
from conftest import ROOT

EXAMPLE = "examples/idleb"
DRAFT = "examples/idleb/06-ledger-draft.md"


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def _in_root(monkeypatch):
    monkeypatch.chdir(ROOT)   # the paths a user types, relative to where they run it


def test_text_summary_names_file_line_and_column(monkeypatch):
    _in_root(monkeypatch)
    r = run("audit", EXAMPLE)
    line = next(x for x in r.stdout.splitlines() if "part-exceeds-whole" in x)
    assert line.endswith(f"({DRAFT}:8:54, {DRAFT}:8:90)")
    assert "06-ledger-draft:244" not in r.stdout
    # line 8, column 90 of the file (front matter included) is where "nine" is
    assert (ROOT / DRAFT).read_text().splitlines()[7][89:93] == "nine"


def test_csv_has_a_locations_column(monkeypatch):
    _in_root(monkeypatch)
    rows = list(csv.DictReader(io.StringIO(run("audit", EXAMPLE, "--format", "csv").stdout)))
    row = next(r for r in rows if r["rule"] == "part-exceeds-whole")
    assert row["locations"] == f"{DRAFT}:8:90 | {DRAFT}:8:54"
    assert row["spans"] == "06-ledger-draft:244-248 | 06-ledger-draft:208-213"


def test_github_annotations(monkeypatch):
    _in_root(monkeypatch)
    r = run("audit", EXAMPLE, "--format", "github")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert lines[0] == (f"::error file={DRAFT},line=8,col=90,endLine=8,endColumn=94,"
                        "title=auditor%3A part-exceeds-whole::The Daily Ledger counts nine children among "
                        f"seven civilians: the part is more than the whole. (also {DRAFT}:8:54)")
    assert all(x.startswith(("::error ", "::warning ", "::notice ")) for x in lines)
    assert any(x.startswith("::warning file=examples/idleb/05-reuters-2345.md,line=7,col=74,") for x in lines)
    # a fall is annotated where the toll fell (the draft), not at the earlier figure
    falls = [x for x in lines if "toll-never-falls" in x]
    assert falls and all(x.startswith(f"::error file={DRAFT},") for x in falls)


def test_github_escapes_what_could_forge_a_command():
    from auditor.audit import AuditResult
    from auditor.findings import Finding

    doc = Document(id="d", text="x\n12 dead", path="a,b:c.md")
    claim = Claim(doc="d", source=None, published=None, start=2, end=4, text="12", value=12.0, low=12.0,
                  high=12.0, low_inclusive=True, high_inclusive=True)
    finding = Finding(rule="r", severity="info", message="50%\n::error::forged", claims=(claim,))
    out = render_github(AuditResult((doc,), (claim,), (finding,)))
    assert out == "::notice file=a%2Cb%3Ac.md,title=auditor%3A r::50%25::error::forged\n"   # one line
    from auditor.report.github import _data, _property
    assert _data("a\r\nb%") == "a%0D%0Ab%25" and _property("x,y:z\n") == "x%2Cy%3Az%0A"


def test_locations_of_each_kind_of_input():
    claim = Claim(doc="d", source=None, published=None, start=6, end=8, text="12", value=12.0, low=12.0,
                  high=12.0, low_inclusive=True, high_inclusive=True)
    body = "Line\n\n12 dead"
    assert line_col(body, 6) == (3, 1)
    assert locate(claim, Document(id="d", text=body, path="x.md", body_line=4)) == Location("x.md", 7, 1, 7, 3)
    assert str(locate(claim, Document(id="d", text=body, path="x.md", body_line=4))) == "x.md:7:1"
    assert str(locate(claim, Document(id="d", text=body, path="x.md"))) == "x.md"     # lines unknown
    assert str(locate(claim, Document(id="d", text=body, path="docs.jsonl:5"))) == "docs.jsonl:5"
    assert str(locate(claim, Document(id="d", text=body, path="page.html"))) == "page.html"
    assert str(locate(claim, Document(id="d", text=body, path="-"))) == "<stdin>:3:1"
    assert str(locate(claim, None)) == "d"


def test_a_document_carries_its_front_matter_lines(tmp_path):
    """The lines before the body are counted when the file is read, so reports locate claims
    without reading the input again (issue 13): the file may be gone by then."""
    from auditor.documents import read_documents

    md = tmp_path / "draft.md"
    md.write_bytes(b"---\r\nsource: AFP\r\ntitle: Toll\r\n---\r\nFirst line.\r\n\r\n30 soldiers died.\r\n")
    html = tmp_path / "page.html"
    html.write_text("<p>30 soldiers died.</p>")
    plain = tmp_path / "plain.txt"
    plain.write_text("30 soldiers died.")
    docs, problems = read_documents([str(md), str(html), str(plain)])
    assert not problems
    by_name = {d.id: d for d in docs}
    assert by_name["draft"].body_line == 4          # CRLF line ends: lines are still the file's
    assert by_name["page"].body_line is None        # the text is the page without its tags
    assert by_name["plain"].body_line == 0
    md.unlink()
    d = by_name["draft"]
    at = d.text.index("30")
    claim = Claim(doc=d.id, source=None, published=None, start=at, end=at + 2, text="30", value=30.0, low=30.0,
                  high=30.0, low_inclusive=True, high_inclusive=True)
    assert str(locate(claim, d)) == f"{md}:7:1"


def test_jsonl_and_stdin_locations_in_the_text_summary(tmp_path):
    jsonl = tmp_path / "wire.jsonl"
    jsonl.write_text('{"id": "a", "source": "AFP", "published": "2020-02-27", '
                     '"text": "30 soldiers were killed on Thursday in Idlib."}\n'
                     '{"id": "b", "source": "Reuters", "published": "2020-02-27", '
                     '"text": "20 soldiers were killed on Thursday in Idlib."}\n')
    r = run("audit", str(jsonl))
    assert f"({jsonl}:1, {jsonl}:2)" in r.stdout
    r = run("audit", "-", "--published", "2020-02-27", "--format", "github",
            input="AFP says 30 soldiers were killed on Thursday in Idlib.\n\n"
                  "Later, 20 soldiers were killed on Thursday in Idlib.\n")
    line = next(x for x in r.stdout.splitlines() if x.startswith("::error title=auditor%3A same-toll-same-day::"))
    assert "(at <stdin>:1:10; also <stdin>:3:8)" in line
