"""What every value reader hands back: raw sheets, the cell clean-up and reader failures."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.scorecard.read.grid import CellValue


class ReaderFailed(Exception):
    """The value reader could not open the workbook (its own error, or a panic inside it)."""


def _native(err: BaseException) -> BaseException:
    """Pass a reader failure back; re-raise anything else (Ctrl+C, exit)."""
    # calamine's Rust panics surface as pyo3's PanicException, a BaseException
    if isinstance(err, Exception) or type(err).__name__ == "PanicException":
        return err
    raise err


class TooManyCells(Exception):
    """A sheet holds more cells than the caller allows."""

    def __init__(self, sheet: str, cells: int) -> None:
        super().__init__(sheet, cells)
        self.sheet = sheet
        self.cells = cells


@dataclass(slots=True)
class RawSheet:
    name: str
    rows: list[list[CellValue]]
    hidden: bool = False
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(slots=True)
class RawBook:
    sheets: list[RawSheet]
    warnings: list[str] = field(default_factory=list)


def clean(value: Any) -> CellValue:
    """A reader's cell value as a CellValue: empty text is None, durations become times."""
    if value is None or value == "":
        return None
    if isinstance(value, str | bool | int | float | dt.datetime | dt.date | dt.time):
        return value
    if isinstance(value, dt.timedelta):
        return _duration(value)
    return str(value)


def _duration(value: dt.timedelta) -> CellValue:
    """A cell formatted as a duration ('[h]:mm:ss') as the .ods of the same sheet reads: a
    time value under a day, else the hours, minutes and seconds as text ('27:04:05')."""
    total = value.total_seconds()
    if 0 <= total < 86_400:
        return (dt.datetime.min + value).time()
    whole = round(abs(total))
    sign = "-" if total < 0 else ""
    return f"{sign}{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def trim(rows: list[list[CellValue]]) -> list[list[CellValue]]:
    """Drop trailing fully-empty rows and columns; rows become equally long."""
    height = len(rows)
    while height and rows[height - 1].count(None) == len(rows[height - 1]):
        height -= 1
    kept = rows[:height]
    widest = max(map(len, kept), default=0)
    width = widest
    while width and all(len(row) < width or row[width - 1] is None for row in kept):
        width -= 1
    if width == widest and min(map(len, kept), default=0) == width:
        return kept  # already rectangular (what calamine gives): nothing to cut or pad
    out: list[list[CellValue]] = []
    for row in kept:
        if len(row) == width:
            out.append(row)
        elif len(row) > width:
            out.append(row[:width])
        else:
            out.append(row + [None] * (width - len(row)))
    return out


def why(err: BaseException, name: str) -> str:
    """A short reason a sheet could not be read, fit for a warning."""
    text = " ".join(str(err).split())
    if isinstance(err, KeyError) or text in ("", name) or len(text) > 120:
        return "its part of the file is missing or damaged"
    return text
