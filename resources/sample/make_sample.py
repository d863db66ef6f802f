"""Write the bundled sample scorecard, byte for byte the same on every run."""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from resources.sample.sample_data import ALL_SPECS, QUARTERS, Spec

TITLE = "Example Borough Council — Corporate Performance Report, Quarter 2 2025/26"
RAG_KEY = (
    "Green = on or better than target; Amber = within 10% of target; Red = more than 10% off target"
)
HEADERS = (
    "Portfolio",
    "Service",
    "Ref",
    "Indicator",
    "Good is",
    "Unit",
    "Period",
    "Numerator",
    "Denominator",
    "Actual",
    "Target",
    "RAG",
    "Direction of travel",
    "England",
    "Statistical neighbours",
    "Commentary",
    "Part 2",
)
WIDTHS = (22, 30, 7, 60, 8, 11, 12, 11, 12, 10, 10, 8, 18, 10, 12, 80, 7)
FIXED_TIME = dt.datetime(2025, 11, 3, 9, 0, 0)
ZIP_TIME = (2025, 11, 3, 9, 0, 0)
RAG_FILLS = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
RAG_FONTS = {"Red": "FFFFFF", "Amber": "000000", "Green": "FFFFFF"}
NUMBER_FORMATS = {
    "frac": "0.0%",
    "pct": "0.0",
    "count": "#,##0",
    "days": "0.0",
    "rate": "#,##0.0",
    "num": "0.0",
}
UNITS = {"frac": "%", "pct": "%", "count": "Number", "days": "Days", "rate": "Per 100,000"}
DEFAULT_PATH = Path(__file__).with_name("sample_scorecard.xlsx")

Number = float | int


def _at(value: float | tuple[float, ...] | None, index: int) -> float | None:
    return value[index] if isinstance(value, tuple) else value


def council_rag(good: str, actual: float, target: float) -> str:
    """The council's published rule: amber within 10% of the target."""
    slack = abs(target) * 0.1
    if good == "High":
        if actual >= target:
            return "Green"
        return "Amber" if actual >= target - slack else "Red"
    if actual <= target:
        return "Green"
    return "Amber" if actual <= target + slack else "Red"


def _direction(good: str, now: float, before: float | None) -> str | None:
    if before is None:
        return None
    if abs(now - before) < 1e-9:
        return "No change"
    better = now > before if good == "High" else now < before
    return "Improving" if better else "Worsening"


def _describe(spec: Spec, value: float) -> str:
    if spec.kind in ("frac", "pct"):
        return f"{value:.1f}%"
    if spec.kind == "count":
        return f"{value:,.0f}"
    if spec.kind == "days":
        return f"{value:.1f} days"
    if spec.kind == "rate":
        return f"{value:,.1f} per 100,000"
    return f"{value:.1f} {spec.unit or ''}".rstrip()


def _store(spec: Spec, value: float) -> Number:
    if spec.kind == "frac":
        return round(value / 100, 4)
    if spec.kind == "count":
        return round(value)
    return round(value, 1)


