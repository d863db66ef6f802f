"""Find the parts of an OOXML package: workbook, sheets by name, styles and theme."""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Mapping

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class Package:
    """A read-only view of an xlsx/xlsm ZIP package, tolerant of odd part names."""

    def __init__(self, data: bytes, inflated: Mapping[str, bytes] | None = None) -> None:
        self._zip = zipfile.ZipFile(io.BytesIO(data))
        self._names = {n.lower().lstrip("/"): n for n in self._zip.namelist()}
        # parts already inflated (by the limits check), by their name in the archive
        self._inflated = inflated or {}

    def close(self) -> None:
        self._zip.close()

    def read(self, part: str | None) -> bytes | None:
        if not part:
            return None
        name = self._names.get(part.lower().lstrip("/").replace("\\", "/"))
        if name is None:
            return None
        found = self._inflated.get(name)
        if found is not None:
            return found
        try:
            return self._zip.read(name)
        except (
            KeyError,
            zipfile.BadZipFile,
            OSError,
            EOFError,
            ValueError,
            zlib.error,
            NotImplementedError,
        ):
            return None

    def size(self, part: str) -> int:
        name = self._names.get(part.lower().lstrip("/"))
        return self._zip.getinfo(name).file_size if name else 0

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationships of ``part``: id -> (type suffix, resolved target part)."""
        folder, base = posixpath.split(part)
        xml = self.read(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        if not xml:
            return out
        try:
            root = safe_fromstring(xml)
        except (ET.ParseError, DefusedXmlException):
            return out
        for rel in root:
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            resolved = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            out[rel.get("Id") or ""] = (kind, resolved)
        return out

    def workbook_part(self) -> str:
        for kind, target in self.rels("").values():
            if kind == "officeDocument":
                return target
        return "xl/workbook.xml"

    def date1904(self) -> bool:
        """The workbook counts its dates from 1 January 1904 (``<workbookPr date1904="1"/>``)."""
        xml = self.read(self.workbook_part())
        if not xml:
            return False
        try:
            root = safe_fromstring(xml)
        except (ET.ParseError, DefusedXmlException):
            return False
        for el in root.iter():
            if _local(el.tag) == "workbookPr":
                return el.get("date1904", "").strip().lower() in ("1", "true")
        return False

    def layout(self) -> tuple[dict[str, str], str | None, str | None]:
        """(sheet name -> sheet part, styles part, theme part)."""
        book = self.workbook_part()
        rels = self.rels(book)
        sheets: dict[str, str] = {}
        xml = self.read(book)
        if xml:
            try:
                root = safe_fromstring(xml)
            except (ET.ParseError, DefusedXmlException):
                root = ET.Element("workbook")
            for el in root.iter():
                if _local(el.tag) != "sheet":
                    continue
                rid = next((v for k, v in el.attrib.items() if _local(k) == "id"), None)
                name = el.get("name")
                if rid in rels and name is not None:
                    sheets[name] = rels[rid][1]
        styles = next((t for k, t in rels.values() if k == "styles"), None)
        theme = next((t for k, t in rels.values() if k == "theme"), None)
        return sheets, styles, theme
