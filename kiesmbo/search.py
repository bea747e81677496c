"""Programme search over the catalogue snapshot: text, filters, distance, sort and pages.

No Flask here: the view turns the request into `SearchFilters` (kiesmbo.forms) and renders
the `SearchResult`. The search never hides a programme that matches the filters the user
chose; it only orders them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

from kiesmbo.catalogue import ProgrammeSummary, Snapshot
from kiesmbo.geo import Place
from kiesmbo.models import Leerweg
from kiesmbo.text import compact, normalise

SORTS = ("relevance", "job_chance", "salary", "name")
# Scores from 0 to 100; below this a fuzzy match is noise ("bakker" is not "dakdekker").
FUZZY_CUTOFF = 85.0


@dataclass(frozen=True)
class SearchFilters:
    """A validated search request."""

    query: str = ""
    domain: str = ""  # a domain slug, or empty for all
    level: int | None = None
    leerweg: Leerweg | None = None
    shortage_only: bool = False
    place: Place | None = None
    place_text: str = ""
    distance_km: int = 25
    sort: str = "relevance"
    sort_choice: str = ""  # what the user asked for; empty means "best match" (automatic)
    page: int = 1

    @property
    def has_filters(self) -> bool:
        """True when a filter besides the search words narrows the list."""
        return bool(self.domain or self.level or self.leerweg or self.shortage_only
                    or self.place_text)

    def with_page(self, page: int) -> SearchFilters:
        return replace(self, page=page)


@dataclass(frozen=True)
class Hit:
    programme: ProgrammeSummary
    score: float
    distance_km: float | None


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    total: int
    page: int
    per_page: int

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.page_count


def match_scores(snapshot: Snapshot, query: str) -> dict[int, float]:
    """Score programmes (by index) against the query; higher is better.

    Tiers: crebo or exact name 130, name starts with the query 120, a synonym starts with
    it 115, the query occurs inside a name or synonym 110, a small typo (rapidfuzz) up to
    100. Short queries (under 4 characters) get no typo matching: too much noise.
    """
    stripped = query.strip()
    if stripped.isascii() and stripped.isdigit():
        # A current crebo, or an expired one that this programme replaced.
        return {i: 130.0 if p.crebo == stripped else 125.0
                for i, p in enumerate(snapshot.programmes)
                if p.crebo == stripped or stripped in p.former_crebos}
    wanted, wanted_compact = normalise(query), compact(query)
    if not wanted:
        return {}
    forms = {wanted, wanted_compact}
    scores: dict[int, float] = {}
    longer: list[str] = []
    owners_longer: list[int] = []
    every: list[str] = []
    owners_every: list[int] = []

    def raise_to(index: int, score: float) -> None:
        scores[index] = max(scores.get(index, 0.0), score)

    for index, programme in enumerate(snapshot.programmes):
        # The first two search names are the programme's own name (spaced and compact).
        for position, name in enumerate(programme.search_names):
            is_own_name = position < 2
            if name in forms:
                raise_to(index, 130.0 if is_own_name else 125.0)
            elif any(name.startswith(form) for form in forms):
                raise_to(index, 120.0 if is_own_name else 115.0)
            elif wanted in name or (len(wanted_compact) > 3 and wanted_compact in name):
                raise_to(index, 110.0)
            every.append(name)
            owners_every.append(index)
            if len(name) > len(wanted):
                longer.append(name)
                owners_longer.append(index)
    if len(wanted_compact) < 4:
        return scores
    # A typo in a whole name (ratio), or in a word inside a longer name (partial_ratio).
    for scorer, choices, owners in ((fuzz.ratio, every, owners_every),
                                    (fuzz.partial_ratio, longer, owners_longer)):
        for form in forms:
            for _, score, position in process.extract(
                form, choices, scorer=scorer, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                raise_to(owners[position], score)
    return scores


def best_match(snapshot: Snapshot, text: str) -> ProgrammeSummary | None:
    """The programme that best matches a name, synonym or crebo typed by a user."""
    scores = match_scores(snapshot, text)
    if not scores:
        return None
    return snapshot.programmes[max(scores, key=lambda index: scores[index])]


def _sort_key(sort: str, hit: Hit) -> tuple:
    programme = hit.programme
    name = programme.name.casefold()
    if sort == "job_chance":
        chance, work = programme.job_chance, programme.work_share
        return (-(chance.value if chance else 0), -(work.value if work else 0), name)
    if sort == "salary":
        salary = programme.start_salary
        return (-(salary.value if salary else 0), name)
    if sort == "name":
        return (name,)
    # Relevance: best text match first, then nearest, then name.
    return (-hit.score, hit.distance_km if hit.distance_km is not None else 0, name)


def search(snapshot: Snapshot, filters: SearchFilters, *, per_page: int) -> SearchResult:
    """Return one page of programmes matching the filters, in the requested order."""
    programmes = snapshot.programmes
    scores = match_scores(snapshot, filters.query) if filters.query else None
    nearest = snapshot.nearest_school_km(filters.place) if filters.place else None
    hits: list[Hit] = []
    for index, programme in enumerate(programmes):
        if scores is not None and index not in scores:
            continue
        if filters.domain and programme.domain.slug != filters.domain:
            continue
        if filters.level is not None and programme.level != filters.level:
            continue
        if filters.leerweg is not None and filters.leerweg not in programme.leerwegen:
            continue
        if filters.shortage_only and not programme.is_in_shortage_area:
            continue
        distance = None
        if nearest is not None:
            distance = float(nearest[index])
            if distance > filters.distance_km:
                continue
        hits.append(Hit(programme, scores.get(index, 0.0) if scores else 0.0, distance))
    hits.sort(key=lambda hit: _sort_key(filters.sort, hit))
    start = (filters.page - 1) * per_page
    return SearchResult(hits=hits[start:start + per_page], total=len(hits), page=filters.page,
                        per_page=per_page)
