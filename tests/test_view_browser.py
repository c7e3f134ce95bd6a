"""`kzeu view seeds/` in a real headless browser: Chromium and chromedriver (Debian's
chromium and chromium-driver packages), driven by Selenium. Skipped, saying why, where
either is missing (`make browser` installs them as root).

The page is opened from a file:// address, as from a mail attachment, in a Chromium that
may reach nothing: the closed network here refuses its background connections, so they
are turned off. KZEU_SCREENSHOT=path keeps the screenshot (the README's docs/report.png).
"""
from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# KZEU_CHROMIUM, KZEU_CHROMEDRIVER: another build's paths (chromium-browser, a snap)
CHROMIUM = os.environ.get("KZEU_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = os.environ.get("KZEU_CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1600"]

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
if not (os.access(CHROMIUM, os.X_OK) and os.access(DRIVER, os.X_OK)):
    pytest.skip(f"no browser: {CHROMIUM} or {DRIVER} is missing (as root: make browser, or apt-get install "
                "chromium chromium-driver)", allow_module_level=True)

from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    """The report of the seeds, written by the command line."""
    output = tmp_path_factory.mktemp("view") / "report.html"
    result = subprocess.run([sys.executable, "-m", "kzeu_extract", "view", "seeds/", "--output", str(output)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    # nothing on stderr but the closing summary ("kzeu: wrote a page of 5 documents to ...")
    assert result.stderr.startswith("kzeu: wrote a page of 5 documents") and result.stderr.count("\n") == 1
    return output


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture()
def page(browser, report):
    browser.get(report.as_uri())
    return browser


def visible_marks(driver) -> list:
    return [mark for mark in driver.find_elements(By.CSS_SELECTOR, "svg.timeline .mark") if mark.is_displayed()]


def click(driver, element) -> None:
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()


def screenshot(driver, path: Path) -> None:
    """A screenshot of the window, checked to be a PNG of a page, not a blank."""
    path.parent.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(path))
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 800 and height >= 600 and len(data) > 20_000


def test_the_page_loads_without_errors_and_screenshots(page, tmp_path):
    assert page.title == "kzeu report"
    severe = [entry for entry in page.get_log("browser") if entry["level"] == "SEVERE"]
    assert not severe, severe
    assert page.execute_script("return performance.getEntriesByType('resource').length") == 0   # fetched nothing
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scroll
    shot = Path(os.environ.get("KZEU_SCREENSHOT") or tmp_path / "report.png")
    screenshot(page, shot)
    # and a document with its highlights, below the filters
    page.execute_script("document.querySelectorAll('.document')[2].scrollIntoView();")
    screenshot(page, shot.with_name(shot.stem + "-document.png"))


def test_the_highlights_show_with_kb_ids_on_hover(page):
    marks = page.execute_script(  # one round trip for all of them
        "return Array.from(document.querySelectorAll('.document mark.entity')).map(m => ({label: m.dataset.label, "
        "kb: m.dataset.kb, title: m.title, text: m.firstChild.textContent.trim(), shown: m.offsetWidth > 0}));")
    assert len(marks) > 50 and all(mark["title"] and mark["shown"] for mark in marks)
    assert {"PERSON", "ORG", "PLACE", "OFFICE", "DATE"} <= {mark["label"] for mark in marks}
    tokayev = [mark for mark in marks if mark["kb"] == "person:kassym-jomart-tokayev"]
    assert tokayev and all("kb: person:kassym-jomart-tokayev" in mark["title"] for mark in tokayev)
    brussels = [mark for mark in marks if mark["text"] == "Brussels"]
    assert brussels and "GeoNames 2800866" in brussels[0]["title"]
    first = page.find_element(By.CSS_SELECTOR, ".document mark.entity[data-label='PERSON']")
    assert first.is_displayed() and first.get_attribute("title")
    # each event's sentence, in displaCy's span style
    assert page.find_elements(By.CSS_SELECTOR, ".document .event .spans")
    assert "Who met whom" in page.find_element(By.ID, "network").text


def test_the_timeline_has_a_mark_per_merged_event(page):
    marks = visible_marks(page)
    rows = page.find_elements(By.CSS_SELECTOR, "table.merged tr.event-row")
    assert len(marks) == len(rows) >= 5
    titles = [mark.find_element(By.TAG_NAME, "title").get_attribute("textContent") for mark in marks]
    assert any(title.startswith("2022-01-10") and "3 reports" in title for title in titles)   # one meeting, three reports
    for mark in marks:
        assert mark.get_attribute("data-type") in ("meeting", "phone_call", "visit")
        json.loads(mark.get_attribute("data-person"))
    status = page.find_element(By.ID, "filter-status").text
    assert status == f"Showing {len(marks)} of {len(marks)} events"


def test_clicking_a_person_shows_only_their_marks_and_reset_shows_all(page):
    everything = len(visible_marks(page))
    button = next(b for b in page.find_elements(By.CSS_SELECTOR, "button[data-facet='person']")
                  if b.get_attribute("data-name") == "Charles Michel")
    click(page, button)
    shown = visible_marks(page)
    assert 0 < len(shown) < everything
    assert all("kb:person:charles-michel" in json.loads(mark.get_attribute("data-person")) for mark in shown)
    assert button.get_attribute("aria-pressed") == "true"
    assert page.find_element(By.ID, "filter-status").text.startswith(f"Showing {len(shown)} of {everything}")
    rows = [row for row in page.find_elements(By.CSS_SELECTOR, "tr.event-row") if row.is_displayed()]
    assert len(rows) == len(shown)
    click(page, page.find_element(By.ID, "reset"))
    assert len(visible_marks(page)) == everything
    assert button.get_attribute("aria-pressed") == "false"


def test_clicking_a_person_on_the_network_and_a_country_filter_too(page):
    everything = len(visible_marks(page))
    node = next(n for n in page.find_elements(By.CSS_SELECTOR, "svg.network .node")
                if json.loads(n.get_attribute("data-person")) == ["kb:person:mukhtar-tileuberdi"])
    click(page, node)
    by_person = visible_marks(page)
    assert 0 < len(by_person) < everything
    edges = [edge for edge in page.find_elements(By.CSS_SELECTOR, "svg.network .edge") if edge.is_displayed()]
    assert edges and all("kb:person:mukhtar-tileuberdi" in json.loads(e.get_attribute("data-person")) for e in edges)
    france = page.find_element(By.CSS_SELECTOR, "button[data-facet='country'][data-key='FR']")
    click(page, france)   # and France: his call with the French minister
    both = visible_marks(page)
    assert 0 < len(both) < len(by_person)
    assert all("FR" in json.loads(mark.get_attribute("data-country")) for mark in both)
    click(page, page.find_element(By.ID, "reset"))
    assert len(visible_marks(page)) == everything
