"""Load seed_data/ into the database, and import official figures.

Every row is validated through its Create model. Writes are upserts on natural keys, so a
rerun changes nothing, and everything happens in one transaction: the first bad row raises
a DataFileError (``file:line: message``) and the database is left exactly as it was.
No Flask import here: the CLI and the tests call these functions with a session.
"""

from __future__ import annotations

import math
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import ValidationError
from sqlmodel import Session, SQLModel, delete, select

from kiesmbo.csvfiles import DataFileError, decode_text, iter_csv_rows, read_csv_file
from kiesmbo.indicators import check_figure
from kiesmbo.models import (
    RIASEC_FIELDS,
    CatalogueVersion,
    DataSource,
    DataSourceCreate,
    Domain,
    DomainCreate,
    Enrolment,
    EnrolmentCreate,
    EscoLink,
    EscoLinkCreate,
    Figure,
    FigureCreate,
    FigureKind,
    Institution,
    InstitutionCreate,
    InstitutionIndicator,
    InstitutionIndicatorCreate,
    Leerweg,
    Municipality,
    MunicipalityCreate,
    Occupation,
    OccupationCreate,
    OccupationLink,
    Offering,
    OfferingCreate,
    Postcode,
    PostcodeCreate,
    Programme,
    ProgrammeCreate,
    Progression,
    ProgressionCreate,
    ReferenceFigure,
    ReferenceFigureCreate,
    Region,
    RegionCreate,
    RetiredProgramme,
    RetiredProgrammeCreate,
    SearchTerm,
    SearchTermCreate,
    Sector,
    SectorCreate,
    ShortageArea,
    ShortageAreaCreate,
)
from kiesmbo.text import normalise, slugify

M = TypeVar("M", bound=SQLModel)
T = TypeVar("T", bound=SQLModel)
V = TypeVar("V")

# Deleting in this order respects the foreign keys (used by --reset).
TABLES_CHILD_FIRST: tuple[type[SQLModel], ...] = (
    CatalogueVersion, Progression, Figure, Offering, InstitutionIndicator, Institution,
    Enrolment, EscoLink, OccupationLink, SearchTerm, Programme, RetiredProgramme, Postcode,
    Municipality,
    Region, Occupation, ShortageArea, Sector, Domain, DataSource, ReferenceFigure,
)

IMPORT_COLUMNS = ("crebo", "leerweg", "region", "indicator", "value", "unit", "year", "source")


