"""The HTML audit report: one self-contained file from ``templates/``.

Autoescaped jinja2 with ``StrictUndefined``; document text is never marked
safe (the template escapes the sentence around a number and the number
itself separately), so markup in an article renders as text. Only the
report's own stylesheet and script (``templates/report.css``, ``report.js``)
are inlined unescaped, and the page's Content-Security-Policy allows exactly
those two by hash: even a markup-injection bug could not run a script or
load anything from the network.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from auditor import __version__
from auditor.claims import Claim, format_interval, format_number
from auditor.report.context import ReportContext, words_headline
from auditor.report.locations import locate
from auditor.report.svg import instant, number_line, outlet_colours, timelines
from auditor.report.wording import culprit, document_name, headline, summary_lines, tidy
from auditor.resources import templates_dir

if TYPE_CHECKING:
    from auditor.audit import AuditResult


def pretty_time(value: str | None) -> str:
    """``2020-02-27T22:00:00+03:00`` → ``2020-02-27 22:00 UTC+03:00``; a date stays a date."""
    if not value:
        return ""
    try:
        t = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except Exception:
        return str(value)
    if len(str(value)) <= 10 or (t.time() == dt.time() and not t.tzinfo):
        return t.date().isoformat()
    z = t.strftime("%z")
    zone = "" if not z else (" UTC" if z == "+0000" else f" UTC{z[:3]}:{z[3:]}")
    return t.strftime("%Y-%m-%d %H:%M") + zone


def safe_url(url: str | None) -> str | None:
    """A link only for http(s) URLs: ``javascript:`` and friends become plain text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(templates_dir())),
                      autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["interval"] = lambda c: format_interval(c.low, c.high, c.low_inclusive, c.high_inclusive)
    env.filters["number"] = format_number
    env.filters["when"] = pretty_time
    env.filters["plural"] = lambda n, word, many=None: f"{n} {word if n == 1 else (many or word + 's')}"
    return env


def quote(result: "AuditResult", c: Claim) -> dict[str, str]:
    """The claim's sentence in three parts: before, the number with its hedge, after."""
    before, number, after = result.quote(c)
    return {"before": before.lstrip(), "number": number, "after": after.rstrip()}


def _asset(name: str) -> tuple[Markup, str]:
    """Our own CSS or JS, inlined, and its CSP hash."""
    text = (templates_dir() / name).read_text(encoding="utf-8").strip()
    if "</" in text:  # would end the <style>/<script> element early
        raise ValueError(f"templates/{name} must not contain '</'")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"'sha256-{digest}'"


def _source(c: Claim) -> str:
    return c.source or c.doc


def render_html(result: "AuditResult", ctx: ReportContext | None = None) -> str:
    ctx = ctx or ReportContext()
    docs = {d.id: d for d in result.documents}
    colours = outlet_colours([d.source or d.id for d in result.documents]
                             + [_source(c) for f in result.findings for c in f.claims])
    findings = []
    by_claim: dict[str, list[dict]] = {}
    culprits = set()
    for n, f in enumerate(result.findings, 1):
        anchor = f"finding-{n}-{f.fingerprint}"
        about = culprit(f)
        if about is not None and about.id and f.severity != "info":
            culprits.add(about.id)
        # the figure in question first: on a phone it is the one in view
        ordered = sorted(f.claims, key=lambda c: c is not about)
        quotes = [{"claim": c, "doc": docs.get(c.doc), "url": safe_url(getattr(docs.get(c.doc), "url", None)),
                   "culprit": c is about, "location": str(locate(c, docs.get(c.doc))),
                   "colour": colours.get(_source(c), "#444"), **quote(result, c)} for c in ordered]
        findings.append({"f": f, "n": n, "anchor": anchor, "quotes": quotes,
                         "headline": headline(f, words_headline(ctx, f.rule)),
                         "explanation": tidy(f.explanation) if f.explanation else "",
                         "line": number_line(ordered, colours=colours, culprit=about),
                         "sources": json.dumps(sorted({_source(c) for c in f.claims}), ensure_ascii=False)})
        for c in f.claims:
            by_claim.setdefault(c.id or f"{c.doc}:{c.start}", []).append(
                {"anchor": anchor, "severity": f.severity, "rule": f.rule, "n": n})
    by_doc = [{"doc": d, "url": safe_url(d.url), "name": document_name(d),
               "claims": [{"c": c, "findings": by_claim.get(c.id or f"{c.doc}:{c.start}", [])}
                          for c in result.claims if c.doc == d.id]} for d in result.documents]
    sources = sorted({d.source or d.id for d in result.documents})
    published = sorted((instant(d.published), d.published)
                       for d in result.documents if d.published)
    rules_seen = sorted({f.rule for f in result.findings})
    css, css_hash = _asset("report.css")
    js, js_hash = _asset("report.js")
    template = _environment().get_template("report.html.j2")
    return template.render(
        result=result, findings=findings, by_doc=by_doc, counts=result.counts(),
        sources=sources, span=(published[0][1], published[-1][1]) if published else None,
        rules=rules_seen, rules_run=ctx.rules, version=__version__, generated_at=ctx.generated_at,
        packs=[f.replace("\\", "/").split("/")[-1] for f in result.rule_files],
        timelines=timelines(list(result.claims), colours=colours, culprits=frozenset(culprits)),
        summary=summary_lines(result), archive=ctx.archive,
        outlets=[{"source": s, "colour": c} for s, c in sorted(colours.items())],
        css=css, js=js,
        # our own constant, not user text; unescaped so the policy reads as written
        csp=Markup(f"default-src 'none'; style-src {css_hash}; script-src {js_hash}; img-src data:; "
                   "base-uri 'none'; form-action 'none'"),
    )
