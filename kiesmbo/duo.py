"""DUO's open enrolment file (students per instelling x crebo x leerweg), read as DUO publishes it.

One parser for the seed build (seed_data/build/build_seed.py) and for the
`import-duo-enrolments` command, so both read the file the same way. No Flask, no database.

The file: `;`-separated, UTF-8 or latin-1 (DUO serves latin-1; copies are often re-saved as
UTF-8), one row per BRIN x TYPE MBO (BOLVT, BOLDT, BBL) x KWALIFICATIE CODE, with the number
of students on 1 October per peiljaar in MAN<year>, VROUW<year> and TOTAAL<year> columns.
See seed_data/raw/duo/PROVENANCE_enrolments.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kiesmbo.csvfiles import DataFileError

# The columns every edition of the file has (besides the per-year counts).
FIXED_COLUMNS = (
    "BRIN NUMMER", "SOORTINS", "INSTELLINGSNAAM", "PLAATSNAAM", "TYPE MBO",
    "KWALIFICATIENIVEAU", "KWALIFICATIE CODE", "KWALIFICATIE NAAM", "MBO SECTOR", "DOMEIN",
    "SECTORUNIT SBB",
)
YEAR_COLUMN = re.compile(r"^(MAN|VROUW|TOTAAL)(\d{4})$")
# BOLDT is bol in deeltijd (part-time): still bol for a student choosing a leerweg.
LEERWEG_OF_TYPE = {"BOLVT": "bol", "BOLDT": "bol", "BBL": "bbl"}
BRIN_PATTERN = re.compile(r"^\d{2}[A-Z]{2}$")
MAX_FIELD = 500  # characters; the longest real name is under 100
MAX_COUNT = 100_000  # students of one school in one programme; far above any real count
# DUO's SBB sectorunits, as our sector codes (seed_data/sectors.csv).
SECTOR_OF_UNIT = {
    "Sectorunit techniek en gebouwde omgeving": "TGO",
    "Sectorunit zorg, welzijn en sport": "ZWS",
    "Sectorunit mobiliteit, transport, logistiek, maritiem": "MTLM",
    "Sectorunit handel": "HAN",
    "Sectorunit creatieve industrie en ICT": "ICI",
    "Sectorunit zakelijke dienstverlening en veiligheid": "ZDV",
    "Sectorunit voedsel, groen en gastvrijheid": "VGG",
    "Sectorunit specialistisch vakmanschap": "SV",
}


@dataclass(frozen=True)
class EnrolmentRow:
    """One line of the file: one school, one programme code, one leerweg."""

    line: int
    brin: str
    school_kind: str
    school_name: str
    place: str
    leerweg: str
    level: int | None
    crebo: str
    name: str
    domain: str
    sector_unit: str
    students: dict[int, int]  # peiljaar -> students on 1 October (TOTAAL)


@dataclass
class EnrolmentFile:
    """The rows of one file and the peiljaren it covers."""

    name: str
    years: tuple[int, ...]
    rows: list[EnrolmentRow] = field(default_factory=list)

    @property
    def last_year(self) -> int:
        return self.years[-1]


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else latin-1 as DUO serves it.

    Raises:
        DataFileError: empty file, NUL bytes.
    """
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise DataFileError(name, line, "the file contains a NUL byte; is it a CSV file?")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    if not text.strip():
        raise DataFileError(name, 1, "the file is empty")
    return text


def _count(value: str, name: str, line: int, column: str) -> int:
    value = value.strip()
    if not value:
        return 0  # DUO leaves a cell empty where there were no students
    if not (value.isascii() and value.isdigit()) or int(value) > MAX_COUNT:
        raise DataFileError(name, line, f"{column}: expected a number of students, found "
                                        f"{value[:20]!r}")
    return int(value)


def parse(data: bytes, name: str) -> EnrolmentFile:
    """Read and check the whole file.

    Raises:
        DataFileError: wrong delimiter, missing columns, no year columns, a ragged row, a
            bad BRIN, crebo, leerweg, level or count, an over-long field. Rows of dossier
            (23xxx) and pre-2012 codes are kept; the caller decides what to use.
    """
    text = decode(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";")
    try:
        header = [column.strip() for column in next(reader)]
    except StopIteration:
        raise DataFileError(name, 1, "the file is empty") from None
    except csv.Error as exc:
        raise DataFileError(name, 1, f"not a readable CSV header ({exc})") from None
    if len(header) == 1:
        raise DataFileError(name, 1, "wrong delimiter: DUO's file separates columns with ;")
    missing = [c for c in FIXED_COLUMNS if c not in header]
    if missing:
        raise DataFileError(name, 1, f"missing column(s): {', '.join(missing)}; is this DUO's "
                                     "students-per-instelling file?")
    years = sorted({int(m.group(2)) for c in header if (m := YEAR_COLUMN.match(c))
                    and m.group(1) == "TOTAAL"})
    if not years:
        raise DataFileError(name, 1, "no TOTAAL<year> columns (e.g. TOTAAL2019)")
    position = {column: i for i, column in enumerate(header)}
    result = EnrolmentFile(name=name, years=tuple(years))
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue  # DUO's files end with empty ;;; lines
            if len(values) != len(header):
                raise DataFileError(name, line, f"expected {len(header)} values, found "
                                                f"{len(values)}")
            if any(len(v) > MAX_FIELD for v in values):
                raise DataFileError(name, line, f"a field is longer than {MAX_FIELD} characters")
            result.rows.append(_row(values, position, years, name, line))
    except csv.Error as exc:
        raise DataFileError(name, reader.line_num, f"not readable as CSV ({exc})") from None
    if not result.rows:
        raise DataFileError(name, 2, "the file has a header but no rows")
    return result


