"""No section rows: each code's letters name its portfolio, through a prefix key on a 'Notes' sheet."""

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
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Scorecard"
NOTES = "Notes"
HEAD_ROW = 5
PERIODS = ("Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
FIRST_THIS_YEAR = 1  # the target names 2024/25: not last year's Q3
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF5B2C6F", end_color="FF5B2C6F")
LAST_YEAR_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

PREFIXES: tuple[tuple[str, str, str], ...] = (
    ("ASC", "Adult Social Care and Health", "Cllr Helen Ashworth"),
    ("CS", "Children's Services and Education", "Cllr Tariq Mahmood"),
    ("ENV", "Environment and Highways", "Cllr Joanne Pickles"),
    ("HSG", "Housing and Regeneration", "Cllr Gareth Holroyd"),
    ("PH", "Public Health and Wellbeing", "Cllr Nasreen Akhtar"),
    ("RES", "Resources and Corporate Services", "Cllr Stephen Barraclough (Leader)"),
)

# code, indicator, good is (None: not stated), Q3 2023/24, Q1, Q2, Q3 2024/25,
# target 2024/25 ('-' where none), RAG word (None: no rating), commentary. Sorted by code,
# as the performance system lists them. Percentages in points, as typed.
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC01", "Permanent admissions to residential and nursing care, aged 65+ (per 100,000, cumulative)",
     "Low", 421.6, 148.2, 301.7, 457.9, 580.0, "Amber", "Q3 profile 435; forecast 598 for the year."),
    ("ASC02", "Older people still at home 91 days after discharge into reablement (%)", "High",
     81.4, 83.0, 79.6, 82.7, 85.0, "Amber", "124 of 150 discharged in Jul\u2013Sep still at home."),
    ("ASC03", "Safeguarding enquiries where desired outcomes were fully or partly met (%)", "High",
     93.1, 94.5, 95.2, "TBC", 95.0, None, "Q3 TBC: case audit completes in February."),
    ("CS01", "Referrals to children's social care that are re-referrals within 12 months (%)",
     "Low", 21.8, 19.4, 22.6, 20.9, 20.0, "Amber", None),
    ("CS02", "Child protection plans starting that are second or subsequent plans (%)", "Low",
     24.3, 19.8, 21.1, 26.7, 20.0, "Red", "Audit of 14 repeat plans under way; report to March board."),
    ("CS03", "Education, health and care plans issued within 20 weeks excluding exceptions (%)",
     "High", 46.0, 58.3, 61.7, None, 60.0, "Green", "Q3 published after this report; RAG is for Q2."),
    ("CS04", "Children looked after (number at quarter end)", None,
     612, 634, 641, 655, "-", None, "Context only: 655 equals 81 per 10,000 children."),
    ("ENV01", "Household waste sent for reuse, recycling and composting (%)", "High",
     39.8, 43.2, 42.5, 37.1, 42.0, "Red", "Seasonal: garden waste collections end in November."),
    ("ENV02", "Category 1 highway defects made safe within 24 hours (%)", "High",
     91.2, 93.8, 95.1, 96.4, 95.0, "Green", None),
    ("ENV03", "Relevant land and highways with unacceptable levels of litter (%)", "Low",
     6.1, 5.4, 4.8, 5.9, 6.0, "Green", None),
    ("HSG01", "Households in temporary accommodation at quarter end", "Low",
     402, 431, 447, 468, 420, "Red", "Up 66 on a year ago; 30 new leased units from April."),
    ("HSG02", "New affordable homes completed (cumulative)", "High",
     None, 48, 103, 161, 220, "Amber", "New measure for 2024/25. Q3 profile was 165."),
    ("PH01", "Smokers setting a quit date who had quit at 4 weeks (%)", "High",
     54.2, 57.9, 52.4, 55.1, 50.0, "Green", None),
    ("PH02", "Physically active adults, 150+ minutes a week (%)", "High",
     None, None, None, 61.3, 63.0, "Amber", "Annual: Active Lives survey published in November."),
    ("RES01", "Invoices paid within 30 days (%)", "High",
     94.6, 95.2, 93.9, 96.8, 95.0, "Green", None),
    ("RES02", "Working days lost to sickness absence per FTE (rolling 12 months)", "Low",
     10.8, 10.4, 10.1, 9.9, 9.5, "Amber", "Lowest since 2019/20; stress-related absence down 11%."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough council's Council Plan scorecard whose codes carry the portfolio.

    A metropolitan borough council's quarterly Council Plan performance
    scorecard (Quarter 3 2024/25) to its Overview and Scrutiny Management
    Board, exported from the performance system as one flat list sorted by
    code: no portfolio or section rows at all. Each code begins with its
    portfolio's letters (ASC, CS, ENV, HSG, PH, RES) and a second sheet,
    'Notes', has a table 'Indicator code prefixes' mapping each prefix to
    its Cabinet portfolio and portfolio holder, beside the RAG key and
    notes. Columns: Code, Indicator, 'Good is' (High/Low), 'Q3 2023/24'
    (same quarter last year, shaded grey), 'Q1 2024/25'..'Q3 2024/25',
    'Target 2024/25', a filled RAG word, Commentary. A line under the table
    points to the Notes sheet.

    A careful reader takes each indicator's portfolio from its code's
    letters through the key (PH01 is Public Health and Wellbeing; CS04 is
    Children's Services and Education), and the rest as an ordinary
    scorecard. The target names 2024/25, so it is on the three 2024/25
    quarters and not on Q3 2023/24. The RAG goes on the latest figure in the
    row: EHCPs have no Q3, so their Green is Q2's (as the commentary and
    the notes say); the activity survey has only its Q3 figure. The
    safeguarding Q3 'TBC' is kept as written and unrated; looked-after
    children is context with a '-' target and no 'Good is'; affordable
    homes is new, with no Q3 2023/24. 'Good is' states polarity; units are
    only in the names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Management Board \u2013 13 March 2025 \u2013 Appendix 1"
    sheet["A3"] = (
        "Data to 31 December 2024. Q3 2023/24 is shown for comparison with the same quarter last year."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Code", "Indicator", "Good is", *PERIODS, "Target 2024/25", "RAG", "Commentary"]
    ncol = len(heads)
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        code, name, good, *values, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=4).fill = LAST_YEAR_FILL
        for col in range(3, 9):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
        sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
            sheet[f"I{row}"].alignment = Alignment(horizontal="center")
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal if k >= FIRST_THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        if good is not None:
            exp.add_meta(str(code), str(name), POLARITY[str(good)], None)
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Indicator codes begin with the portfolio they report to \u2013 see the 'Notes' "
        "sheet for the key to code prefixes, RAG ratings and 'Good is'.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 8, "B": 70, "C": 8, "H": 10, "I": 9, "J": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    sheet.auto_filter.ref = f"A{HEAD_ROW}:J{row - 1}"

    notes = book.create_sheet(NOTES)
    title(notes, "A1", "Notes to the scorecard")
    notes["A3"] = "Indicator code prefixes"
    notes["A3"].font = Font(bold=True)
    put_row(notes, 4, 1, ["Prefix", "Portfolio", "Portfolio holder"], bold=True)
    for j, prefix_row in enumerate(PREFIXES, start=5):
        put_row(notes, j, 1, list(prefix_row))
    after = 5 + len(PREFIXES) + 1
    notes.cell(row=after, column=1, value="RAG rating").font = Font(bold=True)
    key = (
        ("Green", "On or better than target"),
        ("Amber", "Worse than target by less than 10%"),
        ("Red", "Worse than target by 10% or more"),
    )
    for j, (word, meaning) in enumerate(key, start=after + 1):
        notes.cell(row=j, column=1, value=word)
        fill(notes, f"A{j}", RAG_FILL[word])
        notes.cell(row=j, column=2, value=meaning)
    lines = (
        "The RAG compares the latest quarter with the 2024/25 target. Where the Q3 figure is not "
        "yet available, the RAG shown is for Q2.",
        "Good is: High \u2013 a higher figure is better; Low \u2013 a lower figure is better.",
        "'-' in the target column: context measure, no target set and not rated. TBC: figure "
        "to be confirmed.",
        "Cumulative measures build up from April; their RAG compares with the profile for the "
        "quarter.",
    )
    for j, line in enumerate(lines, start=after + 5):
        notes.cell(row=j, column=1, value=line)
    notes.column_dimensions["A"].width = 10
    notes.column_dimensions["B"].width = 40
    notes.column_dimensions["C"].width = 36
    save(book, path)
    return exp
