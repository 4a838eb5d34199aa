"""The page in a real headless Chromium (Debian's ``chromium``, driven by Playwright).

A real server (uvicorn on 127.0.0.1) serves the demo examples plus hand-built
articles. The tests see the markers, brush the timeline, open an event and
compare its highlighted spans with the stored evidence, and check that markup
in an article shows as text and runs nothing. Screenshots and the page's
load timings go to ``test-output/browser/``.
"""

from __future__ import annotations

import json
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed (apt-get install chromium); the browser tests need "
                "it", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api",
                                 reason="Playwright is not installed: pip install '.[test]'")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed: pip install '.[serve]'")

pytestmark = [pytest.mark.browser, pytest.mark.model]

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
OUT = Path(__file__).resolve().parents[2] / "test-output" / "browser"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(demo_db: Path) -> Iterator[str]:
    from sitrep.service.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(str(demo_db)), host="127.0.0.1", port=port,
                            log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS,
            viewport={"width": 1400, "height": 850})
        yield context
        context.close()


@pytest.fixture
def page(browser, server: str):  # noqa: ANN001, ANN201
    OUT.mkdir(parents=True, exist_ok=True)
    page = browser.new_page()
    problems: list[str] = []
    remote: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("dialog", lambda dialog: (problems.append(f"dialog: {dialog.message}"),
                                      dialog.dismiss()))
    page.on("request", lambda r: None if r.url.startswith(server) else remote.append(r.url))
    started = time.monotonic()
    page.goto(server + "/")
    page.wait_for_selector("body[data-loaded='1']", state="attached", timeout=15000)
    page.wait_for_selector(".ev-marker, .marker-cluster")
    page.loaded_after = time.monotonic() - started
    yield page
    page.close()
    assert problems == [], problems
    assert remote == [], f"the page fetched remote assets: {remote}"


def _api(server: str, path: str, **params: str) -> dict:
    return httpx.get(server + path, params=params, timeout=10).json()


def _markers_shown(page) -> int:  # noqa: ANN001
    """Single markers plus the counts written on cluster icons."""
    return int(page.evaluate("""() => {
        let n = document.querySelectorAll('path.ev-marker').length;
        document.querySelectorAll('.marker-cluster span').forEach(s => n += Number(s.textContent));
        return n; }"""))


def test_the_page_shows_every_located_event_on_the_map(page, server: str) -> None:  # noqa: ANN001
    features = _api(server, "/api/events.geojson")["features"]
    located = [f for f in features if f["geometry"]]
    assert located
    assert all(f["properties"]["evidence"].get("event_type") for f in features)
    page.wait_for_timeout(400)  # let the markers settle after fitting the view
    assert _markers_shown(page) == len(located)
    assert page.locator("#event-list li").count() == len(features)
    page.screenshot(path=str(OUT / "map.png"))
    (OUT / "timings.json").write_text(json.dumps({"loaded_s": round(page.loaded_after, 3)}))


def test_brushing_the_timeline_filters_the_map(page, server: str) -> None:  # noqa: ANN001
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 40, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=5)
    page.mouse.up()
    page.wait_for_selector("body[data-loaded='1']", state="attached")
    since = page.input_value("#f-since")
    until = page.input_value("#f-until")
    assert since and until and since <= until
    expected = _api(server, "/api/events.geojson", since=since, until=until)["features"]
    everything = _api(server, "/api/events.geojson")["features"]
    assert 0 < len(expected) < len(everything)
    assert page.locator("#event-list li").count() == len(expected)
    assert page.locator("#status").get_attribute("data-events") == str(len(expected))
    page.wait_for_timeout(400)
    assert _markers_shown(page) == len([f for f in expected if f["geometry"]])
    assert page.locator("#timeline .bar.out").count() > 0
    page.screenshot(path=str(OUT / "brushed.png"))


def _marked_ranges(page) -> dict[str, list[tuple[int, int]]]:  # noqa: ANN001
    """For each field, the text ranges its <mark>s cover, pieces joined."""
    pieces = page.evaluate("""() => Array.from(document.querySelectorAll('#tab-event mark.ev'))
        .filter(m => m.dataset.start !== undefined)
        .map(m => [Number(m.dataset.start), Number(m.dataset.end), m.dataset.fields])""")
    ranges: dict[str, list[tuple[int, int]]] = {}
    for start, end, fields in pieces:
        for field in fields.split():
            spans = ranges.setdefault(field, [])
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return ranges


def _merged(spans: list[list[int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def test_an_event_shows_its_stored_evidence_highlighted(page, server: str) -> None:  # noqa: ANN001
    events = _api(server, "/api/events", country="Russia", admin1="Kursk")["events"]
    event = max(events, key=lambda e: len(e["evidence"]))
    page.click(f"#event-list li[data-event-id='{event['event_id']}']")
    page.wait_for_selector(f"#tab-event[data-event-id='{event['event_id']}'] mark.ev[data-start]")
    detail = _api(server, f"/api/events/{event['event_id']}")
    shown = _marked_ranges(page)
    stored = {field: _merged(spans) for field, spans in event["evidence"].items()}
    claimants = [[s["start"], s["end"]] for s in detail["spans"] if s["field"] == "claimant"]
    if claimants:
        stored["claimant"] = _merged(claimants)
    assert shown == stored
    text = detail["article"]["text"]
    assert page.inner_text("#tab-event .source-text") == text
    for mark in page.locator("#tab-event mark.ev[data-start]").all()[:20]:
        start, end = int(mark.get_attribute("data-start")), int(mark.get_attribute("data-end"))
        assert mark.inner_text() == text[start:end]
    page.screenshot(path=str(OUT / "event.png"))


def test_markup_in_an_article_shows_as_text_and_runs_nothing(page, server: str,  # noqa: ANN001
                                                             hostile_text: str) -> None:
    event = _api(server, "/api/events", country="Nigeria", q="Dikwa")["events"][0]
    item = page.locator(f"#event-list li[data-event-id='{event['event_id']}']")
    assert "<img src=x onerror=" in item.inner_text()
    item.click()
    page.wait_for_selector(f"#tab-event[data-event-id='{event['event_id']}'] .source-text")
    assert page.inner_text("#tab-event .source-text") == hostile_text
    assert "<b>Bold</b> Times" in page.inner_text("#tab-event")
    assert page.locator("#tab-event script, #tab-event img, #event-list img, "
                        "#event-list script, #tab-event b").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.__pwned === undefined")
    page.screenshot(path=str(OUT / "hostile.png"))


def test_contradictions_show_their_values_as_text(page) -> None:  # noqa: ANN001
    page.click(".tabs button[data-tab='contradictions']")
    cells = page.locator("#tab-contradictions table.contra td")
    assert cells.count() >= 6
    assert '12 <img src=x onerror="window.__pwned = 1">' in page.inner_text("#tab-contradictions")
    assert page.locator("#tab-contradictions img").count() == 0
    assert page.evaluate("window.__pwned === undefined")
