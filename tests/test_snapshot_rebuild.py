"""After a catalogue change, a worker with a snapshot keeps answering from it while a thread
builds the new one; without a snapshot (or with background off) it builds at once."""

from __future__ import annotations

import time

from sqlmodel import Session

from kiesmbo.catalogue import SnapshotCache
from kiesmbo.db import get_engine
from kiesmbo.seed import bump_catalogue_version


def _bump(app) -> None:
    with app.app_context(), Session(get_engine()) as session:
        bump_catalogue_version(session)
        session.commit()


def test_the_old_snapshot_answers_while_the_new_one_is_built(full_app):
    cache = SnapshotCache(recheck_seconds=0, background=True)
    with full_app.app_context(), Session(get_engine()) as session:
        old = cache.get(session)  # no snapshot yet: built at once
        assert old.programmes
        _bump(full_app)
        started = time.monotonic()
        assert cache.get(session) is old  # answered at once from the old catalogue
        assert time.monotonic() - started < 0.2
        deadline = time.monotonic() + 20
        while cache.get(session) is old and time.monotonic() < deadline:
            time.sleep(0.05)
        fresh = cache.get(session)
        assert fresh is not old and fresh.version != old.version
        assert len(fresh.programmes) == len(old.programmes)


def test_without_background_the_new_snapshot_is_built_in_the_request(full_app):
    cache = SnapshotCache(recheck_seconds=0, background=False)
    with full_app.app_context(), Session(get_engine()) as session:
        old = cache.get(session)
        _bump(full_app)
        assert cache.get(session).version != old.version
