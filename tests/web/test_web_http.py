"""`minutebook web` over HTTP: search, provenance, CSV, people and meetings, hostile input,
read-only use of the curated folder while a run publishes. (Browser tests: test_web_browser.py.)"""

from __future__ import annotations

import csv
import io
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.web.conftest import ingest
from tests.web.sitedata import HOSTILE_WORDS


def get(site, path: str, **params) -> tuple[int, str, dict]:
    url = site["url"] + path + ("?" + urllib.parse.urlencode(params) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, resp.read().decode("utf-8", "replace"), dict(resp.headers)
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace"), dict(err.headers)


def hits(html: str) -> list[str]:
    """Given a results page, return each hit row's text (tags stripped, entities kept)."""
    rows = re.findall(r'<tr class="hit [^"]*">(.*?)</tr>', html, re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]


def test_search_by_owner_finds_their_actions_with_source(site):
    status, html, _ = get(site, "/", person="Lindqvist")
    assert status == 200
    rows = hits(html)
    assert rows and all("Lindqvist" in row or "Clerk" in row for row in rows)  # (she is the Clerk)
    assert any("place the order for the playground resurfacing" in row for row in rows)
    # the person is offered as a link to their page
    assert re.search(r'href="/person/[^"]+">Jo Lindqvist<', html)


def test_owner_found_through_the_post_held_at_the_meeting(site):
    # "ACTION: Clerk to put up the notice ..." where the attendance says "Jo Lindqvist (Clerk)"
    _, html, _ = get(site, "/", person="Jo Lindqvist")
    assert any("put up the notice of the next meeting" in row for row in hits(html))
    _, other, _ = get(site, "/", person="Harriet Pole")
    assert not any("put up the notice" in row for row in hits(other))


def test_owner_found_by_initial_and_surname_through_people(site):
    _, by_initial, _ = get(site, "/", person="J Lindqvist")
    assert any("place the order" in row for row in hits(by_initial))
    _, other, _ = get(site, "/", person="K Lindqvist")
    assert not any("place the order" in row for row in hits(other))


def test_search_by_words_ranks_resolutions_and_filters(site):
    _, html, _ = get(site, "/", q="playground resurfacing", kind="resolution")
    rows = hits(html)
    assert rows and all(row.startswith("resolution") for row in rows)
    assert "Greenway Surfaces" in rows[0]
    _, none, _ = get(site, "/", q="playground resurfacing", committee="Housing")
    assert hits(none) == []
    _, dated, _ = get(site, "/", q="playground", since="2023-03-15")
    assert hits(dated) == []
    _, status_open, _ = get(site, "/", person="Pole", status="open")
    assert any("meet the hall committee" in row for row in hits(status_open))


def test_motion_found_by_mover_and_on_their_page(site):
    _, html, _ = get(site, "/", person="Marlow", kind="motion")
    rows = hits(html)
    assert rows and "carried" in rows[0]
    person = re.search(r'href="(/person/[^"]+)">Dev Marlow<', html).group(1)
    _, page, _ = get(site, person)
    assert "Motions moved or seconded" in page and "carried" in page.split("Motions moved or seconded")[1]


def test_every_hit_links_to_its_page_and_lines(site):
    _, html, _ = get(site, "/", q="legal advice")
    link = re.search(r'class="src" href="(/source/[0-9a-f]{64}\?line_start=(\d+)&amp;line_end=(\d+))"', html)
    assert link, html
    path = link.group(1).replace("&amp;", "&")
    status, source, _ = get(site, path)
    assert status == 200
    cited = re.findall(r'<li value="(\d+)" id="L\d+" class="cited"><mark>(.*?)</mark>', source, re.S)
    assert [int(n) for n, _ in cited] == list(range(int(link.group(2)), int(link.group(3)) + 1))
    assert any("legal advice" in text for _, text in cited)
    # a PDF page: the image and one highlight per cited line, placed inside the page
    image = re.search(r'<img src="(/page/[0-9a-f]{64}/2\.png)"', source)
    assert image, "the cited lines are on page 2"
    boxes = re.findall(r'class="highlight" data-line="(\d+)" style="left:([\d.]+)%;top:([\d.]+)%;'
                       r'width:([\d.]+)%;height:([\d.]+)%"', source)
    assert [int(b[0]) for b in boxes] == [int(n) for n, _ in cited]
    for _, left, top, width, height in boxes:
        assert 0 <= float(left) < 100 and 0 <= float(top) < 100
        assert float(left) + float(width) <= 100.5 and float(top) + float(height) <= 100.5
    status, png, headers = get(site, image.group(1))
    assert status == 200 and headers["content-type"] == "image/png"


def test_text_pack_source_shows_lines_in_context_and_original(site):
    _, html, _ = get(site, "/", q="progress report", committee="Housing")
    link = re.search(r'class="src" href="(/source/[^"]+)"', html).group(1).replace("&amp;", "&")
    _, source, _ = get(site, link)
    assert "<img" not in source
    numbers = [int(n) for n in re.findall(r'<li value="(\d+)"', source)]
    cited = [int(n) for n in re.findall(r'<li value="(\d+)" id="L\d+" class="cited"', source)]
    assert cited and numbers[0] < cited[0] and numbers[-1] > cited[-1]  # context either side
    original = re.search(r'id="original" href="([^"#]+)', source).group(1)
    status, body, _ = get(site, original)
    assert status == 200
    assert body == (site["raw"] / "housing-scrutiny-2021-03-09.txt").read_text(encoding="utf-8")


def test_meeting_page_shows_attendance_minutes_resolutions_actions_votes(site):
    _, home, _ = get(site, "/")
    link = re.search(r'href="(/meeting/[^"]+)">[^<]*Parish Council<', home).group(1)
    _, page, _ = get(site, link)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    for expected in ("Attendance", "Harriet Pole (chair)", "apologies", "Sue Okafor", "Greenway Surfaces",
                     "place the order", "Votes", "carried"):
        assert expected in text, expected
    assert "Printed in:" in text and "lower-ashworth-pc-2023-03-14.pdf" in text


def test_person_page_lists_attendance_actions_and_status(site):
    _, html, _ = get(site, "/", person="Harriet Pole")
    person = re.search(r'href="(/person/[^"]+)">Harriet Pole<', html).group(1)
    _, page, _ = get(site, person)
    actions = page.split("Actions owned")[1].split("Attendance")[0]
    assert "meet the hall committee" in actions
    attendance = page.split("<h2>Attendance</h2>")[1].split("<h2>")[0]
    assert "present" in attendance and "chair" in attendance


def test_csv_download_matches_the_results(site):
    _, html, _ = get(site, "/", person="Lindqvist")
    status, body, headers = get(site, "/search.csv", person="Lindqvist")
    assert status == 200 and headers["content-type"].startswith("text/csv")
    assert "attachment" in headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(body)))
    assert len(rows) == len(hits(html))
    assert {"kind", "committee", "meeting_date", "text", "owners", "doc_id", "page", "line_start"} <= set(rows[0])
    assert any("place the order" in r["text"] and r["owners"] == "Jo Lindqvist" and r["page"] == "1" for r in rows)


