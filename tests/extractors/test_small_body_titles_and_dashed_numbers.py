"""Rules read on the bodies of the round from seed 168 (a state advisory council, a community
non-profit, a council of college chairs, a city commission's agendas, a town board's workshop
agenda), each checked here on two bodies written for these tests, as PDFs the tests draw:

- a bold heading at the body's size under a title block set bigger, which already dates the
  meeting, is the first item, not more of the title (titles._heading_under_big_title);
- "<Name> Minutes" / "<Name> Annual Meeting Minutes" names the body with no separator
  (title_lines._BESIDE_KIND, the ``run`` form);
- "1) Approved the previous meeting." under an undated-kind title makes the paper minutes
  (paper_kinds._DONE_ITEM);
- "A.-1. 23-6764 ..." and "1.-3. 23-6674 ..." number agenda items as printed, and "1.)" /
  "10.)Consider" number them too (labels._LETTER_DOTTED, _DASH_DOTTED, _NUMBER);
- a bold note that an item "has been deferred" to a dated meeting is no meeting's title
  (titles._ITEM_NOTE);
- a short numbered list under one of the minutes' colon headings ("Committee Reports:") is
  that minute's content, not the minutes' numbering (inner_numbering.list_under_one_label).
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

BODY = "The members heard the update and asked questions about the timetable for the next stage of work."


def _extract(tmp_path, pages):
    path = styled_pdf(tmp_path / "paper.pdf", pages)
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("title,date,first", [
    ("Early Years Advisory Council of Ridgeland", "March 4, 2021 Meeting Minutes", "Welcome (Executive Committee)"),
    ("Coastal Rivers Conservation Council of Maine", "June 9, 2022 Meeting Minutes", "Introductions (Finance Committee)"),
])
def test_a_bold_heading_at_body_size_is_not_part_of_a_big_title(tmp_path, title, date, first):
    lines = [(title, {"bold": True, "size": 20, "x": 90}), (date, {"bold": True, "size": 20, "x": 170})]
    for heading in [first, "Programme Update (Director of Services)", "Budget Update", "Other Business"]:
        lines += [(heading, {"bold": True, "size": 11, "x": 60, "gap": 8}),
                  (BODY, {"size": 11, "x": 96}), (BODY, {"size": 11, "x": 96})]
    meetings = _extract(tmp_path, [lines])["meetings"]
    assert [m["committee"] for m in meetings] == [title]


@pytest.mark.parametrize("title,body", [
    ("Rural Harvest Minutes", "Rural Harvest"),
    ("Hillside Growers Annual Meeting Minutes", "Hillside Growers"),
])
def test_a_name_run_into_minutes_names_the_body(tmp_path, title, body):
    lines = [(title, {"bold": True, "size": 18, "centre": True}),
             ("Date: April 24, 2023", {"size": 12, "x": 150}),
             ("Location: Public Library", {"size": 12, "x": 140}),
             ("Members Present: Brent Walker, Beth Carson, Dennis Lyle, Dee Miller.", {"size": 12, "x": 60})]
    for heading in ["Minutes from March Meeting:", "Treasurer's Report:", "Other Business:"]:
        lines += [(heading, {"bold": True, "size": 13, "x": 60, "gap": 6}), (BODY, {"size": 12, "x": 60})]
    meetings = _extract(tmp_path, [lines])["meetings"]
    assert [(m["committee"], m["meeting_date"].isoformat(), m["kind"]) for m in meetings] == [(body, "2023-04-24", "minutes")]


@pytest.mark.parametrize("title,first_item", [
    ("Oregon Council of Design Chairs Meeting", "1) Approved the previous meeting."),
    ("Valley Council of Nursing Deans Meeting", "1. Discussed the draft strategy and timetable."),
])
def test_an_item_that_says_what_was_done_makes_the_paper_minutes(tmp_path, title, first_item):
    lines = [(title, {"size": 11}), ("October 28, 2011", {"size": 11}), (first_item, {"size": 11, "x": 80}),
             ("2) News from the Colleges" if first_item.startswith("1)") else "2. News from the Colleges", {"size": 11, "x": 80}),
             ("Enrollment is steady at most colleges and the new courses are full this term.", {"size": 11}),
             ("3) Next meeting" if first_item.startswith("1)") else "3. Next meeting", {"size": 11, "x": 80})]
    meetings = _extract(tmp_path, [lines])["meetings"]
    assert [(m["committee"], m["kind"]) for m in meetings] == [(title.removesuffix(" Meeting"), "minutes")]


@pytest.mark.parametrize("city,items", [
    ("City of Palm Vista", [("A.-1.", "23-6764", "Presentation of a Proclamation for Library Week."),
                            ("A.-2.", "23-6792", "Recognition of the Fire Rescue Crew."),
                            ("1.-1.", "23-6797", "Cultural Development Board Meeting of November 8, 2023."),
                            ("1.-2.", "23-6857", "Landscape Advisory Board Meeting of December 14, 2023.")]),
    ("City of Harbor Point", [("B.-1.", "24-0101", "Regular City Commission Meeting of January 9, 2024."),
                              ("B.-2.", "24-0102", "Special City Commission Meeting of January 16, 2024."),
                              ("2.-1.", "24-0150", "A Resolution accepting the annual audit report."),
                              ("2.-2.", "24-0151", "A Resolution approving the parks master plan.")]),
])
def test_dashed_item_numbers_are_read_as_printed(tmp_path, city, items):
    lines = [("Tuesday, January 9, 2024", {"bold": True, "size": 14, "centre": True}),
             (city, {"bold": True, "size": 20, "centre": True}),
             ("City Commission", {"bold": True, "size": 18, "centre": True}),
             ("Agenda - Final", {"bold": True, "size": 18, "centre": True, "gap": 10}),
             (f"{items[0][0][0]}. PRESENTATIONS", {"bold": True, "size": 12, "x": 60, "gap": 10})]
    for number, file_number, title in items:
        if number.endswith(".-1.") and number[0].isdigit():  # the numbered heading over its sub-items
            lines.append(("D. CONSENT AGENDA", {"bold": True, "size": 12, "x": 60, "gap": 10}))
            lines.append((f"{number[0]}. Presentation of Boards and Committees minutes:", {"bold": True, "size": 10.8, "x": 60, "gap": 6}))
        lines.append((f"{number} {file_number} {title}", {"size": 10, "x": 60, "gap": 4}))
    numbers = [i["item_number"] for i in _extract(tmp_path, [lines])["agenda_items"]]
    # (a sub-item's number is given under its heading's: "D.1.-1" under "D." and "1.")
    dashed = [n for n in numbers if "-" in n]
    assert len(dashed) == len(items)
    assert all(got.endswith(want.rstrip(".")) for got, (want, _, _) in zip(dashed, items))


@pytest.mark.parametrize("title,items", [
    ("TOWN BOARD WORKSHOP", ["Approval of Minutes at Town Board meeting(s)", "Discuss Rental Registry Process",
                             "Consider Awarding Low Bid for the Barn Roof"]),
    ("VILLAGE BOARD WORK SESSION", ["Approval of Minutes", "Discuss Sidewalk Repairs", "Consider Park Pavilion Quote"]),
])
def test_numbers_typed_with_a_stop_and_a_bracket(tmp_path, title, items):
    lines = [(title, {"bold": True, "size": 16, "centre": True}), ("AGENDA", {"bold": True, "size": 16, "centre": True}),
             ("SEPTEMBER 2, 2014", {"bold": True, "size": 16, "centre": True}),
             ("4:30 P.M.", {"bold": True, "size": 16, "centre": True})]
    lines += [(f"{k}.) {t}" if k < 3 else f"{k}.){t}", {"size": 14, "x": 100, "gap": 4}) for k, t in enumerate(items, 1)]
    agenda = _extract(tmp_path, [lines])["agenda_items"]
    assert [(a["item_number"], a["title"]) for a in agenda] == [(str(k), t) for k, t in enumerate(items, 1)]


@pytest.mark.parametrize("note", [
    ("Agenda Item E-4 has been deferred and will be heard at the February 27, 2024 City", "Commission Meeting"),
    ("Agenda Item 7 has been postponed and will be heard at the March 12, 2024 Town", "Council Meeting"),
])
def test_a_note_that_an_item_was_deferred_is_no_meeting(tmp_path, note):
    lines = [("Tuesday, February 13, 2024", {"bold": True, "size": 14, "centre": True}),
             ("City of Palm Vista", {"bold": True, "size": 20, "centre": True}),
             ("City Commission", {"bold": True, "size": 18, "centre": True}),
             ("Agenda - Final", {"bold": True, "size": 18, "centre": True, "gap": 10}),
             ("E. ORDINANCES", {"bold": True, "size": 12, "x": 60, "gap": 10}),
             ("E.-3. 23-6579 An Ordinance granting a gas franchise.", {"size": 10, "x": 60, "gap": 4}),
             (note[0], {"bold": True, "size": 10.8, "x": 100, "gap": 4}), (note[1], {"bold": True, "size": 10.8, "x": 100}),
             ("E.-4. 23-6795 An Ordinance amending the zoning code.", {"size": 10, "x": 60, "gap": 4}),
             ("F. CITY COMMISSION ITEMS", {"bold": True, "size": 12, "x": 60, "gap": 10}),
             ("F.-1. 24-6935 Update on the bridge.", {"size": 10, "x": 60, "gap": 4})]
    meetings = _extract(tmp_path, [lines])["meetings"]
    assert [m["meeting_date"].isoformat() for m in meetings] == ["2024-02-13"]


@pytest.mark.parametrize("labels,points", [
    (["Minutes from March Meeting:", "Treasurer's Report:", "Committee Reports:", "Visioning The Future:",
      "Motion To Adjourn:", "Next Meeting:"], ["Local Foods: the market opens in May.", "Education: a speaker is booked.",
                                             "Land Access: the land is rented again."]),
    (["Approval of Minutes:", "Finance:", "Working Group Reports:", "Website:", "Any Other Business:"],
     ["Grounds: the hedges are cut.", "Events: the fair is on 4 July.", "Membership: two new members."]),
])
def test_a_numbered_list_under_one_colon_heading_is_its_content(tmp_path, labels, points):
    lines = [("Riverside Growers Minutes", {"bold": True, "size": 18, "centre": True}),
             ("Date: April 24, 2023", {"size": 12, "x": 150})]
    for label in labels:
        lines.append((label, {"bold": True, "size": 13, "x": 60, "gap": 6}))
        if label in ("Committee Reports:", "Working Group Reports:"):
            lines += [(f"{k}. {p}", {"size": 12, "x": 78}) for k, p in enumerate(points, 1)]
        else:
            lines.append((BODY, {"size": 12, "x": 60}))
    minutes = _extract(tmp_path, [lines])["minutes"]
    assert [m["title"] for m in minutes] == [label.rstrip(":") for label in labels]
