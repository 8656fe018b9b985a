"""One audit run, as ``auditor audit`` performs it, as a library call.

``run_audit`` reads the inputs, picks the execution path (in process, across
cores, or against a claims archive), applies a baseline; ``write_outputs``
writes every requested report atomically. The CLI only turns options into an
``AuditRun`` and the outcome into text and an exit code.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from auditor.audit import AuditResult
from auditor.baseline import apply_baseline, baseline_text, read_baseline
from auditor.documents import Document, Problem, expand_paths, read_documents
from auditor.errors import InputError, UsageError
from auditor.findings import Finding
from auditor.report.wording import plural
from auditor.ruleset import RuleSet, load_ruleset
from auditor.vocabulary import Vocabulary, load_vocabulary

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from auditor.report.context import ArchiveInfo
    from auditor.store import ClaimStore

PARALLEL_FROM = 200    # documents; below this a process pool costs more than it saves


@dataclass(frozen=True)
class AuditRun:
    """What to audit and how: every option of ``auditor audit`` that changes the findings."""

    paths: tuple[str, ...]
    rules: tuple[str, ...] = ()            # extra rule files or folders
    vocabulary: tuple[str, ...] = ()       # extra vocabulary files or folders
    builtin_rules: bool = True
    disable: tuple[str, ...] = ()          # rule ids not to run
    published: str | None = None           # for documents without a date
    baseline: str | None = None            # a baseline file whose findings are suppressed
    keep_all_findings: bool = False        # also return the findings the baseline suppresses
    store: str | None = None               # a claims archive to audit against
    since: str | None = None               # with store: stored claims since then
    jobs: int | None = None                # worker processes; None: by batch size
    progress: bool | None = None           # progress bar; None: when stderr is a terminal


@dataclass(frozen=True)
class RunOutcome:
    result: AuditResult
    ruleset: RuleSet
    all_findings: tuple[Finding, ...]      # before the baseline, for --write-baseline
    archive: "ArchiveInfo | None" = None   # the claims archive audited against, for the report


def load_rules(rules: tuple[str, ...] = (), vocabulary: tuple[str, ...] = (), builtin_rules: bool = True,
               disable: tuple[str, ...] = ()) -> tuple[RuleSet, Vocabulary]:
    """The rule set and vocabulary a run uses (built-ins extended by the user's files)."""
    vocab = load_vocabulary(vocabulary)
    ruleset = load_ruleset(rules, builtins=builtin_rules)
    return (ruleset.without(disable) if disable else ruleset), vocab


def read_inputs(paths: tuple[str, ...], published: str | None = None,
                on_problem: Callable[[Problem], None] | None = None) -> tuple[list[Document], list[Problem]]:
    """The readable documents of ``paths``; unreadable ones are reported and skipped.

    Raises ``InputError`` when nothing at all could be read.
    """
    docs, problems = read_documents(paths, published=published)
    for p in problems:
        if on_problem:
            on_problem(p)
    if not docs:
        raise InputError("no readable documents in " + ", ".join(paths) if paths else "no input given")
    return docs, problems


def run_audit(run: AuditRun, on_problem: Callable[[Problem], None] | None = None,
              say: Callable[[str], None] = lambda msg: None) -> RunOutcome:
    """Read, extract, check and apply the baseline, choosing the execution path by size."""
    if run.since and not run.store:
        raise UsageError("--since needs --store")
    ruleset, vocab = load_rules(run.rules, run.vocabulary, run.builtin_rules, run.disable)
    say(f"{plural(len(ruleset.rules), 'rule')} from {plural(len(ruleset.files), 'file')}")
    with _workers(run, vocab) as pool:
        docs, problems = read_inputs(run.paths, run.published, on_problem)
        say(f"read {plural(len(docs), 'document')}" + (f", skipped {len(problems)}" if problems else ""))
        known = read_baseline(run.baseline) if run.baseline else None
        # to keep every finding, the baseline is applied after the run instead of inside it
        later, known = (known, None) if run.keep_all_findings else (None, known)
        with _archive(run.store) as archive:        # opened once: for the audit, then its counts
            result = _execute(docs, problems, ruleset, vocab, known, run, pool, archive)
            counts = archive.counts() if archive is not None else None
    everything = result.findings
    if later:
        result = apply_baseline(result, later)
    info = _archive_info(run.store, counts, run.since, docs, result) if run.store and counts else None
    return RunOutcome(result, ruleset, everything, info)


@contextmanager
def _archive(store: str | None) -> Iterator["ClaimStore | None"]:
    """The claims archive of ``--store``, read only, or None without one."""
    if not store:
        yield None
        return
    from auditor.store import ClaimStore

    with ClaimStore(store, read_only=True) as archive:
        yield archive


def _archive_info(store: str, counts: tuple[int, int], since: str | None, docs: list[Document],
                  result: AuditResult) -> "ArchiveInfo":
    """What the report says of the archive: its size, the window read, the stored claims in findings."""
    from auditor.report.context import ArchiveInfo
    from auditor.store import since_anchor, since_bound

    documents, claims = counts
    drafts = {d.id for d in docs}
    used = len({c.id for f in result.findings for c in f.claims if c.doc not in drafts})
    bound = since_bound(since, since_anchor(docs)) if since else None
    return ArchiveInfo(store, documents, claims, bound, used)


@contextmanager
def _workers(run: AuditRun, vocab: Vocabulary) -> Iterator["ProcessPoolExecutor | None"]:
    """Extraction's worker processes, started before the documents are read when the run
    will want them (issue 17: a worker forked from a parent holding every document counts
    every document's pages again); None for a run extracted in this process, or whose
    inputs are few files (JSON Lines archives among them: their workers start later)."""
    from auditor.batch import DEFAULT_CHUNK, start_pool, stop_pool

    files = 0 if run.jobs == 1 else sum(1 for item in expand_paths(run.paths) if isinstance(item, str))
    if files < (DEFAULT_CHUNK + 1 if run.jobs else PARALLEL_FROM):    # one chunk is extracted here
        yield None
        return
    pool = start_pool(vocab, run.jobs)
    try:
        yield pool
    except BaseException:
        stop_pool(pool, now=True)
        raise
    stop_pool(pool)


def _execute(docs, problems, ruleset, vocab, known, run: AuditRun, pool=None, archive=None) -> AuditResult:
    if archive is not None or run.jobs or len(docs) >= PARALLEL_FROM:
        from auditor.batch import audit_documents

        if archive is None:
            return audit_documents(docs, ruleset, vocab, problems, known, run.jobs, run.progress, pool=pool)
        return audit_documents(docs, ruleset, vocab, problems, known, run.jobs, run.progress,
                               archive, run.since, pool=pool)
    if len(docs) > 1 and (sys.stderr.isatty() if run.progress is None else run.progress):
        # a batch with a person watching: the same audit in this process, with batch's progress bar
        from auditor.batch import audit_documents

        return audit_documents(docs, ruleset, vocab, problems, known, jobs=1, progress=True)
    from auditor.audit import audit

    return audit(docs, ruleset, vocab, problems, baseline=known)


def output_targets(outputs: tuple[str, ...], fmt: str | None) -> list[tuple[str, str]]:
    """(path, format) for each ``-o``: ``fmt`` when given, else the path's suffix ('-' and the null device are text)."""
    from auditor.atomic import is_null_device
    from auditor.report import format_for

    targets = []
    for out in outputs:
        target_fmt = fmt or (format_for(out) if out != "-" and not is_null_device(out) else "text")
        if target_fmt is None:
            raise UsageError(f"{out}: cannot tell the format from the suffix "
                             "(.html .json .csv .sarif .xml .txt); use --format")
        targets.append((out, target_fmt))
    if sum(1 for out, _ in targets if out == "-") > 1:
        raise UsageError("only one -o can be '-' (stdout)")
    return targets


def _files_under(paths: tuple[str, ...]) -> list[str]:
    """Every file a path names: itself, or everything below a folder."""
    files: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            files.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file())
        else:
            files.append(raw)
    return files


