"""Writes need the token; bodies are size-limited; no CORS; the page fetches nothing remote."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.pipeline import Pipeline
from sitrep.runner import Run
from sitrep.service.app import STATIC, create_app
from sitrep.service.writes import MAX_BATCH
from sitrep.store import Store

TOKEN = "s3cret-token-for-tests"
ARTICLE = {"text": "Shelling hit Kharkiv on Monday.", "published": "2024-05-06",
           "source": "Test Wire"}


def no_stages() -> Run:
    """A pipeline with no stages: articles are stored as read, without loading the model."""
    return Run(Pipeline([]))


@pytest.fixture
def db(db_url: str, make_store) -> Path | str:  # noqa: ANN001
    """The hand-built store on each backend."""
    return make_store(db_url)


def writer(db: Path, token: str = TOKEN, **options: int) -> TestClient:
    return TestClient(create_app(str(db), api_token=token, make_run=no_stages, **options))


def test_without_a_configured_token_writes_are_disabled(db: Path) -> None:
    with writer(db, token="") as client:
        response = client.post("/api/articles", json={"articles": [ARTICLE]},
                               headers={"Authorization": "Bearer "})
    assert response.status_code == 403
    assert "SITREP_API_TOKEN" in response.json()["detail"]


@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong", f"Basic {TOKEN}", f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}",
     "Bearer"],
)
def test_a_missing_or_wrong_token_is_refused(db: Path, header: str | None) -> None:
    headers = {"Authorization": header} if header is not None else {}
    with writer(db) as client:
        response = client.post("/api/articles", json={"articles": [ARTICLE]}, headers=headers)
    assert response.status_code == 401
    with Store.open(db) as store:
        assert store.stats()["articles"] == 3


def test_the_right_token_stores_the_articles_and_answers_their_ids(db: Path) -> None:
    second = {**ARTICLE, "text": "Protesters marched in Lagos.", "id": "lagos-1"}
    with writer(db) as client:
        response = client.post("/api/articles", json={"articles": [ARTICLE, second]},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        again = client.post("/api/articles", json={"articles": [second]},
                            headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["added"] == 2 and body["unchanged"] == 0 and body["ids"][1] == "lagos-1"
    assert again.json() == {"ids": ["lagos-1"], "added": 0, "unchanged": 1, "events": 0,
                            "skipped": []}
    with Store.open(db) as store:
        stored = store.article(body["ids"][0])
    assert stored is not None and stored.text == ARTICLE["text"]
    assert stored.published == "2024-05-06"


def test_a_bad_article_is_refused_with_its_field(db: Path) -> None:
    with writer(db) as client:
        response = client.post("/api/articles", json={"articles": [{"body": "no text"}]},
                               headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert "text" in response.text


def test_too_many_articles_are_refused(db: Path) -> None:
    many = [{"text": f"Report {i}."} for i in range(MAX_BATCH + 1)]
    with writer(db) as client:
        response = client.post("/api/articles", json={"articles": many},
                               headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert str(MAX_BATCH) in response.json()["detail"]


def test_large_bodies_are_refused_before_reading(db: Path) -> None:
    big = {"articles": [{"text": "x" * 5000}]}
    with writer(db, max_body=1000) as client:
        response = client.post("/api/articles", json=big,
                               headers={"Authorization": f"Bearer {TOKEN}"})
        streamed = client.post("/api/articles", content=iter([b"{" + b" " * 600] * 3),
                               headers={"Authorization": f"Bearer {TOKEN}",
                                        "Content-Type": "application/json"})
    assert response.status_code == 413
    assert streamed.status_code == 413
    assert "too large" in response.json()["detail"]


def test_no_cors_headers_are_sent(db: Path) -> None:
    with writer(db) as client:
        response = client.get("/api/events", headers={"Origin": "https://elsewhere.example"})
        preflight = client.options("/api/articles", headers={
            "Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"})
    assert response.status_code == 200
    assert not any(h.startswith("access-control-") for h in response.headers)
    assert not any(h.startswith("access-control-") for h in preflight.headers)


@pytest.mark.parametrize(
    "path",
    ["/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/app.py", "/static//etc/passwd",
     "/api/articles/..%2F..%2Fetc%2Fpasswd"],
)
def test_no_path_outside_the_static_folder_is_served(db: Path, path: str) -> None:
    with writer(db) as client:
        response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "create_app" not in response.text


def test_pages_carry_a_strict_content_security_policy(db: Path) -> None:
    with writer(db) as client:
        response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_page_references_no_remote_asset(db: Path) -> None:
    with writer(db) as client:
        pages = [client.get(p).text for p in ("/", "/docs")]
    links = [link for page in pages for link in re.findall(r'(?:src|href)="([^"]+)"', page)]
    assert links and all(link.startswith("/") and not link.startswith("//") for link in links)
    with writer(db) as client:
        for link in links:
            assert client.get(link).status_code == 200, link
    own = [p for p in STATIC.glob("*.js")] + [p for p in STATIC.glob("*.css")]
    for path in own:
        code = path.read_text().replace("http://www.w3.org/2000/svg", "")  # a namespace name
        assert not re.search(r"https?://|//[a-z0-9.-]+\.[a-z]{2,}/", code), path


@pytest.mark.model
def test_posted_articles_are_extracted_and_their_events_served(db: Path, pipeline) -> None:  # noqa: ANN001
    report = {"text": "Russian shelling killed 4 civilians in Kherson on Monday, the regional "
                      "governor said.", "published": "2024-05-07", "source": "Test Wire"}
    app = create_app(str(db), api_token=TOKEN, make_run=lambda: Run(pipeline))
    with TestClient(app) as client:
        posted = client.post("/api/articles", json={"articles": [report]},
                             headers={"Authorization": f"Bearer {TOKEN}"}).json()
        article_id = posted["ids"][0]
        events = client.get("/api/events", params={"q": "kherson"}).json()["events"]
    assert posted["added"] == 1 and posted["events"] >= 1
    assert events and {e["article_id"] for e in events} == {article_id}
    assert max(e["fatalities"] for e in events) == 4
