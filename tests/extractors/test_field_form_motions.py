"""A motion set out as a form's fields, a line each ("MOTION: Commissioner A." / "ACTION:
<wording>" / "SECOND: Commissioner B." / "RESULT: ... motion carried 5-0."), is one motion with
its mover, seconder, wording and result, and a decision; its "ACTION:" line is no task
(motion_steps.merge_field_motions). Checked on two bodies written for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("title,block,expected", [
    ("PRAIRIEVILLE CITY COMMISSION",
     ["MOTION: Commissioner Adams.", "ACTION: Approve the consent agenda.", "SECOND: Commissioner Minter.",
      "RESULT: On a roll call vote, motion carried 5-0.", "Ayes: Mayor Hull, Commissioner Adams, Commissioner Minter,",
      "Commissioner Oppen, and Commissioner Matz.", "Nayes: None."],
     ("Adams", "Minter", "to approve the consent agenda", "carried", 5)),
    ("CEDAR BLUFF BOARD OF EDUCATION",
     ["MOTION: Member Ortega", "SECOND: Member Liu", "ACTION: Award the roofing contract to Hale Roofing Inc.",
      "RESULT: Motion carried 4-1."],
     ("Ortega", "Liu", "to award the roofing contract to Hale Roofing Inc", "carried", 4)),
])
def test_a_motion_printed_as_fields_is_one_motion(title, block, expected):
    text = "\n".join([title, "MINUTES OF THE REGULAR MEETING", "June 3, 2025", "", "7. CONSENT AGENDA",
                      "The consent agenda was presented.", "", *block, "", "8. ADJOURNMENT", "The meeting adjourned."])
    out = extract_all(document_from_text(text))
    [vote] = out["votes"]
    mover, seconder, motion, result, ayes = expected
    assert vote["mover"].endswith(mover) and vote["seconder"].endswith(seconder)
    assert (vote["motion"].rstrip("."), vote["result"], vote["votes_for"]) == (motion, result, ayes)
    assert [r["text"].rstrip(".") for r in out["resolutions"]] == [motion]
    assert out["actions"] == []
