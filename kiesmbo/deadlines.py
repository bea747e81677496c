"""The application date (1 April) as seen from today in Europe/Amsterdam: days left, the
day itself, or what can still be done after it (pure; the dates are in seed_data/guide/)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from kiesmbo.guide_data import Guide

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _utc_now() -> dt.datetime:
    """The current time; tests freeze it by replacing this function."""
    return dt.datetime.now(dt.UTC)


def today_amsterdam(now: dt.datetime | None = None) -> dt.date:
    """Today's date in the Netherlands (a server may run in UTC)."""
    return (now or _utc_now()).astimezone(AMSTERDAM).date()


@dataclass(frozen=True)
class DeadlineStatus:
    """Where today stands against the next application date that still matters.

    phase: "before" (days_left > 0 until deadline), "today" (deadline is today), or "after"
    (the date has passed for the school year that starts on `start`).
    """

    phase: str
    deadline: dt.date
    days_left: int
    start: dt.date  # the start of the school year this deadline is for
    source: str
    year: int


def application_status(guide: Guide, today: dt.date) -> DeadlineStatus:
    """Before 1 April: days left; on 1 April: today; from 2 April until the school year
    starts (1 August): passed for this year; from 1 August: counting to next 1 April."""
    deadline_rule = guide.dates["application_deadline"]
    start_rule = guide.dates["school_year_start"]
    start = dt.date(today.year, start_rule.month, start_rule.day)
    if today >= start:  # this school year has begun: the next date is for next year
        start = start.replace(year=today.year + 1)
    deadline = dt.date(start.year, deadline_rule.month, deadline_rule.day)
    if today < deadline:
        phase = "before"
    elif today == deadline:
        phase = "today"
    else:
        phase = "after"
    return DeadlineStatus(phase=phase, deadline=deadline, days_left=max(0, (deadline - today).days),
                          start=start, source=deadline_rule.source, year=deadline_rule.year)


def key_date(guide: Guide, key: str, year: int) -> dt.date:
    """A date of seed_data/guide/dates.csv in this year."""
    rule = guide.dates[key]
    return dt.date(year, rule.month, rule.day)
