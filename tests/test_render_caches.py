"""The render-time caches (programme page data per catalogue version, remembered template
translations) give exactly the pages the uncached paths give, and a seed shows at once."""

from __future__ import annotations

import random
import re

import flask_babel
import numpy as np
from jinja2 import ext
from sqlmodel import Session, select

from benchmarks.render import walk_questionnaire
from kiesmbo.db import get_snapshot
from kiesmbo.geo import distances_km
from kiesmbo.models import Institution, Offering, Programme
from kiesmbo.queries import read_school_offers, sort_school_offers
from kiesmbo.seed import bump_catalogue_version
from tests.conftest import get_engine_of

# A CSRF token is new for every session; everything else on a page must be the same.
CSRF_RE = re.compile(rb'name="csrf_token" value="[^"]*"')
LANGUAGES = ["nl", "en", "tr", "ar", "pl", "uk"]
SEARCHES = ["/opleidingen?q=zorg", "/opleidingen?q=kok&place=Utrecht&distance=25",
            "/opleidingen?domain=techniek-en-procesindustrie&level=4&sort=salary",
            "/opleidingen?q=dieren&leerweg=bbl&page=1"]


def _programme_paths(app) -> list[str]:
    with app.test_request_context():
        programmes = get_snapshot().programmes
    sample = programmes[::40]  # 16 programmes of every kind, some with 200 schools
    paths = [f"/opleidingen/{p.crebo}/{p.slug}" for p in sample]
    return paths + [f"{path}?place=Zwolle" for path in paths[::3]] + [
        f"{paths[1]}?place=9712"]


def _render(app, paths: list[str], result_seed: int) -> dict[tuple[str, str], bytes]:
    client = app.test_client()
    result_path = walk_questionnaire(client, random.Random(result_seed))
    pages = {}
    for language in LANGUAGES:
        for path in [*paths, result_path]:
            joiner = "&" if "?" in path else "?"
            response = client.get(f"{path}{joiner}lang={language}")
            assert response.status_code == 200, path
            pages[language, path] = CSRF_RE.sub(b"", response.get_data())
    return pages


def test_pages_are_byte_identical_with_and_without_the_render_caches(make_app, monkeypatch):
    paths = [*_programme_paths(make_app()), *SEARCHES]
    settings = {"PAGE_CACHE_ENTRIES": 0, "WTF_CSRF_ENABLED": False}
    fast_app = make_app(settings)
    _render(fast_app, paths, 7)  # fills the programme data cache
    fast = _render(fast_app, paths, 7)
    reference = make_app({**settings, "PROGRAMME_DATA_CACHE": False, "FRAGMENT_CACHE": False})
    jinja_globals = reference.jinja_env.globals
    monkeypatch.setitem(jinja_globals, "_", ext._gettext_alias)
    monkeypatch.setitem(jinja_globals, "gettext", ext._make_new_gettext(
        lambda s: flask_babel.get_translations().ugettext(s)))
    monkeypatch.setitem(jinja_globals, "ngettext", ext._make_new_ngettext(
        lambda s, p, n: flask_babel.get_translations().ungettext(s, p, n)))
    slow = _render(reference, paths, 7)
    assert fast.keys() == slow.keys()
    for key, body in fast.items():
        assert body == slow[key], key


def test_reloading_templates_gives_the_same_pages(make_app):
    """In development (templates reload) the cards, figures and route steps come from the
    edited templates' fresh modules: the same pages as a worker that keeps its macros."""
    paths = _programme_paths(make_app())[:4]
    settings = {"PAGE_CACHE_ENTRIES": 0, "WTF_CSRF_ENABLED": False}
    kept = _render(make_app(settings), paths, 3)
    reloading = make_app({**settings, "TEMPLATES_AUTO_RELOAD": True})
    assert reloading.jinja_env.auto_reload
    assert _render(reloading, paths, 3) == kept


def test_distances_at_once_equal_one_school_at_a_time(full_app):
    with full_app.test_request_context():
        snapshot = get_snapshot()
        place = snapshot.places.resolve("Zwolle")
        engine = get_engine_of(full_app)
        with Session(engine) as session:
            busiest = max(snapshot.programmes, key=lambda p: p.enrolments.schools
                          if p.enrolments and p.enrolments.schools else 0)
            schools = read_school_offers(session=session, programme_id=busiest.id)
            offers = sort_school_offers(schools, place)
    assert len(offers) > 30
    by_key = {(o.institution.id, o.city): o.distance_km for o in offers}
    for offer, lat, lon in zip(schools.offers, schools.latitudes, schools.longitudes,
                               strict=True):
        one = float(distances_km(place.latitude, place.longitude, np.array([lat]),
                                 np.array([lon]))[0])
        assert by_key[offer.institution.id, offer.city] == one


