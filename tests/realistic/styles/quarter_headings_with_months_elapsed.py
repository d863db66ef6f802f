"""Cumulative year-to-date columns headed by the months they cover: 'Q1 (3 months)', 'Q2 (6 months)', 'Q3 (9 months)' under a '2024/25' band."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "YTD Performance"
BAND_ROW = 5
HEAD_ROW = 6
HEADINGS = ("Q1 (3 months)", "Q2 (6 months)", "Q3 (9 months)", "Q4 (12 months)")
# each column covers April to its quarter's end, labelled as the span it covers
PERIODS = ("Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024", "2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "\u00a3": "\u00a3"}
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")

# A 1-tuple is a section row. Otherwise: code, indicator, measure type, unit, Q1..Q4 (year to date),
# annual target, RAG (latest), comments
ROWS: tuple[tuple[object, ...], ...] = (
    ("Economy and Housing",),
    ("EH1", "Net additional homes delivered", "Cumulative", "No.", 96, 203, 318, None, 450, "A",
     "Two large sites slipped into Q4."),
    ("EH2", "Affordable homes delivered", "Cumulative", "No.", 21, 38, 77, None, 110, "G", None),
    ("EH3", "Major planning applications determined within 13 weeks or agreed time", "Rate", "%",
     92.3, 90.0, 88.6, None, 90, "A", "Rate for the year to date."),
    ("EH4", "Households prevented from becoming homeless", "Cumulative", "No.", 64, 131, 190, None,
     240, "G", None),
    ("EH5", "Business start-ups supported by the Growth Hub", "Cumulative", "No.", 12, 25, "n/a",
     None, 50, None, "Growth Hub contract retendered; Q3 return not received."),
    ("Environment",),
    ("EN1", "Residual household waste per household (kg)", "Cumulative", "No.", 108.4, 214.9,
     322.7, None, 430, "G", "Cumulative kilograms per household."),
    ("EN2", "Household waste reused, recycled or composted", "Rate", "%", 53.8, 55.1, 52.4, None,
     54, "A", "Garden waste tonnage falls after September."),
    ("EN3", "Fly-tipping enforcement actions", "Cumulative", "No.", 41, 87, 119, None, None, None,
     "Monitoring only."),
    ("EN4", "Average days to remove graffiti reported", "Rate", "Days", 3.1, 2.8, 4.6, None, 3,
     "R", "Staff absence in November."),
    ("Resources",),
    ("RS1", "Council tax collected", "Cumulative", "%", 29.7, 57.3, 84.9, None, 97.5, "G",
     "Annual target is the year-end collection rate; on profile."),
    ("RS2", "Business rates collected", "Cumulative", "%", 31.4, 58.0, 83.2, None, 98.0, "A",
     None),
    ("RS3", "Sundry debt recovered", "Cumulative", "\u00a3", 412650, 798300, 1185420, None,
     1600000, "G", None),
    ("RS4", "Working days lost to sickness per FTE", "Cumulative", "Days", 2.4, 4.7, 7.3, None,
     8.5, "R", "Winter illness; on course to exceed the annual target."),
    ("RS5", "Invoices paid within 30 days", "Rate", "%", 96.8, None, 97.4, None, 98, "A",
     "Q2 figure withheld pending finance system reconciliation."),
    ("RS6", "Employee engagement score", "Rate", "%", None, None, 71.0, None, 75, "A",
     "Staff survey run in November."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's cumulative year-to-date performance report to scrutiny.

    South Kesteven / Mid Suffolk style: one sheet titled 'Council Plan
    Performance 2024/25 \u2013 cumulative position at Quarter 3', a band row
    '2024/25 (year to date)' merged over four period columns headed 'Q1 (3
    months)', 'Q2 (6 months)', 'Q3 (9 months)', 'Q4 (12 months)' (the last
    empty in a Q3 report), a 'Measure type' column saying Cumulative or
    Rate, a Unit column (%, No., Days, \u00a3), 'Annual Target', a filled R/A/G
    letter on the latest and Comments, under peach section rows.

    A careful reader takes each column as the year to date at its quarter's
    end (counts added up since 1 April, rates over the year to date), as the
    months in brackets say: Q1 2024/25, then April to September (H1 2024/25)
    and April to December 2024, labelled as the spans they cover like the
    other cumulative fixtures. The Annual Target applies to each quarter
    in its row, the RAG to the latest figure (RS6's to its only figure);
    EH5's 'n/a' Q3 is its text and unrated. Blank cells (RS5's Q2, RS6's Q1 and Q2) are no observation.
    Units from the Unit column; no polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan Performance 2024/25 \u2013 cumulative position at Quarter 3")
    sheet["A2"] = "Figures are cumulative from 1 April 2024 to the end of each quarter."
    sheet["A3"] = "Overview and Scrutiny Committee, 6 February 2025"
    for ref in ("A2", "A3"):
        sheet[ref].font = Font(italic=True)
    merge(sheet, f"E{BAND_ROW}:H{BAND_ROW}", "2024/25 (year to date)")
    heads = [
        "Code",
        "Indicator",
        "Measure type",
        "Unit",
        *HEADINGS,
        "Annual Target",
        "RAG",
        "Comments",
    ]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, kind, unit, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [code, name, kind, unit, *figures, target, rag, comment])
        fmt = (
            "\u00a3#,##0"
            if unit == "\u00a3"
            else (
                "#,##0"
                if unit == "No." and all(isinstance(v, int) or v is None for v in figures)
                else "0.0"
            )
        )
        for col in range(5, 10):
            sheet.cell(row=row, column=col).number_format = fmt
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    num(target),
                    status,
                )
            )
        row += 1
    sheet.cell(row=row + 1, column=1, value="RAG is against the annual target profiled to the latest quarter: G on or ahead of profile, A up to 5% behind, R more than 5% behind.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["K"].width = 48
    save(book, path)
    return exp
