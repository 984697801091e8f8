"""Forms read on three more house styles, each tested on two bodies written for these tests.

* residents' and tenants' associations: a title block whose date is a field under it ("Date:
  11 April 2026"), "Attended:" lists with a count of residents after them and a name broken at
  the wrap, "The Chair agreed to ..." as the Chair's action (not the meeting's decision),
  elections as decisions;
* boards of a public fund or agency: "Minutes of the meeting of the Board members" under the
  board's own name, "In attendance were A of Ohio, member; B, Executive Director; ...",
  "X, Chairman of the ..., convened a meeting", "The following motion was made, seconded, and
  adopted without objection:" over "MOTION: That ...", several motions after "adopted the
  following recommendations by unanimous vote:";
* library boards: "MOTION: THAT ... / MOVED BY: X / SECONDED BY: Y / MOTION CARRIED.",
  "Regrets:", "In Attendance:" a person and post a line, a board named "Library Board" (a
  library is otherwise a place), a title printed above a sidebar that the text layer reads first.
"""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.meetings import meeting_sections
from extractors.pipeline import extract_all
from minutebook.readers import read_document
from tests.pdfgen import styled_pdf

HARBOUR = """Harbour View Residents' Association
Annual General Meeting 2026
Minutes
Location: The Boathouse Community Room
Date: 11 April 2026
Time: 19:00 – 20:30
Attended: Rosa Klein, Tomasz Nowak, Edith Mbeki, Colm Reilly, Priya
Natarajan
Around forty residents.
Meeting started at 19:00.
Welcome by the Chair
The Chair of the Association, Rosa Klein, welcomed everyone.
Apologies and approval of Minutes
Apologies were received from Sven Olsen.
The minutes of the Annual General Meeting on 6 April 2025 were accepted as a true record.
Election of the Committee
The following residents were elected as Committee for 2026/27: Chair Rosa Klein; Treasurer Tomasz Nowak.
Any other business
Residents raised parking on the quay. The Chair agreed to write to the harbour authority about the
parking bays on the quay.
The Chair agreed to raise the bin collections with the council.
"""

MILLBROOK = """Millbrook Tenants' Association
Committee Meeting
Minutes
Date: 3 February 2026
Venue: Millbrook House lounge
Attended: Gail Porter, Ade Okoro, Linh Tran, Bartholomew Underwood, Farah
Haddad
About a dozen tenants.
Repairs
The Secretary agreed to collect the list of outstanding repairs from each floor.
It was agreed that the association would ask the landlord for a quarterly repairs meeting.
Officers
Linh Tran was elected Treasurer.
"""


