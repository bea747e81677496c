"""Programme search over the catalogue snapshot: text, filters, distance, sort and pages.

No Flask here: the view turns the request into `SearchFilters` (kiesmbo.forms) and renders
the `SearchResult`. The search never hides a programme that matches the filters the user
chose; it only orders them.

Ranking ("best match"): exact names and synonyms, then what pupils mean by common words
(seed_data/search_terms.csv: "zorg", "politie", "met dieren werken"), then names and
synonyms that start with the words, then words inside them; within a tier the programmes
with the most students (DUO) come first; typo matches come last.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process
from stop_words import get_stop_words

from kiesmbo.catalogue import ProgrammeSummary, Snapshot
from kiesmbo.geo import Place
from kiesmbo.models import Domain, Leerweg
from kiesmbo.search_index import name_index
from kiesmbo.text import normalise

SORTS = ("relevance", "job_chance", "salary", "name")
# Scores from 0 to 100; below this a fuzzy match is noise ("bakker" is not "dakdekker").
FUZZY_CUTOFF = 85.0
# Below this a suggestion for a query without results is no help.
SUGGEST_CUTOFF = 55.0
SUGGESTIONS = 5
# Words that carry no meaning in a pupil's query ("ik wil iets met kinderen doen"): Dutch
# stop words, plus words every query about a job could have.
FILLER_WORDS = frozenset(get_stop_words("dutch")) | {
    "werken", "werk", "graag", "later", "leuk", "lijkt", "beroep", "beroepen", "opleiding",
    "opleidingen", "baan", "banen", "mbo", "studie", "studeren", "leren", "word"}


@dataclass(frozen=True)
class SearchFilters:
    """A validated search request."""

    query: str = ""
    domain: str = ""  # a domain slug, or empty for all
    level: int | None = None
    leerweg: Leerweg | None = None
    shortage_only: bool = False
    place: Place | None = None
    place_text: str = ""
    distance_km: int = 25
    sort: str = "relevance"
    sort_choice: str = ""  # what the user asked for; empty means "best match" (automatic)
    page: int = 1

    @property
    def has_filters(self) -> bool:
        """True when a filter besides the search words narrows the list."""
        return bool(self.domain or self.level or self.leerweg or self.shortage_only
                    or self.place_text)

    def with_page(self, page: int) -> SearchFilters:
        return replace(self, page=page)


@dataclass(frozen=True)
class Hit:
    programme: ProgrammeSummary
    score: float
    distance_km: float | None


@dataclass(frozen=True)
class SearchResult:
    hits: list[Hit]
    total: int
    page: int
    per_page: int
    # Only when nothing was found: queries that do find programmes, and fields to browse.
    suggestions: tuple[str, ...] = ()
    suggested_domains: tuple[Domain, ...] = ()

    @property
    def page_count(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.page_count


def content_words(query: str) -> str:
    """The normalised query without filler words ("iets met kinderen" -> "kinderen");
    the whole normalised query when only filler words are left."""
    wanted = normalise(query)
    kept = [word for word in wanted.split() if word not in FILLER_WORDS]
    return " ".join(kept) or wanted


def _term_scores(snapshot: Snapshot, forms: set[str]) -> dict[int, float]:
    """Scores from the curated search terms: the whole query is a term (124), or a term
    occurs in it as whole words (118); the term's first programme a little above the next."""
    scores: dict[int, float] = {}
    # " phrase " in " form " for any form, as one search: the forms padded and joined by a
    # line break, which no phrase holds (about 250 terms, each tested on every search).
    padded = "\n".join(f" {form} " for form in forms)
    for phrase, indices in snapshot.search_terms.items():
        if phrase in forms:
            base = 124.0
        elif f" {phrase} " in padded and "\n" not in phrase:
            base = 118.0
        else:
            continue
        for rank, index in enumerate(indices):
            score = base - 0.5 * rank
            scores[index] = max(scores.get(index, 0.0), score)
    return scores


