"""Limits a real scorecard never reaches, checked before any reader decompresses or allocates.

What councils publish sets the numbers. A quarterly scorecard has tens to hundreds of
indicators on a handful of sheets (the bundled sample: 48 indicators, 383 figures, 30 KB); a
benchmark extract (LG Inform, a ministry's outturn tables) has tens of thousands of rows, a few
megabytes. Each limit below sits at least ten times above the largest real file, and far below
what would exhaust a laptop: a file over one is refused in one line that names the limit. A
million-row CSV is over the row limit on purpose: it is not a scorecard, and the store, the list
and the window are built for the thousands of figures scrutiny reads, not a statistical
warehouse.

Workbooks are ZIP packages, and a ZIP can lie: a 3 MB file may declare small parts and inflate
to gigabytes. So every part is inflated here, as a stream, counting bytes and stopping at the
limit; the declared sizes, the real sizes and the compression ratio are all checked, as are the
numbers of parts, sheets, rows, shared strings and cell styles, and any XML entity
declaration (no spreadsheet needs one; they are how small XML expands). Only then do the
readers (calamine, openpyxl) see the file.
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.sniff import refuse

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PART_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 100  # inflated / compressed, for parts over RATIO_FROM_BYTES
RATIO_FROM_BYTES = 4 * 1024 * 1024
MAX_PARTS = 5_000
MAX_SHEETS = 500
MAX_ROWS = 200_000  # per sheet or CSV file
MAX_SHARED_STRINGS = 2_000_000
MAX_STYLES = 100_000  # Excel itself stops at 64,000 cell formats
MAX_OBSERVATIONS = 250_000  # per file: ten times a large benchmark extract
MAX_FIELD_CHARS = MAX_FILE_BYTES  # one CSV field may be as long as the whole file allows
KEEP_BYTES = 128 * 1024 * 1024  # inflated parts handed back by check_package, in all

_SHEET_PART = re.compile(r"(?:xl/worksheets/[^/]+\.xml|content\.xml)", re.IGNORECASE)
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_CHUNK = 1 << 20
_SAVE_AGAIN = "open it in Excel or LibreOffice, save a new copy and import that"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):,.0f} MB"


def check_input_file(path: str | os.PathLike[str]) -> int:
    """Refuse anything but a regular file within :data:`MAX_FILE_BYTES`; return its size.

    Checked with ``os.stat`` before opening: a FIFO would block ``open`` forever, and a link
    to ``/dev/zero`` would be read forever.
    """
    try:
        facts = os.stat(path)
    except FileNotFoundError as err:
        raise refuse(path, "the file does not exist", "check the path and try again") from err
    except OSError as err:
        raise refuse(
            path, f"the file cannot be read ({err.strerror})", "check the path and try again"
        ) from err
    mode = facts.st_mode
    if stat.S_ISDIR(mode):
        if Path(path).suffix.lower() == ".numbers":
            raise refuse(path, "this is an Apple Numbers file", "export it from Numbers as .xlsx")
        raise refuse(path, "this is a folder, not a file", "pick a spreadsheet file")
    if not stat.S_ISREG(mode):
        kind = (
            "a pipe"
            if stat.S_ISFIFO(mode)
            else "a device"
            if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a socket"
            if stat.S_ISSOCK(mode)
            else "not a regular file"
        )
        raise refuse(path, f"this is {kind}, not a spreadsheet file", "pick a spreadsheet file")
    if facts.st_size > MAX_FILE_BYTES:
        raise refuse(
            path,
            f"the file is {_mb(facts.st_size)}, over the {_mb(MAX_FILE_BYTES)} limit for a"
            " scorecard",
            "import the sheets that hold the scorecard, saved as a smaller file",
        )
    return facts.st_size


def read_bounded(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, after :func:`check_input_file`, never reading past the limit."""
    check_input_file(path)
    with open(path, "rb") as handle:
        data = handle.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:  # it grew after the check
        raise refuse(
            path,
            f"the file is over the {_mb(MAX_FILE_BYTES)} limit for a scorecard",
            "import the sheets that hold the scorecard, saved as a smaller file",
        )
    return data


@dataclass
class _Counts:
    strings: int = 0
    styles: int = 0
    rows: dict[str, int] = field(default_factory=dict)


class _Counter:
    """Counts non-overlapping occurrences of byte patterns across chunk boundaries."""

    def __init__(self, patterns: tuple[bytes, ...]) -> None:
        self.patterns = patterns
        self.counts = [0] * len(patterns)
        self.tail = b""
        self.keep = max((len(p) for p in patterns), default=1) - 1

    def feed(self, chunk: bytes) -> None:
        window = self.tail + chunk
        # "!" is rare in a part and found at memory speed: most chunks skip the entity marks
        bang = b"!" in window
        for index, pattern in enumerate(self.patterns):
            if bang or b"!" not in pattern:
                self.counts[index] += window.count(pattern) - self.tail.count(pattern)
        self.tail = window[-self.keep :] if self.keep else b""


_ENTITY_MARKS = (b"<!DOCTYPE", b"<!ENTITY")
_ROW_MARKS = (b"<row ", b"<row>")
_ODS_ROW_MARKS = (b"<table:table-row ", b"<table:table-row>")


