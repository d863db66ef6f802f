"""A workbook opening with a Cover, a Contents list and a Glossary table; the scorecard is the fourth sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.realistic.kit import BOLD, Expected, Rag, observed, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
UNIT = {"%": "%", "Days": "days", "No.": "number", "£": "£"}

# code, indicator, unit, Q1, Q2, Q3, target 2024/25, status (Q3), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("BBC-CS01", "Calls to the Contact Centre answered", "%", 86.2, 83.9, 88.4, 85, "Green",
     "Recovered after the new telephony system bedded in."),
    ("BBC-CS02", "Average wait time for calls to be answered", "Seconds", None, None, None, None, None,
     None),
    ("BBC-RB01", "Council tax collected (cumulative)", "%", 29.1, 56.3, 83.0, 83.5, "Amber",
     "Slightly behind profile; recovery action under way."),
    ("BBC-RB02", "Business rates collected (cumulative)", "%", 31.8, 58.2, 84.6, 84.0, "Green", None),
    ("BBC-RB03", "Average days to process new Housing Benefit claims", "Days", 17.4, 19.8, 22.6,
     18, "Red", "Two vacancies in the assessment team; agency staff started in January."),
    ("BBC-RB04", "Average days to process changes of circumstances", "Days", 6.2, 7.1, 6.8, 8,
     "Green", None),
    ("BBC-HS01", "Households in temporary accommodation (snapshot at quarter end)", "No.", 38, 44,
     51, 40, "Red", "Rising demand reflects the regional picture."),
    ("BBC-HS02", "Homelessness cases prevented or relieved", "%", 61.0, 58.5, "n/a", 60, None,
     "Q3 figure not available until the H-CLIC return is validated."),
    ("BBC-EN01", "Household waste sent for reuse, recycling and composting", "%", 47.3, 49.0, 44.1,
     46, "Amber", "Seasonal fall in garden waste."),
    ("BBC-EN02", "Fly-tipping incidents reported", "No.", 212, 245, 198, None, None, None),
    ("BBC-PL01", "Major planning applications determined within 13 weeks or agreed time", "%",
     100.0, 87.5, 90.0, 90, "Green", None),
    ("BBC-FN01", "Income from fees and charges against budget (year to date)", "£", 1204350,
     2411780, 3502915, 3650000, "Amber", "Car parking income below budget."),
)  # fmt: skip

# the scorecard's second row is left as the template had it: no figures yet for the new measure
NEW_MEASURE = "BBC-CS02"

GLOSSARY = (
    ("BRAG", "Blue, Red, Amber, Green status rating (Blue = completed; not used this year)"),
    ("Cumulative", "Figure for the year to date, from 1 April"),
    ("FTE", "Full-time equivalent"),
    ("H-CLIC", "Homelessness Case Level Information Collection, returned quarterly to government"),
    ("NNDR", "National Non-Domestic Rates (business rates)"),
    ("Q1, Q2, Q3, Q4", "Quarters of the financial year: Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar"),
    ("RAG", "Red: more than 5% away from target; Amber: within 5%; Green: target met"),
    ("TA", "Temporary accommodation"),
)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance workbook published with its report.

    Workbooks that go out with a committee report often open with a Cover
    sheet (council, report title, meeting date, a paragraph of prose), a
    Contents sheet listing the sheets with a description of each, and a
    Glossary of abbreviations in a small two-column table; the scorecard
    itself is the fourth sheet. A careful reader skips the first three:
    the contents list and the glossary are tables of words, not measures,
    and the dates and quarter ranges on them are not figures. On the
    scorecard the Unit column states each measure's unit, the 'Target
    2024/25' applies to the three quarters of that year, the Status belongs
    to Q3. The contact centre's new wait-time measure has a row but no
    figures yet, and the homelessness Q3 cell says 'n/a'.
    """
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover"
    title(cover, "B2", "Broxtowe Borough Council")
    cover["B4"] = "Quarterly Performance Report: Quarter 3 2024/25 (October to December 2024)"
    cover["B4"].font = BOLD
    cover["B6"] = "Overview and Scrutiny Committee, 12 February 2025"
    cover["B8"] = (
        "This workbook accompanies the report of the Head of Policy and Performance. It sets out "
        "the council's key performance indicators at the end of the third quarter, with "
        "commentary from service managers where performance is below target."
    )
    cover["B10"] = "Contact: performance@broxtowe.gov.uk"
    cover.column_dimensions["B"].width = 100

    contents = book.create_sheet("Contents")
    title(contents, "A1", "Contents")
    put_row(contents, 3, 1, ["Sheet", "Description"], bold=True)
    put_row(contents, 4, 1, ["Cover", "Report title and purpose"])
    put_row(contents, 5, 1, ["Contents", "This list"])
    put_row(contents, 6, 1, ["Glossary", "Abbreviations and terms used in the scorecard"])
    put_row(contents, 7, 1, ["KPI Scorecard", "Key performance indicators, Q1 to Q3 2024/25"])
    contents.column_dimensions["B"].width = 60

    glossary = book.create_sheet("Glossary")
    title(glossary, "A1", "Glossary of terms")
    put_row(glossary, 3, 1, ["Term", "Meaning"], bold=True)
    for i, (term, meaning) in enumerate(GLOSSARY):
        put_row(glossary, 4 + i, 1, [term, meaning])
    glossary.column_dimensions["B"].width = 90

    sheet = book.create_sheet("KPI Scorecard")
    title(sheet, "A1", "Key Performance Indicators 2024/25")
    sheet["A2"] = "Status is for the latest quarter."
    header = ["Code", "Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
              "Target 2024/25", "Status", "Comments"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, unit, q1, q2, q3, target, status, comment) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code, name, unit, q1, q2, q3, target, status, comment])
        if unit == "£":
            for col in (4, 5, 6, 7):
                sheet.cell(row=row, column=col).number_format = "\u00a3#,##0"
        tgt = None if target is None else float(str(target))
        rag = RAG.get(str(status))
        obs = observed(str(code), str(name), QUARTERS, (q1, q2, q3), tgt, rag)
        exp.observations += obs
        if obs:
            exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    assert all(o.code != NEW_MEASURE for o in exp.observations)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["I"].width = 50
    save(book, path)
    return exp