@dataclass
class TableReport:
    """What a load did to one table."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    @property
    def changed(self) -> int:
        return self.created + self.updated + self.deleted


@dataclass
class SeedReport:
    """Counts per table, in load order."""

    tables: dict[str, TableReport] = field(default_factory=dict)

    def table(self, name: str) -> TableReport:
        return self.tables.setdefault(name, TableReport())

    @property
    def changed(self) -> int:
        return sum(report.changed for report in self.tables.values())


# --- Helpers ------------------------------------------------------------------------------


def _validate(model: type[M], data: dict[str, Any], file: str, line: int) -> M:
    """Validate one row through its Create model.

    Raises:
        DataFileError: the row does not fit the model.
    """
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "row"
        raise DataFileError(file, line, f"{where}: {first['msg']}") from None


def _parse_bool(value: str, file: str, line: int, column: str) -> bool:
    lowered = value.casefold()
    if lowered in {"yes", "true", "1", "ja"}:
        return True
    if lowered in {"no", "false", "0", "nee", ""}:
        return False
    raise DataFileError(file, line, f"{column}: expected yes or no, found {value!r}")


def _parse_number(value: str, file: str, line: int, column: str) -> float:
    """Parse a decimal number written with a dot.

    Raises:
        DataFileError: not a finite number (with a hint for decimal commas).
    """
    try:
        number = float(value)
    except ValueError:
        hint = " (use a dot as decimal separator)" if "," in value else ""
        raise DataFileError(file, line, f"{column}: {value!r} is not a number{hint}") from None
    if not math.isfinite(number):
        raise DataFileError(file, line, f"{column}: {value!r} is not a finite number")
    return number


def _parse_int(value: str, file: str, line: int, column: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise DataFileError(file, line, f"{column}: {value!r} is not a whole number") from None


def _parse_leerweg(value: str, file: str, line: int) -> Leerweg | None:
    if not value:
        return None
    try:
        return Leerweg(value.casefold())
    except ValueError:
        message = f"leerweg: expected bol, bbl or empty, found {value!r}"
        raise DataFileError(file, line, message) from None


class _Upserter(Generic[T]):
    """Insert or update rows of one table on a natural key, counting what changed."""

    def __init__(
        self, session: Session, model: type[T], key: Callable[[T], tuple], report: TableReport
    ) -> None:
        self.session, self.model, self.key, self.report = session, model, key, report
        self.keep: Callable[[T], bool] | None = None
        self.rows: dict[tuple, T] = {key(row): row for row in session.exec(select(model))}
        self.seen: dict[tuple, int] = {}

    def prune(self) -> int:
        """Delete the rows this load did not put (a programme that left the catalogue),
        except those `keep` protects."""
        stale = [row for key, row in self.rows.items()
                 if key not in self.seen and not (self.keep and self.keep(row))]
        for row in stale:
            self.session.delete(row)
        self.report.deleted += len(stale)
        return len(stale)

    def put(self, key: tuple, values: dict[str, Any], file: str, line: int) -> T:
        """Upsert one row.

        Raises:
            DataFileError: the same key already occurred in this load.
        """
        if key in self.seen:
            raise DataFileError(file, line, f"duplicate key {key} (first on line {self.seen[key]})")
        self.seen[key] = line
        row = self.rows.get(key)
        if row is None:
            row = self.model(**values)
            self.session.add(row)
            self.rows[key] = row
            self.report.created += 1
            return row
        changed = False
        for name, value in values.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed = True
        if changed:
            self.report.updated += 1
        else:
            self.report.unchanged += 1
        return row


def _lookup(mapping: dict[str, V], value: str, what: str, file: str, line: int) -> V:
    try:
        return mapping[value]
    except KeyError:
        raise DataFileError(file, line, f"unknown {what} {value!r}") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


# --- The tables that load the same way ------------------------------------------------------


@dataclass(frozen=True)
class Parent:
    """A CSV column that names a row of an earlier table; it becomes a foreign key."""

    column: str  # in the CSV file, dropped before validation
    table: str  # the earlier TableSpec.name to look the value up in
    what: str  # how an unknown value is called in the error message
    field: str  # the foreign key column it fills


@dataclass(frozen=True)
class TableSpec:
    """How one seed file becomes one table: validate each row through `create`, resolve its
    parents, upsert it on `key`. Tables with more rules than this have their own load_*."""

    name: str
    file: str
    columns: str
    model: type[SQLModel]
    create: type[SQLModel]
    key: tuple[str, ...]  # the natural key, as fields of the stored row
    parents: tuple[Parent, ...] = ()
    # Turn a CSV row into the values to validate (parse, derive, check against earlier
    # tables); it may raise DataFileError.
    prepare: Callable[[dict[str, str], str, int, dict[str, dict]], dict[str, Any]] | None = None
    check: Callable[[Any, str, int], None] | None = None  # rules on the validated row


def _with_slug(raw: dict[str, str], _file: str, _line: int, _loaded: dict) -> dict[str, Any]:
    return {**raw, "slug": slugify(raw["name"])}


def _sector(raw: dict[str, str], file: str, line: int, _loaded: dict) -> dict[str, Any]:
    return {**raw, "is_shortage_sector": _parse_bool(raw["is_shortage_sector"], file, line,
                                                     "is_shortage_sector")}


def _reference_figure(raw: dict[str, str], file: str, line: int,
                      _loaded: dict) -> dict[str, Any]:
    value = _parse_number(raw["value"], file, line, "value")
    leerweg = _parse_leerweg(raw["leerweg"], file, line)
    problem = check_figure(raw["indicator"], leerweg, value, raw["unit"])
    if problem:
        raise DataFileError(file, line, problem)
    return {**raw, "leerweg": leerweg}


def _retired(raw: dict[str, str], file: str, line: int, loaded: dict) -> dict[str, Any]:
    programmes = loaded["programmes"]
    if raw["crebo"] in programmes:
        raise DataFileError(file, line, f"{raw['crebo']} is also a current programme")
    for column in ("successors", "alternatives"):
        for code in _split(raw[column]):
            _lookup(programmes, code, f"{column[:-1]} crebo", file, line)
    return raw


def _empty_is_none(*columns: str):
    def prepare(raw: dict[str, str], _file: str, _line: int, _loaded: dict) -> dict[str, Any]:
        return {**raw, **{column: raw[column] or None for column in columns}}
    return prepare


def _enrolment_check(valid: Any, file: str, line: int) -> None:
    if valid.bbl_students > valid.students:
        raise DataFileError(file, line, "bbl_students is larger than students")


BY_PROGRAMME = (Parent("crebo", "programmes", "crebo", "programme_id"),)
BEFORE_PROGRAMMES = (
    TableSpec("domains", "domains.csv", "code,name", Domain, DomainCreate, ("code",),
              prepare=_with_slug),
    TableSpec("sectors", "sectors.csv", "code,name,is_shortage_sector,source,year", Sector,
              SectorCreate, ("code",), prepare=_sector),
    TableSpec("shortage_areas", "shortage_areas.csv", "code,name,why,source,year",
              ShortageArea, ShortageAreaCreate, ("code",)),
    TableSpec("data_sources", "data_sources.csv",
              "code,name,publisher,year,licence,url,used_for,kind", DataSource,
              DataSourceCreate, ("code",)),
    TableSpec("reference_figures", "reference_figures.csv",
              "code,indicator,leerweg,value,unit,year,source", ReferenceFigure,
              ReferenceFigureCreate, ("code",), prepare=_reference_figure),
    TableSpec("occupations", "occupations.csv", "onet_code,title," + ",".join(RIASEC_FIELDS),
              Occupation, OccupationCreate, ("onet_code",)),
    TableSpec("regions", "regions.csv", "name", Region, RegionCreate, ("name",),
              prepare=_with_slug),
    TableSpec("municipalities", "municipalities.csv",
              "code,name,region,latitude,longitude,centroid_basis", Municipality,
              MunicipalityCreate, ("code",),
              parents=(Parent("region", "regions", "arbeidsmarktregio", "region_id"),)),
    TableSpec("postcodes", "postcodes.csv", "pc4,city,latitude,longitude", Postcode,
              PostcodeCreate, ("pc4",)),
)
AFTER_PROGRAMMES = (
    TableSpec("retired", "retired_programmes.csv", "crebo,name,successors,alternatives,reason",
              RetiredProgramme, RetiredProgrammeCreate, ("crebo",), prepare=_retired),
    TableSpec("esco_links", "programme_occupations.csv",
              "crebo,esco_uri,label,isco_group,basis,rank", EscoLink, EscoLinkCreate,
              ("programme_id", "esco_uri"), parents=BY_PROGRAMME),
    TableSpec("enrolments", "programme_enrolments.csv",
              "crebo,year,students,bbl_students,schools,basis", Enrolment, EnrolmentCreate,
              ("programme_id", "year"), parents=BY_PROGRAMME,
              prepare=_empty_is_none("schools"), check=_enrolment_check),
    TableSpec("institutions", "institutions.csv",
              "brin,name,short_name,kind,street,postcode,city,municipality_code,latitude,"
              "longitude,address_basis,comparison_group,former_brins", Institution,
              InstitutionCreate, ("brin",),
              parents=(Parent("municipality_code", "municipalities", "municipality",
                              "municipality_id"),)),
    TableSpec("institution_indicators", "institution_indicators.csv",
              "brin,indicator,school_year,value,comparison_value,source", InstitutionIndicator,
              InstitutionIndicatorCreate, ("institution_id", "indicator"),
              parents=(Parent("brin", "institutions", "BRIN", "institution_id"),),
              prepare=_empty_is_none("comparison_value")),
)


# --- Loading stages -------------------------------------------------------------------------


class _Loader:
    """Loads the seed files in dependency order into one session."""

    def __init__(self, session: Session, directory: Path) -> None:
        self.session, self.directory, self.report = session, directory, SeedReport()
        self.upserters: list[_Upserter] = []
        self.loaded: dict[str, dict] = {}  # table name -> its first key value -> row

    def rows(self, name: str, columns: str) -> Iterable[tuple[int, dict[str, str]]]:
        return read_csv_file(self.directory / name, tuple(columns.split(",")))

    def upserter(self, model: type[T], key: Callable[[T], tuple]) -> _Upserter[T]:
        upserter = _Upserter(self.session, model, key, self.report.table(model.__tablename__))
        self.upserters.append(upserter)
        return upserter

    def prune(self) -> None:
        """After every file is loaded: delete what the seed no longer has, children first."""
        order = {model: i for i, model in enumerate(TABLES_CHILD_FIRST)}
        for upserter in sorted(self.upserters, key=lambda u: order.get(u.model, -1)):
            if upserter.prune():
                self.session.flush()

    def load(self) -> SeedReport:
        for spec in BEFORE_PROGRAMMES:
            self.load_table(spec)
        loaded = self.loaded
        loaded["programmes"] = self.load_programmes(loaded["domains"], loaded["sectors"],
                                                    loaded["shortage_areas"],
                                                    loaded["occupations"])
        for spec in AFTER_PROGRAMMES:
            self.load_table(spec)
        self.load_offerings(loaded["institutions"], loaded["programmes"])
        self.load_figures(loaded["programmes"], loaded["regions"])
        self.load_progressions(loaded["programmes"])
        self.load_search_terms(loaded["programmes"])
        self.session.flush()
        self.prune()
        refresh_current_figures(self.session)
        return self.report

    def load_table(self, spec: TableSpec) -> dict:
        """Load one table by its spec; return first key value -> row (for its children)."""
        upsert = self.upserter(spec.model, lambda row: tuple(getattr(row, k) for k in spec.key))
        result: dict = {}
        for line, raw in self.rows(spec.file, spec.columns):
            foreign = {parent.field: _lookup(self.loaded[parent.table], raw.pop(parent.column),
                                             parent.what, spec.file, line).id
                       for parent in spec.parents}
            data = spec.prepare(raw, spec.file, line, self.loaded) if spec.prepare else raw
            valid = _validate(spec.create, data, spec.file, line)
            if spec.check:
                spec.check(valid, spec.file, line)
            values = {**valid.model_dump(), **foreign}
            key = tuple(values[k] for k in spec.key)
            result[key[0]] = upsert.put(key, values, spec.file, line)
        self.session.flush()
        self.loaded[spec.name] = result
        return result

    def load_programmes(
        self, domains: dict[str, Domain], sectors: dict[str, Sector],
        areas: dict[str, ShortageArea], occupations: dict[str, Occupation],
    ) -> dict[str, Programme]:
        file = "programmes.csv"
        columns = ("crebo,name,level,level_basis,domain,domain_basis,sector,sector_basis,"
                   "shortage_area,dossier_code,dossier_name,duration_years,leerwegen,"
                   "leerwegen_basis,description,what_you_do,where_you_work,synonyms,"
                   "former_names,onet_codes,onet_basis,widely_offered,estimate_domain")
        upsert = self.upserter(Programme, lambda row: (row.crebo,))
        links = self.upserter(OccupationLink, lambda row: (row.programme_id, row.occupation_id))
        result: dict[str, Programme] = {}
        pending_links: list[tuple[str, list[Occupation], int]] = []
        for line, raw in self.rows(file, columns):
            domain = _lookup(domains, raw["domain"], "domain", file, line)
            estimate_domain = _lookup(domains, raw["estimate_domain"], "estimate_domain", file,
                                      line)
            sector = _lookup(sectors, raw["sector"], "sector", file, line)
            area = (_lookup(areas, raw["shortage_area"], "shortage_area", file, line)
                    if raw["shortage_area"] else None)
            leerwegen = set(_split(raw["leerwegen"]))
            if not leerwegen or not leerwegen <= {"bol", "bbl"}:
                raise DataFileError(file, line, f"leerwegen: expected bol;bbl, bol or bbl, "
                                                f"found {raw['leerwegen']!r}")
            linked = [_lookup(occupations, code, "O*NET code", file, line)
                      for code in _split(raw["onet_codes"])]
            if not 1 <= len(linked) <= 3:
                raise DataFileError(file, line, "onet_codes: give 1 to 3 O*NET occupations")
            # The programme's interest profile is the mean of its occupations' O*NET scores.
            profile = {name: round(sum(getattr(o, name) for o in linked) / len(linked), 3)
                       for name in RIASEC_FIELDS}
            data = {
                **{k: raw[k] for k in ("crebo", "name", "level", "duration_years", "description",
                                       "what_you_do", "where_you_work", "synonyms",
                                       "former_names", "level_basis", "domain_basis",
                                       "sector_basis", "leerwegen_basis", "onet_basis")},
                "slug": slugify(raw["name"]),
                "dossier_code": raw["dossier_code"] or None,
                "dossier_name": raw["dossier_name"] or None,
                "has_bol": "bol" in leerwegen,
                "has_bbl": "bbl" in leerwegen,
                "is_widely_offered": _parse_bool(raw["widely_offered"], file, line,
                                                 "widely_offered"),
                **profile,
            }
            valid = _validate(ProgrammeCreate, data, file, line)
            values = {**valid.model_dump(), "domain_id": domain.id, "sector_id": sector.id,
                      "estimate_domain_id": estimate_domain.id,
                      "shortage_area_id": area.id if area else None}
            result[valid.crebo] = upsert.put((valid.crebo,), values, file, line)
            pending_links.append((valid.crebo, linked, line))
        self.session.flush()
        for crebo, linked, line in pending_links:
            programme = result[crebo]
            for rank, occupation in enumerate(linked, start=1):
                links.put((programme.id, occupation.id),
                          {"programme_id": programme.id, "occupation_id": occupation.id,
                           "rank": rank}, file, line)
        self.session.flush()
        return result

    def load_search_terms(self, programmes: dict[str, Programme]) -> None:
        file = "search_terms.csv"
        upsert = self.upserter(SearchTerm, lambda row: (row.phrase_list[0],))
        seen: set[str] = set()
        for line, raw in self.rows(file, "phrases,crebos,note"):
            valid = _validate(SearchTermCreate, raw, file, line)
            phrases = [normalise(phrase) for phrase in valid.phrase_list]
            if not all(phrases):
                raise DataFileError(file, line, "an empty phrase")
            if repeated := seen & set(phrases):
                raise DataFileError(file, line, f"phrase already used: {sorted(repeated)[0]}")
            seen.update(phrases)
            for code in valid.crebo_list:
                _lookup(programmes, code, "crebo", file, line)
            upsert.put((valid.phrase_list[0],), valid.model_dump(), file, line)
        self.session.flush()

    def load_offerings(
        self, institutions: dict[str, Institution], programmes: dict[str, Programme],
    ) -> None:
        file = "offerings.csv"
        upsert = self.upserter(Offering, lambda row: (row.institution_id, row.programme_id,
                                                      row.leerweg, row.city))
        year = self.offering_year()
        for line, raw in self.rows(file, "brin,crebo,leerweg,students,evidence,via"):
            school = _lookup(institutions, raw["brin"], "BRIN", file, line)
            programme = _lookup(programmes, raw["crebo"], "crebo", file, line)
            counted = raw["evidence"] in ("duo", "predecessor")
            # Every offering sits at the school's main address: DUO counts per school, not
            # per location, and most mbo programmes start after the summer holiday.
            data = {"leerweg": raw["leerweg"], "city": school.city, "latitude": school.latitude,
                    "longitude": school.longitude, "start_months": "9",
                    "evidence": raw["evidence"], "students": raw["students"] or None,
                    "via": raw["via"], "evidence_year": year if counted else None}
            valid = _validate(OfferingCreate, data, file, line)
            if counted != (valid.students is not None):
                raise DataFileError(file, line, "students: give the DUO count exactly when the "
                                                "evidence is duo or predecessor")
            if (valid.evidence == "predecessor") != bool(valid.via):
                raise DataFileError(file, line, "via: name the predecessor crebo exactly when "
                                                "the evidence is predecessor")
            if valid.leerweg not in programme.leerwegen:
                raise DataFileError(file, line, f"{programme.crebo} has no leerweg {valid.leerweg}")
            values = {**valid.model_dump(), "institution_id": school.id,
                      "programme_id": programme.id}
            upsert.put((school.id, programme.id, valid.leerweg, valid.city), values, file, line)
        self.session.flush()

    def offering_year(self) -> int:
        """The year DUO's counts in offerings.csv are from: the last year of the enrolments."""
        years = [int(raw["year"]) for _line, raw in
                 self.rows("programme_enrolments.csv",
                           "crebo,year,students,bbl_students,schools,basis")
                 if raw["schools"] and raw["year"].isascii() and raw["year"].isdigit()]
        return max(years, default=2019)

    def load_figures(self, programmes: dict[str, Programme], regions: dict[str, Region]) -> None:
        file = "figures.csv"
        columns = ",".join(IMPORT_COLUMNS) + ",low,high,kind,method_note"
        upsert = self.upserter(Figure, _figure_key)
        # Imported (measured) figures are not in the seed files: a reseed keeps them, unless
        # their programme left the catalogue.
        kept = {p.id for p in programmes.values()}
        upsert.keep = lambda row: row.kind == FigureKind.MEASURED and row.programme_id in kept
        for line, raw in self.rows(file, columns):
            upsert_figure(upsert, programmes, regions, raw, raw["kind"], file, line)
        self.session.flush()

    def load_progressions(self, programmes: dict[str, Programme]) -> None:
        file = "progressions.csv"
        upsert = self.upserter(Progression, lambda row: (row.from_programme_id,
                                                         row.to_programme_id, row.to_hbo))
        for line, raw in self.rows(file, "from_crebo,to_crebo,to_hbo,basis"):
            origin = _lookup(programmes, raw["from_crebo"], "crebo", file, line)
            target = (_lookup(programmes, raw["to_crebo"], "crebo", file, line)
                      if raw["to_crebo"] else None)
            if (target is None) == (not raw["to_hbo"]):
                raise DataFileError(file, line, "give either to_crebo or to_hbo")
            if target is origin:
                raise DataFileError(file, line, "a programme cannot lead to itself")
            valid = _validate(ProgressionCreate, {"to_hbo": raw["to_hbo"] or None,
                                                  "basis": raw["basis"]}, file, line)
            to_id = target.id if target else None
            values = {**valid.model_dump(), "from_programme_id": origin.id,
                      "to_programme_id": to_id}
            upsert.put((origin.id, to_id, valid.to_hbo), values, file, line)
        self.session.flush()


