"""SQLModel tables and their Create models.

Glossary of Dutch terms kept as identifiers:

- crebo: the 5-digit code of an mbo programme (kwalificatie) in the SBB register.
- kwalificatiedossier: the dossier that groups related kwalificaties (crebo 23xxx).
- opleidingsdomein: one of the 16 broad domains of mbo programmes (plus Entree).
- leerweg: the route of a programme: bol (mostly at school, with internships) or bbl
  (working for an employer with a contract, about one day of school a week).
- arbeidsmarktregio: one of the 35 Dutch labour-market regions.
- sectorkamer: an SBB sector chamber (TGO, ZWS, ...), our `Sector`.

Table models skip validation (SQLModel does not validate `table=True` models), so every
write goes through a `...Create` model first; see `kiesmbo.seed`.
"""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated

import annotated_types
from pydantic import StringConstraints, field_validator
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

# Constrained strings, validated by the Create models.
DomainCode = Annotated[str, StringConstraints(pattern=r"^79\d{3}$")]
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")]
SectorCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,5}$")]
AreaCode = Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]
OnetCode = Annotated[str, StringConstraints(pattern=r"^\d{2}-\d{4}\.\d{2}$")]
Crebo = Annotated[str, StringConstraints(pattern=r"^25\d{3}$")]
DossierCode = Annotated[str, StringConstraints(pattern=r"^23\d{3}$")]
MunicipalityCode = Annotated[str, StringConstraints(pattern=r"^GM\d{4}$")]
Brin = Annotated[str, StringConstraints(pattern=r"^\d{2}[A-Z]{2}$")]
InstitutionKind = Annotated[str, StringConstraints(pattern=r"^(roc|aoc|vakschool)$")]
# Degrees (WGS84) within the Netherlands, with a margin: a swapped or mistyped coordinate
# fails validation instead of putting a school in the sea.
Latitude = Annotated[float, annotated_types.Interval(ge=50.5, le=53.8)]
Longitude = Annotated[float, annotated_types.Interval(ge=3.2, le=7.3)]


class Leerweg(StrEnum):
    """The two routes through an mbo programme."""

    BOL = "bol"
    BBL = "bbl"


def leerwegen_of(has_bol: bool, has_bbl: bool) -> list[Leerweg]:
    """The leerwegen a programme offers, bol first."""
    return [w for w, has in ((Leerweg.BOL, has_bol), (Leerweg.BBL, has_bbl)) if has]


class FigureKind(StrEnum):
    """Whether a figure was measured by a publisher or estimated by us."""

    MEASURED = "measured"
    ESTIMATE = "estimate"


# --- Domains, sectors, shortage areas ---------------------------------------------------


class DomainCreate(SQLModel):
    code: DomainCode = Field(
        description="crebo code of the opleidingsdomein"
    )
    name: str = Field(min_length=2, max_length=120)
    slug: Slug = Field(max_length=120)


class Domain(DomainCreate, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True, max_length=5)
    slug: str = Field(unique=True, max_length=120)


class SectorCreate(SQLModel):
    code: SectorCode = Field()
    name: str = Field(min_length=2, max_length=120)
    is_shortage_sector: bool
    source: str = Field(min_length=2, max_length=300)
    year: int = Field(ge=2000, le=2100)


class Sector(SectorCreate, table=True):
    """An SBB sectorkamer; the shortage flag follows the Taskforce advice (source, year)."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True, max_length=5)


class ShortageAreaCreate(SQLModel):
    code: AreaCode = Field(max_length=40)
    name: str = Field(min_length=2, max_length=120)
    why: str = Field(min_length=10, max_length=300)
    source: str = Field(min_length=2, max_length=300)
    year: int = Field(ge=2000, le=2100)


class ShortageArea(ShortageAreaCreate, table=True):
    """A tekortsector named by government policy (zorg, techniek, ict, ...)."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True, max_length=40)


# --- Programmes and their interest profile ----------------------------------------------