def test_without_a_place_confirmed_schools_come_first_then_most_students(full_app):
    with full_app.test_request_context():
        snapshot = get_snapshot()
        with Session(get_engine_of(full_app)) as session:
            busiest = max(snapshot.programmes, key=lambda p: p.enrolments.schools
                          if p.enrolments and p.enrolments.schools else 0)
            schools = read_school_offers(session=session, programme_id=busiest.id)
    offers = sort_school_offers(schools, None)
    assert sorted(offers, key=lambda o: o.institution.id) == sorted(
        schools.offers, key=lambda o: o.institution.id)
    keys = [(not o.is_confirmed, -(o.students or 0), o.institution.name.casefold())
            for o in offers]
    assert keys == sorted(keys) and len(set(keys)) > 10
    offers.reverse()  # a caller's list is its own: the remembered order stays
    assert sort_school_offers(schools, None)[0] == offers[-1]


def test_a_seed_shows_on_the_programme_page_at_once(app, seeded_runner):
    client = app.test_client()
    with Session(get_engine_of(app)) as session:
        programme = session.exec(select(Programme)).first()
        path = f"/opleidingen/{programme.crebo}/{programme.slug}"
        offering = session.exec(select(Offering).where(
            Offering.programme_id == programme.id)).first()
        assert offering is not None
        institution = session.get(Institution, offering.institution_id)
        old_name = institution.name
    first = client.get(path).get_data(as_text=True)
    assert old_name in first
    search = f"/opleidingen?q={programme.name}"
    assert programme.name in client.get(search).get_data(as_text=True)  # its card is kept
    with Session(get_engine_of(app)) as session:
        institution = session.get(Institution, offering.institution_id)
        institution.name = "Nieuwe Naam College"
        session.add(institution)
        renamed = session.get(Programme, programme.id)
        renamed.description = "Een nieuwe omschrijving."
        renamed.synonyms = "Hernoemde Opleiding"  # found under its old name still
        renamed.name = f"{programme.name} nieuw"
        session.add(renamed)
        bump_catalogue_version(session)
        session.commit()
    # The page cache is keyed by catalogue version too, so this is a fresh render.
    second = client.get(path).get_data(as_text=True)
    assert "Nieuwe Naam College" in second
    assert "Een nieuwe omschrijving." in second
    assert f"{programme.name} nieuw</a>" in client.get(search).get_data(as_text=True)


def test_a_fragment_keyed_on_the_date_follows_the_date(make_app, monkeypatch):
    """The 1 April line is a fragment shared by every programme page: a new day gives the
    new count, not the remembered one (the page cache keys on the date by itself)."""
    import datetime as dt

    from kiesmbo.views import guide

    app = make_app({"PAGE_CACHE_ENTRIES": 0})
    client, url = app.test_client(), "/opleidingen/25655/mbo-verpleegkundige"
    monkeypatch.setattr(guide, "today_amsterdam", lambda: dt.date(2027, 3, 1))
    assert "Nog 31 dagen tot 1 april 2027" in client.get(url).text
    monkeypatch.setattr(guide, "today_amsterdam", lambda: dt.date(2027, 3, 2))
    page = client.get(url).text
    assert "Nog 30 dagen tot 1 april 2027" in page and "Nog 31 dagen" not in page


def test_the_layout_fragments_render_when_the_database_cannot_be_read(tmp_path):
    """A 404 on a database without tables still gets the whole layout (menu, footer): the
    fragment cache needs the catalogue version, and without one it renders directly."""
    from kiesmbo import create_app

    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}"})
    response = app.test_client().get("/bestaat-niet")
    assert response.status_code == 404
    page = response.text
    assert 'class="site-nav"' in page and 'class="site-footer"' in page
    assert "We verbergen nooit een opleiding" in page


def test_a_programme_page_from_memory_opens_no_database_session(make_app, monkeypatch):
    """Once a catalogue version's page data is read, a programme page (cache off) is drawn
    from memory: no database session is opened for it."""
    import kiesmbo.db

    app = make_app({"PAGE_CACHE_ENTRIES": 0, "CATALOGUE_RECHECK_SECONDS": 3600})
    client = app.test_client()
    path = _programme_paths(app)[0]
    assert client.get(path).status_code == 200
    opened = []

    class CountingSession(kiesmbo.db.Session):
        def __init__(self, *args, **kwargs):
            opened.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(kiesmbo.db, "Session", CountingSession)
    assert client.get(path).status_code == 200
    assert client.get(_programme_paths(app)[1]).status_code == 200
    assert opened == []
