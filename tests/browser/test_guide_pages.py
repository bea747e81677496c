"""The guide in a real browser at 390x844: the doubt route, the parents' link and the route
ladder pass axe, and the forms of the guide work without JavaScript."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from flask import Flask
from playwright.sync_api import Browser, Page, expect
from sqlmodel import Session

from kiesmbo.db import get_engine
from kiesmbo.questionnaire import ITEMS
from kiesmbo.saved_results import save_result

pytestmark = pytest.mark.browser
PHONE = {"width": 390, "height": 844}


def _no_axe_violations(page: Page) -> None:
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()


@pytest.fixture(scope="module")
def saved_code(full_app: Flask) -> str:
    from kiesmbo.journey import VERSION

    answers = {item.id: 5 if item.interest.value == "realistic" else 2 for item in ITEMS}
    with full_app.app_context(), Session(get_engine()) as session:
        return save_result(session=session, answers={
            "v": VERSION, "answers": answers, "shortlist": ["25655", "25725"],
            "choices": {"learning": "either", "school": "vmbo_kader", "all_levels": False,
                        "distance": 25, "place": "", "in_mind_text": "", "in_mind": "",
                        "ruled_out": []}})


@pytest.mark.parametrize("lang", ["nl", "ar"])
def test_axe_on_doubt_route_parents_link_and_ladder(page: Page, live_server: str,
                                                     saved_code: str, lang: str):
    assert page.viewport_size == PHONE
    for path in ("/twijfel", "/twijfel?opleiding=verzorgende", f"/uitslag/{saved_code}/ouders",
                 "/route/25655", "/route/25498", "/opleidingen/25655/mbo-verpleegkundige",
                 "/kosten?crebo=25655&crebo=25650&age=17&leerweg=bbl",
                 "/toelating?crebo=25655&school=vmbo_basis"):
        page.goto(live_server + path + ("&" if "?" in path else "?") + f"lang={lang}")
        expect(page.locator("html")).to_have_attribute("lang", lang)
        _no_axe_violations(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path


def test_guide_works_without_javascript(browser: Browser, live_server: str, saved_code: str):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL", viewport=PHONE)
    page = context.new_page()
    # Can I do this programme? From the programme page, for my school.
    page.goto(live_server + "/opleidingen/25655/mbo-verpleegkundige?lang=nl")
    page.locator("#admission > summary").click()  # folded on the programme page
    page.locator("#school").select_option("vmbo_basis")
    page.get_by_role("button", name="Bekijk voor mijn school").click()
    expect(page).to_have_url(re.compile(r"/toelating\?crebo=25655&school=vmbo_basis"))
    expect(page.locator(".card").first).to_contain_text("Niet meteen")
    # What does it cost? The calculator on the programme page.
    page.goto(live_server + "/opleidingen/25655/mbo-verpleegkundige")
    page.locator("#costs > summary").click()
    page.locator("#age-programme").fill("18")
    form = page.locator("form.costs-form")
    form.locator("input[name=leerweg][value=bbl]").check()
    form.get_by_role("button", name="Reken uit").click()
    expect(page.locator("table.costs tfoot")).to_contain_text("2.616")
    # The doubt route, linked from the home page.
    page.goto(live_server + "/")
    page.get_by_role("link", name=re.compile("twijfel je")).click()
    page.locator("#opleiding").fill("Verzorgende-IG")
    page.get_by_role("button", name="Laat opleidingen zien").click()
    expect(page.locator("#close-title")).to_contain_text("Verzorgende-IG")
    # The parents' link: from the saved result, in Polish, with the Dutch words.
    page.goto(live_server + f"/uitslag/{saved_code}")
    page.locator("#parents-lang").select_option("pl")
    page.get_by_role("button", name="Open voor mijn ouders").click()
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    expect(page.locator("dl.terms")).to_contain_text("(bbl)")
    # The ladder on a page of its own.
    page.goto(live_server + "/route/25655?lang=nl")
    expect(page.locator("ol.ladder").first).to_contain_text("Mbo-Verpleegkundige")
    context.close()
