"""Import one scorecard file into the store as one transaction, and report what happened."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select

from db.models import ScorecardImportRow
from db.store import Store
from desktop.collector import collector_paused
from desktop.scorecard.layout import dictionary
from desktop.scorecard.layout import find as layout
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.grid import Workbook
from desktop.scorecard.read.limits import (
    MAX_FILE_BYTES,
    MAX_OBSERVATIONS,
    check_input_file,
    too_many_observations,
)
from desktop.scorecard.read.workbook import read_workbook
from desktop.scorecard.store import definitions
from desktop.scorecard.store.profiles import (
    find_profile,
    load_profile,
    profile_names,
    save_profile,
)
from desktop.scorecard.store.write import Cancelled, ImportInfo, write

__all__ = ["ImportReport", "find_profile", "import_file", "preview", "save_profile"]

log = logging.getLogger(__name__)

Status = Literal["imported", "unchanged", "refused", "needs_review"]
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

# progress steps: reading the file, finding the table, then one step per batch written
_READ, _DETECT, _TOTAL_BEFORE_WRITE = 20, 40, 50


@dataclass(slots=True)
class ImportReport:
    file: str
    status: Status
    indicators: int = 0
    observations: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    # for the mapping dialog: the header signature and (index, heading, field or None)
    signature: str | None = None
    columns: list[tuple[int, str, str | None]] = field(default_factory=list)
    profile: str | None = None
    # an indicator dictionary that matched nothing yet: worth trying again after the figures
    # imported by the same command
    awaits_figures: bool = False
    # doubts about the reading, one line each naming its cell ([] for a confident reading)
    review: list[str] = field(default_factory=list)
    # the sheet columns the doubts are about, for the mapping dialog to open at
    review_columns: list[int] = field(default_factory=list)
    # how each table was read (``import --explain``), when asked for
    explain: list[str] = field(default_factory=list)
    explaining: bool = False

    def to_json(self) -> dict[str, Any]:
        """Exactly the per-file object of the contract's `import --json`."""
        return {
            "file": self.file,
            "status": self.status,
            "indicators": self.indicators,
            "observations": self.observations,
            "warnings": list(self.warnings),
            "review": list(self.review),
            "error": self.error,
        }


