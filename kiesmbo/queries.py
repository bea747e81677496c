"""Read-only queries. Keyword-only, session first; they return models or dataclasses."""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

import numpy as np
from sqlalchemy import func
from sqlmodel import Session, col, select

from kiesmbo.catalogue import ProgrammeSummary, Snapshot
from kiesmbo.geo import Place, distances_km
from kiesmbo.models import (
    DataSource,
    EscoLink,
    Institution,
    InstitutionIndicator,
    Offering,
    OfferingEvidence,
    Programme,
    Progression,
    ReferenceFigure,
)


def count_programmes(*, session: Session) -> int:
    return session.exec(select(func.count()).select_from(Programme)).one()


def get_programme(*, session: Session, crebo: str) -> Programme | None:
    return session.exec(select(Programme).where(Programme.crebo == crebo)).first()


@dataclass(frozen=True)
class SchoolOffer:
    """One school offering a programme, in one or both leerwegen, with DUO's evidence."""

    institution: Institution
    city: str
    leerwegen: tuple[str, ...]
    start_months: tuple[int, ...]
    distance_km: float | None
    evidence: OfferingEvidence  # the strongest evidence over its leerwegen
    via: str  # predecessor crebo(s) DUO counted, for evidence "predecessor"
    students: int | None  # DUO students in the evidence year, all leerwegen together
    evidence_year: int | None
    results: tuple[InstitutionIndicator, ...]  # DUO's jaarresultaat, diplomaresultaat

    @property
    def is_confirmed(self) -> bool:
        return self.evidence != OfferingEvidence.RULE


_EVIDENCE_ORDER = {OfferingEvidence.DUO: 0, OfferingEvidence.PREDECESSOR: 1,
                   OfferingEvidence.RULE: 2}


def list_school_offers(*, session: Session, programme_id: int,
                       place: Place | None) -> list[SchoolOffer]:
    """Schools offering the programme: confirmed by DUO first; nearest first when a place is
    known, else by name."""
    return sort_school_offers(read_school_offers(session=session, programme_id=programme_id),
                              place)


@dataclass(frozen=True)
class SchoolOffers:
    """A programme's school offers in database order, without distances, and where each
    is (one row per offer), so that a request only computes distances and sorts."""

    offers: tuple[SchoolOffer, ...]
    latitudes: np.ndarray
    longitudes: np.ndarray

    @functools.cached_property
    def without_place(self) -> tuple[SchoolOffer, ...]:
        """The order without a place (sort_school_offers), worked out once: these offers
        are kept per catalogue version and every visit without a place asks for it."""
        return tuple(_in_order(self.offers))


def read_school_offers(*, session: Session, programme_id: int) -> SchoolOffers:
    """The school offers of a programme as read from the database (see SchoolOffers)."""
    statement = (select(Offering, Institution)
                 .join(Institution, col(Offering.institution_id) == col(Institution.id))
                 .where(Offering.programme_id == programme_id).order_by(col(Offering.id)))
    grouped: dict[tuple[int, str], list[tuple[Offering, Institution]]] = {}
    for offering, institution in session.exec(statement):
        grouped.setdefault((institution.id, offering.city), []).append((offering, institution))
    results: dict[int, list[InstitutionIndicator]] = {}
    ids = [key[0] for key in grouped]
    if ids:
        for row in session.exec(select(InstitutionIndicator).where(
                col(InstitutionIndicator.institution_id).in_(ids))):
            results.setdefault(row.institution_id, []).append(row)
    return _school_offers(grouped, results)


def _school_offers(grouped: dict[tuple[int, str], list[tuple[Any, Institution]]],
                   results: dict[int, list[InstitutionIndicator]]) -> SchoolOffers:
    """One offer per (school, city) from its offering rows (Offering or OfferingRow)."""
    offers, latitudes, longitudes = [], [], []
    for (_, city), rows in grouped.items():
        first, institution = rows[0]
        best = min((o for o, _ in rows), key=lambda o: _EVIDENCE_ORDER[o.evidence])
        latitudes.append(first.latitude)
        longitudes.append(first.longitude)
        counted = [o.students for o, _ in rows if o.students is not None]
        offers.append(SchoolOffer(
            institution=institution, city=city,
            leerwegen=tuple(sorted(str(o.leerweg) for o, _ in rows)),
            start_months=tuple(sorted({m for o, _ in rows for m in o.start_month_numbers})),
            distance_km=None, evidence=best.evidence, via=best.via,
            students=sum(counted) if counted else None, evidence_year=best.evidence_year,
            results=tuple(sorted(results.get(institution.id, []), key=lambda r: r.indicator,
                                 reverse=True))))
    return SchoolOffers(tuple(offers), np.array(latitudes, dtype=float),
                        np.array(longitudes, dtype=float))


