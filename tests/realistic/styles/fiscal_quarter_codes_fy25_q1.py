"""Period headings in a BI system's fiscal codes: 'FY24', 'Q4 FY24', 'FY25 Q1', 'FY25 Q2', 'FY2025 Q3', 'FY25 Target'."""

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

SHEET = "Scorecard"
NOTE_ROW, HEAD_ROW = 4, 6
HEADINGS = ("FY24", "Q4 FY24", "FY25 Q1", "FY25 Q2", "FY2025 Q3")
PERIODS = ("2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
CURRENT = {"Q1 2024/25", "Q2 2024/25", "Q3 2024/25"}
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
GOOD = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
PCT = "0.0%"

# A 1-tuple is a directorate row. Otherwise: measure ID, measure, good is, percent?, FY24,
# Q4 FY24, FY25 Q1, FY25 Q2, FY2025 Q3, FY25 target, RAG, commentary. Percentages as
# fractions (the BI model stores them so), shown under '0.0%'.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Corporate Services",),
    ("CS-001", "Council tax collection rate (cumulative)", "Higher", True, 0.962, 0.962, 0.284,
     0.551, 0.826, 0.965, "Amber", "Behind profile by 0.4 points."),
    ("CS-002", "Business rates collection rate (cumulative)", "Higher", True, 0.978, 0.978, 0.312,
     0.584, 0.857, 0.98, "Green", None),
    ("CS-003", "Invoices paid within 30 days", "Higher", True, 0.914, 0.927, 0.938, 0.951, 0.946,
     0.95, "Amber", None),
    ("CS-004", "Average working days lost to sickness per FTE (rolling)", "Lower", False, 10.4,
     10.4, 10.1, 9.8, 9.9, 9.0, "Red", "Musculoskeletal absence in Street Scene."),
    ("CS-005", "Agency staff spend (\u00a3000s, in period)", "Lower", False, 3412, 1006, 742, 688,
     701, None, None, "Reported for information; no target set for FY25."),
    ("Adults and Health",),
    ("AH-010", "Adult social care assessments completed within 28 days", "Higher", True, 0.712,
     0.734, 0.689, 0.745, 0.771, 0.75, "Green", None),
    ("AH-011", "Delayed transfers of care: people awaiting discharge (weekly average)", "Lower",
     False, 38.2, 41.5, 36.0, 33.4, 44.7, 35.0, "Red", "Winter pressures from December."),
    ("AH-012", "Carers' assessments completed", "Higher", False, 1208, 327, 288, 301, "N/A", 1250,
     None, "Case management system migration; FY2025 Q3 not available."),
    ("AH-013", "Permanent admissions to residential and nursing care, 65+ (per 100,000)", "Lower",
     False, 612.4, 612.4, 148.1, 301.9, 455.0, 600.0, "Green", "Cumulative rate."),
    ("AH-014", "Smoking quitters at 4 weeks", "Higher", False, 842, 231, 198, 214, None, 900, None,
     "FY2025 Q3 data published by OHID in March."),
    ("Place and Environment",),
    ("PE-020", "Household waste reused, recycled and composted", "Higher", True, 0.447, 0.398,
     0.471, 0.463, 0.412, 0.46, "Red", "Seasonal fall in garden waste."),
    ("PE-021", "Residual household waste per household (kg, in period)", "Lower", False, 498.6,
     121.0, 119.4, 124.8, 127.3, 120.0, "Amber", None),
    ("PE-022", "Major planning applications determined in time", "Higher", True, 0.889, 0.857,
     0.923, 1.0, 0.8, 0.85, "Amber", "4 of 5 in time."),
    ("PE-023", "Principal roads where maintenance should be considered", "Lower", True, 0.04, None,
     None, None, None, 0.04, None, "Annual SCANNER survey; FY25 result due in June."),
    ("PE-024", "Street lights repaired within 5 working days", "Higher", True, None, None, 0.874,
     0.902, 0.931, 0.9, "Green", "New measure from FY25."),
)  # fmt: skip


def _scaled(value: object, scale: float) -> float | None:
    """A stored number as read: fractions under '0.0%' in points."""
    figure = num(value)
    return None if figure is None else round(figure * scale, 6)


def build(path: Path) -> Expected:
    """Imitates a unitary council's corporate scorecard produced from its finance/BI reporting model.

    The council's business intelligence team publishes the quarterly
    scorecard out of its reporting model (built on the finance system's
    calendar), so periods are written in the model's fiscal codes, and
    the columns were assembled from more than one report: 'FY24' (the
    2023/24 outturn), 'Q4 FY24', 'FY25 Q1', 'FY25 Q2', 'FY2025 Q3', then
    'FY25 Target', a filled RAG word and commentary. A note under the
    title says the financial year runs April to March and FY25 means
    2024/25 (April 2024 to March 2025). Percentages are fractions under
    '0.0%'; an 'N/A' Q3, a blank Q3 awaiting national data, an annual
    survey with only its FY24 figure, a new measure with no history and an
    information-only row without target or RAG; a 'Good is' column.

    A careful reader follows the note: FY24 is 2023/24, 'Q4 FY24' is Q4
    2023/24 (January to March 2024), 'FY25 Q1' and 'FY25 Q2' are Q1 and Q2
    2024/25 and 'FY2025 Q3' is Q3 2024/25 (not 2025/26, and not a calendar
    2025 quarter). 'FY25 Target' names 2024/25, so it belongs to the three
    2024/25 quarters and not to FY24 or Q4 FY24; the RAG belongs to the
    latest figure given. Polarity comes from 'Good is'.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 FY25 Q3")
    sheet["A2"] = (
        "Source: Corporate reporting model (Finance & Performance BI), refreshed 21/01/2025"
    )
    sheet["A2"].font = Font(italic=True, size=9)
    sheet.cell(
        row=NOTE_ROW,
        column=1,
        value="Note: the council's financial year runs 1 April to 31 March. FY25 = 2024/25 "
        "(April 2024 \u2013 March 2025); FY24 = 2023/24. Q1 = Apr\u2013Jun, Q2 = Jul\u2013Sep, "
        "Q3 = Oct\u2013Dec, Q4 = Jan\u2013Mar.",
    ).font = Font(bold=True, color="FFC00000")
    heads = ["Measure ID", "Measure", "Good is", *HEADINGS, "FY25 Target", "RAG", "Commentary"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, pct, *figures, target, rag, comment = spec
        put_row(sheet, row, 1, [ref, name, good, *figures, target, rag, comment])
        if pct:
            for col in range(4, 10):
                sheet.cell(row=row, column=col).number_format = PCT
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
        scale = 100.0 if pct else 1.0
        goal = _scaled(target, scale)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            actual = _scaled(value, scale)
            period = PERIODS[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    actual,
                    text_of(value),
                    goal if period in CURRENT else None,
                    status,
                )
            )
        exp.add_meta(str(ref), str(name), GOOD[str(good)], None)
        row += 1
    notes = (
        "RAG compares the latest period with the FY25 target: Green on or better, Amber within "
        "5%, Red more than 5% adrift.",
        "N/A \u2013 not available from the source system at the time of the refresh.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 11, "B": 58, "C": 8, "I": 11, "J": 8, "K": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFGH":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
