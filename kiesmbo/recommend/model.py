"""The content-based recommender, after scikit-learn's conventions.

Ranking = relevance, with chances as a bounded tie-breaker:

    score = relevance + band * opportunity,   band in {0, BAND_SOME, BAND_STRONG}

so a programme can pass another only when that one's relevance is at most `band` higher:
opportunity reorders programmes of almost the same fit and never lifts a weak fit.

- relevance (0-1): for `similar_to`, the cosine similarity of the two programmes' feature
  vectors; for `for_profile`, the correlation of the student's interest scores with the
  programme's O*NET profile, mapped to 0-1.
- opportunity (0-1): 0.4 x share with work + 0.3 x start salary + 0.2 x shortage area +
  0.1 x kans op stage/leerbaan for the preferred leerweg, each scaled over the catalogue.
  A missing figure counts as the catalogue median, so it neither lifts nor sinks. The
  shortage area counts once: estimated figures already carry it (the estimate cell is
  domain x level x shortage area), so the shortage part is only added to measured ones.
- For a student, the pure-fit top k programmes at the student's entry level (the lowest of
  their levels) or in their best fitting field are kept in the list whatever their
  chances: chances may reorder them, not push them out.
- A suggestion must pass the relevance floor first, so nothing unrelated rises because it
  pays well; with band 0 the order is pure fit. Levels (one step around the programme, or
  the student's levels) and distance are respected. Programmes for experienced workers are
  suggested only next to another such programme, or to a student who asks for them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import replace

import numpy as np
from scipy import sparse

from kiesmbo import geo
from kiesmbo.recommend.explain import explain
from kiesmbo.recommend.features import build_pipeline, centred_riasec, to_table
from kiesmbo.recommend.types import (
    OpportunityWeight,
    ProgrammeFeatures,
    Recommendation,
    StudentProfile,
)

SMALL_CATALOGUE = 20  # programmes
OPPORTUNITY_PARTS = {"work": 0.4, "salary": 0.3, "shortage": 0.2, "placement": 0.1}


class UnknownProgrammeError(KeyError):
    """The crebo is not in the fitted catalogue."""


def _scaled(values: Sequence[float | None]) -> np.ndarray:
    """Min-max scale to 0-1; missing or NaN values become the median."""
    array = np.array([np.nan if v is None else float(v) for v in values], dtype=float)
    finite = array[np.isfinite(array)]
    if finite.size == 0:
        return np.full(array.shape, 0.5)
    array[~np.isfinite(array)] = float(np.median(finite))
    low, high = float(finite.min()), float(finite.max())
    if high == low:
        return np.full(array.shape, 0.5)
    return (array - low) / (high - low)


class Recommender:
    """Suggest programmes like a given one, or for a student's interest profile.

    Hyperparameters are set in __init__; learned state ends in an underscore.
    """

    def __init__(self, k: int = 5, *, text_weight: float = 1.0, riasec_weight: float = 1.0,
                 category_weight: float = 0.7, level_weight: float = 0.5,
                 leerweg_weight: float = 0.1, similarity_floor: float = 0.4,
                 profile_floor: float = 0.6, stop_words: Sequence[str] | None = None,
                 max_df: float = 0.25,
                 neighbour_fields: Collection[frozenset[str]] = (),
                 random_state: int = 0) -> None:
        self.k = k
        self.text_weight = text_weight
        self.riasec_weight = riasec_weight
        self.category_weight = category_weight
        self.level_weight = level_weight
        self.leerweg_weight = leerweg_weight
        self.similarity_floor = similarity_floor
        self.profile_floor = profile_floor
        self.stop_words = stop_words
        # Words in more than this share of programme texts ("opleiding", "werkt") carry no
        # meaning for similarity, so TF-IDF leaves them out.
        self.max_df = max_df
        # Curated pairs of related fields (domain codes) for the "related field" reason.
        self.neighbour_fields = frozenset(neighbour_fields)
        self.random_state = random_state  # nothing is random today; kept for the convention

    # --- Fitting ----------------------------------------------------------------------------

    def fit(self, programmes: Sequence[ProgrammeFeatures]) -> Recommender:
        """Learn feature vectors and opportunity scores for a catalogue.

        Raises:
            ValueError: the catalogue is empty or has a crebo twice.
        """
        programmes = list(programmes)
        if not programmes:
            raise ValueError("cannot fit a recommender on an empty catalogue")
        crebos = [p.crebo for p in programmes]
        if len(set(crebos)) != len(crebos):
            raise ValueError("every crebo may occur only once")
        self.programmes_ = programmes
        self.index_ = {crebo: i for i, crebo in enumerate(crebos)}
        self.pipeline_ = build_pipeline(
            text_weight=self.text_weight, riasec_weight=self.riasec_weight,
            category_weight=self.category_weight, level_weight=self.level_weight,
            leerweg_weight=self.leerweg_weight, stop_words=self.stop_words,
            # A handful of programmes is too few to call any word common.
            max_df=self.max_df if len(programmes) >= SMALL_CATALOGUE else 1.0)
        table = to_table(programmes)
        # The transformer may give a dense array for tiny catalogues; always keep CSR.
        self.matrix_ = sparse.csr_matrix(self.pipeline_.fit_transform(table))
        tfidf = self.pipeline_.named_steps["columns"].named_transformers_["text"]
        self.terms_ = tfidf.get_feature_names_out()
        self.text_matrix_ = tfidf.transform(table[:, 0]).tocsr()
        self.shapes_ = centred_riasec(np.array([p.riasec for p in programmes]))
        self.levels_ = np.array([p.level for p in programmes])
        self.domains_ = np.array([p.domain for p in programmes], dtype=object)
        self.has_bol_ = np.array([p.has_bol for p in programmes])
        self.has_bbl_ = np.array([p.has_bbl for p in programmes])
        self.for_experienced_ = np.array([p.for_experienced for p in programmes], dtype=bool)
        self.work_ = _scaled([p.work_pct for p in programmes])
        self.salary_ = _scaled([p.start_salary for p in programmes])
        # Counted once: estimates already include the shortage area (see the docstring).
        self.shortage_ = np.array([1.0 if p.shortage_area and p.job_chance_range is None
                                   and p.salary_range is None else 0.0 for p in programmes])
        self.internship_ = _scaled([p.internship_chance for p in programmes])
        self.apprenticeship_ = _scaled([p.apprenticeship_chance for p in programmes])
        self.location_owner_ = np.array([i for i, p in enumerate(programmes)
                                         for _ in p.locations], dtype=int)
        self.locations_ = np.array([loc for p in programmes for loc in p.locations],
                                   dtype=float).reshape(-1, 2)
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "matrix_"):
            raise RuntimeError("call fit() before asking for suggestions")

    # --- Scoring parts ----------------------------------------------------------------------

    def opportunity(self, leerweg: str | None = None) -> np.ndarray:
        """Opportunity (0-1) of every programme for a preferred leerweg (or none)."""
        self._check_fitted()
        if leerweg == "bol":
            placement = self.internship_
        elif leerweg == "bbl":
            placement = self.apprenticeship_
        else:
            placement = np.maximum(self.internship_, self.apprenticeship_)
        parts = OPPORTUNITY_PARTS
        return (parts["work"] * self.work_ + parts["salary"] * self.salary_
                + parts["shortage"] * self.shortage_ + parts["placement"] * placement)

    def nearest_km(self, place: tuple[float, float]) -> np.ndarray:
        """Distance from a place to the nearest school of every programme (inf if none)."""
        self._check_fitted()
        return geo.nearest_km(place[0], place[1], self.location_owner_, self.locations_[:, 0],
                              self.locations_[:, 1], len(self.programmes_))

    def _order(self, score: np.ndarray, candidates: np.ndarray) -> list[int]:
        return [int(j) for j in sorted(candidates,
                                       key=lambda j: (-score[j], self.programmes_[j].crebo))]

    def _rank(self, relevance: np.ndarray, opportunity: np.ndarray, eligible: np.ndarray,
              weight: OpportunityWeight, k: int,
              protected: np.ndarray | None = None) -> tuple[list[int], np.ndarray, list[int]]:
        """The k best eligible programmes by score, all scores, and the pure-fit order.

        `protected` marks programmes that stay in the list when they are in the pure-fit
        top k: each one pushed out by chances takes the place of the lowest newcomer (a
        programme that is in the list only thanks to its chances)."""
        score = relevance + OpportunityWeight(weight).band * opportunity
        candidates = np.flatnonzero(eligible)
        by_fit = self._order(relevance, candidates)
        chosen = self._order(score, candidates)[:k]
        if protected is not None:
            fit_top = set(by_fit[:k])
            missing = [j for j in by_fit[:k] if protected[j] and j not in chosen]
            for j in missing:
                # There is always one: every pure-fit programme missing was replaced.
                newcomers = [c for c in chosen if c not in fit_top]
                chosen.remove(newcomers[-1])
                chosen.append(j)
            chosen = sorted(chosen, key=lambda j: (-score[j], self.programmes_[j].crebo))
        return chosen, score, by_fit

    # --- Entry points -----------------------------------------------------------------------

    def similar_to(self, crebo: str, *, weight: OpportunityWeight = OpportunityWeight.SOME,
                   k: int | None = None, place: tuple[float, float] | None = None,
                   max_distance_km: float = 25.0) -> list[Recommendation]:
        """Programmes like this one (one level around it), best first; never the programme
        itself.

        Raises:
            UnknownProgrammeError: the crebo is not in the catalogue.
        """
        self._check_fitted()
        if crebo not in self.index_:
            raise UnknownProgrammeError(crebo)
        i = self.index_[crebo]
        relevance = np.asarray((self.matrix_ @ self.matrix_[i].T).todense()).ravel()
        eligible = (relevance >= self.similarity_floor) & (
            np.abs(self.levels_ - self.levels_[i]) <= 1)
        eligible[i] = False
        if not self.for_experienced_[i]:  # a first programme: not the experienced-only ones
            eligible &= ~self.for_experienced_
        distances = None
        if place is not None:
            distances = self.nearest_km(place)
            eligible &= distances <= max_distance_km
        opportunity = self.opportunity()
        k = k or self.k
        chosen, score, by_fit = self._rank(relevance, opportunity, eligible, weight, k)
        fit_top = set(by_fit[:k])
        source = self.programmes_[i]
        return [Recommendation(
            crebo=self.programmes_[j].crebo, score=round(float(score[j]), 4),
            relevance=round(float(relevance[j]), 4),
            opportunity=round(float(opportunity[j]), 4),
            reasons=explain(self, source=source, target_index=j, source_index=i,
                            distance_km=None if distances is None else float(distances[j]),
                            lifted=j not in fit_top),
            distance_km=None if distances is None else round(float(distances[j]), 1),
        ) for j in chosen]

    def best_domain(self, relevance: np.ndarray, eligible: np.ndarray) -> str | None:
        """The field whose best few eligible programmes fit best (mean of the top five)."""
        fits: dict[str, list[float]] = {}
        for j in np.flatnonzero(eligible):
            fits.setdefault(str(self.domains_[j]), []).append(float(relevance[j]))
        if not fits:
            return None
        return max(sorted(fits), key=lambda d: np.mean(sorted(fits[d], reverse=True)[:5]))

    def _protected(self, relevance: np.ndarray, eligible: np.ndarray,
                   profile: StudentProfile) -> np.ndarray:
        """Programmes chances may not push out: the entry level and the best field."""
        protected = np.zeros(len(self.programmes_), dtype=bool)
        if len(profile.levels) > 1:
            protected |= self.levels_ == min(profile.levels)
        best = self.best_domain(relevance, eligible)
        if best is not None:
            protected |= self.domains_ == best
        return protected

    def profile_relevance(self, profile: StudentProfile) -> np.ndarray:
        """Fit (0-1) of every programme with a student's interests (0.5 = unrelated),
        tempered by how much the profile points one way."""
        self._check_fitted()
        student = centred_riasec(np.array([profile.scores], dtype=float))[0]
        return 0.5 + (self.shapes_ @ student) / 2 * profile.confidence

    def for_profile(self, profile: StudentProfile, *,
                    weight: OpportunityWeight = OpportunityWeight.SOME,
                    k: int | None = None) -> list[Recommendation]:
        """Programmes that fit a student, within their levels, leerweg, area and domains.
        The programme in mind is left out: the site shows it first, as the student's own."""
        self._check_fitted()
        relevance = self.profile_relevance(profile)
        # Ranked on the untempered fit: tempering changes how sure we say we are, and it
        # must not widen the band in which chances reorder.
        shape = self.profile_relevance(replace(profile, confidence=1.0))
        eligible = (relevance >= self.profile_floor) & np.isin(self.levels_, profile.levels)
        if profile.ruled_out_domains:
            eligible &= ~np.isin(self.domains_, list(profile.ruled_out_domains))
        if profile.leerweg == "bol":
            eligible &= self.has_bol_
        elif profile.leerweg == "bbl":
            eligible &= self.has_bbl_
        if not profile.include_experienced:
            eligible &= ~self.for_experienced_
        if profile.in_mind in self.index_:
            eligible[self.index_[profile.in_mind]] = False
        distances = None
        if profile.place is not None:
            distances = self.nearest_km(profile.place)
            eligible &= distances <= profile.max_distance_km
        opportunity = self.opportunity(profile.leerweg)
        k = k or self.k
        chosen, score, by_fit = self._rank(shape, opportunity, eligible, weight, k,
                                           self._protected(shape, eligible, profile))
        fit_top = set(by_fit[:k])
        anchor = self.index_.get(profile.in_mind) if profile.in_mind else None
        return [Recommendation(
            crebo=self.programmes_[j].crebo, score=round(float(score[j]), 4),
            relevance=round(float(relevance[j]), 4),
            opportunity=round(float(opportunity[j]), 4),
            reasons=explain(self, source=None if anchor is None else self.programmes_[anchor],
                            target_index=j, source_index=anchor, profile=profile,
                            distance_km=None if distances is None else float(distances[j]),
                            lifted=j not in fit_top),
            distance_km=None if distances is None else round(float(distances[j]), 1),
        ) for j in chosen]
