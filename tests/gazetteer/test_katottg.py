"""Reading the KATOTTG codifier sheet with the standard library."""

from __future__ import annotations

import zipfile

import pytest

from sitrep.errors import ResourceError
from sitrep.gazetteer.katottg import read_katottg

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsx(path, rows):
    """A workbook whose first sheet holds ``rows`` (lists of cell texts, None for empty),
    written the way Excel does: text in the shared strings, cells by reference."""
    strings: list[str] = []
    body = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, text in enumerate(row):
            if text is None:
                continue
            if text not in strings:
                strings.append(text)
            ref = f"{'ABCDEFG'[c]}{r}"
            cells.append(f'<c r="{ref}" t="s"><v>{strings.index(text)}</v></c>')
        body.append(f'<row r="{r}">{"".join(cells)}</row>')
    shared = "".join(f"<si><t>{s}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{_NS}">{shared}</sst>')
        sheet = f'<worksheet xmlns="{_NS}"><sheetData>{"".join(body)}</sheetData></worksheet>'
        book.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


OBLAST, RAION, HROMADA, VILLAGE = ("UA14000000000091971", "UA14020000000058138",
                                   "UA14020010000031880", "UA14020010010013654")


def test_units_carry_their_code_parents_category_and_name(tmp_path):
    path = _xlsx(tmp_path / "k.xlsx", [
        [None, None, None, None, None, "ЗАТВЕРДЖЕНО", None],
        ["Перший рівень", "Другий рівень", "Третій рівень", "Четвертий рівень",
         "Додатковий рівень", "Категорія об’єкта", "Назва об’єкта"],
        [OBLAST, None, None, None, None, "O", "Донецька"],
        [OBLAST, RAION, None, None, None, "P", "Бахмутський"],
        [OBLAST, RAION, HROMADA, None, None, "H", "Бахмутська "],
        [OBLAST, RAION, HROMADA, VILLAGE, None, "C", "Андріївка"],
    ])
    units = read_katottg(path)
    assert [u.category for u in units] == ["O", "P", "H", "C"]
    village = units[-1]
    assert village.code == VILLAGE and village.parents == (OBLAST, RAION, HROMADA)
    assert village.name == "Андріївка" and village.line == 6
    assert units[2].name == "Бахмутська"  # trailing space dropped


def test_a_row_without_category_is_skipped_and_reported(tmp_path):
    path = _xlsx(tmp_path / "k.xlsx", [
        [OBLAST, None, None, None, None, "O", "Донецька"],
        [OBLAST, RAION, None, None, None, None, "Бахмутський"],
    ])
    skipped: list[str] = []
    units = read_katottg(path, skipped)
    assert [u.name for u in units] == ["Донецька"]
    assert skipped == ["k.xlsx, row 2: no category or name"]


def test_a_file_that_is_no_workbook_is_a_resource_error(tmp_path):
    path = tmp_path / "k.xlsx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(ResourceError, match="k.xlsx"):
        read_katottg(path)