def _patterns(name: str) -> tuple[bytes, ...]:
    lower = name.lower()
    if lower.endswith("sharedstrings.xml"):
        return (*_ENTITY_MARKS, b"<si>", b"<si ")
    if lower.endswith("styles.xml"):
        return (*_ENTITY_MARKS, b"<xf ", b"<xf>")
    if _SHEET_PART.fullmatch(name):
        # an OpenDocument sheet's rows in content.xml, a workbook sheet's in its own part
        return (*_ENTITY_MARKS, *(_ODS_ROW_MARKS if lower == "content.xml" else _ROW_MARKS))
    return _ENTITY_MARKS


def _count_whole(name: str, part: bytes) -> list[int]:
    """The pattern counts of a whole inflated part, as :class:`_Counter` gives them.

    A sheet's rows are first counted by the marks' common start ("<row"), which no fewer
    elements begin with: within :data:`MAX_ROWS`, the exact count is within it too.
    """
    patterns = _patterns(name)
    bang = b"!" in part
    counts = [part.count(p) if bang else 0 for p in _ENTITY_MARKS]
    marks = patterns[len(_ENTITY_MARKS) :]
    if _SHEET_PART.fullmatch(name):
        bound = part.count(marks[0][:-1])  # both marks are it and one more byte
        if bound <= MAX_ROWS:
            return [*counts, bound, 0]
    return [*counts, *(part.count(p) for p in marks)]


def _compressed(data: bytes, info: zipfile.ZipInfo) -> bytes:
    header = data[info.header_offset : info.header_offset + _LOCAL_HEADER.size]
    if len(header) < _LOCAL_HEADER.size:
        raise ValueError("truncated")
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != b"PK\x03\x04":
        raise ValueError("bad local header")
    start = info.header_offset + _LOCAL_HEADER.size + fields[9] + fields[10]
    return data[start : start + info.compress_size]


def _inflate_counting(
    path: str | os.PathLike[str],
    data: bytes,
    info: zipfile.ZipInfo,
    budget: int,
    keep: bool = False,
    summed: bool = True,
) -> tuple[int, list[int], bytes | None]:
    """Inflate one part as a stream; return its real size, the pattern counts and, when
    ``keep`` and the part is whole, its inflated bytes (else None). ``summed``: whole means
    its checksum too (else the reader that reads the part checks it)."""
    raw = _compressed(data, info)
    if info.compress_type == zipfile.ZIP_STORED:
        sound = keep and (not summed or zlib.crc32(raw) == info.CRC)
        return len(raw), _count_whole(info.filename, raw), raw if sound else None
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise refuse(
            path,
            f"part {info.filename} uses a compression spreadsheets do not use",
            _SAVE_AGAIN,
        )
    counter = None if keep else _Counter(_patterns(info.filename))
    chunks: list[bytes] = []
    size = 0
    inflater = zlib.decompressobj(-15)
    limit = min(MAX_PART_BYTES, budget)
    for start in range(0, len(raw), 64 * 1024):
        pending = raw[start : start + 64 * 1024]
        while pending:
            out = inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            size += len(out)
            if size > limit:
                raise _too_large(path, info.filename, limit)
            if counter is None and size > info.file_size:  # it lies: count it, keep nothing
                counter = _Counter(_patterns(info.filename))
                for chunk in chunks:
                    counter.feed(chunk)
                chunks.clear()
            if counter is None:
                chunks.append(out)
            else:
                counter.feed(out)
    rest = inflater.flush()
    size += len(rest)
    if counter is not None:
        counter.feed(rest)
        return size, counter.counts, None
    chunks.append(rest)
    whole = b"".join(chunks)
    del chunks
    whole_and_sound = inflater.eof and (not summed or zlib.crc32(whole) == info.CRC)
    return size, _count_whole(info.filename, whole), whole if whole_and_sound else None


def _too_large(path: str | os.PathLike[str], part: str, limit: int) -> ScorecardError:
    which = "a part" if limit == MAX_PART_BYTES else "all parts together"
    return refuse(
        path,
        f"{part} inflates past {_mb(limit)}, the limit for {which} of a workbook"
        " (a real scorecard is a few MB)",
        _SAVE_AGAIN,
    )


