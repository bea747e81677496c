"""Search, filters, sorting, htmx fragments and the programme page, on the full catalogue."""

from __future__ import annotations

import re

import pytest

from tests.pages import get_page


def _cards(soup) -> list:
    return soup.select("#results .card")


def _names(soup) -> list[str]:
    return [card.select_one(".card-title").get_text(strip=True) for card in _cards(soup)]


def _count(soup) -> int:
    return int(soup.select_one("#result-count").get_text().split()[0])


@pytest.mark.parametrize(("query", "expected"), [
    ("verzorgende ig", "Verzorgende-IG"),
    ("Verzorgende-IG", "Verzorgende-IG"),
    ("25655", "Mbo-Verpleegkundige"),
    ("softwaredeveloper", "Software developer"),
    ("SOFTWARE DEVELOPER", "Software developer"),
    ("mbo-verpleegkundíge", "Mbo-Verpleegkundige"),
    ("verpleegkundge", "Mbo-Verpleegkundige"),
    ("verzorgnde ig", "Verzorgende-IG"),
])
def test_search_finds_by_name_synonym_crebo_and_small_typos(full_client, query, expected):
    soup = get_page(full_client, f"/opleidingen?q={query}")
    assert expected in _names(soup)[:3], _names(soup)[:5]


def test_crebo_search_gives_exactly_that_programme(full_client):
    soup = get_page(full_client, "/opleidingen?q=25655")
    assert _count(soup) == 1


def test_search_without_match_offers_a_way_out(full_client):
    soup = get_page(full_client, "/opleidingen?q=xqzwv")
    assert _count(soup) == 0
    assert soup.select_one("#results a[href='/opleidingen']") is not None


def test_no_filter_shows_every_programme_with_a_count(full_client):
    soup = get_page(full_client, "/opleidingen")
    assert _count(soup) > 400
    assert len(_cards(soup)) == 50
    assert soup.select_one("a[rel=next]") is not None


def test_domain_filter(full_client):
    soup = get_page(full_client, "/opleidingen?domain=zorg-en-welzijn")
    assert 0 < _count(soup) < 100
    assert all("Zorg en welzijn" in card.select_one(".meta").get_text() for card in _cards(soup))


@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_level_filter(full_client, level):
    soup = get_page(full_client, f"/opleidingen?level={level}")
    word = "Entree" if level == 1 else f"Niveau {level}"
    assert _count(soup) > 0
    assert all(card.select_one(".meta").get_text().startswith(word) for card in _cards(soup))


@pytest.mark.parametrize("leerweg", ["bol", "bbl"])
def test_leerweg_filter(full_client, leerweg):
    everything = _count(get_page(full_client, "/opleidingen"))
    soup = get_page(full_client, f"/opleidingen?leerweg={leerweg}")
    assert 0 < _count(soup) < everything
    assert all(leerweg in card.select_one(".meta").get_text() for card in _cards(soup))


def test_shortage_filter(full_client):
    soup = get_page(full_client, "/opleidingen?shortage=1")
    assert _count(soup) > 0
    assert all(card.select_one(".tag") for card in _cards(soup))


@pytest.mark.parametrize("place", ["1012", "1012 AB", "Zwolle", "zwolle"])
def test_place_filter_keeps_programmes_with_a_school_within_the_distance(full_client, place):
    soup = get_page(full_client, f"/opleidingen?place={place}&distance=10")
    assert 0 < _count(soup) < 628
    for card in _cards(soup):
        distance = card.select(".card-figures dd")[-1].get_text()
        assert int(distance.split()[0]) <= 10


def test_wider_distance_finds_at_least_as_many(full_client):
    near = _count(get_page(full_client, "/opleidingen?place=Terschelling&distance=25"))
    far = _count(get_page(full_client, "/opleidingen?place=Terschelling&distance=100"))
    assert near <= far and far > 0


