"""A revenue budget monitoring sheet (budget, forecast outturn, variance, RAG) in front of the KPI scorecard sheet."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    BOLD,
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

BUDGET_SHEET = "Revenue Budget R2"
KPI_SHEET = "Council Plan KPIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
FILLS = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL, "G": GREEN_FILL,
         "A": AMBER_FILL, "R": RED_FILL}  # fmt: skip
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
MONEY = "#,##0;[Red]-#,##0;-"
SECTION_FILL = "FFDDEBF7"
TOTAL_RULE = Border(top=Side(style="thin"), bottom=Side(style="double"))

# directorate, then (service line, current budget £000, forecast outturn £000)
BUDGET: tuple[tuple[str, tuple[tuple[str, int, int], ...]], ...] = (
    ("Children and Adults Services", (
        ("Adult Social Care", 98412, 103906),
        ("Children's Social Care", 61230, 68745),
        ("Education and SEND (incl. home to school transport)", 14875, 15150),
        ("Partnership Commissioning", 4318, 4302),
    )),
    ("Regeneration, Culture and Environment", (
        ("Highways and Parking Services", 9842, 9517),
        ("Waste and Environmental Services", 24318, 24650),
        ("Culture, Libraries and Community Hubs", 6104, 5988),
        ("Planning and Regeneration", 3716, 3870),
    )),
    ("Business Support and Digital", (
        ("Finance and Business Improvement", 12630, 12418),
        ("Legal and Governance", 5214, 5290),
        ("Housing Services (General Fund)", 7902, 9655),
        ("Digital and Customer Services", 8126, 7994),
    )),
    ("Corporate", (
        ("Interest and financing", 14200, 13460),
        ("Corporate contingency", 2500, 0),
    )),
)  # fmt: skip

# a priority heading, or: code, measure, good is, Q1, Q2, target ('-' none), status, trend, comment
KPIS: tuple[object, ...] = (
    "Priority: People \u2013 supporting residents to realise their potential",
    ("ASC GOV1", "Permanent admissions of people aged 65+ to residential and nursing care "
     "(rate per 100,000, in quarter)", "Lower", 148.2, 139.5, 155, "Green", "Improving", None),
    ("ASC3", "Adults in receipt of long-term support with a review in the last 12 months (%)",
     "Higher", 64.0, 67.8, 75, "Red", "Improving", "Review team recruitment complete in August."),
    ("CSC1", "Children's social care assessments completed within 45 working days (%)",
     "Higher", 82.5, 86.1, 85, "Green", "Improving", None),
    ("CSC2", "Child protection plans starting that are a second or subsequent plan (%)",
     "Lower", 21.3, 24.8, 20, "Red", "Declining", "Audit of repeat plans under way."),
    ("EDU1", "Education, Health and Care Plans issued within 20 weeks (%)", "Higher",
     "n/a", 44.6, 50, "Red", None, "New case management system; Q1 could not be reported."),
    ("HOU1", "Households in temporary accommodation (at quarter end)", "Lower",
     612, 648, "-", "Data only", "Declining", None),
    "Priority: Place \u2013 safe, clean and green Medway",
    ("ENV1", "Household waste reused, recycled or composted (%)", "Higher",
     41.8, 43.2, 44, "Amber", "Improving", "Q2 provisional."),
    ("ENV2", "Relevant land with litter below an acceptable level (%)", "Lower",
     5.1, 4.6, 6, "Green", "Improving", None),
    ("ENV3", "Fly-tipping incidents cleared within 3 working days (%)", "Higher",
     91.4, 93.0, 90, "Green", "Improving", None),
    "Priority: Growth \u2013 jobs, homes and a thriving economy",
    ("GRW1", "Major planning applications determined within 13 weeks or agreed time (%)",
     "Higher", 100.0, 88.9, 90, "Amber", "Declining", "8 of 9 in time."),
    ("GRW2", "Residents aged 18-24 claiming out-of-work benefits (%)", "Lower",
     6.3, 6.1, "-", "Data only", "Improving", "DWP claimant count, quarter-end month."),
    ("CUS1", "Customer contacts resolved at the first point of contact (%)", "Higher",
     78.2, 80.5, 80, "Green", "Improving", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's Quarter 2 budget and performance monitoring workbook to Cabinet.

    Medway Council style: the workbook opens on 'Revenue Budget R2', the
    round 2 revenue budget monitoring table for 2024/25 (position at 30
    September): service lines under directorate headings with 'Current
    budget \u00a3000', 'Forecast outturn \u00a3000', 'Forecast variance \u00a3000'
    and 'Variance %' (variances and directorate totals saved as formulas
    with their results), a RAG word per line on the forecast variance, a
    grand total and a key. Only the second sheet, 'Council Plan KPIs', is
    the performance scorecard: codes, measures under priority rows, 'Good
    is' Higher/Lower, Q1 and Q2 2024/25, 'Target 2024/25', filled status
    words with 'Data only', trend words and comments.

    A careful reader imports the KPIs: every quarter figure with the
    2024/25 target ('-' is none), the Q2 status (the sheet says the status
    rates Q2), EDU1's Q1 'n/a' as its text, and polarity from 'Good is'.
    The budget lines are not performance indicators with an observed
    figure: the current budget is a plan for the whole year, the forecast
    outturn a projection of 31 March made in September (nothing in it has
    been measured for any period), and the variances and totals arithmetic
    on the two; the RAG rates that forecast. So the budget sheet gives no
    observation, and nothing on it is doubtful enough to hold the file:
    it is plainly a finance table, titled as such, ahead of the scorecard.
    """
    book, budget = new_book(BUDGET_SHEET)
    formulas = _budget_sheet(budget)
    kpis = book.create_sheet(KPI_SHEET)
    exp = _kpi_sheet(kpis)
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _budget_sheet(sheet: Worksheet) -> dict[str, tuple[str, float]]:
    """Write the budget table; the formula cells and their saved results."""
    title(sheet, "A1", "Medway Council")
    sheet["A2"] = "Revenue Budget Monitoring 2024/25 \u2013 Round 2 (Quarter 2)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Forecast outturn at 30 September 2024. All figures \u00a3000."
    sheet["A3"].font = Font(italic=True)
    header = ["Directorate / service", "Current budget \u00a3000", "Forecast outturn \u00a3000",
              "Forecast variance \u00a3000", "Variance %", "RAG"]  # fmt: skip
    put_row(sheet, 5, 1, header, bold=True)
    for c in range(1, 7):
        sheet.cell(row=5, column=c).alignment = Alignment(wrap_text=True, vertical="top")
    formulas: dict[str, tuple[str, float]] = {}
    totals: list[int] = []
    grand_budget = grand_forecast = 0
    row = 6
    for directorate, lines in BUDGET:
        put_row(sheet, row, 1, [directorate], bold=True)
        fill(sheet, f"A{row}", SECTION_FILL)
        row += 1
        first = row
        for name, budget, forecast in lines:
            variance = forecast - budget
            put_row(sheet, row, 1, [name, budget, forecast, 0, 0, _rag(variance, budget)])
            sheet[f"A{row}"].alignment = Alignment(indent=1)
            formulas[f"D{row}"] = (f"C{row}-B{row}", float(variance))
            formulas[f"E{row}"] = (f"IF(B{row}=0,0,D{row}/B{row})", variance / budget)
            _money(sheet, row)
            fill(sheet, f"F{row}", FILLS[_rag(variance, budget)])
            row += 1
        budget_sum = sum(line[1] for line in lines)
        forecast_sum = sum(line[2] for line in lines)
        variance = forecast_sum - budget_sum
        put_row(sheet, row, 1, [f"Total {directorate}", 0, 0, 0, 0], bold=True)
        formulas[f"B{row}"] = (f"SUM(B{first}:B{row - 1})", float(budget_sum))
        formulas[f"C{row}"] = (f"SUM(C{first}:C{row - 1})", float(forecast_sum))
        formulas[f"D{row}"] = (f"C{row}-B{row}", float(variance))
        formulas[f"E{row}"] = (f"IF(B{row}=0,0,D{row}/B{row})", variance / budget_sum)
        _money(sheet, row)
        for col in "ABCDEF":
            sheet[f"{col}{row}"].border = Border(top=Side(style="thin"))
        totals.append(row)
        grand_budget += budget_sum
        grand_forecast += forecast_sum
        row += 2
    variance = grand_forecast - grand_budget
    put_row(sheet, row, 1, ["Total net General Fund budget", 0, 0, 0, 0,
                            _rag(variance, grand_budget)], bold=True)  # fmt: skip
    formulas[f"B{row}"] = ("+".join(f"B{t}" for t in totals), float(grand_budget))
    formulas[f"C{row}"] = ("+".join(f"C{t}" for t in totals), float(grand_forecast))
    formulas[f"D{row}"] = (f"C{row}-B{row}", float(variance))
    formulas[f"E{row}"] = (f"IF(B{row}=0,0,D{row}/B{row})", variance / grand_budget)
    _money(sheet, row)
    fill(sheet, f"F{row}", FILLS[_rag(variance, grand_budget)])
    for col in "ABCDEF":
        sheet[f"{col}{row}"].border = TOTAL_RULE
    notes = (
        "RAG: Green \u2013 forecast at or below budget; Amber \u2013 overspend of up to 2% of "
        "budget; Red \u2013 overspend of more than 2%.",
        "Corporate contingency is shown as fully applied to the Children's Social Care placements "
        "pressure. Dedicated Schools Grant and the Housing Revenue Account are reported separately.",
        "Performance against the Council Plan measures is on the next sheet.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 2 + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 52
    for col in "BCDE":
        sheet.column_dimensions[col].width = 13
    sheet.freeze_panes = "B6"
    return formulas


def _rag(variance: int, budget: int) -> str:
    if variance <= 0:
        return "Green"
    return "Amber" if variance <= 0.02 * budget else "Red"


def _money(sheet: Worksheet, row: int) -> None:
    for col in "BCD":
        sheet[f"{col}{row}"].number_format = MONEY
    sheet[f"E{row}"].number_format = "0.0%"


def _kpi_sheet(sheet: Worksheet) -> Expected:
    title(sheet, "A1", "Council Plan performance measures \u2013 Quarter 2 2024/25")
    sheet["A2"] = "Status compares the Q2 figure with the 2024/25 target."
    sheet["A2"].font = Font(italic=True)
    header = ["Code", "Measure", "Good is", *QUARTERS, "Target 2024/25", "Status", "Trend",
              "Comments"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    row = 5
    for item in KPIS:
        if isinstance(item, str):
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(header))
            sheet.cell(row=row, column=1, value=item).font = BOLD
            fill(sheet, f"A{row}", SECTION_FILL)
            row += 1
            continue
        assert isinstance(item, tuple)
        code, name, good, q1, q2, target, status, trend, comment = item
        put_row(sheet, row, 1, [code, name, good, q1, q2, target, status, trend, comment])
        if status in FILLS:
            fill(sheet, f"G{row}", FILLS[str(status)])
        goal = float(target) if isinstance(target, int | float) else None
        for k, value in enumerate((q1, q2)):
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    QUARTERS[k],
                    float(value) if isinstance(value, int | float) else None,
                    None if isinstance(value, int | float) else str(value),
                    goal,
                    RAG.get(str(status)) if k == 1 else None,
                )
            )
        exp.add_meta(str(code), str(name), POLARITY[str(good)], None)
        row += 1
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["I"].width = 48
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, float]]) -> None:
    """Put each formula with its saved result into the budget sheet's XML, as Excel saves them."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _patch(data.decode("utf-8"), formulas).encode("utf-8")
            zf.writestr(info, data)


def _patch(xml: str, formulas: dict[str, tuple[str, float]]) -> str:
    for ref, (formula, result) in formulas.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
        match = pattern.search(xml)
        assert match, ref
        attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
        value = repr(round(float(result), 10))
        new = f'<c r="{ref}"{attrs}><f>{escape(formula)}</f><v>{value}</v></c>'
        xml = xml[: match.start()] + new + xml[match.end() :]
    return xml