@pytest.mark.parametrize("field", ["q", "person", "committee"])
@pytest.mark.parametrize("value", [HOSTILE_WORDS, "'; DROP TABLE meetings; --", "Robert'); DELETE FROM people;--",
                                   "%_%", "\\", "\"><img src=x onerror=alert(1)>", "fts_main_search_corpus.match_bm25"])
def test_hostile_input_is_escaped_and_harmless(site, field, value):
    status, html, _ = get(site, "/", **{field: value})
    assert status == 200
    assert "<script>window" not in html and "<img src=x" not in html
    if field == "q" and value == HOSTILE_WORDS:
        # the words are found as words, and the stored text comes back escaped
        assert any("legal advice" in row for row in hits(html))
    # the database is intact
    _, meetings, _ = get(site, "/meetings")
    assert "Parish Council" in meetings


def test_stored_markup_is_shown_as_text(site):
    _, html, _ = get(site, "/", q="legal advice")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in html
    assert HOSTILE_WORDS not in html


def test_bad_filters_are_explained_not_crashed(site):
    status, html, _ = get(site, "/", q="lease", since="14/03/2023", kind="everything")
    assert status == 200
    assert "since is not a date" in html and "kind must be one of" in html
    status, body, _ = get(site, "/search.csv", until="tomorrow")
    assert status == 400 and "until is not a date" in body
    assert get(site, "/", q="x" * 5000)[0] == 200
    for path in ("/meeting/mtg_nothere", "/person/nobody", "/source/" + "0" * 64, "/page/" + "0" * 64 + "/1.png",
                 "/file/../../etc/passwd", "/page/zzz/abc.png"):
        status, _, _ = get(site, path)
        assert status in (404, 422), path


def test_page_beyond_the_document_is_not_found(site):
    _, html, _ = get(site, "/", q="legal advice")
    doc = re.search(r"/source/([0-9a-f]{64})", html).group(1)
    assert get(site, f"/page/{doc}/99.png")[0] == 404
    assert get(site, f"/page/{doc}/0.png")[0] == 404


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.stat().st_size)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_browsing_writes_nothing_and_a_publish_shows_on_the_next_request(site, tmp_path):
    curated = site["curated"]
    before = _tree(curated)
    for path in ("/", "/meetings", "/?q=lease", "/?person=Pole", "/search.csv?q=lease"):
        assert get(site, path)[0] == 200
    assert _tree(curated) == before, "the site wrote into the curated folder"
    # A nightly run publishes a new version while the site is up: the next request sees it.
    extra = site["raw"] / "extra"
    extra.mkdir()
    (extra / "cemetery-committee-2023-05-02.txt").write_text(
        "UPPER LINDEN TOWN COUNCIL\nCEMETERY COMMITTEE\n"
        "Minutes of the meeting of the Cemetery Committee held on Tuesday 2 May 2023 at 6.30 pm\n"
        "PRESENT: Councillor M Ferrand (Chair), Councillor P Osei\n"
        "1. Memorial safety inspections\n"
        "RESOLVED that the memorial safety inspections be carried out in June.\n",
        encoding="utf-8")
    ingest(site["raw"], curated)
    _, html, _ = get(site, "/", q="memorial safety inspections")
    assert any("carried out in June" in row for row in hits(html))
    _, old, _ = get(site, "/", q="playground resurfacing")
    assert hits(old), "the earlier documents are still there"
