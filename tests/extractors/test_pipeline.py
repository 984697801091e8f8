"""The linker: meeting ids, minute numbers, seq, exempt business, one row per person."""

from __future__ import annotations

import datetime as dt

import pytest

from extractors.pipeline import extract_all, meeting_id_for
from minutebook.document import document_from_text
from tests.conftest import FIXTURES, SEEDS, needs_shared

PACK = """
**LICENSING BOARD**
**Tuesday, 1st February, 2022**

Present:- Councillor Verity (in the Chair); Councillors Abbott and Nash.

Also present were Dr. Ann Abbott and Ann Abbott.

**12. MINUTES OF THE PREVIOUS MEETING**

Resolved:- That the minutes be approved.

**13. EXCLUSION OF THE PRESS AND PUBLIC**

Resolved:- That, under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information.

**14. PREMISES LICENCE REVIEW - THE OLD MILL**

Resolved:- (1) That the licence be suspended. (2) That the holder be informed in writing.

**15. DATE AND TIME OF NEXT MEETING**

Resolved:- That the next meeting be held on Tuesday, 1st March, 2022.
"""


@pytest.fixture(scope="module")
def linked():
    return extract_all(document_from_text(PACK, doc_id="d" * 64))


def test_pipeline_meeting_id_is_deterministic_and_case_blind():
    a = meeting_id_for("Licensing Board", dt.date(2022, 2, 1), "minutes")
    assert a == meeting_id_for("LICENSING  BOARD", dt.date(2022, 2, 1), "minutes")
    assert a != meeting_id_for("Licensing Board", dt.date(2022, 2, 1), "agenda")
    assert a.startswith("mtg_")


def test_pipeline_records_get_meeting_minute_and_seq(linked):
    (meeting,) = linked["meetings"]
    assert meeting["committee"] == "Licensing Board" and meeting["meeting_date"] == dt.date(2022, 2, 1)
    got = [(r["minute_number"], r["seq"], r["meeting_id"] == meeting["meeting_id"]) for r in linked["resolutions"]]
    assert got == [("12", 1, True), ("13", 1, True), ("14", 1, True), ("14", 2, True), ("15", 1, True)]
    assert all(r["doc_id"] == "d" * 64 for table in linked.values() for r in table)


def test_pipeline_business_after_exclusion_is_exempt(linked):
    exempt = {m["minute_number"]: m["exempt"] for m in linked["minutes"]}
    assert exempt == {"12": False, "13": False, "14": True, "15": False}
    assert [r["exempt"] for r in linked["resolutions"] if r["minute_number"] == "14"] == [True, True]


def test_pipeline_same_person_listed_twice_is_one_row(linked):
    names = [(a["name"], a["status"]) for a in linked["attendees"]]
    # "Councillor Abbott" (present) and "Ann Abbott" (also present, compatible) are one person;
    # "Dr. Ann Abbott" too: the first mention wins.
    assert names.count(("Abbott", "present")) == 1
    assert not any(n == "Ann Abbott" for n, _ in names)


@needs_shared
def test_pipeline_seed_exempt_minute_and_lscb_actions():
    from minutebook.readers import read_document

    path = SEEDS / "002_71859f5745ebed0e.txt"
    out = extract_all(read_document(path, path.read_bytes()))
    exempt = [m["minute_number"] for m in out["minutes"] if m["exempt"]]
    assert exempt == ["266"]  # taken after minute 265 excluded the public "for the following item"
    log = [a for a in out["actions"] if a["source"] == "action_log"]
    assert len(log) == 37 and sum(a["status"] == "discharged" for a in log) == 17
    lscb = {m["meeting_id"] for m in out["meetings"] if "Safeguarding" in m["committee"]}
    assert {a["meeting_id"] for a in log} == lscb


def test_pipeline_fixture_pack_links_every_resolution():
    text = (FIXTURES / "content" / "rotherham-style-minutes.txt").read_text(encoding="utf-8")
    out = extract_all(document_from_text(text))
    assert out["resolutions"] and all(r["meeting_id"] and r["minute_number"] for r in out["resolutions"])
    assert {d["minute_number"] for d in out["declarations"]} == {"71"}


NOTE = """Pensions Working Group 3 March 2025
Agenda
1. Fund Performance Review (Adviser)
2. Cash Flow Forecast
3. AOB
Attendance:
Olu Adeyemi – MEM (Chair)
Karen Platt – MEM
Devinder Sangha – Finance
Tom Reilly – Finance
Dan Sutton – Hymans Adviser
Discussion Summary:
• The adviser presented the fund's performance for the quarter to December.
• Officers presented the cash flow forecast for the next three years.
Action Points:
Ref\tAction\tStatus
1\tTR will circulate the cash flow model to all members.\tOpen
2\tDS to confirm the date of the next valuation.\tComplete
"""


