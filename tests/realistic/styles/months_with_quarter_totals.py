"""Month columns with a quarter column after every three months and a 'YTD' column at the end."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, fill, new_book, put_row, save, title

SHEET = "Housing monthly"
MONTHS = (
    ("Apr-24", "Apr 2024"), ("May-24", "May 2024"), ("Jun-24", "Jun 2024"),
    ("Jul-24", "Jul 2024"), ("Aug-24", "Aug 2024"), ("Sep-24", "Sep 2024"),
    ("Oct-24", "Oct 2024"), ("Nov-24", "Nov 2024"), ("Dec-24", "Dec 2024"),
    ("Jan-25", "Jan 2025"), ("Feb-25", "Feb 2025"), ("Mar-25", "Mar 2025"),
)  # fmt: skip
YTD = "Apr 2024\u2013Jan 2025"  # April to the last month reported
GREY = "FFD9D9D9"

# ref, measure, target, Apr..Jan (ten months so far), Qtr 1..Qtr 3, YTD
# counts: a quarter is the sum of its months; rates: the rate over the quarter's cases
ROWS: tuple[tuple[object, ...], ...] = (
    ("HN01", "Households approaching the council as homeless or at risk", None,
     (142, 156, 131, 148, 139, 162, 171, 158, 127, 165), (429, 449, 456), 1499),
    ("HN02", "Council homes let", None,
     (38, 44, 41, 47, 39, 36, 42, 35, 29, 40), (123, 122, 106), 391),
    ("HN03", "New anti-social behaviour cases opened", None,
     (63, 71, 82, 94, 88, 69, 58, 47, 39, 44), (216, 251, 144), 655),
    ("HN04", "Responsive repairs completed", None,
     (2310, 2452, 2198, 2376, 2105, 2489, 2611, 2540, 2077, 2734), (6960, 6970, 7228), 23892),
    ("HN05", "Emergency repairs completed within 24 hours (%)", 98,
     (98.6, 97.9, 99.1, 98.8, 99.3, 97.4, 96.8, 97.7, 98.2, 98.9), (98.5, 98.5, 97.6), 98.3),
    ("HN06", "Average days to re-let general needs homes (days)", 30,
     (34.2, 29.8, 31.5, 28.4, 33.0, 27.6, 26.9, 30.4, 35.1, 28.8), (31.9, 29.7, 30.5), 30.4),
    ("HN07", "Tenants satisfied with their completed repair (%)", 85,
     (86.1, 84.0, 87.3, 85.5, "No survey", 88.2, 83.7, 84.9, 86.0, 87.1), (85.8, 86.9, 84.8), 85.9),
    ("HN08", "Stage 1 complaints answered within 10 working days (%)", 95,
     (93.3, 96.0, 94.4, 97.1, 95.2, 92.9, 96.6, 95.0, 91.7, 97.3), (94.6, 95.0, 94.6), 95.1),
)  # fmt: skip


def _layout() -> list[tuple[str, str]]:
    """Headings from column D: three months, their quarter, ... , then YTD; with each label."""
    out: list[tuple[str, str]] = []
    for q in range(4):
        out += list(MONTHS[3 * q : 3 * q + 3])
        out.append((f"Qtr {q + 1}", f"Q{q + 1} 2024/25"))
    out.append(("YTD", YTD))
    return out


def build(path: Path) -> Expected:
    """Imitates a borough council's monthly housing and neighbourhoods performance sheet.

    The year's sheet is laid out in advance for all twelve months of 2024/25
    ('Apr-24' to 'Mar-25' typed as text), with a shaded 'Qtr 1' .. 'Qtr 4'
    column after each third month and a 'YTD' column at the end. Counts are
    added up in the quarter and YTD columns; the percentages and the re-let
    days there are worked out over the quarter's (or the year's) cases, so
    they are not the average of the months. Figures run to January 2025:
    February, March and Quarter 4 are still empty. The repairs survey was
    not run in August, and the cell says so. A single Target applies to the
    rates; the counts have none.

    A careful reader takes each month as its month, each quarter column as
    that quarter of 2024/25 and the YTD column as April 2024 to January 2025
    (the last month with figures), and applies each row's target to all of
    them. The empty columns are no observation.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Dacorum Borough Council")
    sheet["A2"] = "Housing and Neighbourhoods \u2013 monthly performance 2024/25"
    sheet["A3"] = "Figures to 31 January 2025"
    layout = _layout()
    put_row(sheet, 5, 1, ["Ref", "Measure", "Target", *(h for h, _ in layout)], bold=True)
    summary_cols = [4 + j for j, (h, _) in enumerate(layout) if "-" not in h]  # Qtr n, YTD
    exp = Expected([])
    for i, (ref, name, target, months, quarters, ytd) in enumerate(ROWS):
        row = 6 + i
        assert isinstance(months, tuple) and isinstance(quarters, tuple)
        by_heading: dict[str, object] = dict(zip((h for h, _ in MONTHS), months, strict=False))
        by_heading.update({f"Qtr {q + 1}": v for q, v in enumerate(quarters)})
        by_heading["YTD"] = ytd
        values = [by_heading.get(h) for h, _ in layout]
        put_row(sheet, row, 1, [ref, name, target, *values])
        goal = None if target is None else float(str(target))
        for (_, label), value in zip(layout, values, strict=True):
            if value is None:
                continue
            if isinstance(value, int | float):
                exp.observations.append(Obs(str(ref), str(name), label, float(value), None, goal))
            else:
                exp.observations.append(Obs(str(ref), str(name), label, None, str(value), goal))
    for col in summary_cols:
        for row in range(5, 6 + len(ROWS)):
            cell = sheet.cell(row=row, column=col)
            fill(sheet, cell.coordinate, GREY)
            cell.font = Font(bold=True)
    sheet.cell(
        row=7 + len(ROWS),
        column=1,
        value="Quarter and YTD percentages are calculated on the cases in the period, not averaged.",
    ).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp
