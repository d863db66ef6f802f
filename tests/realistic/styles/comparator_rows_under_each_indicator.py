"""Each indicator's own row followed by England, statistical neighbour and regional rows for the same years."""

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
    put_row,
    save,
    title,
)

SHEET = "CSC benchmarking"
YEARS = ("2021/22", "2022/23", "2023/24")
COMPARATORS = ("England", "Statistical neighbours", "North East")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
GREY = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")

# ref, indicator, own figures by year, 2023/24 target, RAG,
# then England, statistical neighbours, North East figures by year
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC01", "Children in need, rate per 10,000 children aged under 18",
     (412.6, 436.1, 448.9), None, None,
     ((343.0, 342.7, 332.9), (455.2, 470.3, "-"), (447.5, 459.9, 455.3))),
    ("CSC02", "Re-referrals to children's social care within 12 months (%)",
     (24.8, 21.3, 19.6), 20.0, "G",
     ((21.5, 22.4, 22.4), (23.1, 21.9, "-"), (22.0, 20.7, 21.1))),
    ("CSC03", "Single assessments completed within 45 working days (%)",
     (86.2, 89.5, 91.0), 90.0, "G",
     ((84.5, 82.9, 82.2), (87.4, 86.0, "-"), (88.1, 87.3, 86.6))),
    ("CSC04", "Child protection plans that ended after lasting 2 years or more (%)",
     (3.1, 4.6, 5.2), 4.0, "R",
     ((3.6, 3.5, 3.4), (3.2, 3.9, "-"), (3.0, 3.3, 3.6))),
    ("CSC05", "Children becoming subject to a child protection plan for a second or subsequent time (%)",
     (22.4, 19.8, 23.6), 22.0, "A",
     ((23.3, 23.6, 23.8), (21.7, 22.5, "-"), (24.0, 23.1, 22.9))),
    ("CSC06", "Children looked after, rate per 10,000 children aged under 18",
     (131.0, 138.0, 142.0), None, None,
     ((70.0, 71.0, 70.0), (115.0, 121.0, "-"), (110.0, 113.0, 115.0))),
    ("CSC07", "Looked after children with 3 or more placements during the year (%)",
     (11.2, 9.4, 10.1), 10.0, "A",
     ((10.0, 10.0, 10.0), (10.0, 11.0, "-"), (9.0, 10.0, 10.0))),
    ("CSC08", "Care leavers aged 19-21 in education, employment or training (%)",
     (52.0, 55.0, 58.0), 60.0, "A",
     ((55.0, 56.0, 56.0), (53.0, 54.0, "-"), (52.0, 54.0, 55.0))),
    ("CSC09", "Return home interviews offered within 72 hours of a missing episode (%)",
     ("n/a", 78.5, 84.0), 85.0, "A",
     (("-", "-", "-"), ("-", "-", "-"), ("-", "-", "-"))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's children's social care benchmarking table for scrutiny.

    Children's services performance teams often lay benchmarks out down the
    page rather than across: each indicator's row of the council's own
    figures for the last three years (with its 2023/24 target and R/A/G) is
    followed by three shaded rows, 'England', 'Statistical neighbours' and
    'North East' (indented in the indicator column, the code left blank),
    holding those comparators' figures for the same years in the same
    columns. The statistical
    neighbour averages for 2023/24 were not yet published ('-'), and the
    local return-interview measure has no published comparators at all; it
    was first collected in 2022/23 ('n/a' for 2021/22).

    The file is one council's: a careful reader takes only the coded rows as
    the indicators' figures; the rows under each are comparators for the
    same years, not indicators of their own nor further figures of the
    indicator, and need no --area. The target
    column's heading names 2023/24, so it is the target of 2023/24 only, and
    the R/A/G rates 2023/24. The council's 'n/a' stood where a figure would
    be and is kept as the text of that year.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stockton-on-Tees Borough Council")
    sheet["A2"] = (
        "Children and Young People Select Committee \u2013 Children's social care benchmarking 2023/24"
    )
    sheet["A3"] = (
        "Source: DfE Children in need census and SSDA903 returns; local case management system."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Indicator", *YEARS, "2023/24 target", "RAG"]
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([])
    row = 6
    for ref, name, own, target, rag, comparators in ROWS:
        assert isinstance(own, tuple) and isinstance(comparators, tuple)
        put_row(sheet, row, 1, [ref, name, *own, target, rag])
        if rag is not None:
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
        code, nm = str(ref), str(name)
        for k, (year, value) in enumerate(zip(YEARS, own, strict=True)):
            last = k == len(YEARS) - 1
            exp.observations.append(
                Obs(
                    code,
                    nm,
                    year,
                    float(value) if isinstance(value, float | int) else None,
                    None if isinstance(value, float | int) else str(value),
                    float(str(target)) if last and target is not None else None,
                    RAG[str(rag)] if last and rag is not None else None,
                )
            )
        row += 1
        for label, figures in zip(COMPARATORS, comparators, strict=True):
            put_row(sheet, row, 2, [label, *figures])
            for col in range(2, 6):
                cell = sheet.cell(row=row, column=col)
                cell.fill = GREY
                cell.font = Font(italic=True)
            sheet.cell(row=row, column=2).alignment = Alignment(indent=2)
            row += 1
    notes = (
        "Statistical neighbours: average of the ten councils most like Stockton-on-Tees "
        "(DfE children's services statistical neighbour benchmarking tool).",
        "- = not published. Statistical neighbour averages for 2023/24 were not available "
        "when this report was prepared.",
        "RAG compares 2023/24 with the 2023/24 target: G met, A within 10%, R more than 10% "
        "off target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
