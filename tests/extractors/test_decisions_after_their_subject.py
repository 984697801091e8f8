"""Decisions recorded after their subject, and minutes whose titles run into their text.

Each form is tested on two bodies written for these tests:

* a meeting's own paper approved, the verb closing the sentence ("The accounts for December
  were approved.", "Agenda approved", "Approved as submitted"), never another body's decision
  ("The planning application ... was approved"), one still to come ("will be approved") or a
  motion not yet put ("Moved that the boiler report be accepted");
* a measure passed ("B112-26 declared enacted", "Bill 3-26-S has passed.");
* a minute's title run into its text ("26/16 Accounts - The Treasurer circulated ..."): a
  heading even when the paragraph is printed on one line, its title the words before the dash,
  and not part of a decision's text.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

CEDAR = """Cedar Hollow Homeowners Association
Board of Directors Meeting Minutes
March 12, 2026

Present: Dana Whitlock (President), Omar Reyes (Treasurer), Lena Park (Secretary)

1. Call to Order
The meeting was called to order at 7:02 pm by the President.

2. Approval of Agenda
Agenda approved.

3. Minutes of the February Meeting
Approved as submitted.

4. Treasurer's Report
Omar presented the February figures. The financial report was accepted as presented.

5. Landscaping Contract
The board reviewed three bids. The quote from Greenline Services was approved by the board.
The county planning application for the new entrance was approved.

6. Pool Season
The pool opening budget will be approved at the April meeting.

7. Adjournment
The meeting adjourned at 8:15 pm.
"""

WITTENHAM = """Little Wittenham Village Hall Management Committee
Minutes of the meeting held on Tuesday 3rd February 2026 at 7.30pm in the Hall

Present: Mrs J Hollis (Chair), Mr R Banerjee (Treasurer), Ms C Doyle (Secretary), Mr T Fenwick

26/14 Apologies - Apologies were received from Mrs P Ogden, who is away until the end of the month.

26/15 Minutes of the Last Meeting held on 6th January 2026 – These minutes were read, agreed and signed.

26/16 Accounts - The Treasurer circulated the statement for December, with a balance of £4,812.20. The accounts for December were approved.

26/17 Hall Bookings: The Secretary reported eleven regular hirers for the spring term. The new hire charges were agreed as circulated.

26/18 Heating - The boiler failed twice in January. Moved that the boiler report be accepted. The Treasurer will obtain two more quotes before the next meeting.

26/19 Planning - The district council's decision on the car park was noted. The planning application for the car park was approved.

26/20 Any Other Business - None.
"""

ASHCOMBE = """ASHCOMBE PARISH COUNCIL
Minutes of the Parish Council meeting held on Monday 9th March 2026 at 7pm in the Reading Room

Present: Cllr P Marsh (Chair), Cllr D Quayle, Cllr S Rahman, Mrs L Tate (Clerk)

112/26 Declarations of Interest – Cllr Quayle declared an interest in item 115/26 as a neighbour of the site.

113/26 Minutes – The Minutes of the meeting held on 9th February 2026 were agreed and signed by the Chair.

114/26 Finance – The bank reconciliation for February was checked by Cllr Rahman. The payments listed on the schedule were approved.

115/26 Playing Field – The Clerk reported that the new swings will be fitted in April, subject to the weather holding.

116/26 Date of Next Meeting – Monday 13th April 2026 at 7pm.
"""

SENATE = """Hollins State University Student Senate
Senate Minutes
February 17, 2026

1. Call to Order
The Speaker called the meeting to order at 5:00 pm.

2. Approval of Minutes
Minutes approved.

3. Old Business
Bill 3-26-S, Funding for the Debate Society Tournament. Senator Ruiz spoke in favour. Bill 3-26-S has passed.
Bill 4-26-S, Library Late Hours. Debate was postponed to the next meeting.

4. Adjournment
The meeting was adjourned at 6:10 pm.
"""

FAIRVIEW = """CITY OF FAIRVIEW
CITY COUNCIL MINUTES
Regular Meeting, Monday, May 4, 2026

Roll call: Mayor Lindqvist, Council Members Baptiste, Chen, Okoro and Varga present.

1. APPROVAL OF MINUTES
The minutes of the April 20, 2026 regular meeting were approved as written.

2. FINAL CONSIDERATION OF BILLS
B112-26 An ordinance amending Chapter 17 relating to sidewalk cafes. B112-26 declared enacted.
B113-26 An ordinance authorizing a contract for street resurfacing. B113-26, as amended, declared enacted.
B114-26 An ordinance vacating an alley. The bill will be read again at the next meeting.

3. ADJOURNMENT
The meeting adjourned at 8:20 p.m.
"""


def _resolutions(text: str) -> list[tuple[str, str]]:
    return [(r["minute_number"], r["text"]) for r in extract_all(document_from_text(text))["resolutions"]]


@pytest.mark.parametrize("text,expected", [
    (CEDAR, [("2", "Agenda approved."), ("3", "Approved as submitted."),
             ("4", "The financial report was accepted as presented."),
             ("5", "The quote from Greenline Services was approved by the board.")]),
    (WITTENHAM, [("26/15", "These minutes were read, agreed and signed."),
                 ("26/16", "The accounts for December were approved."),
                 ("26/17", "The new hire charges were agreed as circulated.")]),
])
def test_a_meetings_own_paper_approved_after_its_subject(text, expected):
    # not the county's or district's planning decision, not the budget still to be approved,
    # not the boiler report only moved
    assert _resolutions(text) == expected


@pytest.mark.parametrize("text,expected", [
    (SENATE, [("2", "Minutes approved."), ("3", "Bill 3-26-S has passed.")]),
    (FAIRVIEW, [("1", "The minutes of the April 20, 2026 regular meeting were approved as written."),
                ("2", "B112-26 declared enacted."), ("2", "B113-26, as amended, declared enacted.")]),
])
def test_a_measure_passed_or_declared_enacted(text, expected):
    assert _resolutions(text) == expected


@pytest.mark.parametrize("text,titles", [
    (WITTENHAM, [("26/14", "Apologies"), ("26/15", "Minutes of the Last Meeting held on 6th January 2026"),
                 ("26/16", "Accounts"), ("26/17", "Hall Bookings"), ("26/18", "Heating"), ("26/19", "Planning"),
                 ("26/20", "Any Other Business - None.")]),
    (ASHCOMBE, [("112/26", "Declarations of Interest"), ("113/26", "Minutes"), ("114/26", "Finance"),
                ("115/26", "Playing Field"), ("116/26", "Date of Next Meeting")]),
])
def test_minutes_whose_titles_run_into_their_text_on_one_line(text, titles):
    out = extract_all(document_from_text(text))
    assert [(m["minute_number"], m["title"]) for m in out["minutes"]] == titles


def test_a_title_run_in_before_a_decision_is_not_its_text():
    assert _resolutions(ASHCOMBE) == [
        ("113/26", "The Minutes of the meeting held on 9th February 2026 were agreed and signed by the Chair."),
        ("114/26", "The payments listed on the schedule were approved.")]


@pytest.mark.parametrize("sentence,expected", [
    ("Approved as submitted.", "Approved as submitted."),  # an HOA's minutes, under "Minutes of the February Meeting"
    ("Accepted without amendment.", "Accepted without amendment."),  # a music society's AGM, under its minutes
    ("Approved unanimously", None),  # a motion's result: it says nothing of what was approved
    ("Approved by all.", None),
])
def test_a_bare_approval_says_how_the_paper_stands(sentence, expected):
    from extractors.decisions import _decision_text

    assert _decision_text(sentence) == expected
