"""From choice to application: can I get in, when to apply, what it costs, where it leads,
what if I doubt, and a saved result for parents in their own language."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, abort, request, session
from flask_babel import gettext as _

from kiesmbo import journey
from kiesmbo.admission import (
    REQUIREMENT_LABELS,
    VOOROPLEIDING_LABELS,
    Answer,
    LegalNote,
    answer,
    answers_for_level,
    legal_notes,
    vooropleiding_from_school,
)
from kiesmbo.catalogue import ProgrammeSummary
from kiesmbo.costs import LEERWEGEN, MAX_AGE, MIN_AGE, CostPlan, plan_costs
from kiesmbo.db import get_session, get_snapshot
from kiesmbo.deadlines import DeadlineStatus, application_status, key_date, today_amsterdam
from kiesmbo.forms import parse_whole_number
from kiesmbo.glossary import PARENT_TERMS
from kiesmbo.guide_data import VOOROPLEIDINGEN, ExtraRequirement, get_guide
from kiesmbo.htmx import render_page_or_partial
from kiesmbo.i18n import keep_in_links
from kiesmbo.journey import stored_school
from kiesmbo.ladder import Ladder, build_ladder
from kiesmbo.page_cache import cached_page
from kiesmbo.queries import Routes, get_routes, list_same_domain
from kiesmbo.questionnaire import (
    INTEREST_NAMES,
    score_answers,
)
from kiesmbo.recommend import OpportunityWeight
from kiesmbo.recommendations import get_recommender, similar_programmes
from kiesmbo.saved_results import format_code
from kiesmbo.search import best_match
from kiesmbo.security import by_code, no_store
from kiesmbo.shortlist import programme_or_404
from kiesmbo.switching import (
    dossier_codes,
    order_alternatives,
    programmes_by_crebo,
    same_dossier_crebos,
)

bp = Blueprint("guide", __name__)

MAX_PROGRAMMES = 10  # per admission or cost page (a shortlist holds at most this many)
DEFAULT_AGE = 16

@dataclass(frozen=True)
class ProgrammeGuide:
    """Everything the programme page's guide blocks show."""

    programme: ProgrammeSummary
    answers: tuple[Answer, ...]
    extra: tuple[ExtraRequirement, ...]
    legal: list[LegalNote]
    deadline: DeadlineStatus
    cost: CostPlan
    ladder: Ladder | None


def _ladder(programme: ProgrammeSummary, routes: Routes | None) -> Ladder:
    snapshot = get_snapshot()
    if routes is None:
        routes = get_routes(session=get_session(), snapshot=snapshot, programme_id=programme.id)
    return build_ladder(get_guide(), programme, previous=routes.previous_programmes,
                        next_programmes=routes.next_programmes, hbo_studies=routes.hbo_studies,
                        same_domain=list_same_domain(snapshot=snapshot, programme=programme,
                                                     limit=50))


@bp.app_template_global()
def guide_for(programme: ProgrammeSummary, routes: Routes | None = None) -> ProgrammeGuide:
    """The guide blocks of a programme page (called from guide/_programme.html).

    All but the 1 April line depend only on the programme, its routes (both of the catalogue
    version) and the seed data's guide: worked out once per snapshot and programme (about
    60 us a page), with today's line put in on every call.
    """
    guide = get_guide()
    deadline = application_status(guide, today_amsterdam())
    derived = get_snapshot().derived
    key = ("programme_guide", programme.id)
    kept = derived.get(key)
    if not (isinstance(kept, tuple) and kept[0] is guide):  # made from other seed data
        leerweg = "bol" if programme.has_bol else "bbl"
        kept = derived[key] = (guide, ProgrammeGuide(
            programme=programme, answers=answers_for_level(guide, programme.level),
            extra=guide.extra.get(programme.crebo, ()),
            legal=legal_notes(guide, programme.crebo), deadline=deadline,
            cost=plan_costs(guide, level=programme.level,
                            duration_years=programme.duration_years, leerweg=leerweg,
                            age_at_start=DEFAULT_AGE),
            ladder=_ladder(programme, routes)))
    found = kept[1]
    return found if found.deadline == deadline else dataclasses.replace(found,
                                                                        deadline=deadline)


