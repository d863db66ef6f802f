"""A fire and rescue authority's quarterly report: incidents, casualties, prevention and mm:ss response times, rated on the year to date."""

from __future__ import annotations

from datetime import time
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
    save,
    title,
)

SHEET = "Q3 2024-25"
BAND_ROW = 7
HEAD_ROW = 8
FIRST = HEAD_ROW + 1
# Q1..Q3 2024/25, the same quarter last year, then the year to date (1 April to 31 December 2024)
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q3 2023/24", "Apr 2024\u2013Dec 2024")
YTD = 4  # the only period the 'YTD target' is for, and the one the RAG rates
HEADINGS = ("Ref", "Measure", "Unit", "Q1 24/25", "Q2 24/25", "Q3 24/25", "Q3 23/24",
            "YTD 24/25 (Apr\u2013Dec)", "YTD target", "RAG", "Commentary")  # fmt: skip
COL_FIRST_VALUE, COL_TARGET, COL_RAG, COL_NOTE = 4, 9, 10, 11
NCOL = len(HEADINGS)
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"No.": "number", "%": "%", "mm:ss": "seconds", "Rate": "rate", "Days": "days"}
FORMAT = {"No.": "#,##0", "%": "0.0", "mm:ss": "mm:ss", "Rate": "0.0", "Days": "0.0"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF7B0C0C", end_color="FF7B0C0C")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFF2DCDB", end_color="FFF2DCDB")
LAST_YEAR_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _t(minutes: int, seconds: int) -> time:
    """A response time as the mobilising system's report gives it: an Excel time shown mm:ss."""
    return time(0, minutes, seconds)


