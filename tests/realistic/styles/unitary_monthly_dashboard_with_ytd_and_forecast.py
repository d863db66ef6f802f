"""A unitary council's monthly dashboard: bare month columns April to November, then YTD, forecast, annual target and a forecast RAG."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    fill,
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "Dashboard M8"
HEAD_ROW = 6
MONTHS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov")
LABELS = tuple(f"{m} 2024" for m in MONTHS)  # the title's 2024/25: April to November 2024
HEADINGS = ("Code", "Measure", "Unit", *MONTHS, "YTD", "Year-end forecast", "Annual target",
            "RAG (forecast v target)", "Trend", "Comments")  # fmt: skip
COL_MONTH, COL_YTD, COL_FORECAST, COL_TARGET, COL_RAG, COL_TREND, COL_NOTE = (
    4, 12, 13, 14, 15, 16, 17
)  # fmt: skip
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "Days": "days", "No.": "number", "Rate": "rate"}
LAG = "\u2020"  # the footnote mark of measures reported a month in arrears
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
SUMMARY_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
NOT_APPLICABLE = PatternFill(fill_type="solid", start_color="FFBFBFBF", end_color="FFBFBFBF")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a service row. Otherwise: code, measure (as printed, a dagger for a month in
# arrears), unit, kind, the eight months April..November (None: blank), YTD, year-end
# forecast, annual target ('\u2013' where none), RAG word (None: not rated), trend, comment.
# kind: 'month' (each month on its own, YTD a total or a rate over April to date),
# 'cumulative' (each month the position from 1 April, YTD the latest of them),
# 'snapshot' (the position at month end, no YTD: the YTD cell is greyed).
# Percentages are in points as typed.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources and customer services",),
    ("RB01", "Council tax collected (cumulative)", "%", "cumulative",
     (10.9, 19.8, 28.6, 37.5, 46.3, 55.1, 64.0, 72.8), 72.8, 96.4, 96.5, "Amber", "\u2193",
     "0.3 points behind the same point last year; reminders moved to December."),
    ("RB02", "Business rates collected (cumulative)", "%", "cumulative",
     (11.8, 21.2, 30.1, 39.6, 48.2, 57.4, 66.1, 74.9), 74.9, 98.0, 98.0, "Green", "\u2191",
     None),
    ("RB03", "Average days to process new Housing Benefit and Council Tax Support claims",
     "Days", "month", (19.2, 18.4, 20.1, 17.6, 16.9, 17.8, 16.2, 15.7), 17.7, 17.0, 18.0,
     "Green", "\u2191", "Automated claim checks introduced in October."),
    ("CS01", "Calls to the contact centre answered within 3 minutes", "%", "month",
     (71.2, 68.4, 74.9, 62.3, 66.8, 79.1, 81.5, 83.0), 73.4, 76.5, 80.0, "Amber", "\u2191",
     "Summer dip while the new telephony system bedded in; above target since September."),
    ("CS02", "Customer contacts received (all channels)", "No.", "month",
     (41206, 38915, 37402, 44871, 40133, 39650, 42018, 38244), 322439, "\u2013", "\u2013",
     None, None, "Demand measure, no target."),
    ("Housing",),
    ("HS01", "Households in temporary accommodation (at month end)", "No.", "snapshot",
     (412, 418, 431, 440, 452, 449, 463, 471), None, 500, 400, "Red", "\u2193",
     "Up 14% since April; 97 households in bed and breakfast on 30 November."),
    ("HS02", "Prevention duties ended with accommodation secured", "%", "month",
     (57.4, 61.2, 55.9, 60.3, "n/a", 58.7, 62.1, 59.5), 59.3, 59.5, 60.0, "Amber", "\u2191",
     "August not available: the H-CLIC case system was being upgraded."),
    ("HS03", "Average days to re-let council homes", "Days", "month",
     (None, None, None, 48.2, 44.6, 41.0, 39.3, 36.8), None, 35.0, 35.0, "Green", None,
     "New measure from July with the new voids process; no year-to-date figure this year."),
    ("Environment",),
    ("EN01", "Household waste reused, recycled or composted " + LAG, "%", "month",
     (52.1, 54.8, 55.2, 53.9, 51.7, 50.4, 48.9, None), 52.5, 50.5, 52.0, "Amber", "\u2193",
     "October is the latest month (tonnage from the reprocessors a month in arrears)."),
    ("EN02", "Missed bin collections per 100,000 collections", "Rate", "month",
     (61, 48, 52, 57, 70, 49, 45, 43), 53, 52, 60, "Green", "\u2191",
     "August spike during the round changes."),
    ("EN03", "Fly-tipping incidents reported", "No.", "month",
     (312, 298, 341, 356, 330, 287, 305, 262), 2491, "\u2013", "\u2013", None, None,
     "Demand measure, no target."),
    ("People",),
    ("AS01", "Adult safeguarding enquiries concluded within 28 days " + LAG, "%", "month",
     (78.5, 80.2, 82.9, 81.6, 79.4, 83.8, 85.1, None), 81.7, "TBC", 85.0, None, "\u2191",
     "October is the latest month. Forecast to be confirmed once the new triage team has "
     "been in place for a quarter."),
    ("CH01", "Referrals to children's social care", "No.", "month",
     (402, 388, 415, 361, 297, 428, 446, 419), 3156, "\u2013", "\u2013", None, None,
     "Demand measure, no target."),
    ("HR01", "Working days lost to sickness absence per FTE (cumulative)", "Days", "cumulative",
     (0.8, 1.6, 2.4, 3.2, 4.0, 4.9, 5.8, 6.7), 6.7, 10.2, 9.5, "Red", "\u2193",
     "Musculoskeletal and stress-related absence up in the autumn."),
)  # fmt: skip


def _ytd_label(last_month: int) -> str:
    """April to the last month with a figure, as a month span."""
    return f"{LABELS[0]}\u2013{LABELS[last_month]}"


def _period(kind: str, k: int) -> str:
    """The span a month column's figure covers: its month, or April to it when cumulative."""
    if kind == "cumulative" and k > 0:
        return _ytd_label(k)
    return LABELS[k]


