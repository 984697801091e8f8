"""Minutes whose items are labels alone on their lines, in sentence case and ending in a colon
("Approval of previous minutes:", "Approval of Agenda:", "Business:", "Notes:"), with the same
numbered list printed under two of them (the agenda approved, then a note on each point): the
labels are the minutes and the lists their contents (extractors/inner_numbering.
lists_under_labels); and "Resolved: Motion carried" under a motion says how it went, the motion
being the decision (extractors/resolutions.bare_result). Checked on two bodies written for
these tests."""

from __future__ import annotations

import pytest

from extractors.pipeline import extract_all
from minutebook.document import document_from_text


def _paper(title: str, points: list[str], motion: str) -> dict:
    text = [title, "15 February 2021", "Location: Village Hall", "",
            "Members Present:", "Dana Voss, Board Member", "Lou Grant, President", "",
            "Approval of previous minutes:", "Motion: Approve minutes from 2 February 2021 board meeting",
            "Vote: Motion carried", "",
            "Approval of Agenda:", *[f"{r}. {p}" for r, p in zip(["I", "II", "III"], points)], "Vote: Agenda approved", "",
            "Business:", f"Motion from: Dana {motion}", "Vote: 3 in favor, 0 opposed, 0 abstained",
            "Resolved: Motion carried", "",
            "Notes:", *[f"{r}. {p} - discussed, no change" for r, p in zip(["I", "II", "III"], points)], "",
            "Meeting adjourned at 6:31pm"]
    return extract_all(document_from_text("\n".join(text)))


@pytest.mark.parametrize("title,points,motion", [
    ("Larch Trail Foundation Board Meeting", ["Evaluate the new meeting room", "Trail survey", "Treasury management"],
     "to fund the trail survey for $2,000"),
    ("Cobble Hill Food Co-op Board Meeting", ["Member pricing", "Freezer repair", "Volunteer rota"],
     "to repair the walk-in freezer for up to $900"),
])
def test_sentence_case_labels_over_a_list_printed_twice_are_the_minutes(title, points, motion):
    out = _paper(title, points, motion)
    assert [m["title"] for m in out["minutes"]] == ["Approval of previous minutes", "Approval of Agenda", "Business",
                                                   "Notes"]
    texts = [r["text"] for r in out["resolutions"]]
    assert "Motion carried" not in texts
    assert any(t.startswith(motion) for t in texts)
