"""Audit trail: search by resolution text or owner, traced to document, page and lines."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import duckdb
import pytest

from minutebook.audit import AUDIT_KEYS, VOTE_KEYS, AuditQuery, run_audit, run_votes_of
from minutebook.store import CuratedStore

DOC_A, DOC_B = "a1" * 32, "b2" * 32
M1, M2 = "mtg_aaaaaaaaaaaaaaaa", "mtg_bbbbbbbbbbbbbbbb"


def _prov(doc, line):
    return {"doc_id": doc, "page": 3, "line_start": line, "line_end": line + 1}


def _doc(doc, path):
    return {"doc_id": doc, "source_path": path, "sha256": doc, "media_type": "pdf", "pages": 9, "status": "ok",
            "pipeline_version": "t", "ingested_at": dt.datetime.now(dt.timezone.utc), "text": ""}


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    root = tmp_path_factory.mktemp("curated")
    store = CuratedStore(root)
    a = {
        "documents": [_doc(DOC_A, "/papers/lscb-2014-03-06.pdf")],
        "meetings": [{"meeting_id": M1, "committee": "Local Safeguarding Children Board",
                      "meeting_date": dt.date(2014, 3, 6), "kind": "minutes", **_prov(DOC_A, 1)}],
        "resolutions": [
            {"meeting_id": M1, "minute_number": "5", "seq": 1, "text": "That the domestic abuse scrutiny review be endorsed.", **_prov(DOC_A, 40)},
            {"meeting_id": M1, "minute_number": "6", "seq": 1, "text": "That the budget proposals be noted.", **_prov(DOC_A, 60)},
        ],
        "actions": [
            {"action_id": "act_1", "meeting_id": M1, "minute_number": "3", "owners": ["Steve Ashley"],
             "text": "Feed back on the lifestyle survey action plan.", "status": "open", "source": "action_log", **_prov(DOC_A, 80)},
            {"action_id": "act_2", "meeting_id": M1, "minute_number": "3", "owners": ["Sam Ashley"],
             "text": "Circulate the protocol.", "status": "discharged", "source": "action_log", **_prov(DOC_A, 82)},
            {"action_id": "act_4", "meeting_id": M1, "minute_number": "4", "owners": ["Clerk"],
             "text": "Clerk to write to the highways team.", "status": "discharged", "source": "narrative", **_prov(DOC_A, 84)},
            {"action_id": "act_5", "meeting_id": M1, "minute_number": "4", "owners": ["Chairman"],
             "text": "Chairman to sign the grant form.", "status": "discharged", "source": "narrative", **_prov(DOC_A, 86)},
        ],
        "attendees": [{"meeting_id": M1, "name": "Steve Ashley", "status": "present", "role": "chair", **_prov(DOC_A, 5)},
                      {"meeting_id": M1, "name": "Pat Reed", "status": "in_attendance", "title": "Parish Clerk",
                       **_prov(DOC_A, 6)}],
        "votes": [{"vote_id": "vot_a1", "meeting_id": M1, "minute_number": "7", "motion": "to fund the youth outreach pilot",
                   "mover": "Steve Ashley", "seconder": "Lee", "result": "carried", "votes_for": 2, "votes_against": 1,
                   "votes_abstain": None, "unanimous": False, **_prov(DOC_A, 90)}],
        "vote_records": [
            {"vote_id": "vot_a1", "name": "Steve Ashley", "vote": "for", "meeting_id": M1, **_prov(DOC_A, 92)},
            {"vote_id": "vot_a1", "name": "Lee", "vote": "for", "meeting_id": M1, **_prov(DOC_A, 92)},
            {"vote_id": "vot_a1", "name": "Robert'); DROP TABLE votes;--", "vote": "against", "meeting_id": M1,
             **_prov(DOC_A, 93)},
        ],
    }
    b = {
        "documents": [_doc(DOC_B, "/papers/ilsc-2018.txt")],
        "meetings": [{"meeting_id": M2, "committee": "Improving Lives Select Commission",
                      "meeting_date": dt.date(2018, 4, 24), "kind": "minutes", **_prov(DOC_B, 1)}],
        "resolutions": [{"meeting_id": M2, "minute_number": "128", "seq": 1,
                         "text": "That the domestic abuse update be received.", **_prov(DOC_B, 30)}],
        "actions": [{"action_id": "act_3", "meeting_id": M2, "minute_number": "128", "owners": ["S Ashley"],
                     "text": "Report on domestic abuse referrals.", "status": "open", "source": "narrative", **_prov(DOC_B, 33)},
                    {"action_id": "act_6", "meeting_id": M2, "minute_number": "129", "owners": ["Clerk"],
                     "text": "Clerk to book the hall.", "status": "discharged", "source": "narrative", **_prov(DOC_B, 35)},
                    {"action_id": "act_7", "meeting_id": M2, "minute_number": "129", "owners": ["Chair"],
                     "text": "Chair to reply to the petitioners.", "status": "discharged", "source": "narrative", **_prov(DOC_B, 36)}],
        "votes": [{"vote_id": "vot_b1", "meeting_id": M2, "minute_number": "130", "motion": "to close the youth centre",
                   "mover": "Lee", "seconder": None, "result": "lost", "votes_for": None, "votes_against": None,
                   "votes_abstain": None, "unanimous": False, **_prov(DOC_B, 50)}],
        "vote_records": [
            {"vote_id": "vot_b1", "name": "S Ashley", "vote": "against", "meeting_id": M2, **_prov(DOC_B, 52)},
            {"vote_id": "vot_b1", "name": "<script>alert(1)</script>", "vote": "abstain", "meeting_id": M2,
             **_prov(DOC_B, 53)},
        ],
    }
    with store.writer():
        run = store.new_run_dir("r")
        store.stage_document(run, DOC_A, a)
        store.stage_document(run, DOC_B, b)
        store.publish([run / DOC_A, run / DOC_B])
    return root


def _audit(curated, **kwargs):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        return run_audit(con, AuditQuery(**kwargs))


def test_audit_resolution_text_search_ranks_and_traces(curated):
    hits = _audit(curated, resolution="domestic abuse")
    assert [h["minute_number"] for h in hits] == ["5", "128"] or [h["minute_number"] for h in hits] == ["128", "5"]
    assert all(h["kind"] == "resolution" for h in hits)
    hit = next(h for h in hits if h["minute_number"] == "5")
    assert hit["source_path"] == "/papers/lscb-2014-03-06.pdf"
    assert (hit["page"], hit["line_start"], hit["line_end"]) == (3, 40, 41)
    assert hit["committee"] == "Local Safeguarding Children Board" and hit["meeting_date"] == "2014-03-06"


@pytest.mark.parametrize("owner", ["Steve Ashley", "S Ashley", "Ashley", "steve ashley"])
def test_audit_owner_matches_printed_variants(curated, owner):
    texts = {h["text"] for h in _audit(curated, owner=owner)}
    assert "Feed back on the lifestyle survey action plan." in texts
    assert "Report on domestic abuse referrals." in texts


def test_audit_owner_does_not_mix_people_with_other_initials(curated):
    texts = {h["text"] for h in _audit(curated, owner="Steve Ashley")}
    assert "Circulate the protocol." not in texts  # Sam Ashley
    assert {h["text"] for h in _audit(curated, owner="Sam Ashley")} >= {"Circulate the protocol."}


def test_audit_owner_finds_the_posts_held_at_that_meeting(curated):
    """ "Clerk to write ..." where the attendance says "Pat Reed (Parish Clerk)", "Chairman to
    sign ..." where Steve Ashley chaired: found by the person's name, at that meeting only
    (at the other meeting neither held the post, so its "Clerk" and "Chair" tasks are not theirs)."""
    assert {h["text"] for h in _audit(curated, owner="Pat Reed")} == {"Clerk to write to the highways team."}
    ashley = {h["text"] for h in _audit(curated, owner="Steve Ashley")}
    assert "Chairman to sign the grant form." in ashley
    assert not ashley & {"Chair to reply to the petitioners.", "Clerk to book the hall.", "Clerk to write to the highways team."}


def test_audit_filters_committee_and_dates(curated):
    hits = _audit(curated, text="domestic abuse", committee="select commission")
    assert {h["committee"] for h in hits} == {"Improving Lives Select Commission"}
    assert {h["kind"] for h in hits} == {"resolution", "action"}
    assert _audit(curated, text="domestic abuse", since=dt.date(2015, 1, 1), until=dt.date(2019, 1, 1))
    assert not _audit(curated, text="domestic abuse", since=dt.date(2019, 1, 1))


@pytest.mark.parametrize("hostile", ["'; DROP TABLE resolutions; --", "%' OR 1=1 --", "Ashley') OR ('1'='1"])
def test_audit_user_input_is_a_parameter_not_sql(curated, hostile):
    assert _audit(curated, owner=hostile) == []
    assert _audit(curated, committee=hostile) == []
    _audit(curated, text=hostile)  # no error, no injection
    assert len(_audit(curated, committee="")) == 12  # three resolutions, seven actions and two motions


def test_audit_cli_json_has_the_contract_keys(curated):
    out = subprocess.run([sys.executable, "-m", "minutebook.cli", "audit", "--owner", "Ashley", "--format", "json",
                          "--curated", str(curated)], capture_output=True, text=True, check=True).stdout
    hits = json.loads(out)
    assert hits and all(set(h) == set(AUDIT_KEYS) for h in hits)
    assert all(h["kind"] == "action" for h in hits)


def test_audit_views_attendance_and_open_actions(curated):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM open_actions").fetchone()[0] == 2
        row = con.execute("SELECT person, committee, meetings_present FROM attendance WHERE person = 'Steve Ashley'").fetchone()
        assert row == ("Steve Ashley", "Local Safeguarding Children Board", 1)
        assert con.execute("SELECT n_resolutions FROM meeting_index WHERE meeting_id = ?", [M1]).fetchone()[0] == 2


def _votes_of(curated, **kwargs):
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        return run_votes_of(con, AuditQuery(**kwargs))


@pytest.mark.parametrize("name", ["Steve Ashley", "S Ashley", "Ashley"])
def test_votes_of_a_member_across_meetings_with_provenance(curated, name):
    """One person's votes are found across meetings and documents, however printed."""
    hits = _votes_of(curated, votes_of=name)
    assert [(h["committee"], h["minute_number"], h["vote"], h["result"]) for h in hits] == [
        ("Improving Lives Select Commission", "130", "against", "lost"),
        ("Local Safeguarding Children Board", "7", "for", "carried"),
    ]
    first = hits[1]
    assert (first["source_path"], first["page"], first["line_start"], first["line_end"]) == (
        "/papers/lscb-2014-03-06.pdf", 3, 92, 93)
    assert all(set(h) == set(VOTE_KEYS) for h in hits)


