"""Issue 17, item 6: a rule's message template always finishes, in bounded memory.
Each fixture in tests/fixtures/hostile/templates/ is a runaway message with an example
that fires the rule: `rules check` renders it and fails with one line; an audit too."""
from __future__ import annotations

import resource
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from auditor.sandbox import BoundedSandbox, TemplateLimit, render_bounded

TEMPLATES = Path(__file__).parent / "fixtures" / "hostile" / "templates"
GOOD = "33 soldiers were killed on Thursday in Idlib, officials said.\n"

EXPECTED = {
    "append": "access to attribute 'append' of 'list' object is unsafe",
    "nested-range": "takes more than 200,000 steps",
    "triple-loop": "loops nest more than 2 deep",
    "huge-range": "passes a number over 10,000 to a function",
    "power": "makes a number over 4,096 bits",
    "repeat": "makes a value over 10,000 long",
    "doubling": "makes a value over 10,000 long",
    "format-width": "str.format is not available",
    "percent-width": "'%' formatting is not available",
    "macro": "macros are not available",
    "slow-loops": "took more than 2 s to render",
}


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_rules_check_renders_messages_and_stops_a_runaway(name):
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    r = run("rules", "check", TEMPLATES / f"{name}.yaml")
    assert time.perf_counter() - start < 30
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 300 * 1024     # KB
    assert r.exit_code == 2 and "Traceback" not in r.output
    first = r.stderr.splitlines()[0]
    assert f"{name}.yaml:" in first and EXPECTED[name] in first, first


def test_an_audit_with_a_runaway_message_is_one_line_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD.replace("33", "22"))
    r = run("audit", tmp_path, "--rules", TEMPLATES / "repeat.yaml", "--no-builtin-rules",
            "--published", "2020-02-27")
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "message template failed: message template makes a value over 10,000 long" in r.stderr


def test_ordinary_messages_still_render():
    env = BoundedSandbox()
    template = "{{ a }} and {{ b|upper }} ({{ '%d' | length }}) {% for x in range(3) %}{{ x }}{% endfor %}"
    assert render_bounded(env, template, {"a": 1, "b": "x"}) == "1 and X (2) 012"
    with pytest.raises(TemplateLimit):
        render_bounded(env, "{{ 'x' * 20000 }}", {})
    with pytest.raises(TemplateLimit):
        render_bounded(env, "{{ s }}{{ s }}", {"s": "y" * 6000})      # the output as a whole


@pytest.mark.parametrize("name, written", [
    ("AFP", "AFP's"), ("Reuters", "Reuters'"), ("Brazil authorities", "Brazil authorities'"),
    ("the Red Cross", "the Red Cross's"),
])
def test_messages_write_a_names_possessive(name, written):
    assert render_bounded(BoundedSandbox(), "{{ who | possessive }} figure", {"who": name}) == f"{written} figure"
