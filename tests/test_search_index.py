"""The indexed search (kiesmbo.search_index) gives exactly what a plain scan of every name
gives: the same programmes, the same float scores, in the same order (best_match and the
suggestions break ties by that order), over the whole seeded catalogue."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from kiesmbo.catalogue import Snapshot
from kiesmbo.db import get_snapshot
from kiesmbo.search import (
    FUZZY_CUTOFF,
    SUGGEST_CUTOFF,
    SUGGESTIONS,
    _term_scores,
    best_match,
    content_words,
    match_scores,
    suggest,
)
from kiesmbo.search_index import name_index
from kiesmbo.text import normalise
from tests.test_search_pupils import PUPIL_QUERIES


def reference_match_scores(snapshot: Snapshot, query: str) -> dict[int, float]:
    """match_scores as it was before the index (issue 15): every name of every programme
    tested in Python, then rapidfuzz over all names."""
    stripped = query.strip()
    if stripped.isascii() and stripped.isdigit():
        return {i: 130.0 if p.crebo == stripped else 125.0
                for i, p in enumerate(snapshot.programmes)
                if p.crebo == stripped or stripped in p.former_crebos}
    wanted = content_words(query)
    wanted_compact = wanted.replace(" ", "")
    if not wanted:
        return {}
    forms = {wanted, wanted_compact, normalise(query)}
    scores = _term_scores(snapshot, forms)
    longer: list[str] = []
    owners_longer: list[int] = []
    every: list[str] = []
    owners_every: list[int] = []

    def raise_to(index: int, score: float) -> None:
        scores[index] = max(scores.get(index, 0.0), score)

    for index, programme in enumerate(snapshot.programmes):
        for position, name in enumerate(programme.search_names):
            is_own_name = position < 2
            if name in forms:
                raise_to(index, 130.0 if is_own_name else 125.0)
            elif name.startswith(wanted) or name.startswith(wanted_compact):
                raise_to(index, 120.0 if is_own_name else 115.0)
            elif f" {wanted}" in f" {name}":
                raise_to(index, 110.0)
            elif wanted in name or (len(wanted_compact) > 3 and wanted_compact in name):
                raise_to(index, 105.0)
            every.append(name)
            owners_every.append(index)
            if len(name) > len(wanted):
                longer.append(name)
                owners_longer.append(index)
    if len(wanted_compact) < 4:
        return scores
    for scorer, choices, owners in ((fuzz.ratio, every, owners_every),
                                    (fuzz.partial_ratio, longer, owners_longer)):
        for form in (wanted, wanted_compact):
            for _, score, position in process.extract(
                form, choices, scorer=scorer, score_cutoff=FUZZY_CUTOFF, limit=None
            ):
                raise_to(owners[position], score)
    return scores


def reference_suggest(snapshot: Snapshot, query: str) -> tuple[tuple[str, ...], tuple]:
    """suggest as it was before the index (issue 15)."""
    wanted = content_words(query)
    if not wanted:
        return (), ()
    choices: dict[str, str] = {}
    for phrase in snapshot.search_terms:
        choices.setdefault(phrase, phrase)
    for programme in snapshot.programmes:
        for text in (programme.name, *programme.synonyms):
            choices.setdefault(normalise(text), text)
    keys = [key for key in choices if len(key) >= 4]
    found = process.extract(wanted, keys, scorer=fuzz.ratio,
                            score_cutoff=SUGGEST_CUTOFF, limit=SUGGESTIONS * 3)
    words: list[str] = []
    domains: dict = {}
    for key, _score, _position in found:
        scores = reference_match_scores(snapshot, key)
        if not scores:
            continue
        shown = choices[key]
        if shown.casefold() not in {w.casefold() for w in words}:
            words.append(shown)
        best = max(scores, key=lambda index: scores[index])
        domain = snapshot.programmes[best].domain
        domains.setdefault(domain.slug, domain)
        if len(words) == SUGGESTIONS:
            break
    return tuple(words), tuple(domains.values())[:3]


def _typos(word: str, rnd: random.Random) -> list[str]:
    """A letter dropped and two neighbours swapped, at random places."""
    if len(word) < 3:
        return []
    drop = rnd.randrange(len(word))
    swap = rnd.randrange(len(word) - 1)
    return [word[:drop] + word[drop + 1:],
            word[:swap] + word[swap + 1] + word[swap] + word[swap + 2:]]


FIXED_QUERIES = [
    "", " ", "   ", "\t\n", "!!!", "?", "a", "b", "ab", "a b", "i c t", "ict", "kok", "zo",
    "zorg", "Zorg ", "ik wil iets met kinderen", "ik wil iets met kinderen doen", "ik wil",
    "iets in de zorg", "met dieren werken", "ik wil later graag met dieren werken",
    "zorg en welzijn", "de", "het werk", "werken met auto's", "auto's", "Verzorgende-IG",
    "verzorgende ig", "verzorgendeig", "software developer", "softwaredeveloper",
    "²", "x²", "½", "3", "12", "25180 ", " 25180", "00000", "99999", "2518", "251800",
    "niveau 2", "niveau 4", "mbo 4", "café", "Oriëntatie", "orientatie", "ß", "ﬁets",
    "إدارة", "помічник", "kuchnia", "aşçı", "İstanbul", "ÀÉÎÕÜ", "a" * 100,
    "xyzzq", "kinderarts", "brandweerman", "verpleegster", "electricien", "automonteur",
    "medewerker", "assistent", "technicus", "specialist", "eerste", "en", "of", "in de",
]


def query_set(snapshot: Snapshot) -> list[str]:
    """A large, varied set: every name, synonym and former name; prefixes, single words and
    typos of them; crebos (current and former); pupil phrases; odd input."""
    rnd = random.Random(15)
    queries: list[str] = list(FIXED_QUERIES)
    queries += list(PUPIL_QUERIES)
    queries += list(snapshot.search_terms)
    words: set[str] = set()
    for programme in snapshot.programmes:
        texts = (programme.name, *programme.synonyms, *programme.former_names)
        queries += texts
        queries += [programme.crebo, *programme.former_crebos]
        queries.append(programme.name.upper())
        for text in texts:
            words.update(normalise(text).split())
        name = normalise(programme.name)
        queries.append(name[:rnd.randint(1, max(1, len(name)))])  # typing in progress
        queries += _typos(name, rnd)
        if programme.synonyms:
            queries += _typos(normalise(rnd.choice(programme.synonyms)), rnd)
    ordered_words = sorted(words)
    queries += ordered_words
    for word in rnd.sample(ordered_words, min(300, len(ordered_words))):
        queries += _typos(word, rnd)
        queries.append(f"ik wil {word} worden")
    for _ in range(150):
        queries.append(" ".join(rnd.sample(ordered_words, 2)))
    return list(dict.fromkeys(queries))


@pytest.fixture(scope="module")
def snapshot(full_app) -> Snapshot:
    with full_app.app_context():
        return get_snapshot()


@pytest.fixture(scope="module")
def expected(snapshot) -> dict[str, dict[int, float]]:
    """The plain scan's result for every query of the set (worked out once: it is slow)."""
    return {query: reference_match_scores(snapshot, query) for query in query_set(snapshot)}