class OccupationCreate(SQLModel):
    """An O*NET occupation with its RIASEC interest scores (O*NET scale OI, 1-7)."""

    onet_code: OnetCode = Field()
    title: str = Field(min_length=2, max_length=200)
    realistic: float = Field(ge=1, le=7)
    investigative: float = Field(ge=1, le=7)
    artistic: float = Field(ge=1, le=7)
    social: float = Field(ge=1, le=7)
    enterprising: float = Field(ge=1, le=7)
    conventional: float = Field(ge=1, le=7)


class Occupation(OccupationCreate, table=True):
    id: int | None = Field(default=None, primary_key=True)
    onet_code: str = Field(unique=True, index=True, max_length=10)


RIASEC_FIELDS = ("realistic", "investigative", "artistic", "social", "enterprising", "conventional")


class ProgrammeCreate(SQLModel):
    crebo: Crebo = Field()
    name: str = Field(min_length=2, max_length=200)
    slug: Slug = Field(max_length=200)
    level: int = Field(ge=1, le=4, description="1 = Entree")
    dossier_code: DossierCode | None = Field(
        default=None
    )
    dossier_name: str | None = Field(default=None, max_length=200)
    duration_years: int = Field(ge=1, le=4)
    has_bol: bool
    has_bbl: bool
    description: str = Field(min_length=100, max_length=600)
    what_you_do: str = Field(min_length=10, max_length=800, description="';'-separated tasks")
    where_you_work: str = Field(min_length=5, max_length=300)
    synonyms: str = Field(default="", max_length=300, description="';'-separated search words")
    former_names: str = Field(default="", max_length=600,
                              description="';'-separated names of expired predecessor codes")
    is_widely_offered: bool = False
    # Where level, domain, sector, leerwegen and the interest profile come from: an
    # official source ("regeling 2015", "DUO 2019"), derived from a predecessor
    # ("afgeleid: ..."), or "curated". See seed_data/SOURCES.md.
    level_basis: str = Field(default="curated", max_length=120)
    domain_basis: str = Field(default="curated", max_length=120)
    sector_basis: str = Field(default="curated", max_length=120)
    leerwegen_basis: str = Field(default="curated", max_length=120)
    onet_basis: str = Field(default="curated", max_length=120)
    # Mean O*NET OI scores (1-7) of the linked occupations; see OccupationLink.
    realistic: float = Field(ge=1, le=7)
    investigative: float = Field(ge=1, le=7)
    artistic: float = Field(ge=1, le=7)
    social: float = Field(ge=1, le=7)
    enterprising: float = Field(ge=1, le=7)
    conventional: float = Field(ge=1, le=7)

    @field_validator("has_bbl")
    @classmethod
    def _needs_a_leerweg(cls, has_bbl: bool, info) -> bool:
        if not has_bbl and not info.data.get("has_bol"):
            raise ValueError("a programme needs at least one leerweg (bol or bbl)")
        return has_bbl


class Programme(ProgrammeCreate, table=True):
    """An mbo kwalificatie, identified by its crebo code."""

    id: int | None = Field(default=None, primary_key=True)
    crebo: str = Field(unique=True, index=True, max_length=5)
    domain_id: int = Field(foreign_key="domain.id", index=True)
    sector_id: int = Field(foreign_key="sector.id", index=True)
    shortage_area_id: int | None = Field(default=None, foreign_key="shortagearea.id")
    # The domain whose adjustments the estimate model used: the own domain, except where
    # the opleidingsdomein is not the labour market (seed_data/estimate_model.json).
    estimate_domain_id: int | None = Field(default=None, foreign_key="domain.id")

    @property
    def leerwegen(self) -> list[Leerweg]:
        return leerwegen_of(self.has_bol, self.has_bbl)

    @property
    def is_in_shortage_area(self) -> bool:
        return self.shortage_area_id is not None

    @property
    def tasks(self) -> list[str]:
        return [task.strip() for task in self.what_you_do.split(";") if task.strip()]

    @property
    def riasec(self) -> tuple[float, ...]:
        return tuple(getattr(self, name) for name in RIASEC_FIELDS)

    @property
    def former_name_list(self) -> list[str]:
        return [name for name in self.former_names.split(";") if name]


