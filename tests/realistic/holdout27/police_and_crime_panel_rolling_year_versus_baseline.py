"""A police and crime commissioner's Plan measures: baseline year, rolling 12 months a year apart, change and an assessment word."""

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
    new_book,
    save,
    title,
)

SHEET = "Plan measures"
BAND_ROW = 5
HEAD_ROW = 6
# Plan baseline year, the same 12 months a year earlier, the latest rolling 12 months.
PERIODS = ("2021/22", "Oct 2022\u2013Sep 2023", "Oct 2023\u2013Sep 2024")
HEADINGS = ("Ref", "Police and Crime Plan measure", "Plan aim", "2021/22",
            "12 months to Sep 2023", "12 months to Sep 2024", "Volume", "%", "Assessment",
            "Commentary")  # fmt: skip
COL_FIRST_VALUE, COL_VOLUME, COL_PCT, COL_ASSESS, COL_NOTE = 4, 7, 8, 9, 10
POLARITY = {"Reduce": "lower_is_better", "Increase": "higher_is_better"}
GOOD = {"Reduce": "reduction", "Increase": "increase"}  # the aim's direction in SPC words
NEUTRAL = ("Stable", "No significant change")
NOT_ASSESSED = "Not assessed"
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FFA6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a Plan priority row. Otherwise: ref, measure, aim, kind (n: count, r: rate,
# p: percentage in points, s: seconds), 2021/22, 12 months to Sep 2023, 12 months to Sep 2024
# (None: blank; words as typed), assessment, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1 \u2013 Preventing crime and keeping communities safe",),
    ("CS1", "Total recorded crime (excluding fraud)", "Reduce", "n", 97412, 104876, 101233,
     "Improving", "Down on the previous year but still 3.9% above the 2021/22 baseline; theft "
     "offences account for most of the gap."),
    ("CS2", "Residential burglary", "Reduce", "n", 4812, 4377, 3902, "Significant reduction",
     "Below the lower control limit since May; repeat-victim visits in six wards."),
    ("CS3", "Violence with injury", "Reduce", "n", 9104, 9986, 10102, "No significant change",
     None),
    ("CS4", "Knife crime (possession, and assault with a bladed article)", "Reduce", "n",
     1118, 1204, 1397, "Significant increase",
     "Above the upper control limit in June, July and September; half the rise is possession "
     "offences found through stop and search."),
    ("CS5", "Shoplifting", "Reduce", "n", 5406, 7918, 9655, "Significant increase",
     "In line with the national rise; more retailers now report through the online form."),
    ("CS6", "Anti-social behaviour incidents", "Reduce", "n", 31250, 27644, 25108, "Improving",
     None),
    ("CS7", "Neighbourhood crime per 1,000 population", "Reduce", "r", 11.9, 11.2, 10.4,
     "Improving", "Burglary, robbery, theft from the person and vehicle crime."),
    ("CS8", "People killed or seriously injured in road collisions", "Reduce", "n", 702, 655,
     "TBC", NOT_ASSESSED,
     "Collision data are validated to June 2024; the 12 months to September will be reported "
     "to the January Panel."),
    ("Priority 2 \u2013 Supporting victims and protecting vulnerable people",),
    ("VS1", "Domestic abuse crimes recorded", "Increase", "n", 13882, 15106, 15391, "Stable",
     "The Plan aims to increase reporting of domestic abuse; the rise has slowed since April."),
    ("VS2", "Rape offences recorded", "Monitor", "n", 1204, 1316, 1289, NOT_ASSESSED,
     "Monitored without an aim: a rise can reflect more confidence to report."),
    ("VS3", "Victims satisfied with the whole experience (%)", "Increase", "p", 71.4, 68.9,
     66.2, "Deteriorating",
     "Dissatisfaction is mostly with being kept informed; a victim update pilot began in "
     "September."),
    ("VS4", "Domestic abuse victims satisfied with the whole experience (%)", "Increase", "p",
     None, None, 78.5, NOT_ASSESSED,
     "New measure: the survey of domestic abuse victims began in October 2023, so there is no "
     "earlier year to compare."),
    ("VS5", "Repeat victims of domestic abuse within 12 months (%)", "Reduce", "p", 31.2, 29.8,
     29.1, "Improving", None),
    ("Priority 3 \u2013 Bringing offenders to justice",),
    ("OJ1", "Crimes solved: charge or summons, all crime (%)", "Increase", "p", 6.1, 6.6, 7.4,
     "Improving", None),
    ("OJ2", "Rape offences: charge or summons rate (%)", "Increase", "p", 2.9, 3.4, 4.6,
     "Significant increase",
     "Joint investigation model with the CPS in place since January."),
    ("OJ3", "Domestic abuse: charge or summons rate (%)", "Increase", "p", 8.4, 8.1, 8.2,
     "Stable", None),
    ("OJ4", "Domestic abuse crimes where the victim does not support action (outcome 16) (%)",
     "Reduce", "p", 54.3, 52.0, 53.1, "Deteriorating",
     "Body-worn video evidence-led prosecutions are being reviewed with the CPS."),
    ("Priority 4 \u2013 An effective and efficient police service",),
    ("PS1", "999 calls answered within 10 seconds (%)", "Maintain", "p", "n/a", 88.6, 92.3,
     "Improving",
     "BT answer-time data are held only from April 2022, so there is no baseline. Above the "
     "national standard every month since March."),
    ("PS2", "101 calls: average time to answer (seconds)", "Reduce", "s", 245, 312, 198,
     "Improving", "Call-back option and online reporting introduced in February."),
    ("PS3", "101 calls abandoned (%)", "Reduce", "p", 14.8, 19.2, 11.6, "Improving", None),
    ("PS4", "Emergency incidents attended within the target time (%)", "Maintain", "p", 84.1,
     83.5, 83.2, "Stable", "Target times: 15 minutes urban, 20 minutes rural."),
)  # fmt: skip

