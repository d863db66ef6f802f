"""Each indicator as a printable form: label/value pairs down two columns, forms under each other."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.pagebreak import Break

from tests.realistic.kit import Expected, Obs, Rag, new_book, save, title

THIN = Side(style="thin")
BOX = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# indicator, reference, lead officer, polarity, Q1, Q2, target, status, commentary
FORMS: tuple[tuple[object, ...], ...] = (
    ("Percentage of household waste sent for reuse, recycling and composting", "ENV 01",
     "Head of Waste and Street Scene", "Higher is better", 52.4, 54.1, 55.0, "Amber",
     "Garden waste tonnages were lower than last year after a dry summer."),
    ("Missed bin collections per 100,000 collections", "ENV 02",
     "Head of Waste and Street Scene", "Lower is better", 48.0, 61.0, 50.0, "Red",
     "New rounds introduced in August; missed collections are falling week on week."),
    ("Fly-tipping incidents removed within 5 working days (%)", "ENV 03",
     "Environmental Enforcement Manager", "Higher is better", 93.2, 95.8, 95.0, "Green",
     None),
    ("Average days to process new Housing Benefit claims", "CUS 01",
     "Revenues and Benefits Manager", "Lower is better", 19.4, 17.8, 20.0, "Green",
     "Performance improved after the backlog from the annual billing cycle cleared."),
    ("Council Tax collected in year (%)", "CUS 02",
     "Revenues and Benefits Manager", "Higher is better", 29.6, 56.3, 57.0, "Amber",
     "Slightly behind profile; reminder notices issued in September."),
    ("Telephone calls answered within 60 seconds (%)", "CUS 03",
     "Customer Services Manager", "Higher is better", 71.0, 68.5, 80.0, "Red",
     "Two vacancies in the contact centre; recruitment under way."),
    ("Working days lost to sickness absence per FTE (rolling 12 months)", "HR 01",
     "Head of HR and OD", "Lower is better", 9.1, 8.7, 8.5, "Amber",
     None),
)  # fmt: skip

LABELS = ("Indicator", "Reference", "Lead officer", "Polarity", *QUARTERS, "Target", "Status",
          "Commentary")  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a quarterly report printed as one form per indicator.

    Some district councils print their performance indicators for members as
    a 'PI form' each: a boxed block of label/value pairs going down the page
    ('Indicator', 'Reference', 'Lead officer', 'Polarity', one line per
    quarter, 'Target', 'Status', 'Commentary'), the forms one under another on
    a single sheet with blank rows and page breaks between them. A careful
    reader takes each form as one indicator: its quarters' figures, the
    target for both quarters, the status for the latest (Q2), and the polarity
    stated on the form.
    """
    book, sheet = new_book("PI forms")
    title(sheet, "A1", "Performance Indicator Report - Quarter 2 2024/25")
    sheet["A2"] = "Environment and Customer Services Overview and Scrutiny Committee"
    exp = Expected([])
    top = 4
    for form in FORMS:
        name, ref, lead, polarity, q1, q2, target, status, comment = form
        values = (name, ref, lead, polarity, q1, q2, target, status, comment)
        for i, (label, value) in enumerate(zip(LABELS, values, strict=True)):
            a = sheet.cell(row=top + i, column=1, value=label)
            a.font = Font(bold=True)
            a.border = BOX
            b = sheet.cell(row=top + i, column=2, value=value)
            b.border = BOX
            b.alignment = Alignment(wrap_text=True, horizontal="left", vertical="top")
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), QUARTERS[0], float(str(q1)), None, t),
            Obs(str(ref), str(name), QUARTERS[1], float(str(q2)), None, t, STATUS[str(status)]),
        ]
        exp.add_meta(str(ref), str(name), POLARITY[str(polarity)], None)
        sheet.row_breaks.append(Break(id=top + len(LABELS)))
        top += len(LABELS) + 2
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
