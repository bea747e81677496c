"""Feature vectors per programme: TF-IDF text, RIASEC, domain, sector, level and leerweg.

A scikit-learn ColumnTransformer combines the blocks; each block's weight is a
hyperparameter (`transformer_weights`). Rows are then L2-normalised, so the dot product of
two rows is the cosine similarity of two programmes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, Normalizer, OneHotEncoder

from kiesmbo.recommend.types import ProgrammeFeatures
from kiesmbo.text import fold

# Column positions in the table made by to_table().
TEXT, RIASEC_COLUMNS, CATEGORY_COLUMNS, LEVEL_COLUMN, LEERWEG_COLUMNS = (
    0, [1, 2, 3, 4, 5, 6], [7, 8], [9], [10, 11])


def to_table(programmes: Sequence[ProgrammeFeatures]) -> np.ndarray:
    """One row per programme: text, six RIASEC scores, domain, sector, level, bol, bbl."""
    rows = [[fold(p.text), *p.riasec, p.domain, p.sector, p.level, p.has_bol, p.has_bbl]
            for p in programmes]
    return np.array(rows, dtype=object).reshape(len(rows), 12)


def centred_riasec(values: np.ndarray) -> np.ndarray:
    """Centre each profile on its own mean and scale it to length 1: its shape."""
    values = np.asarray(values, dtype=float)
    centred = values - values.mean(axis=1, keepdims=True)
    norms = np.linalg.norm(centred, axis=1, keepdims=True)
    return np.divide(centred, norms, out=np.zeros_like(centred), where=norms > 0)


def _level(values: np.ndarray) -> np.ndarray:
    # Level as a number scaled to 0-1, so neighbouring levels stay close.
    return (np.asarray(values, dtype=float) - 1) / 3


def _as_float(values: np.ndarray) -> np.ndarray:
    return np.asarray(values, dtype=float)


def build_pipeline(*, text_weight: float, riasec_weight: float, category_weight: float,
                   level_weight: float, leerweg_weight: float,
                   stop_words: Sequence[str] | None, max_df: float) -> Pipeline:
    """The feature pipeline; the weights scale each block before rows are normalised."""
    columns = ColumnTransformer(
        [
            ("text", TfidfVectorizer(stop_words=sorted({fold(w) for w in stop_words or ()})
                                     or None, sublinear_tf=True, max_df=max_df,
                                     token_pattern=r"(?u)\b[a-z]{3,}\b"), TEXT),
            ("riasec", FunctionTransformer(centred_riasec), RIASEC_COLUMNS),
            ("category", OneHotEncoder(handle_unknown="ignore"), CATEGORY_COLUMNS),
            ("level", FunctionTransformer(_level), LEVEL_COLUMN),
            ("leerweg", FunctionTransformer(_as_float), LEERWEG_COLUMNS),
        ],
        transformer_weights={"text": text_weight, "riasec": riasec_weight,
                             "category": category_weight, "level": level_weight,
                             "leerweg": leerweg_weight},
        sparse_threshold=1.0,
    )
    return Pipeline([("columns", columns), ("normalise", Normalizer())])
