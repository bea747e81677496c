"""Parsing what visitors send (search filters, questionnaire screens), a message per bad field."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import MultiDict

from kiesmbo.catalogue import Snapshot
from kiesmbo.models import Leerweg
from kiesmbo.orientation import resolve_programme
from kiesmbo.questionnaire import ANSWER_MAX, LOWEST_CHOICE, Item, LearningPreference, School
from kiesmbo.search import SORTS, SearchFilters

MAX_QUERY_LENGTH = 100  # characters; programme names are shorter than 80
MAX_PLACE_LENGTH = 60
DISTANCES_KM = (5, 10, 25, 50, 100)  # the choices in the form
MAX_DISTANCE_KM = 300  # the Netherlands is about 300 km across
MAX_PAGE_DIGITS = 6
MAX_NUMBER_DIGITS = 9  # no parameter needs more; int() on a huge string is not free
MAX_CHOICE_TEXT = 60  # characters for the place and the programme in mind (questionnaire)
DEFAULT_DISTANCE_KM = 25


def parse_whole_number(raw: str, low: int, high: int) -> int | None:
    """Parse a whole number within [low, high]; None when it is not one.

    The one integer parser for query, form and environment values. Only ASCII digits count:
    str.isdigit() also accepts "²" or "٣", which int() then rejects or reads differently.
    """
    if not (0 < len(raw) <= MAX_NUMBER_DIGITS and raw.isascii() and raw.isdigit()):
        return None
    value = int(raw)
    return value if low <= value <= high else None


# The query arguments parse_search reads (the page cache keys search pages on these only).
SEARCH_PARAMS = ("q", "domain", "level", "leerweg", "shortage", "distance", "place", "sort",
                 "page")


def parse_search(args: Mapping[str, str], snapshot: Snapshot) -> tuple[SearchFilters, dict]:
    """Return the filters and a dict of field name -> error message (empty when valid)."""
    errors: dict[str, object] = {}
    values: dict[str, object] = {}

    query = args.get("q", "").strip()
    if len(query) > MAX_QUERY_LENGTH:
        errors["q"] = _l("Use at most %(max)d characters.", max=MAX_QUERY_LENGTH)
    else:
        values["query"] = query

    domain = args.get("domain", "")
    if domain and snapshot.domain_by_slug(domain) is None:
        errors["domain"] = _l("Choose a field from the list.")
    else:
        values["domain"] = domain

    level = args.get("level", "")
    if level:
        parsed = parse_whole_number(level, 1, 4)
        if parsed is None:
            errors["level"] = _l("Choose a level from 1 (Entree) to 4.")
        values["level"] = parsed

    leerweg = args.get("leerweg", "")
    if leerweg:
        if leerweg in {"bol", "bbl"}:
            values["leerweg"] = Leerweg(leerweg)
        else:
            errors["leerweg"] = _l("Choose bol or bbl.")

    shortage = args.get("shortage", "")
    if shortage not in {"", "1"}:
        errors["shortage"] = _l("This choice is not valid.")
    values["shortage_only"] = shortage == "1"

    distance = args.get("distance", "")
    if distance:
        parsed = parse_whole_number(distance, 1, MAX_DISTANCE_KM)
        if parsed is None:
            errors["distance"] = _l("Choose a distance from 1 to %(max)d km.", max=MAX_DISTANCE_KM)
        else:
            values["distance_km"] = parsed

    place = args.get("place", "").strip()
    if place:
        if len(place) > MAX_PLACE_LENGTH:
            errors["place"] = _l("Use at most %(max)d characters.", max=MAX_PLACE_LENGTH)
        else:
            resolved = snapshot.places.resolve(place)
            if resolved is None:
                errors["place"] = _l(
                    "We do not know this place or postcode. Try a place name or 4 digits.")
            values.update(place=resolved, place_text=place)

    sort = args.get("sort", "")
    if sort and sort not in SORTS:
        errors["sort"] = _l("Choose an order from the list.")
    values["sort_choice"] = sort if sort in SORTS else ""
    values["sort"] = sort if sort in SORTS else ("relevance" if query or place else "name")

    page = args.get("page", "1")
    parsed_page = parse_whole_number(page, 1, 10**MAX_PAGE_DIGITS)
    if parsed_page is None:
        errors["page"] = _l("The page number must be a whole number of 1 or more.")
    values["page"] = parsed_page or 1

    values = {k: v for k, v in values.items() if v is not None}
    return SearchFilters(**values), errors


def parse_interest_page(form: Mapping[str, str],
                        items: Sequence[Item]) -> tuple[dict[str, int], dict[str, Any]]:
    """One questionnaire screen: item id -> answer, and item id -> message."""
    values, errors = {}, {}
    for item in items:
        raw = form.get(item.id, "")
        value = parse_whole_number(raw, LOWEST_CHOICE, ANSWER_MAX)
        if not raw:
            errors[item.id] = _l("Choose an answer for this activity.")
        elif value is None:
            errors[item.id] = _l("This answer is not one of the choices.")
        else:
            values[item.id] = value
    return values, errors


def parse_choices(form: MultiDict[str, str],
                  snapshot: Snapshot) -> tuple[dict[str, Any], dict[str, Any]]:
    """The questionnaire's last screen ("about you"): the choices to store, and messages."""
    errors: dict[str, Any] = {}
    choices: dict[str, Any] = {}
    learning = form.get("learning", "")
    if learning not in {p.value for p in LearningPreference}:
        errors["learning"] = _l("Choose how you would like to learn.")
    choices["learning"] = learning
    school = form.get("school", "")
    if school not in {s.value for s in School}:
        errors["school"] = _l("Choose your current or last school.")
    choices["school"] = school
    choices["all_levels"] = form.get("all_levels") == "1"
    place = form.get("place", "").strip()
    if len(place) > MAX_CHOICE_TEXT:
        errors["place"] = _l("Use at most %(max)d characters.", max=MAX_CHOICE_TEXT)
    elif place and snapshot.places.resolve(place) is None:
        errors["place"] = _l("We do not know this place or postcode. Try a place name or 4 "
                             "digits.")
    choices["place"] = place
    distance = parse_whole_number(form.get("distance", str(DEFAULT_DISTANCE_KM)), 1,
                                  max(DISTANCES_KM))
    if distance not in DISTANCES_KM:
        errors["distance"] = _l("Choose a distance from the list.")
    else:
        choices["distance"] = distance
    slugs = {d.slug for d in snapshot.domains}
    ruled_out = form.getlist("ruled_out")
    if any(slug not in slugs for slug in ruled_out):
        errors["ruled_out"] = _l("Choose fields from the list.")
    choices["ruled_out"] = sorted(set(ruled_out) & slugs)
    in_mind_text = form.get("in_mind", "").strip()
    choices["in_mind_text"] = in_mind_text
    choices["in_mind"] = ""
    if len(in_mind_text) > MAX_CHOICE_TEXT:
        errors["in_mind"] = _l("Use at most %(max)d characters.", max=MAX_CHOICE_TEXT)
    elif in_mind_text:
        crebo, candidates = resolve_programme(snapshot, in_mind_text,
                                              form.get("in_mind_choice", ""))
        if candidates:
            errors["in_mind"] = _l("Several programmes match this name. Which one do you mean?")
            choices["in_mind_candidates"] = [
                {"crebo": p.crebo, "name": p.name, "level": p.level} for p in candidates]
        elif crebo is None:
            errors["in_mind"] = _l("We cannot find this programme. Check the name, or leave "
                                   "it empty.")
        else:
            choices["in_mind"] = crebo
    return choices, errors
