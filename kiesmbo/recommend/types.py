"""Plain data in and out of the recommender (no Flask, SQLModel or Babel)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

RIASEC = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")
# Relevance bands (see OpportunityWeight); set so that over 500 random profiles the top 10
# keeps at least 0.8 ("een beetje") and 0.6 ("sterk") of the pure-fit top 10 (tested).
BAND_SOME = 0.01
BAND_STRONG = 0.03


class OpportunityWeight(StrEnum):
    """How much the student wants chances on the labour market to count.

    Chances are a tie-breaker within a band of relevance: `band` is the most relevance (0-1)
    that the best chances can make up, so a programme can only pass one whose fit is at
    most that much better. Every suggestion must pass the relevance floor first.
    """

    NONE = "none"  # "niet": pure fit
    SOME = "some"  # "een beetje" (default)
    STRONG = "strong"  # "sterk"

    @property
    def band(self) -> float:
        return {"none": 0.0, "some": BAND_SOME, "strong": BAND_STRONG}[self.value]


@dataclass(frozen=True)
class ProgrammeFeatures:
    """What the recommender knows about one programme."""

    crebo: str
    name: str
    text: str  # name, description, tasks and synonyms, in Dutch
    riasec: tuple[float, ...]  # O*NET interest scores 1-7 in RIASEC order
    domain: str
    sector: str
    level: int
    has_bol: bool
    has_bbl: bool
    dossier: str = ""
    shortage_area: str = ""  # empty when not in a shortage area
    job_chance: float | None = None  # five steps, 1-5
    work_pct: float | None = None  # share with work of 12+ hours, 0-100
    start_salary: float | None = None  # euros gross a month
    internship_chance: float | None = None  # 1-5, bol
    apprenticeship_chance: float | None = None  # 1-5, bbl
    # Ranges of estimated figures, and the estimate cell they come from (empty: measured).
    job_chance_range: tuple[float, float] | None = None
    salary_range: tuple[float, float] | None = None
    estimate_cell: str = ""
    locations: tuple[tuple[float, float], ...] = ()  # (latitude, longitude) of schools
    # Meant for people who already work in the field (seed_data/experienced_workers.csv):
    # suggested only when the student asks for them.
    for_experienced: bool = False

    def __post_init__(self) -> None:
        if len(self.riasec) != 6 or not all(math.isfinite(x) for x in self.riasec):
            raise ValueError(f"{self.crebo}: riasec needs six finite scores")
        if self.level not in (1, 2, 3, 4):
            raise ValueError(f"{self.crebo}: level must be 1-4")


@dataclass(frozen=True)
class StudentProfile:
    """A questionnaire result as the recommender needs it."""

    scores: tuple[float, ...]  # 0-100 per RIASEC type
    levels: tuple[int, ...] = (1, 2, 3, 4)
    leerweg: str | None = None  # "bol", "bbl" or None for no preference
    place: tuple[float, float] | None = None
    max_distance_km: float = 25.0
    ruled_out_domains: frozenset[str] = field(default_factory=frozenset)
    in_mind: str | None = None  # crebo
    # How much the answers point one way (0-1): fit is tempered by it, so a weakly
    # differentiated profile gets fit figures near "unrelated" (0.5).
    confidence: float = 1.0
    # The types the student's answers say they like (RIASEC names); None: the three
    # highest scores. Only these give "you like ..." reasons.
    liked: tuple[str, ...] | None = None
    include_experienced: bool = False  # also programmes for experienced workers

    def __post_init__(self) -> None:
        if not (math.isfinite(self.confidence) and 0 <= self.confidence <= 1):
            raise ValueError("confidence must be a number from 0 to 1")
        if self.liked is not None and not set(self.liked) <= set(RIASEC):
            raise ValueError("liked must name RIASEC types")
        if len(self.scores) != 6:
            raise ValueError("a profile needs six interest scores")
        if not all(math.isfinite(s) and 0 <= s <= 100 for s in self.scores):
            raise ValueError("interest scores must be numbers from 0 to 100")
        if not self.levels or any(level not in (1, 2, 3, 4) for level in self.levels):
            raise ValueError("levels must be chosen from 1-4")
        if self.leerweg not in (None, "bol", "bbl"):
            raise ValueError("leerweg must be bol, bbl or None")


@dataclass(frozen=True)
class Recommendation:
    """One suggestion: its scores and the reasons, as stable codes."""

    crebo: str
    score: float  # what the list is sorted by
    relevance: float  # 0-1: fit with the programme or the student
    opportunity: float  # 0-1: chances on the labour market
    reasons: tuple[str, ...]
    distance_km: float | None = None
