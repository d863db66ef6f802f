"""Separate in-quarter and year-to-date target and actual columns, plus an annual target."""

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

SHEET = "Q3 2024-25"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
QUARTER = "Q3 2024/25"
TO_DATE = "Apr 2024\u2013Dec 2024"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"Number": "number", "%": "%", "Days": "days", "\u00a3": "\u00a3"}
HEAD = PatternFill(fill_type="solid", start_color="FF7030A0", end_color="FF7030A0")
SECTION = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. Otherwise: ref, measure, unit, in quarter target, in quarter
# actual, year to date target, year to date actual, annual target, RAG, commentary.
# Snapshot measures have no year to date; their RAG compares the quarter-end figure.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Economy and Regeneration",),
    ("ER01", "Business start-up grants awarded", "Number", 15, 18, 45, 49, 60, "Green", None),
    (
        "ER02",
        "Jobs created or safeguarded through council business support",
        "Number",
        40,
        31,
        120,
        104,
        160,
        "Red",
        "Two inward investment projects slipped into Q4.",
    ),
    (
        "ER03",
        "Major planning applications determined within 13 weeks or agreed time",
        "%",
        90,
        85.7,
        90,
        91.3,
        90,
        "Green",
        "6 of 7 in time this quarter.",
    ),
    (
        "ER04",
        "Vacant town centre retail units (snapshot at quarter end)",
        "%",
        12.0,
        12.4,
        None,
        None,
        12.0,
        "Amber",
        None,
    ),
    (
        "ER05",
        "Visitors to the museum and art gallery",
        "Number",
        9000,
        11482,
        31000,
        33906,
        40000,
        "Green",
        "Christmas lantern trail drew record numbers.",
    ),
    ("Housing",),
    (
        "HS01",
        "Affordable homes completed",
        "Number",
        "\u2013",
        22,
        75,
        58,
        100,
        "Red",
        "Completions not profiled by quarter; Riverside Quarter phase 2 now due in February.",
    ),
    (
        "HS02",
        "Households where homelessness was prevented",
        "Number",
        60,
        71,
        180,
        196,
        240,
        "Green",
        None,
    ),
    (
        "HS03",
        "Households in temporary accommodation (snapshot at quarter end)",
        "Number",
        45,
        52,
        None,
        None,
        45,
        "Red",
        "Of which 11 in bed and breakfast.",
    ),
    (
        "HS04",
        "Average days to re-let council homes (key to key)",
        "Days",
        30,
        33.5,
        30,
        31.8,
        30,
        "Amber",
        None,
    ),
    ("HS05", "Empty homes brought back into use", "Number", 10, 7, 30, 26, 40, "Red", None),
    (
        "HS06",
        "Council homes with a valid gas safety certificate",
        "%",
        100,
        99.8,
        100,
        99.9,
        100,
        "Amber",
        "Two no-access cases with legal.",
    ),
    ("Customer and Finance",),
    (
        "CF01",
        "Council tax collected (% of annual debit)",
        "%",
        27.5,
        27.1,
        84.6,
        84.2,
        97.5,
        "Amber",
        None,
    ),
    (
        "CF02",
        "Business rates collected (% of annual debit)",
        "%",
        26.0,
        26.8,
        85.0,
        85.9,
        98.0,
        "Green",
        None,
    ),
    (
        "CF03",
        "Customer service calls answered within 60 seconds",
        "%",
        80,
        74.2,
        80,
        "n/a",
        80,
        None,
        "Year to date not available: telephony system replaced in August.",
    ),
    (
        "CF04",
        "Stage 1 complaints answered within 10 working days",
        "%",
        90,
        88.4,
        90,
        86.9,
        90,
        "Amber",
        None,
    ),
    (
        "CF05",
        "Sundry debt over 90 days old (snapshot at quarter end)",
        "\u00a3",
        450000,
        512340,
        None,
        None,
        450000,
        "Red",
        "Includes one disputed commercial rent debt of \u00a348k.",
    ),
    (
        "CF06",
        "Average days to process new Housing Benefit claims",
        "Days",
        18,
        15.9,
        18,
        17.2,
        18,
        "Green",
        None,
    ),
    (
        "CF07",
        "Garden waste subscriptions sold",
        "Number",
        None,
        1204,
        None,
        38915,
        None,
        None,
        "Information only; renewals open in February.",
    ),
)


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly performance monitor to Overview and Scrutiny.

    The kind of monitor a borough's policy and performance team sends to the
    Overview and Scrutiny Committee for one quarter, the quarter named only
    in the title ('Performance Monitoring Report \u2013 Quarter 3 2024/25
    (October to December 2024)') and the sheet tab: Ref, Measure, Unit,
    'In quarter target', 'In quarter actual', 'Year to date target', 'Year
    to date actual', 'Annual target', a filled RAG word and commentary,
    under shaded sections. Notes under the table say the year to date runs
    from 1 April, that RAG compares the year-to-date actual with the
    year-to-date target, and that for snapshot measures (no year to date)
    it compares the quarter-end figure with the in-quarter target.

    A careful reader takes each in-quarter actual as Q3 2024/25 with the
    in-quarter target, and each year-to-date actual as April to December
    2024 with the year-to-date target and the RAG; the snapshots' RAG goes
    on their Q3 figure. The annual target has no figure of its own (the
    year is not over) and is not taken as either figure's target. Affordable
    homes' in-quarter target is a dash (none). Call answering's year to date
    is 'n/a', with its target and no RAG. Garden waste is information only.
    Units from the Unit column; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Performance Monitoring Report \u2013 Quarter 3 2024/25 (October to December 2024)",
    )
    sheet["A2"] = "Overview and Scrutiny Committee, 13 February 2025 \u2013 Appendix 1"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Measure", "Unit", "In quarter target", "In quarter actual",
             "Year to date target", "Year to date actual", "Annual target", "RAG",
             "Commentary"]  # fmt: skip
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
        ref, name, unit, iq_target, iq_actual, ytd_target, ytd_actual, annual, rag, _note = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(3, 10):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if unit in ("Number", "\u00a3"):
                cell.number_format = "#,##0"
            elif unit == "%":
                cell.number_format = "0.0"
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        snapshot = ytd_actual is None and ytd_target is None and annual is not None
        status = RAG[str(rag)] if rag else None
        code, label = str(ref), str(name)
        if iq_actual is not None:
            exp.observations.append(
                Obs(
                    code,
                    label,
                    QUARTER,
                    num(iq_actual),
                    text_of(iq_actual),
                    num(iq_target),
                    status if snapshot else None,
                )
            )
        if ytd_actual is not None:
            exp.observations.append(
                Obs(
                    code,
                    label,
                    TO_DATE,
                    num(ytd_actual),
                    text_of(ytd_actual),
                    num(ytd_target),
                    status,
                )
            )
        exp.add_meta(code, label, None, UNIT[str(unit)])
        row += 1
    notes = (
        "Year to date: 1 April 2024 to 31 December 2024. In quarter: 1 October to 31 December "
        "2024.",
        "RAG compares the year to date actual with the year to date target; for snapshot "
        "measures (no year to date) the in quarter actual with the in quarter target. Green: "
        "met; Amber: within 10%; Red: more than 10% away.",
        "\u2013 no quarterly profile set.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 62, "C": 8, "I": 9, "J": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFGH":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