def test_pipeline_meeting_note_agenda_attendance_and_action_owners():
    out = extract_all(document_from_text(NOTE))
    [meeting] = out["meetings"]
    assert (meeting["committee"], meeting["kind"]) == ("Pensions Working Group", "minutes")
    # The numbered list under "Agenda" is the agenda of the meeting the note records.
    assert [(a["item_number"], a["title"], a["meeting_id"]) for a in out["agenda_items"]] == [
        ("1", "Fund Performance Review (Adviser)", meeting["meeting_id"]),
        ("2", "Cash Flow Forecast", meeting["meeting_id"]),
        ("3", "AOB", meeting["meeting_id"]),
    ]
    assert out["minutes"] == []
    # Rows tagged MEM are members; the officers and the adviser beside them attend.
    assert [(a["name"], a["status"], a["role"]) for a in out["attendees"]] == [
        ("Olu Adeyemi", "present", "chair"),
        ("Karen Platt", "present", None),
        ("Devinder Sangha", "in_attendance", None),
        ("Tom Reilly", "in_attendance", None),
        ("Dan Sutton", "in_attendance", None),
    ]
    # "TR" fits one attendee; "DS" fits two (Devinder Sangha, Dan Sutton) and stays as printed.
    assert [(a["owners"], a["status"]) for a in out["actions"]] == [
        (["Tom Reilly"], "open"),
        (["DS"], "discharged"),
    ]


def test_pipeline_untagged_attendance_list_is_all_present():
    note = NOTE.replace(" – MEM (Chair)", " (Chair)").replace(" – MEM", " – Treasurer")
    out = extract_all(document_from_text(note))
    assert {a["status"] for a in out["attendees"]} == {"present"}


COUNCIL = """
**COUNTY COUNCIL**
MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 6 March 2025.
PRESENT: Mrs P T Ashdown, Mr P Ashdown, Ms J Lyle, Mr R J Lyle, Mr A Ashdown, Mr D Crane.
**40. Declarations of Disclosable Pecuniary Interests**
Later in the meeting Mr Crane declared an interest under Item 9 - Parking Charges Review - that he held a resident's permit.
**41. Minutes of the meeting held on 6 February 2025**
RESOLVED that the minutes be approved as a correct record.
**42. Parking Charges Review**
Mr Crane declared an interest in the item and left the Chamber.
RESOLVED that the revised charges be agreed.
"""


def test_pipeline_members_sharing_initials_but_not_honorific_are_two_people():
    out = extract_all(document_from_text(COUNCIL))
    names = [(a["honorific"], a["name"]) for a in out["attendees"]]
    # Mrs P T Ashdown and Mr P Ashdown are two members, as are Ms J Lyle and Mr R J Lyle;
    # Mr A Ashdown's initials conflict with both, so he is a third.
    assert ("Mrs", "P T Ashdown") in names and ("Mr", "P Ashdown") in names
    assert ("Ms", "J Lyle") in names and ("Mr", "R J Lyle") in names
    assert len(names) == 6


def test_pipeline_declaration_restated_where_its_item_is_taken_is_one_declaration():
    out = extract_all(document_from_text(COUNCIL))
    assert [(d["name"], d["minute_number"], d["item"]) for d in out["declarations"]] == [
        ("Crane", "40", "Item 9 - Parking Charges Review"),
    ]


TWO_DECLARATIONS = """MINUTES of a meeting of the Cabinet held on 3 March 2025.

PRESENT: Mr A Baker (Chairman), Mr B Cole, Mrs C Dean

1. Roads

Mr Cole declared a personal interest in this item as a resident.

RESOLVED that the report be noted.

2. Libraries

Mr Cole declared a pecuniary interest in this item as a trustee. Mrs Dean declared a personal interest.

RESOLVED that the report be noted.
"""


def test_a_member_declaring_in_two_items_is_one_declarations_row_with_both():
    from minutebook.document import document_from_text

    rows = extract_all(document_from_text(TWO_DECLARATIONS))["declarations"]
    assert [(r["name"], r["minute_number"], r["interest"], r["item"]) for r in rows] == [
        ("Cole", "1", "personal; pecuniary", "minute 1; minute 2"), ("Dean", "2", "personal", None)]


def test_a_member_declaring_in_two_items_does_not_stop_the_publish(tmp_path):
    import duckdb

    from flows.ingest import run_ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "cabinet.txt").write_text(TWO_DECLARATIONS, encoding="utf-8")
    report = run_ingest([str(raw)], str(tmp_path / "curated"))
    assert report["failed"] == 0
    with duckdb.connect(str(tmp_path / "curated" / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT name, item FROM declarations ORDER BY name").fetchall() == [
            ("Cole", "minute 1; minute 2"), ("Dean", None)]
