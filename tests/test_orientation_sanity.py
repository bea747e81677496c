"""Six synthetic pure-type students land in sensible domains, on the path the site takes
(full catalogue, the served recommender)."""

from __future__ import annotations

import pytest

from kiesmbo.db import get_snapshot
from kiesmbo.orientation import Preferences, build_result
from kiesmbo.questionnaire import ITEMS, Interest, School, score_answers
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


@pytest.mark.parametrize("interest", list(Interest))
def test_pure_type_lands_in_a_sensible_domain(full_app, interest):
    answers = {item.id: 5 if item.interest == interest else 1 for item in ITEMS}
    with full_app.test_request_context():
        result = build_result(get_snapshot(), score_answers(answers),
                              Preferences(school=School.VMBO_KADER), get_recommender())
    assert result.domains[0].name in EXPECTED[interest], [d.name for d in result.domains]
    assert result.suggestions and all(s.programme.level in (3, 4) for s in result.suggestions)
    assert all(s.reasons for s in result.suggestions)  # only the recommender gives reasons
    # The best fitting field is never pushed out of the list (by chances or otherwise).
    best = result.domains[0].name
    assert any(s.programme.domain.name == best for s in result.suggestions), \
        [s.programme.name for s in result.suggestions]
