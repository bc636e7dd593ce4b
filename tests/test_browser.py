"""The dashboard in a real headless Chromium: charts draw from the API, and an article
POSTed through the API shows up in the live feed without a reload.

Needs Debian's chromium (/usr/bin/chromium) and the Python playwright package; the
browser build that ``playwright install`` would fetch is never used.
"""
from __future__ import annotations

import os
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.sample import make_article, make_event
from eventwire.web.app import create_app
from eventwire.web.testing import live_server

CHROMIUM = "/usr/bin/chromium"
# the README's picture: EVENTWIRE_SCREENSHOT=docs/dashboard.png pytest tests/test_browser.py
SCREENSHOT = os.environ.get("EVENTWIRE_SCREENSHOT")
TOKEN = "browser-token"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is absent (apt-get install chromium)")
sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the dev extra)")

# (source, target, cameo, sentence template, trigger, place, ISO-3, lat, lon, goldstein)
DYADS = [
    ("USAGOV", "CHNGOV", "040", "U.S. and Chinese officials met in {p} on {d}.", "met", "Beijing", "CHN", 39.9, 116.4, 1.0),
    ("RUSMIL", "UKRMIL", "190", "Russian forces attacked Ukrainian positions near {p} on {d}.", "attacked", "Donetsk", "UKR", 48.0, 37.8, -10.0),
    ("ISRMIL", "PSE", "195", "Israeli jets struck targets in {p} on {d}.", "struck", "Gaza", "PSE", 31.5, 34.47, -10.0),
    ("FRAGOV", "DEUGOV", "036", "France offered to hold talks with Germany in {p} on {d}.", "offered", "Paris", "FRA", 48.86, 2.35, 4.0),
    ("IRNGOV", "USAGOV", "112", "Iran accused the United States of espionage in {p} on {d}.", "accused", "Tehran", "IRN", 35.7, 51.4, -2.0),
    ("TURGOV", "SYRREB", "173", "Turkish police arrested Syrian rebels in {p} on {d}.", "arrested", "Ankara", "TUR", 39.93, 32.86, -5.0),
    ("JPNGOV", "CHNGOV", "111", "Japan criticised China over maritime patrols near {p} on {d}.", "criticised", "Tokyo", "JPN", 35.68, 139.69, -2.0),
    ("BRAGOV", "ARGGOV", "057", "Brazil and Argentina signed a trade agreement in {p} on {d}.", "signed", "Brasilia", "BRA", -15.8, -47.9, 8.0),
]  # fmt: skip
TRIGGERS = {d[4] for d in DYADS}


def seed(path: str, n_articles: int = 400) -> None:
    """Synthetic articles over ten weeks so every chart has something to draw."""
    from dataclasses import replace

    rng = random.Random(7)
    start = date(2024, 3, 1)
    batch: list[tuple[Article, list]] = []
    for i in range(n_articles):
        day = (start + timedelta(days=rng.randrange(70))).isoformat()
        src, tgt, cameo, template, trigger, place, iso, lat, lon, gold = rng.choice(DYADS)
        sentence = template.format(p=place, d=day)
        art = make_article(f"seed{i}", f"Report {i}\n\n{sentence}", published=day)
        ev = make_event(art.doc_id, 0, src, tgt, cameo, date=day, sentence=sentence, trigger=trigger,
                        goldstein=gold, char_start=art.text.index(trigger), place=place,
                        place_country=iso)  # fmt: skip
        ev = replace(ev, location=replace(ev.location, lat=lat, lon=lon))
        batch.append((art, [ev]))
    with Store(path) as store:
        store.write_many(batch)


def test_dashboard_renders_and_updates_live(tmp_path: Path) -> None:
    db = str(tmp_path / "browser.duckdb")
    seed(db)
    app = create_app(db, token=TOKEN)  # the real pipeline: spaCy loads on the first POST
    with live_server(app) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])  # fmt: skip
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1500})
            outside: list[str] = []
            page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((base, "data:")) else None)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(base + "/")
            for chart in ("timeseries", "network", "map"):
                page.wait_for_selector(f"#{chart}[data-state=ready]", timeout=20_000)
            assert page.locator("#timeseries .scatterlayer .trace").count() >= 2
            assert page.locator("#dyads tbody tr").count() >= 5
            assert page.locator("#events li").count() >= 10
            page.wait_for_selector("#live.on", timeout=10_000)

            # the evidence panel: click an event, see its article with the trigger marked
            page.locator("#events li").first.click()
            page.wait_for_selector("#evidence mark.trigger.focus", timeout=10_000)
            assert page.locator("#evidence mark.trigger.focus").inner_text() in TRIGGERS

            body = {"id": "live-browser-1", "published": "2024-05-09",
                    "text": "Russian troops attacked Ukrainian soldiers near Kyiv on Thursday."}  # fmt: skip
            r = httpx.post(f"{base}/api/articles", json=body, timeout=90,
                           headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
            assert r.status_code == 200, r.text
            assert r.json()["articles"][0]["events"] >= 1
            item = page.locator('#feed li[data-doc-id="live-browser-1"]').first
            item.wait_for(timeout=15_000)
            assert "attacked" in item.inner_text()
            item.click()
            page.wait_for_selector("#evidence mark.trigger.focus", timeout=10_000)
            page.wait_for_timeout(3500)  # let the aggregate refresh triggered by the stream run
            page.screenshot(path=SCREENSHOT or str(tmp_path / "dashboard.png"), full_page=True)
            assert not errors, errors
            assert not outside, outside
        finally:
            browser.close()


def test_chromium_is_the_system_one() -> None:
    assert shutil.which("chromium") == CHROMIUM or Path(CHROMIUM).exists()
