"""Six synthetic pure-type students land in sensible domains (full catalogue)."""

from __future__ import annotations

import pytest

from kiesmbo.db import get_snapshot
from kiesmbo.orientation import Preferences, build_result
from kiesmbo.questionnaire import ITEMS, Interest, School, score_answers

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
                              Preferences(school=School.VMBO_KADER))
    assert result.domains[0].name in EXPECTED[interest], [d.name for d in result.domains]
    assert result.suggestions and all(s.programme.level in (3, 4) for s in result.suggestions)
    assert result.suggestions[0].fit >= result.suggestions[-1].fit