class _Steps:
    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self.progress = progress
        self.cancel = cancel
        self.done = 0
        self.total = 100

    def at(self, done: int) -> None:
        self.done = max(self.done, min(done, self.total))
        if self.progress is not None:
            self.progress(self.done, self.total)
        if self.cancel is not None and self.cancel():
            raise Cancelled

    def tick(self) -> None:
        self.at(self.done + max(1, (self.total - self.done) // 10))


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for _ in range(MAX_FILE_BYTES // (1 << 20) + 1):  # never past the size limit
            block = handle.read(1 << 20)
            if not block:
                break
            digest.update(block)
    return digest.hexdigest()


def import_file(
    store: Store,
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    area: str | None = None,
    profile: str | None = None,
    password: str | None = None,
    dry_run: bool = False,
    accept: bool = False,
    explain: bool = False,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportReport:
    """Read ``path`` and add its observations to the store: all of it, or nothing.

    A reading with doubts is not written (status ``needs_review``, the doubts in ``review``)
    unless ``accept`` is given or a saved profile mapped the columns; the doubts then stay on
    the import as warnings. ``explain`` fills ``ImportReport.explain``.
    """
    path = Path(path)
    shown = str(path)
    steps = _Steps(progress, cancel)
    try:
        if path.exists():  # before hashing: a pipe or /dev/zero would never end
            check_input_file(path)
        sha = file_sha256(path)
    except ScorecardError as exc:
        return _refused(shown, str(exc))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return _refused(shown, f"cannot read {path.name} ({reason}) — check the path")
    if profile is not None and load_profile(store, profile) is None:
        return _refused(shown, _unknown_profile(store, profile))
    if not dry_run and _already_imported(store, sha, sheet, area, profile):
        report = ImportReport(shown, "unchanged")
        report.warnings.append(f"{path.name} was imported before — nothing changed")
        return report
    report = ImportReport(shown, "imported")
    report.explaining = explain
    # reading makes hundreds of thousands of long-lived objects and no cycles worth collecting
    with collector_paused():
        return _import(
            store, path, sheet, area, profile, password, dry_run, accept, sha, steps, report
        )


def _import(
    store: Store,
    path: Path,
    sheet: str | None,
    area: str | None,
    profile: str | None,
    password: str | None,
    dry_run: bool,
    accept: bool,
    sha: str,
    steps: _Steps,
    report: ImportReport,
) -> ImportReport:
    shown = str(path)
    try:
        steps.at(1)
        parsed = _parse(store, path, sheet, area, profile, password, steps, report)
    except Cancelled:
        return _refused(shown, "import cancelled", report)
    except _DictionaryFile as found:
        return _fill_definitions(store, path, found.dictionary, sheet, dry_run, sha, report)
    except ScorecardError as exc:
        refused = _refused(shown, _one_line(str(exc)), report)
        refused.explain = list(exc.explain)
        return refused
    except MemoryError:
        return _refused(
            shown,
            f"{path.name}: reading it needed more memory than an import may use"
            " — import the sheets that hold the scorecard, saved as a smaller file",
            report,
        )
    except Exception as exc:  # a file that trips a bug: refuse it, keep the trace in the log
        log.exception("reading %s failed", path)
        return _refused(
            shown,
            f"could not read {path.name} ({type(exc).__name__}) — please report this file",
            report,
        )
    figures = sum(len(indicator.observations) for indicator in parsed.indicators)
    if figures > MAX_OBSERVATIONS:  # the list, exports and window are built for far fewer
        return _refused(shown, too_many_observations(path, figures), report)
    if parsed.review:
        report.review = [item.line() for item in parsed.review]
        report.review_columns = sorted({i.column for i in parsed.review if i.column is not None})
        if not accept and parsed.profile is None:
            report.status = "needs_review"
            report.indicators = report.observations = 0
            return report
        report.warnings.extend(f"accepted as read: {line}" for line in report.review)
    if dry_run:
        return report
    info = ImportInfo(
        file_name=path.name,
        file_path=str(path.resolve()),
        sha256=sha,
        sheet=sheet,
        area=area,
        profile=parsed.profile,
        warnings=report.warnings,
    )
    try:
        with store.session() as session:
            report.observations = write(session, parsed, info, steps.tick)
            steps.at(99)
    except Cancelled:
        return _refused(shown, "import cancelled")
    steps.at(100)
    return report


class _DictionaryFile(Exception):
    """No table of figures, but a dictionary of indicator definitions."""

    def __init__(self, found: dictionary.Dictionary) -> None:
        super().__init__(found.sheet)
        self.dictionary = found


def _fill_definitions(
    store: Store,
    path: Path,
    found: dictionary.Dictionary,
    sheet: str | None,
    dry_run: bool,
    sha: str,
    report: ImportReport,
) -> ImportReport:
    """Names, polarity, units and definitions for indicators already in the store."""
    total = len(found.definitions)
    with store.read_session() as session:
        codes = definitions.known_codes(session)
    matching = {dictionary.code_key(d.code) for d in found.definitions} & codes
    if not matching:
        refused = _refused(
            str(path),
            f"{path.name} is an indicator dictionary ({total} definitions, no figures) that "
            "matches none of the indicators in the store — import it after (or with) the "
            "figures it describes",
        )
        refused.awaits_figures = True
        return refused
    report.indicators = len(matching)
    report.observations = 0
    report.warnings = [
        f"indicator dictionary: {len(matching)} of its {total} definitions match indicators "
        "in the store; their names, polarity, units and definitions are filled in where the "
        "store had none"
    ]
    if dry_run:
        return report
    info = ImportInfo(
        file_name=path.name,
        file_path=str(path.resolve()),
        sha256=sha,
        sheet=sheet,
        area=None,
        profile=None,
        warnings=report.warnings,
    )
    with store.session() as session:
        filled = definitions.fill(session, found, info)
    report.indicators = filled.matched
    return report


def preview(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    area: str | None = None,
    mapping: dict[str, str] | None = None,
    password: str | None = None,
) -> ParsedScorecard:
    """Read a file without touching the store (for the mapping dialog's preview)."""
    return layout.detect(
        read_workbook(path, password=password), sheet=sheet, area=area, mapping=mapping
    )


def _parse(
    store: Store,
    path: Path,
    sheet: str | None,
    area: str | None,
    profile: str | None,
    password: str | None,
    steps: _Steps,
    report: ImportReport,
) -> ParsedScorecard:
    workbook = read_workbook(path, password=password)
    steps.at(_READ)
    report.signature, report.columns = layout.signature_and_headers(workbook, sheet=sheet)
    mapping, profile_name = _mapping(store, workbook, report.signature, profile)
    report.profile = profile_name
    try:
        parsed = layout.detect(
            workbook, sheet=sheet, area=area, mapping=mapping, explaining=report.explaining
        )
    except ScorecardError:
        found = dictionary.read(workbook)
        if found is None:
            raise
        raise _DictionaryFile(found) from None
    parsed.profile = profile_name
    steps.at(_DETECT)
    report.indicators = len(parsed.indicators)
    report.observations = sum(len(i.observations) for i in parsed.indicators)
    report.warnings = list(parsed.warnings)
    report.explain = list(parsed.explain)
    if profile_name is not None and profile is None:
        report.warnings.insert(0, f"columns mapped with the saved profile '{profile_name}'")
    steps.at(_TOTAL_BEFORE_WRITE)
    return parsed


def _mapping(
    store: Store, workbook: Workbook, signature: str | None, profile: str | None
) -> tuple[dict[str, str] | None, str | None]:
    if profile is not None:
        mapping = load_profile(store, profile)
        if mapping is None:
            raise ScorecardError(_unknown_profile(store, profile))
        return mapping, profile
    if signature is None:
        return None, None
    found = find_profile(store, signature)
    if found is None:
        return None, None
    return found[1], found[0]


def _unknown_profile(store: Store, profile: str) -> str:
    saved = ", ".join(profile_names(store)[:6]) or "none saved yet"
    return f"no saved profile named '{profile}' (saved: {saved}) — check the name"


def _already_imported(
    store: Store, sha: str, sheet: str | None, area: str | None, profile: str | None
) -> bool:
    """The same bytes were imported with the same sheet, area (and profile, when one is named)."""
    with store.read_session() as session:
        rows = session.execute(
            select(
                ScorecardImportRow.sheet, ScorecardImportRow.area, ScorecardImportRow.profile
            ).where(ScorecardImportRow.sha256 == sha, ScorecardImportRow.status == "imported")
        ).all()
    wanted_area = (area or "").strip().lower()
    return any(
        (row.sheet or None) == (sheet or None)
        and (row.area or "").strip().lower() == wanted_area
        and (profile is None or row.profile == profile)
        for row in rows
    )


def _refused(shown: str, error: str, partial: ImportReport | None = None) -> ImportReport:
    """Nothing imported: counts are zero; the header seen so far is kept for the mapping dialog."""
    report = ImportReport(shown, "refused", error=error)
    if partial is not None:
        report.signature, report.columns = partial.signature, partial.columns
    return report


def _one_line(text: str) -> str:
    return " ".join(text.split())
