"""ASCOF measures coded '1C(1a)', '2A(2)', '2B(1)': percentages, survey scores and rates per 100,000, with England and region."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

SHEET = "ASCOF 2022-23"
HEADINGS = ("2020-21", "2021-22", "2022-23")
YEARS = ("2020/21", "2021/22", "2022/23")
FIRST_ROW = 6
NOT_RUN = "Survey not run"
UNIT = {"Score (out of 24)": "score", "Score (out of 12)": "score", "%": "%"}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}

# ASCOF ref, measure, unit, good is, 2020-21, 2021-22, 2022-23, England 2022-23, East Midlands 2022-23
ROWS: tuple[tuple[object, ...], ...] = (
    ("1A", "Social care-related quality of life score", "Score (out of 24)", "High",
     NOT_RUN, 19.0, 19.2, 19.0, 19.1),
    ("1B", "Proportion of people who use services who have control over their daily life", "%", "High",
     NOT_RUN, 76.1, 77.9, 77.2, 77.6),
    ("1C(1a)", "Proportion of people who use services who receive self-directed support", "%", "High",
     96.8, 97.3, 98.1, 92.5, 94.0),
    ("1C(2a)", "Proportion of people who use services who receive direct payments", "%", "High",
     25.9, 25.1, 24.3, 26.2, 23.9),
    ("1D", "Carer-reported quality of life score", "Score (out of 12)", "High",
     None, 7.1, None, None, None),
    ("1E", "Proportion of adults with a learning disability in paid employment", "%", "High",
     3.9, 4.4, 4.7, 4.8, 4.1),
    ("1G", "Proportion of adults with a learning disability who live in their own home or with their family", "%", "High",
     81.2, 82.6, 83.0, 80.5, 82.1),
    ("2A(1)", "Long-term support needs of younger adults (aged 18-64) met by admission to residential and nursing care homes",
     "Per 100,000 population aged 18-64", "Low", 16.2, 14.9, 15.8, 14.6, 15.3),
    ("2A(2)", "Long-term support needs of older adults (aged 65 and over) met by admission to residential and nursing care homes",
     "Per 100,000 population aged 65+", "Low", 612.4, 588.0, 571.3, 560.8, 602.5),
    ("2B(1)", "Proportion of older people (65 and over) who were still at home 91 days after discharge from hospital into reablement / rehabilitation services",
     "%", "High", 80.1, 83.5, 84.9, 82.3, 81.0),
    ("2B(2)", "Proportion of older people (65 and over) who received reablement / rehabilitation services after discharge from hospital",
     "%", "High", 2.6, 2.9, 3.3, 2.8, 2.5),
    ("2D", "Proportion of those who received short-term support during the year where the sequel was no ongoing support or support of a lower level",
     "%", "High", 78.9, 80.2, 81.7, 77.5, 79.8),
    ("3A", "Overall satisfaction of people who use services with their care and support", "%", "High",
     NOT_RUN, 61.8, 63.0, 64.4, 63.9),
    ("4A", "Proportion of people who use services who feel safe", "%", "High",
     NOT_RUN, 69.3, 71.2, 71.0, 70.6),
)  # fmt: skip

NOTES = (
    "Survey not run: the Adult Social Care Survey was voluntary in 2020-21 and the council did not take part.",
    "1D comes from the Survey of Adult Carers in England, run every two years (2021-22; next 2023-24).",
    "2A(1) and 2A(2) are rates per 100,000 of the population in the age group (ONS mid-year estimates); "
    "lower is better.",
    "Source: NHS England, Measures from the Adult Social Care Outcomes Framework, England 2022-23.",
)


def build(path: Path) -> Expected:
    """Imitates a county council's annual ASCOF benchmarking table for adult social care scrutiny.

    The Adult Social Care Outcomes Framework numbers its measures by
    domain and sub-measure: '1A', '1C(1a)', '1C(2a)', '2A(1)', '2A(2)',
    '2B(1)'. Councils lay the published figures out with the measure's
    reference, its description, a unit column (percentages, survey scores
    out of 24 or out of 12, and admissions per 100,000 of the population in
    the age group), a 'Good is' High/Low column, three years of the
    council's outturns, and the England and East Midlands figures for the
    latest year. The user survey was voluntary in 2020-21 ('Survey not
    run'); the carers' survey is every other year, so 1D has a 2021-22
    figure only.

    A careful reader takes each reference as the indicator's code, the
    three outturn columns as the financial years 2020/21 to 2022/23, 'Survey
    not run' as text, the unit and polarity from their columns (a rate per
    100,000 is a rate), and the England and regional columns as comparators
    for 2022/23, not as the council's own figures. There is no target.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Derbyshire County Council \u2013 Adult Social Care Outcomes Framework")
    sheet["A2"] = "Council outturns 2020-21 to 2022-23 with England and East Midlands averages"
    sheet["A3"] = "Improvement and Scrutiny Committee \u2013 People, March 2024"
    sheet["A3"].font = Font(italic=True)
    header = ["ASCOF ref", "Measure", "Unit", "Good is", *HEADINGS,
              "England 2022-23", "East Midlands 2022-23"]  # fmt: skip
    put_row(sheet, 5, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=5, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    for i, (ref, name, unit, good, *figures) in enumerate(ROWS):
        row = FIRST_ROW + i
        put_row(sheet, row, 1, [ref, name, unit, good, *figures])
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        code, nm = str(ref), str(name)
        for year, value in zip(YEARS, figures[:3], strict=True):
            if value is None:
                continue
            if isinstance(value, str):
                exp.observations.append(Obs(code, nm, year, None, value))
            else:
                exp.observations.append(Obs(code, nm, year, float(str(value))))
        exp.add_meta(code, nm, GOOD[str(good)], UNIT.get(str(unit), "rate"))
    foot = FIRST_ROW + len(ROWS) + 1
    for j, line in enumerate(NOTES):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["C"].width = 22
    for letter in "EFGHI":
        sheet.column_dimensions[letter].width = 12
    save(book, path)
    return exp
