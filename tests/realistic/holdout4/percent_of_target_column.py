"""Actual, Target and a derived '% of target achieved' (a fraction shown as 0%), RAG letters, a Polarity column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

QUARTERS = ("Q1 2024/25", "Q2 2024/25")
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
LETTER: dict[Rag, str] = {"green": "G", "amber": "A", "red": "R"}
FILLS: dict[Rag, str] = {"green": GREEN_FILL, "amber": AMBER_FILL, "red": RED_FILL}
HI, LO = "Higher is better", "Lower is better"

# code, measure, polarity, Q1 actual, Q2 actual, target (None: data only), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("ENV01", "Household waste reused, recycled or composted (%)", HI, 52.4, 49.8, 53.0,
     "Garden waste tonnage down after a dry summer."),
    ("ENV02", "Residual household waste per household (kg)", LO, 118.0, 121.5, 115.0, None),
    ("ENV03", "Missed bin collections per 100,000 collections", LO, 38.0, 31.0, 40.0, None),
    ("ENV04", "Fly-tips removed within 2 working days (%)", HI, 96.1, "Data delayed", 95.0,
     "New case system went live 2 September; Q2 figures to follow."),
    ("HSG01", "Average days to re-let council homes (general needs)", LO, 34.2, 29.8, 28.0, None),
    ("HSG02", "Homelessness cases prevented or relieved (%)", HI, 58.0, 61.5, 55.0, None),
    ("REV01", "Housing Benefit new claims processed (average days)", LO, 21.4, 24.9, 20.0,
     "Two assessors on long-term sick leave."),
    ("REV02", "Council Tax Support change events processed (average days)", LO, 8.1, 7.2, 8.0, None),
    ("PLN01", "Major planning applications decided within 13 weeks or agreed time (%)", HI, 92.0,
     85.7, 90.0, "One of seven decided late."),
    ("PLN02", "Minor planning applications decided within 8 weeks or agreed time (%)", HI, 81.0,
     74.3, 85.0, None),
    ("LEI01", "Visits to leisure centres", HI, 312400, 298115, None, "Data only."),
    ("HR01", "Working days lost to sickness absence per FTE (quarter)", LO, 2.3, 2.6, 2.0, None),
)  # fmt: skip


def achieved(actual: float, target: float, polarity: str) -> float:
    """The share of target achieved, turned over for lower-is-better measures."""
    return round(actual / target if polarity == HI else target / actual, 4)


def rating(share: float) -> Rag:
    return "green" if share >= 1.0 else "amber" if share >= 0.9 else "red"


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly scorecard with a '% of target achieved' column.

    Many scorecards add a calculated column showing how much of the target
    was achieved, the RAG following from it by a stated rule (green at 100%
    or more, amber from 90%, red below). The spreadsheet formula divides
    the actual by the target, and the target by the actual for lower-is-better
    measures, so the percentage reads the same way for both; it is stored as
    a fraction shown through a '0%' format, and reads 'n/a' where there is no
    target or no Q2 figure. A careful reader takes the two quarters' actuals
    as the figures, the one target as the target of both, the G/A/R letter as
    the Q2 rating and the Polarity column's words as polarity. The percentage
    achieved is arithmetic on those, not a figure of its own.
    """
    book, sheet = new_book("Scorecard Q2")
    title(sheet, "A1", "Corporate Performance Scorecard 2024/25 - Quarter 2 (July to September)")
    header = ["Code", "Measure", "Polarity", "Q1 Actual", "Q2 Actual", "Target",
              "% of target achieved", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    for cell in sheet[3]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    for i, (code, name, polarity, q1, q2, target, comment) in enumerate(ROWS):
        r = 4 + i
        share: float | None = None
        if isinstance(target, float) and isinstance(q2, int | float):
            share = achieved(float(q2), target, str(polarity))
        rag = rating(share) if share is not None else None
        put_row(sheet, r, 1, [code, name, polarity, q1, q2,
                              "n/a" if target is None else target,
                              "n/a" if share is None else share,
                              "n/a" if rag is None else LETTER[rag], comment])  # fmt: skip
        sheet.cell(row=r, column=7).number_format = "0%"
        if rag is not None:
            fill(sheet, f"H{r}", FILLS[rag])
        for c in (4, 5):
            if isinstance(sheet.cell(row=r, column=c).value, int):
                sheet.cell(row=r, column=c).number_format = "#,##0"
        t = float(target) if isinstance(target, float) else None
        exp.observations += observed(str(code), str(name), QUARTERS, (q1, q2), t, rag)
        exp.add_meta(str(code), str(name), POLARITY[str(polarity)], None)
    key = 5 + len(ROWS)
    sheet.cell(row=key, column=1, value="RAG: G = 100% or more of target achieved; "
               "A = 90% to 99%; R = below 90%. n/a = data only or no figure this quarter.")  # fmt: skip
    sheet.cell(row=key + 1, column=1, value="For 'lower is better' measures % achieved is "
               "target divided by actual.")  # fmt: skip
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["I"].width = 48
    save(book, path)
    return exp
