"""HTML main-text extraction: boilerplate out, article paragraphs in, metadata kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.readers.html import extract_main_text, parse_html
from sitrep.readers.html.dates import date_in

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


# -- page furniture that markup does not mark --------------------------------


@pytest.mark.parametrize(
    "furniture",
    [
        "<div class='info'>By Anna Petrenko and John Miller</div>",
        "<p>By Staff Reporter \u2022 13 August 2024</p>",
        "<div class='when'>Updated 6:04 PM GMT, June 2, 2024</div>",
        "<p>Wednesday 10 July 2024 09:12 BST</p>",
        "<i>Posted on 2024-08-20 by staff</i>",
        "<span>09:30</span>",
        "<div>ADVERTISEMENT</div>",
        "<p>Story continues below advertisement</p>",
        "<p>Subscribe to continue reading.</p>",
        "<p>Also read: Mali junta extends transition</p>",
    ],
)
def test_stamps_bylines_and_stock_lines_are_not_article_text(furniture: str) -> None:
    text = extract_main_text(f"<article><p>{P1}</p>{furniture}<p>{P2}</p></article>")[1]
    assert text == f"{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "kept",
    [
        "By Tuesday evening the fire in the depot was out.",
        "KYIV, Aug 12 (Reuters) - Explosions shook the capital.",
        "Updated casualty figures were released by the ministry on Monday.",
        "Share prices fell 3 percent.",
        "12 August 2024 Moscow, Kyiv (Al-Ittihad, agencies)",
    ],
)
def test_sentences_that_look_like_furniture_are_kept(kept: str) -> None:
    text = extract_main_text(f"<article><p>{P1}</p><p>{kept}</p><p>{P2}</p></article>")[1]
    assert text == f"{P1}\n\n{kept}\n\n{P2}"


def test_dateline_inside_first_paragraph_is_kept() -> None:
    html = (
        "<article><p><span class='dateline'>KYIV, Ukraine (AP) \u2014 </span>Russia struck the "
        f"grid overnight.</p><p>{P2}</p></article>"
    )
    text = extract_main_text(html)[1]
    assert text == f"KYIV, Ukraine (AP) \u2014 Russia struck the grid overnight.\n\n{P2}"


# -- captions, credits, bios, embeds, class names in any case ------------------


@pytest.mark.parametrize(
    "boilerplate",
    [
        "<figcaption>Firefighters at the site of the strike.</figcaption>",
        "<div class='image-caption'>Firefighters at the site of the strike.</div>",
        "<p class='photoCredit'>Photo credit: National News Agency</p>",
        "<div class='author-bio'><p>Jane Doe is our correspondent based in Dakar.</p></div>",
        "<blockquote class='twitter-tweet'><p>Heavy shelling near the town tonight</p>"
        "&mdash; Monitor (@monitor) January 13, 2024</blockquote>",
        "<div class='adContainer'>Buy now from our partner shop and save today</div>",
        "<div class='relatedStories'><p>Forces retake town after clashes, officials say.</p></div>",
        "<div class='socialShareBar'><span class='shareCount'>1.2k shares</span></div>",
        "<ol class='commentlist'><li><p>Reader comment that is long enough to count.</p></li></ol>",
        "<span class='sr-only'>Share on Facebook, opens new window</span>",
        "<aside class='pullquote'><p>Forces retake town</p></aside>",
    ],
)
def test_captions_credits_bios_embeds_and_widgets_are_dropped(boilerplate: str) -> None:
    text = extract_main_text(f"<article><p>{P1}</p>{boilerplate}<p>{P2}</p></article>")[1]
    assert text == f"{P1}\n\n{P2}"


def test_commentary_class_and_responsive_hidden_class_are_not_boilerplate() -> None:
    html = (
        f"<div class='commentary'><p>{P1}</p><div class='hidden md:block'><p>{P2}</p></div></div>"
    )
    assert extract_main_text(html)[1] == f"{P1}\n\n{P2}"


def test_live_blog_keeps_entries_in_page_order_with_headings_without_clock_stamps() -> None:
    entry = (
        "<div class='entry'><time datetime='2024-03-21T{t}Z'>{t}</time><h3>{h}</h3><p>{p}</p></div>"
    )
    html = (
        "<main>"
        + entry.format(t="09:30", h="Latest", p=P2)
        + entry.format(t="04:10", h="First", p=P1)
    )
    assert extract_main_text(html + "</main>")[1] == f"Latest\n\n{P2}\n\nFirst\n\n{P1}"


# -- JSON-LD -----------------------------------------------------------------

LD = (
    '<script type="application/ld+json">{{"@context": "https://schema.org", "@graph": ['
    '{{"@type": "WebSite", "name": "Site"}}, {{"@type": "NewsArticle", "headline": "LD headline", '
    '"datePublished": "2024-05-14T06:00:00+00:00", "articleBody": {body}, '
    '"publisher": {{"@type": "Organization", "name": "Maghreb Wire"}}}}]}}</script>'
)


@pytest.mark.parametrize(
    ("body", "dom", "expected"),
    [
        (f'"{P1}\\n{P2}\\n\\n{P3}"', "<div>Loading\u2026</div>", f"{P1}\n\n{P2}\n\n{P3}"),
        (f'"<p>{P1}</p><p>{P2}</p>"', f"<p>{P1}</p>", f"{P1}\n\n{P2}"),
        (f'"{P1} {P2}"', f"<article><p>{P1}</p><p>{P2}</p></article>", f"{P1}\n\n{P2}"),
        ('"Short teaser."', f"<article><p>{P1}</p></article>", P1),
    ],
)
def test_json_ld_article_body_is_the_text_when_markup_gives_much_less(
    body: str, dom: str, expected: str
) -> None:
    assert parse_html(f"<title>Maghreb Wire</title>{LD.format(body=body)}{dom}").text == expected


def test_json_ld_gives_headline_date_and_publisher_when_the_page_title_is_the_site() -> None:
    ld = LD.format(body='""')
    found = parse_html(f"<title>Maghreb Wire</title>{ld}<p>{P1}</p>")
    assert (found.title, found.published, found.site_name) == (
        "LD headline",
        "2024-05-14",
        "Maghreb Wire",
    )


def test_broken_json_ld_is_skipped() -> None:
    html = f'<script type="application/ld+json">{{"headline": </script><p>{P1}</p>'
    assert parse_html(html).text == P1


@pytest.mark.parametrize(
    ("html", "title"),
    [
        (
            '<meta property="og:site_name" content="Andes Today">'
            "<title>Andes Today | Car bomb wounds five in Cauca</title>",
            "Car bomb wounds five in Cauca",
        ),
        ('<meta property="og:site_name" content="Post"><title>Post</title><h1>Head</h1>', "Head"),
    ],
)
def test_site_name_is_taken_off_either_end_of_the_page_title(html: str, title: str) -> None:
    assert parse_html(html).title == title


# -- published dates shown on the page -----------------------------------------


@pytest.mark.parametrize(
    ("html", "published"),
    [
        ('<meta name="date" content="Sat, 06 Apr 2024 11:00:00 GMT">', "2024-04-06"),
        ("<article><time>April 6, 2024</time><p>x</p></article>", "2024-04-06"),
        ("<span class='date'>Published: 14 June 2024</span><p>x</p>", "2024-06-14"),
        ("<div class='entry-meta'>Posted 3rd of March, 2023 by Desk</div>", "2023-03-03"),
        (f"<div><i>Posted on 2024-08-20 by staff</i><br>{P1}</div>", "2024-08-20"),
        ('<link rel="canonical" href="https://x.org/world/2024/08/29/grid-attack">', "2024-08-29"),
        ('<meta property="og:url" content="https://x.org/2024-02-30/bad-date">', None),
        ("<aside><span class='date'>12 June 2024</span></aside><p>x</p>", None),
        ("<ul class='x'><li><span class='date'>12 June 2024</span></li></ul>", None),
        (f"<p>{P1} It began on 24 February 2022.</p>", None),
    ],
)
def test_published_date_falls_back_to_a_date_shown_on_the_page(
    html: str, published: str | None
) -> None:
    assert parse_html(html).published == published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Updated 6:04 PM GMT, June 2, 2024", "2024-06-02"),
        ("Sat, 06 Apr 2024 11:00:00 GMT", "2024-04-06"),
        ("Posted 3rd of March, 2023", "2023-03-03"),
        ("Sept. 9, 2024", "2024-09-09"),
        ("2024/08/12 09:00", "2024-08-12"),
        ("Aug 12 (Reuters)", None),
        ("31 February 2024", None),
    ],
)
def test_written_dates_are_read_only_when_full_and_valid(text: str, expected: str | None) -> None:
    assert date_in(text) == expected


def test_reader_comments_longer_than_the_article_are_dropped() -> None:
    comment = "<div class='c-body'>" + "A reader's opinion about the news. " * 4 + "</div>"
    html = (f"<div class='story'><h1>Kursk raid</h1><p>{P1}</p><p>{P2}</p></div>"
            f"<div class='reader-comments'>{comment * 8}</div>")
    assert parse_html(f"<title>Kursk raid</title>{html}").text == f"Kursk raid\n\n{P1}\n\n{P2}"


@pytest.mark.parametrize(
    "boilerplate",
    [
        "<div class='inline-image'><img src='a.jpg'><span>Firefighters at the depot.</span></div>",
        "<h2>Key events</h2><ul><li><a href='#1'>Blast heard</a></li><li><a href='#2'>Fire out</a>"
        "</li></ul>",
        "<p>Please turn on JavaScript in your browser to get the latest updates.</p>",
        "<p>Par Awa Diallo</p>",
        "<div class='support-box'>Independent journalism needs your support today.</div>",
    ],
)
def test_figures_list_titles_script_notes_foreign_bylines_and_appeals_are_dropped(
    boilerplate: str,
) -> None:
    text = extract_main_text(f"<article><p>{P1}</p>{boilerplate}<p>{P2}</p></article>")[1]
    assert text == f"{P1}\n\n{P2}"


def test_an_articles_own_footer_gives_the_shown_date() -> None:
    html = f"<article><footer class='node__meta'>Tue, 13 August 2024</footer><p>{P1}</p></article>"
    assert parse_html(html).published == "2024-08-13"


# -- hand-made news pages (tests/readers/html_pages, scored by bench/html_compare.py) --------

PAGES = Path(__file__).parent / "html_pages"
#: Boilerplate that sitrep is known to let through, by page: a press-office contact line,
#: and an Italian date stamp (non-English month names are not read). Fixing one fails here.
KNOWN_LEAKS = {
    "24-press-release-no-date": {"Media contact"},
    "27-italian-agency": {"Pubblicato il"},
}


def _normal(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.html")), ids=lambda p: p.stem)
def test_news_page_gives_every_body_paragraph_no_boilerplate_and_the_date(page: Path) -> None:
    gold = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    found = parse_html(page.read_text(encoding="utf-8"))
    text = _normal(found.text)
    missing = [p[:50] for p in gold["body_paragraphs"] if _normal(p) not in text]
    leaked = {b for b in gold["boilerplate"] if _normal(b) in text}
    assert not missing
    assert leaked == KNOWN_LEAKS.get(page.stem, set())
    assert found.published == gold["published"]


def test_there_are_at_least_twenty_news_pages_each_with_gold() -> None:
    pages = sorted(PAGES.glob("*.html"))
    assert len(pages) >= 20
    assert all(p.with_suffix(".expected.json").exists() for p in pages)
