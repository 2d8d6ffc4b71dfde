"""Real-browser tests: Debian's chromium driven by Selenium against ``newsfuse serve`` on loopback.

They skip when chromium or chromedriver is absent, and fail instead under CI=true.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from newsfuse.ingest import read_inputs
from newsfuse.model import RawDoc
from tests.web.conftest import XSS, Server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
WAIT = 300.0
"""Seconds a page, a click's navigation or a request may take: each wait ends as soon as it is done, and a
browser and a server sharing two cores with a load of 20-30 are slow (the test's whole budget is 600 s)."""


def _chromium() -> tuple[str, str]:
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not (Path(CHROMIUM).exists() and Path(driver).exists()):
        message = "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM, driver


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    binary, driver_path = _chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service as DriverService

    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=DriverService(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(WAIT)
    yield driver
    driver.quit()


def _wait_for_url(browser: Any, part: str, seconds: float = WAIT) -> None:
    """Wait until the page a click started loading is the current one (a click returns before a form's
    POST and its redirect are done); the caller asserts on the URL."""
    from selenium.common.exceptions import TimeoutException
    from selenium.webdriver.support.ui import WebDriverWait

    with contextlib.suppress(TimeoutException):
        WebDriverWait(browser, seconds).until(lambda driver: part in driver.current_url)


def _corpus_batch() -> list[dict[str, Any]]:
    batch = []
    for doc in read_inputs([ROOT / "examples" / "corpus"]):
        if isinstance(doc, RawDoc):
            body = {"html": doc.html} if doc.html is not None else {"text": doc.text}
            meta = {k: getattr(doc, k) for k in ("title", "outlet", "published", "language")}
            batch.append({"id": doc.id, **body, **{k: v for k, v in meta.items() if v}})
    return batch


def test_read_an_event_and_hover_a_brief_sentence(
    browser: Any, server_factory: type[Server], tmp_path: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    server = server_factory(f"sqlite:///{tmp_path / 'ui.db'}", tmp_path / "server.log").start()
    browser.get(server.base + "/")
    assert "No events yet" in browser.find_element(By.TAG_NAME, "main").text

    # One article through the UI form, the rest of the corpus through the batch API.
    batch = _corpus_batch()
    first, rest = batch[0], batch[1:]
    browser.get(server.base + "/add")
    browser.find_element(By.NAME, "text").send_keys(first.get("text") or "")
    browser.find_element(By.NAME, "title").send_keys(first.get("title") or "")
    browser.find_element(By.CSS_SELECTOR, "form.add button").click()
    _wait_for_url(browser, "/events/ev-")
    assert "/events/ev-" in browser.current_url
    outcomes = httpx.post(server.base + "/api/articles/batch", json={"articles": rest}, timeout=WAIT).json()
    assert {o["status"] for o in outcomes["outcomes"]} <= {"added", "rejected"}

    browser.get(server.base + "/")
    links = browser.find_elements(By.CSS_SELECTOR, "ol.events li a")
    assert len(links) == len(httpx.get(server.base + "/api/events", timeout=WAIT).json()["events"]) >= 4
    badges = [b.text for b in browser.find_elements(By.CSS_SELECTOR, "ol.events .badge")]
    assert all("independent source" in b for b in badges)
    browser.save_screenshot(str(tmp_path / "events.png"))

    fire = next(a for a in links if "Port Emmet" in a.text or "Calloway" in a.text or "incendio" in a.text)
    fire.click()
    sentence = browser.find_element(By.CSS_SELECTOR, ".brief li[data-mark]")
    mark = sentence.get_attribute("data-mark")
    assert not browser.find_elements(By.CSS_SELECTOR, "mark.on")
    ActionChains(browser).move_to_element(sentence).perform()
    lit = browser.find_elements(By.CSS_SELECTOR, "mark.on")
    assert lit, "hovering a brief sentence highlights no source span"
    assert all(mark in (m.get_attribute("data-marks") or "").split() for m in lit)
    colour = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", lit[0])
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    browser.save_screenshot(str(tmp_path / "event-hover.png"))

    # The coverage matrix and the removed boilerplate are on the page (the latter on demand).
    assert browser.find_elements(By.CSS_SELECTOR, "table.matrix tr")
    removed = browser.find_elements(By.CSS_SELECTOR, "details.removed")
    assert removed and not removed[0].get_attribute("open")
    removed[0].find_element(By.TAG_NAME, "summary").click()
    assert removed[0].get_attribute("open") is not None

    article_link = browser.find_element(By.CSS_SELECTOR, "a.article-page")
    article_link.click()
    _wait_for_url(browser, "/articles/")
    assert "/articles/" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, "article.article h1").text
    browser.save_screenshot(str(tmp_path / "article.png"))


def test_xss_payloads_never_run(browser: Any, server_factory: type[Server], tmp_path: Path) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    server = server_factory(f"sqlite:///{tmp_path / 'xss.db'}", tmp_path / "server.log").start()
    story = (
        "The Orrin Ford ferry will stop running on Friday after the river rose two metres overnight, "
        "the operator said, and passengers were told to use the road bridge at Kestrel instead until Monday."
    )
    batch = []
    for name, payload in XSS.items():
        batch.append(
            {
                "id": f"x-{name}-{payload}",
                "text": f"{payload}\n\n{story}\n\n{payload}",
                "title": f"Ferry {payload}",
                "outlet": f"Outlet {payload}",
                "published": "2026-03-12",
                "language": "en",
            }
        )
    html_page = (
        f"<html><head><title>Ferry <script>window.__xss=7</script></title>"
        '<link rel="canonical" href="javascript:window.__xss=10"></head><body><article>'
        f'<p>{story}</p><p><a href="javascript:window.__xss=8">more</a> <img src=x onerror="window.__xss=9"></p>'
        f"</article></body></html>"
    )
    batch.append({"id": "x-html", "html": html_page})
    outcomes = httpx.post(server.base + "/api/articles/batch", json={"articles": batch}, timeout=WAIT).json()
    assert all(o["status"] == "added" for o in outcomes["outcomes"]), outcomes

    pages = ["/", "/?q=ferry"]
    for event in httpx.get(server.base + "/api/events", timeout=WAIT).json()["events"]:
        pages.append(f"/events/{event['id']}")
        data = httpx.get(server.base + f"/api/events/{event['id']}", timeout=WAIT).json()
        pages += ["/articles/" + quote(aid, safe="") for aid in data["article_ids"]]
    for n, page in enumerate(pages):
        browser.get(server.base + page)
        for element in browser.find_elements(By.CSS_SELECTOR, ".brief li, summary"):
            element.click()  # run every handler our script attaches
        assert browser.execute_script("return window.__xss") is None, page
        with pytest.raises(NoAlertPresentException):
            _ = browser.switch_to.alert.text
        hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.TAG_NAME, "a")]
        assert not any(h.lower().startswith("javascript:") for h in hrefs), page
        if page.startswith("/events/"):
            text = browser.find_element(By.TAG_NAME, "main").text
            for payload in XSS.values():
                assert payload in text  # shown as text, never run
            browser.save_screenshot(str(tmp_path / f"xss-{n}.png"))
    (tmp_path / "pages.json").write_text(json.dumps(pages))


