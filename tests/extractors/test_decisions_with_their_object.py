"""Decisions worded as the body approving a thing, and approvals with a condition.

Two bodies written for these tests:

* the body, the verb, then what it approved with no "the" before it ("The board unanimously
  approved implementation of the online waiver", "The Committee agreed purchase of two
  benches"), never an opinion or a reply ("agreed it was ...", "agreed with ...");
* a meeting's own paper approved with its condition after the verb ("A $250 payment was approved
  contingent upon ...", "The quote ... was approved subject to ..."), never another body's
  decision so conditioned ("The planning application was approved subject to conditions").
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text

LEAGUE = """Makani Flying Disc League
Board Meeting Minutes - 2/11/26
Present: Keoni Alana, Priya Raman, Sam Okafor, Jo Takeda

The meeting was called to order at 7:30 p.m.

1. Spring season
The board unanimously approved implementation of the online waiver for all players.
The board agreed it was too late to change the fields for spring.

2. Equipment
A $250 payment was approved contingent upon receipt of the supplier's invoice.
The board approved upgrading the team discs to the tournament model.

3. Adjournment
The meeting adjourned at 9:05 p.m.
"""

MEADOW = """Upper Meadow Village Hall Committee
Minutes of the meeting held on Wednesday 4th March 2026 at 7.30pm in the Hall

Present: Mrs A Lowe (Chair), Mr B Kaur (Treasurer), Mrs C Finch (Secretary)

1. Grounds - The Committee agreed purchase of two benches for the green. The Committee agreed with the Treasurer that the fence could wait.

2. Kitchen - The quote from Hartley Joinery was approved subject to the work being finished by May.

3. Planning - The planning application for the barn opposite was approved subject to conditions.

4. Date of Next Meeting - Wednesday 1st April 2026.
"""


def _resolutions(text: str) -> list[tuple[str, str]]:
    return [(r["minute_number"], r["text"]) for r in extract_all(document_from_text(text))["resolutions"]]


@pytest.mark.parametrize("text,expected", [
    (LEAGUE, [("1", "implementation of the online waiver for all players."),
              ("2", "A $250 payment was approved contingent upon receipt of the supplier's invoice."),
              ("2", "upgrading the team discs to the tournament model.")]),
    (MEADOW, [("1", "purchase of two benches for the green."),
              ("2", "The quote from Hartley Joinery was approved subject to the work being finished by May.")]),
])
def test_what_the_body_approved_and_approvals_with_a_condition(text, expected):
    assert _resolutions(text) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a fisheries commission's summary record and a university senate's minutes
    ("The Commission adopted the agenda contained in WCPFC/Comm.2/1.", "the agenda contained in WCPFC/Comm.2/1."),
    ("The Senate endorsed the revised assessment regulations.", "the revised assessment regulations."),
    ("The Commission adopted by consensus.", None),  # no object: what was adopted is not in the sentence
])
def test_other_bodies_and_verbs_before_what_they_decided(sentence, expected):
    from extractors.decisions import _decision_text

    assert _decision_text(sentence) == expected
