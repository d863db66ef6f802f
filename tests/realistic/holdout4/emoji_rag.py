"""A Microsoft Lists tracker exported to Excel: emoji statuses ('🟢', '🟠 At risk'), emoji trend arrows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.worksheet.table import Table, TableStyleInfo

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

GREEN, AMBER, RED, WHITE = "\U0001f7e2", "\U0001f7e0", "\U0001f534", "\u26aa"
UP, DOWN, LEVEL = "\u2b06\ufe0f", "\u2b07\ufe0f", "\u27a1\ufe0f"
RAG: dict[str, Rag | None] = {GREEN: "green", AMBER: "amber", RED: "red", WHITE: None}
PERIOD = {"Q1 24/25": "Q1 2024/25", "Q2 24/25": "Q2 2024/25", "2023/24": "2023/24"}
UNIT = {"%": "%", "Days": "days"}
PATH = "sites/CorporatePerformance/Lists/KPI Tracker"

# list items in ID order: KPI ref, measure, directorate, period, unit, actual, target,
# status, trend, update, modified
ITEMS: tuple[tuple[object, ...], ...] = (
    ("CX01", "Calls answered within 3 minutes", "Customer Experience", "Q1 24/25", "%", 76.4, 80.0,
     f"{AMBER} At risk", LEVEL, "Two vacancies in the contact centre; recruitment under way.",
     dt.datetime(2024, 7, 22, 9, 14)),
    ("CX02", "Stage 1 complaints responded to within 10 working days", "Customer Experience",
     "Q1 24/25", "%", 84.0, 90.0, f"{AMBER} At risk", DOWN, None, dt.datetime(2024, 7, 22, 9, 31)),
    ("CX03", "Online forms completed without contacting us", "Customer Experience", "Q1 24/25", "%",
     61.8, 65.0, f"{AMBER} At risk", UP, "New waste forms went live in May.",
     dt.datetime(2024, 7, 23, 11, 2)),
    ("HR02", "Working days lost to sickness per FTE (rolling 12 months)", "People", "Q1 24/25",
     "Days", 10.4, 9.5, f"{RED} Off track", UP, "Musculoskeletal absence up in Waste and Highways.",
     dt.datetime(2024, 7, 24, 15, 47)),
    ("HR05", "Staff completing mandatory data protection training", "People", "Q1 24/25", "%",
     91.0, 95.0, AMBER, UP, None, dt.datetime(2024, 7, 24, 15, 50)),
    ("DG01", "Freedom of Information requests answered within 20 working days", "Digital & Governance",
     "Q1 24/25", "%", 93.1, 90.0, GREEN, UP, None, dt.datetime(2024, 7, 25, 8, 40)),
    ("FN04", "Invoices paid within 30 days", "Finance", "Q1 24/25", "%", 97.8, 97.0,
     f"{GREEN} On track", LEVEL, None, dt.datetime(2024, 7, 25, 10, 5)),
    ("CX07", "Residents satisfied with council services (annual survey)", "Customer Experience",
     "2023/24", "%", 57.0, 60.0, f"{AMBER} At risk", DOWN,
     "Residents' survey of February 2024; the next runs in February 2025.", dt.datetime(2024, 7, 29, 12, 18)),
    ("HR09", "Employee engagement index (annual staff survey)", "People", "2023/24", "%", 68.0, 70.0,
     f"{AMBER} At risk", UP, None, dt.datetime(2024, 7, 29, 12, 26)),
    ("CX01", "Calls answered within 3 minutes", "Customer Experience", "Q2 24/25", "%", 81.2, 80.0,
     GREEN, UP, "Both posts filled from August.", dt.datetime(2024, 10, 21, 9, 3)),
    ("CX02", "Stage 1 complaints responded to within 10 working days", "Customer Experience",
     "Q2 24/25", "%", 79.5, 90.0, f"{RED} Off track", DOWN,
     "Backlog after the garden waste subscription launch.", dt.datetime(2024, 10, 21, 9, 20)),
    ("CX03", "Online forms completed without contacting us", "Customer Experience", "Q2 24/25", "%",
     66.3, 65.0, f"{GREEN} On track", UP, None, dt.datetime(2024, 10, 21, 14, 55)),
    ("HR02", "Working days lost to sickness per FTE (rolling 12 months)", "People", "Q2 24/25",
     "Days", 10.1, 9.5, RED, DOWN, None, dt.datetime(2024, 10, 22, 16, 9)),
    ("HR05", "Staff completing mandatory data protection training", "People", "Q2 24/25", "%",
     96.2, 95.0, f"{GREEN} On track", UP, None, dt.datetime(2024, 10, 22, 16, 12)),
    ("DG01", "Freedom of Information requests answered within 20 working days", "Digital & Governance",
     "Q2 24/25", "%", 88.7, 90.0, f"{AMBER} At risk", DOWN, "Three complex requests went over time.",
     dt.datetime(2024, 10, 23, 10, 41)),
    ("FN04", "Invoices paid within 30 days", "Finance", "Q2 24/25", "%", 98.1, 97.0, GREEN, UP, None,
     dt.datetime(2024, 10, 24, 9, 58)),
    ("CX07", "Residents satisfied with council services (annual survey)", "Customer Experience",
     "Q2 24/25", "%", None, 60.0, f"{WHITE} Not due", None, "Annual measure.",
     dt.datetime(2024, 10, 24, 11, 30)),
    ("HR09", "Employee engagement index (annual staff survey)", "People", "Q2 24/25", "%", None, 70.0,
     f"{WHITE} Not due", None, "Staff survey runs in November.", dt.datetime(2024, 10, 24, 11, 34)),
)  # fmt: skip

HEADER = ["KPI ref", "Measure", "Directorate", "Reporting period", "Unit", "Actual", "Target",
          "Status", "Trend", "Latest update", "Modified", "Item Type", "Path"]  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a KPI tracker kept as a Microsoft Lists list in a Teams site, exported to Excel.

    Services type their figures into a list item per measure per quarter; the
    Status choice column shows emoji, some with words ('\U0001f7e2',
    '\U0001f7e0 At risk', '\U0001f534 Off track', '\u26aa Not due') and the
    Trend column an emoji arrow. 'Export to Excel' gives a table on a sheet
    called 'owssvr' in item order (the Q1 items, then the annual survey
    results, then Q2), with the list's own Modified, Item Type and Path
    columns, periods written 'Q1 24/25'. A careful reader takes each item as
    one observation: green, amber or red from the emoji (with or without its
    word), no rating for '\u26aa Not due', whose Actual is blank (so no
    observation at all); each item's Target is that period's target. The
    trend arrow is a direction of travel, not a rating.
    """
    book, sheet = new_book("owssvr")
    put_row(sheet, 1, 1, HEADER, bold=True)
    exp = Expected([])
    for i, item in enumerate(ITEMS):
        ref, name, directorate, period, unit, actual, target, status, trend, update, modified = item
        row = [ref, name, directorate, period, unit, actual, target, status, trend, update,
               modified, "Item", PATH]  # fmt: skip
        put_row(sheet, 2 + i, 1, row)
        sheet.cell(row=2 + i, column=11).number_format = "dd/mm/yyyy hh:mm"
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        if actual is None:
            continue
        rag = RAG[str(status).split(" ", 1)[0]]
        exp.observations.append(
            Obs(
                str(ref),
                str(name),
                PERIOD[str(period)],
                float(str(actual)),
                None,
                float(str(target)),
                rag,
            )
        )
    table = Table(displayName="Table_owssvr", ref=f"A1:M{1 + len(ITEMS)}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    for col, width in (("B", 58), ("D", 16), ("H", 16), ("J", 50), ("K", 17), ("M", 44)):
        sheet.column_dimensions[col].width = width
    save(book, path)
    return exp
