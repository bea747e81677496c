"""Content-based programme recommender: pure Python, numpy and scikit-learn.

No Flask, SQLModel or Babel here; `kiesmbo.recommendations` adapts the database to it.
"""

from kiesmbo.recommend.model import Recommender, UnknownProgrammeError
from kiesmbo.recommend.types import (
    OpportunityWeight,
    ProgrammeFeatures,
    Recommendation,
    StudentProfile,
)

__all__ = [
    "OpportunityWeight",
    "ProgrammeFeatures",
    "Recommendation",
    "Recommender",
    "StudentProfile",
    "UnknownProgrammeError",
]
