"""From a scored questionnaire to advice: fitting domains and programmes, own choice first.

No Flask. Fit and ranking come from the recommender the site serves (`for_profile` and
`profile_relevance`), so the page, the evaluation and the tests see one model. A profile
that does not point one way (`InterestProfile.is_flat`) gets no ranked list and no fit
figures: the page lists the fields to explore and points to the mentor or decaan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import fmean

from kiesmbo.catalogue import ProgrammeSummary, Snapshot
from kiesmbo.geo import Place
from kiesmbo.questionnaire import (
    INTERESTS,
    REALISTIC_LEVELS,
    Interest,
    LearningPreference,
    School,
    ScoredAnswers,
)
from kiesmbo.recommend import OpportunityWeight, Recommender, StudentProfile
from kiesmbo.search import match_scores

SUGGESTIONS = 10
MEANT_AT_MOST = 6  # programmes offered in a "did you mean ...?" choice
EXACT, NAME_MATCH = 130.0, 110.0  # tiers of kiesmbo.search.match_scores
DOMAINS = 3
# A domain's fit is the mean fit of its best few programmes (not of all, so one large
# domain with many unrelated programmes is not pulled down).
DOMAIN_TOP_PROGRAMMES = 5


@dataclass(frozen=True)
class Preferences:
    """What the student told us besides their interests."""

    learning: LearningPreference = LearningPreference.EITHER
    school: School = School.VMBO_KADER
    show_all_levels: bool = False
    place: Place | None = None
    distance_km: int = 25
    ruled_out_domains: tuple[str, ...] = ()  # domain slugs
    programme_in_mind: str = ""  # crebo

    @property
    def levels(self) -> tuple[int, ...]:
        return (1, 2, 3, 4) if self.show_all_levels else REALISTIC_LEVELS[self.school]


@dataclass(frozen=True)
class Suggestion:
    programme: ProgrammeSummary
    fit: float  # 0-100
    shared_interests: tuple[Interest, ...]  # the student's top types this work is about
    distance_km: float | None = None
    reasons: tuple[str, ...] = ()  # recommender reason codes (see kiesmbo.recommend.explain)


@dataclass(frozen=True)
class DomainFit:
    name: str
    slug: str
    fit: float | None  # None: not ranked (a flat profile)
    code: str = ""  # the domain's code, for its translated name (kiesmbo.labels.domain_name)


@dataclass(frozen=True)
class OrientationResult:
    scored: ScoredAnswers
    preferences: Preferences
    weight: OpportunityWeight
    in_mind: Suggestion | None
    suggestions: list[Suggestion]
    domains: list[DomainFit]
    explore: list[DomainFit] = field(default_factory=list)  # unranked, for a flat profile

    @property
    def needs_a_conversation(self) -> bool:
        """Flat or contradictory answers: the result says so and suggests a counsellor."""
        return self.scored.profile.is_flat or self.scored.is_contradictory

    @property
    def best_fit(self) -> Suggestion | None:
        """The suggestion that fits best (not always the first: chances break near-ties)."""
        return max(self.suggestions, key=lambda s: s.fit, default=None)

    @property
    def shows_ranking(self) -> bool:
        """Whether the page shows a ranked list of programmes and fit figures."""
        return self.scored.profile.points_one_way and bool(self.suggestions)


def resolve_programme(snapshot: Snapshot, text: str,
                      chosen: str = "") -> tuple[str | None, list[ProgrammeSummary]]:
    """The crebo a student means by a typed name, or the candidates to choose from.

    `chosen` is a crebo picked from an earlier choice. A name that matches several
    programmes equally well (a synonym of several, or a word in several names) is never
    resolved silently by list order: the student gets a "did you mean ...?" choice.
    Returns (crebo, []) when clear, (None, candidates) when not, (None, []) when nothing
    matches."""
    if chosen in snapshot.by_crebo:
        return chosen, []
    scores = match_scores(snapshot, text)
    if not scores:
        return None, []
    best = max(scores.values())
    if best >= EXACT:  # the crebo or the programme's own name: nothing to ask
        return snapshot.programmes[max(scores, key=scores.__getitem__)].crebo, []
    # Every name match (a synonym, the start of a name, a word in it) is a real candidate;
    # typo matches only when they are about as close as the best one.
    top = [i for i, score in scores.items()
           if score >= (NAME_MATCH if best >= NAME_MATCH else best - 3)]
    if len(top) == 1:
        return snapshot.programmes[top[0]].crebo, []
    top.sort(key=lambda i: (-scores[i], snapshot.programmes[i].level,
                            snapshot.programmes[i].name))
    return None, [snapshot.programmes[i] for i in top[:MEANT_AT_MOST]]


def programme_top_interests(programme: ProgrammeSummary, n: int = 2) -> tuple[Interest, ...]:
    order = sorted(range(6), key=lambda i: (-programme.riasec[i], i))
    return tuple(INTERESTS[i] for i in order[:n])


def _shared(programme: ProgrammeSummary, scored: ScoredAnswers) -> tuple[Interest, ...]:
    """The programme's main types that the student likes (none for a flat profile)."""
    liked = scored.profile.liked
    return tuple(t for t in programme_top_interests(programme) if t in liked)


