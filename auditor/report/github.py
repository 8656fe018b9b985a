"""GitHub Actions workflow annotations: one ``::error file=...,line=...,col=...::message`` per finding.

Printed by a workflow step, each line becomes an annotation on the file and
line in the pull request, beside SARIF for code scanning. The finding sits
on the figure in question (``wording.culprit``: a falling toll's later
figure, an agreement's blamed one); the message names the other claims'
locations; it is worded for people, as in the HTML report. Severities map
to ``error``, ``warning`` and ``notice``. Values are escaped as the runner
expects (``%``, CR, LF; also ``:`` and ``,`` in properties), so document
text cannot forge a second command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor.report.context import ReportContext, words_headline
from auditor.report.locations import in_order, locate
from auditor.report.wording import culprit, headline

if TYPE_CHECKING:
    from auditor.audit import AuditResult

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result: "AuditResult", ctx: ReportContext | None = None) -> str:
    ctx = ctx or ReportContext()
    docs = {d.id: d for d in result.documents}
    lines = []
    for f in result.findings:
        # the annotation sits on the figure in question (the draft's, usually), the others are named
        about = culprit(f)
        ordered = sorted(f.claims, key=lambda c: c is not about)
        locs = [locate(c, docs.get(c.doc)) for c in ordered]
        first = locs[0] if locs else None
        props = []
        if first is not None and first.in_file:
            props.append(f"file={_property(first.file)}")
            if first.line is not None:
                props.append(f"line={first.line}")
                if first.col is not None:
                    props.append(f"col={first.col}")
                if first.end_line is not None:
                    props.append(f"endLine={first.end_line}")
                    if first.end_line == first.line and first.end_col is not None:
                        props.append(f"endColumn={first.end_col}")
        props.append(f"title={_property(f'auditor: {f.rule}')}")
        others = [str(loc) for loc in in_order(locs[1:]) if loc != first]
        at = f"at {first}" if first is not None and not first.in_file else ""
        also = f"also {', '.join(others)}" if others else ""
        where = f" ({'; '.join(x for x in (at, also) if x)})" if at or also else ""
        message = headline(f, words_headline(ctx, f.rule)) + where
        lines.append(f"::{COMMANDS[f.severity]} {','.join(props)}::{_data(message)}")
    for p in result.problems:
        lines.append(f"::error title=auditor%3A skipped::{_data(str(p))}")
    return "".join(line + "\n" for line in lines)
