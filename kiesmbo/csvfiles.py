"""Strict CSV reading shared by the seed loader and the figure import."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


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
    return text


def iter_csv_rows(
    text: str, name: str, columns: tuple[str, ...], *, max_rows: int | None = None
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for a comma-separated text with exactly these columns.

    Values are stripped of surrounding spaces. Column order is free.

    Raises:
        DataFileError: wrong delimiter, missing or extra columns, a ragged row, too many rows.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [column.strip() for column in next(reader)]
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
    for values in reader:
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
        yield line, {key: value.strip() for key, value in zip(header, values, strict=True)}


def read_csv_file(
    path: Path, columns: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """Read a seed CSV file from disk; see iter_csv_rows."""
    if not path.is_file():
        raise DataFileError(path.name, 0, "file not found")
    return iter_csv_rows(decode_text(path.read_bytes(), path.name), path.name, columns)
