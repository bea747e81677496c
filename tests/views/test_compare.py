"""Comparison, shortlist, the counsellor view with its PDF, and the parents' page."""

from __future__ import annotations

import io
import re

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from tests.pages import check_page, get_page

THREE = "/vergelijk?crebo=25725&crebo=25736&crebo=25655"


@pytest.mark.parametrize("crebos", [["25725", "25655"], ["25725", "25736", "25655"],
                                    ["25725", "25736", "25655", "25604"]])
def test_compare_two_to_four_with_table_semantics(full_client, crebos):
    soup = get_page(full_client, "/vergelijk?" + "&".join(f"crebo={c}" for c in crebos))
    table = soup.select_one("table.compare-grid")
    assert table.caption is not None
    columns = table.select("thead th[scope=col]")
    assert len(columns) == len(crebos)
    rows = table.select("tbody tr")
    assert all(row.select_one("th[scope=row]") for row in rows)
    assert all(len(row.select("td")) == len(crebos) for row in rows)
    labels = [row.th.get_text(strip=True) for row in rows]
    for label in ("Niveau", "Kans op werk", "Startsalaris (bruto per maand)",
                  "Kans op een vast contract", "Eigen inkomen na het diploma: bol",
                  "Kans op een leerbaan (bbl)", "Waar het naartoe leidt"):
        assert label in labels
    salary = rows[labels.index("Startsalaris (bruto per maand)")]
    assert "Bron:" in salary.get_text() and "schatting" in salary.get_text()
    assert all(td.get("data-programme") for td in table.select("tbody td"))


def test_remove_links_keep_the_rest_of_the_comparison(full_client):
    soup = get_page(full_client, THREE)
    remove = soup.select("a.remove")
    assert len(remove) == 3
    assert remove[0]["href"] == "/vergelijk?crebo=25736&crebo=25655"


def test_add_by_name_extends_the_url(full_client):
    response = full_client.get("/vergelijk?crebo=25725&add=verzorgende ig")
    assert response.status_code == 302
    assert response.headers["Location"] == "/vergelijk?crebo=25725&crebo=25656"


def test_nearest_schools_appear_with_a_place(full_client):
    soup = get_page(full_client, THREE + "&place=Zwolle")
    labels = [row.th.get_text(strip=True) for row in soup.select("tbody tr")]
    assert "Dichtstbijzijnde scholen" in labels


@pytest.mark.parametrize(("query", "message"), [
    ("crebo=25725&crebo=25736&crebo=25655&crebo=25604&crebo=25656", "hoogstens 4"),
    ("crebo=25725&crebo=25725", "twee keer"),
    ("crebo=25725&crebo=99999", "Er is geen opleiding met crebo-code 99999"),
    ("crebo=abc&crebo=25725", "Er is geen opleiding met crebo-code abc"),
])
def test_bad_comparisons_get_a_clear_message(full_client, query, message):
    soup = get_page(full_client, f"/vergelijk?{query}", status=422)
    assert message in soup.select_one(".error-summary").get_text()


def test_empty_or_single_comparison_asks_for_more(full_client):
    for url in ("/vergelijk", "/vergelijk?crebo=25725"):
        soup = get_page(full_client, url)
        assert "minstens twee" in soup.select_one(".notice").get_text()


def test_too_many_parameters_are_refused(full_client):
    get_page(full_client, "/vergelijk?" + "&".join(["crebo=25725"] * 60), status=400)


def test_compare_fragment_for_htmx(full_client):
    soup = get_page(full_client, THREE, htmx=True)
    assert soup.find(True)["id"] == "comparison"


# --- Shortlist ---------------------------------------------------------------------------------


def _list_names(client) -> list[str]:
    soup = get_page(client, "/lijstje")
    return [h.get_text(strip=True) for h in soup.select(".shortlist .card-title")]


def test_shortlist_add_reorder_remove_and_compare(full_client):
    for crebo in ("25655", "25725", "25736"):
        assert full_client.post(f"/lijstje/{crebo}/toevoegen").status_code == 303
    full_client.post("/lijstje/25655/toevoegen")  # twice changes nothing
    assert _list_names(full_client) == ["Mbo-Verpleegkundige",
                                        "Business Administration & Control Specialist",
                                        "Eerste monteur elektrotechnische installaties "
                                        "in de gebouwde omgeving"]
    full_client.post("/lijstje/25725/omhoog")
    assert _list_names(full_client)[0] == "Business Administration & Control Specialist"
    full_client.post("/lijstje/25736/verwijderen")
    assert len(_list_names(full_client)) == 2
    soup = get_page(full_client, "/lijstje")
    assert soup.select_one("a.button")["href"] == "/vergelijk?crebo=25725&crebo=25655"


