"""Minutes whose items are lettered and whose sub-items are numbered after the letter ("K.
Special Presentation" / "K.1 Kagy Boulevard Update"), as US city commissions print them, on two
bodies written for these tests (extractors/labels._LETTER_DOTTED)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

RIVERTON = """CITY OF RIVERTON
CITY COMMISSION MINUTES
Tuesday, July 21, 2026 at 4:00 PM

A. Call to Order
Mayor Ortiz called the meeting to order at 4:02 PM.
Present: Mayor Ana Ortiz, Deputy Mayor Ben Fisk, Commissioner Cy Magee, Commissioner Di Lund
B. Changes to the Agenda
There were no changes to the agenda.
C. Work Session
C.1 Advisory Board Work Session
The City Manager introduced the session and the boards presented their work plans.
D. Special Presentation
D.1 Bridge Street Construction Update
The City Engineer gave an update on the bridge works and the detour.
D.2 Library Summer Reading Results
The Library Director reported on the summer reading programme.
E. Adjournment
The meeting adjourned at 6:10 PM.
"""

LAKESIDE = """TOWN OF LAKESIDE
TOWN COUNCIL MINUTES
Monday, March 9, 2026 at 6:00 PM

A. Roll Call
Present: Mayor Lee Park, Councilmember Mo Reyes, Councilmember Nia Shah
B. Consent Items
B.1 Approval of the February Warrants
The warrants were approved on the consent calendar.
B.2 Approval of the Snow Removal Contract
The contract was approved on the consent calendar.
C. Public Hearings
C.1 Zoning Map Amendment for 12 Shore Road
The hearing was opened and closed with no speakers.
D. Adjournment
The meeting adjourned at 7:15 PM.
"""


@pytest.mark.parametrize("text, numbers", [
    (RIVERTON, ["A", "B", "C", "C.1", "D", "D.1", "D.2", "E"]),
    (LAKESIDE, ["A", "B", "B.1", "B.2", "C", "C.1", "D"]),
])
def test_sub_items_numbered_after_their_letter(text, numbers):
    out = extract_all(document_from_text(text))
    assert [m["minute_number"] for m in out["minutes"]] == numbers
