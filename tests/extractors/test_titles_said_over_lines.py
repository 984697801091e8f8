"""A title sentence broken over several lines names the body that met ("MINUTES OF A MEETING" /
"OF THE GOVERNING BODY OF" / "THE CITY OF ..."); Legistar's "Marked Docket - Final" and a
trailing "PROCEEDINGS" say what the paper is, not whose (committee_names._said_over_lines,
_LEAD, _TAIL); "Mayor Pro Tem" is a vice-chair's honorific (patterns/people.json,
motion_words._TITLE). Checked on bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.committee_names import committee_from
from extractors.people import parse_person
from extractors.pipeline import extract_all
from minutebook.document import document_from_text

_BODY = ["1. CALL TO ORDER", "The meeting was called to order at 7:00 p.m.", "2. MINUTES",
         "The minutes of the previous meeting were approved."]


@pytest.mark.parametrize("title,expected", [
    (["MINUTES OF A MEETING", "OF THE GOVERNING BODY OF", "THE CITY OF ELKRIDGE, KANSAS", "HELD ON JULY 10, 2025"],
     "Governing Body of the City of Elkridge, Kansas"),
    (["MINUTES OF THE REGULAR MEETING", "OF THE BOARD OF SELECTMEN OF", "THE TOWN OF MILLBROOK", "HELD MARCH 3, 2024"],
     "Board of Selectmen of the Town of Millbrook"),
])
def test_a_title_sentence_over_several_lines_names_the_body_that_met(title, expected):
    assert committee_from(title) == expected
    [meeting] = extract_all(document_from_text("\n".join(title + _BODY)))["meetings"]
    assert meeting["committee"] == expected


@pytest.mark.parametrize("title,expected", [
    (["Marked Docket - Final", "Council", "Thursday, March 27, 2025 9:00 AM Council Chambers"], "Council"),
    (["Marked Agenda - Final", "Finance Committee", "Monday, May 5, 2025 1:30 PM Room 10"], "Finance Committee"),
    (["CITY COUNCIL PROCEEDINGS", "January 28, 2025"], "City Council"),
    (["BOARD OF COMMISSIONERS PROCEEDINGS", "June 2, 2025"], "Board of Commissioners"),
])
def test_what_the_paper_is_is_not_part_of_the_name(title, expected):
    assert committee_from(title) == expected


@pytest.mark.parametrize("text,name", [
    ("Mayor Pro Tem Ryana Hale", "Ryana Hale"),
    ("Mayor Pro Tempore Al Grady", "Al Grady"),
])
def test_mayor_pro_tem_is_the_vice_chair(text, name):
    person = parse_person(text)
    assert (person.name, person.role) == (name, "vice_chair")


@pytest.mark.parametrize("sentence,mover,seconder", [
    ("A motion was made by Mayor Pro Tem Ryana Hale and seconded by Councilmember Ada Bough to approve the plat. "
     "The motion carried.", "Ryana Hale", "Ada Bough"),
    ("Moved by Mayor Pro Tempore Al Grady, seconded by Councilmember Ben Ito, to adopt the budget. Motion carried.",
     "Al Grady", "Ben Ito"),
])
def test_a_mayor_pro_tem_moves_in_full(sentence, mover, seconder):
    text = "\n".join(["CITY COUNCIL", "MINUTES OF THE REGULAR MEETING", "May 6, 2025", "", "1. NEW BUSINESS", sentence])
    [vote] = extract_all(document_from_text(text))["votes"]
    assert (vote["mover"], vote["seconder"]) == (mover, seconder)
