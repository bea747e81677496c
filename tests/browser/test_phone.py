"""Real browser at phone size: search, filter, open a programme; axe finds no violations."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def _watch_console(page: Page) -> list[str]:
    problems: list[str] = []
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


def test_search_filter_and_open_a_programme(page: Page, live_server: str):
    problems = _watch_console(page)
    page.goto(live_server + "/")
    page.get_by_label("Zoek een opleiding of beroep").fill("verpleegkundige")
    page.get_by_role("button", name="Zoek").click()
    expect(page).to_have_url(re.compile(r"/opleidingen\?q=verpleegkundige"))
    expect(page.locator("#result-count")).to_contain_text("gevonden")
    page.locator("summary", has_text="Filters").click()
    page.get_by_label("Niveau").select_option("4")
    # htmx swaps the results and pushes the new URL.
    expect(page).to_have_url(re.compile(r"level=4"))
    expect(page.locator("#results .card").first).to_contain_text("Niveau 4")
    page.get_by_role("link", name="Mbo-Verpleegkundige").first.click()
    expect(page.locator("h1")).to_have_text("Mbo-Verpleegkundige (niveau 4)")
    expect(page.locator(".key-grid dt", has_text="Kans op werk")).to_be_visible()
    expect(page.locator(".key-grid dt", has_text="Startsalaris")).to_be_visible()
    expect(page.locator("table.bolbbl thead th")).to_have_count(2)
    expect(page.locator("table.bolbbl")).to_contain_text("leerbaan")
    assert problems == []


def test_live_search_updates_results_and_url(page: Page, live_server: str):
    page.goto(live_server + "/opleidingen")
    total = page.locator("#result-count").inner_text()
    page.locator("#q").fill("kok")
    expect(page).to_have_url(re.compile(r"q=kok"))
    expect(page.locator("#result-count")).not_to_have_text(total)
    expect(page.locator("#results .card").first).to_contain_text("Kok")
    # Empty fields stay out of the shared URL.
    assert "domain=" not in page.url and "level=" not in page.url


def test_page_fits_a_phone_without_sideways_scrolling(page: Page, live_server: str):
    for path in ("/", "/opleidingen?q=zorg", "/opleidingen/25655/mbo-verpleegkundige"):
        page.goto(live_server + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (path, width)


def test_search_works_without_javascript(browser, live_server: str):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL",
                                  viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(live_server + "/opleidingen")
    page.locator("#q").fill("kapper")
    page.get_by_role("button", name="Toon opleidingen").click()
    expect(page).to_have_url(re.compile(r"q=kapper"))
    expect(page.locator("#results .card").first).to_contain_text("Kapper")
    context.close()


@pytest.mark.parametrize("path", [
    "/", "/opleidingen?q=zorg", "/opleidingen?level=9",
    "/opleidingen/25655/mbo-verpleegkundige", "/opleidingen/99999/x", "/bronnen", "/uitleg",
])
def test_axe_finds_no_violations(page: Page, live_server: str, path: str):
    problems = _watch_console(page)
    page.goto(live_server + path)
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()
    # 4xx pages log the failed request itself; nothing else may appear (CSP, script errors).
    assert [p for p in problems if "status of 4" not in p] == []
