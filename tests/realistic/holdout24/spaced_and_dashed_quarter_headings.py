"""Quarter headings typed differently in each column: spaces, dashes, 'Qtr', words and long years."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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

SHEET = "Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
HEADINGS = ("Q4 (2023 - 24)", "Q 1 - 2024 / 25", "Qtr2 24-25", "Quarter Three 2024/2025")
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FFC00000", end_color="FFC00000")
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. Otherwise: ref, indicator, Q4 2023/24, Q1, Q2, Q3 2024/25,
# target 24/25 ('-' for none), RAG letter, comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Communities and Housing",),
    ("CH01", "Households for whom homelessness was successfully prevented (%)",
     58.2, 61.0, 63.4, 59.7, 60, "A", None),
    ("CH02", "Average calendar days to deliver a Disabled Facilities Grant",
     241, 228, 219, 205, 210, "G", "Framework contractor now on site within 6 weeks."),
    ("CH03", "Council homes let to households on the common housing register",
     88, 76, 91, 84, "-", None, "Information only."),
    ("CH04", "Empty private sector homes returned to occupation",
     14, 9, 12, 17, 12, "G", None),
    ("CH05", "Anti-social behaviour incidents reported to the community safety partnership",
     412, 455, 498, "n/a", "-", None, "Police data for Q3 not yet received."),
    ("CH06", "Visits to public libraries per 1,000 population",
     1102, 1180, 1215, 1064, 1100, "A", "Two branches closed for a week for heating repairs."),
    ("Environment and Highways",),
    ("EH01", "Municipal waste reused, recycled or composted (%)",
     64.8, 68.2, 67.5, 62.1, 64, "A", "Seasonal fall in garden waste."),
    ("EH02", "Fly-tipping incidents cleared within 5 working days (%)",
     92.0, 95.6, 96.3, 97.1, 95, "G", None),
    ("EH03", "Highway defects made safe within 24 hours (%)",
     88.5, 90.2, 86.9, 91.4, 90, "G", None),
    ("EH04", "Streets inspected at a high or acceptable standard of cleanliness (%)",
     None, 94.3, 95.1, 93.8, 95, "A", "New measure for 2024/25."),
    ("EH05", "Food establishments broadly compliant with food hygiene standards (%)",
     96.2, 96.5, 96.8, None, 95, "G", "Q3 inspection data being validated; RAG on Q2."),
    ("Corporate Services",),
    ("CS01", "Undisputed invoices paid within 30 days (%)",
     93.8, 94.9, 95.5, 95.8, 95, "G", None),
    ("CS02", "Working days lost per FTE to sickness absence (rolling 12 months)",
     11.2, 11.0, 10.7, 10.9, 10.5, "A", None),
    ("CS03", "Freedom of Information requests answered within 20 working days (%)",
     81.3, 86.0, "n/a", 88.4, 90, "A", "Q2 figure lost in the case system upgrade."),
    ("CS04", "Stage 2 complaints responded to within 20 working days (%)",
     78.0, 82.5, 84.1, 70.7, 85, "R", "Three complex cases needed external investigation."),
    ("CS05", "Calls to the contact centre answered",
     61204, 58117, 55980, 52433, "-", None, "Demand measure."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's quarterly scorecard to a scrutiny committee.

    A corporate performance scorecard kept as one sheet and extended a
    column a quarter by whoever compiled that quarter, so each period
    heading is typed differently: 'Q4 (2023 - 24)' (last year's Q4 kept
    for comparison), 'Q 1 - 2024 / 25', 'Qtr2 24-25' and 'Quarter Three
    2024/2025'. Then 'Target 24/25', a filled G/A/R letter headed
    'RAG (latest)' and Comments, under shaded Communities and Housing,
    Environment and Highways and Corporate Services rows; units only in
    the names. For the Corporate Overview and Scrutiny Committee.

    A careful reader reads the headings as Q4 2023/24, Q1 2024/25, Q2
    2024/25 and Q3 2024/25. The target names 2024/25, so the 2024/25
    quarters carry it and Q4 2023/24 has none. The RAG belongs to Q3,
    or to Q2 for food hygiene whose Q3 is blank. Street cleanliness is
    new (no Q4 2023/24). 'n/a' cells are observations without a figure and
    unrated; '-' targets are none (information-only rows without RAG).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 3 2024-25")
    sheet["A2"] = "Corporate Overview and Scrutiny Committee \u2013 6 March 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Figures for Q4 2023-24 are shown for comparison."
    sheet["A3"].font = Font(size=9, italic=True)
    heads = ["Ref", "Indicator", *HEADINGS, "Target 24/25", "RAG (latest)", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if 3 <= col <= 8:
                cell.alignment = Alignment(horizontal="center")
            if 3 <= col <= 7 and isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        goal = num(target)
        latest = max((k for k, v in enumerate(figures) if v is not None), default=None)
        for k, value in enumerate(figures):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal if k >= 1 else None,
                    RAG[str(rag)] if rag and k == latest else None,
                )
            )
        row += 1
    notes = (
        "RAG (latest): G on or better than target; A within 10% of target; R more than 10% "
        "away from target. Rated on the latest quarter reported.",
        "n/a \u2013 data not available. \u2013 no target set (information only).",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 62, "C": 13, "D": 13, "E": 13, "F": 15, "G": 10, "H": 9, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    book.properties.creator = "Corporate Performance Team"
    save(book, path)
    return exp