class _Rows:
    """Turns one indicator's figures into the rows the council would publish."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.reds = 0
        self.history: dict[int, float] = {}

    def rows(self) -> list[list[object]]:
        out: list[list[object]] = []
        for index, raw in enumerate(self.spec.values):
            if raw is None:
                continue
            out.append(self.row(index, raw))
        return out

    def row(self, index: int, raw: float | str) -> list[object]:
        spec = self.spec
        target = _at(spec.target, index)
        assert target is not None
        numerator: Number | str | None = None
        denominator: int | None = None
        actual: Number | str = "*"
        rag: str | None = None
        direction: str | None = None
        if isinstance(raw, str):
            comment: str | None = "Not published: the number is small enough to identify people."
        else:
            value = float(raw)
            if spec.denominators is not None:
                denominator = spec.denominators[index]
                numerator = round(value / 100 * denominator)
                value = 100 * numerator / denominator
            actual = _store(spec, value)
            rag = spec.rag_overrides.get(index) or council_rag(spec.good, value, target)
            direction = _direction(spec.good, value, self._before(index))
            self.history[index] = value
            comment = self._comment(index, value, target, rag, numerator, denominator)
        return [
            spec.portfolio,
            spec.service,
            spec.ref,
            spec.name,
            spec.good,
            spec.unit or UNITS[spec.kind],
            QUARTERS[index],
            numerator,
            denominator,
            actual,
            _store(spec, target),
            rag,
            direction,
            self._comparator(spec.england, index),
            self._comparator(spec.neighbours, index),
            comment,
            "Yes" if spec.part2 else "No",
        ]

    def _before(self, index: int) -> float | None:
        earlier = [i for i in self.history if i < index]
        return self.history[max(earlier)] if earlier else None

    def _comparator(self, value: float | tuple[float, ...] | None, index: int) -> Number | None:
        figure = _at(value, index)
        return None if figure is None else _store(self.spec, figure)

    def _comment(
        self,
        index: int,
        value: float,
        target: float,
        rag: str,
        numerator: Number | str | None,
        denominator: int | None,
    ) -> str | None:
        spec = self.spec
        if index in spec.remarks:
            return spec.remarks[index]
        if rag == "Red":
            if index in spec.no_comment:
                return None
            if not spec.notes:
                raise ValueError(f"{spec.ref} is red in {QUARTERS[index]} but has no commentary")
            note = spec.notes[self.reds % len(spec.notes)]
            self.reds += 1
            figure = _describe(spec, value)
            if denominator is not None:
                figure = f"{numerator} of {denominator} ({figure})"
            return f"{figure} against a target of {_describe(spec, target)}. {note}"
        if rag == "Amber":
            return spec.amber_note
        return spec.green_note


def _cover(sheet: Worksheet, indicator_count: int) -> None:
    lines: list[tuple[str, bool]] = [
        (TITLE, True),
        ("", False),
        ("Report to: Overview and Scrutiny Management Board, 20 November 2025", False),
        ("Period covered: Q3 2023/24 to Q2 2025/26 (eight quarters)", False),
        (f"Indicators reported: {indicator_count}", False),
        ("", False),
        ("Notes", True),
        ("Each indicator has one row per quarter on the Scorecard sheet.", False),
        ("Percentages are shown as a percentage of the relevant cohort.", False),
        ("* = not published because the number is small enough to identify people.", False),
        ("Indicators marked Part 2 are exempt from publication (Local Government Act 1972,", False),
        ("Schedule 12A, paragraph 2) and must not be shared outside the meeting.", False),
        ("Collection rates are the forecast for the whole financial year.", False),
        ("", False),
        ("RAG key", True),
        (RAG_KEY, False),
    ]
    for number, (text, bold) in enumerate(lines, start=1):
        cell = sheet.cell(row=number, column=1, value=text or None)
        if bold:
            cell.font = Font(bold=True, size=14 if number == 1 else 11)
    for offset, rag in enumerate(("Green", "Amber", "Red"), start=len(lines) + 1):
        cell = sheet.cell(row=offset, column=1, value=rag)
        cell.fill = PatternFill("solid", fgColor=RAG_FILLS[rag])
        cell.font = Font(bold=True, color=RAG_FONTS[rag])
    sheet.column_dimensions["A"].width = 100


def _scorecard(sheet: Worksheet) -> None:
    sheet.cell(row=1, column=1, value=TITLE).font = Font(bold=True, size=14)
    sheet.cell(
        row=2,
        column=1,
        value="Scorecard: one row per indicator per quarter. RAG key: " + RAG_KEY,
    ).font = Font(italic=True)
    for column, header in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=3, column=column, value=header)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(row=3, column=column).column_letter].width = width
    row_number = 4
    for spec in ALL_SPECS:
        for values in _Rows(spec).rows():
            for column, value in enumerate(values, start=1):
                sheet.cell(row=row_number, column=column, value=value)
            _format_row(sheet, row_number, spec, values[11])
            row_number += 1
    sheet.freeze_panes = "E4"
    sheet.auto_filter.ref = f"A3:Q{row_number - 1}"


def _format_row(sheet: Worksheet, row: int, spec: Spec, rag: object) -> None:
    number_format = NUMBER_FORMATS[spec.kind]
    for column in (10, 11, 14, 15):
        sheet.cell(row=row, column=column).number_format = number_format
    sheet.cell(row=row, column=16).alignment = Alignment(wrap_text=True, vertical="top")
    if isinstance(rag, str):
        cell = sheet.cell(row=row, column=12)
        cell.fill = PatternFill("solid", fgColor=RAG_FILLS[rag])
        cell.font = Font(bold=True, color=RAG_FONTS[rag])


def _workbook_bytes() -> bytes:
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    _cover(cover, len(ALL_SPECS))
    _scorecard(book.create_sheet("Scorecard"))
    book.properties.creator = "Example Borough Council"
    book.properties.title = TITLE
    book.properties.created = FIXED_TIME
    book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _fixed_core(xml: bytes) -> bytes:
    """openpyxl stamps the save time into docProps/core.xml; put the fixed time back."""
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>" + stamp + rb"\g<2>", xml)


def _repack(data: bytes) -> bytes:
    """Rewrite the zip with fixed entry times so the file is the same on every run."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for name in source.namelist():
            content = source.read(name)
            if name == "docProps/core.xml":
                content = _fixed_core(content)
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, content)
    return out.getvalue()


def build_sample(path: Path) -> Path:
    """Write the sample scorecard to ``path`` and return it."""
    path = Path(path)
    path.write_bytes(_repack(_workbook_bytes()))
    return path


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    path = Path(args[0]) if args else DEFAULT_PATH
    build_sample(path)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
