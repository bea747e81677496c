"""The whole questionnaire in a real browser at phone size, with axe on every screen."""

from __future__ import annotations

import re
import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser


def _check_axe(page: Page) -> None:
    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()


def test_complete_save_share_and_delete(page: Page, browser: Browser, live_server: str):
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    started = time.monotonic()
    page.goto(live_server + "/")
    page.get_by_role("link", name="Begin de test").click()
    expect(page.locator("h1")).to_contain_text("Wat past bij jou?")
    _check_axe(page)
    page.get_by_role("link", name="Begin de test").click()
    for step in range(1, 7):
        expect(page.locator("h1")).to_contain_text(f"stap {step} van 7")
        _check_axe(page)
        questions = page.locator("fieldset.question")
        expect(questions).to_have_count(6)
        for index in range(6):
            # A student who likes helping people: "Heel leuk" for the helping items.
            question = questions.nth(index)
            text = question.locator("legend").inner_text()
            helping = any(word in text for word in ("Zorgen", "kind helpen", "Luisteren",
                                                     "klasgenoot", "zwemmen", "beperking"))
            question.get_by_text("Heel leuk" if helping else "Niet zo", exact=True).click()
        page.get_by_role("button", name="Volgende").click()
    expect(page.locator("h1")).to_contain_text("Over jou")
    _check_axe(page)
    page.get_by_label("Weet ik nog niet").check()
    page.get_by_label("vmbo kader").check()
    page.get_by_role("button", name="Bekijk mijn uitslag").click()
    expect(page).to_have_url(re.compile(r"/orientatie/uitslag$"))
    expect(page.locator("h1")).to_have_text("Jouw uitslag")
    seconds = time.monotonic() - started
    print(f"\nquestionnaire run-through: {seconds:.1f} s")
    expect(page.locator(".domains li").first).to_contain_text("Zorg en welzijn")
    _check_axe(page)
    page.get_by_role("button", name="Bewaar mijn uitslag").click()
    expect(page.locator("h1")).to_contain_text("Bewaarde uitslag")
    code = page.locator("strong.code").inner_text()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code)
    expect(page.locator("img.qr")).to_be_visible()
    _check_axe(page)
    assert errors == []

    # A counsellor opens the code in another browser.
    other = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    counsellor = other.new_page()
    counsellor.goto(live_server + "/uitslag")
    counsellor.get_by_label("Code van de uitslag").fill(code.lower().replace("-", " "))
    counsellor.get_by_role("button", name="Openen").click()
    expect(counsellor.locator("h1")).to_contain_text(code)
    expect(counsellor.locator(".domains li").first).to_contain_text("Zorg en welzijn")
    counsellor.get_by_role("button", name="Verwijder deze uitslag").click()
    expect(counsellor.locator(".notice")).to_contain_text("verwijderd")
    counsellor.goto(live_server + f"/uitslag/{code}")
    expect(counsellor.locator("h1")).to_have_text("We kunnen deze pagina niet vinden")
    _check_axe(counsellor)
    other.close()


def test_missing_answer_is_pointed_out(page: Page, live_server: str):
    page.goto(live_server + "/orientatie/stap/1")
    page.locator("fieldset.question").first.get_by_text("Gaat wel", exact=True).click()
    page.get_by_role("button", name="Volgende").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("fieldset.has-error")).to_have_count(5)
    _check_axe(page)