def _figure_key(row: Figure) -> tuple:
    return (row.programme_id, row.indicator, row.leerweg, row.region_id, row.kind, row.year)


def upsert_figure(
    upsert: _Upserter[Figure], programmes: dict[str, Programme], regions: dict[str, Region],
    raw: dict[str, str], kind: str, file: str, line: int,
) -> Figure:
    """Validate one figure row (seed or import format) and upsert it.

    Raises:
        DataFileError: unknown crebo or region, bad number, or a figure that breaks its
            indicator's rules.
    """
    programme = _lookup(programmes, raw["crebo"], "crebo", file, line)
    region = _lookup(regions, raw["region"], "arbeidsmarktregio", file, line) if raw[
        "region"] else None
    leerweg = _parse_leerweg(raw["leerweg"], file, line)
    value = _parse_number(raw["value"], file, line, "value")
    year = _parse_int(raw["year"], file, line, "year")
    problem = check_figure(raw["indicator"], leerweg, value, raw["unit"])
    if problem:
        raise DataFileError(file, line, problem)
    if leerweg is not None and leerweg not in programme.leerwegen:
        raise DataFileError(file, line, f"{programme.crebo} has no leerweg {leerweg}")
    bounds = [_parse_number(raw[k], file, line, k) if raw.get(k) else None
              for k in ("low", "high")]
    if (bounds[0] is None) != (bounds[1] is None) or (
            bounds[0] is not None and not bounds[0] <= value <= bounds[1]):
        raise DataFileError(file, line, "low and high: give both, with low <= value <= high")
    data = {"indicator": raw["indicator"], "leerweg": leerweg, "value": value,
            "low": bounds[0], "high": bounds[1],
            "unit": raw["unit"], "year": year, "source": raw["source"], "kind": kind,
            "method_note": raw.get("method_note", "")}
    valid = _validate(FigureCreate, data, file, line)
    key = (programme.id, valid.indicator, valid.leerweg, region.id if region else None,
           valid.kind, valid.year)
    values = {**valid.model_dump(), "programme_id": programme.id, "region_id": key[3]}
    return upsert.put(key, values, file, line)


