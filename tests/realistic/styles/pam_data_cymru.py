"""Welsh Public Accountability Measures download: PAM/0xx codes, '2021-22' years, Wales column, all-Wales summary."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import BOLD, Expected, Obs, new_book, put_row, save

YEARS = ("2021-22", "2022-23", "2023-24")
LABELS = ("2021/22", "2022/23", "2023/24")
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}

# code, measure, better when, three years, Wales 2023-24, rank 2023-24,
# all-Wales 2023-24 (upper quartile, median, lower quartile, best, worst)
PAMS: tuple[tuple[object, ...], ...] = (
    ("PAM/001", "Number of working days lost to sickness absence per FTE employee", "Lower",
     (10.9, 11.4, 11.0), 11.2, 9, (10.3, 11.1, 12.0, 8.7, 13.9)),
    ("PAM/012", "Percentage of households successfully prevented from becoming homeless", "Higher",
     (61.8, 58.2, 55.4), 58.9, 14, (63.5, 57.8, 52.1, 74.0, 41.2)),
    ("PAM/015", "Average number of calendar days taken to deliver a Disabled Facilities Grant", "Lower",
     (231.0, 246.0, 218.0), 216.0, 12, (184.0, 209.0, 247.0, 139.0, 352.0)),
    ("PAM/018", "Percentage of all planning applications determined in time", "Higher",
     (82.0, 79.0, 84.0), 85.0, 15, (91.0, 86.0, 80.0, 98.0, 63.0)),
    ("PAM/020", "Percentage of A roads in overall poor condition", "Lower",
     (3.6, 3.9, 4.2), 3.5, 16, (2.6, 3.4, 4.1, 1.2, 7.8)),
    ("PAM/023", "Percentage of food establishments that meet food hygiene standards", "Higher",
     (95.1, 95.6, 96.2), 96.0, 10, (97.1, 96.3, 95.0, 98.8, 91.4)),
    ("PAM/025", "Rate of people kept in hospital while waiting for social care per 1,000 population aged 75+", "Lower",
     ("..", 7.4, 5.9), 6.8, 8, (4.2, 6.3, 8.9, 0.9, 17.5)),
    ("PAM/030", "Percentage of municipal waste collected and prepared for reuse, recycled or composted", "Higher",
     (65.3, 64.9, 66.8), 65.7, 9, (68.4, 66.1, 63.9, 72.2, 58.6)),
    ("PAM/035", "Average number of working days taken to clear fly-tipping incidents", "Lower",
     (2.6, 3.1, 2.9), 2.3, 17, (1.4, 2.1, 2.8, 0.6, 6.3)),
    ("PAM/043", "Kilograms of residual waste generated per person", "Lower",
     (162.0, 158.0, 151.0), 154.0, 11, (139.0, 152.0, 168.0, 118.0, 197.0)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a council's Public Accountability Measures downloaded from a Welsh benchmarking site.

    Welsh councils' Public Accountability Measures are gathered and published
    for all 22 councils by Data Cymru, and members download one council's
    table: PAM codes ('PAM/012'), the measure, whether higher or lower is
    better, a column per financial year written '2021-22', the Wales figure
    and the council's rank for the latest year, then an all-Wales summary
    (Wales, quartiles, best and worst) under it. '..' marks a year the
    measure was not collected (it was suspended during the pandemic).

    A careful reader takes the council's yearly figures as its observations,
    the '..' as what the cell said, and the polarity from the 'Better when'
    column. The Wales figure, the rank and the whole all-Wales summary are
    comparisons, not the council's figures: they give no observation, and
    the summary's rows repeat the PAM codes without being indicators of
    their own.
    """
    book, sheet = new_book("PAM data")
    sheet["A1"] = "Public Accountability Measures - Powys County Council / Cyngor Sir Powys"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = "Source: Data Cymru, PAM data collection. Downloaded 14/11/2024."
    header = ["PAM code", "Measure", "Better when", *YEARS, "Wales 2023-24",
              "Rank 2023-24 (1 = best of 22)"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    row = 5
    for code, name, better, values, wales, rank, _ in PAMS:
        assert isinstance(values, tuple)
        put_row(sheet, row, 1, [code, name, better, *values, wales, rank])
        for label, value in zip(LABELS, values, strict=True):
            if isinstance(value, float):
                exp.observations.append(Obs(str(code), str(name), label, value))
            else:
                exp.observations.append(Obs(str(code), str(name), label, None, str(value)))
        exp.add_meta(str(code), str(name), POLARITY[str(better)], None)
        row += 1
    sheet.cell(row=row, column=1, value=".. = data not collected")
    row += 3
    sheet.cell(row=row, column=1, value="All-Wales summary 2023-24").font = BOLD
    summary = ["PAM code", "Measure", "Wales", "Upper quartile", "Median", "Lower quartile",
               "Best", "Worst"]  # fmt: skip
    put_row(sheet, row + 1, 1, summary, bold=True)
    for i, (code, name, _, _, wales, _, spread) in enumerate(PAMS):
        assert isinstance(spread, tuple)
        put_row(sheet, row + 2 + i, 1, [code, name, wales, *spread])
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