def _card_figure(card, label: str) -> str:
    for item in card.select(".card-figures div"):
        if item.dt.get_text(strip=True) == label:
            return item.dd.get_text(" ", strip=True)
    return ""


def test_sort_by_salary_is_high_to_low(full_client):
    soup = get_page(full_client, "/opleidingen?sort=salary")
    values = [int(_card_figure(c, "Startsalaris").split("€")[1].replace(".", ""))
              for c in _cards(soup)]
    assert values == sorted(values, reverse=True)


def test_sort_by_job_chance_is_high_to_low(full_client):
    order = ["gering", "matig", "voldoende", "ruim voldoende", "goed"]
    soup = get_page(full_client, "/opleidingen?sort=job_chance&level=2")
    values = [order.index(_card_figure(c, "Kans op werk").lstrip("≈ ").replace("ongeveer ", ""))
              for c in _cards(soup)]
    assert values == sorted(values, reverse=True)


def test_sort_by_name(full_client):
    names = _names(get_page(full_client, "/opleidingen?sort=name&domain=zorg-en-welzijn"))
    assert names == sorted(names, key=str.casefold)


def test_pages_differ_and_keep_the_filters(full_client):
    first = get_page(full_client, "/opleidingen?level=3")
    link = first.select_one("a[rel=next]")["href"]
    assert "level=3" in link and "page=2" in link
    second = get_page(full_client, link)
    assert set(_names(first)).isdisjoint(_names(second))


def test_htmx_request_gets_only_the_results_fragment(full_client):
    soup = get_page(full_client, "/opleidingen?q=kok", htmx=True)
    root = soup.find(True)
    assert root.name == "section" and root["id"] == "results"
    assert "Kok" in _names(soup)


@pytest.mark.parametrize("header", ["HX-Boosted", "HX-History-Restore-Request"])
def test_boosted_and_history_restore_get_the_full_page(full_client, header):
    soup = get_page(full_client, "/opleidingen?q=kok", headers={"HX-Request": "true",
                                                                header: "true"})
    assert soup.select_one("form#filters") is not None


def test_search_form_works_without_javascript(full_client):
    soup = get_page(full_client, "/opleidingen")
    form = soup.select_one("form#filters")
    assert form["action"] == "/opleidingen" and form["method"] == "get"
    assert form["hx-push-url"] == "true" and form["hx-target"] == "#results"
    assert {field["name"] for field in form.select("[name]")} >= {
        "q", "domain", "level", "leerweg", "shortage", "place", "distance", "sort"}


@pytest.mark.parametrize(("query", "field"), [
    ("level=9", "level"), ("level=abc", "level"), ("page=-1", "page"), ("page=0", "page"),
    ("page=abc", "page"), ("page=" + "9" * 10_000, "page"), ("place=abc", "place"),
    ("distance=-5", "distance"), ("distance=100000", "distance"),
    ("place=1012&distance=x", "distance"),
    ("q=" + "a" * 10_000, "q"), ("domain=bestaat-niet", "domain"), ("leerweg=xbl", "leerweg"),
    ("sort=random", "sort"), ("shortage=yes", "shortage"), ("place=0000", "place"),
])
def test_bad_filters_get_422_with_a_clear_message(full_client, query, field):
    soup = get_page(full_client, f"/opleidingen?{query}", status=422)
    summary = soup.select_one(".error-summary")
    assert summary is not None and summary.get_text(strip=True)
    assert not _cards(soup)


def test_bad_filter_in_htmx_gets_a_422_fragment(full_client):
    soup = get_page(full_client, "/opleidingen?level=9", status=422, htmx=True)
    assert soup.select_one(".error-summary") is not None


def test_page_after_the_last_is_404(full_client):
    soup = get_page(full_client, "/opleidingen?page=99999", status=404)
    assert "Deze pagina bestaat niet" in soup.get_text()


# --- The programme page -------------------------------------------------------------------


