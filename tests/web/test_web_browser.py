"""`minutebook web` in a real browser: headless Chromium (Debian's chromium package) driven by
Selenium through chromedriver. Searches by owner and by resolution words, follows a hit to its
source page, checks the highlight, downloads CSV and types hostile input.

Set MINUTEBOOK_SCREENSHOTS=DIR to keep the screenshots (the README's come from here).
"""

from __future__ import annotations

import csv
import os
import shutil
import time
from pathlib import Path

import pytest

from tests.web.sitedata import HOSTILE_WORDS

CHROMIUM = os.environ.get("MINUTEBOOK_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = os.environ.get("MINUTEBOOK_CHROMEDRIVER") or shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="browser tests need Chromium and its driver: `apt-get install chromium chromium-driver` "
           "(Debian) or set MINUTEBOOK_CHROMIUM / MINUTEBOOK_CHROMEDRIVER",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # Flags that keep Chromium off the network (the machines have none) and working as root.
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    driver.downloads = downloads
    yield driver
    driver.quit()


def screenshot(driver, name: str) -> None:
    folder = os.environ.get("MINUTEBOOK_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / name))


def search(driver, site, **fields) -> list:
    from selenium.webdriver.common.by import By

    driver.get(site["url"] + "/")
    for name, value in fields.items():
        box = driver.find_element(By.NAME, name)
        box.clear()
        box.send_keys(value)
    follow(driver, driver.find_element(By.CSS_SELECTOR, "form.search button[type=submit]"))
    return driver.find_elements(By.CSS_SELECTOR, "tr.hit")


def follow(driver, element) -> None:
    """Click `element` and wait until the page it leads to has loaded.

    The page being left is marked, and the wait is for a complete document without the mark.
    (Waiting for the old form to go stale raced the navigation: Chromium can answer a query on an
    element caught mid-unload with "Node with given id does not belong to the document".)
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script("document.documentElement.setAttribute('data-left', '1')")
    element.click()
    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(_new_page_loaded)


def _new_page_loaded(driver) -> bool:
    return bool(driver.execute_script(
        "return document.readyState === 'complete' && !document.documentElement.hasAttribute('data-left')"))


def test_search_by_owner_and_follow_to_the_highlighted_page(browser, site):
    from selenium.webdriver.common.by import By

    rows = search(browser, site, person="Lindqvist")
    assert rows, "no hit for the owner"
    row = next(r for r in rows if "place the order" in r.text)
    assert "Jo Lindqvist" in row.text and "Parish Council" in row.text
    screenshot(browser, "search.png")
    follow(browser, row.find_element(By.CSS_SELECTOR, "a.src"))
    image = browser.find_element(By.CSS_SELECTOR, "#page-image img")
    deadline = time.monotonic() + 30
    while not browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", image):
        assert time.monotonic() < deadline, "the page image did not load"
        time.sleep(0.2)
    highlights = browser.find_elements(By.CSS_SELECTOR, "#page-image .highlight")
    assert highlights, "no highlight over the cited lines"
    page_box = image.rect
    for box in (h.rect for h in highlights):
        assert box["width"] > 50 and box["height"] > 3
        assert page_box["x"] <= box["x"] and box["x"] + box["width"] <= page_box["x"] + page_box["width"] + 1
        assert page_box["y"] <= box["y"] and box["y"] + box["height"] <= page_box["y"] + page_box["height"] + 1
    cited = browser.find_elements(By.CSS_SELECTOR, "#lines li.cited")
    assert [int(li.get_attribute("value")) for li in cited] == [int(h.get_attribute("data-line")) for h in highlights]
    assert "place the order for the playground resurfacing" in " ".join(li.text for li in cited)
    # The highlight sits where the line is printed: in the upper part of page 1, below the title.
    top = (highlights[0].rect["y"] - page_box["y"]) / page_box["height"]
    assert 0.15 < top < 0.6
    screenshot(browser, "source.png")
    assert browser.find_element(By.ID, "original").get_attribute("href").endswith("#page=1")


def test_search_by_resolution_words_and_open_the_meeting(browser, site):
    from selenium.webdriver.common.by import By

    rows = search(browser, site, q="quotation playground")
    assert "Greenway Surfaces" in rows[0].text and rows[0].text.startswith("resolution")
    follow(browser, rows[0].find_element(By.CSS_SELECTOR, "td:nth-child(2) a"))
    assert "Parish Council" in browser.find_element(By.ID, "meeting-title").text
    attendance = browser.find_element(By.CSS_SELECTOR, "ul.attendance").text
    assert "Harriet Pole" in attendance and "Sue Okafor" in attendance
    follow(browser, browser.find_element(By.LINK_TEXT, "Harriet Pole"))
    assert browser.find_element(By.ID, "person-name").text == "Harriet Pole"
    assert "meet the hall committee" in browser.page_source


def test_download_csv_of_the_results(browser, site):
    from selenium.webdriver.common.by import By

    rows = search(browser, site, q="lease")
    browser.find_element(By.ID, "csv").click()
    target = browser.downloads / "minutebook-search.csv"
    deadline = time.monotonic() + 30
    while not target.exists():
        assert time.monotonic() < deadline, f"no download in {list(browser.downloads.iterdir())}"
        time.sleep(0.2)
    time.sleep(0.3)  # let Chromium finish renaming its partial file
    with open(target, encoding="utf-8") as handle:
        records = list(csv.DictReader(handle))
    assert len(records) == len(rows)
    assert any("legal advice" in r["text"] for r in records)


def test_hostile_input_and_stored_markup_stay_text(browser, site):
    from selenium.webdriver.common.by import By

    rows = search(browser, site, q=HOSTILE_WORDS, person="'); DROP TABLE people;--")
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.find_element(By.NAME, "q").get_attribute("value") == HOSTILE_WORDS
    assert rows == []  # no owner of that name; nothing dropped either
    rows = search(browser, site, q="legal advice")
    assert any(HOSTILE_WORDS in r.text for r in rows), "stored markup is shown as its characters"
    assert browser.execute_script("return window.__pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "tr.hit script")
