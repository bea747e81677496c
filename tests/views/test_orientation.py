"""The questionnaire flow, the result, and saved results, with and without htmx."""

from __future__ import annotations

import datetime as dt

import pytest
from bs4 import BeautifulSoup
from sqlmodel import Session, select

from kiesmbo.db import get_engine
from kiesmbo.journey import PAGES, TOTAL_STEPS
from kiesmbo.models import SavedResult
from kiesmbo.questionnaire import ITEMS, Interest
from tests.conftest import endpoint_url
from tests.pages import check_page, get_page

CHOICES = {"learning": "either", "school": "vmbo_kader", "distance": "25", "place": "",
           "in_mind": ""}


def _token(client, url: str = "/orientatie/stap/1") -> str:
    soup = BeautifulSoup(client.get(url).get_data(as_text=True), "html.parser")
    return soup.select_one("input[name=csrf_token]")["value"]


def _post(client, url: str, data: dict, **kwargs):
    return client.post(url, data={"csrf_token": _token(client), **data}, **kwargs)


def _answers_for(interest: Interest, page: int) -> dict[str, str]:
    return {item.id: "5" if item.interest == interest else "1" for item in PAGES[page - 1]}


def _complete(client, interest: Interest = Interest.SOCIAL, choices: dict | None = None):
    for page in range(1, TOTAL_STEPS):
        response = _post(client, f"/orientatie/stap/{page}", _answers_for(interest, page))
        assert response.status_code == 303, response.get_data(as_text=True)[:300]
    return _post(client, f"/orientatie/stap/{TOTAL_STEPS}", {**CHOICES, **(choices or {})})


def test_intro_page_starts_the_test(full_client):
    soup = get_page(full_client, "/orientatie")
    assert soup.select_one("a[href='/orientatie/stap/1']") is not None


def test_each_step_has_about_six_questions_a_progress_bar_and_back(full_client):
    soup = get_page(full_client, "/orientatie/stap/1")
    assert len(soup.select("fieldset.question")) == 6
    assert len(soup.select("input[type=radio]")) == 36  # five answers and "weet ik niet"
    assert soup.select_one("progress")["max"] == str(TOTAL_STEPS)
    assert soup.select_one(".step-buttons a[href='/orientatie']").get_text(strip=True) == "Terug"


def test_skipping_ahead_leads_to_the_first_open_step(full_client):
    response = full_client.get("/orientatie/stap/4")
    assert response.status_code == 302 and response.headers["Location"].endswith("/stap/1")
    assert full_client.get("/orientatie/uitslag").status_code == 302


def test_full_run_gives_an_explained_result(full_client):
    response = _complete(full_client, Interest.SOCIAL)
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/orientatie/uitslag")
    soup = get_page(full_client, "/orientatie/uitslag")
    text = soup.get_text(" ", strip=True)
    assert "Je code is S" in text
    assert soup.select_one("figure.chart svg[role=img]") is not None
    assert len(soup.select("table.scores tbody tr")) == 6
    assert soup.select(".domains li")[0].get_text().startswith("Zorg en welzijn")
    cards = soup.select("#suggestions-title ~ ol .card")
    assert 1 <= len(cards) <= 10
    assert all(card.select_one(".meta").get_text().startswith(("Niveau 3", "Niveau 4"))
               for card in cards)
    assert "Past bij je, want je houdt van" in soup.select_one(".why").get_text()
    assert "Kans op werk" in cards[0].get_text()


def test_answers_are_kept_when_going_back(full_client):
    _post(full_client, "/orientatie/stap/1", _answers_for(Interest.REALISTIC, 1))
    soup = get_page(full_client, "/orientatie/stap/1")
    checked = {i["name"]: i["value"] for i in soup.select("input[type=radio][checked]")}
    assert checked == _answers_for(Interest.REALISTIC, 1)


def test_unanswered_items_get_422_with_the_form(full_client):
    answers = _answers_for(Interest.SOCIAL, 1)
    missing = next(iter(answers))
    del answers[missing]
    response = _post(full_client, "/orientatie/stap/1", answers)
    assert response.status_code == 422
    soup = check_page(response.get_data(as_text=True))
    assert soup.select_one(f"a[href='#field-{missing}']") is not None
    assert soup.select_one(f"#field-{missing}.has-error") is not None
    # What was answered stays checked.
    assert len(soup.select("input[type=radio][checked]")) == 5


@pytest.mark.parametrize("value", ["6", "abc", "-1", "5" * 500])
def test_out_of_range_answers_are_rejected(full_client, value):
    answers = _answers_for(Interest.SOCIAL, 1)
    answers[next(iter(answers))] = value
    assert _post(full_client, "/orientatie/stap/1", answers).status_code == 422


