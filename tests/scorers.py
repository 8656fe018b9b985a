"""The evaluation scorers of ../shared/eval, run in this process.

A scorer calls the auditor's command line once per draft or event (``python -m auditor audit ...``):
hundreds of process starts per test run, most of the suite's time. Here the scorer's own ``main`` runs
in this process, and each of its auditor calls runs the same command line in this process too (click's
``CliRunner``, as the CLI tests do), so the figures are the scorer's, computed from the CLI's JSON
output; every other command it runs (``score.py`` for claims) is still a real subprocess. Runs in one
process sharing the vocabulary's caches must give what separate processes give: the benchmarks
(``benchmarks/audit_suites.py``) run the real commands, and the figures must agree.
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import subprocess
import sys
import types
from pathlib import Path

AUDITOR = [sys.executable, "-m", "auditor"]


def _cli_in_process(args: list[str]) -> subprocess.CompletedProcess:
    from click.testing import CliRunner

    from auditor.cli import cli

    result = CliRunner().invoke(cli, args)
    return subprocess.CompletedProcess(AUDITOR + args, result.exit_code, result.stdout, result.stderr)


def _run(cmd, *args, **kwargs):
    if isinstance(cmd, list) and cmd[:len(AUDITOR)] == AUDITOR:
        return _cli_in_process([str(a) for a in cmd[len(AUDITOR):]])
    return subprocess.run(cmd, *args, **kwargs)


def score(scorer: Path, *args: str) -> str:
    """What ``python3 <scorer> --auditor "python3 -m auditor" <args>`` prints, its auditor calls made here."""
    spec = importlib.util.spec_from_file_location(f"_scorer_{scorer.stem}", scorer)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.subprocess = types.SimpleNamespace(**{**vars(subprocess), "run": _run})
    out = io.StringIO()
    argv = sys.argv
    sys.argv = [str(scorer), "--auditor", " ".join(AUDITOR), *args]
    try:
        with contextlib.redirect_stdout(out):
            module.main()
    finally:
        sys.argv = argv
    return out.getvalue()