def refresh_current_figures(session: Session) -> int:
    """Mark one figure per programme/indicator/leerweg/region as current; return changes.

    A measured figure beats an estimate; among equals the newest year wins. The others
    stay in the table as history.
    """
    groups: dict[tuple, list[Figure]] = defaultdict(list)
    for figure in session.exec(select(Figure)):
        groups[(figure.programme_id, figure.indicator, figure.leerweg, figure.region_id)].append(
            figure)
    changes = 0
    for figures in groups.values():
        best = max(figures, key=lambda f: (f.kind == FigureKind.MEASURED, f.year, f.id or 0))
        for figure in figures:
            if figure.is_current != (figure is best):
                figure.is_current = figure is best
                changes += 1
    session.flush()
    return changes


# --- Public API -----------------------------------------------------------------------------


# Session/connection execution option: on SQLite the transaction opens with BEGIN IMMEDIATE
# (kiesmbo.db.make_engine), so the write lock is taken up-front - a concurrent writer waits
# (busy timeout) instead of failing half-way, and readers keep the last commit (WAL).
WRITE_LOCK = "kiesmbo_write_lock"


@contextmanager
def one_transaction(session: Session, *, dry_run: bool) -> Iterator[None]:
    """Commit what the block wrote, or roll it all back on any error (or on a dry run).

    Readers never wait for it: on SQLite (WAL) and PostgreSQL they see the state before
    the transaction until it commits, then all of it at once. If the caller's session already
    has a transaction open, the block joins it (and takes the lock at its first write).
    """
    if not session.in_transaction():
        session.connection(execution_options={WRITE_LOCK: True})
    try:
        yield
    except Exception:
        session.rollback()
        raise
    if dry_run:
        session.rollback()
    else:
        session.commit()