def test_votes_of_filters_by_motion_words_and_dates(curated):
    assert [h["minute_number"] for h in _votes_of(curated, votes_of="Ashley", text="youth centre")] == ["130"]
    assert [h["minute_number"] for h in _votes_of(curated, votes_of="Ashley", until=dt.date(2015, 1, 1))] == ["7"]


def test_text_search_finds_motions(curated):
    hits = _audit(curated, text="youth outreach")
    assert [(h["kind"], h["minute_number"], h["status"]) for h in hits][:1] == [("motion", "7", "carried")]
    assert hits[0]["owners"] == ["Steve Ashley", "Lee"]


@pytest.mark.parametrize("name", ["Robert'); DROP TABLE votes;--", "<script>alert(1)</script>"])
def test_hostile_names_in_vote_lists_are_text(curated, name):
    """A name that reads as SQL or markup is stored and found as text; the tables survive."""
    hits = _votes_of(curated, votes_of=name)
    assert [h["printed_name"] for h in hits] == [name]
    with duckdb.connect(str(curated / "minutebook.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM votes").fetchone()[0] == 2
        assert con.execute("SELECT count(*) FROM member_votes").fetchone()[0] == 5


def test_votes_of_cli_prints_table_json_and_csv(curated):
    base = [sys.executable, "-m", "minutebook.cli", "audit", "--votes-of", "Ashley", "--curated", str(curated)]
    rows = json.loads(subprocess.run(base + ["--format", "json"], capture_output=True, text=True, check=True).stdout)
    assert {r["vote"] for r in rows} == {"for", "against"}
    csv_out = subprocess.run(base + ["--format", "csv"], capture_output=True, text=True, check=True).stdout
    assert csv_out.splitlines()[0].split(",")[:3] == ["member", "vote", "committee"] and len(csv_out.splitlines()) == 3
    table = subprocess.run(base, capture_output=True, text=True, check=True).stdout
    assert "youth" in table and "against" in table
