"""What a student meets of the catalogue's truth: old codes and names lead on, facts say
where they come from, estimates never read as a measurement (full catalogue)."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest

from kiesmbo.catalogue import comparable, differences
from kiesmbo.db import get_snapshot
from kiesmbo.recommendations import get_recommender
from kiesmbo.uncertainty import clear_difference
from tests.pages import get_page


def test_an_old_crebo_redirects_permanently_to_its_successor(full_client):
    response = full_client.get("/opleidingen/25187")
    assert response.status_code == 301
    assert response.headers["Location"] == "/opleidingen/25604/software-developer"
    assert full_client.get("/opleidingen/25187/applicatie-en-mediaontwikkelaar"
                           ).status_code == 301


def test_a_split_programme_says_it_no_longer_starts_and_shows_its_successors(full_client):
    soup = get_page(full_client, "/opleidingen/25399", status=410)
    assert "start niet meer" in soup.h1.get_text()
    names = [a.get_text(strip=True) for a in soup.select(".card-title a")]
    assert names == ["Haarstylist dame", "Haarstylist heer"]


@pytest.mark.parametrize(("query", "crebo"), [
    ("applicatie- en mediaontwikkelaar", "25604"), ("25187", "25604"),
    ("gamedeveloper", "25604"), ("bedrijfsadministrateur", "25725")])
def test_search_for_an_old_name_or_code_finds_the_successor_first(full_client, query, crebo):
    soup = get_page(full_client, "/opleidingen?" + urlencode({"q": query}))
    first = soup.select_one(".card-title a")
    assert first is not None and f"/opleidingen/{crebo}/" in first["href"]


def test_an_old_code_in_a_shared_comparison_link_becomes_its_successor(full_client):
    response = full_client.get("/vergelijk?crebo=25187&crebo=25655")
    assert response.status_code == 301
    assert response.headers["Location"] == "/vergelijk?crebo=25604&crebo=25655"


def test_no_expired_programme_is_listed(full_client, full_app):
    with full_app.test_request_context():
        snapshot = get_snapshot()
        assert not set(snapshot.by_crebo) & set(snapshot.retired)
    soup = get_page(full_client, "/opleidingen?q=applicatie")
    assert "Applicatie- en mediaontwikkelaar" not in [
        a.get_text(strip=True) for a in soup.select(".card-title a")]


def test_the_programme_page_shows_measured_duo_facts_and_occupations(full_client):
    soup = get_page(full_client, "/opleidingen/25604/software-developer")
    text = soup.get_text(" ", strip=True)
    assert re.search(r"Op 1 oktober 2019 volgden [\d.]+ studenten deze opleiding", text)
    assert "voorganger (25187, 25188)" in text
    assert "Gemeten. Bron: DUO" in text
    assert "Beroepen" in text


def test_a_vakschool_shows_its_own_programme_with_duo_evidence(full_client):
    soup = get_page(full_client, "/opleidingen/25897/researchinstrumentmaker")
    text = soup.get_text(" ", strip=True)
    assert "Leidse instrumentmakers School" in text and "Einsteinweg 61" in text
    assert "Volgens DUO, 2019" in text
    assert "Jaarresultaat" in text and "alle vakscholen" in text


def test_no_page_states_an_estimate_as_a_measurement(full_client, full_app):
    """Every figure on a programme page is labelled estimate (for what) or measured."""
    with full_app.test_request_context():
        pages = [f"/opleidingen/{p.crebo}/{p.slug}" for p in get_snapshot().programmes][::25]
    for url in pages:
        soup = get_page(full_client, url)
        notes = soup.select(".key-section .source-note, .bolbbl ~ .source-note")
        assert notes, url
        for source in notes:
            label = source.get_text(" ", strip=True).removeprefix("≈ ")
            assert label.startswith(("Schatting voor opleidingen in", "Gemeten.")), label
        assert "heeft werk van 12 uur" not in soup.get_text()


def test_higher_and_lower_are_only_said_beyond_the_estimates_range(full_app):
    """Over the whole catalogue: a "hoger"/"lager" reason in Ook interessant always has a
    clear difference, and two programmes from one estimate cell never differ."""
    with full_app.test_request_context():
        snapshot, model = get_snapshot(), get_recommender()
        said = 0
        for source in snapshot.programmes[::3]:
            for suggestion in model.similar_to(source.crebo, k=5):
                target = snapshot.by_crebo[suggestion.crebo]
                verdict = clear_difference(comparable(target, target.job_chance),
                                           comparable(source, source.job_chance))
                for reason in suggestion.reasons:
                    if reason.startswith("higher_job_chance"):
                        assert verdict == 1, (source.crebo, target.crebo)
                        said += 1
                    if reason.startswith("lower_job_chance"):
                        assert verdict == -1, (source.crebo, target.crebo)
        assert said > 0
        nurse, carer = snapshot.by_crebo["25655"], snapshot.by_crebo["25725"]
        assert differences([nurse, nurse])[0].clearly_higher == ()
        assert differences([nurse, carer])  # comparable figures exist


def test_compare_says_no_clear_difference_for_one_estimate_cell(full_client):
    # Software developer and Expert IT systems and devices: both ICT level 4 estimates.
    soup = get_page(full_client, "/vergelijk?crebo=25604&crebo=25606")
    text = soup.get_text(" ", strip=True)
    assert "Kans op werk: geen duidelijk verschil tussen deze opleidingen" in text
