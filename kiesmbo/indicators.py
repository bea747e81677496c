"""The labour-market indicators kiesmbo knows, with their unit, range and leerweg rule.

One place for what a valid figure is, used by the seed loader and the figure import alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiesmbo.models import Leerweg


@dataclass(frozen=True)
class Indicator:
    """What a figure for this indicator must look like."""

    code: str
    unit: str
    minimum: float
    maximum: float
    # None: the figure may be for all leerwegen or one; otherwise it must be this leerweg.
    leerweg: Leerweg | None = None
    needs_leerweg: bool = False
    whole_number: bool = False


INDICATORS: dict[str, Indicator] = {
    indicator.code: indicator
    for indicator in (
        # SBB-style kans op werk: 1 gering, 2 matig, 3 voldoende, 4 ruim voldoende, 5 goed.
        Indicator("job_chance", "step", 1, 5, whole_number=True),
        # Share of graduates with paid work of 12 hours a week or more (CBS definition).
        Indicator("work_12h", "percent", 0, 100),
        # Share of graduates with work within three months of the diploma (ROA definition).
        Indicator("work_3m", "percent", 0, 100),
        # Gross euros a month in employment, about 15 months after the diploma (SEO).
        Indicator("start_salary", "eur_month", 500, 10_000),
        Indicator("permanent_contract", "percent", 0, 100),
        # Economically independent right after the diploma, per leerweg.
        Indicator("economic_independence", "percent", 0, 100, needs_leerweg=True),
        # SBB kans op stage (bol) and kans op leerbaan (bbl), five steps.
        Indicator("internship_chance", "step", 1, 5, Leerweg.BOL, True, True),
        Indicator("apprenticeship_chance", "step", 1, 5, Leerweg.BBL, True, True),
    )
}


def check_figure(indicator_code: str, leerweg: Leerweg | None, value: float, unit: str) -> str:
    """Return an error message for an invalid figure, or an empty string when it is valid."""
    indicator = INDICATORS.get(indicator_code)
    if indicator is None:
        return f"unknown indicator {indicator_code!r} (known: {', '.join(INDICATORS)})"
    if unit != indicator.unit:
        return f"unit for {indicator_code} must be {indicator.unit!r}, not {unit!r}"
    if not indicator.minimum <= value <= indicator.maximum:
        return (f"value {value:g} for {indicator_code} is outside "
                f"{indicator.minimum:g}-{indicator.maximum:g}")
    if indicator.whole_number and value != int(value):
        return f"value for {indicator_code} must be a whole number"
    if indicator.needs_leerweg and leerweg is None:
        return f"{indicator_code} needs a leerweg (bol or bbl)"
    if indicator.leerweg is not None and leerweg not in (None, indicator.leerweg):
        return f"{indicator_code} is only for leerweg {indicator.leerweg}"
    return ""
