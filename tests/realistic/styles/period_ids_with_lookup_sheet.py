"""A long data-warehouse export keyed by numeric PeriodID, periods named on a lookup sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of

SHEET = "KPI_EXPORT"
LOOKUP = "Periods"
HEADS = ("KPI_ID", "KPI_CODE", "KPI_NAME", "DIRECTORATE", "PERIOD_ID", "ACTUAL_VALUE",
         "TARGET_VALUE", "RAG_STATUS", "POLARITY", "UNIT_OF_MEASURE", "COMMENTARY")  # fmt: skip
# PeriodID, PeriodName, StartDate, EndDate, PeriodType, as the warehouse's period dimension.
PERIOD_ROWS: tuple[tuple[int, str, dt.date, dt.date, str], ...] = (
    (297, "Q3 2023/24", dt.date(2023, 10, 1), dt.date(2023, 12, 31), "Quarter"),
    (298, "Q4 2023/24", dt.date(2024, 1, 1), dt.date(2024, 3, 31), "Quarter"),
    (299, "2023/24", dt.date(2023, 4, 1), dt.date(2024, 3, 31), "Year"),
    (300, "2024/25", dt.date(2024, 4, 1), dt.date(2025, 3, 31), "Year"),
    (301, "Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "Quarter"),
    (302, "Q2 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30), "Quarter"),
    (303, "Q3 2024/25", dt.date(2024, 10, 1), dt.date(2024, 12, 31), "Quarter"),
    (304, "Q4 2024/25", dt.date(2025, 1, 1), dt.date(2025, 3, 31), "Quarter"),
)
LABEL = {pid: name for pid, name, *_ in PERIOD_ROWS}
RAG: dict[str, Rag] = {"GREEN": "green", "AMBER": "amber", "RED": "red"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "Rate": "rate", "kg": "kg"}

# Indicator: KPI_ID, code, name, directorate, polarity, unit, then its rows as
# (PeriodID, actual, target, RAG, commentary). Percentages in points.
KPIS: tuple[tuple[object, ...], ...] = (
    (1041, "ASC01", "Adult safeguarding enquiries where the person's outcomes were met (%)",
     "Adults and Health", "High", "%",
     ((298, 91.4, 90, "GREEN", None), (301, 92.8, 92, "GREEN", None),
      (302, 89.7, 92, "AMBER", None), (303, 93.1, 92, "GREEN", None))),
    (1042, "ASC02", "Delayed transfers of care from hospital per 100,000 population",
     "Adults and Health", "Low", "Rate",
     ((301, 11.2, 9.5, "RED", "Pressure on domiciliary care capacity."),
      (302, 9.9, 9.5, "AMBER", None), (303, 9.1, 9.5, "GREEN", None))),
    (1044, "ASC04", "Carers' assessments completed", "Adults and Health", "High", "Number",
     ((301, 318, 300, "GREEN", None), (302, 297, 300, "AMBER", None),
      (303, None, 300, None, "Awaiting validation of December returns."))),
    (1050, "ASC10", "Overall satisfaction of people who use adult care services (%)",
     "Adults and Health", "High", "%",
     ((299, 63.8, 65, "AMBER", "Annual Adult Social Care Survey."),)),
    (2011, "CYP01", "Children's social care assessments completed within 45 working days (%)",
     "Children and Young People", "High", "%",
     ((297, 84.2, 88, "AMBER", None), (298, 86.0, 88, "AMBER", None),
      (301, 88.9, 88, "GREEN", None), (302, 90.3, 88, "GREEN", None),
      (303, 87.1, 88, "AMBER", None))),
    (2013, "CYP03", "Children looked after per 10,000 aged under 18", "Children and Young People",
     "Low", "Rate",
     ((301, 68.4, None, None, None), (302, 69.1, None, None, None),
      (303, 70.3, None, None, "Context measure; no target set."))),
    (2014, "CYP04", "Care leavers aged 19-21 in education, employment or training (%)",
     "Children and Young People", "High", "%",
     ((301, 54.5, 60, "RED", None), (302, 58.2, 60, "AMBER", None),
      (303, 61.0, 60, "GREEN", "Two apprenticeships with the council started in October."))),
    (2017, "CYP07", "Education, health and care plans issued within 20 weeks (%)",
     "Children and Young People", "High", "%",
     ((301, 47.6, 65, "RED", None), (302, 52.9, 65, "RED", None),
      (303, "n/a", 65, None, "Case system migration; Q3 figure not extracted."))),
    (3002, "ENV02", "Household waste sent for reuse, recycling and composting (%)",
     "Environment and Place", "High", "%",
     ((298, 39.6, 44, "RED", None), (301, 47.2, 44, "GREEN", None),
      (302, 46.8, 44, "GREEN", None), (303, 40.1, 44, "RED", "Garden waste seasonal drop."))),
    (3005, "ENV05", "Residual household waste per household (kg)", "Environment and Place",
     "Low", "kg",
     ((301, 121.4, 125, "GREEN", None), (302, 118.9, 125, "GREEN", None),
      (303, 126.7, 125, "AMBER", None))),
    (3009, "ENV09", "Category 1 highway defects repaired within 24 hours (%)",
     "Environment and Place", "High", "%",
     ((301, 97.3, 98, "AMBER", None), (302, 98.6, 98, "GREEN", None),
      (303, 99.1, 98, "GREEN", None))),
    (3012, "ENV12", "Planning applications determined within agreed timescales (%)",
     "Environment and Place", "High", "%",
     ((301, 88.0, 85, "GREEN", None), (302, 81.4, 85, "AMBER", None),
      (303, 86.2, 85, "GREEN", None))),
    (4003, "RES03", "Average working days lost to sickness per FTE (rolling 12 months)",
     "Resources", "Low", "Days",
     ((298, 10.1, 9, "RED", None), (301, 10.4, 9, "RED", None),
      (302, 9.8, 9, "AMBER", None), (303, 9.6, 9, "AMBER", None))),
    (4006, "RES06", "Council tax collected in year (%)", "Resources", "High", "%",
     ((301, 29.1, 29.4, "AMBER", "Cumulative."), (302, 56.9, 56.5, "GREEN", "Cumulative."),
      (303, 84.5, 84.6, "AMBER", "Cumulative."))),
    (4008, "RES08", "Freedom of Information requests answered within 20 working days (%)",
     "Resources", "High", "%",
     ((301, 86.7, 90, "AMBER", None), (302, 91.5, 90, "GREEN", None),
      (303, 93.0, 90, "GREEN", None))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly KPI extract from its corporate data warehouse.

    The kind of workbook a county council's business intelligence team
    saves straight from a Power BI / SQL Server data warehouse query for a
    scrutiny officer: a first sheet 'KPI_EXPORT' with no title, upper-case
    column names (KPI_ID, KPI_CODE, KPI_NAME, DIRECTORATE, PERIOD_ID,
    ACTUAL_VALUE, TARGET_VALUE, RAG_STATUS, POLARITY, UNIT_OF_MEASURE,
    COMMENTARY) and one row per indicator per period, the period given only
    as a numeric surrogate key (297, 298, 299, 301, 302, 303); not a word
    about periods on that sheet. A second sheet 'Periods' is the period
    dimension: PeriodID, PeriodName ('Q1 2024/25', '2023/24'...), StartDate
    and EndDate (real dates), PeriodType; it also lists 300 (2024/25) and 304
    (Q4 2024/25), which no row uses yet. KPI_ID is a second, meaningless
    number key. Blank cells are the warehouse's NULLs.

    A careful reader joins PERIOD_ID to the Periods sheet in the same
    workbook, as the workbook plainly means: nothing else on the sheet could
    date the figures, the lookup is complete for every ID used, and its
    names are already the app's labels with start and end dates that agree.
    So each row is one observation at its looked-up period, with its own
    target and RAG (each row carries its own, as long exports do); KPI_ID is
    not a figure. The carers' Q3 row has a blank actual (no observation);
    the EHCP Q3 actual is 'n/a' with its target and no RAG; the looked-after
    rate is context with no target; the survey is annual (2023/24).
    Polarity (High/Low) and unit are stated per row. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    put_row(sheet, 1, 1, HEADS, bold=True)
    exp = Expected([])
    row = 2
    for kpi_id, code, name, directorate, polarity, unit, lines in KPIS:
        for pid, actual, target, rag, comment in lines:  # type: ignore[attr-defined]
            put_row(sheet, row, 1, [kpi_id, code, name, directorate, pid, actual, target, rag,
                                    polarity, unit, comment])  # fmt: skip
            if actual is not None:
                exp.observations.append(
                    Obs(
                        str(code),
                        str(name),
                        LABEL[pid],
                        num(actual),
                        text_of(actual),
                        num(target),
                        RAG[rag] if rag else None,
                    )
                )
            row += 1
        exp.add_meta(str(code), str(name), POLARITY[str(polarity)], UNIT[str(unit)])
    widths = {"A": 8, "B": 10, "C": 70, "D": 26, "E": 10, "F": 13, "G": 13, "H": 11, "K": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:K{row - 1}"

    periods = book.create_sheet(LOOKUP)
    put_row(periods, 1, 1, ["PeriodID", "PeriodName", "StartDate", "EndDate", "PeriodType"])
    grey = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
    for col in range(1, 6):
        periods.cell(row=1, column=col).font = Font(bold=True)
        periods.cell(row=1, column=col).fill = grey
    for j, (pid, label, start, end, kind) in enumerate(PERIOD_ROWS, start=2):
        put_row(periods, j, 1, [pid, label, start, end, kind])
        periods.cell(row=j, column=3).number_format = "dd/mm/yyyy"
        periods.cell(row=j, column=4).number_format = "dd/mm/yyyy"
    for letter, width in {"A": 10, "B": 14, "C": 12, "D": 12, "E": 11}.items():
        periods.column_dimensions[letter].width = width
    save(book, path)
    return exp
