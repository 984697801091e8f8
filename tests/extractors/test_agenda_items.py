"""Tests for extractors.agenda_items: numbered items of agenda sections, titles and pages."""

from __future__ import annotations

import pytest

from extractors.agenda_items import extract_agenda_items
from minutebook.document import document_from_text
from tests.conftest import needs_shared
from tests.extractors.test_meetings import FIXTURE_NAMES, load_fixture, read_corpus, real, seed


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_agenda_items_match_expected_fixture(name):
    doc, expected = load_fixture(name)
    assert extract_agenda_items(doc) == expected["agenda_items"]


AGENDA_HEAD = "LICENSING BOARD\n\nVenue: Guildhall, Westbridge\n\nDate: Monday, 2nd March, 2020\n\nTime: 10.00 a.m.\n\nA G E N D A\n\n"


@pytest.mark.parametrize(
    "line, number, title, pages",
    [
        ("7. Minutes of the previous meeting held on 3rd February, 2020 (Pages 1 - 11)", "7", "Minutes of the previous meeting held on 3rd February, 2020", "1-11"),
        ("7. Street Trading Policy (Page 32)", "7", "Street Trading Policy", "32"),
        ("7. Apologies for absence.", "7", "Apologies for absence", None),
        ("6.1 Taxi Licensing Fees (Pages 12 - 61)", "6.1", "Taxi Licensing Fees", "12-61"),
    ],
)
def test_agenda_items_number_title_and_pages(line, number, title, pages):
    doc = document_from_text(AGENDA_HEAD + line)
    (item,) = extract_agenda_items(doc)
    assert (item["item_number"], item["title"], item["pages"]) == (number, title, pages)


def test_agenda_items_report_paragraphs_are_not_items():
    text = "Summary Sheet\n\nReport Title\n\nHousing Update\n\n1. Recommendations\n\n1.1 That the report be noted.\n\n2. Background\n\n2.1 The service grew."
    assert extract_agenda_items(document_from_text(text)) == []


@pytest.mark.parametrize("text", ["", "garbage\x00", "A G E N D A\n\n1. x (Pages 9 - 1"])
def test_agenda_items_return_empty_on_odd_input(text):
    assert isinstance(extract_agenda_items(document_from_text(text)), list)


SEED_ITEMS = {
    # prefix: (number of items, {item_number: (title, pages)})
    "000": (11, {"8": ("Barnardo's ReachOut Service Update", "12-61"), "11": ("Date and time of the next meeting - Tuesday, 17th July, 2018 at 5.30 p.m.", None)}),
    "001": (0, {}),
    "002": (13, {
        "11": ("Rotherham Local Safeguarding Children's Board – Minutes of meeting held on 6th March, 2014", "55-75"),
        "4": ("Issues and Concerns – Youth Cabinet", None),
        "1": ("Apologies for Absence", None),
    }),
    "003": (14, {"11": ("Improving Lives Select Commission - Monitoring Report", "32"), "10": ("Work Programme 2020/21", "24-31")}),
    "004": (13, {"9": ("Rotherham SIF Improvement Plan", "29"), "13": ("Date and Time of the Future Meetings", None)}),
}


@needs_shared
@pytest.mark.parametrize("prefix", sorted(SEED_ITEMS))
def test_agenda_items_seed_packs(prefix):
    items = extract_agenda_items(read_corpus(seed(prefix)))
    count, known = SEED_ITEMS[prefix]
    assert [i["item_number"] for i in items] == [str(n) for n in range(1, count + 1)]
    by_number = {i["item_number"]: (i["title"], i["pages"]) for i in items}
    for number, expected in known.items():
        assert by_number[number] == expected


@needs_shared
@pytest.mark.parametrize(
    "fragment, count, number, title, pages, page",
    [
        ("Agenda_frontsheet_30th-Jan-2025_10.00_Cabinet", 9, "9", "24/00096 - Commissioning Plan for Education Provision in Kent 2025-29", "461-610", 1),
        ("Agenda_frontsheet_30th-Jan-2025_10.00_Cabinet", 9, "6", "Draft Revenue Budget 2025-26, MTFP 2025-28, Draft Capital Programme 2025-35 and Treasury Management Strategy", "85-276", 1),
        ("Agenda_frontsheet_13th-Mar-2025_10.00_County_Council", 17, "3", "Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record", "1-14", 3),
        ("Agenda_frontsheet_13th-Mar-2025_10.00_County_Council", 17, "13", "Joint Health Overview & Scrutiny Committee - Terms of Reference update", "267-274", 4),
    ],
)
def test_agenda_items_kent_wrapped_titles(fragment, count, number, title, pages, page):
    items = extract_agenda_items(read_corpus(real(fragment)))
    assert len(items) == count
    item = next(i for i in items if i["item_number"] == number)
    assert (item["title"], item["pages"], item["page"]) == (title, pages, page)


@needs_shared
@pytest.mark.parametrize("fragment", ["Printed_minutes_30th-Jan-2025", "CPP_Minutes", "BOE_tabulator", "Item_7_-_Supplementary"])
def test_agenda_items_none_outside_agendas(fragment):
    assert extract_agenda_items(read_corpus(real(fragment))) == []


def test_agenda_items_worded_as_motions_stay_items():
    # "5. Motion to ..." is an agenda's item (a board votes on it); only a minutes' "1. Moved
    # by Councillor X" is a motion's number rather than an item.
    text = ("BOARD OF HEALTH\nAGENDA\nRegular Meeting, Thursday, May 23, 2019, 9:00 a.m.\n"
            "1. Call to order\n2. Roll call\n3. Motion to excuse absent Board Members\n4. Approval of minutes\n"
            "5. Motion to adjourn the meeting\n")
    items = extract_agenda_items(document_from_text(text))
    assert [(i["item_number"], i["title"]) for i in items][2::2] == [
        ("3", "Motion to excuse absent Board Members"), ("5", "Motion to adjourn the meeting")]
