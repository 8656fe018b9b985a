"""Machine formats of `auditor audit`: schemas, parsing, determinism, pipeline behaviour."""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
from click.testing import CliRunner

from auditor.claims import CONTRACT_FIELDS
from auditor.cli import cli
from auditor.report import format_for
from conftest import FIXTURES, ROOT, shared_path

EXAMPLE = str(ROOT / "examples" / "idleb")
XSS = str(FIXTURES / "report" / "xss")
ALL = ("report.html", "findings.json", "findings.csv", "out.sarif", "results.junit.xml", "summary.txt")


def run(*args, input=None, env=None):
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


def audit_all(directory, *inputs, extra=()):
    outs = []
    for name in ALL:
        outs += ["-o", str(directory / name)]
    r = run("audit", *inputs, *outs, "--claims-csv", str(directory / "claims.csv"), *extra)
    assert r.exit_code == 1, r.output
    return r


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    d = tmp_path_factory.mktemp("example")
    audit_all(d, EXAMPLE)
    return d


def test_one_run_writes_every_format_by_suffix(example):
    for name in ALL + ("claims.csv",):
        assert (example / name).stat().st_size > 0, name


def test_every_format_is_byte_identical_across_runs(example, tmp_path):
    audit_all(tmp_path, EXAMPLE)
    for name in ALL + ("claims.csv",):
        assert (tmp_path / name).read_bytes() == (example / name).read_bytes(), name


def test_json_validates_against_the_published_schema(example):
    schema = json.loads((ROOT / "docs" / "json-schema.json").read_text())
    jsonschema.Draft7Validator.check_schema(schema)
    data = json.loads((example / "findings.json").read_text())
    jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER).validate(data)
    assert data["version"] == "1" and data["summary"] == {"error": 4, "warning": 1, "info": 0}
    assert {"same-toll-same-day", "toll-never-falls"} <= {r["id"] for r in data["rules"]}
    assert "generated_at" not in data


def test_json_with_timestamp_honours_source_date_epoch(tmp_path):
    out = tmp_path / "f.json"
    run("audit", EXAMPLE, "-o", str(out), "--timestamp", env={"SOURCE_DATE_EPOCH": "1582830000"})
    data = json.loads(out.read_text())
    assert data["generated_at"] == "2020-02-27T19:00:00Z"
    schema = json.loads((ROOT / "docs" / "json-schema.json").read_text())
    jsonschema.Draft7Validator(schema).validate(data)
    r = run("audit", EXAMPLE, "-o", str(out), "--timestamp", env={"SOURCE_DATE_EPOCH": "soon"})
    assert r.exit_code == 2 and "SOURCE_DATE_EPOCH" in r.stderr


def test_sarif_validates_against_the_oasis_schema(example):
    schema = json.loads(shared_path("schemas", "sarif-schema-2.1.0.json").read_text())
    sarif = json.loads((example / "out.sarif").read_text())
    jsonschema.Draft7Validator(schema).validate(sarif)
    run_ = sarif["runs"][0]
    findings = json.loads((example / "findings.json").read_text())["findings"]
    assert len(run_["results"]) == len(findings)
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    for res, f in zip(run_["results"], findings):
        assert res["ruleId"] == f["rule"] == rules[res["ruleIndex"]]
        assert res["level"] == {"error": "error", "warning": "warning", "info": "note"}[f["severity"]]
        assert res["partialFingerprints"]["auditorFinding/v1"] == f["fingerprint"]
        assert len(res["locations"]) + len(res["relatedLocations"]) == len(f["claims"])


