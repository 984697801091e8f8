"""The time a meeting opened, read from the sentence that opens its minutes when the title
block prints none. Tested on two bodies written for these tests, each in two phrasings."""

from __future__ import annotations

import pytest

from extractors.meetings import extract_meetings
from minutebook.document import document_from_text

HOA = """Willow Bend Homeowners Association
Board of Directors Meeting Minutes
October 14, 2025

{opening}
Directors present: Ana Ortiz, Ben Hale, Cara Voss.

1. Approval of Minutes
The minutes of the September meeting were approved as submitted.

2. Adjournment
Meeting was adjourned at 8:26 PM.
"""

SENATE = """Northfield College Student Senate
Senate Minutes
Tuesday, March 3, 2026

{opening}

1. Roll Call
Twenty-two senators were present.

2. Old Business
Bill 2-26-S was tabled. The Senate recessed at 5:20 pm and reconvened at 5:30 pm.
"""


@pytest.mark.parametrize("template,opening,expected", [
    (HOA, "The meeting was called to order by Ana Ortiz at 6:59 p.m. Board members are:", "18:59"),
    (HOA, "Ana Ortiz, President, opened the meeting at 7.05pm. Twelve homeowners attended.", "19:05"),
    (SENATE, "The fourth meeting of the Senate was called to order by the Speaker at\n5:00 pm on March 3rd, 2026.", "17:00"),
    (SENATE, "TIME START: 4:45PM", "16:45"),
    (HOA, "The Board of Directors met in regular session on Tuesday, October 14, 2025 at 6:30 p.m.", "18:30"),
    (SENATE, "The Student Senate convened in special session at 4:15 pm in Room 201.", "16:15"),
])
def test_the_opening_sentence_gives_the_start_time(template, opening, expected):
    meetings = extract_meetings(document_from_text(template.format(opening=opening)))
    assert [m["start_time"] for m in meetings] == [expected]


@pytest.mark.parametrize("template,opening", [
    (HOA, "A public hearing was opened after motion by Ben Hale at 7:30 pm."),  # not the meeting opening
    (SENATE, "The Speaker welcomed the senators."),  # no opening time: none taken from the recess
])
def test_no_start_time_without_an_opening_sentence(template, opening):
    meetings = extract_meetings(document_from_text(template.format(opening=opening)))
    assert [m["start_time"] for m in meetings] == [None]