def _extract(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("name,text,body,date,present,count_word", [
    ("harbour", HARBOUR, "Harbour View Residents' Association", dt.date(2026, 4, 11),
     {"Rosa Klein", "Tomasz Nowak", "Edith Mbeki", "Colm Reilly", "Priya Natarajan"}, "Around"),
    ("millbrook", MILLBROOK, "Millbrook Tenants' Association", dt.date(2026, 2, 3),
     {"Gail Porter", "Ade Okoro", "Linh Tran", "Bartholomew Underwood", "Farah Haddad"}, "About"),
])
def test_a_title_dated_by_a_field_under_it_and_an_attended_list(tmp_path, name, text, body, date, present, count_word):
    out = _extract(tmp_path, name, text)
    [meeting] = out["meetings"]
    assert (meeting["committee"], meeting["meeting_date"], meeting["kind"]) == (body, date, "minutes")
    got = {r["name"] for r in out["attendees"] if r["status"] == "present"}
    assert got == present  # the name broken at the wrap is whole; the count of residents is nobody
    assert not any(count_word in r["name"] for r in out["attendees"])


@pytest.mark.parametrize("name,text,post,task,decision", [
    ("harbour", HARBOUR, "Chair", "write to the harbour authority", "were elected as Committee"),
    ("millbrook", MILLBROOK, "Secretary", "collect the list of outstanding repairs", "was elected Treasurer"),
])
def test_a_post_holder_agreeing_to_do_something_is_an_action_not_a_decision(tmp_path, name, text, post, task, decision):
    out = _extract(tmp_path, name, text)
    actions = [a for a in out["actions"] if task in a["text"]]
    assert actions and actions[0]["owners"] == [post]
    assert actions[0]["text"].startswith(f"The {post} agreed to")  # self-contained, owner included
    texts = [r["text"] for r in out["resolutions"]]
    assert not any(task in t for t in texts)
    assert any(decision in t for t in texts)  # an election the meeting held is its decision


THRIFT = """NATIONAL PUBLIC EMPLOYEES SAVINGS BOARD
MINUTES OF THE MEETING OF THE BOARD MEMBERS
March 16, 2026
Anita R. Vance, Chairman of the National Public Employees Savings Board, convened a meeting
of the Board members on March 16, 2026, at 9:00 a.m. The meeting was open to the public. In
attendance were Louis P. Marchetti of Ohio, member; Grace Y. Tanaka of Oregon (by telephone),
member; Owen Pryce, Executive Director; Hana Kovac, General Counsel and Secretary; and Dmitri Sorensen,
Director, Office of Participant Services.
1. Approval of the Minutes of the February 23, 2026 Board Meeting
Chairman Vance entertained a motion for approval of the minutes of the February 23, 2026 Board
meeting. The following motion was made, seconded, and adopted without objection:
MOTION: That the minutes of the Board meeting held on February 23, 2026 be approved.
2. Investment Policy Review.
Mr. Pryce presented the annual review. The Board members made, seconded, and adopted the
following recommendations by unanimous vote:
MOTION: That the Board reaffirm the current bond fund policy without change.
MOTION: That the Board reaffirm the current equity fund policy without change.
3. Adjourn.
Whereupon, there being no further business, the following motion was made, seconded, and
adopted without objection and Chairman Vance adjourned the meeting at 10:40 a.m.
MOTION: That this meeting be adjourned.
"""

TRANSIT = """REGIONAL TRANSIT PENSION BOARD
MINUTES OF THE MEETING OF THE BOARD MEMBERS
October 5, 2026
Miguel A. Ortiz, Acting Chairperson of the Regional Transit Pension Board, convened a meeting of
the Board members on October 5, 2026, at 2:00 p.m. The meeting was held by telephone. In
attendance were Ruth B. Adler of Maine, member; Samuel K. Osei of Texas, member; Ines Varga, Chief
Financial Officer; and Paul Lindqvist, Chief Investment Officer.
1. Approval of the Minutes of the September 8, 2026 Board Meeting
Acting Chairperson Ortiz entertained a motion for approval of the minutes. The following motion
was made, seconded, and adopted without objection:
MOTION: That the minutes of the Board meeting held on September 8, 2026 be approved.
2. Audit Plan.
Ms. Varga presented the plan. The Board members made, seconded, and adopted the following
recommendations by unanimous vote:
MOTION: That the Board approve the 2027 internal audit plan.
MOTION: That the Board defer the payroll audit until 2028.
"""


@pytest.mark.parametrize("name,text,body,chair,members,staff", [
    ("thrift", THRIFT, "National Public Employees Savings Board", "Anita R. Vance",
     {"Louis P. Marchetti", "Grace Y. Tanaka"}, {"Owen Pryce", "Hana Kovac", "Dmitri Sorensen"}),
    ("transit", TRANSIT, "Regional Transit Pension Board", "Miguel A. Ortiz",
     {"Ruth B. Adler", "Samuel K. Osei"}, {"Ines Varga", "Paul Lindqvist"}),
])
def test_a_board_of_an_agency_its_members_and_officers_in_one_sentence(tmp_path, name, text, body, chair, members, staff):
    out = _extract(tmp_path, name, text)
    [meeting] = out["meetings"]
    assert meeting["committee"] == body  # not "Board Members", the meeting's own line
    people = {r["name"]: r for r in out["attendees"]}
    assert people[chair]["role"] == "chair" and people[chair]["status"] == "present"
    assert {n for n, r in people.items() if r["status"] == "present"} == members | {chair}
    assert {n for n, r in people.items() if r["status"] == "in_attendance"} == staff
    assert "Office" not in people  # "Director, Office of ...": a post, not a person


@pytest.mark.parametrize("name,text,expected", [
    ("thrift", THRIFT, [
        ("1", "That the minutes of the Board meeting held on February 23, 2026 be approved", False),
        ("2", "That the Board reaffirm the current bond fund policy without change", True),
        ("2", "That the Board reaffirm the current equity fund policy without change", True),
        ("3", "That this meeting be adjourned", False)]),
    ("transit", TRANSIT, [
        ("1", "That the minutes of the Board meeting held on September 8, 2026 be approved", False),
        ("2", "That the Board approve the 2027 internal audit plan", True),
        ("2", "That the Board defer the payroll audit until 2028", True)]),
])
def test_motions_announced_then_set_out_after_motion_labels(tmp_path, name, text, expected):
    out = _extract(tmp_path, name, text)
    got = [(v["minute_number"], v["motion"], v["unanimous"]) for v in out["votes"]]
    assert got == expected
    assert all(v["result"] == "carried" for v in out["votes"])
    assert [r["text"] for r in out["resolutions"]] == [m for _, m, _ in expected]


B = {"bold": True}
SIDEBAR = {"size": 8, "x": 40}


def _library(name: str, board: str, first: str, items: list[tuple]) -> list[list]:
    """A library board's minutes page: the trustees' sidebar drawn first (lower on the page,
    small), then the title block above it, then the minutes."""
    sidebar = [(f"{n}", {**SIDEBAR, **({"top": 300} if k == 0 else {})}) for k, n in
               enumerate(["Nora Quill", "Chair", "Abel Frost", "Trustee", "Lena Park", "Trustee"])]
    return [sidebar + [
        (f"MINUTES OF REGULAR {board} MEETING", {"bold": True, "size": 15, "x": 170, "top": 90}),
        (first, {"bold": True, "size": 13, "x": 170}),
        ("Present: N. Quill (Chair), A. Frost, L. Park", {"x": 150, "gap": 6}),
        ("Regrets: T. Hale, W. Ames", {"x": 150}),
        ("In Attendance: R. Singh, Chief Executive Officer", {"x": 150}),
        ("J. Okafor, Director of Finance", {"x": 230}),
        ("M. Berg, Recorder", {"x": 230}),
        *items,
    ]]


OAKRIDGE = _library("oakridge", "LIBRARY BOARD", "Thursday, March 19, 2026 - 7:00 p.m. - Main Library", [
    ("1. CALL TO ORDER", {**B, "x": 150, "gap": 8}),
    ("The Chair called the meeting to order.", {"x": 180}),
    ("2. ADOPTION OF MINUTES", {**B, "x": 150, "gap": 8}),
    ("MOTION: THAT the minutes of February 19, 2026 be adopted as presented.", {**B, "x": 180}),
    ("MOVED BY: A. Frost", {**B, "x": 180}),
    ("SECONDED BY: L. Park", {**B, "x": 180}),
    ("MOTION CARRIED.", {**B, "x": 180}),
    ("3. BRANCH HOURS", {**B, "x": 150, "gap": 8}),
    ("MOTION: THAT Sunday hours be extended at the Main Library.", {**B, "x": 180}),
    ("MOVED BY: L. Park", {**B, "x": 180}),
    ("SECONDED BY: N. Quill", {**B, "x": 180}),
    ("MOTION DEFEATED.", {**B, "x": 180}),
])

CEDAR = _library("cedar", "PUBLIC LIBRARY BOARD", "Wednesday, May 6, 2026 - 6:30 p.m. - Cedar Falls Branch", [
    ("1. CALL TO ORDER", {**B, "x": 150, "gap": 8}),
    ("The Chair called the meeting to order.", {"x": 180}),
    ("2. CONFIRMATION OF AGENDA", {**B, "x": 150, "gap": 8}),
    ("2.1 Motion to Adopt the Agenda", {**B, "x": 180}),
    ("MOTION: THAT the agenda be adopted as presented.", {**B, "x": 180}),
    ("MOVED BY: N. Quill", {**B, "x": 180}),
    ("SECONDED BY: A. Frost", {**B, "x": 180}),
    ("MOTION CARRIED.", {**B, "x": 180}),
])


@pytest.mark.parametrize("name,pages,date,votes", [
    ("oakridge", OAKRIDGE, dt.date(2026, 3, 19), [
        ("THAT the minutes of February 19, 2026 be adopted as presented", "A. Frost", "L. Park", "carried"),
        ("THAT Sunday hours be extended at the Main Library", "L. Park", "N. Quill", "lost")]),
    ("cedar", CEDAR, dt.date(2026, 5, 6), [
        ("THAT the agenda be adopted as presented", "N. Quill", "A. Frost", "carried")]),
])
def test_library_boards_motion_first_then_mover_and_result(tmp_path, name, pages, date, votes):
    path = styled_pdf(tmp_path / f"{name}.pdf", pages)
    doc = read_document(path, path.read_bytes())
    [sec] = meeting_sections(doc)  # the title is read though the sidebar comes first in the text
    assert (sec.kind, sec.meeting_date) == ("minutes", date)
    assert "library board" in sec.committee.lower()
    out = extract_all(doc)
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]] == votes
    statuses = {r["name"]: r["status"] for r in out["attendees"]}
    assert statuses["T. Hale"] == statuses["W. Ames"] == "apologies"
    assert {n for n, s in statuses.items() if s == "in_attendance"} == {"R. Singh", "J. Okafor", "M. Berg"}