def student_profile(snapshot: Snapshot, scored: ScoredAnswers,
                    preferences: Preferences) -> StudentProfile:
    """The recommender's view of a student (domains by code, as in its features)."""
    place = preferences.place
    codes = {d.slug: d.code for d in snapshot.domains}
    profile = scored.profile
    return StudentProfile(
        scores=profile.vector(), levels=preferences.levels,
        leerweg={LearningPreference.BOL: "bol", LearningPreference.BBL: "bbl"}.get(
            preferences.learning),
        place=(place.latitude, place.longitude) if place else None,
        max_distance_km=preferences.distance_km,
        ruled_out_domains=frozenset(codes[s] for s in preferences.ruled_out_domains
                                    if s in codes),
        in_mind=preferences.programme_in_mind or None,
        confidence=profile.confidence, liked=tuple(str(t) for t in profile.liked),
        # A working adult with a diploma asked, by saying so, for the next step in a trade.
        include_experienced=preferences.school == School.ADULT_WITH_DIPLOMA)


def rank_suggestions(snapshot: Snapshot, scored: ScoredAnswers, preferences: Preferences,
                     recommender: Recommender | None,
                     weight: OpportunityWeight = OpportunityWeight.SOME) -> list[Suggestion]:
    """Programmes that fit, best first, within the student's levels, leerweg, area and
    domains; none for a flat profile. The programme in mind is left out here: the result
    shows it first anyway."""
    if recommender is None or scored.profile.is_flat:
        return []
    recommendations = recommender.for_profile(student_profile(snapshot, scored, preferences),
                                              weight=weight, k=SUGGESTIONS)
    return [Suggestion(snapshot.by_crebo[r.crebo], round(r.relevance * 100, 1),
                       _shared(snapshot.by_crebo[r.crebo], scored), r.distance_km, r.reasons)
            for r in recommendations]


def _open_programmes(snapshot: Snapshot, preferences: Preferences) -> list[ProgrammeSummary]:
    return [p for p in snapshot.programmes if p.level in preferences.levels
            and p.domain.slug not in preferences.ruled_out_domains]


def fitting_domains(snapshot: Snapshot, scored: ScoredAnswers, preferences: Preferences,
                    recommender: Recommender | None) -> list[DomainFit]:
    """The opleidingsdomeinen that fit best at the student's levels (not ruled out); none
    for a flat profile."""
    if recommender is None or scored.profile.is_flat:
        return []
    profile = student_profile(snapshot, scored, preferences)
    relevance = recommender.profile_relevance(profile)
    by_domain: dict[str, list[float]] = {}
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for programme in _open_programmes(snapshot, preferences):
        index = recommender.index_[programme.crebo]
        if recommender.for_experienced_[index] and not profile.include_experienced:
            continue  # not suggested to this student, so it cannot make a field fit
        slug = programme.domain.slug
        by_domain.setdefault(slug, []).append(float(relevance[index]) * 100)
        names[slug] = programme.domain.name
        codes[slug] = programme.domain.code
    fits = [DomainFit(names[slug], slug,
                      round(fmean(sorted(values, reverse=True)[:DOMAIN_TOP_PROGRAMMES]), 1),
                      codes[slug])
            for slug, values in by_domain.items()]
    fits.sort(key=lambda d: (-(d.fit or 0), d.name))
    return fits[:DOMAINS]


def fields_to_explore(snapshot: Snapshot, preferences: Preferences) -> list[DomainFit]:
    """Every field with programmes at the student's levels, by name: nothing is ranked."""
    domains = {p.domain.slug: p.domain for p in _open_programmes(snapshot, preferences)}
    return sorted((DomainFit(d.name, slug, None, d.code) for slug, d in domains.items()),
                  key=lambda d: d.name)


def build_result(snapshot: Snapshot, scored: ScoredAnswers, preferences: Preferences,
                 recommender: Recommender | None,
                 weight: OpportunityWeight = OpportunityWeight.SOME) -> OrientationResult:
    in_mind_programme = snapshot.by_crebo.get(preferences.programme_in_mind)
    in_mind = None
    if in_mind_programme is not None:
        fit = 50.0
        if recommender is not None and in_mind_programme.crebo in recommender.index_:
            relevance = recommender.profile_relevance(
                student_profile(snapshot, scored, preferences))
            fit = round(float(relevance[recommender.index_[in_mind_programme.crebo]]) * 100, 1)
        in_mind = Suggestion(in_mind_programme, fit, _shared(in_mind_programme, scored))
    flat = scored.profile.is_flat
    return OrientationResult(
        scored=scored, preferences=preferences, weight=weight, in_mind=in_mind,
        suggestions=rank_suggestions(snapshot, scored, preferences, recommender,
                                     weight)[:SUGGESTIONS],
        domains=fitting_domains(snapshot, scored, preferences, recommender),
        explore=fields_to_explore(snapshot, preferences) if flat else [])
