"""Trustees who nominate by initials and record motions without wording: written for these tests.

A town trust's minutes elect their chair as "PE Proposed by GP Seconded by CF as Chair. All
agreed", record the minutes' approval as "NB Proposed Seconded by RP. Approved and signed" under
"3. Approval of minutes September" (no wording: the heading is the business), and move a
statement as "RS Proposed the following statement to be minuted, seconded by GP. Agreed."
"""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


def _trust(name: str, chair: str, mover: str, seconder: str, month: str) -> str:
    return (f"{name}\nAPPROVED MINUTES 21 OCTOBER 2015\n\n"
            f"Present Mr P Evans (PE), Mrs G Parsons (GP), Mr C Freeman (CF), Mr N Beaney (NB), Mr R Perrin (RP), "
            f"Mr R Slater (RS)\n\n"
            "1. Appointment of Chairperson\n"
            f"NB opened the meeting. {chair} Proposed by {mover} Seconded by {seconder} as Chair. All agreed\n"
            "Motion passed.\n\n"
            f"2. Approval of minutes {month}\n"
            "NB Proposed Seconded by RP. Approved and signed\n\n"
            "3. Matters arising\n"
            "The clerk reported on the complaint received in August.\n"
            "RS Proposed the following statement to be minuted, seconded by GP. Agreed.\n")


@pytest.mark.parametrize("text,chair,mover,seconder,month", [
    (_trust("PEVENSEY TOWN TRUST", "PE", "GP", "CF", "September"), "PE", "GP", "CF", "September"),
    (_trust("WESTHAM VILLAGE TRUST", "CF", "RP", "GP", "July"), "CF", "RP", "GP", "July"),
])
def test_nominations_and_motions_without_wording(text, chair, mover, seconder, month):
    out = extract_all(document_from_text(text))
    votes = [(v["minute_number"], v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]]
    assert votes == [
        # the person nominated, and the post, is what was put; "Seconded" is no part of the mover
        ("1", f"{chair} as Chair", mover, seconder, "carried"),
        # no wording printed: the heading names the business
        ("2", f"Approval of minutes {month}", "NB", "RP", "carried"),
        # "RS Proposed ...": a capital P still names the mover
        ("3", "the following statement to be minuted", "RS", "GP", "carried"),
    ]


@pytest.mark.parametrize("company", ["Union Fire Co.", "Eagle Hose Co."])
def test_a_number_sign_opening_a_line_is_not_markup(company):
    # "#2" at a line's start is the company's number, not a markdown heading: the motion runs on
    text = ("Minutes of the Board of Trustees Meeting held on November 10, 2025\n\n"
            "7) Motions for Consideration\n"
            f"a) Motion made by Trustee Price, seconded by Trustee Baskin, that {company}\n"
            "#2 be authorized to utilize their facilities for the Annual Thanksgiving Dinner.\n"
            "Ayes All\n")
    out = extract_all(document_from_text(text))
    assert [(v["motion"], v["result"]) for v in out["votes"]] == [
        (f"that {company} #2 be authorized to utilize their facilities for the Annual Thanksgiving Dinner", "carried")]
