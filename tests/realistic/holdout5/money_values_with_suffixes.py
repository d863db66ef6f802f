"""Finance and commercial KPIs typed as '£1.2m', '£350k', '(£45k)', '£12,345', '-3.2%' beside plain figures."""

from __future__ import annotations

from pathlib import Path

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

PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}

# ref, measure, (cell, value) for 2023/24 outturn, Q1, Q2, then the target's (cell, value),
# RAG for Q2, unit the cells state, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("FC01", "Forecast revenue outturn variance against net budget",
     (("(£45k)", -45000.0), ("£1.2m", 1_200_000.0), ("£0.8m", 800_000.0)), ("£0", 0.0), "A", "£",
     "Overspend driven by temporary accommodation and home to school transport; "
     "recovery plan agreed at Cabinet in October."),
    ("FC02", "Savings delivered against the MTFS savings plan",
     (("£3.1m", 3_100_000.0), ("£850k", 850_000.0), ("£1.6m", 1_600_000.0)),
     ("£3.4m", 3_400_000.0), "A", "£", None),
    ("FC03", "Commercial property rental income",
     (("£2.45m", 2_450_000.0), ("£612k", 612_000.0), ("£1.19m", 1_190_000.0)),
     ("£2.5m", 2_500_000.0), "G", "£", None),
    ("FC04", "Commercial rental income variance against budget",
     (("-1.9%", -1.9), ("-3.2%", -3.2), ("-2.4%", -2.4)), ("0.0%", 0.0), "A", "%",
     "Two units at Riverside Park vacant since June; one let from 1 October."),
    ("FC05", "Undisputed invoices paid within 30 days (%)",
     ((96.2, 96.2), (95.1, 95.1), (97.3, 97.3)), (97.0, 97.0), "G", "%", None),
    ("FC06", "Sundry debt over 90 days old",
     (("£412k", 412_000.0), ("£350k", 350_000.0), ("£389k", 389_000.0)),
     ("£300k", 300_000.0), "R", "£", "Includes £61k owed by one NHS partner, now in dispute."),
    ("FC07", "Business rates written off as irrecoverable",
     (("£12,345", 12345.0), ("£4,210", 4210.0), ("£1,987", 1987.0)), ("n/a", None), None, "£",
     "Monitoring only."),
    ("FC08", "Capital programme spend against approved programme",
     (("£38.7m", 38_700_000.0), ("£6.2m", 6_200_000.0), ("£14.9m", 14_900_000.0)),
     ("£41.0m", 41_000_000.0), "A", "£", "Leisure centre scheme reprofiled into 2025/26."),
    ("FC09", "Commercial waste contracts held", ((1184, 1184.0), (1203, 1203.0), (1221, 1221.0)),
     (1250, 1250.0), "A", None, None),
    ("FC10", "Car parking income", (("£2.9m", 2_900_000.0), ("£780k", 780_000.0),
     ("£1.52m", 1_520_000.0)), ("£3.0m", 3_000_000.0), "G", "£", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's resources and commercial scorecard for a finance committee.

    Finance officers type money the way they speak it: '£1.2m', '£850k',
    '£12,345', an underspend in accounting brackets as '(£45k)', a variance
    as '-3.2%', with targets written the same way, while the service KPIs on
    the same sheet are ordinary numbers. Within one row the suffix changes
    with the size of the figure ('£850k' in Q1, '£1.6m' in Q2). A careful
    reader takes each as the amount it names in pounds (£1.2m is 1,200,000,
    (£45k) is -45,000), percentages in points, 'n/a' in the target as no
    target, the 2024/25 target for the two quarters but not last year's
    outturn, and the RAG letter as the Q2 position.
    """
    book, sheet = new_book("Resources KPIs")
    title(sheet, "A1", "Resources and Commercial Services - KPI Scorecard, Quarter 2 2024/25")
    sheet["A2"] = "Finance & Performance Committee, 14 November 2024"
    header = ["Ref", "Measure", "Outturn 2023/24", *PERIODS[1:], "Target 2024/25", "RAG",
              "Commentary"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, cells, target, rag, unit, note) in enumerate(ROWS):
        assert isinstance(cells, tuple) and isinstance(target, tuple)
        r = 5 + i
        put_row(sheet, r, 1, [ref, name, *(c for c, _ in cells), target[0], rag, note])
        if isinstance(target[0], int):
            for col in (3, 4, 5, 6):
                sheet.cell(row=r, column=col).number_format = "#,##0"
        if rag is not None:
            fill(sheet, f"G{r}", FILLS[str(rag)])
        goal = target[1]
        for period, (_, value) in zip(PERIODS, cells, strict=True):
            said = goal if period != "2023/24" else None
            rating = RAG[str(rag)] if rag is not None and period == PERIODS[-1] else None
            exp.observations.append(Obs(str(ref), str(name), period, value, None, said, rating))
        exp.add_meta(str(ref), str(name), None, None if unit is None else str(unit))
    sheet.cell(row=6 + len(ROWS), column=1,
               value="Figures in brackets are favourable variances (underspends).")  # fmt: skip
    sheet.column_dimensions["B"].width = 52
    sheet.column_dimensions["H"].width = 60
    save(book, path)
    return exp
