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
