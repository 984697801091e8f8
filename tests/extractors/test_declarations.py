"""Declarations of interest: who, what kind, which item."""

from __future__ import annotations

import json

import pytest

from extractors.declarations import extract_declarations
from minutebook.document import document_from_text
from tests.conftest import FIXTURES, SEEDS, needs_shared

CONTENT = FIXTURES / "content"
CASES = sorted(p.stem for p in CONTENT.glob("*.txt"))


@pytest.mark.parametrize("name", CASES)
def test_declarations_match_annotated_fixture(name):
    expected = json.loads((CONTENT / f"{name}.json").read_text())["declarations"]
    doc = document_from_text((CONTENT / f"{name}.txt").read_text(encoding="utf-8"))
    got = [{"name": r["name"], "interest": r["interest"], "item": r["item"]} for r in extract_declarations(doc)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "There were no Declarations of Interest made at the meeting.",
        "No declarations of interest were received",
        "Councillors Jarvis and Senior, who had declared an interest in the following item left the meeting.",
        "Members were reminded to declare any interests.",
    ],
)
def test_declarations_none_when_nobody_declares(text):
    assert extract_declarations(document_from_text(text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Councillor Hale declared a personal interest in Minute No. 45 (Library Closures) as his wife worked there.",
         [("Hale", "Councillor", "personal", "Minute No. 45 (Library Closures)")]),
        ("Mr Park declared a Disclosable Pecuniary Interest in Item 7 as he owned land nearby.",
         [("Park", "Mr", "pecuniary", "Item 7")]),
        ("Councillor Ives made a declaration of a non-pecuniary interest in agenda item 8, Bus Lanes, as a cyclist.",
         [("Ives", "Councillor", "non-pecuniary", "agenda item 8, Bus Lanes")]),
        ("Councillor Ives declared that she had an other significant interest in Item 4 and left the room.",
         [("Ives", "Councillor", "other significant", "Item 4")]),
        # Dashes inside a title do not end it; the reason after " – that" / " – and" does.
        ("3) Mrs Lund and Mr Pratt declared a pecuniary interest in item 12 – Motion 3 - ‘Farm Tax’ – and\n"
         "would not vote.",
         [("Lund", "Mrs", "pecuniary", "item 12 – Motion 3 - ‘Farm Tax’"),
          ("Pratt", "Mr", "pecuniary", "item 12 – Motion 3 - ‘Farm Tax’")]),
        ("Mr Sole declared an interest that a family member worked for the Council.", [("Sole", "Mr", None, None)]),
        # under a numbered heading that has no full stop: the heading is not part of the sentence
        ("Present: Cllr A Bell\n23/101 Declarations of interest\nCouncillor Reeve declared a non-pecuniary interest in "
         "item 23/104 as a member of the hall committee.\n23/102 Minutes",
         [("Reeve", "Councillor", "non-pecuniary", "item 23/104")]),
        ("5. DECLARATIONS OF MEMBERS' INTERESTS\nCllr Dunn declared a pecuniary interest in Item 9 as the applicant's\n"
         "neighbour.\n6. PLANNING APPLICATIONS",
         [("Dunn", "Cllr", "pecuniary", "Item 9")]),
    ],
)
def test_declarations_phrasings(text, expected):
    got = [(r["name"], r["honorific"], r["interest"], r["item"]) for r in extract_declarations(document_from_text(text))]
    assert got == expected


def test_declarations_keep_the_printed_kind():
    text = "Mr Park declared a Disclosable Pecuniary Interest in Item 7 as he owned land nearby."
    assert [r["interest_printed"] for r in extract_declarations(document_from_text(text))] == ["disclosable pecuniary"]


@needs_shared
@pytest.mark.parametrize(
    "source, expected",
    [
        ("seeds/003_fa094feebe24448b.txt",
         [("Jarvis", "non-pecuniary", "agenda item 9, Recommissioning of CSE Support Services"),
          ("Senior", "non-pecuniary", "agenda item 9, Recommissioning of CSE Support Services")]),
        ("seeds/004_aabe588d70ea020b.txt", []),  # "There were no Declarations of Interest"
        ("real/lusavkaedu__council-assistant__19_December_2024_-_County_Council_minutes.pdf",
         [("Chandler", "pecuniary", "item 12 – Motion for Time Limited Debate 3 - ‘Family Farm Tax’"),
          ("Rayner", "pecuniary", "item 12 – Motion for Time Limited Debate 3 - ‘Family Farm Tax’"),
          ("Lehmann", None, "item 6 - Questions"),
          ("Streatfield", None, "item 6 - Questions"),
          ("Jeffrey", None, "item 12 – Motion for Time Limited Debate 2 – Electoral Reform in Kent")]),
    ],
)
def test_declarations_on_the_corpus(source, expected):
    from minutebook.readers import read_document

    path = SEEDS.parent / source
    got = [(r["name"], r["interest"], r["item"]) for r in extract_declarations(read_document(path, path.read_bytes()))]
    assert got == expected
