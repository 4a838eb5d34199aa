"""A small tolerant element tree from :mod:`html.parser`, with the end tags browsers imply.

The tag-name sets (void, block and never-text elements) are reference data
(``readers/html_*_tags``), read on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ... import reference

__all__ = [
    "Node",
    "TreeBuilder",
    "find",
    "all_text",
    "clean",
    "always_drop",
    "block_tags",
    "void_tags",
    "HEADINGS",
    "SPACE",
]


def void_tags() -> frozenset[str]:
    """Elements that have no end tag and no children (``br``, ``img``...)."""
    return reference.words("readers/html_void_tags")


def always_drop() -> frozenset[str]:
    """Elements that never hold article text (``script``, ``style``, ``svg``...)."""
    return reference.words("readers/html_drop_tags")


def block_tags() -> frozenset[str]:
    """Elements that start a new paragraph of text (``p``, ``div``, ``li``...)."""
    return reference.words("readers/html_block_tags")


HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_P_SCOPE_STOP = frozenset({"table", "td", "th", "caption", "button", "html", "body", "#root"})
_MAX_DEPTH = 300  # deeper elements are flattened into their ancestor (keeps recursion safe)
SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u200b\ufeff\u00ad]")


@dataclass(eq=False, slots=True)
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def elements(self) -> list[Node]:
        return [c for c in self.children if isinstance(c, Node)]


class TreeBuilder(HTMLParser):
    """html.parser events -> a :class:`Node` tree, closing tags the way browsers imply."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack: list[Node] = [self.root]
        self.metas: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and "content" in values:
                self.metas.setdefault(key.strip().lower(), values["content"])
            return
        self._imply_end(tag)
        node = Node(tag, values, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in void_tags() and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in void_tags() and tag != "meta":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def _imply_end(self, tag: str) -> None:
        if tag in block_tags() or tag in HEADINGS:
            self._close_nearest({"p"}, _P_SCOPE_STOP)
        if tag in HEADINGS and self.stack[-1].tag in HEADINGS:
            self.stack.pop()
        elif tag == "li":
            self._close_nearest({"li"}, {"ul", "ol", "menu"} | _P_SCOPE_STOP)
        elif tag in ("dt", "dd"):
            self._close_nearest({"dt", "dd"}, {"dl"} | _P_SCOPE_STOP)
        elif tag in ("td", "th"):
            self._close_nearest({"td", "th"}, {"tr", "table"})
        elif tag == "tr":
            self._close_nearest({"tr"}, {"table"})

    def _close_nearest(self, tags: set[str], stop: frozenset[str] | set[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            name = self.stack[i].tag
            if name in tags:
                del self.stack[i:]
                return
            if name in stop:
                return


def clean(text: str) -> str:
    return SPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def all_text(node: Node) -> str:
    parts: list[str] = []
    stack: list[Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
        elif item.tag not in always_drop() or item is node:
            stack.extend(reversed(item.children))
    return clean("".join(parts))


def find(root: Node, want: str) -> list[Node]:
    found: list[Node] = []
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if node.tag == want:
            found.append(node)
        stack.extend(reversed(node.elements()))
    return found
