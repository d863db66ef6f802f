"""A monthly report kept as one sheet per month, each with a Month and a YTD figure column."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

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

HEAD_ROW = 5
TABS = ("Apr 24", "May 24", "Jun 24", "Jul 24", "Aug 24", "Sep 24")
MONTHS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024")
LONG = ("April", "May", "June", "July", "August", "September")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")

# Per indicator: ref, name, unit, target (None: data only), then one (month, ytd, rag) per
# month from April; a None tuple means the indicator is not on that month's sheet yet.
# Rates and averages: the YTD is the average or rate over April to date; counts: the total.
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Housing Solutions", (
        ("HS01", "Homelessness cases prevented or relieved within 56 days", "%", 60,
         [(58.2, 58.2, "A"), (63.5, 60.9, "G"), (61.0, 60.9, "G"), (55.4, 59.5, "A"),
          (57.9, 59.2, "A"), (64.8, 60.1, "G")]),
        ("HS02", "Households in temporary accommodation (month end)", "No.", None,
         [(212, None, None), (219, None, None), (226, None, None), (231, None, None),
          (229, None, None), (240, None, None)]),
        ("HS03", "Families with children in bed and breakfast over 6 weeks", "No.", 0,
         [(3, 3, "R"), (1, 4, "R"), (0, 4, "R"), (0, 4, "R"), (2, 6, "R"), (0, 6, "R")]),
        ("HS04", "Average days in temporary accommodation before move-on", "Days", 180,
         [(201, 201, "R"), (188, 195, "A"), (176, 188, "A"), (169, 183, "A"),
          (172, 181, "A"), (165, 178, "G")]),
    )),
    ("Housing Management", (
        ("HM01", "Rent collected as % of rent due (excluding arrears)", "%", 98.5,
         [(96.1, 96.1, "A"), (97.4, 96.8, "A"), (98.9, 97.5, "A"), (99.2, 97.9, "A"),
          (98.7, 98.1, "A"), (99.6, 98.4, "A")]),
        ("HM02", "Average days to re-let general needs homes (key to key)", "Days", 28,
         [(34.2, 34.2, "R"), (31.0, 32.5, "R"), (27.4, 30.8, "A"), (26.1, 29.6, "A"),
          ("n/a", 29.6, "A"), (25.3, 28.8, "A")]),
        ("HM03", "Emergency repairs completed within 24 hours", "%", 98,
         [(97.1, 97.1, "A"), (98.4, 97.8, "A"), (99.0, 98.2, "G"), (98.6, 98.3, "G"),
          (97.9, 98.2, "G"), (98.8, 98.3, "G")]),
        ("HM04", "Homes with a valid gas safety certificate", "%", 100,
         [(99.7, 99.7, "A"), (99.8, 99.8, "A"), (99.9, 99.9, "A"), (100, 100, "G"),
          (99.9, 99.9, "A"), ("TBC", None, None)]),
        ("HM05", "Tenancy satisfaction: overall satisfaction with landlord service", "%", 75,
         [None, None, (71.0, 71.0, "A"), (73.2, 72.1, "A"), (69.8, 71.3, "A"),
          (72.5, 71.6, "A")]),
        ("HM06", "Anti-social behaviour cases opened", "No.", None,
         [(48, 48, None), (55, 103, None), (61, 164, None), (72, 236, None),
          (66, 302, None), (51, 353, None)]),
    )),
    ("Private Sector Housing", (
        ("PS01", "Disabled Facilities Grant adaptations completed", "No.", None,
         [(9, 9, None), (14, 23, None), (11, 34, None), (7, 41, None), (12, 53, None),
          (15, 68, None)]),
        ("PS02", "Average days from DFG referral to completion", "Days", 182,
         [(220, 220, "R"), (210, 215, "R"), (195, 208, "R"), (214, 210, "R"),
          (176, 203, "R"), (168, 197, "A")]),
        ("PS03", "Empty homes brought back into use", "No.", None,
         [(4, 4, None), (2, 6, None), (5, 11, None), (3, 14, None), (None, 14, None),
          (6, 20, None)]),
        ("PS04", "Category 1 hazards removed from private rented homes", "No.", None,
         [(6, 6, None), (8, 14, None), (4, 18, None), (9, 27, None), (5, 32, None),
          (7, 39, None)]),
    )),
)  # fmt: skip


def _ytd(k: int) -> str:
    """April's year to date is April itself; later months run from April."""
    return MONTHS[0] if k == 0 else f"Apr 2024\u2013{MONTHS[k]}"