def test_the_query_set_is_large_and_varied(snapshot, expected):
    queries = list(expected)
    assert len(queries) > 3000
    typed = [q for q in queries if len(normalise(q).replace(" ", "")) < 4]
    assert len(typed) > 50
    assert any(q in snapshot.retired for q in queries)  # former crebos
    # Queries that find programmes only by a typo (rapidfuzz), and ones that find nothing.
    assert any(scores and max(scores.values()) < 105 for scores in expected.values())
    assert any(not scores for scores in expected.values())


def test_match_scores_is_the_plain_scan(snapshot, expected):
    different = {}
    for query, scores in expected.items():
        got = list(match_scores(snapshot, query).items())
        if got != list(scores.items()):
            different[query] = (got[:5], list(scores.items())[:5])
    assert not different, f"{len(different)} queries differ, e.g. {list(different.items())[:3]}"


def test_best_match_is_the_plain_scan(snapshot, expected):
    for query, scores in expected.items():
        best = snapshot.programmes[max(scores, key=lambda i: scores[i])] if scores else None
        assert best_match(snapshot, query) == best, query


def test_suggestions_are_the_plain_scan(snapshot, expected):
    rnd = random.Random(15)
    queries = [query for query, scores in expected.items() if not scores]
    queries = [*rnd.sample(queries, min(40, len(queries))), "kinderarts", "xyzzq", "ik wil"]
    assert any(reference_suggest(snapshot, q)[0] for q in queries)
    for query in queries:
        assert suggest(snapshot, query) == reference_suggest(snapshot, query), query


def test_the_index_is_built_once_per_snapshot(snapshot):
    assert name_index(snapshot) is name_index(snapshot)
    index = name_index(snapshot)
    assert len(index.names) == len({n for p in snapshot.programmes for n in p.search_names})


def test_search_orders_hits_as_the_sort_key_does(snapshot):
    """search() sorts by per-snapshot catalogue ranks; the order must be `_sort_key`'s,
    for every sort, with and without words, filters and a place (ties included)."""
    from kiesmbo.search import SORTS, SearchFilters, _sort_key, search

    place = snapshot.places.resolve("Zwolle")
    cases = [SearchFilters(query=query, sort=sort, level=level, place=near,
                           place_text="Zwolle" if near else "", distance_km=50)
             for query in ("", "zorg", "kok", "techniek", "dieren", "medewerker")
             for sort in SORTS for level in (None, 2, 4) for near in (None, place)]
    position = {p.crebo: i for i, p in enumerate(snapshot.programmes)}
    for filters in cases:
        found = search(snapshot, filters, per_page=10_000).hits
        # The plain way: the hits in catalogue order, sorted (stably) by the sort key.
        in_catalogue_order = sorted(found, key=lambda hit: position[hit.programme.crebo])
        reference = sorted(in_catalogue_order, key=lambda hit: _sort_key(filters.sort, hit))
        assert [h.programme.crebo for h in found] == [h.programme.crebo for h in reference], (
            filters)
        assert found, filters
