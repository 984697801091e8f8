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
