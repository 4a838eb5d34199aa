"""``.html``/``.htm`` input: the main text of the page, boilerplate left out."""

from __future__ import annotations

from ..records import Article
from .html import parse_html
from .report import ReadReport

__all__ = ["article_from_html"]


def article_from_html(html: str, path: str, report: ReadReport) -> Article | None:
    """The article in a decoded HTML page, or None (reported) when it has no main text.

    ``Article.text`` is the extracted text (paragraphs joined by blank lines);
    offsets refer to it, not to the markup. The title, the site name (``og:site_name``,
    else the JSON-LD publisher) as ``source``, and the publication date (declared, or
    shown as a date stamp) are kept when present.
    """
    page = parse_html(html)
    if not page.text.strip():
        report.skip(path, None, "no article text found in the HTML; file skipped")
        return None
    return Article(
        text=page.text,
        title=page.title,
        published=page.published,
        source=page.site_name,
        origin=path,
    )
