"""The gate: a profile that does not point one way gets no ranked list and no interest
reasons, with a margin of one answer step (served model, whole catalogue)."""

from __future__ import annotations

import random

from kiesmbo.orientation import Preferences, build_result
from kiesmbo.questionnaire import (
    ANSWER_MAX,
    ANSWER_MIN,
    FLAT_BELOW,
    INTERESTS,
    ITEMS,
    School,
    score_answers,
)

IN_MIND = "25498"  # Helpende Zorg en Welzijn: the own choice is shown, without a fit claim


def _flat_core(rnd: random.Random) -> dict[str, int]:
    """Answers whose strongest interest does not stand out (lead below FLAT_BELOW), most
    of them just below it, where one answer step matters."""
    while True:
        base = rnd.randint(2, 4)
        answers = {item.id: base for item in ITEMS}
        favourite = rnd.choice(INTERESTS)
        for item in rnd.sample([i for i in ITEMS if i.interest == favourite], 3):
            answers[item.id] = min(ANSWER_MAX, base + 1)
        for item in rnd.sample(ITEMS, rnd.randint(0, 6)):
            answers[item.id] = min(ANSWER_MAX, max(ANSWER_MIN, base + rnd.choice((-1, 1))))
        if score_answers(answers).profile.lead < FLAT_BELOW:
            return answers


def _one_step_away(answers: dict[str, int]):
    for item in ITEMS:
        for step in (-1, 1):
            value = answers[item.id] + step
            if ANSWER_MIN <= value <= ANSWER_MAX:
                yield {**answers, item.id: value}


def test_no_profile_within_one_answer_step_of_flat_gets_a_ranking(snapshot, model):
    rnd = random.Random(13)
    preferences = Preferences(school=School.VMBO_KADER, programme_in_mind=IN_MIND)
    checked = 0
    for _ in range(25):
        core = _flat_core(rnd)
        for answers in [core, *_one_step_away(core)]:
            scored = score_answers(answers)
            result = build_result(snapshot, scored, preferences, model)
            assert not result.shows_ranking
            assert result.suggestions == [] and result.domains == []
            assert result.explore  # the fields to explore instead
            assert result.in_mind is not None and result.in_mind.shared_interests == ()
            assert scored.profile.liked == ()
            checked += 1
    assert checked > 25 * 40


def test_a_clear_profile_does_get_a_ranking_with_interest_reasons(snapshot, model):
    for interest in INTERESTS:
        answers = {item.id: 5 if item.interest == interest else 2 for item in ITEMS}
        result = build_result(snapshot, score_answers(answers),
                              Preferences(school=School.VMBO_KADER), model)
        assert result.shows_ranking and result.domains
        assert any(code == f"shared_interest:{interest}" for s in result.suggestions
                   for code in s.reasons)


def test_fit_is_tempered_by_how_much_the_profile_points_one_way(snapshot, model):
    strong = {item.id: 5 if item.interest == "social" else 1 for item in ITEMS}
    mild = {item.id: 4 if item.interest == "social" else 3 for item in ITEMS}
    fits = []
    for answers in (strong, mild):
        result = build_result(snapshot, score_answers(answers),
                              Preferences(school=School.VMBO_KADER), model)
        assert result.shows_ranking
        fits.append(result.suggestions[0].fit)
    # Same shape, so the same best programme, but the mild profile claims less.
    assert 50 < fits[1] < fits[0]


def _finish_questionnaire(client, value: int) -> str:
    """Answer every item with `value` through the site's own forms; the result page."""
    from bs4 import BeautifulSoup

    from kiesmbo.views.orientation import PAGES, TOTAL_STEPS

    def post(step: int, data: dict[str, str]) -> None:
        page = BeautifulSoup(client.get(f"/orientatie/stap/{step}").get_data(as_text=True),
                             "html.parser")
        token = page.select_one("input[name=csrf_token]")["value"]
        response = client.post(f"/orientatie/stap/{step}", data={"csrf_token": token, **data})
        assert response.status_code == 303

    for step in range(1, TOTAL_STEPS):
        post(step, {item.id: str(value) for item in PAGES[step - 1]})
    post(TOTAL_STEPS, {"school": "vmbo_kader", "learning": "either", "distance": "25"})
    return client.get("/orientatie/uitslag").get_data(as_text=True)


def test_the_flat_page_ranks_nothing_and_claims_no_interest(full_client):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_finish_questionnaire(full_client, 3), "html.parser")
    assert "decaan" in soup.select_one("#profile-title + .notice").get_text()
    assert soup.select_one("#suggestions-title") is None
    assert not soup.select(".why") and not soup.select(".reasons")
    fields = [li.get_text(strip=True) for li in soup.select(".domains li")]
    assert fields == sorted(fields) and len(fields) > 3 and "100" not in " ".join(fields)
