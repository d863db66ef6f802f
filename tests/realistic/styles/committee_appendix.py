"""Committee report appendix: portfolio sections, a year merged over four quarters, a printed key."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import BOLD, Expected, Obs, Rag, merge, new_book, put_row, save, title

KEY: dict[str, Rag] = {"\u25cf": "green", "\u25b2": "amber", "\u25c6": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# section -> rows of (ref, measure, good is, 2023/24 outturn, Q1, Q2, Q3, target, symbol, comment)
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Health and Wellbeing", (
        ("HW1", "Timely transitions for young people moving to adult services", "High", 35.1,
         38.0, 41.5, 44.0, 50.0, "\u25c6", "Programme team now in place."),
        ("HW2", "Adults with learning disabilities in settled accommodation", "High", 71.0,
         72.4, 73.0, 74.8, 75.0, "\u25b2", None),
    )),
    ("Children's Services", (
        ("CS1", "Children in Need reviewed within timescale", "High", 79.0,
         81.0, 85.0, 91.2, 90.0, "\u25cf", None),
        ("CS2", "Children looked after placed more than 20 miles from home", "Low", 14.2,
         13.8, 13.1, 12.6, 12.0, "\u25b2", "Some placements are needs-led out of county."),
        ("CS3", "Average months between entering care and moving in with adoptive family", "Low",
         16.4, 17.0, None, 15.1, 14.0, "\u25c6", "Small number of children; see note 1."),
    )),
    ("Education and Skills", (
        ("ES1", "New Education, Health and Care plans issued within 20 weeks", "High", 48.0,
         54.0, 61.0, 66.0, 65.0, "\u25cf", "Conversion backlog completed."),
    )),
)  # fmt: skip

GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}


def build(path: Path) -> Expected:
    """Imitates the performance appendix of a cabinet or scrutiny committee report.

    Appendices printed from Word/Excel carry the council's name and the report
    title, a two-row heading with '2024/25' merged over the quarter columns
    beside a '2023/24 Outturn' column and a '2024/25 Target', one section row
    per portfolio ('Children's Services') above its measures, a 'Good is'
    High/Low column, status as symbols, numbered footnotes, and the key to the
    symbols printed under the table (as in many county council appendices).
    """
    book, sheet = new_book("Appendix A")
    title(sheet, "A1", "Buckinghamshire-on-Sea Council")
    sheet["A2"] = "Appendix A: Quarter 3 2024/25 Performance Report to Cabinet"
    put_row(sheet, 4, 1, ["Ref", "Measure", "Good is", "2023/24 Outturn"], bold=True)
    merge(sheet, "E4:H4", "2024/25")
    put_row(sheet, 4, 9, ["2024/25 Target", "Status", "Comment"], bold=True)
    put_row(sheet, 5, 5, ["Q1", "Q2", "Q3", "Q4"], bold=True)
    for col in "ABCDIJK":
        sheet.merge_cells(f"{col}4:{col}5")
    exp = Expected([])
    row = 6
    for section, measures in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = BOLD
        row += 1
        for ref, measure, good, outturn, q1, q2, q3, target, symbol, comment in measures:
            put_row(
                sheet,
                row,
                1,
                [ref, measure, good, outturn, q1, q2, q3, None, target, symbol, comment],
            )
            assert isinstance(outturn, float) and isinstance(target, float)
            exp.observations.append(Obs(str(ref), str(measure), "2023/24", outturn))
            values = (q1, q2, q3)
            given = [(p, v) for p, v in zip(QUARTERS, values, strict=True) if v is not None]
            for period, value in given:
                rag = KEY[str(symbol)] if period == QUARTERS[-1] else None
                exp.observations.append(
                    Obs(str(ref), str(measure), period, float(str(value)), None, target, rag)
                )
            exp.add_meta(str(ref), str(measure), GOOD[str(good)], None)
            row += 1
    row += 1
    sheet.cell(row=row, column=1, value="Notes")
    sheet.cell(
        row=row + 1, column=1, value="1. Fewer than ten children; quarterly figures are volatile."
    )
    sheet.cell(
        row=row + 2, column=1, value="2. Q2 figure for CS3 not available at the time of writing."
    )
    sheet.cell(row=row + 4, column=1, value="Key:")
    sheet.cell(
        row=row + 4, column=2, value="\u25cf = On track   \u25b2 = At risk   \u25c6 = Off track"
    )
    save(book, path)
    return exp
