"""The council's own outturns and target beside its nearest neighbours' lower quartile, median and upper quartile."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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
    put_row,
    save,
    title,
)

SHEET = "People KPIs"
YEARS = ("2022/23", "2023/24")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
MONITOR = "Monitor only"
NA = "n/a"
FIRST_ROW = 7

# ref, indicator, good is, 2022/23, 2023/24, target 2023/24, RAG, LQ, median, UQ, our quartile
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC01", "Re-referrals to children's social care within 12 months of a previous referral (%)", "Low",
     21.4, 18.9, 20.0, "G", 17.2, 20.6, 24.1, "Second"),
    ("CSC02", "Child protection plans ending that had lasted two years or more (%)", "Low",
     3.1, 4.6, 4.0, "A", 1.8, 3.2, 4.4, "Bottom"),
    ("CSC03", "Children looked after per 10,000 children aged under 18", "\u2013",
     46.0, 48.3, MONITOR, None, 44.0, 53.5, 66.8, "\u2013"),
    ("CSC04", "Care leavers aged 19\u201321 in education, employment or training (%)", "High",
     58.0, 62.5, 60.0, "G", 52.0, 57.0, 63.0, "Second"),
    ("ASC01", "Older people still at home 91 days after discharge from hospital into reablement (%)", "High",
     84.2, 86.9, 85.0, "G", 79.0, 82.4, 86.1, "Top"),
    ("ASC02", "Permanent admissions to residential and nursing care, aged 65+, per 100,000 population", "Low",
     512.6, 548.0, 520.0, "R", 480.2, 560.7, 640.5, "Second"),
    ("ASC03", "Adults with a learning disability in paid employment (%)", "High",
     5.1, 6.0, 6.0, "G", 4.0, 5.8, 8.2, "Second"),
    ("ASC04", "Adults in contact with secondary mental health services living independently (%)", "High",
     None, 61.0, 58.0, "G", NA, NA, NA, NA),
    ("ASC05", "Safeguarding enquiries where the person's desired outcomes were fully or partly met (%)", "High",
     93.0, 94.8, 95.0, "A", 92.1, 94.6, 96.0, "Second"),
    ("EDU01", "New EHC plans issued within 20 weeks, excluding exceptions (%)", "High",
     61.3, 48.9, 60.0, "R", 34.2, 50.1, 71.0, "Third"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's annual people-directorate KPIs benchmarked against its neighbours.

    Annual reports that benchmark against a comparator group often print the
    group's spread rather than its average: the lower quartile, median and
    upper quartile of the CIPFA nearest neighbours for the latest published
    year, beside the council's own outturns for two years, its target for
    the latest year ('Target 2023/24'), an R/A/G rating against that target,
    a 'Good is' column (High/Low) and the council's quartile position in
    words. One measure is monitored without a target ('Monitor only', no
    direction: '\u2013'); another was first collected in 2023/24 and its group
    figures are not yet published ('n/a').

    A careful reader takes the council's two outturns as the observations,
    the target and rating for 2023/24 alone (the heading names that year),
    the direction from 'Good is'; the quartile boundaries are the group's
    figures, comparators rather than the council's observations or targets,
    and the quartile position is a description, not a rating.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Bracknell Forest Council \u2013 People Directorate Annual Performance 2023/24"
    )
    sheet["A2"] = (
        "Benchmarks: CIPFA nearest neighbours (16 councils), latest published year 2023/24. "
        "Sources: DfE CIN census and SSDA903, NHS England ASCOF, DfE SEN2."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    merge(sheet, "D5:G5", "Bracknell Forest")
    merge(sheet, "H5:K5", "Nearest neighbours 2023/24")
    header = ["Ref", "Indicator", "Good is", *YEARS, "Target 2023/24", "RAG",
              "Lower quartile", "Median", "Upper quartile", "Our quartile"]  # fmt: skip
    put_row(sheet, 6, 1, header, bold=True)
    for col in range(3, 12):
        sheet.cell(row=6, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, good, y1, y2, target, rag, lq, med, uq, quartile) in enumerate(ROWS):
        row = FIRST_ROW + i
        put_row(sheet, row, 1, [ref, name, good, y1, y2, target, rag, lq, med, uq, quartile])
        if rag is not None:
            fill(sheet, f"G{row}", FILLS[str(rag)])
        code, nm = str(ref), str(name)
        goal = float(target) if isinstance(target, float) else None
        if y1 is not None:
            exp.observations.append(Obs(code, nm, YEARS[0], float(str(y1))))
        status = RAG[str(rag)] if rag is not None else None
        exp.observations.append(Obs(code, nm, YEARS[1], float(str(y2)), None, goal, status))
        exp.add_meta(code, nm, POLARITY.get(str(good)), None)
    foot = FIRST_ROW + len(ROWS) + 1
    notes = (
        "Quartiles are of the nearest neighbour group's published values; 'Our quartile' places "
        "Bracknell Forest within the group (Top = best performing).",
        "RAG compares the 2023/24 outturn with the 2023/24 target. n/a: benchmark not yet published.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 64
    save(book, path)
    return exp
