"""Motions that name mover and seconder as a pair, as township boards type them: "Motion/Second
to accept the agenda as presented by: Leslie/Pfleghaar. Approved by ... Motion Prevailed." or
"Motion/Second to adjourn by: Smith/Jones". Each is one vote with its wording, mover, seconder and result,
and a carried one a resolution (extractors/motion_words._PAIR). Checked on two bodies written
for these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


@pytest.mark.parametrize("town,mover,seconder", [
    ("TOWN of ELK RIVER", "Leslie", "Pfleghaar"),
    ("TOWN of CEDAR BLUFF", "Okafor", "Lindqvist"),
])
def test_motion_second_pairs(town, mover, seconder):
    text = "\n".join([
        town, "MONTHLY MEETING", "WEDNESDAY JUNE 14, 2017", "",
        f"The {town.title()} Board of Supervisors met in regular session, at 6:00 PM, on Wednesday June 14, 2017,",
        "at the Town Hall. The meeting was called to order by Chair Hofer.",
        f"Chair Bob Hofer, Supervisors Ann {mover} and Tom {seconder} were in attendance.", "",
        "APPROVAL OF MEETING AGENDA",
        f"Motion/Second to accept Agenda as presented by: {mover}/{seconder}. Approved by Hofer, {mover} and "
        f"{seconder}. Motion Prevailed.", "",
        "TREASURER BUSINESS",
        "The Treasurer presented the monthly report.",
        f"Motion/Second to approve the Treasurer's report by: {seconder}/{mover}. Motion Prevailed.", "",
        "ADJOURNMENT",
        f"Motion/Second to adjourn the meeting at 7:25PM by: {seconder}/{mover}. Motion Prevailed."])
    out = extract_all(document_from_text(text))
    got = [(v["motion"], v["mover"], v["seconder"], v["result"]) for v in out["votes"]]
    assert got[0] == ("to accept Agenda as presented", mover, seconder, "carried")
    assert got[-1] == ("to adjourn the meeting at 7:25PM", seconder, mover, "carried")
    assert got[1] == ("to approve the Treasurer's report", seconder, mover, "carried")
    assert "to accept Agenda as presented" in [r["text"] for r in out["resolutions"]]
