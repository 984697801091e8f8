"""Rules read on a state advisory committee's minutes and a city's posted notice (round 168's
California and Minnesota bodies), each checked here on two bodies written for these tests:

- a list head with its count, "Members Present (14):", and a department's staff head with its
  initials, "Department of Parks (DOP) Staff Present:" (attendance_cues._CUES, the group head);
- the same head alone on its line without a colon, "Bureau of Water Control (Bureau) Staff
  Present", over a name a line; a vote table's row "Alice Huffman Absent" is no such head;
- "Name, Post, Employer" a line is one person and their post (people.post_after_name), and a
  post's label inside the list ("Meeting Moderator:") is passed over;
- names printed in two columns, the second back up level with the first (layout.next_column);
- a table of names with no status column ("S.NO | NAME | DESIGNATION") under an attendance head
  ("MEMBERS PRESENT", "Apologies for absence") lists people of that status, its designation
  column their post (attendance_tables._status_above; round 135's Indian engineers' centre);
- apologies run into a numbered item whose long title ends "Apologies for Absence –" (the group
  head after an item number, attendance_cues), the sentence's "Apologies were noted from" dropped;
- a posted notice, "Special Council Meeting" over its date, time and place and a bulleted list
  of business, is an agenda (paper_kinds) whose bullets are its items, numbered by position
  (agenda_segments._bulleted_items);
- "The motion to approve recommendation No. 1 passed on a 14-0-0 vote." after the public's
  comments is the vote on the motion moved above (motion_steps.decides_motion_above), its
  counts read (motion_results._counts), and the "Name  Vote" table under it its named votes
  (vote_tables).
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf


def _people(text: str) -> list[tuple[str, str]]:
    return [(a["name"], a["status"]) for a in extract_all(document_from_text(text))["attendees"]]


@pytest.mark.parametrize("body,head,staff_head", [
    ("River Basin Advisory Committee", "Members Present (3):", "Department of Water Resources (DWR) Staff Present:"),
    ("Youth Sports Citizens Board", "Board Members Present (3):", "Office of Parks and Recreation (OPR) Staff Present:"),
])
def test_counted_heads_and_department_staff_heads(body, head, staff_head):
    text = (f"{body}\nMeeting Minutes – May 25, 2021\n{head}\nAvis Bell\nTimon Carr\nMatt Clay\n"
            f"Members Absent (1):\nAlice Hoff\n{staff_head}\nNina Lamb\nSean Ortiz\n"
            "1. Welcome and Call to Order\nThe Chair called the meeting to order at 10:20 AM.\n")
    assert _people(text) == [("Avis Bell", "present"), ("Timon Carr", "present"), ("Matt Clay", "present"),
                             ("Alice Hoff", "absent"), ("Nina Lamb", "in_attendance"), ("Sean Ortiz", "in_attendance")]


@pytest.mark.parametrize("staff_head,people", [
    ("Bureau of Water Control (Bureau) Staff Present",
     ["Tara Cole, Acting Bureau Chief/Assistant Chief Counsel, Bureau of Water Control",
      "Sara Gard, Attorney IV, Bureau of Water Control"]),
    ("State Department of Food and Agriculture (SDFA) Executive Staff Present",
     ["Richard Parr, Director, Licensing Division", "Rasha Salem, Assistant Branch Chief, Safety Branch"]),
])
def test_a_staff_head_without_colon_over_name_and_post_lines(staff_head, people):
    text = ("Water Quality Advisory Committee\nMeeting Minutes – June 3, 2021\nMembers Present:\nAvis Bell\nTimon Carr\n"
            f"{staff_head}\n" + "\n".join(people) + "\nMinutes Taken By:\nAsh Black, Legal Program Analyst, Bureau of Water Control\n"
            "1. Welcome\nThe Chair welcomed the members.\n2. Public Comment\nNo comments were made.\n")
    names = [p.split(",")[0] for p in people]
    assert _people(text) == [("Avis Bell", "present"), ("Timon Carr", "present")] + \
        [(n, "in_attendance") for n in names] + [("Ash Black", "in_attendance")]


def test_a_vote_table_row_is_no_list_head():
    text = ("Water Quality Advisory Committee\nMeeting Minutes – June 3, 2021\nMembers Present:\nAvis Bell\nTimon Carr\n"
            "1. Recommendation\nMember Bell moved that the Committee adopt the recommendation. Member Carr seconded the motion.\n"
            "The motion to adopt the recommendation passed on a 2-0-0 vote.\n"
            "Name Vote\nAvis Bell Aye\nAlice Hoff Absent\nTimon Carr Aye\n2. Adjournment\nThe meeting adjourned at noon.\n")
    assert _people(text) == [("Avis Bell", "present"), ("Timon Carr", "present")]


@pytest.mark.parametrize("title,left,right", [
    ("Harbour Water Quality Advisory Committee", ["Amber Ross", "Terry Lane", "Jeremy Hollis", "Dr. Imani Burke"],
     ["Jeff Morrow", "Kristin Naylor", "Sara Pike"]),
    ("Prairie Trails Citizens Board", ["Ann Quill", "Bob Ferris", "Carla Diaz"], ["Dan Eagle", "Eva Frost", "Finn Gale"]),
])
def test_names_in_two_columns_are_one_list(tmp_path, title, left, right):
    lines = [(title, {"bold": True, "size": 16}), ("Meeting Minutes – Thursday, September 8, 2022", {"size": 12}),
             ("Members Present:", {"bold": True, "size": 12, "gap": 6})]
    lines += [(n, {"size": 12, "x": 40}) for n in left]
    # the second column drawn back up level with the first name (122 points from the top)
    lines += [(n, {"size": 12, "x": 320, **({"top": 122} if i == 0 else {})}) for i, n in enumerate(right)]
    lines += [("Members Absent:", {"bold": True, "size": 12, "x": 40, "gap": 60}), ("None", {"size": 12, "x": 40}),
              ("1. Call to Order", {"bold": True, "size": 12}), ("The chair called the meeting to order at 10 a.m.", {"size": 12})]
    path = styled_pdf(tmp_path / "minutes.pdf", [lines])
    found = extract_all(read_document(path, path.read_bytes()))["attendees"]
    assert [a["name"] for a in found] == [n.replace("Dr. ", "") for n in left + right]


@pytest.mark.parametrize("mover,seconder,wording,decided,rows", [
    ("Subcommittee Chair Clark", "Committee Member Cerny",
     "that the full Committee adopt the subcommittee's first recommendation on enforcement priorities",
     "The motion to approve enforcement recommendation No. 1 passed on a 3-0-0 vote.",
     [("Avis Bell", "Aye"), ("Ted Clark", "Aye"), ("Tim Cerny", "Aye"), ("Alice Hoff", "Absent")]),
    ("Board Member Diaz", "Board Member Frost", "to recommend the trail closure schedule to the Director",
     "The motion to recommend the closure schedule carried on a 2-1 vote.",
     [("Carla Diaz", "Yes"), ("Eva Frost", "Yes"), ("Finn Gale", "No")]),
])
def test_a_motion_decided_after_comments_with_its_vote_table(mover, seconder, wording, decided, rows):
    comments = "\n".join(f"Speaker {k} expressed support for the recommendation." for k in range(1, 9))
    text = ("Advisory Committee\nMeeting Minutes – May 25, 2021\nMembers Present:\nAvis Bell\nTed Clark\nTim Cerny\n"
            "2. Recommendations of the Subcommittee\n"
            f"{mover} presented a summary of the subcommittee's discussion.\n{mover} motioned {wording}.\n"
            f"{seconder} seconded the motion.\nThe Chair opened the floor to public comments.\nPublic Comments: 8 Comments\n"
            f"{comments}\nThe Chair closed public comments.\nRoll call was taken. {decided}\n"
            "Name Vote\n" + "\n".join(f"{n} {v}" for n, v in rows) + "\n3. Adjournment\nThe meeting adjourned at noon.\n")
    found = extract_all(document_from_text(text))
    assert len(found["votes"]) == 1
    vote = found["votes"][0]
    assert vote["motion"].startswith(wording.removeprefix("that ")) and (vote["mover"], vote["seconder"]) == (mover, seconder)
    assert vote["result"] == "carried"
    counts = [int(x) for x in decided.split(" vote")[0].split()[-1].split("-")]
    assert [vote["votes_for"], vote["votes_against"]] == counts[:2]
    words = {"Aye": "for", "Yes": "for", "No": "against", "Absent": "absent"}
    assert [(r["name"], r["vote"]) for r in found["vote_records"]] == [(n, words[v]) for n, v in rows]


@pytest.mark.parametrize("title,when,items,start", [
    ("Special Council Meeting", ["Monday, October 21, 2024", "7:00 pm", "at the Fire Hall"],
     [["• Approve Ordinance 2024-01 – Authorizing study &", "imposing a moratorium on new business", "within the City"],
      ["• November Meeting"]], "19:00"),
    ("Special Township Board Meeting", ["Tuesday, March 4, 2025", "6:30 pm", "at the Town Hall"],
     [["• Road Grading Contract"], ["• Hire of a Deputy Clerk and the"], ["• Budget Hearing Date"]], "18:30"),
])
def test_a_posted_notice_lists_its_business_in_bullets(tmp_path, title, when, items, start):
    lines = [(title, {"bold": True, "size": 30, "x": 110})] + [(w, {"size": 24, "x": 160, "gap": 20}) for w in when]
    for item in items:
        lines += [(item[0], {"size": 18, "x": 100, "gap": 20})] + [(more, {"size": 18, "x": 118}) for more in item[1:]]
    lines += [("Posted October 16, 2024", {"size": 9, "x": 57, "gap": 40})]
    path = styled_pdf(tmp_path / "notice.pdf", [lines])
    found = extract_all(read_document(path, path.read_bytes()))
    assert [(m["kind"], m["start_time"]) for m in found["meetings"]] == [("agenda", start)]
    assert [(a["item_number"], a["title"]) for a in found["agenda_items"]] == [
        (str(k), " ".join(item).removeprefix("• ")) for k, item in enumerate(items, start=1)]


@pytest.mark.parametrize("head,status,rows", [
    ("MEMBERS PRESENT", "present", [["1", "Dr. D. Elwood", "Chairman"], ["2.", "Dr. G. Sundaram", "Honorary Secretary"],
                                     ["3.", "Mr. A. Bala", "Member"]]),
    ("Apologies for absence", "apologies", [["1", "Ms. Ruth Penrose", "Treasurer"], ["2", "Mr. Owen Tate", "Member"]]),
    # a head with a colon, and the absent: wider than an item heading about attendance
    ("Attendance:", "present", [["1", "Mr. Felix Amrein", "Member"], ["2", "Ms. Lea Brunner", "Member"]]),
    ("Councillors absent", "absent", [["1", "Mr. Ivo Kessler", "Member"], ["2", "Ms. Nora Wyss", "Member"]]),
])
def test_a_table_of_names_under_an_attendance_head(tmp_path, head, status, rows):
    lines = [("Institution of Surveyors Riverside Local Centre", {"bold": True, "size": 14}),
             ("Minutes of the Committee Meeting held on Friday 29 December 2022 at 5.30 pm", {"size": 11}),
             (head, {"bold": True, "size": 11, "gap": 8}),
             ("", {"grid": [["S.NO", "NAME", "DESIGNATION"]] + rows, "cols": [60, 110, 300, 480], "size": 10}),
             ("1. WELCOME BY CHAIRMAN", {"bold": True, "size": 11, "gap": 6}),
             ("The Chairman welcomed the members to the meeting.", {"size": 11})]
    path = styled_pdf(tmp_path / "minutes.pdf", [lines])
    found = extract_all(read_document(path, path.read_bytes()))["attendees"]
    assert [(a["name"], a["status"]) for a in found] == [(r[1].split(" ", 1)[1], status) for r in rows]
    assert [a["role"] for a in found][:1] == (["chair"] if rows[0][2] == "Chairman" else [None])


@pytest.mark.parametrize("item,names", [
    ("3. Welcome and to Receive and Accept Apologies for Absence – Apologies were\nnoted from Cllrs Comfort and Skinley.",
     ["Comfort", "Skinley"]),
    ("2. To Note Chairman's Welcome and Receive Apologies for Absence – Apologies were\nreceived from Cllrs Ames and Boyd.",
     ["Ames", "Boyd"]),
])
def test_apologies_run_into_a_long_numbered_item_title(item, names):
    text = ("Harbour Town Council\nMinutes of the Planning Committee held on 2 June 2025\nCouncillors Present:\nA Athol\nN Beech\n"
            f"{item}\n4. Declaration of Interests – None.\n5. Planning Applications\nThe committee considered the applications.\n")
    assert _people(text) == [("A Athol", "present"), ("N Beech", "present")] + [(n, "apologies") for n in names]
