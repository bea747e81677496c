"""The orientation questionnaire: its steps, the result, and saving it under a code."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, abort, current_app, redirect, request, session, url_for

from kiesmbo import journey
from kiesmbo.db import get_session, get_snapshot
from kiesmbo.errors import OutdatedResult
from kiesmbo.extensions import limiter
from kiesmbo.forms import parse_choices, parse_interest_page
from kiesmbo.htmx import redirect_after_post, render_page, render_page_or_partial
from kiesmbo.i18n import keep_in_links
from kiesmbo.journey import CHOICES_STEP, PAGES, TOTAL_STEPS
from kiesmbo.questionnaire import ITEMS
from kiesmbo.recommendations import get_recommender, weight_or_400
from kiesmbo.saved_results import (
    format_code,
    save_result,
)
from kiesmbo.security import no_store
from kiesmbo.shortlist import get_shortlist

bp = Blueprint("orientation", __name__)

@bp.get("/orientatie")
def intro() -> Response:
    state, restarted = journey.load_state(session)
    return render_page("orientation/intro.html", restarted=restarted,
                       has_answers=bool(state["answers"]), total_steps=TOTAL_STEPS,
                       item_count=len(ITEMS))


def _render_step(step: int, state: dict[str, Any], errors: dict[str, Any], *,
                 status: int = 200, restarted: bool = False,
                 submitted: dict[str, Any] | None = None) -> Response:
    return render_page_or_partial(
        "orientation/step.html", "orientation/_step.html", status=status, step=step,
        total_steps=TOTAL_STEPS, items=PAGES[step - 1] if step < CHOICES_STEP else [],
        answers={**state["answers"], **(submitted or {})}, errors=errors, restarted=restarted,
        choices=submitted if submitted is not None else (state.get("choices") or {}),
        domains=get_snapshot().domains)


@bp.get("/orientatie/stap/<int:step>")
def step(step: int) -> Response:
    """Show one screen of questions; skipping ahead leads to the first open screen."""
    if not 1 <= step <= TOTAL_STEPS:
        abort(404)
    state, restarted = journey.load_state(session)
    open_step = journey.first_open_step(state)
    if step > open_step:
        return redirect(url_for("orientation.step", step=open_step))
    return _render_step(step, state, {}, restarted=restarted)


@bp.post("/orientatie/stap/<int:step>")
def answer(step: int) -> Response:
    """Store a screen's answers and go on; 422 with the form when something is missing."""
    if not 1 <= step <= TOTAL_STEPS:
        abort(404)
    state, restarted = journey.load_state(session)
    if restarted or step > journey.first_open_step(state):
        # The session ran out or was tampered with: start again from the first screen.
        return redirect(url_for("orientation.step", step=1, opnieuw=1), code=303)
    if step < CHOICES_STEP:
        values, errors = parse_interest_page(request.form, PAGES[step - 1])
    else:
        values, errors = parse_choices(request.form, get_snapshot())
    if errors:
        return _render_step(step, state, errors, status=422, submitted=values)
    if step < CHOICES_STEP:
        state["answers"].update(values)
    else:
        state["choices"] = values
    journey.store_state(session, state)
    following = journey.first_open_step(state)
    if following > TOTAL_STEPS:
        return redirect_after_post(url_for("orientation.result"))
    return redirect_after_post(url_for("orientation.step", step=min(step + 1, following)),
                               target="#step")


@bp.post("/orientatie/opnieuw")
def restart() -> Response:
    session.pop(journey.SESSION_KEY, None)
    return redirect(url_for("orientation.step", step=1), code=303)


@bp.get("/orientatie/uitslag")
@no_store
def result() -> Response:
    """The result of the finished test.

    Raises:
        OutdatedResult: the session's answers no longer fit this version (410 page).
    """
    state, restarted = journey.load_state(session)
    if restarted:
        raise OutdatedResult()
    if not journey.is_complete(state):
        return redirect(url_for("orientation.step", step=journey.first_open_step(state)))
    result = journey.result_of(get_snapshot(), state, get_recommender(),
                               weight_or_400(request.args.get("weight")))
    keep_in_links({"weight": request.args.get("weight")})
    return render_page("orientation/result.html", **journey.result_context(result, state),
                       code=None)


@bp.post("/orientatie/bewaar")
@limiter.limit(lambda: current_app.config["SAVE_RESULT_LIMIT"])
def save() -> Response:
    """Keep the result and the shortlist under a new code: the answers, the choices (with
    the place and the programme name as typed), the shortlist and a timestamp."""
    state, _restarted = journey.load_state(session)
    shortlist = [p.crebo for p in get_shortlist()]
    if not journey.is_complete(state) and not shortlist:
        return redirect(url_for("orientation.step", step=journey.first_open_step(state)),
                        code=303)
    kept = state if journey.is_complete(state) else journey.fresh_state()
    stored = {**kept, "shortlist": shortlist}
    if not journey.valid_state(stored):  # validated on the way in as well as on the way out
        raise ValueError("refusing to save an invalid questionnaire state")
    code = save_result(session=get_session(), answers=stored)
    return redirect(url_for("results.saved", code=format_code(code)), code=303)
