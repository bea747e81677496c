"""The orientation questionnaire: steps, result, and saved results under a code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import get_locale
from flask_babel import gettext as _

from kiesmbo.db import get_session, get_snapshot
from kiesmbo.errors import OutdatedResult
from kiesmbo.extensions import limiter
from kiesmbo.forms import DISTANCES_KM, parse_whole_number
from kiesmbo.htmx import redirect_after_post, render_page_or_partial
from kiesmbo.i18n import is_rtl, keep_in_links
from kiesmbo.orientation import Preferences, build_result
from kiesmbo.pdf import render_pdf
from kiesmbo.qr import qr_data_url, qr_svg
from kiesmbo.queries import list_data_sources
from kiesmbo.questionnaire import (
    ANSWER_LABELS,
    ANSWER_MAX,
    ANSWER_MIN,
    INTEREST_DESCRIPTIONS,
    INTEREST_NAMES,
    INTERESTS,
    ITEMS,
    LEARNING_LABELS,
    REALISTIC_LEVELS,
    SCHOOL_LABELS,
    LearningPreference,
    School,
    interest_pages,
    question_set_version,
    score_answers,
)
from kiesmbo.recommend import OpportunityWeight
from kiesmbo.recommendations import get_recommender, parse_weight
from kiesmbo.saved_results import (
    delete_result,
    format_code,
    load_result,
    normalise_code,
    save_result,
)
from kiesmbo.search import best_match
from kiesmbo.security import no_store
from kiesmbo.views.compare import MAX_COMPARE, MAX_SHORTLIST, compare_columns, get_shortlist

bp = Blueprint("orientation", __name__)

PAGES = interest_pages()
CHOICES_STEP = len(PAGES) + 1
TOTAL_STEPS = CHOICES_STEP
SESSION_KEY = "orientation"
VERSION = question_set_version()
MAX_TEXT = 60  # characters for place and programme in mind
ITEM_IDS = frozenset(item.id for item in ITEMS)
LEARNING_VALUES = frozenset(p.value for p in LearningPreference)
SCHOOL_VALUES = frozenset(s.value for s in School)
MAX_CREBO_LENGTH = 10

# Opening a saved result by its code: every request counts, and wrong codes count again
# (only when the answer is 404), so guessing codes is throttled long before it could work.
code_lookup_limit = limiter.shared_limit(lambda: current_app.config["CODE_LOOKUP_LIMIT"],
                                         scope="code-lookup")
wrong_code_limit = limiter.shared_limit(lambda: current_app.config["WRONG_CODE_LIMIT"],
                                        scope="wrong-code",
                                        deduct_when=lambda response: response.status_code == 404)


# --- State kept in the session (and, when saved, in the database) --------------------------


def _fresh_state() -> dict[str, Any]:
    return {"v": VERSION, "answers": {}, "choices": None}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short_text(value: Any, limit: int = MAX_TEXT) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _valid_choices(choices: Any) -> bool:
    """Whether stored choices hold only values the current choices screen can produce.

    Values that depend on the catalogue (a place, fields, a programme) only need the right
    type here: the catalogue may change after a result was saved; see _preferences.
    """
    if not isinstance(choices, dict):
        return False
    ruled_out = choices.get("ruled_out", [])
    distance = choices.get("distance", 25)
    return (choices.get("learning") in LEARNING_VALUES
            and choices.get("school") in SCHOOL_VALUES
            and isinstance(choices.get("all_levels", False), bool)
            and _is_int(distance) and distance in DISTANCES_KM
            and all(_short_text(choices.get(key, "")) for key in ("place", "in_mind_text"))
            and _short_text(choices.get("in_mind", ""), MAX_CREBO_LENGTH)
            and isinstance(ruled_out, list) and len(ruled_out) <= 100
            and all(_short_text(slug) for slug in ruled_out))


def _valid_state(state: Any) -> bool:
    """Whether a stored state (session or saved result) is one this version wrote.

    Checked on the way in (before storing) and on the way out (session, saved result, PDF),
    so a forged, damaged or older state is never handed to the result code.
    """
    if not isinstance(state, dict) or state.get("v") != VERSION:
        return False
    answers = state.get("answers")
    if not isinstance(answers, dict) or any(
        key not in ITEM_IDS or not _is_int(value) or not ANSWER_MIN <= value <= ANSWER_MAX
        for key, value in answers.items()
    ):
        return False
    choices = state.get("choices")
    shortlist = state.get("shortlist", [])
    return ((choices is None or _valid_choices(choices)) and isinstance(shortlist, list)
            and len(shortlist) <= MAX_SHORTLIST
            and all(_short_text(crebo, MAX_CREBO_LENGTH) for crebo in shortlist))


def _load_state() -> tuple[dict[str, Any], bool]:
    """Return the session's state and whether an old or broken one was thrown away."""
    state = session.get(SESSION_KEY)
    if state is None:
        return _fresh_state(), False
    if not _valid_state(state):
        session.pop(SESSION_KEY, None)
        return _fresh_state(), True
    return state, False


