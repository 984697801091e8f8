"""Minutes of incorporated associations, each on two bodies written for these tests:

- the body is named by its legal form ("Harbour Lights Inc.", "Ridgeway Walkers Incorporated"),
  with the name the paper goes on to use defined in brackets ("(the Association)") left off
  (committee_names.body_name, ``body_words`` in patterns/structure.json);
- a "Date and time:" field that prints a span ("8:30-9:30pm", "2 – 2:45pm") gives the start
  time, in the half of the day of the span's end (headings.time_in, titles._read_block).
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.headings import time_in
from extractors.pipeline import extract_all
from minutebook.document import document_from_text

HARBOUR = """Harbour Lights Inc.
Annual General Meeting
MINUTES
Date and time: 8:30-9:30pm AEDT, Thursday 5th March 2020
Location: Online
Attendees: Ann Bell, Carl Dunn, Eve Ford, Gary Hill
Apologies: Ian Jones
Business of the meeting:
1. Elections to the Board
As one member had been nominated for each position, the Chair declared each position filled.
2. Annual report
The annual report was received.
3. Close
The meeting closed at 9:25pm.
"""

RIDGEWAY = """MINUTES
Ridgeway Walkers Incorporated (the Association)
Annual General Meeting
Date and time: 2 – 2:45pm, 14 June 2019
Location: Village Hall, Ridgeway
Attending: Kim Lowe (Chair), Liam Moss, Nina Owen, Paul Reid
Apologies: Rosa Shaw
Business of the meeting:
1. Elections to the Committee
The Chair declared each position filled.
2. Treasurer's report
The accounts were received.
"""


@pytest.mark.parametrize("text, committee, date, start", [
    (HARBOUR, "Harbour Lights Inc", dt.date(2020, 3, 5), "20:30"),
    (RIDGEWAY, "Ridgeway Walkers Incorporated", dt.date(2019, 6, 14), "14:00"),
])
def test_an_incorporated_body_and_the_start_of_a_span(text, committee, date, start):
    [meeting] = extract_all(document_from_text(text))["meetings"]
    assert (meeting["committee"].rstrip("."), meeting["meeting_date"], meeting["start_time"]) == (committee, date, start)


@pytest.mark.parametrize("text, expected", [
    ("8:30-9:30pm AEDT", "20:30"), ("2 – 2:45pm, 8 March 2016", "14:00"), ("11-1pm", "11:00"),
    ("10.00 am - 12.30 pm", "10:00"), ("Wednesday 5 June 2025 at 10-11.30am", "10:00"), ("7pm", "19:00"),
])
def test_a_span_of_time_starts_at_its_first_end(text, expected):
    assert time_in(text) == expected


@pytest.mark.parametrize("title, sentence, committee, date", [
    (["SUMMIT VALLEY LAND REUTILIZATION CORPORATION", "PUBLIC NOTICE", "Notice of Regular Meeting & Board Retreat"],
     "A regular meeting of the Summit Valley Land Reutilization Corporation board of directors will be held on "
     "Friday, March 29, 2019, from 9 a.m. to 1:00 p.m. at the Pry Building, Room 382.",
     "Summit Valley Land Reutilization Corporation", dt.date(2019, 3, 29)),
    (["RIVERBEND HOUSING CORPORATION", "Notice of Special Meeting"],
     "A special meeting of the board of the Riverbend Housing Corporation will be held on Tuesday, June 4, 2024 "
     "at 6:00 p.m. in the community room.",
     "Riverbend Housing Corporation", dt.date(2024, 6, 4)),
])
def test_a_notice_of_meeting_is_dated_by_its_first_sentence(title, sentence, committee, date):
    # (titles._NOTICE_OF_MEETING; "corporation" names a body): a notice is the meeting's agenda
    [meeting] = extract_all(document_from_text("\n".join(title + ["", sentence, ""])))["meetings"]
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (committee, date, "agenda")
