"""Issue 17, items 2, 3, 5 and 10: hostile documents. Each one is skipped with a
one-line reason (file names and sources escaped) or read safely; the rest of the
batch is audited and reported; exit 2. Fixtures: tests/fixtures/hostile/."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from auditor.cli import cli
from auditor.documents import MAX_DOCUMENT_BYTES, Document, Problem, read_documents

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
GOOD = "33 soldiers were killed on Thursday in Idlib, officials said.\n"


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, input=input)


def audit_batch(tmp_path, *bad: Path | tuple[str, bytes]):
    """One good document beside the bad ones: the good one must be audited and reported."""
    folder = tmp_path / "batch"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD)
    for b in bad:
        name, data = (b.name, b.read_bytes()) if isinstance(b, Path) else b
        (folder / name).write_bytes(data)
    r = run("audit", folder, "--format", "json", "--published", "2020-02-27")
    assert "Traceback" not in r.output
    report = json.loads(r.stdout)
    assert "good" in {d["id"] for d in report["documents"]}, r.output
    return r, report


def skipped_lines(r) -> list[str]:
    return [line for line in r.stderr.splitlines() if line.startswith("auditor: skipped")]


# -- item 2: front matter is loaded with the rule files' defences ---------------------------

def test_alias_bomb_in_front_matter_is_refused_before_it_expands(tmp_path):
    bomb = HOSTILE / "alias-bomb.md"
    assert bomb.stat().st_size < 600          # nine levels of aliases: 9**9 strings if expanded
    import resource
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    r, report = audit_batch(tmp_path, bomb)
    assert time.perf_counter() - start < 20
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200 * 1024   # KB: under 200 MB more
    assert r.exit_code == 2
    (line,) = skipped_lines(r)
    assert ("alias-bomb.md: malformed YAML front matter (line 2): YAML anchors (&a0) are not allowed in front matter"
            in line)


def test_huge_front_matter_list_is_refused_by_size(tmp_path):
    body = "---\nsource: [" + "'x', " * 3_000_000 + "'x']\n---\n" + GOOD     # about 15 MB of front matter
    start = time.perf_counter()
    r, _ = audit_batch(tmp_path, ("list.md", body.encode()))
    assert time.perf_counter() - start < 20
    (line,) = skipped_lines(r)
    assert "list.md: malformed YAML front matter" in line and "65,536-byte limit for front matter" in line


def test_front_matter_nested_deeply_is_refused(tmp_path):
    r, _ = audit_batch(tmp_path, ("deep.md", ("---\nsource: " + "[" * 5000 + "]" * 5000 + "\n---\n" + GOOD).encode()))
    (line,) = skipped_lines(r)
    assert "deep.md: malformed YAML front matter" in line and "nested more than 64 levels" in line


# -- item 3: one bad document never kills the batch ---------------------------------------

@pytest.mark.parametrize("name,message", [
    ("month-13.md", "'2020-13-45' is not a valid timestamp: month must be in 1..12"),
    ("offset-99.md", "is not a valid timestamp: offset must be a timedelta"),
    ("ignore-mapping.md", "ignore: expected a rule id or a list of rule ids"),
    ("merge-key.md", "YAML merge keys (<<) are not allowed"),
])
def test_bad_front_matter_values_are_skipped_with_one_line(tmp_path, name, message):
    r, _ = audit_batch(tmp_path, HOSTILE / name)
    assert r.exit_code == 2
    (line,) = skipped_lines(r)
    assert name in line and message in line, line


def test_ignore_given_as_a_number_is_a_rule_id(tmp_path):
    docs, problems = read_documents([str(HOSTILE / "ignore-five.md")])
    assert not problems and docs[0].ignore == ("5",)


def test_lone_surrogate_in_a_jsonl_source_is_replaced_and_the_batch_stored(tmp_path):
    r, report = audit_batch(tmp_path, HOSTILE / "lone-surrogate.jsonl")
    assert r.exit_code in (0, 1), r.output
    assert {"s1", "s2"} <= {d["id"] for d in report["documents"]}
    store = tmp_path / "archive.duckdb"
    r = run("ingest", HOSTILE / "lone-surrogate.jsonl", "--store", store, "-q")
    assert r.exit_code == 0, r.output
    r = run("claims", "--store", store, "--format", "jsonl")
    assert {json.loads(line)["source"] for line in r.stdout.splitlines()} == {"Wire \ufffd A", "Wire B"}


def test_jsonl_line_of_a_hundred_thousand_brackets(tmp_path):
    data = ("[" * 100_000 + "\n" + json.dumps({"id": "fine", "text": GOOD}) + "\n").encode()
    r, report = audit_batch(tmp_path, ("deep.jsonl", data))
    assert r.exit_code == 2
    (line,) = skipped_lines(r)
    assert "deep.jsonl:1: not JSON this program reads (nested too deeply)" in line
    assert "fine" in {d["id"] for d in report["documents"]}


def test_jsonl_fields_of_the_wrong_type_are_one_problem_each(tmp_path):
    lines = [{"id": "a", "text": GOOD, "source": ["x"]}, {"id": "b", "text": GOOD, "published": [2020]},
             {"id": "c", "text": GOOD, "published": "2020-02-27T10:00:00+99:00"},
             {"id": "d", "text": GOOD, "ignore": {"x": 1}}, {"id": "e", "text": GOOD, "source": "Wire E"}]
    data = "\n".join(json.dumps(x) for x in lines).encode()
    r, report = audit_batch(tmp_path, ("fields.jsonl", data))
    assert len(skipped_lines(r)) == 4 and r.exit_code == 2
    assert "e" in {d["id"] for d in report["documents"]}


def test_file_name_with_a_non_utf8_byte_is_audited_and_stored_with_an_escaped_name(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9\x1b[31m.txt")
    (folder / name).write_text(GOOD)
    (folder / "good.txt").write_text(GOOD)
    r = run("audit", folder, "--format", "json", "--published", "2020-02-27")
    assert r.exit_code in (0, 1), r.output
    ids = {d["id"] for d in json.loads(r.stdout)["documents"]}
    assert ids == {"caf\\xe9\\x1b[31m", "good"}
    store = tmp_path / "archive.duckdb"
    r = run("ingest", folder, "--store", store, "--published", "2020-02-27")
    assert r.exit_code == 0, r.output
    assert "2 added" in r.stderr
    r = run("claims", "--store", store, "--format", "jsonl")
    assert {json.loads(line)["doc"] for line in r.stdout.splitlines()} == ids


def test_baseline_nested_a_hundred_thousand_deep_is_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    baseline = tmp_path / "baseline.json"
    baseline.write_text("[" * 100_000)
    r = run("audit", tmp_path / "a.txt", "--baseline", baseline)
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "not a baseline file" in r.stderr


# hypothesis: any front-matter value, JSONL field or file name gives a Document or a one-line Problem

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**30, 10**30), st.floats(allow_nan=True),
                    st.text(max_size=30), st.dates().map(str), st.datetimes().map(lambda d: d.isoformat() + "+99:00"))
VALUES = st.recursive(SCALARS, lambda c: st.one_of(st.lists(c, max_size=3),
                                                    st.dictionaries(st.text(max_size=5), c, max_size=3)),
                      max_leaves=8)
FIELDS = st.sampled_from(["id", "source", "published", "title", "url", "ignore", "auditor-ignore", "text"])
SLOW = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                         HealthCheck.function_scoped_fixture])


def assert_read_or_one_line_problem(docs, problems):
    for p in problems:
        assert isinstance(p, Problem) and "\n" not in str(p) and "\x1b" not in str(p)
        str(p).encode("utf-8")
    for d in docs:
        assert isinstance(d, Document)
        for value in (d.id, d.source, d.title, d.url, d.path, d.text):
            if value is not None:
                value.encode("utf-8")          # storable and printable: no lone surrogate
        for value in (d.id, d.source, d.title, d.url, d.path):
            assert value is None or not any(ord(c) < 32 for c in value)


@SLOW
@given(st.dictionaries(FIELDS, VALUES, max_size=4))
def test_any_jsonl_fields(tmp_path, fields):
    fields.setdefault("text", GOOD)
    path = tmp_path / "any.jsonl"
    path.write_text(json.dumps(fields) + "\n" + json.dumps({"text": GOOD}) + "\n")
    docs, problems = read_documents([str(path)])
    assert_read_or_one_line_problem(docs, problems)
    assert len(docs) + len(problems) == 2 and docs[-1].text == GOOD


@SLOW
@given(st.dictionaries(FIELDS.filter(lambda f: f != "text"), VALUES, max_size=4))
def test_any_front_matter_values(tmp_path, fields):
    import yaml
    path = tmp_path / "any.md"
    path.write_text("---\n" + yaml.safe_dump(fields) + "---\n" + GOOD)
    docs, problems = read_documents([str(path)])
    assert_read_or_one_line_problem(docs, problems)
    assert len(docs) + len(problems) == 1


@SLOW
@given(st.binary(min_size=1, max_size=40)
       .filter(lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")))
def test_any_file_name(tmp_path, raw):
    folder = tmp_path / os.urandom(6).hex()
    folder.mkdir()
    path = folder / os.fsdecode(raw + b".txt")
    path.write_text(GOOD)
    docs, problems = read_documents([str(folder)])
    if raw.startswith(b"."):          # hidden files are not read from a folder
        docs, problems = read_documents([str(path)])
    assert_read_or_one_line_problem(docs, problems)
    assert len(docs) == 1 and not problems


# -- item 5: size limits hold while streaming ---------------------------------------------

def test_jsonl_line_over_the_document_limit_is_skipped_and_the_next_read(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("wb") as fh:
        fh.write(b'{"id": "huge", "text": "' + b"x" * (MAX_DOCUMENT_BYTES + 10) + b'"}\n')
        fh.write(json.dumps({"id": "after", "text": GOOD}).encode() + b"\n")
    docs, problems = read_documents([str(path)])
    assert [d.id for d in docs] == ["after"]
    assert [str(p) for p in problems] == [f"{path}:1: document is over the 20,971,520-byte limit"]
    r = run("ingest", path, "--store", tmp_path / "a.duckdb", "-q")     # the batch reader too
    assert r.exit_code == 2 and f"{path}:1: document is over the" in r.stderr


def test_stdin_is_read_up_to_the_limit_only(tmp_path):
    r = run("claims", "-", "--format", "jsonl", input=b"7" * (MAX_DOCUMENT_BYTES + 1))
    assert r.exit_code == 2
    assert "auditor: skipped -: document is over the 20,971,520-byte limit" in r.stderr


def test_a_pipe_is_read_and_held_to_the_limit(tmp_path):
    import threading
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def writer():
        with open(fifo, "wb") as fh:
            fh.write(GOOD.encode())
    t = threading.Thread(target=writer)
    t.start()
    r = run("claims", fifo, "--format", "jsonl")
    t.join()
    assert r.exit_code == 0, r.output
    assert '"value": 33' in r.stdout


def test_a_device_is_refused_as_not_a_regular_file(tmp_path):
    import stat
    dev = tmp_path / "zero.txt"
    os.mknod(dev, 0o600 | stat.S_IFCHR, os.makedev(1, 5))      # /dev/zero, made in the temp folder
    (tmp_path / "good.txt").write_text(GOOD)
    r = run("audit", dev, tmp_path / "good.txt", "--format", "json")
    assert r.exit_code == 2
    assert f"auditor: skipped {dev}: not a regular file or pipe" in r.stderr


# -- item 10: terminal and log injection --------------------------------------------------

def test_escape_sequences_and_newlines_in_names_and_sources_are_escaped(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "evil\nauditor: wrote report.html\x1b[2J.md").write_text("---\nsource: [oops\n---\n" + GOOD)
    (folder / "good.txt").write_text(GOOD)
    r = run("audit", folder, "-o", tmp_path / "r.json", "--published", "2020-02-27")
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    assert not any(line.startswith("auditor: wrote report.html") for line in lines)
    assert "\x1b" not in r.stderr
    assert any("evil\\nauditor: wrote report.html\\x1b[2J.md: malformed YAML front matter" in line for line in lines)


def test_escape_sequence_in_text_is_never_a_number_and_sources_are_escaped():
    docs, problems = read_documents([str(HOSTILE / "terminal.jsonl")])
    (doc,) = docs
    assert "\x1b" not in doc.text and "[31m" not in doc.text
    assert doc.source == "Wire\\x1b[2J\\nauditor: wrote report.html"
    r = run("claims", HOSTILE / "terminal.jsonl", "--format", "jsonl")
    values = [json.loads(line)["value"] for line in r.stdout.splitlines()]
    assert values == [29]


def test_control_characters_are_stripped_from_document_text(tmp_path):
    path = tmp_path / "ctl.txt"
    path.write_text("Officials said\x07 33\x9b31m soldiers\r\nwere killed.\x7f", encoding="utf-8", newline="")
    (doc,), _ = read_documents([str(path)])
    assert doc.text == "Officials said 33 soldiers\nwere killed."


def test_numerals_beyond_any_float_are_no_claims_and_the_rest_is_read(tmp_path):
    doc = tmp_path / "huge.txt"
    doc.write_text("1e400000 people died and 10^99999 fled; 5 x 10^400 were hurt. " + GOOD)
    r = run("claims", doc, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    values = [json.loads(line)["value"] for line in r.stdout.splitlines()]
    assert values == [33]
