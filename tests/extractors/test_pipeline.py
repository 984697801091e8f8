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
