"""Reasons for a suggestion, as stable codes the templates turn into sentences.

Codes: ``shared_interest:<type>``, ``keyword:<word>``, ``same_domain``,
``neighbour_domain``, ``higher_job_chance:<steps>``, ``lower_job_chance:<steps>``,
``salary_diff:<euros>``, ``no_clear_difference:<job_chance|salary>``,
``shortage_sector:<area>``, ``bbl_available``, ``offered_near_you:<km>``,
``lifted_by_chances`` (in the list mainly because of its chances),
``for_experienced_workers`` (meant for people who already work in the field).

"Higher" and "lower" are said only when the difference is larger than the estimates'
ranges and the two figures do not come from the same estimate cell (kiesmbo.uncertainty).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from kiesmbo.recommend.types import RIASEC, ProgrammeFeatures, StudentProfile
from kiesmbo.uncertainty import Value, clear_difference

if TYPE_CHECKING:
    from kiesmbo.recommend.model import Recommender

SALARY_STEP = 10  # euros: differences are rounded to tens
SALARY_MENTION = 50  # euros a month: smaller differences are not worth a reason
KEYWORDS = 2


def _number(value: float | None) -> float | None:
    """A figure, or None when it is missing or not a finite number."""
    return value if value is not None and math.isfinite(value) else None


def _value(figure: float | None, bounds: tuple[float, float] | None,
           programme: ProgrammeFeatures) -> Value | None:
    number = _number(figure)
    if number is None:
        return None
    low, high = bounds if bounds else (None, None)
    return Value(number, low, high, programme.estimate_cell if bounds else "")


def _top_types(scores: tuple[float, ...], n: int) -> list[str]:
    order = sorted(range(6), key=lambda i: (-scores[i], i))
    return [RIASEC[i] for i in order[:n]]


def _shared_keywords(model: Recommender, i: int, j: int) -> list[str]:
    """The words the two texts share that weigh most (stop words never get here: the
    vectoriser leaves them out)."""
    row_i, row_j = model.text_matrix_[i], model.text_matrix_[j]
    shared = row_i.multiply(row_j).tocoo()
    order = np.argsort(-shared.data)[:KEYWORDS]
    return [str(model.terms_[shared.col[k]]) for k in order]


def explain(model: Recommender, *, target_index: int, source: ProgrammeFeatures | None = None,
            source_index: int | None = None, profile: StudentProfile | None = None,
            distance_km: float | None = None, lifted: bool = False) -> tuple[str, ...]:
    """Reasons why programme `target_index` is suggested (next to `source`, or for
    `profile`), most telling first."""
    target = model.programmes_[target_index]
    reasons: list[str] = []
    if profile is not None:
        student_top = (list(profile.liked) if profile.liked is not None
                       else _top_types(profile.scores, 3))
        reasons += [f"shared_interest:{t}" for t in _top_types(target.riasec, 2)
                    if t in student_top]
    if source is not None and source_index is not None:
        if profile is None:
            reasons += [f"shared_interest:{t}" for t in _top_types(target.riasec, 2)
                        if t in _top_types(source.riasec, 2)]
            reasons += [f"keyword:{w}" for w in _shared_keywords(model, source_index,
                                                                 target_index)]
        if target.domain == source.domain:
            reasons.append("same_domain")
        elif frozenset((target.domain, source.domain)) in model.neighbour_fields:
            reasons.append("neighbour_domain")
        chance = clear_difference(_value(target.job_chance, target.job_chance_range, target),
                                  _value(source.job_chance, source.job_chance_range, source))
        steps = (round(abs(target.job_chance - source.job_chance))
                 if chance is not None else 0)
        if chance and steps >= 1:
            reasons.append(f"{'higher' if chance > 0 else 'lower'}_job_chance:{steps}")
        elif chance is not None and target.job_chance != source.job_chance:
            # Within the estimates' ranges, or less than half a step: not a difference.
            reasons.append("no_clear_difference:job_chance")
        salary = clear_difference(_value(target.start_salary, target.salary_range, target),
                                  _value(source.start_salary, source.salary_range, source))
        if salary:
            diff = int(round((target.start_salary - source.start_salary) / SALARY_STEP)
                       * SALARY_STEP)
            if abs(diff) >= SALARY_MENTION:
                reasons.append(f"salary_diff:{diff:+d}")
        elif salary == 0 and target.start_salary is not None and source.start_salary \
                is not None and abs(target.start_salary - source.start_salary) >= SALARY_MENTION:
            reasons.append("no_clear_difference:salary")
    if target.shortage_area:
        reasons.append(f"shortage_sector:{target.shortage_area}")
    wants_bbl = profile is not None and profile.leerweg == "bbl"
    if target.has_bbl and (wants_bbl or (source is not None and not source.has_bbl)):
        reasons.append("bbl_available")
    if distance_km is not None and np.isfinite(distance_km):
        reasons.append(f"offered_near_you:{round(distance_km)}")
    if target.for_experienced:
        reasons.append("for_experienced_workers")
    if lifted:  # in the list thanks to its chances: it would not be in the pure-fit top k
        reasons.append("lifted_by_chances")
    return tuple(reasons)
