"""A dashboard's headline table (latest quarter) with the charts' source data off to the right under shorter names."""

from __future__ import annotations

from pathlib import Path

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font

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

SHEET = "Dashboard"
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
FILLS = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
HEAD_ROW = 4
CHART_COL = 14  # column N, outside the print area
CHART_HEADINGS = ("Q1 24/25", "Q2 24/25", "Q3 24/25")

# ref, measure (headline wording), Q3 2024/25, target, status, chart series name or None,
# Q1 and Q2 as the chart data holds them (its Q3 is the headline figure)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CCS 01", "Calls to the customer contact centre answered (%)", 88.9, 90, "Amber",
     "Calls answered %", 86.2, 84.7),
    ("CCS 02", "Average time waiting for a call to be answered (minutes)", 3.9, 5, "Green",
     "Avg wait (mins)", 4.8, 6.1),
    ("CCS 03", "Stage 1 complaints responded to within 10 working days (%)", 82.3, 85, "Amber",
     "Complaints in time %", 71.0, 76.5),
    ("CCS 04", "Freedom of Information requests answered within 20 working days (%)", 93.6, 90, "Green",
     "FOI in time %", 88.4, 91.2),
    ("CCS 05", "Working days lost to sickness absence per FTE employee (rolling 12 months)", 10.4, 9, "Red",
     "Sickness days/FTE", 9.8, 10.1),
    ("CCS 06", "Council tax collected in year (cumulative %)", 84.9, 85.2, "Amber",
     None, None, None),
    ("CCS 07", "Undisputed invoices paid within 30 days (%)", 97.0, 96, "Green",
     "Invoices paid 30d %", 95.1, 96.4),
    ("CCS 08", "Customer transactions completed online (%)", 68.2, 70, "Amber",
     None, None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly corporate services dashboard sheet.

    The dashboard shows a small headline table for the quarter (reference,
    measure, the Quarter 3 figure, target and status) with bar charts of the
    year so far under it. The charts are fed from a block of chart data the
    analyst keeps further to the right and lower down, beyond the print
    area, in grey: a short series name per charted measure ('Calls answered
    %', 'Sickness days/FTE') down the side, the three quarters across, and
    the target the chart's caption quotes. Two measures have no chart. The block's Quarter 3
    figures are the headline figures.

    A careful reader takes the headline table as the scorecard and the chart
    data as the same measures' earlier quarters: each short name is the
    headline measure in the same order with the same Q3 figure and target, so
    Q1 and Q2 belong to that measure (not to new indicators named 'Calls
    answered %'), with the chart block's target. Q3 is read once, with its
    status; the two measures without a chart have Q3 only.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "B1", "Wiltshire Council \u2013 Corporate Services Performance Dashboard")
    sheet["B2"] = "Quarter 3 2024/25 (October to December 2024)"
    sheet["B2"].font = Font(italic=True)
    put_row(sheet, HEAD_ROW, 2, ["Ref", "Measure", "Q3 2024/25", "Target", "Status"], bold=True)
    exp = Expected([])
    charted: list[tuple[int, str]] = []
    for i, (ref, name, q3, target, status, short, q1, q2) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        put_row(sheet, row, 2, [ref, name, q3, target, status])
        fill(sheet, f"F{row}", FILLS[str(status)])
        sheet[f"F{row}"].alignment = Alignment(horizontal="center")
        code, nm, goal = str(ref), str(name), float(str(target))
        if short is not None:
            charted.append((i, str(short)))
            exp.observations += [
                Obs(code, nm, "Q1 2024/25", float(str(q1)), None, goal),
                Obs(code, nm, "Q2 2024/25", float(str(q2)), None, goal),
            ]
        exp.observations.append(
            Obs(code, nm, "Q3 2024/25", float(str(q3)), None, goal, RAG[str(status)])
        )
    key_row = HEAD_ROW + len(ROWS) + 2
    sheet.cell(
        row=key_row,
        column=2,
        value="Status: Green on or above target; Amber within 10%; Red more than 10% off target.",
    ).font = Font(size=9, italic=True)

    grey = Font(size=9, color="FF808080")
    top = key_row + 6  # below the headline rows, so no chart row shares a row with one
    sheet.cell(
        row=top, column=CHART_COL, value="Chart data (feeds the dashboard charts - do not delete)"
    ).font = grey
    put_row(sheet, top + 1, CHART_COL, ["Series", *CHART_HEADINGS, "Target"])
    for col in range(CHART_COL, CHART_COL + 5):
        sheet.cell(row=top + 1, column=col).font = Font(size=9, bold=True, color="FF808080")
    for j, (i, short) in enumerate(charted):
        _, _, q3, target, _, _, q1, q2 = ROWS[i]
        row = top + 2 + j
        put_row(sheet, row, CHART_COL, [short, q1, q2, q3, target])
        for col in range(CHART_COL, CHART_COL + 5):
            sheet.cell(row=row, column=col).font = grey
        chart = BarChart()
        chart.title = f"{short} (target {target})"
        chart.height, chart.width = 5.5, 8.0
        chart.legend = None
        chart.add_data(
            Reference(sheet, min_col=CHART_COL + 1, max_col=CHART_COL + 3, min_row=row),
            from_rows=True,
        )
        chart.set_categories(
            Reference(sheet, min_col=CHART_COL + 1, max_col=CHART_COL + 3, min_row=top + 1)
        )
        chart.anchor = f"{'CD'[j % 2]}{key_row + 2 + 12 * (j // 2)}"
        sheet.add_chart(chart)
    sheet.print_area = f"A1:K{key_row + 2 + 12 * 3}"
    sheet.column_dimensions["C"].width = 64
    sheet.column_dimensions["N"].width = 20
    save(book, path)
    return exp
