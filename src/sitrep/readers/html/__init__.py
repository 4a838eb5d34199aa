"""Take the main article text out of an HTML page, with the standard library only.

The page is parsed into a small tolerant tree (:mod:`html.parser` plus the
implied end tags browsers add), boilerplate is removed, and the container
that holds the article is chosen:

1. Dropped outright: ``script style noscript template head iframe svg`` and
   the like, hidden elements (also screen-reader-only ``sr-only`` text), and
   -- unless they hold most of the page's paragraph text -- ``nav header
   footer aside form figure figcaption`` elements, ARIA
   ``navigation``/``banner``/``contentinfo``/``complementary`` roles, and
   elements whose class or id names boilerplate (:mod:`.names`: ``nav menu
   footer share social related comment cookie subscribe advert ad promo
   breadcrumb sidebar caption credit byline author meta tags twitter-tweet
   embed``...; words are split at ``-``, ``_`` and camelCase, so
   ``adContainer`` and ``relatedStories`` count). Photo captions and credits
   are not article text; neither are embedded social posts, author bios or
   pull quotes.
2. The article container is the ``<article>`` with the most paragraph text,
   else ``<main>``, else the element whose child paragraphs hold the most text
   (Readability-style scoring); it is widened to an ancestor while it holds
   less than half of the page's paragraph text.
3. Inside it, link-heavy lists and blocks ("Read more: ...") are dropped.
4. Paragraphs that are page furniture (:mod:`.lines`: date stamps, bylines,
   "Advertisement", "Subscribe to continue reading") are dropped; a date stamp
   gives the published date when the metadata has none.
5. When the JSON-LD ``articleBody`` (:mod:`.ldjson`) is much longer than what
   the markup gave (pages rendered by script, paywalled teasers), it is the text.

A live blog keeps its entries in page order (usually newest first), with
their headings and without their clock stamps.

The word lists and tag-name sets these rules use are reference data in
``sitrep/data/readers/`` (see :mod:`sitrep.reference`).

Block elements (``p h1-h6 li blockquote div`` ...) and ``<br>`` become
paragraph breaks (a blank line); whitespace inside a paragraph is collapsed
and entities are unescaped.

Example:

    >>> extract_main_text("<title>T</title><nav>Home</nav><article><p>Shelling hit Kharkiv.</p>"
    ...                   "<p>Two were hurt.</p></article>")
    ('T', 'Shelling hit Kharkiv.\\n\\nTwo were hurt.')
"""

from __future__ import annotations

import html as htmllib
import re
from typing import NamedTuple

from .dates import date_in
from .ldjson import linked_data
from .lines import is_furniture, is_stamp
from .meta import page_title, published_date
from .names import is_boilerplate_name, is_figure_name, is_hidden, is_never_article_name
from .tree import (
    HEADINGS,
    SPACE,
    Node,
    TreeBuilder,
    all_text,
    always_drop,
    block_tags,
    clean,
    find,
)

__all__ = ["HtmlText", "parse_html", "extract_main_text"]

_SEMANTIC_DROP = frozenset("nav header footer aside form figure figcaption menu".split())
_BOILER_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_PROTECTED = frozenset({"#root", "html", "body", "main", "article"})
_PARA = frozenset({"p", "pre", "blockquote"})
_LEAFY = frozenset({"div", "section", "td", "article", "main"})
_LISTY = frozenset({"ul", "ol", "dl", "table", "div", "section"})
_MIN_PARA = 25
_MIN_LEAF = 100
_MIN_BODY_PARA = 80  # a date stamp above a paragraph this long is the article's own
_LD_SHARE = 0.6  # JSON-LD articleBody replaces DOM text shorter than this share of it
_MAX_CAPTION = 300  # an element named like a picture, with an image and this little text
_IMAGES = ("img", "picture", "amp-img")
_LIST_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6"})


class HtmlText(NamedTuple):
    """What :func:`parse_html` finds in a page."""

    title: str | None
    text: str  # the main text, paragraphs separated by a blank line
    published: str | None  # YYYY-MM-DD when the page declares a parseable date
    site_name: str | None  # og:site_name, else the JSON-LD publisher's name


