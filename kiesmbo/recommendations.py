"""The adapter between the catalogue and kiesmbo.recommend.

It alone turns catalogue rows into recommender features, keeps one fitted model per worker
(refitted when seed or import changes the catalogue version), and keeps our promise: the
student's own choice comes first and is never replaced; suggestions are added next to it.
The recommender never filters search results or hides a programme anywhere on the site.
"""

from __future__ import annotations

import csv
import functools
import threading
from dataclasses import dataclass

from flask import abort, current_app
from flask_babel import gettext as _
from stop_words import get_stop_words

from kiesmbo.catalogue import ProgrammeSummary, Snapshot, estimate_cell
from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.db import get_snapshot
from kiesmbo.models import Leerweg
from kiesmbo.recommend import (
    OpportunityWeight,
    ProgrammeFeatures,
    Recommendation,
    Recommender,
)
from kiesmbo.recommend.stopwords import stop_words

SIMILAR_COUNT = 4  # suggestions in the "Ook interessant" block (3-5)
_lock = threading.Lock()


def _value(programme: ProgrammeSummary, indicator: str,
           leerweg: Leerweg | None = None) -> float | None:
    figure = programme.figure(indicator, leerweg)
    return figure.value if figure else None


def to_features(snapshot: Snapshot) -> list[ProgrammeFeatures]:
    """Recommender features for every programme in the snapshot."""
    experienced = for_experienced_workers()
    locations: dict[int, list[tuple[float, float]]] = {}
    for index, lat, lon in zip(snapshot.offering_programme, snapshot.offering_lat,
                               snapshot.offering_lon, strict=True):
        locations.setdefault(int(index), []).append((float(lat), float(lon)))
    return [ProgrammeFeatures(
        crebo=p.crebo, name=p.name, text=p.text, riasec=p.riasec, domain=p.domain.code,
        sector=p.sector.code, level=p.level, has_bol=p.has_bol, has_bbl=p.has_bbl,
        shortage_area=p.shortage_area.code if p.shortage_area else "",
        job_chance=_value(p, "job_chance"), work_pct=(p.work_share.value if p.work_share else None),
        start_salary=_value(p, "start_salary"),
        internship_chance=_value(p, "internship_chance", Leerweg.BOL),
        apprenticeship_chance=_value(p, "apprenticeship_chance", Leerweg.BBL),
        job_chance_range=_range(p.job_chance), salary_range=_range(p.start_salary),
        estimate_cell=estimate_cell(p),
        locations=tuple(locations.get(i, ())),
        for_experienced=p.crebo in experienced,
    ) for i, p in enumerate(snapshot.programmes)]


def _range(figure) -> tuple[float, float] | None:
    return (figure.low, figure.high) if figure is not None and figure.has_range else None


NEIGHBOUR_FIELDS_FILE = SEED_DIRECTORY / "neighbour_fields.csv"
EXPERIENCED_WORKERS_FILE = SEED_DIRECTORY / "experienced_workers.csv"


@functools.cache
def for_experienced_workers() -> frozenset[str]:
    """Crebos of programmes meant for people who already work in the field (curated)."""
    with EXPERIENCED_WORKERS_FILE.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["crebo"] for row in csv.DictReader(handle))


@functools.cache
def neighbour_fields() -> frozenset[frozenset[str]]:
    """The curated pairs of related fields (seed_data/neighbour_fields.csv), by domain code."""
    with NEIGHBOUR_FIELDS_FILE.open(encoding="utf-8", newline="") as handle:
        return frozenset(frozenset((row["domain_a"], row["domain_b"]))
                         for row in csv.DictReader(handle))


def build_recommender(snapshot: Snapshot) -> Recommender | None:
    """The model the site serves for a snapshot (None for an empty catalogue); the
    evaluation and the tests fit it through here too, so they measure the same model."""
    if not snapshot.programmes:
        return None
    return Recommender(stop_words=stop_words(get_stop_words("dutch")),
                       neighbour_fields=neighbour_fields()).fit(to_features(snapshot))


def get_recommender() -> Recommender | None:
    """This worker's fitted model for the current catalogue (None for an empty catalogue)."""
    snapshot = get_snapshot()
    cached = current_app.extensions.get("kiesmbo.recommender")
    if cached is not None and cached[0] == snapshot.version:
        return cached[1]
    with _lock:
        cached = current_app.extensions.get("kiesmbo.recommender")
        if cached is None or cached[0] != snapshot.version:
            cached = (snapshot.version, build_recommender(snapshot))
            current_app.extensions["kiesmbo.recommender"] = cached
        return cached[1]


@dataclass(frozen=True)
class Suggested:
    """A suggestion with its programme, ready for a template."""

    programme: ProgrammeSummary
    recommendation: Recommendation

    @property
    def reasons(self) -> tuple[str, ...]:
        return self.recommendation.reasons


def parse_weight(raw: str | None) -> OpportunityWeight | None:
    """Read ?weight=; None when the value is not one of the three."""
    if not raw:
        return OpportunityWeight.SOME
    try:
        return OpportunityWeight(raw)
    except ValueError:
        return None


def weight_or_400(raw: str | None) -> OpportunityWeight:
    """Read ?weight= for a view.

    Raises:
        HTTPException: 400 when the value is not none, some or strong.
    """
    weight = parse_weight(raw)
    if weight is None:
        abort(400, description=_("Choose how much job chances may count: not, a little or "
                                 "strongly."))
    return weight


def similar_programmes(programme: ProgrammeSummary, weight: OpportunityWeight,
                       place: tuple[float, float] | None = None,
                       distance_km: float = 25.0) -> list[Suggested]:
    """Suggestions next to a programme page; never the programme itself."""
    model = get_recommender()
    if model is None:
        return []
    snapshot = get_snapshot()
    recommendations = model.similar_to(programme.crebo, weight=weight, k=SIMILAR_COUNT,
                                       place=place, max_distance_km=distance_km)
    return [Suggested(snapshot.by_crebo[r.crebo], r) for r in recommendations
            if r.crebo != programme.crebo]
