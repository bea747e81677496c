"""Comparison, list, counsellor view and parents' page in a real browser, Dutch and Arabic."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

THREE = "/vergelijk?crebo=25725&crebo=25736&crebo=25655"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "instance" / "screenshots"


def _no_axe_violations(page: Page) -> None:
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()


def _counsellor_url(page: Page, live_server: str) -> str:
    for crebo in ("25655", "25725", "25736"):
        page.goto(live_server + f"/opleidingen/{crebo}")
        add = page.locator(f"form[action='/lijstje/{crebo}/toevoegen'] button")
        add.click()
        expect(page.locator(f"form[action='/lijstje/{crebo}/verwijderen']")).to_be_visible()
    page.goto(live_server + "/lijstje")
    page.locator("form[action='/orientatie/bewaar'] button").click()
    expect(page).to_have_url(re.compile(r"/uitslag/[0-9A-Z-]{19}$"))
    return page.url


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_axe_on_compare_list_counsellor_and_parents(page: Page, live_server: str, lang: str):
    page.goto(live_server + f"/?lang={lang}")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    for path in (THREE, "/ouders", "/lijstje"):
        page.goto(live_server + path)
        _no_axe_violations(page)
    page.goto(_counsellor_url(page, live_server))
    _no_axe_violations(page)


def test_arabic_compare_page_at_phone_size_is_mirrored(browser: Browser, live_server: str):
    context = browser.new_context(locale="ar", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server + THREE + "&lang=ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    # Mirrored: the brand sits at the right edge, the first figure block starts at the right.
    brand = page.locator(".brand").bounding_box()
    assert brand["x"] > 390 / 2
    # Programme names stay Dutch (official names).
    expect(page.locator("table.compare-grid thead")).to_contain_text("Mbo-Verpleegkundige")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "compare-ar-390.png"), full_page=True)
    context.close()


def test_parent_compares_three_programmes_in_turkish(browser: Browser, live_server: str):
    context = browser.new_context(locale="tr", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server + "/ouders")
    expect(page.locator("html")).to_have_attribute("lang", "tr")
    page.locator("main a.button").first.click()
    expect(page.locator("table.compare-grid thead th[scope=col]")).to_have_count(3)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
