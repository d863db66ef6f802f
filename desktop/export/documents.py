"""Write the Word briefing or the Excel tracker to a file, atomically, with one-line errors."""

from __future__ import annotations

import contextlib
import os
import zipfile
from pathlib import Path

from docx.opc.exceptions import PackageNotFoundError

from db.safe_files import fsync_dir, remove_stale, temp_beside
from desktop.errors import UserError
from desktop.export import docx_xml
from desktop.export.charts import CachedCharts, ChartSource
from desktop.export.data import ExportData

FORMATS = ("docx", "xlsx")


def write(
    fmt: str,
    data: ExportData,
    out: Path,
    *,
    charts: ChartSource | None = None,
    include_charts: bool = True,
    suppress_small: bool = True,
    template: Path | None = None,
) -> None:
    """Write ``data`` as a briefing (docx) or tracker (xlsx) to ``out``.

    ``charts`` draws the pictures; the caller (command line, window) makes it and closes it.
    Without one, a briefing that was to have charts says that they could not be drawn.
    ``template``: a council's own restyled copy of resources/briefing_template.docx.
    """
    if fmt not in FORMATS:
        raise UserError(f"cannot write '{fmt}' documents — choose docx or xlsx", 2)
    target = checked(out)
    if fmt == "docx":
        payload = briefing_bytes(
            data,
            charts=charts,
            include_charts=include_charts,
            suppress_small=suppress_small,
            template=template,
        )
    else:
        from desktop.export.xlsx_tracker import tracker_bytes

        payload = tracker_bytes(data, suppress_small=suppress_small)
    replace_atomically(target, payload)


def briefing_bytes(
    data: ExportData,
    *,
    charts: ChartSource | None = None,
    include_charts: bool = True,
    suppress_small: bool = True,
    template: Path | None = None,
) -> bytes:
    from desktop.export.docx_briefing import TEMPLATE

    source = charts if include_charts else None
    unavailable = include_charts and charts is None
    return _build(data, source, unavailable, suppress_small, template or TEMPLATE)


def _build(
    data: ExportData,
    source: ChartSource | None,
    unavailable: bool,
    suppress_small: bool,
    template: Path,
) -> bytes:
    from desktop.export.docx_briefing import BriefingOptions, build_briefing

    options = BriefingOptions(
        charts=CachedCharts(source) if source is not None else None,
        charts_unavailable=unavailable,
        suppress_small=suppress_small,
        template=template,
    )
    try:
        document = build_briefing(data, options)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise UserError(
            f"cannot use {options.template.name} as the briefing template: {err}"
            " — choose a Word .docx file or the bundled template"
        ) from err
    return docx_xml.package_bytes(document)


def checked(out: Path) -> Path:
    """``out`` as a file the app may write: a one-line error for a folder or no folder."""
    target = out.expanduser()
    if target.is_dir():
        raise UserError(f"cannot write {target}: it is a folder — give a file name", 1)
    if not target.parent.is_dir():
        raise UserError(f"cannot write {target}: the folder does not exist — create it first", 1)
    return target


def replace_atomically(target: Path, payload: bytes) -> None:
    """Write to a private temporary file beside ``target``, then rename it into place.

    The temporary file has the recognisable name of :mod:`db.safe_files`, so one left by a
    killed export is removed the next time anything is exported to that folder.
    """
    remove_stale(target.parent)
    try:
        tmp = temp_beside(target)
    except OSError as err:
        raise UserError(f"cannot write {target}: {err.strerror} — choose another place", 1) from err
    try:
        with tmp.open("wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(f"cannot write {target}: {err.strerror} — choose another place", 1) from err
