"""Each indicator a block: a shaded heading row (ref, name, polarity), then a row per quarter with Actual, Target, RAG."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Planning 2024-25"
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFDCE6F1", end_color="FFDCE6F1")
FIRST_ROW = 5

# ref, indicator, polarity, quarter rows as (quarter, actual, target, RAG, comment)
BLOCKS: tuple[tuple[object, ...], ...] = (
    ("PL01", "Major planning applications determined within 13 weeks or an agreed extension (%)",
     "Higher is better",
     (("Q1", 100, 60, "G", None), ("Q2", 85.7, 60, "G", "6 of 7 in time"),
      ("Q3", 75.0, 60, "G", "One application held up by the section 106 agreement"),
      ("Q4", None, 60, None, None))),
    ("PL02", "Minor planning applications determined within 8 weeks or an agreed extension (%)",
     "Higher is better",
     (("Q1", 78.4, 80, "A", None), ("Q2", 81.2, 80, "G", None),
      ("Q3", 69.5, 80, "R", "Two planning officer vacancies since October; agency cover from January"),
      ("Q4", None, 80, None, None))),
    ("PL03", "Other planning applications determined within 8 weeks or an agreed extension (%)",
     "Higher is better",
     (("Q1", 88.1, 90, "A", None), ("Q2", 91.6, 90, "G", None), ("Q3", 92.4, 90, "G", None),
      ("Q4", None, 90, None, None))),
    ("PL04", "Appeals allowed against the council's refusal of planning permission (%)",
     "Lower is better",
     (("Q1", 25.0, 30, "G", "1 of 4 allowed"), ("Q2", "No appeals decided", 30, None, None),
      ("Q3", 40.0, 30, "R", "2 of 5 allowed, both householder appeals"),
      ("Q4", None, 30, None, None))),
    ("PL05", "Building regulations full plans checked within 15 working days (%)",
     "Higher is better",
     (("Q1", 92.0, 95, "A", None), ("Q2", 96.3, 95, "G", None), ("Q3", 97.1, 95, "G", None),
      ("Q4", None, 95, None, None))),
    ("PL06", "Planning enforcement cases closed", "Higher is better",
     (("Q1", 75, 60, "G", None), ("Q2", 58, 60, "A", None), ("Q3", 66, 60, "G", None),
      ("Q4", None, 60, None, None))),
    ("PL07", "Average working days to validate a planning application", "Lower is better",
     (("Q1", 6.2, 5, "R", "Backlog after the new portal went live"), ("Q2", 4.8, 5, "G", None),
      ("Q3", 5.3, 5, "A", None))),
    ("PL08", "Planning and pre-application fee income in the quarter (\u00a3000)", "Higher is better",
     (("Q1", 612, 650, "A", None), ("Q2", 636, 650, "A", None),
      ("Q3", 542, 600, "A", "Fewer major applications than budgeted"),
      ("Q4", None, 700, None, None))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's planning service quarterly performance report.

    The report is laid out indicator by indicator, as a performance
    system's 'indicator detail' print is: a shaded heading row holding the
    reference, the indicator's full name and its polarity, then one row per
    quarter below it, labelled only 'Q1', 'Q2', 'Q3', 'Q4' in the name
    column, with the quarter's actual, target, RAG and a comment. The year
    is in the title. The Q4 rows were set up at the start of the year with
    their targets but have no figures yet; one indicator has no Q4 row. The
    fee income target is profiled quarter by quarter. No appeal
    was decided in Q2.

    A careful reader takes each heading row as the indicator and the
    quarter rows under it as its Q1 to Q3 2024/25 observations, each with
    its own target and RAG, the polarity from the heading row, 'No appeals
    decided' as text, and nothing from the Q4 rows (a target with no figure
    is not an observation). The quarter labels are periods, not indicators.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Norfolk District Council \u2013 Planning Service Performance 2024/25")
    sheet["A2"] = (
        "Quarterly report to the Overview and Scrutiny Committee \u2013 position at Quarter 3"
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Indicator / quarter", "Actual", "Target", "RAG", "Polarity", "Comment"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    row = FIRST_ROW
    for ref, name, polarity, quarters in BLOCKS:
        assert isinstance(quarters, tuple)
        put_row(sheet, row, 1, [ref, name, None, None, None, polarity], bold=True)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = HEAD_FILL
        code, nm = str(ref), str(name)
        exp.add_meta(code, nm, POLARITY[str(polarity)], None)
        row += 1
        for quarter, actual, target, rag, comment in quarters:
            put_row(sheet, row, 2, [quarter, actual, target, rag, None, comment])
            sheet.cell(row=row, column=2).alignment = Alignment(indent=2)
            if actual is not None:
                number = float(actual) if isinstance(actual, int | float) else None
                text = None if number is not None else str(actual)
                exp.observations.append(
                    Obs(code, nm, f"{quarter} 2024/25", number, text, float(target),
                        None if rag is None else RAG[str(rag)])
                )  # fmt: skip
            row += 1
    foot = row + 1
    sheet.cell(
        row=foot,
        column=1,
        value="RAG: G at or better than target; A within 10% of target; R worse than target by more than 10%.",
    ).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 78
    sheet.column_dimensions["F"].width = 16
    sheet.column_dimensions["G"].width = 60
    save(book, path)
    return exp
