"""Posts the chair declares filled, listed under the declaration, are the meeting's decisions,
one each, on two bodies written for these tests (extractors/decisions._declared_elections):
"Accordingly, the Chair declares the following elections:" over "Name: post" lines, bulleted
or not, and "The following were declared elected:" over "Post – Name" lines."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

HARBOUR = """Harbour Lights Inc.
Annual General Meeting
MINUTES
Date and time: 7:00-8:00pm, Thursday 5th March 2020
Attendees: Ann Bell, Carl Dunn, Eve Ford, Gary Hill
1. Elections to the Board
As one member had been nominated for each position, the Chair declared each position filled.
Accordingly, the Chair declares the following elections:
• Ann Bell: Chair
• Carl Dunn: Deputy Chair
• Eve Ford: ordinary member
The board thanked the outgoing members for their work.
2. Annual report
The annual report was presented and discussed.
"""

RIDGEWAY = """RIDGEWAY WALKERS CLUB
MINUTES OF THE ANNUAL GENERAL MEETING HELD ON 14 JUNE 2019
Present: Kim Lowe, Liam Moss, Nina Owen, Paul Reid
1. Election of Officers
Only one nomination was received for each office, and the following were declared elected:
Chair – Kim Lowe
Secretary – Liam Moss
Treasurer – Nina Owen
2. Walks programme
The summer programme was discussed.
"""


@pytest.mark.parametrize("text, expected", [
    (HARBOUR, ["Ann Bell: Chair", "Carl Dunn: Deputy Chair", "Eve Ford: ordinary member"]),
    (RIDGEWAY, ["Chair – Kim Lowe", "Secretary – Liam Moss", "Treasurer – Nina Owen"]),
])
def test_each_post_declared_filled_is_a_decision(text, expected):
    out = extract_all(document_from_text(text))
    texts = [r["text"] for r in out["resolutions"]]
    assert [t for t in texts if t in expected] == expected
    assert not any("thanked" in t or "discussed" in t for t in texts)
