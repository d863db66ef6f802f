"""An OpenDocument spreadsheet (.ods): percentage-typed cells, a year merged over its quarters."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# ref, measure, is a percentage, target, Q1, Q2, RAG (fractions for percentages, as Calc stores them)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS-01", "Calls to the contact centre answered", True, 0.85, 0.812, 0.867, "Green"),
    ("CS-02", "Stage 1 complaints answered within 10 working days", True, 0.9, 0.744, 0.791, "Red"),
    ("CS-03", "Average wait to speak to an adviser (minutes)", False, 5.0, 6.5, 5.25, "Amber"),
    ("CS-04", "Online forms completed without a phone call", True, 0.6, 0.583, 0.614, "Green"),
    ("CS-05", "Blue Badge applications decided within 12 weeks", True, 0.95, 0.9, 0.925, "Amber"),
)  # fmt: skip

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
)

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""


def _text(value: str, bold: bool = False, span: int = 1) -> str:
    style = ' table:style-name="bold"' if bold else ""
    spans = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    covered = "<table:covered-table-cell/>" * (span - 1)
    return (f'<table:table-cell{style}{spans} office:value-type="string">'
            f"<text:p>{escape(value)}</text:p></table:table-cell>{covered}")  # fmt: skip


def _number(value: float) -> str:
    return (f'<table:table-cell office:value-type="float" office:value="{value!r}">'
            f"<text:p>{value:g}</text:p></table:table-cell>")  # fmt: skip


def _percent(value: float) -> str:
    return (f'<table:table-cell table:style-name="pct" office:value-type="percentage" '
            f'office:value="{value!r}"><text:p>{value * 100:.1f}%</text:p></table:table-cell>')  # fmt: skip


def _row(cells: list[str]) -> str:
    return "<table:table-row>" + "".join(cells or ["<table:table-cell/>"]) + "</table:table-row>"


def build(path: Path) -> Expected:
    """Imitates a scorecard published as .ods, as the government's open standards ask.

    Councils that publish under the open document standard (or keep their
    returns in LibreOffice Calc) give .ods files: percentages are stored as
    fractions in percentage-typed cells and shown as '81.2%', the year is a
    heading merged over its quarter columns, and the rest is plain. The
    percentages are read in points (0.812 shown as 81.2% is 81.2); the single
    Target column applies to both quarters and the RAG to Q2.
    """
    exp = Expected([])
    blank = "<table:table-cell/>"
    rows = [
        _row([_text("Customer Services Scorecard", bold=True)]),
        _row([]),
        _row([blank, blank, blank, _text("2024/25", bold=True, span=2)]),
        _row([_text(h, bold=True) for h in ("Ref", "Measure", "Target", "Q1", "Q2", "RAG")]),
    ]
    for ref, name, is_pct, target, q1, q2, rag in ROWS:
        write = _percent if is_pct else _number
        rows.append(_row([_text(str(ref)), _text(str(name)), write(float(str(target))),
                          write(float(str(q1))), write(float(str(q2))), _text(str(rag))]))  # fmt: skip
        scale = 100.0 if is_pct else 1.0
        t = round(float(str(target)) * scale, 6)
        a1, a2 = (round(float(str(v)) * scale, 6) for v in (q1, q2))
        exp.observations += [
            Obs(str(ref), str(name), QUARTERS[0], a1, None, t),
            Obs(str(ref), str(name), QUARTERS[1], a2, None, t, RAG[str(rag)]),
        ]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">'
        "<office:automatic-styles>"
        '<number:percentage-style style:name="N1"><number:number number:decimal-places="1" '
        'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
        '<style:style style:name="pct" style:family="table-cell" style:data-style-name="N1"/>'
        '<style:style style:name="bold" style:family="table-cell">'
        '<style:text-properties fo:font-weight="bold"/></style:style>'
        "</office:automatic-styles><office:body><office:spreadsheet>"
        '<table:table table:name="Scorecard"><table:table-column table:number-columns-repeated="6"/>'
        + "".join(rows)
        + "</table:table></office:spreadsheet></office:body></office:document-content>\n"
    )
    stamp = (2024, 11, 1, 9, 0, 0)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", stamp),
                         "application/vnd.oasis.opendocument.spreadsheet")  # fmt: skip
        for name, text in (("META-INF/manifest.xml", MANIFEST), ("content.xml", content)):
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text)
    return exp