def check_package(
    path: str | os.PathLike[str],
    data: bytes,
    keep: Callable[[str], bool] | None = None,
    summed_later: Callable[[str], bool] | None = None,
) -> dict[str, bytes]:
    """Refuse a ZIP-based workbook (xlsx, xlsm, xlsb, ods) over any limit; ignore other data.

    Every part is inflated here anyway: the parts ``keep`` names (up to :data:`KEEP_BYTES`
    in all) are handed back inflated, by name, so the caller need not inflate them again,
    and only when their checksum is right, as zipfile would give them (``summed_later``
    names kept parts whose checksum is not worked out here: what is read from them is only
    used where the reader that reads them too has found their checksum right).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return {}  # not a package: the readers say what it is
    infos = archive.infolist()
    if len(infos) > MAX_PARTS:
        raise refuse(
            path,
            f"the workbook has {len(infos):,} parts, over the {MAX_PARTS:,} limit",
            _SAVE_AGAIN,
        )
    sheets = [i for i in infos if _SHEET_PART.fullmatch(i.filename)]
    if len(sheets) > MAX_SHEETS:
        raise refuse(
            path,
            f"the workbook has {len(sheets):,} sheets, over the {MAX_SHEETS:,} limit",
            "copy the scorecard's sheets into a new workbook and import that",
        )
    declared = sum(i.file_size for i in infos)
    if declared > MAX_TOTAL_BYTES:
        raise refuse(
            path,
            f"the workbook declares {_mb(declared)} of content, over the"
            f" {_mb(MAX_TOTAL_BYTES)} limit (a real scorecard is a few MB)",
            _SAVE_AGAIN,
        )
    counts = _Counts()
    budget = MAX_TOTAL_BYTES
    kept: dict[str, bytes] = {}
    room = KEEP_BYTES
    for info in infos:
        if info.is_dir():
            continue
        if info.file_size > MAX_PART_BYTES:
            raise _too_large(path, info.filename, MAX_PART_BYTES)
        _check_ratio(path, info, info.file_size)  # what it declares, before inflating anything
        wanted = keep is not None and info.file_size <= room and keep(info.filename)
        summed = not wanted or summed_later is None or not summed_later(info.filename)
        try:
            size, found, whole = _inflate_counting(path, data, info, budget, wanted, summed)
        except (ValueError, zlib.error):
            kept.pop(info.filename, None)  # a broken part: the readers report the damage
            continue
        budget -= size
        _check_part(path, info, size, found, counts)
        if whole is not None:
            kept[info.filename] = whole  # a later part of the same name wins, as in zipfile
            room -= len(whole)
        else:
            kept.pop(info.filename, None)
    _check_counts(path, counts)
    return kept


def _check_ratio(path: str | os.PathLike[str], info: zipfile.ZipInfo, size: int) -> None:
    if size > RATIO_FROM_BYTES and size > MAX_RATIO * max(1, info.compress_size):
        raise refuse(
            path,
            f"part {info.filename} inflates {size // max(1, info.compress_size):,} times,"
            f" over the limit of {MAX_RATIO} (a compression bomb, not a scorecard)",
            _SAVE_AGAIN,
        )


def _check_part(
    path: str | os.PathLike[str],
    info: zipfile.ZipInfo,
    size: int,
    found: list[int],
    counts: _Counts,
) -> None:
    if size != info.file_size:
        raise refuse(
            path,
            f"part {info.filename} declares {info.file_size:,} bytes but holds {size:,}"
            " (the package is damaged or made to mislead)",
            _SAVE_AGAIN,
        )
    _check_ratio(path, info, size)
    if found[0] or found[1]:
        raise refuse(
            path,
            f"part {info.filename} declares XML entities, which spreadsheets never need"
            " (and which can expand without end)",
            _SAVE_AGAIN,
        )
    lower = info.filename.lower()
    if lower.endswith("sharedstrings.xml"):
        counts.strings += found[2] + found[3]
    elif lower.endswith("styles.xml"):
        counts.styles += found[2] + found[3]
    elif _SHEET_PART.fullmatch(info.filename):
        counts.rows[info.filename] = sum(found[2:])


def _check_counts(path: str | os.PathLike[str], counts: _Counts) -> None:
    if counts.strings > MAX_SHARED_STRINGS:
        raise refuse(
            path,
            f"the workbook holds {counts.strings:,} different texts, over the"
            f" {MAX_SHARED_STRINGS:,} limit",
            _SAVE_AGAIN,
        )
    if counts.styles > MAX_STYLES:
        raise refuse(
            path,
            f"the workbook defines {counts.styles:,} cell styles, over the {MAX_STYLES:,} limit",
            _SAVE_AGAIN,
        )
    for part, rows in counts.rows.items():
        if rows > MAX_ROWS:
            raise too_many_rows(path, rows, part, limit=MAX_ROWS)


def too_many_rows(
    path: str | os.PathLike[str],
    rows: int | None = None,
    where: str | None = None,
    *,
    limit: int | None = None,
) -> ScorecardError:
    """The refusal of a sheet or CSV file over the row limit (``rows`` None: counting stopped)."""
    limit = MAX_ROWS if limit is None else limit
    place = f" in {where}" if where else ""
    count = f"{rows:,} rows" if rows is not None else f"more than {limit:,} rows"
    return refuse(
        path,
        f"{count}{place}, over the limit of {limit:,}"
        " (a scorecard or a benchmark extract has far fewer)",
        "import the rows for your council (filter the file first), or split it",
    )


def too_many_observations(path: str | os.PathLike[str], count: int) -> str:
    """The refusal line of a file that reads as more figures than :data:`MAX_OBSERVATIONS`."""
    return str(
        refuse(
            path,
            f"it holds {count:,} figures, over the limit of {MAX_OBSERVATIONS:,} for one file"
            " (a scorecard or a benchmark extract has far fewer)",
            "import the rows for your council (filter the file first), or split it",
        )
    )