def test_shortlist_button_via_htmx(full_client):
    response = full_client.post("/lijstje/25655/toevoegen", headers={"HX-Request": "true"})
    assert response.status_code == 200
    fragment = BeautifulSoup(response.get_data(as_text=True), "html.parser")
    assert "Haal van mijn lijstje" in fragment.get_text()
    button = get_page(full_client, "/lijstje/knop/25655", htmx=True)
    assert button.select_one("form")["action"] == "/lijstje/25655/verwijderen"


def test_shortlist_bad_input(full_client):
    assert full_client.post("/lijstje/99999/toevoegen").status_code == 404
    assert full_client.post("/lijstje/abc/verwijderen").status_code == 404
    for n in range(12):
        full_client.post(f"/lijstje/{25480 + n}/toevoegen")
    crebos = ["25655", "25725", "25736", "25604", "25656", "25696", "25498", "25605",
              "25723", "25741", "25180", "25607", "25724"]
    statuses = [full_client.post(f"/lijstje/{c}/toevoegen").status_code for c in crebos]
    assert 422 in statuses  # the list is full at twelve


# --- Counsellor view and PDF -----------------------------------------------------------------


def _token(client, url: str) -> str:
    html = client.get(url).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


def _save_list(client) -> str:
    for crebo in ("25655", "25725", "25736"):
        client.post(f"/lijstje/{crebo}/toevoegen")
    response = client.post("/orientatie/bewaar", data={"csrf_token": _token(client, "/lijstje")})
    assert response.status_code == 303
    return response.headers["Location"]


def test_counsellor_sees_exactly_the_saved_list(full_app, full_client):
    location = _save_list(full_client)
    counsellor = full_app.test_client()
    soup = get_page(counsellor, location)
    # The comparison names the programmes it shows; the list below it only the others.
    def saved_names(soup):
        return ([a.get_text(strip=True) for a in
                 soup.select(".saved-list table.compare-grid thead th[scope=col] > a")]
                + [li.strong.get_text() for li in soup.select(".saved-list ol li")])

    saved = saved_names(soup)
    assert saved == ["Mbo-Verpleegkundige", "Business Administration & Control Specialist",
                     "Eerste monteur elektrotechnische installaties in de gebouwde omgeving"]
    assert len(soup.select(".saved-list table.compare-grid thead th[scope=col]")) == 3
    # No empty "remove" links on a saved result.
    assert not soup.select(".saved-list a.remove")
    assert all(a.get("href") for a in soup.select("a"))
    assert len(soup.select(".next-steps textarea[form=pdf-form]")) == 4
    # The student's later changes do not change what was saved.
    full_client.post("/lijstje/25725/verwijderen")
    assert saved_names(get_page(counsellor, location)) == saved


def test_pdf_summary_is_a_real_pdf_with_programmes_and_sources(full_app, full_client):
    location = _save_list(full_client)
    counsellor = full_app.test_client()
    response = counsellor.post(location + "/pdf", data={
        "csrf_token": _token(counsellor, location), "first_name": "Sjoerdje"})
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert "attachment" in response.headers["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.data))
    assert 1 <= len(reader.pages) <= 3
    text = " ".join(page.extract_text() for page in reader.pages)
    for words in ("Mbo-Verpleegkundige", "Business Administration & Control Specialist",
                  "Sjoerdje", "Bronnen",
                  "O*NET", location.rsplit("/", 1)[1]):
        assert words in text, words
    # The first name was not stored anywhere.
    assert "Sjoerdje" not in counsellor.get(location).get_data(as_text=True)


def test_pdf_for_an_unknown_code_is_404(full_client):
    token = _token(full_client, "/orientatie/stap/1")
    response = full_client.post("/uitslag/ABCD-EFGH-JKMN-PQRS/pdf", data={"csrf_token": token})
    assert response.status_code == 404


def test_pdf_needs_post_with_a_csrf_token(full_app, full_client):
    location = _save_list(full_client)
    assert full_client.get(location + "/pdf").status_code == 405
    assert full_client.post(location + "/pdf").status_code == 400


# --- Parents ---------------------------------------------------------------------------------


def test_parents_page_explains_with_sourced_figures_and_links_to_compare(full_client):
    soup = get_page(full_client, "/ouders")
    text = soup.get_text(" ", strip=True)
    assert "88%" in text and "54%" in text and "Kamerstuk 31 524 nr. 590" in text
    assert "€\u00a01.877" in text  # a no-break space: "€" never ends a line alone
    assert len(soup.select(".myths dt")) == 4
    assert all(dt.get_text().startswith("Fabel") for dt in soup.select(".myths dt"))
    compare = soup.select_one("a.button")["href"]
    assert compare.startswith("/vergelijk?crebo=") and compare.count("crebo=") == 3
    check_page(full_client.get(compare).get_data(as_text=True))
