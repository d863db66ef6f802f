"""A year-end quarterly grid where annual measures have their only figure in the Q4 column, Q1-Q3 blank, 'n/a' or 'Annual', a Frequency column saying which."""

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
    merge,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Year end 2023-24"
YEAR = "2023/24"
QUARTERS = ("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24")
HEAD_ROW = 5
FIRST_Q = 4  # column D
STATUS: dict[str, Rag] = {"On target": "green", "Near target": "amber", "Below target": "red"}
STATUS_FILL = {"On target": GREEN_FILL, "Near target": AMBER_FILL, "Below target": RED_FILL}
OFF_QUARTER = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# ref, measure, frequency as typed, Q1, Q2, Q3, Q4, target 2023/24, status (Q4), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("PAM/012", "Households successfully prevented from becoming homeless (%)", "Quarterly",
     58.2, 61.5, 55.9, 63.1, 60, "On target", None),
    ("PAM/015", "Average calendar days taken to deliver a Disabled Facilities Grant", "Quarterly",
     212, 198, 231, 204, 220, "On target", "Two complex extensions completed in Q3."),
    ("PAM/018", "Planning applications determined in time (%)", "Quarterly",
     86.4, 89.1, 84.7, 90.3, 88, "On target", None),
    ("PAM/019", "Planning appeals dismissed (%)", "Quarterly",
     66.7, 75.0, 80.0, 62.5, 65, "Near target", "8 appeals decided in Q4, 5 dismissed."),
    ("PAM/023", "Food establishments broadly compliant with food hygiene standards (%)", "Quarterly",
     95.8, 96.1, 96.4, 96.9, 95, "On target", None),
    ("PAM/030", "Municipal waste reused, recycled or composted (%)", "Quarterly",
     68.4, 70.2, 64.8, 63.5, 64, "Near target",
     "Q4 figure provisional until WasteDataFlow is verified by Natural Resources Wales."),
    ("PAM/043", "Kilograms of residual waste generated per person", "Quarterly",
     36.1, 35.4, 34.9, 33.8, 36, "On target", None),
    ("PAM/010", "Highways and relevant land inspected of a high or acceptable standard of cleanliness (%)", "Annual",
     "Annual", "Annual", "Annual", 95.4, 95, "On target",
     "Keep Wales Tidy LEAMS surveys across the year."),
    ("PAM/013", "Empty private sector properties brought back into use (%)", "Annual",
     None, None, None, 4.6, 4, "On target", None),
    ("PAM/014", "New homes created as a result of bringing empty properties back into use", "Annual",
     "n/a", "n/a", "n/a", 7, 10, "Below target", "Two conversion schemes slipped into 2024/25."),
    ("PAM/020", "Principal (A) roads in overall poor condition (%)", "Annual",
     "Annual", "Annual", "Annual", 3.4, 4, "On target", "SCANNER survey."),
    ("PAM/021", "Non-principal (B) roads in overall poor condition (%)", "Annual",
     "Annual", "Annual", "Annual", 5.1, 5, "Near target", "SCANNER survey."),
    ("PAM/022", "Non-principal (C) roads in overall poor condition (%)", "Annually",
     None, None, None, 11.8, 12, "On target", "Coarse visual inspection survey."),
    ("PAM/044", "Apprentices on formal recognised apprenticeship schemes per 1,000 employees", "Annual",
     "n/a", "n/a", "n/a", 11.2, 10, "On target", None),
    ("CCBC/CS01", "Customers satisfied with the Contact Centre (%)", "Quarterly",
     None, None, None, 87.0, 85, "On target", "New measure from January 2024: first quarter of data."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's year-end corporate performance report to scrutiny.

    Conwy County Borough Council's 2023/24 year-end table of Public
    Accountability Measures (PAM/...) and a local measure, as the
    performance team lays it out every quarter: Ref, Measure, 'Frequency',
    bare 'Q1'..'Q4' under a merged '2023/24' banner, 'Target 2023/24',
    a filled 'Status (Q4)' word (On target / Near target / Below target)
    and a comment. Quarterly measures fill each quarter. Annual measures
    have only the one figure a year, typed in the Q4 column. Their Q1-Q3
    cells are shaded grey, and different officers left them blank, typed
    'Annual' or typed 'n/a'. One frequency is typed 'Annually'. A new
    quarterly measure started in January and has only a Q4 figure. Notes
    under the table say the Q4 column holds the whole year's result for
    annual measures, and what the status words mean.

    A careful reader takes each quarterly figure as its quarter of 2023/24,
    and the new measure's single figure as Q4 2023/24, since its frequency
    is Quarterly and the comment says it started that quarter. An annual
    measure's figure in the Q4 column is the result for the year 2023/24,
    not for January to March. Its Frequency cell says so, and the note
    says so in words. Were there no Frequency column and no note, a lone
    Q4 figure would be doubtful, but here both are present. 'Annual' and
    'n/a' are what those quarter cells said; blank cells are no
    observation. The target applies to every period of its row. The status
    rates the figure in the Q4 column, so for an annual measure it rates
    the year's result. The provisional recycling figure is still the Q4
    figure as published.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Conwy County Borough Council \u2013 Corporate Performance Measures")
    sheet["A2"] = (
        "Year-end report 2023/24 \u2013 Economy and Place Overview and Scrutiny Committee, June 2024"
    )
    last_q = FIRST_Q + 3
    merge(sheet, "D4:G4", YEAR)
    header = [
        "Ref",
        "Measure",
        "Frequency",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "Target 2023/24",
        "Status (Q4)",
        "Comment",
    ]
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, frequency, q1, q2, q3, q4, target, status, comment) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        put_row(sheet, row, 1, [ref, name, frequency, q1, q2, q3, q4, target, status, comment])
        annual = str(frequency).startswith("Annual")
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(FIRST_Q, last_q + 1):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            if annual and col < last_q:
                cell.fill = OFF_QUARTER
                cell.font = Font(italic=True, color="FF595959")
        rgb = STATUS_FILL[str(status)]
        sheet.cell(row=row, column=9).fill = PatternFill(
            fill_type="solid", start_color=rgb, end_color=rgb
        )
        sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True)
        code, nm = str(ref), str(name)
        goal = float(str(target))
        rating = STATUS[str(status)]
        if annual:
            exp.observations += observed(code, nm, QUARTERS[:3], (q1, q2, q3), goal)
            exp.observations.append(Obs(code, nm, YEAR, float(str(q4)), None, goal, rating))
        else:
            exp.observations += observed(code, nm, QUARTERS, (q1, q2, q3, q4), goal, rating)
    foot = HEAD_ROW + len(ROWS) + 2
    notes = (
        "Annual measures are reported once a year: the figure in the Q4 column is the result for "
        "the whole of 2023/24.",
        "Status compares the Q4 figure (for annual measures, the year's result) with the 2023/24 "
        "target: On target; Near target = within 5% of target; Below target = more than 5% "
        "below.",
        "PAM = Public Accountability Measure, reported to Data Cymru.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["A"].width = 11
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["C"].width = 11
    sheet.column_dimensions["J"].width = 48
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
