"""Quarterly actuals beside last year's outturn and a 'Forecast outturn 2024/25' that is not an observed figure."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# ref, measure, 2023/24 actual, Q1, Q2, Q3, forecast outturn 2024/25, target 2024/25, Q3 RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC 1", "Permanent admissions to residential and nursing care, aged 65+, per 100,000 (year to date)",
     612.4, 148.2, 301.9, 455.0, 605.0, 580.0, "A"),
    ("ASC 2", "Older people at home 91 days after discharge into reablement (%)",
     81.6, 83.0, 84.2, 82.7, 83.0, 85.0, "A"),
    ("ASC 3", "Adults with learning disabilities in paid employment (%)",
     5.8, 6.1, 6.3, 6.6, 6.5, 6.0, "G"),
    ("ASC 4", "Safeguarding enquiries concluded within 60 days (%)",
     71.0, 68.4, 66.9, 64.2, "65 - 68", 80.0, "R"),
    ("ASC 5", "Carers' assessments completed", 1874, 462, 951, 1390, 1850, 2000, "A"),
    ("ASC 6", "Days delayed in hospital awaiting social care, per 100,000 adults", None, 9.8, 11.2, 9.9, 10.5, 9.5, "A"),
    ("PH 1", "Adults completing drug treatment successfully (%)", 14.9, 15.3, 16.1, 15.7,
     "On track", 15.0, "G"),
    ("PH 2", "Smokers quit at 4 weeks", 702, 181, 356, 540, 720, 750, "A"),
    ("HSG 1", "Disabled facilities grants completed", 143, 31, 69, None, 140, 150, None),
    ("HSG 2", "Average days from referral to DFG approval", 118, 104, 96, 91, 95, 100, "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an adult social care and health quarterly report with a forecast outturn column.

    Reports that track a year in progress often put last year's actual at
    the left, this year's quarters so far, then the service's 'Forecast
    outturn' (the figure it expects to end the year on) beside the year's
    target, with a RAG for the latest quarter. A careful reader takes the
    2023/24 actual and the quarters as observed figures and the forecast as
    a projection, not an observation of any period: it is the same year as
    the target but nothing has been measured for the year yet, so it gives
    no '2024/25' figure. The target column names 2024/25, so it applies to
    the quarters and not to last year's actual. Cumulative admissions per
    100,000 grow through the year; the figures are as printed. The DFG Q3
    return was late (blank, and no RAG), so that row's latest figure is Q2
    and it carries no rating. One forecast is a range, one says 'On track':
    neither changes the reading.
    """
    book, sheet = new_book("ASC and Health")
    title(sheet, "A1", "Adult Social Care and Health - Performance Monitoring, Quarter 3 2024/25")
    sheet["A2"] = (
        "Forecast outturn is the service's projection of the year-end position based on "
        "performance to date. It is not a reported figure."
    )
    header = ["Ref", "Measure", "2023/24 Actual", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
              "Forecast outturn 2024/25", "Target 2024/25", "Q3 RAG"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, last_year, q1, q2, q3, forecast, target, rag) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [ref, name, last_year, q1, q2, q3, forecast, target, rag])
        code, nm = str(ref), str(name)
        if last_year is not None:
            exp.observations.append(Obs(code, nm, "2023/24", float(str(last_year))))
        tgt = float(str(target))
        quarters = observed(code, nm, QUARTERS, (q1, q2, q3), tgt, RAG.get(str(rag)))
        exp.observations += quarters
    foot = 6 + len(ROWS)
    sheet.cell(
        row=foot,
        column=1,
        value="RAG compares Q3 with the target profiled to date: G on or better; A within 5%; R worse.",
    )
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Sources: SALT and ASCOF returns, NDTMS, stop smoking service, housing adaptations team.",
    )
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["G"].width = 24
    save(book, path)
    return exp
