"""Reasons are true: checked for every suggestion in the whole catalogue (served model)."""

from __future__ import annotations

import pytest

from kiesmbo.recommend import OpportunityWeight
from kiesmbo.recommend.explain import _value
from kiesmbo.recommend.stopwords import OWN_STOP_WORDS
from kiesmbo.uncertainty import clear_difference


@pytest.fixture(scope="module")
def all_lists(model):
    """(source, target, reasons) for every programme's list at every weight."""
    by_crebo = {p.crebo: p for p in model.programmes_}
    return [(source, by_crebo[r.crebo], r.reasons) for source in model.programmes_
            for weight in OpportunityWeight
            for r in model.similar_to(source.crebo, weight=weight)]


def _job(p):
    return _value(p.job_chance, p.job_chance_range, p)


def _salary(p):
    return _value(p.start_salary, p.salary_range, p)


def test_higher_and_lower_are_true_beyond_the_uncertainty(all_lists):
    said = 0
    for source, target, reasons in all_lists:
        for code in reasons:
            kind, _, value = code.partition(":")
            if kind in ("higher_job_chance", "lower_job_chance"):
                said += 1
                sign = 1 if kind.startswith("higher") else -1
                assert clear_difference(_job(target), _job(source)) == sign
                assert not (target.job_chance_range and source.job_chance_range
                            and target.estimate_cell == source.estimate_cell)
                assert int(value) == round(abs(target.job_chance - source.job_chance)) >= 1
            if kind == "salary_diff":
                said += 1
                assert clear_difference(_salary(target), _salary(source)) == (
                    1 if int(value) > 0 else -1)
                assert (int(value) > 0) == (target.start_salary > source.start_salary)
    assert said > 0  # the catalogue does have clear differences, so the test checks some


def test_a_clear_difference_is_never_left_out_and_lower_is_named(all_lists):
    lower = 0
    for source, target, reasons in all_lists:
        clear = clear_difference(_job(target), _job(source))
        steps = (round(abs(target.job_chance - source.job_chance))
                 if clear is not None else 0)
        if clear and steps >= 1:
            assert f"{'higher' if clear > 0 else 'lower'}_job_chance:{steps}" in reasons
            lower += clear < 0
    assert lower > 0


def test_related_field_comes_from_the_curated_map(all_lists, model):
    seen = 0
    for source, target, reasons in all_lists:
        related = frozenset((source.domain, target.domain)) in model.neighbour_fields
        assert ("neighbour_domain" in reasons) == (related and source.domain != target.domain)
        seen += "neighbour_domain" in reasons
    assert seen > 0


def test_shared_words_are_never_our_stop_words(all_lists):
    words = [code.partition(":")[2] for _, _, reasons in all_lists for code in reasons
             if code.startswith("keyword:")]
    assert words and not set(words) & OWN_STOP_WORDS


def test_less_than_half_a_step_is_no_difference_even_when_measured():
    from kiesmbo.recommend import ProgrammeFeatures, Recommender

    def programme(crebo: str, job_chance: float) -> ProgrammeFeatures:
        return ProgrammeFeatures(crebo=crebo, name=crebo, text="zorg helpen", domain="79140",
                                 riasec=(2, 2, 2, 6, 3, 3), sector="ZWS", level=3,
                                 has_bol=True, has_bbl=False, job_chance=job_chance)

    model = Recommender(similarity_floor=0.0).fit([programme("25001", 3.0),
                                                   programme("25002", 3.3),
                                                   programme("25003", 4.2)])
    reasons = {r.crebo: r.reasons for r in model.similar_to("25001")}
    assert "no_clear_difference:job_chance" in reasons["25002"]
    assert not any(code.startswith("higher") for code in reasons["25002"])
    assert "higher_job_chance:1" in reasons["25003"]
