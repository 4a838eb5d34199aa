"""The demo corpus in examples/: well-formed wire reports, and listed in its README.

The header check uses a small local regex on purpose, so that this file does
not depend on ``sitrep.readers``.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FILES = sorted(EXAMPLES.glob("*.txt"))

HEADER = re.compile(
    r"^date (?P<date>\d{4}-\d{2}-\d{2}) (?P<dateline>[^()]+?) "
    r"\((?P<outlet>[^,()]+)(?P<agencies>(?:, [^,()]+)*)\)$"
)
NAME = re.compile(r"^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.txt$")
EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)


def split_report(raw: str) -> tuple[re.Match[str] | None, str]:
    """(header match or None, body), following the contract's .txt layout."""
    first, _, rest = raw.partition("\n")
    if not first.startswith("date "):
        return None, raw
    match = HEADER.match(first)
    assert match, f"malformed header line: {first!r}"
    blank, _, body = rest.partition("\n")
    assert blank == "", f"header must be followed by a blank line, got {blank!r}"
    return match, body


def test_corpus_has_at_least_twelve_reports():
    assert len(FILES) >= 12


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_report_is_utf8_without_bom_or_crlf(path: Path):
    data = path.read_bytes()
    data.decode("utf-8")  # raises UnicodeDecodeError if not UTF-8
    assert not data.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in data


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_report_name_has_numeric_prefix_and_topic(path: Path):
    assert NAME.match(path.name), path.name


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_report_header_is_valid_and_body_is_nonempty(path: Path):
    header, body = split_report(path.read_text(encoding="utf-8"))
    if header is not None:
        dt.date.fromisoformat(header["date"])  # a real calendar date
        assert header["dateline"].strip() == header["dateline"]
        assert header["outlet"].strip()
    assert body.strip(), "body is empty"
    assert not body.startswith(("\n", " ")), "body must start right after the blank line"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_report_body_is_a_short_wire_story(path: Path):
    _, body = split_report(path.read_text(encoding="utf-8"))
    assert 80 <= len(body.split()) <= 250


def test_corpus_has_reports_with_and_without_header():
    headers = [split_report(p.read_text(encoding="utf-8"))[0] for p in FILES]
    assert any(h is None for h in headers)
    assert sum(h is not None for h in headers) >= len(FILES) - 2


def test_corpus_uses_several_outlets():
    outlets = set()
    for path in FILES:
        header, _ = split_report(path.read_text(encoding="utf-8"))
        if header is not None:
            outlets.add(header["outlet"])
    assert len(outlets) >= 6


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("date 2024-08-12 Moscow, Kyiv (Al-Ittihad, agencies)",
         ("2024-08-12", "Moscow, Kyiv", "Al-Ittihad", ", agencies")),
        ("date 2024-06-03 Moscow (Caspian Daily, TASS)",
         ("2024-06-03", "Moscow", "Caspian Daily", ", TASS")),
        ("date 2024-05-17 Kharkiv (Dnipro Wire)", ("2024-05-17", "Kharkiv", "Dnipro Wire", "")),
    ],
)
def test_header_regex_reads_date_dateline_outlet_and_agencies(line, expected):
    match = HEADER.match(line)
    assert match is not None
    assert (match["date"], match["dateline"], match["outlet"], match["agencies"]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "date 2024-8-12 Moscow (Outlet)",  # month not zero-padded
        "date 2024-08-12 Moscow Outlet",  # no parentheses
        "date 2024-08-12 (Outlet)",  # no dateline places
    ],
)
def test_header_regex_rejects_malformed_lines(line):
    assert HEADER.match(line) is None


def test_readme_lists_every_report_and_nothing_else():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`(\d{2}-[a-z0-9-]+\.txt)`", readme))
    assert listed == {p.name for p in FILES}


def test_readme_covers_all_six_acled_event_types():
    readme = (EXAMPLES / "README.md").read_text(encoding="utf-8")
    assert [t for t in EVENT_TYPES if t not in readme] == []
