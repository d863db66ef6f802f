"""A 'Dashboard' sheet of headline formulas (=Data!F7, cached) in front of the full quarterly 'Data' sheet."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
COLOUR = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")
DATA_HEADER = 5

# Sections of the Data sheet: ref, indicator, percent?, Q4 23/24, Q1, Q2, Q3 24/25,
# target 2024/25, status (for Q3 2024/25).
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Safe, Clean and Green", (
        ("SCG01", "Household waste sent for reuse, recycling and composting", True, 0.472, 0.503, 0.488, 0.441, 0.5, "Red"),
        ("SCG02", "Residual household waste per household (kg)", False, 96.4, 92.1, 94.8, 99.3, 95, "Amber"),
        ("SCG03", "Fly-tipping incidents cleared within 2 working days", True, 0.884, 0.917, 0.932, 0.908, 0.9, "Green"),
        ("SCG04", "Streets below grade B for litter", True, 0.061, 0.048, 0.055, 0.052, 0.05, "Amber"),
    )),
    ("Homes and Communities", (
        ("HC01", "Households prevented from becoming homeless", False, 118, 97, 104, 126, 100, "Green"),
        ("HC02", "Households in temporary accommodation at quarter end", False, 214, 229, 241, 236, 200, "Red"),
        ("HC03", "Affordable homes delivered (cumulative)", False, 212, 41, 96, 158, 200, "Green"),
        ("HC04", "Disabled facilities grants completed within 26 weeks", True, 0.643, 0.714, 0.692, 0.75, 0.7, "Green"),
    )),
    ("Thriving Place", (
        ("TP01", "Visits to the Museum and Bentlif Art Gallery", False, 11847, 14203, 16911, 12458, 13000, "Amber"),
        ("TP02", "Town centre footfall (Week Street counter, thousands)", False, 1423, 1388, 1451, 1612, 1450, "Green"),
        ("TP03", "Vacant ground-floor units in the town centre", True, 0.118, 0.112, 0.109, 0.104, 0.1, "Amber"),
    )),
    ("Embracing Growth", (
        ("EG01", "Major planning applications decided within 13 weeks or agreed time", True, 0.857, 0.923, 1.0, 0.889, 0.9, "Amber"),
        ("EG02", "Minor planning applications decided within 8 weeks or agreed time", True, 0.804, 0.862, 0.841, 0.879, 0.85, "Green"),
        ("EG03", "Planning appeals allowed", True, 0.333, 0.25, 0.4, 0.222, 0.3, "Green"),
    )),
)  # fmt: skip

# Dashboard headlines: short label, the Data row's ref, comment typed by the performance team.
HEADLINES: tuple[tuple[str, str, str], ...] = (
    ("Recycling rate", "SCG01", "Garden waste tonnage down in a dry autumn."),
    ("Homelessness prevented", "HC01", "Best quarter since the service was brought in house."),
    ("Temporary accommodation", "HC02", "Still above target; two new leased blocks from March."),
    ("Affordable homes (year to date)", "HC03", "On course to pass the year's 200."),
    ("Empty town centre units", "TP03", "Three new lettings in Week Street; still above target."),
    ("Major planning decisions", "EG01", "One of nine late; extension not agreed in time."),
)


def _row_of(ref: str) -> int:
    """The Data sheet row a ref is on (sections each start with a heading row)."""
    row = DATA_HEADER
    for _section, rows in SECTIONS:
        row += 1
        for data in rows:
            row += 1
            if data[0] == ref:
                return row
    raise KeyError(ref)


def _data(ref: str) -> tuple[object, ...]:
    for _section, rows in SECTIONS:
        for data in rows:
            if data[0] == ref:
                return data
    raise KeyError(ref)


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly KPI workbook with a headline dashboard over its data sheet.

    Performance officers commonly put a one-page 'Dashboard' first for
    Cabinet (a handful of headline measures, their Q3 figure, target and
    status, a line of comment each, and a count of measures by status) and
    build it entirely from formulas pointing into the 'Data' sheet behind
    it (=Data!F7, =Data!G7, =Data!H7; the counts =COUNTIF(Data!$H$6:$H$23,
    "Green")). Excel saves each formula's result with it, so the dashboard
    shows the same figures as the data sheet under shorter labels
    ('Recycling rate' for 'Household waste sent for reuse, recycling and
    composting'). The 'Data' sheet is the full scorecard: Ref, Indicator,
    Q4 2023/24, Q1-Q3 2024/25, 'Target 2024/25', Status words filled in
    their colours, in shaded sections (a Maidstone-style Strategic Plan
    layout).

    A careful reader takes each observation once, from the Data sheet: the
    dashboard repeats six of its Q3 figures, targets and statuses and is no
    further observation (nor are its short labels further indicators, nor
    the status counts). 'Target 2024/25' applies to the 2024/25 quarters
    only, not to Q4 2023/24; the status rates Q3 2024/25. Percentages are
    stored as fractions shown as %, so read in points. Affordable homes are
    counted cumulatively and restart in Q1; their Q4 2023/24 figure is that
    year's total, as the sheet shows it.
    """
    book, dash = new_book("Dashboard")
    data = book.create_sheet("Data")
    formulas: dict[str, tuple[str, object]] = {}

    title(data, "A1", "Maidstone Borough Council \u2013 Key Performance Indicators 2024/25")
    data["A2"] = "Quarter 3 (October to December 2024) and the last quarter of 2023/24."
    data["A2"].font = Font(italic=True)
    data["A3"] = (
        "Status: Green target met; Amber within 10% of target; Red more than 10% off target."
    )
    data["A3"].font = Font(size=9)
    header = ["Ref", "Indicator", *PERIODS, "Target 2024/25", "Status"]
    put_row(data, DATA_HEADER, 1, header, bold=True)
    for col in range(1, 9):
        data.cell(row=DATA_HEADER, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = DATA_HEADER
    counts = {"Green": 0, "Amber": 0, "Red": 0}
    for section, rows in SECTIONS:
        row += 1
        data.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, 9):
            data.cell(row=row, column=col).fill = SECTION_FILL
        for ref, name, percent, *figures, target, status in rows:
            row += 1
            assert row == _row_of(str(ref))
            put_row(data, row, 1, [ref, name, *figures, target, status])
            for col, value in zip(range(3, 8), (*figures, target), strict=True):
                plain = "#,##0" if isinstance(value, int) else "0.0"
                data.cell(row=row, column=col).number_format = "0.0%" if percent else plain
            fill(data, f"H{row}", COLOUR[str(status)])
            counts[str(status)] += 1
            scale = 100.0 if percent else 1.0
            goal = round(float(str(target)) * scale, 6)
            for k, (period, value) in enumerate(zip(PERIODS, figures, strict=True)):
                exp.observations.append(
                    Obs(
                        str(ref),
                        str(name),
                        period,
                        round(float(str(value)) * scale, 6),
                        None,
                        goal if period.endswith("2024/25") else None,
                        RAG[str(status)] if k == len(PERIODS) - 1 else None,
                    )
                )
    last = row
    data[f"A{last + 2}"] = (
        "Sources: Waste Data Flow, Jigsaw (housing), Uniform (planning), Northgate (revenues), "
        "museum ticketing, Springboard footfall counter, town centre vacancy survey."
    )
    data[f"A{last + 2}"].font = Font(size=9, italic=True)
    data.column_dimensions["B"].width = 64
    data.freeze_panes = f"C{DATA_HEADER + 1}"

    title(dash, "A1", "Performance at a glance \u2013 Quarter 3 2024/25")
    dash["A2"] = (
        "Headline measures for Cabinet, 12 February 2025. Full scorecard on the Data sheet."
    )
    dash["A2"].font = Font(italic=True)
    put_row(
        dash, 4, 1, ["Headline measure", "Q3 2024/25", "Target", "Status", "Comment"], bold=True
    )
    for i, (label, ref, comment) in enumerate(HEADLINES):
        r = 5 + i
        source = _row_of(ref)
        _ref, _name, percent, *figures, target, status = _data(ref)
        dash[f"A{r}"] = label
        for letter, data_col, cached in (
            ("B", "F", figures[-1]),
            ("C", "G", target),
            ("D", "H", status),
        ):
            formulas[f"{letter}{r}"] = (f"Data!{data_col}{source}", cached)
            dash[f"{letter}{r}"] = 0  # replaced by the formula and its saved result below
            if letter != "D":
                plain = "#,##0" if isinstance(cached, int) else "0.0"
                dash[f"{letter}{r}"].number_format = "0.0%" if percent else plain
        fill(dash, f"D{r}", COLOUR[str(status)])
        dash[f"D{r}"].alignment = Alignment(horizontal="center")
        dash[f"E{r}"] = comment
    summary = 5 + len(HEADLINES) + 1
    dash[f"A{summary}"] = "All measures this quarter"
    dash[f"A{summary}"].font = Font(bold=True)
    for j, word in enumerate(("Green", "Amber", "Red")):
        r = summary + 1 + j
        dash[f"A{r}"] = word
        fill(dash, f"A{r}", COLOUR[word])
        formulas[f"B{r}"] = (
            f'COUNTIF(Data!$H${DATA_HEADER + 1}:$H${last},"{word}")',
            counts[word],
        )
        dash[f"B{r}"] = 0
    dash.column_dimensions["A"].width = 32
    dash.column_dimensions["E"].width = 56
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, object]]) -> None:
    """Put each formula with its saved result into the Dashboard sheet XML, as Excel saves them."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _patch(data.decode("utf-8"), formulas).encode("utf-8")
            zf.writestr(info, data)


def _patch(xml: str, formulas: dict[str, tuple[str, object]]) -> str:
    for ref, (formula, result) in formulas.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
        match = pattern.search(xml)
        assert match, ref
        attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
        if isinstance(result, str):
            kind, value = ' t="str"', escape(result)
        elif isinstance(result, int):
            kind, value = "", str(result)
        else:
            kind, value = "", repr(float(str(result)))
        new = f'<c r="{ref}"{attrs}{kind}><f>{escape(formula)}</f><v>{value}</v></c>'
        xml = xml[: match.start()] + new + xml[match.end() :]
    return xml
