"""Read-only queries. Keyword-only, session first; they return models or dataclasses."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import Session, col, select

from kiesmbo.models import Domain, Figure, Programme


@dataclass(frozen=True)
class ProgrammeRow:
    """A programme with what a list shows of it."""

    programme: Programme
    domain: Domain
    figures: dict[str, Figure]

    @property
    def job_chance(self) -> Figure | None:
        return self.figures.get("job_chance")

    @property
    def start_salary(self) -> Figure | None:
        return self.figures.get("start_salary")


@dataclass(frozen=True)
class Page:
    """One page of a list."""

    rows: list[ProgrammeRow]
    number: int
    per_page: int
    total: int

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.page_count


def count_programmes(*, session: Session) -> int:
    return session.exec(select(func.count()).select_from(Programme)).one()


def list_programmes(*, session: Session, page: int, per_page: int) -> Page:
    """Return one page of programmes by name, with their current national figures."""
    total = count_programmes(session=session)
    statement = (
        select(Programme, Domain)
        .join(Domain, col(Programme.domain_id) == col(Domain.id))
        .order_by(col(Programme.name), col(Programme.crebo))
        .offset((page - 1) * per_page)
        .limit(per_page)
    )
    pairs = list(session.exec(statement))
    ids = [programme.id for programme, _ in pairs]
    figures: dict[int, dict[str, Figure]] = {pid: {} for pid in ids}
    current = select(Figure).where(
        col(Figure.programme_id).in_(ids),
        col(Figure.is_current).is_(True),
        col(Figure.region_id).is_(None),
        col(Figure.leerweg).is_(None),
    )
    for figure in session.exec(current):
        figures[figure.programme_id][figure.indicator] = figure
    rows = [ProgrammeRow(p, d, figures[p.id]) for p, d in pairs]
    return Page(rows=rows, number=page, per_page=per_page, total=total)