@bp.app_template_global()
def application_deadline() -> DeadlineStatus:
    """The 1 April line for today (Europe/Amsterdam)."""
    return application_status(get_guide(), today_amsterdam())


@bp.app_template_global()
def guide_answer(level: int, vooropleiding: str) -> Answer:
    return answer(get_guide(), level, vooropleiding)


@bp.app_template_global()
def cost_ages() -> tuple[int, int]:
    """The ages the cost calculator accepts."""
    return MIN_AGE, MAX_AGE


@bp.app_template_global()
def guide_date(key: str) -> dt.date:
    """A key date from seed_data/guide/dates.csv, in the year of the next 1 April."""
    return key_date(get_guide(), key, application_deadline().deadline.year)


@bp.app_context_processor
def _labels() -> dict[str, Any]:
    return {"vooropleidingen": VOOROPLEIDINGEN, "vooropleiding_labels": VOOROPLEIDING_LABELS,
            "requirement_labels": REQUIREMENT_LABELS}


def _guide_context() -> dict[str, Any]:
    return {"guide": get_guide()}


def _programmes_from_args(*, required: bool = True) -> list[ProgrammeSummary]:
    """The ?crebo= programmes.

    Raises:
        HTTPException: 400 for none (when required) or too many, 404 for an unknown code.
    """
    values = request.args.getlist("crebo")
    if len(values) > MAX_PROGRAMMES:
        abort(400, description=_("Choose at most %(max)d programmes.", max=MAX_PROGRAMMES))
    if required and not values:
        abort(400, description=_("Choose a programme first."))
    programmes = []
    for value in values:
        programme = programme_or_404(value.strip())
        if programme not in programmes:
            programmes.append(programme)
    return programmes


def _questionnaire_school() -> str | None:
    """The school the questionnaire stored in this visitor's session, as a vooropleiding."""
    school = stored_school(session)
    return vooropleiding_from_school(school) if school else None


@bp.get("/toelating")
@no_store
def admission() -> Response:
    """"Kan ik deze opleiding doen?" for one or more programmes and the pupil's school:
    from ?school= when given, otherwise from the questionnaire, otherwise asked."""
    programmes = _programmes_from_args()
    raw = request.args.get("school", "")
    remembered = False
    problems = []
    if raw:
        vooropleiding = raw if raw in VOOROPLEIDINGEN else None
        if vooropleiding is None:
            problems.append(_("Choose your school from the list."))
    else:
        vooropleiding = _questionnaire_school()
        remembered = vooropleiding is not None
    guide = get_guide()
    results = ([(p, answer(guide, p.level, vooropleiding), guide.extra.get(p.crebo, ()),
                 legal_notes(guide, p.crebo)) for p in programmes] if vooropleiding else [])
    keep_in_links({"crebo": [p.crebo for p in programmes], "school": vooropleiding})
    return render_page_or_partial(
        "guide/admission.html", "guide/admission.html", status=422 if problems else 200,
        programmes=programmes, vooropleiding=vooropleiding, remembered=remembered,
        results=results, problems=problems, deadline=application_deadline(),
        **_guide_context())


