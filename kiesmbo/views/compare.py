"""Compare programmes side by side, and the shortlist ("Mijn lijstje") buttons and page."""

from __future__ import annotations

from flask import Blueprint, Response, abort, redirect, request, url_for
from flask_babel import gettext as _

from kiesmbo import shortlist as lists
from kiesmbo.catalogue import ProgrammeSummary, differences
from kiesmbo.db import get_snapshot
from kiesmbo.extensions import csrf
from kiesmbo.geo import Place
from kiesmbo.htmx import (
    fragment_or_redirect,
    redirect_after_post,
    render_page,
    render_page_or_partial,
)
from kiesmbo.i18n import keep_in_links
from kiesmbo.search import best_match
from kiesmbo.shortlist import MAX_COMPARE, MAX_SHORTLIST, MIN_COMPARE, programme_or_404

bp = Blueprint("compare", __name__)


def _compare_url(programmes: list[ProgrammeSummary], **extra) -> str:
    return url_for("compare.index", crebo=[p.crebo for p in programmes], **extra)


@bp.get("/vergelijk")
def index() -> Response:
    """Compare 2-4 programmes; the URL is the comparison, so it can be shared."""
    values = request.args.getlist("crebo")
    if len(values) > lists.MAX_CREBO_VALUES:
        abort(400, description=_("You can compare at most %(max)d programmes.",
                                 max=MAX_COMPARE))
    programmes, problems, replaced = lists.parse_crebos(values)
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
    keep_in_links({"crebo": [p.crebo for p in programmes], "place": place_text})
    return render_page_or_partial(
        "compare/compare.html", "compare/_table.html", status=422 if problems else 200,
        columns=lists.compare_columns(programmes, place), problems=problems, place=place,
        place_text=place_text, differences=differences(programmes),
        too_few=len(programmes) < MIN_COMPARE, max_compare=MAX_COMPARE,
        url_without={p.crebo: _compare_url([q for q in programmes if q is not p],
                                           place=place_text or None) for p in programmes})


# --- The shortlist --------------------------------------------------------------------------


@bp.get("/lijstje")
def shortlist() -> Response:
    return render_page("compare/shortlist.html", programmes=lists.get_shortlist(),
                       max_compare=MAX_COMPARE, max_shortlist=MAX_SHORTLIST)


def _after_change(programme: ProgrammeSummary) -> Response:
    """htmx swaps in the new button; a browser goes to the list."""
    return fragment_or_redirect("compare/_button.html", url_for("compare.shortlist"),
                                programme=programme,
                                on_list=programme in lists.get_shortlist())


# Adding to or removing from a shortlist in the visitor's own session is harmless, and the
# session cookie is SameSite=Lax (not sent with cross-site POSTs); these buttons sit on
# cached public pages, which cannot carry a per-visitor CSRF token.
@bp.post("/lijstje/<crebo>/toevoegen")
@csrf.exempt
def add(crebo: str) -> Response:
    programme = programme_or_404(crebo)
    try:
        lists.add(programme)
    except lists.ShortlistFull:
        abort(422, description=_("Your list is full (%(max)d programmes). Remove one first.",
                                 max=MAX_SHORTLIST))
    return _after_change(programme)


@bp.post("/lijstje/<crebo>/verwijderen")
@csrf.exempt
def remove(crebo: str) -> Response:
    programme = programme_or_404(crebo)
    lists.remove(programme)
    return _after_change(programme)


@bp.post("/lijstje/<crebo>/omhoog")
@csrf.exempt
def move_up(crebo: str) -> Response:
    lists.move_up(programme_or_404(crebo))
    return redirect_after_post(url_for("compare.shortlist"))


@bp.get("/lijstje/knop/<crebo>")
def button(crebo: str) -> Response:
    """The add/remove button for one programme, with this visitor's state (htmx)."""
    programme = programme_or_404(crebo)
    return render_page("compare/_button.html", programme=programme,
                       on_list=programme in lists.get_shortlist())