# A 1-tuple is a section row. Otherwise: ref, measure, unit, the five figure cells as typed
# (Q1, Q2, Q3 2024/25, Q3 2023/24, YTD; None: blank), YTD target as typed ('\u2013' where
# none), RAG word (None: not rated), commentary. Times are Excel times or Fire Control's text.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Incidents attended",),
    ("IR01", "Total incidents attended", "No.",
     (2614, 2988, 2402, 2537, 8004), "\u2013", None,
     "Monitored, no target. Q2 was raised by 214 grass and field fires in the August heat."),
    ("IR02", "Primary fires (dwellings, other buildings, vehicles, outdoor structures)", "No.",
     (312, 368, 241, 263, 921), 960, "Green", None),
    ("IR03", "Accidental dwelling fires", "No.",
     (98, 87, 104, 112, 289), 285, "Amber",
     "Cooking remains the cause of 52% of accidental dwelling fires; the Q3 winter campaign "
     "targeted kitchen safety in flats."),
    ("IR04", "Deliberate fires (primary and secondary)", "No.",
     (421, 566, 298, 275, 1285), 1150, "Red",
     "Secondary deliberate fires in the dry summer (402 in Q2) put the year out of reach; "
     "joint patrols with the police continue in the three hotspot wards."),
    ("IR05", "False alarms caused by automatic fire alarm systems", "No.",
     (688, 702, 731, 694, 2121), 2000, "Amber",
     "Call challenging for non-residential premises in daytime starts on 1 April 2025."),
    ("IR06", "Road traffic collisions attended", "No.",
     (201, 214, 236, 228, 651), "\u2013", None, "Monitored, no target."),
    ("IR07", "Accidental dwelling fires per 10,000 dwellings", "Rate",
     (2.6, 2.3, 2.8, 3.0, 7.7), 7.6, "Amber", None),
    ("Fire casualties",),
    ("CA01", "Fire-related deaths", "No.",
     (1, 0, 2, 1, 3), "\u2013", None,
     "Both Q3 deaths were in accidental dwelling fires; fatal fire reviews are under way with "
     "adult social care."),
    ("CA02", "Injuries in accidental dwelling fires (excluding precautionary checks)", "No.",
     (9, 6, 11, 8, 26), 24, "Amber", None),
    ("Prevention and protection",),
    ("PP01", "Home fire safety visits completed", "No.",
     (2318, 2406, 2190, 2051, 6914), 6750, "Green", None),
    ("PP02", "Home fire safety visits to households at higher risk", "%",
     (71.4, 73.9, 76.2, 68.5, 73.8), 70.0, "Green",
     "Referrals from partners (adult social care, housing, ambulance) now make up 41% of visits."),
    ("PP03", "Fire safety audits of high-risk premises", "No.",
     (142, 155, "TBC", 131, "TBC"), 450, None,
     "Q3 audits are still being entered after the upgrade of the protection database; confirmed "
     "figures will be in the Q4 report."),
    ("Response",),
    ("RS01", "Average response time to primary fires (call to first fire engine in attendance)",
     "mm:ss", (_t(8, 41), _t(8, 55), _t(8, 37), _t(8, 49), _t(8, 45)), _t(9, 0), "Green", None),
    ("RS02", "Average response time to accidental dwelling fires", "mm:ss",
     (_t(7, 52), _t(8, 4), _t(8, 19), _t(7, 58), _t(8, 5)), _t(8, 0), "Amber",
     "Slower in Q3: two rural stations were off the run for 11% of the quarter."),
    ("RS03", "Average response time to road traffic collisions", "mm:ss",
     (_t(10, 12), _t(9, 48), _t(10, 31), _t(10, 5), _t(10, 11)), _t(10, 0), "Amber", None),
    ("RS04", "Dwelling fires where the first fire engine arrived within 10 minutes", "%",
     (81.6, 79.3, 77.9, 80.4, 79.7), 80.0, "Amber", None),
    ("RS05", "Average call handling time in Fire Control (call answered to crews alerted)",
     "mm:ss", ("1m 24s", "1m 19s", "1m 31s", "1m 28s", "1m 25s"), "1m 30s", "Green",
     "From Fire Control's monthly report."),
    ("RS06", "On-call fire engine availability", "%",
     (68.2, 71.5, 64.9, None, 68.2), 75.0, "Amber",
     "New measure for 2024/25, so no figure for last year. On-call recruitment: 14 new "
     "firefighters start in February."),
    ("RS07", "Wholetime fire engine availability", "%",
     (98.7, 98.1, "n/a", 98.4, None), 98.0, None,
     "Q3 n/a: availability reports are being rebuilt for the new crewing system; Q3 will be "
     "reported with Q4."),
    ("People",),
    ("PE01", "Working days lost to sickness per employee", "Days",
     (2.4, 2.6, 2.9, 2.7, 7.9), 7.5, "Amber",
     "Musculoskeletal injuries account for 38% of days lost."),
)  # fmt: skip

NOTES = (
    "Incident figures are from the Incident Recording System and are provisional: Q3 figures "
    "may change as incident reports are completed. Response times run from the time of call "
    "to the first fire engine in attendance, in minutes and seconds (mm:ss).",
    "Year to date (YTD) = 1 April to 31 December 2024. RAG compares the year to date with the "
    "YTD target: Green \u2013 target met; Amber \u2013 within 10% of target; Red \u2013 more "
    "than 10% worse than target. \u2013 = monitored, no target. TBC = to be confirmed; n/a = "
    "not available.",
)


def _seconds(value: object) -> float | None:
    """A time as a reader takes it, in seconds: 08:41 is 521, '1m 24s' is 84."""
    if isinstance(value, time):
        return float(value.minute * 60 + value.second)
    if isinstance(value, str) and value.endswith("s") and "m " in value:
        minutes, seconds = value.removesuffix("s").split("m ")
        return float(int(minutes) * 60 + int(seconds))
    return None


def _reading(unit: object, value: object) -> tuple[float | None, str | None]:
    """The number a reader takes from a cell, or the text kept when it is not one."""
    if unit == "mm:ss":
        seconds = _seconds(value)
        if seconds is not None:
            return seconds, None
    if isinstance(value, int | float):
        return float(value), None
    return None, str(value)