def bump_catalogue_version(session: Session) -> None:
    """Record that the catalogue changed, so web workers rebuild their snapshot."""
    row = session.get(CatalogueVersion, 1)
    if row is None:
        session.add(CatalogueVersion(id=1, value=uuid.uuid4().hex))
    else:
        row.value = uuid.uuid4().hex


def reset_database(session: Session) -> None:
    """Delete every row of every kiesmbo table (inside the caller's transaction)."""
    for model in TABLES_CHILD_FIRST:
        session.exec(delete(model))
    session.flush()


def load_seed_data(
    *, session: Session, directory: Path, dry_run: bool = False, reset: bool = False
) -> SeedReport:
    """Validate and upsert every seed file in one transaction.

    Raises:
        DataFileError: the first bad row; the transaction is rolled back.
    """
    with one_transaction(session, dry_run=dry_run):
        if reset:
            reset_database(session)
        report = _Loader(session, Path(directory)).load()
        if report.changed or reset:
            bump_catalogue_version(session)
    return report


def import_figures(
    *, session: Session, data: bytes, name: str, max_rows: int, dry_run: bool = False
) -> SeedReport:
    """Import measured figures from CSV bytes (see seed_data/README.md for the format).

    A measured figure becomes the current one for its programme/indicator/leerweg/region;
    the estimate it replaces stays as history.

    Raises:
        DataFileError: the first bad row; nothing is written.
    """
    # Parse and check the file before the write transaction starts, so it stays short.
    rows = list(iter_csv_rows(decode_text(data, name), name, IMPORT_COLUMNS, max_rows=max_rows))
    for line, raw in rows:
        if not raw["source"]:
            raise DataFileError(name, line, "source: every figure needs its source")
    if not rows:
        raise DataFileError(name, 2, "the file has a header but no figures")
    with one_transaction(session, dry_run=dry_run):
        programmes = {p.crebo: p for p in session.exec(select(Programme))}
        regions = {r.name: r for r in session.exec(select(Region))}
        report = SeedReport()
        upsert = _Upserter(session, Figure, _figure_key, report.table("figure"))
        for line, raw in rows:
            upsert_figure(upsert, programmes, regions, raw, FigureKind.MEASURED, name, line)
        session.flush()
        report.table("figure (now current)").updated = refresh_current_figures(session)
        if report.changed:
            bump_catalogue_version(session)
    return report
