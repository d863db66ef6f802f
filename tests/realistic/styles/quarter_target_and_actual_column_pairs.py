"""Each quarter as a 'Target' | 'Actual' column pair under a merged year heading, profiled targets."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "KPI Q3"
YEAR_ROW = 4
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
FUTURE = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a section row. Otherwise: ref, indicator, good is, then (target, actual) for
# Q1..Q4, RAG letter for the latest quarter reported, comment. Q4 actuals are not yet due.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place and Environment",),
    ("PE01", "Household waste reused, recycled or composted (%)", "High",
     (52.0, 55.8), (52.0, 54.1), (48.0, 46.2), (45.0, None), "A",
     "Seasonal fall in garden waste; Q3 figure provisional."),
    ("PE02", "Residual household waste per household (kg, cumulative)", "Low",
     (118, 114.6), (236, 231.0), (354, 361.8), (472, None), "R",
     "Christmas tonnages higher than profiled."),
    ("PE03", "Fly-tipping incidents cleared within 2 working days (%)", "High",
     (95, 97.2), (95, 96.4), (95, 95.1), (95, None), "G", None),
    ("PE04", "Major planning applications determined in 13 weeks or agreed time (%)", "High",
     (70, 100.0), (70, 80.0), (70, 66.7), (70, None), "A", "2 of 3 in time this quarter."),
    ("PE05", "Net additional homes provided (cumulative)", "High",
     (90, 104), (180, 171), (270, None), (360, None), "A",
     "Q3 completions return from building control due 31 January."),
    ("Housing and Communities",),
    ("HC01", "Households prevented from becoming homeless (cumulative)", "High",
     (75, 82), (150, 163), (225, 241), (300, None), "G", None),
    ("HC02", "Households in temporary accommodation (quarter end)", "Low",
     (60, 64), (60, 71), (60, 78), (60, None), "R", "Of which 14 in bed and breakfast."),
    ("HC03", "Average days to re-let council homes (general needs)", "Low",
     (28, 31.4), (28, 27.9), (26, 25.2), (26, None), "G", None),
    ("HC04", "Disabled facilities grants completed (cumulative)", "High",
     (30, 27), (60, 58), (90, "n/a"), (120, None), None,
     "Contractor system migration: Q3 count not available."),
    ("HC05", "Leisure centre visits (cumulative)", "High",
     (210000, 224310), (420000, 436905), (600000, 611482), (800000, None), "G", None),
    ("Resources",),
    ("RS01", "Council tax collected (cumulative %)", "High",
     (29.0, 28.9), (57.0, 56.7), (85.0, 84.1), (97.0, None), "A", None),
    ("RS02", "Business rates collected (cumulative %)", "High",
     (30.0, 31.2), (58.0, 59.0), (85.5, 86.3), (98.0, None), "G", None),
    ("RS03", "Average days to process new Housing Benefit and CTR claims", "Low",
     (20, 22.6), (20, 19.8), (18, 17.4), (18, None), "G", "Target tightened from Q3."),
    ("RS04", "Working days lost to sickness per FTE (cumulative)", "Low",
     (2.0, 2.3), (4.0, 4.6), (6.0, 7.1), (8.0, None), "R", "Long-term absence in waste crews."),
    ("RS05", "Stage 1 complaints answered within 10 working days (%)", "High",
     (90, 86.5), (90, 91.0), (90, 92.4), (90, None), "G", None),
    ("RS06", "Residents' survey: satisfied with the council (%)", "High",
     (None, None), (None, None), (None, None), (65, None), None,
     "Annual survey; results reported at year end."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI monitor with quarterly profiled targets.

    The layout a district council's performance team uses when each KPI has
    a target profiled by quarter (cumulative counts, collection rates): Ref,
    Performance indicator, 'Good is' High/Low, then a merged '2024/25' heading
    over eight columns 'Q1 Target' | 'Q1 Actual' ... 'Q4 Target' | 'Q4 Actual',
    then 'RAG (latest quarter)' as a filled G/A/R letter and comments, for the
    Quarter 3 report to the Overview and Scrutiny Committee. Q4 targets are
    already entered; Q4 actuals are blank and shaded (future).

    A careful reader pairs each actual with the target beside it: each
    quarter is its own observation with its own profiled target (Q1 2024/25
    .. Q3 2024/25). Blank Q4 actuals are no observation; a target alone is
    not one. The RAG goes on the latest quarter with a figure (new homes' Q3
    is blank, so its RAG falls on Q2). DFG's Q3 is 'n/a' with its target and
    no RAG. The survey has only a Q4 target and no figure. Polarity from
    'Good is'; no unit column.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Key Performance Indicators 2024/25 \u2013 Quarter 3 (October to December 2024)",
    )
    sheet["A2"] = "Overview and Scrutiny Committee, 4 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Performance indicator", "Good is"]
    for q in range(1, 5):
        heads += [f"Q{q} Target", f"Q{q} Actual"]
    heads += ["RAG (latest quarter)", "Comments"]
    ncol = len(heads)
    merge(sheet, "D4:K4", "2024/25")
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, *pairs, rag, comment = spec
        values: list[object] = [ref, name, good]
        for pair in pairs:
            assert isinstance(pair, tuple)
            values += list(pair)
        values += [rag, comment]
        put_row(sheet, row, 1, values)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        sheet.cell(row=row, column=11).fill = FUTURE
        if rag:
            fill(sheet, f"L{row}", RAG_FILL[str(rag)])
            sheet[f"L{row}"].alignment = Alignment(horizontal="center")
        found: list[Obs] = []
        for period, pair in zip(PERIODS, pairs, strict=True):
            assert isinstance(pair, tuple)
            target, actual = pair
            if actual is None:
                continue
            found.append(
                Obs(str(ref), str(name), period, num(actual), text_of(actual), num(target))
            )
        if found and rag:
            last = found[-1]
            found[-1] = Obs(last.code, last.name, last.period, last.actual, last.actual_text,
                            last.target, RAG[str(rag)])  # fmt: skip
        exp.observations += found
        if found:
            exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        row += 1
    notes = (
        "Targets are profiled by quarter; cumulative measures show the year to date at each "
        "quarter end.",
        "RAG compares the latest quarter's actual with that quarter's target. G: met; A: within "
        "5%; R: more than 5% off.",
        "Q4 actuals will be reported at year end (June 2025).",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["M"].width = 48
    for letter in "DEFGHIJK":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