class RetiredProgrammeCreate(SQLModel):
    crebo: Crebo = Field()
    name: str = Field(min_length=2, max_length=200)
    successors: str = Field(default="", max_length=200, description="';'-separated crebos")
    alternatives: str = Field(default="", max_length=200, description="';'-separated crebos")
    reason: str = Field(min_length=2, max_length=600)


class RetiredProgramme(RetiredProgrammeCreate, table=True):
    """An expired kwalificatie: it no longer starts; its successors (or nearest current
    programmes) are where a student is sent. Never listed as a programme."""

    id: int | None = Field(default=None, primary_key=True)
    crebo: str = Field(unique=True, index=True, max_length=5)

    @property
    def successor_codes(self) -> list[str]:
        return [code for code in self.successors.split(";") if code]

    @property
    def alternative_codes(self) -> list[str]:
        return [code for code in self.alternatives.split(";") if code]


class SearchTermCreate(SQLModel):
    phrases: str = Field(min_length=2, max_length=600,
                         description="';'-separated words a pupil types; the first names the row")
    crebos: str = Field(min_length=5, max_length=200,
                        description="';'-separated crebos, the best answer first")
    note: str = Field(default="", max_length=300)

    @property
    def phrase_list(self) -> list[str]:
        return [phrase.strip() for phrase in self.phrases.split(";") if phrase.strip()]

    @property
    def crebo_list(self) -> list[str]:
        return [code for code in self.crebos.split(";") if code]


class SearchTerm(SearchTermCreate, table=True):
    """What pupils type when they mean programmes ("zorg", "met dieren werken"): curated
    in seed_data/search_terms.csv, read by the search (kiesmbo.search)."""

    id: int | None = Field(default=None, primary_key=True)



class EscoLinkCreate(SQLModel):
    esco_uri: Annotated[str, StringConstraints(
        pattern=r"^http://data\.europa\.eu/esco/occupation/[0-9a-f-]{36}$")] = Field()
    label: str = Field(min_length=2, max_length=200, description="Dutch preferred label")
    isco_group: Annotated[str, StringConstraints(pattern=r"^\d{4}$")] = Field()
    basis: str = Field(min_length=2, max_length=120)
    rank: int = Field(ge=1, le=10)


class EscoLink(EscoLinkCreate, table=True):
    """An ESCO occupation a programme leads to (ESCO, European Commission)."""

    __table_args__ = (UniqueConstraint("programme_id", "esco_uri"),)

    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)


class EnrolmentCreate(SQLModel):
    year: int = Field(ge=2000, le=2100)
    students: int = Field(ge=0, le=1_000_000)
    bbl_students: int = Field(ge=0, le=1_000_000)
    schools: int | None = Field(default=None, ge=0, le=1000,
                                description="schools with students; only for the last year")
    basis: str = Field(min_length=2, max_length=200)


