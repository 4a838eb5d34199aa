"""What an element's class, id and attributes say about it: boilerplate, or hidden.

Class and id names are split into words at spaces, ``-``, ``_`` and camelCase
(``adContainer`` -> ad, container; ``relatedStories`` -> related, stories). A word
names boilerplate when it matches one of the patterns of ``readers/boilerplate_names``
(nav, share..., caption..., byline..., embed...) or of ``readers/never_article_names``
(comment..., cookie..., newsletter...: parts that are never the article, however long),
unless the word before it negates it (``readers/name_negators``: ``has-sidebar``,
``no-comments``). A word of ``readers/figure_names`` (image, photo, media...) names a
picture with its caption. Hidden elements are marked by the ``hidden`` attribute,
``aria-hidden``, inline ``display: none``, or a screen-reader-only class
(``readers/hidden_classes``).

    >>> is_boilerplate_name({"class": "socialShareBar"}), is_boilerplate_name({"id": "has-sidebar"})
    (True, False)
"""

from __future__ import annotations

import functools
import re

from ... import reference

__all__ = ["is_boilerplate_name", "is_figure_name", "is_hidden", "is_never_article_name"]

_SPLIT_NAME = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")


@functools.cache
def _name_word(vocabulary: str) -> re.Pattern[str]:
    """One lowercased word of a class or id that matches a pattern of list ``vocabulary``."""
    patterns = reference.ordered_words(vocabulary)
    return re.compile("^(?:" + "|".join(patterns) + ")$")


def _has_name_word(attrs: dict[str, str], vocabulary: str) -> bool:
    negators = reference.words("readers/name_negators")
    pattern = _name_word(vocabulary)
    for attr in ("class", "id"):
        for name in attrs.get(attr, "").split():
            words = [w.lower() for w in _SPLIT_NAME.split(name) if w]
            for i, word in enumerate(words):
                if pattern.match(word) and not (i and words[i - 1] in negators):
                    return True
    return False


def is_boilerplate_name(attrs: dict[str, str]) -> bool:
    """The element's class or id names boilerplate (``share-bar``, ``relatedStories``)."""
    return _has_name_word(attrs, "readers/boilerplate_names") or is_never_article_name(attrs)


def is_never_article_name(attrs: dict[str, str]) -> bool:
    """The element's class or id names reader comments, a cookie notice or a newsletter box."""
    return _has_name_word(attrs, "readers/never_article_names")


def is_figure_name(attrs: dict[str, str]) -> bool:
    """The element's class or id names a picture (``inline-image``, ``photo-wrap``)."""
    return _has_name_word(attrs, "readers/figure_names")


def is_hidden(attrs: dict[str, str]) -> bool:
    """The element is not shown: ``hidden``, ``aria-hidden``, ``display: none``, ``sr-only``."""
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    hidden_classes = reference.words("readers/hidden_classes")
    if any(name in hidden_classes for name in attrs.get("class", "").lower().split()):
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style
