"""Three outturn years beside 'Target 2024/25', 'Target 2025/26' and 'Target 2026/27' columns of their own."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, new_book, num, put_row, save, title

YEARS = ("2022/23", "2023/24", "2024/25")
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"%": "%", "Number": "number", "Days": "days"}

# ref, measure, unit, good performance is, outturns 2022/23..2024/25,
# targets 2024/25, 2025/26, 2026/27, note
ROWS: tuple[tuple[object, ...], ...] = (
    ("HT01", "Principal (A) roads where maintenance should be considered", "%", "Low",
     (3.0, 4.0, 4.0), (4.0, 4.0, 4.0), None),
    ("HT02", "Non-principal classified (B and C) roads where maintenance should be considered",
     "%", "Low", (7.0, 8.0, 9.0), (8.0, 8.0, "Maintain"), None),
    ("HT03", "Unclassified roads where maintenance should be considered", "%", "Low",
     (19.0, 21.0, 22.0), (20.0, 20.0, 20.0), "Coarse visual inspection survey."),
    ("HT04", "Category 1 highway defects made safe within 24 hours", "%", "High",
     (94.2, 96.8, 97.5), (95.0, 96.0, 97.0), None),
    ("HT05", "Street lighting faults repaired within 7 working days", "%", "High",
     (81.0, 86.5, 90.2), (85.0, 88.0, 90.0), None),
    ("HT06", "Highway liability insurance claims received", "Number", "Low",
     (612.0, 588.0, None), (580.0, 560.0, 540.0),
     "2024/25 count not final until the claims handler closes the year (September 2025)."),
    ("HT07", "Bus passenger journeys originating in the county (millions)", "Number", "High",
     (18.6, 19.9, 20.4), (None, 21.0, 21.5), "Target set from 2025/26 under the Bus Service Improvement Plan."),
    ("HT08", "Average working days to issue a streetworks permit decision", "Days", "Low",
     ("n/a", 6.4, 5.8), (6.0, 5.0, 5.0), "New measure from 2023/24."),
    ("HT09", "Residents satisfied with the condition of highways (NHT survey)", "%", "High",
     (27.0, 25.0, 26.0), (30.0, 30.0, "TBC"), None),
    ("HT10", "Planned gully cleansing programme completed", "%", "High",
     (92.0, 88.0, 95.0), (100.0, 100.0, 100.0), None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates the performance measures table of a three-year service plan.

    Service plans look back over the last three outturns and forward over
    the plan's years, so beside the 2022/23 to 2024/25 actuals sit a target
    for each year in its own column: 'Target 2024/25' (the year just ended),
    'Target 2025/26' and 'Target 2026/27' (years with no figure yet). Some
    targets are words ('Maintain', 'TBC'); one measure had no 2024/25 target;
    the latest year's insurance claims count is not yet final (blank)
    and a measure new in 2023/24 shows 'n/a' for 2022/23.

    A careful reader takes each outturn as that year's observation and
    attaches only the target whose heading names the same year, so only the
    2024/25 figures carry a target; the targets for 2025/26 and 2026/27 are
    plans with no actual and give no observation; a blank outturn gives none
    and 'n/a' is kept as text. Polarity comes from 'Good performance is' and
    the unit from the Unit column.
    """
    book, sheet = new_book("Measures")
    title(
        sheet, "A1", "North Yorkshire Council - Highways and Transportation Service Plan 2025-2028"
    )
    sheet["A2"] = "Performance measures: outturns and targets (approved by Cabinet, June 2025)"
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Measure", "Unit", "Good performance is", *YEARS,
              "Target 2024/25", "Target 2025/26", "Target 2026/27", "Notes"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    for i, (ref, name, unit, good, outturns, targets, note) in enumerate(ROWS):
        assert isinstance(outturns, tuple) and isinstance(targets, tuple)
        put_row(sheet, 5 + i, 1, [ref, name, unit, good, *outturns, *targets, note])
        for year, value in zip(YEARS, outturns, strict=True):
            if value is None:
                continue
            target = num(targets[0]) if year == "2024/25" else None
            if isinstance(value, float):
                exp.observations.append(Obs(str(ref), str(name), year, value, None, target))
            else:
                exp.observations.append(Obs(str(ref), str(name), year, None, str(value), target))
        exp.add_meta(str(ref), str(name), POLARITY[str(good)], UNIT[str(unit)])
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["K"].width = 50
    save(book, path)
    return exp
