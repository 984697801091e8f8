"""An item of the minutes named "Officer Report" or "Report of the Treasurer" near the top does
not make the paper a report: only such words outside a numbered item do (a cover sheet's
"Report to:", "Officer Report"), so the meeting the first page describes is still found
(extractors/opening_sentences.document_meeting). Checked on two bodies written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("body,item", [
    ("Larch Court Homeowners Association", "II. Officer Report"),
    ("Brook Lane Allotment Society", "2. Report of the Treasurer"),
])
def test_a_report_item_near_the_top_leaves_the_meeting(body, item):
    text = "\n".join(["April 29, 2009", "Annual meeting notes", "Present: Jeff Hale, Pia Arnold, Mark Bell",
                      f"I. Jeff Hale called the meeting of the {body} to order at 7:30 PM", item,
                      "a. Financial Review – the accounts were reviewed. There were no questions.",
                      "III. Adjournment"])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"]) == (body, dt.date(2009, 4, 29))


def test_a_cover_sheets_report_line_still_says_report():
    text = "\n".join(["April 29, 2009", "Officer Report to the Larch Court Homeowners Association",
                      "Present: Jeff Hale, Pia Arnold", "This report sets out the meeting arrangements."])
    assert extract_all(document_from_text(text))["meetings"] == []
