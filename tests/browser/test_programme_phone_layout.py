"""The programme page on a phone (390x844), measured in the browser: compact header, the
essentials and the four key figures in the first screen, at most five screens in all."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

SCREEN = 844
# A short and a long name, a popular and a small programme.
PROGRAMMES = ["25655/mbo-verpleegkundige", "25604/software-developer", "25913/hoefsmid",
              "25803/handhaver-toezicht-en-veiligheid-generieke-opsporing-domein-vi"]


def _bottom(page: Page, selector: str) -> float:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box["y"] + box["height"]


@pytest.mark.parametrize("path", PROGRAMMES)
def test_phone_programme_page_fits(page: Page, live_server: str, path: str):
    page.goto(f"{live_server}/opleidingen/{path}")
    page.wait_for_load_state("networkidle")
    expect(page.locator("#also-title")).to_be_visible()  # "Ook interessant" has loaded
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 120, header
    # Name, level, duration and leerwegen, then the four key figures, on the first screen.
    assert _bottom(page, "h1") <= SCREEN
    facts = page.locator(".facts li")
    assert "jaar" in facts.nth(1).inner_text() and "bol" in facts.nth(2).inner_text() + "bbl"
    assert _bottom(page, ".facts li:nth-child(3)") <= SCREEN
    tiles = page.locator(".key-grid .tile")
    expect(tiles).to_have_count(4)
    for index in range(4):
        tile = tiles.nth(index)
        box = tile.bounding_box()
        assert box["y"] + box["height"] <= SCREEN, (index, box)
        # Each figure keeps its estimate marker and a link to its source note.
        assert "≈" in tile.locator(".tile-value").inner_text()
        assert tile.locator("a[href='#figures-source']").count() == 1
    expect(page.locator("#figures-source")).to_contain_text("Schatting voor opleidingen in")
    expect(page.locator("#figures-source a[href='/bronnen#estimate']")).to_have_count(1)
    # One source note per section, not one per figure.
    for section in page.locator("main section").all():
        assert section.locator(".source-note").count() <= 1
    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"\n{path}: {height} px = {height / SCREEN:.1f} screens")
    assert height <= 5 * SCREEN, height
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_phone_menu_opens_without_javascript(browser: Browser, live_server: str):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL",
                                  viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(live_server + "/opleidingen/25655/mbo-verpleegkundige")
        expect(page.get_by_role("link", name="Ouders")).to_be_hidden()
        page.locator(".menu > summary").click()
        expect(page.get_by_role("link", name="Ouders")).to_be_visible()
        expect(page.get_by_role("link", name="English")).to_be_visible()
        page.get_by_role("link", name="English").click()
        expect(page.locator("html")).to_have_attribute("lang", "en")
    finally:
        context.close()


def test_wide_screen_shows_the_menu_without_a_click(browser: Browser, live_server: str):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(live_server + "/")
        expect(page.locator(".menu > summary")).to_be_hidden()
        expect(page.get_by_role("link", name="Ouders")).to_be_visible()
        expect(page.get_by_role("link", name="Türkçe")).to_be_visible()
        assert page.locator(".site-header").bounding_box()["height"] <= 120
        result = Axe().run(page)
        assert result.violations_count == 0, result.generate_report()
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_phone_programme_page_has_no_axe_violations(page: Page, live_server: str, lang: str):
    page.goto(f"{live_server}/opleidingen/25655/mbo-verpleegkundige?lang={lang}")
    page.wait_for_load_state("networkidle")
    page.locator(".menu > summary").click()
    for summary in page.locator("main details > summary").all():
        summary.click()
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()