def _store_state(state: dict[str, Any]) -> None:
    if not _valid_state(state):  # a bug in the parsers above, never the visitor's input
        raise ValueError("refusing to store an invalid questionnaire state")
    session[SESSION_KEY] = state
    session.modified = True


def _first_open_step(state: dict[str, Any]) -> int:
    """The first step with unanswered questions; TOTAL_STEPS + 1 when all are done."""
    for number, page in enumerate(PAGES, start=1):
        if any(item.id not in state["answers"] for item in page):
            return number
    return CHOICES_STEP if state.get("choices") is None else TOTAL_STEPS + 1


def _preferences(choices: dict[str, Any]) -> Preferences:
    """Rebuild preferences from stored choices that passed _valid_choices.

    What the catalogue no longer knows (a place, a field, a programme) is left out: a
    result saved before a seed change still opens.
    """
    snapshot = get_snapshot()
    place_text = choices.get("place", "")
    place = snapshot.places.resolve(place_text) if place_text else None
    slugs = {d.slug for d in snapshot.domains}
    in_mind = choices.get("in_mind", "")
    return Preferences(
        learning=LearningPreference(choices["learning"]), school=School(choices["school"]),
        show_all_levels=choices.get("all_levels", False), place=place,
        distance_km=choices.get("distance", 25),
        ruled_out_domains=tuple(s for s in choices.get("ruled_out", []) if s in slugs),
        programme_in_mind=in_mind if in_mind in snapshot.by_crebo else "")


# --- Parsing a step's form ---------------------------------------------------------------------


def _parse_interest_page(page_number: int) -> tuple[dict[str, int], dict[str, str]]:
    values, errors = {}, {}
    for item in PAGES[page_number - 1]:
        raw = request.form.get(item.id, "")
        value = parse_whole_number(raw, ANSWER_MIN, ANSWER_MAX)
        if not raw:
            errors[item.id] = _("Choose an answer for this activity.")
        elif value is None:
            errors[item.id] = _("This answer is not one of the choices.")
        else:
            values[item.id] = value
    return values, errors


