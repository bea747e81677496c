"""The served model: the whole seed catalogue, read back as the site's snapshot and fitted
by the function the site uses (one feature path for tests, evaluation and site)."""

from __future__ import annotations

import pytest
from flask import Flask

from kiesmbo.catalogue import Snapshot
from kiesmbo.db import get_snapshot
from kiesmbo.recommend import Recommender
from kiesmbo.recommendations import get_recommender


@pytest.fixture(scope="session")
def site(full_app: Flask) -> tuple[Snapshot, Recommender]:
    with full_app.app_context():
        snapshot, model = get_snapshot(), get_recommender()
    assert model is not None
    return snapshot, model


@pytest.fixture(scope="session")
def model(site) -> Recommender:
    return site[1]


@pytest.fixture(scope="session")
def snapshot(site) -> Snapshot:
    return site[0]
