"""Hostile text for property tests: scripts, marks, controls, odd newlines, numbers and dates."""

from __future__ import annotations

import json

from hypothesis import strategies as st

#: Pieces real feeds carry that break naive code: right-to-left text and marks,
#: combining marks, emoji sequences, controls, every kind of line break, numbers
#: too large or in other scripts, and impossible or far-off dates.
HOSTILE = [
    "مقتل ثلاثة في غارة", "\u202eevil\u202c", "\u200f", "שלום", "e\u0301\u0301\u0301",
    "\u0336s\u0336t\u0336", "👩‍👩‍👧‍👦", "🇺🇦", "\U0001f4a3", "\x00", "\x07", "\x1b[31m", "\x7f",
    "\ufeff", "\ufffd", "\u2028", "\u2029", "\x85", "\r\n", "\r", "\n\n\n", "\t",
    "1e309", "٣٠", "999999999999999999999", "-0", "NaN", "1,000,000,000,000,000", "½",
    "2016-02-30", "0001-01-01", "9999-12-31", "31 February 2016", "Dec 17, 99999",
    "03/04/2016", "the 45th of Smarch", "on Tuesday", "yesterday", "last year",
]
#: Words that wake every stage: places, figures, deaths, speech, dates.
NEWS = [
    "At least 12 civilians were killed", "in Kharkiv", "on Monday", "officials said",
    '"We will respond," he said.', "Shelling hit", "the army", "rebels", "wounded 3",
    "KYIV, Aug 12 (Reuters) -", "according to the governor", "displaced 120,000 people",
    "near Donetsk,", "police fired tear gas", "a drone strike", "said", "(AFP)", ".",
]

pieces = st.one_of(
    st.sampled_from(HOSTILE),
    st.sampled_from(NEWS),
    st.text(max_size=12),
    st.text(st.characters(codec="utf-8"), max_size=12),
)
#: Text as a reader could hand it on: anything but lone surrogates (see hostile_strings).
hostile_text = st.lists(pieces, max_size=30).map(" ".join)
#: Strings as JSON may carry them: lone surrogates included.
hostile_strings = st.one_of(hostile_text, st.text(max_size=20),
                            st.sampled_from(["\ud800", "a\udfff"]))

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_strings,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                  max_size=3),
    max_leaves=8,
)


@st.composite
def jsonl_lines(draw: st.DrawFn) -> str:
    """One JSONL line: a good article, one with hostile fields, or something broken."""
    kind = draw(st.sampled_from(["article", "fields", "value", "broken", "blank"]))
    if kind == "article":
        return json.dumps({"text": draw(hostile_text), "published": draw(st.sampled_from(HOSTILE))})
    if kind == "fields":
        keys = st.sampled_from(["text", "published", "source", "id", "title", "url", "agencies",
                                "dateline"])
        return json.dumps(draw(st.dictionaries(keys, json_values, max_size=6)))
    if kind == "value":
        return json.dumps(draw(json_values))
    if kind == "broken":
        line = json.dumps({"text": draw(hostile_text)})
        cut = draw(st.integers(0, len(line)))
        return line[:cut] + draw(st.sampled_from(["", "}", "{", '"', "\\", "\\u12", ",]"]))
    return draw(st.sampled_from(["", "   ", "\t"]))


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """Markup soup: random tags, unclosed and stray ones, scripts, entities, deep nesting."""
    tags = st.sampled_from(["p", "div", "article", "span", "script", "style", "time", "h1",
                            "meta", "br", "table", "td", "li", "!--", "![CDATA[", "?xml"])
    parts = []
    for _ in range(draw(st.integers(0, 20))):
        tag = draw(tags)
        choice = draw(st.integers(0, 4))
        if choice == 0:
            parts.append(f"<{tag}>")
        elif choice == 1:
            parts.append(f"</{tag}>")
        elif choice == 2:
            parts.append(f'<{tag} datetime="{draw(st.sampled_from(HOSTILE))}" class="x">')
        else:
            parts.append(draw(hostile_text).replace("\x00", ""))
    depth = draw(st.sampled_from([0, 0, 50, 3000]))
    body = "<div>" * depth + "".join(parts) + "</div>" * draw(st.integers(0, depth))
    entity = draw(st.sampled_from(["", "&amp;", "&#0;", "&#x110000;", "&bogus;", "&#99999999999;"]))
    return f"<html><head><title>{entity}</title></head><body>{body}</body></html>"
