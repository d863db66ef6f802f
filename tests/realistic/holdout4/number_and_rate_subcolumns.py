"""Children's social care: each period merged over 'No.' and 'Rate per 10,000', rate targets and comparators."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, title

PERIODS = (("2022/23", "2022/23"), ("2023/24", "2023/24"),
           ("Q1 2024/25", "Q1 2024/25"), ("Q2 2024/25", "Q2 2024/25"))  # fmt: skip
CHILDREN = 61_850  # mid-2023 estimate of residents aged 0 to 17, the rates' base

# ref, indicator, numbers per period, target rate 2024/25 (None: no target), England
# 2023/24 rate, statistical neighbours 2023/24 rate
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC01", "Contacts to the front door (MASH)", (11_204, 11_930, 2_987, 3_105), None, None, None),
    ("CSC02", "Referrals to children's social care", (3_320, 3_487, 874, 902), None, 534.3, 561.8),
    ("CSC03", "Section 47 enquiries started", (1_068, 1_151, 301, 287), None, 182.0, 196.4),
    ("CSC04", "Initial child protection conferences", (402, 431, 97, 118), None, 65.6, 70.2),
    ("CSC05", "Children in need (at period end)", (2_046, 2_113, 2_088, 2_141), 330.0, 332.9, 355.1),
    ("CSC06", "Children subject to a child protection plan (at period end)",
     (268, 289, 301, 276), 45.0, 41.6, 47.3),
    ("CSC07", "Children looked after (at period end)", (463, 481, 488, 492), 75.0, 70.0, 83.5),
    ("CSC08", "Children starting to be looked after", (171, 164, 38, None), None, 24.0, 26.9),
)  # fmt: skip


def rate(number: int) -> float:
    return round(number / CHILDREN * 10_000, 1)


def build(path: Path) -> Expected:
    """Imitates the activity table of a children's services performance report to scrutiny.

    Children's social care reports give each measure as a count and as a rate
    per 10,000 children, the rate being what is compared with England and
    statistical neighbours and what targets are set on (here only for the
    three numbers of children at a point in time). Each period's heading
    ('2022/23', '2023/24', 'Q1 2024/25', 'Q2 2024/25') is merged over two
    sub-columns, 'No.' and 'Rate per 10,000'; quarter figures are for the
    quarter (stocks at its end). The target and the comparators are headed
    as rates; the contacts row has no rate, being counted from a source
    without a child population base, and the last quarter's starters were not
    yet validated (both cells blank).

    A careful reader records one indicator per row, whose figure for each
    period is the rate: every other number on the row (target, England,
    neighbours) is a rate, and the count is the numerator behind it (the
    export's 'numerator' field, not scored here). The contacts row, with no
    rate at all, is read as its count, since that is the only figure it has.
    The target is headed 2024/25 and applies to that year's quarters only.
    Nothing is doubtful enough to hold the file back.
    """
    book, sheet = new_book("Activity")
    title(sheet, "A1", "Children's Social Care - Activity and Demand, Quarter 2 2024/25")
    sheet["A2"] = "Rates are per 10,000 children aged 0-17 (ONS mid-2023 population estimate)."
    for i, (heading, _) in enumerate(PERIODS):
        first = 3 + 2 * i
        merge(sheet, f"{get_column_letter(first)}4:{get_column_letter(first + 1)}4", heading)
    last = 3 + 2 * len(PERIODS)
    header = ["Ref", "Indicator"] + ["No.", "Rate per 10,000"] * len(PERIODS)
    header += ["Target 2024/25 (rate)", "England 2023/24 (rate)", "Stat. neighbours 2023/24 (rate)"]
    put_row(sheet, 5, 1, header, bold=True)
    for cell in sheet[5]:
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for r, (ref, name, numbers, target, england, neighbours) in enumerate(ROWS):
        assert isinstance(numbers, tuple)
        with_rate = england is not None
        cells: list[object] = [ref, name]
        for (_, label), number in zip(PERIODS, numbers, strict=True):
            if number is None:
                cells += [None, None]
                continue
            figure = rate(number) if with_rate else float(number)
            cells += [number, rate(number) if with_rate else None]
            this_year = label.endswith("2024/25")
            goal = float(str(target)) if target is not None and this_year else None
            exp.observations.append(Obs(str(ref), str(name), label, figure, None, goal))
        cells += [target, england, neighbours]
        put_row(sheet, 6 + r, 1, cells)
        for c in range(4, last, 2):
            sheet.cell(row=6 + r, column=c).number_format = "0.0"
        for c in range(3, last, 2):
            sheet.cell(row=6 + r, column=c).number_format = "#,##0"
    foot = 7 + len(ROWS)
    sheet.cell(row=foot, column=1, value="Blank: not yet validated or not applicable.")
    sheet.cell(row=foot + 1, column=1,
               value="Source: Liquidlogic LCS; England and statistical neighbours: DfE Children in "
               "need and Characteristics of children in need 2024.")  # fmt: skip
    sheet.column_dimensions["B"].width = 56
    save(book, path)
    return exp
