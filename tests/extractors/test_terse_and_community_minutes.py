"""Forms read on two more house styles, each tested on two bodies written for these tests.

* US township boards that print one terse paragraph per item: "Approved X by roll call vote
  after motion by A and second by B. A-yes; B-yes.", attendance as "called to order ... with
  A, B, C and 8 guests present", the body's name over "Board Meeting Minutes";
* Scottish and English community and parish councils: attendance as a name and its post per
  line ("Members present:" / "Attending:" / "Public:"), "Proposed: X / Seconded: Y" under a
  heading, "It was agreed that ...", "Agreed we ...", items "1.Introductions" and "9a.", action
  lines "ACTION: HW to ...", owners by given name or initials, an action summary after the
  last minute.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.readers import read_document

MAPLE = """Maple Grove Township
Board Meeting Minutes (proposed)
April 8, 2025
The regular meeting of the Maple Grove Township Board was called to order by the Supervisor at 7:00 pm,
with Holt, Ibarra, Jensen, Kowalski, Lund, and 5 guests present.
The agenda was approved after motion by Ibarra and second by Jensen.
Payment of bills in the amount of $12,450.10 in the general fund were approved by roll call vote after motion by
Lund and second by Holt. Holt-yes; Ibarra-yes; Jensen-yes; Kowalski-yes; Lund-yes.
Reappointed Dana Price to the Zoning Board of Appeals thru 12/31/27 after motion by Holt and second by Kowalski.
Adopted proposed fee schedule for land divisions after motion by Jensen and second by Lund.
Meeting was adjourned at 7:41 pm by Supervisor Holt.
"""

BIRCH = """Birch Creek Township
Board Meeting Minutes (unapproved)
June 10, 2025
The regular meeting of the Birch Creek Township Board was called to order by the Supervisor at 7:30 pm,
with Moreau, Nakamura, Okafor, Petrov, and 2 guests present.
The minutes of the May 13, 2025 regular board meeting were approved after motion by Okafor and second by Petrov.
Approved by roll call vote the purchase of a mower in the amount of $8,200 after motion by Nakamura and second by
Moreau. Moreau-yes; Nakamura-yes; Okafor-no; Petrov-yes.
Meeting was adjourned at 8:02 pm by Supervisor Moreau.
"""

GLENBURN = """AGREED Minutes for the Glenburn Community Council Meeting
Held in the village hall at 1930hrs on 14th October 2025
Members present:
Alison Baird Convenor
Duncan Fraser Treasurer
Morag Gillies Member
Attending:
Cllr Ewan Hughes Ward Councillor
Public:
Iona Jack
Apologies:
Kirsty Lamont Vice Chair
1.Introductions and welcome
The Convenor welcomed members.
2. Minutes of previous meeting
Minutes of the last meeting held 9th September 2025 were agreed, proposed by Duncan Fraser and seconded by Morag Gillies.
3. Paths
Members discussed the path survey. It was agreed that the council would write to the landowner about the
stile at Burnside.
ACTION: AB to write to the landowner
4. Reports
4a. Convenor's report
Alison reported on the bus timetable consultation.
ACTION: Duncan to circulate the consultation link
4b. Treasurer's report
Balance in the account is £2,104.33. Agreed we should open a savings account.
5. Date of next meeting
The next meeting will be held on 11th November.
Summary of outstanding actions
Agenda item\tWho\tWhat
Paths\tAB\tWrite to the landowner
"""

ELMSTEAD = """APPROVED minutes of the Elmstead Parish Council meeting
Held on 2nd March 2026 at 7.00pm
Members present:
Gareth Owen Chair
Helen Price Member
Ian Quinn Member
Attending:
Julie Reed Clerk
Minutes of previous meeting
Proposed: Helen Price / Seconded: Ian Quinn
Co-options
Co-option of Ken Shaw: proposed Gareth Owen / seconded Helen Price
Allotments
It was agreed that the allotment rents stay at £30 for 2026.
ACTION: Helen to tell the tenants
Also agreed the clerk should renew the insurance.
Date of next meeting
The next meeting will be held on 6th April.
ACTIONS FOR FOLLOW UP AT NEXT MEETING
Who\tWhat
Gareth Owen\tAsk the county about the footpath sign
"""


def _extract(tmp_path, name: str, text: str) -> dict:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return extract_all(read_document(path, path.read_bytes()))


@pytest.mark.parametrize("name, text, committee", [
    # the body's place over "Board Meeting Minutes"
    ("maple", MAPLE, "Maple Grove Township Board"),
    ("birch", BIRCH, "Birch Creek Township Board"),
    # "AGREED Minutes for the ..." / "APPROVED minutes of the ...": the paper's state is not the name
    ("glenburn", GLENBURN, "Glenburn Community Council"),
    ("elmstead", ELMSTEAD, "Elmstead Parish Council"),
])
def test_committee_from_the_title_block(tmp_path, name, text, committee):
    [meeting] = _extract(tmp_path, name, text)["meetings"]
    assert meeting["committee"] == committee


@pytest.mark.parametrize("name, text, present", [
    ("maple", MAPLE, ["Holt", "Ibarra", "Jensen", "Kowalski", "Lund"]),
    ("birch", BIRCH, ["Moreau", "Nakamura", "Okafor", "Petrov"]),
])
def test_called_to_order_with_members_present(tmp_path, name, text, present):
    rows = _extract(tmp_path, name, text)["attendees"]
    assert [(r["name"], r["status"]) for r in rows] == [(n, "present") for n in present]


def test_decision_before_its_mover_and_seconder(tmp_path):
    votes = _extract(tmp_path, "maple", MAPLE)["votes"]
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in votes] == [
        ("The agenda was approved", "Ibarra", "Jensen", "carried"),
        ("Payment of bills in the amount of $12,450.10 in the general fund were approved", "Lund", "Holt", "carried"),
        ("Reappointed Dana Price to the Zoning Board of Appeals thru 12/31/27", "Holt", "Kowalski", "carried"),
        ("Adopted proposed fee schedule for land divisions", "Jensen", "Lund", "carried"),
    ]


def test_decision_before_its_mover_with_a_roll_call(tmp_path):
    result = _extract(tmp_path, "birch", BIRCH)
    votes = result["votes"]
    assert [(v["motion"], v["result"]) for v in votes] == [
        ("The minutes of the May 13, 2025 regular board meeting were approved", "carried"),
        ("Approved the purchase of a mower in the amount of $8,200", "carried"),
    ]
    records = {(r["name"], r["vote"]) for r in result["vote_records"]}
    assert records == {("Moreau", "for"), ("Nakamura", "for"), ("Okafor", "against"), ("Petrov", "for")}
    assert [r["text"] for r in result["resolutions"]][1] == "Approved the purchase of a mower in the amount of $8,200"


@pytest.mark.parametrize("name, text, expected", [
    ("glenburn", GLENBURN, [("Alison Baird", "present", "Convenor"), ("Duncan Fraser", "present", "Treasurer"),
                            ("Morag Gillies", "present", "Member"), ("Ewan Hughes", "in_attendance", "Ward Councillor"),
                            ("Iona Jack", "in_attendance", None), ("Kirsty Lamont", "apologies", "Vice Chair")]),
    ("elmstead", ELMSTEAD, [("Gareth Owen", "present", "Chair"), ("Helen Price", "present", "Member"),
                            ("Ian Quinn", "present", "Member"), ("Julie Reed", "in_attendance", "Clerk")]),
])
def test_name_and_post_a_line(tmp_path, name, text, expected):
    rows = _extract(tmp_path, name, text)["attendees"]
    assert [(r["name"], r["status"], r["title"]) for r in rows] == expected


def test_chair_and_vice_chair_from_the_post_column(tmp_path):
    rows = {r["name"]: r["role"] for r in _extract(tmp_path, "glenburn", GLENBURN)["attendees"]}
    assert rows["Kirsty Lamont"] == "vice_chair"
    rows = {r["name"]: r["role"] for r in _extract(tmp_path, "elmstead", ELMSTEAD)["attendees"]}
    assert rows["Gareth Owen"] == "chair"


def test_minute_labels_without_a_space_and_lettered_after_the_number(tmp_path):
    minutes = _extract(tmp_path, "glenburn", GLENBURN)["minutes"]
    assert [(m["minute_number"], m["title"]) for m in minutes] == [
        ("1", "Introductions and welcome"), ("2", "Minutes of previous meeting"), ("3", "Paths"), ("4", "Reports"),
        ("4a", "Convenor's report"), ("4b", "Treasurer's report"), ("5", "Date of next meeting")]


@pytest.mark.parametrize("name, text, expected", [
    ("glenburn", GLENBURN, ["Minutes of the last meeting held 9th September 2025 were agreed",
                            "that the council would write to the landowner about the stile at Burnside.",
                            "we should open a savings account."]),
    ("elmstead", ELMSTEAD, ["that the allotment rents stay at £30 for 2026.", "the clerk should renew the insurance."]),
])
def test_agreed_decisions(tmp_path, name, text, expected):
    assert [r["text"] for r in _extract(tmp_path, name, text)["resolutions"]] == expected


def test_proposed_and_seconded_as_labels(tmp_path):
    votes = _extract(tmp_path, "elmstead", ELMSTEAD)["votes"]
    assert [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in votes] == [
        ("Minutes of previous meeting", "Helen Price", "Ian Quinn", "no_result"),
        ("Co-option of Ken Shaw", "Gareth Owen", "Helen Price", "no_result"),
    ]
    votes = _extract(tmp_path, "glenburn", GLENBURN)["votes"]
    assert [(v["mover"], v["seconder"], v["result"]) for v in votes] == [("Duncan Fraser", "Morag Gillies", "carried")]


@pytest.mark.parametrize("name, text, expected", [
    ("glenburn", GLENBURN, [(["Alison Baird"], "AB to write to the landowner"),
                            (["Duncan Fraser"], "Duncan to circulate the consultation link"),
                            (["Alison Baird"], "Write to the landowner")]),
    ("elmstead", ELMSTEAD, [(["Helen Price"], "Helen to tell the tenants"),
                            (["Gareth Owen"], "Ask the county about the footpath sign")]),
])
def test_actions_with_owners_by_given_name_or_initials_and_a_closing_summary(tmp_path, name, text, expected):
    result = _extract(tmp_path, name, text)
    [meeting] = result["meetings"]
    got = [(a["owners"], a["text"]) for a in result["actions"]]
    assert got == expected
    assert all(a["meeting_id"] == meeting["meeting_id"] for a in result["actions"])
