"""The command line: a thin click layer over the library.

Exit codes, in one place: 0 nothing at or above ``--fail-on``; 1 findings
at or above it; 2 bad usage, unreadable input or invalid rules (one line on
stderr, never a traceback); 130 interrupted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from auditor import __version__
from auditor.errors import AuditorError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
FORMATS_BY_SUFFIX = {".html": "html", ".htm": "html", ".json": "json", ".txt": "text"}


def _fail(message: str) -> None:
    click.echo(f"auditor: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _load(rules: tuple[str, ...], vocabulary: tuple[str, ...], no_builtin_rules: bool,
          disable: tuple[str, ...] = ()):
    from auditor.ruleset import load_ruleset
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary(vocabulary)
    ruleset = load_ruleset(rules, builtins=not no_builtin_rules)
    if disable:
        ruleset = ruleset.without(disable)
    return ruleset, vocab


def _read(paths: tuple[str, ...], published: str | None, quiet: bool):
    from auditor.documents import read_documents

    docs, problems = read_documents(paths, published=published)
    for p in problems:
        click.echo(f"auditor: skipped {p}", err=True)
    if not docs:
        _fail("no readable documents in " + ", ".join(paths) if paths else "no input given")
    return docs, problems


rules_option = click.option("--rules", "rules", multiple=True, type=click.Path(),
                            help="Extra rule file or folder (repeatable).")
vocab_option = click.option("--vocabulary", "vocabulary", multiple=True, type=click.Path(),
                            help="Extra vocabulary file or folder extending the built-ins (repeatable).")
published_option = click.option("--published", help="Publication date for documents without one (ISO 8601).")


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AuditorError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            click.echo("auditor: interrupted; outputs already written are intact", err=True)
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="auditor")
def cli() -> None:
    """Audit numeric claims in news documents for consistency across sources and time."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(),
              help="Write the report here; the suffix picks the format (.html, .json, .txt). Repeatable.")
@click.option("--format", "fmt", type=click.Choice(["html", "json", "text"]),
              help="Format of the report (default: from the -o suffix, else text on stdout).")
@rules_option
@vocab_option
@click.option("--no-builtin-rules", is_flag=True, help="Use only the rules given with --rules.")
@click.option("--disable", multiple=True, metavar="ID", help="Do not run this rule (repeatable).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error",
              show_default=True, help="Exit 1 when a finding reaches this severity.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False),
              help="Suppress findings listed in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Write the fingerprints of this run's findings to a baseline file.")
@published_option
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def audit(paths, outputs, fmt, rules, vocabulary, no_builtin_rules, disable, fail_on, baseline,
          write_baseline, published, quiet) -> None:
    """Audit PATHS (files, folders, or - for stdin) and report findings."""
    from auditor.atomic import write_atomic
    from auditor.audit import audit as run_audit
    from auditor.findings import reaches
    from auditor.report import WRITERS, render_terminal

    ruleset, vocab = _load(rules, vocabulary, no_builtin_rules, disable)
    docs, problems = _read(paths, published, quiet)
    known = None
    if baseline:
        try:
            known = set(json.loads(Path(baseline).read_text(encoding="utf-8"))["fingerprints"])
        except (ValueError, KeyError, TypeError, OSError):
            _fail(f"{baseline}: not a baseline file (expected JSON with a 'fingerprints' list)")
    result = run_audit(docs, ruleset, vocab, problems, baseline=known)
    targets = []
    for out in outputs:
        target_fmt = fmt or FORMATS_BY_SUFFIX.get(Path(out).suffix.lower())
        if target_fmt is None:
            _fail(f"{out}: cannot tell the format from the suffix; use --format")
        targets.append((out, target_fmt))
    for out, target_fmt in targets:
        write_atomic(out, WRITERS[target_fmt](result))
        if not quiet:
            click.echo(f"auditor: wrote {out}", err=True)
    if write_baseline:
        write_atomic(write_baseline, json.dumps(
            {"version": "1", "fingerprints": sorted(f.fingerprint for f in result.findings)}, indent=2) + "\n")
    if not outputs:
        if fmt in (None, "text"):
            if not quiet:
                click.echo(render_terminal(result, color=sys.stdout.isatty()), nl=False)
        else:
            click.echo(WRITERS[fmt](result), nl=False)
    elif not quiet:
        click.echo(render_terminal(result, color=sys.stderr.isatty()).splitlines()[-1], err=True)
    if problems:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if any(reaches(f.severity, fail_on) for f in result.findings) else EXIT_CLEAN)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
@vocab_option
@published_option
def claims(paths, fmt, vocabulary, published) -> None:
    """Extract and print the numeric claims of PATHS."""
    from auditor.audit import extract_all
    from auditor.report import render_claims
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary(vocabulary)
    docs, problems = _read(paths, published, False)
    click.echo(render_claims(extract_all(docs, vocab), fmt), nl=False)
    if problems:
        sys.exit(EXIT_ERROR)


@cli.group()
def rules() -> None:
    """List, validate, test and explain rules."""


@rules.command("list")
@rules_option
@click.option("--no-builtin-rules", is_flag=True)
def rules_list(rules, no_builtin_rules) -> None:
    """Every rule: id, type, severity, description."""
    from auditor.ruleset import load_ruleset

    for r in load_ruleset(rules, builtins=not no_builtin_rules).rules:
        click.echo(f"{r.id:28} {r.type:12} {r.severity:8} {r.description}")


@rules.command("check")
@click.argument("files", nargs=-1, required=True)
def rules_check(files) -> None:
    """Validate rule files; exit 2 at the first error."""
    from auditor.ruleset import load_ruleset

    rs = load_ruleset(files, builtins=False)
    click.echo(f"{len(rs.rules)} rules in {len(rs.files)} files: OK")


@rules.command("test")
@click.argument("files", nargs=-1)
@vocab_option
def rules_test(files, vocabulary) -> None:
    """Run the examples of every rule (built-in ones, or those in FILES)."""
    from auditor.ruleset import load_ruleset
    from auditor.ruletest import run_examples
    from auditor.vocabulary import load_vocabulary

    ruleset = load_ruleset(files, builtins=not files)
    results = run_examples(ruleset, load_vocabulary(vocabulary))
    failed = [r for r in results if not r.passed]
    for r in results:
        mark = "ok  " if r.passed else "FAIL"
        detail = "" if r.passed else f" (expected {list(r.expected)}, got {list(r.got)})"
        click.echo(f"{mark} {r.rule}: {r.name}{detail}")
    click.echo(f"{len(results) - len(failed)} of {len(results)} examples passed")
    sys.exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


@rules.command("explain")
@click.argument("rule_id")
@rules_option
def rules_explain(rule_id, rules) -> None:
    """Show a rule, and the documentation of its type."""
    from auditor.checks import CHECKS
    from auditor.ruleset import load_ruleset

    r = load_ruleset(rules).get(rule_id)
    click.echo(f"{r.id} ({r.type}, {r.severity}) from {r.path}:{r.line}\n\n{r.description}\n")
    click.echo(f"where: {r.where.model_dump(exclude_none=True)}\nkey: {list(r.key)}\n")
    click.echo((CHECKS[r.type].__doc__ or "").strip())


def main() -> None:
    cli(prog_name="auditor")
