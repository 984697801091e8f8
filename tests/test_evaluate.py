"""Tests for benchmarks/evaluate.py (matching and scoring) and tests/render_pdf.py."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

import evaluate as ev  # noqa: E402
from render_pdf import render_text_pack_to_pdf, wrap_lines  # noqa: E402

# A small invented gold annotation in the house style of the packs.
GOLD = {
    "source": "seeds/none.txt",
    "meetings": [
        {"key": "hsp-agenda", "committee": "Housing Scrutiny Panel", "meeting_date": "2021-03-09", "kind": "agenda",
         "start_time": "18:00", "venue": "Civic Centre, Market Street, Exampleton"},
        {"key": "hsp-minutes", "committee": "Housing Scrutiny Panel", "meeting_date": "2021-01-12", "kind": "minutes",
         "start_time": None, "venue": None},
    ],
    "agenda_items": [
        {"meeting": "hsp-agenda", "item_number": "1", "title": "Apologies for Absence", "pages": None},
        {"meeting": "hsp-agenda", "item_number": "2", "title": "Minutes of the previous meeting held on 12th January, 2021", "pages": "1-6"},
    ],
    "minutes": [
        {"meeting": "hsp-minutes", "minute_number": "41", "title": "DECLARATIONS OF INTEREST"},
        {"meeting": "hsp-minutes", "minute_number": "42", "title": "DAMP AND MOULD IN COUNCIL HOMES"},
    ],
    "resolutions": [
        {"meeting": "hsp-minutes", "minute_number": "42", "seq": 1, "text": "That the report be noted."},
        {"meeting": "hsp-minutes", "minute_number": "42", "seq": 2, "text": "That a further update be submitted in six months."},
    ],
    "attendees": [
        {"meeting": "hsp-minutes", "name": "Okafor", "honorific": "Councillor", "status": "present", "role": "chair"},
        {"meeting": "hsp-minutes", "name": "Lindqvist", "honorific": "Councillor", "status": "present", "role": None},
        {"meeting": "hsp-minutes", "name": "Priya Raman", "honorific": None, "status": "apologies", "role": None},
    ],
    "declarations": [
        {"meeting": "hsp-minutes", "name": "Lindqvist", "minute_number": "41", "interest": "non-pecuniary"},
    ],
    "actions": [
        {"meeting": "hsp-minutes", "minute_number": "42", "owners": ["Priya Raman"],
         "text": "circulate the damp survey results to Members", "status": None, "source": "narrative"},
    ],
    "votes": [
        {"meeting": "hsp-minutes", "minute_number": "42", "motion": "that a further update be submitted in six months",
         "mover": "Okafor", "seconder": "Lindqvist", "result": "carried", "votes_for": 2, "votes_against": 1,
         "votes_abstain": None, "unanimous": False,
         "records": [{"name": "Okafor", "vote": "for"}, {"name": "Lindqvist", "vote": "for"},
                     {"name": "Raman", "vote": "against"}]},
    ],
}


def perfect_prediction(gold: dict) -> dict:
    """Given gold, return the extract_all-shaped output a perfect pipeline would give."""
    out = {"meetings": [dict(m, meeting_id="id-" + m["key"], meeting_date=dt.date.fromisoformat(m["meeting_date"]))
                        for m in gold["meetings"]]}
    for kind in ev.KINDS[1:]:
        out[kind] = [dict(r, meeting_id="id-" + r["meeting"]) for r in gold.get(kind, [])]
    out["votes"] = [dict(v, vote_id=f"vote-{i}") for i, v in enumerate(out["votes"])]
    out["vote_records"] = [dict(rec, vote_id=v["vote_id"]) for v in out["votes"] for rec in v.pop("records")]
    return out


@pytest.mark.parametrize("kind", ev.KINDS)
def test_score_document_perfect_prediction_scores_one(kind):
    scores = ev.score_document(perfect_prediction(GOLD), GOLD)
    assert (scores[kind].precision, scores[kind].recall, scores[kind].f1) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("kind, expected_fn", [("agenda_items", 2), ("resolutions", 2), ("attendees", 3), ("actions", 1)])
def test_score_document_empty_prediction_counts_misses(kind, expected_fn):
    scores = ev.score_document({}, GOLD)
    assert (scores[kind].tp, scores[kind].fp, scores[kind].fn) == (0, 0, expected_fn)
    assert scores[kind].recall == 0.0 and scores[kind].precision is None


def test_score_document_wrong_meeting_date_loses_its_records():
    pred = perfect_prediction(GOLD)
    pred["meetings"][1]["meeting_date"] = dt.date(2021, 1, 13)
    scores = ev.score_document(pred, GOLD)
    assert (scores["meetings"].tp, scores["meetings"].fp, scores["meetings"].fn) == (1, 1, 1)
    assert scores["minutes"].tp == 0 and scores["minutes"].fp == 2
    assert scores["agenda_items"].tp == 2  # the agenda meeting is still right


@pytest.mark.parametrize("pred_text, matches", [
    ("That the report be noted", True),
    ("that the  report be\nnoted.", True),
    ("That the report be deferred to the next meeting.", False),
])
def test_resolutions_match_by_text_similarity(pred_text, matches):
    pred = [{"_m": "m", "minute_number": "42", "text": pred_text}]
    gold = [{"_m": "m", "minute_number": "42", "text": "That the report be noted."}]
    score, _ = ev.score_kind("resolutions", pred, gold)
    assert score.tp == int(matches)


def test_resolutions_need_same_minute_number():
    pred = [{"_m": "m", "minute_number": "43", "text": "That the report be noted."}]
    gold = [{"_m": "m", "minute_number": "42", "text": "That the report be noted."}]
    score, _ = ev.score_kind("resolutions", pred, gold)
    assert (score.tp, score.fp, score.fn) == (0, 1, 1)


def test_greedy_match_is_one_to_one_best_first():
    pred = [{"_m": "m", "minute_number": "7", "text": "That the report be noted."},
            {"_m": "m", "minute_number": "7", "text": "That the report be noted."}]
    gold = [{"_m": "m", "minute_number": "7", "text": "That the report be noted."}]
    score, pairs = ev.score_kind("resolutions", pred, gold)
    assert (score.tp, score.fp, score.fn) == (1, 1, 0)
    assert pairs == [(0, 0, 1.0)]


def test_greedy_match_prefers_better_pair_over_document_order():
    gold = [{"_m": "m", "minute_number": "7", "text": "That the report be noted."},
            {"_m": "m", "minute_number": "7", "text": "That the report be noted and circulated."}]
    pred = [{"_m": "m", "minute_number": "7", "text": "That the report be noted and circulated."},
            {"_m": "m", "minute_number": "7", "text": "That the report be noted."}]
    _, pairs = ev.score_kind("resolutions", pred, gold)
    assert sorted((p, g) for p, g, _ in pairs) == [(0, 1), (1, 0)]


@pytest.mark.parametrize("a, b, same", [
    ("R W Gough", "Gough", True),
    ("Mr R W Gough", "Roger Gough", True),
    ("David Clitheroe", "Dr. David Clitheroe", True),
    ("Julie Turner", "Julie  Turner", True),
    ("Sarah Hammond", "Sarah Hamilton", False),
    ("Jane Turner", "Julie Turner", False),
    ("S Hammond", "P Hammond", False),
    ("", "Gough", False),
])
def test_same_person_compares_surnames_and_initials(a, b, same):
    assert ev.same_person(a, b) is same


@pytest.mark.parametrize("pred_status, matches", [("present", True), ("apologies", False)])
def test_attendees_match_on_name_and_status(pred_status, matches):
    gold = [{"_m": "m", "name": "Okafor", "status": "present", "role": "chair", "honorific": "Councillor"}]
    pred = [{"_m": "m", "name": "Okafor", "status": pred_status, "role": None, "honorific": "Cllr"}]
    score, _ = ev.score_kind("attendees", pred, gold)
    assert score.tp == int(matches)
    if matches:
        assert score.fields["role"] == [0, 1]
        assert score.fields["honorific"] == [1, 1]


@pytest.mark.parametrize("owners, text, matches", [
    (["Priya Raman"], "circulate the damp survey results to Members", True),
    (["Priya Raman"], "Priya Raman undertook to circulate the damp survey results to Members", True),
    (["Tom Okafor"], "circulate the damp survey results to Members", False),
    (["Priya Raman"], "arrange a site visit", False),
])
def test_actions_need_owner_overlap_and_similar_text(owners, text, matches):
    gold = [{"_m": "m", "owners": ["Priya Raman"], "text": "circulate the damp survey results to Members",
             "status": None, "source": "narrative"}]
    pred = [{"_m": "m", "owners": owners, "text": text, "status": None, "source": "narrative"}]
    score, _ = ev.score_kind("actions", pred, gold)
    assert score.tp == int(matches)


@pytest.mark.parametrize("pred_title, matches", [
    ("Minutes of the previous meeting held on 12th January, 2021", True),
    ("Minutes of the Previous Meeting held on 12th January 2021 (herewith)", True),
    ("Minutes of the previous meeting", True),  # cut before the wrapped tail
    ("Housing Revenue Account Budget", False),
])
def test_agenda_items_match_title_within_same_number(pred_title, matches):
    gold = [{"_m": "m", "item_number": "2", "title": "Minutes of the previous meeting held on 12th January, 2021", "pages": "1-6"}]
    pred = [{"_m": "m", "item_number": "2.", "title": pred_title, "pages": "1 - 6"}]
    score, _ = ev.score_kind("agenda_items", pred, gold)
    assert score.tp == int(matches)
    if matches:
        assert score.fields["pages"] == [1, 1]


@pytest.mark.parametrize("a, b", [
    ("Children, Young People & Families Partnership", "CHILDREN, YOUNG PEOPLE AND FAMILIES PARTNERSHIP"),
    ("The Cabinet", "Cabinet"),
])
def test_norm_committee_ignores_case_ampersand_and_article(a, b):
    assert ev.norm_committee(a) == ev.norm_committee(b)


@pytest.mark.parametrize("tp, fp, fn, p, r, f1", [
    (3, 1, 0, 0.75, 1.0, 6 / 7),
    (0, 2, 2, 0.0, 0.0, 0.0),
    (0, 0, 0, None, None, None),
])
def test_score_precision_recall_f1(tp, fp, fn, p, r, f1):
    s = ev.Score(tp=tp, fp=fp, fn=fn)
    assert s.precision == p and s.recall == r
    assert (s.f1 is None and f1 is None) or s.f1 == pytest.approx(f1)


def test_meeting_fields_checked_on_matched_meetings():
    pred = perfect_prediction(GOLD)
    pred["meetings"][0]["start_time"] = "18:30"
    pred["meetings"][0]["venue"] = "Civic Centre, Market Street, Exampleton."
    scores = ev.score_document(pred, GOLD)
    assert scores["meetings"].fields["start_time"] == [1, 2]
    assert scores["meetings"].fields["venue"] == [2, 2]


@pytest.mark.parametrize("pred, gold, ok", [
    ("Virtual Meeting - http://www.example.gov.uk/", "Virtual Meeting", True),
    ("Town Hall, Moorgate Street, Exampleton", "Town Hall, Moorgate Street, Exampleton. EX1 2AB", True),
    ("Riverside House", "Civic Centre, Market Street", False),
    (None, "Riverside House", False),
])
def test_venue_check_tolerates_trailing_details(pred, gold, ok):
    assert ev._venue_ok(pred, gold) is ok


def test_evaluate_one_reports_predictor_errors_without_raising():
    def broken(doc):
        raise RuntimeError("extractor exploded")
    result = ev.evaluate_one("x", None, GOLD, broken)
    assert "RuntimeError" in result["error"]


def test_report_and_json_hold_overall_numbers(tmp_path):
    results = [ev.evaluate_one("seeds/none.txt", None, GOLD, lambda d: perfect_prediction(GOLD)),
               ev.evaluate_one("pdf:seeds/none.txt", None, GOLD, lambda d: {})]
    text = ev.report(results)
    assert "## Seed packs rendered to PDF" in text
    assert "| resolutions | 1.00 | 0.50 | 0.67 | 2 | 0 | 2 |" in text
    data = json.loads(json.dumps(ev.to_json(results)))
    assert data["rendered_pdf"]["attendees"]["fn"] == 3


ANNOTATION_FILES = sorted(f for f in (ROOT / "tests" / "annotations").glob("*/*.json") if f.parent.name != "tables")
TABLE_ANNOTATION_FILES = sorted((ROOT / "tests" / "annotations").glob("tables/*.json"))


@pytest.mark.parametrize("path", ANNOTATION_FILES, ids=lambda p: p.stem)
def test_annotations_are_well_formed(path):
    gold = json.loads(path.read_text())
    keys = {m["key"] for m in gold["meetings"]}
    for m in gold["meetings"]:
        assert m["kind"] in {"agenda", "minutes"}
        dt.date.fromisoformat(m["meeting_date"])
    for kind in ev.KINDS[1:]:
        for r in gold.get(kind, []):
            assert r["meeting"] in keys
    assert {a["status"] for a in gold.get("attendees", [])} <= {"present", "apologies", "absent", "in_attendance"}
    assert {a["role"] for a in gold.get("attendees", [])} <= {"chair", "vice_chair", None}
    assert {a["source"] for a in gold.get("actions", [])} <= {"action_log", "narrative"}
    assert {a["status"] for a in gold.get("actions", [])} <= {"open", "discharged", None}
    for v in gold.get("votes", []):
        assert v["result"] in {"carried", "lost", "withdrawn", "no_result"}
        assert all(v[k] is None or isinstance(v[k], int) for k in ("votes_for", "votes_against", "votes_abstain"))
        assert {r["vote"] for r in v.get("records", [])} <= {"for", "against", "abstain", "absent", "recused"}
    if path.parent.name in ("dev", "test"):
        assert gold["split"] == path.parent.name and gold["body"] and gold["source"].startswith(("dev/", "extra/"))


@pytest.mark.parametrize("line, width", [("word " * 60, 95), ("x" * 200, 95), ("short line", 95)])
def test_wrap_lines_keeps_lines_within_width(line, width):
    wrapped = wrap_lines([line], width)
    assert all(len(w) <= width for w in wrapped)
    assert "".join(wrapped).replace(" ", "") == line.replace(" ", "")


def test_render_text_pack_to_pdf_reads_back_without_header_and_footer(tmp_path):
    from minutebook.readers import read_document

    lines = ["HOUSING SCRUTINY PANEL", "Tuesday, 12th January, 2021"]
    lines += [f"{n}. ITEM NUMBER {n} ABOUT DAMP AND MOULD IN COUNCIL HOMES" for n in range(1, 80)]
    lines.append("Resolved:- That the report be noted and that a further update be submitted to the Panel "
                 "in six months' time setting out progress against every recommendation.")
    out = render_text_pack_to_pdf(lines, tmp_path / "pack.pdf", lines_per_page=30)
    doc = read_document(out, out.read_bytes())
    assert max(p for p in doc.line_pages if p) == 3
    assert not any("Committee papers" in l or l.strip().startswith("Page ") for l in doc.lines)
    assert "79. ITEM NUMBER 79 ABOUT DAMP AND MOULD IN COUNCIL HOMES" in doc.lines
    assert any(l.startswith("Resolved:- That the report be noted") for l in doc.lines)


def test_held_out_documents_are_totalled_apart():
    """Documents annotated after the extractors were written get their own overall table, so the
    report shows how the pipeline does on papers it was not tuned on."""
    tuned = ev.evaluate_one("seeds/a.txt", None, GOLD, lambda doc: perfect_prediction(GOLD))
    held = ev.evaluate_one("real/b.pdf", None, dict(GOLD, held_out=True), lambda doc: {k: [] for k in ev.KINDS})
    results = [tuned, held]
    assert ev.totals(results, held_out=True)["minutes"].recall == 0.0
    assert ev.totals(results, held_out=False)["minutes"].recall == 1.0
    assert ev.totals(results)["minutes"].recall == 0.5
    assert "## Held-out documents" in ev.report(results)
    assert "## Held-out documents" not in ev.report([tuned])
    assert ev.to_json(results)["held_out"]["minutes"]["recall"] == 0.0


@pytest.mark.parametrize("path", TABLE_ANNOTATION_FILES, ids=lambda p: p.stem)
def test_table_annotations_are_well_formed(path):
    gold = json.loads(path.read_text())
    assert gold["source"].startswith(("seeds/", "real/", "dev/", "extra/"))
    assert gold.get("split") in (None, "dev", "test")
    for table in gold["tables"]:
        width = len(table["header"])
        assert width >= 2 and table["rows"]
        assert all(len(row) == width for row in table["rows"]), table["header"]
        assert table["columns"] is None or set(table["columns"]) <= set(range(width))
        assert table["page"] is None or table["page"] >= 1


# Two invented tables in the style of a budget appendix and an action log.
BUDGET = {"page": 1, "title": "CAPITAL SUMMARY", "header": ["Ref", "Directorate", "Total £000s"], "columns": None,
          "rows": [["1", "Adult Social Care", "7,003"], ["2", "Children\u2019s Services", "565,619"],
                   ["Funded By:", "", ""], ["3", "Borrowing", "441,101"]]}
LOG = {"page": 2, "title": None, "header": ["No", "Action", "Owner", "Status"], "columns": [0, 2, 3],
       "rows": [["1", "", "Ann Lee", "Open"], ["2", "", "Bo Chan", "Discharged"]]}


def test_score_tables_perfect_prediction_scores_one():
    pred = [dict(BUDGET), dict(LOG, rows=[["1", "Circulate the report", "Ann Lee", "Open"],
                                          ["2", "Book the room", "Bo Chan", "Discharged"]])]
    scores = ev.score_tables(pred, [BUDGET, LOG])
    assert (scores["tables"].tp, scores["tables"].fp, scores["tables"].fn) == (2, 0, 0)
    assert (scores["table_rows"].tp, scores["table_rows"].fp, scores["table_rows"].fn) == (6, 0, 0)
    assert scores["tables"].fields["header"] == [2, 2] and scores["tables"].fields["title"] == [2, 2]


def test_score_tables_wrong_cell_split_row_and_wrong_page():
    bad_budget = dict(BUDGET, title=None, rows=[["1", "Adult Social Care", "7,003"],
                                                ["2", "Children's Service", "565,619"],  # a typo: agrees
                                                ["Funded By:", "", ""], ["3", "Borrowing", "441,101"],
                                                ["", "", "12"]])  # an invented fragment row
    moved_log = dict(LOG, page=3)  # right rows, wrong page: the table is not matched
    scores = ev.score_tables([bad_budget, moved_log], [BUDGET, LOG])
    assert (scores["tables"].tp, scores["tables"].fp, scores["tables"].fn) == (1, 1, 1)
    assert scores["tables"].fields["title"] == [0, 1] and scores["tables"].fields["n_rows"] == [0, 1]
    assert (scores["table_rows"].tp, scores["table_rows"].fp, scores["table_rows"].fn) == (4, 3, 2)
    wrong = dict(BUDGET, rows=[["1", "Adult Social Care", "7,030"]] + BUDGET["rows"][1:])
    assert ev.score_tables([wrong], [BUDGET])["table_rows"].fn == 1


def test_score_tables_text_pack_gold_matches_any_page():
    gold = dict(LOG, page=None, columns=None, rows=[["1", "Circulate the report", "Ann Lee", "Open"]])
    pred = dict(gold, page=7)
    assert ev.score_tables([pred], [gold])["table_rows"].tp == 1


def test_committee_alias_in_gold_matches_the_other_printed_name():
    gold = json.loads(json.dumps(GOLD))
    gold["meetings"][1]["committee"] = "Exampleton Housing Scrutiny Panel"
    gold["meetings"][1]["committee_aliases"] = ["Housing Scrutiny Panel"]
    scores = ev.score_document(perfect_prediction(GOLD), gold)
    assert scores["meetings"].tp == 2 and scores["attendees"].tp == 3
    gold["meetings"][1]["committee_aliases"] = []
    assert ev.score_document(perfect_prediction(GOLD), gold)["meetings"].tp == 1


@pytest.mark.parametrize("pred_number, pred_title, matches", [
    ("IV.C.1", "Approval of contracts", True),   # a path label matches its printed last part
    ("1", "Approval of contracts", True),
    ("2", "Approval of contracts", False),
    ("C.1", "Election of officers", False),      # last part agrees but the title does not
])
def test_agenda_item_numbers_match_on_last_part_when_titles_agree(pred_number, pred_title, matches):
    gold = [{"_m": "m", "item_number": "IV.C.1", "title": "Approval of contracts"}]
    pred = [{"_m": "m", "item_number": pred_number, "title": pred_title}]
    assert (ev.score_kind("agenda_items", pred, gold)[0].tp == 1) is matches


@pytest.mark.parametrize("pred_number, pred_title, matches", [
    ("2", "November Meeting", True),     # numbered by position: the gold's item printed no number
    (None, "November Meeting", True),
    ("2", "November Meeting and Dates", True),  # one title the start of the other
    ("2", "Road Grading Contract", False),
])
def test_an_item_printed_without_a_number_matches_on_its_title(pred_number, pred_title, matches):
    gold = [{"_m": "m", "item_number": None, "title": "November Meeting"}]
    pred = [{"_m": "m", "item_number": pred_number, "title": pred_title}]
    assert (ev.score_kind("agenda_items", pred, gold)[0].tp == 1) is matches


@pytest.mark.parametrize("change, matches", [
    ({}, True),
    ({"result": "lost"}, False),
    ({"votes_against": 2}, False),
    ({"motion": "that the meeting be adjourned"}, False),
    ({"motion": "a further update be submitted in six months"}, True),
])
def test_votes_match_on_result_counts_and_motion(change, matches):
    pred = perfect_prediction(GOLD)
    pred["votes"][0].update(change)
    assert (ev.score_document(pred, GOLD)["votes"].tp == 1) is matches


def test_vote_records_need_the_same_vote():
    pred = perfect_prediction(GOLD)
    pred["vote_records"][2]["vote"] = "abstain"
    s = ev.score_document(pred, GOLD)["vote_records"]
    assert (s.tp, s.fp, s.fn) == (2, 1, 1)


def test_test_set_is_left_out_unless_asked_for():
    default = ev.annotation_files()
    assert not any(f.parent.name == "test" for f in default)
    assert all(f.parent.name == "test" for f in ev.annotation_files(sets=("test",)))
    assert not any(ev.gold_set(json.loads(f.read_text()), f) == "test" for f in ev.table_annotation_files())


def test_a_table_file_is_in_the_set_of_its_documents_annotation():
    # a body is in one set only: its tables are scored with the rest of it, whatever split the
    # table file itself says
    splits = {json.loads(f.read_text())["source"]: f.parent.name for f in ev.annotation_files(sets=("dev", "test"))}
    tables = [f for f in (ev.ANNOTATIONS / "tables").glob("*.json") if json.loads(f.read_text())["source"] in splits]
    assert tables
    for f in tables:
        gold = json.loads(f.read_text())
        assert ev.gold_set(gold, f) == splits[gold["source"]]
        assert (f in ev.table_annotation_files(sets=("test",))) == (splits[gold["source"]] == "test")


@pytest.mark.parametrize("printed, normal", [("*12.", "12"), ("(23-286)", "23-286"), ("NO. 1.", "1"), ("IV", "iv")])
def test_norm_number_drops_markers(printed, normal):
    assert ev.norm_number(printed) == normal
