"""When two figures really differ: the one rule for "higher", "lower" and "no clear difference".

Estimates are values for a cell (domain x level x shortage area) with a range; two estimates
from the same cell, or whose ranges overlap, do not tell two programmes apart. Pure Python:
the recommender's reasons and the comparison page both use it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Value:
    """A figure as far as comparing goes: its value, its range, and the estimate cell."""

    value: float
    low: float | None = None
    high: float | None = None
    cell: str = ""  # the estimate cell; empty for a measured figure

    @property
    def bounds(self) -> tuple[float, float]:
        if self.low is None or self.high is None:
            return self.value, self.value
        return self.low, self.high


def clear_difference(a: Value | None, b: Value | None) -> int | None:
    """+1 when `a` is clearly higher than `b`, -1 clearly lower, 0 no clear difference,
    None when either is missing or not a number."""
    if a is None or b is None or not (math.isfinite(a.value) and math.isfinite(b.value)):
        return None
    if a.cell and a.cell == b.cell:
        return 0  # the same estimate twice: the model cannot tell them apart
    (a_low, a_high), (b_low, b_high) = a.bounds, b.bounds
    if a_low > b_high:
        return 1
    if a_high < b_low:
        return -1
    return 0
