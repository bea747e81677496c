"""Jinja filters for figures (money, percentages, the source line) and template globals."""

from __future__ import annotations

from flask import Flask

from kiesmbo import formatting, journey
from kiesmbo.i18n import STEP_LABELS
from kiesmbo.labels import domain_name
from kiesmbo.questionnaire import INTEREST_DESCRIPTIONS, Interest


def euro(value: float) -> str:
    """Format whole euros the way people say them: '€ 1.950' (a no-break space, so the
    sign never ends a line apart from its number)."""
    return formatting.euro(value)


def percent(value: float) -> str:
    """Format a 0-100 value as a percentage: '54%'."""
    return formatting.percent(value / 100)


def number(value: float) -> str:
    """Format a count the way the language writes it: '4.321' in Dutch."""
    return formatting.decimal(value)


def step_label(value: float) -> str:
    """Name one step of a five-step scale (1 low ... 5 good)."""
    return formatting.translate(STEP_LABELS[int(value)])


def interest_description(interest: Interest) -> str:
    """Say what an interest type is about, in the user's language."""
    return formatting.translate(INTEREST_DESCRIPTIONS[interest])


def reason_parts(codes: tuple[str, ...]) -> tuple[list[tuple[str, str]], list[str]]:
    """Split reason codes into (kind, value) pairs and the shared keywords."""
    pairs, keywords = [], []
    for code in codes:
        kind, _, value = code.partition(":")
        if kind == "keyword":
            keywords.append(value)
        else:
            pairs.append((kind, value))
    return pairs, keywords


def init_app(app: Flask) -> None:
    formatting.init_app(app)
    app.add_template_filter(reason_parts)
    app.add_template_filter(interest_description)
    app.add_template_filter(euro)
    app.add_template_filter(percent)
    app.add_template_filter(number)
    app.add_template_filter(step_label)
    app.jinja_env.globals.update(journey.TEMPLATE_GLOBALS)
    app.add_template_filter(domain_name)
