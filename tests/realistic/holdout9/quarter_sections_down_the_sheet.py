"""The same indicators repeated down one sheet in a section per quarter, each headed 'Quarter n 2024/25'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Rev Bens CS"
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
SECTIONS = ("Quarter 1 2024/25", "Quarter 2 2024/25", "Quarter 3 2024/25")
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

INDICATORS = (
    ("RB1", "Council tax collected - cumulative (%)"),
    ("RB2", "Business rates (NNDR) collected - cumulative (%)"),
    ("RB3", "Average days to process new Housing Benefit claims"),
    ("RB4", "Average days to process Housing Benefit changes of circumstances"),
    ("RB5", "Council Tax Support claims processed within 14 days (%)"),
    ("CS1", "Calls answered by the Customer Contact Centre (%)"),
    ("CS2", "Average wait before a call is answered (seconds)"),
    ("CS3", "Customer complaints answered within 10 working days (%)"),
)

# per section: (actual, target, status) for each indicator in order
FIGURES: tuple[tuple[tuple[object, object, object], ...], ...] = (
    ((28.9, 29.2, "A"), (31.4, 30.5, "G"), (16.8, 18, "G"), (5.9, 7, "G"),
     (91.0, 90, "G"), (84.2, 85, "A"), (94, 90, "A"), (78.0, 90, "R")),
    ((56.1, 56.4, "A"), (58.9, 58.0, "G"), (18.7, 18, "A"), (7.3, 7, "A"),
     (88.5, 90, "A"), (81.7, 85, "A"), (128, 90, "R"), (85.5, 90, "A")),
    ((83.6, 83.5, "G"), (84.7, 85.0, "A"), (17.2, 18, "G"), ("Awaiting data", 7, None),
     (92.3, 90, "G"), (87.9, 85, "G"), (74, 90, "G"), (91.2, 90, "G")),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's revenues, benefits and customer services monitoring sheet.

    Rather than a column per quarter, the officer pastes the whole table
    again under the last one each quarter: a shaded heading row 'Quarter 1
    2024/25', then Ref, Indicator, Actual, Target and Status, the eight
    indicators, a blank row, then 'Quarter 2 2024/25' with the same
    indicators, and so on. Collection targets are profiled, so the same
    indicator's target differs by section. One Q3 figure (changes of
    circumstances) was not in from the benefits system when the sheet went
    out: 'Awaiting data', with no status.

    A careful reader takes each section's figures, targets and R/A/G letters
    as that quarter's, one indicator across the three sections, and keeps
    'Awaiting data' as the Q3 text with the Q3 target.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Fenland District Council - Revenues, Benefits and Customer Services")
    sheet["A2"] = "Quarterly performance monitoring 2024/25 (to 31 December 2024)"
    shade = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
    exp = Expected([])
    row = 4
    for section, period, figures in zip(SECTIONS, PERIODS, FIGURES, strict=True):
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True, size=12)
        for col in range(1, 6):
            sheet.cell(row=row, column=col).fill = shade
        put_row(sheet, row + 1, 1, ["Ref", "Indicator", "Actual", "Target", "Status"], bold=True)
        row += 2
        for (code, name), (actual, target, status) in zip(INDICATORS, figures, strict=True):
            put_row(sheet, row, 1, [code, name, actual, target, status])
            number = float(actual) if isinstance(actual, int | float) else None
            text = None if number is not None else str(actual)
            rag = RAG[str(status)] if status else None
            exp.observations.append(Obs(code, name, period, number, text, float(str(target)), rag))
            row += 1
        row += 1
    sheet.cell(
        row=row,
        column=1,
        value="Status: G on or above target, A within 5% of target, R more than 5% off target.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
