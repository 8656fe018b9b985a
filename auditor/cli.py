"""The command line: a thin click layer over the library.

Exit codes, in one place: 0 nothing at or above ``--fail-on``; 1 findings
at or above it; 2 bad usage, unreadable input or invalid rules (one line on
stderr, never a traceback); 3 an internal error, a bug in the auditor (one
line naming the input and the rule; the traceback with ``-v``); 130
interrupted.
"""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path
from typing import Any, Callable

import click

from auditor import __version__
from auditor.errors import AuditorError
from auditor.safetext import terminal_safe

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
OUTPUT_FORMATS = ["html", "json", "csv", "sarif", "junit", "text", "github"]


def _say(message: str) -> None:
    """Every line the CLI prints about its work: one line, control characters escaped (issue 17)."""
    click.echo(f"auditor: {terminal_safe(message)}", err=True)


def _fail(message: str) -> None:
    _say(f"error: {message}")
    sys.exit(EXIT_ERROR)


def _report_skipped(problem) -> None:
    _say(f"skipped {problem}")


rules_option = click.option("--rules", "rules", multiple=True, type=click.Path(),
                            help="Extra rule file or folder (repeatable).")
vocab_option = click.option("--vocabulary", "vocabulary", multiple=True, type=click.Path(),
                            help="Extra vocabulary file or folder extending the built-ins (repeatable).")
published_option = click.option("--published", help="Publication date for documents without one (ISO 8601).")


def config_options(f):
    """``--config FILE`` and ``--no-config`` (see ``auditor.config``)."""
    f = click.option("--no-config", is_flag=True, help="Ignore auditor.toml and [tool.auditor] in pyproject.toml.")(f)
    return click.option("--config", "config_file", type=click.Path(dir_okay=False),
                        help="Use this auditor.toml or pyproject.toml instead of the one found "
                             "from the inputs upward.")(f)


# command-line parameter → configuration setting, and how its value reads as the setting
_FLAG_SETTINGS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "rules": ("rules", tuple), "vocabulary": ("vocabulary", tuple),
    "no_builtin_rules": ("builtin-rules", lambda v: not v), "disable": ("disable", tuple),
    "fail_on": ("fail-on", str), "store": ("store", str), "baseline": ("baseline", str)}


def _settings(inputs, config_file: str | None = None, no_config: bool = False):
    """The run's settings: defaults, the project's config file, then the flags given on the command line."""
    from click.core import ParameterSource

    from auditor.config import resolve

    ctx = click.get_current_context()
    given = {setting: convert(ctx.params[param]) for param, (setting, convert) in _FLAG_SETTINGS.items()
             if param in ctx.params and ctx.get_parameter_source(param) == ParameterSource.COMMANDLINE}
    return resolve(tuple(inputs), given, config_file, not no_config)


