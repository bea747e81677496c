"""The shortlist ("Mijn lijstje") kept in the session, and the comparison of 2-4 programmes.

Both the compare views and the counsellor view of a saved result use these: the list, its
limits, reading ?crebo= values and the comparison columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask import abort, session
from flask_babel import gettext as _

from kiesmbo.catalogue import ProgrammeSummary
from kiesmbo.db import get_session, get_snapshot
from kiesmbo.geo import Place
from kiesmbo.queries import Routes, SchoolOffer, get_routes, list_school_offers

MIN_COMPARE, MAX_COMPARE = 2, 4
MAX_SHORTLIST = 12
MAX_CREBO_VALUES = 50  # ?crebo= values read at all; more is a 400
SHORTLIST_KEY = "shortlist"


class ShortlistFull(Exception):
    """The list already holds MAX_SHORTLIST programmes."""


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
    for raw in values[:MAX_CREBO_VALUES]:
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


def programme_or_404(crebo: str) -> ProgrammeSummary:
    """The catalogue's programme with this crebo code.

    Raises:
        HTTPException: 404 when the crebo is not in the catalogue.
    """
    programme = get_snapshot().by_crebo.get(crebo) if len(crebo) == 5 else None
    if programme is None:
        abort(404, description=_("There is no programme with crebo code %(crebo)s.",
                                 crebo=crebo[:10]))
    return programme


# --- The list in the session ------------------------------------------------------------------


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


def add(programme: ProgrammeSummary) -> None:
    """Put a programme at the end of the list (once).

    Raises:
        ShortlistFull: the list already holds MAX_SHORTLIST programmes.
    """
    programmes = get_shortlist()
    if programme in programmes:
        return
    if len(programmes) >= MAX_SHORTLIST:
        raise ShortlistFull()
    _store([*programmes, programme])


def remove(programme: ProgrammeSummary) -> None:
    _store([p for p in get_shortlist() if p is not programme])


def move_up(programme: ProgrammeSummary) -> None:
    """Swap a programme with the one above it (nothing when it is first or not listed)."""
    programmes = get_shortlist()
    index = programmes.index(programme) if programme in programmes else 0
    if index > 0:
        programmes[index - 1], programmes[index] = programmes[index], programmes[index - 1]
        _store(programmes)
