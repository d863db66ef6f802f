"""A tab per quarter ('Q1 24-25'..) holding the same Actual/Target/RAG/Comment table, no period inside."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    num,
    put_row,
    save,
    text_of,
    title,
)

TABS = ("Q1 24-25", "Q2 24-25", "Q3 24-25", "Q4 24-25")
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HEAD_ROW = 4
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")

# ref, indicator, percent stored as a fraction?, then per quarter Q1..Q3: (actual, target, RAG, comment)
# The Q4 tab is the copied-forward template: names and targets only.
ROWS: tuple[tuple[object, ...], ...] = (
    ("NS01", "Household waste sent for reuse, recycling and composting", True,
     ((0.521, 0.5, "G", None), (0.547, 0.5, "G", "Garden waste peak."),
      (0.463, 0.5, "R", "Seasonal drop; food waste trial starts February."))),
    ("NS02", "Residual household waste per household (kg)", False,
     ((104.2, 110, "G", None), (101.8, 110, "G", None), (112.6, 110, "A", "Christmas peak."))),
    ("NS03", "Missed bin collections per 100,000 collections", False,
     ((38.4, 50, "G", None), (55.1, 50, "R", "Vehicle breakdowns in August."), (47.9, 50, "G", None))),
    ("NS04", "Fly-tipping incidents removed within 2 working days", True,
     ((0.912, 0.95, "A", None), (0.958, 0.95, "G", None), (0.971, 0.95, "G", None))),
    ("NS05", "Fixed penalty notices issued for environmental crime", False,
     ((143, None, None, "Data only."), (167, None, None, "Data only."), (129, None, None, "Data only."))),
    ("NS06", "Streets at or above grade B for litter (LEQ survey)", True,
     ((0.94, 0.92, "G", "Tranche 1 survey."), (None, 0.92, None, "No survey this quarter."),
      (0.89, 0.92, "A", "Tranche 2 survey."))),
    ("NS07", "Abandoned vehicles investigated within 24 hours", True,
     ((1.0, 0.98, "G", None), (0.978, 0.98, "A", None), ("Not available", 0.98, None,
       "Case system migration; figure to follow."))),
    ("NS08", "Pest control requests responded to within 5 working days", True,
     ((0.862, 0.9, "A", None), (0.905, 0.9, "G", None), (0.918, 0.9, "G", None))),
    ("NS09", "Noise complaints with first contact within 3 working days", True,
     (None, (0.833, 0.85, "A", "New indicator from Quarter 2."), (0.874, 0.85, "G", None))),
    ("NS10", "Garden waste subscriptions (cumulative)", False,
     ((21408, 21000, "G", None), (22115, 21500, "G", None), (22190, 22000, "G", None))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's neighbourhood services workbook with a tab copied forward each quarter.

    Gedling-style: the service manager keeps one workbook for the year and
    copies last quarter's tab forward, renaming it 'Q1 24-25', 'Q2 24-25',
    'Q3 24-25'; the 'Q4 24-25' tab has been made ready with its names and
    targets but no figures. Each tab has the same title ('Environment and
    Neighbourhood Services \u2013 Key Performance Indicators'), headings
    Ref, Indicator, Actual, Target, RAG (filled letters), Comment, and no
    period anywhere inside the sheet: the quarter is only in the tab name.
    Percentages are fractions under a '0.0%' format. A noise measure was
    added from the Q2 tab on; the litter survey has no Q2 figure; the
    abandoned vehicles Q3 is 'Not available'; fixed penalties are data
    only (no target). A 'Key' tab explains the letters.

    A careful reader takes each tab's figures for the quarter its name gives
    ('Q2 24-25' is Q2 2024/25), each row's target and RAG with them; the Q4
    tab's targets with no actuals give no observation. 'Not available' is
    NS07's Q3 text. No unit or polarity column (the kg is in a name).
    """
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    exp = Expected([])
    for q, (tab, period) in enumerate(zip(TABS, PERIODS, strict=True)):
        sheet = book.create_sheet(tab)
        title(
            sheet, "A1", "Environment and Neighbourhood Services \u2013 Key Performance Indicators"
        )
        sheet["A2"] = "Prepared by the Environmental Services Manager for the Portfolio Holder"
        sheet["A2"].font = Font(italic=True, size=9)
        heads = ["Ref", "Indicator", "Actual", "Target", "RAG", "Comment"]
        put_row(sheet, HEAD_ROW, 1, heads)
        for col in range(1, 7):
            cell = sheet.cell(row=HEAD_ROW, column=col)
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.fill = HEAD_FILL
        row = HEAD_ROW + 1
        for ref, name, percent, quarters in ROWS:
            assert isinstance(quarters, tuple)
            if q < 3:
                entry = quarters[q]
                if entry is None:
                    continue  # not yet on this tab
                actual, target, rag, comment = entry
            else:
                actual, rag, comment = None, None, None
                target = quarters[2][1]
            put_row(sheet, row, 1, [ref, name, actual, target, rag, comment])
            fmt = "0.0%" if percent else ("#,##0" if ref == "NS10" else "0.0")
            sheet.cell(row=row, column=3).number_format = fmt
            sheet.cell(row=row, column=4).number_format = "0%" if percent else "#,##0"
            if rag:
                fill(sheet, f"E{row}", RAG_FILL[str(rag)])
            row += 1
            if actual is None:
                continue
            scale = 100.0 if percent else 1.0
            value = round(float(actual) * scale, 6) if num(actual) is not None else None
            goal = round(float(str(target)) * scale, 6) if target is not None else None
            status = RAG[str(rag)] if rag else None
            exp.observations.append(
                Obs(str(ref), str(name), period, value, text_of(actual), goal, status)
            )
        sheet.cell(row=row + 1, column=1, value="RAG: see Key tab.").font = Font(
            size=9, italic=True
        )
        sheet.column_dimensions["B"].width = 58
        sheet.column_dimensions["F"].width = 45
    key = book.create_sheet("Key")
    put_row(key, 1, 1, ["RAG", "Meaning"], bold=True)
    put_row(key, 2, 1, ["G", "On or better than target"])
    put_row(key, 3, 1, ["A", "Below target but within 5%"])
    put_row(key, 4, 1, ["R", "More than 5% below target"])
    put_row(key, 5, 1, ["(blank)", "Data only, or no figure this quarter"])
    save(book, path)
    return exp
