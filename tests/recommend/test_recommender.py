"""The recommender as the site serves it (fixtures in conftest.py), and on tiny catalogues."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

from kiesmbo.recommend import (
    OpportunityWeight,
    ProgrammeFeatures,
    Recommender,
    StudentProfile,
    UnknownProgrammeError,
)
from kiesmbo.recommend.evaluate import builtin_truth, evaluate


def _programme(crebo: str, **overrides) -> ProgrammeFeatures:
    values = dict(crebo=crebo, name=f"Opleiding {crebo}", text="zorg voor mensen en helpen",
                  riasec=(2, 2, 2, 6, 3, 3), domain="79140", sector="ZWS", level=3,
                  has_bol=True, has_bbl=True, job_chance=3, work_pct=80, start_salary=1900)
    values.update(overrides)
    return ProgrammeFeatures(**values)


def _assert_in_fresh_python(code: str) -> None:
    """Run code in a new interpreter, so modules imported by other tests do not count."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr


def test_importing_the_recommender_loads_no_flask_sqlmodel_or_babel():
    _assert_in_fresh_python(
        "import kiesmbo.recommend, sys; bad = {'flask', 'sqlmodel', 'flask_babel', 'babel'}"
        " & set(sys.modules); assert not bad, bad")


def test_search_and_catalogue_never_import_the_recommender():
    _assert_in_fresh_python("import kiesmbo.search, kiesmbo.catalogue, kiesmbo.queries, sys; "
                            "assert 'kiesmbo.recommend' not in sys.modules")


def test_similar_to_never_returns_the_programme_itself(model):
    for programme in model.programmes_[::25]:
        for weight in OpportunityWeight:
            crebos = [r.crebo for r in model.similar_to(programme.crebo, weight=weight)]
            assert programme.crebo not in crebos
            assert len(crebos) == len(set(crebos)) <= 5


def test_suggestions_pass_the_relevance_floor_and_stay_one_level_around(model):
    by_crebo = {p.crebo: p for p in model.programmes_}
    source = by_crebo["25498"]
    for weight in OpportunityWeight:
        for r in model.similar_to(source.crebo, weight=weight, k=10):
            assert r.relevance >= model.similarity_floor
            assert abs(by_crebo[r.crebo].level - source.level) <= 1


def test_weight_none_is_pure_fit(model):
    for crebo in ("25498", "25725", "25736", "25604"):
        results = model.similar_to(crebo, weight=OpportunityWeight.NONE, k=10)
        relevances = [r.relevance for r in results]
        assert relevances == sorted(relevances, reverse=True)
        assert all(math.isclose(r.score, r.relevance, abs_tol=1e-4) for r in results)


def test_more_weight_means_better_chances_on_average(model):
    def mean_opportunity(weight):
        values = [r.opportunity for p in model.programmes_[::10]
                  for r in model.similar_to(p.crebo, weight=weight)]
        return sum(values) / len(values)

    none, some, strong = (mean_opportunity(w) for w in OpportunityWeight)
    assert none <= some <= strong and strong > none


def test_zorg_level_2_suggests_zorg_level_3_with_reasons(model):
    results = model.similar_to("25498", weight=OpportunityWeight.SOME)
    assert "25656" in [r.crebo for r in results]  # Verzorgende-IG
    reasons = results[0].reasons
    assert "same_domain" in reasons
    assert any(code.startswith("shared_interest:") for code in reasons)
    # Both job chances are estimates whose ranges overlap: the reason says so.
    assert "no_clear_difference:job_chance" in reasons


def test_for_profile_respects_levels_leerweg_domains_and_keeps_the_choice_out(model):
    profile = StudentProfile(scores=(10, 10, 10, 95, 20, 30), levels=(2,), leerweg="bbl",
                             ruled_out_domains=frozenset({"79090"}), in_mind="25498")
    by_crebo = {p.crebo: p for p in model.programmes_}
    results = model.for_profile(profile, k=10)
    assert results
    for r in results:
        p = by_crebo[r.crebo]
        assert p.level == 2 and p.has_bbl and p.domain != "79090" and r.crebo != "25498"
        assert any(code.startswith("shared_interest:") for code in r.reasons)
    assert by_crebo[results[0].crebo].domain == "79140"  # Zorg en welzijn