KEY = (
    "Assessment against the Plan aim \u2013 the latest 12 months compared with the previous 12 "
    "months:",
    "Improving (green): moved in the direction of the Plan aim by more than 2%.  Stable (amber): "
    "within 2% either way.  Deteriorating (red): moved against the Plan aim by more than 2%.",
    "Crime types tested on control charts (statistical process control, 3-sigma limits): "
    "Significant reduction or Significant increase \u2013 green when in the direction of the "
    "Plan aim, red when against it; No significant change (amber).",
    "Maintain measures: Improving or Deteriorating when performance is more than 2% better or "
    "worse than the previous 12 months, Stable otherwise.",
    "Not assessed: a new measure, latest data not yet available, or a Monitor measure (no aim "
    "set).  n/a: not available.  TBC: to be confirmed.  Volume change for percentages is in "
    "percentage points (pp).",
    "Source: force crime and incident systems, Home Office outcomes data, victim satisfaction "
    "surveys. OPCC Performance and Analysis Team. All figures are provisional.",
)


def _rating(aim: str, assessment: str) -> Rag | None:
    """The colour the key gives an assessment word for a measure with this aim."""
    if assessment == NOT_ASSESSED:
        return None
    if assessment in ("Improving", f"Significant {GOOD.get(aim, '')}"):
        return "green"
    if assessment in NEUTRAL:
        return "amber"
    return "red"


def _formats(kind: str) -> tuple[str, str]:
    """The figure's number format and its volume change's, by kind."""
    return {
        "n": ("#,##0", "+#,##0;-#,##0;0"),
        "r": ("0.0", "+0.0;-0.0;0.0"),
        "p": ("0.0%", '+0.0"pp";-0.0"pp";0.0"pp"'),
        "s": ("0", "+0;-0;0"),
    }[kind]