def _hearing(board: str, date: str, matters: list[tuple[str, str]]) -> list[list]:
    """A licensing or appeals board's voting sheet: each matter numbered in bold, its
    particulars, and its outcome in bold as its last line."""
    rows = [(board, {**B, "x": 200}), ("Voting Hearing Minutes", {**B, "x": 200}), (date, {**B, "x": 220}),
            ("(all members present)", {"x": 210})]
    for k, (name, outcome) in enumerate(matters, start=1):
        rows += [(f"{k}. {name}", {**B, "gap": 12}), ("Location: 12 Harbour Street", {}),
                 ("Notice: premises open after the licensed hour.", {}), (outcome, {**B, "gap": 6})]
    return [rows]


@pytest.mark.parametrize("name,pages,outcomes", [
    ("licensing", _hearing("Eastport Licensing Board", "March 4, 2026",
                           [("Blue Anchor LLC", "No Violation"), ("Kettle Cafe LLC", "Violation - Written Warning"),
                            ("Dockside Grill Inc", "Granted"), ("Corner Store LLC", "Defer - Board to request the police report")]),
     ["No Violation", "Violation - Written Warning", "Granted", "Defer - Board to request the police report"]),
    ("appeals", _hearing("Westfield Zoning Board of Appeals", "June 10, 2026",
                         [("14 Elm Road - rear extension", "Granted"), ("3 Mill Lane - fence height", "Denied"),
                          ("88 Quay Street - change of use", "Continued")]),
     ["Granted", "Denied", "Continued"]),
])
def test_a_boards_bold_outcome_line_is_the_decision_on_each_matter(tmp_path, name, pages, outcomes):
    path = styled_pdf(tmp_path / f"{name}.pdf", pages)
    out = extract_all(read_document(path, path.read_bytes()))
    got = [(r["minute_number"], r["text"]) for r in out["resolutions"]]
    assert got == [(str(k), o) for k, o in enumerate(outcomes, start=1)]


