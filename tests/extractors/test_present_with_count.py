"""An attendance head with its count or description in brackets before the colon: "PRESENT (six
Councillors): - Pam ...", "Present (5): Cllr ...". Two councils written for these tests."""

from __future__ import annotations

import pytest

from extractors.attendees import extract_attendees
from minutebook.document import document_from_text

HEADING = "MINUTES OF THE {} PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL AT 7.00 pm ON THURSDAY 5 JUNE 2025\n\n"


@pytest.mark.parametrize("body,line,expected", [
    ("EAST FENWICK", "PRESENT (four Councillors): - Ruth Allan (RA), Owen Dale (OD) – Chair, Nia Ford (NF), and Ian Pryce (IP).",
     [("Ruth Allan", None), ("Owen Dale", "chair"), ("Nia Ford", None), ("Ian Pryce", None)]),
    ("COLD ASHBY", "Present (3): Cllr A Shaw (Chair), Cllr B Moss, Cllr C Patel.",
     [("A Shaw", "chair"), ("B Moss", None), ("C Patel", None)]),
])
def test_a_count_in_brackets_after_present_is_no_bar(body, line, expected):
    doc = document_from_text(HEADING.format(body) + line + "\n\n31/25 Apologies None received.\n")
    assert [(r["name"], r["role"]) for r in extract_attendees(doc)] == expected
