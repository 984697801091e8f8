"""Initials run together without spaces ("Mr. P.J. Henningson", "J.R. Okafor") are a name's
initials: they neither end the attendance list's sentence (extractors/attendance_cues.
_first_sentence) nor stop the name being read as a person (extractors/people.parse_person).
Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.people import parse_person
from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("title,present,expected", [
    ("HISTORIC DISTRICT COMMISSION", ["MEMBERS PRESENT: Mr. James Haden (Chairperson)", "Mr. P.J. Henningson",
                                      "Ms. Jessica Hindman (2nd Vice-Chairperson)", "Mr. John Phares"],
     ["James Haden", "P. J. Henningson", "Jessica Hindman", "John Phares"]),
    ("Minutes of the Larch Valley Water Board", ["Present: Dr. A.B. Singh, Ms. J.R. Okafor, Mr. Tom Reyes"],
     ["A. B. Singh", "J. R. Okafor", "Tom Reyes"]),
])
def test_run_together_initials_do_not_end_the_list(title, present, expected):
    text = "\n".join([title, "September 23, 2019", "MINUTES", *present, "",
                      "The chair called the meeting to order at 1:35 pm.", "", "Item 1: Elm Street",
                      "The application was approved."])
    people = [a["name"] for a in extract_all(document_from_text(text))["attendees"] if a["status"] == "present"]
    assert people == expected


def test_a_run_of_capital_letters_with_stops_alone_is_no_person():
    assert parse_person("A.B.C.") is None
    assert parse_person("P.J. Henningson").name == "P. J. Henningson"
