"""An attendance list run on after a sentence ("... called the meeting to order. In attendance:
Supervisors A, B, C, Treasurers D and E, F, Town Clerks G and H"), on two bodies written for
these tests: everyone is found (attendance_cues._WERE_IN_ATTENDANCE); a plural post before two
names gives both the post and leaves them in attendance (people.share_plural_posts); with no
other list of those present, the members named by a member's honorific are present
(attendance_rows.members_attending)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

TOWNSHIP = """# Town of Pine Creek
Monthly Meeting
March 15, 2021

## CALL TO ORDER
Supervisor Ellen Marsh welcomed everyone and called the meeting to order. In attendance: Supervisors Ellen Marsh, Bo Lindgren, Ray Otis, Treasurers Nan Duffy and Lee Park, Sam Rudd, Town Clerks Ada Voss and Kim Hale

## MINUTES
The February minutes were approved.
"""

VILLAGE = """VILLAGE OF ASHFORD FALLS
Board Meeting Minutes - June 2, 2022

The meeting opened at 7:00 p.m. at the Village Hall. In attendance: Trustees Maria Gomez, Tim Holt and Dee Strand, Deputy Clerks Jo Weir and Amir Nasser, Paul Kent.

1. Agenda
The agenda was approved as printed.
"""


@pytest.mark.parametrize("text, present, attending, posts", [
    (TOWNSHIP, ["Ellen Marsh", "Bo Lindgren", "Ray Otis"],
     ["Nan Duffy", "Lee Park", "Sam Rudd", "Ada Voss", "Kim Hale"],
     {"Nan Duffy": "Treasurer", "Lee Park": "Treasurer", "Ada Voss": "Town Clerk", "Kim Hale": "Town Clerk", "Sam Rudd": None}),
    (VILLAGE, ["Maria Gomez", "Tim Holt", "Dee Strand"], ["Jo Weir", "Amir Nasser", "Paul Kent"],
     {"Jo Weir": "Deputy Clerk", "Amir Nasser": "Deputy Clerk", "Paul Kent": None}),
])
def test_attendance_run_on_after_a_sentence(text, present, attending, posts):
    rows = extract_all(document_from_text(text))["attendees"]
    assert [r["name"] for r in rows if r["status"] == "present"] == present
    assert [r["name"] for r in rows if r["status"] == "in_attendance"] == attending
    assert {r["name"]: r["title"] for r in rows if r["name"] in posts} == posts
    assert all(r["honorific"] is None for r in rows if r["name"] in posts)


ASHBY = """MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 3 MAY 2021 AT 7.00 pm

PRESENT: Cllr Ann Lowe (Chair), Cllr Bob Marsh, Cllr Cy Orr. Apologies: Cllr Dee Park. In attendance: Jo King (Clerk).

1. Minutes
The minutes were approved.
"""

WEST_HALE = """DRAFT MINUTES OF THE WEST HALE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL AT 7.00 pm ON THURSDAY 1 JUNE 2017

PRESENT (five Councillors): - Ann Lowe (AL) – Chair, Bob Marsh (BM), Cy Orr (CO) and Dee Park (DP). Parish Clerk: Jo King In attendance: two members of the public.

70/17 Apologies for absence
Apologies had been received from Tom Foy (TF).
"""


@pytest.mark.parametrize("text, present, others", [
    (ASHBY, ["Ann Lowe", "Bob Marsh", "Cy Orr"], {("Dee Park", "apologies", None), ("Jo King", "in_attendance", "Clerk")}),
    (WEST_HALE, ["Ann Lowe", "Bob Marsh", "Cy Orr", "Dee Park"],
     {("Jo King", "in_attendance", "Parish Clerk"), ("Tom Foy", "apologies", "TF")}),
])
def test_lists_run_on_in_one_paragraph(text, present, others):
    """ "PRESENT: A, B. Apologies: C. In attendance: D (Clerk).", "... (DP). Parish Clerk: Jo King
    In attendance: two members of the public.": each list after the first, in the same
    paragraph, is read with its own status (attendance_cues.next_cue); the clerk, an officer,
    is in attendance with the post as title; "two members of the public" names no one."""
    rows = extract_all(document_from_text(text))["attendees"]
    assert [r["name"] for r in rows if r["status"] == "present"] == present
    assert {(r["name"], r["status"], r["title"]) for r in rows if r["status"] != "present"} == others
