"""Six synthetic pure-type students land in sensible domains, on the path the site takes
(full catalogue, the served recommender)."""

from __future__ import annotations

import pytest

from kiesmbo.db import get_snapshot
from kiesmbo.orientation import Preferences, build_result
from kiesmbo.questionnaire import ITEMS, Interest, School, score_answers
from kiesmbo.recommend import OpportunityWeight
from kiesmbo.recommendations import get_recommender

EXPECTED = {
    Interest.SOCIAL: {"Zorg en welzijn"},
    Interest.REALISTIC: {"Bouw en infra", "Afbouw, hout en onderhoud",
                         "Techniek en procesindustrie", "Mobiliteit en voertuigen"},
    Interest.CONVENTIONAL: {"Economie en administratie"},
    Interest.ARTISTIC: {"Media en vormgeving"},
    # The 2015 regulation puts the generic enterprising programmes (Vakman-ondernemer,
    # Leidinggevende team/afdeling/project) in Voedsel, natuur en leefomgeving (EZ).
    Interest.ENTERPRISING: {"Handel en ondernemerschap", "Economie en administratie",
                            "Voedsel, natuur en leefomgeving"},
    Interest.INVESTIGATIVE: {"Ambacht, laboratorium en gezondheidstechniek",
                             "Informatie en communicatietechnologie",
                             "Voedsel, natuur en leefomgeving", "Techniek en procesindustrie"},
}


@pytest.mark.parametrize("weight", list(OpportunityWeight))
@pytest.mark.parametrize("interest", list(Interest))
def test_pure_type_lands_in_a_sensible_domain(full_app, interest, weight):
    answers = {item.id: 5 if item.interest == interest else 1 for item in ITEMS}
    with full_app.test_request_context():
        result = build_result(get_snapshot(), score_answers(answers),
                              Preferences(school=School.VMBO_KADER), get_recommender(), weight)
    assert result.domains[0].name in EXPECTED[interest], [d.name for d in result.domains]
    assert result.suggestions and all(s.programme.level in (3, 4) for s in result.suggestions)
    assert all(s.reasons for s in result.suggestions)  # only the recommender gives reasons
    # The best fitting field is never pushed out of the list (by chances or otherwise).
    best = result.domains[0].name
    assert any(s.programme.domain.name == best for s in result.suggestions), \
        [s.programme.name for s in result.suggestions]


def test_a_name_of_several_programmes_gets_a_choice_never_a_silent_pick(full_app):
    from kiesmbo.orientation import resolve_programme

    with full_app.test_request_context():
        snapshot = get_snapshot()
    crebo, candidates = resolve_programme(snapshot, "chauffeur")
    names = [p.name for p in candidates]
    assert crebo is None and "Chauffeur wegvervoer" in names and "Taxichauffeur" in names
    assert resolve_programme(snapshot, "verkoopmedewerker")[0] is None
    assert resolve_programme(snapshot, "Timmerman") == ("25829", [])  # its own name
    assert resolve_programme(snapshot, "25498") == ("25498", [])
    assert resolve_programme(snapshot, "chauffeur", chosen="25671") == ("25671", [])
    assert resolve_programme(snapshot, "zzqqxx") == (None, [])


def test_the_choices_step_asks_which_programme_is_meant(full_client):
    from bs4 import BeautifulSoup

    from kiesmbo.views.orientation import PAGES, TOTAL_STEPS

    def post(step, data):
        page = BeautifulSoup(full_client.get(f"/orientatie/stap/{step}").get_data(as_text=True),
                             "html.parser")
        token = page.select_one("input[name=csrf_token]")["value"]
        return full_client.post(f"/orientatie/stap/{step}", data={"csrf_token": token, **data})

    for step in range(1, TOTAL_STEPS):
        post(step, {item.id: "4" if item.interest == "realistic" else "2"
                    for item in PAGES[step - 1]})
    choices = {"school": "vmbo_basis", "learning": "either", "distance": "25",
               "in_mind": "chauffeur"}
    response = post(TOTAL_STEPS, choices)
    assert response.status_code == 422
    soup = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    options = {i["value"] for i in soup.select("input[name=in_mind_choice]")}
    assert "25671" in options and "25674" in options
    response = post(TOTAL_STEPS, {**choices, "in_mind_choice": "25674"})
    assert response.status_code == 303
    result = full_client.get("/orientatie/uitslag").get_data(as_text=True)
    choice = BeautifulSoup(result, "html.parser").select_one("#choice-title").find_parent("section")
    assert "Taxichauffeur" in choice.get_text()
