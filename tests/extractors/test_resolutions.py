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
