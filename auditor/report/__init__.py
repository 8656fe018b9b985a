"""Outputs: the HTML audit report and machine formats.

Every writer takes an ``AuditResult`` and an optional ``ReportContext`` (the
rules that ran, options) and returns text; nothing here reads the clock, so
the same inputs give byte-identical outputs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from auditor.report.context import ReportContext, RuleInfo, generated_at, rule_infos
from auditor.report.github import render_github
from auditor.report.html import render_html
from auditor.report.junit import render_junit
from auditor.report.machine import (
    FINDINGS_SCHEMA_VERSION,
    render_claims,
    render_findings_csv,
    render_json,
    render_terminal,
)
from auditor.report.sarif import render_sarif

if TYPE_CHECKING:
    from auditor.audit import AuditResult

WRITERS: dict[str, Callable[["AuditResult", ReportContext | None], str]] = {
    "html": render_html,
    "json": render_json,
    "csv": render_findings_csv,
    "sarif": render_sarif,
    "junit": render_junit,
    "text": render_terminal,
    "github": render_github,
}

# longest suffix first: report.junit.xml is junit, not some other .xml
SUFFIXES: tuple[tuple[str, str], ...] = (
    (".junit.xml", "junit"), (".sarif.json", "sarif"), (".html", "html"), (".htm", "html"),
    (".json", "json"), (".csv", "csv"), (".sarif", "sarif"), (".xml", "junit"), (".txt", "text"),
)


def format_for(path: str) -> str | None:
    """The format a file name asks for, from its suffix; None when it does not say."""
    name = path.lower()
    return next((fmt for suffix, fmt in SUFFIXES if name.endswith(suffix)), None)


def render(fmt: str, result: "AuditResult", ctx: ReportContext | None = None) -> str:
    return WRITERS[fmt](result, ctx)


__all__ = ["FINDINGS_SCHEMA_VERSION", "ReportContext", "RuleInfo", "SUFFIXES", "WRITERS", "format_for",
           "generated_at", "render", "render_claims", "render_github", "render_findings_csv", "render_html",
           "render_json", "render_junit", "render_sarif", "render_terminal", "rule_infos"]
