"""Attendees: one row per person, with honorific, status and role."""

from __future__ import annotations

import json

import pytest

from extractors.attendees import extract_attendees
from minutebook.document import document_from_text
from tests.conftest import FIXTURES, REAL, SEEDS, needs_shared

CONTENT = FIXTURES / "content"
CASES = sorted(p.stem for p in CONTENT.glob("*.txt"))
FIELDS = ("name", "honorific", "status", "role")


@pytest.mark.parametrize("name", CASES)
def test_attendees_match_annotated_fixture(name):
    expected = json.loads((CONTENT / f"{name}.json").read_text())["attendees"]
    doc = document_from_text((CONTENT / f"{name}.txt").read_text(encoding="utf-8"))
    got = [{k: r[k] for k in FIELDS} for r in extract_attendees(doc)]
    assert got == expected


@pytest.mark.parametrize(
    "text, names",
    [
        ("Present:- Councillor Clark (in the Chair); Councillors Beaumont, Brookes and Senior.",
         ["Clark", "Beaumont", "Brookes", "Senior"]),
        ("Apologies were received from Mrs C Bell.", ["C Bell"]),
        ("Membership: Councillors Abbott, Baines and Cole.", []),  # a front sheet, not attendance
        ("The British and French ambassadors were also in attendance.", []),
        ("ALSO PRESENT: Sue Chandler, Cabinet Member for Integrated Children's Services.", ["Sue Chandler"]),
    ],
)
def test_attendees_lists(text, names):
    assert [r["name"] for r in extract_attendees(document_from_text(text))] == names


def test_attendees_board_row_list_with_roles():
    text = ("In attendance:\n\nAnn Bright – Chair\tIndependent Chair\nCal Dunn - Member and Vice Chair\tHead of Service\n"
            "Eve Frost – Minute Taker\tBoard Officer\n\nApologies:\n\nGus Hale - Member\tHeadteacher\nIvy Jones - Advisor\tSolicitor\n")
    got = [(r["name"], r["status"], r["role"]) for r in extract_attendees(document_from_text(text))]
    assert got == [("Ann Bright", "present", "chair"), ("Cal Dunn", "present", "vice_chair"),
                   ("Eve Frost", "in_attendance", None), ("Gus Hale", "apologies", None),
                   ("Ivy Jones", "apologies", None)]


@needs_shared
def test_attendees_on_kent_cabinet_minutes():
    from minutebook.readers import read_document

    path = REAL / "lusavkaedu__council-assistant__Printed_minutes_30th-Jan-2025_10.00_Cabinet.pdf"
    records = extract_attendees(read_document(path, path.read_bytes()))
    present = [r for r in records if r["status"] == "present"]
    assert len(present) == 9
    assert present[0]["name"] == "R W Gough" and present[0]["role"] == "chair"
    assert {"M Gogarty", "L Gannon"} <= {r["name"] for r in records if r["virtual"]}


@needs_shared
def test_attendees_on_seed_partnership_minutes():
    from minutebook.readers import read_document

    path = SEEDS / "002_71859f5745ebed0e.txt"
    records = extract_attendees(read_document(path, path.read_bytes()))
    first_meeting = [r for r in records if r["line_start"] < 100]
    assert sum(r["status"] == "present" for r in first_meeting) == 15
    assert sum(r["status"] == "apologies" for r in first_meeting) == 7
    assert ("David Clitheroe", "Dr.") in {(r["name"], r["honorific"]) for r in first_meeting}


@pytest.mark.parametrize(
    "text, expected",
    [
        # A full name among bare surnames is a councillor named in full; a trailing run of full
        # names is officers; an organisation tag marks a co-opted representative.
        ("Apologies for absence:- Apologies were received from Councillors Oddie, Kath Lund and Pratt (YMCA).",
         [("Oddie", "Councillor"), ("Kath Lund", "Councillor"), ("Pratt", None)]),
        ("Apologies for absence were received from Councillors Oddie, Pratt, Kath Lund and Sam Webb.",
         [("Oddie", "Councillor"), ("Pratt", "Councillor"), ("Kath Lund", None), ("Sam Webb", None)]),
        ("The Chairman reported apologies from Mr Oddie and Mrs Pratt.", [("Oddie", "Mr"), ("Pratt", "Mrs")]),
        # "Mr Ian Lowe, Interim Director of Finance, was in attendance": the title is not a person.
        ("Mr Ian Lowe, Interim Corporate Director Finance, was in attendance for this item.", [("Ian Lowe", "Mr")]),
    ],
)
def test_attendees_honorifics_and_appositions(text, expected):
    assert [(r["name"], r["honorific"]) for r in extract_attendees(document_from_text(text))] == expected


@pytest.mark.parametrize(
    "narrative, vice_chair",
    [
        ("Councillor Oddie, the Vice-Chair, took the Chair for the remainder of the meeting.", "Oddie"),
        ("The Chair thanked Councillor Pratt for her Vice-Chairmanship during the year.", "Pratt"),
        ("The Vice-Chair, Councillor Oddie, thanked the officers.", "Oddie"),
        ("The Vice-Chair thanked the officers.", None),
    ],
)
def test_attendees_vice_chair_named_in_the_minutes(narrative, vice_chair):
    text = f"Present:- Councillor Lund (in the Chair); Councillors Oddie and Pratt.\n\n12. ITEM\n\n{narrative}\n"
    roles = {r["name"]: r["role"] for r in extract_attendees(document_from_text(text))}
    assert roles["Lund"] == "chair"
    assert [n for n, role in roles.items() if role == "vice_chair"] == ([vice_chair] if vice_chair else [])


