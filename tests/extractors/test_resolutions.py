"""Resolutions: lead-ins stripped, parts split, blocks end where the resolution ends."""

from __future__ import annotations

import json

import pytest

from extractors.resolutions import extract_resolutions
from minutebook.document import Document, document_from_text
from tests.conftest import FIXTURES, REAL, SEEDS, needs_shared

CONTENT = FIXTURES / "content"
CASES = sorted(p.stem for p in CONTENT.glob("*.txt"))


def _fixture(name: str, as_pdf_lines: bool = False) -> Document:
    text = (CONTENT / f"{name}.txt").read_text(encoding="utf-8")
    doc = document_from_text(text)
    if name.startswith("kent"):
        doc.media_type = "pdf"  # wrapped lines, no blank lines: as the PDF reader gives them
    return doc


@pytest.mark.parametrize("name", CASES)
def test_resolutions_match_annotated_fixture(name):
    expected = json.loads((CONTENT / f"{name}.json").read_text())["resolutions"]
    got = [{"part": r["part"], "text": r["text"]} for r in extract_resolutions(_fixture(name))]
    assert got == expected


@pytest.mark.parametrize("name", CASES)
def test_resolutions_provenance_points_at_the_text(name):
    doc = _fixture(name)
    for record in extract_resolutions(doc):
        passage = " ".join(doc.lines[record["line_start"] - 1 : record["line_end"]])
        assert record["text"].split()[0] in passage


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Resolved:- That the report be noted.", ["That the report be noted."]),
        ("Resolved: - That the report be noted.", ["That the report be noted."]),
        ("RESOLVED that the report be noted.", ["that the report be noted."]),
        ("Resolved to defer the item.", ["to defer the item."]),
        ("Resolved:- (1) That A be noted. (2) That B be approved.", ["That A be noted.", "That B be approved."]),
        # A lone "(1)" is not a list; "Section 100A(4)" never splits.
        ("Resolved:- That, under Section 100A(4) of the Act, the public be excluded.",
         ["That, under Section 100A(4) of the Act, the public be excluded."]),
        ("Work programme\tResolved in June 2019 - That a report be submitted", []),
        ("There were no resolutions.", []),
    ],
)
def test_resolutions_lead_ins_and_parts(text, expected):
    assert [r["text"] for r in extract_resolutions(document_from_text(text))] == expected


def test_resolutions_recorded_votes_are_not_resolution_text():
    doc = document_from_text("RESOLVED that the budget be approved.\nFor (40)\nMr A, Mr B\nAgainst (2)\nMr C")
    doc.media_type = "pdf"
    assert [r["text"] for r in extract_resolutions(doc)] == ["that the budget be approved."]


@needs_shared
@pytest.mark.parametrize(
    "source, count, first",
    [
        (SEEDS / "003_fa094feebe24448b.txt", 14, "That the Minutes of the meeting of the Improving Lives Select Commission"),
        (REAL / "lusavkaedu__council-assistant__Printed_minutes_13th-Feb-2025_09.30_County_Council.pdf", 24,
         "that the minutes of the meetings held on 19 December 2024 and 9"),
    ],
)
def test_resolutions_on_the_corpus(source, count, first):
    from minutebook.readers import read_document

    records = extract_resolutions(read_document(source, source.read_bytes()))
    assert len(records) == count
    assert records[0]["text"].startswith(first)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A bare "RESOLVED that:" takes the paragraphs after it, one record each, to the next minute.
        ("5) RESOLVED that:\nMembers note the report and thank the\nofficers.\nMembers ask for a review in May.\n"
         "41. Next Item",
         [(None, "Members note the report and thank the officers."), (None, "Members ask for a review in May.")]),
        # A second lettered list after its own lead-in, ending in "to:" on a wrapped line.
        ("RESOLVED that:\nThis Council believes that:\na) Fares are too high.\nb) Services are too few.\nAnd;\n"
         "This Council asks the Cabinet Member for\nTransport to:\na) Write to operators; and\nb) Report back.\n"
         "42. Next Item",
         [("a", "Fares are too high."), ("b", "Services are too few."), ("a", "Write to operators"),
          ("b", "Report back.")]),
        ("RESOLVED that Cabinet agree to:\n(a) Note the report; and\n(b) Approve the plan.",
         [("a", "Note the report"), ("b", "Approve the plan.")]),
        ("Resolved: -\n\n- (1) That the report be noted.\n- (2) That a review be held.\n",
         [("1", "That the report be noted."), ("2", "That a review be held.")]),
    ],
)
def test_resolutions_pdf_blocks_split_into_parts(text, expected):
    doc = document_from_text(text)
    doc.media_type = "pdf"
    assert [(r["part"], r["text"]) for r in extract_resolutions(doc)] == expected


