"""A title that prints the paper's kind before the body's name: "Meeting Minutes - X Meeting
9.10.25", "Regular Meeting Minutes: X". Two bodies written for these tests; the name is the
body's, and the meeting is found (the title had been read as no name at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.meetings import extract_meetings
from minutebook.document import document_from_text

PTA = """Meeting Minutes - Maple Grove PTA Board Meeting 9.10.25
Kelly, Tara, Kim, Ann and Jana in attendance
- Back to School Night
Discussed doing a welcome table for families.
"""

TOWNSHIP = """Regular Meeting Minutes: Cedar Township Board of Trustees
January 12, 2026
Present: Trustees Pike, Lund and Amari
1. Approval of minutes
The minutes of December 8, 2025 were approved as presented.
"""


@pytest.mark.parametrize("text,committee,date", [
    (PTA, "Maple Grove PTA Board", dt.date(2025, 10, 9)),
    (TOWNSHIP, "Cedar Township Board of Trustees", dt.date(2026, 1, 12)),
])
def test_the_papers_kind_before_the_name_is_no_part_of_it(text, committee, date):
    meetings = extract_meetings(document_from_text(text))
    assert [(m["committee"], m["meeting_date"], m["kind"]) for m in meetings] == [(committee, date, "minutes")]
