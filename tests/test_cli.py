"""The command line: exit codes, outputs, one-line errors."""
from __future__ import annotations

import json

from click.testing import CliRunner

from auditor.claims import CONTRACT_FIELDS
from auditor.cli import cli
from conftest import FIXTURES, ROOT, shared_path

EXAMPLE = str(ROOT / "examples" / "idleb")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_audit_example_writes_html_and_exits_1(tmp_path):
    out = tmp_path / "report.html"
    r = run("audit", EXAMPLE, "-o", str(out))
    assert r.exit_code == 1
    html = out.read_text()
    assert "part-exceeds-whole" in html and "<mark>nine</mark>" in html
    assert "<mark>849,000</mark>" in html and "http://" not in html.replace("https://example.org", "")


def test_fail_on_never_exits_0_and_json_goes_to_stdout():
    r = run("audit", EXAMPLE, "--format", "json", "--fail-on", "never")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["version"] == "1" and data["summary"]["error"] == 4
    for f in data["findings"]:
        for c in f["claims"]:
            assert {"doc", "start", "end", "text", "value", "low", "high"} <= set(c)


def test_seed_audit_json_exits_0():
    seed = shared_path("seed", "afp-idleb-2020-02-27.txt")
    r = run("audit", str(seed), "--format", "json")
    assert r.exit_code == 0, r.output
    assert all(f["severity"] != "error" for f in json.loads(r.stdout)["findings"])


def test_fail_on_info_turns_the_seed_info_into_exit_1():
    seed = shared_path("seed", "afp-idleb-2020-02-27.txt")
    assert run("audit", str(seed), "--published", "2020-02-27", "--fail-on", "info").exit_code == 1


def test_claims_jsonl_follows_the_contract_exactly():
    r = run("claims", str(FIXTURES / "documents" / "two-documents.jsonl"), "--format", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [tuple(row) for row in rows] == [CONTRACT_FIELDS, CONTRACT_FIELDS]
    assert rows[0]["value"] == 33 and rows[0]["doc"] == "a" and rows[0]["when_start"] == "2020-02-27"


def test_claims_csv_and_table():
    path = str(FIXTURES / "documents" / "two-documents.jsonl")
    assert run("claims", path, "--format", "csv").stdout.splitlines()[0] == ",".join(CONTRACT_FIELDS)
    assert "soldiers" in run("claims", path).stdout


def test_unreadable_input_is_one_line_exit_2_and_the_rest_is_audited(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    (tmp_path / "good.txt").write_text("33 soldiers were killed on Thursday.")
    r = run("audit", str(tmp_path), "--format", "json", "--published", "2020-02-27")
    assert r.exit_code == 2
    assert "bad.txt: binary file, not text" in r.stderr
    data = json.loads(r.stdout)
    assert [d["id"] for d in data["documents"]] == ["good"] and data["problems"][0]["path"].endswith("bad.txt")


def test_no_documents_at_all_is_exit_2():
    r = run("audit", "does/not/exist")
    assert r.exit_code == 2 and r.stderr.count("\n") == 2 and "Traceback" not in r.stderr


def test_bad_rule_file_is_exit_2_with_position(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  - id: my-rule\n    type: agreemnt\n")
    r = run("audit", EXAMPLE, "--rules", str(bad))
    assert r.exit_code == 2
    assert r.stderr.strip() == (f"auditor: error: {bad}:3:11: unknown rule type 'agreemnt' "
                                "(did you mean 'agreement'?); expected one of: agreement, arithmetic, bounds, "
                                "headline, monotonic, part_whole, reference, rounding")


def test_disable_removes_a_rule_and_unknown_ids_are_errors():
    r = run("audit", EXAMPLE, "--format", "json", "--disable", "same-toll-same-day", "--disable",
            "toll-never-falls", "--disable", "part-exceeds-whole", "--disable", "same-displacement-figure")
    assert r.exit_code == 0 and json.loads(r.stdout)["findings"] == []
    r = run("audit", EXAMPLE, "--disable", "same-tol-same-day")
    assert r.exit_code == 2 and "did you mean 'same-toll-same-day'" in r.stderr


def test_stdin_document():
    r = run("claims", "-", "--format", "jsonl", "--published", "2020-02-27",
            input="At least 29 soldiers were killed on Thursday.")
    row = json.loads(r.stdout)
    assert (row["doc"], row["low"], row["when_start"]) == ("stdin", 29, "2020-02-27")


def test_output_in_missing_directory_is_exit_2(tmp_path):
    r = run("audit", EXAMPLE, "-o", str(tmp_path / "nope" / "r.html"))
    assert r.exit_code == 2 and "does not exist" in r.stderr


def test_same_input_gives_byte_identical_reports(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    run("audit", EXAMPLE, "-o", str(a), "-o", str(tmp_path / "a.json"))
    run("audit", EXAMPLE, "-o", str(b), "-o", str(tmp_path / "b.json"))
    assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_rules_commands():
    assert "same-toll-same-day" in run("rules", "list").stdout
    t = run("rules", "test")
    assert t.exit_code == 0 and "examples passed" in t.stdout
    e = run("rules", "explain", "part-exceeds-whole")
    assert "What it checks" in e.stdout
    c = run("rules", "check", str(ROOT / "rules" / "packs" / "tolls.yaml"))
    assert c.exit_code == 0 and "OK" in c.stdout
