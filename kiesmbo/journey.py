"""The questionnaire journey: the state a visitor's answers are kept in, and where they are.

The state is a small dict (in the session, and as JSON in a saved result): the question-set
version, the answers per item, the choices from the last screen and, when saved, the
shortlist. This module alone says what a valid state is, which step comes next and what
the stored choices mean; the views pass in the session, and render.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from flask import abort
from flask_babel import gettext as _

from kiesmbo.catalogue import Snapshot
from kiesmbo.db import get_session, get_snapshot
from kiesmbo.errors import OutdatedResult
from kiesmbo.forms import DEFAULT_DISTANCE_KM, DISTANCES_KM, MAX_CHOICE_TEXT
from kiesmbo.orientation import OrientationResult, Preferences, build_result
from kiesmbo.queries import SchoolOffer, list_school_offers
from kiesmbo.questionnaire import (
    ANSWER_LABELS,
    ANSWER_MAX,
    INTEREST_DESCRIPTIONS,
    INTEREST_NAMES,
    INTERESTS,
    ITEMS,
    LEARNING_LABELS,
    LOWEST_CHOICE,
    REALISTIC_LEVELS,
    SCHOOL_LABELS,
    LearningPreference,
    School,
    interest_pages,
    question_set_version,
    score_answers,
)
from kiesmbo.recommend import OpportunityWeight, Recommender
from kiesmbo.saved_results import format_code, load_result, normalise_code
from kiesmbo.shortlist import MAX_SHORTLIST

PAGES = interest_pages()
CHOICES_STEP = len(PAGES) + 1
TOTAL_STEPS = CHOICES_STEP
VERSION = question_set_version()
SESSION_KEY = "orientation"
MAX_TEXT = MAX_CHOICE_TEXT
MAX_CREBO_LENGTH = 10
MAX_RULED_OUT = 100
ITEM_IDS = frozenset(item.id for item in ITEMS)
LEARNING_VALUES = frozenset(p.value for p in LearningPreference)
SCHOOL_VALUES = frozenset(s.value for s in School)
# The fixed texts and choices the questionnaire templates show (Jinja globals, see filters).
TEMPLATE_GLOBALS = {
    "answer_labels": ANSWER_LABELS, "school_labels": SCHOOL_LABELS,
    "learning_labels": LEARNING_LABELS, "realistic_levels": REALISTIC_LEVELS,
    "interests": INTERESTS, "interest_names": INTEREST_NAMES,
    "interest_descriptions": INTEREST_DESCRIPTIONS, "distances": DISTANCES_KM,
}


def fresh_state() -> dict[str, Any]:
    return {"v": VERSION, "answers": {}, "choices": None}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short_text(value: Any, limit: int = MAX_TEXT) -> bool:
    return isinstance(value, str) and len(value) <= limit


def valid_choices(choices: Any) -> bool:
    """Whether stored choices hold only values the current choices screen can produce.

    Values that depend on the catalogue (a place, fields, a programme) only need the right
    type here: the catalogue may change after a result was saved; see preferences().
    """
    if not isinstance(choices, dict):
        return False
    ruled_out = choices.get("ruled_out", [])
    distance = choices.get("distance", DEFAULT_DISTANCE_KM)
    return (choices.get("learning") in LEARNING_VALUES
            and choices.get("school") in SCHOOL_VALUES
            and isinstance(choices.get("all_levels", False), bool)
            and _is_int(distance) and distance in DISTANCES_KM
            and all(_short_text(choices.get(key, "")) for key in ("place", "in_mind_text"))
            and _short_text(choices.get("in_mind", ""), MAX_CREBO_LENGTH)
            and isinstance(ruled_out, list) and len(ruled_out) <= MAX_RULED_OUT
            and all(_short_text(slug) for slug in ruled_out))


def valid_state(state: Any) -> bool:
    """Whether a stored state (session or saved result) is one this version wrote.

    Checked on the way in (before storing) and on the way out (session, saved result, PDF),
    so a forged, damaged or older state is never handed to the result code.
    """
    if not isinstance(state, dict) or state.get("v") != VERSION:
        return False
    answers = state.get("answers")
    if not isinstance(answers, dict) or any(
        key not in ITEM_IDS or not _is_int(value) or not LOWEST_CHOICE <= value <= ANSWER_MAX
        for key, value in answers.items()
    ):
        return False
    choices = state.get("choices")
    shortlist = state.get("shortlist", [])
    return ((choices is None or valid_choices(choices)) and isinstance(shortlist, list)
            and len(shortlist) <= MAX_SHORTLIST
            and all(_short_text(crebo, MAX_CREBO_LENGTH) for crebo in shortlist))


def load_state(store: MutableMapping[str, Any]) -> tuple[dict[str, Any], bool]:
    """The state in `store` (the session) and whether an old or broken one was thrown away."""
    state = store.get(SESSION_KEY)
    if state is None:
        return fresh_state(), False
    if not valid_state(state):
        store.pop(SESSION_KEY, None)
        return fresh_state(), True
    return state, False


def stored_school(store: MutableMapping[str, Any]) -> str | None:
    """The school type the questionnaire stored in `store` (the session), if any; a broken
    state gives None and is left for the questionnaire to throw away."""
    state = store.get(SESSION_KEY)
    if state is None or not valid_state(state):
        return None
    school = (state.get("choices") or {}).get("school")
    return school if isinstance(school, str) and school else None


def store_state(store: MutableMapping[str, Any], state: dict[str, Any]) -> None:
    """Put a state into `store` (the session).

    Raises:
        ValueError: the state is not valid (a bug in a parser, never the visitor's input).
    """
    if not valid_state(state):
        raise ValueError("refusing to store an invalid questionnaire state")
    store[SESSION_KEY] = state


def first_open_step(state: dict[str, Any]) -> int:
    """The first step with unanswered questions; TOTAL_STEPS + 1 when all are done."""
    for number, page in enumerate(PAGES, start=1):
        if any(item.id not in state["answers"] for item in page):
            return number
    return CHOICES_STEP if state.get("choices") is None else TOTAL_STEPS + 1


def is_complete(state: dict[str, Any]) -> bool:
    return first_open_step(state) > TOTAL_STEPS


def preferences(snapshot: Snapshot, choices: dict[str, Any]) -> Preferences:
    """Rebuild preferences from stored choices that passed valid_choices.

    What the catalogue no longer knows (a place, a field, a programme) is left out: a
    result saved before a seed change still opens.
    """
    place_text = choices.get("place", "")
    place = snapshot.places.resolve(place_text) if place_text else None
    slugs = {d.slug for d in snapshot.domains}
    in_mind = choices.get("in_mind", "")
    return Preferences(
        learning=LearningPreference(choices["learning"]), school=School(choices["school"]),
        show_all_levels=choices.get("all_levels", False), place=place,
        distance_km=choices.get("distance", DEFAULT_DISTANCE_KM),
        ruled_out_domains=tuple(s for s in choices.get("ruled_out", []) if s in slugs),
        programme_in_mind=in_mind if in_mind in snapshot.by_crebo else "")


def result_of(snapshot: Snapshot, state: dict[str, Any], recommender: Recommender | None,
              weight: OpportunityWeight) -> OrientationResult:
    """The advice for a complete, valid state."""
    return build_result(snapshot, score_answers(state["answers"]),
                        preferences(snapshot, state["choices"]), recommender, weight)


def nearest_schools(result: OrientationResult) -> dict[str, SchoolOffer]:
    """The nearest school of every suggestion, by crebo, when the student gave a place: the
    page names the school instead of saying "a school about 3 km from you"."""
    place = result.preferences.place
    if place is None:
        return {}
    schools = {}
    for suggestion in result.suggestions:
        offers = [o for o in list_school_offers(session=get_session(),
                                                programme_id=suggestion.programme.id,
                                                place=place) if o.distance_km is not None]
        if offers:
            schools[suggestion.programme.crebo] = min(offers, key=lambda o: o.distance_km or 0)
    return schools


def result_context(result: OrientationResult, state: dict[str, Any]) -> dict[str, Any]:
    """What the result templates need besides the fixed labels: the result, the name typed,
    the nearest schools."""
    return {"result": result, "in_mind_text": state["choices"].get("in_mind_text", ""),
            "schools": nearest_schools(result)}


def saved_state_or_404(code_text: str) -> tuple[str, dict[str, Any], Any]:
    """The code, the valid state and the save time of a saved result.

    Raises:
        HTTPException: 404 when the code is malformed, unknown or expired.
        OutdatedResult: the stored answers no longer fit this version (410 page).
    """
    code = normalise_code(code_text[:40])
    loaded = load_result(session=get_session(), code=code) if code else None
    if code is None or loaded is None:
        abort(404, description=_("We do not know this code, or the result has expired. "
                                 "Saved results are kept for 90 days."))
    if not valid_state(loaded[0]):
        stored = loaded[0].get("shortlist") if isinstance(loaded[0], dict) else None
        codes = [c for c in stored if isinstance(c, str)] if isinstance(stored, list) else []
        by_crebo = get_snapshot().by_crebo
        raise OutdatedResult([by_crebo[c] for c in codes[:MAX_SHORTLIST] if c in by_crebo],
                             format_code(code))
    return code, loaded[0], loaded[1]
