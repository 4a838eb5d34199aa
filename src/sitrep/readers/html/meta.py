"""Page metadata: the headline and the declared publication date.

The date metas (best first) and the class-name parts of date stamps and of other
stories' teasers are reference data (``readers/date_metas``, ``stamp_names``,
``other_stories_names``).
"""

from __future__ import annotations

import functools
import re

from ... import reference
from .dates import iso_date
from .ldjson import LinkedData
from .tree import Node, all_text, clean, find

__all__ = ["page_title", "published_date"]

_LD_KEY = "datePublished"
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
# The last " | " or " - " in a page title, before the site name.
_TITLE_SEP = re.compile(r"\s+[|\-\u2013\u2014\u00b7]\s+(?!.*\s[|\-\u2013\u2014\u00b7]\s)")
_MAX_STAMP = 120
_NOT_OWN = frozenset({"script", "style", "nav", "aside", "footer", "li"})
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")


@functools.cache
def _name_part(name: str) -> re.Pattern[str]:
    """Any entry of word list ``name`` found anywhere in a class/id/itemprop name."""
    return re.compile("|".join(map(re.escape, reference.ordered_words(name))), re.I)


def page_title(root: Node, metas: dict[str, str], ld: LinkedData | None = None) -> str | None:
    """The first ``<h1>`` that the page title repeats, else the page title less its site name.

    A page title that is only the site's name gives way to the JSON-LD headline or ``<h1>``.
    """
    ld = ld or LinkedData()
    h1s = [text for node in find(root, "h1") if (text := all_text(node))]
    page = clean(metas.get("og:title", "")) or next(
        (text for node in find(root, "title") if (text := all_text(node))), ""
    )
    for h1 in h1s:
        if h1.casefold() in page.casefold():
            return h1
    sites = {clean(metas.get("og:site_name", "")).casefold(), clean(ld.publisher).casefold()}
    sites.discard("")
    if page and page.casefold() not in sites:
        head, sep, tail = _split_title(page)
        if sep and (tail.casefold() in sites or len(tail) < len(head) / 2):
            return head
        if sep and head.casefold() in sites:
            return tail
        return page
    return clean(ld.headline) or (h1s[0] if h1s else None) or page or None


def _split_title(title: str) -> tuple[str, str, str]:
    match = _TITLE_SEP.search(title)
    if not match:
        return title, "", ""
    return title[: match.start()].strip(), match.group(), title[match.end() :].strip()


def published_date(root: Node, metas: dict[str, str], ld: LinkedData | None = None) -> str | None:
    """The declared publication date: metas, JSON-LD, ``<time>``, then a shown date stamp."""
    for name in reference.ordered_words("readers/date_metas"):
        if name in metas and (found := iso_date(metas[name])):
            return found
    if ld and ld.published and (found := iso_date(ld.published)):
        return found
    for script in find(root, "script"):
        if "ld+json" in script.attrs.get("type", ""):
            data = "".join(c for c in script.children if isinstance(c, str))
            for value in _LD_DATE.findall(data):
                if found := iso_date(value):
                    return found
    times = find(root, "time")
    in_article = [t for a in find(root, "article") for t in find(a, "time")]
    marked = [t for t in times if "pubdate" in t.attrs or t.attrs.get("itemprop") == _LD_KEY]
    for node in marked + in_article + times:
        if found := iso_date(node.attrs.get("datetime", "")) or iso_date(all_text(node)):
            return found
    return _shown_date(root) or _url_date(root, metas)


def _url_date(root: Node, metas: dict[str, str]) -> str | None:
    """A date in the page's own address (``.../2024/08/12/...``): canonical link or og:url."""
    links = [n for n in find(root, "link") if "canonical" in n.attrs.get("rel", "")]
    urls = [n.attrs.get("href", "") for n in links]
    urls.append(metas.get("og:url", ""))
    for url in urls:
        if match := _URL_DATE.search(url):
            if found := iso_date("-".join(match.groups())):
                return found
    return None


def _shown_date(root: Node) -> str | None:
    """A date in a short element named like a date stamp or byline ("Published: 14 June 2024")."""
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, in_article = stack.pop()
        names = " ".join(node.attrs.get(a, "") for a in ("class", "id", "itemprop"))
        own_footer = node.tag == "footer" and in_article  # the article's byline and date
        if (node.tag in _NOT_OWN and not own_footer) or _name_part(
            "readers/other_stories_names"
        ).search(names):
            continue  # site footers and teaser lists show other dates
        if _name_part("readers/stamp_names").search(names):
            text = all_text(node)
            if len(text) <= _MAX_STAMP and (found := iso_date(text)):
                return found
        in_article = in_article or node.tag == "article"
        stack.extend((child, in_article) for child in reversed(node.elements()))
    return None
