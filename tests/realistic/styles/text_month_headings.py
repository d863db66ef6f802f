"""Month headings typed as text ('Apr-24' .. 'Mar-25'), 'YTD' and 'Same month last year', future months '-'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

NAMES = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")
HEADINGS = tuple(f"{m}-{24 if i < 9 else 25}" for i, m in enumerate(NAMES))
MONTHS = tuple(f"{m} {2024 if i < 9 else 2025}" for i, m in enumerate(NAMES))
YTD, SAME_MONTH_LAST_YEAR = "Apr 2024\u2013Oct 2024", "Oct 2023"
REPORTED = 7  # April to October

# ref, measure, target, Apr..Oct 2024, YTD, same month last year
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS1", "Calls answered within 3 minutes (%)", 80.0,
     (82.4, 79.1, 76.8, 71.5, 74.0, 81.9, 83.2), 78.4, 80.6),
    ("CS2", "Average wait for a call to be answered (seconds)", 180.0,
     (141.0, 166.0, 189.0, 238.0, 215.0, 152.0, 139.0), 177.0, 160.0),
    ("CS3", "Calls abandoned (%)", 10.0,
     (6.8, 8.1, 9.4, 13.2, 11.7, 7.5, 6.9), 9.1, 7.7),
    ("CS4", "Web forms responded to within 5 working days (%)", 90.0,
     (93.5, 92.1, 90.4, 87.9, 88.6, 91.0, 94.2), 91.1, 89.8),
    ("CS5", "Stage 1 complaints responded to within 10 working days (%)", 85.0,
     (78.0, 81.0, 86.0, 83.0, 79.0, 88.0, 90.0), 83.6, 74.0),
    ("CS6", "Average days to process new Housing Benefit claims", 20.0,
     (18.2, 19.7, 21.4, 22.9, 20.3, 17.6, 16.8), 19.6, 21.5),
    ("CS7", "Average days to process Council Tax Support changes", 8.0,
     (7.1, 7.9, 9.6, 10.2, 8.8, 7.4, 6.9), 8.3, 9.1),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a customer services monthly tracker kept in Excel through the year.

    Monthly trackers are set up in April with a column for every month of the
    year, the headings typed as text ('Apr-24', 'May-24' .. 'Mar-25', not
    dates), then 'YTD' and 'Same month last year' columns; the months still to
    come hold '-'. The title says the position is at the end of October 2024.
    A careful reader takes each month's figure, the '-' of a month to come as
    what the cell said (no figure), the year to date as April to October
    2024, and 'Same month last year' as October 2023. The single target
    applies to every period of its row; all the measures are rates or
    averages, so the year-to-date figure is one too. There is no RAG column.
    """
    book, sheet = new_book("Tracker 2024-25")
    title(
        sheet,
        "A1",
        "Customer Services - Monthly Performance Tracker 2024/25 (position at end of October 2024)",
    )
    header = ["Ref", "Measure", "Target", *HEADINGS, "YTD", "Same month last year"]
    put_row(sheet, 3, 1, header, bold=True)
    for col in range(4, 4 + len(HEADINGS)):
        sheet.cell(row=3, column=col).number_format = "@"
    exp = Expected([])
    for i, (ref, name, target, months, ytd, last_year) in enumerate(ROWS):
        assert isinstance(months, tuple) and isinstance(target, float) and len(months) == REPORTED
        future = ["-"] * (len(HEADINGS) - REPORTED)
        put_row(sheet, 4 + i, 1, [ref, name, target, *months, *future, ytd, last_year])
        code, nm = str(ref), str(name)
        for label, value in zip(MONTHS, [*months, *future], strict=True):
            if isinstance(value, float):
                exp.observations.append(Obs(code, nm, label, value, None, target))
            else:
                exp.observations.append(Obs(code, nm, label, None, str(value), target))
        exp.observations.append(Obs(code, nm, YTD, float(str(ytd)), None, target))
        exp.observations.append(
            Obs(code, nm, SAME_MONTH_LAST_YEAR, float(str(last_year)), None, target)
        )
    sheet["A12"] = "YTD = year to date, April to the latest month reported."
    sheet.column_dimensions["B"].width = 55
    save(book, path)
    return exp
