"""Motions whose mover and seconder are numbered after the wording, one per line with no stop.

Two boards written for these tests: a homeowners' association writing "Motion to ...: 1 C Ames
2 R Duval: APPROVED" with its reports' run-in labels ("Pool report:") on the next lines, and a
youth soccer board writing "Motion to ... 1st J Ortiz 2nd M Lee - passed" one motion after another.
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

HOA = """Willow Run Homeowners Association
Board Meeting Minutes
March 12, 2026
Present: C Ames, R Duval, T Moreau, K Singh
Motion to accept February 2026 meeting minutes: 1 C Ames 2 R Duval: APPROVED
President's report:
- Nothing to report
Pool report:
- Contract renewed with the management company
Motion to approve quote from Keyline to rekey the clubhouse for $840.00: 1 T Moreau
2 K Singh: APPROVED
Motion to enter into executive session: 1 R Duval 2 C Ames: APPROVED
Motion to adjourn meeting at 9:05pm: 1 K Singh 2 T Moreau: APPROVED
"""

SOCCER = """Tri-Valley Youth Soccer Club
Board Meeting Minutes
February 3, 2026
Present: J Ortiz, M Lee, P Novak, A Brandt
Motion to approve the January minutes 1st J Ortiz 2nd M Lee - passed
Motion to buy forty new size 4 balls 1st P Novak 2nd A Brandt - passed
Registration report:
Spring registration opens on March 1.
"""


@pytest.mark.parametrize("text,expected", [
    (HOA, [("to accept February 2026 meeting minutes", "C Ames", "R Duval"),
           ("to approve quote from Keyline to rekey the clubhouse for $840.00", "T Moreau", "K Singh"),
           ("to enter into executive session", "R Duval", "C Ames"),
           ("to adjourn meeting at 9:05pm", "K Singh", "T Moreau")]),
    (SOCCER, [("to approve the January minutes", "J Ortiz", "M Lee"),
              ("to buy forty new size 4 balls", "P Novak", "A Brandt")]),
])
def test_numbered_mover_and_seconder_end_the_wording(text, expected):
    votes = extract_all(document_from_text(text))["votes"]
    assert [(v["motion"], v["mover"], v["seconder"]) for v in votes] == expected
    assert {v["result"] for v in votes} == {"carried"}
