"""Officers' reports printed as "Topic ------------ Lead's Name" over what the lead will do
("Barbara will provide the 2018 Policies ..."): the heading line is no part of the task's
sentence (owner "Barbara Torres", not "Torres Barbara"; extractors/sentences._LEADER,
narrative_actions._set_off), and a given name no attendee has takes the one full name the paper
prints with it ("Website ------ Diane Oyen" over "Diane will post ..."; attendee_names.attendee_resolver).
Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all


def _minutes(tmp_path, title: str, board: list[str], reports: list[tuple[str, str, str]]):
    from minutebook.readers import read_document
    from tests.pdfgen import styled_pdf

    page = [(title, {"centre": True, "bold": True}), ("April 6, 2019 Board Meeting", {"centre": True}),
            (f"Board Members: {', '.join(board)}", {"x": 60, "gap": 8}),
            ("The meeting was called to order at 2:00 PM by the President.", {"x": 60}),
            ("Reports", {"x": 60, "bold": True, "gap": 8})]
    for topic, lead, note in reports:
        page.append((f"{topic}{'-' * 40}{lead}", {"x": 60}))
        page.append((note, {"x": 60}))
    path = styled_pdf(tmp_path / "minutes.pdf", [page])
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("title,board,reports,expected", [
    ("Valley Network for Women in Science", ["Rebecca Galves", "Barbara Torres", "Jeanne Banks"],
     [("Policies and Procedures", "Barbara Torres", "Barbara will provide the 2018 Policies document for posting."),
      ("Website", "Diane Oyen", "No Report. Diane will post the Science Fair awardees to the web site.")],
     [["Barbara Torres"], ["Diane Oyen"]]),
    ("Riverside Astronomy Society", ["Alan Price", "Maria Lopez"],
     [("Newsletter", "Maria Lopez", "Maria will circulate the spring newsletter to members."),
      ("Outreach", "Daniel Reyes", "No Report. Daniel will contact the schools about the open night.")],
     [["Maria Lopez"], ["Daniel Reyes"]]),
])
def test_a_reports_lead_line_is_no_part_of_the_task(tmp_path, title, board, reports, expected):
    out = _minutes(tmp_path, title, board, reports)
    assert [a["owners"] for a in out["actions"]] == expected


@pytest.mark.parametrize("owner,text", [
    ("Treasurer", "Action Treasurer Obtain petty cash box\nTreasurer to obtain petty cash box"),
    ("All", "Owner All We need a representative on the residents' association"),
    ("Mary", "Mary Continue to look for a volunteer for the website"),  # a word after the name, not a surname
])
def test_a_post_or_all_takes_no_word_after_it_for_a_surname(owner, text):
    # only a given name is completed from the text (attendee_names.attendee_resolver)
    from extractors.attendee_names import link_names_to_attendees

    actions = [{"meeting_id": "m1", "owners": [owner], "text": "obtain the box"}]
    link_names_to_attendees({"actions": actions, "attendees": []}, text)
    assert actions[0]["owners"] == [owner]
