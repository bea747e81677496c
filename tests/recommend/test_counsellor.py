"""The counsellor set's floors, measured on the served model (see kiesmbo.recommend.counsellor)."""

from __future__ import annotations

import pytest

from kiesmbo.recommend import OpportunityWeight
from kiesmbo.recommend.counsellor import CASES, PERSONAS, Case
from kiesmbo.recommend.evaluate import judge_cases, judge_personas

FLOORS = {OpportunityWeight.NONE: 0.90, OpportunityWeight.SOME: 0.88,
          OpportunityWeight.STRONG: 0.82}
NONSENSE_CEILING = 0.02


def test_the_set_is_big_enough_and_names_real_programmes(snapshot):
    assert len(CASES) >= 40 and len(PERSONAS) >= 12
    assert {case.crebo for case in CASES} <= set(snapshot.by_crebo)
    assert len({case.crebo for case in CASES}) == len(CASES)


def test_judging_prefers_acceptable_over_nonsense():
    case = Case("1", "x", acceptable=("kok",), nonsense_fields=("79140",), nonsense=("danser",))
    assert case.judge("Zelfstandig werkend kok", "79140") == "acceptable"
    assert case.judge("Helpende Zorg en Welzijn", "79140") == "nonsense"
    assert case.judge("Danser", "79000") == "nonsense"
    assert case.judge("Timmerman", "79000") == "other"


@pytest.mark.parametrize("weight", list(OpportunityWeight))
def test_counsellor_precision_and_nonsense(model, weight):
    score = judge_cases(model, weight)
    assert score.precision >= FLOORS[weight]
    assert score.nonsense <= NONSENSE_CEILING
    assert all(r.suggested for r in score.results)  # no case is left without a list


@pytest.mark.parametrize("weight", list(OpportunityWeight))
def test_personas_meet_the_counsellors_expectations(snapshot, model, weight):
    results = judge_personas(snapshot, model, weight)
    assert all(r.gated for r in results if r.persona.expect_gate)
    assert not any(r.gated for r in results if not r.persona.expect_gate)
    # Measured 10 of 12 (Yusuf's and Noor's lists are the known misses; see the report).
    assert sum(r.meets_expectation for r in results) >= 10
