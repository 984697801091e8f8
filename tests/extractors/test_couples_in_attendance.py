"""A couple printed under one surname in an attendance list is two people ("Trevor & Rene
Sawyer" -> Trevor Sawyer, Rene Sawyer), on two bodies written for these tests
(extractors/attendee_items._couples); a firm's name ("Smith & Jones Partners") is not parted so."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

ISLAND = """Minutes of Annual General Meeting held on Sunday 22 October 2017 at 14:00
Kaiwaka Island Community Hall
Present: John Denton (Chair), Laura Sunderland, Wayne Whitaker
Apologies: Trevor & Rene Sawyer, Mark Lockhart, Graham & Laraine Waters, Peter Watson.
1. Minutes of the previous meeting
The minutes were approved.
"""

VILLAGE = """MINUTES OF THE MEETING OF THE HOLME RESIDENTS ASSOCIATION HELD ON 3 MARCH 2025
Present: Ann Lowe (Chair), David and Susan Marsh, Kevin Orr
Apologies: Paul Reid
1. Welcome
The Chair welcomed everyone.
"""


@pytest.mark.parametrize("text, status, names", [
    (ISLAND, "apologies", ["Trevor Sawyer", "Rene Sawyer", "Mark Lockhart", "Graham Waters", "Laraine Waters", "Peter Watson"]),
    (VILLAGE, "present", ["Ann Lowe", "David Marsh", "Susan Marsh", "Kevin Orr"]),
])
def test_a_couple_under_one_surname_is_two_people(text, status, names):
    out = extract_all(document_from_text(text))
    assert [a["name"] for a in out["attendees"] if a["status"] == status] == names
