"""Roll calls printed one name per line, and minutes approved in a clause of their own.

Two governing bodies written for these tests:

* "Vote: Ayes: Dana Whitfield" with the other members one per line below it: one vote with every
  name, carried when two members at least vote for it and none against, with no result printed;
* "There were no corrections ...; the minutes stand approved as presented.": the clause that
  decides is the decision's text; "... were approved as corrected and will be posted" ends at
  the approval (what follows is a task).
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

PRAIRIE = """MINUTES OF A MEETING
OF THE GOVERNING BODY OF
THE CITY OF PRAIRIE BEND, KANSAS
HELD ON MARCH 5, 2026
1. CALL TO ORDER: The Governing Body met in regular session at 4:00 p.m.
2. MINUTES: There were no corrections or additions to the minutes of the regular
session held on February 19, 2026; the minutes stand approved as presented.
3. CONSENT AGENDA: Approve the fireworks permit for the Lions Club.
Commissioner Ostrander moved, Commissioner Vela seconded, to
approve the Consent Agenda.
Vote: Ayes: Dana Whitfield
Tom Ostrander
Luz Vela
Ben Harker
NEW BUSINESS
4. STREET SWEEPER PURCHASE: Commissioner Vela moved, Commissioner Harker seconded,
to approve the purchase of a street sweeper for $212,000.
Vote: Ayes: Dana Whitfield
Luz Vela
Ben Harker
Nays: Tom Ostrander
"""

CEDAR_FALLS = """Cedar Falls Township Board of Trustees
Regular Meeting Minutes
April 8, 2026
Present: Trustees Kimura, Lopez and Brandt, Fiscal Officer Hale
1. Minutes
The March 2026 Board meeting minutes were approved as corrected and will be sent to the web master for posting.
2. Road Salt
Trustee Lopez moved to renew the road salt contract. Trustee Brandt seconded.
Vote: Yeas: Ann Kimura
Rosa Lopez
Eric Brandt
3. Adjournment
"""


@pytest.mark.parametrize("text,expected", [
    (PRAIRIE, [("to approve the Consent Agenda", "carried", ["Dana Whitfield", "Tom Ostrander", "Luz Vela", "Ben Harker"]),
               ("to approve the purchase of a street sweeper for $212,000", "no_result",
                ["Dana Whitfield", "Luz Vela", "Ben Harker", "Tom Ostrander"])]),
    (CEDAR_FALLS, [("to renew the road salt contract", "carried", ["Ann Kimura", "Rosa Lopez", "Eric Brandt"])]),
])
def test_a_roll_call_one_name_per_line_is_one_vote(text, expected):
    out = extract_all(document_from_text(text))
    names = {}
    for r in out["vote_records"]:
        names.setdefault(r["vote_id"], []).append(r["name"])
    assert [(v["motion"], v["result"], names.get(v["vote_id"], [])) for v in out["votes"]] == expected
    # (a member against and no result printed: the tally is left to the reader, not guessed)


@pytest.mark.parametrize("text,expected", [
    (PRAIRIE, "the minutes stand approved as presented."),
    (CEDAR_FALLS, "The March 2026 Board meeting minutes were approved as corrected."),
])
def test_the_clause_that_approves_the_minutes_is_the_decision(text, expected):
    texts = [r["text"] for r in extract_all(document_from_text(text))["resolutions"]]
    assert expected in texts
