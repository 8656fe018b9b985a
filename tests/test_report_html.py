"""The HTML report: self-contained, escaped, and its charts' geometry."""
from __future__ import annotations

import base64
import dataclasses
import hashlib
import math
import re
from html.parser import HTMLParser

import pytest

from auditor.audit import audit
from auditor.claims import Claim
from auditor.documents import read_documents
from auditor.report import ReportContext, render_html, rule_infos
from auditor.report.html import pretty_time, safe_url
from auditor.report.svg import nice_ticks, number_line, timelines
from conftest import FIXTURES, ROOT


def report(path, ruleset, vocab) -> str:
    docs, problems = read_documents([str(path)])
    return render_html(audit(docs, ruleset, vocab, problems), ReportContext(rules=rule_infos(ruleset)))


@pytest.fixture(scope="module")
def example_html(ruleset, vocab):
    return report(ROOT / "examples" / "idleb", ruleset, vocab)


@pytest.fixture(scope="module")
def xss_html(ruleset, vocab):
    return report(FIXTURES / "report" / "xss", ruleset, vocab)


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict]]:
    p = Elements()
    p.feed(html)
    return p.tags


def test_header_says_what_was_audited(example_html):
    head = example_html[example_html.index('<dl class="facts"'):example_html.index("</dl>")]
    assert "6 (20 numeric claims)" in head
    assert "AFP, Anadolu Agency, Reuters, The Daily Ledger" in head
    assert "2020-02-27 19:00 UTC+03:00 to 2020-02-27 23:55 UTC+03:00" in head
    assert "tolls.yaml" in head
    assert "4 errors" in example_html and "1 warning<" in example_html


def test_no_network_address_and_only_our_own_script(example_html):
    tags = elements(example_html)
    for tag, attrs in tags:
        for name in ("src", "srcset", "action", "poster", "data"):
            assert name not in attrs, (tag, attrs)
        if tag == "link":
            raise AssertionError(f"external resource {attrs}")
    hrefs = [a["href"] for t, a in tags if "href" in a]
    assert all(h.startswith("#") or h.startswith("https://example.org/") for h in hrefs), hrefs
    assert [t for t, _ in tags].count("script") == 1 and [t for t, _ in tags].count("style") == 1


