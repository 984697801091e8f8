"""Minutes headed by a reference and the day they were issued, whose first sentence says which
body held the meeting and when: "The Institution of Engineers (India) Kanchepuram Local Centre
conducted a Committee Meeting on Friday 29thDecember 2022 at ...". The sentence names the body
in its own capitalised name and dates the meeting (extractors/opening_sentences._HELD_BY); an
ordinal run into its month ("29thDecember") is a date (extractors/headings.date_in). Checked on
two bodies written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("body,verb,held,issued", [
    ("Guild of Surveyors (Wales) Cardiff Branch", "conducted", "Friday 29thDecember 2022", "09th January 2023"),
    ("Society of Marine Engineers Harbour Section", "held", "Tuesday 14th March 2023", "20th March 2023"),
])
def test_the_body_that_held_the_meeting_and_its_date(body, verb, held, issued):
    text = "\n".join([
        "MINUTES OF MEETING CM/07/2022-2023", issued,
        f"The {body} {verb} a Committee Meeting on {held} at the Engineering College at 05:30 pm.", "",
        "MEMBERS PRESENT", "1 Dr. D. Ellis Chairman", "2 Mr. B. Arul Member", "",
        "1. WELCOME BY CHAIRMAN:", "The Chairman welcomed the members.",
        "2. CONFIRMATION OF MINUTES:", "The minutes of the last meeting were confirmed."])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    day = int(held.split()[1][:2])
    assert meeting["committee"] == body
    assert meeting["kind"] == "minutes"
    assert meeting["meeting_date"].day == day and meeting["meeting_date"] != dt.date(2023, 1, 9)
    assert meeting["start_time"] == "17:30"


@pytest.mark.parametrize("title,notes", [
    ("New Village Hall Working group", "Notes of meeting held in the village Hall on 13th March 2019"),
    ("Memorial Hall Management Committee", "Notes of meeting held in the Memorial Hall on 4th June 2021"),
])
def test_a_body_named_after_its_hall(title, notes):
    """A body named after a hall is a body ("New Village Hall Working Group"), though a line
    naming a hall is otherwise a venue (committee_names._NOT_A_NAME)."""
    text = "\n".join([title, notes, "", "1 Present: Cllr. Jeff Bell (Chairman), Cllrs D Batty and G Kirt",
                      "2 Apology Cllr. J Holdich", "3 Notes of previous meeting - Agreed",
                      "4 Key target sites - The group agreed to concentrate on the one site."])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert (meeting["committee"], meeting["kind"]) == (title, "minutes")
