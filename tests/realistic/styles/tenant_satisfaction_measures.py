"""A council landlord's Tenant Satisfaction Measures table: TSM codes, this year's result, responses or base, last year's result, change."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

SHEET = "TSM 2024-25"
YEARS = ("2024/25", "2023/24")
PCT, RATE = "0.0%", "0.0"

# code, measure, format, 2024/25 result, responses or base, 2023/24 result
# (percentages as the fractions Excel holds under a percent format; "N/A" where it does not apply)
ROWS: tuple[tuple[object, ...], ...] = (
    ("TP01", "Proportion of respondents who report that they are satisfied with the overall service from their landlord", PCT, 0.712, 1046, 0.684),
    ("TP02", "Proportion of respondents who have received a repair in the last 12 months who report that they are satisfied with the overall repairs service", PCT, 0.735, 712, 0.716),
    ("TP05", "Proportion of respondents who report that they are satisfied that their home is safe", PCT, 0.781, 1046, 0.768),
    ("TP06", "Proportion of respondents who report that they are satisfied that their landlord listens to tenant views and acts upon them", PCT, 0.583, 1002, 0.597),
    ("TP09", "Proportion of respondents who report making a complaint in the last 12 months who are satisfied with their landlord's approach to complaints handling", PCT, 0.351, 214, 0.329),
    ("TP12", "Proportion of respondents who report that they are satisfied with their landlord's approach to handling anti-social behaviour", PCT, 0.562, 884, 0.548),
    ("BS01", "Proportion of homes for which all required gas safety checks have been carried out", "0.00%", 0.9991, 3412, 0.9985),
    ("BS05", "Proportion of homes for which all required communal passenger lift safety checks have been carried out", PCT, "N/A", 0, "N/A"),
    ("RP01", "Proportion of homes that do not meet the Decent Homes Standard", PCT, 0.018, 5912, 0.024),
    ("RP02 (1)", "Proportion of non-emergency responsive repairs completed within the landlord's target timescale", PCT, 0.872, 14206, 0.845),
    ("RP02 (2)", "Proportion of emergency responsive repairs completed within the landlord's target timescale", PCT, 0.961, 3880, 0.973),
    ("CH01 (1)", "Number of stage one complaints received per 1,000 homes", RATE, 41.3, 5912, 36.8),
    ("CH01 (2)", "Number of stage two complaints received per 1,000 homes", RATE, 6.1, 5912, 4.9),
    ("CH02 (1)", "Proportion of stage one complaints responded to within the Complaint Handling Code timescales", PCT, 0.918, 238, 0.874),
    ("NM01 (1)", "Number of anti-social behaviour cases, opened per 1,000 homes", RATE, 29.8, 5912, 31.5),
)  # fmt: skip


def _points(value: object, fmt: str) -> float:
    """The figure a reader sees: a percent cell's fraction in points, a rate as it is."""
    figure = float(str(value))
    return round(figure * 100, 6) if fmt.endswith("%") else figure


def build(path: Path) -> Expected:
    """Imitates a district council landlord's published Tenant Satisfaction Measures results.

    Since April 2023 the Regulator of Social Housing requires every
    registered provider to collect and publish its Tenant Satisfaction
    Measures each year: tenant perception measures from a survey (TP01 to
    TP12) and management information (BS01-BS05 building safety, RP01-RP02
    repairs, CH01-CH02 complaints, NM01 anti-social behaviour), some in
    parts ('RP02 (1)' non-emergency, 'RP02 (2)' emergency). The council's
    housing pages and its report to the tenants' scrutiny panel give a
    table of the headline measures: the code, the Regulator's wording, the
    2024/25 result, the number of survey responses (perception measures) or
    the base of homes or cases (management information) beside it, last
    year's result and the change in points. Results are percentages (cells
    under a percent format) or rates per 1,000 homes. The council has no
    communal passenger lifts, so BS05 is 'N/A' with a base of 0.

    A careful reader takes each code's 2024/25 and 2023/24 results as
    observations of those years (percentages in points); the responses or
    base are counts behind the result and the change column is arithmetic,
    neither of them an observation. There are no targets or ratings.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "South Kesteven District Council - Tenant Satisfaction Measures 2024/25")
    sheet["A2"] = (
        "Landlord: South Kesteven District Council (local authority registered provider, 5,912 "
        "homes). Tenant survey: 1,046 tenants by telephone, 2 September to 25 October 2024; "
        "margin of error \u00b12.9% at 95% confidence."
    )
    header = [
        "TSM code",
        "Measure",
        "2024/25 result",
        "Responses / base",
        "2023/24 result",
        "Change",
    ]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for i, (code, name, fmt, now, base, before) in enumerate(ROWS):
        r = 5 + i
        fmt = str(fmt)
        change: object = None
        if isinstance(now, float) and isinstance(before, float):
            change = round(_points(now, fmt) - _points(before, fmt), 1)
        put_row(sheet, r, 1, [code, name, now, base, before, change])
        for col in (3, 5):
            sheet.cell(row=r, column=col).number_format = fmt
        sheet.cell(row=r, column=4).number_format = "#,##0"
        sheet.cell(row=r, column=6).number_format = "+0.0;-0.0;0.0"
        sheet.cell(row=r, column=2).alignment = Alignment(wrap_text=True)
        for year, value in zip(YEARS, (now, before), strict=True):
            if isinstance(value, float):
                exp.observations.append(Obs(str(code), str(name), year, _points(value, fmt)))
            else:
                exp.observations.append(Obs(str(code), str(name), year, None, str(value)))
    foot = 5 + len(ROWS) + 1
    notes = (
        "Responses / base: for TP measures, the number of tenants who answered the question; "
        "for other measures, the number of homes, repairs or complaints the result is based on.",
        "Change: 2024/25 result minus 2023/24 result, in percentage points (or per 1,000 homes).",
        "BS05: the council has no communal passenger lifts in its housing stock.",
        "The full return, including BS02-BS04, TP03-TP04, TP07-TP08, TP10-TP11 and NM01 (2), is "
        "on the council's website.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 80
    save(book, path)
    return exp