def test_dont_know_is_an_answer(full_client):
    answers = _answers_for(Interest.SOCIAL, 1)
    answers[next(iter(answers))] = "0"  # "Weet ik niet"
    assert _post(full_client, "/orientatie/stap/1", answers).status_code == 303


@pytest.mark.parametrize(("field", "value"), [
    ("learning", "sometimes"), ("school", "university"), ("distance", "7"),
    ("place", "Atlantis"), ("in_mind", "xqzwvbn"), ("ruled_out", "bestaat-niet"),
    ("place", "x" * 5000),
])
def test_bad_choices_are_rejected(full_client, field, value):
    for page in range(1, TOTAL_STEPS):
        _post(full_client, f"/orientatie/stap/{page}", _answers_for(Interest.SOCIAL, page))
    response = _post(full_client, f"/orientatie/stap/{TOTAL_STEPS}", {**CHOICES, field: value})
    assert response.status_code == 422
    soup = check_page(response.get_data(as_text=True))
    assert soup.select_one(".error-summary") is not None


def test_htmx_post_with_errors_gets_a_422_fragment(full_client):
    response = _post(full_client, "/orientatie/stap/1", {}, headers={"HX-Request": "true"})
    assert response.status_code == 422
    assert "<html" not in response.get_data(as_text=True)
    assert "HX-Request" in response.headers["Vary"]


def test_missing_csrf_token_is_refused(full_client):
    response = full_client.post("/orientatie/stap/1", data=_answers_for(Interest.SOCIAL, 1))
    assert response.status_code == 400


def test_tampered_session_restarts_cleanly(full_client):
    _post(full_client, "/orientatie/stap/1", _answers_for(Interest.SOCIAL, 1))
    full_client.set_cookie("session", "tampered.value.xyz")
    response = full_client.get("/orientatie/stap/2")
    assert response.status_code == 302 and response.headers["Location"].endswith("/stap/1")


def test_stale_session_from_an_older_question_set_restarts(full_client):
    with full_client.session_transaction() as session:
        session["orientation"] = {"v": "old", "answers": {"r1": 5}, "choices": None}
    soup = get_page(full_client, "/orientatie/stap/1")
    assert soup.select_one(".notice") is not None
    assert not soup.select("input[type=radio][checked]")


def test_programme_in_mind_is_shown_first_and_compared(full_client):
    _complete(full_client, Interest.SOCIAL, {"in_mind": "bedrijfsadministrateur"})
    soup = get_page(full_client, "/orientatie/uitslag")
    sections = [h2.get_text(strip=True) for h2 in soup.select("main h2")]
    assert sections.index("Je eigen keuze") < sections.index("Opleidingen die bij je passen")
    choice = soup.select_one("#choice-title").find_parent("section")
    assert "Business Administration & Control Specialist" in choice.get_text()
    assert choice.select_one("table.compare-table") is not None


def test_flat_profile_is_stated_honestly(full_client):
    for page in range(1, TOTAL_STEPS):
        _post(full_client, f"/orientatie/stap/{page}",
              {item.id: "3" for item in PAGES[page - 1]})
    _post(full_client, f"/orientatie/stap/{TOTAL_STEPS}", CHOICES)
    soup = get_page(full_client, "/orientatie/uitslag")
    assert "loopbaanbegeleider" in soup.select_one("#profile-title + .notice").get_text()


def test_place_and_leerweg_narrow_the_suggestions(full_client):
    _complete(full_client, Interest.REALISTIC, {"learning": "bbl", "place": "Zwolle",
                                                "distance": "10"})
    soup = get_page(full_client, "/orientatie/uitslag")
    cards = soup.select("#suggestions-title ~ ol .card")
    assert cards and all("bbl" in c.select_one(".meta").get_text() for c in cards)
    assert all(int(c.select(".card-figures dd")[-1].get_text().split()[-2]) <= 10 for c in cards)


@pytest.mark.parametrize(("school", "levels"), [("vmbo_basis", {"Niveau 2"}),
                                                ("havo", {"Niveau 4"})])
def test_suggestions_start_at_the_levels_of_the_students_school(full_client, school, levels):
    _complete(full_client, Interest.SOCIAL, {"school": school})
    soup = get_page(full_client, endpoint_url(full_client.application, "orientation.result"))
    cards = soup.select("#suggestions-title ~ ol .card")
    assert cards
    assert {c.select_one(".meta").get_text().split(" · ")[0] for c in cards} == levels