def match_scores(snapshot: Snapshot, query: str) -> dict[int, float]:
    """Score programmes (by index) against the query; higher is better.

    Tiers: crebo or exact name 130, exact synonym 125, a curated search term 116-124
    (see `_term_scores`), name starts with the query 120, a synonym starts with it 115, a
    word in a name or synonym starts with it 110, the query occurs inside a word 105, a
    small typo (rapidfuzz) up to 100. Filler words ("iets met") are left out. Short
    queries (under 4 characters) get no typo matching: too much noise.
    """
    stripped = query.strip()
    if stripped.isascii() and stripped.isdigit():
        # A current crebo, or an expired one that this programme replaced.
        return {i: 130.0 if p.crebo == stripped else 125.0
                for i, p in enumerate(snapshot.programmes)
                if p.crebo == stripped or stripped in p.former_crebos}
    wanted = content_words(query)
    wanted_compact = wanted.replace(" ", "")
    if not wanted:
        return {}
    forms = {wanted, wanted_compact, normalise(query)}
    scores = _term_scores(snapshot, forms)
    names = name_index(snapshot)

    def raise_to(index: int, score: float) -> None:
        scores[index] = max(scores.get(index, 0.0), score)

    # Only names that can match: equal to a form, starting with the compact query, or
    # containing the query (or the compact query when it has 4 characters or more).
    candidates = {k for k in (names.exact(form) for form in forms) if k is not None}
    candidates.update(names.containing(wanted))
    if wanted_compact != wanted:
        candidates.update(names.with_prefix(wanted_compact))
        if len(wanted_compact) > 3:
            candidates.update(names.containing(wanted_compact))
    tiers: dict[int, float] = {}
    for k in candidates:
        name = names.names[k]
        if name in forms:
            own, other = 130.0, 125.0
        elif name.startswith(wanted) or name.startswith(wanted_compact):
            own, other = 120.0, 115.0
        elif f" {wanted}" in f" {name}":
            own = other = 110.0
        elif wanted in name or (len(wanted_compact) > 3 and wanted_compact in name):
            own = other = 105.0
        else:
            continue
        for index, is_own_name in names.owners[k].items():
            score = own if is_own_name else other
            if score > tiers.get(index, 0.0):
                tiers[index] = score
    for index in sorted(tiers):  # programme order, as a scan of the catalogue would add them
        raise_to(index, tiers[index])
    if len(wanted_compact) < 4:
        return scores
    # A typo in a whole name (ratio), or in a word inside a longer name (partial_ratio):
    # rapidfuzz scores only the names that can reach the cutoff (see NameIndex). Matches
    # are taken in rapidfuzz's order over all names (best score first, then catalogue
    # order), so the result is the same as scoring every name.
    forms_typo = (wanted,) if wanted_compact == wanted else (wanted, wanted_compact)
    overlaps = {form: names.bigram_overlap(form) for form in forms_typo}
    for scorer in (fuzz.ratio, fuzz.partial_ratio):
        for form in forms_typo:
            if scorer is fuzz.ratio:
                chosen = names.ratio_candidates(form, overlaps[form])
            else:
                chosen = names.partial_ratio_candidates(form, overlaps[form], len(wanted))
            found = process.extract(form, [names.names[k] for k in chosen], scorer=scorer,
                                    score_cutoff=FUZZY_CUTOFF, limit=None)
            hits = sorted(((-score, position, index) for _, score, at in found
                           for position, index in names.positions[chosen[at]]))
            for negative, _, index in hits:
                raise_to(index, -negative)
    return scores


def suggest(snapshot: Snapshot, query: str) -> tuple[tuple[str, ...], tuple[Domain, ...]]:
    """For a query that found nothing: the nearest words that do find programmes (curated
    terms, names, synonyms), and the fields of the programmes those words find."""
    wanted = content_words(query)
    if not wanted:
        return (), ()
    names = name_index(snapshot)
    choices = names.choices  # normalised -> as shown
    # Whole-word similarity (ratio): partial scorers suggest "bar" for "brandweer".
    found = process.extract(wanted, names.suggestion_keys, scorer=fuzz.ratio,
                            score_cutoff=SUGGEST_CUTOFF, limit=SUGGESTIONS * 3)
    words: list[str] = []
    domains: dict[str, Domain] = {}
    for key, _score, _position in found:
        scores = match_scores(snapshot, key)
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