def test_attendees_vice_chair_named_after_the_next_meeting_is_not_carried_back():
    text = ("Present:- Councillor Lund (in the Chair); Councillors Oddie and Pratt.\n\n"
            "Present:- Councillor Pratt (in the Chair); Councillor Oddie.\n\n"
            "Councillor Oddie, the Vice-Chair, took the Chair.\n")
    first = [r for r in extract_attendees(document_from_text(text)) if r["line_start"] == 1]
    assert all(r["role"] != "vice_chair" for r in first)


@needs_shared
@pytest.mark.parametrize(
    "source, present, apologies, last_present",
    [
        # The PRESENT list of a full council runs over 14 wrapped lines.
        ("lusavkaedu__council-assistant__Printed_minutes_13th-Feb-2025_09.30_County_Council.pdf", 64, 15, "L Wright"),
        ("lusavkaedu__council-assistant__19_December_2024_-_County_Council_minutes.pdf", 66, 12, "L Wright"),
    ],
)
def test_attendees_on_kent_full_council_minutes(source, present, apologies, last_present):
    from minutebook.readers import read_document

    path = REAL / source
    records = extract_attendees(read_document(path, path.read_bytes()))
    listed = [r for r in records if r["status"] == "present"]
    assert len(listed) == present
    assert listed[-1]["name"] == last_present
    assert sum(r["status"] == "apologies" for r in records) == apologies
    assert "Interim Corporate Director Finance" not in {r["name"] for r in records}


@needs_shared
@pytest.mark.parametrize(
    "seed, vice_chair, honorifics",
    [
        ("000_f704548d5aec77ad.txt", "Cusworth", {"Julie Turner": "Councillor", "Jones": None}),
        ("003_fa094feebe24448b.txt", "Jarvis", {"Senior": "Councillor"}),
    ],
)
def test_attendees_on_seed_select_commission_minutes(seed, vice_chair, honorifics):
    from minutebook.readers import read_document

    path = SEEDS / seed
    records = extract_attendees(read_document(path, path.read_bytes()))
    assert [r["name"] for r in records if r["role"] == "vice_chair"] == [vice_chair]
    got = {r["name"]: r["honorific"] for r in records}
    assert {name: got.get(name, "missing") for name in honorifics} == honorifics


def test_attendees_line_is_where_the_whole_name_is_printed():
    text = ("IN ATTENDANCE: Mr D Lowe (Head of Finance Policy), Mr B Ward (General Counsel),\n"
            "Mrs C Head (Head of Finance Operations) and Mr W\nStanton (Director of Education)")
    lines = {r["name"]: r["line_start"] for r in extract_attendees(document_from_text(text))}
    assert lines == {"D Lowe": 1, "B Ward": 1, "C Head": 2, "W Stanton": 3}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a parish council's block, the next item numbered "23/101" (no blank line, no full stop)
        ("LOWER ASHWORTH PARISH COUNCIL\nMinutes of the meeting of the Parish Council held on Tuesday 14 March 2023\n"
         "Present: Councillors Harriet Pole (Chair), Dev Marlow and Tom Reeve\nApologies: Councillor Sue Okafor\n"
         "In attendance: Jo Lindqvist (Clerk)\n23/101 Declarations of interest\nNone.",
         [("Harriet Pole", "Councillor", "present"), ("Dev Marlow", "Councillor", "present"),
          ("Tom Reeve", "Councillor", "present"), ("Sue Okafor", "Councillor", "apologies"),
          ("Jo Lindqvist", None, "in_attendance")]),
        # a school board's, the next item lettered
        ("HOLLINS PRIMARY SCHOOL\nMinutes of the meeting of the Governing Board held on 2 May 2024\n"
         "Present: Governors Amy Noon (Chair) and Raj Patel\nAlso present: Mrs K Shaw (Clerk)\nA) Welcome\nNoted.",
         [("Amy Noon", "Governor", "present"), ("Raj Patel", "Governor", "present"),
          ("K Shaw", "Mrs", "in_attendance")]),
    ],
    ids=["parish-slashed-items", "governors-lettered-items"],
)
def test_attendance_lists_end_at_the_next_item_and_plural_honorifics_cover_full_names(text, expected):
    got = [(a["name"], a["honorific"], a["status"]) for a in extract_attendees(document_from_text(text))]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OAKRIDGE PUBLIC LIBRARY DISTRICT\nMinutes of the Regular Meeting of the Board of Trustees\nWednesday, May 6, 2020\n"
         "1. Call to order\nATTENDING: Trustees DuPont, Lane, Warren\nSTAFF ATTENDING: Library Director Ana Ruiz, Ben Cho, "
         "Cara\nDiaz, Eve Fox\nPUBLIC ATTENDING: Several residents were in attendance\n2. Approval of the agenda\n",
         [("DuPont", "present"), ("Lane", "present"), ("Warren", "present"), ("Ana Ruiz", "in_attendance"),
          ("Ben Cho", "in_attendance"), ("Cara Diaz", "in_attendance"), ("Eve Fox", "in_attendance")]),
        ("MILL CREEK PARK DISTRICT\nMinutes of the Board Meeting held on June 3, 2021\nCOMMISSIONERS ATTENDING: Ross, "
         "Stone and Tate\nOFFICERS ATTENDING: Dee Park (Secretary)\n1. Minutes\nApproved.\n",
         [("Ross", "present"), ("Stone", "present"), ("Tate", "present"), ("Dee Park", "in_attendance")]),
    ],
    ids=["library-trustees-and-staff", "park-commissioners-and-officers"],
)
def test_attending_lists_by_group(text, expected):
    got = [(a["name"], a["status"]) for a in extract_attendees(document_from_text(text))]
    assert got == expected
