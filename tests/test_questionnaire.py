"""Scoring of the orientation questionnaire (pure, no app) and the six pure-type profiles."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiesmbo.questionnaire import (
    DONT_KNOW,
    FLAT_BELOW,
    INTERESTS,
    ITEMS,
    ITEMS_PER_TYPE,
    AnswerError,
    Interest,
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
    profile = scored.profile
    letters = profile.code.replace(" = ", "").replace(", ", "")
    assert len(set(letters)) == len(letters) == len(profile.top)
    assert 1 <= len(letters) <= 3 or len(profile.groups[0]) == len(letters)  # one big tie
    # A tie is never split: every type outside the code scores below every type in it.
    rest = [t for t in INTERESTS if t not in profile.top]
    assert all(profile.scores[r] < min(profile.scores[t] for t in profile.top) for r in rest)


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


def test_ties_are_shown_as_ties():
    answers = {item.id: {"realistic": 5, "investigative": 5, "artistic": 4}.get(
        item.interest, 1) for item in ITEMS}
    profile = score_answers(answers).profile
    assert profile.code == "R = I, A"
    answers = {item.id: 5 if item.interest == "social" else 2 for item in ITEMS}
    assert score_answers(answers).profile.code == "S"  # five tied types are not ranked


def test_one_answer_step_never_crosses_the_gate():
    rnd = random.Random(5)
    for _ in range(300):
        answers = {item.id: rnd.choice((2, 3, 3, 3, 4)) for item in ITEMS}
        if score_answers(answers).profile.lead >= FLAT_BELOW:
            continue
        for item in ITEMS:
            for value in (answers[item.id] - 1, answers[item.id] + 1):
                if 1 <= value <= 5:
                    changed = score_answers({**answers, item.id: value}).profile
                    assert changed.is_flat and changed.liked == () and changed.confidence == 0


GENDERED = ("make-up", "hair", "nails", "dance", "truck", "doll")


def test_items_follow_the_balance_rules():
    """One activity each, its own topic, no topic on two types, no gendered items, and a
    documented reason for every item."""
    topics: dict[str, set[str]] = {}
    for interest in INTERESTS:
        items = [item for item in ITEMS if item.interest == interest]
        assert len(items) == ITEMS_PER_TYPE
        assert len({item.topic for item in items}) == len(items)  # balanced content
        topics[interest] = {item.topic for item in items}
    for a, b in itertools.combinations(INTERESTS, 2):
        assert not topics[a] & topics[b], (a, b)
    for item in ITEMS:
        words = item.text.lower().replace(",", " ").split()
        assert "or" not in words and "and" not in words and "," not in item.text, item.text
        assert not any(g in item.text.lower() for g in GENDERED), item.text
        assert item.topic and len(item.why) > 20


def test_dont_know_is_left_out_not_a_midpoint():
    answers = pure(Interest.SOCIAL)
    social = [item.id for item in ITEMS if item.interest == Interest.SOCIAL]
    answers[social[0]] = DONT_KNOW
    profile = score_answers(answers).profile
    assert profile.scores[Interest.SOCIAL] == 100  # the rest of the answers, not 3's
    assert profile.known[Interest.SOCIAL] == ITEMS_PER_TYPE - 1
    assert not profile.is_flat
    for item_id in social[:4]:  # only two real answers left: too unsure to say
        answers[item_id] = DONT_KNOW
    assert score_answers(answers).profile.is_flat


def test_all_dont_know_is_flat():
    assert score_answers({item.id: DONT_KNOW for item in ITEMS}).profile.is_flat


def test_a_coherent_pupil_with_varied_items_is_not_contradictory():
    """Likes most of one type but not every topic in it (4 against 2): coherent."""
    rnd = random.Random(8)
    for interest in INTERESTS:
        for _ in range(30):
            answers = {item.id: rnd.choice((4, 5, 5, 2)) if item.interest == interest
                       else rnd.choice((1, 2, 2, 3, 4)) for item in ITEMS}
            assert not score_answers(answers).is_contradictory


def test_random_clicking_is_mostly_contradictory():
    rnd = random.Random(9)
    flagged = sum(score_answers({item.id: rnd.randint(1, 5) for item in ITEMS}).is_contradictory
                  for _ in range(300))
    assert flagged > 150


def test_contradictory_answers_are_detected():
    answers = {}
    for interest in INTERESTS:
        items = [item for item in ITEMS if item.interest == interest]
        for n, item in enumerate(items):
            answers[item.id] = 5 if n % 2 == 0 else 1
    assert score_answers(answers).is_contradictory


@pytest.mark.parametrize(("change", "problem"), [
    (lambda a: a.pop("r1"), "missing"), (lambda a: a.update(r1=6), "out_of_range"),
    (lambda a: a.update(r1=-1), "out_of_range"), (lambda a: a.update(zz=3), "unknown"),
])
def test_bad_answers_are_rejected(change, problem):
    answers = pure(Interest.REALISTIC)
    change(answers)
    with pytest.raises(AnswerError) as caught:
        score_answers(answers)
    assert problem in caught.value.problems.values()
