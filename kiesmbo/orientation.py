"""From a scored questionnaire to advice: fitting domains and programmes, own choice first.

No Flask. With a fitted recommender, `rank_suggestions` ranks by its `for_profile` (fit
blended with labour-market chances, with reasons); without one, by congruence alone. Either
way the result page receives the same `Suggestion` objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from kiesmbo.catalogue import ProgrammeSummary, Snapshot
from kiesmbo.geo import Place
from kiesmbo.models import Leerweg
from kiesmbo.questionnaire import (
    INTERESTS,
    REALISTIC_LEVELS,
    Interest,
    LearningPreference,
    School,
    ScoredAnswers,
    congruence,
    onet_to_percent,
)
from kiesmbo.recommend import OpportunityWeight, Recommender, StudentProfile

SUGGESTIONS = 10
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
    fit: float


@dataclass(frozen=True)
class OrientationResult:
    scored: ScoredAnswers
    preferences: Preferences
    weight: OpportunityWeight
    in_mind: Suggestion | None
    suggestions: list[Suggestion]
    domains: list[DomainFit]

    @property
    def needs_a_conversation(self) -> bool:
        """Flat or contradictory answers: the result says so and suggests a counsellor."""
        return self.scored.profile.is_flat or self.scored.is_contradictory

    @property
    def shows_ranking(self) -> bool:
        """Whether the page shows a ranked list of programmes."""
        return True


def programme_top_interests(programme: ProgrammeSummary, n: int = 2) -> tuple[Interest, ...]:
    order = sorted(range(6), key=lambda i: (-programme.riasec[i], i))
    return tuple(INTERESTS[i] for i in order[:n])


def _suggestion(programme: ProgrammeSummary, scored: ScoredAnswers,
                distance: float | None = None) -> Suggestion:
    student = scored.profile
    fit = congruence(student.vector(), [onet_to_percent(x) for x in programme.riasec])
    shared = tuple(t for t in programme_top_interests(programme) if t in student.top)
    return Suggestion(programme, round(fit, 1), shared, distance)


def student_profile(snapshot: Snapshot, scored: ScoredAnswers,
                    preferences: Preferences) -> StudentProfile:
    """The recommender's view of a student (domains by code, as in its features)."""
    place = preferences.place
    codes = {d.slug: d.code for d in snapshot.domains}
    return StudentProfile(
        scores=scored.profile.vector(), levels=preferences.levels,
        leerweg={LearningPreference.BOL: "bol", LearningPreference.BBL: "bbl"}.get(
            preferences.learning),
        place=(place.latitude, place.longitude) if place else None,
        max_distance_km=preferences.distance_km,
        ruled_out_domains=frozenset(codes[s] for s in preferences.ruled_out_domains
                                    if s in codes),
        in_mind=preferences.programme_in_mind or None)


def rank_suggestions(snapshot: Snapshot, scored: ScoredAnswers, preferences: Preferences,
                     recommender: Recommender | None = None,
                     weight: OpportunityWeight = OpportunityWeight.SOME) -> list[Suggestion]:
    """Programmes that fit, best first, within the student's levels, leerweg, area and
    domains. The programme in mind is left out here: the result shows it first anyway."""
    if recommender is not None:
        recommendations = recommender.for_profile(student_profile(snapshot, scored, preferences),
                                                  weight=weight, k=SUGGESTIONS)
        return [Suggestion(snapshot.by_crebo[r.crebo], round(r.relevance * 100, 1),
                           _suggestion(snapshot.by_crebo[r.crebo], scored).shared_interests,
                           r.distance_km, r.reasons) for r in recommendations]
    nearest = (snapshot.nearest_school_km(preferences.place) if preferences.place
               else None)
    wanted = {LearningPreference.BOL: Leerweg.BOL,
              LearningPreference.BBL: Leerweg.BBL}.get(preferences.learning)
    suggestions = []
    for index, programme in enumerate(snapshot.programmes):
        if programme.crebo == preferences.programme_in_mind:
            continue
        if programme.level not in preferences.levels:
            continue
        if programme.domain.slug in preferences.ruled_out_domains:
            continue
        if wanted is not None and wanted not in programme.leerwegen:
            continue
        distance = None
        if nearest is not None:
            distance = float(nearest[index])
            if distance > preferences.distance_km:
                continue
        suggestions.append(_suggestion(programme, scored, distance))
    suggestions.sort(key=lambda s: (-s.fit, s.programme.name))
    return suggestions


def fitting_domains(snapshot: Snapshot, scored: ScoredAnswers,
                    preferences: Preferences) -> list[DomainFit]:
    """The opleidingsdomeinen that fit best at the student's levels (not ruled out)."""
    by_domain: dict[str, list[float]] = {}
    names: dict[str, str] = {}
    for programme in snapshot.programmes:
        slug = programme.domain.slug
        if slug in preferences.ruled_out_domains or programme.level not in preferences.levels:
            continue
        by_domain.setdefault(slug, []).append(_suggestion(programme, scored).fit)
        names[slug] = programme.domain.name
    fits = [DomainFit(names[slug], slug,
                      round(fmean(sorted(values, reverse=True)[:DOMAIN_TOP_PROGRAMMES]), 1))
            for slug, values in by_domain.items()]
    fits.sort(key=lambda d: (-d.fit, d.name))
    return fits[:DOMAINS]


def build_result(snapshot: Snapshot, scored: ScoredAnswers, preferences: Preferences,
                 recommender: Recommender | None = None,
                 weight: OpportunityWeight = OpportunityWeight.SOME) -> OrientationResult:
    in_mind_programme = snapshot.by_crebo.get(preferences.programme_in_mind)
    in_mind = _suggestion(in_mind_programme, scored) if in_mind_programme else None
    return OrientationResult(
        scored=scored, preferences=preferences, weight=weight, in_mind=in_mind,
        suggestions=rank_suggestions(snapshot, scored, preferences, recommender,
                                     weight)[:SUGGESTIONS],
        domains=fitting_domains(snapshot, scored, preferences))
