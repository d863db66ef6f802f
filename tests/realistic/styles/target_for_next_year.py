"""Year-end table: 2023/24 and 2024/25 outturns, 'Target 2024/25', a 2024/25 RAG, then next year's 'Target 2025/26'."""

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
    new_book,
    num,
    put_row,
    save,
    title,
)

SHEET = "Year end 2024-25"
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}

# ref, indicator, good is, 2023/24, 2024/25, target 2024/25, RAG 2024/25, target 2025/26, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("SK01", "Household waste sent for reuse, recycling and composting (%)", "High", 44.8, 46.1, 47.0, "Amber", 48.0, None),
    ("SK02", "Residual household waste per household (kg)", "Low", 468.2, 455.9, 460.0, "Green", 450.0, None),
    ("SK03", "Council tax collected in year (%)", "High", 97.6, 97.9, 98.0, "Amber", 98.0, "Target held at the 2024/25 level."),
    ("SK04", "Non-domestic rates collected in year (%)", "High", 98.4, 98.9, 98.5, "Green", "Maintain", None),
    ("SK05", "Average days to process new Housing Benefit and Council Tax Support claims", "Low", 21.3, 18.7, 20.0, "Green", 18.0, None),
    ("SK06", "Homelessness cases where the duty ended in prevention or relief (%)", "High", 61.0, 57.4, 65.0, "Red", 65.0, "Higher caseloads from private sector evictions through the winter."),
    ("SK07", "Minor planning applications decided within 8 weeks or an agreed extension (%)", "High", 79.5, 86.2, 80.0, "Green", 85.0, "Target raised to reflect the improvement in 2024/25."),
    ("SK08", "Food premises rated 4 or 5 under the Food Hygiene Rating Scheme (%)", "High", 93.1, 94.0, 95.0, "Amber", 95.0, None),
    ("SK09", "Working days lost to sickness per full-time equivalent employee", "Low", 9.8, 10.6, 8.5, "Red", 8.5, "Long-term absence in the depot workforce; occupational health contract retendered."),
    ("SK10", "Visits to council leisure centres", "High", 612430, 655018, None, None, 680000, "Monitored without a target in 2024/25; a target is set for 2025/26."),
    ("SK11", "Stage 1 complaints answered within 10 working days (%)", "High", None, 82.3, 90.0, "Red", "TBC", "New indicator for 2024/25; 2025/26 target to be confirmed by Cabinet in April."),
)  # fmt: skip

HEADER = (
    "Ref",
    "Performance indicator",
    "Good is",
    "2023/24 outturn",
    "2024/25 outturn",
    "Target 2024/25",
    "RAG 2024/25",
    "Target 2025/26",
    "Comments",
)


def build(path: Path) -> Expected:
    """Imitates a district council's year-end performance report that also sets next year's targets.

    At year end many councils report the last two outturns against the
    year's target and, in the same table, print the target agreed for the
    coming year so that members can approve or note it: here '2023/24
    outturn', '2024/25 outturn', 'Target 2024/25', a filled 'RAG 2024/25'
    and then 'Target 2025/26', with 'Good is' High/Low. Two of next year's
    targets are words ('Maintain', 'TBC'); one indicator had no target in
    2024/25 and gets one for 2025/26; a new indicator has no 2023/24
    figure.

    A careful reader takes both outturns as observations: 2024/25 with the
    2024/25 target and its RAG, 2023/24 with no target (neither target
    names it). The 2025/26 target belongs to a year not yet reported, so it
    is no observation and no target of either outturn.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "South Kesteven District Council")
    sheet["A2"] = (
        "Corporate performance indicators \u2013 year-end outturn 2024/25 and targets for 2025/26"
    )
    put_row(sheet, 4, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for i, (ref, name, good, last, this, target, rag, nxt, comment) in enumerate(ROWS):
        r = 5 + i
        put_row(sheet, r, 1, [ref, name, good, last, this, target, rag, nxt, comment])
        if rag is not None:
            fill(sheet, f"G{r}", RAG_FILL[str(rag)])
        for letter, value in (("D", last), ("E", this), ("H", nxt)):
            if isinstance(value, int):
                sheet[f"{letter}{r}"].number_format = "#,##0"
        sheet[f"H{r}"].alignment = Alignment(horizontal="right")
        code, nm = str(ref), str(name)
        if last is not None:
            exp.observations.append(Obs(code, nm, "2023/24", num(last)))
        goal = num(target)
        exp.observations.append(Obs(code, nm, "2024/25", num(this), None, goal, RAG.get(str(rag))))
        exp.add_meta(code, nm, POLARITY[str(good)], None)
    foot = 5 + len(ROWS) + 1
    notes = (
        "RAG compares the 2024/25 outturn with the 2024/25 target: Green met or exceeded; "
        "Amber within 5% of target; Red more than 5% worse than target.",
        "Targets for 2025/26 were agreed by Cabinet on 11 March 2025 and will be reported "
        "against from Quarter 1 2025/26.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["I"].width = 56
    save(book, path)
    return exp
