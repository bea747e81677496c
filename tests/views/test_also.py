"""'Ook interessant' on programme pages, the weight control, and free choice."""

from __future__ import annotations

import pytest

from kiesmbo.db import get_snapshot
from kiesmbo.recommendations import get_recommender
from tests.pages import get_page

ALSO = "/opleidingen/25498/ook-interessant"


def test_programme_page_loads_the_block_lazily_with_a_plain_link(full_client):
    soup = get_page(full_client, "/opleidingen/25498/helpende-zorg-en-welzijn")
    block = soup.select_one("section#also")
    assert block["hx-get"] == ALSO and block["hx-trigger"] == "load"
    assert block.select_one(f"a[href='{ALSO}']") is not None


def test_own_choice_comes_first_and_is_labelled(full_client):
    soup = get_page(full_client, ALSO)
    block = soup.select_one("section#also")
    first = block.select_one(".card")
    assert "own-choice" in first["class"]
    assert "Jouw keuze" in first.get_text() and "Helpende Zorg en Welzijn" in first.get_text()
    suggestions = block.select("ul.cards > li.card")
    assert 3 <= len(suggestions) <= 5
    links = [card.select_one(".card-title a")["href"] for card in suggestions]
    assert not any(link.startswith("/opleidingen/25498/") for link in links)
    for card in suggestions:
        assert card.select(".reasons li"), "every suggestion says why"
        assert "Kans op werk" in card.get_text() and "Startsalaris" in card.get_text()


def test_htmx_gets_the_block_as_a_fragment(full_client):
    soup = get_page(full_client, ALSO, htmx=True)
    root = soup.find(True)
    assert root.name == "section" and root["id"] == "also"
    form = root.select_one("form.weight-control")
    assert form["hx-get"] == ALSO and form["hx-target"] == "#also"


@pytest.mark.parametrize("weight", ["none", "some", "strong"])
def test_every_weight_works_and_is_checked(full_client, weight):
    soup = get_page(full_client, f"{ALSO}?weight={weight}")
    assert soup.select_one(f"input[name=weight][value={weight}][checked]") is not None


def test_default_weight_is_a_little(full_client):
    soup = get_page(full_client, ALSO)
    assert soup.select_one("input[name=weight][value=some][checked]") is not None


@pytest.mark.parametrize(("url", "status"), [
    (f"{ALSO}?weight=max", 400), ("/opleidingen/99999/ook-interessant", 404),
    ("/opleidingen/abc/ook-interessant", 404),
])
def test_bad_input_to_the_block(full_client, url, status):
    get_page(full_client, url, status=status)


def test_search_shows_every_programme_whatever_the_recommender_says(full_app, full_client):
    soup = get_page(full_client, "/opleidingen")
    count = int(soup.select_one("#result-count").get_text().split()[0])
    with full_app.test_request_context():
        assert count == len(get_snapshot().programmes)


def test_model_is_refitted_after_an_import(app, client, seeded_runner, tmp_path):
    with app.test_request_context():
        before = get_recommender()
    csv_file = tmp_path / "f.csv"
    csv_file.write_text("crebo,leerweg,region,indicator,value,unit,year,source\n"
                        "25655,,,start_salary,2500,eur_month,2025,SEO 2025\n", encoding="utf-8")
    assert seeded_runner.invoke(args=["import-figures", str(csv_file)]).exit_code == 0
    with app.test_request_context():
        after = get_recommender()
    assert after is not before
    soup = get_page(client, "/opleidingen/25655/mbo-verpleegkundige")
    assert "2.500" in soup.select_one(".key-grid .tile:nth-of-type(3) .tile-value").get_text()
