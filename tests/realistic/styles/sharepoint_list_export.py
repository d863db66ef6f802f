"""Microsoft Lists / SharePoint list exported to Excel: a row per KPI per period, 'Q2 2024-25', Item Type and Path."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.worksheet.table import Table, TableStyleInfo

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
UNIT = {"%": "%", "Days": "days", "Number": "number", "Rate per 100,000": "rate"}
LABEL = {"Q1 2024-25": "Q1 2024/25", "Q2 2024-25": "Q2 2024/25", "Q2 2024-25 ": "Q2 2024/25"}
PATH = "sites/PerformanceHub/Lists/KPI Quarterly Returns"

# title, ref, service area, unit
KPIS: dict[str, tuple[str, str, str]] = {
    "CT01": ("Council Tax collected (%)", "Revenues and Benefits", "%"),
    "NDR01": ("Business rates (NNDR) collected (%)", "Revenues and Benefits", "%"),
    "HB01": ("Average days to process new Housing Benefit claims", "Revenues and Benefits", "Days"),
    "PL01": ("Major planning applications determined within 13 weeks or agreed time",
             "Planning", "%"),
    "WR01": ("Household waste sent for reuse, recycling and composting", "Waste and Recycling", "%"),
    "WR02": ("Missed bin collections per 100,000 collections", "Waste and Recycling",
             "Rate per 100,000"),
    "CS01": ("Stage 1 complaints responded to within 10 working days", "Customer Services", "%"),
    "HS01": ("Households in temporary accommodation (snapshot at quarter end)", "Housing",
             "Number"),
    "HR01": ("Working days lost to sickness per FTE (rolling 12 months)", "HR and OD", "Days"),
}  # fmt: skip

# list items in ID order: ref, reporting period, result, target, RAG status, comments,
# modified, created by
ITEMS: tuple[tuple[object, ...], ...] = (
    ("CT01", "Q1 2024-25", 29.4, 29.0, "Green", "Profiled target for the quarter.",
     datetime(2024, 7, 15, 9, 12), "Gemma Pritchard"),
    ("NDR01", "Q1 2024-25", 31.2, 32.0, "Amber", "Two large accounts paying by instalment.",
     datetime(2024, 7, 15, 9, 20), "Gemma Pritchard"),
    ("HB01", "Q1 2024-25", 19.6, 20.0, "Green", None,
     datetime(2024, 7, 16, 11, 47), "Gemma Pritchard"),
    ("PL01", "Q1 2024-25", 100.0, 60.0, "Green", "3 of 3 majors determined in time.",
     datetime(2024, 7, 17, 14, 3), "Aled Morgan"),
    ("WR01", "Q1 2024-25", 58.9, 60.0, "Amber", "Provisional - not yet validated by WasteDataFlow.",
     datetime(2024, 7, 22, 10, 31), "Lucy Osei"),
    ("WR02", "Q1 2024-25", 54.0, 60.0, "Green", None,
     datetime(2024, 7, 22, 10, 40), "Lucy Osei"),
    ("HS01", "Q1 2024-25", 68.0, None, "Not rated", "Contextual measure - no target set.",
     datetime(2024, 7, 23, 16, 5), "Performance Team"),
    ("CS01", "Q1 2024-25", 88.0, 90.0, "Amber", "412 of 468 stage 1 complaints on time.",
     datetime(2024, 7, 24, 8, 58), "Performance Team"),
    ("HR01", "Q1 2024-25", 8.9, 8.5, "Amber", None,
     datetime(2024, 7, 29, 13, 22), "Performance Team"),
    ("CT01", "Q2 2024-25", 57.8, 57.5, "Green", None,
     datetime(2024, 10, 14, 9, 5), "Gemma Pritchard"),
    ("HB01", "Q2 2024-25", 22.4, 20.0, "Amber", "Backlog after the system upgrade in August.",
     datetime(2024, 10, 14, 9, 31), "Gemma Pritchard"),
    ("NDR01", "Q2 2024-25 ", 58.1, 59.0, "Amber", None,
     datetime(2024, 10, 14, 9, 40), "Gemma Pritchard"),
    ("WR01", "Q2 2024-25", None, 60.0, None, "Awaiting WasteDataFlow return - due end of October.",
     datetime(2024, 10, 18, 15, 2), "Lucy Osei"),
    ("WR02", "Q2 2024-25", 71.0, 60.0, "Red", "Crew shortages on the Tuesday rounds in September.",
     datetime(2024, 10, 18, 15, 10), "Lucy Osei"),
    ("PL01", "Q2 2024-25", 83.3, 60.0, "Green", "5 of 6 in time.",
     datetime(2024, 10, 21, 11, 14), "Aled Morgan"),
    ("HS01", "Q2 2024-25", 74.0, None, "Not rated", None,
     datetime(2024, 10, 22, 12, 0), "Performance Team"),
    ("CS01", "Q2 2024-25", 91.5, 90.0, "Green", None,
     datetime(2024, 10, 23, 10, 45), "Performance Team"),
    ("HR01", "Q2 2024-25", 9.6, 8.5, "Red", "Long-term absence up in Environmental Services.",
     datetime(2024, 11, 4, 17, 36), "Performance Team"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a KPI list kept in SharePoint (Microsoft Lists) and exported with 'Export to Excel'.

    Smaller councils often collect quarterly KPI returns in a SharePoint list
    on the intranet: each service adds one item per KPI per quarter, picking
    the 'Reporting Period' from a choice column ('Q1 2024-25'), typing the
    Result and Target and choosing a RAG Status. 'Export to Excel' writes the
    list as an Excel table with the list's own columns in view order, then
    SharePoint's Modified and Created By and the two columns it always adds
    at the end, 'Item Type' and 'Path'. Items come in the order they were
    created, not grouped by KPI; one period was saved with a trailing space
    in the choice; an item created before its figure was ready has no
    Result; the contextual measure has no target and is 'Not rated'.

    A careful reader takes each item with a Result as one observation of its
    KPI for its period, with that item's own target and RAG and the unit
    from the Unit column; an item without a Result gives none. The audit
    columns (Modified, Created By, Item Type, Path) and Comments are not
    figures.
    """
    book, sheet = new_book("owssvr")
    header = ["Title", "KPI Ref", "Service Area", "Reporting Period", "Result", "Target", "Unit",
              "RAG Status", "Comments", "Modified", "Created By", "Item Type", "Path"]  # fmt: skip
    put_row(sheet, 1, 1, header)
    exp = Expected([])
    for i, (ref, period, result, target, rag, comment, modified, who) in enumerate(ITEMS):
        name, service, unit = KPIS[str(ref)]
        row = 2 + i
        put_row(sheet, row, 1, [name, ref, service, period, result, target, unit, rag, comment,
                                modified, who, "Item", PATH])  # fmt: skip
        sheet.cell(row=row, column=10).number_format = "dd/mm/yyyy hh:mm"
        if isinstance(result, float):
            t = target if isinstance(target, float) else None
            exp.observations.append(
                Obs(str(ref), name, LABEL[str(period)], result, None, t, RAG.get(str(rag)))
            )
    for ref, (name, _, unit) in KPIS.items():
        exp.add_meta(ref, name, None, UNIT[unit])
    last = 1 + len(ITEMS)
    table = Table(displayName="Table_owssvr", ref=f"A1:M{last}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    sheet.column_dimensions["A"].width = 55
    sheet.column_dimensions["I"].width = 45
    sheet.column_dimensions["J"].width = 17
    save(book, path)
    return exp