class _Group(click.Group):
    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except AuditorError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            click.echo("auditor: interrupted; outputs already written are intact", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:   # a bug: never exit 1, which means "findings"
            _crash(exc)


def _crash(exc: Exception) -> None:
    """One line naming the input and the rule; the traceback only with ``-v``."""
    from auditor.crash import describe_crash, format_traceback

    params = _command_params(exc)
    inputs = tuple(str(p) for p in params.get("paths") or params.get("files") or ())
    if params.get("verbose"):
        click.echo(format_traceback(exc), err=True, nl=False)
    # the hint names -v only where the command has it (``claims`` has none)
    hint = "; -v shows the traceback" if "verbose" in params and not params["verbose"] else ""
    click.echo(f"auditor: {describe_crash(exc, inputs)} (a bug: please report it{hint})", err=True)
    sys.exit(EXIT_INTERNAL)


def _command_params(exc: Exception) -> dict:
    """The parameters of the command that was running (its click context is on the traceback)."""
    tb = exc.__traceback__
    found: dict = {}
    while tb is not None:
        ctx = tb.tb_frame.f_locals.get("ctx")
        if isinstance(ctx, click.Context) and ctx.parent is not None:
            found = dict(ctx.params)
        tb = tb.tb_next
    return found


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="auditor")
def cli() -> None:
    """Audit numeric claims in news documents for consistency across sources and time."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="Write a report here (repeatable; '-' is stdout). The suffix picks the format: "
                   ".html, .json, .csv, .sarif, .xml or .junit.xml, .txt.")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS),
              help="Format of the report on stdout, or of every -o file (default: from each -o suffix; "
                   "with no -o, a text summary on stdout). github: GitHub Actions annotations.")
@click.option("--claims-csv", type=click.Path(dir_okay=False),
              help="Also write the claims table (one row per claim, the claims contract fields) as CSV.")
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
@click.option("--timestamp", is_flag=True,
              help="Record when the report was generated (SOURCE_DATE_EPOCH if set, else now). "
                   "Off by default: the same inputs give byte-identical reports.")
@click.option("--color/--no-color", default=None,
              help="Colour the terminal summary (default: only on a terminal, and not with NO_COLOR set).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.option("-v", "--verbose", is_flag=True, help="Say what is read and written; quote each finding's claims.")
@click.option("--store", type=click.Path(dir_okay=False),
              help="Also check against every stored claim of this claims archive (see `auditor ingest`).")
@click.option("--since", metavar="7d|DATE",
              help="With --store: only stored claims published since then (7d, 12h, 2w before the drafts, or a date).")
@click.option("-j", "--jobs", type=click.IntRange(min=1),
              help="Worker processes for extraction (default: all cores for large batches).")
@config_options
def audit(paths, outputs, fmt, claims_csv, rules, vocabulary, no_builtin_rules, disable, fail_on, baseline,
          write_baseline, published, timestamp, color, quiet, verbose, store=None, since=None, jobs=None,
          config_file=None, no_config=False) -> None:
    """Audit PATHS (files, folders, or - for stdin) and report findings.

    Settings in an auditor.toml or a pyproject.toml [tool.auditor] table, found
    from PATHS upward, apply unless a flag says otherwise (`auditor config`).

    \b
    auditor audit examples/idleb -o report.html -o findings.json -o out.sarif
    auditor audit drafts/ --format json --fail-on warning | jq .summary
    """
    import os
    import time
    from dataclasses import replace

    from auditor.findings import reaches
    from auditor.report import render
    from auditor.report.wording import plural
    from auditor.run import AuditRun, check_outputs, output_targets, run_audit, write_outputs

    if quiet and verbose:
        _fail("-q/--quiet and -v/--verbose exclude each other")
    say = _say if verbose else (lambda msg: None)
    conf = _settings(paths, config_file, no_config)
    if conf.path:
        say(f"configuration from {conf.path}")
    rules, vocabulary, disable, fail_on = conf["rules"], conf["vocabulary"], conf["disable"], conf["fail-on"]
    no_builtin_rules, store, baseline = not conf["builtin-rules"], conf["store"], conf["baseline"]
    # with no -o the report goes to stdout: a text summary unless --format says otherwise
    targets = output_targets(outputs, fmt) if outputs else [("-", fmt or "text")]
    run = AuditRun(paths, rules, vocabulary, not no_builtin_rules, disable, published, baseline,
                   keep_all_findings=bool(write_baseline), store=store, since=since, jobs=jobs,
                   progress=False if quiet else None)
    check_outputs(run, targets, claims_csv, write_baseline, settings_file=str(conf.path) if conf.path else None)
    t0 = time.perf_counter()
    outcome = run_audit(run, on_problem=_report_skipped, say=say)
    result = outcome.result
    for d in result.documents:
        if getattr(d, "encoding", None):
            say(f"{d.path or d.id}: not UTF-8, read as {d.encoding}")
    say(f"{plural(len(result.claims), 'claim')}, {plural(len(result.findings), 'finding')} "
        f"in {time.perf_counter() - t0:.2f} s")

    if color is None:
        color = "NO_COLOR" not in os.environ
        tty = sys.stdout.isatty() if not outputs or "-" in outputs else sys.stderr.isatty()
        color = color and tty

    def written(path: str, what: str) -> None:
        if not quiet:
            _say(f"wrote {path} ({what})")

    ctx = write_outputs(outcome, targets, claims_csv, write_baseline, timestamp, verbose, written)
    stdout_fmt = next((f for out, f in targets if out == "-"), None)
    if stdout_fmt == "text":
        if not quiet:
            click.echo(render("text", result, replace(ctx, color=color, verbose=verbose)), nl=False, color=color)
    elif stdout_fmt is not None:
        click.echo(render(stdout_fmt, result, ctx), nl=False)
    if outputs and "-" not in outputs and not quiet:
        summary = render("text", result, replace(ctx, generated_at=None, color=color, verbose=verbose))
        click.echo(summary if verbose else summary.splitlines()[-1], err=True, nl=not verbose, color=color)
    if result.problems:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if any(reaches(f.severity, fail_on) for f in result.findings) else EXIT_CLEAN)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table",
              show_default=True)
@vocab_option
@published_option
@click.option("--store", type=click.Path(dir_okay=False),
              help="Read claims back from this claims archive instead of extracting PATHS.")
@click.option("--query", metavar="CONDITION",
              help="With --store: a SQL condition on the claims table, e.g. \"thing = 'civilians'\".")
@click.option("--limit", type=click.IntRange(min=0), help="With --store: at most this many claims.")
@config_options
def claims(paths, fmt, vocabulary, published, store=None, query=None, limit=None, config_file=None,
           no_config=False) -> None:
    """Extract and print the numeric claims of PATHS (or read them from --store)."""
    from auditor.audit import extract_all
    from auditor.report import render_claims
    from auditor.run import read_inputs
    from auditor.vocabulary import load_vocabulary

    if store or query or limit is not None:
        _claims_from_store(paths, fmt, store, query, limit)
        return
    if not paths:
        _fail("no input given: name files or folders, or --store FILE")
    vocab = load_vocabulary(_settings(paths, config_file, no_config)["vocabulary"])
    docs, problems = read_inputs(paths, published, _report_skipped)
    # the contract's spans are offsets in the document text: a headline's claims (kept for
    # the headline rule) are not part of it
    body_claims = [c for c in extract_all(docs, vocab) if not c.in_title]
    click.echo(render_claims(body_claims, fmt), nl=False)
    if problems:
        sys.exit(EXIT_ERROR)


# -- the claims archive and batches (auditor.store, auditor.batch) -----------------------

def _claims_from_store(paths, fmt, store, query, limit) -> None:
    from auditor.report import render_claims
    from auditor.store import ClaimStore

    if not store:
        _fail("--query and --limit need --store")
    if paths:
        _fail("give PATHS to extract, or --store to read back, not both")
    with ClaimStore(store, read_only=True) as archive:
        click.echo(render_claims(archive.query(query, limit), fmt), nl=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", type=click.Path(), required=True,
              help="The claims archive (a DuckDB file; created on first use). "
                   "With --engine dask: a folder of Parquet partitions.")
@vocab_option
@published_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@click.option("--commit-every", type=click.IntRange(min=1), metavar="N",
              help="Commit after every N documents (default: one transaction for the whole run).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: processes on this machine into DuckDB; dask: a dask cluster writing Parquet.")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler (tcp://host:8786).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def ingest(paths, store, vocabulary, published, jobs, commit_every, engine, scheduler, quiet) -> None:
    """Add PATHS (files, folders, globs) and their claims to a claims archive.

    Idempotent: a document already stored with the same source, id and text
    adds nothing; a changed document replaces its claims; a document with
    another source's id is stored beside it. A killed ingest leaves
    the archive as it was before the open transaction.
    """
    from auditor.vocabulary import load_vocabulary

    vocab = load_vocabulary(vocabulary)
    problems = []

    def report(p) -> None:
        problems.append(p)
        _report_skipped(p)

    if engine == "dask":
        from auditor.distributed import ingest_dask

        stats = ingest_dask(paths, store, vocab, scheduler, published=published, on_problem=report)
    else:
        from auditor.batch import ingest_paths
        from auditor.store import ClaimStore

        if scheduler:
            _fail("--scheduler needs --engine dask")
        if Path(store).is_dir():
            _fail(f"{store}: is a folder; --store names a DuckDB file (a folder is for --engine dask)")
        with ClaimStore(store) as archive:
            stats = ingest_paths(paths, archive, vocab, jobs, published=published,
                                 progress=False if quiet else None, commit_every=commit_every,
                                 on_problem=report)
    if not quiet:
        _say(f"{store}: {stats}")
    if problems:
        sys.exit(EXIT_ERROR)


@cli.group()
def rules() -> None:
    """List, validate, test and explain rules."""


@rules.command("list")
@rules_option
@click.option("--no-builtin-rules", is_flag=True, help="List only the rules given with --rules.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@config_options
def rules_list(rules, no_builtin_rules, fmt, config_file=None, no_config=False) -> None:
    """Every rule: id, type, severity, description (rules that are off are marked)."""
    from auditor.ruleset import load_ruleset

    conf = _settings((), config_file, no_config)
    listed = load_ruleset(conf["rules"], builtins=conf["builtin-rules"], include_disabled=True).rules
    if fmt == "json":
        click.echo(json.dumps([{"id": r.id, "type": r.type, "severity": r.severity, "enabled": r.enabled,
                                "description": r.description, "path": r.path, "line": r.line}
                               for r in listed], indent=2, sort_keys=True))
        return
    for r in listed:
        severity = r.severity if r.enabled else "off"
        click.echo(f"{r.id:34} {r.type:11} {severity:8} {r.description}".rstrip())


def _show_config_error(exc) -> None:
    """Vale-style: ``path:line:col: message``, then the offending line with a caret
    (at most 120 characters of it around the column: a line may be 200 KB long)."""
    click.echo(terminal_safe(str(exc)), err=True)
    # the offending line of a rule or vocabulary file only: never a line of a table or any other file
    if exc.path and exc.line and exc.path.lower().endswith((".yaml", ".yml")):
        try:
            text = Path(exc.path).read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError):
            return
        if 0 < exc.line <= len(text):
            line, col = text[exc.line - 1], (exc.col or 1) - 1
            start = max(0, min(col - 60, len(line) - 120))
            shown = terminal_safe(line[start:start + 120], None)
            shown = ("…" if start else "") + shown + ("…" if start + 120 < len(line) else "")
            click.echo(f"  {exc.line:>4} | {shown}", err=True)
            if exc.col and terminal_safe(line[start:col], None) == line[start:col]:
                click.echo(f"       | {' ' * (col - start + (1 if start else 0))}^", err=True)


@rules.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@vocab_option
@config_options
def rules_check(files, vocabulary, config_file=None, no_config=False) -> None:
    """Validate rule FILES (and folders) and any --vocabulary; exit 2 if one is broken.

    Every file is checked, each error printed as ``path:line:col: message``
    with the offending line. Beyond the syntax: selector values must be known
    to the vocabulary (built-in and --vocabulary), ids unique across the files
    and the built-in rules, message templates must render with each example's
    claims; a rule without examples is a warning.
    """
    from auditor.errors import ConfigError
    from auditor.report.wording import plural
    from auditor.rulecheck import lint_rules
    from auditor.ruleset import load_rule_file, load_ruleset, rule_files
    from auditor.vocabulary import load_vocabulary

    broken: set[str] = set()      # files with an error
    conf = _settings(files, config_file, no_config)
    vocabulary = conf["vocabulary"]

    def show(problem, path) -> None:
        _show_config_error(problem)
        if getattr(problem, "severity", "error") == "error":
            broken.add(str(problem.path or path))

    try:
        paths = rule_files(files)
    except ConfigError as exc:
        _show_config_error(exc)
        sys.exit(EXIT_ERROR)
    loaded = []
    for path in paths:
        try:
            loaded.extend(load_rule_file(path))
        except ConfigError as exc:
            show(exc, path)
    vocab = None
    try:
        vocab = load_vocabulary(vocabulary)
    except ConfigError as exc:
        show(exc, exc.path)
    if not broken:
        try:
            # every message is rendered on the rule's own examples by lint_rules below, in the
            # bounded sandbox: a runaway template fails there (issue 17)
            load_ruleset(paths, builtins=False, include_disabled=True)
        except ConfigError as exc:
            show(exc, exc.path)
    problems = []
    if not broken and vocab is not None:
        # ids must not clash with the built-ins nor with any pack the configuration loads
        taken = list(load_ruleset((), builtins=True, include_disabled=True).rules)
        for pack in rule_files(conf["rules"]):
            taken.extend(load_rule_file(pack))
        problems = lint_rules(loaded, vocab, taken=taken)
        for problem in problems:
            show(problem, problem.path)
    if broken:
        click.echo(f"auditor: {len(broken)} of {plural(len(paths), 'file')} "
                   f"{'has' if len(broken) == 1 else 'have'} errors", err=True)
        sys.exit(EXIT_ERROR)
    warnings = sum(p.severity == "warning" for p in problems)
    click.echo(f"{plural(len(loaded), 'rule')} in {plural(len(paths), 'file')}: OK"
               + (f" ({plural(warnings, 'warning')})" if warnings else ""))


@rules.command("test")
@click.argument("files", nargs=-1, type=click.Path())
@vocab_option
@click.option("--rule", "only", multiple=True, metavar="ID", help="Only this rule's examples (repeatable).")
@config_options
def rules_test(files, vocabulary, only, config_file=None, no_config=False) -> None:
    """Run the examples of every rule (the built-in ones and the configuration's, or those in FILES).

    Exit 0 when every example gives exactly the rules it expects, 1 when one
    does not or a file given has no examples at all, 2 when a rule file is broken.
    """
    from auditor.report.wording import plural
    from auditor.ruleset import RuleSet, load_ruleset
    from auditor.ruletest import run_examples
    from auditor.vocabulary import load_vocabulary

    conf = _settings(files, config_file, no_config)
    if files:
        ruleset = load_ruleset(files, builtins=False, include_disabled=True)
    else:
        ruleset = load_ruleset(conf["rules"], builtins=conf["builtin-rules"], include_disabled=True)
    if only:
        ruleset = RuleSet(tuple(ruleset.get(i) for i in only), ruleset.files)
    results = run_examples(ruleset, load_vocabulary(conf["vocabulary"]))
    failed = [r for r in results if not r.passed]
    for r in results:
        mark = "ok  " if r.passed else "FAIL"
        detail = "" if r.passed else f" ({r.describe()})"
        click.echo(f"{mark} {r.rule}: {r.name}{detail}")
    untested = [r.id for r in ruleset.rules if not r.examples]
    for rid in untested:
        click.echo(f"note {rid}: no examples")
    # a file that tests nothing must not pass as if it did
    empty = sorted({r.path for r in ruleset.rules if r.path} - {r.path for r in ruleset.rules if r.examples})
    for path in empty if files else ():
        click.echo(f"auditor: {path}: no examples to run; give its rules 'examples:' "
                   "(documents and the rule ids they should fire)", err=True)
    click.echo(f"{len(results) - len(failed)} of {plural(len(results), 'example')} passed")
    sys.exit(EXIT_FINDINGS if failed or (files and empty) else EXIT_CLEAN)


@rules.command("explain")
@click.argument("rule_id")
@rules_option
@config_options
def rules_explain(rule_id, rules, config_file=None, no_config=False) -> None:
    """Show a rule (where it is, what it selects, its options and examples) and its type's documentation."""
    from auditor.checks import CHECKS
    from auditor.ruleset import load_ruleset

    conf = _settings((), config_file, no_config)
    r = load_ruleset(conf["rules"], builtins=conf["builtin-rules"], include_disabled=True).get(rule_id)
    state = "" if r.enabled else ", off"
    click.echo(f"{r.id} ({r.type}, {r.severity}{state}) from {r.path}:{r.line}\n")
    if r.description:
        click.echo(f"{r.description}\n")
    click.echo(f"where: {r.where.model_dump(exclude_none=True)}\nkey: {list(r.key)}")
    click.echo(f"options: {r.options.model_dump()}")
    click.echo(f"message: {r.message}\n")
    for n, ex in enumerate(r.examples, 1):
        fires = ", ".join(ex.expect) if ex.expect else "nothing"
        click.echo(f"example {n}: {ex.name or ''} (fires: {fires})")
        for d in ex.docs:
            title = f" [title: {d.title}]" if d.title else ""
            click.echo(f"  {d.source or '?'}{title}: {d.text}")
    click.echo("")
    click.echo((CHECKS[r.type].__doc__ or "").strip())


@rules.command("docs")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (default: stdout).")
def rules_docs(output) -> None:
    """Print the rule language reference (docs/rules.md), generated from the rule types."""
    from auditor.atomic import write_atomic
    from auditor.checks.docs import render_rules_reference

    text = render_rules_reference()
    if output:
        if Path(output).suffix.lower() not in (".md", ".markdown", ".txt"):
            _fail(f"{output}: the reference is Markdown; name a .md (or .markdown, .txt) file")
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


@cli.command("config")
@click.argument("paths", nargs=-1)
@config_options
def config_command(paths, config_file=None, no_config=False) -> None:
    """Show the settings that apply to PATHS (default: here) and where each comes from.

    The first auditor.toml, or pyproject.toml with a [tool.auditor] table, in
    the inputs' folder or above applies; paths in it are relative to it; a
    flag on the command line replaces its value. See docs/config.md.
    """
    from auditor.config import describe

    click.echo(describe(_settings(paths, config_file, no_config)), nl=False)


@cli.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
def init(folder) -> None:
    """Write a starter desk pack into FOLDER (default: here).

    An auditor.toml, a rule with its examples, a vocabulary entry and an
    example draft with a wire to check it against; `auditor rules test` and
    `auditor audit drafts` work in FOLDER at once. Refuses to overwrite a file.
    """
    from auditor.starter import write_starter

    for path in write_starter(folder):
        click.echo(f"auditor: wrote {path}", err=True)
    click.echo(f"next: cd {folder} && auditor rules test && auditor audit drafts -o report.html")


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt   # SIGTERM ends a run like Ctrl-C: outputs are atomic, nothing half-written


def main() -> None:
    signal.signal(signal.SIGTERM, _terminate)
    try:
        cli(prog_name="auditor")
    except SystemExit as exc:
        if exc.code != EXIT_INTERRUPTED:
            raise
        # Interrupted: outputs were written atomically and temporary files removed on
        # the way out. Stop worker processes and leave without the interpreter's exit
        # hooks, which may wait forever on a process pool that was cut off mid-task.
        import multiprocessing
        import os

        for child in multiprocessing.active_children():
            child.terminate()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)
