"""What a programme costs per school year: lesgeld (bol) or cursusgeld (bbl) from 18, with
the typical school costs as an estimate range (pure; the amounts are in seed_data/guide/)."""

from __future__ import annotations

from dataclasses import dataclass

from kiesmbo.guide_data import Amount, Guide

MIN_AGE, MAX_AGE = 15, 67
LEERWEGEN = ("bol", "bbl")


@dataclass(frozen=True)
class YearFee:
    number: int  # 1 = the first school year of the programme
    age: int  # age on 1 August of that school year
    kind: str  # "none" (under the fee age), "lesgeld" or "cursusgeld"
    amount_eur: int


@dataclass(frozen=True)
class CostPlan:
    leerweg: str
    level: int
    age_at_start: int
    years: tuple[YearFee, ...]
    fee: Amount  # the amount used for every paying year, with its school year and source
    fee_from_age: Amount
    school_costs_low: Amount  # estimate
    school_costs_high: Amount  # estimate

    @property
    def total_eur(self) -> int:
        return sum(y.amount_eur for y in self.years)

    @property
    def paying_years(self) -> int:
        return sum(1 for y in self.years if y.kind != "none")


def fee_item(leerweg: str, level: int) -> str:
    """Bol students pay lesgeld; bbl students pay cursusgeld, lower at levels 1 and 2."""
    if leerweg == "bol":
        return "lesgeld_bol"
    return "cursusgeld_bbl_1_2" if level <= 2 else "cursusgeld_bbl_3_4"


def plan_costs(guide: Guide, *, level: int, duration_years: int, leerweg: str,
               age_at_start: int, school_year: str | None = None) -> CostPlan:
    """The fee for each school year of the programme, at the amounts of `school_year`
    (default: the latest year with sourced amounts; later years are usually a little higher).

    Raises:
        ValueError: an unknown leerweg, an age outside MIN_AGE-MAX_AGE or a school year
        without amounts.
    """
    if leerweg not in LEERWEGEN:
        raise ValueError(f"unknown leerweg {leerweg!r}")
    if not MIN_AGE <= age_at_start <= MAX_AGE:
        raise ValueError(f"age {age_at_start} outside {MIN_AGE}-{MAX_AGE}")
    year = school_year or guide.fee_years[-1]
    item = fee_item(leerweg, level)
    if (year, item) not in guide.amounts:
        raise ValueError(f"no amounts for school year {year}")
    fee = guide.amounts[year, item]
    from_age = guide.amounts["all", "fee_from_age"]
    kind = "lesgeld" if leerweg == "bol" else "cursusgeld"
    years = []
    for number in range(1, max(1, duration_years) + 1):
        age = age_at_start + number - 1  # on 1 August of that school year
        pays = age >= from_age.amount_eur
        years.append(YearFee(number=number, age=age, kind=kind if pays else "none",
                             amount_eur=fee.amount_eur if pays else 0))
    cost_year = max(y for y, i in guide.amounts if i == "school_costs_low")
    return CostPlan(leerweg=leerweg, level=level, age_at_start=age_at_start, years=tuple(years),
                    fee=fee, fee_from_age=from_age,
                    school_costs_low=guide.amounts[cost_year, "school_costs_low"],
                    school_costs_high=guide.amounts[cost_year, "school_costs_high"])
