"""A roll call that prints its first name after the label and the rest one a line in the column
under it ("Roll Call: Present: Sandy Jacobs" / "Mason Ruder" / ...) lists each person, and the
list ends where the column does ("Mayor Jacobs declared a quorum was present ..." names no one)
(attendance_cues._gather, attendees); "X moved, Y seconded, to <wording>" names both
(motion_words). Checked on two bodies written for these tests, as PDFs the tests draw."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf


def _minutes_pdf(path, body: str, label: str, names: list[str], motion: str):
    x_names = 90 + 7 * len(label) + 60
    return styled_pdf(path, [[
        ("MINUTES OF A MEETING", {"centre": True}),
        (f"OF THE {body}", {"centre": True}),
        ("HELD ON JULY 10, 2025", {"centre": True, "gap": 0}),
        ("1. CALL TO ORDER BY CHAIRPERSON: The meeting opened at 4:00 p.m.", {"x": 90, "gap": 10}),
        (label, {"x": 162, "right": (x_names, names[0])}),
        *[(name, {"x": x_names}) for name in names[1:]],
        ("The chair declared a quorum was present and called the meeting to order.", {"x": 126}),
        ("2. CONSENT AGENDA: Approve the licence for the Tiger Station.", {"x": 90, "gap": 10}),
        (motion, {"x": 126}),
        ("3. ADJOURNMENT: The meeting adjourned at 5:10 p.m.", {"x": 90, "gap": 10}),
    ]])


@pytest.mark.parametrize("body,label,names,motion,movers", [
    ("GOVERNING BODY OF THE CITY OF ELKRIDGE, KANSAS", "Roll Call: Present:",
     ["Sandy Jacks", "Mason Rudd", "Alaina Cummins", "Reese Barrow", "Shaun Musk"],
     "Commissioner Rudd moved, Commissioner Cummins seconded, to approve the Consent Agenda.",
     ("Rudd", "Cummins")),
    ("BOARD OF TRUSTEES OF THE VILLAGE OF OAK RUN", "Present:",
     ["Maria Lutz", "Al Ferris", "Kim Dow"],
     "Trustee Ferris moved, Trustee Dow seconded, to approve the Consent Agenda.",
     ("Ferris", "Dow")),
])
def test_names_hung_in_a_column_under_the_first_are_each_present(tmp_path, body, label, names, motion, movers):
    path = _minutes_pdf(tmp_path / "minutes.pdf", body, label, names, motion)
    out = extract_all(read_document(path, path.read_bytes()))
    assert sorted(p["name"] for p in out["attendees"] if p["status"] == "present") == sorted(names)
    [vote] = out["votes"]
    assert (vote["mover"].split()[-1], vote["seconder"].split()[-1], vote["motion"]) == (*movers, "to approve the Consent Agenda")


@pytest.mark.parametrize("present,absent,expected_present,expected_absent", [
    (["Council Member Kris Truman", "Council President Nick Engel", "Mayor Mark Stout", "Council Member Wayne Moll, Jr."],
     ["Council Member Mike Neal", "Council Member Beth Stanley"],
     {"Kris Truman", "Nick Engel", "Mark Stout", "Wayne Moll Jr"}, {"Mike Neal", "Beth Stanley"}),
    (["Board Member Ann Lee", "Board Member Raj Patel", "Board Member Tom Green, Sr."], ["Board Member Ida Cole"],
     {"Ann Lee", "Raj Patel", "Tom Green Sr"}, {"Ida Cole"}),
])
def test_members_titled_in_two_words_hung_in_a_column(tmp_path, present, absent, expected_present, expected_absent):
    lines = [("MINUTES", {"bold": True, "size": 20, "x": 250}), ("City Council Meeting", {"bold": True, "size": 16, "x": 250}),
             ("6:30 PM - Tuesday, June 24, 2025", {"bold": True, "x": 250}),
             ("1 CALL MEETING TO ORDER", {"bold": True, "size": 12, "x": 77, "gap": 10}),
             ("The meeting was called to order at 6:30 p.m.", {"x": 113}),
             ("2 ROLL CALL", {"bold": True, "size": 12, "x": 77, "gap": 10}),
             ("PRESENT:", {"x": 119, "right": (218, present[0])}), *[(p, {"x": 218}) for p in present[1:]],
             ("ABSENT:", {"x": 119, "right": (218, absent[0])}), *[(p, {"x": 218}) for p in absent[1:]],
             ("3 ACCEPTANCE OF AGENDA", {"bold": True, "size": 12, "x": 77, "gap": 10}),
             ("The agenda was accepted as presented.", {"x": 113})]
    path = styled_pdf(tmp_path / "minutes.pdf", [lines])
    people = extract_all(read_document(path, path.read_bytes()))["attendees"]
    assert {p["name"] for p in people if p["status"] == "present"} == expected_present
    assert {p["name"] for p in people if p["status"] == "absent"} == expected_absent
