"""Keyboard only through the questionnaire: after every htmx swap focus is on the new
step (never on <body>), the document title follows the step, and an error summary gets
focus and names the questions."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


def _active(page: Page) -> dict:
    return page.evaluate("""() => { const a = document.activeElement;
        return {tag: a.tagName, text: (a.innerText || a.value || '').slice(0, 80),
                inStep: !!a.closest('#step'), type: a.type || ''}; }""")


def _tab_to(page: Page, test: str, limit: int = 60) -> None:
    """Press Tab until the focused element passes the JavaScript test `test` (on el)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(el => {test})(document.activeElement)"):
            return
    raise AssertionError(f"Tab never reached {test}")


def test_keyboard_walk_keeps_focus_and_title_with_the_step(page: Page, live_server: str):
    page.goto(live_server + "/orientatie/stap/1")
    expect(page).to_have_title(re.compile(r"stap 1 van 7"))
    for step in range(1, 7):
        for _question in range(6):
            _tab_to(page, "el.type === 'radio'")
            page.keyboard.press("Space")  # the first answer of this question
            assert page.evaluate("document.activeElement.checked")
        _tab_to(page, "el.tagName === 'BUTTON' && el.closest('#step')")
        page.keyboard.press("Enter")
        expect(page.locator("#step h1")).to_contain_text(f"stap {step + 1} van 7")
        expect(page).to_have_title(re.compile(rf"stap {step + 1} van 7"))
        active = _active(page)
        assert active["tag"] != "BODY" and active["inStep"], (step, active)
        # The next Tab goes on in the questions, not into the footer.
        page.keyboard.press("Tab")
        assert _active(page)["inStep"], _active(page)

    # Step 7 sent without answers: focus goes to the summary, which names the questions.
    _tab_to(page, "el.tagName === 'BUTTON' && el.closest('#step')")
    page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Hoe wil je het liefst leren?")
    expect(summary).to_contain_text("Op welke school zit je nu")


def test_list_button_keeps_focus_after_the_swap(page: Page, live_server: str):
    page.goto(live_server + "/opleidingen/25655/mbo-verpleegkundige")
    # The page holds a plain form until htmx loads this visitor's button (hx-trigger=load);
    # a key press before that swap posts the plain form, which is the no-JavaScript path.
    expect(page.locator("form.list-button[hx-post]")).to_have_count(1)
    page.wait_for_load_state("networkidle")
    button = page.get_by_role("button", name="Zet op mijn lijstje")
    expect(button).to_be_visible()
    button.focus()
    page.keyboard.press("Enter")
    removal = page.get_by_role("button", name="Haal van mijn lijstje")
    expect(removal).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Zet op mijn lijstje")).to_be_focused()


def test_content_loaded_with_the_page_does_not_take_the_focus(page: Page, live_server: str):
    page.goto(live_server + "/opleidingen/25655/mbo-verpleegkundige")
    page.wait_for_load_state("networkidle")
    expect(page.locator("#also-title")).to_be_visible()
    assert _active(page)["tag"] == "BODY"
