"""Minutes whose items are run-in labels, and the forms that come with them, each on two bodies.

Community councils and parent councils often print no item numbers: each item is a label in
title case at the margin ("Police Matters: ...", "Planning:", "A.O.C.B."), with numbered points
under several of them that start again at "1.". Their attendance names posts as labels ("Chair:
Mr B Smith : Secretary: ...") and groups with the people in brackets ("Executive (A, B & C)");
declarations are a labelled list; a motion may be recorded by its verb alone under a heading
that names its object; a table of contents may repeat the items above them. The texts are
written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

HARBOUR = """MINUTES OF THE MEETING OF THE HARBOURSIDE COMMUNITY COUNCIL
HELD IN THE CHURCH HALL ON MONDAY 3rd MARCH 2025 AT 19:00 HRS

Present: Chair: Mr B Adair : Secretary: Mrs C Boyd: Treasurer: Mr D Craig/ Ms E Dunn
Mrs F Ellis, Messrs G Ford ,H Grant
In Attendance: Councillor J Hay , Councillor K Innes
Apologies: Mrs L Jack
Declarations of Interest: Mr G Ford – Lifeboat Station
Minutes: The Minutes of the meeting held on Monday 3rd February 2025 were agreed .
Matters Arising from Previous Minutes:
1. The bench at the pier has been repaired and repainted by the volunteers last week
2. Harbour lights are still out at the east end and the council has been told twice now
3. The path survey is finished and the report will be circulated to members next month
Police Matters: No report received this month
Treasurer's Report ; The balance stands at £1,204.10 after the grant was received
Correspondence:
1. A letter from the ferry company about the winter timetable was read to the meeting
2. The school asked for help with the spring clean and members agreed to take part in it
Planning:
1. 25/00012/FULL Extension to rear of 4 Quay Street with no objection raised by members
Questions for the Council:
1. Can the broken railings at the slipway be repaired before the summer season begins
A.O.C.B.
The meeting closed at 8.40 pm
"""

KIRKTON = """MINUTES OF THE ANNUAL GENERAL MEETING OF
THE KIRKTON COMMUNITY COUNCIL
HELD IN THE SCHOOL ON TUESDAY 6TH
MAY 2025 AT 19:30 HRS

Present: Chair: Mrs M Kerr. Secretary: Mr N Lowe: Treasurer: Mr O Muir
Mrs P Nairn , Messrs R Orr , S Paton.
Apologies: None
Declarations of Interest: Mrs P Nairn - Village Hall Trust; Mr S Paton - Bowling Club
Annual Report from the Chair:
1. The council met nine times this year and thanked all the members for their hard work
2. The village hall roof was finally repaired with the help of the community fund grant
Treasurer's Annual Report:
1. The accounts were examined and the balance carried forward is £2,310.55 for next year
Roads and Paths:
1. The school crossing patrol has been restored after a long campaign by local parents
2. Potholes on the Mill Road were reported again and the council has promised repairs
Any Other Business: The next meeting will be held in June.
"""

PAC = """Riverside School PAC Meeting
Thursday November 20, 2025
Riverside School Library
Attendance:
Executive (Ana Blake, Ben Cole, Cara Diaz & Dev Evans)
Administrators (Faye Green and Gil Hart)
PAC members (9)

Table of Contents
1. Call to order 7:02PM 1
2. Approve minutes for June AGM. 1
3. Principal's Report: Faye Green. 2
4. Meeting adjourned. 3

1. Call to order 7:02PM
2. Approve minutes for June AGM
June AGM minutes circulated prior to meeting; motion to approve by Ben, seconded by Cara & passed.
3. Principal's Report: Faye Green
The new playground opens in the spring.
4. Meeting adjourned
"""

CREEK = """CEDAR CREEK PARENT COUNCIL MEETING MINUTES
Monday, May 5, 2025