def test_the_static_report_fits_a_phone_and_its_citations_land_on_their_source(
    browser: Any, corpus_result: Any, tmp_path: Path
) -> None:
    """At a phone's width (390 px) the page never scrolls sideways (the wide coverage table scrolls inside
    itself; long paths wrap), and a brief citation's link scrolls to its span in the block of the article it names,
    highlighted."""
    from selenium.webdriver.common.by import By

    from newsfuse import write_outputs

    write_outputs(corpus_result, tmp_path / "out")
    metrics = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    browser.get((tmp_path / "out" / "index.html").as_uri())
    widths = browser.execute_script(
        "return [document.documentElement.clientWidth, document.documentElement.scrollWidth]"
    )
    assert widths[0] == 390 and widths[1] <= widths[0], widths
    table = browser.find_element(By.CSS_SELECTOR, "table.matrix")
    assert browser.execute_script("return arguments[0].getBoundingClientRect().right", table) <= 390
    wrong = browser.execute_script(
        """return Array.from(document.querySelectorAll('.brief a[data-article]')).filter(function (a) {
             var span = document.getElementById(decodeURIComponent(a.hash.slice(1)));
             var block = span && span.closest('div.article');
             return !block || block.dataset.article !== a.dataset.article;
           }).map(function (a) { return a.hash; });"""
    )
    assert wrong == [], wrong  # before the fix 29 of the 45 citations led to no block or another outlet's
    link = browser.find_elements(By.CSS_SELECTOR, ".brief a[data-article]")[-1]
    browser.execute_script("arguments[0].click()", link)
    target = browser.execute_script(
        "return document.getElementById(decodeURIComponent(location.hash.slice(1)))"
    )
    block = browser.execute_script("return arguments[0].closest('div.article')", target)
    assert target.tag_name == "mark" and block.get_attribute("data-article") == link.get_attribute(
        "data-article"
    )
    # the span it lands on is highlighted by :target, with or without the script
    shown = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", target)
    assert shown == "rgb(255, 226, 122)", shown
    browser.save_screenshot(str(tmp_path / "phone.png"))
