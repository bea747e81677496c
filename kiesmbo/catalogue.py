"""An in-memory, read-only snapshot of the catalogue for search, filters and lists.

628 programmes fit easily in memory; keeping them there makes search with typo tolerance,
distance filters and sorting fast without a search server. Each worker rebuilds its snapshot
when the catalogue version in the database changes (seed and import bump it).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import numpy as np
from sqlmodel import Session, col, select

from kiesmbo.geo import Place, PlaceIndex, distances_km
from kiesmbo.models import (
    CatalogueVersion,
    Domain,
    Figure,
    FigureKind,
    Leerweg,
    Offering,
    Programme,
    Sector,
    ShortageArea,
    leerwegen_of,
)
from kiesmbo.text import compact, normalise


@dataclass(frozen=True)
class FigureView:
    """A current figure, detached from the database."""

    indicator: str
    leerweg: Leerweg | None
    value: float
    unit: str
    year: int
    source: str
    kind: FigureKind
    method_note: str

    @property
    def is_estimate(self) -> bool:
        return self.kind == FigureKind.ESTIMATE


@dataclass(frozen=True)
class ProgrammeSummary:
    """What lists, cards and search need of a programme."""

    id: int
    crebo: str
    name: str
    slug: str
    level: int
    duration_years: int
    has_bol: bool
    has_bbl: bool
    domain: Domain
    sector: Sector
    shortage_area: ShortageArea | None
    synonyms: tuple[str, ...]
    # O*NET interest scores (1-7) in RIASEC order, from the linked occupations.
    riasec: tuple[float, ...]
    figures: dict[tuple[str, Leerweg | None], FigureView]
    # Normalised texts for matching.
    search_names: tuple[str, ...] = field(repr=False)
    # Name, description, tasks and synonyms: the text the recommender reads.
    text: str = field(default="", repr=False)

    @property
    def leerwegen(self) -> list[Leerweg]:
        return leerwegen_of(self.has_bol, self.has_bbl)

    @property
    def is_in_shortage_area(self) -> bool:
        return self.shortage_area is not None

    def figure(self, indicator: str, leerweg: Leerweg | None = None) -> FigureView | None:
        return self.figures.get((indicator, leerweg))

    @property
    def job_chance(self) -> FigureView | None:
        return self.figure("job_chance")

    @property
    def start_salary(self) -> FigureView | None:
        return self.figure("start_salary")


@dataclass
class Snapshot:
    """The whole catalogue as plain objects, plus offering coordinates as arrays."""

    version: str
    programmes: list[ProgrammeSummary]
    by_crebo: dict[str, ProgrammeSummary]
    domains: list[Domain]
    shortage_areas: list[ShortageArea]
    # One entry per offering location: index into `programmes`, latitude, longitude (degrees).
    offering_programme: np.ndarray
    offering_lat: np.ndarray
    offering_lon: np.ndarray
    places: PlaceIndex

    def nearest_school_km(self, place: Place) -> np.ndarray:
        """Distance from a place to the nearest school of every programme (inf if none)."""
        nearest = np.full(len(self.programmes), np.inf)
        if self.offering_lat.size:
            km = distances_km(place.latitude, place.longitude, self.offering_lat,
                              self.offering_lon)
            np.minimum.at(nearest, self.offering_programme, km)
        return nearest

    def domain_by_slug(self, slug: str) -> Domain | None:
        return next((d for d in self.domains if d.slug == slug), None)


def _current_version(session: Session) -> str:
    row = session.get(CatalogueVersion, 1)
    return row.value if row else ""


def build_snapshot(session: Session) -> Snapshot:
    """Read the catalogue from the database into a Snapshot."""
    version = _current_version(session)
    domains = {d.id: d for d in session.exec(select(Domain))}
    sectors = {s.id: s for s in session.exec(select(Sector))}
    areas = {a.id: a for a in session.exec(select(ShortageArea))}
    figures: dict[int, dict] = {}
    current = select(Figure).where(col(Figure.is_current).is_(True),
                                   col(Figure.region_id).is_(None))
    for f in session.exec(current):
        figures.setdefault(f.programme_id, {})[(f.indicator, f.leerweg)] = FigureView(
            f.indicator, f.leerweg, f.value, f.unit, f.year, f.source, f.kind, f.method_note)
    programmes = []
    for p in session.exec(select(Programme).order_by(col(Programme.name))):
        synonyms = tuple(s.strip() for s in p.synonyms.split(";") if s.strip())
        # The programme's own name first (spaced, then compact), then its synonyms.
        search_names = (normalise(p.name), compact(p.name),
                        *dict.fromkeys(f(n) for n in synonyms for f in (normalise, compact)))
        programmes.append(ProgrammeSummary(
            id=p.id, crebo=p.crebo, name=p.name, slug=p.slug, level=p.level,
            duration_years=p.duration_years, has_bol=p.has_bol, has_bbl=p.has_bbl,
            domain=domains[p.domain_id], sector=sectors[p.sector_id],
            shortage_area=areas.get(p.shortage_area_id), synonyms=synonyms, riasec=p.riasec,
            figures=figures.get(p.id, {}), search_names=search_names,
            text=" ".join((p.name, p.description, p.what_you_do.replace(";", " "),
                           " ".join(synonyms)))))
    index = {p.id: i for i, p in enumerate(programmes)}
    locations = set(session.exec(select(Offering.programme_id, Offering.latitude,
                                        Offering.longitude)))
    rows = sorted((index[pid], lat, lon) for pid, lat, lon in locations if pid in index)
    array = np.array(rows, dtype=float).reshape(-1, 3)
    return Snapshot(
        version=version, programmes=programmes, by_crebo={p.crebo: p for p in programmes},
        domains=sorted(domains.values(), key=lambda d: (d.name == "Entree", d.name)),
        shortage_areas=sorted(areas.values(), key=lambda a: a.name),
        offering_programme=array[:, 0].astype(int), offering_lat=array[:, 1],
        offering_lon=array[:, 2], places=PlaceIndex(session))


class SnapshotCache:
    """Holds one Snapshot per process and rebuilds it when the catalogue version changes.

    The version is read from the database at most once every `recheck_seconds`, so a busy
    worker does not ask on every request; a seed shows on the site within that time.
    """

    def __init__(self, recheck_seconds: float = 1.0) -> None:
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._checked_at = 0.0
        self.recheck_seconds = recheck_seconds

    def get(self, session: Session) -> Snapshot:
        snapshot = self._snapshot
        now = time.monotonic()
        if snapshot is not None and now - self._checked_at < self.recheck_seconds:
            return snapshot
        version = _current_version(session)
        self._checked_at = now
        if snapshot is not None and snapshot.version == version:
            return snapshot
        with self._lock:
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = build_snapshot(session)
            return self._snapshot
