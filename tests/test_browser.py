"""The dashboard in a real browser: server up, map and timeline drawn with no network.

Starts `streamlit run dashboard/server.py` (the app and its download route) on a free loopback port over a small store, drives
Debian's headless Chromium with Playwright, waits for the Plotly charts, and keeps a screenshot
(tests/artifacts/overview.png, actors.png; the run on the bundled seeds is copied to docs/overview.png
for the README). Every request
that would leave 127.0.0.1 is blocked and recorded, so a map that needs the internet fails.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARTIFACT = ROOT / "tests" / "artifacts" / "overview.png"
ACTORS_ARTIFACT = ROOT / "tests" / "artifacts" / "actors.png"
SEEDS_ARTIFACT = ROOT / "tests" / "artifacts" / "overview_seeds.png"
DOCS_COPY = ROOT / "docs" / "overview.png"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Countries in the conftest store that are ISO countries (UN is an organisation: not drawn).
MAP_COUNTRIES = {"IDN", "JPN", "CHN", "USA", "RUS", "UKR", "PSE", "KOR"}

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _require(condition: bool, reason: str) -> None:
    # On a developer's machine a missing browser skips; in CI it must fail, not hide.
    if not condition:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_healthy(url: str, proc: subprocess.Popen, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=1) as response:
                if response.read().strip() == b"ok":
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError("streamlit did not become healthy")


@pytest.fixture
def server(dash_store, tmp_path):
    yield from _serve(dash_store, tmp_path)


@pytest.fixture
def seed_server(tmp_path):
    """The dashboard on the bundled seeds, ingested with the real extractor."""
    from extraction.readers import iter_inputs
    from extraction.store.ingest import ingest

    db = tmp_path / "seeds.duckdb"
    ingest(iter_inputs([str(ROOT / "seeds")]), db)
    yield from _serve(db, tmp_path)


def _serve(db, tmp_path):
    port = _free_port()
    env = {**os.environ, "EVENTS_DB": str(db)}
    log = open(tmp_path / "streamlit.log", "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "dashboard/server.py",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_browser_overview_draws_map_and_timeline_offline(server, dash_store, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    _require(Path(CHROMIUM).exists(), f"{CHROMIUM} is not installed (apt-get install chromium)")
    outside: list[str] = []

    def only_loopback(route):
        if route.request.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 1500},
        )
        try:
            browser.route("**/*", only_loopback)
            page = browser.new_page()
            page.goto(server, wait_until="domcontentloaded")
            page.wait_for_selector(".js-plotly-plot path.choroplethlocation", timeout=30_000)
            page.wait_for_selector(".js-plotly-plot .barlayer .point path", timeout=30_000)
            page.wait_for_timeout(500)  # let the last chart finish its transition
            countries = page.locator(".js-plotly-plot path.choroplethlocation")
            fills = countries.evaluate_all("els => els.map(e => getComputedStyle(e).fill)")
            bars = page.locator(".js-plotly-plot .barlayer .point path").count()
            ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACT), full_page=True)
            markers = _timeline_markers(page, server)
            actors = _actors_page(page, server)
            hostile = _hostile_event_page(page, server, dash_store)
        finally:
            browser.close()
    assert len(fills) == len(MAP_COUNTRIES), fills
    assert all(fill and fill != "none" for fill in fills)
    assert bars > 0
    assert markers == 6  # one per dated event of the conftest store
    assert "Yoko Kamikawa" in actors["text"] and actors["grids"] == 2  # actors, then its events
    assert actors["markers"] == 2  # the most active actor's two dated events
    assert hostile["img_elements"] == 0 and not hostile["dialogs"]
    assert "<img src=x onerror=alert(1)>" in hostile["text"]  # shown, as text
    assert not [u for u in outside if "world_110m" in u or "cdn" in u], outside


def test_browser_overview_on_the_seeds(seed_server, tmp_path):
    """The README's screenshot: the Overview page on the bundled seeds, drawn offline."""
    playwright = pytest.importorskip("playwright.sync_api")
    _require(Path(CHROMIUM).exists(), f"{CHROMIUM} is not installed (apt-get install chromium)")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1400, "height": 1500},
        )
        try:
            browser.route("**/*", lambda route: route.continue_()
                          if route.request.url.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:"))
                          else route.abort())
            page = browser.new_page()
            page.goto(seed_server, wait_until="domcontentloaded")
            page.wait_for_selector(".js-plotly-plot path.choroplethlocation", timeout=30_000)
            page.wait_for_selector(".js-plotly-plot .barlayer .point path", timeout=30_000)
            page.wait_for_timeout(500)
            filled = page.locator(".js-plotly-plot path.choroplethlocation").count()
            bars = page.locator(".js-plotly-plot .barlayer .point path").count()
            SEEDS_ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SEEDS_ARTIFACT), full_page=True)
        finally:
            browser.close()
    DOCS_COPY.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SEEDS_ARTIFACT, DOCS_COPY)
    assert filled >= 20  # the seeds' events touch a few dozen countries
    assert bars > 0


def _timeline_markers(page, server: str) -> int:
    page.goto(server + "/timeline", wait_until="domcontentloaded")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .point", timeout=30_000)
    return page.locator(".js-plotly-plot .scatterlayer .point").count()


def _actors_page(page, server: str) -> dict:
    """The Actors page: its table, and the most active actor's own timeline and events."""
    page.goto(server + "/actors", wait_until="domcontentloaded")
    page.wait_for_selector(".js-plotly-plot .scatterlayer .point", timeout=30_000)
    page.wait_for_selector("[data-testid='stDataFrame'] >> nth=1", timeout=30_000)
    page.wait_for_timeout(300)
    ACTORS_ARTIFACT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ACTORS_ARTIFACT), full_page=True)
    return {
        "text": page.inner_text("[data-testid='stMain']"),
        "grids": page.locator("[data-testid='stDataFrame']").count(),
        "markers": page.locator(".js-plotly-plot .scatterlayer .point").count(),
    }


def _hostile_event_page(page, server: str, db) -> dict:
    """Open the event whose sentence is an <img onerror> payload; it must stay text."""
    from conftest import XSS_SENTENCE

    from extraction.store.ingest import read_tables

    events = read_tables(db).events
    event_id = events.loc[events["sentence"] == XSS_SENTENCE, "event_id"].iloc[0]
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{server}/events?event={event_id}", wait_until="domcontentloaded")
    page.wait_for_selector("text=Coded fields", timeout=30_000)
    page.wait_for_timeout(500)
    return {
        "img_elements": page.locator("img[src='x']").count(),
        "dialogs": dialogs,
        "text": page.inner_text("[data-testid='stMain']"),
    }


def test_browser_download_route_streams_the_filtered_events(server):
    # The Events page's download links go to this route of the same server.
    with urllib.request.urlopen(server + "/download/events.csv?country=IDN&role=source", timeout=30) as response:
        assert "attachment" in response.headers["Content-Disposition"]
        lines = response.read().decode("utf-8").splitlines()
    assert lines[0].startswith("event_id,") and len(lines) == 1 + 3  # IDN is the source of 3
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(server + "/download/other.txt", timeout=30)
