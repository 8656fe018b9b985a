"""The HTML report in a real headless browser (Debian's Chromium, driven by playwright).

No browser is downloaded: playwright drives /usr/bin/chromium (`apt-get install
chromium`; `.ci/run` installs it). Skipped, with the reason, only when
chromium or the playwright package is missing.

Desktop (1400 px) and phone (390 px) screenshots of the example report are
saved under tests/artifacts/ (git-ignored) for a person to look at; the
tests assert what a person would check: no chart label runs out of its
chart, nothing scrolls sideways, the draft's figures are in view.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from auditor.cli import cli
from conftest import FIXTURES, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if CHROMIUM is None:
    pytest.skip("chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed "
                               "(pip install playwright; never `playwright install`: we use Debian's chromium)")

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(Path(CHROMIUM).resolve()), args=ARGS)
        yield b
        b.close()


def write_report(inputs: str, out: Path) -> Path:
    r = CliRunner().invoke(cli, ["audit", inputs, "-o", str(out), "-q"], catch_exceptions=False)
    assert r.exit_code == 1, r.output
    return out


class Page:
    """A page with everything that must not happen recorded: requests, console errors, dialogs."""

    def __init__(self, browser, path: Path, **options):
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.console: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console",
                     lambda m: self.console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url, wait_until="load")

    def close(self):
        self.context.close()


def visible_findings(page) -> int:
    return page.locator("section.finding:visible").count()


def test_example_report_loads_offline_and_filters(browser, tmp_path):
    p = Page(browser, write_report(str(ROOT / "examples" / "idleb"), tmp_path / "report.html"),
             viewport={"width": 1100, "height": 900})
    page = p.page
    try:
        assert p.requests == [p.url], p.requests
        assert p.console == [] and p.dialogs == []
        assert visible_findings(page) == 5
        marks = page.locator("section.finding mark")
        assert {"22", "nine", "849,000", "At least 29"} <= set(marks.all_inner_texts())
        assert marks.first.is_visible()
        assert page.locator("#filters").is_visible()  # shown by the script
        assert page.locator("svg.timeline").count() >= 1 and page.locator("svg.timeline").first.is_visible()

        page.select_option("#f-severity", "warning")
        assert visible_findings(page) == 1
        assert page.locator("#f-count").inner_text() == "1 of 5 findings shown"
        page.select_option("#f-severity", "error")
        assert visible_findings(page) == 4
        page.select_option("#f-rule", "toll-never-falls")
        assert visible_findings(page) == 2
        page.click("#f-reset")
        assert visible_findings(page) == 5
        page.select_option("#f-source", "Reuters")
        assert 0 < visible_findings(page) < 5
        page.select_option("#f-source", "")

        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        assert (tmp_path / "report.png").stat().st_size > 10_000
        page.emulate_media(media="print")
        assert not page.locator("#filters").is_visible()
        assert p.requests == [p.url] and p.console == []
    finally:
        p.close()


# every <text> of every chart, in the chart's own units, must lie inside its viewBox; and on
# the page inside the chart's box (a label cut at the edge, like "00,000" for 800,000, fails)
LABELS_OUTSIDE = """() => {
  const out = [];
  for (const svg of document.querySelectorAll("svg.chart")) {
    const vb = svg.viewBox.baseVal, box = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll("text")) {
      const b = t.getBBox(), r = t.getBoundingClientRect();
      if (b.x < vb.x - 0.5 || b.y < vb.y - 0.5 || b.x + b.width > vb.x + vb.width + 0.5 ||
          b.y + b.height > vb.y + vb.height + 0.5 || r.left < box.left - 0.5 || r.right > box.right + 0.5)
        out.push(t.textContent + " @ " + Math.round(b.x) + ".." + Math.round(b.x + b.width) + " of " + vb.width);
    }
  }
  return out;
}"""
# anything the reader would have to scroll sideways: the page, or a box inside it
SIDEWAYS = """() => {
  const out = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) out.push("page: " + root.scrollWidth + " > " + root.clientWidth);
  for (const el of document.querySelectorAll("body *")) {
    const ox = getComputedStyle(el).overflowX;
    if ((ox === "auto" || ox === "scroll") && el.scrollWidth > el.clientWidth + 1)
      out.push(el.tagName + "." + el.className + ": " + el.scrollWidth + " > " + el.clientWidth);
  }
  return out;
}"""


@pytest.mark.parametrize("name, viewport, mobile", [
    ("desktop", {"width": 1400, "height": 900}, False),
    ("phone", {"width": 390, "height": 844}, True),
])
def test_report_layout_desktop_and_phone(browser, tmp_path, name, viewport, mobile):
    """Screenshots for people; labels inside their charts and no sideways scrolling for the test."""
    report = write_report(str(ROOT / "examples" / "idleb"), tmp_path / "report.html")
    p = Page(browser, report, viewport=viewport, is_mobile=mobile)
    try:
        page = p.page
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / f"report-{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
        assert page.evaluate(LABELS_OUTSIDE) == []
        assert page.evaluate(SIDEWAYS) == []
        # the first line names the draft, what is wrong and its figures, in the first screen
        verdict = page.locator("#verdict")
        assert verdict.inner_text() == ("06-ledger-draft.md: 3 figures in question: 2 conflict with other reports, "
                                        "1 is more than its whole (22, nine, 849,000)")
        assert verdict.bounding_box()["y"] + verdict.bounding_box()["height"] <= viewport["height"]
        # document headings stand apart from their source line
        heading = page.locator("#doc-1 h3").bounding_box()
        meta = page.locator("#doc-1 .doc-meta").bounding_box()
        assert meta["y"] >= heading["y"] + heading["height"] - 1
        assert p.requests == [p.url] and p.console == []
    finally:
        p.close()


def test_report_fits_a_phone_and_works_without_javascript(browser, tmp_path):
    report = write_report(str(ROOT / "examples" / "idleb"), tmp_path / "report.html")
    p = Page(browser, report, viewport={"width": 390, "height": 844}, java_script_enabled=False, is_mobile=True)
    try:
        page = p.page
        assert visible_findings(page) == 5 and not page.locator("#filters").is_visible()
        assert page.evaluate(SIDEWAYS) == [] and page.evaluate(LABELS_OUTSIDE) == []
        # the figure in question comes first in its card: in view without scrolling sideways
        first = page.locator("section.finding").first.locator("blockquote").first
        assert first.get_attribute("class") == "culprit" and first.locator("mark").inner_text() == "nine"
        assert p.requests == [p.url] and p.console == []
    finally:
        p.close()


def test_cards_carry_the_numbers_the_tables_link_to(browser, tmp_path):
    p = Page(browser, write_report(str(ROOT / "examples" / "idleb"), tmp_path / "report.html"),
             viewport={"width": 1400, "height": 900})
    try:
        links = p.page.evaluate("""() => [...document.querySelectorAll("div.doc a.tag")].map(a => [
            a.textContent.split(" ")[0],
            document.querySelector(a.getAttribute("href")).querySelector(".num").textContent])""")
        assert links and all(tag == num for tag, num in links), links
        assert sorted({num for _, num in links}) == ["#1", "#2", "#3", "#4", "#5"]
    finally:
        p.close()


def test_one_finding_is_one_finding(browser, tmp_path):
    out = tmp_path / "one.html"
    r = CliRunner().invoke(cli, ["audit", str(ROOT / "examples" / "idleb"), "-o", str(out), "-q",
                                 "--disable", "same-toll-same-day", "--disable", "same-displacement-figure",
                                 "--disable", "toll-never-falls"], catch_exceptions=False)
    assert r.exit_code == 1
    p = Page(browser, out, viewport={"width": 1400, "height": 900})
    try:
        assert p.page.locator("#f-count").inner_text() == "1 of 1 finding shown"
        texts = p.page.locator("#verdict, .message, .explanation, .cite, dd, figcaption").all_inner_texts()
        assert texts and not [t for t in texts if "  " in t]
        assert p.page.locator("#verdict").inner_text() == "06-ledger-draft.md: 1 figure is more than its whole (nine)"
    finally:
        p.close()


def test_injected_markup_stays_inert(browser, tmp_path):
    p = Page(browser, write_report(str(FIXTURES / "report" / "xss"), tmp_path / "xss.html"))
    page = p.page
    try:
        page.wait_for_timeout(100)
        page.hover("section.finding")  # an injected onmouseover would fire now
        assert p.dialogs == [] and p.requests == [p.url] and p.console == []
        assert page.evaluate("document.scripts.length") == 1
        assert page.locator("img, iframe, object, embed, b[onmouseover], svg[onload]").count() == 0
        handlers = page.evaluate("[...document.querySelectorAll('*')].flatMap(e => [...e.attributes])"
                                 ".filter(a => a.name.startsWith('on')).length")
        assert handlers == 0
        assert "<script>alert('body')</script>" in page.locator("section.finding").nth(1).inner_text()
        assert page.locator("a[href^='javascript']").count() == 0
        page.screenshot(path=str(tmp_path / "xss.png"))
    finally:
        p.close()
