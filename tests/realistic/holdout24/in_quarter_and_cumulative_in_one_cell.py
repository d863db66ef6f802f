"""Count cells holding the in-quarter figure and the year-to-date total together, '45 (120 YTD)'."""

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
    put_row,
    save,
    title,
)

SHEET = "Q3 2024-25"
HEAD_ROW = 5
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# The year to date at the end of each quarter (Q1's is its own in-quarter figure, not repeated).
TO_DATE = (None, "Apr 2024\u2013Sep 2024", "Apr 2024\u2013Dec 2024")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"Count": "number", "%": "%", "Days": "days"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFA6A6A6")

# How officers typed the pair: "b" '45 (120 YTD)', "s" '45 / YTD 120', "y" '45 (YTD 120)'.
FORMS = {
    "b": "{q} ({y} YTD)",
    "s": "{q} / YTD {y}",
    "y": "{q} (YTD {y})",
}

# A 1-tuple is a section row. Otherwise: ref, indicator, measure, form of the count cells
# (None for single figures), Q1, Q2, Q3, quarterly target, RAG, comment. A count quarter after
# Q1 is an (in quarter, year to date) pair; a string stands as typed; None is blank.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Community Safety",),
    ("CS01", "Anti-social behaviour incidents reported to the council", "Count", "b",
     412, (389, 801), (356, 1157), None, None, "Demand measure \u2013 no target."),
    ("CS02", "Fixed penalty notices issued for environmental crime", "Count", "b",
     145, (162, 307), (171, 478), 150, "Green", None),
    ("CS03", "Community protection warnings issued", "Count", "s",
     38, (41, 79), (45, 124), 40, "Green", None),
    ("CS04", "Victims of anti-social behaviour who are repeat victims", "%", None,
     18.2, 21.0, 19.6, 20, "Green", None),
    ("CS05", "Licensing applications determined within statutory timescales", "%", None,
     97.3, 98.1, 95.0, 100, "Amber", "3 temporary event notices late over Christmas."),
    ("Environmental Services",),
    ("EN01", "Fly-tipping incidents cleared", "Count", "b",
     1204, (1187, 2391), (1096, 3487), None, None, None),
    ("EN02", "Fly-tips cleared within 2 working days", "%", None,
     91.4, 93.0, 88.7, 90, "Amber", "Storm Darragh clean-up diverted crews."),
    ("EN03", "Food hygiene inspections completed", "Count", "y",
     186, (174, 360), (133, 493), 180, "Red", "Two EHO vacancies; agency cover from January."),
    ("EN04", "Noise complaints responded to within 5 working days", "%", None,
     84.0, 87.5, "n/a", 90, None, "New case system; Q3 not reportable."),
    ("EN05", "Abandoned vehicle reports investigated", "Count", "b",
     57, (63, 120), None, 60, "Green", "Q3 awaited \u2013 rated on Q2."),
    ("EN06", "Relevant land with unacceptable levels of litter (LEQ survey)", "%", None,
     None, 6.8, 7.4, 7, "Amber", "Tranches 1 and 2 of 3."),
    ("Housing Standards",),
    ("HS01", "Private sector homes improved through council intervention", "Count", "b",
     22, (31, 53), (27, 80), 25, "Green", None),
    ("HS02", "HMO licence applications processed within 12 weeks", "%", None,
     72.0, 78.3, 81.1, 85, "Amber", None),
    ("HS03", "Disabled facilities grants completed", "Count", "s",
     41, (38, 79), "TBC", 40, None, "Contractor invoices being reconciled."),
    ("HS04", "Average days from referral to completed disabled facilities grant", "Days",
     None, 212, 198, 187, 180, "Amber", None),
)  # fmt: skip


def _cell(form: object, value: object) -> object:
    """What the officer typed: a pair as text in the row's form, anything else as it is."""
    if isinstance(value, tuple):
        quarter, to_date = value
        return FORMS[str(form)].format(q=f"{quarter:,}", y=f"{to_date:,}")
    return value


def build(path: Path) -> Expected:
    """Imitates a district council's neighbourhoods quarterly performance report to scrutiny.

    The kind of service scorecard a district council's neighbourhoods
    directorate takes each quarter to its Communities Overview and Scrutiny
    Committee: Ref, Indicator, Measure (Count, %, Days), 'Q1 2024/25',
    'Q2 2024/25', 'Q3 2024/25', 'Quarterly target', a filled RAG word and
    Comments, under shaded service rows. For counts the officers type the
    in-quarter figure with the year-to-date total in the same cell, each in
    their own way ('389 (801 YTD)', '41 / YTD 79', '174 (YTD 360)', with
    thousands separators), from Q2 on; Q1 holds the in-quarter figure
    alone. Percentages and days are single figures. A line under the title
    says how the cells are written; notes say count targets are per
    quarter and the RAG compares the latest quarter's in-quarter figure.

    A careful reader takes each cell's first figure as that quarter's
    actual (with the quarterly target) and the YTD figure as the year to
    date, April to September or April to December 2024, with no target of
    its own (none is stated). The RAG goes on the latest quarter's
    in-quarter figure: on Q2 for the abandoned vehicles row whose Q3 is
    blank; none for the 'n/a' and 'TBC' Q3s or the demand counts. Units
    from the Measure column; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Neighbourhoods Performance Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Communities Overview and Scrutiny Committee, 4 March 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Count measures: the figure for the quarter, with the year to date (from 1 April) "
        "shown alongside it from Q2."
    )
    sheet["A3"].font = Font(size=9, italic=True)
    heads = ["Ref", "Indicator", "Measure", *QUARTERS, "Quarterly target", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, measure, form, q1, q2, q3, target, rag, note = spec
        values = (q1, q2, q3)
        put_row(
            sheet,
            row,
            1,
            [ref, name, measure, *(_cell(form, v) for v in values), target, rag, note],
        )
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(3, 9):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if measure == "Count":
                cell.number_format = "#,##0"
            elif measure == "%":
                cell.number_format = "0.0"
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        goal = float(target) if isinstance(target, int | float) else None
        found: list[Obs] = []
        for period, to_date, value in zip(QUARTERS, TO_DATE, values, strict=True):
            if value is None:
                continue
            if isinstance(value, tuple):
                found.append(Obs(code, label, period, float(value[0]), None, goal))
                assert to_date is not None
                exp.observations.append(Obs(code, label, to_date, float(value[1])))
            elif isinstance(value, int | float):
                found.append(Obs(code, label, period, float(value), None, goal))
            else:
                found.append(Obs(code, label, period, None, str(value), goal))
        if rag:
            last = found[-1]
            found[-1] = Obs(
                code, label, last.period, last.actual, last.actual_text, goal, RAG[str(rag)]
            )
        exp.observations.extend(found)
        exp.add_meta(code, label, None, UNIT[str(measure)])
        row += 1
    notes = (
        "Quarterly target: for counts, the target for the quarter's own figure; for "
        "percentages and days, the level expected each quarter.",
        "RAG compares the latest quarter's figure (in quarter, not year to date) with the "
        "quarterly target. Green: met; Amber: within 10%; Red: more than 10% away.",
        "n/a \u2013 not available; TBC \u2013 to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 58, "C": 9, "D": 12, "E": 16, "F": 16, "G": 11, "H": 9, "I": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