def test_a_lone_bold_outcome_word_is_not_a_house_style(tmp_path):
    pages = _hearing("Eastport Licensing Board", "March 4, 2026", [("Blue Anchor LLC", "Granted"), ("Kettle Cafe LLC", "Denied")])
    path = styled_pdf(tmp_path / "two.pdf", pages)
    out = extract_all(read_document(path, path.read_bytes()))
    assert out["resolutions"] == []  # two matters ending so are not yet a pattern


@pytest.mark.parametrize("name,election,rule", [
    ("society", "Round 2: Lee Ash: 10 votes. Lee Ash is duly elected as Welfare Officer.",
     "Under the constitution the Treasurer is elected at the AGM each year."),
    ("club", "Jo Marsh is hereby elected Captain for 2026.",
     "The Captain is elected by the members for one year."),
])
def test_an_election_reported_in_the_present_tense_is_a_decision(tmp_path, name, election, rule):
    text = (f"Riverside {name.title()}\nMinutes of the Extraordinary General Meeting\nDate: 4 March 2026\n"
            f"Present: Ann Lee, Tom Roe\n1. Elections\n{election}\n2. Constitution\n{rule}\n")
    texts = [r["text"] for r in _extract(tmp_path, name, text)["resolutions"]]
    assert any("elected" in t and ("Lee Ash" in t or "Jo Marsh" in t) for t in texts)
    assert not any("constitution" in t.lower() or "one year" in t for t in texts)  # a rule, not an election held
