"""A status column typed by hand: padded, mixed-case and abbreviated RAG words, 'Red*', one slip ('Gren/Amber')."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Q2 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"red": "red", "amber": "amber", "green": "green"}
STATUS_COL = "F"
FIRST = 6

# ref, indicator, Q1, Q2, target ('-' none), status as typed, what it reads as (None: no
# rating; "?": a slip no careful reader can settle), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("PAM/012", "Households successfully prevented from becoming homeless (%)",
     61.5, 59.6, 65, "amber", "amber", None),
    ("PAM/015", "Average calendar days taken to deliver a Disabled Facilities Grant",
     212, 236, 200, "Red ", "red", "Two complex adaptations (extensions) completed in Q2."),
    ("PAM/030", "Municipal waste reused, recycled or composted (%)",
     67.4, 65.9, 64, "GREEN", "green", None),
    ("PAM/035", "Average working days taken to clear fly-tipping incidents",
     1.6, 1.9, 2, " Green", "green", None),
    ("PAM/043", "Kilograms of residual waste generated per person",
     41.2, 40.6, 42, "Grn", "green", None),
    ("PAM/010", "Highways inspected of a high or acceptable standard of cleanliness (%)",
     96.8, 95.1, 95, "Gren/Amber", "?", "Summer staffing; two routes missed in August."),
    ("PAM/018", "Planning applications approved (%)",
     91.0, 88.7, 90, "Amb", "amber", None),
    ("PAM/019", "Planning appeals dismissed (%)",
     66.7, 57.1, 66, "Red*", "red", "3 of 7 appeals allowed in Q2."),
    ("PAM/025", "People kept in hospital while waiting for social care, per 1,000 aged 75+",
     4.1, 3.6, 4.5, "green", "green", None),
    ("CS/01", "Calls to the contact centre answered (%)",
     88.2, 90.4, 90, "Green\u00a0", "green", None),
    ("CS/03", "Freedom of Information requests answered within 20 working days (%)",
     84.0, 79.5, 90, "RED", "red", "Backlog in Social Care requests; extra resource agreed."),
    ("HR/02", "Staff with a completed annual appraisal (%)",
     42.0, 71.5, 95, "N/A", None, "Annual cycle closes in December; rated at year end."),
    ("LS/01", "Visits to Torfaen Leisure Trust centres",
     148320, 139870, "-", "-", None, "Seasonal dip over the summer holidays."),
    ("ED/04", "Pupils attending school (primary, %)",
     94.1, 93.8, 95, "Amber ", "amber", None),
    ("ED/05", "Pupils attending school (secondary, %)",
     89.6, 88.9, 92, "amb", "amber", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough's quarterly corporate performance sheet kept by hand.

    Torfaen County Borough Council style: a quarterly sheet of Public
    Accountability Measures (PAM/0xx) and local measures kept in Excel by
    the corporate performance officer, Q1 and Q2 2024/25, one 'Target
    2024/25', a 'Status (Q2)' column each service typed itself, comments,
    and a key saying Green is on target, Amber within 10%, Red worse.

    The status column shows everything hand typing does: trailing and
    leading spaces ('Red ', ' Green', 'Amber '), a no-break space pasted
    after 'Green', capitals ('GREEN', 'RED'), lower case ('amber', 'green',
    'amb'), abbreviations ('Grn', 'Amb'), and 'Red*' whose asterisk a
    footnote explains (red for the third quarter running). A careful reader
    reads all of these as the word they plainly are, for Q2. 'N/A' and '-'
    are no rating; '-' in the Target column is no target.

    One cell is a genuine slip: PAM/010's 'Gren/Amber' (F11). It is not a
    rating on the key's three-point scale; it could be Green mistyped with
    an Amber left over, an Amber typed over a Green, or a blend the key does
    not have, and the figure (95.1 against 95) does not settle a rating the
    sheet never states. The file goes to review at that cell; its figures
    are read as usual, its Q2 without a rating until settled.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Torfaen County Borough Council")
    sheet["A2"] = (
        "Corporate performance measures \u2013 Quarter 2 2024-25 (April to September 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Compiled from service returns. Status is for Quarter 2 against the 2024-25 target."
    )
    sheet["A3"].font = Font(italic=True)
    header = ["PI ref", "Indicator", "Q1 2024-25", "Q2 2024-25", "Target 2024-25", "Status (Q2)",
              "Comments"]  # fmt: skip
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([], status="needs_review")
    for i, (ref, name, q1, q2, target, typed, reading, comment) in enumerate(ROWS):
        row = FIRST + i
        put_row(sheet, row, 1, [ref, name, q1, q2, target, typed, comment])
        sheet[f"{STATUS_COL}{row}"].alignment = Alignment(horizontal="center")
        if reading == "?":
            exp.review_cells.append(f"{SHEET}!{STATUS_COL}{row}")
        rag = RAG.get(str(reading))
        goal = float(target) if isinstance(target, int | float) else None
        exp.observations += observed(str(ref), str(name), QUARTERS, (q1, q2), goal, rag)
        if isinstance(q1, int) and q1 > 1000:
            for col in "CD":
                sheet[f"{col}{row}"].number_format = "#,##0"
    foot = FIRST + len(ROWS) + 1
    notes = (
        "Key: Green = on or better than target; Amber = within 10% of target; Red = more than 10% "
        "worse than target; N/A = not rated this quarter.",
        "* Red for the third consecutive quarter \u2013 reported to Governance and Audit Committee.",
        "PAM = Public Accountability Measure (Data Cymru). Local measures are set by the Council.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["G"].width = 56
    save(book, path)
    return exp