@bp.get("/kosten")
def costs() -> Response:
    """"Wat kost het?": lesgeld or cursusgeld per school year for the age at the start and
    the leerweg, for one programme or the programmes of a comparison."""
    programmes = _programmes_from_args()
    problems = []
    age_raw = request.args.get("age", str(DEFAULT_AGE)).strip()
    age = parse_whole_number(age_raw, MIN_AGE, MAX_AGE)
    if age is None:
        problems.append(_("Fill in your age as a whole number from %(low)d to %(high)d.",
                          low=MIN_AGE, high=MAX_AGE))
    leerweg = request.args.get("leerweg", "")
    if leerweg and leerweg not in LEERWEGEN:
        problems.append(_("Choose bol or bbl."))
    guide = get_guide()
    plans = []
    if not problems:
        for p in programmes:
            chosen = leerweg or ("bol" if p.has_bol else "bbl")
            offered = p.has_bol if chosen == "bol" else p.has_bbl
            plans.append((p, plan_costs(guide, level=p.level, duration_years=p.duration_years,
                                        leerweg=chosen, age_at_start=age or DEFAULT_AGE),
                          offered))
    keep_in_links({"crebo": [p.crebo for p in programmes], "age": age_raw,
                   "leerweg": leerweg})
    return render_page_or_partial(
        "guide/costs.html", "guide/costs.html", status=422 if problems else 200,
        programmes=programmes, plans=plans, problems=problems, age=age_raw, leerweg=leerweg,
        min_age=MIN_AGE, max_age=MAX_AGE, facts=guide.facts, **_guide_context())


@bp.get("/twijfel")
def doubt() -> Response:
    """"Ik twijfel over mijn opleiding": programmes close to the one you started (same
    dossier first), a February start, what switching means, and who to talk to."""
    text = request.args.get("opleiding", "").strip()[:60]
    snapshot = get_snapshot()
    current = best_match(snapshot, text) if text else None
    problems = []
    alternatives = []
    if text and current is None:
        problems.append(_("We cannot find this programme. Check the name, or try the crebo "
                          "code on your school papers."))
    if current is not None:
        db = get_session()
        dossier = dossier_codes(session=db, crebos=[current.crebo]).get(current.crebo)
        suggested = [(s.programme, s.reasons)
                     for s in similar_programmes(current, OpportunityWeight.SOME)]
        same = programmes_by_crebo(snapshot, same_dossier_crebos(session=db, dossier=dossier))
        alternatives = order_alternatives(
            current, dossier, suggested=suggested, same_dossier=same,
            dossiers=dossier_codes(session=db, crebos=[p.crebo for p, _ in suggested]))
    keep_in_links({"opleiding": text})
    return render_page_or_partial(
        "guide/doubt.html", "guide/doubt.html", status=422 if problems else 200, text=text,
        current=current, alternatives=alternatives, problems=problems,
        facts=get_guide().facts)


@bp.get("/route/<crebo>")
@cached_page
def ladder(crebo: str) -> Response:
    """The route ladder of one programme on a page of its own."""
    programme = programme_or_404(crebo)
    return render_page_or_partial("guide/ladder.html", "guide/ladder.html",
                                  programme=programme, ladder=_ladder(programme, None))


def _parent_view(state: dict[str, Any]) -> dict[str, Any]:
    """What a parent sees of a saved result (a state that passed journey.valid_state)."""
    snapshot = get_snapshot()
    shortlist = [snapshot.by_crebo[c] for c in state.get("shortlist", [])
                 if c in snapshot.by_crebo][:MAX_PROGRAMMES]
    scored, suggestions = None, []
    if journey.is_complete(state):
        result = journey.result_of(snapshot, state, get_recommender(), OpportunityWeight.SOME)
        if result.shows_ranking:  # no interests or ranked list from a flat profile
            scored = score_answers(state["answers"])
            suggestions = result.suggestions[:5]
    school = (state.get("choices") or {}).get("school")
    return {"shortlist": shortlist, "scored": scored, "suggestions": suggestions,
            "vooropleiding": vooropleiding_from_school(school) if school else None}


@bp.get("/uitslag/<code>/ouders")
@by_code
def parents(code: str) -> Response:
    """A saved result for parents, in the language chosen with ?lang=, with the Dutch
    term next to each key word.

    Raises:
        HTTPException: 404 for a malformed, unknown or expired code.
    """
    normalised, state, saved_at = journey.saved_state_or_404(code)
    keep_in_links({})
    return render_page_or_partial(
        "guide/parents.html", "guide/parents.html", code=format_code(normalised),
        saved_at=saved_at, terms=PARENT_TERMS, interest_names=INTEREST_NAMES,
        **_parent_view(state), **_guide_context())
