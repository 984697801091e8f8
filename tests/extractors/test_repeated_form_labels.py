"""Unnumbered minutes in which every item is set out under the same labels ("EXISTING
CONDITIONS", "PROPOSAL", "STAFF ANALYSIS", "DECISION" under each application heard): three or
more labels printed again in each of two items are a form's fields, and the items are the
headings between them (extractors/unnumbered._unnumbered_headings). Checked on two bodies
written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


def _minutes(title: str, items: list[str], labels: list[str]) -> list[str]:
    text = [title, "June 2, 2021", "", "Present: Ada Crane, Ben Otis, Cy Moss", ""]
    for item in items:
        text += [item, ""]
        for label in labels:
            text += [label, "The board heard from the applicant and the staff about this part of the case.", ""]
    return [m["title"] for m in extract_all(document_from_text("\n".join(text)))["minutes"]]


@pytest.mark.parametrize("title,items,labels", [
    ("Minutes of the Historic Landmarks Board",
     ["CASE 2021-001, 12 ELM STREET ADDITION", "CASE 2021-002, 40 OAK AVENUE GARAGE"],
     ["EXISTING CONDITIONS", "PROPOSAL", "STAFF ANALYSIS", "DECISION"]),
    ("Minutes of the Tree Preservation Panel",
     ["OAK AT 3 MILL LANE", "BEECH AT THE OLD RECTORY"], ["BACKGROUND", "SITE VISIT", "OUTCOME"]),
])
def test_labels_printed_in_every_item_are_fields_not_minutes(title, items, labels):
    assert _minutes(title, items, labels) == items


def test_two_labels_repeated_stay_headings():
    # Only two labels recur: not enough to call them a form ("Discussion" and "Outcome" under
    # each of two items may be the items' own sub-headings, as the minutes print them).
    titles = _minutes("Minutes of the Tree Preservation Panel", ["OAK AT 3 MILL LANE", "BEECH AT THE OLD RECTORY"],
                      ["DISCUSSION", "OUTCOME"])
    assert titles.count("DISCUSSION") == 2


def test_standing_items_of_two_meetings_in_one_paper_stay_minutes():
    # A closed meeting and the public one after it, each with its attendance, disclosures and
    # minutes: three headings recur, but never three in a row, so they are no form's fields.
    first = ["ATTENDANCE", "CALL TO ORDER AT 5.30 PM", "DISCLOSURE OF INTEREST", "CLOSED MEETING",
             "CONFIRMATION OF MINUTES"]
    second = ["ATTENDANCE", "CALL TO ORDER AT 7.00 PM", "DISCLOSURE OF INTEREST", "CONSENT AGENDA",
              "CONFIRMATION OF MINUTES"]
    text = ["Minutes of the Riverton City Council", "May 12, 2014", "", "Present: Mayor Ann Fry, Ben Otis", ""]
    for heading in first + second:
        text += [heading, "Council considered the matter and the clerk noted what was said.", ""]
    titles = [m["title"] for m in extract_all(document_from_text("\n".join(text)))["minutes"]]
    assert titles == first + second
