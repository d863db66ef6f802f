"""Read CSV/TSV text files into rows of strings: encoding, delimiter and line endings."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from desktop.scorecard.read.grid import CellValue

DELIMITERS = (",", ";", "\t", "|")
_DECIMAL_COMMA = re.compile(r"^-?\d{1,3}(?:\.\d{3})*,\d+%?$|^-?\d+,\d+%?$")


@dataclass(slots=True)
class TextTable:
    rows: list[list[CellValue]]
    encoding: str
    delimiter: str
    decimal_comma: bool


def utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" if the start looks like mostly-ASCII UTF-16 text, else None."""
    head = data[:512]
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even_nul = sum(1 for i in range(0, pairs * 2, 2) if head[i] == 0)
    odd_nul = sum(1 for i in range(1, pairs * 2, 2) if head[i] == 0)
    if odd_nul >= 0.9 * pairs and even_nul == 0:
        return "utf-16-le"
    if even_nul >= 0.9 * pairs and odd_nul == 0:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name): UTF-8 (BOM or not), UTF-16 with BOM, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    bare = utf16_without_bom(data)
    if bare is not None:
        return data.decode(bare, errors="replace"), bare
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 leaves five bytes undefined; map them as latin-1 so nothing is lost
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:
        text = "".join(chr(b) if ch == "\ufffd" else ch for b, ch in zip(data, text, strict=True))
    return text, "cp1252"


def normalise_newlines(text: str) -> str:
    """CRLF and bare CR become LF (quoted cells keep their own line breaks as LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _quote_aware_lines(text: str, limit: int) -> list[str]:
    """The first ``limit`` logical records, not splitting inside quoted cells."""
    out: list[str] = []
    start = 0
    in_quotes = False
    for i, ch in enumerate(text):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == "\n" and not in_quotes:
            out.append(text[start:i])
            start = i + 1
            if len(out) >= limit:
                return out
    if start < len(text):
        out.append(text[start:])
    return out


def _strip_quoted(line: str) -> str:
    return re.sub(r'"[^"]*"', '""', line)


def sniff_delimiter(text: str, default: str = ",") -> str:
    """Pick the delimiter among , ; tab | that splits the first lines most consistently."""
    lines = [_strip_quoted(ln) for ln in _quote_aware_lines(text[:65536], 50)]
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        return default
    best, best_score = default, 0.0
    for delim in DELIMITERS:
        counts = [ln.count(delim) for ln in lines]
        used = [c for c in counts if c > 0]
        if not used:
            continue
        mode = max(set(used), key=used.count)
        agree = sum(1 for c in counts if c == mode)
        # consistency across lines first, then how many columns it gives
        score = agree / len(counts) * 1000 + min(mode, 999) * (len(used) / len(counts))
        if score > best_score:
            best, best_score = delim, score
    return best


def _looks_decimal_comma(rows: list[list[CellValue]], delimiter: str) -> bool:
    if delimiter == ",":
        return False
    comma = dot = 0
    for row in rows[:500]:
        for cell in row:
            if not isinstance(cell, str):
                continue
            s = cell.strip().replace(" ", "").lstrip("£€$")
            if _DECIMAL_COMMA.match(s):
                comma += 1
            elif re.match(r"^-?\d+\.\d+%?$", s):
                dot += 1
    return comma > 0 and comma > dot


def read_text(data: bytes) -> TextTable:
    """Parse delimited text into rows of strings (empty cells become None)."""
    text, encoding = decode(data)
    text = normalise_newlines(text.lstrip("\ufeff"))
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[list[CellValue]] = []
    try:
        for record in reader:
            rows.append([cell if cell.strip() != "" else None for cell in record])
    except csv.Error:
        # a stray NUL or other oddity: fall back to a plain split of what is left
        for line in text.split("\n")[len(rows) :]:
            rows.append([cell if cell.strip() else None for cell in line.split(delimiter)])
    return TextTable(rows, encoding, delimiter, _looks_decimal_comma(rows, delimiter))
