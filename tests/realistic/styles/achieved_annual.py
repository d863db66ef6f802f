"""Annual report table: outturn against target with 'Achieved' / 'Not achieved'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RESULT: dict[str, Rag] = {"Achieved": "green", "Not achieved": "red"}

# indicator, 2022/23, 2023/24 outturn, 2023/24 target, result
ROWS: tuple[tuple[object, ...], ...] = (
    ("Percentage of invoices paid within 30 days", 94.1, 96.3, 95.0, "Achieved"),
    ("Percentage of Business Rates collected", 97.9, 98.4, 98.5, "Not achieved"),
    ("Number of affordable homes delivered", 187.0, 243.0, 200.0, "Achieved"),
    ("Percentage of food premises rated 4 or 5 for hygiene", 91.2, 90.4, 92.0, "Not achieved"),
    ("Staff turnover (voluntary leavers)", 11.8, 10.9, 12.0, "Achieved"),
)


def build(path: Path) -> Expected:
    """Imitates an annual performance report appendix (district council style).

    End-of-year reports compare the year's outturn with the year's target and
    say only whether it was 'Achieved' or 'Not achieved'; the previous year's
    outturn is shown for comparison. Headings name the years: '2022/23 Outturn',
    '2023/24 Outturn', '2023/24 Target'. Indicators have no codes.
    """
    book, sheet = new_book("Annual Report")
    title(sheet, "A1", "Annual Performance Report 2023/24")
    header = [
        "Indicator",
        "2022/23 Outturn",
        "2023/24 Outturn",
        "2023/24 Target",
        "Target achieved?",
    ]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (name, prior, outturn, target, result) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [name, prior, outturn, target, result])
        exp.observations.append(Obs(None, str(name), "2022/23", float(str(prior))))
        exp.observations.append(
            Obs(
                None,
                str(name),
                "2023/24",
                float(str(outturn)),
                None,
                float(str(target)),
                RESULT[str(result)],
            )
        )
    save(book, path)
    return exp
