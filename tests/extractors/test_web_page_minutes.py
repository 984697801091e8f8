"""Minutes published as a web page on two community councils written for these tests: the
page's "Title:"/"Date:" metadata is not the meeting's (minutebook.readers.text), the date is
printed in spaced figures ("Meeting Date/Time: 03 15 2023, 7:00 P.M."), and the treasurer's
report appended under its own heading with a period ("... Monthly Treasurer Report" /
"03/01/2023 through 03/31/2023") is a paper, not a second meeting (committee_names.body_name). "These meeting minutes were approved at the April 2023 meeting" notes
a later meeting's decision, not one of this meeting (decisions._ELSEWHERE)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

PAGE = """Title: Council Meeting Minutes {month}
Date: {posted} 18:30
Category: Minutes

## {body_upper}

Meeting Date/Time: {spaced}, 7:00 P.M.

These meeting minutes were approved at the {next_month} meeting.

### Attendance Notes

- Directors Present: Ann Lowe, Bob Marsh, Cy Orr

### Treasurer Report
- Cy presented the report. The report was approved.

##### Minutes by Bob Marsh, Secretary

## {body} Monthly Treasurer Report

{period}

Date | Line Item | Amount
------------ | ------------- | -------------
{first_day}  | Beginning Bank Balance  | $1,204.50
"""


@pytest.mark.parametrize("body,month,next_month,posted,spaced,period,first_day,date", [
    ("Cedar Park Community Council", "March 2023", "April 2023", "2023-04-02", "03 15 2023",
     "03/01/2023 through 03/31/2023", "03/01/2023", "2023-03-15"),
    ("Northgate Neighbors Council", "October 2021", "November 2021", "2021-11-01", "10 20 2021",
     "10/01/2021 through 10/31/2021", "10/01/2021", "2021-10-20"),
])
def test_web_page_minutes_one_meeting(body, month, next_month, posted, spaced, period, first_day, date):
    text = PAGE.format(body=body, body_upper=body.upper(), month=month, next_month=next_month, posted=posted,
                       spaced=spaced, period=period, first_day=first_day)
    out = extract_all(read_document("minutes.md", text.encode()))
    assert [r["text"] for r in out["resolutions"]] == ["The report was approved."]
    meetings = out["meetings"]
    assert [(m["committee"].lower(), str(m["meeting_date"]), m["start_time"]) for m in meetings] == [
        (body.lower(), date, "19:00")]
