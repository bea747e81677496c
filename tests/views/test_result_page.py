"""The questionnaire's result page: the result and its explanation first, a caveat only when
it applies, the scores once, no sentence said twice, schools and fields named (issue 12)."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup

from kiesmbo.filters import interest_description
from kiesmbo.journey import PAGES, TOTAL_STEPS
from kiesmbo.questionnaire import INTERESTS, Interest
from tests.pages import get_page
from tests.views.test_orientation import CHOICES, _complete, _post

CSS = "kiesmbo/static/css/site.css"


def _complete_torn(client) -> None:
    """Social all 5, three other types half 5 and half 1: it points one way (social), and
    is contradictory (three types with both a 1 and a 5)."""
    torn = (Interest.REALISTIC, Interest.INVESTIGATIVE, Interest.ARTISTIC)
    for page in range(1, TOTAL_STEPS):
        answers = {}
        for n, item in enumerate(PAGES[page - 1]):
            if item.interest == Interest.SOCIAL:
                answers[item.id] = "5"
            elif item.interest in torn:
                answers[item.id] = "5" if (n + page) % 2 else "1"
            else:
                answers[item.id] = "1"
        assert _post(client, f"/orientatie/stap/{page}", answers).status_code == 303
    _post(client, f"/orientatie/stap/{TOTAL_STEPS}", CHOICES)


def _profile(soup: BeautifulSoup):
    return soup.select_one("#profile-title").find_parent("section")


def test_result_opens_with_its_explanation_and_the_caveat_follows(full_client):
    _complete_torn(full_client)
    soup = get_page(full_client, "/orientatie/uitslag")
    profile = _profile(soup)
    first = profile.find("p")
    assert "Je code is" in first.get_text(), first  # the result, not a caveat
    caveat = profile.select_one(".caveat")
    assert caveat is not None and "verschillende kanten" in caveat.get_text()
    # After the explanation and the chart, not before them.
    order = [tag for tag in profile.find_all(["p", "figure"])]
    assert order.index(first) < order.index(profile.find("figure")) < order.index(caveat)


def test_a_coherent_result_has_no_caveat(full_client):
    _complete(full_client, Interest.SOCIAL)
    soup = get_page(full_client, "/orientatie/uitslag")
    assert not _profile(soup).select(".notice")
    assert "verschillende kanten" not in soup.get_text()


def test_the_scores_are_shown_once_with_a_table_for_screen_readers(full_client):
    _complete(full_client, Interest.SOCIAL)
    soup = get_page(full_client, "/orientatie/uitslag")
    profile = _profile(soup)
    assert len(profile.select("figure.chart svg")) == 1
    # The chart is one image with a caption (its bars are not read out one by one); the
    # numbers are read from the table, which only screen readers get.
    assert profile.select_one("figure.chart svg")["role"] == "img"
    tables = profile.select("table")
    assert len(tables) == 1 and "scores-for-readers" in tables[0]["class"]
    assert len(tables[0].select("tbody tr")) == len(INTERESTS)
    with open(CSS, encoding="utf-8") as handle:
        css = handle.read()
    rule = re.search(r"\.scores-for-readers\s*\{([^}]*)\}", css)
    assert rule and "clip-path: inset(50%)" in rule.group(1)


def test_no_card_says_why_it_fits_twice(full_app, full_client):
    _complete(full_client, Interest.SOCIAL)
    soup = get_page(full_client, "/orientatie/uitslag")
    with full_app.test_request_context("/?lang=nl"):
        phrases = [interest_description(t) for t in INTERESTS]
    cards = soup.select("#suggestions-title ~ ol > li")
    assert cards
    for card in cards:
        why = card.select_one(".why").get_text(" ", strip=True)
        assert why.startswith("Past bij je, want")
        said = [p for p in phrases if p in why]
        for bullet in card.select(".reasons li"):
            text = bullet.get_text(" ", strip=True)
            assert not any(p in text for p in said), (why, text)
            assert text not in why


def test_same_field_says_the_same_as_what(full_client):
    _complete(full_client, Interest.SOCIAL, {"in_mind": "verzorgende"})
    soup = get_page(full_client, "/orientatie/uitslag")
    in_mind = soup.select_one("#choice-title").find_parent("section").select_one(
        ".card-title").get_text(strip=True)
    bullets = [li.get_text(" ", strip=True) for li in soup.select("#suggestions-title ~ ol li li")]
    same = [b for b in bullets if b.startswith("Dezelfde richting")]
    assert same, bullets
    assert all(b == f"Dezelfde richting als {in_mind}." for b in same), same


def test_every_school_near_you_is_named(full_app, full_client):
    _complete(full_client, Interest.REALISTIC, {"place": "Zwolle", "distance": "25"})
    soup = get_page(full_client, "/orientatie/uitslag")
    cards = soup.select("#suggestions-title ~ ol > li")
    assert cards
    text = soup.get_text(" ", strip=True)
    assert "Een school op ongeveer" not in text
    for card in cards:
        nearest = [div for div in card.select(".card-figures div")
                   if div.dt.get_text(strip=True) == "Dichtstbijzijnde school"]
        assert len(nearest) == 1
        value = nearest[0].dd.get_text(" ", strip=True)
        # "<school> in <place>, <n> km": a name, a place and a distance, never a bare number.
        assert re.fullmatch(r"\S.* in \S.*, \d+ km", value), value


def test_field_names_follow_the_language(full_client):
    _complete(full_client, Interest.SOCIAL)
    soup = get_page(full_client, "/orientatie/uitslag?lang=en")
    fields = [a.get_text(strip=True) for a in soup.select("ol.domains a")]
    assert fields and "Care and welfare" in fields, fields
