"""A scorecard mixing targeted indicators with monitor-only ones that carry words, not targets."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "KPIs Q3"
HEAD_ROW = 4
HEADS = (
    "Code",
    "Indicator",
    "Good is",
    "Q1 2024/25",
    "Q2 2024/25",
    "Q3 2024/25",
    "Q4 2024/25",
    "Target",
    "RAG",
    "Comment",
)
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF385723", end_color="FF385723")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
GREY = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")

# A 1-tuple is a section row. Otherwise: code, indicator, good is, Q1, Q2, Q3, Q4,
# target (a number, or the words officers use for indicators that are only watched),
# RAG (a word, 'N/A', or blank), comment. Percentages are typed as points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Environment and Neighbourhoods",),
    ("EN01", "Household waste recycled and composted (%)", "High", 47.9, 49.2, 46.1, None,
     48.0, "Amber", "Seasonal dip after garden waste collections ended."),
    ("EN02", "Missed bin collections per 100,000 collections", "Low", 38, 44, 52, None, 40,
     "Red", "Crew shortages in November."),
    ("EN03", "Fly-tipping incidents reported", None, 684, 712, 655, None, "Monitor only",
     "N/A", "Reported for context; enforcement is measured by EN04."),
    ("EN04", "Fly-tipping enforcement actions", "High", 61, 74, 69, None, 60, "Green", None),
    ("EN05", "Abandoned vehicles reported", None, 118, 97, 104, None, "Monitor only", None,
     None),
    ("Housing",),
    ("HO01", "Households in temporary accommodation (end of quarter)", None, 143, 151, 166,
     None, "Contextual", "N/A", "Demand measure; rising in line with the region."),
    ("HO02", "Homelessness prevented (% of prevention duties ended)", "High", 58.3, 61.7,
     57.4, None, 60.0, "Amber", None),
    ("HO03", "Average days to re-let general needs homes", "Low", 27.4, 25.9, 24.1, None,
     28.0, "Green", None),
    ("HO04", "Housing register applications (live at quarter end)", None, 5120, 5298, 5402,
     None, "Data only", None, None),
    ("HO05", "Affordable homes delivered (cumulative)", "High", 44, 97, None, None, 220,
     "Red", "Q3 completions not yet confirmed by providers; RAG at Q2."),
    ("Customers and Corporate",),
    ("CC01", "Calls answered within 3 minutes (%)", "High", 72.5, 79.8, 81.4, None, 80.0,
     "Green", None),
    ("CC02", "Stage 1 complaints responded to in 10 working days (%)", "High", 84.1, "n/a",
     88.9, None, 90.0, "Amber", "Q2 not available: complaints system change."),
    ("CC03", "Complaints received (stage 1)", None, 312, 287, 341, None, "Monitor only",
     "N/A", None),
    ("CC04", "Council tax collected (% of annual debit, cumulative)", "High", 29.4, 56.8,
     84.1, None, 84.5, "Amber", "Target profiled to Q3."),
    ("CC05", "Web visits to the council website", None, 418207, 396554, 372918, None,
     "Data only", "N/A", None),
    ("CC06", "Average working days lost to sickness per FTE (rolling 12 months)", "Low",
     9.4, 9.1, 8.7, None, 8.5, "Amber", None),
    ("CC07", "Freedom of Information requests received", None, 231, 264, "TBC", None,
     "Contextual", None, "Q3 count due from the new case system."),
)  # fmt: skip

WATCHED = {"Monitor only", "Contextual", "Data only"}


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI scorecard with monitor-only indicators.

    A district council's quarterly corporate KPI scorecard to the Overview
    and Scrutiny Committee: Code, Indicator, 'Good is' High/Low, 'Q1
    2024/25'..'Q4 2024/25' (Q4 empty), Target, a filled RAG word and Comment
    under shaded service rows. About a third of the indicators are watched
    for context rather than managed to a target: their Target cell says
    'Monitor only', 'Contextual' or 'Data only' (greyed), their 'Good is' is
    blank, and their RAG is 'N/A' or left blank, as officers fill it.

    A careful reader takes every quarter figure of every row, targeted or
    not. The words in the Target column are not a target and the 'N/A' in
    the RAG column is no rating, so those observations have neither; they
    are not markers on the figures. The single Target column applies to every
    quarter of a targeted row; the RAG word goes on the row's latest figure
    (HO05 has no Q3, so its RAG falls to Q2). CC02's Q2 is 'n/a'; CC07's Q3
    is 'TBC' (a monitor-only row, so no rating either way). Polarity from
    'Good is' where given; units are only in names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Key Performance Indicators \u2013 Quarter 3 (October to December 2024)")
    sheet["A2"] = (
        "Overview and Scrutiny Committee, 11 February 2025. Indicators marked Monitor only, "
        "Contextual or Data only have no target and are not RAG rated."
    )
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, HEAD_ROW, 1, list(HEADS))
    for col in range(1, len(HEADS) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(HEADS) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, good, q1, q2, q3, q4, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(3, 10):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        for col in range(4, 9):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
            elif isinstance(cell.value, int):
                cell.number_format = "#,##0"
        watched = target in WATCHED
        if watched:
            sheet[f"H{row}"].fill = GREY
            sheet[f"H{row}"].font = Font(italic=True, color="FF595959")
            if rag:
                sheet[f"I{row}"].fill = GREY
        elif rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        rated = RAG.get(str(rag)) if rag else None
        given = [(p, v) for p, v in zip(PERIODS, (q1, q2, q3, q4), strict=True) if v is not None]
        for i, (period, value) in enumerate(given):
            latest = i == len(given) - 1
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    None if watched else num(target),
                    rated if latest else None,
                )
            )
        exp.add_meta(str(code), str(name), POLARITY.get(str(good)), None)
        row += 1
    notes = (
        "RAG: Green on or better than target; Amber within 5% of target; Red more than 5% "
        "off target. The latest quarter is rated.",
        "Monitor only / Contextual / Data only: demand or context indicators reported for "
        "information, with no target and no RAG.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 7, "B": 58, "C": 8, "H": 13, "I": 9, "J": 50}.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
