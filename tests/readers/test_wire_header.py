"""The wire header is found however pasted text is padded, and its date in any common form."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.readers import ReadReport, read_inputs

BODY = "Shelling killed 3 people in Kharkiv on Monday, officials said yesterday.\n"


def read_one(tmp_path: Path, content: bytes) -> tuple[object, ReadReport]:
    path = tmp_path / "report.txt"
    path.write_bytes(content)
    report = ReadReport()
    articles = list(read_inputs([str(path)], report=report))
    assert len(articles) == 1
    return articles[0], report


@pytest.mark.parametrize(
    "before",
    ["", " ", "\t ", "\ufeff", "\ufeff ", "\n", "\n\n  \n", " \r\n", "\ufeff\n \n"],
    ids=["plain", "space", "tab", "bom", "bom-space", "blank", "blanks", "crlf-blank", "bom-blank"],
)
@pytest.mark.parametrize("word", ["date", "Date", "DATE", "dAtE", "Date:"])
def test_header_is_found_after_padding_and_in_any_case(
    tmp_path: Path, before: str, word: str
) -> None:
    header = f"{word} 2024-08-12 Moscow, Kyiv (Al-Ittihad, agencies)"
    article, report = read_one(tmp_path, f"{before}{header}\n\n{BODY}".encode())
    assert (article.published, article.source, article.dateline, article.agencies) == (
        "2024-08-12", "Al-Ittihad", ["Moscow", "Kyiv"], ["agencies"],
    )
    assert article.text == BODY
    assert report.warnings == []


@pytest.mark.parametrize(
    ("written", "published", "places"),
    [
        ("Aug 12, 2024", "2024-08-12", ["Moscow", "Kyiv"]),
        ("12 August 2024", "2024-08-12", ["Moscow", "Kyiv"]),
        ("12 Aug. 2024", "2024-08-12", ["Moscow", "Kyiv"]),
        ("2024/08/12", "2024-08-12", ["Moscow", "Kyiv"]),
        ("2024-08-12T09:30:00+03:00", "2024-08-12", ["Moscow", "Kyiv"]),
        ("Monday, 12 August 2024", "2024-08-12", ["Moscow", "Kyiv"]),
        ("13/08/2024,", "2024-08-13", ["Moscow", "Kyiv"]),
    ],
)
def test_header_date_may_be_written_in_common_forms(
    tmp_path: Path, written: str, published: str, places: list[str]
) -> None:
    content = f"date {written} Moscow, Kyiv (Al-Ittihad)\n\n{BODY}"
    article, report = read_one(tmp_path, content.encode())
    got = (article.published, article.dateline, article.source)
    assert got == (published, places, "Al-Ittihad")
    assert report.warnings == []


def test_header_after_blank_lines_reports_later_problems_on_its_own_line(tmp_path: Path) -> None:
    article, report = read_one(tmp_path, f"\n\ndate 2024-08-12 Kyiv (AP)\n{BODY}".encode())
    assert article.published == "2024-08-12" and article.text == BODY
    assert [w.split(": ", 1)[0].rsplit(":", 1)[1] for w in report.warnings] == ["4"]


def test_ambiguous_header_date_is_reported_once_with_its_line_and_left_unknown(
    tmp_path: Path,
) -> None:
    content = f"\ndate 03/04/2016 Kyiv (AP)\n\n{BODY}"
    article, report = read_one(tmp_path, content.encode())
    assert article.published is None
    assert len(report.warnings) == 1
    assert report.warnings[0].startswith(f"{tmp_path / 'report.txt'}:2: ")
    assert "ambiguous" in report.warnings[0]


def test_a_body_line_about_dates_after_blank_lines_is_not_a_header(tmp_path: Path) -> None:
    content = f"\n\nDated documents were shelled in Kyiv (AP).\n{BODY}"
    article, report = read_one(tmp_path, content.encode())
    assert article.text == content and article.published is None and report.warnings == []


@pytest.mark.model
@pytest.mark.gazetteer
@pytest.mark.parametrize("before", [" ", "\ufeff", "\n"], ids=["space", "bom", "blank"])
def test_padded_header_still_resolves_relative_dates(
    tmp_path: Path, pipeline: object, before: str
) -> None:
    body = "Shelling killed 3 people in Kharkiv on Tuesday, the governor said yesterday.\n"
    text = f"{before}date 2024-08-12 Kharkiv (Ukrinform)\n\n{body}"
    article, _ = read_one(tmp_path, text.encode())
    [done] = pipeline.run([article])  # type: ignore[attr-defined]
    assert (done.published, done.source) == ("2024-08-12", "Ukrinform")
    assert [(t.text, t.value) for t in done.times] == [("Tuesday", "2024-08-06"),
                                                        ("yesterday", "2024-08-11")]
