"""The HTML report in a real headless browser (Debian's Chromium, driven by playwright).

No browser is downloaded: playwright drives /usr/bin/chromium (`apt-get install
chromium`; `.ci/run` installs it). Skipped, with the reason, only when
chromium or the playwright package is missing.
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
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}") if m.type in ("error", "warning") else None)
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


def test_report_fits_a_phone_and_works_without_javascript(browser, tmp_path):
    report = write_report(str(ROOT / "examples" / "idleb"), tmp_path / "report.html")
    p = Page(browser, report, viewport={"width": 375, "height": 740}, java_script_enabled=False, is_mobile=True)
    try:
        page = p.page
        assert visible_findings(page) == 5 and not page.locator("#filters").is_visible()
        # nothing but the wide claims tables (which scroll in their own box) is wider than the screen
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1, overflow
        assert p.requests == [p.url] and p.console == []
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