1. CALL TO ORDER (7:05pm)
2. APPROVAL OF AGENDA (7:06pm)
Motion to approve by Hana, Ivan Jones seconded. Motion carried.
3. APPROVAL OF MINUTES from March 3rd, 2025 meeting
Motion to approve by Jo, Kim Lee seconded. Motion carried.
4. ADMIN REPORT (7:10pm)
The principal reported on the spring concert.
"""


def _extract(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("name, text, titles", [
    ("harbour", HARBOUR, ["Apologies", "Declarations of Interest", "Minutes", "Matters Arising from Previous Minutes",
                          "Police Matters", "Treasurer's Report", "Correspondence", "Planning",
                          "Questions for the Council", "A.O.C.B"]),
    ("kirkton", KIRKTON, ["Apologies", "Declarations of Interest", "Annual Report from the Chair",
                          "Treasurer's Annual Report", "Roads and Paths", "Any Other Business"]),
])
def test_run_in_labels_are_the_items_when_numbered_lists_start_again_under_them(tmp_path, name, text, titles):
    assert [m["title"] for m in _extract(tmp_path, name, text)["minutes"]] == titles


@pytest.mark.parametrize("name, text, date", [
    ("harbour", HARBOUR, "2025-03-03"),
    ("kirkton", KIRKTON, "2025-05-06"),  # the date broken over the line end: "6TH" / "MAY 2025 AT ..."
])
def test_title_block_date(tmp_path, name, text, date):
    [meeting] = _extract(tmp_path, name, text)["meetings"]
    assert meeting["meeting_date"].isoformat() == date


@pytest.mark.parametrize("name, text, expected", [
    ("harbour", HARBOUR, [("B Adair", "present", "chair"), ("C Boyd", "present", None), ("D Craig", "present", None),
                          ("E Dunn", "present", None), ("F Ellis", "present", None), ("G Ford", "present", None),
                          ("H Grant", "present", None), ("J Hay", "in_attendance", None),
                          ("K Innes", "in_attendance", None), ("L Jack", "apologies", None)]),
    ("kirkton", KIRKTON, [("M Kerr", "present", "chair"), ("N Lowe", "present", None), ("O Muir", "present", None),
                          ("P Nairn", "present", None), ("R Orr", "present", None), ("S Paton", "present", None)]),
])
def test_posts_as_labels_and_plural_messrs(tmp_path, name, text, expected):
    rows = _extract(tmp_path, name, text)["attendees"]
    assert [(r["name"], r["status"], r["role"]) for r in rows] == expected


@pytest.mark.parametrize("name, text, expected", [
    ("harbour", HARBOUR, [("G Ford", "Lifeboat Station")]),
    ("kirkton", KIRKTON, [("P Nairn", "Village Hall Trust"), ("S Paton", "Bowling Club")]),
])
def test_declarations_listed_under_their_label(tmp_path, name, text, expected):
    rows = _extract(tmp_path, name, text)["declarations"]
    assert [(r["name"], r["item"]) for r in rows] == expected


def test_groups_with_their_people_in_brackets(tmp_path):
    rows = _extract(tmp_path, "pac", PAC)["attendees"]
    assert [(r["name"], r["status"]) for r in rows] == [
        ("Ana Blake", "present"), ("Ben Cole", "present"), ("Cara Diaz", "present"), ("Dev Evans", "present"),
        ("Faye Green", "in_attendance"), ("Gil Hart", "in_attendance")]


def test_table_of_contents_is_not_the_minutes(tmp_path):
    result = _extract(tmp_path, "pac", PAC)
    assert [(m["minute_number"], m["line_start"]) for m in result["minutes"]] == [("1", 15), ("2", 16), ("3", 18), ("4", 20)]
    [vote] = result["votes"]
    assert (vote["minute_number"], vote["motion"], vote["result"]) == ("2", "to approve the minutes for June AGM", "carried")


def test_a_motion_to_approve_takes_its_object_from_the_heading(tmp_path):
    votes = _extract(tmp_path, "creek", CREEK)["votes"]
    assert [(v["minute_number"], v["motion"], v["result"]) for v in votes] == [
        ("2", "to approve the agenda", "carried"),
        ("3", "to approve the minutes from March 3rd, 2025 meeting", "carried")]


def test_bare_motion_object_from_heading_forms():
    from extractors.bare_motions import _object

    assert _object("APPROVAL OF MINUTES from February 29th, 2024 meeting") == "the minutes from February 29th, 2024 meeting"
    assert _object("Adoption of the Budget") == "the Budget"
    assert _object("Vote on the fundraising document") == "the fundraising document"
