"""The "ik twijfel over mijn opleiding" route: programmes close to the one a student
started, same kwalificatiedossier first (the basisdeel carries over), and the switching
figures with their sources (seed_data/guide/switching.csv)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from kiesmbo.catalogue import ProgrammeSummary, Snapshot
from kiesmbo.models import Programme

MAX_ALTERNATIVES = 8


@dataclass(frozen=True)
class Alternative:
    programme: ProgrammeSummary
    same_dossier: bool
    reasons: tuple[str, ...] = ()  # recommender reason codes, when it suggested it


def dossier_codes(*, session: Session, crebos: Sequence[str]) -> dict[str, str | None]:
    """Crebo -> kwalificatiedossier code, for these programmes."""
    if not crebos:
        return {}
    rows = session.exec(select(Programme.crebo, Programme.dossier_code).where(
        col(Programme.crebo).in_(list(crebos)))).all()
    return dict(rows)


def same_dossier_crebos(*, session: Session, dossier: str | None) -> list[str]:
    if not dossier:
        return []
    return sorted(session.exec(select(Programme.crebo).where(
        Programme.dossier_code == dossier)).all())


def order_alternatives(current: ProgrammeSummary, dossier: str | None, *,
                       suggested: Sequence[tuple[ProgrammeSummary, tuple[str, ...]]],
                       same_dossier: Sequence[ProgrammeSummary],
                       dossiers: dict[str, str | None],
                       limit: int = MAX_ALTERNATIVES) -> list[Alternative]:
    """Same-dossier programmes first (suggested ones in the recommender's order, then the
    rest by level distance and name), then the other suggestions; never the programme itself."""
    reasons = {p.crebo: r for p, r in suggested}
    seen = {current.crebo}
    first: list[Alternative] = []
    rest: list[Alternative] = []
    for programme, _ in suggested:
        if programme.crebo in seen:
            continue
        seen.add(programme.crebo)
        same = dossier is not None and dossiers.get(programme.crebo) == dossier
        (first if same else rest).append(Alternative(programme, same, reasons[programme.crebo]))
    for programme in sorted(same_dossier, key=lambda p: (abs(p.level - current.level),
                                                         p.name.casefold())):
        if programme.crebo not in seen:
            seen.add(programme.crebo)
            first.append(Alternative(programme, True))
    return (first + rest)[:limit]


def programmes_by_crebo(snapshot: Snapshot, crebos: Sequence[str]) -> list[ProgrammeSummary]:
    return [snapshot.by_crebo[c] for c in crebos if c in snapshot.by_crebo]