# --- Keep and share ---------------------------------------------------------------------------


def _save(client) -> str:
    _complete(client, Interest.CONVENTIONAL)
    response = _post(client, "/orientatie/bewaar", {})
    assert response.status_code == 303
    return response.headers["Location"]


def test_saved_result_opens_with_its_code_and_stores_only_answers(full_app, full_client):
    location = _save(full_client)
    code = location.rsplit("/", 1)[1]
    assert len(code.replace("-", "")) == 16
    fresh = full_app.test_client()
    soup = get_page(fresh, location)
    assert code in soup.h1.get_text()
    assert soup.select(".domains li")[0].get_text().startswith("Economie en administratie")
    assert soup.select_one("img.qr")["src"].endswith("/qr.svg")
    qr = fresh.get(location + "/qr.svg")
    assert qr.status_code == 200 and qr.mimetype == "image/svg+xml"
    # The typed code works in any case and without dashes.
    typed = fresh.get("/uitslag?code=" + code.replace("-", "").lower())
    assert typed.status_code == 302 and typed.headers["Location"].endswith(code)
    with full_app.app_context(), Session(get_engine()) as session:
        rows = session.exec(select(SavedResult)).all()
        columns = set(SavedResult.model_fields)
    assert columns == {"id", "code_hash", "answers", "created_at"}
    assert all(code.replace("-", "") not in row.code_hash for row in rows)


def test_saved_result_can_be_deleted_by_whoever_holds_the_code(full_app, full_client):
    location = _save(full_client)
    other = full_app.test_client()
    response = _post(other, location + "/verwijder", {})
    assert response.status_code == 303
    assert get_page(other, "/uitslag?verwijderd=1").select_one(".notice")
    assert other.get(location).status_code == 404


@pytest.mark.parametrize("code", ["ABCD-EFGH-JKMN-PQRS", "short", "x" * 300, "ÄÖÜ"])
def test_unknown_or_malformed_code_gets_a_clear_404(full_client, code):
    soup = get_page(full_client, f"/uitslag/{code}", status=404)
    assert "90 dagen" in soup.get_text()


def test_expired_result_is_gone(full_app, full_client):
    location = _save(full_client)
    with full_app.app_context(), Session(get_engine()) as session:
        for row in session.exec(select(SavedResult)):
            row.created_at -= dt.timedelta(days=91)
            session.add(row)
        session.commit()
    assert full_client.get(location).status_code == 404


def test_saving_is_rate_limited(full_app):
    client = full_app.test_client()
    _complete(client, Interest.SOCIAL)
    token = _token(client)
    statuses = [client.post("/orientatie/bewaar", data={"csrf_token": token},
                            environ_base={"REMOTE_ADDR": "10.9.9.9"}).status_code
                for _ in range(11)]
    assert statuses[:10] == [303] * 10 and statuses[10] == 429


def test_saving_an_unfinished_test_saves_nothing(full_app, full_client):
    with full_app.app_context(), Session(get_engine()) as session:
        before = len(session.exec(select(SavedResult)).all())
    response = _post(full_client, "/orientatie/bewaar", {})
    assert response.status_code == 303 and "/orientatie/stap/1" in response.headers["Location"]
    with full_app.app_context(), Session(get_engine()) as session:
        assert len(session.exec(select(SavedResult)).all()) == before


def test_item_texts_are_translated(full_client):
    soup = get_page(full_client, "/orientatie/stap/1")
    legends = [legend.get_text(strip=True) for legend in soup.select("legend")]
    english = {item.text for item in ITEMS}
    assert not english & set(legends)


def test_result_ranks_with_the_recommender_and_explains(full_client):
    _complete(full_client, Interest.SOCIAL)
    soup = get_page(full_client, "/orientatie/uitslag")
    assert soup.select_one("form.weight-control input[value=some][checked]") is not None
    items = soup.select("#suggestions-title ~ ol > li")
    # Each card says why it fits; the bullets add only what that sentence does not say.
    assert items and all(item.select_one(".why").get_text(strip=True) for item in items)
    assert any(item.select(".reasons li") for item in items)
    strong = get_page(full_client, "/orientatie/uitslag?weight=strong")
    assert strong.select_one("form.weight-control input[value=strong][checked]") is not None
    pure_fit = get_page(full_client, "/orientatie/uitslag?weight=none")
    fits = [int(p.get_text().rsplit("Past ", 1)[1].split()[0])
            for p in pure_fit.select("#suggestions-title ~ ol .why")]
    assert fits == sorted(fits, reverse=True)
    get_page(full_client, "/orientatie/uitslag?weight=everything", status=400)