def _row(values: list[str], position: dict[str, int], years: list[int], name: str,
         line: int) -> EnrolmentRow:
    def get(column: str) -> str:
        return values[position[column]].strip()

    brin = get("BRIN NUMMER")
    if not BRIN_PATTERN.match(brin):
        raise DataFileError(name, line, f"BRIN NUMMER: expected 2 digits and 2 letters, found "
                                        f"{brin[:20]!r}")
    kind = get("TYPE MBO")
    if kind not in LEERWEG_OF_TYPE:
        raise DataFileError(name, line, f"TYPE MBO: expected BOLVT, BOLDT or BBL, found "
                                        f"{kind[:20]!r}")
    crebo = get("KWALIFICATIE CODE")
    if not (crebo.isascii() and crebo.isdigit() and len(crebo) == 5):
        raise DataFileError(name, line, f"KWALIFICATIE CODE: expected 5 digits, found "
                                        f"{crebo[:20]!r}")
    level_text = get("KWALIFICATIENIVEAU")
    if level_text and level_text not in {"1", "2", "3", "4"}:
        raise DataFileError(name, line, f"KWALIFICATIENIVEAU: expected 1 to 4, found "
                                        f"{level_text[:20]!r}")
    for column in position:
        if YEAR_COLUMN.match(column):
            _count(get(column), name, line, column)  # MAN and VROUW too: refuse a bad cell
    students = {year: _count(get(f"TOTAAL{year}"), name, line, f"TOTAAL{year}")
                for year in years}
    return EnrolmentRow(
        line=line, brin=brin, school_kind=get("SOORTINS"), school_name=get("INSTELLINGSNAAM"),
        place=get("PLAATSNAAM"), leerweg=LEERWEG_OF_TYPE[kind],
        level=int(level_text) if level_text else None, crebo=crebo,
        name=get("KWALIFICATIE NAAM"), domain=get("DOMEIN"),
        sector_unit=get("SECTORUNIT SBB"), students=students)


# --- What kiesmbo takes from the file ----------------------------------------------------


@dataclass
class ProgrammeCounts:
    """Measured facts of one current programme, from its own code or its predecessors."""

    students: dict[int, int] = field(default_factory=dict)  # peiljaar -> all students
    bbl: dict[int, int] = field(default_factory=dict)  # peiljaar -> bbl students
    schools: set[str] = field(default_factory=set)  # BRIN with students in the last year
    codes: set[str] = field(default_factory=set)  # the DUO codes counted
    shared: set[str] = field(default_factory=set)  # predecessors split over several successors

    def basis(self, crebo: str) -> str:
        """Whose counts these are: "eigen code", or "voorganger 25187, 25188"."""
        text = ("eigen code" if self.codes == {crebo}
                else "voorganger " + ", ".join(sorted(self.codes - {crebo})))
        return text + (" (gedeeld met andere opvolgers)" if self.shared else "")


@dataclass(frozen=True)
class OfferingEvidence:
    """A (school, programme, leerweg) with students in the file's last year."""

    brin: str
    crebo: str
    leerweg: str
    students: int
    via: str  # the DUO code seen: the programme's own crebo or a predecessor's


def carry_over(
    file: EnrolmentFile, *, current: Iterable[str], successors: dict[str, list[str]],
    brin_successor: dict[str, str],
) -> tuple[dict[str, ProgrammeCounts], list[OfferingEvidence]]:
    """Counts and offerings per current programme, carried from predecessors where recoded.

    Args:
        current: the crebo codes that are current programmes.
        successors: expired crebo -> its current successor codes.
        brin_successor: merged school BRIN -> the BRIN that continues it.

    A predecessor with several successors counts for each of them, marked `shared`, since
    the file cannot say which students would have followed which successor.
    """
    current = set(current)
    last = file.last_year
    counts: dict[str, ProgrammeCounts] = defaultdict(ProgrammeCounts)
    pairs: dict[tuple[str, str, str], list] = {}
    for row in file.rows:
        if row.crebo in current:
            targets = [row.crebo]
        else:
            targets = [t for t in successors.get(row.crebo, []) if t in current]
        if not targets:
            continue
        brin = brin_successor.get(row.brin, row.brin)
        for target in targets:
            facts = counts[target]
            facts.codes.add(row.crebo)
            if len(targets) > 1:
                facts.shared.add(row.crebo)
            for year, n in row.students.items():
                facts.students[year] = facts.students.get(year, 0) + n
                if row.leerweg == "bbl":
                    facts.bbl[year] = facts.bbl.get(year, 0) + n
            n_last = row.students.get(last, 0)
            if n_last:
                facts.schools.add(brin)
                key = (brin, target, row.leerweg)
                seen = pairs.setdefault(key, [0, set()])
                seen[0] += n_last
                seen[1].add(row.crebo)
    offerings = [OfferingEvidence(brin, crebo, leerweg, n,
                                  crebo if crebo in codes else ";".join(sorted(codes)))
                 for (brin, crebo, leerweg), (n, codes) in sorted(pairs.items())]
    return dict(counts), offerings


def official_fields(file: EnrolmentFile) -> dict[str, dict[str, str]]:
    """Per 25xxx code: level, domain and SBB sector as DUO registers them (last row wins)."""
    fields: dict[str, dict[str, str]] = {}
    for row in file.rows:
        if row.crebo.startswith("25"):
            fields[row.crebo] = {"level": str(row.level or ""), "domain": row.domain,
                                 "sector": SECTOR_OF_UNIT.get(row.sector_unit, ""),
                                 "name": row.name}
    return fields