def parse_html(html: str) -> HtmlText:
    """The title, main text, published date and site name of an HTML page."""
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    root = builder.root
    ld = linked_data(root)
    title = page_title(root, builder.metas, ld)
    published = published_date(root, builder.metas, ld)
    site = clean(builder.metas.get("og:site_name", "")) or clean(ld.publisher) or None
    blocks = _main_blocks(root, _headline(root, title))
    kept = [b for b in blocks if not is_furniture(b)]
    if published is None:
        published = _stamped_date(blocks)
    text = "\n\n".join(kept)
    body = _ld_body(ld.body)
    if len(text) < len(body) * _LD_SHARE:
        text = body
    return HtmlText(title, text, published, site)


def _stamped_date(blocks: list[str]) -> str | None:
    """The date of a stamp shown above the first full paragraph ("Posted on 2024-08-20")."""
    found = None
    for block in blocks:
        if len(block) >= _MIN_BODY_PARA and not is_furniture(block):
            return found
        if found is None and is_stamp(block):
            found = date_in(block)
    return None


def _headline(root: Node, title: str | None) -> Node | None:
    """The ``<h1>`` that shows the page's title, if any."""
    return next((node for node in find(root, "h1") if title and all_text(node) == title), None)


def _main_blocks(root: Node, headline: Node | None = None) -> list[str]:
    """The paragraphs of the article container, boilerplate elements left out."""

    stats = _Stats(root)
    _drop_boilerplate(root, stats, stats.ptext[id(root)], headline)
    stats = _Stats(root)
    container = _choose_container(root, stats)
    _drop_link_lists(container, stats)
    blocks: list[str] = []
    _render(container, blocks, [])
    return blocks


def _ld_body(body: str) -> str:
    """JSON-LD ``articleBody`` as paragraphs: markup is extracted, lines become paragraphs."""
    if not body:
        return ""
    if re.search(r"</?(?:p|br|div)\b", body, re.I):
        builder = TreeBuilder()
        builder.feed(body)
        builder.close()
        blocks = _main_blocks(builder.root)
    else:
        blocks = [clean(line) for line in htmllib.unescape(body).splitlines()]
    return "\n\n".join(b for b in blocks if b and not is_furniture(b))


def extract_main_text(html: str) -> tuple[str | None, str]:
    """``(title, text)`` of an HTML page; see :func:`parse_html`."""
    found = parse_html(html)
    return found.title, found.text


# -- measuring ---------------------------------------------------------------


class _Stats:
    """Paragraph text, link text and total text lengths of every element, bottom-up."""

    def __init__(self, root: Node) -> None:
        self.ptext: dict[int, int] = {}
        self.text: dict[int, int] = {}
        self.links: dict[int, int] = {}
        self.has_block: dict[int, bool] = {}
        self.score: dict[int, float] = {}
        self.nodes: list[Node] = []
        self._measure(root)

    def _measure(self, node: Node) -> None:
        self.nodes.append(node)
        text = links = ptext = 0
        has_block = False
        drop, block = always_drop(), block_tags()
        for child in node.children:
            if isinstance(child, str):
                text += len(SPACE.sub(" ", child).strip())
                continue
            if child.tag in drop:
                continue
            self._measure(child)
            key = id(child)
            text += self.text[key]
            links += self.text[key] if child.tag == "a" else self.links[key]
            ptext += self.ptext[key]
            has_block = has_block or child.tag in block or self.has_block[key]
        key = id(node)
        self.text[key], self.links[key], self.has_block[key] = text, links, has_block
        own = node.tag in _PARA and text >= _MIN_PARA
        leaf = node.tag in _LEAFY and not has_block and text >= _MIN_LEAF
        if own or leaf:
            ptext = text
            if node.parent is not None:
                self._credit(node.parent, text)
                if node.parent.parent is not None:
                    self._credit(node.parent.parent, text / 2)
        self.ptext[key] = ptext

    def _credit(self, node: Node, amount: float) -> None:
        self.score[id(node)] = self.score.get(id(node), 0.0) + amount


# -- cleaning and choosing ---------------------------------------------------


