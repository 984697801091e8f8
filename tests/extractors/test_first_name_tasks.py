"""Tasks given by first name alone, in minutes of members who know each other.

Two bodies written for these tests: a school PTA board ("Kelly to contact ...") and an allotment
society committee ("Priya to order ..."). A lone first name owns a task only when someone of
that first name is in the meeting's attendance ("Bill to amend ..." names no one present), and
a task that shares its last line with the next sentence's task is a task of its own.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

PTA = """Meeting Minutes - Maple Grove PTA Board Meeting 9.10.25
Kelly, Tara, Kim, Ann and Jana in attendance
- Back to School Night
Discussed doing a welcome table for families. Kelly to contact the print shop
for a banner. Kim and Tara agreed to staff the table.
- Popsicles on the Playground
Ann motioned to approve up to $60 for this event. Jana 2nd. Approved.
Bill to amend the bylaws was discussed but not brought forward.
"""

ALLOTMENTS = """Hollins Lane Allotment Society
Committee Meeting, 4th March 2026
Present: Priya, Tom, Gwen, Dafydd
1. Seeds
Priya to order the seed potatoes before the end of March. Tom will collect them from the station.
2. Water
Gwen to chase the water company about the leaking trough.
3. Any other business
Grant to be applied for next year was mentioned.
"""


@pytest.mark.parametrize("text,expected", [
    (PTA, [(["Kelly"], "Kelly to contact the print shop for a banner."),
           (["Kim", "Tara"], "Kim and Tara agreed to staff the table")]),
    (ALLOTMENTS, [(["Priya"], "Priya to order the seed potatoes before the end of March."),
                  (["Tom"], "Tom will collect them from the station"),
                  (["Gwen"], "Gwen to chase the water company about the leaking trough.")]),
])
def test_a_lone_first_name_of_an_attendee_owns_a_task(text, expected):
    actions = extract_all(document_from_text(text))["actions"]
    assert [(a["owners"], a["text"]) for a in actions] == expected