def check_outputs(run: AuditRun, targets: list[tuple[str, str]], claims_csv: str | None = None,
                  write_baseline: str | None = None, settings_file: str | None = None) -> None:
    """Refuse, before any work, outputs that would destroy something (``auditor.atomic``).

    No output may land on a document, rule, vocabulary, baseline, archive or
    settings file (``auditor.toml``, ``pyproject.toml``) of the run, nor on any file
    this program did not write; ``--write-baseline`` may rewrite the ``--baseline`` it
    reads (updating a baseline in place is its normal use). An earlier run's report in
    a folder audited is no document of it (``is_own_report``), so a report may replace it.
    """
    from auditor.atomic import check_target, refuse_inputs
    from auditor.documents import expand_paths

    documents = [p for p in expand_paths(run.paths) if isinstance(p, str) and p != "-"]
    inputs = documents + _files_under(run.rules) + _files_under(run.vocabulary) + \
        [p for p in (run.store, settings_file) if p]
    reports = [out for out, _ in targets if out != "-"] + ([claims_csv] if claims_csv else [])
    refuse_inputs(reports, inputs + ([run.baseline] if run.baseline else []))
    if write_baseline:
        refuse_inputs([write_baseline], inputs)
        refuse_inputs(reports + [write_baseline], [])
    for out in reports + ([write_baseline] if write_baseline else []):
        check_target(out)


def write_outputs(outcome: RunOutcome, targets: list[tuple[str, str]], claims_csv: str | None = None,
                  write_baseline: str | None = None, timestamp: bool = False, verbose: bool = False,
                  on_written: Callable[[str, str], None] = lambda path, fmt: None):
    """Write every file target (not '-', not the null device) atomically; returns the ``ReportContext`` used."""
    from auditor.atomic import is_null_device, write_atomic
    from auditor.report import ReportContext, generated_at, render, render_claims, rule_infos

    result = outcome.result
    ctx = ReportContext(rules=rule_infos(outcome.ruleset), generated_at=generated_at() if timestamp else None,
                        color=False, verbose=verbose, archive=outcome.archive)
    for out, target_fmt in targets:
        if out != "-" and not is_null_device(out):
            write_atomic(out, render(target_fmt, result, ctx))
            on_written(out, target_fmt)
    if claims_csv:
        write_atomic(claims_csv, render_claims(list(result.claims), "csv"))
        on_written(claims_csv, "claims csv")
    if write_baseline:
        write_atomic(write_baseline, baseline_text(outcome.all_findings))
    return ctx
