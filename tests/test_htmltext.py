"""HTML main-text extraction: boilerplate out, article paragraphs in, metadata kept."""

from __future__ import annotations

import pytest

from sitrep.htmltext import extract_main_text, parse_html

P1 = "The Russian president on Tuesday ordered the army to expel Ukrainian units from Kursk."
P2 = "At least 12 civilians were killed and 121 injured, the acting governor said yesterday."
P3 = "The governor of Belgorod said the authorities are evacuating parts of the region."

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><title>Army ordered to expel units | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-08-12T09:30:00Z">
<script>var html = "<p>script text</p>";</script><style>p {{ color: red }}</style></head>
<body class="has-sidebar">
<header class="site-header"><a href="/">Header link</a></header>
<nav><ul><li><a href="/">Nav home</a></li><li><a href="/world">Nav world</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Crumb</a> &gt; World</div>
<div id="content">
 <div class="story-body">
  <p>{P1}
  <p>{P2}</p>
  <div class="ad-slot">Advertisement: great offers for everyone reading this page today</div>
  <p>{P3}</p>
  <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Tweet this</a></div>
  <p>Read more: <a href="/x">Ukraine war live updates and all the latest news</a></p>
 </div>
 <div class="related-articles"><p>Related story text that is long enough to look real.</p></div>
 <section id="comments"><p>Comment by reader: this is a comment, not article text at all.</p>
 </section>
</div>
<aside><p>Aside paragraph that is long enough to count as paragraph text, sadly.</p></aside>
<footer><p>Footer &copy; 2024 Example News. All rights reserved. Contact us anytime.</p></footer>
<div class="cookie-banner">We use cookies to improve your experience on this website.</div>
<noscript>Please enable JavaScript to read this page properly.</noscript>
</body></html>
"""


def test_page_keeps_article_paragraphs_in_order_separated_by_blank_lines() -> None:
    title, text = extract_main_text(PAGE)
    assert text == f"{P1}\n\n{P2}\n\n{P3}"
    assert title == "Army ordered to expel units"


@pytest.mark.parametrize(
    "boilerplate",
    [
        "script text",
        "color: red",
        "Header link",
        "Nav home",
        "Crumb",
        "Advertisement",
        "Share on Facebook",
        "Read more",
        "Related story",
        "Comment by reader",
        "Aside paragraph",
        "Footer",
        "cookies",
        "enable JavaScript",
    ],
)
def test_page_boilerplate_is_not_article_text(boilerplate: str) -> None:
    assert boilerplate not in parse_html(PAGE).text


def test_page_metadata_is_read() -> None:
    found = parse_html(PAGE)
    assert (found.published, found.site_name) == ("2024-08-12", "Example News")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (
            "<p>Kyiv&#8217;s forces &amp; allies&nbsp;advanced &lt;10 km&gt;.</p>",
            "Kyiv\u2019s forces & allies advanced <10 km>.",
        ),
        (
            "<p>Caf&eacute; &quot;Sumy&quot; was hit &mdash; twice.</p>",
            'Caf\u00e9 "Sumy" was hit \u2014 twice.',
        ),
    ],
)
def test_entities_are_unescaped(html: str, expected: str) -> None:
    assert extract_main_text(html)[1] == expected


def test_whitespace_inside_paragraph_is_collapsed_and_br_breaks_paragraph() -> None:
    html = "<p>  Shelling   hit\n   the <b>city</b>\tcentre.<br>Two   died.</p>"
    assert extract_main_text(html)[1] == "Shelling hit the city centre.\n\nTwo died."


def test_article_element_is_preferred_over_other_text() -> None:
    html = (
        "<body><div><p>Teaser one that is long enough to count as a paragraph here.</p></div>"
        f"<article><h1>Headline</h1><p>{P1}</p><p>{P2}</p><ul><li>First point made.</li>"
        "<li>Second point made.</li></ul></article></body>"
    )
    title, text = extract_main_text(html)
    assert text == f"Headline\n\n{P1}\n\n{P2}\n\nFirst point made.\n\nSecond point made."
    assert title == "Headline"


def test_main_element_is_used_when_there_is_no_article() -> None:
    html = f"<div><p>Site intro text that is long enough to count here.</p></div><main><p>{P1}</p>"
    html += f"<p>{P2}</p><blockquote>We will respond, the minister said.</blockquote></main>"
    assert extract_main_text(html)[1] == f"{P1}\n\n{P2}\n\nWe will respond, the minister said."


def test_container_with_most_paragraph_text_is_chosen_without_article_or_main() -> None:
    html = (
        "<div class='top'><p>A short promo line for the page.</p></div>"
        f"<div class='x'><div class='body'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>"
        "<div class='bottom'><p>Unrelated small print text for everyone.</p></div>"
    )
    assert extract_main_text(html)[1] == f"{P1}\n\n{P2}\n\n{P3}"


def test_boilerplate_class_on_wrapper_holding_the_article_does_not_drop_it() -> None:
    html = f"<form id='aspnetForm'><div class='page'><p>{P1}</p><p>{P2}</p></div></form>"
    assert extract_main_text(html)[1] == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "hidden",
    [
        "<div style='display: none'>Hidden text</div>",
        "<div hidden>Hidden text</div>",
        "<div aria-hidden='true'>Hidden text</div>",
        "<div class='newsletter-signup'>Hidden text</div>",
        "<div id='ad-top'>Hidden text</div>",
    ],
)
def test_hidden_and_named_boilerplate_elements_are_dropped(hidden: str) -> None:
    text = extract_main_text(f"<article><p>{P1}</p>{hidden}<p>{P2}</p></article>")[1]
    assert text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    ("html", "title"),
    [
        ("<title>Kyiv: blasts heard - Reuters</title><p>Text.</p>", "Kyiv: blasts heard"),
        ("<title>War in Ukraine</title><p>Text.</p>", "War in Ukraine"),
        ("<html><body><h1>Only a heading</h1><p>Text.</p></body></html>", "Only a heading"),
        ('<meta property="og:title" content="OG headline"><title>T | Site</title>', "OG headline"),
        ("<p>No title at all.</p>", None),
    ],
)
def test_title_comes_from_title_h1_or_og_title(html: str, title: str | None) -> None:
    assert parse_html(html).title == title


@pytest.mark.parametrize(
    ("html", "published"),
    [
        ('<meta name="pubdate" content="2024-08-12">', "2024-08-12"),
        (
            '<article><time datetime="2023-02-24T05:00">Feb 24</time><p>x</p></article>',
            "2023-02-24",
        ),
        (
            '<script type="application/ld+json">{"datePublished": "2022-03-01T10:00Z"}</script>',
            "2022-03-01",
        ),
        ('<meta property="article:published_time" content="2024-13-45">', None),
        ("<p>No date.</p>", None),
    ],
)
def test_published_date_is_read_when_parseable(html: str, published: str | None) -> None:
    assert parse_html(html).published == published


def test_unclosed_and_deeply_nested_markup_is_tolerated() -> None:
    html = "<div>" * 2000 + f"<p>{P1}<p>{P2}"
    assert extract_main_text(html)[1] == f"{P1}\n\n{P2}"


def test_table_cells_are_separated() -> None:
    html = "<table><tr><td>Kharkiv</td><td>3 killed</td></tr><tr><td>Sumy</td><td>1</td></tr>"
    assert extract_main_text(html)[1] == "Kharkiv 3 killed\n\nSumy 1"