def best_match(snapshot: Snapshot, text: str) -> ProgrammeSummary | None:
    """The programme that best matches a name, synonym or crebo typed by a user."""
    scores = match_scores(snapshot, text)
    if not scores:
        return None
    return snapshot.programmes[max(scores, key=lambda index: scores[index])]


def _sort_key(sort: str, hit: Hit) -> tuple:
    programme = hit.programme
    name = programme.name.casefold()
    if sort == "job_chance":
        chance, work = programme.job_chance, programme.work_share
        return (-(chance.value if chance else 0), -(work.value if work else 0), name)
    if sort == "salary":
        salary = programme.start_salary
        return (-(salary.value if salary else 0), name)
    if sort == "name":
        return (name,)
    # Relevance: best text match first, then nearest, then most students (DUO), then name.
    students = programme.enrolments.students if programme.enrolments else 0
    return (-hit.score, hit.distance_km if hit.distance_km is not None else 0, -students,
            name)


def _catalogue_ranks(snapshot: Snapshot, sort: str) -> list[int]:
    """Each programme's place when the whole catalogue is sorted by `_sort_key` (without a
    match score or distance), worked out once per snapshot and sort. Sorting hits by it
    gives `_sort_key`'s order: for "relevance" the score and distance come first and the
    place stands for the rest of the key (students, then name)."""
    key = ("sort_ranks", sort)
    ranks = snapshot.derived.get(key)
    if ranks is None:
        programmes = snapshot.programmes
        order = sorted(range(len(programmes)),
                       key=lambda index: _sort_key(sort, Hit(programmes[index], 0.0, None)))
        ranks = [0] * len(programmes)
        for place, index in enumerate(order):
            ranks[index] = place
        snapshot.derived[key] = ranks
    return ranks


def search(snapshot: Snapshot, filters: SearchFilters, *, per_page: int) -> SearchResult:
    """Return one page of programmes matching the filters, in the requested order."""
    programmes = snapshot.programmes
    ranks = _catalogue_ranks(snapshot, filters.sort)
    relevance = filters.sort not in ("job_chance", "salary", "name")
    scores = match_scores(snapshot, filters.query) if filters.query else None
    nearest = snapshot.nearest_school_km(filters.place) if filters.place else None
    keyed: list[tuple[tuple, Hit]] = []
    # With search words only the scored programmes can be hits; in catalogue order either way.
    indices = sorted(scores) if scores is not None else range(len(programmes))
    for index in indices:
        programme = programmes[index]
        if filters.domain and programme.domain.slug != filters.domain:
            continue
        if filters.level is not None and programme.level != filters.level:
            continue
        if filters.leerweg is not None and filters.leerweg not in programme.leerwegen:
            continue
        if filters.shortage_only and not programme.is_in_shortage_area:
            continue
        distance = None
        if nearest is not None:
            distance = float(nearest[index])
            if distance > filters.distance_km:
                continue
        score = scores.get(index, 0.0) if scores else 0.0
        order = ((-score, distance if distance is not None else 0, ranks[index]) if relevance
                 else (ranks[index],))
        keyed.append((order, Hit(programme, score, distance)))
    keyed.sort(key=lambda pair: pair[0])
    hits = [hit for _, hit in keyed]
    start = (filters.page - 1) * per_page
    suggestions, domains = (suggest(snapshot, filters.query)
                            if not hits and filters.query and not filters.has_filters
                            else ((), ()))
    return SearchResult(hits=hits[start:start + per_page], total=len(hits), page=filters.page,
                        per_page=per_page, suggestions=suggestions, suggested_domains=domains)
