"""A bounded, seeded fuzz test: every route of the app, hostile input, never a 5xx.

Each rule in app.url_map gets REQUESTS_PER_ROUTE requests built from a fixed random seed:
its methods (and one it does not allow), path variables, query and form fields with hostile
values (unicode digits, huge numbers, url_for's own keywords, NUL, very long strings,
invalid UTF-8), with and without a CSRF token, with and without HX-Request, with forged,
old or garbage sessions and cookies, odd headers and bodies over the size limit. In testing
mode exceptions propagate, so a crash is caught here as an exception, not hidden as a page.
Run with -s to see the count per route.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from urllib.parse import quote, urlencode

import pytest
from bs4 import BeautifulSoup
from sqlmodel import Session
from werkzeug.datastructures import MultiDict

from kiesmbo import create_app
from kiesmbo.db import get_engine
from kiesmbo.journey import TOTAL_STEPS, VERSION
from kiesmbo.questionnaire import ITEMS
from kiesmbo.saved_results import format_code, save_result
from tests.conftest import get_engine_of

SEED = 20261203
REQUESTS_PER_ROUTE = 60
ITEM_IDS = [item.id for item in ITEMS]

HOSTILE = [
    "", "0", "1", "2", "3", "5", "25", "-1", "²", "٣", "１２", "⑤", "9" * 40, "9" * 5000, "1e9",
    " 1 ", "1.5", "\x00", "a\x00b", "x" * 5000, "<script>alert(1)</script>", "../../etc/passwd",
    "%", "%00", "😀", "\u202e", "true", "null", "[]", "{}", "nl", "ar", "xx", "bol", "bbl",
    "none", "some", "strong", "relevance", "salary", "zorg-en-welzijn", "Zwolle", "1011", "1011AB",
    "25180", "25655", "ABCD-EFGH-JKMN-PQRS", "=cmd|' /C calc'!A0", "either", "vmbo_kader",
    "http://evil.example/", "//evil.example", "POST", "pages.home", "https",
]
KEYS = [
    "q", "domain", "level", "leerweg", "shortage", "distance", "place", "sort", "page",
    "weight", "lang", "code", "crebo", "add", "verwijderd", "opnieuw", "first_name",
    "learning", "school", "all_levels", "ruled_out", "in_mind", "step", "csrf_token",
    "_method", "endpoint", "_anchor", "_scheme", "_external", "slug", "filename",
    *ITEM_IDS[:8],
]
RAW_QUERIES = ["%FF%FE=%FF", "q=%C0%AF", "level=%C2%B2", "a=%00", "&&&=&", "lang"]
PATH_VALUES = {
    "crebo": ["25180", "25655", "99999", "2518", "251800", "²²²²²", "x" * 300, "ABCDE",
              "25180\x00", "..", "%FF"],
    "slug": ["kok", "wrong", "x" * 300, "²", "%FF"],
    "step": ["1", "2", str(TOTAL_STEPS), str(TOTAL_STEPS + 1), "0", "9" * 30],
    "filename": ["css/site.css", "../../etc/passwd", "x" * 300, "%00", "css/nope.css"],
}
HEADERS = [
    {}, {"HX-Request": "true"}, {"HX-Request": "true", "HX-Boosted": "true"},
    {"HX-Request": "true", "HX-History-Restore-Request": "true"},
    {"Host": "evil.example"}, {"Accept-Language": "x" * 500 + ";q=abc"},
    {"X-Request-ID": "x" * 300}, {"X-Forwarded-For": "1.2.3.4, 5.6.7.8"},
    {"Accept-Encoding": "gzip"}, {"Cookie": "lang=" + "x" * 100},
]


def _valid_state() -> dict:
    return {"v": VERSION, "answers": {item_id: 4 for item_id in ITEM_IDS},
            "choices": {"learning": "either", "school": "vmbo_kader", "all_levels": False,
                        "place": "Zwolle", "distance": 25, "ruled_out": [],
                        "in_mind_text": "kok", "in_mind": "25180"},
            "shortlist": ["25180"]}


SESSIONS = [
    None, _valid_state(), {**_valid_state(), "v": "old"},
    {"v": VERSION, "answers": {ITEM_IDS[0]: 3}, "choices": None},
    {**_valid_state(), "choices": {"learning": 5, "school": None}},
    {**_valid_state(), "answers": {"zz": "x"}}, "not a dict", ["a"], 12,
]
SHORTLISTS = [None, ["25180", "25655"], "25180", [25180], ["x" * 300] * 40, {"a": 1},
              ["25180", "25655"] * 20]


@pytest.fixture(scope="module")
def fuzz_app(full_app, tmp_path_factory):
    """The full catalogue with limits high enough that they do not hide the code behind."""
    app = create_app({"TESTING": True, "DATABASE_URL": full_app.config["DATABASE_URL"],
                      "SAVE_RESULT_LIMIT": "100000 per hour", "PDF_LIMIT": "100000 per hour",
                      "CODE_LOOKUP_LIMIT": "100000 per hour",
                      "WRONG_CODE_LIMIT": "100000 per hour"})
    yield app
    get_engine_of(app).dispose()
    reset = create_app({"TESTING": True, "DATABASE_URL":
                        f"sqlite:///{tmp_path_factory.mktemp('reset') / 'r.db'}"})
    get_engine_of(reset).dispose()


@pytest.fixture(scope="module")
def codes(fuzz_app) -> list[str]:
    """Codes of a good saved result and of one from an older version."""
    with fuzz_app.app_context(), Session(get_engine()) as session:
        good = save_result(session=session, answers=_valid_state())
        old = save_result(session=session, answers={**_valid_state(), "v": "old"})
    return [format_code(good), good.lower(), format_code(old), "ABCD-EFGH-JKMN-PQRS", "short",
            "x" * 300, "ÄÖÜ", "%FF", "²" * 16]


def _token(client) -> str:
    soup = BeautifulSoup(client.get("/orientatie/stap/1").get_data(as_text=True),
                         "html.parser")
    return soup.select_one("input[name=csrf_token]")["value"]


def _path(rule: str, rng: random.Random, codes: list[str]) -> str:
    def value(match: re.Match) -> str:
        name = match.group(1)
        raw = rng.choice(codes if name == "code" else PATH_VALUES.get(name, ["x"]))
        return raw if raw.startswith("%") else quote(raw, safe="")

    return re.sub(r"<(?:[^:>]+:)?([^>]+)>", value, rule)


def _fields(rng: random.Random) -> list[tuple[str, str]]:
    return [(rng.choice(KEYS), rng.choice(HOSTILE)) for _ in range(rng.randint(0, 6))]


def _prepare_client(client, rng: random.Random) -> None:
    """Give the client a random session: none, valid, old, forged or garbage."""
    choice = rng.random()
    if choice < 0.15:
        client.set_cookie("session", rng.choice(["garbage", "e30.bad.sig", "x" * 3000, "."]))
        return
    state, shortlist = rng.choice(SESSIONS), rng.choice(SHORTLISTS)
    with client.session_transaction() as session:
        session.clear()
        if state is not None:
            session["orientation"] = state
        if shortlist is not None:
            session["shortlist"] = shortlist


def _one_request(client, rule, method: str, rng: random.Random, codes: list[str],
                 token: str) -> tuple[str, int]:
    path = _path(rule.rule, rng, codes)
    query = urlencode(_fields(rng))
    if rng.random() < 0.1:
        query = rng.choice(RAW_QUERIES)
    url = f"{path}?{query}" if query else path
    headers = dict(rng.choice(HEADERS))
    if method == "GET":
        response = client.get(url, headers=headers)
        response.close()  # static files are streamed; close them like a server would
        return url, response.status_code
    form = _fields(rng)
    if rule.endpoint == "orientation.answer":  # answers for the step's items, some hostile
        form += [(item_id, rng.choice(["1", "3", "5", "²", "9" * 40, ""])) for item_id in
                 rng.sample(ITEM_IDS, k=rng.randint(0, 12))]
    if rng.random() < 0.6:
        form.append(("csrf_token", token if rng.random() < 0.8 else "forged"))
    roll = rng.random()
    if roll < 0.05:
        form.append(("big", "y" * 100_000))  # over MAX_CONTENT_LENGTH
    if roll > 0.95:
        response = client.post(url, data=b"--x\r\nbroken", headers={
            **headers, "Content-Type": "multipart/form-data; boundary=x"})
    else:
        response = client.post(url, data=MultiDict(form), headers=headers)
    response.close()
    return url, response.status_code


def test_no_route_answers_5xx_to_hostile_input(fuzz_app, codes):
    rng = random.Random(SEED)
    counts: Counter[str] = Counter()
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    rules = sorted((r for r in fuzz_app.url_map.iter_rules()),
                   key=lambda r: (r.rule, sorted(r.methods)))
    for rule in rules:
        methods = sorted(rule.methods - {"HEAD", "OPTIONS"})
        client = fuzz_app.test_client()
        token = _token(client)
        for number in range(REQUESTS_PER_ROUTE):
            # Mostly the rule's own methods; now and then the other one (405).
            method = (rng.choice(methods) if number % 10 else
                      ("POST" if "GET" in methods else "GET"))
            if number % 5 == 0:
                _prepare_client(client, rng)
                token = _token(client)
            try:
                url, status = _one_request(client, rule, method, rng, codes, token)
            except Exception as error:  # a crash in the app (testing mode propagates it)
                failures.append(f"{method} {rule.rule}: {type(error).__name__}: {error}")
                continue
            counts[f"{method:4} {rule.rule}"] += 1
            statuses[status] += 1
            if status >= 500:
                failures.append(f"{method} {url[:200]}: {status}")
    print(f"\nfuzz: {sum(counts.values())} requests, statuses {dict(sorted(statuses.items()))}")
    for route, count in sorted(counts.items()):
        print(f"  {count:4}  {route}")
    assert not failures, f"{len(failures)} failures, first: " + "\n".join(failures[:10])
    assert len(counts) >= len(rules), "every route was tried"
