"""Scoring of the orientation questionnaire (pure, no app) and the six pure-type profiles."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiesmbo.questionnaire import (
    FLAT_BELOW,
    INTERESTS,
    ITEMS,
    AnswerError,
    Interest,
    congruence,
    interest_pages,
    score_answers,
)

answer_sets = st.fixed_dictionaries({item.id: st.integers(1, 5) for item in ITEMS})


def pure(interest: Interest) -> dict[str, int]:
    return {item.id: 5 if item.interest == interest else 1 for item in ITEMS}


def test_at_least_six_items_per_type_and_pages_of_six_with_every_type():
    for interest in INTERESTS:
        assert sum(item.interest == interest for item in ITEMS) >= 6
    pages = interest_pages()
    assert all(len(page) == 6 for page in pages)
    assert all({item.interest for item in page} == set(INTERESTS) for page in pages)
    assert len({item.id for item in ITEMS}) == len(ITEMS)


@settings(max_examples=200, deadline=None)
@given(answer_sets)
def test_scores_stay_within_0_and_100(answers):
    scored = score_answers(answers)
    assert all(0 <= score <= 100 for score in scored.profile.scores.values())
    assert 0 <= scored.profile.differentiation <= 100
    assert len(scored.profile.code) == 3 and len(set(scored.profile.code)) == 3


@settings(max_examples=100, deadline=None)
@given(answer_sets, st.randoms())
def test_reordering_items_changes_nothing(answers, rnd):
    keys = list(answers)
    rnd.shuffle(keys)
    shuffled = {key: answers[key] for key in keys}
    assert score_answers(shuffled) == score_answers(answers)


@given(st.integers(1, 5))
def test_all_same_answers_are_flat(value):
    scored = score_answers({item.id: value for item in ITEMS})
    assert scored.profile.is_flat
    assert scored.profile.differentiation == 0


def test_a_clear_profile_is_not_flat_and_has_the_right_code():
    scored = score_answers(pure(Interest.SOCIAL))
    assert not scored.profile.is_flat and not scored.is_contradictory
    assert scored.profile.code[0] == "S"
    assert scored.profile.scores[Interest.SOCIAL] == 100
    assert scored.profile.differentiation >= FLAT_BELOW


def test_contradictory_answers_are_detected():
    answers = {}
    for interest in INTERESTS:
        items = [item for item in ITEMS if item.interest == interest]
        for n, item in enumerate(items):
            answers[item.id] = 5 if n % 2 == 0 else 1
    assert score_answers(answers).is_contradictory


@pytest.mark.parametrize(("change", "problem"), [
    (lambda a: a.pop("r1"), "missing"), (lambda a: a.update(r1=6), "out_of_range"),
    (lambda a: a.update(r1=0), "out_of_range"), (lambda a: a.update(zz=3), "unknown"),
])
def test_bad_answers_are_rejected(change, problem):
    answers = pure(Interest.REALISTIC)
    change(answers)
    with pytest.raises(AnswerError) as caught:
        score_answers(answers)
    assert problem in caught.value.problems.values()


def test_congruence_compares_shapes():
    assert congruence([90, 10, 10, 10, 10, 10], [80, 20, 20, 20, 20, 20]) == pytest.approx(100)
    assert congruence([90, 10, 10, 10, 10, 10], [10, 90, 90, 90, 90, 90]) == pytest.approx(0)
    assert congruence([50] * 6, [10, 20, 30, 40, 50, 60]) == 50
    rnd = random.Random(1)
    for _ in range(50):
        a = [rnd.uniform(0, 100) for _ in range(6)]
        b = [rnd.uniform(0, 100) for _ in range(6)]
        assert 0 <= congruence(a, b) <= 100
