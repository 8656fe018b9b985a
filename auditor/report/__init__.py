"""Outputs: the HTML audit report and machine formats.

Every writer takes an ``AuditResult`` and returns text; nothing here reads
the clock, so the same inputs give byte-identical outputs.
"""

from __future__ import annotations

from auditor.report.html import render_html
from auditor.report.machine import render_claims, render_json, render_terminal

WRITERS = {"html": render_html, "json": render_json, "text": render_terminal}

__all__ = ["WRITERS", "render_claims", "render_html", "render_json", "render_terminal"]
