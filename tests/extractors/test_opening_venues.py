"""The place a meeting was held, read from the sentence that says it was held when the title
block names none. Tested on two bodies written for these tests, each in two phrasings."""

from __future__ import annotations

import pytest

from extractors.meetings import extract_meetings
from extractors.opening_sentences import opening_venue
from minutebook.document import document_from_text

LAND_BANK = """RIVER COUNTY LAND REUTILIZATION CORPORATION
PUBLIC NOTICE
Notice of Regular Meeting
{sentence}
1. Call to order
2. Approval of minutes
3. Adjournment
"""

TOWNSHIP = """TOWN of PINE HOLLOW
P.O. Box 12, Pine Hollow, Minnesota 55301
MONTHLY MEETING
WEDNESDAY MAY 13, 2026
{sentence}
1. Pledge of Allegiance
The Pledge was recited.
2. Treasurer's Report
The Treasurer's report was accepted as presented.
"""


@pytest.mark.parametrize("template,sentence,expected", [
    (LAND_BANK, "The board of directors of the River County Land Reutilization Corporation shall convene its regular meeting\n"
                "on Friday, April 10, 2026 at 9:00 AM in the Second Floor Boardroom.", "Second Floor Boardroom"),
    (TOWNSHIP, "The Town of Pine Hollow Board of Supervisors met in regular session, at 7:00 PM, on Wednesday\n"
               "May 13, 2026, at the Pine Hollow Town Hall, located in the Lions Park Community Center.",
     "Pine Hollow Town Hall"),
])
def test_the_sentence_that_says_the_meeting_was_held_gives_the_venue(template, sentence, expected):
    meetings = extract_meetings(document_from_text(template.format(sentence=sentence)))
    assert [m["venue"] for m in meetings] == [expected]


def test_no_venue_where_the_sentence_names_no_place():
    sentence = ("A regular meeting of the River County Land Reutilization Corporation will be held in person on\n"
                "Friday, April 10, 2026 at 9:00 AM.")
    meetings = extract_meetings(document_from_text(LAND_BANK.format(sentence=sentence)))
    assert [m["venue"] for m in meetings] == [None]


@pytest.mark.parametrize("sentence,expected", [
    # a land bank's notice: the place after the hours, a middle initial not the sentence's end
    ("A regular meeting and board retreat of the board of directors will be held on Friday, April 10, 2026, from "
     "9 a.m. to 11:00 a.m. at the Harriet J. Cole Building, 410 West Market Street, Room 212, Kenton, Ohio 43326.",
     "Harriet J. Cole Building, 410 West Market Street, Room 212, Kenton, Ohio 43326"),
    # an engineers' local centre: the place between the date and the time
    ("The Local Centre conducted a Committee Meeting on Friday 29th May 2026 at Hollow Creek College of "
     "Agriculture at 05:30 pm.", "Hollow Creek College of Agriculture"),
    ("The Board of Supervisors met on Wednesday, May 13, 2026 at Fox Ridge.", None),  # no venue word
    ("The meeting was held in person at 7:00 pm.", None),
    # parish councils' titles in capitals: the place between "HELD AT" / "IN" and the time or date
    ("DRAFT MINUTES OF THE WEST HALE PARISH COUNCIL MEETING HELD AT WEST HALE VILLAGE HALL AT 7.00 pm ON THURSDAY "
     "1 JUNE 2017", "WEST HALE VILLAGE HALL"),
    ("MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD IN THE COMMUNITY ROOM, ASHBY LIBRARY ON 3 MAY 2021 AT "
     "7.00 pm", "COMMUNITY ROOM, ASHBY LIBRARY"),
])
def test_opening_venue_reads_the_place_after_at_or_in(sentence, expected):
    assert opening_venue([sentence], 1, 1) == expected


@pytest.mark.parametrize("printed,expected", [
    # a parish church's annual meeting: the date run on after the place
    ("Church on Tuesday 20th February 2026", "Church"),
    ("Parish Rooms, on 3rd March 2026", "Parish Rooms"),
    # a dance council and a city's agenda: the words around the place, or a sentence naming none
    ("Meeting was held via Zoom", "Zoom"),
    ("This meeting was recorded and is available online for full viewing", None),
    ("Members of the public may participate in person, but are also able to participate via the Zoom", None),
    ("City Hall, Commission Chambers", "City Hall, Commission Chambers"),
    # community councils: the time after the place
    ("Board Room, Kelvin Workspace at 7 p.m.", "Board Room, Kelvin Workspace"),
    ("Committee Room, Lochside Library at 19.00", "Committee Room, Lochside Library"),
])
def test_a_venue_is_the_place_alone(printed, expected):
    from extractors.opening_sentences import tidy_venue

    assert tidy_venue(printed) == expected


def test_a_sentence_taken_for_the_venue_gives_way_to_the_place_the_minutes_name():
    text = ("CITY OF ELM GROVE\nCITY COMMISSION MINUTES\nTuesday, June 2, 2026\n"
            "This meeting was recorded and is available online for full viewing.\n"
            "The City Commission met in regular session at 7:00 p.m. in the City Commission Room at City Hall, "
            "1101 Oak Avenue.\n"
            "1. Consent Agenda\nThe consent agenda was approved.\n")
    meetings = extract_meetings(document_from_text(text))
    assert [m["venue"] for m in meetings] == ["City Commission Room at City Hall, 1101 Oak Avenue"]
