"""The guide: admission per programme, the 1 April line (frozen clock), the cost calculator
against the source figures, the doubt route, the parents' link and the route ladder."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlmodel import Session

from kiesmbo import deadlines, journey
from kiesmbo.admission import answer, answers_for_level
from kiesmbo.config import SEED_DIRECTORY
from kiesmbo.costs import plan_costs
from kiesmbo.csvfiles import DataFileError
from kiesmbo.db import get_engine
from kiesmbo.guide_data import VOOROPLEIDINGEN, get_guide, load_guide
from kiesmbo.questionnaire import ITEMS
from kiesmbo.saved_results import save_result
from tests.pages import get_page

UTC = dt.UTC
# The fees as published for school year 2023-2024 (blikopjetoekomst.nl, mboutrecht.nl) and
# 2020-2021 (rockopnh.nl); see seed_data/SOURCES.md.
LESGELD_2023, CURSUSGELD_12_2023, CURSUSGELD_34_2023 = 1357, 270, 654
LESGELD_2020, CURSUSGELD_12_2020, CURSUSGELD_34_2020 = 1202, 250, 606


def _freeze(monkeypatch, when: dt.datetime) -> None:
    monkeypatch.setattr(deadlines, "_utc_now", lambda: when)


# --- 1 April, Europe/Amsterdam ------------------------------------------------------------


@pytest.mark.parametrize(("now", "phase", "days", "deadline"), [
    (dt.datetime(2027, 1, 1, 9, 0, tzinfo=UTC), "before", 90, dt.date(2027, 4, 1)),
    (dt.datetime(2027, 3, 31, 12, 0, tzinfo=UTC), "before", 1, dt.date(2027, 4, 1)),
    (dt.datetime(2027, 4, 1, 12, 0, tzinfo=UTC), "today", 0, dt.date(2027, 4, 1)),
    (dt.datetime(2027, 4, 2, 12, 0, tzinfo=UTC), "after", 0, dt.date(2027, 4, 1)),
    # 22:30 UTC on 31 March is already 1 April in Amsterdam (summer time, UTC+2).
    (dt.datetime(2027, 3, 31, 22, 30, tzinfo=UTC), "today", 0, dt.date(2027, 4, 1)),
    # 23:30 UTC on 31 December is 1 January in Amsterdam (winter time, UTC+1).
    (dt.datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "before", 90, dt.date(2027, 4, 1)),
    (dt.datetime(2028, 1, 1, 9, 0, tzinfo=UTC), "before", 91, dt.date(2028, 4, 1)),  # leap
    (dt.datetime(2027, 7, 31, 12, 0, tzinfo=UTC), "after", 0, dt.date(2027, 4, 1)),
    (dt.datetime(2027, 8, 1, 12, 0, tzinfo=UTC), "before", 244, dt.date(2028, 4, 1)),
])
def test_application_status_on_every_kind_of_day(monkeypatch, now, phase, days, deadline):
    _freeze(monkeypatch, now)
    status = deadlines.application_status(get_guide(), deadlines.today_amsterdam())
    assert (status.phase, status.days_left, status.deadline) == (phase, days, deadline)


@pytest.mark.parametrize(("now", "expected"), [
    (dt.datetime(2027, 1, 1, 9, 0, tzinfo=UTC), "Nog 90 dagen tot 1 april 2027."),
    (dt.datetime(2027, 3, 31, 9, 0, tzinfo=UTC), "Nog 1 dag tot 1 april 2027."),
    (dt.datetime(2027, 4, 1, 9, 0, tzinfo=UTC), "Vandaag, 1 april 2027, is de laatste dag"),
    (dt.datetime(2027, 4, 2, 9, 0, tzinfo=UTC), "1 april 2027 is voorbij."),
])
def test_programme_page_and_uitleg_show_the_line_of_the_day(full_client, monkeypatch, now,
                                                            expected):
    # The page cache is keyed by the Amsterdam date: a page cached yesterday is not served.
    _freeze(monkeypatch, now)
    for path in ("/opleidingen/25655/mbo-verpleegkundige", "/uitleg", "/lijstje"):
        if path == "/lijstje":
            full_client.post("/lijstje/25655/toevoegen")
        soup = get_page(full_client, path + "?lang=nl")
        line = soup.select_one(".deadline").get_text(" ", strip=True)
        assert expected in line, (path, line)


# --- Admission ------------------------------------------------------------------------------


def _expected(level: int, vooropleiding: str) -> str:
    """The rule in words, written out independently of the data file."""
    if level == 1:
        return "Ja" if vooropleiding == "none" else "Niet nodig"
    if vooropleiding == "none":
        return "Niet meteen"
    if level >= 3 and vooropleiding == "vmbo_basis":
        return "Niet meteen"
    return "Ja"


def test_every_programme_page_answers_for_each_vmbo_leerweg_and_havo(full_app, full_client):
    from kiesmbo.db import get_snapshot

    with full_app.app_context():
        programmes = list(get_snapshot().programmes)
    labels = {"vmbo_basis": "vmbo basis", "vmbo_kader": "vmbo kader",
              "vmbo_gl": "vmbo gemengd (gl)", "vmbo_tl": "vmbo theoretisch (tl, mavo)",
              "havo": "havo"}
    for p in programmes:
        response = full_client.get(f"/opleidingen/{p.crebo}/{p.slug}?lang=nl")
        assert response.status_code == 200, p.crebo
        html = response.get_data(as_text=True)
        start = html.index('class="admission"')
        table = html[start:html.index("</table>", start)]
        for code, label in labels.items():
            row = table[table.index(label):]
            row = row[:row.index("</tr>")]
            assert _expected(p.level, code) in row, (p.crebo, code, row)


def test_rules_cover_every_level_and_vooropleiding_and_gl_equals_tl():
    guide = get_guide()
    for level in (1, 2, 3, 4):
        assert [a.vooropleiding for a in answers_for_level(guide, level)] == list(VOOROPLEIDINGEN)
        assert answer(guide, level, "vmbo_gl").rule.allowed == \
            answer(guide, level, "vmbo_tl").rule.allowed
    assert answer(guide, 3, "vmbo_basis").first_levels == (2,)
    assert answer(guide, 4, "none").first_levels == (1, 2)


def test_extra_and_legal_requirements_are_named_with_their_source(full_client):
    soup = get_page(full_client, "/opleidingen/25655/mbo-verpleegkundige?lang=nl")
    text = soup.select_one(".requirements").get_text(" ", strip=True)
    assert "Volksgezondheid, Welzijn en Sport" in text and "Regeling vaststelling" in text
    assert "VOG" in text and "gekozen door ons" in text.lower()
    soup = get_page(full_client, "/opleidingen/25652/danser?lang=nl")
    assert "auditie" in soup.select_one(".requirements").get_text(" ", strip=True).lower()


# English words that give away an explanation (what the source says, why we chose a row)
# where a pupil should see a bare citation. Kept apart from guide_data.PROSE_WORDS so that
# this test still catches prose when the loader's check is wrong.
ENGLISH_PROSE = ("the", "when", "you", "as explained", "from", "usually", "curated", "and",
                 "of", "lasts", "takes", "column", "amounts", "respondents", "programme",
                 "needs", "ask", "often", "about", "after", "to", "for", "with", "year",
                 "years")
GUIDE_PAGES = ("/opleidingen/25655/mbo-verpleegkundige", "/opleidingen/25652/danser",
               "/opleidingen/25671/chauffeur-wegvervoer", "/kosten?crebo=25655",
               "/toelating?crebo=25655&crebo=25908&crebo=25696&school=vmbo_basis", "/twijfel",
               "/route/25655", "/route/25498")


def _english_prose(text: str) -> list[str]:
    import re

    return [w for w in ENGLISH_PROSE if re.search(rf"\b{w}\b", text, re.IGNORECASE)]


def test_shown_guide_sources_hold_no_english_prose(full_client, saved_code):
    lines = {}
    for path in (*GUIDE_PAGES, f"/uitslag/{saved_code}/ouders"):
        soup = get_page(full_client, path + ("&" if "?" in path else "?") + "lang=nl")
        for tag in soup.select(".source"):
            lines[tag.get_text(" ", strip=True)] = path
    shown = " ".join(lines)
    for citation in ("WEB art. 8.0.1", "WEB art. 8.2.1", "Les- en cursusgeldwet",
                     "swvadam.nl 'Toelatingsrecht'", "Bijlage 1 'Beroepsvereisten'",
                     "lerenenwerken.nl", "JOB-monitor 2024", "WEB art. 7.2.2", "CBR",
                     "Wet kinderopvang"):
        assert citation in shown, citation  # the guide's sources are among the lines checked
    assert "Gekozen door ons. Bron:" in shown  # a curated row still says it is our choice
    assert "JOB-monitor 2024 , 2024" not in shown  # the year once when the citation has it
    prose = {line: (path, _english_prose(line)) for line, path in lines.items()
             if _english_prose(line)}
    assert not prose, prose


def test_guide_sources_are_marked_as_dutch_in_every_language(full_client):
    soup = get_page(full_client, "/opleidingen/25655/mbo-verpleegkundige?lang=ar")
    cited = [t.get_text(strip=True) for t in soup.select('.source [lang="nl"][dir="ltr"]')]
    assert "WEB art. 8.0.1; onderwijsconsument.nl (2024); swvadam.nl 'Toelatingsrecht'" in cited


def test_legal_requirements_follow_the_2015_code_to_todays_code():
    legal = get_guide().legal
    assert legal["25655"][0].regulation_crebo == "25480"  # Mbo-Verpleegkundige 2015
    assert {r.ministry for r in legal["25726"]} == {"Ministerie van Financiën"}


def test_admission_check_answers_for_the_chosen_school(full_client):
    soup = get_page(full_client, "/toelating?crebo=25655&crebo=25498&school=vmbo_basis&lang=nl")
    cards = [c.get_text(" ", strip=True) for c in soup.select(".card")]
    assert "Niet meteen" in cards[0] and "niveau 2" in cards[0]
    assert "Ja" in cards[1]


def test_admission_check_takes_the_school_from_the_questionnaire(full_client):
    with full_client.session_transaction() as state:
        state[journey.SESSION_KEY] = {**journey.fresh_state(),
                                      "choices": {"school": "havo", "learning": "either"}}
    soup = get_page(full_client, "/toelating?crebo=25655&lang=nl")
    assert soup.select_one("#school option[selected]")["value"] == "havo"
    assert "vragenlijst" in soup.select_one(".notice").get_text() or \
        "test" in soup.select_one(".notice").get_text()
    with full_client.session_transaction() as state:
        state.pop("orientation")
    soup = get_page(full_client, "/toelating?crebo=25655&lang=nl")
    assert soup.select(".card") == [] and soup.select_one("#school")


@pytest.mark.parametrize(("path", "status"), [
    ("/toelating", 400),
    ("/toelating?crebo=99999", 404),
    ("/toelating?crebo=25655&school=gymnasium", 422),
    ("/toelating?" + "&".join(["crebo=25655"] * 11), 400),
    ("/kosten?crebo=25655&age=abc", 422),
    ("/kosten?crebo=25655&age=9", 422),
    ("/kosten?crebo=25655&leerweg=deeltijd", 422),
    ("/kosten", 400),
    ("/twijfel?opleiding=qqqqzzzz", 422),
    ("/route/123", 404),
    ("/route/99999", 404),
    ("/uitslag/not-a-code/ouders", 404),
    ("/uitslag/AAAABBBBCCCCDDDD/ouders", 404),
])
def test_bad_input_gets_a_clear_4xx(full_client, path, status):
    response = full_client.get(path)
    assert response.status_code == status, response.get_data(as_text=True)[:300]


# --- Costs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("level", "years", "leerweg", "age", "fees"), [
    (4, 4, "bol", 16, [0, 0, LESGELD_2023, LESGELD_2023]),
    (4, 4, "bol", 18, [LESGELD_2023] * 4),
    (4, 3, "bol", 17, [0, LESGELD_2023, LESGELD_2023]),
    (4, 4, "bbl", 17, [0] + [CURSUSGELD_34_2023] * 3),
    (3, 3, "bbl", 18, [CURSUSGELD_34_2023] * 3),
    (3, 3, "bbl", 16, [0, 0, CURSUSGELD_34_2023]),
    (2, 2, "bbl", 19, [CURSUSGELD_12_2023] * 2),
    (2, 2, "bol", 15, [0, 0]),
])
def test_costs_give_the_source_figures(level, years, leerweg, age, fees):
    plan = plan_costs(get_guide(), level=level, duration_years=years, leerweg=leerweg,
                      age_at_start=age)
    assert [y.amount_eur for y in plan.years] == fees
    assert [y.kind == "none" for y in plan.years] == [fee == 0 for fee in fees]
    assert plan.total_eur == sum(fees)
    assert plan.fee.school_year == "2023-2024" and plan.fee.source


def test_costs_of_an_older_year_use_that_years_figures():
    guide = get_guide()
    assert [plan_costs(guide, level=lv, duration_years=1, leerweg=lw, age_at_start=20,
                       school_year="2020-2021").total_eur
            for lv, lw in ((4, "bol"), (2, "bbl"), (3, "bbl"))] == \
        [LESGELD_2020, CURSUSGELD_12_2020, CURSUSGELD_34_2020]


def test_cost_calculator_page_for_a_3_and_a_4_year_programme(full_client):
    # 25650 Apothekersassistent: level 4, 3 years; 25655 Mbo-Verpleegkundige: level 4, 4 years.
    soup = get_page(full_client, "/kosten?crebo=25650&crebo=25655&age=18&leerweg=bbl&lang=nl")
    tables = soup.select("table.costs")
    assert len(tables) == 2
    totals = [t.select_one("tfoot td").get_text(strip=True) for t in tables]
    assert totals == ["€\u00a01.962", "€\u00a02.616"]  # 3 and 4 x 654
    assert "2023-2024" in soup.get_text() and "Schatting" in soup.get_text()


def test_compare_page_has_the_cost_calculator(full_client):
    soup = get_page(full_client, "/vergelijk?crebo=25650&crebo=25655&lang=nl")
    form = soup.select_one("form.costs-form")
    assert [i["value"] for i in form.select("input[name=crebo]")] == ["25650", "25655"]


# --- Doubt, ladder, parents ----------------------------------------------------------------------


def test_doubt_route_lists_same_dossier_first(full_client):
    soup = get_page(full_client, "/twijfel?opleiding=25655&lang=nl")
    metas = [m.get_text(" ", strip=True) for m in soup.select(".card .meta")]
    assert metas, "no alternatives"
    same = ["zelfde kwalificatiedossier" in m for m in metas]
    assert same == sorted(same, reverse=True)  # all same-dossier ones before the others
    assert "februari" in soup.get_text()


def test_doubt_route_puts_same_dossier_programmes_before_suggestions():
    from kiesmbo.switching import order_alternatives

    class P:
        def __init__(self, crebo, level, name):
            self.crebo, self.level, self.name = crebo, level, name

    current, a, b, c = P("1", 3, "x"), P("2", 3, "a"), P("3", 3, "b"), P("4", 2, "c")
    result = order_alternatives(current, "D", suggested=[(a, ()), (b, ())],
                                same_dossier=[c, current], dossiers={"2": "E", "3": "D"})
    assert [(r.programme.crebo, r.same_dossier) for r in result] == \
        [("3", True), ("4", True), ("2", False)]


def test_ladder_has_durations_and_alternative_paths(full_client):
    soup = get_page(full_client, "/route/25655?lang=nl")
    text = soup.get_text(" ", strip=True)
    assert "Mbo-Verpleegkundige (niveau 4): 4 jaar" in text
    assert "Bachelor (hbo): 4 jaar" in text and "niveau 2" in text and "bbl" in text
    lists = soup.select("ol.ladder")
    assert len(lists) == 3  # the usual route, onwards, via level 2
    # Levels 2 and 4 both rest on WEB art. 7.2.2: the law is named once.
    assert soup.select_one("p.source").get_text(" ", strip=True).count("WEB art. 7.2.2") == 1


@pytest.fixture
def saved_code(full_app) -> str:
    answers = {item.id: 5 if item.interest.value == "social" else 2 for item in ITEMS}
    from kiesmbo.journey import VERSION

    with full_app.app_context(), Session(get_engine()) as session:
        return save_result(session=session, answers={
            "v": VERSION, "answers": answers, "shortlist": ["25655"],
            "choices": {"learning": "bol", "school": "vmbo_basis", "all_levels": False,
                        "distance": 25, "place": "", "in_mind_text": "", "in_mind": "",
                        "ruled_out": []}})


@pytest.mark.parametrize(("lang", "word"), [("en", "work-based route"), ("tr", None),
                                            ("ar", None), ("pl", None), ("uk", None)])
def test_parents_link_opens_in_the_chosen_language_with_the_dutch_terms(full_client,
                                                                       saved_code, lang, word):
    soup = get_page(full_client, f"/uitslag/{saved_code}/ouders?lang={lang}")
    assert soup.html["lang"] == lang
    terms = soup.select_one("dl.terms").get_text(" ", strip=True)
    for dutch in ("(bol)", "(bbl)", "(niveau)", "(kans op werk)"):
        assert dutch in terms
    if word:
        assert word in terms
    assert "Mbo-Verpleegkundige" in soup.get_text()
    assert soup.select('[lang="nl"]')


def test_saved_result_links_to_the_parents_view(full_client, saved_code):
    from kiesmbo.saved_results import format_code

    soup = get_page(full_client, f"/uitslag/{format_code(saved_code)}?lang=nl")
    form = soup.select_one("form.share-parents")
    assert form["action"].endswith("/ouders") and form.select_one("select[name=lang]")


def test_home_and_questionnaire_intro_link_to_the_doubt_route(full_client):
    for path in ("/?lang=nl", "/orientatie?lang=nl"):
        assert get_page(full_client, path).select_one('a[href="/twijfel"]'), path


# --- The data files -----------------------------------------------------------------------------


@pytest.fixture
def guide_copy(tmp_path: Path) -> Path:
    shutil.copytree(SEED_DIRECTORY / "guide", tmp_path / "guide")
    shutil.copytree(SEED_DIRECTORY / "raw" / "regulation", tmp_path / "raw" / "regulation")
    shutil.copy(SEED_DIRECTORY / "retired_programmes.csv", tmp_path)
    return tmp_path


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("name", "old", "new", "message"), [
    ("admission_rules.csv", "1,vmbo_kader,no", "1,vmbo_kader,maybe",
     "admission_rules.csv:6: allowed: 'maybe'"),
    ("costs.csv", ",1357,", ",13x57,", "costs.csv:8: amount_eur"),
    ("costs.csv", "2023,reported", "2023,guessed", "costs.csv:8: basis"),
    ("dates.csv", "application_deadline,4,1", "application_deadline,4,31", "dates.csv:2: day"),
    ("extra_requirements.csv", "25651,audition", "2565,audition", "extra_requirements.csv:2:"),
    ("admission_rules.csv", "4,none,no,1;2", "4,none,no,1;4", "admission_rules.csv:29:"),
    # The shown source is a citation; its explanation belongs in the note column.
    ("dates.csv", "WEB art. 8.0.1;", "WEB art. 8.0.1 (when you apply by 1 April);",
     "dates.csv:2: source: (when you apply by 1 April) explains"),
    ("durations.csv", '"WHW"', '"WHW: an Associate degree takes two years"',
     "durations.csv:7: source: a colon"),
    ("costs.csv", "blikopjetoekomst.nl;", "blikopjetoekomst.nl and",
     "costs.csv:8: source: English"),
    ("ministries.csv", "basis,note", "basis,explanation",
     "ministries.csv:1: missing column(s): note"),
])
def test_a_bad_row_stops_loading_with_file_and_line(guide_copy, name, old, new, message):
    _replace(guide_copy / "guide" / name, old, new)
    with pytest.raises(DataFileError) as error:
        load_guide(guide_copy)
    assert str(error.value).startswith(message), str(error.value)


def test_a_missing_rule_is_reported(guide_copy):
    path = guide_copy / "guide" / "admission_rules.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")
    with pytest.raises(DataFileError, match="no row for level and vooropleiding"):
        load_guide(guide_copy)


def test_guide_loads_once_per_process():
    assert get_guide() is get_guide()


def test_every_curated_requirement_names_a_current_programme():
    import csv

    with (SEED_DIRECTORY / "programmes.csv").open(encoding="utf-8") as handle:
        crebos = {row["crebo"] for row in csv.DictReader(handle)}
    assert set(get_guide().extra) <= crebos
