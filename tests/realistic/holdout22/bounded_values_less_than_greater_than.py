"""Figures written with a bound ('<5', '<1%', '>99.5%', '\u2264 10', '> 95%') beside ordinary ones, in .ods."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.realistic.kit import Expected, Rag, observed

SHEET = "Q3 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
UNIT = {"%": "%", "No.": "number", "Days": "days", "Rate": "rate"}

# A 1-tuple is a section row. Otherwise: code, measure, unit, Q1, Q2, Q3, target, RAG, note.
# Percentages are fractions in percentage-typed cells (as Calc keeps them); a string is typed
# into the cell as written, bound and all.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Public Health",),
    ("PH01", "Smokers setting a quit date who had quit at 4 weeks", "%", 0.521, 0.548, 0.563, 0.55, "Green", None),
    ("PH02", "Infants totally or partially breastfed at 6\u20138 weeks", "%", 0.468, 0.482, 0.475, 0.5, "Amber", None),
    ("PH03", "Mothers smoking at time of delivery", "%", 0.094, 0.088, 0.081, 0.09, "Green", None),
    ("PH04", "Measles cases notified", "No.", "<5", 0, "<5", None, None,
     "Counts of 1 to 4 suppressed (UKHSA rules)."),
    ("PH05", "NHS Health Checks offered to eligible residents who took one up", "%", 0.392, 0.417, 0.428, 0.45,
     "Amber", None),
    ("PH06", "Drug users in treatment who left successfully and did not return", "%", 0.058, 0.061, "<1%", 0.06,
     "Red", "Q3: new provider's first quarter; 2 of 412 completions recorded."),
    ("Environment and Regulatory Services",),
    ("ER01", "Food premises rated 3 or better (Food Hygiene Rating Scheme)", "%", 0.962, ">99.5%", ">99.5%", 0.97,
     "Green", "Rounded by the FHRS portal."),
    ("ER02", "Household waste sent for reuse, recycling or composting", "%", 0.487, 0.512, 0.479, 0.5, "Amber",
     "Seasonal dip in garden waste."),
    ("ER03", "Missed bin collections per 100,000 collections", "Rate", 38.2, 41.7, 52.9, 45, "Red", None),
    ("ER04", "Fly-tipping incidents removed within 2 working days", "%", 0.912, "> 95%", "> 95%", 0.95, "Green",
     "Contractor reports a band only above 95%."),
    ("ER05", "Air quality monitoring sites above the NO\u2082 annual mean objective", "No.", 3, 2, "\u2264 10",
     None, None, "Diffusion tubes not yet bias-adjusted; ceiling only."),
    ("ER06", "Noise complaints responded to within 5 working days", "%", 0.884, 0.903, 0.917, 0.9, "Green", None),
    ("Corporate",),
    ("CR01", "Data breaches reported to the ICO", "No.", 0, "<5", 0, 0, "Green", None),
    ("CR02", "Days to respond to Subject Access Requests (average)", "Days", 24, 27, 22, 30, "Green", None),
    ("CR03", "Staff turnover (voluntary leavers)", "%", 0.028, 0.031, 0.026, 0.03, "Green", None),
    ("CR04", "RIDDOR-reportable staff injuries", "No.", "<5", "<5", 6, 5, "Red", None),
    ("CR05", "Website availability", "%", ">99.5%", ">99.5%", 0.987, 0.995, "Amber", "Hosting outage 12 November."),
)  # fmt: skip

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""

META = (
    f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS} office:version="1.3">'
    "<office:meta><meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/"
    "e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>"
    "<dc:title>Quarterly performance scorecard Q3 2024-25</dc:title>"
    "<meta:creation-date>2025-01-20T09:12:00</meta:creation-date>"
    "<dc:date>2025-01-27T16:40:00</dc:date></office:meta></office:document-meta>\n"
)

BLANK = "<table:table-cell/>"
STYLES = {"Red": "red", "Amber": "amber", "Green": "green"}


def _text(value: str, style: str | None = None) -> str:
    name = f' table:style-name="{style}"' if style else ""
    return (f'<table:table-cell{name} office:value-type="string">'
            f"<text:p>{escape(value)}</text:p></table:table-cell>")  # fmt: skip


def _number(value: float) -> str:
    return (f'<table:table-cell office:value-type="float" office:value="{value!r}">'
            f"<text:p>{value:g}</text:p></table:table-cell>")  # fmt: skip


def _percent(value: float) -> str:
    return (f'<table:table-cell table:style-name="pct" office:value-type="percentage" '
            f'office:value="{value!r}"><text:p>{value * 100:.1f}%</text:p></table:table-cell>')  # fmt: skip


def _cell(value: object, is_pct: bool) -> str:
    if value is None:
        return BLANK
    if isinstance(value, str):
        return _text(value, "right")
    return _percent(float(str(value))) if is_pct else _number(float(str(value)))


def _row(cells: list[str]) -> str:
    return "<table:table-row>" + "".join(cells or [BLANK]) + "</table:table-row>"


def _points(value: object, is_pct: bool) -> object:
    """What the reader takes from a cell: percentages in points, words as written."""
    if isinstance(value, int | float) and is_pct:
        return round(float(value) * 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates a district or unitary council's quarterly scorecard kept in LibreOffice Calc.

    Councils that run on LibreOffice (or publish .ods under the open
    standards policy) keep the quarterly scorecard for the Overview and
    Scrutiny Committee in Calc: Code, Measure, Unit, 'Q1 2024/25'..'Q3
    2024/25', 'Target 2024/25', a RAG word in a coloured cell, Notes, under
    section rows. Small counts are suppressed as '<5' (public health and
    health-and-safety disclosure rules), and figures at the edge of what a
    source reports are typed as bounds: '<1%', '>99.5%' (FHRS portal and
    uptime monitor), '> 95%' (a contractor's banded return), '\u2264 10'
    (an unadjusted ceiling). They are text cells beside percentage-typed and
    plain number cells.

    A careful reader takes a bounded figure as it stands (actual_text, no
    number): '<5' is not 5, '>99.5%' is not 99.5, and the published RAG still
    goes with it on Q3. Ordinary percentages are read in points. The single
    Target column applies to each quarter; RAG to Q3. Rows without target or
    RAG (measles, air quality sites) are information only. Units from the
    Unit column; no polarity is stated.
    """
    exp = Expected([])
    heads = ("Code", "Measure", "Unit", *QUARTERS, "Target 2024/25", "RAG", "Notes")
    rows = [
        _row([_text("Quarterly Performance Scorecard \u2013 Quarter 3 2024/25", "title")]),
        _row(
            [
                _text(
                    "Overview and Scrutiny Committee, 6 February 2025. Figures as at 24 January 2025."
                )
            ]
        ),
        _row([]),
        _row([_text(h, "head") for h in heads]),
    ]
    for spec in ROWS:
        if len(spec) == 1:
            rows.append(_row([_text(str(spec[0]), "section")]))
            continue
        code, name, unit, q1, q2, q3, target, rag, note = spec
        is_pct = unit == "%"
        cells = [_text(str(code)), _text(str(name)), _text(str(unit))]
        cells += [_cell(v, is_pct) for v in (q1, q2, q3, target)]
        cells.append(_text(str(rag), STYLES[str(rag)]) if rag else BLANK)
        cells.append(_text(str(note)) if note else BLANK)
        rows.append(_row(cells))
        values = [_points(v, is_pct) for v in (q1, q2, q3)]
        tgt = _points(target, is_pct)
        exp.observations += observed(
            str(code),
            str(name),
            QUARTERS,
            values,
            float(str(tgt)) if tgt is not None else None,
            RAG[str(rag)] if rag else None,
        )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    rows.append(_row([]))
    for line in (
        "<5: between 1 and 4, suppressed. <, >, \u2264 : the true figure lies beyond the value shown "
        "(limit of the source or of measurement).",
        "RAG: Green on or better than target; Amber within 5% of target; Red worse. Blank: "
        "no target (for information).",
    ):
        rows.append(_row([_text(line, "note")]))
    fills = "".join(
        f'<style:style style:name="{s}" style:family="table-cell">'
        f'<style:table-cell-properties fo:background-color="{c}"/></style:style>'
        for s, c in (("red", "#ff0000"), ("amber", "#ffc000"), ("green", "#00b050"))
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.3">'
        "<office:automatic-styles>"
        '<number:percentage-style style:name="N1"><number:number number:decimal-places="1" '
        'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
        '<style:style style:name="pct" style:family="table-cell" style:data-style-name="N1"/>'
        '<style:style style:name="title" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>'
        '<style:style style:name="head" style:family="table-cell">'
        '<style:table-cell-properties fo:background-color="#dee6ef"/>'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="section" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>'
        '<style:style style:name="note" style:family="table-cell">'
        '<style:text-properties fo:font-size="8pt"/></style:style>'
        '<style:style style:name="right" style:family="table-cell">'
        '<style:paragraph-properties fo:text-align="end"/></style:style>'
        + fills
        + "</office:automatic-styles>"
        "<office:body><office:spreadsheet>"
        f'<table:table table:name="{SHEET}"><table:table-column table:number-columns-repeated="9"/>'
        + "".join(rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>\n"
    )
    stamp = (2025, 1, 27, 16, 40, 0)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", stamp),
                         "application/vnd.oasis.opendocument.spreadsheet")  # fmt: skip
        for name, text in (("content.xml", content), ("meta.xml", META),
                           ("META-INF/manifest.xml", MANIFEST)):  # fmt: skip
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return exp