def build(path: Path) -> Expected:
    """Imitates a unitary council's monthly performance dashboard to Cabinet and scrutiny.

    Unitary councils' monthly performance dashboards, kept in Excel by the
    corporate performance team and taken to the Cabinet and the corporate
    overview and scrutiny committee: the year named once, in the title
    ('Monthly Performance Dashboard 2024/25'), and a line under it saying
    'Month 8 \u2013 data to the end of November'. Columns: Code, Measure,
    Unit, one column per month from 'Apr' to the latest, 'Nov' (bare month
    names), then 'YTD', 'Year-end forecast', 'Annual target', 'RAG
    (forecast v target)' as a filled word, 'Trend' (arrow against the same
    month last year) and Comments, under shaded service rows. The summary
    columns are shaded grey. A mix of measures: monthly counts (whose YTD
    is the total), monthly rates and averages (whose YTD is worked out over
    April to date), cumulative measures named '(cumulative)' whose every
    month is the position from 1 April, and a month-end snapshot (no YTD:
    greyed). Two measures marked with a dagger are a month in arrears: their
    November is blank and a note says their YTD and forecast run to
    October. Notes above and a key below the table say all this.

    A careful reader takes each month column as that month of 2024 (the
    title's 2024/25), and a cumulative measure's month as the span from
    April to that month (council tax collected to the end of June is
    'Apr 2024\u2013Jun 2024'). The YTD is a figure for April to the latest
    month with data: 'Apr 2024\u2013Nov 2024', or '\u2013Oct 2024' for the
    two measures in arrears; for a cumulative measure it is the same
    figure as its latest month, so no second observation. The snapshot
    and the new re-let measure (from July; its comment says there is no
    YTD) have no YTD figure. The year-end forecast is a projection, not an
    observation of any period, and the RAG rates that forecast against the
    annual target, as its heading and the key say, so it is no observed
    figure's rating: no observation carries a RAG. The annual target names
    no other year and every column is 2024/25, so it is on every figure of
    its row. HS02's August 'n/a' is kept as written. Demand counts have a
    '\u2013' target. The Unit column gives units; nothing states polarity
    (the trend arrow says better or worse, not which way is good).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Calderbrook Council \u2013 Monthly Performance Dashboard 2024/25")
    sheet["A2"] = "Month 8 \u2013 data to the end of November"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Cabinet and Corporate Overview and Scrutiny Committee"
    sheet["A4"] = (
        "Measures marked (cumulative) show the position from 1 April to the end of each month. "
        f"{LAG} Reported one month in arrears: latest month October; YTD and forecast to the "
        "end of October."
    )
    sheet["A4"].font = Font(italic=True, size=9)
    put = sheet.cell
    for col, head in enumerate(HEADINGS, start=1):
        cell = put(row=HEAD_ROW, column=col, value=head)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    ncol = len(HEADINGS)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            put(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                put(row=row, column=col).fill = SECTION_FILL
                put(row=row, column=col).border = GRID
            row += 1
            continue
        code, name, unit, kind, months, ytd, forecast, target, rag, trend, comment = spec
        assert isinstance(months, tuple)
        cells = [code, name, unit, *months, ytd, forecast, target, rag, trend, comment]
        for col, value in enumerate(cells, start=1):
            cell = put(row=row, column=col)
            cell.border = GRID
            if value is not None:
                cell.value = value
            if COL_MONTH <= col <= COL_TARGET:
                cell.alignment = Alignment(horizontal="right")
                if isinstance(value, float):
                    cell.number_format = "0.0"
                elif isinstance(value, int) and value >= 1000:
                    cell.number_format = "#,##0"
            if COL_YTD <= col <= COL_TARGET:
                cell.fill = SUMMARY_FILL
        if kind == "snapshot":
            put(row=row, column=COL_YTD).fill = NOT_APPLICABLE
        for k, value in enumerate(months):
            if value is None and any(v is not None for v in months[:k]):
                put(row=row, column=COL_MONTH + k).fill = NOT_APPLICABLE
        put(row=row, column=COL_RAG).alignment = Alignment(horizontal="center")
        put(row=row, column=COL_TREND).alignment = Alignment(horizontal="center")
        put(row=row, column=COL_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"O{row}", RAG_FILL[str(rag)])
        goal = num(target)
        plain = str(name).replace(LAG, "").strip()
        given = [k for k, v in enumerate(months) if v is not None]
        taken: set[str] = set()
        for k in given:
            value = months[k]
            period = _period(str(kind), k)
            taken.add(period)
            exp.observations.append(Obs(str(code), plain, period, num(value), text_of(value), goal))
        if ytd is not None:
            span = _ytd_label(given[-1])
            if span in taken:  # a cumulative measure: YTD repeats its latest month
                assert kind == "cumulative" and ytd == months[given[-1]]
            else:
                exp.observations.append(Obs(str(code), plain, span, num(ytd), text_of(ytd), goal))
        exp.add_meta(str(code), plain, None, UNIT[str(unit)])
        row += 1
    key = (
        "YTD: for monthly counts the total from 1 April; for percentages and averages the "
        "figure over all cases from 1 April; for cumulative measures the latest month. "
        "Month-end snapshots have no YTD (grey).",
        "RAG compares the year-end forecast with the annual target: Green \u2013 forecast to "
        "meet or beat the target; Amber \u2013 forecast within 5% of it; Red \u2013 forecast to "
        "miss it by more than 5%. No RAG where there is no target or the forecast is TBC.",
        "Trend: \u2191 better than the same month last year; \u2193 worse; \u2192 no change.",
        "\u2013 no target (demand measure). n/a not available. TBC to be confirmed. Grey: no "
        "figure is due.",
    )
    for j, line in enumerate(key, start=row + 1):
        put(row=j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 52, "C": 6, "L": 9, "M": 10, "N": 9, "O": 11, "P": 7, "Q": 56}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for col in range(COL_MONTH, COL_MONTH + len(MONTHS)):
        sheet.column_dimensions[chr(64 + col)].width = 7.5
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