def test_csp_allows_exactly_the_inline_style_and_script(example_html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', example_html).group(1)
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", example_html, re.S).group(1)
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_findings_quote_sentences_with_the_number_marked(example_html):
    assert example_html.count('<section class="finding') == 5
    for mark in ("nine", "849,000", "22", "At least 29", "more than 30", "34"):
        assert f"<mark>{mark}</mark>" in example_html


def test_timeline_of_the_turkish_soldiers_toll(example_html):
    assert 'id="timelines"' in example_html
    card = example_html[example_html.index("Turkish soldiers killed <span"):]
    card = card[:card.index("</figcaption>")]
    sequence = card[card.index("<figcaption>") + len("<figcaption>"):]
    assert sequence.startswith("19:00 Anadolu Agency 22 → 20:00 The Daily Ledger 29")
    assert re.search(r"23:30 Anadolu Agency 33 → 23:45 Reuters 33, 34", sequence)


def test_filters_are_hidden_until_the_script_shows_them(example_html):
    assert '<div class="filters" id="filters" role="group" aria-label="Filter findings" hidden>' in example_html
    for sel in ("f-severity", "f-rule", "f-source"):
        assert f'id="{sel}"' in example_html


def test_xss_fixture_renders_as_text(xss_html):
    tags = elements(xss_html)
    names = [t for t, _ in tags]
    assert names.count("script") == 1 and "img" not in names and "iframe" not in names and "b" not in names
    assert not any(k.startswith("on") for _, attrs in tags for k in attrs)
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in xss_html
    assert "&#34;&gt;&lt;img src=x onerror=alert(&#39;source&#39;)&gt;" in xss_html
    hrefs = [a["href"] for t, a in tags if t == "a" and not a["href"].startswith("#")]
    assert hrefs and all(h.startswith("https://") for h in hrefs)  # the javascript: url is not a link


def test_safe_url_and_pretty_time():
    assert safe_url("javascript:alert(1)") is None and safe_url(" JaVaScRiPt:x") is None
    assert safe_url("data:text/html,x") is None and safe_url("https://a.org/x") == "https://a.org/x"
    assert pretty_time("2020-02-27T22:00:00+03:00") == "2020-02-27 22:00 UTC+03:00"
    assert pretty_time("2020-02-27") == "2020-02-27"


def claim(doc, value, low=None, high=None, low_inc=True, high_inc=True, published=None, text=None, **kw) -> Claim:
    low = value if low is None else low
    high = value if high is None else high
    return Claim(doc=doc, source=doc.upper(), published=published, start=0, end=2, text=text or str(value),
                 value=value, low=low, high=high, low_inclusive=low_inc, high_inclusive=high_inc,
                 thing="soldiers", thing_key="soldiers", measure="killed", when_start="2020-02-27",
                 when_end="2020-02-27", where="Idlib", **kw)


def test_number_line_draws_open_and_exclusive_ends():
    line = number_line([claim("a", 22), claim("b", 29, 29, math.inf), claim("c", 30, 30, math.inf, low_inc=False),
                        claim("d", 10, 0, 10, high_inc=False)])
    rows = line["rows"]
    assert len({r["y"] for r in rows}) == 4 and len({r["y_label"] for r in rows}) == 4
    assert rows[0]["point"] and rows[1]["open_high"] and not rows[2]["low_inclusive"]
    assert rows[1]["x2"] > line["right"] and rows[3]["x1"] == line["left"] and not rows[3]["high_inclusive"]
    assert [t["label"] for t in line["ticks"]][:2] == ["0", "10"]


def test_nice_ticks():
    assert nice_ticks(0, 35) == [0, 10, 20, 30, 40]
    assert nice_ticks(840000, 960000)[:2] == [800000, 850000]


def test_timeline_labels_do_not_overlap():
    times = ["2020-02-27T19:00:00+03:00", "2020-02-27T20:00:00+03:00", "2020-02-27T22:00:00+03:00",
             "2020-02-27T22:00:00+03:00", "2020-02-27T23:45:00+03:00", "2020-02-27T23:45:00+03:00"]
    cs = [claim(f"d{i}", v, published=t) for i, (v, t) in enumerate(zip([22, 29, 29, 30, 33, 34], times))]
    (t,) = timelines(cs)
    boxes = []
    for m in t["marks"]:
        w = 6.3 * len(m["label"])
        x0 = m["lx"] if m["anchor"] == "start" else m["lx"] - w
        boxes.append((x0, m["ly"] - 10, x0 + w, m["ly"] + 3))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    assert [x["label"] for x in t["xticks"]][:2] == ["19:00", "20:00"]


def test_no_timeline_for_a_single_publication_time():
    assert timelines([claim("a", 22, published="2020-02-27"), claim("b", 33, published="2020-02-27")]) == []


def test_a_timeline_is_one_quantity_whatever_words_each_report_uses():
    key = "incident/soldiers[Turkey]/killed"
    cs = [claim("a", 22, published="2020-02-27T19:00:00+03:00", quantity=key),
          claim("b", 29, published="2020-02-27T20:00:00+03:00", quantity=key),
          claim("c", 33, published="2020-02-27T23:30:00+03:00", quantity=key),
          claim("d", 5, published="2020-02-27T23:30:00+03:00", quantity="incident/soldiers[Turkey]/injured")]
    cs[1] = dataclasses.replace(cs[1], thing="Turkish troops", thing_key="troops")
    cs[2] = dataclasses.replace(cs[2], thing="troopers", thing_key="troopers", where="Saraqeb")
    (t,) = timelines(cs)
    assert len(t["marks"]) == 3 and t["title"] == "Soldiers killed" and t["where"] == "Idlib"
    # a headline is no point of a timeline
    assert timelines([claim("a", 22, published="2020-02-27", in_title=True),
                      claim("b", 29, published="2020-02-28", in_title=True)]) == []
