"""Two rows per indicator, 'In quarter' and 'Year to date' (or 'Cumulative'), quarters across, targets and status per row."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Quarter 3"
HEADINGS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
IN_QUARTER = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
# April to the end of each quarter: the first quarter itself, the half year, April to December
TO_DATE = ("Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024", "2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILLS = {"Green": "FF00B050", "Amber": "FFFFC000", "Red": "FFFF0000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00573F", end_color="FF00573F")
YTD_FILL = PatternFill(fill_type="solid", start_color="FFEDF5F0", end_color="FFEDF5F0")
THIN = Side(style="thin", color="FFA6A6A6")
FIRST = 6
LAST_COL = 10  # J: Comments

# ref, indicator, labels (in quarter, to date), in-quarter row (Q1..Q3, target, status),
# to-date row (Q1..Q3, target, status), comment
BLOCKS: tuple[tuple[object, ...], ...] = (
    ("HSG01", "Affordable homes delivered", ("In quarter", "Year to date"),
     (18, 34, 31, "-", None), (18, 52, 83, 120, "Amber"),
     "Bilton Fields phase 2 (22 homes) now due in Q4."),
    ("HSG02", "Households prevented from becoming homeless", ("In quarter", "Year to date"),
     (62, 71, 66, "-", None), (62, 133, 199, 260, "Green"), None),
    ("HSG03", "Average days to re-let council homes", ("In quarter", "Year to date"),
     (31.4, 28.9, 27.2, 28, "Green"), (31.4, 30.1, 29.0, 28, "Amber"),
     "Void contractor performance improving since new contract in July."),
    ("PLN01", "Major planning applications determined within 13 weeks or agreed time (%)", ("In quarter", "Year to date"),
     (85.7, 100.0, 80.0, 80, "Green"), (85.7, 92.3, 88.9, 80, "Green"), None),
    ("PLN02", "Planning applications received", ("In quarter", "Year to date"),
     (212, 198, 176, "-", None), (212, 410, 586, "-", None), "Demand measure: no target."),
    ("ENV01", "Reported fly-tips removed within 2 working days (%)", ("In quarter", "Cumulative"),
     (92.1, 94.6, 95.8, 95, "Green"), (92.1, 93.4, 94.2, 95, "Amber"), None),
    ("ENV02", "Residual household waste per household (kg)", ("In quarter", "Cumulative"),
     (108.2, 104.7, 112.9, "-", None), (108.2, 212.9, 325.8, 430, "Amber"), None),
    ("REV01", "Average days to process new Housing Benefit claims", ("In quarter", "Year to date"),
     (19.2, 17.8, 16.1, 20, "Green"), (19.2, 18.5, 17.6, 20, "Green"), None),
    ("LEI01", "Visits to Rugby leisure centres", ("In quarter", "Year to date"),
     (128430, 121906, 109875, "-", None), (128430, 250336, 360211, 500000, "Amber"),
     "Queen's Diamond Jubilee Centre pool closed for 3 weeks in November."),
    ("HR01", "Working days lost to sickness absence per FTE employee", ("In quarter", "Year to date"),
     (2.2, 2.4, 2.9, "-", None), (2.2, 4.6, 7.5, 8.0, "Red"),
     "Year-end projection 10.1 days; seasonal illness in Q3."),
    ("CUS01", "Stage 1 complaints responded to within 10 working days (%)", ("In quarter", "Year to date"),
     (88.0, 91.5, "Not available", 90, None), (88.0, 89.9, None, 90, None),
     "Q3 not available: complaints moved to the new CRM in December."),
)  # fmt: skip


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly performance report with in-quarter and year-to-date rows.

    Rugby Borough Council style, the Quarter 3 2024/25 corporate
    performance report to Cabinet. Each indicator is two rows: the first
    labelled 'In quarter' (the figure for that quarter alone), the second
    'Year to date' (from 1 April to the end of the quarter; two services
    typed 'Cumulative'), with the Ref, indicator and Comments merged down
    both rows and the second row shaded. Columns 'Q1 2024/25' ..
    'Q4 2024/25' (Q4 still empty), 'Annual target 2024/25' and a filled
    'Status' word on each row. Counts carry the annual target and a status
    on the year-to-date row only ('-' on the in-quarter row); rates and
    averages carry the same target on both rows, and a status on both.
    A line under the table says what the two rows mean. Complaints Q3 says
    'Not available' in quarter and is blank to date.

    A careful reader places each figure on the span it covers: an
    in-quarter figure on its quarter, a year-to-date figure on April to
    the end of that quarter (Q1 itself, the half year H1 2024/25, then
    April to December 2024). At Q1 both rows give the same figure for the
    same span, read once, with the annual target the year-to-date row
    gives it (the in-quarter row's '-' is no target rather than another
    one). The target heading names 2024/25, so it belongs to every figure
    of its row; an in-quarter row's status belongs to Q3 2024/25, a
    year-to-date row's to April to December 2024. 'Not available' is
    complaints' Q3 text. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Rugby Borough Council")
    sheet["A2"] = (
        "Corporate Performance Report 2024/25 \u2013 Quarter 3 (1 October to 31 December 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Cabinet, 10 February 2025 \u2013 Appendix A"
    sheet["A3"].font = Font(italic=True)
    header = ["Ref", "Indicator", None, *HEADINGS, "Annual target 2024/25", "Status", "Comments"]
    put_row(sheet, FIRST - 1, 1, header)
    for col in range(1, LAST_COL + 1):
        cell = sheet.cell(row=FIRST - 1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.row_dimensions[FIRST - 1].height = 30
    exp = Expected([])
    for b, (ref, name, labels, in_q, to_date, comment) in enumerate(BLOCKS):
        assert isinstance(labels, tuple) and isinstance(in_q, tuple) and isinstance(to_date, tuple)
        top = FIRST + 2 * b
        put_row(sheet, top, 1, [ref, name, labels[0], *in_q[:3], None, *in_q[3:], comment])
        put_row(sheet, top + 1, 3, [labels[1], *to_date[:3], None, *to_date[3:]])
        for col in (1, 2, LAST_COL):
            sheet.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
            sheet.cell(row=top, column=col).alignment = Alignment(vertical="top", wrap_text=True)
        for r, values in ((top, in_q), (top + 1, to_date)):
            for col in range(1, LAST_COL + 1):
                cell = sheet.cell(row=r, column=col)
                cell.border = Border(
                    left=THIN, right=THIN, top=Side(style="medium") if r == top else THIN,
                    bottom=THIN,
                )  # fmt: skip
                if r == top + 1 and col >= 3:
                    cell.fill = YTD_FILL
                if 4 <= col <= 9:
                    cell.alignment = Alignment(horizontal="center")
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
            status = values[4]
            if status in RAG_FILLS:
                rgb = RAG_FILLS[str(status)]
                sheet.cell(row=r, column=9).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
        c, n = str(ref), str(name)
        seen: set[str] = set()
        for values, spans in ((to_date, TO_DATE), (in_q, IN_QUARTER)):
            target = _num(values[3])
            latest = max(k for k in range(3) if values[k] is not None)
            for k in range(3):
                value = values[k]
                if value is None or spans[k] in seen:
                    continue
                seen.add(spans[k])
                rag = RAG.get(str(values[4])) if k == latest else None
                if isinstance(value, int | float):
                    exp.observations.append(Obs(c, n, spans[k], float(value), None, target, rag))
                else:
                    exp.observations.append(Obs(c, n, spans[k], None, str(value), target, rag))
    foot = FIRST + 2 * len(BLOCKS) + 1
    notes = (
        "In quarter = the result for the three months of the quarter. Year to date / Cumulative "
        "= the result from 1 April 2024 to the end of the quarter.",
        "Status: Green = on track to meet the annual target; Amber = within 10%; Red = more than "
        "10% off track. Year-to-date counts are compared with the target profiled to the quarter.",
        "Source: Rugby BC performance system (Pentana), extract 20 January 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    widths = {
        "A": 8,
        "B": 52,
        "C": 13,
        "D": 11,
        "E": 11,
        "F": 11,
        "G": 11,
        "H": 13,
        "I": 9,
        "J": 46,
    }
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