def _parse_choices() -> tuple[dict[str, Any], dict[str, str]]:
    form, errors = request.form, {}
    choices: dict[str, Any] = {}
    learning = form.get("learning", "")
    if learning not in {p.value for p in LearningPreference}:
        errors["learning"] = _("Choose how you would like to learn.")
    choices["learning"] = learning
    school = form.get("school", "")
    if school not in {s.value for s in School}:
        errors["school"] = _("Choose your current or last school.")
    choices["school"] = school
    choices["all_levels"] = form.get("all_levels") == "1"
    place = form.get("place", "").strip()
    if len(place) > MAX_TEXT:
        errors["place"] = _("Use at most %(max)d characters.", max=MAX_TEXT)
    elif place and get_snapshot().places.resolve(place) is None:
        errors["place"] = _("We do not know this place or postcode. Try a place name or 4 digits.")
    choices["place"] = place
    distance = parse_whole_number(form.get("distance", "25"), 1, max(DISTANCES_KM))
    if distance not in DISTANCES_KM:
        errors["distance"] = _("Choose a distance from the list.")
    else:
        choices["distance"] = distance
    slugs = {d.slug for d in get_snapshot().domains}
    ruled_out = form.getlist("ruled_out")
    if any(slug not in slugs for slug in ruled_out):
        errors["ruled_out"] = _("Choose fields from the list.")
    choices["ruled_out"] = sorted(set(ruled_out) & slugs)
    in_mind_text = form.get("in_mind", "").strip()
    choices["in_mind_text"] = in_mind_text
    choices["in_mind"] = ""
    if len(in_mind_text) > MAX_TEXT:
        errors["in_mind"] = _("Use at most %(max)d characters.", max=MAX_TEXT)
    elif in_mind_text:
        best = best_match(get_snapshot(), in_mind_text)
        crebo = best.crebo if best else None
        if crebo is None:
            errors["in_mind"] = _("We cannot find this programme. Check the name, or leave it "
                                  "empty.")
        else:
            choices["in_mind"] = crebo
    return choices, errors


# --- Views ---------------------------------------------------------------------------------


@bp.get("/orientatie")
def intro() -> str:
    state, restarted = _load_state()
    return render_template("orientation/intro.html", restarted=restarted,
                           has_answers=bool(state["answers"]), total_steps=TOTAL_STEPS,
                           item_count=len(ITEMS))


def _render_step(step: int, state: dict[str, Any], errors: dict[str, str], *,
                 status: int = 200, restarted: bool = False,
                 submitted: dict[str, Any] | None = None) -> Response:
    snapshot = get_snapshot()
    choices = submitted if submitted is not None else (state.get("choices") or {})
    return render_page_or_partial(
        "orientation/step.html", "orientation/_step.html", status=status, step=step,
        total_steps=TOTAL_STEPS, items=PAGES[step - 1] if step < CHOICES_STEP else [],
        answers={**state["answers"], **(submitted or {})}, choices=choices, errors=errors,
        restarted=restarted, answer_labels=ANSWER_LABELS, school_labels=SCHOOL_LABELS,
        learning_labels=LEARNING_LABELS, realistic_levels=REALISTIC_LEVELS,
        distances=DISTANCES_KM, domains=snapshot.domains)


@bp.get("/orientatie/stap/<int:step>")
def step(step: int) -> Response:
    """Show one screen of questions; skipping ahead leads to the first open screen."""
    if not 1 <= step <= TOTAL_STEPS:
        abort(404)
    state, restarted = _load_state()
    open_step = _first_open_step(state)
    if step > open_step:
        return redirect(url_for("orientation.step", step=open_step))
    return _render_step(step, state, {}, restarted=restarted)


@bp.post("/orientatie/stap/<int:step>")
def answer(step: int) -> Response:
    """Store a screen's answers and go on; 422 with the form when something is missing."""
    if not 1 <= step <= TOTAL_STEPS:
        abort(404)
    state, restarted = _load_state()
    if restarted or step > _first_open_step(state):
        # The session ran out or was tampered with: start again from the first screen.
        return redirect(url_for("orientation.step", step=1, opnieuw=1), code=303)
    if step < CHOICES_STEP:
        values, errors = _parse_interest_page(step)
        if errors:
            return _render_step(step, state, errors, status=422, submitted=values)
        state["answers"].update(values)
    else:
        choices, errors = _parse_choices()
        if errors:
            return _render_step(step, state, errors, status=422, submitted=choices)
        state["choices"] = choices
    _store_state(state)
    following = _first_open_step(state)
    if following > TOTAL_STEPS:
        return redirect_after_post(url_for("orientation.result"))
    return redirect_after_post(url_for("orientation.step", step=min(step + 1, following)),
                               target="#step")


