"""Minutes whose items are markdown headings without numbers, on two bodies written for these
tests: the items are the headings of the depth used most (unnumbered._markdown_items), so a
signature set as "##### Minutes by ..." and "#### Next meeting ..." under the last item are not
items; a line wholly in bold, in capitals as the headings are ("**PLEDGE OF ALLEGIANCE**"), is."""

from __future__ import annotations

from extractors.pipeline import extract_all
from minutebook.readers import read_document

NEIGHBOURS = """## MAPLE HILL NEIGHBORHOOD COUNCIL

Meeting Date/Time: 02 16 2022, 6:30 P.M.

### Welcome and Introductions
- Ana started the meeting at 6:35.

### Approval of Minutes
- The January minutes were approved.

### Parks Update
- The playground will reopen in March.

### Traffic Calming
- Speed humps were discussed.

##### Minutes by Ben Orr, Secretary
#### Next meeting March 16
"""

TOWNSHIP = """# Town of Elk Ridge
Monthly Meeting
December 21, 2020

## CALL TO ORDER
Supervisor Ann Lowe called the meeting to order.

**PLEDGE OF ALLEGIANCE**

## MINUTES APPROVAL
The November minutes were approved.

## ROAD
Grading is finished for the year.

## ADJOURNMENT
The meeting was adjourned at 8:02 p.m.
"""


def test_items_are_the_headings_of_the_depth_used_most():
    out = extract_all(read_document("neighbours.md", NEIGHBOURS.encode()))
    assert [m["title"] for m in out["minutes"]] == [
        "Welcome and Introductions", "Approval of Minutes", "Parks Update", "Traffic Calming"]


def test_a_bold_line_in_capitals_among_capital_headings_is_an_item():
    out = extract_all(read_document("township.md", TOWNSHIP.encode()))
    assert [m["title"] for m in out["minutes"]] == [
        "CALL TO ORDER", "PLEDGE OF ALLEGIANCE", "MINUTES APPROVAL", "ROAD", "ADJOURNMENT"]