def test_sarif_regions_point_at_the_claim(tmp_path):
    doc = tmp_path / "wire.txt"
    doc.write_text("Update.\nAt least 33 soldiers were killed on Thursday.\n")
    draft = tmp_path / "draft.txt"
    draft.write_text("22 soldiers were killed on Thursday.\n")
    out = tmp_path / "o.sarif"
    run("audit", str(doc), str(draft), "--published", "2020-02-27", "-o", str(out))
    res = json.loads(out.read_text())["runs"][0]["results"][0]
    regions = {loc["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1]: loc["physicalLocation"]["region"]
               for loc in res["locations"] + res["relatedLocations"]}
    assert regions["wire.txt"] == {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 12,
                                   "snippet": {"text": "At least 33"}}
    assert regions["draft.txt"]["startLine"] == 1 and regions["draft.txt"]["snippet"] == {"text": "22"}


def test_sarif_lines_count_the_front_matter(tmp_path):
    for name, body in (("a.md", "At least 33 soldiers were killed on Thursday."),
                       ("b.md", "Update.\n\n22 soldiers were killed on Thursday.")):
        (tmp_path / name).write_text(f"---\nsource: {name}\npublished: 2020-02-27\n---\n{body}\n")
    r = run("audit", str(tmp_path), "--format", "sarif")
    res = json.loads(r.stdout)["runs"][0]["results"][0]
    lines = {loc["physicalLocation"]["artifactLocation"]["uri"].rsplit("/", 1)[-1]:
             loc["physicalLocation"]["region"]["startLine"] for loc in res["locations"] + res["relatedLocations"]}
    assert lines == {"a.md": 5, "b.md": 7}


def test_junit_has_a_testcase_per_rule_and_document_and_a_failure_per_finding(example):
    root = ET.parse(example / "results.junit.xml").getroot()
    data = json.loads((example / "findings.json").read_text())
    docs = [d["id"] for d in data["documents"]]
    rules = sorted(r["id"] for r in data["rules"])
    assert root.tag == "testsuites"
    assert [s.get("name") for s in root.findall("testsuite")] == rules
    cases = root.findall("testsuite/testcase")
    assert len(cases) == len(rules) * len(docs) == int(root.get("tests"))
    assert {(c.get("classname"), c.get("name")) for c in cases} == {(r, d) for r in rules for d in docs}
    failures = root.findall(".//failure")
    assert len(failures) == len(data["findings"]) == int(root.get("failures"))
    assert sorted(f.get("message") for f in failures) == sorted(f["message"] for f in data["findings"])
    for suite in root.findall("testsuite"):
        assert int(suite.get("failures")) == len(suite.findall(".//failure"))


def test_findings_csv_has_one_row_per_finding_with_the_claims(example):
    rows = list(csv.DictReader(io.StringIO((example / "findings.csv").read_text())))
    data = json.loads((example / "findings.json").read_text())
    assert len(rows) == len(data["findings"])
    for row, f in zip(rows, data["findings"]):
        assert row["rule"] == f["rule"] and row["severity"] == f["severity"]
        assert row["docs"].split(" | ") == [c["doc"] for c in f["claims"]]
        assert row["texts"].split(" | ") == [c["text"] for c in f["claims"]]
    assert any("849,000" in r["texts"] for r in rows)


def test_claims_csv_is_the_claims_contract(example):
    rows = list(csv.reader(io.StringIO((example / "claims.csv").read_text())))
    assert tuple(rows[0]) == CONTRACT_FIELDS
    assert len(rows) - 1 == sum(d["claims"] for d in json.loads((example / "findings.json").read_text())["documents"])


def test_csv_cells_cannot_become_spreadsheet_formulas(tmp_path):
    (tmp_path / "a.txt").write_text("=HYPERLINK(1) 33 soldiers were killed on Thursday.")
    (tmp_path / "b.txt").write_text("22 soldiers were killed on Thursday.")
    out = tmp_path / "f.csv"
    run("audit", str(tmp_path), "--published", "2020-02-27", "-o", str(out), "--fail-on", "never")
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and all(not v.startswith("=") for r in rows for v in r.values())


@pytest.mark.parametrize("name, fmt", [("r.html", "html"), ("R.HTM", "html"), ("f.json", "json"),
                                       ("f.csv", "csv"), ("o.sarif", "sarif"), ("o.sarif.json", "sarif"),
                                       ("j.xml", "junit"), ("j.junit.xml", "junit"), ("s.txt", "text"),
                                       ("report", None), ("r.pdf", None)])
def test_the_suffix_picks_the_format(name, fmt):
    assert format_for(name) == fmt


def test_unknown_suffix_is_one_line_exit_2(tmp_path):
    r = run("audit", EXAMPLE, "-o", str(tmp_path / "r.pdf"))
    assert r.exit_code == 2 and r.stderr.count("\n") == 1 and "use --format" in r.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_format_flag_and_dash_write_to_stdout():
    for fmt in ("sarif", "json"):
        r = run("audit", EXAMPLE, "--format", fmt, "--fail-on", "never")
        assert r.exit_code == 0 and json.loads(r.stdout)
    r = run("audit", EXAMPLE, "-o", "-", "--format", "junit")
    assert ET.fromstring(r.stdout).tag == "testsuites" and r.exit_code == 1


def test_default_is_a_plain_terminal_summary_on_stdout():
    r = run("audit", EXAMPLE)
    assert r.exit_code == 1 and "\033[" not in r.stdout
    assert r.stdout.splitlines()[-1] == "6 documents, 17 claims: 4 errors, 1 warning, 0 info"
    assert "\033[31merror" in run("audit", EXAMPLE, "--color").stdout


def test_quiet_prints_nothing_and_verbose_quotes_the_claims(tmp_path):
    q = run("audit", EXAMPLE, "-q", "-o", str(tmp_path / "r.json"))
    assert (q.exit_code, q.stdout, q.stderr) == (1, "", "")
    v = run("audit", EXAMPLE, "-v")
    assert "»849,000«" in v.stdout and "why:" in v.stdout and "read 6 documents" in v.stderr
    both = run("audit", EXAMPLE, "-q", "-v")
    assert both.exit_code == 2


def test_stdin_document_to_json():
    r = run("audit", "-", "--published", "2020-02-27", "--format", "json",
            input="At least 29 soldiers were killed on Thursday. Later: 22 soldiers were killed on Thursday.")
    assert json.loads(r.stdout)["documents"][0]["id"] == "stdin"


def test_terminal_output_strips_escape_sequences_from_documents(tmp_path):
    (tmp_path / "a.txt").write_text("33 soldiers were killed on Thursday.\x1b]0;pwned\x07")
    (tmp_path / "b.txt").write_text("\x1b[2J22 soldiers were killed on Thursday.")
    r = run("audit", str(tmp_path), "--published", "2020-02-27", "-v", "--fail-on", "never")
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout


def test_the_xss_fixture_stays_text_in_every_format(tmp_path):
    audit_all(tmp_path, XSS)
    ET.parse(tmp_path / "results.junit.xml")
    json.loads((tmp_path / "out.sarif").read_text())
    data = json.loads((tmp_path / "findings.json").read_text())
    assert any(d["source"].startswith('Wire "><img') for d in data["documents"])  # machine formats: verbatim
