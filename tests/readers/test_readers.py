"""Readers: the wire .txt layout, JSONL, HTML files, folders, stdin, and bad input."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from sitrep.errors import ConfigError, InputError
from sitrep.readers import (
    ReadReport,
    Skipped,
    article_from_text,
    parse_wire_header,
    read_inputs,
)

BODY = (
    "The Russian president on Tuesday ordered the army to expel Ukrainian units that launched "
    "an offensive into the Kursk region.\nAt least 12 civilians were killed and 121 injured, "
    "the region's acting governor said yesterday.\n"
)
HEADER = "date 2024-08-12 Moscow, Kyiv (Al-Ittihad, agencies)"


def read(paths: list[str | Path], **kwargs: object) -> tuple[list, ReadReport]:
    report = ReadReport()
    articles = list(read_inputs([str(p) for p in paths], report=report, **kwargs))
    return articles, report


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


# -- the .txt wire layout ------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "published", "dateline", "source", "agencies"),
    [
        (HEADER, "2024-08-12", ["Moscow", "Kyiv"], "Al-Ittihad", ["agencies"]),
        ("date 2024-08-12 Kyiv (Reuters)", "2024-08-12", ["Kyiv"], "Reuters", []),
        (
            "date 2023-02-01 Gaza City; Rafah (Al-Ittihad, AFP, Reuters)",
            "2023-02-01",
            ["Gaza City", "Rafah"],
            "Al-Ittihad",
            ["AFP", "Reuters"],
        ),
        (
            "date 2024-01-05 Khartoum (Sudan Tribune, AFP and AP)",
            "2024-01-05",
            ["Khartoum"],
            "Sudan Tribune",
            ["AFP", "AP"],
        ),
        ("date 2024-08-12 (Al-Ittihad)", "2024-08-12", [], "Al-Ittihad", []),
        (
            "date 2024-08-12\tMoscow  (Al-Ittihad, agencies)  ",
            "2024-08-12",
            ["Moscow"],
            "Al-Ittihad",
            ["agencies"],
        ),
    ],
)
def test_wire_header_fills_article_metadata(
    tmp_path: Path,
    header: str,
    published: str,
    dateline: list[str],
    source: str,
    agencies: list[str],
) -> None:
    path = write(tmp_path / "a.txt", f"{header}\n\n{BODY}")
    [article], report = read([path])
    assert (article.published, article.dateline, article.source, article.agencies) == (
        published,
        dateline,
        source,
        agencies,
    )
    assert article.text == BODY
    assert article.origin == str(path)
    assert report.articles == 1 and report.skipped == [] and report.warnings == []


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_wire_body_offsets_index_the_text_after_header_and_blank_line(
    tmp_path: Path, newline: str
) -> None:
    body = BODY.replace("\n", newline)
    path = write(tmp_path / "a.txt", f"{HEADER}{newline}{newline}{body}")
    [article], _ = read([path])
    assert article.text == body
    start = body.index("At least 12 civilians")
    assert article.text[start : start + len("At least 12 civilians")] == "At least 12 civilians"


def test_wire_keeps_extra_blank_lines_and_indentation_of_body(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"{HEADER}\n\n\n  {BODY}")
    [article], _ = read([path])
    assert article.text == f"\n  {BODY}"


def test_wire_without_header_reads_whole_file_as_body(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY)
    [article], report = read([path])
    assert article.text == BODY
    assert article.published is None and article.source is None and article.dateline == []
    assert report.warnings == []


def test_wire_accepts_utf8_bom_and_keeps_it_out_of_the_body(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + f"{HEADER}\n\n{BODY}".encode())
    [article], _ = read([path])
    assert article.published == "2024-08-12"
    assert article.text == BODY


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("date 2024-13-45 Moscow (Al-Ittihad)", "'2024-13-45' is not used: it is not a real"),
        ("date 2024-08-12 Moscow, Kyiv", "header does not read"),
        ("date 12/08/2024 Moscow (Al-Ittihad)", "'12/08/2024' is not used: it is ambiguous"),
        ("date Moscow (Al-Ittihad)", "'Moscow' is not used: it is not a date"),
    ],
)
def test_malformed_header_warns_with_line_1_and_keeps_whole_file(
    tmp_path: Path, header: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    text = f"{header}\n\n{BODY}"
    path = write(tmp_path / "bad.txt", text)
    with caplog.at_level(logging.WARNING):
        [article], report = read([path])
    assert article.text == text
    assert article.published is None and article.source is None
    assert len(report.warnings) == 1
    assert report.warnings[0].startswith(f"{path}:1: ")
    assert reason in report.warnings[0]
    assert article.warnings == report.warnings
    assert report.warnings[0] in caplog.text


def test_body_starting_with_the_word_date_is_not_a_header(tmp_path: Path) -> None:
    text = "Dates were shelled.\n" + BODY
    [article], report = read([write(tmp_path / "a.txt", text)])
    assert article.text == text and report.warnings == []


def test_header_without_blank_line_warns_and_body_starts_on_line_2(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", f"{HEADER}\n{BODY}")
    [article], report = read([path])
    assert article.text == BODY
    assert article.published == "2024-08-12"
    assert report.warnings[0].startswith(f"{path}:2: no blank line")


def test_parse_wire_header_rejects_line_without_parentheses() -> None:
    with pytest.raises(ValueError, match="header does not read"):
        parse_wire_header("date 2024-08-12 Moscow")


# -- JSONL ---------------------------------------------------------------------


def test_jsonl_reads_fields_and_keeps_given_id(tmp_path: Path) -> None:
    line = {
        "id": "wire-7",
        "text": BODY,
        "published": "2024-08-12",
        "source": "Al-Ittihad",
        "url": "https://example.org/a",
        "title": "Army ordered to expel units",
    }
    path = write(tmp_path / "a.jsonl", json.dumps(line) + "\n")
    [article], report = read([path])
    assert article.id == "wire-7"
    assert (article.text, article.published, article.source) == (BODY, "2024-08-12", "Al-Ittihad")
    assert (article.url, article.title) == ("https://example.org/a", "Army ordered to expel units")
    assert article.origin == f"{path}:1"
    assert report.articles == 1


def test_jsonl_without_id_gets_stable_content_hash(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps({"text": BODY}) + "\n")
    [first], _ = read([path])
    [second], _ = read([path])
    assert first.id == second.id and first.id.startswith("a") and len(first.id) == 17


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "Shelling", ', "not valid JSON ("),
        ('["a list"]', "not a JSON object (it is a list)"),
        ('"just a string"', "not a JSON object (it is a string)"),
        ('{"title": "no text"}', 'no "text" field'),
        ('{"text": ""}', 'empty "text"'),
        ('{"text": "   \\n "}', 'empty "text"'),
        ('{"text": 42}', '"text" is a number, not a string'),
        ('{"text": null}', 'no "text" field'),
    ],
)
def test_bad_jsonl_line_is_skipped_with_line_number_and_rest_is_read(
    tmp_path: Path, line: str, reason: str, caplog: pytest.LogCaptureFixture
) -> None:
    content = "\n".join([json.dumps({"text": "First."}), "", line, json.dumps({"text": "Last."})])
    path = write(tmp_path / "a.jsonl", content)
    with caplog.at_level(logging.WARNING):
        articles, report = read([path])
    assert [a.text for a in articles] == ["First.", "Last."]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:4"]
    [skipped] = report.skipped
    assert (skipped.path, skipped.line) == (str(path), 3)
    assert skipped.message.startswith(f"{path}:3: {reason}")
    assert skipped.message.endswith("line skipped")
    assert skipped.message in caplog.text


def test_jsonl_invalid_json_message_names_the_json_error(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", '{"text": "x" "id": 1}\n')
    _, report = read([path])
    assert report.skipped[0].message == (
        f"{path}:1: not valid JSON (Expecting ',' delimiter); line skipped"
    )


@pytest.mark.parametrize(
    ("published", "expected", "warned"),
    [
        ("2024-08-12", "2024-08-12", False),
        ("2024-08-12T09:30:00Z", "2024-08-12", False),
        ("2024-13-01", None, True),
        ("12 August 2024", "2024-08-12", False),
        ("Dec 17, 2016", "2016-12-17", False),
        ("Sat, 17 Dec 2016 10:00:00 +0000", "2016-12-17", False),
        ("2016-12-17T23:30:00-05:00", "2016-12-17", False),
        ("03/04/2016", None, True),
        ("2016-02-30T10:00:00Z", None, True),
        (20240812, None, True),
        (None, None, False),
    ],
)
def test_jsonl_published_date_is_checked(
    tmp_path: Path, published: object, expected: str | None, warned: bool
) -> None:
    path = write(tmp_path / "a.jsonl", json.dumps({"text": BODY, "published": published}))
    [article], report = read([path])
    assert article.published == expected
    assert bool(report.warnings) is warned
    if warned:
        assert report.warnings[0].startswith(f'{path}:1: "published"')


def test_jsonl_bad_utf8_line_skips_only_that_line(tmp_path: Path) -> None:
    content = b'{"text": "One."}\n{"text": "caf\xe9"}\n{"text": "Three."}\n'
    path = write(tmp_path / "a.jsonl", content)
    articles, report = read([path])
    assert [a.text for a in articles] == ["One.", "Three."]
    assert report.skipped[0].line == 2 and "not UTF-8" in report.skipped[0].reason


def test_jsonl_accepts_bom_and_numeric_id(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jsonl", b'\xef\xbb\xbf{"id": 7, "text": "One."}\n')
    [article], report = read([path])
    assert (article.id, article.text, report.skipped) == ("7", "One.", [])


# -- bad files -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        (
            "latin1.txt",
            "Caf\xe9 shelled".encode("latin-1"),
            "not UTF-8 text (byte 0xe9 at offset 3)",
        ),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("binary.jsonl", b"\x00\x01\x02{}", "binary file"),
        ("empty.txt", b"", "empty body (the file is empty)"),
        ("blank.txt", b"  \n\n \n", "empty body"),
        ("header-only.txt", f"{HEADER}\n\n".encode(), "empty body (nothing after the header)"),
        ("empty.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_bad_file_is_skipped_with_its_name_and_batch_goes_on(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "good.txt", BODY)
    articles, report = read([bad, good])
    assert [a.text for a in articles] == [BODY]
    [skipped] = report.skipped
    assert skipped == Skipped(str(bad), None, skipped.reason)
    assert skipped.message.startswith(f"{bad}: ")
    assert reason in skipped.reason
    assert report.articles == 1


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    articles, report = read([tmp_path / "nope.txt"])
    assert articles == []
    assert (
        report.skipped[0].message
        == f"{tmp_path / 'nope.txt'}: no such file or folder; check the path"
    )


def test_utf16_text_with_bom_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY.encode("utf-16"))
    [article], _ = read([path])
    assert article.text == BODY


# -- folders, stdin, formats -----------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order_ignoring_unknown_suffixes(
    tmp_path: Path,
) -> None:
    write(tmp_path / "b.txt", "B body.")
    write(tmp_path / "a" / "z.jsonl", '{"text": "AZ1"}\n{"text": "AZ2"}\n')
    write(tmp_path / "a" / "c.htm", "<p>An HTML page with enough text to be a paragraph.</p>")
    write(tmp_path / "notes.md", "not read")
    write(tmp_path / ".hidden" / "x.txt", "hidden")
    write(tmp_path / ".DS_Store", b"\x00\x01")
    articles, report = read([tmp_path])
    assert [a.text for a in articles] == [
        "An HTML page with enough text to be a paragraph.",
        "AZ1",
        "AZ2",
        "B body.",
    ]
    assert report.skipped == []  # a note in a folder is not bad input
    assert report.ignored == [str(tmp_path / "notes.md")]


def test_input_format_reads_every_file_as_that_kind(tmp_path: Path) -> None:
    write(tmp_path / "a.md", f"{HEADER}\n\n{BODY}")
    [article], report = read([tmp_path], input_format="txt")
    assert article.published == "2024-08-12" and report.skipped == []


def test_unknown_input_format_raises_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown input format 'pdf'"):
        read_inputs(["x"], input_format="pdf", report=ReadReport())


def test_single_file_with_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.dat", '{"text": "One."}\n\n{"text": "Two."}\n')
    articles, _ = read([path])
    assert [a.text for a in articles] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("stdin", "input_format", "texts", "published"),
    [
        ('{"text": "One."}\n{"text": "Two."}\n', None, ["One.", "Two."], None),
        (f"{HEADER}\n\n{BODY}", None, [BODY], "2024-08-12"),
        ('{"text": "One."}\n', "txt", ['{"text": "One."}\n'], None),
        ('{"text": "One."}\n', "jsonl", ["One."], None),
        (
            "<html><body><p>Shelling hit the city centre overnight.</p></body></html>",
            None,
            ["Shelling hit the city centre overnight."],
            None,
        ),
    ],
)
def test_stdin_format_is_detected_or_named(
    stdin: str, input_format: str | None, texts: list[str], published: str | None
) -> None:
    articles, _ = read(["-"], stdin=io.StringIO(stdin), input_format=input_format)
    assert [a.text for a in articles] == texts
    assert articles[0].published == published
    assert articles[0].origin.startswith("<stdin>")


def test_stdin_bytes_buffer_is_decoded() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + BODY.encode()), encoding="utf-8")
    [article], _ = read(["-"], stdin=stream)
    assert article.text == BODY


def test_html_file_gives_title_text_and_date(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Blasts in Kyiv | Example News</title>"
        '<meta property="article:published_time" content="2024-08-12T10:00:00+03:00">'
        '<meta property="og:site_name" content="Example News"></head><body>'
        "<nav><a href='/'>Home</a></nav><article><h1>Blasts in Kyiv</h1>"
        "<p>Explosions were heard in Kyiv on Monday, officials said.</p></article></body></html>"
    )
    [article], _ = read([write(tmp_path / "a.html", page)])
    assert article.title == "Blasts in Kyiv"
    assert article.published == "2024-08-12"
    assert article.source == "Example News"
    assert "Explosions were heard in Kyiv on Monday, officials said." in article.text
    assert "Home" not in article.text


def test_report_summary_counts() -> None:
    report = ReadReport(articles=3)
    report.skip("a.jsonl", 2, "not valid JSON (x); line skipped")
    assert report.summary() == "read 3 articles, skipped 1"


# -- --text ---------------------------------------------------------------------


def test_article_from_text_keeps_text_exactly() -> None:
    article = article_from_text("  Shelling hit Kharkiv.\n", published="2024-05-01", source="AP")
    assert (article.text, article.published, article.source) == (
        "  Shelling hit Kharkiv.\n",
        "2024-05-01",
        "AP",
    )


@pytest.mark.parametrize(("text", "published"), [("", None), ("  ", None), ("x", "2024-02-30")])
def test_article_from_text_rejects_empty_text_and_bad_date(
    text: str, published: str | None
) -> None:
    with pytest.raises(InputError):
        article_from_text(text, published=published)


def test_stdin_feed_with_a_broken_line_is_still_read_as_jsonl() -> None:
    feed = '{"text": "First report."}\nnot json\n{"text": "Second report."}\n'
    articles, report = read(["-"], stdin=io.StringIO(feed))
    assert [a.text for a in articles] == ["First report.", "Second report."]
    [skipped] = report.skipped
    assert skipped.line == 2 and "not valid JSON" in skipped.reason
