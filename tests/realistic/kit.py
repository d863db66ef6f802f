"""What a realistic fixture promises: the observations a careful reader takes from the sheet."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

Rag = Literal["red", "amber", "green"]
Status = Literal["imported", "needs_review"]

RED_FILL, AMBER_FILL, GREEN_FILL = "FFFF0000", "FFFFC000", "FF00B050"
BOLD = Font(bold=True)

_QUARTER = re.compile(r"^Q[1-4] \d{4}/\d{2}$")
_FY = re.compile(r"^\d{4}/\d{2}$")
_MONTH = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$")
_YEAR = re.compile(r"^\d{4}$")
_AY = re.compile(r"^\d{4}/\d{2} \(AY\)$")
_RANGE = re.compile(r"^\d{4}\u2013\d{4}$")
_HALF = re.compile(r"^H[12] \d{4}/\d{2}$")
_MONTHS = re.compile(r"^[A-Z][a-z]{2} \d{4}\u2013[A-Z][a-z]{2} \d{4}$")


def canonical_period(label: str) -> bool:
    """Whether a period label is written the way the app labels periods (CONTRACT.md)."""
    pats = (_QUARTER, _FY, _MONTH, _YEAR, _AY, _RANGE, _HALF, _MONTHS)
    return any(p.match(label) for p in pats)


@dataclass(frozen=True)
class Obs:
    """One expected observation; `actual` in points for percentages (54% -> 54.0)."""

    code: str | None
    name: str
    period: str
    actual: float | None
    actual_text: str | None = None
    target: float | None = None
    rag: Rag | None = None
    band: tuple[float, float] | None = None  # a target written as a range, both ends

    @property
    def key(self) -> tuple[str, str]:
        return (indicator_key(self.code, self.name), self.period)


def indicator_key(code: str | None, name: str) -> str:
    """How an indicator is matched: its code when it has one, else its name, loosely."""
    if code:
        return "code:" + code.strip().casefold()
    return "name:" + " ".join(name.replace("\u2019", "'").split()).casefold().rstrip(".")


_UNIT_TAIL = re.compile(r"\s*\((?:%|[a-z£]{1,12})\)$", re.IGNORECASE)


def loose_name_key(name: str) -> str:
    """A name's key without a trailing unit in brackets: 'Bed occupancy (%)' matches 'Bed occupancy'."""
    return indicator_key(None, _UNIT_TAIL.sub("", name.strip()))


@dataclass
class Expected:
    """The reading of one fixture file."""

    observations: list[Obs]
    status: Status = "imported"
    polarity: dict[str, str] = field(default_factory=dict)  # indicator key -> polarity
    unit: dict[str, str] = field(default_factory=dict)  # indicator key -> unit
    review_cells: list[str] = field(default_factory=list)  # "Sheet!F7" behind a review

    def add_meta(self, code: str | None, name: str, polarity: str | None, unit: str | None) -> None:
        key = indicator_key(code, name)
        if polarity:
            self.polarity[key] = polarity
        if unit:
            self.unit[key] = unit


# --- helpers the builders share -------------------------------------------------


def new_book(title: str) -> tuple[Workbook, Worksheet]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    return book, sheet


def put_row(
    sheet: Worksheet, row: int, col: int, values: Sequence[object], bold: bool = False
) -> None:
    """Write values across from (row, col); None leaves the cell blank."""
    for offset, value in enumerate(values):
        if value is None:
            continue
        cell = sheet.cell(row=row, column=col + offset, value=value)
        if bold:
            cell.font = BOLD


def fill(sheet: Worksheet, ref: str, rgb: str) -> None:
    sheet[ref].fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def title(sheet: Worksheet, ref: str, text: str) -> None:
    sheet[ref] = text
    sheet[ref].font = Font(bold=True, size=14)


def merge(sheet: Worksheet, cells: str, value: object) -> None:
    first = cells.split(":")[0]
    sheet[first] = value
    sheet[first].alignment = Alignment(horizontal="center")
    sheet[first].font = BOLD
    sheet.merge_cells(cells)


def num(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def text_of(value: object) -> str | None:
    return None if isinstance(value, int | float) or value is None else str(value)


def observed(
    code: str | None,
    name: str,
    periods: Iterable[str],
    values: Iterable[object],
    target: float | None = None,
    rag_latest: Rag | None = None,
) -> list[Obs]:
    """A wide row's observations: blank cells give none, the RAG belongs to the last one given."""
    out = [
        Obs(code, name, period, num(v), text_of(v), target)
        for period, v in zip(periods, values, strict=True)
        if v is not None
    ]
    if out and rag_latest:
        last = out[-1]
        out[-1] = Obs(
            last.code,
            last.name,
            last.period,
            last.actual,
            last.actual_text,
            last.target,
            rag_latest,
        )
    return out


def save(book: Workbook, path: Path) -> Path:
    book.save(path)
    return path
