"""Figures typed as text with the true minus sign ('\u22122.3'), an en dash as a minus ('\u20134') and a dash alone for no data."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q3 dashboard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": "FFC6EFCE", "Amber": "FFFFEB9C", "Red": "FFFFC7CE"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00205B", end_color="FF00205B")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
MINUS, EN = "\u2212", "\u2013"
HEAD_ROW = 5
HEADER = ["Ref", "Measure", "Q1 2024-25", "Q2 2024-25", "Q3 2024-25", "Target 2024-25",
          "Change Q2 to Q3", "RAG", "Comment"]  # fmt: skip

# ref, measure, Q1, Q2, Q3, target, change (commentary, not an observation), RAG (Q3), comment,
# then the reading of Q1, Q2, Q3 and the target: a number, or the text a dash alone stands for
ROWS: tuple[tuple[object, ...], ...] = (
    ("FIN01", "Revenue budget: forecast variance at quarter end (\u00a3000, overspend negative)",
     f"{MINUS}1,204", f"{MINUS}2,318", f"{MINUS}2,905", 0, f"{MINUS}587", "Red",
     "Children's placements and home to school transport.",
     (-1204.0, -2318.0, -2905.0, 0.0)),
    ("FIN02", "Capital programme: forecast variance against budget (%)",
     f"{MINUS}4.2", f"{EN}6.8", f"{MINUS}9.1", f"{MINUS}5.0", f"{MINUS}2.3", "Red",
     "Slippage on the Transporter Bridge and Chartist Tower schemes.",
     (-4.2, -6.8, -9.1, -5.0)),
    ("FIN03", "Council tax collected against profile (percentage points)",
     "+0.4", -0.3, f"{MINUS} 0.6", 0, f"{MINUS}0.3", "Amber", None,
     (0.4, -0.3, -0.6, 0.0)),
    ("FIN04", "Sundry debt over 90 days: change on previous quarter (\u00a3000)",
     "+112", f"{EN}48", EN, None, EN, None, "Q3 debt report delayed by the finance system upgrade.",
     (112.0, -48.0, EN, None)),
    ("ECO01", "City centre footfall: change on the same quarter last year (%)",
     f"{MINUS}2.3", 1.8, f"{MINUS}0.7%", 0, f"{MINUS}2.5", "Amber", None,
     (-2.3, 1.8, -0.7, 0.0)),
    ("ECO02", "Active businesses in the city: change on a year earlier",
     f"{MINUS}41", f"{EN}12", "+23", None, "+35", None, None,
     (-41.0, -12.0, 23.0, None)),
    ("ENV01", "Council CO2e emissions: change on the 2019/20 baseline (%)",
     f"{MINUS}18.4", f"{MINUS}19.2", f"{MINUS}21.0", f"{MINUS}20.0", f"{MINUS}1.8", "Green", None,
     (-18.4, -19.2, -21.0, -20.0)),
    ("ENV02", "Municipal waste reused, recycled or composted (PAM/030) (%)",
     67.2, 65.9, EN, 70, EN, None, "Q3 awaiting WasteDataFlow validation.",
     (67.2, 65.9, EN, 70.0)),
    ("ENV03", "Fly-tipping incidents cleared within 5 working days (%)",
     94.1, 95.6, 93.8, 95, -1.8, "Amber", None,
     (94.1, 95.6, 93.8, 95.0)),
    ("HSG01", "Average calendar days to deliver a Disabled Facilities Grant (PAM/015)",
     231, 248, "-", 220, "-", None, "Q3 completions not yet reconciled with Care & Repair.",
     (231.0, 248.0, "-", 220.0)),
    ("HSG02", "Households in temporary accommodation: net change in the quarter",
     "+14", f"{MINUS}6", f"{EN}9", None, f"{EN}3", None, None,
     (14.0, -6.0, -9.0, None)),
    ("CUS01", "Stage 2 complaints upheld (%)",
     31.0, EN, 25.0, 30, "n/a", "Green", "No stage 2 complaints were concluded in Q2.",
     (31.0, EN, 25.0, 30.0)),
    ("HR01", "Working days lost to sickness absence per FTE (in the quarter)",
     2.6, 2.4, 2.9, 2.5, 0.5, "Red", None,
     (2.6, 2.4, 2.9, 2.5)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh city council's quarterly finance and performance dashboard pasted from the web.

    Newport-style Quarter 3 2024/25 dashboard for the Performance Scrutiny
    Committee, copied from the council's published web dashboard into Excel,
    so most figures arrived as text in the typography of the web page: the
    true minus sign U+2212 ('\u22121,204', '\u22122.3', once '\u2212 0.6' with a
    space, '\u22120.7%'), an en dash used as a minus ('\u20136.8', '\u201348',
    '\u20139') where an officer typed the figure in Word, plus signs on
    increases ('+0.4', '+23'), and an en dash or a hyphen standing alone
    for no data. Figures an officer typed straight into Excel are ordinary
    numbers, one of them a real negative (-0.3). Finance and economy measures
    are changes and variances, so negatives are everyday. Columns: Ref,
    Measure, 'Q1 2024-25'..'Q3 2024-25', 'Target 2024-25' (two targets are
    text with a minus sign), 'Change Q2 to Q3', a filled RAG word, comments;
    a key under the table says '\u2013 no data for the period'.

    A careful reader reads the signs as signs: '\u22122.3' is -2.3,
    '\u20136.8' is -6.8, '\u2212 0.6' is -0.6, '\u22120.7%' is -0.7 in points,
    '\u22121,204' is -1204 (thousands of pounds, as typed), '+23' is 23; a
    dash alone ('\u2013' or '-') is no figure, kept as that quarter's text,
    as the key says. The target names 2024-25 and applies to all three
    quarters (the targets of -5.0 and -20.0 are reductions); 'Change Q2 to
    Q3' is arithmetic, not an observation; the RAG belongs to Q3. Nothing
    here is doubtful once the key is read: a dash touching digits is a
    minus, a dash alone is a gap.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Newport City Council / Cyngor Dinas Casnewydd")
    sheet["A2"] = (
        "Finance and performance dashboard \u2013 Quarter 3 2024-25 (October to December 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Performance Scrutiny Committee \u2013 Partnerships, 29 January 2025"
    sheet["A3"].font = Font(italic=True, size=9)
    put_row(sheet, HEAD_ROW, 1, HEADER)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, target, change, rag, comment, reading) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, change, rag, comment])
        for col in range(1, len(HEADER) + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if 3 <= col <= 7:
                cell.alignment = Alignment(horizontal="right")
                if isinstance(cell.value, float) and cell.value < 0:
                    cell.number_format = "+0.0;-0.0;0.0" if col == 7 else "0.0;-0.0"
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=8).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")
        assert isinstance(reading, tuple)
        *figures, goal = reading
        for k, value in enumerate(figures):
            status = RAG[str(rag)] if rag is not None and k == 2 else None
            goal_value = float(goal) if isinstance(goal, float) else None
            if isinstance(value, float):
                exp.observations.append(
                    Obs(str(ref), str(name), QUARTERS[k], value, None, goal_value, status)
                )
            else:
                exp.observations.append(
                    Obs(str(ref), str(name), QUARTERS[k], None, str(value), goal_value, status)
                )
    foot = HEAD_ROW + len(ROWS) + 2
    notes = (
        f"Key: {EN} no data for the period. Negative figures are shown with a minus sign "
        f"({MINUS}); + shows an increase.",
        "RAG: Quarter 3 against the 2024-25 target. Variances: overspend and slippage negative.",
        "Source: Newport City Council performance dashboard (newport.gov.uk), copied 20 January "
        "2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 64, "C": 11, "D": 11, "E": 11, "F": 12, "G": 12, "H": 8, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