def sort_school_offers(schools: SchoolOffers, place: Place | None) -> list[SchoolOffer]:
    """Confirmed schools first; then nearest first (with a place, whose distances are
    filled in) or, without a place, most students first; then by name."""
    if place is None or not schools.offers:
        return list(schools.without_place)
    distances = distances_km(place.latitude, place.longitude, schools.latitudes,
                             schools.longitudes)
    return _in_order(replace(offer, distance_km=float(distance))
                     for offer, distance in zip(schools.offers, distances, strict=True))


def _in_order(offers: Iterable[SchoolOffer]) -> list[SchoolOffer]:
    return sorted(offers, key=lambda o: (
        not o.is_confirmed, o.distance_km if o.distance_km is not None else -(o.students or 0),
        o.institution.name.casefold()))


def list_occupations(*, session: Session, programme_id: int) -> list[EscoLink]:
    """The ESCO occupations a programme leads to, main one first."""
    return list(session.exec(select(EscoLink).where(EscoLink.programme_id == programme_id)
                             .order_by(col(EscoLink.rank), col(EscoLink.label))))


@dataclass(frozen=True)
class Routes:
    """Where a programme leads, and what leads to it."""

    next_programmes: list[ProgrammeSummary]
    hbo_studies: list[str]
    previous_programmes: list[ProgrammeSummary]


def get_routes(*, session: Session, snapshot: Snapshot, programme_id: int) -> Routes:
    forward = session.exec(select(Progression).where(
        Progression.from_programme_id == programme_id).order_by(col(Progression.id))).all()
    backward = session.exec(select(Progression).where(
        Progression.to_programme_id == programme_id).order_by(col(Progression.id))).all()
    return _routes({p.id: p for p in snapshot.programmes}, forward, backward)


def _routes(by_id: dict[int, ProgrammeSummary], forward: list[Progression],
            backward: list[Progression]) -> Routes:
    return Routes(
        next_programmes=[by_id[r.to_programme_id] for r in forward
                         if r.to_programme_id in by_id],
        hbo_studies=[r.to_hbo for r in forward if r.to_hbo],
        previous_programmes=sorted((by_id[r.from_programme_id] for r in backward
                                    if r.from_programme_id in by_id), key=lambda p: p.name),
    )


def list_same_domain(*, snapshot: Snapshot, programme: ProgrammeSummary,
                     limit: int = 6) -> list[ProgrammeSummary]:
    """Other programmes of the same domain, closest in level first, then by name (worked
    out once per snapshot and programme)."""
    key = ("same_domain", programme.id)
    others = snapshot.derived.get(key)
    if others is None:
        by_domain = snapshot.derived.get("by_domain")
        if by_domain is None:  # one pass for the snapshot, not one per programme
            by_domain = {}
            for p in snapshot.programmes:
                by_domain.setdefault(p.domain.id, []).append(p)
            snapshot.derived["by_domain"] = by_domain
        others = [p for p in by_domain.get(programme.domain.id, ()) if p.id != programme.id]
        others.sort(key=lambda p: (abs(p.level - programme.level), p.name.casefold()))
        snapshot.derived[key] = others
    return others[:limit]


def pick_spotlight(*, snapshot: Snapshot, today: dt.date) -> ProgrammeSummary | None:
    """The kansberoep of this ISO week: a programme with the best job chance in a shortage
    area, rotating deterministically through all of them week by week."""
    candidates = [p for p in snapshot.programmes if p.is_in_shortage_area and p.job_chance]
    if not candidates:
        return None
    best = max(p.job_chance.value for p in candidates)
    candidates = sorted((p for p in candidates if p.job_chance.value == best),
                        key=lambda p: p.crebo)
    year, week, _ = today.isocalendar()
    return candidates[(year * 53 + week) % len(candidates)]


# Fields whose programmes a parent may weigh against each other: administration (often a
# parent's first thought), technology and care (where the jobs are).
EXAMPLE_DOMAINS = ("Economie en administratie", "Techniek en procesindustrie", "Zorg en welzijn")


def pick_example_comparison(*, snapshot: Snapshot) -> list[ProgrammeSummary]:
    """The most widely offered level-3/4 programme of each example field, for the parents'
    example comparison; empty when fewer than two fields have one."""
    schools = Counter(int(i) for i in snapshot.offering_programme)
    picks = []
    for domain in EXAMPLE_DOMAINS:
        candidates = [(schools[i], p.crebo, p) for i, p in enumerate(snapshot.programmes)
                      if p.domain.name == domain and p.level >= 3]
        if candidates:
            picks.append(max(candidates, key=lambda c: (c[0], c[1]))[2])
    return picks if len(picks) >= 2 else []


def list_data_sources(*, session: Session) -> list[DataSource]:
    order = {"real": 0, "curated": 1, "estimate": 2}
    sources = session.exec(select(DataSource)).all()
    return sorted(sources, key=lambda s: (order.get(s.kind, 3), s.name))


def get_reference_figures(*, session: Session) -> dict[str, ReferenceFigure]:
    """Published national figures by code (see seed_data/reference_figures.csv)."""
    return {figure.code: figure for figure in session.exec(select(ReferenceFigure))}


