"""A performance workbook with a chart sheet after each portfolio's data sheet and charts embedded beside the tables."""

from __future__ import annotations

from pathlib import Path

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

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

PERIODS = ("Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Q3 23/24", "Q4 23/24", "Q1 24/25", "Q2 24/25", "Q3 24/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
FIRST = 5

# portfolio sheet, its title, the measure charted on the sheet (index), rows:
# ref, measure, good is, percent?, five quarters, target 2024/25, RAG (Q3 2024/25), comment
PORTFOLIOS: tuple[tuple[str, str, int, tuple[tuple[object, ...], ...]], ...] = (
    ("People", "Adults, Children and Health", 1, (
        ("P01", "Adults receiving a review of their care in the last 12 months", "High", True,
         0.612, 0.638, 0.655, 0.671, 0.689, 0.75, "R", "Review team vacancies filled in November."),
        ("P02", "Delayed transfers of care attributable to social care (daily average)", "Low", False,
         6.4, 5.9, 5.1, 4.8, 4.2, 5, "G", None),
        ("P03", "Children's social care assessments completed within 45 working days", "High", True,
         0.853, 0.881, 0.874, 0.902, 0.897, 0.9, "A", None),
        ("P04", "Children in care with three or more placements in the year", "Low", True,
         0.094, 0.088, 0.081, 0.079, 0.085, 0.1, "G", None),
        ("P05", "Education, health and care plans issued within 20 weeks", "High", True,
         0.412, 0.455, 0.503, 0.548, 0.571, 0.6, "A", "Improving; educational psychology capacity remains short."),
    )),
    ("Place", "Environment, Housing and Growth", 0, (
        ("PL01", "Household waste sent for reuse, recycling and composting", "High", True,
         0.431, 0.402, 0.498, 0.521, None, 0.5, None, "Q3 tonnage data due in February."),
        ("PL02", "Households in temporary accommodation", "Low", False,
         142, 151, 163, 170, 178, 150, "R", None),
        ("PL03", "Major planning applications determined in time", "High", True,
         0.917, 0.875, 1.0, 0.889, 0.929, 0.9, "G", None),
        ("PL04", "Net additional homes completed (in quarter)", "High", False,
         1104, 1262, 987, 1043, 1158, 1100, "G", None),
    )),
    ("Resources", "Corporate Resources", 0, (
        ("R01", "Council tax collected in year (cumulative)", "High", True,
         0.838, 0.967, 0.291, 0.566, 0.842, 0.845, "A", None),
        ("R02", "Invoices paid within 30 days", "High", True,
         0.931, 0.944, 0.952, 0.957, 0.949, 0.95, "A", None),
        ("R03", "Working days lost to sickness absence per FTE (in quarter)", "Low", False,
         2.6, 2.4, 2.1, 2.0, 2.5, 2.2, "R", "Seasonal respiratory illness in November and December."),
        ("R04", "Freedom of Information requests answered within 20 working days", "High", True,
         0.887, 0.903, 0.915, 0.928, "Not available", 0.9, None, "Case system migration in December."),
    )),
)  # fmt: skip


def _data_sheet(
    sheet: Worksheet, heading: str, chart_row: int, rows: tuple[tuple[object, ...], ...]
) -> None:
    """The table, a small chart-data block to the right and an embedded line chart of one measure."""
    title(sheet, "A1", f"{heading} \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "Five most recent quarters. RAG: G on target, A within 5%, R more than 5% off target."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "Good is", *HEADINGS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in "ABCDEFGHIJK":
        fill(sheet, f"{col}4", "FFD9E1F2")
        sheet[f"{col}4"].alignment = Alignment(horizontal="center", wrap_text=True)
    for i, (ref, name, good, pct, *rest) in enumerate(rows):
        row = FIRST + i
        quarters, target, rag, comment = rest[:5], rest[5], rest[6], rest[7]
        put_row(sheet, row, 1, [ref, name, good, *quarters, target, rag, comment])
        decimals = any(isinstance(v, float) for v in quarters)
        fmt = "0.0%" if pct else ("0.0" if decimals else "#,##0")
        for col in "DEFGHI":
            sheet[f"{col}{row}"].number_format = fmt
        if rag:
            fill(sheet, f"J{row}", FILLS[str(rag)])
    # the chart-data block: one measure's quarters and target, with short labels
    ref, name, _, pct, *rest = rows[chart_row]
    quarters, target = rest[:5], rest[5]
    sheet["M4"] = f"Chart data \u2013 {ref}"
    sheet["M4"].font = Font(bold=True, size=9, color="FF808080")
    put_row(sheet, 5, 13, ["Quarter", "Actual", "Target"])
    for k, label in enumerate(HEADINGS):
        put_row(sheet, 6 + k, 13, [label, quarters[k], target])
        for col in "NO":
            sheet[f"{col}{6 + k}"].number_format = "0.0%" if pct else "0.0"
    for r in range(5, 11):
        for col in "MNO":
            sheet[f"{col}{r}"].font = Font(size=9, color="FF808080")
    chart = LineChart()
    chart.title = str(name)
    chart.height, chart.width = 7, 14
    chart.add_data(
        Reference(sheet, min_col=14, max_col=15, min_row=5, max_row=10), titles_from_data=True
    )
    chart.set_categories(Reference(sheet, min_col=13, min_row=6, max_row=10))
    sheet.add_chart(chart, f"B{FIRST + len(rows) + 4}")
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["K"].width = 44


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly performance workbook published with the Cabinet papers.

    A 'Contents' sheet lists the parts; each portfolio has a data sheet
    ('People', 'Place', 'Resources') followed by a chart sheet of its own
    ('People charts', …) holding a bar chart of the latest quarter against
    target, so chart sheets sit between the data sheets. Each data sheet
    also has a line chart embedded under the table, drawn from a small grey
    'Chart data' block to the right (Quarter, Actual, Target for one
    measure). Quarter headings are short ('Q3 23/24'..'Q3 24/25').

    A careful reader takes each data sheet's table: the five quarters of
    each measure, the 'Target 2024/25' against the 2024/25 quarters only,
    and the RAG letter against Q3 2024/25 (none where Q3 is blank or 'Not
    available'). The chart sheets hold no cells, and the chart-data block
    repeats one measure's figures for the chart and is not read again. A
    'Not available' Q3 is kept as words.
    """
    book, contents = new_book("Contents")
    title(
        contents,
        "A1",
        "Lincolnshire County Council \u2013 Corporate Performance Report, Quarter 3 2024/25",
    )
    contents["A3"] = "Sheet"
    contents["B3"] = "What it shows"
    contents["A3"].font = contents["B3"].font = Font(bold=True)
    exp = Expected([])
    line = 4
    for sheet_name, heading, chart_row, rows in PORTFOLIOS:
        sheet = book.create_sheet(sheet_name)
        _data_sheet(sheet, heading, chart_row, rows)
        charts = book.create_chartsheet(f"{sheet_name} charts")
        bar = BarChart()
        bar.type = "bar"
        bar.title = f"{heading}: Q3 2024/25 against target"
        last = FIRST + len(rows) - 1
        bar.add_data(
            Reference(sheet, min_col=8, max_col=9, min_row=4, max_row=last), titles_from_data=True
        )
        bar.set_categories(Reference(sheet, min_col=1, min_row=FIRST, max_row=last))
        charts.add_chart(bar)
        contents.cell(row=line, column=1, value=sheet_name)
        contents.cell(row=line, column=2, value=f"{heading}: measures, targets and RAG")
        contents.cell(row=line + 1, column=1, value=f"{sheet_name} charts")
        contents.cell(row=line + 1, column=2, value="Chart of the latest quarter against target")
        line += 2
        for ref, name, good, pct, *rest in rows:
            quarters, target, rag = rest[:5], rest[5], rest[6]
            scale = 100.0 if pct else 1.0
            tgt = round(float(str(target)) * scale, 6)
            for k, value in enumerate(quarters):
                if value is None:
                    continue
                period = PERIODS[k]
                t = tgt if period.endswith("2024/25") else None
                rating = RAG[str(rag)] if rag and period == "Q3 2024/25" else None
                if isinstance(value, str):
                    exp.observations.append(
                        Obs(str(ref), str(name), period, None, value, t, rating)
                    )
                else:
                    actual = round(float(str(value)) * scale, 6)
                    exp.observations.append(
                        Obs(str(ref), str(name), period, actual, None, t, rating)
                    )
            polarity = "higher_is_better" if good == "High" else "lower_is_better"
            exp.add_meta(str(ref), str(name), polarity, None)
    contents.cell(row=line + 1, column=1, value="Published with the Cabinet papers, 4 March 2025. Figures for Q3 2024/25 are provisional.").font = Font(italic=True, size=9)  # fmt: skip
    contents.column_dimensions["A"].width = 20
    contents.column_dimensions["B"].width = 50
    save(book, path)
    return exp
