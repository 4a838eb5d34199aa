"""Every reader takes any bytes without raising; each input is an article or a reported skip.

The invariant is in = out + skipped: every file (and every non-blank JSONL line)
comes out as one article or as one entry in the report, with a reason.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.invariants import problems
from sitrep.readers import ReadReport, read_inputs

from .strategies import HOSTILE, hostile_text, html_pages, jsonl_lines

FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
NEWLINES = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\n\n"])


def read(paths: list[str], **kwargs: object) -> tuple[list, ReadReport]:
    report = ReadReport()
    articles = list(read_inputs(paths, report=report, **kwargs))
    for article in articles:
        assert article.text.strip() and article.id and article.origin
        assert problems(article) == []
    assert report.articles == len(articles)
    for skipped in report.skipped:
        assert skipped.reason.strip() and skipped.path
    return articles, report


def _one_file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@FUZZ
@given(data=st.binary(max_size=300))
def test_txt_reader_takes_any_bytes(tmp_path: Path, data: bytes) -> None:
    articles, report = read([str(_one_file(tmp_path, "a.txt", data))])
    assert len(articles) + len(report.skipped) == 1


@FUZZ
@given(lines=st.lists(hostile_text, max_size=6), newline=NEWLINES,
       lead=st.sampled_from(["", " ", "\ufeff", "\n\n", " \t"]),
       date=st.sampled_from(["2024-08-12", *HOSTILE]),
       word=st.sampled_from(["date", "DATE", "Date:"]))
def test_txt_reader_takes_any_header_and_text(
    tmp_path: Path, lines: list[str], newline: str, lead: str, date: str, word: str
) -> None:
    text = f"{lead}{word} {date} Kyiv (AP){newline}{newline}" + newline.join(lines)
    path = _one_file(tmp_path, "a.txt", text.encode("utf-8", "surrogatepass"))
    articles, report = read([str(path)])
    assert len(articles) + len(report.skipped) == 1
    if articles and date == "2024-08-12":
        assert articles[0].published == "2024-08-12" and articles[0].source == "AP"


@FUZZ
@given(lines=st.lists(jsonl_lines(), max_size=8), newline=st.sampled_from(["\n", "\r\n"]))
def test_jsonl_reader_reads_or_reports_every_line(
    tmp_path: Path, lines: list[str], newline: str
) -> None:
    path = _one_file(tmp_path, "feed.jsonl", newline.join(lines).encode())
    articles, report = read([str(path)])
    busy = sum(1 for line in lines for part in line.split("\n") if part.strip())
    assert len(articles) + len(report.skipped) == busy


@FUZZ
@given(data=st.binary(max_size=300))
def test_jsonl_reader_takes_any_bytes(tmp_path: Path, data: bytes) -> None:
    articles, report = read([str(_one_file(tmp_path, "feed.jsonl", data))])
    lines = data.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    units = sum(1 for line in lines if line.decode("utf-8", "replace").strip())
    assert len(articles) + len(report.skipped) in (units, 1)  # 1: a binary file


@FUZZ
@given(page=html_pages())
def test_html_reader_takes_any_markup(tmp_path: Path, page: str) -> None:
    path = _one_file(tmp_path, "page.html", page.encode("utf-8", "surrogatepass"))
    articles, report = read([str(path)])
    assert len(articles) + len(report.skipped) == 1


@FUZZ
@given(data=st.binary(max_size=400))
def test_stdin_takes_any_bytes(data: bytes) -> None:
    articles, report = read(["-"], stdin=io.TextIOWrapper(io.BytesIO(data)))
    assert articles or report.skipped or not data.strip() or b"\n" in data


@FUZZ
@given(files=st.lists(st.tuples(st.sampled_from([".txt", ".jsonl", ".html", ".md", ""]),
                                st.binary(max_size=120)), max_size=5))
def test_folder_reads_or_reports_every_file(tmp_path: Path, files: list[tuple[str, bytes]]) -> None:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for number, (suffix, data) in enumerate(files):
        (folder / f"f{number}{suffix}").write_bytes(data)
    articles, report = read([str(folder)])
    readable = [(s, d) for s, d in files if s in (".txt", ".html", ".jsonl")]
    assert len(report.ignored) == len(files) - len(readable)
    if all(s != ".jsonl" for s, _ in readable):
        assert len(articles) + len(report.skipped) == len(readable)


def test_enormous_line_and_size_limit_are_reported_not_cut(tmp_path: Path) -> None:
    line = "Shelling hit Kharkiv. " * 5000  # one 110 kB line
    path = _one_file(tmp_path, "long.txt", line.encode())
    [article], _ = read([str(path)])
    assert article.text == line
    articles, report = read([str(path)], max_bytes=100_000)
    assert articles == []
    assert "over the limit of 100 kB (max_article_bytes)" in str(report.skipped[0])


def test_fifty_megabyte_file_is_skipped_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing to write
    articles, report = read([str(path)])
    assert articles == []
    assert str(report.skipped[0]) == (
        f"{path}: the file is 52.4 MB, over the limit of 2 MB (max_article_bytes); skipped")


def test_jsonl_line_over_the_limit_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "Shelling hit Kharkiv."}), json.dumps({"text": "x" * 500}),
             json.dumps({"text": "Rebels took Goma."})]
    path = _one_file(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    articles, report = read([str(path)], max_bytes=200)
    assert [a.text for a in articles] == ["Shelling hit Kharkiv.", "Rebels took Goma."]
    skipped = [(s.line, s.reason.split(",")[0]) for s in report.skipped]
    assert skipped == [(2, "the line is 512 bytes")]


def test_jsonl_lone_surrogate_is_replaced_and_reported(tmp_path: Path) -> None:
    path = _one_file(tmp_path, "feed.jsonl", b'{"text": "Shelling \\ud800 hit Kyiv."}\n')
    [article], report = read([str(path)])
    assert article.text == "Shelling \ufffd hit Kyiv."
    assert report.warnings == [f"{path}:1: 1 lone surrogate escape(s) (such as \\ud800) are not "
                               "characters; each was replaced by U+FFFD, offsets unchanged"]


def test_jsonl_numbers_too_long_and_nesting_too_deep_are_bad_lines(tmp_path: Path) -> None:
    lines = ['{"text": "Shelling hit Kharkiv.", "id": ' + "9" * 5000 + "}", "[" * 100_000,
             json.dumps({"text": "Rebels took Goma."})]
    path = _one_file(tmp_path, "feed.jsonl", "\n".join(lines).encode())
    articles, report = read([str(path)])
    assert [a.text for a in articles] == ["Rebels took Goma."]
    assert [(s.line, s.reason) for s in report.skipped] == [
        (1, "not readable JSON (Exceeds the limit (4300 digits) for integer string conversion); "
            "line skipped"),
        (2, "not readable JSON (nested too deep); line skipped"),
    ]