def build(path: Path) -> Expected:
    """Imitates a police and crime commissioner's performance report to the police and crime panel.

    An OPCC's half-yearly 'Police and Crime Plan Performance Report' to the
    Police and Crime Panel (the councillors and independent members who
    scrutinise the commissioner), kept in Excel by the OPCC's performance
    analyst from force data. Police and Crime Plans set no numeric targets,
    only an aim for each measure ('Reduce', 'Increase', 'Maintain', or
    'Monitor' with no aim), so each measure is shown for the Plan's baseline
    year (2021/22), the rolling 12 months to the latest month a year earlier
    ('12 months to Sep 2023') and now ('12 months to Sep 2024'), the change
    on the previous 12 months in volume (percentage points for rates,
    signed number formats) and % under a merged 'Change on previous 12
    months' band, and an 'Assessment' word in a cell filled green, amber or
    red: Improving / Stable / Deteriorating, or, for crime types tested on
    control charts, Significant reduction / Significant increase / No
    significant change, coloured by whether the change is in the direction
    of the aim. Percentages are fractions under '0.0%'. Priority rows are
    shaded; the key and source are printed under the table.

    A careful reader takes the three figures of each row as observations
    for 2021/22, October 2022 to September 2023 and October 2023 to
    September 2024; the change columns are derived, not observations. There
    is no target anywhere. The assessment is the sheet's rating of the
    latest 12 months, its colour as the key gives it: 'Significant
    increase' is red for knife crime (aim Reduce) and green for the rape
    charge rate (aim Increase). 'Not assessed' is no rating: road deaths
    and injuries have a 'TBC' latest figure (kept as text), rape offences
    are only monitored, and the domestic abuse satisfaction survey is new,
    with only its latest figure. The 999 measure's baseline is 'n/a'. The
    aim states polarity for Reduce (lower is better) and Increase (higher
    is better) measures; Maintain and Monitor state none. No units column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Police and Crime Plan 2021\u201325: Performance Report")
    sheet["A2"] = (
        "Office of the Police and Crime Commissioner \u2013 report to the Police and Crime Panel, "
        "21 November 2024 (agenda item 6)"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Rolling 12 months to 30 September 2024 compared with the same 12 months a year earlier "
        "and with the Plan baseline year 2021/22 (April 2021 to March 2022)."
    )
    sheet["A3"].font = Font(size=9)
    ncol = len(HEADINGS)
    for col in range(1, ncol + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    sheet.cell(row=BAND_ROW, column=4, value="Plan baseline")
    sheet.cell(row=BAND_ROW, column=5, value="Rolling 12 months")
    sheet.merge_cells(start_row=BAND_ROW, start_column=5, end_row=BAND_ROW, end_column=6)
    sheet.cell(row=BAND_ROW, column=7, value="Change on previous 12 months")
    sheet.merge_cells(start_row=BAND_ROW, start_column=7, end_row=BAND_ROW, end_column=8)
    for col, heading in enumerate(HEADINGS, start=1):
        sheet.cell(row=HEAD_ROW, column=col, value=heading)
    sheet.row_dimensions[HEAD_ROW].height = 30
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, aim, kind, *cells, assessment, note = spec
        figure_format, change_format = _formats(str(kind))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = BOX
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=aim).alignment = Alignment(horizontal="center")
        for k, typed in enumerate(cells):
            if typed is None:
                continue
            value = (
                round(typed / 100, 6) if kind == "p" and isinstance(typed, int | float) else typed
            )
            cell = sheet.cell(row=row, column=COL_FIRST_VALUE + k, value=value)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(value, int | float):
                cell.number_format = figure_format
        before, latest = cells[1], cells[2]
        volume = sheet.cell(row=row, column=COL_VOLUME)
        pct = sheet.cell(row=row, column=COL_PCT)
        if isinstance(before, int | float) and isinstance(latest, int | float):
            volume.value = round(latest - before, 1)
            volume.number_format = change_format
            pct.value = round((latest - before) / before, 3)
            pct.number_format = "+0.0%;-0.0%;0.0%"
        else:
            volume.value = pct.value = "\u2013"
        volume.alignment = pct.alignment = Alignment(horizontal="right")
        rag = _rating(str(aim), str(assessment))
        cell = sheet.cell(row=row, column=COL_ASSESS, value=assessment)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        if rag:
            colour = {"green": GREEN_FILL, "amber": AMBER_FILL, "red": RED_FILL}[rag]
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
            if rag == "red":
                cell.font = Font(color="FFFFFFFF", bold=True)
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(wrap_text=True)
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            typed = cells[k]
            number = float(typed) if isinstance(typed, int | float) else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    number,
                    None if number is not None else str(typed),
                    None,
                    rag if k == 2 else None,
                )
            )
        exp.add_meta(str(ref), str(name), POLARITY.get(str(aim)), None)
        row += 1
    row += 1
    for line in KEY:
        sheet.cell(row=row, column=1, value=line).font = Font(size=9, italic=True)
        row += 1
    widths = {"A": 6, "B": 52, "C": 10, "D": 11, "E": 13, "F": 13, "G": 10, "H": 9, "I": 16,
              "J": 60}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
