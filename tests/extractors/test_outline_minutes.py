"""Minutes typed as a numbered outline, on two boards written for these tests: the start time in
brackets after "Call to order" ("1. Call to order (Jon Tustin) (10:05 am)":
opening_sentences._OPENED) and "3. Members not present" over a bulleted list of the absent
(attendees._attendance_heading)."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

OUTLINE = """{body} Minutes
{date}
1. Call to order ({chair}) ({time})
2. Members present
• {chair}
• {present}
3. Members not present
• {absent1}
• {absent2}
4. Minutes from the last meeting were approved.
5. Treasurer's report
The balance is $ 83.94.
"""


@pytest.mark.parametrize("body,date,chair,time,present,absent1,absent2,start", [
    ("Marlow County Commission on Aging", "January 7, 2020", "Jon Tustin", "10:05 am", "Lillian Morris",
     "Willie Gentry", "Ginger Dillard", "10:05"),
    ("Cedar Falls Library Board", "March 3, 2021", "Ada Price", "7:02 p.m.", "Ben Hale", "Cara Dunn", "Dev Shah",
     "19:02"),
])
def test_outline_minutes_start_time_and_members_not_present(body, date, chair, time, present, absent1, absent2, start):
    out = extract_all(document_from_text(OUTLINE.format(body=body, date=date, chair=chair, time=time, present=present,
                                                        absent1=absent1, absent2=absent2)))
    assert [(m["committee"], m["start_time"]) for m in out["meetings"]] == [(body, start)]
    assert {(a["name"], a["status"]) for a in out["attendees"]} == {
        (chair, "present"), (present, "present"), (absent1, "absent"), (absent2, "absent")}


@pytest.mark.parametrize("body,wording,mover,seconder", [
    ("Marlow County Commission on Aging", "approve the 2020 slate of officers", "Alex", "Bob"),
    ("Cedar Falls Library Board", "adopt the revised holiday closing schedule", "Ada Price", "Ben"),
])
def test_mover_and_seconder_in_brackets(body, wording, mover, seconder):
    """ "Motion made to approve ... (Alex). Second (Bob). No discussion. Vote unanimous.": who
    moved and seconded in brackets, the vote's result in its own sentence (motion_words)."""
    text = "\n".join([f"{body} Minutes", "January 7, 2020", "1. Call to order (10:05 am)", "2. Elections",
                      f"Motion made to {wording} ({mover}). Second ({seconder}). No", "discussion. Vote unanimous.",
                      "3. Adjournment", "The meeting was adjourned at 10:56 AM."])
    out = extract_all(document_from_text(text))
    assert [(v["motion"], v["mover"], v["seconder"], v["result"], v["unanimous"]) for v in out["votes"]] == [
        (f"to {wording}", mover, seconder, "carried", True)]
    assert [r["text"] for r in out["resolutions"]] == [f"to {wording}"]


@pytest.mark.parametrize("head,rows,names", [
    ("Name District Contact Phone Contact Email", ["Lillian Morris", "Bob Kuhnle"], {"Lillian Morris", "Bob Kuhnle"}),
    ("Name Title Status", ["Ada Price", "Ben Hale"], {"Ada Price", "Ben Hale"}),
])
def test_the_head_of_a_members_table_is_no_member(head, rows, names):
    """ "2. Members present" over a table read as lines: its head row ("Name District Contact
    Phone ...") names no one (attendance_cues._COLUMN_HEADS)."""
    text = "\n".join(["Marlow County Commission on Aging Minutes", "January 7, 2020", "1. Call to order (10:05 am)",
                      "2. Members present", head, *rows, "3. Minutes", "The minutes were approved."])
    attendees = extract_all(document_from_text(text))["attendees"]
    assert not [a for a in attendees if "Name" in a["name"] or "Contact" in a["name"]]
    assert {a["name"] for a in attendees} == names