def test_for_profile_distance_filter(model):
    utrecht = (52.09, 5.12)
    near = StudentProfile(scores=(90, 10, 10, 10, 10, 10), place=utrecht, max_distance_km=10)
    results = model.for_profile(near, k=10)
    assert len(results) == 10
    assert all(r.distance_km is not None and r.distance_km <= 10 for r in results)
    nearest = dict(zip((p.crebo for p in model.programmes_), model.nearest_km(utrecht),
                       strict=True))
    assert all(abs(nearest[r.crebo] - r.distance_km) < 0.1 for r in results)
    # The filter drops programmes only offered further away: they come back at 300 km.
    wide = model.for_profile(StudentProfile(scores=near.scores, place=utrecht,
                                            max_distance_km=300), k=40)
    assert any(r.distance_km > 10 for r in wide)
    far_away = StudentProfile(scores=near.scores, place=(53.4, 5.3), max_distance_km=5)
    assert model.for_profile(far_away) == []  # no schools in the sea off Terschelling


@pytest.mark.parametrize("scores", [(1, 2, 3), (10, 20, 30, 40, 50, 160),
                                    (10, 20, 30, 40, 50, float("nan")), (-1, 0, 0, 0, 0, 0)])
def test_bad_profiles_are_rejected(scores):
    with pytest.raises(ValueError):
        StudentProfile(scores=scores)


def test_bad_profile_options_are_rejected():
    with pytest.raises(ValueError):
        StudentProfile(scores=(50,) * 6, levels=(5,))
    with pytest.raises(ValueError):
        StudentProfile(scores=(50,) * 6, leerweg="evening")


def test_unknown_crebo_is_a_clear_error(model):
    with pytest.raises(UnknownProgrammeError):
        model.similar_to("99999")


def test_empty_catalogue_cannot_be_fitted():
    with pytest.raises(ValueError, match="empty catalogue"):
        Recommender().fit([])


def test_duplicate_crebo_is_refused():
    with pytest.raises(ValueError):
        Recommender().fit([_programme("25001"), _programme("25001")])


def test_unfitted_model_says_so():
    with pytest.raises(RuntimeError):
        Recommender().similar_to("25001")


def test_catalogue_of_one_programme_gives_no_suggestions():
    model = Recommender().fit([_programme("25001")])
    assert model.similar_to("25001") == []
    profile = StudentProfile(scores=(10, 10, 10, 90, 10, 10))
    assert [r.crebo for r in model.for_profile(profile)] == ["25001"]
    assert model.for_profile(StudentProfile(scores=profile.scores, in_mind="25001")) == []


def test_missing_or_nan_figures_neither_crash_nor_count(model):
    programmes = [_programme("25001"), _programme("25002", job_chance=None, work_pct=None,
                                                  start_salary=float("nan")),
                  _programme("25003", start_salary=None)]
    small = Recommender(similarity_floor=0.0).fit(programmes)
    results = small.similar_to("25001", weight=OpportunityWeight.STRONG)
    assert {r.crebo for r in results} == {"25002", "25003"}
    assert all(0 <= r.opportunity <= 1 and math.isfinite(r.score) for r in results)


def test_invalid_programme_features_are_refused():
    with pytest.raises(ValueError):
        _programme("25001", riasec=(1, 2, 3))
    with pytest.raises(ValueError):
        _programme("25001", level=7)


# --- Floors on the built-in evaluation (secondary; served model) ---------------------


@pytest.fixture(scope="module")
def metrics(model):
    relevant = builtin_truth()
    return {weight: evaluate(model, relevant, weight) for weight in OpportunityWeight}


def test_evaluation_floors(metrics, model):
    none, some, strong = (metrics[w] for w in OpportunityWeight)
    assert none.precision_at_k >= 0.95 and some.precision_at_k >= 0.95
    assert strong.precision_at_k >= 0.80
    assert none.coverage >= 0.9 and some.coverage >= 0.9 and strong.coverage >= 0.75
    assert none.lists == some.lists == strong.lists == len(model.programmes_)
    assert some.job_chance_uplift > none.job_chance_uplift
    assert strong.job_chance_uplift > some.job_chance_uplift > 0
    assert strong.salary_uplift > some.salary_uplift > 0
    assert strong.shortage_share > some.shortage_share > none.shortage_share
    assert all(m.diversity > 0.2 for m in metrics.values())
