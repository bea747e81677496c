"""The route ladder of a programme: from vmbo to this programme and onwards (mbo levels,
hbo) with nominal durations, and the alternative paths via level 2 or via bbl (pure; the
nominal durations are in seed_data/guide/)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from kiesmbo.catalogue import ProgrammeSummary
from kiesmbo.guide_data import Duration, Guide


@dataclass(frozen=True)
class Rung:
    """One step on a route: a school type, a level, or a programme."""

    kind: str  # "vmbo", "level" (any programme at that level), "programme", "ad", "bachelor"
    years_min: int
    years_max: int
    level: int | None = None
    programme: ProgrammeSummary | None = None
    is_this: bool = False  # the programme whose page this is


@dataclass(frozen=True)
class Path:
    key: str  # "main" or "via_level_2"
    rungs: tuple[Rung, ...]

    @property
    def years_min(self) -> int:
        return sum(r.years_min for r in self.rungs)

    @property
    def years_max(self) -> int:
        return sum(r.years_max for r in self.rungs)


@dataclass(frozen=True)
class Ladder:
    programme: ProgrammeSummary
    main: Path
    via_level_2: Path | None  # only for levels 3 and 4
    onwards: tuple[Rung, ...]  # next mbo programmes or levels, and hbo after level 4
    hbo_studies: tuple[str, ...]
    durations: tuple[Duration, ...]  # the sourced nominal durations used

    @functools.cached_property
    def sources(self) -> tuple[Duration, ...]:
        """The durations, one per source (as Jinja's unique filter on `source` gives them:
        the first of each, by lower case). Worked out once: ladders of programme pages are
        kept per snapshot."""
        seen: set[str] = set()
        found = []
        for duration in self.durations:
            if duration.source.lower() not in seen:
                seen.add(duration.source.lower())
                found.append(duration)
        return tuple(found)

    @property
    def has_bbl(self) -> bool:
        return self.programme.has_bbl

    @property
    def has_bol(self) -> bool:
        return self.programme.has_bol


def _nominal(guide: Guide, step: str, kind: str, level: int | None = None) -> Rung:
    d = guide.durations[step]
    return Rung(kind=kind, years_min=d.years_min, years_max=d.years_max, level=level)


def _programme_rung(programme: ProgrammeSummary, *, is_this: bool = False) -> Rung:
    years = max(1, programme.duration_years)
    return Rung(kind="programme", years_min=years, years_max=years, level=programme.level,
                programme=programme, is_this=is_this)


def build_ladder(guide: Guide, programme: ProgrammeSummary, *,
                 previous: Sequence[ProgrammeSummary] = (),
                 next_programmes: Sequence[ProgrammeSummary] = (),
                 hbo_studies: Sequence[str] = (),
                 same_domain: Sequence[ProgrammeSummary] = ()) -> Ladder:
    """Build the ladder; `previous` and `next_programmes` are the doorstroom routes we know,
    `same_domain` the field's other programmes (a level-2 start when no route is known)."""
    vmbo = _nominal(guide, "vmbo", "vmbo")
    this = _programme_rung(programme, is_this=True)
    main = Path("main", (vmbo, this))
    via = None
    if programme.level >= 3:
        level_2 = next((p for p in list(previous) + list(same_domain) if p.level == 2), None)
        start = (_programme_rung(level_2) if level_2 is not None
                 else _nominal(guide, "level_2", "level", 2))
        via = Path("via_level_2", (vmbo, start, this))
    onwards: list[Rung] = [_programme_rung(p) for p in next_programmes
                           if p.level >= programme.level and p.id != programme.id]
    if programme.level == 4:
        onwards += [_nominal(guide, "associate_degree", "ad"),
                    _nominal(guide, "bachelor", "bachelor")]
    elif not onwards:
        higher = programme.level + 1
        onwards.append(_nominal(guide, f"level_{higher}", "level", higher))
    steps = ["vmbo", f"level_{programme.level}"] + (["level_2"] if via else []) + (
        ["associate_degree", "bachelor"] if programme.level == 4 else [])
    return Ladder(programme=programme, main=main, via_level_2=via, onwards=tuple(onwards),
                  hbo_studies=tuple(hbo_studies),
                  durations=tuple(guide.durations[s] for s in dict.fromkeys(steps)))