@bp.post("/orientatie/opnieuw")
def restart() -> Response:
    session.pop(SESSION_KEY, None)
    return redirect(url_for("orientation.step", step=1), code=303)


def _result_context(state: dict[str, Any], weight: OpportunityWeight) -> dict[str, Any]:
    scored = score_answers(state["answers"])
    result = build_result(get_snapshot(), scored, _preferences(state["choices"]),
                          get_recommender(), weight)
    return {"result": result, "interests": INTERESTS, "interest_names": INTEREST_NAMES,
            "interest_descriptions": INTEREST_DESCRIPTIONS, "school_labels": SCHOOL_LABELS,
            "learning_labels": LEARNING_LABELS, "in_mind_text": state["choices"].get(
                "in_mind_text", "")}


def _weight_or_400() -> OpportunityWeight:
    """Raises:
        HTTPException: 400 when ?weight= is not none, some or strong.
    """
    weight = parse_weight(request.args.get("weight"))
    if weight is None:
        abort(400, description=_("Choose how much job chances may count: not, a little or "
                                 "strongly."))
    return weight


@bp.get("/orientatie/uitslag")
@no_store
def result() -> Response:
    """The result of the finished test.

    Raises:
        OutdatedResult: the session's answers no longer fit this version (410 page).
    """
    state, restarted = _load_state()
    if restarted:
        raise OutdatedResult()
    if _first_open_step(state) <= TOTAL_STEPS:
        return redirect(url_for("orientation.step", step=_first_open_step(state)))
    weight = _weight_or_400()
    keep_in_links({"weight": request.args.get("weight")})
    return render_page_or_partial("orientation/result.html", "orientation/result.html",
                                  **_result_context(state, weight), code=None)


@bp.post("/orientatie/bewaar")
@limiter.limit(lambda: current_app.config["SAVE_RESULT_LIMIT"])
def save() -> Response:
    """Keep the result and the shortlist under a new code: the answers, the choices (with
    the place and the programme name as typed), the shortlist and a timestamp."""
    state, _restarted = _load_state()
    shortlist = [p.crebo for p in get_shortlist()]
    complete = _first_open_step(state) > TOTAL_STEPS
    if not complete and not shortlist:
        return redirect(url_for("orientation.step", step=_first_open_step(state)), code=303)
    stored = ({**state, "shortlist": shortlist} if complete
              else {**_fresh_state(), "shortlist": shortlist})
    if not _valid_state(stored):  # validated on the way in as well as on the way out
        raise ValueError("refusing to save an invalid questionnaire state")
    code = save_result(session=get_session(), answers=stored)
    return redirect(url_for("orientation.saved", code=format_code(code)), code=303)


@bp.get("/uitslag")
@no_store
def lookup() -> Response | str:
    """Open a saved result by typing its code."""
    typed = request.args.get("code", "")
    if typed:
        code = normalise_code(typed[:40])
        if code is not None:
            return redirect(url_for("orientation.saved", code=format_code(code)))
        return make_lookup_page(_("This is not a valid code. A code has 16 letters and "
                                  "digits, like ABCD-EFGH-JKMN-PQRS."), typed[:40], 422)
    deleted = request.args.get("verwijderd") == "1"
    return make_lookup_page(_("The result has been deleted.") if deleted else "", "", 200)


def make_lookup_page(message: str, typed: str, status: int) -> Response:
    return render_page_or_partial("orientation/lookup.html", "orientation/lookup.html",
                                  status=status, message=message, typed=typed)


def _load_saved_or_404(code_text: str) -> tuple[str, dict[str, Any], Any]:
    """Raises:
        HTTPException: 404 when the code is malformed, unknown or expired.
        OutdatedResult: the stored answers no longer fit this version (410 page).
    """
    code = normalise_code(code_text[:40])
    loaded = load_result(session=get_session(), code=code) if code else None
    if code is None or loaded is None:
        abort(404, description=_("We do not know this code, or the result has expired. "
                                 "Saved results are kept for 90 days."))
    if not _valid_state(loaded[0]):
        raise OutdatedResult()
    return code, loaded[0], loaded[1]


