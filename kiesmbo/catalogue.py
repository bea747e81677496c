"""An in-memory, read-only snapshot of the catalogue for search, filters and lists.

628 programmes fit easily in memory; keeping them there makes search with typo tolerance,
distance filters and sorting fast without a search server. Each worker rebuilds its snapshot
when the catalogue version in the database changes (seed and import bump it).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
from sqlmodel import Session, col, select

from kiesmbo.geo import Place, nearest_km
from kiesmbo.models import (
    CatalogueVersion,
    Domain,
    Enrolment,
    Figure,
    FigureKind,
    Leerweg,
    Offering,
    Programme,
    RetiredProgramme,
    SearchTerm,
    Sector,
    ShortageArea,
    leerwegen_of,
)
from kiesmbo.places import PlaceIndex
from kiesmbo.text import compact, normalise
from kiesmbo.uncertainty import Value, clear_difference

logger = logging.getLogger(__name__)

# Thresholds for the measured facts on cards and pages (see ProgrammeSummary.facts).
POPULAR_TOP = 50  # the 50 programmes with the most students in DUO's last year
FEW_SCHOOLS = 3
MOSTLY_BBL = 0.75


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
    low: float | None = None
    high: float | None = None

    @property
    def is_estimate(self) -> bool:
        return self.kind == FigureKind.ESTIMATE

    @property
    def has_range(self) -> bool:
        return self.low is not None and self.high is not None and self.low != self.high


@dataclass(frozen=True)
class Enrolments:
    """DUO's measured counts for a programme (its own code or its predecessors')."""

    by_year: tuple[tuple[int, int, int], ...]  # (year, students, bbl students), oldest first
    schools: int | None  # schools with students in the last year
    basis: str  # "eigen code", or "voorganger 25187, 25188"

    @property
    def year(self) -> int:
        return self.by_year[-1][0]

    @property
    def students(self) -> int:
        return self.by_year[-1][1]

    @property
    def first(self) -> tuple[int, int, int] | None:
        """The first year with students, if it is not the last year (for a trend line);
        codes of the 2015 structure have no students before the cohort of 2016."""
        counted = [row for row in self.by_year if row[1] > 0]
        return counted[0] if counted and counted[0][0] != self.year else None

    @property
    def bbl_share(self) -> float | None:
        students, bbl = self.by_year[-1][1:]
        return bbl / students if students else None

    @property
    def is_own_code(self) -> bool:
        return self.basis == "eigen code"


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
    estimate_domain: Domain  # the domain the estimate model used (see Programme)
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
    # Names and crebo codes of expired predecessors, so old names and codes still find it.
    former_names: tuple[str, ...] = ()
    former_crebos: tuple[str, ...] = ()
    enrolments: Enrolments | None = None
    # How many programmes had more students in DUO's last year (0 = the most chosen).
    popularity_rank: int | None = None

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

    @property
    def facts(self) -> list[tuple[str, int]]:
        """Short measured facts from DUO's counts, as (code, number): "many_students" (among
        the most chosen), "few_schools" (taught at only a few schools), "mostly_bbl"."""
        e = self.enrolments
        if e is None:
            return []
        found = []
        if self.popularity_rank is not None and self.popularity_rank < POPULAR_TOP:
            found.append(("many_students", e.students))
        if e.schools is not None and 0 < e.schools <= FEW_SCHOOLS:
            found.append(("few_schools", e.schools))
        if e.bbl_share is not None and e.bbl_share >= MOSTLY_BBL:
            found.append(("mostly_bbl", round(e.bbl_share * 100)))
        return found

    @property
    def work_share(self) -> FigureView | None:
        """Share with work: a measured CBS figure (12+ hours) first, else the estimate of
        work within three months (ROA definition)."""
        return self.figure("work_12h") or self.figure("work_3m")


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
    # Expired codes: crebo -> the expired programme (never listed; its page sends on).
    retired: dict[str, RetiredProgramme] = field(default_factory=dict)
    # What pupils type (normalised phrase) -> indices into `programmes`, best first.
    search_terms: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # Results derived from this snapshot alone, kept for its lifetime (see queries.py).
    derived: dict[tuple, object] = field(default_factory=dict, repr=False, compare=False)

    def nearest_school_km(self, place: Place) -> np.ndarray:
        """Distance from a place to the nearest school of every programme (inf if none)."""
        return nearest_km(place.latitude, place.longitude, self.offering_programme,
                          self.offering_lat, self.offering_lon, len(self.programmes))

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
            f.indicator, f.leerweg, f.value, f.unit, f.year, f.source, f.kind, f.method_note,
            f.low, f.high)
    counts: dict[int, list[Enrolment]] = {}
    for e in session.exec(select(Enrolment).order_by(col(Enrolment.year))):
        counts.setdefault(e.programme_id, []).append(e)
    retired = {r.crebo: r for r in session.exec(select(RetiredProgramme))}
    former_crebos: dict[str, list[str]] = {}
    for r in retired.values():
        for code in r.successor_codes:
            former_crebos.setdefault(code, []).append(r.crebo)
    programmes = []
    for p in session.exec(select(Programme).order_by(col(Programme.name))):
        synonyms = tuple(s.strip() for s in p.synonyms.split(";") if s.strip())
        former = tuple(p.former_name_list)
        # The programme's own name first (spaced, then compact), then synonyms, old names.
        search_names = (normalise(p.name), compact(p.name),
                        *dict.fromkeys(f(n) for n in (*synonyms, *former)
                                       for f in (normalise, compact)))
        rows = counts.get(p.id)
        enrolments = Enrolments(
            by_year=tuple((e.year, e.students, e.bbl_students) for e in rows),
            schools=rows[-1].schools, basis=rows[-1].basis) if rows else None
        programmes.append(ProgrammeSummary(
            id=p.id, crebo=p.crebo, name=p.name, slug=p.slug, level=p.level,
            duration_years=p.duration_years, has_bol=p.has_bol, has_bbl=p.has_bbl,
            domain=domains[p.domain_id], sector=sectors[p.sector_id],
            estimate_domain=domains[p.estimate_domain_id or p.domain_id],
            shortage_area=areas.get(p.shortage_area_id), synonyms=synonyms, riasec=p.riasec,
            figures=figures.get(p.id, {}), search_names=search_names,
            text=" ".join((p.name, p.description, p.what_you_do.replace(";", " "),
                           " ".join(synonyms))),
            former_names=former, former_crebos=tuple(sorted(former_crebos.get(p.crebo, []))),
            enrolments=enrolments))
    ranked = sorted((p for p in programmes if p.enrolments), key=lambda p: -p.enrolments.students)
    rank = {p.crebo: i for i, p in enumerate(ranked)}
    programmes = [replace(p, popularity_rank=rank.get(p.crebo)) for p in programmes]
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
        offering_lon=array[:, 2], places=PlaceIndex(session), retired=retired,
        search_terms=_search_terms(session, {p.crebo: i for i, p in enumerate(programmes)}))


def _search_terms(session: Session, position: dict[str, int]) -> dict[str, tuple[int, ...]]:
    terms: dict[str, tuple[int, ...]] = {}
    for term in session.exec(select(SearchTerm).order_by(col(SearchTerm.id))):
        found = tuple(position[code] for code in term.crebo_list if code in position)
        for phrase in term.phrase_list:
            terms.setdefault(normalise(phrase), found)
    return terms


class SnapshotCache:
    """Holds one Snapshot per process and rebuilds it when the catalogue version changes.

    The version is read from the database at most once every `recheck_seconds`, so a busy
    worker does not ask on every request; a seed shows on the site within that time (plus
    the rebuild). With `background`, a worker that already has a snapshot keeps answering
    from it while one thread builds the new one (about a second): after a seed no request
    waits for the rebuild, which under load would queue every request behind it.
    """

    def __init__(self, recheck_seconds: float = 1.0, background: bool = False) -> None:
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()
        self._checked_at = 0.0
        self._building = False
        self.recheck_seconds = recheck_seconds
        self.background = background

    def get(self, session: Session | Callable[[], Session]) -> Snapshot:
        """The current snapshot. `session` may be a function that opens one: it is called
        only when the version must be read (at most every `recheck_seconds`), so a request
        the page cache answers opens no database session at all."""
        snapshot = self._snapshot
        now = time.monotonic()
        if snapshot is not None and now - self._checked_at < self.recheck_seconds:
            return snapshot
        if callable(session):
            session = session()
        version = _current_version(session)
        self._checked_at = now
        if snapshot is not None and snapshot.version == version:
            return snapshot
        if snapshot is not None and self.background:
            self._rebuild_in_background(session.get_bind())
            return snapshot
        with self._lock:
            if self._snapshot is None or self._snapshot.version != version:
                self._snapshot = build_snapshot(session)
            return self._snapshot

    def _rebuild_in_background(self, engine) -> None:
        with self._lock:
            if self._building:
                return
            self._building = True

        def rebuild() -> None:
            try:
                with Session(engine) as own:
                    self._snapshot = build_snapshot(own)  # one reference swap: atomic
            except Exception:  # keep serving the old snapshot; the next check tries again
                logger.exception("rebuilding the catalogue snapshot failed")
            finally:
                self._building = False

        threading.Thread(target=rebuild, name="snapshot-rebuild", daemon=True).start()


def estimate_cell(programme: ProgrammeSummary) -> str:
    """The cell (domain x level x shortage area) the estimate model gives one value for."""
    area = programme.shortage_area.code if programme.shortage_area else ""
    return f"{programme.estimate_domain.code}|{programme.level}|{area}"


def comparable(programme: ProgrammeSummary, figure: FigureView | None) -> Value | None:
    """A figure of this programme, ready for kiesmbo.uncertainty.clear_difference."""
    if figure is None:
        return None
    cell = estimate_cell(programme) if figure.is_estimate else ""
    return Value(figure.value, figure.low, figure.high, cell)


@dataclass(frozen=True)
class Difference:
    """What a comparison may say about one figure: the pairs that clearly differ
    (higher first), or none when no pair does."""

    indicator: str
    clearly_higher: tuple[tuple[ProgrammeSummary, ProgrammeSummary], ...]


def differences(programmes: list[ProgrammeSummary],
                indicators: tuple[str, ...] = ("job_chance", "start_salary")) -> list[Difference]:
    """For each indicator that at least two programmes have: which pairs really differ."""
    result = []
    for indicator in indicators:
        known = [(p, comparable(p, p.figure(indicator))) for p in programmes]
        known = [(p, v) for p, v in known if v is not None]
        if len(known) < 2:
            continue
        pairs = []
        for i, (a, va) in enumerate(known):
            for b, vb in known[i + 1:]:
                verdict = clear_difference(va, vb)
                if verdict == 1:
                    pairs.append((a, b))
                elif verdict == -1:
                    pairs.append((b, a))
        result.append(Difference(indicator, tuple(pairs)))
    return result
