"""Each indicator's row followed by 8-15 empty rows holding its trend chart, headings only at the top."""

from __future__ import annotations

from pathlib import Path

from openpyxl.chart import LineChart, Reference
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
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Trend report"
HEAD_ROW = 4
HEADINGS = ("Q1 23/24", "Q2 23/24", "Q3 23/24", "Q4 23/24", "Q1 24/25", "Q2 24/25", "Q3 24/25")
PERIODS = ("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24",
           "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")  # fmt: skip
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}

# portfolio, ref, indicator, seven quarters, target 2024/25, RAG, rows left for the chart,
# commentary typed inside the gap (or None).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults and Health", "AH01", "Adults with learning disabilities in paid employment (%)",
     (5.8, 6.0, 6.1, 6.4, 6.6, 6.9, 7.2), 7.0, "G", 12, None),
    ("Adults and Health", "AH02", "Permanent admissions to care homes, aged 65+, per 100,000",
     (148.2, 301.7, 455.0, 612.4, 160.9, 318.3, 471.5), 450.0, "R", 14,
     "Cumulative in year; pressure from hospital discharges continues."),
    ("Adults and Health", "AH03", "Reablement: still at home 91 days after discharge (%)",
     (80.1, 82.4, 79.8, 83.0, 84.2, 81.7, 82.9), 82.0, "G", 10, None),
    ("Adults and Health", "AH04", "Adult social care assessments completed within 28 days (%)",
     (61.0, 64.5, 66.2, 70.3, 68.4, 71.9, None), 75.0, "A", 9,
     "Q3 data available after the case management system year-end run."),
    ("Children and Families", "CF01", "Children's social care referrals re-referred within 12 months (%)",
     (21.4, 19.8, 22.6, 20.1, 18.9, 20.4, 17.6), 20.0, "G", 12, None),
    ("Children and Families", "CF02", "Single assessments completed within 45 working days (%)",
     (84.2, 86.0, 81.3, 88.7, 90.1, 87.4, 85.0), 90.0, "A", 12, None),
    ("Children and Families", "CF03", "Children looked after per 10,000 under-18s",
     (74.1, 75.3, 76.0, 76.8, 77.5, 78.9, 79.4), 75.0, "R", 15,
     "Above statistical neighbours (68.2); placement sufficiency strategy to Cabinet in March."),
    ("Children and Families", "CF04", "Education, Health and Care Plans issued within 20 weeks (%)",
     (32.0, 41.5, 38.2, 47.9, 52.3, "n/a", 58.8), 60.0, "A", 11, None),
    ("Children and Families", "CF05", "Care leavers in suitable accommodation (%)",
     (88.0, 90.2, 91.1, 89.6, 92.4, 93.0, 92.1), 90.0, "G", 8, None),
    ("Place", "PL01", "Household waste reused, recycled or composted (%)",
     (49.8, 50.6, 44.1, 41.9, 51.2, 52.0, 45.3), None, None, 10,
     "Seasonal pattern; no quarterly target set."),
    ("Place", "PL02", "Principal roads where maintenance should be considered (%)",
     (None, None, None, 4.0, None, None, None), 4.0, None, 9, "Annual survey; next result Q4."),
    ("Place", "PL03", "Net additional homes (cumulative)", (112, 240, 361, 498, 96, 215, 340),
     None, None, 12, None),
    ("Place", "PL04", "Killed or seriously injured road casualties (rolling 12 months)",
     (212, 205, 219, 208, 201, 196, 190), 200.0, "G", 13, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly performance trend report with a chart under each measure.

    A layout from county and unitary performance teams who print a 'trend
    report' for scrutiny: the column headings once at the top (Portfolio,
    Ref, Indicator, seven quarters 'Q1 23/24' .. 'Q3 24/25', 'Target
    2024/25', RAG letter), then each indicator's figures row followed by 8
    to 15 empty rows where its line chart sits, drawn from that row's
    figures. Some gaps have a commentary line typed in the Indicator column
    two rows under the figures ('Commentary: ...').

    A careful reader takes each figures row as one indicator and the empty
    rows and charts as no data; a commentary line in a gap has no code and
    no figures and is not an indicator. The target names 2024/25, so it goes
    on the 2024/25 quarters only; the RAG goes on the latest figure
    (assessments' Q3 is blank, so its RAG falls on Q2 2024/25). EHCP Q2
    2024/25 is 'n/a'; the road condition survey has one annual-style
    figure in Q4 2023/24 (target for 2024/25, no 2024/25 figure, unrated).
    Information-only rows have no target. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan Performance \u2013 Quarterly Trend Report, Quarter 3 2024/25")
    sheet["A2"] = "People and Place Scrutiny Committee, 6 March 2025"
    sheet["A2"].font = Font(italic=True)
    heads = ["Portfolio", "Ref", "Indicator", *HEADINGS, "Target 2024/25", "RAG"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for portfolio, ref, name, values, target, rag, gap, comment in ROWS:
        assert isinstance(values, tuple)
        put_row(sheet, row, 1, [portfolio, ref, name, *values, target, rag])
        if rag:
            fill(sheet, f"L{row}", RAG_FILL[str(rag)])
        if comment:
            cell = sheet.cell(row=row + 2, column=3, value=f"Commentary: {comment}")
            cell.font = Font(italic=True, size=9)
        chart = LineChart()
        chart.title = str(name)
        chart.height = 0.5 * int(str(gap)) - 0.4
        chart.width = 16
        chart.legend = None
        data = Reference(sheet, min_col=4, max_col=10, min_row=row, max_row=row)
        chart.add_data(data, from_rows=True, titles_from_data=False)
        chart.set_categories(Reference(sheet, min_col=4, max_col=10, min_row=HEAD_ROW))
        sheet.add_chart(chart, f"D{row + (3 if comment else 1)}")
        found = [
            Obs(str(ref), str(name), period, num(v), text_of(v),
                num(target) if period.endswith("2024/25") else None)
            for period, v in zip(PERIODS, values, strict=True)
            if v is not None
        ]  # fmt: skip
        if found and rag:
            last = found[-1]
            found[-1] = Obs(last.code, last.name, last.period, last.actual, last.actual_text,
                            last.target, RAG[str(rag)])  # fmt: skip
        exp.observations += found
        row += 1 + int(str(gap))
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["C"].width = 58
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
