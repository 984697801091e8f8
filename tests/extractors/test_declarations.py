"""Declarations of interest: who, what kind, which item."""

from __future__ import annotations

import json

import pytest

from extractors.declarations import extract_declarations
from minutebook.document import document_from_text
from tests.conftest import FIXTURES

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
