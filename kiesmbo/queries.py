"""Read-only queries. Keyword-only, session first; they return models or dataclasses."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

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
    statement = (select(Offering, Institution)
                 .join(Institution, col(Offering.institution_id) == col(Institution.id))
                 .where(Offering.programme_id == programme_id))
    grouped: dict[tuple[int, str], list[tuple[Offering, Institution]]] = {}
    for offering, institution in session.exec(statement):
        grouped.setdefault((institution.id, offering.city), []).append((offering, institution))
    results: dict[int, list[InstitutionIndicator]] = {}
    ids = [key[0] for key in grouped]
    if ids:
        for row in session.exec(select(InstitutionIndicator).where(
                col(InstitutionIndicator.institution_id).in_(ids))):
            results.setdefault(row.institution_id, []).append(row)
    offers = []
    for (_, city), rows in grouped.items():
        first, institution = rows[0]
        best = min((o for o, _ in rows), key=lambda o: _EVIDENCE_ORDER[o.evidence])
        distance = None
        if place is not None:
            distance = float(distances_km(place.latitude, place.longitude,
                                          np.array([first.latitude]),
                                          np.array([first.longitude]))[0])
        counted = [o.students for o, _ in rows if o.students is not None]
        offers.append(SchoolOffer(
            institution=institution, city=city,
            leerwegen=tuple(sorted(str(o.leerweg) for o, _ in rows)),
            start_months=tuple(sorted({m for o, _ in rows for m in o.start_month_numbers})),
            distance_km=distance, evidence=best.evidence, via=best.via,
            students=sum(counted) if counted else None, evidence_year=best.evidence_year,
            results=tuple(sorted(results.get(institution.id, []), key=lambda r: r.indicator,
                                 reverse=True))))
    # Confirmed schools first; then nearest first, or (without a place) most students first.
    offers.sort(key=lambda o: (not o.is_confirmed,
                               o.distance_km if o.distance_km is not None else -(o.students or 0),
                               o.institution.name.casefold()))
    return offers


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
    by_id = {p.id: p for p in snapshot.programmes}
    forward = session.exec(select(Progression).where(
        Progression.from_programme_id == programme_id)).all()
    backward = session.exec(select(Progression).where(
        Progression.to_programme_id == programme_id)).all()
    return Routes(
        next_programmes=[by_id[r.to_programme_id] for r in forward
                         if r.to_programme_id in by_id],
        hbo_studies=[r.to_hbo for r in forward if r.to_hbo],
        previous_programmes=sorted((by_id[r.from_programme_id] for r in backward
                                    if r.from_programme_id in by_id), key=lambda p: p.name),
    )


def list_same_domain(*, snapshot: Snapshot, programme: ProgrammeSummary,
                     limit: int = 6) -> list[ProgrammeSummary]:
    """Other programmes of the same domain, closest in level first, then by name."""
    others = [p for p in snapshot.programmes
              if p.domain.id == programme.domain.id and p.id != programme.id]
    others.sort(key=lambda p: (abs(p.level - programme.level), p.name.casefold()))
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
