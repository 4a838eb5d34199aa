"""What an element's class, id and attributes say about it: boilerplate, or hidden.

Class and id names are split into words at spaces, ``-``, ``_`` and camelCase
(``adContainer`` -> ad, container; ``relatedStories`` -> related, stories). A word
names boilerplate when it matches one of the patterns of ``readers/boilerplate_names``
(nav, share..., comment..., cookie..., caption..., byline..., embed...), unless
the word before it negates it (``readers/name_negators``: ``has-sidebar``,
``no-comments``). Hidden elements are marked by the ``hidden`` attribute,
``aria-hidden``, inline ``display: none``, or a screen-reader-only class
(``readers/hidden_classes``).

    >>> is_boilerplate_name({"class": "socialShareBar"}), is_boilerplate_name({"id": "has-sidebar"})
    (True, False)
"""

from __future__ import annotations

import functools
import re

from ... import reference

__all__ = ["is_boilerplate_name", "is_hidden"]

_SPLIT_NAME = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")


@functools.cache
def _boilerplate_word() -> re.Pattern[str]:
    """One lowercased word of a class or id that names boilerplate."""
    patterns = reference.ordered_words("readers/boilerplate_names")
    return re.compile("^(?:" + "|".join(patterns) + ")$")


def is_boilerplate_name(attrs: dict[str, str]) -> bool:
    """The element's class or id names boilerplate (``share-bar``, ``relatedStories``)."""
    negators = reference.words("readers/name_negators")
    for attr in ("class", "id"):
        for name in attrs.get(attr, "").split():
            words = [w.lower() for w in _SPLIT_NAME.split(name) if w]
            for i, word in enumerate(words):
                if _boilerplate_word().match(word) and not (i and words[i - 1] in negators):
                    return True
    return False


def is_hidden(attrs: dict[str, str]) -> bool:
    """The element is not shown: ``hidden``, ``aria-hidden``, ``display: none``, ``sr-only``."""
    if "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
        return True
    hidden_classes = reference.words("readers/hidden_classes")
    if any(name in hidden_classes for name in attrs.get("class", "").lower().split()):
        return True
    style = attrs.get("style", "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style
