"""kiesmbo: study-choice advice for Dutch mbo.

The app lives in kiesmbo.app; these wrappers import it only when called, so pure modules
such as kiesmbo.recommend and kiesmbo.questionnaire load without Flask.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask


def create_app(overrides: dict | None = None) -> Flask:
    """Build the app (see kiesmbo.app.create_app)."""
    from kiesmbo.app import create_app as build

    return build(overrides)


def warm_up(app: Flask) -> None:
    """Build the catalogue snapshot and fit the recommender (see kiesmbo.app.warm_up)."""
    from kiesmbo.app import warm_up as warm

    warm(app)
