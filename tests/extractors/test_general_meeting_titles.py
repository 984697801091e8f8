"""A club's general meeting titled by its letters and the year it reports on ("STROUD ...
SWIMMING CLUB AGM – Year 2022"): the body is the club, without "AGM" and the year
(extractors/committee_names._TAIL). Checked on two bodies written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("title,date,body", [
    ("RIVERSIDE ROWING CLUB AGM – Year 2023", "Tuesday 12th March 2024 at 7.00 pm", "Riverside Rowing Club"),
    ("Hollow Pines Tennis Club EGM - 2021", "Saturday 6 November 2021 at 10.30 am", "Hollow Pines Tennis Club"),
])
def test_a_general_meetings_letters_and_year_are_not_the_bodys_name(title, date, body):
    text = "\n".join(["AGENDA:", title, date, "Venue: The Boathouse, Mill Lane", "",
                      "1. Open Meeting", "2. Apologies for Absence", "3. Minutes of the last AGM",
                      "4. Treasurer's Report", "5. Election of Committee", "6. Close meeting"])
    out = extract_all(document_from_text(text))
    [meeting] = out["meetings"]
    assert (meeting["committee"], meeting["kind"]) == (body, "agenda")
    assert meeting["meeting_date"] in (dt.date(2024, 3, 12), dt.date(2021, 11, 6))
    assert [a["title"] for a in out["agenda_items"]][:2] == ["Open Meeting", "Apologies for Absence"]


def test_a_body_whose_name_ends_in_a_year_word_keeps_it():
    # "Class of 2020 Reunion Committee" is a name; only a year after a dash is the year reported on.
    text = "\n".join(["Class of 2020 Reunion Committee Agenda", "Monday 3 May 2021 at 6 pm", "",
                      "1. Welcome", "2. Venue booking"])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert meeting["committee"] == "Class of 2020 Reunion Committee"


@pytest.mark.parametrize("title,body,when", [
    ("Minutes from Parkside Residents Association Spring Meeting/Picnic, June 2, 2019", "Parkside Residents Association",
     dt.date(2019, 6, 2)),
    ("Minutes of the Harbour Sailing Club Summer Meeting/Barbecue, 14 July 2022", "Harbour Sailing Club",
     dt.date(2022, 7, 14)),
])
def test_a_slash_between_words_in_a_title_is_no_address(title, body, when):
    # ("Room 5/6" and "12/05" stay no name: only a slash between letters is let through)
    text = "\n".join([title, "A neighbourhood gathering took the place of a formal meeting this year.",
                      "About 25 members attended.", "Submitted by Jo Dale, secretary"])
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (body, when, "minutes")


@pytest.mark.parametrize("lines,body", [
    (["NOTE: CHANGE OF DATE", "THE CITY OF ELMWOOD'S", "FEBRUARY COUNCIL MEETING", "WILL BE HELD",
      "TUESDAY, FEBRUARY 17, 2026", "AT 7:00 PM", "AT THE FIRE HALL"], "City of Elmwood's Council"),
    (["Oak Valley Township", "The March Board Meeting", "Monday, March 9, 2026 at 6:30 pm", "",
      "1. Call to Order", "2. Approval of the Agenda", "3. Road Report"], "Oak Valley Township Board"),
])
def test_the_month_a_meeting_is_held_in_is_not_the_bodys_name(lines, body):
    # ("March Town Council", "May Parish Council": a place's name before the body stays)
    [meeting] = extract_all(document_from_text("\n".join(lines)))["meetings"]
    assert meeting["committee"] == body
    assert meeting["kind"] == "agenda"
