"""Save an openpyxl workbook to bytes without any temporary file.

openpyxl writes each worksheet's XML to a named file in the system's temporary folder
before zipping it; for a tracker of exempt (Part 2) questions that file would hold
confidential text, readable there until deleted (and left behind if the export is
killed). This writer keeps each worksheet in memory instead. It follows openpyxl's own
``ExcelWriter.write_worksheet`` (3.1), with a ``BytesIO`` in place of the file.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.workbook import Workbook
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.writer.excel import ExcelWriter


class _InMemoryWriter(ExcelWriter):  # type: ignore[misc]
    def write_worksheet(self, ws: Any) -> None:
        if self.workbook.write_only:  # not used by the app: openpyxl's own path
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()
        ws._drawing.charts = ws._charts
        ws._drawing.images = ws._images
        writer = WorksheetWriter(ws, out=io.BytesIO())
        writer.write()
        ws._rels = writer._rels
        self._archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def workbook_bytes(book: Workbook) -> bytes:
    """The .xlsx file of ``book``, built entirely in memory."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _InMemoryWriter(book, archive).save()
    return buffer.getvalue()
