"""Search as pupils type it: 60 queries, each with programmes of which one must be in the
top 3. Words, sentences, plurals and typos; none of them may find nothing."""

from __future__ import annotations

import pytest

from kiesmbo.db import get_snapshot
from kiesmbo.search import SearchFilters, search
from tests.pages import get_page

# query -> crebos of which at least one must be among the first three results
PUPIL_QUERIES: dict[str, set[str]] = {
    "zorg": {"25656", "25655"},
    "iets in de zorg": {"25656", "25655"},
    "ik wil verpleegster worden": {"25655"},
    "verpleegkundge": {"25655"},
    "ouderen helpen": {"25656", "25498"},
    "politie": {"25806", "25803"},
    "boa": {"25806", "25803", "25804", "25805"},
    "met dieren werken": {"25732", "25734"},
    "dierenarts": {"25731"},
    "paarden": {"25915", "25916", "25917"},
    "iets met kinderen": {"25696", "25698"},
    "kinderopvang": {"25696"},
    "juf worden": {"25698"},
    "auto's": {"25668", "25669"},
    "automonteur": {"25668", "25669"},
    "vrachtwagen": {"25671"},
    "koken": {"25180", "25182"},
    "kok worden": {"25180", "25182"},
    "bakker": {"25721", "25722"},
    "taarten maken": {"25797", "25722"},
    "computers": {"25605", "25607", "25606"},
    "computer repareren": {"25605", "25607"},
    "programmeren": {"25604"},
    "games maken": {"25604"},
    "hacken": {"25606"},
    "bouwen": {"25829", "25828", "25870"},
    "in de bouw werken": {"25829", "25828", "25870"},
    "timmerman": {"25829"},
    "elektricien": {"25737", "25736"},
    "electricien": {"25737", "25736"},
    "loodgieter": {"25350", "25835"},
    "geld": {"25725", "25724"},
    "boekhouden": {"25725"},
    "mode": {"25687", "25686", "25689"},
    "kleding maken": {"25689", "25686", "25684"},
    "sport": {"25908", "25912"},
    "fitness trainer": {"25912", "25908"},
    "muziek": {"25654"},
    "zingen": {"25654", "25653"},
    "dansen": {"25652"},
    "toneel": {"25651"},
    "kapper": {"25641", "25642", "25643"},
    "make-up": {"25692", "25906"},
    "nagels": {"25906", "25907", "25692"},
    "winkel": {"25808", "25809"},
    "beveiliger": {"25690", "25691"},
    "leger": {"25599", "25600"},
    "vliegtuigen": {"25636", "25321", "25324"},
    "varen": {"25610", "25611"},
    "tuin": {"25621", "25618"},
    "bloemen": {"25707", "25706"},
    "boerderij": {"25432", "25537"},
    "film maken": {"25717", "25716"},
    "fotograaf": {"25718"},
    "reizen": {"25649", "25647"},
    "hotel": {"25843", "25842"},
    "tandarts": {"25699"},
    "apotheek": {"25650"},
    "dokter": {"25695"},
    "marketing": {"25727"},
    "brandweer": {"25410", "25690"},
}


def _top(app, query: str, count: int = 3) -> tuple[list[str], int]:
    with app.app_context():
        result = search(get_snapshot(), SearchFilters(query=query), per_page=count)
    return [hit.programme.crebo for hit in result.hits], result.total


def test_the_pupil_query_set_is_large_enough():
    assert len(PUPIL_QUERIES) >= 40


def test_pupil_queries_find_what_they_mean(full_app):
    misses = {}
    for query, wanted in PUPIL_QUERIES.items():
        top, total = _top(full_app, query)
        assert total > 0, f"{query!r} finds nothing"
        if not wanted & set(top):
            misses[query] = top
    hit_rate = 1 - len(misses) / len(PUPIL_QUERIES)
    print(f"\npupil query hit rate (top 3): {hit_rate:.0%} of {len(PUPIL_QUERIES)}")
    assert not misses, misses


def test_zorg_puts_verzorgende_or_verpleegkundige_first(full_app):
    top, total = _top(full_app, "zorg")
    assert total > 10
    assert {"25656", "25655"} & set(top), top


def test_popularity_orders_equal_matches(full_app):
    # Every "medewerker" programme matches as a word; the most chosen ones come first.
    with full_app.app_context():
        snapshot = get_snapshot()
        result = search(snapshot, SearchFilters(query="assistent"), per_page=50)
    students = [hit.programme.enrolments.students if hit.programme.enrolments else 0
                for hit in result.hits if hit.score == result.hits[0].score]
    assert len(students) >= 3 and students == sorted(students, reverse=True)


def test_an_exact_name_still_wins(full_app):
    assert _top(full_app, "Kok")[0][0] == "25180"
    assert _top(full_app, "Verzorgende-IG")[0][0] == "25656"


def test_empty_state_suggests_words_and_fields_without_blaming_filters(full_client):
    soup = get_page(full_client, "/opleidingen?q=kinderarts")
    text = soup.select_one("#results").get_text(" ", strip=True)
    assert "filter" not in text
    suggestions = [a.get_text() for a in soup.select("#results .suggestions a")]
    assert "kinderen" in suggestions
    fields = soup.select("#results .suggestions a[href*='domain=']")
    assert fields
    # A suggested word finds programmes.
    link = soup.select_one("#results .suggestions a[lang=nl]")["href"]
    assert "0 opleidingen" not in get_page(full_client, link).select_one("#result-count").text


def test_empty_state_with_a_filter_says_to_remove_it(full_client):
    soup = get_page(full_client, "/opleidingen?q=kok&level=1")
    assert "filter" in soup.select_one("#results").get_text()


@pytest.mark.parametrize("query", ["xyzzq", "!!!", "a" * 100, "ik wil"])
def test_nonsense_gets_a_clear_empty_state(full_client, query):
    response = full_client.get("/opleidingen", query_string={"q": query})
    assert response.status_code == 200