def build(path: Path) -> Expected:
    """Imitates a fire and rescue authority's quarterly performance report to its scrutiny committee.

    A combined fire authority's service reports to its Performance and
    Scrutiny Committee each quarter with an appendix kept in Excel by the
    service's performance team: incidents from the Home Office Incident
    Recording System (fires, false alarms, road traffic collisions), fire
    deaths and injuries, home fire safety visits and protection audits,
    response times from the mobilising system, and sickness. Ref, Measure,
    Unit (No., %, mm:ss, Rate, Days), 'Q1 24/25'..'Q3 24/25' under a
    merged '2024/25' band, a grey 'Q3 23/24' under 'Same quarter last
    year', then under 'Year to date' the 'YTD 24/25 (Apr\u2013Dec)' figure
    and the 'YTD target', a filled RAG word and Commentary, under shaded
    theme rows. Response times are Excel times shown mm:ss (08:41), as the
    mobilising system's report pastes them; Fire Control's call handling
    times are typed from its own report as text ('1m 24s'), target too.
    Notes under the title say the data are provisional, what the response
    time measures, what the year to date covers and how the RAG is set
    (year to date against the YTD target).

    A careful reader takes the quarter columns as Q1..Q3 2024/25, the grey
    column as Q3 2023/24, and the year to date as April to December 2024
    (Apr 2024\u2013Dec 2024). The YTD target is the year to date's target
    only, and the RAG rates the year to date, as the notes say; the
    quarters and last year's quarter have no target. Times are durations
    in seconds (08:41 is 521 seconds, '1m 24s' 84). The audits' Q3 and
    YTD 'TBC' and wholetime availability's Q3 'n/a' are kept as text and
    unrated (availability has no year to date); on-call availability is
    new, with no figure for last year; total incidents, RTCs and fire
    deaths are monitored with a '\u2013' target and no RAG. Units come
    from the Unit column (mm:ss as seconds); nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Wyvernshire Fire and Rescue Service \u2013 Quarterly Performance Report")
    sheet["A2"] = "Quarter 3 2024/25 (1 October to 31 December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Wyvernshire Fire Authority \u2013 Performance and Scrutiny Committee, 13 February 2025 "
        "\u2013 Appendix A"
    )
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col in range(1, NCOL + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    for first, last, text in ((4, 6, "2024/25"), (7, 7, "Same quarter last year"),
                              (8, 9, "Year to date")):  # fmt: skip
        sheet.cell(row=BAND_ROW, column=first, value=text)
        if last > first:
            sheet.merge_cells(
                start_row=BAND_ROW, start_column=first, end_row=BAND_ROW, end_column=last
            )
    for col, heading in enumerate(HEADINGS, start=1):
        sheet.cell(row=HEAD_ROW, column=col, value=heading)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, cells, target, rag, note = spec
        assert isinstance(cells, tuple)
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=unit).alignment = Alignment(horizontal="center")
        for k, typed in enumerate((*cells, target)):
            cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k)
            cell.alignment = Alignment(horizontal="right")
            if k == 3:
                cell.fill = LAST_YEAR_FILL
            if typed is None:
                continue
            cell.value = typed
            if not isinstance(typed, str):
                cell.number_format = FORMAT[str(unit)]
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        goal = _reading(unit, target)[0]
        for k, typed in enumerate(cells):
            if typed is None:
                continue
            figure, words = _reading(unit, typed)
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    figure,
                    words,
                    goal if k == YTD else None,
                    RAG[str(rag)] if rag and k == YTD else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: Incident Recording System; mobilising system response reports; Fire "
        "Control monthly report; community safety and protection databases; HR system.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 58, "C": 7, "D": 10, "E": 10, "F": 10, "G": 10, "H": 12, "I": 10,
              "J": 8, "K": 60}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    sheet.print_title_rows = f"{BAND_ROW}:{HEAD_ROW}"
    save(book, path)
    return exp