def build(path: Path) -> Expected:
    """Imitates a district council housing service's monthly performance workbook.

    The kind of workbook a district council's housing performance officer
    keeps for the Housing Portfolio Holder and the Communities Overview and
    Scrutiny Panel: each month a new tab ('Apr 24', 'May 24' .. 'Sep 24') is
    copied from the last one and the figures overwritten, the older tabs left
    in place so members can look back. Every tab holds the same table: Ref,
    Measure, Unit, 'Month', 'YTD', 'Target', a G/A/R letter with its fill,
    Comments, under shaded service rows, the month named in the title
    ('... \u2013 September 2024') and in the tab. Notes under each table say the
    year to date runs from 1 April, that rates and averages are over April to
    date and counts are totals, and that the RAG compares the year to date
    with the target and that month-end snapshots have no year to date.

    A careful reader takes every tab: the Month column is that tab's month,
    the YTD column April to that month (in April the two are the same figure,
    one observation). The single Target applies to both (the one count with
    a target has a target of nil), and the RAG, by the note, goes on the year
    to date. The temporary accommodation snapshot has only month figures and
    no target ('Data only'). A tenancy
    satisfaction measure starts on the June tab; a gas safety month is 'TBC'
    with no year to date or rating; a re-let month is 'n/a' while its year to
    date is rated; a blank empty-homes month keeps its year to date. Units
    from the Unit column; no polarity is stated. A 'Notes' tab holds
    definitions only.
    """
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    exp = Expected([])
    heads = ["Ref", "Measure", "Unit", "Month", "YTD", "Target", "RAG", "Comments"]
    comments = {
        ("HS03", 4): "Two families placed in August; both moved to self-contained units by "
        "20 September.",
        ("HM02", 4): "Figure not available: lettings module upgrade over August.",
        ("HM04", 5): "Contractor return awaited; two properties with no access in legal.",
        ("HM05", 2): "New monthly transactional survey from June.",
        ("PS03", 4): "Return not made in August; included in the year to date.",
        ("HS04", 0): "Three long stays in leased units distort the average.",
    }
    for k, tab in enumerate(TABS):
        sheet = book.create_sheet(tab)
        title(
            sheet, "A1", f"Housing Services \u2013 Monthly Performance Report \u2013 {LONG[k]} 2024"
        )
        sheet["A2"] = "For the Housing Portfolio Holder and Communities Overview and Scrutiny Panel"
        sheet["A2"].font = Font(italic=True)
        sheet["A3"] = f"Year to date: 1 April 2024 to end of {LONG[k]} 2024"
        put_row(sheet, HEAD_ROW, 1, heads)
        for col in range(1, len(heads) + 1):
            cell = sheet.cell(row=HEAD_ROW, column=col)
            cell.fill = HEAD
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
        row = HEAD_ROW + 1
        for section, rows in SECTIONS:
            sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            for ref, name, unit, target, months in rows:
                entry = months[k]  # type: ignore[index]
                if entry is None:
                    continue
                month, ytd, rag = entry
                code, label = str(ref), str(name)
                values = [code, label, unit, month, ytd, target if target is not None else "Data only",
                          rag, comments.get((code, k))]  # fmt: skip
                put_row(sheet, row, 1, values)
                for col in (4, 5, 6):
                    cell = sheet.cell(row=row, column=col)
                    cell.alignment = Alignment(horizontal="right")
                    cell.number_format = "0.0" if unit in ("%", "Days") else "#,##0"
                if rag:
                    fill(sheet, f"G{row}", RAG_FILL[str(rag)])
                    sheet[f"G{row}"].alignment = Alignment(horizontal="center")
                goal = num(target)
                status = RAG[str(rag)] if rag else None
                if k == 0:
                    if month is not None:
                        exp.observations.append(
                            Obs(code, label, MONTHS[0], num(month), text_of(month), goal, status)
                        )
                else:
                    if month is not None:
                        exp.observations.append(
                            Obs(code, label, MONTHS[k], num(month), text_of(month), goal)
                        )
                    if ytd is not None:
                        exp.observations.append(
                            Obs(code, label, _ytd(k), num(ytd), text_of(ytd), goal, status)
                        )
                exp.add_meta(code, label, None, UNIT[str(unit)])
                row += 1
        notes = (
            "YTD: rates and averages are over 1 April to the end of the month; counts are "
            "the total since 1 April; month-end snapshots have no YTD.",
            "RAG compares the YTD figure with the target. G: target met; A: within 10%; "
            "R: more than 10% away. 'Data only': monitored without a target.",
        )
        for j, line in enumerate(notes, start=row + 1):
            sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
        widths = {"A": 7, "B": 62, "C": 7, "D": 10, "E": 10, "F": 10, "G": 6, "H": 55}
        for letter, width in widths.items():
            sheet.column_dimensions[letter].width = width
        sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    notes_sheet = book.create_sheet("Notes")
    notes_sheet["A1"] = "Definitions"
    notes_sheet["A1"].font = Font(bold=True, size=14)
    lines = (
        ("HS01", "Cases closed in the month where the duty ended in accommodation secured for "
                 "6 months or more, as a % of all prevention and relief cases closed."),
        ("HM01", "Rent collected in the period divided by the rent debit for the period, "
                 "excluding former tenant and current arrears brought forward."),
        ("HM02", "Calendar days from keys returned to new tenancy start, general needs "
                 "stock only; excludes major voids."),
        ("PS02", "Calendar days from the Occupational Therapist referral to the certified completion "
                 "of works."),
    )  # fmt: skip
    for j, (ref, text) in enumerate(lines, start=3):
        notes_sheet.cell(row=j, column=1, value=ref)
        notes_sheet.cell(row=j, column=2, value=text)
    notes_sheet.column_dimensions["B"].width = 100
    book.active = len(TABS) - 1
    save(book, path)
    return exp
