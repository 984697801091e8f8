"""Attendance printed as numbered lists under a sentence that ends on the list's head ("... in
which the following members were present:"), each person with an honorific and a post after a
dash or in brackets ("1. Dr. J Rao – Dean, Chairman"), then "Invitees:", and a sentence naming the
chair again under the list. The numbered names are attendees, not items; "Chairman" among posts
makes the chair; the sentence ends the list (extractors/attendees._FOLLOWING_PRESENT,
_numbered_person, _PROSE_RUN; people.role_of; "invitees" in patterns/people.json). And "A, B
could not attend the meeting" lists apologies. Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("title,opening,members,invitees,expected", [
    ("Minutes of the 4th Meeting of the Board of Studies in Commerce held on March 3rd, 2023",
     "The 4th Meeting of the Board was held in the Senate Room in which the following members were present:",
     ["Dr. Kavita Rao – Dean, Chairman", "Prof. Arun Menon (Head of Department)", "Dr. S. Iyer", "Mr. Daniel Joseph"],
     ["Dr. Leela Nair (Director, Placements)"],
     [("Kavita Rao", "present", "chair"), ("Arun Menon", "present", None), ("S. Iyer", "present", None),
      ("Daniel Joseph", "present", None), ("Leela Nair", "in_attendance", None)]),
    ("Minutes of the 2nd Meeting of the Hospital Ethics Committee held on 9 August 2021",
     "The following members were present:",
     ["Dr. Grace Okafor – Consultant Physician, Chairperson", "Mrs. Ruth Adeyemi (Matron)", "Rev. Peter Obi"],
     ["Mr. Tunde Bello (Legal Adviser)", "Ms. Ada Eze"],
     [("Grace Okafor", "present", "chair"), ("Ruth Adeyemi", "present", None), ("Peter Obi", "present", None),
      ("Tunde Bello", "in_attendance", None), ("Ada Eze", "in_attendance", None)]),
])
def test_numbered_members_under_a_sentence_are_the_attendance(title, opening, members, invitees, expected):
    lines = [title, opening, *[f"{k}. {m}" for k, m in enumerate(members, 1)],
             "Invitees:", *[f"{k}. {m}" for k, m in enumerate(invitees, 1)],
             f"{members[0].split(' –')[0]}, presided over the meeting and the following items of business were transacted:",
             "1. Welcome", "The Chair welcomed the members.", "2. Minutes of the last meeting", "The minutes were confirmed."]
    out = extract_all(document_from_text("\n".join(lines)))
    assert [(a["name"], a["status"], a["role"]) for a in out["attendees"]] == expected
    assert [m["minute_number"] for m in out["minutes"]] == ["1", "2"]


def test_a_numbered_person_under_an_item_heading_is_an_item():
    # a declaration numbered under its heading names a person and a matter: an item, not a list
    lines = ["Minutes of the Regular Meeting of City Council held on 22 October 2019",
             "Present: Mayor C. Provenzano, Councillor P. Christian, Councillor M. Bruni",
             "1. ADOPTION OF MINUTES", "The minutes of the previous meeting were adopted.",
             "2. DECLARATION OF PECUNIARY INTEREST",
             "2.1 Councillor R. Niro – YMCA – Investing in Canada Infrastructure Program",
             "2.2 Councillor M. Bruni – Airport Development Corporation",
             "3. ADJOURNMENT", "The meeting adjourned at 9:00 p.m."]
    out = extract_all(document_from_text("\n".join(lines)))
    assert [m["minute_number"] for m in out["minutes"]] == ["1", "2", "2.1", "2.2", "3"]


@pytest.mark.parametrize("sentence,expected", [
    ("Prof. Sitara, Prof. C Padma, Dr. S. Agarwal, Mrs. Y.Ratna could not\nattend the meeting. Leave of absence was granted.",
     ["Sitara", "C Padma", "S. Agarwal", "Y. Ratna"]),
    ("The Chair opened the item. Cllr Smith and Cllr Jones were unable to attend.", ["Smith", "Jones"]),
])
def test_those_who_could_not_attend_sent_apologies(sentence, expected):
    # (extractors/attendees._COULD_NOT_ATTEND; an initial run into the name is parted,
    # attendee_items._clean_item)
    text = "\n".join(["MINUTES OF THE MEETING OF THE BOARD OF STUDIES HELD ON 5 MARCH 2023",
                      "Present: Dr. A. Rao, Dr. B. Iyer", "1. Leave of absence", sentence,
                      "2. Minutes", "The minutes were approved."])
    out = extract_all(document_from_text(text))
    assert [a["name"] for a in out["attendees"] if a["status"] == "apologies"] == expected
    assert [a["name"] for a in out["attendees"] if a["status"] == "present"] == ["A. Rao", "B. Iyer"]


@pytest.mark.parametrize("granted", ["Leave of absence was granted.",
                                     "Leave of absence for six months was granted to Cllr Jones."])
def test_leave_of_absence_granted_is_a_decision(granted):
    # (extractors/decisions._PASSIVE_DECISION)
    text = "\n".join(["MINUTES OF THE MEETING OF THE BOARD OF STUDIES HELD ON 5 MARCH 2023",
                      "Present: Dr. A. Rao, Dr. B. Iyer", "1. Leave of absence", f"Dr. C. Das could not attend. {granted}",
                      "2. Other business", "Nothing was raised."])
    out = extract_all(document_from_text(text))
    assert [(r["minute_number"], r["text"]) for r in out["resolutions"]] == [("1", granted)]
