"""Import DUO's students-per-instelling file into the catalogue: offerings and counts.

`flask --app kiesmbo import-duo-enrolments FILE` reads the file exactly as DUO publishes it
(kiesmbo.duo) and, in one transaction, replaces what came from DUO before:

- the offerings confirmed by DUO (evidence duo or predecessor), by the file's last year;
  a rule-based ("niet bevestigd") offering goes as soon as DUO confirms any school for
  that programme;
- the students per programme per year (Enrolment).

Codes are mapped as the seed build maps them: an expired code counts for its successors,
a merged school for the school that continues it. Rows of schools we do not list (not an
mbo institution, or new since our list) and of codes we do not know are counted and
reported, not guessed. No Flask import: the CLI and the tests pass a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, select

from kiesmbo import duo
from kiesmbo.csvfiles import DataFileError
from kiesmbo.models import (
    Enrolment,
    Institution,
    Offering,
    OfferingEvidence,
    Programme,
    RetiredProgramme,
)
from kiesmbo.seed import SeedReport, TableReport, bump_catalogue_version, one_transaction


@dataclass
class EnrolmentImportReport(SeedReport):
    """The table counts, plus what the file held that we could not place."""

    unknown_schools: dict[str, str] = field(default_factory=dict)  # BRIN -> name in file
    unknown_codes: set[str] = field(default_factory=set)
    year: int = 0


def import_duo_enrolments(*, session: Session, data: bytes, name: str,
                          dry_run: bool = False) -> EnrolmentImportReport:
    """Replace DUO-based offerings and counts with those of this file.

    Raises:
        DataFileError: the file is not DUO's file or has a bad row; nothing is written.
    """
    file = duo.parse(data, name)  # before the write transaction, so it stays short
    with one_transaction(session, dry_run=dry_run):
        report = EnrolmentImportReport(year=file.last_year)
        programmes = {p.crebo: p for p in session.exec(select(Programme))}
        retired = {r.crebo: r for r in session.exec(select(RetiredProgramme))}
        schools = {i.brin: i for i in session.exec(select(Institution))}
        merged = {old: i.brin for i in schools.values() for old in i.former_brin_list}
        if not programmes:
            raise DataFileError(name, 0, "the catalogue is empty: run `flask --app kiesmbo "
                                         "seed` first")
        counts, evidence = duo.carry_over(
            file, current=programmes,
            successors={c: r.successor_codes for c, r in retired.items()},
            brin_successor=merged)
        for row in file.rows:
            brin = merged.get(row.brin, row.brin)
            if brin not in schools and row.students.get(file.last_year, 0):
                report.unknown_schools[row.brin] = row.school_name
            if row.crebo.startswith("25") and row.crebo not in programmes \
                    and row.crebo not in retired:
                report.unknown_codes.add(row.crebo)
        _replace_offerings(session, report, evidence, programmes, schools, file.last_year)
        _replace_enrolments(session, report, counts, programmes, file)
        if report.changed:
            bump_catalogue_version(session)
    return report


def _update(row: object, values: dict, table: TableReport) -> None:
    """Change an existing row to `values` and count it as updated, or as unchanged."""
    if any(getattr(row, k) != v for k, v in values.items()):
        for k, v in values.items():
            setattr(row, k, v)
        table.updated += 1
    else:
        table.unchanged += 1


def _replace_offerings(session: Session, report: SeedReport,
                       evidence: list[duo.OfferingEvidence], programmes: dict[str, Programme],
                       schools: dict[str, Institution], year: int) -> None:
    table = report.table("offering")
    confirmed = {e.crebo for e in evidence if e.brin in schools}
    old = session.exec(select(Offering)).all()
    by_key = {(o.institution_id, o.programme_id, o.leerweg): o for o in old}
    keep: set[int] = set()
    for e in evidence:
        school = schools.get(e.brin)
        if school is None:
            continue
        programme = programmes[e.crebo]
        own = e.via == e.crebo
        if own:
            # A leerweg DUO counted students in under the code itself is really taught.
            if e.leerweg == "bol" and not programme.has_bol:
                programme.has_bol = True
            if e.leerweg == "bbl" and not programme.has_bbl:
                programme.has_bbl = True
        elif e.leerweg not in programme.leerwegen:
            continue  # a predecessor's leerweg that the new code is not taught in
        values = {"evidence": OfferingEvidence.DUO if own else OfferingEvidence.PREDECESSOR,
                  "students": e.students, "via": "" if own else e.via, "evidence_year": year,
                  "city": school.city, "latitude": school.latitude,
                  "longitude": school.longitude}
        row = by_key.get((school.id, programme.id, e.leerweg))
        if row is None:
            row = Offering(institution_id=school.id, programme_id=programme.id,
                           leerweg=e.leerweg, start_months="9", **values)
            session.add(row)
            table.created += 1
        else:
            _update(row, values, table)
        if row.id is not None:
            keep.add(row.id)
    confirmed_ids = {programmes[c].id for c in confirmed}
    for row in old:
        if row.id in keep:
            continue
        stale_duo = row.evidence != OfferingEvidence.RULE
        if stale_duo or row.programme_id in confirmed_ids:
            session.delete(row)
            table.deleted += 1
    session.flush()


def _replace_enrolments(session: Session, report: SeedReport,
                        counts: dict[str, duo.ProgrammeCounts],
                        programmes: dict[str, Programme], file: duo.EnrolmentFile) -> None:
    table = report.table("enrolment")
    old = {(e.programme_id, e.year): e for e in session.exec(select(Enrolment))}
    new = {}
    for crebo, facts in counts.items():
        programme = programmes[crebo]
        for year in file.years:
            new[(programme.id, year)] = {
                "students": facts.students.get(year, 0), "bbl_students": facts.bbl.get(year, 0),
                "schools": len(facts.schools) if year == file.last_year else None,
                "basis": facts.basis(crebo)}
    for key, values in new.items():
        row = old.pop(key, None)
        if row is None:
            session.add(Enrolment(programme_id=key[0], year=key[1], **values))
            table.created += 1
        else:
            _update(row, values, table)
    for row in old.values():  # counts the new file no longer has
        session.delete(row)
        table.deleted += 1
    session.flush()
