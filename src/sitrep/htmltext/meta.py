"""Page metadata: the headline and the declared publication date."""

from __future__ import annotations

import datetime as dt
import re

from .tree import Node, all_text, clean, find

__all__ = ["page_title", "published_date"]

_DATE = re.compile(r"^\s*(\d{4})[-/](\d{2})[-/](\d{2})")
_LD_KEY = "datePublished"
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
# The last " | " or " - " in a page title, before the site name.
_TITLE_SEP = re.compile(r"\s+[|\-\u2013\u2014\u00b7]\s+(?!.*\s[|\-\u2013\u2014\u00b7]\s)")
_DATE_METAS = (  # meta names and properties that carry the publication date, best first
    "article:published_time og:published_time published_time datepublished pubdate publishdate "
    "publish-date parsely-pub-date sailthru.date dc.date dc.date.issued dcterms.created "
    "dcterms.date date"
).split()


def page_title(root: Node, metas: dict[str, str]) -> str | None:
    """The first ``<h1>`` that the page title repeats, else the page title less its site name."""
    h1s = [text for node in find(root, "h1") if (text := all_text(node))]
    page = clean(metas.get("og:title", "")) or next(
        (text for node in find(root, "title") if (text := all_text(node))), ""
    )
    for h1 in h1s:
        if h1.casefold() in page.casefold():
            return h1
    if page:
        head, sep, tail = _split_title(page)
        site = clean(metas.get("og:site_name", "")).casefold()
        if sep and (tail.casefold() == site or len(tail) < len(head) / 2):
            return head
        return page
    return h1s[0] if h1s else None


def _split_title(title: str) -> tuple[str, str, str]:
    match = _TITLE_SEP.search(title)
    if not match:
        return title, "", ""
    return title[: match.start()].strip(), match.group(), title[match.end() :].strip()


def _as_date(value: str) -> str | None:
    match = _DATE.match(value)
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


def published_date(root: Node, metas: dict[str, str]) -> str | None:
    for name in _DATE_METAS:
        if name in metas and (found := _as_date(metas[name])):
            return found
    for script in find(root, "script"):
        if "ld+json" in script.attrs.get("type", ""):
            data = "".join(c for c in script.children if isinstance(c, str))
            for value in _LD_DATE.findall(data):
                if found := _as_date(value):
                    return found
    times = find(root, "time")
    in_article = [t for a in find(root, "article") for t in find(a, "time")]
    marked = [t for t in times if "pubdate" in t.attrs or t.attrs.get("itemprop") == _LD_KEY]
    for node in marked + in_article + times:
        if found := _as_date(node.attrs.get("datetime", "")):
            return found
    return None
