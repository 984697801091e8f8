"""Run-in label minutes of boards that list their staff by a label, name an item in quotes and
sign off under the last item, each on two bodies written for these tests:

- "Staff: A. Cole, B. Dean" is the attendance's list of officers, not an item of business
  (extractors/unnumbered._FIELD_LABELS);
- a label in quotes is an item's title ("“Library Spotlight”: ...";
  extractors/unnumbered._LABEL_HEAD);
- "Respectfully submitted," ends the business: the clerk's name under it is no item
  (extractors/unnumbered._SIGN_OFF).
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

LIBRARY = """BOARD OF TRUSTEES
MINUTES OF MARCH 11, 2024 REGULAR MEETING
Present: R. Abbott, S. Baird, T. Carver, U. Dunne
Staff: V. Ellis, W. Frost
Not Present: X. Gale
Call to Order: Ms. Abbott called the regular meeting of the Board of Trustees to order at 5:02 p.m.
“Library Spotlight”: The guest this month is the outreach librarian, who described the new
reading club for teenagers and the homework help sessions on Tuesday evenings.
Finance: Mr. Baird said the heating line is over budget because of the cold winter months.
Old Business: None.
Adjournment: With no further business, the meeting ended at 5:48 pm.
Respectfully submitted,
Helen Marsh Quinn
"""

ASSOCIATION = """RIVERSIDE TENANTS ASSOCIATION
MINUTES OF THE COMMITTEE MEETING HELD ON 4 JUNE 2025
Present: Ann Lowe (Chair), Bill Moss, Cara Nye
Staff: Dee Orr (housing officer)
Welcome: The Chair welcomed everyone and thanked the hall for the use of the room.
"Garden Watch": The volunteers reported that the new planters have been filled and watered.
Repairs: The lift on the east block is still out of order and a complaint will be made.
Any Other Business: None.
Minutes taken by
Peter Rowan Hale
"""


@pytest.mark.parametrize("text, titles", [
    (LIBRARY, ["Call to Order", "“Library Spotlight”", "Finance", "Old Business", "Adjournment"]),
    (ASSOCIATION, ["Welcome", '"Garden Watch"', "Repairs", "Any Other Business"]),
])
def test_staff_quoted_labels_and_the_sign_off(text, titles):
    out = extract_all(document_from_text(text))
    assert [m["title"] for m in out["minutes"]] == titles
    staff = [a["name"] for a in out["attendees"] if a["status"] == "in_attendance"]
    assert staff and all(" " in name for name in staff)