@dataclass(frozen=True)
class ProgrammePage:
    """What the programme page reads from the database, for one catalogue version. The
    models are detached from their session: read-only, shared between requests."""

    programme: Programme
    schools: SchoolOffers
    occupations: tuple[EscoLink, ...]
    routes: Routes
    mbo_average: ReferenceFigure | None


def read_programme_page(*, session: Session, snapshot: Snapshot,
                        crebo: str) -> ProgrammePage | None:
    """Read a programme page's data; None when the programme is not in the database."""
    programme = get_programme(session=session, crebo=crebo)
    if programme is None:
        return None
    page = ProgrammePage(
        programme=programme,
        schools=read_school_offers(session=session, programme_id=programme.id),
        occupations=tuple(list_occupations(session=session, programme_id=programme.id)),
        routes=get_routes(session=session, snapshot=snapshot, programme_id=programme.id),
        mbo_average=get_reference_figures(session=session).get("mbo_start_salary"))
    # Detached, so that no later commit or close of this session expires their attributes.
    models = [programme, *page.occupations, page.mbo_average]
    for offer in page.schools.offers:
        models.extend((offer.institution, *offer.results))
    for model in models:
        if model is not None and model in session:
            session.expunge(model)
    return page


class OfferingRow(NamedTuple):
    """The columns of an Offering the programme page reads, without an ORM object."""

    id: int
    programme_id: int
    institution_id: int
    leerweg: str
    city: str
    latitude: float
    longitude: float
    start_months: str
    evidence: OfferingEvidence
    students: int | None
    via: str
    evidence_year: int | None

    start_month_numbers = property(Offering.start_month_numbers.fget)


def read_programme_pages(*, session: Session, snapshot: Snapshot) -> dict[str, ProgrammePage]:
    """Every programme page's data at once, by crebo: a few queries for the whole catalogue
    instead of six per page. Gives what read_programme_page gives for each programme."""
    institutions = {i.id: i for i in session.exec(select(Institution))}
    results: dict[int, list[InstitutionIndicator]] = {}
    for row in session.exec(select(InstitutionIndicator)):
        results.setdefault(row.institution_id, []).append(row)
    columns = [getattr(Offering, name) for name in OfferingRow._fields]
    offerings: dict[int, dict[tuple[int, str], list[tuple[OfferingRow, Institution]]]] = {}
    for values in session.exec(select(*columns).order_by(col(Offering.id))):
        row = OfferingRow(*values)
        institution = institutions[row.institution_id]
        offerings.setdefault(row.programme_id, {}).setdefault(
            (institution.id, row.city), []).append((row, institution))
    occupations: dict[int, list[EscoLink]] = {}
    for link in session.exec(select(EscoLink).order_by(col(EscoLink.rank),
                                                       col(EscoLink.label))):
        occupations.setdefault(link.programme_id, []).append(link)
    forward: dict[int, list[Progression]] = {}
    backward: dict[int, list[Progression]] = {}
    for step in session.exec(select(Progression).order_by(col(Progression.id))):
        forward.setdefault(step.from_programme_id, []).append(step)
        backward.setdefault(step.to_programme_id, []).append(step)
    mbo_average = get_reference_figures(session=session).get("mbo_start_salary")
    by_id = {p.id: p for p in snapshot.programmes}
    pages = {}
    for programme in session.exec(select(Programme)):
        pages[programme.crebo] = ProgrammePage(
            programme=programme,
            schools=_school_offers(offerings.get(programme.id, {}), results),
            occupations=tuple(occupations.get(programme.id, ())),
            routes=_routes(by_id, forward.get(programme.id, []),
                           backward.get(programme.id, [])),
            mbo_average=mbo_average)
    session.expunge_all()  # the caller's own session: the models are shared from here on
    return pages


class ProgrammePageCache:
    """Every programme page's data for the current catalogue version, read at once on the
    first programme page after a seed or import changed the version (about 0.3 s); the
    version comes from the request's snapshot, so an old catalogue is never served.
    `enabled=False` reads one programme from the database on every request."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self._pages: tuple[str, dict[str, ProgrammePage]] | None = None
        self._lock = threading.Lock()

    def get(self, *, open_session: Callable[[], Session], snapshot: Snapshot,
            crebo: str) -> ProgrammePage | None:
        """A programme's page data. `open_session` gives the request's session; it is
        called only when the database is read, so a page served from memory opens none."""
        if not self.enabled:
            return read_programme_page(session=open_session(), snapshot=snapshot, crebo=crebo)
        pages = self._pages
        if pages is None or pages[0] != snapshot.version:
            with self._lock:
                pages = self._pages
                if pages is None or pages[0] != snapshot.version:
                    with Session(open_session().get_bind()) as own:
                        pages = self._pages = (
                            snapshot.version, read_programme_pages(session=own,
                                                                   snapshot=snapshot))
        return pages[1].get(crebo)
