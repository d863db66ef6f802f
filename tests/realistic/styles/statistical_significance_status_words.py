"""A public health profile table: value with 95% confidence limits, England, and 'Compared with England' words."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "Health profile"
KEY_ROW = 4
HEAD_ROW = 12
# The profile's comparison colours: green, amber, red for a judged difference; two blues
# where a difference is not judged better or worse; white for not compared.
FILLS = {
    "Better": "FF92D050",
    "Similar": "FFFFC000",
    "Worse": "FFC00000",
    "Higher": "FF9DC3E6",
    "Lower": "FF2E75B6",
    "Not compared": "FFFFFFFF",
}
RAG: dict[str, Rag] = {"Better": "green", "Similar": "amber", "Worse": "red"}
POLARITY = {
    "Higher is better": "higher_is_better",
    "Lower is better": "lower_is_better",
    "Not applicable": "none",
}
KEY = (
    ("Better", "Significantly better than England (95% confidence)"),
    ("Similar", "Not significantly different from England"),
    ("Worse", "Significantly worse than England (95% confidence)"),
    ("Higher", "Significantly higher than England \u2013 no judgement of better or worse"),
    ("Lower", "Significantly lower than England \u2013 no judgement of better or worse"),
    ("Not compared", "No statistical comparison made"),
)
HEAD = PatternFill(fill_type="solid", start_color="FF3B3B6D", end_color="FF3B3B6D")
SECTION = PatternFill(fill_type="solid", start_color="FFE7E6E6", end_color="FFE7E6E6")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a domain row. Otherwise: indicator, period as printed, canonical period,
# count, value, lower CI, upper CI, England, compared with England, polarity.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Wider determinants of health",),
    ("Children in relative low income families (under 16s) (%)", "2022/23", "2022/23",
     5412, 21.4, None, None, 19.8, "Not compared", "Lower is better"),
    ("Pupils achieving a good level of development at the end of Reception (%)", "2022/23",
     "2022/23", 1398, 64.1, 62.4, 65.8, 67.2, "Worse", "Higher is better"),
    ("Homelessness: households owed a duty, rate per 1,000", "2023/24", "2023/24", 812, 13.9,
     13.0, 14.9, 13.1, "Worse", "Lower is better"),
    ("Violent crime: hospital admissions for violence, rate per 100,000", "2022/23",
     "2022/23", 164, 31.2, 26.6, 36.4, 35.0, "Similar", "Lower is better"),
    ("Health improvement",),
    ("Smoking prevalence in adults (18+), current smokers (APS) (%)", "2023", "2023", None,
     12.6, 9.8, 15.4, 11.6, "Similar", "Lower is better"),
    ("Percentage of physically active adults (%)", "2022/23", "2022/23", None, 69.8, 66.9, 72.6,
     67.1, "Similar", "Higher is better"),
    ("Year 6: prevalence of obesity (including severe obesity) (%)", "2023/24", "2023/24", 402,
     24.6, 22.6, 26.8, 22.1, "Worse", "Lower is better"),
    ("Under 18s conception rate per 1,000", "2021", "2021", 58, 11.9, 9.0, 15.4, 13.1,
     "Similar", "Lower is better"),
    ("Admission episodes for alcohol-specific conditions, rate per 100,000", "2022/23", "2022/23",
     1069, 598.0, 562.4, 635.1, 612.0, "Similar", "Lower is better"),
    ("Health protection",),
    ("Population vaccination coverage: MMR for two doses (5 years old) (%)", "2023/24", "2023/24",
     2101, 86.9, None, None, 83.9, "Better", "Higher is better"),
    ("Chlamydia detection rate per 100,000 aged 15 to 24", "2023", "2023", 356, 1512.0, 1359.0,
     1677.0, 1555.0, "Similar", "Not applicable"),
    ("TB incidence (three year average), rate per 100,000", "2021 - 23", "2021\u20132023", 41,
     4.6, 3.3, 6.2, 8.2, "Lower", "Not applicable"),
    ("Healthcare and premature mortality",),
    ("Life expectancy at birth (Male), years", "2021 - 23", "2021\u20132023", None, 78.1, 77.6,
     78.6, 79.1, "Worse", "Higher is better"),
    ("Life expectancy at birth (Female), years", "2021 - 23", "2021\u20132023", None, 82.4, 81.9,
     82.9, 83.1, "Worse", "Higher is better"),
    ("Under 75 mortality rate from cardiovascular disease, per 100,000", "2021 - 23",
     "2021\u20132023", 512, 82.6, 75.6, 90.1, 77.1, "Similar", "Lower is better"),
    ("Suicide rate, persons, per 100,000", "2021 - 23", "2021\u20132023", 52, 11.8, 8.8, 15.5,
     10.7, "Similar", "Lower is better"),
    ("Emergency hospital admissions for intentional self-harm, per 100,000", "2022/23",
     "2022/23", 498, 212.7, 194.3, 232.3, 126.3, "Worse", "Lower is better"),
    ("Deaths from drug misuse, per 100,000", "2021 - 23", "2021\u20132023", 9, "*", None, None,
     5.5, "Not compared", "Lower is better"),
    ("Cancer screening coverage: breast cancer (%)", "2024", "2024", 21874, 71.3, 70.7, 71.9,
     69.9, "Higher", "Not applicable"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district's public health profile table in a health scrutiny committee report.

    Built the way a public health analyst copies an OHID Fingertips area
    profile ('Local Authority Health Profiles', the spine chart) into the
    committee's appendix: one row per indicator under shaded domain rows,
    with Period (as Fingertips prints it: '2022/23', '2021 - 23', '2023'),
    Count, Value, 'Lower 95% CI', 'Upper 95% CI', England, 'Compared with
    England' as a word in a cell filled with the profile's colour, and
    'Polarity' ('Higher is better', 'Lower is better', 'Not applicable').
    A key above the table gives each word, its colour and its meaning:
    Better (green), Similar (amber), Worse (red) at 95% confidence; Higher
    and Lower (blues) where no judgement of better or worse is made; Not
    compared (white). Rough edges: some rows have no count or no
    confidence limits (survey measures, modelled estimates), a suppressed
    '*' value, three-year pooled periods beside single years.

    A careful reader records each row's value as the local area's
    observation for its period (a pooled '2021 - 23' as '2021\u20132023',
    '2023' as the calendar year, '2022/23' as the financial year) and does not take England's value or the confidence limits as
    observations. The comparison words are the sheet's published rating,
    and the key fixes their colours: Better is green, Similar amber, Worse
    red, and these are recorded as the rating. Higher, Lower and Not
    compared are in colours outside red/amber/green and the key says they
    make no judgement, so they carry no rating. This is a benchmark against
    England rather than a target, so no target is recorded. 'Not
    applicable' polarity is recorded as no polarity ('none'); the others as
    stated. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Public health profile: Ashbourne District compared with England")
    sheet["A2"] = (
        "Source: OHID Fingertips, Local Authority Health Profiles, data as published "
        "November 2024. Health Scrutiny Committee, 21 January 2025 \u2013 Appendix 2."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    sheet.cell(row=KEY_ROW - 1, column=1, value="Key: compared with England").font = Font(bold=True)
    for k, (word, meaning) in enumerate(KEY):
        r = KEY_ROW + k
        put_row(sheet, r, 1, [word, meaning])
        sheet.cell(row=r, column=1).fill = PatternFill(
            fill_type="solid", start_color=FILLS[word], end_color=FILLS[word]
        )
        sheet.cell(row=r, column=1).alignment = Alignment(horizontal="center")
        if word in ("Worse", "Lower"):
            sheet.cell(row=r, column=1).font = Font(color="FFFFFFFF")
    heads = ["Indicator", "Period", "Count", "Value", "Lower 95% CI", "Upper 95% CI", "England",
             "Compared with England", "Polarity"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        name, printed, period, count, value, low, high, england, compared, polarity = spec
        put_row(
            sheet, row, 1, [name, printed, count, value, low, high, england, compared, polarity]
        )
        status = sheet.cell(row=row, column=8)
        status.fill = PatternFill(
            fill_type="solid", start_color=FILLS[str(compared)], end_color=FILLS[str(compared)]
        )
        status.alignment = Alignment(horizontal="center")
        if compared in ("Worse", "Lower"):
            status.font = Font(color="FFFFFFFF")
        sheet.cell(row=row, column=2).alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=3).number_format = "#,##0"
        for col in (4, 5, 6, 7):
            sheet.cell(row=row, column=col).number_format = "#,##0.0"
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        exp.observations.append(
            Obs(
                None,
                str(name),
                str(period),
                num(value),
                text_of(value),
                None,
                RAG.get(str(compared)),
            )
        )
        exp.add_meta(None, str(name), POLARITY[str(polarity)], None)
        row += 1
    notes = (
        "Value: the district's figure for the period shown. Counts are not shown for survey "
        "and modelled estimates.",
        "* Value suppressed: fewer than 10 deaths in the period. Confidence limits are not "
        "published for some indicators.",
        "Comparisons use the 95% confidence interval of the district's value.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["A"].width = 70
    for letter in "BCDEFG":
        sheet.column_dimensions[letter].width = 12
    sheet.column_dimensions["H"].width = 16
    sheet.column_dimensions["I"].width = 18
    save(book, path)
    return exp