@needs_shared
def test_resolutions_on_kent_council_motion_with_two_lists():
    from minutebook.readers import read_document

    path = REAL / "lusavkaedu__council-assistant__Printed_minutes_13th-Mar-2025_10.00_County_Council.pdf"
    records = extract_resolutions(read_document(path, path.read_bytes()))
    vapes = [r for r in records if r["line_start"] >= 670]
    assert [r["part"] for r in vapes] == ["a", "b", "c", "d", "a", "b"]
    assert vapes[3]["text"].endswith("impacts of disposable vapes.")
    assert vapes[4]["text"].startswith("Write again to the government")
    covenant = [r["text"] for r in records if r["text"].startswith("Members")]
    assert len(covenant) == 2  # two unlabelled paragraphs after "5) RESOLVED that:"


@pytest.mark.parametrize("text, expected", [
    # "It was agreed" opens a sentence with a capital: the decision is read whatever the case
    ("MINUTES of a meeting of the Ashcombe Parish Council held on 3 March 2026\n\n1. Paths\n"
     "Members discussed the survey. It was agreed that the Clerk write to the landowner.\n",
     ["that the Clerk write to the landowner."]),
    ("Minutes of the meeting of Brookfield Town Council held on 12 February 2026\n\n4. Lights\n"
     "Members agreed to fund the Christmas lights from reserves.\n", ["to fund the Christmas lights from reserves."]),
])
def test_agreed_decisions_in_any_case(text, expected):
    from minutebook.document import document_from_text

    assert [r["text"] for r in extract_resolutions(document_from_text(text))] == expected


@pytest.mark.parametrize("text", [
    "MINUTES of a meeting of the Cabinet held on 3 March 2026\n\n1. Leader's update\nThe Leader reported on the "
    "Scrutiny Committee of 29 January. At that meeting, Members agreed to refer the decision to full Council.\n",
    "Minutes of the meeting of Brookfield Town Council held on 12 February 2026\n\n2. County report\nCllr Hart "
    "attended the county planning committee. At the committee's meeting it was agreed to defer the application.\n",
])
def test_a_decision_reported_from_another_meeting_is_not_this_meetings(text):
    from minutebook.document import document_from_text

    assert extract_resolutions(document_from_text(text)) == []


@pytest.mark.parametrize("text,expected", [
    # a parish council: decisions noted after their subject, and in the passive
    ("UPTON PARISH COUNCIL\nMINUTES OF THE MEETING HELD ON 4th March 2024\n"
     "Present: Cllr Ann Brown (Chair), Cllr Carl Dent\n"
     "19/24 Finance: Bank Reconciliation: approved\n"
     "20/24 Cemetery\nThe proposed new regulations were agreed.\n"
     "21/24 Planning\nThe application was approved by the District Council last month.\n"
     "22/24 Minutes of Meeting on 8th January - accepted\n",
     # (the minute's title "Finance:" run in before the decision is not the decision's text)
     ["Bank Reconciliation: approved", "The proposed new regulations were agreed.",
      "Minutes of Meeting on 8th January - accepted"]),
    # a residents' association: the same forms
    ("Elm Road Residents Association\nMinutes of the Committee Meeting held on 12 June 2025\n"
     "1. Accounts for 2024 - adopted\n"
     "2. Summer fair\nThe date of Saturday 12 July was agreed.\nThe stalls will be agreed at the next meeting.\n"
     "3. Subscriptions\nThese were approved at the AGM.\n",
     ["Accounts for 2024 - adopted", "The date of Saturday 12 July was agreed."]),
])
def test_decision_noted_after_its_subject_or_in_the_passive(text, expected):
    # "... was approved by the District Council" and "... at the AGM" are decisions taken
    # elsewhere; "will be agreed" is still to come
    assert [r["text"] for r in extract_resolutions(document_from_text(text))] == expected
