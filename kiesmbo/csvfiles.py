"""Strict CSV reading shared by the seed loader and the figure import.

Every problem is a DataFileError (`file:line: message`), never a traceback. Besides the shape
of the file, two kinds of cell are refused: NUL bytes (PostgreSQL cannot store them and no
real data holds one) and text that a spreadsheet would run as a formula (a cell starting
with = + - or @, as in `=cmd|...`): the data may later be exported and opened in Excel.
A plain number such as -3 or +2.5 is not a formula, so numeric columns may hold them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]+)?|[.,][0-9]+)")


@dataclass
class DataFileError(Exception):
    """A problem in a data file, reported as ``file:line: message``."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM).

    Raises:
        DataFileError: the bytes are not UTF-8 or the file is empty.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise DataFileError(name, line, "the file is not UTF-8 encoded; save it as UTF-8") from exc
    if not text.strip():
        raise DataFileError(name, 1, "the file is empty")
    nul = text.find("\x00")
    if nul >= 0:
        raise DataFileError(name, text.count("\n", 0, nul) + 1,
                            "the file contains a NUL byte (\\x00); save it as plain UTF-8 text")
    return text


def check_cell(value: str, column: str, name: str, line: int) -> None:
    """Refuse a cell that a spreadsheet would run as a formula.

    Raises:
        DataFileError: the (stripped) value starts with = + - or @ and is not a plain number.
    """
    if value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        raise DataFileError(name, line, f"{column}: {value[:40]!r} starts with {value[0]!r}, "
                            "which a spreadsheet runs as a formula; remove that character")


def _rows(reader, name: str) -> Iterator[list[str]]:
    """The reader's rows, with csv's own errors (such as a field over the size limit)
    turned into a DataFileError at the line where they happened."""
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            message = str(exc)
            if "field larger than field limit" in message:
                message = (f"a value is longer than {csv.field_size_limit():,} characters "
                           "(is a closing quote missing?)")
            raise DataFileError(name, reader.line_num, message) from None
        yield values


def iter_csv_rows(
    text: str, name: str, columns: tuple[str, ...], *, max_rows: int | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for a comma-separated text with exactly these columns.

    Values are stripped of surrounding spaces. Column order is free.

    Raises:
        DataFileError: wrong delimiter, missing or extra columns, a ragged row, too many rows.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = _rows(reader, name)
    try:
        header = [column.strip() for column in next(rows)]
    except StopIteration:
        raise DataFileError(name, 1, "the file is empty") from None
    if len(header) == 1 and any(sep in header[0] for sep in ";\t|"):
        raise DataFileError(name, 1, "wrong delimiter: separate columns with a comma (,)")
    missing = [c for c in columns if c not in header]
    extra = [c for c in header if c not in columns]
    if missing or extra or len(set(header)) != len(header):
        parts = []
        if missing:
            parts.append(f"missing column(s): {', '.join(missing)}")
        if extra:
            parts.append(f"unknown column(s): {', '.join(extra)}")
        if len(set(header)) != len(header):
            parts.append("a column name occurs twice")
        raise DataFileError(name, 1, "; ".join(parts) + f" (expected: {','.join(columns)})")
    count = 0
    for values in rows:
        line = reader.line_num
        if not values or all(not v.strip() for v in values):
            continue
        if len(values) != len(header):
            raise DataFileError(
                name, line, f"expected {len(header)} values, found {len(values)}"
            )
        count += 1
        if max_rows is not None and count > max_rows:
            raise DataFileError(name, line, f"too many rows (at most {max_rows:,})")
        row = {key: value.strip() for key, value in zip(header, values, strict=True)}
        for column, value in row.items():
            check_cell(value, column, name, line)
        yield line, row


def read_csv_file(
    path: Path, columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Read a seed CSV file from disk; see iter_csv_rows."""
    if not path.is_file():
        raise DataFileError(path.name, 0, "file not found")
    return iter_csv_rows(decode_text(read_bytes(path), path.name), path.name, columns)


def read_bytes(path: Path) -> bytes:
    """Read a data file.

    Raises:
        DataFileError: the file cannot be read (permissions, a vanished file, ...).
    """
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DataFileError(path.name, 0, f"cannot read the file: {exc.strerror or exc}") from None