def test_wrong_or_missing_slug_redirects_to_the_canonical_url(full_client):
    for url in ("/opleidingen/25655/verkeerd", "/opleidingen/25655"):
        response = full_client.get(url)
        assert response.status_code == 301
        assert response.headers["Location"].endswith("/opleidingen/25655/mbo-verpleegkundige")


@pytest.mark.parametrize("crebo", ["99999", "25000", "abc", "2" * 500])
def test_unknown_crebo_gives_a_helpful_404(full_client, crebo):
    soup = get_page(full_client, f"/opleidingen/{crebo}/x", status=404)
    assert soup.select_one("form[role=search] input[name=q]") is not None


def test_programme_page_shows_key_figures_with_source_year_and_estimate(full_client):
    soup = get_page(full_client, "/opleidingen/25655/mbo-verpleegkundige")
    text = soup.get_text(" ", strip=True)
    assert soup.h1.get_text(strip=True) == "Mbo-Verpleegkundige (niveau 4)"
    for words in ("Kans op werk", "Startsalaris", "bruto per maand", "mbo-gemiddelde",
                  "Kans op een vast contract", "Bron:", "2023"):
        assert words in text, words
    estimate_links = soup.select("a[href='/bronnen#estimate']")
    assert estimate_links and "schatten" in estimate_links[0].get_text()
    # An estimate says what it is an estimate for, and never reads as a measurement.
    assert "Schatting voor opleidingen in Zorg en welzijn op niveau 4" in text
    assert "geen cijfer van deze opleiding zelf" in text
    assert "binnen drie maanden werk" in text and "12 uur" not in text
    assert "Gemeten. Bron: SEO" in text  # the mbo average is a published figure
    current = soup.select_one(".scale [aria-current=true]")
    assert current is not None and "deze opleiding" in current.get_text()


def test_programme_page_compares_bol_and_bbl(full_client):
    soup = get_page(full_client, "/opleidingen/25655/mbo-verpleegkundige")
    table = soup.select_one("table.bolbbl")
    assert [th.get_text(strip=True) for th in table.select("thead th")] == ["bol", "bbl"]
    rows = {tr.th.get_text(" ", strip=True): [td.get_text(" ", strip=True) for td in tr("td")]
            for tr in table.select("tbody tr")}
    assert all(len(cells) == 2 for cells in rows.values())
    assert rows["Eigen inkomen direct na het diploma"][0].startswith("≈")
    assert "Kans op een stage of leerbaan" in rows
    text = soup.select_one("#bolbbl-title").parent.get_text(" ", strip=True)
    assert "leerbedrijf" in text
    # One source note for the section, every figure links to it.
    assert len(soup.select("#bolbbl-title ~ .source-note")) == 1
    assert soup.select("table.bolbbl a[href='#bolbbl-source']")


def test_programme_page_schools_nearest_first(full_client):
    soup = get_page(full_client, "/opleidingen/25655/mbo-verpleegkundige?place=9711")
    items = [li.get_text(" ", strip=True) for li in soup.select(".schools li")]
    distances = [int(re.search(r"· (\d+) km", text).group(1)) for text in items]
    assert distances and distances == sorted(distances)
    # Mbo-Verpleegkundige (2020) replaced 25480: DUO saw its predecessor taught in 2019.
    assert all("Volgens DUO, 2019: voorganger 25480" in text for text in items)
    assert "Niet bevestigd" not in soup.get_text()


def test_programme_page_shows_where_it_leads_and_what_leads_here(full_client):
    soup = get_page(full_client, "/opleidingen/25656/verzorgende-ig")
    links = {a.get_text(strip=True) for a in soup.select("a")}
    assert "Mbo-Verpleegkundige (niveau 4)" in links
    assert "Helpende Zorg en Welzijn (niveau 2)" in links


def test_programme_page_htmx_boosted_gets_full_page(full_client):
    soup = get_page(full_client, "/opleidingen/25656/verzorgende-ig",
                    headers={"HX-Request": "true", "HX-Boosted": "true"})
    assert soup.h1 is not None