def _saved_context(code: str, state: dict[str, Any], saved_at: Any) -> dict[str, Any]:
    """What the counsellor view and the PDF show: result, shortlist and comparison."""
    weight = _weight_or_400()
    context: dict[str, Any] = {"result": None}
    if _first_open_step(state) > TOTAL_STEPS:
        context = _result_context(state, weight)
    snapshot = get_snapshot()
    shortlist = [snapshot.by_crebo[c] for c in state.get("shortlist", [])
                 if c in snapshot.by_crebo]
    return {**context, "code": format_code(code), "saved_at": saved_at,
            "shortlist": shortlist, "columns": compare_columns(shortlist[:MAX_COMPARE]),
            "problems": [], "place": None, "too_few": False, "url_without": {}}


@bp.get("/uitslag/<code>")
@no_store
@code_lookup_limit
@wrong_code_limit
def saved(code: str) -> Response:
    """The counsellor view: result, shortlist and comparison on one print-friendly page."""
    code, state, saved_at = _load_saved_or_404(code)
    keep_in_links({"weight": request.args.get("weight")})
    return render_page_or_partial("orientation/saved.html", "orientation/saved.html",
                                  **_saved_context(code, state, saved_at))


NEXT_STEP_KEYS = ("open_days", "taster", "parents", "other")


@bp.post("/uitslag/<code>/pdf")
@no_store
@limiter.limit(lambda: current_app.config["PDF_LIMIT"])
@code_lookup_limit
@wrong_code_limit
def pdf(code: str) -> Response:
    """The guidance summary as an A4 PDF (POST with the CSRF token: it costs real CPU time).

    A first name typed on the page is printed on it and stored nowhere but in this worker's
    memory, in the cache of recent summaries.
    """
    code, state, saved_at = _load_saved_or_404(code)
    first_name = request.form.get("first_name", "").strip()[:40]
    # The next steps typed during the conversation: printed, never stored.
    next_steps = {key: request.form.get(f"step_{key}", "").strip()[:300]
                  for key in NEXT_STEP_KEYS}
    today = dt.date.today()
    cache = current_app.extensions["kiesmbo.pdf_cache"]
    key = (code, str(get_locale()), first_name, tuple(next_steps.values()),
           _weight_or_400().value, today, get_snapshot().version)
    document = cache.get(key)
    if document is None:
        link = url_for("orientation.saved", code=format_code(code), _external=True)
        html = render_template("orientation/summary_pdf.html",
                               **_saved_context(code, state, saved_at),
                               first_name=first_name, today=today, sources=list_data_sources(
                                   session=get_session()), is_rtl=is_rtl(),
                               link=link, qr=qr_data_url(link), next_steps=next_steps)
        static = Path(current_app.root_path) / "static"
        document = render_pdf(html, stylesheet=static / "css" / "summary.css",
                              static_root=static)
        cache.put(key, document)
    return Response(document, mimetype="application/pdf", headers={
        "Content-Disposition": f'attachment; filename="kiesmbo-{format_code(code)}.pdf"'})


@bp.get("/uitslag/<code>/qr.svg")
@no_store
@code_lookup_limit
@wrong_code_limit
def qr(code: str) -> Response:
    code, _state, _saved_at = _load_saved_or_404(code)
    url = url_for("orientation.saved", code=format_code(code), _external=True)
    return Response(qr_svg(url), mimetype="image/svg+xml")


@bp.post("/uitslag/<code>/verwijder")
@no_store
@code_lookup_limit
@wrong_code_limit
def delete(code: str) -> Response:
    code, _state, _saved_at = _load_saved_or_404(code)
    delete_result(session=get_session(), code=code)
    return redirect(url_for("orientation.lookup", verwijderd=1), code=303)
