"""schema.org JSON-LD (``<script type="application/ld+json">``): the article's own metadata.

News sites describe the story as a ``NewsArticle`` (or ``Article``, ``ReportageNewsArticle``,
``LiveBlogPosting``...) object, often nested in an ``@graph`` list. Its ``headline``,
``datePublished``, ``articleBody`` and publisher name are read from the first such object;
unparseable scripts are skipped.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from typing import Any

from .tree import Node, find

__all__ = ["LinkedData", "linked_data"]

logger = logging.getLogger(__name__)

_ARTICLE_TYPE = re.compile(r"(?:Article|BlogPosting|Report)$")
_MAX_OBJECTS = 200


@dataclass(frozen=True)
class LinkedData:
    headline: str = ""
    published: str = ""  # the raw datePublished value
    body: str = ""  # articleBody, as given (may hold markup or be one long line)
    publisher: str = ""


def _objects(data: Any) -> list[dict[str, Any]]:
    """Every JSON object in ``data``, breadth first (``@graph`` lists included)."""
    found: list[dict[str, Any]] = []
    queue = [data]
    while queue and len(found) < _MAX_OBJECTS:
        item = queue.pop(0)
        if isinstance(item, dict):
            found.append(item)
            queue.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            queue.extend(item)
    return found


def _is_article(obj: dict[str, Any]) -> bool:
    kinds = obj.get("@type", "")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and _ARTICLE_TYPE.search(k) for k in kinds)


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return value.strip() if isinstance(value, str) else ""


def linked_data(root: Node) -> LinkedData:
    """The article object of the page's JSON-LD, or an empty :class:`LinkedData`."""
    fallback: dict[str, Any] | None = None
    for script in find(root, "script"):
        if "ld+json" not in script.attrs.get("type", "").lower():
            continue
        raw = "".join(c for c in script.children if isinstance(c, str)).strip()
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            logger.debug("unparseable JSON-LD block skipped (%d chars)", len(raw))
            continue
        for obj in _objects(data):
            if _is_article(obj):
                return _from(obj)
            if fallback is None and ("datePublished" in obj or "headline" in obj):
                fallback = obj
    return _from(fallback) if fallback else LinkedData()


def _from(obj: dict[str, Any]) -> LinkedData:
    publisher = obj.get("publisher")
    name = _text(publisher.get("name")) if isinstance(publisher, dict) else ""
    return LinkedData(
        headline=_text(obj.get("headline")),
        published=_text(obj.get("datePublished")),
        body=_text(obj.get("articleBody")),
        publisher=name,
    )
