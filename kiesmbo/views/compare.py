"""Compare programmes side by side, and the shortlist ("Mijn lijstje") kept in the session."""

from __future__ import annotations

from dataclasses import dataclass

from flask import (
    Blueprint,
    Response,
    abort,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _

from kiesmbo.catalogue import ProgrammeSummary, differences
from kiesmbo.db import get_session, get_snapshot
from kiesmbo.extensions import csrf
from kiesmbo.geo import Place
from kiesmbo.htmx import redirect_after_post, render_page_or_partial, wants_fragment
from kiesmbo.i18n import keep_in_links
from kiesmbo.queries import Routes, SchoolOffer, get_routes, list_school_offers
from kiesmbo.search import best_match

bp = Blueprint("compare", __name__)

MIN_COMPARE, MAX_COMPARE = 2, 4
MAX_SHORTLIST = 12
SHORTLIST_KEY = "shortlist"


@dataclass(frozen=True)
class Column:
    """One programme in a comparison."""

    programme: ProgrammeSummary
    routes: Routes
    schools: list[SchoolOffer]


def parse_crebos(values: list[str]) -> tuple[list[ProgrammeSummary], list[str], bool]:
    """Programmes for ?crebo= values, messages for what is wrong with them, and whether an
    expired code was replaced by its successor."""
    snapshot = get_snapshot()
    replaced = False
    problems: list[str] = []
    programmes: list[ProgrammeSummary] = []
    seen: set[str] = set()
    for raw in values[:50]:
        crebo = raw.strip()[:10]
        if crebo in seen:
            problems.append(_("%(crebo)s is in the list twice; we show it once.", crebo=crebo))
            continue
        seen.add(crebo)
        programme = snapshot.by_crebo.get(crebo)
        retired = snapshot.retired.get(crebo)
        if programme is None and retired is not None and len(retired.successor_codes) == 1:
            programme = snapshot.by_crebo.get(retired.successor_codes[0])
            replaced = replaced or programme is not None
        if programme is not None and programme.crebo in seen - {crebo}:
            continue
        seen.add(programme.crebo if programme else crebo)
        if programme is None:
            problems.append(_("There is no programme with crebo code %(crebo)s.", crebo=crebo))
        else:
            programmes.append(programme)
    if len(programmes) > MAX_COMPARE:
        problems.append(_("You can compare at most %(max)d programmes. We show the first "
                          "%(max)d.", max=MAX_COMPARE))
        programmes = programmes[:MAX_COMPARE]
    return programmes, problems, replaced


def compare_columns(programmes: list[ProgrammeSummary],
                    place: Place | None = None) -> list[Column]:
    """The comparison columns: programme, where it leads, and (with a place) nearest schools."""
    db, snapshot = get_session(), get_snapshot()
    return [Column(p, get_routes(session=db, snapshot=snapshot, programme_id=p.id),
                   list_school_offers(session=db, programme_id=p.id, place=place)[:3]
                   if place else [])
            for p in programmes]


def _compare_url(programmes: list[ProgrammeSummary], **extra) -> str:
    return url_for("compare.index", crebo=[p.crebo for p in programmes], **extra)


@bp.get("/vergelijk")
def index() -> Response:
    """Compare 2-4 programmes; the URL is the comparison, so it can be shared."""
    values = request.args.getlist("crebo")
    if len(values) > 50:
        abort(400, description=_("You can compare at most %(max)d programmes.",
                                 max=MAX_COMPARE))
    programmes, problems, replaced = parse_crebos(values)
    place_text = request.args.get("place", "").strip()[:60]
    place: Place | None = get_snapshot().places.resolve(place_text) if place_text else None
    if place_text and place is None:
        problems.append(_("We do not know this place or postcode. Try a place name or 4 "
                          "digits."))
    add_text = request.args.get("add", "").strip()[:60]
    if add_text:
        best = best_match(get_snapshot(), add_text)
        if best is not None:
            if best not in programmes and len(programmes) < MAX_COMPARE:
                programmes.append(best)
            return redirect(_compare_url(programmes, place=place_text or None))
        problems.append(_("We cannot find this programme. Check the name, or leave it empty."))
    if replaced and not problems:
        # An old code in a shared link: show the comparison under today's codes.
        return redirect(_compare_url(programmes, place=place_text or None), code=301)
    columns = compare_columns(programmes, place)
    keep_in_links({"crebo": [p.crebo for p in programmes], "place": place_text})
    status = 422 if problems else 200
    return render_page_or_partial(
        "compare/compare.html", "compare/_table.html", status=status, columns=columns,
        problems=problems, place=place, place_text=place_text,
        differences=differences(programmes),
        too_few=len(programmes) < MIN_COMPARE, max_compare=MAX_COMPARE,
        url_without={p.crebo: _compare_url([q for q in programmes if q is not p],
                                           place=place_text or None) for p in programmes})


# --- The shortlist --------------------------------------------------------------------------


def get_shortlist() -> list[ProgrammeSummary]:
    """The programmes on the session's shortlist, in the student's order."""
    snapshot = get_snapshot()
    crebos = session.get(SHORTLIST_KEY, [])
    if not isinstance(crebos, list):
        return []
    # A session from an older version (or forged) may hold more than fits on the list.
    return [snapshot.by_crebo[c] for c in crebos[:MAX_SHORTLIST]
            if isinstance(c, str) and c in snapshot.by_crebo]


def _store(programmes: list[ProgrammeSummary]) -> None:
    session[SHORTLIST_KEY] = [p.crebo for p in programmes]


def _programme_or_404(crebo: str) -> ProgrammeSummary:
    """Raises:
        HTTPException: 404 when the crebo is not in the catalogue.
    """
    programme = get_snapshot().by_crebo.get(crebo) if len(crebo) == 5 else None
    if programme is None:
        abort(404, description=_("There is no programme with crebo code %(crebo)s.",
                                 crebo=crebo[:10]))
    return programme


@bp.get("/lijstje")
def shortlist() -> str:
    return render_template("compare/shortlist.html", programmes=get_shortlist(),
                           max_compare=MAX_COMPARE, max_shortlist=MAX_SHORTLIST)


def _after_change(crebo: str) -> Response:
    if wants_fragment():
        return render_page_or_partial("compare/_button.html", "compare/_button.html",
                                      programme=get_snapshot().by_crebo[crebo],
                                      on_list=crebo in [p.crebo for p in get_shortlist()])
    return redirect_after_post(url_for("compare.shortlist"))


# Adding to or removing from a shortlist in the visitor's own session is harmless, and the
# session cookie is SameSite=Lax (not sent with cross-site POSTs); these buttons sit on
# cached public pages, which cannot carry a per-visitor CSRF token.
@bp.post("/lijstje/<crebo>/toevoegen")
@csrf.exempt
def add(crebo: str) -> Response:
    programme = _programme_or_404(crebo)
    programmes = get_shortlist()
    if programme not in programmes:
        if len(programmes) >= MAX_SHORTLIST:
            abort(422, description=_("Your list is full (%(max)d programmes). Remove one "
                                     "first.", max=MAX_SHORTLIST))
        _store([*programmes, programme])
    return _after_change(crebo)


@bp.post("/lijstje/<crebo>/verwijderen")
@csrf.exempt
def remove(crebo: str) -> Response:
    programme = _programme_or_404(crebo)
    _store([p for p in get_shortlist() if p is not programme])
    return _after_change(crebo)


@bp.post("/lijstje/<crebo>/omhoog")
@csrf.exempt
def move_up(crebo: str) -> Response:
    programme = _programme_or_404(crebo)
    programmes = get_shortlist()
    if programme in programmes:
        index = programmes.index(programme)
        if index > 0:
            programmes[index - 1], programmes[index] = programmes[index], programmes[index - 1]
            _store(programmes)
    return redirect_after_post(url_for("compare.shortlist"))


@bp.get("/lijstje/knop/<crebo>")
def button(crebo: str) -> str:
    """The add/remove button for one programme, with this visitor's state (htmx)."""
    programme = _programme_or_404(crebo)
    return render_template("compare/_button.html", programme=programme,
                           on_list=programme in get_shortlist())