def _is_dropped(node: Node, stats: _Stats, page_ptext: int, headline: Node | None) -> bool:
    if node.tag in always_drop() or is_hidden(node.attrs):
        return True
    if node.tag in _PROTECTED:
        return False
    if is_figure_name(node.attrs) and stats.text[id(node)] <= _MAX_CAPTION and _has_image(node):
        return True
    looks_boiler = (
        node.tag in _SEMANTIC_DROP
        or node.attrs.get("role", "").lower() in _BOILER_ROLES
        or is_boilerplate_name(node.attrs)
    )
    # A "boilerplate" wrapper that holds most of the article text is the article -- unless
    # it is reader comments (or the like) and the headline lies outside it.
    holds_article = bool(page_ptext and stats.ptext[id(node)] * 2 > page_ptext) and not (
        headline is not None and is_never_article_name(node.attrs) and not _holds(node, headline)
    )
    return looks_boiler and not holds_article


def _has_image(node: Node) -> bool:
    return any(find(node, tag) for tag in _IMAGES)


def _holds(node: Node, inner: Node) -> bool:
    ancestor: Node | None = inner
    while ancestor is not None and ancestor is not node:
        ancestor = ancestor.parent
    return ancestor is node


def _drop_boilerplate(node: Node, stats: _Stats, page_ptext: int, headline: Node | None) -> None:
    kept: list[Node | str] = []
    for child in node.children:
        if isinstance(child, Node):
            if _is_dropped(child, stats, page_ptext, headline):
                continue
            _drop_boilerplate(child, stats, page_ptext, headline)
        kept.append(child)
    node.children = kept


def _choose_container(root: Node, stats: _Stats) -> Node:
    total = stats.ptext[id(root)]
    if not total:
        return root

    def by_text(node: Node) -> int:
        return stats.ptext[id(node)]

    candidates: list[Node] = []
    for want in ("article", "main"):
        found = [n for n in stats.nodes if n.tag == want or n.attrs.get("role") == want]
        if found:
            candidates.append(max(found, key=by_text))
    if stats.score:
        by_id = {id(n): n for n in stats.nodes}
        candidates.append(by_id[max(stats.score, key=lambda k: stats.score[k])])
    for node in candidates:
        if stats.ptext[id(node)] * 2 >= total:
            return node
    best = candidates[-1] if candidates else root
    while best.parent is not None and stats.ptext[id(best)] * 2 < total:
        best = best.parent
    return best


def _drop_link_lists(node: Node, stats: _Stats) -> None:
    kept: list[Node | str] = []
    for child in node.children:
        if isinstance(child, Node):
            key = id(child)
            text, links = stats.text.get(key, 0), stats.links.get(key, 0)
            if text and child.tag in _LISTY and links * 2 > text and stats.ptext.get(key, 0) < 200:
                _drop_list_title(kept)
                continue
            if text and child.tag in _PARA | {"li"} and links * 10 >= text * 7 and text < 200:
                continue
            _drop_link_lists(child, stats)
        kept.append(child)
    node.children = kept


def _drop_list_title(kept: list[Node | str]) -> None:
    """Drop a subheading ("Related topics", "Key events") just above a dropped link list."""
    while kept and isinstance(kept[-1], str) and not kept[-1].strip():
        kept.pop()
    if kept and isinstance(kept[-1], Node) and kept[-1].tag in _LIST_TITLES:
        kept.pop()


# -- rendering -------------------------------------------------------------


def _render(node: Node, blocks: list[str], line: list[str]) -> None:
    for child in node.children:
        if isinstance(child, str):
            line.append(child)
        elif child.tag == "br" or child.tag == "hr":
            _flush(blocks, line)
        elif child.tag in block_tags() or child.tag in HEADINGS:
            _flush(blocks, line)
            _render(child, blocks, line)
            _flush(blocks, line)
        elif child.tag in ("td", "th"):
            line.append(" ")
            _render(child, blocks, line)
            line.append(" ")
        else:
            _render(child, blocks, line)


def _flush(blocks: list[str], line: list[str]) -> None:
    text = clean("".join(line))
    line.clear()
    if text:
        blocks.append(text)