class Enrolment(EnrolmentCreate, table=True):
    """Students in a programme on 1 October of a year, as DUO counted them (measured).

    For a recoded programme the counts are its predecessors' (`basis` says which)."""

    __table_args__ = (UniqueConstraint("programme_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)


class OccupationLink(SQLModel, table=True):
    """The curated crosswalk: which O*NET occupations a programme's profile came from."""

    __table_args__ = (UniqueConstraint("programme_id", "occupation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    occupation_id: int = Field(foreign_key="occupation.id")
    rank: int = Field(ge=1, le=3, description="1 = closest occupation")


# --- Geography --------------------------------------------------------------------------


class RegionCreate(SQLModel):
    name: str = Field(min_length=2, max_length=80)
    slug: Slug = Field(max_length=80)


class Region(RegionCreate, table=True):
    """An arbeidsmarktregio."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=True, max_length=80)


class MunicipalityCreate(SQLModel):
    code: MunicipalityCode = Field()
    name: str = Field(min_length=2, max_length=80)
    latitude: Latitude
    longitude: Longitude
    centroid_basis: str = Field(max_length=200)


class Municipality(MunicipalityCreate, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, index=True, max_length=6)
    region_id: int = Field(foreign_key="region.id", index=True)


class PostcodeCreate(SQLModel):
    pc4: int = Field(ge=1000, le=9999)
    city: str = Field(min_length=1, max_length=80)
    latitude: Latitude
    longitude: Longitude


class Postcode(PostcodeCreate, table=True):
    """A 4-digit postcode area with its centroid."""

    pc4: int = Field(primary_key=True)


# --- Institutions and where programmes are offered --------------------------------------


class InstitutionCreate(SQLModel):
    brin: Brin = Field()
    name: str = Field(min_length=2, max_length=200)
    short_name: str = Field(min_length=2, max_length=120)
    kind: InstitutionKind = Field()
    street: str = Field(default="", max_length=120)
    postcode: Annotated[str, StringConstraints(pattern=r"^(\d{4} [A-Z]{2})?$")] = ""
    city: str = Field(min_length=2, max_length=80)
    latitude: Latitude
    longitude: Longitude
    address_basis: str = Field(default="", max_length=200)
    comparison_group: str = Field(default="", max_length=20,
                                  description="DUO's comparison group: ROC, AOC or VAK")
    former_brins: str = Field(default="", max_length=100,
                              description="';'-separated BRIN of schools merged into this one")

    @property
    def former_brin_list(self) -> list[str]:
        return [b for b in self.former_brins.split(";") if b]


class Institution(InstitutionCreate, table=True):
    """An mbo school (BRIN) with its main address; coordinates are the PC4 centroid."""

    id: int | None = Field(default=None, primary_key=True)
    brin: str = Field(unique=True, index=True, max_length=4)
    municipality_id: int = Field(foreign_key="municipality.id")


class OfferingEvidence(StrEnum):
    """Why we show that a school teaches a programme."""

    DUO = "duo"  # DUO counted students in this code, leerweg and school
    PREDECESSOR = "predecessor"  # ... in the code this programme replaced
    RULE = "rule"  # no DUO trace at all: our indicative rule, "niet bevestigd"


class InstitutionIndicatorCreate(SQLModel):
    indicator: Annotated[str, StringConstraints(pattern=r"^(jaarresultaat|diplomaresultaat)$")]
    school_year: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{4}$")] = Field()
    value: float = Field(ge=0, le=100)
    comparison_value: float | None = Field(default=None, ge=0, le=100)
    source: str = Field(min_length=2, max_length=200)


class InstitutionIndicator(InstitutionIndicatorCreate, table=True):
    """DUO's jaarresultaat or diplomaresultaat of a school (percent), with its comparison
    group's value (all ROCs, AOCs or vakscholen)."""

    __table_args__ = (UniqueConstraint("institution_id", "indicator"),)

    id: int | None = Field(default=None, primary_key=True)
    institution_id: int = Field(foreign_key="institution.id", index=True)


class OfferingCreate(SQLModel):
    leerweg: Leerweg
    city: str = Field(min_length=2, max_length=80)
    latitude: Latitude
    longitude: Longitude
    start_months: Annotated[
        str, StringConstraints(pattern=r"^(1[0-2]|[1-9])(;(1[0-2]|[1-9]))*$")
    ] = Field()
    evidence: OfferingEvidence = OfferingEvidence.RULE
    students: int | None = Field(default=None, ge=1, le=100_000,
                                 description="DUO students in the evidence year")
    via: str = Field(default="", max_length=40,
                     description="the predecessor crebo(s) DUO counted, for evidence predecessor")
    evidence_year: int | None = Field(default=None, ge=2000, le=2100)


class Offering(OfferingCreate, table=True):
    """A programme offered by an institution in one leerweg at one location."""

    __table_args__ = (UniqueConstraint("institution_id", "programme_id", "leerweg", "city"),)

    id: int | None = Field(default=None, primary_key=True)
    institution_id: int = Field(foreign_key="institution.id", index=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)

    @property
    def start_month_numbers(self) -> list[int]:
        return [int(m) for m in self.start_months.split(";")]


# --- Labour-market figures and progression ----------------------------------------------


class FigureValues(SQLModel):
    """What every figure has: indicator, optional leerweg, value and unit, year and source."""

    indicator: str = Field(min_length=2, max_length=40)
    leerweg: Leerweg | None = None
    value: float
    # The range an estimate allows (both or neither); a measured figure has none.
    low: float | None = None
    high: float | None = None
    unit: str = Field(min_length=1, max_length=20)
    year: int = Field(ge=2000, le=2100)
    source: str = Field(min_length=2, max_length=300)


class FigureCreate(FigureValues):
    kind: FigureKind
    method_note: str = Field(default="", max_length=600)


class Figure(FigureCreate, table=True):
    """A labour-market figure for a programme, optionally per leerweg and region.

    Several figures may exist for the same programme/indicator/leerweg/region (an estimate
    and later a measured value); exactly one of them is current, the rest is history.
    """

    id: int | None = Field(default=None, primary_key=True)
    programme_id: int = Field(foreign_key="programme.id", index=True)
    region_id: int | None = Field(default=None, foreign_key="region.id", index=True)
    is_current: bool = True


class ProgressionCreate(SQLModel):
    to_hbo: str | None = Field(default=None, max_length=200)
    basis: str = Field(min_length=2, max_length=200)


class Progression(ProgressionCreate, table=True):
    """A doorstroom route: a programme leads to another mbo programme or to an hbo study."""

    id: int | None = Field(default=None, primary_key=True)
    from_programme_id: int = Field(foreign_key="programme.id", index=True)
    to_programme_id: int | None = Field(default=None, foreign_key="programme.id", index=True)

    @property
    def is_to_hbo(self) -> bool:
        return self.to_programme_id is None


class CatalogueVersion(SQLModel, table=True):
    """One row whose value changes whenever seed or import changes data.

    Web workers keep a read-only snapshot of the catalogue in memory and rebuild it when
    this value differs from the one they built it from (see kiesmbo.catalogue).
    """

    id: int = Field(default=1, primary_key=True)
    value: str = Field(max_length=40)


class DataSourceCreate(SQLModel):
    code: Annotated[str, StringConstraints(pattern=r"^[a-z0-9-]+$")] = Field(max_length=40)
    name: str = Field(min_length=2, max_length=200)
    publisher: str = Field(min_length=2, max_length=200)
    year: int = Field(ge=1990, le=2100)
    licence: str = Field(min_length=2, max_length=120)
    url: str = Field(default="", max_length=300)
    used_for: str = Field(min_length=2, max_length=400)
    kind: Annotated[str, StringConstraints(pattern=r"^(real|curated|estimate)$")] = Field(
        max_length=10)


class DataSource(DataSourceCreate, table=True):
    """A source listed on the sources page, with its licence."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)


class ReferenceFigureCreate(FigureValues):
    """A published national figure that programme figures are compared with."""

    code: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")] = Field(max_length=40)
    kind: FigureKind = FigureKind.MEASURED


class ReferenceFigure(ReferenceFigureCreate, table=True):
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)


class SavedResult(SQLModel, table=True):
    """A questionnaire result kept under a code: answers and a timestamp, nothing else.

    The code itself is not stored, only its SHA-256, so the table does not reveal codes.
    """

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(unique=True, index=True, max_length=64)
    answers: str = Field(max_length=20_000, description="JSON: interest answers and choices")
    created_at: datetime.datetime = Field(index=True)
