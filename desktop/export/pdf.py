"""A tagged, accessible PDF of the briefing beside the .docx, made by LibreOffice when present.

Many clerks publish PDF. LibreOffice, run headless with a throw-away profile (so a copy the
user has open is not disturbed), converts the briefing with tagged PDF on: headings, reading
order, table headers and alt text reach screen readers. Without LibreOffice the briefing is
still written, and the caller says in one line why there is no PDF.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.export.documents import replace_atomically

TAGGED_PDF = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
PROGRAMS = ("soffice", "libreoffice")
TIMEOUT_S = 180


@dataclass(frozen=True, slots=True)
class PdfResult:
    path: Path | None  # the PDF written, or None
    note: str  # one line for the user: where it went, or why there is none


OFFICE_ENV = "SCRUTINEER_OFFICE"  # LibreOffice's command; set but empty: make no PDF


def find_office() -> str | None:
    """LibreOffice's command, when it is installed (``SCRUTINEER_OFFICE`` overrides)."""
    chosen = os.environ.get(OFFICE_ENV)
    if chosen is not None:
        return shutil.which(chosen) if chosen.strip() else None
    for name in PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    return None


def pdf_beside(docx: Path, *, office: str | None = None) -> PdfResult:
    """Convert ``docx`` to a PDF of the same name beside it (replaced atomically)."""
    program = office or find_office()
    target = docx.with_suffix(".pdf")
    if program is None:
        if os.environ.get(OFFICE_ENV) == "":
            return PdfResult(None, f"no PDF: switched off ({OFFICE_ENV} is empty)")
        return PdfResult(
            None,
            "no PDF: LibreOffice is not installed — install LibreOffice Writer to get a tagged "
            "PDF beside the briefing, or save the .docx as PDF from Word",
        )
    with tempfile.TemporaryDirectory(prefix="scrutineer-pdf-") as work:
        base = Path(work)
        command = [
            program,
            f"-env:UserInstallation={(base / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            TAGGED_PDF,
            "--outdir",
            str(base),
            str(docx),
        ]
        env = {k: v for k, v in os.environ.items() if k != "SAL_USE_VCLPLUGIN"}
        try:
            done = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT_S, check=False, env=env
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            return PdfResult(None, f"no PDF: LibreOffice did not finish ({err}) — try again")
        made = base / target.name
        if done.returncode != 0 or not made.is_file() or made.stat().st_size == 0:
            return PdfResult(
                None,
                "no PDF: LibreOffice could not convert the briefing — open the .docx and "
                "save it as PDF instead",
            )
        replace_atomically(target, made.read_bytes())
    return PdfResult(target, f"tagged PDF written to {target}")
